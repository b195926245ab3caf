import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from vnextract.pipeline import load, run
from vnextract.segment import segment_words, split_sentences


@pytest.fixture(scope="module")
def tokenizer_nlp():
    return load(stages=("vnextract_sentences",))


def test_words_keep_original_characters_where_underthesea_rewrites_them():
    text = "Chính uỷ Bộ chỉ huy"
    spans = segment_words(text)
    assert [text[s:e] for s, e in spans] == ["Chính", "uỷ", "Bộ chỉ huy"]


@pytest.mark.parametrize("text", [
    "Đại tá Lương Văn Sơn – Chính uỷ",
    unicodedata.normalize("NFD", "Đại tá Lương Văn Sơn – Chính uỷ"),
    "  Sở   TT&TT\tLào Cai ,TP.HCM  ",
    "Ngày 21/1/2013 (NLĐ)\r\nHà Nội",
])
def test_doc_text_is_the_input(tokenizer_nlp, text):
    doc = run(tokenizer_nlp, text)
    assert doc.text == text
    for tok in doc:
        assert text[tok.idx:tok.idx + len(tok.text)] == tok.text


def test_multi_syllable_words_keep_their_inner_space(tokenizer_nlp):
    doc = run(tokenizer_nlp, "Lương Văn Sơn phát biểu")
    assert doc[0].text == "Lương Văn Sơn"
    assert doc[0].norm_ == "lương văn sơn"


def test_norm_folds_tone_placement_and_case(tokenizer_nlp):
    doc = run(tokenizer_nlp, "CHÍNH ỦY và Chính uỷ")
    norms = [t.norm_ for t in doc]
    assert norms.count("uỷ") == 2


def test_title_line_without_final_period_is_its_own_sentence(tokenizer_nlp):
    text = "Lào Cai: Sơ kết chương trình phối hợp năm 2012\nNgày 21/1, hai cơ quan đã họp. Ông Sơn phát biểu."
    doc = run(tokenizer_nlp, text)
    sents = [s.text.strip() for s in doc.sents]
    assert sents == ["Lào Cai: Sơ kết chương trình phối hợp năm 2012",
                     "Ngày 21/1, hai cơ quan đã họp.", "Ông Sơn phát biểu."]


def test_blank_lines_separate_sentences():
    text = "Tiêu đề\n\nĐoạn một\n\nĐoạn hai"
    assert [text[s:e] for s, e in split_sentences(text)] == ["Tiêu đề", "Đoạn một", "Đoạn hai"]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120))
def test_any_string_round_trips_through_the_tokenizer(tokenizer_nlp, text):
    doc = run(tokenizer_nlp, text)
    assert doc.text == text
