"""The underthesea baseline: offsets into the original text, whatever underthesea rewrites."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.baseline import bio_to_spans, underthesea_ner

pytest.importorskip("underthesea")


def fake(words_tags):
    return lambda line: list(words_tags)


@pytest.mark.parametrize(("text", "tagged", "expected"), [
    # underthesea writes "ủy" for "uỷ" and "Hòa" for "Hoà"
    ("Chính uỷ Bộ đội Biên phòng Lào Cai", [("Chính", "O"), ("ủy", "O"), ("Bộ đội", "B-ORG"), ("Biên phòng", "I-ORG"),
                                            ("Lào Cai", "I-ORG")],
     [("ORG", 9, 34, "Bộ đội Biên phòng Lào Cai")]),
    ("Ông Nguyễn Văn Hoà ở Hà Nội", [("Ông", "O"), ("Nguyễn Văn Hòa", "B-PER"), ("ở", "O"), ("Hà Nội", "B-LOC")],
     [("PER", 4, 18, "Nguyễn Văn Hoà"), ("LOC", 21, 27, "Hà Nội")]),
    # spacing changed inside a word, and a MISC dropped
    ("Tại  Hà   Nội, iPhone", [("Tại", "O"), ("Hà Nội", "B-LOC"), (",", "O"), ("iPhone", "B-MISC")],
     [("LOC", 5, 13, "Hà   Nội")]),
    # a word underthesea invented is skipped, the rest still aligns
    ("Ông Putin đến Nga.", [("Ông", "O"), ("???", "O"), ("Putin", "B-PER"), ("đến", "O"), ("Nga", "B-LOC"), (".", "O")],
     [("PER", 4, 9, "Putin"), ("LOC", 14, 17, "Nga")]),
])
def test_alignment_with_fake_tagger(text, tagged, expected):
    got = underthesea_ner(text, tagger=fake(tagged))
    assert [(e.label, e.start, e.end, e.text) for e in got] == expected
    assert all(e.rule == "underthesea.ner" for e in got)


def test_real_underthesea_uy_offsets():
    text = "Đại tá Lương Văn Sơn, Chính uỷ Bộ chỉ huy Bộ đội Biên phòng tỉnh Lào Cai, đã gặp ông Hoàng Văn Thuỷ tại Hà Nội."
    ents = underthesea_ner(text)
    assert ents, "underthesea found nothing"
    for e in ents:
        assert text[e.start:e.end] == e.text
        assert e.label in {"PER", "ORG", "LOC"}
    assert ("PER", "Lương Văn Sơn") in [(e.label, e.text) for e in ents]
    assert any(e.text == "Hà Nội" for e in ents)


def test_real_underthesea_nfd_input():
    nfc = "Ông Nguyễn Văn Hoà ở Hà Nội gặp Thủ tướng Phạm Minh Chính.\nSau đó ông đến Đà Nẵng."
    text = unicodedata.normalize("NFD", nfc)
    ents = underthesea_ner(text)
    ref = underthesea_ner(nfc)
    assert ents and len(ents) == len(ref)
    for e, r in zip(ents, ref):
        assert text[e.start:e.end] == e.text
        assert unicodedata.normalize("NFC", e.text) == r.text and e.label == r.label


def test_empty_and_blank_lines():
    assert underthesea_ner("") == []
    assert underthesea_ner("\n\n  \n") == []


@pytest.mark.parametrize(("tags", "spans"), [
    (["B-PER", "I-PER", "O"], [("PER", 0, 2)]),
    (["I-LOC", "I-LOC", "B-LOC"], [("LOC", 0, 2), ("LOC", 2, 3)]),  # IOB1: I- may open an entity
    (["B-PER", "I-ORG"], [("PER", 0, 1), ("ORG", 1, 2)]),
    (["S-ORG", "B-LOC", "E-LOC"], [("ORG", 0, 1), ("LOC", 1, 3)]),
    (["O", "O"], []),
])
def test_bio_to_spans(tags, spans):
    assert bio_to_spans(tags) == spans


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(["Hà Nội", "Lào Cai", "ông", "Thuỷ", "hoà", ",", ".", "đã", "Sở Y tế"]), min_size=1,
                max_size=12))
def test_fuzz_offsets_true(words):
    text = " ".join(words)
    for form in (text, unicodedata.normalize("NFD", text)):
        for e in underthesea_ner(form):
            assert form[e.start:e.end] == e.text
