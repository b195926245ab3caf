"""Entities listed together and names told back (session 12): districts in a list of places, schools listed after a
plural school word, foreign names listed with a person found, a given name told back after a full name that only
begins a place ("Long" of "Long An"). Real sentences of VNTC / baomoi / bcp news, whole pipeline."""

from __future__ import annotations

import pytest

import vnextract


def ents(text: str, labels: tuple[str, ...] = ("ORG", "PER", "LOC")) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label, e.text) for e in vnextract.extract(text).entities if e.label in labels]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a district with no unit word, in a list after a place found (places_admin.tsv district, list_evidence)
        ("Các cửa ngõ, gồm quận 9, Thủ Đức, Bình Tân, huyện Bình Chánh và Hóc Môn.",
         [(17, 23, "LOC", "quận 9"), (25, 32, "LOC", "Thủ Đức"), (34, 42, "LOC", "Bình Tân"),
          (50, 60, "LOC", "Bình Chánh"), (64, 71, "LOC", "Hóc Môn")]),
        ("Tuyến Hà Nội, Huế, Đà Nẵng, Hội An, Nha Trang, Củ Chi, Mỹ Tho và TPHCM.",
         [(6, 12, "LOC", "Hà Nội"), (14, 17, "LOC", "Huế"), (19, 26, "LOC", "Đà Nẵng"), (28, 34, "LOC", "Hội An"),
          (36, 45, "LOC", "Nha Trang"), (47, 53, "LOC", "Củ Chi"), (55, 61, "LOC", "Mỹ Tho"), (65, 70, "LOC", "TPHCM")]),
        # no list: a district name right after a person's name stays out
        ("Ông Lê Văn Bình, Gò Vấp cho biết.", [(4, 15, "PER", "Lê Văn Bình")]),
        # schools listed after "các trường" (org.list.school); ĐHDL is a school abbreviation (org_abbreviations.tsv)
        ("Các trường ĐHDL Hải Phòng, Lương Thế Vinh, Cửu Long, Duy Tân mỗi nơi 1.500 chỉ tiêu.",
         [(11, 25, "ORG", "ĐHDL Hải Phòng"), (27, 41, "ORG", "Lương Thế Vinh"), (43, 51, "ORG", "Cửu Long"),
          (53, 60, "ORG", "Duy Tân")]),
        ("các trường ĐHDL Bình Dương , Công nghệ Sài Gòn, mỗi nơi 1.400 chỉ tiêu",
         [(11, 26, "ORG", "ĐHDL Bình Dương"), (29, 46, "ORG", "Công nghệ Sài Gòn")]),
        ("học bổng do các trường Phổ thông nội trú Warminster và Rossall hỗ trợ.",
         [(23, 51, "ORG", "Phổ thông nội trú Warminster"), (55, 62, "ORG", "Rossall")]),
        # countries and bare school words are no schools' names
        ("lãnh đạo các trường đại học Việt Nam và Nhật Bản đã chia sẻ",
         [(28, 36, "LOC", "Việt Nam"), (40, 48, "LOC", "Nhật Bản")]),
        ("sinh viên các trường Đại Học, Cao Đẳng. GDQP cho sinh viên", []),
        # foreign names with no cue listed with a person found ("A, B và C", "A và B")
        ("Những phân tích của ông Jin Jing, Xu Hui và Wang Ning là bằng chứng.",
         [(24, 32, "PER", "Jin Jing"), (34, 40, "PER", "Xu Hui"), (44, 53, "PER", "Wang Ning")]),
        ("Hai học giả Ryan Martinson và Katsuya Yamamoto nhận xét.",
         [(12, 26, "PER", "Ryan Martinson"), (30, 46, "PER", "Katsuya Yamamoto")]),
        # ... not ships named after people
        ("Hai tàu ngầm mới bao gồm Alexander Nevsky và Yury Dolgoruky đã được đưa vào biên chế.",
         [(25, 41, "PER", "Alexander Nevsky")]),
        # a given name told back alone that only begins a place ("Long An") is the person
        ("Đó là Nguyễn Hoàng Long, sinh năm 1983. Sau đó, Long được gia đình cho đi học tại Anh.",
         [(6, 23, "PER", "Nguyễn Hoàng Long"), (48, 52, "PER", "Long"), (82, 85, "LOC", "Anh")]),
        # ... not before a capitalized word glued to it, nor a compass word
        ("Nguyễn Thu Hà sinh năm 1981 ở số 4 Lạc Trung - Hà Nội2. Ông Trần Văn Đông nói: tọa độ 116 độ kinh độ Đông.",
         [(0, 13, "PER", "Nguyễn Thu Hà"), (60, 73, "PER", "Trần Văn Đông")]),
        # "Pháp ngữ" (the Francophonie) holds no place
        ("dự Hội nghị cấp cao Pháp ngữ lần thứ 19 và thăm chính thức Pháp.", [(59, 63, "LOC", "Pháp")]),
        # "nội trú" is no "trú" (a place of residence) before a name
        ("các trường phổ thông nội trú Warminster", []),
    ],
)
def test_lists_and_mentions(text: str, expected: list) -> None:
    assert ents(text) == expected
