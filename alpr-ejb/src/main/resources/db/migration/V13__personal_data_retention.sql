-- Plates do not outlive the read retention anywhere (PC-C1, PC-G1, OD-R5), and the audit trail is kept only as long as
-- the audit retention. A sealed audit event covers its object and details through their digest, so the purge can
-- blank them once the reads they name are gone and the chain still verifies; events older than the audit retention
-- are deleted from the start of the chain, the last one deleted becoming its new anchor.
alter table audit_event add column personal_digest char(64);
alter table audit_event add column redacted_at timestamptz;
alter table historical_search add column redacted_at timestamptz;
alter table purge_run add column personal_data text;

-- Still append-only, but for the two things the purge does: blank the object and details of a sealed event (nothing
-- else of it changes), and delete the events at or before the chain's anchor.
create or replace function audit_event_append_only() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' and old.redacted_at is null and new.redacted_at is not null
       and old.personal_digest is not null and new.object_id is null and new.details is null
       and (new.sequence, new.occurred_at, new.actor, new.actor_roles, new.action, new.object_type, new.purpose,
            new.client_address, new.outcome, new.previous_hash, new.hash, new.key_id, new.personal_digest)
           is not distinct from
           (old.sequence, old.occurred_at, old.actor, old.actor_roles, old.action, old.object_type, old.purpose,
            old.client_address, old.outcome, old.previous_hash, old.hash, old.key_id, old.personal_digest) then
        return new;
    end if;
    if tg_op = 'DELETE' and old.sequence <= (select anchor_sequence from audit_chain_head where id = 1) then
        return old;
    end if;
    raise exception 'audit events are append-only (% refused)', tg_op;
end;
$$;
