-- A hold request no supervisor decides within the profile's days lapses, so that it cannot keep reads for ever
-- (PC-C2, OD-R6).
alter table legal_hold drop constraint legal_hold_status_check;
alter table legal_hold add constraint legal_hold_status_check
    check (status in ('REQUESTED', 'ACTIVE', 'REJECTED', 'RELEASED', 'LAPSED'));
