#!/usr/bin/env bash
# Installs what the project needs and is missing; skips what is present (idempotent).
#   .ci/install.sh serve   build tools: wasm32 target, Trunk, wasm-bindgen CLI, wasm-split-cli,
#                          wasm-opt, terser, csso (the stylesheet's minifier); the e2e packages
#                          too where Chromium is present
#   .ci/install.sh test    the above, plus browsers, drivers and the e2e packages
#   .ci/install.sh bench   the above, plus Lighthouse (npm, pinned) in .tools/lighthouse
# Nothing downloads a prebuilt binary: Rust tools build from crates.io, wasm-opt comes from
# the npm package binaryen (not Debian's binaryen 108, whose output never renders), browsers
# from Debian. Tool versions are pinned; wasm-bindgen follows Cargo.lock.
set -euo pipefail
mode=${1:-serve}
root=$(cd "$(dirname "$0")/.." && pwd)
tools="$root/.tools"
export PATH="$tools/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132.0.0
GECKODRIVER_VERSION=0.37.1
LIGHTHOUSE_VERSION=12.2.3
TERSER_VERSION=5.51.4
CSSO_VERSION=5.0.5
WASM_SPLIT_VERSION=0.2.4
WBG_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' "$root/Cargo.lock")
[ -n "$WBG_VERSION" ] || { echo "install: no wasm-bindgen in Cargo.lock" >&2; exit 1; }

say() { printf '[install] %s\n' "$*"; }
# has TOOL TEXT: TOOL --version prints TEXT. The output is captured first: piping into
# `grep -q` under pipefail fails at random when grep exits early and the tool gets SIGPIPE.
has() { local out; out=$("$1" --version 2>/dev/null) || return 1; [[ $out == *"$2"* ]]; }

targets=$(rustup target list --installed)
if [[ $'\n'$targets$'\n' != *$'\nwasm32-unknown-unknown\n'* ]]; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! has trunk " $TRUNK_VERSION"; then
  say "building Trunk $TRUNK_VERSION from crates.io (about 7 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION" --force
fi

if ! has wasm-bindgen " $WBG_VERSION"; then
  # Not --locked: its lockfile may name crates the registry mirror does not have yet.
  say "building wasm-bindgen-cli $WBG_VERSION (the version Cargo.lock resolves)"
  cargo install wasm-bindgen-cli --version "$WBG_VERSION" --force
fi

# Splits the app's wasm into the start page and the page modules (.ci/split-wasm.mjs). The
# crate's own lockfile: the versions its authors tested.
# (It has no --version: Cargo's list of installed crates says which one is there.)
if ! command -v wasm-split-cli >/dev/null \
  || [[ $'\n'$(cargo install --list) != *$'\n'"wasm_split_cli_support v$WASM_SPLIT_VERSION:"* ]]; then
  say "building wasm-split-cli $WASM_SPLIT_VERSION (crate wasm_split_cli_support) from crates.io"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --force
fi

if ! has wasm-opt "version ${BINARYEN_VERSION%%.*}"; then
  say "installing wasm-opt from npm binaryen@$BINARYEN_VERSION into .tools/"
  npm install --prefix "$tools" --no-audit --no-fund --no-save "binaryen@$BINARYEN_VERSION"
fi

# npm_tool NAME VERSION: the npm package NAME@VERSION in .tools/NAME, a folder of its own: an
# `npm install` into .tools/ itself would prune binaryen, which it does not list.
npm_tool() {
  local dir="$tools/$1"
  if [ "$(node -p 'require(process.argv[1]).version' "$dir/node_modules/$1/package.json" 2>/dev/null)" != "$2" ]; then
    say "installing $1 $2 into .tools/$1"
    mkdir -p "$dir"
    [ -f "$dir/package.json" ] || echo '{ "private": true }' >"$dir/package.json"
    npm install --prefix "$dir" --no-audit --no-fund --save-exact "$1@$2"
  fi
}

# terser minifies the JavaScript of the app's first download (.ci/minify.mjs): plain
# JavaScript, no binary.
npm_tool terser "$TERSER_VERSION"
# csso minifies the app's stylesheet (.ci/minify-css.mjs): plain JavaScript, no binary.
npm_tool csso "$CSSO_VERSION"

# The e2e packages (playwright-core) also pre-render the start page at build time
# (.ci/prerender.mjs): installed here too when this machine has Chromium (quick, no browser
# download); without it the build skips the pre-rendering and says so.
e2e_packages() {
  if [ ! -f "$root/tests/e2e/node_modules/.package-lock.json" ] \
    || ! cmp -s "$root/tests/e2e/package-lock.json" "$root/tests/e2e/node_modules/.lock-copy"; then
    say "installing the e2e packages (npm ci)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --prefix "$root/tests/e2e" --no-audit --no-fund
    cp "$root/tests/e2e/package-lock.json" "$root/tests/e2e/node_modules/.lock-copy"
  fi
}

if [ "$mode" = serve ]; then
  [ -x /usr/bin/chromium ] && e2e_packages
  say "build tools ready"
  exit 0
fi

missing=()
for pkg in chromium chromium-driver firefox-esr brotli poppler-utils; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
fi

if ! has geckodriver "geckodriver $GECKODRIVER_VERSION"; then
  say "building geckodriver $GECKODRIVER_VERSION from crates.io"
  cargo install --locked geckodriver --version "$GECKODRIVER_VERSION" --force
fi

# The end-to-end tests: playwright-core drives Debian's Chromium (it never downloads a
# browser of its own), axe-core checks accessibility. Versions pinned in package-lock.json.
e2e_packages
say "test tools ready"

[ "$mode" = bench ] || exit 0
# Lighthouse for `make bench` (.ci/lighthouse.mjs), in its own folder of .tools/ so it never
# disturbs the build tools; it drives Debian's Chromium through CHROME_PATH and downloads no
# browser.
PUPPETEER_SKIP_DOWNLOAD=1 npm_tool lighthouse "$LIGHTHOUSE_VERSION"
say "bench tools ready"
