# Trade Outlook. The two commands a newcomer needs: `make serve` and `make test`.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)

.PHONY: setup setup-browser serve build test test-native lint e2e bench

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

## Installs what is missing, builds the release bundle and serves it on http://127.0.0.1:8080
serve: setup
	trunk serve --release

## The release bundle in dist/ (the one the browser tests use)
build: setup
	trunk build --release

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
