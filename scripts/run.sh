#!/usr/bin/env bash
# Builds Platekeeper, deploys the EAR just built into the development server and runs it in the foreground at
# https://localhost:9443 (console; http://localhost:9080 redirects there) with its embedded PostgreSQL. Demo mode
# listens on this machine only and seeds one user per role (admin/demo-admin, officer/demo-officer, ...). Ctrl-C
# stops the server, and the server stops its embedded PostgreSQL; the data stays in
# liberty/target/liberty/wlp/usr/servers/platekeeper/embedded-db for the next run.
# With ALPR_DB_URL set, it runs against that PostgreSQL instead, without demo users.
#   scripts/run.sh           build and run
#   scripts/run.sh --debug   the same, with a Java debugger port at 7777 (WLP_DEBUG_ADDRESS to change it,
#                            WLP_DEBUG_SUSPEND=y to wait for the debugger before starting)
set -euo pipefail
cd "$(dirname "$0")/.."

action=run
case "${1:-}" in
  "") ;;
  --debug) action=debug; export WLP_DEBUG_SUSPEND="${WLP_DEBUG_SUSPEND:-n}" ;;
  *) echo "usage: scripts/run.sh [--debug]" >&2; exit 2 ;;
esac

bash scripts/setup.sh
if [ -z "${ALPR_DB_URL:-}" ]; then
  export ALPR_DEMO="${ALPR_DEMO:-true}"
fi
export OMP_THREAD_LIMIT=1

server_name=platekeeper
wlp=liberty/target/liberty/wlp

mvn -B -q -ntp -Dstyle.color=never install -DskipTests
# liberty:create and liberty:deploy as goals of their own: liberty:run would take the configuration of the system-test
# server's executions in liberty/pom.xml and deploy there. Deploying copies this build's EAR over any earlier one.
mvn -B -q -ntp -Dstyle.color=never -pl liberty liberty:create liberty:deploy

built_ear=$(ls -t alpr-ear/target/alpr-ear-*.ear | head -1)
deployed_ear="$wlp/usr/servers/$server_name/apps/alpr-ear.ear"
if ! cmp -s "$built_ear" "$deployed_ear"; then
  echo "run: $deployed_ear is not the EAR just built ($built_ear); not starting a stale application" >&2
  exit 1
fi

# A secret made here once and kept in the server's resources, readable by this user only.
secret_once() {
  local file="$server_dir/resources/security/$1"
  if [ ! -s "$file" ]; then
    mkdir -p "$(dirname "$file")"
    (umask 077; head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file")
  fi
  cat "$file"
}
server_dir="$wlp/usr/servers/$server_name"
# TLS (SC-8): without the city's certificate (ALPR_TLS_KEYSTORE), the server makes a self-signed one at first start,
# under a password made here once and kept beside it
if [ -z "${ALPR_TLS_KEYSTORE_PASSWORD:-}" ]; then
  export ALPR_TLS_KEYSTORE_PASSWORD="$(secret_once keystore-password)"
fi
# /metrics answers one monitoring account (AC-6); without a password of the city's, one is made here once, for the
# monitoring system to be given
if [ -z "${ALPR_METRICS_PASSWORD:-}" ]; then
  export ALPR_METRICS_PASSWORD="$(secret_once metrics-password)"
fi
# the demo listens on this machine only, and its published users sign in with passwords alone
if [ "${ALPR_DEMO:-false}" = true ]; then
  export ALPR_HTTP_HOST="${ALPR_HTTP_HOST:-127.0.0.1}"
  export ALPR_MFA_REQUIRED="${ALPR_MFA_REQUIRED:-false}"
fi

port="${ALPR_HTTP_PORT:-9080}"
https_port="${ALPR_HTTPS_PORT:-9443}"
server_pid=$$ # exec below keeps this process id for the server's JVM
(
  # say where to sign in once the application answers, not merely when the server process is up
  for _ in $(seq 300); do
    kill -0 "$server_pid" 2>/dev/null || exit 0
    if curl -fsS -o /dev/null --max-time 5 "http://localhost:$port/health/ready" 2>/dev/null; then
      if [ "${ALPR_DEMO:-false}" = true ]; then
        echo "run: Platekeeper is ready at https://localhost:$https_port/ (sign in as admin / demo-admin; the" \
             "browser warns once about the certificate the server made for itself)"
      else
        echo "run: Platekeeper is ready at https://localhost:$https_port/"
      fi
      exit 0
    fi
    sleep 2
  done
  echo "run: Platekeeper is not ready after 10 minutes; see $wlp/usr/servers/$server_name/logs/messages.log" >&2
) &

echo "run: starting Open Liberty (server $server_name, process $$); Ctrl-C stops it"
# forget cached configuration on each start (the database choice may have changed); the data stays
exec "$wlp/bin/server" "$action" "$server_name" --clean
