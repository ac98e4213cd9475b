# Briefings — two commands do all the set-up: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint check-content bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Runtime install (editable: the bundled content/ and resources/ are read in place).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	@sh tools/sysdeps.sh window
	@$(BIN)/briefing-app

lint: $(VENV)/.installed-test
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .
	$(BIN)/mypy

test: $(VENV)/.installed-test lint
	@sh tools/sysdeps.sh offscreen
	$(BIN)/briefing-app check
	$(BIN)/python -m pytest

bench: $(VENV)/.installed-test
	@sh tools/sysdeps.sh offscreen
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/startup.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
