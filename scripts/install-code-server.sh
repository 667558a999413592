#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) into a cache folder outside the repository,
# plus the Debian packages the editor tests use. Reuses an existing install.
# Prints the code-server executable's path on the last line of stdout; exits 3 when something
# required cannot be had (the message on stderr says what).
#
#   CODE_SERVER_VERSION   default 4.100.3 (VS Code 1.100.3, the newest for Node 20)
#   GAZETTE_E2E_CACHE     default ${XDG_CACHE_HOME:-$HOME/.cache}/gazette-lint-e2e
set -euo pipefail

VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE="${GAZETTE_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gazette-lint-e2e}"
DEST="$CACHE/code-server-$VERSION"
BIN="$DEST/node_modules/.bin/code-server"
# The @vscode/ripgrep that code-server pulls in, and the ripgrep build it downloads.
RG_PKG_VERSION="${RG_PKG_VERSION:-1.15.11}"
RG_BUILD="${RG_BUILD:-v13.0.0-10}"

log() { echo "[install-code-server] $*" >&2; }
missing() { log "$*"; exit 3; }

mkdir -p "$CACHE"
exec 9>"$CACHE/.lock"
flock 9

if [ -x "$BIN" ] && [ -f "$DEST/.complete" ]; then
  echo "$BIN"
  exit 0
fi

# System packages: chromium drives the UI, libkrb5-dev builds code-server's kerberos module,
# ripgrep stands in for the download @vscode/ripgrep cannot make, the CJK font renders Chinese
# in screenshots, neovim is the second LSP client; a compiler for the native modules.
bash "$(dirname "$0")/e2e-apt.sh" chromium libkrb5-dev ripgrep fonts-noto-cjk neovim build-essential python3 || true
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing "libkrb5-dev is missing: code-server cannot be built"
command -v rg >/dev/null || missing "ripgrep (rg) is missing: code-server's @vscode/ripgrep cannot be provided"

node_major="$(node -p 'process.versions.node.split(".")[0]')"
want_major="$(npm view "code-server@$VERSION" engines.node 2>/dev/null | grep -o '[0-9]\+' | head -1 || true)"
if [ -n "$want_major" ] && [ "$want_major" != "$node_major" ]; then
  missing "code-server $VERSION needs Node $want_major, this is Node $node_major"
fi

# @vscode/ripgrep takes a tar.gz from its download cache instead of the internet.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/code-server-install.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
rgcache="$tmp/vscode-ripgrep-cache-$RG_PKG_VERSION"
mkdir -p "$rgcache" "$tmp/rg"
cp "$(command -v rg)" "$tmp/rg/rg"
tar -czf "$rgcache/ripgrep-$RG_BUILD-x86_64-unknown-linux-musl.tar.gz" -C "$tmp/rg" rg

log "installing code-server@$VERSION into $DEST (about a minute)"
rm -rf "$DEST"
mkdir -p "$DEST"
# A plain local install run from inside DEST: with --global or --prefix, code-server's nested
# `npm install` in lib/vscode inherits that setting and installs into the wrong place.
echo '{"name":"gazette-lint-e2e-code-server","private":true}' >"$DEST/package.json"
if ! (cd "$DEST" && TMPDIR="$tmp" npm_config_unsafe_perm=true npm_config_yes=true npm_config_update_notifier=false \
  npm install --no-audit --no-fund --no-save "code-server@$VERSION") >"$CACHE/install.log" 2>&1; then
  tail -30 "$CACHE/install.log" >&2
  missing "npm install code-server@$VERSION failed (see $CACHE/install.log)"
fi
[ -x "$BIN" ] || missing "code-server installed but $BIN is missing (see $CACHE/install.log)"
"$BIN" --version >/dev/null 2>&1 || missing "$BIN --version fails (see $CACHE/install.log)"
touch "$DEST/.complete"
log "installed: $("$BIN" --version | head -1)"
echo "$BIN"
