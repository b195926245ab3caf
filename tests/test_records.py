import json

import jsonschema
import pytest

from vnextract.records import Document, Entity, Event, EventRecord, Relation, Span, load_schema

DOC = {
    "id": "seed", "source": "x.txt", "date": "2013-01-21",
    "text": "Ngày 21/1, Đại tá Lương Văn Sơn dự hội nghị.",
    "entities": [
        {"id": "T1", "label": "DATE", "start": 0, "end": 9, "text": "Ngày 21/1", "value": "2013-01-21"},
        {"id": "T2", "label": "RANK", "start": 11, "end": 17, "text": "Đại tá"},
        {"id": "T3", "label": "PER", "start": 18, "end": 31, "text": "Lương Văn Sơn"},
    ],
    "relations": [{"label": "HAS_RANK", "head": "T3", "tail": "T2"}],
    "events": [{"id": "E1", "type": "MEETING", "status": "occurred",
                "trigger": {"start": 35, "end": 43, "text": "hội nghị"},
                "args": {"PARTICIPANT": ["T3"], "DATE": ["T1"]}}],
}


def test_document_round_trips_and_validates():
    doc = Document.from_dict(DOC)
    d = doc.to_dict()
    jsonschema.validate(d, load_schema("document"))
    assert Document.from_dict(json.loads(json.dumps(d))).to_dict() == d
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text


def test_event_record_fills_person_profile_and_validates():
    doc = Document.from_dict(DOC)
    (rec,) = doc.event_records()
    d = rec.to_dict()
    jsonschema.validate(d, load_schema("event"))
    assert d["event_id"] == "seed#E1" and d["date"]["value"] == "2013-01-21"
    assert d["participants"] == [{"label": "PER", "text": "Lương Văn Sơn", "rank": "Đại tá", "start": 18, "end": 31}]
    assert EventRecord.from_dict(d).to_dict() == d


@pytest.mark.parametrize("cls,obj", [
    (Entity, Entity("T1", "ORG", 0, 4, "UBND", canonical="Ủy ban nhân dân", rule="org.abbrev")),
    (Relation, Relation("HAS_TITLE", "T1", "T2", rule="rel.apposition")),
    (Span, Span(3, 5, "ab")),
    (Event, Event("E1", "VISIT", "planned", Span(0, 4, "thăm"), {"AGENT": ["T1"]}, (Span(0, 4, "thăm"),), (0, 9), 0.7, "ev.visit")),
])
def test_records_round_trip(cls, obj):
    assert cls.from_dict(obj.to_dict()) == obj


def test_schema_rejects_unknown_label():
    bad = dict(DOC, entities=[dict(DOC["entities"][0], label="MISC")])
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, load_schema("document"))
