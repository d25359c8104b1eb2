# Synergia: one entry point for running and testing. `make help` lists the targets.
# Every recipe line runs in bash with -euo pipefail, so the first failure stops the target
# with a non-zero exit code.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-print-directory
.ONESHELL:
.DELETE_ON_ERROR:

ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
MVNW := ./mvnw -B

.PHONY: help run test test-backend test-frontend e2e compose-check openapi lint-openapi reset realm-check bench two-instances

help: ## list the targets
	@echo "Synergia - make targets:"
	@awk -F ':.*## ' '/^[a-z0-9-]+:.*## / { printf "  %-14s %s\n", $$1, $$2 }' $(MAKEFILE_LIST)

run: ## run everything locally (no Docker): http://localhost:5173, Ctrl-C stops it
	@scripts/stack.sh local

test: ## all checks as CI runs them: backend, frontend, compose file, end-to-end
	@$(MAKE) test-backend
	@$(MAKE) lint-openapi
	@$(MAKE) test-frontend
	@$(MAKE) compose-check
	@$(MAKE) e2e
	@echo "make test: all checks passed"

test-backend: ## backend unit + integration tests (mvnw verify)
	@cd backend && $(MVNW) verify

test-frontend: ## frontend: npm ci, lint, typecheck, unit tests, production build
	@cd frontend
	npm ci --no-audit --no-fund
	npm run lint
	npm run typecheck
	npm test
	npm run build

e2e: ## end-to-end tests (Playwright + Chromium) against the test-mode stack; one file: make e2e E2E_ARGS=e2e/x.spec.ts
	@scripts/e2e.sh $(E2E_ARGS)

compose-check: ## validate docker-compose.yml (installs Debian's docker-compose if missing)
	@scripts/compose-check.sh

realm-check: ## check the realm on the running local Keycloak (make run): logins, tokens, clients
	@python3 scripts/realm-check.py http://localhost:8180

two-instances: ## two packaged backends on one database: shared writes, idempotency, imports, jobs run once (~2 min)
	@scripts/two-instances.sh

bench: ## benchmark ladder, API next to pgbench of its SQL (directory, regional; BENCH_RUNGS=".. plans" adds caseload, plan, due, inbox); docs/benchmark.md
	@bench/run.sh

openapi: ## regenerate openapi.yaml from the backend code (review and commit the diff)
	@cd backend && $(MVNW) -q test -Dtest=OpenApiContractTest -Dsynergia.openapi.update=true
	echo "openapi.yaml regenerated from the code"

lint-openapi: ## openapi.yaml through openapi-generator's validator and Spectral's OWASP ruleset (0 errors)
	@scripts/lint-openapi.sh

reset: ## delete local state (.local/: database, Keycloak and its data); stop `make run` first
	@echo "Deleting $(ROOT)/.local (local database, Keycloak distribution and data) ..."
	rm -rf "$(ROOT)/.local"
	echo "Done. The next 'make run' starts from empty data (Keycloak is downloaded again)."
