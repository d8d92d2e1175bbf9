# Trade Outlook. The two commands a newcomer needs: `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

# The release .wasm (issue 6, 35 kB gzip less): std rebuilt for size (build-std) with
# immediate-abort panics, no panic locations and no Debug text. These are unstable
# options of the pinned stable toolchain, allowed by RUSTC_BOOTSTRAP; it is set for every
# cargo run of make so that native and wasm builds share their compiled proc-macros.
# A plain `trunk build --release` still works and gives the larger stable build.
# The variable replaces the target rustflags of .cargo/config.toml, so it repeats them.
export RUSTC_BOOTSTRAP := 1
SMALL_WASM := CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort"

.PHONY: setup setup-browser serve build test test-native lint e2e bench floor

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

## Installs what is missing, builds the release bundle and serves it on http://127.0.0.1:8080
serve: setup
	$(SMALL_WASM) trunk serve --release

## The release bundle in dist/ (the one the browser tests use)
build: setup
	$(SMALL_WASM) trunk build --release

## Installs what is missing and runs every test: format, lints, native tests, browser tests
test: setup-browser lint test-native build e2e

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets --locked -- -D warnings

test-native:
	cargo test --locked

e2e:
	node --test --test-concurrency=1 e2e/

## Builds the release bundle and measures it in headless Chromium: prints a table and
## updates BENCHMARKS.md (a missed budget never fails; BENCH_LABEL="..." names the run)
bench: setup-browser build
	node bench/bench.mjs

## Measures the app's work per slider step in turns against pages made from it: a static
## copy (no script) and a hand-written page making the same changes (ROUNDS=5 by default)
floor: setup-browser build
	node bench/floor.mjs $(or $(ROUNDS),5)
