-- IA-2, AC-2: accounts of people in the city directory (LDAP, Active Directory), made at their first sign-in. The
-- directory holds their password and, through its groups, their roles; training, lockout, second factor and the
-- audit trail stay here. A null entry is an account whose password is kept here.
alter table user_account add column directory_entry varchar(512);
