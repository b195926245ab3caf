"""The targets of the NER and event issues, measured with the project's own scorer on the dev gold."""

from pathlib import Path

import pytest

import vnextract
from vnextract.evaluate import read_documents, score

DEV = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"


@pytest.fixture(scope="module")
def report():
    if not DEV.exists():
        pytest.skip(f"{DEV} is not available")
    gold = list(read_documents(DEV))
    pred = [vnextract.extract(g.text, date=g.date, doc_id=g.id) for g in gold]
    for doc in pred:
        for e in doc.entities:
            assert doc.text[e.start:e.end] == e.text
    return score(gold, pred)


def test_entities_micro_f1_and_every_label(report):
    assert report["entities"]["f"] >= 0.90
    for label in ("PER", "RANK", "TITLE", "ORG", "LOC", "DATE"):
        assert report["per_label"][label]["f"] >= 0.85, label


def test_date_values(report):
    assert report["date_value_acc"] >= 0.95


def test_relations_and_events(report):
    assert report["relations"]["f"] >= 0.80
    assert report["event_triggers"]["f"] >= 0.80
    assert report["event_args"]["f"] >= 0.65
