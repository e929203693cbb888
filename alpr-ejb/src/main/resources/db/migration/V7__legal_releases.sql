-- Releases required by law (PC-C4): the only way plate data leaves the department other than to a partner agency.

create table legal_release (
    id                 uuid          primary key,
    hold_id            uuid          not null references legal_hold (id),
    case_number        varchar(64)   not null,
    recipient          varchar(200)  not null,
    basis              varchar(32)   not null check (basis in ('SUBPOENA', 'COURT_ORDER', 'DISCOVERY_REQUEST')),
    document_reference varchar(200)  not null,
    description        varchar(2000) not null,
    status             varchar(16)   not null check (status in ('REQUESTED', 'APPROVED', 'REJECTED')),
    requested_by       varchar(64)   not null,
    requested_at       timestamptz   not null,
    decided_by         varchar(64),
    decided_at         timestamptz,
    decision_note      varchar(500),
    produced_count     integer       not null default 0,
    last_produced_at   timestamptz,
    -- a supervisor other than the requester approves (PC-C4)
    check (decided_by is null or decided_by <> requested_by)
);
create index legal_release_hold_idx on legal_release (hold_id);
