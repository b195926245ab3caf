"""The spaCy glue keeps the text, the word spans and the sentences on the Doc once (spaCy rebuilds
``doc.text`` from its tokens on every access): what it keeps must always be what spaCy would give."""

import unicodedata

from hypothesis import HealthCheck, given, settings, strategies as st

from vnextract.components import _SENTENCES, doc_sentences, doc_text, doc_words
from vnextract.normalize import norm_word
from vnextract.pipeline import default_nlp, run

PIECES = st.lists(st.sampled_from([
    "Đại tá", "Lương Văn Sơn", "Chính uỷ", "Bộ chỉ huy", "Bộ đội Biên phòng", "tỉnh", "Lào Cai", "ngày 21/1",
    "năm 2012", "–", ",", ".", "\n", "\r\n", "  ", "\t", "ông", "Sơn.", "Ông", "hội nghị", "UBND", "TP.HCM",
    "Q.8,TP.HCM", "Sở TT&TT", "(", ")", "Trung Quốc", "Hoà", "&amp;", "\u00a0", "Mỹ-Trung",
]), max_size=40).map(" ".join)


def _uncached_sentences(doc):
    kept = doc.user_data.pop(_SENTENCES)
    try:
        return doc_sentences(doc)
    finally:
        doc.user_data[_SENTENCES] = kept


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PIECES, st.sampled_from(["NFC", "NFD"]))
def test_what_the_doc_keeps_is_what_spacy_gives(text, form):
    text = unicodedata.normalize(form, text)
    doc = run(default_nlp(), text)  # after NER, which may have split tokens at entity edges
    assert doc_text(doc) == doc.text == text
    assert doc_words(doc) == tuple((t.idx, t.idx + len(t)) for t in doc if not t.is_space)
    assert doc_sentences(doc) == _uncached_sentences(doc)
    assert all(t.norm_ == norm_word(t.text) for t in doc)


def test_entity_edges_inside_a_word_retokenize_and_the_kept_words_follow():
    text = "Ông Sơn-Chính uỷ Bộ chỉ huy."
    doc = default_nlp().make_doc(text)
    assert "Sơn-Chính uỷ" in [t.text for t in doc]  # one word for the segmenter
    doc = run(default_nlp(), text)
    assert ("TITLE", "Chính uỷ") in {(e.label_, e.text) for e in doc.ents}
    assert doc_words(doc) == tuple((t.idx, t.idx + len(t)) for t in doc if not t.is_space)
    assert "Sơn-Chính uỷ" not in [t.text for t in doc]
    assert [s.text for s in doc_sentences(doc)] == [text]
