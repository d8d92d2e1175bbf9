#!/usr/bin/env bash
# Installs what building (and, with --browser, browser-testing) Trade Outlook needs.
# Idempotent: each step checks first, so a second run takes seconds.
# Needs the package registries only (crates.io, npm, Debian apt), nothing else on the web.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

TRUNK_VERSION=0.21.14
# Node 20 or later (package.json's "engines"; tested on 20).
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$NODE_MAJOR" -lt 20 ]; then
  echo "setup: Node 20 or later is needed; found: $(node --version 2>/dev/null || echo none)" >&2
  exit 1
fi
step() { printf '\n== %s\n' "$*"; }
# The tools below are built as plain stable Rust (only the size build sets this).
unset RUSTC_BOOTSTRAP

# rust-toolchain.toml pins the toolchain and lists these; rustup adds them on first use,
# and these steps make sure of it.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source: the release .wasm rebuilds std for size (Makefile, SIZE_BUILD).
if [ ! -d "$(rustc --print sysroot)/lib/rustlib/src/rust/library" ]; then
  step "Rust component rust-src"
  rustup component add rust-src
fi

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  step "trunk $TRUNK_VERSION (cargo install, ~15 min on 2 cores)"
  # trunk 0.22 needs a newer rustc than this machine has: pin the version.
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# wasm-bindgen-cli must equal the wasm-bindgen version in Cargo.lock.
WASM_BINDGEN_VERSION=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/[^0-9.]/, "", $0); print; exit }' Cargo.lock)
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  step "wasm-bindgen-cli $WASM_BINDGEN_VERSION (cargo install, ~5 min)"
  # Not --locked: its lockfile pins a crate version the registry lacks.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# wasm-opt from npm binaryen 132 (never Debian's 108), esbuild (minifies the JS glue),
# playwright-core and axe-core (Chromium tests), puppeteer-core (Firefox) and
# selenium-webdriver (WebKit) for the smoke tests of e2e/engines/.
if ! { [ -x node_modules/.bin/wasm-opt ] && [ -d node_modules/playwright-core ] \
  && [ -d node_modules/axe-core ] && [ -d node_modules/esbuild ] \
  && [ -d node_modules/puppeteer-core ] && [ -d node_modules/selenium-webdriver ] \
  && wasm-opt --version | grep -q "version 132"; }; then
  step "npm packages (binaryen 132, esbuild, playwright-core, axe-core, puppeteer-core, selenium-webdriver)"
  npm ci --no-audit --no-fund
fi

# The browsers: Chromium (the full e2e suite), and Firefox ESR and WebKitGTK (its
# MiniBrowser, driven by WebKitWebDriver under Xvfb) for e2e/engines/'s smoke tests;
# nginx with Debian's brotli modules, to serve the tests with deploy/nginx.conf (they
# start their own nginx on a free port, beside any the system runs).
if [ "${1:-}" = "--browser" ]; then
  MISSING=""
  { [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || MISSING="$MISSING chromium chromium-driver"
  [ -x /usr/bin/firefox-esr ] || MISSING="$MISSING firefox-esr"
  command -v WebKitWebDriver >/dev/null || MISSING="$MISSING webkit2gtk-driver"
  command -v xvfb-run >/dev/null || MISSING="$MISSING xvfb"
  [ -x /usr/sbin/nginx ] || MISSING="$MISSING nginx"
  for module in static filter; do
    [ -f "/usr/lib/nginx/modules/ngx_http_brotli_${module}_module.so" ] \
      || MISSING="$MISSING libnginx-mod-http-brotli-$module"
  done
  if [ -n "$MISSING" ]; then
    step "Debian packages:$MISSING (~2 min)"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    # shellcheck disable=SC2086 # one word per package
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $MISSING
  fi
fi

# Trunk.toml sets offline = true: cargo must have every crate before the build, the
# standard library's own dependencies too (the release build rebuilds std). Its
# manifest uses an unstable cargo feature, hence RUSTC_BOOTSTRAP for this one fetch.
cargo fetch --locked >/dev/null
RUSTC_BOOTSTRAP=1 cargo fetch --locked --manifest-path \
  "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml" >/dev/null
