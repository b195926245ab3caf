# Two commands do all the set-up on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
OUT ?= out
HELDOUT_SETS := b c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc dd ee ff gg

.PHONY: demo test eval agreement bench install clean

$(BIN)/vnextract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

install: $(BIN)/vnextract

demo: install
	$(BIN)/vnextract extract data/raw -o $(OUT)/events.jsonl --docs $(OUT)/docs.jsonl --errors $(OUT)/errors.jsonl
	$(BIN)/vnextract render $(OUT)/docs.jsonl -o $(OUT)/docs.html
	@echo "Events: $(OUT)/events.jsonl  Documents: $(OUT)/docs.jsonl  View: $(OUT)/docs.html"
	@$(BIN)/python -c "import json,sys; [print(' ', e['type'], e['status'], (e.get('date') or {}).get('value'), '|', e['trigger']['text'], '|', ', '.join(a['text'] for a in e['agents'] + e['participants'])) for e in map(json.loads, open('$(OUT)/events.jsonl', encoding='utf-8'))]"

test: install
	$(BIN)/python -m pytest

eval: install
	$(BIN)/vnextract evaluate $(SHARED)/gold/dev.jsonl --baseline underthesea --json $(OUT)/eval-dev.json --errors $(OUT)/eval-dev-errors.jsonl
	# held-out sets B-Z and AA-GG (stand-off; texts come from $(SHARED)): each scored blind once; B-Z were then used for error analysis
	for set in $(HELDOUT_SETS); do \
		$(BIN)/python scripts/heldout.py unpack data/annotated/heldout/set-$$set.standoff.jsonl -o $(OUT)/heldout-$$set.jsonl && \
		$(BIN)/vnextract evaluate $(OUT)/heldout-$$set.jsonl --baseline underthesea --json $(OUT)/eval-heldout-$$set.json || exit 1; \
	done
	$(BIN)/vnextract convert brat $(SHARED)/gold/bkee/dev -o $(OUT)/bkee-dev.jsonl
	# BKEE annotates every event mention and only some of our types: score it that way
	$(BIN)/vnextract evaluate $(OUT)/bkee-dev.jsonl --json $(OUT)/eval-bkee-dev.json \
		--event-types MEETING,VISIT,ARREST,SEIZURE,APPOINTMENT,AID --mention-level

# set Y annotated a second time, independently, from the same brief: how far two annotations of the same articles agree
agreement: install
	$(BIN)/python scripts/heldout.py unpack data/annotated/heldout/set-y.standoff.jsonl -o $(OUT)/heldout-y.jsonl
	$(BIN)/python scripts/heldout.py unpack data/annotated/heldout/agreement/set-y.second.standoff.jsonl -o $(OUT)/heldout-y-second.jsonl
	$(BIN)/vnextract evaluate $(OUT)/heldout-y.jsonl --pred $(OUT)/heldout-y-second.jsonl --json $(OUT)/eval-agreement-y.json

bench: install
	$(BIN)/python benchmarks/bench_speed.py --corpus $(SHARED)/corpus/baomoi --limit 30 --json $(OUT)/bench.json

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache .hypothesis
