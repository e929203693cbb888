#!/usr/bin/env bash
# The post-install check: the application is ready, the console's sign-in form lets a user in and shows the first
# page, and the API answers HTTP Basic. Exits non-zero, saying which step failed, if any does.
#   scripts/smoke.sh [BASE_URL]          default https://localhost:9443 (on this machine, the certificate the server
#                                        made for itself is accepted; elsewhere it must be one the system trusts)
#   SMOKE_USER / SMOKE_PASSWORD          the account to sign in with (default admin / demo-admin, the demo administrator)
set -euo pipefail

base="${1:-https://localhost:9443}"
base="${base%/}"
tls=()
case "$base" in
  https://localhost[:/]*|https://localhost|https://127.0.0.1[:/]*|https://127.0.0.1) tls=(--insecure) ;;
esac
user="${SMOKE_USER:-admin}"
password="${SMOKE_PASSWORD:-demo-admin}"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
jar="$work/cookies"

fail() { echo "smoke: FAILED: $*" >&2; exit 1; }
step() { echo "smoke: $*"; }

# a status code and a body in $work/body; curl itself failing (no connection) is a status of 000
fetch() { curl -sS "${tls[@]}" -o "$work/body" -w '%{http_code}' --max-time 30 "$@" || true; }

status=$(fetch "$base/health/ready")
[ "$status" = 200 ] || fail "$base/health/ready answered $status: $(head -c 300 "$work/body" 2>/dev/null)"
step "ready ($base/health/ready is 200)"

status=$(fetch -c "$jar" -b "$jar" "$base/login.xhtml")
[ "$status" = 200 ] || fail "the sign-in page $base/login.xhtml answered $status"
# every hidden input of the form (the Faces view state and the form's submit marker) goes back with it
form=()
while IFS=$'\t' read -r name value; do
  form+=(--data-urlencode "$name=$value")
done < <(grep -o '<input type="hidden"[^>]*>' "$work/body" \
           | sed -n 's/.*name="\([^"]*\)".*value="\([^"]*\)".*/\1\t\2/p')
grep -q 'jakarta.faces.ViewState' <<<"${form[*]:-}" || fail "no view state on the sign-in page"
# and the page's script nonce, which PrimeFaces' script adds to every post and the server checks
nonce=$(grep -o 'nonce="[^"]*"' "$work/body" | head -1 | cut -d'"' -f2)
[ -n "$nonce" ] || fail "the sign-in page's scripts carry no nonce (Content-Security-Policy)"
form+=(--data-urlencode "primefaces.nonce=$nonce")
status=$(fetch -c "$jar" -b "$jar" "${form[@]}" --data-urlencode "signIn:username=$user" \
         --data-urlencode "signIn:password=$password" --data-urlencode "signIn:submit=" "$base/login.xhtml")
case "$status" in
  302|303) ;;
  *) fail "signing in as $user answered $status, not a redirect to the console: $(grep -o 'ui-messages-error-summary">[^<]*' "$work/body" | head -1)" ;;
esac
step "signed in to the console as $user"
if [[ "$base" == https://* ]]; then
  # curl's cookie jar: an HttpOnly cookie's line starts #HttpOnly_, the fourth field says Secure
  awk -F'\t' '$6 == "JSESSIONID" && $1 ~ /^#HttpOnly_/ && $4 == "TRUE" { found = 1 } END { exit !found }' "$jar" \
    || fail "the session cookie is not Secure and HttpOnly: $(grep JSESSIONID "$jar")"
  step "the session cookie is Secure and HttpOnly"
fi

status=$(fetch -c "$jar" -b "$jar" "$base/console/index.xhtml")
[ "$status" = 200 ] || fail "the console's first page answered $status"
grep -q "Signed in as <strong>$user</strong>" "$work/body" || fail "the console's first page does not show $user signed in"
step "the console's first page shows $user signed in"

status=$(fetch -u "$user:$password" -H 'Accept: application/json' "$base/api/v1/me")
[ "$status" = 200 ] || fail "GET $base/api/v1/me with HTTP Basic answered $status: $(head -c 300 "$work/body")"
grep -q "\"$user\"" "$work/body" || fail "GET /api/v1/me does not name $user: $(head -c 300 "$work/body")"
step "the API answers HTTP Basic (GET /api/v1/me is $user)"

step "passed"
