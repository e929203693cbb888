-- Least privilege (AC-6, AU-9): the application connects as a role of its own that owns nothing of this schema and
-- may append audit events but never change or remove them (the grants are in afterMigrate__application_role.sql).
-- What retention does to the trail, and the partition work of ingest and purge, run as the schema's owner through
-- these functions, each of which does only that one thing; the append-only trigger still checks every row.

alter function ensure_read_partitions(date, date) security definer set search_path = public, pg_temp;

create function drop_read_day(day date) returns void
    language plpgsql security definer set search_path = public, pg_temp as
$$
begin
    execute format('drop table if exists %I', 'plate_read_image_' || to_char(day, 'YYYYMMDD'));
    execute format('drop table if exists %I', 'plate_read_' || to_char(day, 'YYYYMMDD'));
end;
$$;

-- Blanks the object and details of sealed events of these object types before the cut-off (the trigger refuses any
-- other change).
create function redact_audit_events(cutoff timestamptz, object_types varchar[]) returns integer
    language sql security definer set search_path = public, pg_temp as
$$
    with redacted as (
        update audit_event set object_id = null, details = null, redacted_at = now()
         where occurred_at < cutoff and redacted_at is null and personal_digest is not null
           and object_type = any (object_types) and (object_id is not null or details is not null)
        returning 1)
    select count(*)::integer from redacted
$$;

-- Deletes the events up to the chain's anchor (the trigger refuses any after it).
create function delete_audit_events_through(last_sequence bigint) returns integer
    language sql security definer set search_path = public, pg_temp as
$$
    with deleted as (delete from audit_event where sequence <= last_sequence returning 1)
    select count(*)::integer from deleted
$$;

revoke execute on function ensure_read_partitions(date, date), drop_read_day(date),
    redact_audit_events(timestamptz, varchar[]), delete_audit_events_through(bigint) from public;

-- Open Liberty's EJB timer store creates its own tables on first use: in a schema of their own, the only place the
-- application's role may create anything.
create schema if not exists ejb_timers;
