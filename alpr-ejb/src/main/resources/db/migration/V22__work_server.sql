-- The server that runs a hot-list import, a purge or a report (its host and Liberty server name), so that a server
-- restarting after a crash takes up its own interrupted work and leaves alone what another server sharing the
-- database is doing. Rows from before are nobody's: the first server to start takes them up.
alter table hot_list_import add column server varchar(200);
alter table purge_run add column server varchar(200);
alter table generated_report add column server varchar(200);
