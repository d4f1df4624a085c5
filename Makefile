# IIN Pre-check. The two commands a new machine needs:
#   make serve   install what is missing, then serve the app on http://127.0.0.1:8080
#   make test    install what is missing, then run every suite (fails on the first failure)
# Others: make build / make dist (release build into dist/: the app, embed.js, the JS API in
# dist/api/, the JSON Schemas in dist/schema/), make bench, make fmt, make check-calendar (our
# working days against the python holidays package; needs python3 and pip, not part of make test).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

ROOT := $(CURDIR)
CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(ROOT)/.tools/node_modules/.bin:$(CARGO_BIN):$(PATH)

# Trunk checks tool versions by exact string: keep it on the version Cargo.lock resolves.
WBG_VERSION := $(shell awk '$$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export TRUNK_OFFLINE := true
export TRUNK_TOOLS_WASM_BINDGEN := $(WBG_VERSION)
export TRUNK_TOOLS_WASM_OPT := version_132

WASM := --target wasm32-unknown-unknown
TARGET_DIR := $(or $(CARGO_TARGET_DIR),$(ROOT)/target)
# Browser test files are tests/web_*.rs; each is also compiled natively to nothing.
WEB_TESTS := $(patsubst tests/%.rs,--test %,$(wildcard tests/web_*.rs))

.PHONY: help serve test build dist dist-split dist-api dist-pages bench fmt install-build install-test \
	test-fmt test-clippy test-native test-chromium test-firefox test-release test-e2e \
	check-calendar

help:
	@echo "make serve   install what is missing, serve the app on http://127.0.0.1:8080"
	@echo "make test    install what is missing, run every suite"
	@echo "make bench   sizes, load time and Lighthouse against a minimal Leptos app; evaluate latency and sweep"
	@echo "make dist    the release build into dist/ (app, embed.js, JS API in dist/api/, schemas)"
	@echo "make check-calendar  compare our working days with the python holidays package (needs python3, pip)"

install-build:
	@bash .ci/install.sh serve

install-test:
	@bash .ci/install.sh test

# The release build, then two static servers: the app on :8080 (with the headers
# docs/embedding.md asks of a host) and the example consulate page on :8081, another origin
# that embeds the app both ways under a strict CSP.
serve: dist
	node .ci/serve.mjs

build dist: install-build
	trunk build --release
	$(MAKE) --no-print-directory dist-split
	$(MAKE) --no-print-directory dist-api
	$(MAKE) --no-print-directory dist-pages

# Trunk's wasm, split: the start page and the shell first, the other pages fetched after the
# first paint (.ci/split-wasm.mjs, src/ui/pages.rs). The `split` build links the app with
# relocations for this step (build.rs).
dist-split:
	node .ci/split-wasm.mjs dist $(TARGET_DIR)/wasm32-unknown-unknown/release/iin-precheck.wasm \
	  $(WASM_OPT_PARAMS)

# After the build, in this order (docs/embedding.md, "Fast first screen", "Offline"):
#   init.js minified (.ci/minify.mjs, terser; the glue and the loader are minified by split-wasm);
#   the stylesheet minified and named by its content again (.ci/minify-css.mjs, csso);
#   the Russian and Kazakh texts (locale-<code>-<hash>.json, written by build.rs for the app's
#   `lazy-locales` build: the page fetches only its reader's language);
#   the page per language with the start page pre-rendered in it, manifests, icons;
#   sw.js with the precache list and a version hashed from those files;
#   NAME.br and NAME.gz next to every text and wasm file, for the server to send as they are.
dist-pages:
	node .ci/minify.mjs dist/init.js
	node .ci/minify-css.mjs dist
	rm -f dist/locale-*.json
	cp $(TARGET_DIR)/wasm32-unknown-unknown/release/locales/locale-*.json dist/
	node .ci/prerender.mjs dist
	node .ci/sw-manifest.mjs dist
	node .ci/compress.mjs dist

# The JavaScript API, from the library with wasm-bindgen exports (Cargo features):
#   api/        `js-api`: evaluate, validateIin, rulesets... (the rules only), an ES module
#   api/mount/  `js-mount`: the same plus mount (and so the UI), an ES module
#   api/iin_precheck.classic.js  the js-mount build as one classic script with the wasm inside
#               (.ci/classic-api.mjs): what embed.js uses for the direct mount, no CORS needed
# Trunk empties dist/ first, so this comes after it.
LIB_WASM := $(TARGET_DIR)/wasm32-unknown-unknown/release/iin_precheck.wasm
# For the app's main module (.ci/split-wasm.mjs) and the API builds: no function with one caller
# merged into its caller, so the browser's lazy compilation compiles only what the first render
# calls (issue 12, Total Blocking Time); the wasm-streams exports (stream adapters for server
# functions, which this crate has none of) removed, and the code only they reached (about 1 KB
# brotli).
WASM_OPT_PARAMS := --one-caller-inline-max-function-size=0 --remove-exports \
  --pass-arg='remove-exports@*intounderlying*' --remove-unused-module-elements
CLASSIC := $(TARGET_DIR)/api-classic
dist-api:
	rm -rf dist/api dist/schema $(CLASSIC)
	cargo rustc --release --lib $(WASM) --features js-api --crate-type cdylib
	wasm-bindgen --target web --out-dir dist/api --out-name iin_precheck $(LIB_WASM)
	wasm-opt -Oz $(WASM_OPT_PARAMS) dist/api/iin_precheck_bg.wasm --output=dist/api/iin_precheck_bg.opt.wasm
	mv dist/api/iin_precheck_bg.opt.wasm dist/api/iin_precheck_bg.wasm
	cargo rustc --release --lib $(WASM) --features js-mount --crate-type cdylib
	wasm-bindgen --target web --out-dir dist/api/mount --out-name iin_precheck $(LIB_WASM)
	wasm-bindgen --target no-modules --no-modules-global __iinPrecheck --no-typescript \
	  --out-dir $(CLASSIC) --out-name iin_precheck $(LIB_WASM)
	# Both bindings of the js-mount build share one wasm: optimize it once.
	cmp dist/api/mount/iin_precheck_bg.wasm $(CLASSIC)/iin_precheck_bg.wasm
	wasm-opt -Oz $(WASM_OPT_PARAMS) dist/api/mount/iin_precheck_bg.wasm --output=dist/api/mount/iin_precheck_bg.opt.wasm
	mv dist/api/mount/iin_precheck_bg.opt.wasm dist/api/mount/iin_precheck_bg.wasm
	node .ci/classic-api.mjs $(CLASSIC)/iin_precheck.js dist/api/mount/iin_precheck_bg.wasm \
	  dist/api/iin_precheck.classic.js
	node .ci/api-typings.mjs dist/api/iin_precheck.d.ts dist/api/mount/iin_precheck.d.ts
	node .ci/mount-css.mjs style/main.css dist/api/iin-precheck.css
	mkdir -p dist/schema
	cp schema/applicant.schema.json schema/outcome.schema.json dist/schema/

# make test always pre-renders the start page (and tests it): no silent skip there.
test: export PRERENDER := required
test: install-test test-fmt test-clippy test-native test-chromium test-firefox test-release test-e2e
	@echo "make test: every suite passed"

test-fmt:
	cargo fmt --all --check

test-clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy $(WASM) --lib --bins --tests -- -D warnings
	cargo clippy $(WASM) --lib --features js-mount -- -D warnings
	cargo clippy $(WASM) --bins --features lazy-locales,split -- -D warnings

test-native:
	cargo test

# wasm-bindgen-test-runner reads GECKODRIVER before CHROMEDRIVER: set exactly one per run.
test-chromium:
	env -u GECKODRIVER CHROMEDRIVER=/usr/bin/chromedriver \
	  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test $(WASM) $(WEB_TESTS)

test-firefox:
	env -u CHROMEDRIVER GECKODRIVER=$$(command -v geckodriver) \
	  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
	  cargo test $(WASM) $(WEB_TESTS)

test-release: dist

test-e2e:
	cd tests/e2e && npm test

bench: export CHROME_PATH ?= /usr/bin/chromium
# The bench measures the page as `make dist` leaves it: with its pre-rendered start page.
bench: export PRERENDER := required
bench:
	@bash .ci/install.sh bench
	bash .ci/bench.sh

fmt:
	cargo fmt --all

# Not part of `make test` (needs Python and pip): our Kazakhstan working days (every table
# year and the next, estimated, year) against the python `holidays` package, pinned, in a
# venv under .tools/. Prints each difference with our source and theirs; RECORD=1 writes the
# result into data/calendar.tsv's header.
check-calendar:
	@RECORD="$(RECORD)" python3 scripts/check_calendar.py
