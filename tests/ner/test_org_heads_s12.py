"""Organization names of NER round 2 (session 12): heads the lexicon lacked (Công đoàn, Giáo hội, Khu quản lý,
Hạ/Thượng nghị viện), traffic-police branches after CSGT, a bare unit word before the office-holder's name
("Chủ tịch UBND TP Nguyễn Quốc Triệu"), "và + a word for a person" ending a name, "Đoàn Công tác" no person,
a sentence-initial Cuba. Real sentences of VNTC / bcp news, whole pipeline."""

from __future__ import annotations

import pytest

import vnextract


def ents(text: str, labels: tuple[str, ...] = ("ORG", "PER", "LOC")) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label, e.text) for e in vnextract.extract(text).entities if e.label in labels]


def spans(text: str, labels: tuple[str, ...] = ("ORG", "PER", "LOC")) -> list[tuple[str, str]]:
    return [(label, t) for _, _, label, t in ents(text, labels)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # new heads (org_heads.tsv Công đoàn, Giáo hội, Khu quản lý; org_names.tsv Hạ/Thượng nghị viện)
        ("Giảng viên thuộc hai tổ chức Công đoàn giảng viên đại học (AUT) và Natfhe đã bỏ phiếu. "
         "Tổng thư ký AUT - Sally Hunt cho rằng.",
         [("ORG", "Công đoàn giảng viên đại học"), ("ORG", "AUT"), ("ORG", "AUT"), ("PER", "Sally Hunt")]),
        ("Chủ tịch tiếp Đoàn chức sắc Giáo hội Tịnh độ Cư sĩ Phật hội Việt Nam nhân dịp đoàn ra thăm.",
         [("ORG", "Giáo hội Tịnh độ Cư sĩ Phật hội Việt Nam")]),
        ("Ông Vũ Kiến Thiết, Phó giám đốc Khu quản lý Giao thông đường bộ cho biết, hiện vẫn còn 15 hộ.",
         [("PER", "Vũ Kiến Thiết"), ("ORG", "Khu quản lý Giao thông đường bộ")]),
        ("Ông có cuộc hội kiến với Chủ tịch Hạ nghị viện Nhật Bản; tiếp thân mật Chủ tịch Thượng nghị viện Mỹ.",
         [("ORG", "Hạ nghị viện Nhật Bản"), ("ORG", "Thượng nghị viện Mỹ")]),
        # traffic-police branches are name parts (org_heads.tsv, org_abbreviations.tsv "CSGT đường ...")
        ("Theo Phòng CSGT đường thuỷ Thái Bình, chỉ tính riêng trên địa bàn.",
         [("ORG", "Phòng CSGT đường thuỷ Thái Bình")]),
        ("Cục CSGT đường bộ đường sắt (Bộ Công an) và Công an tỉnh đã vào cuộc.",
         [("ORG", "Cục CSGT đường bộ đường sắt"), ("ORG", "Bộ Công an"), ("ORG", "Công an tỉnh")]),
        ("Trên thực tế từ ngày 2/7, Phòng cảnh sát giao thông đường bộ TP HCM bắt đầu xử phạt.",
         [("ORG", "Phòng cảnh sát giao thông đường bộ TP HCM")]),
    ],
)
def test_new_heads_and_parts(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare unit word, then the name of the person holding the office: the unit word is the body's
        ("Có mặt Bí thư Thành ủy Nguyễn Phú Trọng, Chủ tịch UBND TP Nguyễn Quốc Triệu và Hội CCB.",
         [("ORG", "Thành ủy"), ("PER", "Nguyễn Phú Trọng"), ("ORG", "UBND TP"), ("PER", "Nguyễn Quốc Triệu"),
          ("ORG", "Hội CCB")]),
        ("Về việc này, nguyên giám đốc Sở GD-ĐT TP Trương Song Đức, nói: Từ khi có đề án.",
         [("ORG", "Sở GD-ĐT TP"), ("PER", "Trương Song Đức")]),
        ("Tại Quảng Trị, Phó chánh văn phòng UBND tỉnh Trần Anh Tuấn, cho biết, lũ đã rút.",
         [("LOC", "Quảng Trị"), ("ORG", "UBND tỉnh"), ("PER", "Trần Anh Tuấn")]),
        # but a city named after a person stays the place
        ("Chủ tịch UBND TP Hồ Chí Minh đã ký quyết định.", [("ORG", "UBND TP Hồ Chí Minh")]),
    ],
)
def test_unit_word_before_office_holder(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" + a word for a person + a person's name: a second party, not the body's description
        ("Ông Phạm Gia Khánh, nguyên Giám đốc Học viện Quân y và nghệ sĩ nhiếp ảnh Chu Chí Thành đã trao tặng.",
         [("PER", "Phạm Gia Khánh"), ("ORG", "Học viện Quân y"), ("PER", "Chu Chí Thành")]),
        # a place after it: still the body's name
        ("Thủ tướng đã làm việc với lãnh đạo Hội Trí thức và chuyên gia Việt Nam tại Australia.",
         [("ORG", "Hội Trí thức và chuyên gia Việt Nam"), ("LOC", "Australia")]),
        # "Đoàn Công tác" (person_cues.tsv not_name): the delegation, no person of the surname Đoàn
        ("Tổng Bí thư Tô Lâm cùng Đoàn Công tác của Trung ương đã đến thăm.", [("PER", "Tô Lâm")]),
        # a country that is no Vietnamese word opens a headline (places_world.tsv cond strict)
        ("Cuba trao tặng Huân chương Đoàn kết cho Chủ tịch nước.", [("LOC", "Cuba")]),
    ],
)
def test_name_ends(text, expected):
    assert spans(text) == expected
