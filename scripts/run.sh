#!/usr/bin/env bash
# Builds Platekeeper and runs it in the foreground at http://localhost:9080 (console) with its embedded PostgreSQL.
# Demo mode seeds one user per role (admin/demo-admin, officer/demo-officer, ...). Stop it with Ctrl-C.
# With ALPR_DB_URL set, it runs against that PostgreSQL instead, without demo users.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
if [ -z "${ALPR_DB_URL:-}" ]; then
  export ALPR_DEMO="${ALPR_DEMO:-true}"
fi
export OMP_THREAD_LIMIT=1

mvn -B -q -ntp install -DskipTests
echo "Platekeeper starts at http://localhost:${ALPR_HTTP_PORT:-9080}/ (sign in as admin / demo-admin in demo mode)"
exec mvn -B -ntp -pl liberty liberty:run
