"""The whole shared corpus through the real CLI: every span true, nothing lost."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnextract.cli import app
from vnextract.io import iter_paths

SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="../shared/corpus is not available")
def test_baomoi_and_vntc_every_span_true_and_every_input_accounted(tmp_path):
    inputs = [str(SHARED / "corpus" / "baomoi"), str(SHARED / "corpus" / "vntc"), str(SHARED / "corpus" / "vntc-utf16")]
    n_inputs = sum(1 for _ in iter_paths(inputs))
    docs, ev, err = tmp_path / "docs.jsonl", tmp_path / "ev.jsonl", tmp_path / "err.jsonl"
    r = CliRunner().invoke(app, ["extract", *inputs, "--docs", str(docs), "-o", str(ev), "--errors", str(err),
                                 "--workers", "2", "--quiet"])
    assert r.exit_code == 0, r.output
    texts = {}
    n_docs = 0
    with open(docs, encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            n_docs += 1
            t = texts[d["id"]] = d["text"]
            for e in d["entities"]:
                assert t[e["start"]:e["end"]] == e["text"], (d["id"], e)
            for x in d["events"]:
                assert t[x["trigger"]["start"]:x["trigger"]["end"]] == x["trigger"]["text"]
    n_err = sum(1 for _ in open(err, encoding="utf-8")) if err.exists() else 0
    assert n_docs + n_err == n_inputs
    assert n_docs >= 1384  # baomoi 390 + vntc 994 (+ the UTF-16 files)
    with open(ev, encoding="utf-8") as fh:
        for line in fh:
            e = json.loads(line)
            t = texts[e["doc_id"]]
            for key in ("agents", "participants", "targets", "location"):
                for a in e[key]:
                    assert t[a["start"]:a["end"]] == a["text"]
            if e.get("date"):
                assert t[e["date"]["start"]:e["date"]["end"]] == e["date"]["text"]
