import types
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import vnextract
from vnextract.records import Document


def assert_offsets_true(doc: Document) -> None:
    t = doc.text
    for e in doc.entities:
        assert t[e.start:e.end] == e.text, e
    for ev in doc.events:
        assert t[ev.trigger.start:ev.trigger.end] == ev.trigger.text
        for m in ev.mentions:
            assert t[m.start:m.end] == m.text
    for s in doc.sentences:
        assert t[s.start:s.end] == s.text
    ids = {e.id for e in doc.entities}
    for r in doc.relations:
        assert r.head in ids and r.tail in ids
    for ev in doc.events:
        assert all(i in ids for ids_ in ev.args.values() for i in ids_)


def test_pipe_names_show_the_stages(nlp):
    assert nlp.pipe_names == ["vnextract_sentences", "vnextract_ner", "vnextract_persons",
                              "vnextract_relations", "vnextract_events"]


def test_seed_article_entities_have_true_offsets(seed_text):
    doc = vnextract.extract(seed_text, doc_id="seed")
    assert_offsets_true(doc)
    found = {(e.label, e.text) for e in doc.entities}
    assert {("RANK", "Đại tá"), ("PER", "Lương Văn Sơn"), ("PER", "Hà Văn Thắng")} <= found
    assert doc.to_spacy().text == seed_text


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_offsets_hold_under_nfd_and_old_tone_placement(form):
    text = unicodedata.normalize(form, "Ngày 21/1, Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy Bộ đội Biên phòng tỉnh Lào Cai.")
    doc = vnextract.extract(text, date="2013-01-22")
    assert_offsets_true(doc)
    labels = [e.label for e in doc.entities]
    assert labels[:4] == ["DATE", "RANK", "PER", "TITLE"]
    date = doc.entities[0]
    assert date.value == "2013-01-21"


def test_new_tone_placement_finds_the_same_title():
    old = vnextract.extract("Chính uỷ Lương Văn Sơn")
    new = vnextract.extract("Chính ủy Lương Văn Sơn")
    assert [(e.label, e.start, e.end) for e in old.entities] == [(e.label, e.start, e.end) for e in new.entities]
    assert ("TITLE", 0, 8) in [(e.label, e.start, e.end) for e in new.entities]


def test_odd_spacing_keeps_offsets():
    text = "  Đại tá   Lương Văn Sơn\t–  Chính uỷ\r\n\r\nSở  TT&TT Lào Cai  "
    doc = vnextract.extract(text)
    assert_offsets_true(doc)
    assert ("PER", "Lương Văn Sơn") in {(e.label, e.text) for e in doc.entities}


def test_extract_many_streams_generator_in_generator_out():
    pulled = []

    def records():
        for i in range(3):
            pulled.append(i)
            yield {"id": f"d{i}", "text": "Đại tá Lương Văn Sơn thăm Lào Cai."}

    out = vnextract.extract_many(records())
    assert isinstance(out, types.GeneratorType) and pulled == []
    first = next(out)
    assert first.id == "d0" and pulled == [0]
    assert [d.id for d in out] == ["d1", "d2"]


def test_extract_many_reports_bad_records_and_keeps_order():
    recs = [{"id": "a", "text": "Ông Nguyễn Văn An"}, {"id": "b", "text": "   "}, {"id": "c", "text": 7},
            {"id": "d", "text": "Bà Lê Thị Hoa", "date": "not a date"}]
    out = list(vnextract.extract_many(recs))
    assert [type(o).__name__ for o in out] == ["Document", "Failure", "Failure", "Failure"]
    assert out[1].reason.endswith("empty text") and out[3].stage == "read"


def test_extract_many_with_workers_matches_single_process(seed_text):
    recs = [{"id": str(i), "text": seed_text[: 400 * (i + 1)]} for i in range(4)]
    one = [d.to_dict() for d in vnextract.extract_many(recs)]
    two = [d.to_dict() for d in vnextract.extract_many(recs, workers=2, batch_size=1)]
    assert one == two


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_pipeline_never_raises_and_offsets_hold_on_arbitrary_text(text):
    assert_offsets_true(vnextract.extract(text))


VIETNAMESE = st.lists(st.sampled_from([
    "Đại tá", "Lương Văn Sơn", "Chính uỷ", "Chính ủy", "Bộ chỉ huy", "Bộ đội Biên phòng", "tỉnh", "Lào Cai",
    "ngày 21/1", "năm 2012", "–", ",", ".", "\n", "ông", "Sơn", "đã", "hội nghị", "ký kết", "UBND", "TP.HCM",
    "&gt;", "  ", "\t", "Hoà", "thăm", "tại", "Sở TT&TT", "(", ")", "Trung Quốc",
]), max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(VIETNAMESE, st.sampled_from(["NFC", "NFD"]))
def test_offsets_hold_on_generated_vietnamese(text, form):
    assert_offsets_true(vnextract.extract(unicodedata.normalize(form, text)))
