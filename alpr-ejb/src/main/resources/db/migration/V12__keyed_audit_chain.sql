-- The audit chain is sealed with HMAC-SHA-256 under a key kept outside the database (OD-X2). Each event names the
-- key that sealed it, so a rotated key still verifies the events it sealed; events from before keying name none.
alter table audit_event add column key_id varchar(32);
