#!/usr/bin/env bash
# Checks a saved audit anchor against the trail as it stands: scripts/check-anchor.sh BASE_URL SEQUENCE HASH
# Prints MATCH and exits 0 while the trail up to event SEQUENCE is the one the anchor was taken from; prints
# MISMATCH and exits 1 once it has been rewritten. Needs only curl.
set -euo pipefail
if [ $# -ne 3 ]; then
  echo "usage: $0 BASE_URL SEQUENCE HASH   (e.g. $0 https://alpr.example.gov 48211 9c1e…)" >&2
  exit 2
fi
base=${1%/}
answer=$(curl -fsS "$base/api/public/audit-anchors/$2?hash=$3")
if printf '%s' "$answer" | grep -q '"matches":true'; then
  echo "MATCH: $answer"
else
  echo "MISMATCH: $answer"
  exit 1
fi
