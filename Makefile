# Tollgate: the commands people type. Thin wrappers over ./mvnw and tools/*.sh; `make help` lists them.
SHELL := /bin/bash
MVN   := ./mvnw -B -ntp
ROLE  ?= screener
USER  ?= dev-user

.DEFAULT_GOAL := help
.PHONY: help build test run up down token demo bench clean resilience

help: ## list the targets
	@awk 'BEGIN{FS=":.*## "} /^[a-z][a-zA-Z_-]*:.*## /{printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## compile and package the three services (no tests)
	$(MVN) -DskipTests install

test: ## run every test (unit, @QuarkusTest against MySQL at TOLLGATE_DB_HOST:PORT, default 127.0.0.1:3306)
	$(MVN) install

run: ## start the whole suite in the foreground (embedded MariaDB if no MySQL answers); Ctrl-C stops all
	@tools/suite.sh run

up: ## start the whole suite in the background; returns when all three are ready
	@tools/suite.sh up

down: ## stop everything `make up` started
	@tools/suite.sh down

token: ## print a dev-only bearer token: make token ROLE=screener[,auditor] USER=alice
	@java libs/test-support/src/main/java/io/tollgate/testsupport/DevTokens.java "$(ROLE)" "$(USER)"

demo: ## with the suite up, import the lists from LISTS and register the scenario trades: make demo LISTS=../shared/lists
	@tools/demo.sh "$(LISTS)"

resilience: ## only the fault tests: screening and the database killed under load, an interrupted list import (also part of make test)
	$(MVN) -q install -DskipTests
	$(MVN) -pl tests/system verify -Dtollgate.test.groups=resilience

bench: ## run the benchmarks and record figures under bench/results/
	@tools/bench.sh

clean: ## remove build output and local run state (.run/, including the embedded database)
	$(MVN) -q clean
	rm -rf .run
