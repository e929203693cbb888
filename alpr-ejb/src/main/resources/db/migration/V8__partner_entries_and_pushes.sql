-- Partner agencies' own hot-list entries (SEND_HOT_LIST_ENTRIES) and the pushes of their hits (RECEIVE_ALERTS).

alter table hot_list drop constraint hot_list_source_check;
alter table hot_list add constraint hot_list_source_check
    check (source in ('NCIC', 'STATE', 'LOCAL', 'CUSTOM', 'PARTNER'));

-- the one address an agreement's pushes may go to, and the list its partner's entries are kept on
alter table sharing_agreement add column callback_url varchar(500);
alter table sharing_agreement add column hot_list_id uuid references hot_list (id);
alter table sharing_agreement add constraint sharing_agreement_callback_check
    check (callback_url is null or callback_url ~ '^https?://[^/?#@\s]+(/[^\s]*)?$');

-- The outbox of pushes: a hit waits here until the partner's callback has taken it, or it is given up.
create table partner_delivery (
    id              uuid          primary key,
    agreement_id    uuid          not null references sharing_agreement (id),
    alert_id        uuid          not null unique,
    plate           varchar(16)   not null,
    case_number     varchar(64),
    payload         text          not null,
    status          varchar(16)   not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      varchar(500),
    delivered_at    timestamptz,
    created_at      timestamptz   not null
);
create index partner_delivery_due_idx on partner_delivery (next_attempt_at) where status = 'PENDING';
