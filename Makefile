# ingestd: `make run` and `make test` do all set-up on a fresh Debian machine with Swift.
SWIFT ?= swift
SWIFT_BUILD_FLAGS ?= -Xswiftc -warnings-as-errors
BIN := .build/debug/ingestd

.PHONY: all setup build run test lint format bench clean

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

include deploy/install.mk

clean:
	rm -rf .build .build-*
