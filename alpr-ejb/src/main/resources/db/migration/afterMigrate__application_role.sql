-- After every migration: the application's role (ALPR_DB_USER) gets exactly what the server needs, and no more.
-- It reads and writes the application's tables, but audit events it may only read and append; it runs the
-- retention and partition functions of V15, and creates tables only in the EJB timer store's schema.
do
$grants$
declare
    application name := '${application_role}';
begin
    if application = current_user then
        raise warning 'the application connects as %, the schema owner: give it a role of its own', application;
        return;
    end if;
    execute format('grant usage on schema public to %I', application);
    execute format('grant select, insert, update, delete on all tables in schema public to %I', application);
    execute format('revoke update, delete, truncate on audit_event from %I', application);
    execute format('revoke insert, update, delete on flyway_schema_history from %I', application);
    execute format('grant usage, select on all sequences in schema public to %I', application);
    -- the day partitions that ensure_read_partitions creates later belong to the owner too
    execute format('alter default privileges in schema public grant select, insert, update, delete on tables to %I',
                   application);
    execute format('grant execute on function ensure_read_partitions(date, date), drop_read_day(date), '
                   'redact_audit_events(timestamptz, varchar[]), delete_audit_events_through(bigint) to %I',
                   application);
    execute format('grant usage, create on schema ejb_timers to %I', application);
end
$grants$;
