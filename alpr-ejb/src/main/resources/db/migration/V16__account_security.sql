-- IA-5: an administrator's reset makes the user choose a new password before anything else. AC-2: an account is
-- disabled once nobody has signed in to it for the profile's inactive days, counted again from its re-enabling.
alter table user_account add column password_change_required boolean not null default false;
alter table user_account add column password_changed_at timestamptz;
alter table user_account add column enabled_at timestamptz;
