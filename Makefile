# Two commands for a fresh machine with Python 3.11: `make generate` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
GENERATED := generated/twilio generated/signalwire

.PHONY: generate test bench clean

$(STAMP): pyproject.toml $(addsuffix /pyproject.toml,$(GENERATED))
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]" $(addprefix -e ./,$(GENERATED))
	touch $@

## Regenerate every target configured in pyproject.toml.
generate: $(STAMP)
	$(BIN)/sdkgen generate

## Validate the specs, check generated/ is current, run every test.
test: $(STAMP)
	$(BIN)/sdkgen validate
	$(BIN)/sdkgen check
	$(BIN)/python -m pytest tests $(addsuffix /tests,$(GENERATED))

## Benchmarks against the peers (installs the official twilio package first).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python bench/bench_client.py

clean:
	rm -rf $(VENV)
