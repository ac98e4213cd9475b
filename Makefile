# Briefings — two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint check-content bench dist clean translations

# The English translation the window loads, compiled from its source (committed).
QM := resources/translations/briefings_en.qm

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Runtime install (editable: the bundled content/ and resources/ are read in place).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dist,bench]'
	touch $@ $(VENV)/.installed

$(QM): resources/translations/briefings_en.ts | $(VENV)/.installed
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# After changing messages in the sources: take them into the .ts, then translate them.
translations: $(VENV)/.installed
	$(BIN)/python tools/translations.py update

run: $(VENV)/.installed $(QM)
	@sh tools/sysdeps.sh window
	@$(BIN)/briefing-app

lint: $(VENV)/.installed-test
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

# The tests, then the built program itself (a broken bundle fails here).
test: $(VENV)/.installed-test $(QM) lint
	@sh tools/sysdeps.sh offscreen
	$(BIN)/briefing-app check
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory dist
	sh tools/check_dist.sh

# dist/briefings/ (one folder), dist/briefings-onefile, dist/briefings-<version>-linux-<arch>.tar.gz
dist: $(VENV)/.installed-test $(QM)
	@sh tools/sysdeps.sh window  # PyInstaller copies the X11 libraries from this machine
	sh tools/build_dist.sh $(BIN)/python

bench: $(VENV)/.installed-test
	@sh tools/sysdeps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache build dist $(QM)
