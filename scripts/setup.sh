#!/usr/bin/env bash
# Installs the operating-system packages Platekeeper needs on a Debian machine, skipping what is already there.
# Java 17 and Maven are expected; everything else comes from here or from Maven Central.
set -euo pipefail

packages=()
command -v tesseract >/dev/null 2>&1 || packages+=(tesseract-ocr tesseract-ocr-eng)
command -v pg_isready >/dev/null 2>&1 || packages+=(postgresql-client)
command -v curl >/dev/null 2>&1 || packages+=(curl)
# the system tests play an old TLS client with it
command -v openssl >/dev/null 2>&1 || packages+=(openssl)
# the system tests' city directory (scripts/directory.sh); only its programs: no directory of the machine's own
[ -x /usr/sbin/slapd ] || packages+=(slapd)

if [ ${#packages[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null 2>&1; then
  echo "setup: please install: ${packages[*]} (needs root)" >&2
  exit 1
fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "setup: installing ${packages[*]}"
as_root apt-get update -qq
# slapd would otherwise make and start a directory of its own for the machine
echo "slapd slapd/no_configuration boolean true" | as_root debconf-set-selections 2>/dev/null || true
DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
