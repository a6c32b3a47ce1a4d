# eventwire: everyday tasks. `make demo` and `make test` work on a fresh machine with only Python and pip.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DB ?= demo.duckdb

.PHONY: install demo serve test lint eval eval-extract bench bench-extract clean

$(BIN)/eventwire: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(BIN)/eventwire

install: $(BIN)/eventwire

demo: install
	rm -f $(DB) $(DB).wal
	$(BIN)/eventwire run samples/pages --db $(DB)
	$(BIN)/eventwire summary --db $(DB)
	@echo ""
	@echo "Dashboard: make serve   (or $(BIN)/eventwire serve --db $(DB)), then open http://127.0.0.1:8000/"

serve: install
	@test -f $(DB) || $(MAKE) demo
	$(BIN)/eventwire serve --db $(DB)

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check eventwire tests

eval: install
	$(BIN)/eventwire evaluate ../shared/benchmarks/plover_gsr_dev.json
	$(BIN)/eventwire evaluate ../shared/benchmarks/conflibert_cameo_ner_train.txt
	$(BIN)/eventwire evaluate ../shared/benchmarks/conflibert_cameo_class_train.tsv
	$(BIN)/eventwire evaluate bench/paragraphs.jsonl
	$(BIN)/eventwire evaluate bench/paragraphs_heldout.jsonl
	for f in bench/paragraphs_untuned_*.jsonl; do echo "== $$f"; $(BIN)/eventwire evaluate $$f | head -2; done

eval-extract: install
	$(BIN)/eventwire evaluate ../shared/benchmarks/naeb
	$(BIN)/eventwire evaluate ../shared/benchmarks/scrapinghub

bench: install
	$(BIN)/python bench/bench.py --docs 400 --workers 1 2

bench-extract: install
	$(BIN)/python bench/extract_bench.py ../shared/benchmarks/naeb

clean:
	rm -rf $(VENV) $(DB) $(DB).wal .pytest_cache
