# Two commands for a fresh machine with Python 3.11 and Node: `make generate` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
GENERATED := generated/twilio generated/signalwire

.PHONY: generate test bench clean

$(STAMP): pyproject.toml $(addsuffix /pyproject.toml,$(GENERATED))
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]" $(addprefix -e ./,$(GENERATED))
	touch $@

# Node tools (Prism, for contract tests), exactly as package-lock.json pins them.
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund && touch $@; \
	else echo "npm not found: the contract tests against Prism will be skipped"; fi

## Regenerate every target configured in pyproject.toml.
generate: $(STAMP)
	$(BIN)/sdkgen generate

## Hold the generator and the runtime it copies into each client to mypy --strict and ruff, validate
## and lint the specs, check generated/ is current, run every test.
test: $(STAMP) $(NODE_STAMP)
	$(BIN)/mypy generator
	$(BIN)/mypy --python-version 3.10 templates/runtime
	$(BIN)/ruff check generator templates/runtime
	$(BIN)/sdkgen validate
	$(BIN)/sdkgen lint --strict
	$(BIN)/sdkgen check --full
	$(BIN)/python -m pytest tests $(addsuffix /tests,$(GENERATED))

PEERS := bench/.peers

# The peer generators, in a venv of their own (see bench/peers.txt).
$(PEERS)/.installed: bench/peers.txt
	$(PYTHON) -m venv $(PEERS)
	$(PEERS)/bin/python -m pip install --quiet -r bench/peers.txt
	touch $@

## Benchmarks against the peers (installs the official twilio package and the peer generators first).
bench: $(STAMP) $(NODE_STAMP) $(PEERS)/.installed
	$(BIN)/python -m pip install --quiet -e ".[bench]"
	$(BIN)/python bench/bench_client.py
	$(BIN)/python bench/bench_lint.py
	$(BIN)/python bench/bench_lint_defects.py
	$(BIN)/python bench/bench_generate.py --peers $(PEERS)
	$(BIN)/python bench/bench_real_specs.py --peers $(PEERS)

clean:
	rm -rf $(VENV)
