-- Public-records requests (OD-T2): the register, with the statutory due date computed at receipt.

create sequence records_request_number;

create table records_request (
    id               uuid          primary key,
    tracking_number  varchar(20)   not null unique,
    requester        varchar(200)  not null,
    contact          varchar(300)  not null,
    request          varchar(4000) not null,
    received_via     varchar(16)   not null check (received_via in ('PUBLIC_FORM', 'CLERK')),
    received_on      date          not null,
    due_on           date          not null check (due_on >= received_on),
    status           varchar(16)   not null check (status in ('OPEN', 'ANSWERED', 'DENIED')),
    entered_by       varchar(64),
    received_at      timestamptz   not null,
    closed_by        varchar(64),
    closed_on        date,
    response         varchar(2000),
    check (status = 'OPEN' or (closed_by is not null and closed_on is not null and response is not null))
);
create index records_request_open_idx on records_request (due_on) where status = 'OPEN';
