import unicodedata

import pytest
from hypothesis import given, strategies as st

from vnextract.normalize import fold_tones, norm_word, normalize


@pytest.mark.parametrize("a,b", [
    ("Chính uỷ", "Chính ủy"), ("hoà bình", "hòa bình"), ("KHOẺ", "khỏe"), ("Thuý", "Thúy"),
    ("Đại uý", "Đại úy"), ("thuỷ", "thủy"),
])
def test_old_and_new_tone_placement_are_equal(a, b):
    assert norm_word(a) == norm_word(b)


@pytest.mark.parametrize("word", ["của", "quý", "hoàng", "thuyền", "mua", "gìn"])
def test_words_that_are_not_open_diphthongs_keep_their_tone(word):
    assert fold_tones(word) == word


def test_nfd_input_maps_back_to_original_offsets():
    text = unicodedata.normalize("NFD", "Đại tá Lương Văn Sơn – Chính ủy")
    nt = normalize(text)
    i = nt.norm.index("chính uỷ")
    s, e = nt.span(i, i + len("chính uỷ"))
    assert unicodedata.normalize("NFC", text[s:e]) == "Chính ủy"
    assert e == len(text)


def test_nfc_text_keeps_one_to_one_positions():
    nt = normalize("Sở TT&TT Lào Cai")
    assert nt.to_orig is None and len(nt.norm) == len(nt.text)


@given(st.text(max_size=200))
def test_any_text_maps_every_norm_span_inside_the_text(text):
    nt = normalize(text)
    assert nt.orig_end(len(nt.norm)) == len(text)
    for i in range(0, len(nt.norm) + 1, 7):
        s, e = nt.span(0, i)
        assert 0 <= s <= e <= len(text)


@given(st.text(alphabet="aăâeêioôơuưyAĂÂEÊIOÔƠUƯY \u0300\u0301\u0303\u0309\u0323đĐ", max_size=60))
def test_nfd_and_nfc_forms_normalize_alike(text):
    assert normalize(unicodedata.normalize("NFD", text)).norm == normalize(unicodedata.normalize("NFC", text)).norm
