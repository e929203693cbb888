-- IA-2: personal API tokens for the scripts of users who sign in with a second factor, which HTTP Basic cannot
-- give. Each is issued from a signed-in session, stored only as its SHA-256, lasts until it expires or is revoked,
-- and carries no more than its owner's roles at the moment it is used.
create table api_token (
    id           uuid primary key,
    user_id      bigint       not null references user_account (id),
    label        varchar(80)  not null,
    token_hash   char(64)     not null unique,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   varchar(64),
    constraint api_token_expires_after_creation check (expires_at > created_at)
);
create index api_token_owner on api_token (user_id);
