#!/usr/bin/env bash
# Runs every test: unit and architecture tests, then the system tests against a real Open Liberty and a real
# PostgreSQL. The machine's PostgreSQL on 127.0.0.1:5432 is used when it is there (a fresh database each run,
# started first if it is installed but stopped); otherwise the server's embedded PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || echo "test: setup could not install packages; continuing" >&2

pg_up() { pg_isready -q -h 127.0.0.1 -p 5432 -U postgres 2>/dev/null; }

if ! pg_up && command -v pg_ctlcluster >/dev/null 2>&1 && [ -d /etc/postgresql ]; then
  for version in $(ls /etc/postgresql); do
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 || true
  done
  for _ in $(seq 20); do pg_up && break; sleep 1; done
fi

if pg_up && psql -h 127.0.0.1 -U postgres -d postgres -qtAc 'select 1' >/dev/null 2>&1; then
  database=platekeeper_it
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "drop database if exists $database" \
       -c "create database $database" >/dev/null
  # the server migrates as the owner and runs as a role of its own, as in production (docs/operations.md)
  psql -h 127.0.0.1 -U postgres -d postgres -q -c "do \$\$ begin if not exists (select from pg_roles where
    rolname = 'platekeeper_app') then create role platekeeper_app login; end if; end \$\$" \
    -c "alter role platekeeper_app connection limit -1" >/dev/null # as DatabaseOutageIT leaves it, even if cut short
  export ALPR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database"
  export ALPR_DB_OWNER_USER=postgres ALPR_DB_USER=platekeeper_app
  echo "test: system tests use the machine's PostgreSQL ($ALPR_DB_URL)"
else
  unset ALPR_DB_URL
  echo "test: no PostgreSQL on 127.0.0.1:5432; system tests use the embedded PostgreSQL"
fi
unset ALPR_DEMO
export OMP_THREAD_LIMIT=1

# the city directory that DirectoryIT signs in against (OpenLDAP on 127.0.0.1:3890), stopped when the tests end
bash scripts/directory.sh start
# ClusterIT's second server, in case the run stopped before the test did
twin_stop() { [ -x liberty/target/liberty/wlp/bin/server ] && liberty/target/liberty/wlp/bin/server stop platekeeper-twin >/dev/null 2>&1 || true; }
trap 'bash scripts/directory.sh stop; twin_stop' EXIT

mvn -B -ntp verify "$@"
