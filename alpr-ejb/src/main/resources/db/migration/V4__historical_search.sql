-- Historical search (PC-B1, PC-B4, OD-P2, OD-U3): the indexes that make plate searches fast, the places of protected
-- activity, the searches with their justification, and the auditors' findings and misuse cases (PC-E1, OD-AD4).

create extension if not exists pg_trgm;

-- OCR-tolerant search compares plates with the characters cameras confuse folded together (0ODQ, 1IL, 2Z, 5S, 8B, 6G)
alter table plate_read add column plate_folded varchar(16)
    generated always as (translate(plate, 'ODQILZSBG', '000112586')) stored;
create index plate_read_folded_idx on plate_read (plate_folded, captured_at);
-- partial plates (LIKE with ? and *) use trigrams
create index plate_read_plate_trgm_idx on plate_read using gin (plate gin_trgm_ops);
create index plate_read_camera_idx on plate_read (camera_id, captured_at);

create table sensitive_location (
    id            uuid         primary key,
    name          varchar(120) not null unique,
    kind          varchar(32)  not null,
    latitude      double precision not null check (latitude between -90 and 90),
    longitude     double precision not null check (longitude between -180 and 180),
    radius_meters integer      not null check (radius_meters between 10 and 5000),
    active        boolean      not null,
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null
);

create table historical_search (
    id                  uuid          primary key,
    username            varchar(64)   not null,
    created_at          timestamptz   not null,
    criteria            text          not null,
    criteria_summary    varchar(2000) not null,
    case_number         varchar(64),
    cad_event           varchar(64),
    intelligence_file   varchar(64),
    purpose_code        varchar(32),
    narrative           varchar(2000),
    status              varchar(20)   not null
        check (status in ('RUN', 'AWAITING_APPROVAL', 'APPROVED', 'REJECTED')),
    sensitive_locations varchar(2000),
    decided_by          varchar(64),
    decided_at          timestamptz,
    decision_note       varchar(500),
    result_count        bigint,
    last_run_at         timestamptz,
    version             integer       not null default 0,
    -- OD-U3: never a search without a case, CAD event, intelligence file or purpose with narrative
    check (case_number is not null or cad_event is not null or intelligence_file is not null
           or (purpose_code is not null and length(narrative) >= 20))
);
create index historical_search_user_idx on historical_search (username, created_at);
create index historical_search_time_idx on historical_search (created_at);

create table misuse_case (
    id         uuid          primary key,
    reference  varchar(32)   not null unique,
    summary    varchar(2000) not null,
    status     varchar(16)   not null check (status in ('OPEN', 'REFERRED', 'CLOSED')),
    outcome    varchar(2000),
    opened_by  varchar(64)   not null,
    opened_at  timestamptz   not null,
    updated_at timestamptz   not null
);

create table audit_finding (
    id              uuid          primary key,
    kind            varchar(32)   not null,
    subject_user    varchar(64),
    search_id       uuid,
    audit_sequence  bigint,
    summary         varchar(2000) not null,
    recorded_by     varchar(64)   not null,
    recorded_at     timestamptz   not null,
    misuse_case_id  uuid references misuse_case (id)
);
create index audit_finding_case_idx on audit_finding (misuse_case_id);
