"""The held-out gold of data/annotated/heldout: each stand-off file rebuilds (texts from ../shared, SHA-1
checked by scripts/heldout.py) into well-formed document records whose spans point into their text."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
HELDOUT = ROOT / "data" / "annotated" / "heldout"
SETS = sorted(HELDOUT.glob("set-*.standoff.jsonl"))
# second, independent annotations of a set, to measure agreement between annotators
SECOND = sorted((HELDOUT / "agreement").glob("set-*.second.standoff.jsonl"))
LABELS = {"PER", "RANK", "TITLE", "ORG", "LOC", "DATE"}
RELATIONS = {"HAS_RANK", "HAS_TITLE", "TITLE_AT", "MEMBER_OF", "LOCATED_IN"}


def test_there_are_sets():
    assert len(SETS) >= 10  # A-J


@pytest.mark.parametrize("standoff", SETS + SECOND, ids=lambda p: p.name)
def test_set_unpacks_to_consistent_records(standoff: Path, tmp_path: Path):
    if not (SHARED / "corpus").exists():
        pytest.skip(f"{SHARED / 'corpus'} is not available")
    out = tmp_path / "gold.jsonl"
    subprocess.run([sys.executable, str(ROOT / "scripts" / "heldout.py"), "unpack", str(standoff), "-o", str(out)],
                   check=True, capture_output=True)
    docs = [json.loads(line) for line in out.open(encoding="utf-8")]
    assert len(docs) == sum(1 for _ in standoff.open(encoding="utf-8"))
    for d in docs:
        ids = {e["id"] for e in d["entities"]}
        for e in d["entities"]:
            assert e["label"] in LABELS, (d["id"], e)
            assert d["text"][e["start"]:e["end"]] == e["text"], (d["id"], e)
            assert e["label"] != "DATE" or e.get("value"), (d["id"], e)
        for r in d["relations"]:
            assert r["label"] in RELATIONS and {r["head"], r["tail"]} <= ids, (d["id"], r)
        for ev in d["events"]:
            args = [x for role in ev.get("args", {}).values() for x in role]
            assert set(args) <= ids, (d["id"], ev)


@pytest.mark.parametrize("second", SECOND, ids=lambda p: p.name)
def test_second_annotation_covers_the_same_articles(second: Path):
    first = HELDOUT / second.name.replace(".second", "")
    ids = [[json.loads(line)["id"] for line in p.open(encoding="utf-8")] for p in (first, second)]
    assert sorted(ids[0]) == sorted(ids[1]) and len(ids[0]) > 20
