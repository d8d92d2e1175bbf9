# Trade Outlook. The two commands a newcomer needs: `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

# The release .wasm is built smaller than plain stable Rust allows (issue 6: 35 kB gzip
# less): the standard library rebuilt for size with immediate-abort panics, no panic
# locations and no Debug text. These are unstable options of the pinned toolchain
# (rust-toolchain.toml), allowed by RUSTC_BOOTSTRAP for this one build only, in a target
# directory of its own: with RUSTC_BOOTSTRAP set, crates such as proc-macro2 switch on
# nightly-only code, so nothing else is built that way. The flags here are added to those
# of .cargo/config.toml (cargo joins matching `target` entries). Everything else (native
# tests, clippy, a plain `trunk build --release`) is plain stable Rust.
SIZE_BUILD := RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$(CURDIR)/target/size \
	CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort"

# The data files the app can read (data/NAME.json), not their JSON Schema.
DATA_FILES := $(filter-out %.schema.json,$(wildcard data/*.json))

.PHONY: setup setup-browser serve dev build test test-native test-wasm lint e2e bench floor check-data first-view

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

## Installs what is missing, builds the release bundle and serves it on http://127.0.0.1:8080,
## rebuilding when a source changes (reload the page to see it). It builds into
## target/serve/, never dist/: dist/ is what `make build` writes and an editor uploads,
## and Trunk's live-reload script (an inline script the page's CSP would block) is off.
serve: setup
	$(SIZE_BUILD) trunk serve --release --dist target/serve --no-autoreload

## The edit loop: a plain debug build (no standard-library rebuild, nothing minified or
## versioned) served on http://127.0.0.1:8080 from target/dev/, rebuilt when a source is
## saved (reload the page to see it)
dev: setup
	trunk serve --dist target/dev --no-autoreload

## The release bundle in dist/ (the one the browser tests use)
build: setup
	$(SIZE_BUILD) trunk build --release

## Installs what is missing and runs every test: format, lints, native tests, browser tests
## (one after another, also under make -j: the browser tests need the build)
test:
	$(MAKE) setup-browser
	$(MAKE) lint
	$(MAKE) test-native
	$(MAKE) test-wasm
	$(MAKE) build
	$(MAKE) e2e

## Format and lints, native and for the browser (the latter also checks that the
## plain-stable wasm build compiles without the size build's unstable options; the
## native tools, check-data and prerender, are not built for the browser)
lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets --locked -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --locked --lib --bin trade-outlook -- -D warnings

test-native:
	cargo test --locked
	cargo run --quiet --locked --bin check-data -- $(DATA_FILES)

## The data parser's test compiled to wasm (a debug build) and run in headless Chromium:
## the browser's own parse path over the native tests' fixtures (tests/data/fixtures.rs).
## wasm-bindgen-test-runner (installed with wasm-bindgen-cli by `make setup`) drives
## Chromium through Debian's chromedriver (`make setup-browser`), headless and without
## the sandbox (the options it gives Chrome itself, which also let it run as root).
## (chromedriver leaves Chromium's profile behind in $TMPDIR: it gets one of its own, removed after)
test-wasm:
	rm -rf target/browser-tmp && mkdir -p target/browser-tmp
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	CHROMEDRIVER=/usr/bin/chromedriver TMPDIR="$(CURDIR)/target/browser-tmp" \
	cargo test --target wasm32-unknown-unknown --locked --lib; \
	status=$$?; rm -rf target/browser-tmp; exit $$status

## Checks data files as the page reads them, before they are uploaded:
## make check-data FILE=path/to/pair.json (several files: FILE="a.json b.json")
check-data:
	cargo run --quiet --locked --bin check-data -- $(or $(FILE),$(DATA_FILES))

## Redraws the pages of a site whose data file was edited (no rebuild): make first-view
## SITE=dist (the site's data/belarus-uzbekistan.json into the first view of index.html
## and of each language page, their preview images, and their precompressed copies)
SITE ?= dist
first-view:
	cargo run --quiet --locked --bin prerender -- --site $(SITE)
	node scripts/compress.mjs $(SITE)/index.html $(foreach lang,ru uz be,$(SITE)/$(lang)/index.html)

## The browser tests, every file named (Node 22 and later no longer search a folder)
e2e:
	node --test --test-concurrency=1 e2e/*.test.mjs e2e/engines/*.test.mjs

## Builds the release bundle and measures it in headless Chromium: prints a table and
## updates BENCHMARKS.md (a missed budget never fails; BENCH_LABEL="..." names the run)
bench: setup-browser build
	node bench/bench.mjs

## Measures the app's work per slider step in turns against pages made from it: a static
## copy (no script) and a hand-written page making the same changes (ROUNDS=5 by default)
floor: setup-browser build
	node bench/floor.mjs $(or $(ROUNDS),5)
