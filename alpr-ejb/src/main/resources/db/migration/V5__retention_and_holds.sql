-- Retention (PC-C1, OD-R5), legal holds (PC-C2, OD-R6) and purge certificates. Reads under a hold leave their day
-- partition for the retained store before the partition is dropped, so holding a read never keeps a whole day.

create table legal_hold (
    id             uuid          primary key,
    case_number    varchar(64)   not null,
    legal_basis    varchar(32)   not null check (legal_basis in
        ('EVIDENCE', 'DISCOVERY_REQUEST', 'PRESERVATION_LETTER', 'COURT_ORDER', 'PUBLIC_RECORDS_LITIGATION')),
    description    varchar(2000) not null,
    status         varchar(16)   not null check (status in ('REQUESTED', 'ACTIVE', 'REJECTED', 'RELEASED')),
    requested_by   varchar(64)   not null,
    requested_at   timestamptz   not null,
    decided_by     varchar(64),
    decided_at     timestamptz,
    decision_note  varchar(500),
    review_date    date          not null,
    released_by    varchar(64),
    released_at    timestamptz,
    release_note   varchar(500),
    version        integer       not null default 0
);

-- The reads a hold covers. No foreign key: the read moves from its partition to the retained store.
create table legal_hold_read (
    hold_id     uuid        not null references legal_hold (id),
    read_id     uuid        not null,
    captured_at timestamptz not null,
    primary key (hold_id, read_id)
);
create index legal_hold_read_read_idx on legal_hold_read (read_id);

-- Reads kept past retention because a hold covers them; same columns as plate_read, not partitioned.
create table retained_read (like plate_read including defaults including generated);
alter table retained_read add primary key (id);
create index retained_read_plate_idx on retained_read (plate, captured_at);
create index retained_read_folded_idx on retained_read (plate_folded, captured_at);
create table retained_read_image (like plate_read_image);
alter table retained_read_image add primary key (read_id, kind);

-- Every read the system still keeps, wherever it is: search and images read from these.
create view kept_read as
    select * from plate_read
    union all
    select * from retained_read;
create view kept_read_image as
    select * from plate_read_image
    union all
    select * from retained_read_image;

create table purge_run (
    id               uuid          primary key,
    trigger          varchar(16)   not null check (trigger in ('SCHEDULED', 'MANUAL')),
    started_by       varchar(64)   not null,
    started_at       timestamptz   not null,
    finished_at      timestamptz,
    cutoff           timestamptz   not null,
    retention_days   integer       not null,
    status           varchar(16)   not null check (status in ('RUNNING', 'COMPLETED', 'FAILED')),
    reads_deleted    bigint        not null default 0,
    images_deleted   bigint        not null default 0,
    alerts_deleted   bigint        not null default 0,
    reads_retained   bigint        not null default 0,
    days             text,          -- one line per day purged: day, reads deleted, reads moved under hold
    missed_runs      varchar(500),
    message          varchar(2000),
    digest           char(64)
);
create index purge_run_started_idx on purge_run (started_at);

-- The partitions of plate_read that hold days before the given instant, oldest first.
create function read_partitions_before(cutoff timestamptz) returns table (partition_name text, day date)
    language sql stable as
$$
    select c.relname::text, to_date(substring(c.relname from '\d{8}$'), 'YYYYMMDD')
      from pg_inherits i join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
     where p.relname = 'plate_read'
       and to_date(substring(c.relname from '\d{8}$'), 'YYYYMMDD') < (cutoff at time zone 'UTC')::date + 1
     order by 2
$$;
