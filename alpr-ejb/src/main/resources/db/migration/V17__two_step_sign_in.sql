-- IA-2: a second factor at sign-in, a time-based one-time password (RFC 6238) from the user's authenticator app,
-- or one of ten single-use recovery codes, kept as SHA-256 digests.
alter table user_account add column mfa_secret varchar(64);
alter table user_account add column mfa_pending_secret varchar(64);
alter table user_account add column mfa_last_step bigint not null default 0;
alter table user_account add column mfa_recovery_digests text;
