# Two commands set everything up on a fresh machine with Python 3.10+ and pip:
#   make demo   installs actorgraph in .venv and runs the main job on seeds/
#   make test   installs what the tests need (Python packages, Chromium, the Bolt test server) and runs them
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MAP ?= alliance-map.html

.PHONY: demo test install install-test clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml scripts/install-test-deps | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	scripts/install-test-deps
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: $(VENV)/.installed-test

demo: install
	$(BIN)/actorgraph build seeds/
	$(BIN)/actorgraph stats
	$(BIN)/actorgraph relations ECOWAS
	$(BIN)/actorgraph map -o $(MAP)
	@echo "alliance map written to $(MAP)"

test: install-test
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) *.egg-info $(MAP)
