#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) into a cache folder outside the repository,
# plus the Debian packages the editor tests use. Reuses an existing install.
# When the release pins another Node major than the machine's (4.139 needs Node 24), that Node
# comes from scripts/install-node.sh and the printed executable is a wrapper that runs
# code-server with it first on PATH.
# Prints the code-server executable's path on the last line of stdout; exits 3 when something
# required cannot be had (the message on stderr says what).
#
#   CODE_SERVER_VERSION   default 4.100.3 (VS Code 1.100.3, the newest for Node 20)
#   GAZETTE_E2E_CACHE     default ${XDG_CACHE_HOME:-$HOME/.cache}/gazette-lint-e2e
#   GAZETTE_E2E_MIN_FREE_MB  free space the cache needs before an install (default 1536)
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE="${GAZETTE_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gazette-lint-e2e}"
DEST="$CACHE/code-server-$VERSION"
BIN="$DEST/node_modules/.bin/code-server"
WRAPPER="$DEST/code-server"
LOG="$CACHE/install-$VERSION.log"
MIN_FREE_MB="${GAZETTE_E2E_MIN_FREE_MB:-1536}"
# The @vscode/ripgrep that code-server 4.100 pulls in, and the ripgrep build it downloads
# (newer releases ship rg inside the package).
RG_PKG_VERSION="${RG_PKG_VERSION:-1.15.11}"
RG_BUILD="${RG_BUILD:-v13.0.0-10}"
HERE="$(cd "$(dirname "$0")" && pwd)"

log() { echo "[install-code-server] $*" >&2; }
missing() { log "$*"; exit 3; }

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock-$VERSION"
flock 9

if [ -f "$DEST/.complete" ]; then
  if [ -x "$WRAPPER" ]; then
    node_root="$(cat "$DEST/.node-root")"
    if [ -x "$node_root/bin/node" ]; then echo "$WRAPPER"; exit 0; fi
    log "the Node of $WRAPPER is gone ($node_root): reinstalling"
  elif [ -x "$BIN" ]; then
    echo "$BIN"
    exit 0
  fi
fi

free_mb="$(df -Pm "$CACHE" | awk 'NR==2 {print $4}')"
if [ -n "$free_mb" ] && [ "$free_mb" -lt "$MIN_FREE_MB" ]; then
  missing "code-server $VERSION needs about $MIN_FREE_MB MB free to install, $CACHE has $free_mb MB"
fi

engines="$(timeout 120 npm view --fetch-retries=1 "code-server@$VERSION" engines.node 2>"$LOG")" \
  || missing "the npm registry cannot be reached: $(grep -m1 'npm error' "$LOG" || tail -1 "$LOG")"
# System packages: chromium drives the UI, libkrb5-dev builds code-server's kerberos module,
# ripgrep stands in for the download @vscode/ripgrep cannot make, the CJK font renders Chinese
# in screenshots, neovim is the second LSP client; a compiler for the native modules.
bash "$HERE/e2e-apt.sh" chromium libkrb5-dev ripgrep fonts-noto-cjk neovim build-essential python3 || true
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing "libkrb5-dev is missing: code-server cannot be built"

want_major="$(echo "$engines" | grep -o '[0-9]\+' | head -1 || true)"
node_major="$(node -p 'process.versions.node.split(".")[0]')"
node_root=""
if [ -n "$want_major" ] && [ "$want_major" != "$node_major" ]; then
  out="$(bash "$HERE/install-node.sh" "$want_major")" \
    || missing "code-server $VERSION needs Node $want_major, this is Node $node_major, and Node $want_major cannot be installed (see $CACHE/install-node-$want_major.log)"
  node_root="$(echo "$out" | tail -1)"
fi

tmp="$(mktemp -d "${TMPDIR:-/tmp}/code-server-install.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
env_extra=(TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_update_notifier=false)
if [ -n "$node_root" ]; then
  # The machine's npm config points nodedir at its own Node's headers: native modules must be
  # built against the Node that will run them.
  env_extra+=(PATH="$node_root/bin:$PATH" npm_config_nodedir="$node_root")
fi
# @vscode/ripgrep (code-server 4.100) takes a tar.gz from its download cache instead of the internet.
if command -v rg >/dev/null; then
  rgcache="$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
  mkdir -p "$rgcache" "$tmp/rg"
  cp "$(command -v rg)" "$tmp/rg/rg"
  tar -czf "$rgcache/ripgrep-$RG_BUILD-x86_64-unknown-linux-musl.tar.gz" -C "$tmp/rg" rg
else
  log "ripgrep (rg) is missing: code-server releases that download it will fail to install"
fi

log "installing code-server@$VERSION into $DEST${node_root:+ with Node $want_major} (one to three minutes)"
rm -rf "$DEST"
mkdir -p "$DEST"
# A plain local install run from inside DEST: with --global or --prefix, code-server's nested
# `npm install` in lib/vscode inherits that setting and installs into the wrong place.
echo '{"name":"gazette-lint-e2e-code-server","private":true}' >"$DEST/package.json"
# Run from `npm test`, this inherits the outer npm's user agent (…node/v20…), which the inner npm
# keeps as its own: code-server's postinstall reads the Node version from it and would refuse.
if ! (cd "$DEST" && env -u npm_config_user_agent "${env_extra[@]}" npm install --no-audit --no-fund --no-save "code-server@$VERSION") >"$LOG" 2>&1; then
  tail -30 "$LOG" >&2
  rm -rf "$DEST"
  missing "npm install code-server@$VERSION failed (see $LOG)"
fi
[ -x "$BIN" ] || missing "code-server installed but $BIN is missing (see $LOG)"
run="$BIN"
if [ -n "$node_root" ]; then
  echo "$node_root" >"$DEST/.node-root"
  cat >"$WRAPPER" <<WRAP
#!/bin/sh
# code-server $VERSION with the Node $want_major it needs first on PATH.
PATH="$node_root/bin:\$PATH"
export PATH
exec "$node_root/bin/node" "$DEST/node_modules/code-server/out/node/entry.js" "\$@"
WRAP
  chmod +x "$WRAPPER"
  run="$WRAPPER"
fi
"$run" --version >/dev/null 2>&1 || missing "$run --version fails (see $LOG)"
touch "$DEST/.complete"
log "installed: $("$run" --version | head -1)"
echo "$run"
