# coopdesk: two commands do all the set-up on a fresh machine.
#   make run    the app on the demo cooperative
#   make test   linters, type checker, translations check and the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO   := var/demo.coopdesk

.PHONY: run test setup system-deps system-deps-qt translations lint typecheck pytest bench screenshots demo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

translations: $(VENV)/.installed
	$(BIN)/python tools/i18n.py build

setup: $(VENV)/.installed translations

$(DEMO): | $(VENV)/.installed
	mkdir -p var
	$(BIN)/coopdesk demo $(DEMO)

demo: setup $(DEMO)

run: setup system-deps-qt $(DEMO)
	COOPDESK_DEMO=1 $(BIN)/coopdesk open $(DEMO)

system-deps:
	bash tools/system-deps.sh all

system-deps-qt:
	bash tools/system-deps.sh qt

lint: $(VENV)/.installed
	$(BIN)/ruff check coopdesk tests tools bench

typecheck: $(VENV)/.installed
	$(BIN)/mypy

pytest: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test: setup system-deps lint typecheck
	$(BIN)/python tools/i18n.py check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python bench/run_all.py

screenshots: setup
	for lang in en es fr; do \
	  QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py --out docs/screenshots --lang $$lang; \
	done

clean:
	rm -rf $(VENV) build *.egg-info resources/i18n/*.qm .pytest_cache .mypy_cache .ruff_cache
