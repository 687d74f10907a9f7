# ingestd: `make run` and `make test` do all set-up on a fresh Debian machine with Swift.
SWIFT ?= swift
SWIFT_BUILD_FLAGS ?= -Xswiftc -warnings-as-errors
BIN := .build/debug/ingestd

.PHONY: all setup build run test lint format bench clean eval

all: build

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build $(SWIFT_BUILD_FLAGS)

## Run the daemon on its defaults: watches ./inbox, stores in ./data/articles.jsonl.
run: build
	$(BIN) run

## Build everything with warnings as errors, check formatting, run every test.
test:
	@scripts/setup.sh --test
	$(SWIFT) build --build-tests $(SWIFT_BUILD_FLAGS)
	$(MAKE) --no-print-directory lint
	$(SWIFT) test --skip-build

lint:
	$(SWIFT) format lint --strict --recursive Package.swift Sources Tests

format:
	$(SWIFT) format --in-place --recursive Package.swift Sources Tests

## Measure extraction on the labelled fixtures and the seeds, beside trafilatura (never part of `make test`).
## EVAL_DEBUG=1 measures a debug build instead of a release one.
EVAL_VENV := .build-eval/venv
ifeq ($(EVAL_DEBUG),1)
EVAL_BUILD := $(SWIFT) build --product ingestd
EVAL_BIN := .build/debug/ingestd
else
EVAL_BUILD := $(SWIFT) build -c release --product ingestd
EVAL_BIN := .build/release/ingestd
endif

eval:
	@scripts/setup.sh --bench
	$(EVAL_BUILD)
	@test -x $(EVAL_VENV)/bin/python || python3 -m venv $(EVAL_VENV)
	@$(EVAL_VENV)/bin/python -c 'import trafilatura' 2>/dev/null || $(EVAL_VENV)/bin/pip install --quiet trafilatura lxml_html_clean
	python3 eval/evaluate.py --binary $(EVAL_BIN) --trafilatura-python $(EVAL_VENV)/bin/python

## Measure the release build: burst, duplicates, latency, restart, vs. the floor and a watchdog
## peer (alternating rounds, medians). Prints a table; writes .build-bench/results.json.
## BENCH_LARGE=1 adds the 100,000-file burst; BENCH_FLAGS passes more options (ingestd-bench --help).
BENCH_DIR := .build-bench
bench:
	@scripts/setup.sh --bench
	$(SWIFT) build -c release $(SWIFT_BUILD_FLAGS)
	@test -x $(BENCH_DIR)/venv/bin/python || python3 -m venv $(BENCH_DIR)/venv
	@$(BENCH_DIR)/venv/bin/python -m pip install --quiet --disable-pip-version-check -r bench/peers/requirements.txt
	.build/release/ingestd-bench --ingestd .build/release/ingestd --work $(BENCH_DIR) \
		--python $(BENCH_DIR)/venv/bin/python --peer-script bench/peers/watchdog_ingest.py \
		$(if $(filter 1,$(BENCH_LARGE)),--large) $(BENCH_FLAGS)

include deploy/install.mk

clean:
	rm -rf .build .build-*
