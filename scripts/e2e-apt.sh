#!/usr/bin/env bash
# Installs the named Debian packages that are missing (root with apt-get only), for the editor tests.
# Exit 0 when all are installed afterwards, 3 when they cannot be had.
set -uo pipefail
missing=()
for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "[e2e-apt] missing Debian packages: ${missing[*]} (not root or no apt-get)" >&2
  exit 3
fi
exec 9>/tmp/gazette-e2e-apt.lock
flock 9
echo "[e2e-apt] apt-get install ${missing[*]}" >&2
log="$(mktemp)"
if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1; then
  tail -5 "$log" >&2
  echo "[e2e-apt] apt-get failed for: ${missing[*]}" >&2
  rm -f "$log"
  exit 3
fi
rm -f "$log"
