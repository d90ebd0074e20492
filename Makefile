# T-Minus: `make run` serves the app on http://127.0.0.1:8000, `make test` runs every test.
# Installs are stamped in .make/ so a second run only redoes what changed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) backend/manage.py
STAMPS := .make
FRONTEND_SOURCES := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/tsconfig*.json -type f 2>/dev/null)
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help run test test-backend test-frontend test-e2e lint api-types fmt bench worker beat periodic migrate seed install frontend clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMPS):
	@mkdir -p $(STAMPS)

$(STAMPS)/venv: backend/requirements.txt backend/requirements-dev.txt | $(STAMPS)
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r backend/requirements-dev.txt
	@touch $@

$(STAMPS)/npm: frontend/package.json frontend/package-lock.json | $(STAMPS)
	cd frontend && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# ical.js for the calendar feed tests, kept apart from the frontend's packages.
$(STAMPS)/npm-ics: tests/calendars/node/package.json tests/calendars/node/package-lock.json | $(STAMPS)
	cd tests/calendars/node && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# openapi-typescript and the ESLint parser need TypeScript 5's JavaScript API, which the frontend's TypeScript 7
# lacks: they live in their own package (frontend/tools/, see docs/decisions/frontend-boundaries.md).
$(STAMPS)/npm-tools: frontend/tools/package.json frontend/tools/package-lock.json | $(STAMPS)
	cd frontend/tools && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# Then a .gz and a .br beside every file worth compressing, which WhiteNoise sends to clients that accept them
# (docs/decisions/compression.md); Vite empties dist/ on each build, so no copy outlives its file.
frontend/dist/index.html: $(STAMPS)/npm $(FRONTEND_SOURCES) | $(STAMPS)/venv
	cd frontend && npm run build --silent
	$(PY) -m whitenoise.compress --quiet frontend/dist

install: $(STAMPS)/venv $(STAMPS)/npm $(STAMPS)/npm-ics $(STAMPS)/npm-tools ## Install Python and npm dependencies (only what changed)

frontend: frontend/dist/index.html ## Build the React app into frontend/dist

migrate: $(STAMPS)/venv ## Apply database migrations
	$(MANAGE) migrate --no-input

seed: migrate ## Load the demo launch and users (idempotent)
	$(MANAGE) seed_demo

run: install frontend seed ## Install what is missing, migrate, seed, serve on http://127.0.0.1:8000
	@echo "T-Minus on http://$(HOST):$(PORT)/  (API docs: /api/docs/, admin: /admin/; demo users in README.md)"
	@# The periodic tasks beside the server, as beat would send them (publishing at its moment, retries, sweeps).
	$(MANAGE) run_periodic --loop > .make/periodic.log 2>&1 & trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
		$(MANAGE) runserver $(HOST):$(PORT)

test: install frontend test-backend test-frontend test-e2e ## Install what is missing and run every test

test-backend: $(STAMPS)/venv $(STAMPS)/npm-ics $(STAMPS)/libical
	$(PY) -m pytest $(PYTEST_ARGS)

# Debian's libical3 for the calendar feed tests, which parse every feed with it too (docs/decisions/libical-in-tests.md).
LIBICAL := /usr/lib/$(shell uname -m)-linux-gnu/libical.so.3
$(STAMPS)/libical: | $(STAMPS)
	@test -e $(LIBICAL) || { command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libical3 >/dev/null; } \
		|| { echo "make test-backend needs Debian's libical3 at $(LIBICAL): apt-get install libical3" >&2; exit 1; }
	@touch $@

test-frontend: $(STAMPS)/npm $(STAMPS)/npm-tools
	cd frontend && npm test --silent

# Debian's chromium for the browser tests (playwright-core never downloads a browser of its own).
$(STAMPS)/chromium: | $(STAMPS)
	@test -x /usr/bin/chromium || { command -v apt-get >/dev/null \
		&& apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } \
		|| { echo "make test-e2e needs Debian's chromium at /usr/bin/chromium: apt-get install chromium" >&2; exit 1; }
	@touch $@

test-e2e: $(STAMPS)/venv $(STAMPS)/chromium frontend ## Browser tests: headless Debian chromium against a live server (own SQLite DB)
	cd frontend && npm run --silent test:e2e

lint: install ## ruff (lint and format check), the TypeScript checks, API types drift, feature import boundaries, backend layers
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	cd frontend && npm run typecheck --silent
	$(MANAGE) spectacular --file $(STAMPS)/openapi.json --format openapi-json
	cd frontend && npm run --silent api:types -- --check ../$(STAMPS)/openapi.json
	cd frontend && npm run --silent lint:imports
	PYTHONPATH=backend $(VENV)/bin/lint-imports --no-logo --cache-dir $(STAMPS)/import-linter

api-types: $(STAMPS)/venv $(STAMPS)/npm $(STAMPS)/npm-tools ## Regenerate frontend/src/types/openapi.ts from the API's OpenAPI schema
	$(MANAGE) spectacular --file $(STAMPS)/openapi.json --format openapi-json
	cd frontend && npm run --silent api:types -- ../$(STAMPS)/openapi.json

fmt: $(STAMPS)/venv ## Format and auto-fix Python code
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench: $(STAMPS)/venv frontend ## Benchmarks (figures in docs/performance.md); DATABASE_URL=postgres://... to run on PostgreSQL
	cd frontend && node bench/bundle-size.mjs
	$(PY) tests/bench/bench_plan.py
	$(PY) tests/bench/bench_scale.py
	cd frontend && node bench/first-render.mjs
	cd frontend && BENCH_TASKS=5000 BENCH_RUNS=3 node bench/first-render.mjs
	cd frontend && node bench/drag-frames.mjs
	cd frontend && BENCH_TASKS=5000 node bench/drag-settle.mjs
	$(PY) tests/bench/bench_feeds.py
	$(PY) tests/bench/bench_live.py
	$(PY) tests/bench/bench_workload.py

worker: $(STAMPS)/venv ## Start a Celery worker (needs CELERY_BROKER_URL or REDIS_URL)
	cd backend && ../$(PY) -m celery -A config worker --queues celery,live --loglevel=INFO

beat: $(STAMPS)/venv ## Start Celery beat with the database schedule (needs a broker)
	cd backend && ../$(PY) -m celery -A config beat --loglevel=INFO

periodic: $(STAMPS)/venv ## Run the beat schedule's tasks once, in-process (reminders, digests, sweeps; no broker needed)
	$(MANAGE) run_periodic

clean: ## Remove the virtualenv, node_modules, builds, stamps and the local SQLite database
	rm -rf $(VENV) $(STAMPS) tests/calendars/node/node_modules frontend/node_modules frontend/tools/node_modules frontend/dist backend/staticfiles backend/db.sqlite3 test-artifacts
