#!/usr/bin/env bash
# The system tests' city directory: an OpenLDAP server (Debian's slapd) on 127.0.0.1:3890 with the people and
# groups of liberty/src/test/directory/city.ldif, made afresh at every start in liberty/target/directory.
#   scripts/directory.sh start | stop
set -euo pipefail
cd "$(dirname "$0")/.."

dir=liberty/target/directory
port="${ALPR_TEST_DIRECTORY_PORT:-3890}"
slapd=$(command -v slapd || echo /usr/sbin/slapd)

stop() {
  if [ -f "$dir/slapd.pid" ]; then
    kill "$(cat "$dir/slapd.pid")" 2>/dev/null || true
    for _ in $(seq 20); do [ -f "$dir/slapd.pid" ] || break; sleep 0.5; done
  fi
}

start() {
  if [ ! -x "$slapd" ]; then
    echo "directory: slapd is not installed (scripts/setup.sh installs it); DirectoryIT will fail" >&2
    return 0
  fi
  stop
  rm -rf "$dir" && mkdir -p "$dir/data"
  cat > "$dir/slapd.conf" <<CONF
include /etc/ldap/schema/core.schema
include /etc/ldap/schema/cosine.schema
include /etc/ldap/schema/inetorgperson.schema
modulepath /usr/lib/ldap
moduleload back_mdb
pidfile $PWD/$dir/slapd.pid
database mdb
maxsize 104857600
suffix "dc=city,dc=test"
rootdn "cn=manager,dc=city,dc=test"
rootpw directory-manager-secret
directory $PWD/$dir/data
# passwords are for binding only; the service account reads people and groups, nobody else reads anything
access to attrs=userPassword by anonymous auth by * none
access to * by dn.exact="cn=platekeeper,ou=services,dc=city,dc=test" read by * none
CONF
  "$slapd" -T add -f "$dir/slapd.conf" -l liberty/src/test/directory/city.ldif -q
  "$slapd" -f "$dir/slapd.conf" -h "ldap://127.0.0.1:$port/"
  for _ in $(seq 20); do [ -f "$dir/slapd.pid" ] && break; sleep 0.5; done
  echo "directory: slapd on ldap://127.0.0.1:$port (pid $(cat "$dir/slapd.pid" 2>/dev/null || echo '?'))"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
