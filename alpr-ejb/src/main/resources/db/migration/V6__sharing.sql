-- Sharing with partner agencies (PC-C4, PC-D1, OD-R3): partners, agreements and every disclosure or refusal.

create table partner_agency (
    id          uuid         primary key,
    name        varchar(200) not null,
    ori         char(9)      not null unique,
    type        varchar(32)  not null check (type in
        ('LAW_ENFORCEMENT', 'PROSECUTION', 'COURT', 'OTHER_PUBLIC_AGENCY', 'PRIVATE_COMPANY')),
    state       char(2)      not null,
    federal     boolean      not null,
    contact     varchar(300) not null,
    created_by  varchar(64)  not null,
    created_at  timestamptz  not null
);

create table sharing_agreement (
    id                  uuid          primary key,
    partner_id          uuid          not null references partner_agency (id),
    scopes              varchar(200)  not null,
    purposes            varchar(500)  not null,
    max_age_days        integer       not null check (max_age_days >= 1),
    images_included     boolean       not null,
    max_results         integer       not null check (max_results between 1 and 1000),
    max_queries_per_day integer       not null check (max_queries_per_day between 1 and 100000),
    valid_from          date          not null,
    valid_until         date          not null,
    document_reference  varchar(200)  not null,
    status              varchar(16)   not null check (status in ('PROPOSED', 'ACTIVE', 'REJECTED', 'SUSPENDED')),
    created_by          varchar(64)   not null,
    created_at          timestamptz   not null,
    decided_by          varchar(64),
    decided_at          timestamptz,
    decision_note       varchar(500),
    suspended_by        varchar(64),
    suspended_at        timestamptz,
    suspension_reason   varchar(500),
    token_hash          char(64)      unique,
    token_issued_at     timestamptz,
    check (valid_from <= valid_until),
    -- never the same person (PC-D1): the administrator who proposes it does not approve it
    check (decided_by is null or decided_by <> created_by)
);
create index sharing_agreement_partner_idx on sharing_agreement (partner_id);

-- One row per answer, push, release or refusal; never updated (OD-R3, OD-R4).
create table dissemination (
    id               uuid          primary key,
    at               timestamptz   not null,
    kind             varchar(16)   not null check (kind in ('QUERY', 'ALERT_PUSH', 'RELEASE')),
    outcome          varchar(16)   not null check (outcome in ('DISCLOSED', 'REFUSED')),
    agreement_id     uuid          references sharing_agreement (id),
    partner_id       uuid          references partner_agency (id),
    partner_name     varchar(200),
    plate            varchar(16),
    purpose          varchar(40),
    case_number      varchar(64),
    legal_basis      varchar(200),
    reads_disclosed  integer       not null check (reads_disclosed >= 0),
    images_included  boolean       not null,
    refusal_reason   varchar(500),
    clause           varchar(16),
    client_address   varchar(64)
);
create index dissemination_at_idx on dissemination (at);
create index dissemination_agreement_idx on dissemination (agreement_id, at);
