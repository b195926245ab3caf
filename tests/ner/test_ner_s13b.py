"""NER round 2 of session 13: organization names cut short before the rest of their name. A name cut inside a
foreign word spelt by hyphenated syllables ("Viện Ra-đa"); an institute or alliance named after two countries
joined by a dash; a committee "về người Việt Nam ở nước ngoài"; the police office "quản lý hành chính về trật
tự xã hội"; a numbered naval flotilla ("Hải đội 101"). Real sentences of VNTC / baomoi news, whole pipeline."""

from __future__ import annotations

import pytest

import vnextract


def spans(text: str, labels: tuple[str, ...] = ("ORG", "PER", "LOC")) -> list[tuple[str, str]]:
    return [(e.label, e.text) for e in vnextract.extract(text).entities if e.label in labels]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orgs.py _hyphenated_word_tail: the name takes the rest of the hyphenated word
        ("Đại tá Nguyễn Văn Hùng, Viện trưởng Viện Ra-đa thuộc Bộ Quốc phòng, cho biết.",
         [("PER", "Nguyễn Văn Hùng"), ("ORG", "Viện Ra-đa"), ("ORG", "Bộ Quốc phòng")]),
        # a one-word name before a lower-case word joined by a hyphen stays as it was
        ("Quan hệ Đảng-chính quyền được tăng cường.", [("ORG", "Đảng")]),
    ],
)
def test_hyphenated_word_tail(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # _JOINT_HEAD: an institute named after two countries joined by a dash
        ("Theo báo cáo của Viện Chính sách Australia – Việt Nam công bố hôm qua.",
         [("ORG", "Viện Chính sách Australia – Việt Nam")]),
        # an army is no joint body: its name ends at its own country
        ("Quân đội Mỹ - Hàn Quốc tập trận bắn đạn thật.", [("ORG", "Quân đội Mỹ")]),
    ],
)
def test_joint_institute(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # _about_after: "về" + the overseas Vietnamese, a description with the country inside it
        ("Ông Nguyễn Phú Bình, Chủ nhiệm Ủy ban Nhà nước về người Việt Nam ở nước ngoài, phát biểu.",
         [("PER", "Nguyễn Phú Bình"), ("ORG", "Ủy ban Nhà nước về người Việt Nam ở nước ngoài")]),
        ("Uỷ ban Trung ương về người Việt Nam ở nước ngoài của Lào đã tổ chức buổi gặp mặt.",
         [("ORG", "Uỷ ban Trung ương về người Việt Nam ở nước ngoài"), ("LOC", "Lào")]),
        # org_heads.tsv: the police function with "về" inside it, written out and abbreviated
        ("Hồ sơ được nộp tại Phòng cảnh sát QLHC về TTXH, riêng những người xin đăng ký tạm trú.",
         [("ORG", "Phòng cảnh sát QLHC về TTXH")]),
        ("Thiếu tá Lê Văn Sang, đội phó Phòng cảnh sát quản lý hành chính về trật tự xã hội, cho biết.",
         [("PER", "Lê Văn Sang"), ("ORG", "Phòng cảnh sát quản lý hành chính về trật tự xã hội")]),
        # org_heads.tsv Hải đội: a numbered flotilla
        ("Tàu CSB 8004 thuộc Hải đội 101, Bộ Tư lệnh Vùng Cảnh sát biển 1 đã cập cảng.",
         [("ORG", "Hải đội 101"), ("ORG", "Bộ Tư lệnh Vùng Cảnh sát biển 1")]),
        ("Bộ đội biên phòng tỉnh đã chỉ đạo Hải đội 2 nhanh chóng triển khai lực lượng.",
         [("ORG", "Bộ đội biên phòng tỉnh"), ("ORG", "Hải đội 2")]),
    ],
)
def test_names_with_their_rest(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orgs.py _inside_formal_name: a body inside a treaty's or an award's formal name is no ORG
        ("Theo Điều 47 Công ước Liên Hợp Quốc về Luật Biển năm 1982, đảo không có vùng đặc quyền kinh tế.", []),
        ("Hội đồng xét tặng Giải thưởng Nhà nước về khoa học và công nghệ đã họp.", []),
        # the party in a member's years in it
        ("Ông đã được tặng Huy hiệu 50 năm tuổi Đảng và nhiều huân chương.", []),
        # the body elsewhere stays
        ("Đại sứ Việt Nam tại Liên Hợp Quốc đã trao đổi với Đảng và Nhà nước Lào.",
         [("LOC", "Việt Nam"), ("ORG", "Liên Hợp Quốc"), ("ORG", "Đảng"), ("ORG", "Nhà nước Lào")]),
    ],
)
def test_body_inside_formal_name(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orgs.py _product_code_after: a maker's name before a bare three-digit model number is the plane
        ("Máy bay mang số hiệu VN 324 (Boeing 777) bị trục trặc kỹ thuật.", []),
        ("Vietnam Airlines điều động máy bay Airbus 320 (VN 324) đưa khách ra Đà Nẵng.", [("ORG", "Vietnam Airlines")]),
        # the maker before an amount stays
        ("Boeing cho biết sẽ giao 100 máy bay trong năm nay.", [("ORG", "Boeing")]),
    ],
)
def test_maker_before_model_number(text, expected):
    assert spans(text, ("ORG",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # orgs.py _description_head: the abbreviation of a description head takes the description
        ("Ông Nguyễn Văn An, Giám đốc BQL dự án đầu tư huyện Châu Thành, cho biết.",
         [("PER", "Nguyễn Văn An"), ("ORG", "BQL dự án đầu tư huyện Châu Thành")]),
        ("Theo BQL cơ sở hạ tầng, công trình sẽ hoàn thành trong tháng 6.", [("ORG", "BQL cơ sở hạ tầng")]),
    ],
)
def test_abbreviated_description_head(text, expected):
    assert spans(text) == expected
