"""NER round of session 13: a national body named with its country's full state form after "nước" ("Quốc hội
nước Cộng hòa Dân chủ Nhân dân Lào" is one ORG), and a reader's name in capitals and brackets signing a question
in a Q&A column ("... vào nhà cô ? (NGUYỄN CƯỜNG) - ..."). Real sentences of bcp / baomoi / VNTC news, whole
pipeline."""

from __future__ import annotations

import pytest

import vnextract


def spans(text: str, labels: tuple[str, ...] = ("ORG", "PER", "LOC")) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in vnextract.extract(text).entities if e.label in labels]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orgs.py _state_of_country_tail: Quốc hội / Chính phủ + "nước" + the state form and its country
        ("Đoàn đại biểu cấp cao Đảng, Nhà nước và Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào do Chủ tịch Quốc hội "
         "Pany Yathotou dẫn đầu đã thăm tỉnh Sơn La.",
         [("ORG", "Đảng"), ("ORG", "Nhà nước"), ("ORG", "Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào"),
          ("ORG", "Quốc hội"), ("PER", "Pany Yathotou"), ("LOC", "Sơn La")]),
        # the country stops before the person's name that follows it
        ("Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Thanh Mẫn phát biểu.",
         [("ORG", "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam"), ("PER", "Trần Thanh Mẫn")]),
        ("Kỳ họp phê chuẩn đồng chí làm Phó Thủ tướng Chính phủ nước Cộng hoà XHCN Việt Nam nhiệm kỳ 2021-2026.",
         [("ORG", "Chính phủ nước Cộng hoà XHCN Việt Nam")]),
        # a ministry keeps its own span; "nước ta" is no state form
        ("Bộ Ngoại giao nước Cộng hoà Xã hội chủ nghĩa Việt Nam gửi lời chào.",
         [("ORG", "Bộ Ngoại giao"), ("LOC", "Cộng hoà Xã hội chủ nghĩa Việt Nam")]),
        ("Quốc hội nước ta đã thông qua luật.", [("ORG", "Quốc hội")]),
    ],
)
def test_state_body_of_country(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people.py _SIGNATURE_RX: a capitals name in brackets right after the question
        ("Bạn có thể đăng ký hộ khẩu vào nhà cô ? (NGUYỄN CƯỜNG) - Theo qui định hiện nay, bạn được đăng ký.",
         [("PER", "NGUYỄN CƯỜNG")]),
        ("Nhập hộ khẩu vào nhà cô ấy thì có được không? (NGUYỄN THỊNH) - Bạn đang làm việc theo hợp đồng.",
         [("PER", "NGUYỄN THỊNH")]),
        ("Vậy tôi có được nhập khẩu? (VĂN QUỐC) Tôi có giấy chủ quyền nhà.", [("PER", "VĂN QUỐC")]),
        # a place in capitals is no signature
        ("Trường đặt ở quận 1. (TP HCM) Ngày mai khai giảng.", [("LOC", "quận 1"), ("LOC", "TP HCM")]),
    ],
)
def test_qa_signature(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orgs.py _collective_abbreviations (org.collective_abbr): a capitalized collective word before an abbreviation
        ("Thủ tướng dự Hội nghị các Nhà lãnh đạo Nhóm BRICS mở rộng tại Kazan, Liên bang Nga.",
         [("ORG", "Nhóm BRICS"), ("LOC", "Kazan"), ("LOC", "Liên bang Nga")]),
        ("Việt Nam luôn đóng góp tích cực vào xây dựng Cộng đồng ASEAN vững mạnh.",
         [("LOC", "Việt Nam"), ("ORG", "Cộng đồng ASEAN")]),
        ("Trong khuôn khổ Diễn đàn APEC năm nay, các bộ trưởng đã họp.", [("ORG", "Diễn đàn APEC")]),
        # in lower case the word only describes the body
        ("Sau đó các nhóm FSA và khối NATO lên tiếng.", [("ORG", "FSA"), ("ORG", "NATO")]),
    ],
)
def test_collective_abbreviation(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places_vn.tsv: Central Highlands provinces in 2005-06 spellings
        ("Hai tỉnh được hỗ trợ các thiết bị y tế là Hà Giang và Đắc Lắc.", [("LOC", "Hà Giang"), ("LOC", "Đắc Lắc")]),
        ("Ông đã lên đồn biên phòng ở Kontum và Dak Lak.", [("LOC", "Kontum"), ("LOC", "Dak Lak")]),
        ("Công ty Cấp nước Kontum đã ký hợp đồng.", [("ORG", "Công ty Cấp nước Kontum")]),
    ],
)
def test_old_province_spellings(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles.tsv cappre: a capitalized "Nhà" before the office stays in the title, whatever the office's case
        ("Nhà vua Harald V thăm Việt Nam.", [("TITLE", "Nhà vua"), ("PER", "Harald V")]),
        ("Chủ tịch nước Lương Cường và Nhà Vua Bỉ Philippe hội kiến.",
         [("TITLE", "Chủ tịch nước"), ("PER", "Lương Cường"), ("TITLE", "Nhà Vua"), ("PER", "Philippe")]),
        # in lower case the office is "vua" alone
        ("Đoàn đã đến thăm nhà vua Harald V.", [("TITLE", "vua"), ("PER", "Harald V")]),
    ],
)
def test_capitalized_nha_before_king(text, expected):
    assert spans(text, ("TITLE", "PER")) == expected
