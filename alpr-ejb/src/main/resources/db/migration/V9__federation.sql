-- Partner installations: other Platekeeper servers (or any partner API) that have made this agency their partner.
-- The credential is the one they issued to us; it is written by an administrator and never shown again.

create table federated_installation (
    id          uuid          primary key,
    name        varchar(200)  not null,
    ori         char(9)       not null,
    base_url    varchar(500)  not null check (base_url ~ '^https?://[^/?#@\s]+(/[^\s]*)?$'),
    credential  varchar(200)  not null,
    enabled     boolean       not null,
    created_by  varchar(64)   not null,
    created_at  timestamptz   not null
);
