# Tollgate: the commands people type. Thin wrappers over ./mvnw and tools/*.sh; `make help` lists them.
SHELL := /bin/bash
MVN   := ./mvnw -B -ntp
ROLE  ?= screener
comma := ,
USER  ?= dev-user

.DEFAULT_GOAL := help
.PHONY: help build test api-docs api-check run up down token demo bench clean resilience native-sources image image-native k8s deploy-check container-smoke
SERVICES := screening trade-registration reporting
VERSION  := $(shell sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | sed -n 1p)
# the container engine for `make image` / `make image-native`: Docker if its daemon answers, else Podman
ENGINE   ?= $(shell docker info >/dev/null 2>&1 && echo docker || echo podman)
# Dockerfile.jvm's base (any Java 17+ image with a user 185); `make container-smoke` builds a local one
BASE_IMAGE ?= registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23

help: ## list the targets
	@awk 'BEGIN{FS=":.*## "} /^[a-z][a-zA-Z0-9_-]*:.*## /{printf "  make %-16s %s\n", $$1, $$2}' $(MAKEFILE_LIST)

build: ## compile and package the three services (no tests)
	$(MVN) -DskipTests install

test: ## run every test (unit, @QuarkusTest against MySQL at TOLLGATE_DB_HOST:PORT, default 127.0.0.1:3306; *IT against the packaged jars; deploy-check)
	$(MVN) install
	@tools/deploy-check.sh

api-docs: ## rebuild the services and copy their OpenAPI documents to docs/api/ (commit the result)
	@tools/api-docs.sh

api-check: ## committed docs/api/*.yaml current, Redocly-clean, no unannounced breaking change, TypeScript-typed
	@tools/api-check.sh

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

native-sources: ## each service's native build up to the native-image step (no GraalVM needed), then check native-image.args
	$(MVN) -pl $(subst $(eval) ,$(comma),$(addprefix services/,$(SERVICES))) -am package -DskipTests \
	  -Dquarkus.native.enabled=true -Dquarkus.native.sources-only=true
	@tools/native-check.sh $(SERVICES)

image: ## build the JVM images tollgate/<service>:<version>-jvm (ENGINE=docker|podman, BASE_IMAGE=...)
	$(MVN) -q -pl $(subst $(eval) ,$(comma),$(addprefix services/,$(SERVICES))) -am package -DskipTests
	@for s in $(SERVICES); do \
	  echo "$(ENGINE) build tollgate/$$s:$(VERSION)-jvm"; \
	  $(ENGINE) build --build-arg BASE_IMAGE=$(BASE_IMAGE) -f services/$$s/src/main/docker/Dockerfile.jvm \
	    -t tollgate/$$s:$(VERSION)-jvm services/$$s || exit 1; \
	done

image-native: ## build the native executables in the Mandrel builder container, then the images tollgate/<service>:<version>
	$(MVN) -pl $(subst $(eval) ,$(comma),$(addprefix services/,$(SERVICES))) -am package -Dnative -DskipTests \
	  -Dquarkus.native.container-runtime=$(ENGINE)
	@for s in $(SERVICES); do \
	  echo "$(ENGINE) build tollgate/$$s:$(VERSION)"; \
	  $(ENGINE) build -f services/$$s/src/main/docker/Dockerfile.native-micro -t tollgate/$$s:$(VERSION) services/$$s || exit 1; \
	done

k8s: ## regenerate deploy/k8s/ from the quarkus-kubernetes output (builds the services if needed)
	@tools/k8s-manifests.sh

deploy-check: ## validate deploy/ offline: generated manifests current, kustomize build, Kubernetes schemas, policies, compose
	@tools/deploy-check.sh

container-smoke: ## build JVM images with Podman (no registry) and run all three against the local MariaDB, then clean up
	@tools/container/smoke.sh

clean: ## remove build output and local run state (.run/, including the embedded database)
	$(MVN) -q clean
	rm -rf .run
