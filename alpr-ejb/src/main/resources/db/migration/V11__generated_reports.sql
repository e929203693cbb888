-- Reports generated for records clerks, auditors and command staff (OD-AD3, OD-T2), kept as long as the profile
-- allows. The files live apart from the register, so listing reports never loads a PDF.

create table generated_report (
    id            uuid          primary key,
    kind          varchar(32)   not null check (kind in ('COMPLIANCE_AUDIT', 'RECORDS_RESPONSE', 'PURGE_CERTIFICATE',
                                                         'CHAIN_OF_CUSTODY', 'HOT_LIST_REVIEW',
                                                         'TRANSPARENCY_SUMMARY')),
    subject       varchar(64),   -- the records request, purge or legal hold the report is about
    period_from   date          not null,
    period_to     date          not null check (period_to >= period_from),
    status        varchar(16)   not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'EXPIRED')),
    progress      integer       not null default 0 check (progress between 0 and 100),
    scheduled     boolean       not null,
    requested_by  varchar(64)   not null,
    requested_at  timestamptz   not null,
    finished_at   timestamptz,
    digest        char(64),
    pages         integer,
    message       varchar(500),
    keep_until    date          not null,
    version       integer       not null default 0,
    check (status <> 'DONE' or (digest is not null and finished_at is not null))
);
create index generated_report_requested_idx on generated_report (requested_at desc);
-- the monthly timer makes each month's compliance audit once, whichever server runs it
create unique index generated_report_scheduled_idx on generated_report (kind, period_from, period_to) where scheduled;

create table generated_report_file (
    report_id uuid  primary key references generated_report (id) on delete cascade,
    pdf       bytea not null,
    csv       text
);

alter table records_request add column response_report_id uuid references generated_report (id);
