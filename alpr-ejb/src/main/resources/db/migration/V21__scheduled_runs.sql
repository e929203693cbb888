-- Every server sharing the database has the same timers. Before a scheduled job runs for its slot (its day, its
-- hour), the server claims the slot here; the primary key lets exactly one claim succeed, so the job runs once.
create table scheduled_run (
    job        varchar(64)  not null,
    slot       varchar(32)  not null,
    server     varchar(200) not null,
    claimed_at timestamptz  not null,
    primary key (job, slot)
);
create index scheduled_run_claimed_idx on scheduled_run (claimed_at);
