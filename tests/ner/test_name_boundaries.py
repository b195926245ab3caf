"""Entity boundaries: historic force names, capitalized prepositions inside names, honorific titles,
question headings after a name."""
import pytest

import vnextract


def _ents(text):
    return [(e.label, e.start, e.end, text[e.start:e.end]) for e in vnextract.extract(text).entities]


@pytest.mark.parametrize("text, expected", [
    # a three-part East Asian name whose middle syllable reads as the preposition "sang"
    ("Ông tiếp Thứ trưởng Ngoại giao Triều Tiên Pak Sang Kil tại Hà Nội.",
     ("PER", 42, 54, "Pak Sang Kil")),
    # the historic armed police force with its city
    ("Ngày 5/4/1959, Công an nhân dân vũ trang TP Hải Phòng chính thức được thành lập.",
     ("ORG", 15, 53, "Công an nhân dân vũ trang TP Hải Phòng")),
    ("Lực lượng Công an nhân dân vũ trang Hải Phòng còn chi viện.",
     ("ORG", 10, 45, "Công an nhân dân vũ trang Hải Phòng")),
    # a question heading after a name on its own line: "Thưa" opens no part of the name
    ("Thượng tá Phạm Văn Thịnh\r\nThưa ông, đến nay đã có bao nhiêu đơn vị.",
     ("PER", 10, 24, "Phạm Văn Thịnh")),
])
def test_name_boundary(text, expected):
    assert expected in _ents(text)


@pytest.mark.parametrize("text, absent", [
    ("Ông đến thăm và tặng quà Mẹ Việt Nam Anh hùng Phạm Thị Vọt, 98 tuổi.", "Việt Nam"),
    ("Các bà mẹ Việt Nam anh hùng được tặng quà.", "Việt Nam"),
    ("Ông tiếp Thứ trưởng Ngoại giao Triều Tiên Pak Sang Kil tại Hà Nội.", "Kil"),
])
def test_no_place_inside_title_or_name(text, absent):
    assert not any(lab == "LOC" and s == absent for lab, _, _, s in _ents(text))


def test_lower_case_preposition_still_cues_a_foreign_place():
    text = "Đoàn công tác bay sang Kigali để dự họp."
    assert ("LOC", 23, 29, "Kigali") in _ents(text)
