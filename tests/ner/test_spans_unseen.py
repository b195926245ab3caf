"""ORG/PER spans on unseen news (vnextract.ner.orgs, people): whole-pipeline entities with offsets."""

from __future__ import annotations

import pytest

import vnextract


def ents(text: str, labels: tuple[str, ...] = ("ORG", "PER")) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label, e.text) for e in vnextract.extract(text).entities if e.label in labels]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two capitalized common words joined by a hyphen with no spaces are one name
        ("Học viện Quân sự Hậu cần-Kỹ thuật mang tên Đại tướng Khrulev tham gia.",
         [(0, 33, "ORG", "Học viện Quân sự Hậu cần-Kỹ thuật"), (53, 60, "PER", "Khrulev")]),
        ("Trung đoàn thuộc Binh chủng Không quân-Vũ trụ Nga tham gia.",
         [(17, 49, "ORG", "Binh chủng Không quân-Vũ trụ Nga")]),
        # a number written with a thousands separator is an amount, no unit number of the name
        ("Trong năm 2005, dịp 30-4, Công ty phục vụ 1.800 khách.", []),
        # a caption credit ends before the next sentence's first word when the period is missing
        ("Đường sắt độc đạo. Nguồn ảnh: Báo QĐND Bù lại, Việt Nam có thể tận dụng.",
         [(30, 38, "ORG", "Báo QĐND")]),
        ("Vào đường bộ. Nguồn ảnh: Báo Hải quân Như thường lệ, đứng đầu bảng xếp hạng.",
         [(25, 37, "ORG", "Báo Hải quân")]),
        # a romanized two-word name after a country is the officer, not part of the army's name
        ("Cựu thiếu tướng quân đội Trung Quốc Xu Guangyu nhận định.",
         [(16, 35, "ORG", "quân đội Trung Quốc"), (36, 46, "PER", "Xu Guangyu")]),
        # a country right after a "về ..." description ends the name
        ("Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga trao tặng.",
         [(0, 49, "ORG", "Cơ quan Liên bang về hợp tác kỹ thuật quân sự Nga")]),
        # a one- or two-digit number closes a Vietnamese name before punctuation
        ("Cháu được đưa vào Bệnh viện Nhi đồng 1 (TP.HCM) cấp cứu.",
         [(18, 38, "ORG", "Bệnh viện Nhi đồng 1")]),
        ("Sở Y tế Hà Nội 2 ngày qua đã kiểm tra.", [(0, 14, "ORG", "Sở Y tế Hà Nội")]),
        # a verb ends a lower-case description ("mở cửa")
        ("Đêm ẩm thực do Công ty DIC du lịch mở cửa tại bãi Thùy Vân đã thu hút khách.",
         [(15, 34, "ORG", "Công ty DIC du lịch")]),
    ],
)
def test_org_span_classes(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ảnh: Báo Hải quân Việt Nam",  # a place after the name, not a new sentence
        "Nguồn ảnh: Báo Quân đội Nhân dân",  # a name part
    ],
)
def test_org_credit_and_hyphen_not_cut(text: str) -> None:
    orgs = [t for _, _, lab, t in ents(text) if lab == "ORG"]
    assert orgs and orgs[0] in text and not orgs[0].endswith("-")
    if "Việt Nam" in text:
        assert orgs[0] == "Báo Hải quân Việt Nam"
    if "Nhân dân" in text:
        assert orgs[0] == "Báo Quân đội Nhân dân"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a title, a complete body's name takes no two-word personal name
        ("Đoàn dâng hương tưởng nhớ cố Chủ tịch Hội đồng Bộ trưởng Phạm Hùng, cố Thủ tướng.",
         [(38, 56, "ORG", "Hội đồng Bộ trưởng"), (57, 66, "PER", "Phạm Hùng")]),
        # a romanized officer after a country's army, the army not sentence-initial
        ("“Đó là thông điệp tới quân đội”, cựu thiếu tướng quân đội Trung Quốc Xu Guangyu nhận định.",
         [(49, 68, "ORG", "quân đội Trung Quốc"), (69, 79, "PER", "Xu Guangyu")]),
        # a lower-case part that opens a longer segmented word takes the whole word
        ("Phối hợp với Binh chủng Công binh, Hóa học; Cục tác chiến điện tử; Bệnh viện Trung ương.",
         [(13, 33, "ORG", "Binh chủng Công binh"), (44, 65, "ORG", "Cục tác chiến điện tử"),
          (67, 87, "ORG", "Bệnh viện Trung ương")]),
        # "ngoài nước" (abroad) goes on in a description
        ("Theo tin từ Cục Quản lý lao động ngoài nước, chị Hòa đã về.",
         [(12, 43, "ORG", "Cục Quản lý lao động ngoài nước"), (49, 52, "PER", "Hòa")]),
        # ... but a company named after its founder keeps the name
        ("Hôm qua, Công ty Trịnh Sơn đã khởi công.", [(9, 26, "ORG", "Công ty Trịnh Sơn")]),
    ],
)
def test_officers_after_bodies_and_segmented_parts(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body named inside a law's or ordinance's formal name is no ORG (ANNOTATION.md 7)
        ("Quốc hội thông qua Luật Tổ chức chính quyền địa phương năm 2015.", [(0, 8, "ORG", "Quốc hội")]),
        ("Theo Luật Công an nhân dân, Bộ Công an quy định.", [(28, 38, "ORG", "Bộ Công an")]),
        # one syllable after a company head is no complete name: no person cut after it
        ("Ông Tú, giám đốc Công ty cổ phần Tân Hoàng Cầu, cho biết.",
         [(4, 6, "PER", "Tú"), (17, 46, "ORG", "Công ty cổ phần Tân Hoàng Cầu")]),
        # the Chinese People's Liberation Army written in lower case
        ("Ông Lý gặp Quân giải phóng nhân dân Trung Quốc hôm qua.",
         [(4, 6, "PER", "Lý"), (11, 46, "ORG", "Quân giải phóng nhân dân Trung Quốc")]),
    ],
)
def test_law_names_companies_and_the_pla(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare description head + "về" + its topic + a place: one ORG up to the place
        ("Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội tổ chức hội nghị.",
         [(0, 49, "ORG", "Ban Chỉ đạo về khu vực phòng thủ thành phố Hà Nội")]),
        ("Kỳ họp Ủy ban liên Chính phủ về hợp tác song phương Việt Nam-Lào.",
         [(7, 64, "ORG", "Ủy ban liên Chính phủ về hợp tác song phương Việt Nam-Lào")]),
        # a state's full form in lower case after a body stays in its name
        ("Đoàn đại biểu Bộ Quốc phòng Cộng hòa dân chủ nhân dân Lào thăm.",
         [(14, 57, "ORG", "Bộ Quốc phòng Cộng hòa dân chủ nhân dân Lào")]),
        ("Bộ Ngoại giao Cộng hòa xã hội chủ nghĩa Việt Nam ra tuyên bố.",
         [(0, 48, "ORG", "Bộ Ngoại giao Cộng hòa xã hội chủ nghĩa Việt Nam")]),
        # a board's abbreviation + its parent with no punctuation is one ORG; the parent keeps its name
        ("Chiều 21-3, HĐQT Tổng Công ty HUD tiếp tục họp.", [(12, 33, "ORG", "HĐQT Tổng Công ty HUD")]),
        ("Chủ tịch HĐQT Công ty Hoàng Anh nói.", [(9, 31, "ORG", "HĐQT Công ty Hoàng Anh")]),
        ("Hội đồng quản trị Tổng Công ty HUD tiếp tục họp.", [(0, 34, "ORG", "Hội đồng quản trị Tổng Công ty HUD")]),
        # a session word after a body's name ends it
        ("Đại hội đồng Liên Hợp Quốc Khoá 79 khai mạc.", [(13, 26, "ORG", "Liên Hợp Quốc")]),
        # a foreign given name after a complete name is a person
        ("Câu lạc bộ Izborsky Vladislav Shurigin nói.",
         [(0, 19, "ORG", "Câu lạc bộ Izborsky"), (20, 38, "PER", "Vladislav Shurigin")]),
        # minority names: a family name a common word shares + "A"/"Thị" + a given name, and the given name alone later
        ("Đối tượng là Hạng A Chư, sinh năm 1990. Chư khai nhận.",
         [(13, 23, "PER", "Hạng A Chư"), (40, 43, "PER", "Chư")]),
        ("Huân chương Lao động Hạng Nhất.", []),
    ],
)
def test_topic_boards_state_forms_and_minority_names(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a language is no place
        ("Anh có chứng chỉ tiếng Anh và Tiếng Trung Quốc, sống ở Anh.", [(55, 58, "LOC", "Anh")]),
        ("Đài Tiếng nói Việt Nam đưa tin.", []),
    ],
)
def test_language_is_no_place(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("LOC",)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case particle between capitalized foreign words stays in the name
        ("Thượng nghị sĩ Ronald dela Rosa nói với báo chí.", [(15, 31, "PER", "Ronald dela Rosa")]),
        # the original spelling in brackets after a transcribed foreign name is a person too
        ("Đại tướng Giô-xép Đăn-pho (Josept Dunford) cho biết.",
         [(10, 25, "PER", "Giô-xép Đăn-pho"), (27, 41, "PER", "Josept Dunford")]),
        # after an office, three words (one foreign or an initial, the last foreign) after a body are its officer
        ("Chủ tịch Hạ viện Seán Ó Fearghaíl đã tiếp đoàn.",
         [(9, 16, "ORG", "Hạ viện"), (17, 33, "PER", "Seán Ó Fearghaíl")]),
        ("Người phát ngôn Bộ Quốc phòng Trung Quốc Wu Qian cũng tuyên bố.",
         [(16, 40, "ORG", "Bộ Quốc phòng Trung Quốc"), (41, 48, "PER", "Wu Qian")]),
        # a delegation is no organization; the body inside it is
        ("Đoàn cán bộ Bộ Quốc phòng Lào đã thăm Hà Nội.", [(12, 29, "ORG", "Bộ Quốc phòng Lào")]),
        # an abbreviation in brackets after "của" + the body's country or parent, and its later uses
        ("Ngày 4/7, Bộ Tư lệnh trung tâm của Mỹ (CENTCOM) cho biết. Sau đó CENTCOM nói thêm.",
         [(10, 20, "ORG", "Bộ Tư lệnh"), (39, 46, "ORG", "CENTCOM"), (65, 72, "ORG", "CENTCOM")]),
        # an upper-case abbreviation that opens a sentence and makes a statement is a body
        ("Nhiều người thiệt mạng. OPCW tuyên bố sẽ điều tra.", [(24, 28, "ORG", "OPCW")]),
        ("Chúng tôi đến Mỹ. UAE cho biết sẽ hỗ trợ.", []),
    ],
)
def test_particles_originals_officers_delegations_and_abbreviations(
        text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text) == expected
