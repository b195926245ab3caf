"""ORG/PER spans on unseen news (vnextract.ner.orgs, people): whole-pipeline entities with offsets; the second batch
from the audits of unseen articles comes after the first."""

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


def spans(text: str, subs: list[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    out, pos = [], 0
    for sub, label in subs:
        s = text.index(sub, pos)
        out.append((s, s + len(sub), label, sub))
        pos = s + len(sub)
    return out


CASES_NAME_ENDS = [
    # a lower-case army head + a country is the whole ORG: a capitalized word after it opens the next
    # sentence (a headline without its period) or names the commander
    ("Phiến quân tấn công vào quân đội Syria Lực lượng quân tình nguyện ủng hộ chính phủ đã đẩy lùi.",
     [("quân đội Syria", "ORG")]),
    ("Ông phủ nhận chuyện chỉ huy quân đội Libya Haftar nhận được sự trợ giúp quân sự.",
     [("quân đội Libya", "ORG"), ("Haftar", "PER")]),
    ("Ấn Độ tham gia tập trận với hải quân Nhật Bản và Ấn Độ là một thông điệp.",
     [("hải quân Nhật Bản", "ORG")]),
    # capitalized "Có", "Nhờ" right after a head or an abbreviation open a new sentence
    ("Việc thực hiện thủ công bởi lực lượng quân đội Có sự hỗ trợ của 2 máy xúc.", []),
    ("Chúng tôi đã trao đổi về công tác này với Ủy ban MTTQ TP. Nhờ vậy, chúng tôi biết.",
     [("Ủy ban MTTQ TP", "ORG")]),
    # an organization with its "+N" partners is one ORG
    ("Hội nghị quan chức cao cấp ASEAN+3 và EAS thảo luận. Tại Hội nghị SOM ASEAN + 3 (giữa ASEAN với các nước).",
     [("ASEAN+3", "ORG"), ("EAS", "ORG"), ("ASEAN + 3", "ORG"), ("ASEAN", "ORG")]),
    ("Các nước tích cực đóng góp cho Quỹ ASEAN+3 để đảm bảo nguồn lực.", [("Quỹ ASEAN+3", "ORG")]),
    # a photo source is an ORG, not a photographer
    ("Tàu ngầm trở về cảng. Ảnh: Flickr/Hải quân Mỹ. Tàu được vũ trang.",
     [("Flickr", "ORG"), ("Hải quân Mỹ", "ORG")]),
    # "Hợp chủng quốc" + country ends a state's full form inside a name
    ("Hội đã gửi thư tới Tòa án Liên bang Hợp chủng quốc Hoa Kỳ, kêu gọi trả lại.",
     [("Tòa án Liên bang Hợp chủng quốc Hoa Kỳ", "ORG")]),
    # "Tuần duyên" is a body only before a country
    ("Tại Honolulu, Tuần duyên Hoa Kỳ đã bàn giao cựu Tàu Tuần duyên Morgenthau cho Việt Nam.",
     [("Tuần duyên Hoa Kỳ", "ORG")]),
    ("Lực lượng Tuần duyên Mỹ tuần tra.", [("Lực lượng Tuần duyên Mỹ", "ORG")]),
    # bylines with initials written without a space
    ("Các lực lượng đã rút khỏi thành trì ở TP Sirte. H.Bình (Theo Reuters)",
     [("H.Bình", "PER"), ("Reuters", "ORG")]),
    ("Các nước thảo luận về vấn đề liên quan tương lai. N.C.Thắng", [("N.C.Thắng", "PER")]),
    # a ship named after an admiral, written in quotes, is no person
    ('Tàu sân bay "Đô đốc Kuznetsov" rời Địa Trung Hải về nước.', []),
    # "Cao đẳng" is an education level, no person
    ("Chương trình tuyển sinh du học bậc Trung học và Cao Đẳng tại Úc.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES_NAME_ENDS)
def test_where_org_and_person_names_end(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text) == spans(text, expected)


# names cut or run on where an event argument hangs
CASES_NAMES_CUT_OR_RUN_ON = [
    # a one-word head before a hyphenated romanized given name is a surname: the person is not swallowed
    ("Tổng thư ký Liên Hợp Quốc Ban Ki-moon đã thăm Việt Nam.",
     [("Liên Hợp Quốc", "ORG"), ("Ban Ki-moon", "PER")]),
    ("Ông Ban Ki-moon đã phát biểu.", [("Ban Ki-moon", "PER")]),
    # a foreign name whose given names are initials, after a title (and a country)
    ("Tổng thống Indonesia S.B. Yudhoyono đã tiếp đoàn.", [("S.B. Yudhoyono", "PER")]),
    ("Tổng thống Nga V.Putin trả lời rằng.", [("V.Putin", "PER")]),
    # a joint committee or association named after two countries joined by a dash
    ("Tại Phiên họp lần thứ 12 Ủy ban Hợp tác Việt Nam - Nhật Bản, hai bên nhất trí.",
     [("Ủy ban Hợp tác Việt Nam - Nhật Bản", "ORG")]),
    ("Đại diện Hội hữu nghị Việt Nam - Campuchia đã phát biểu.", [("Hội hữu nghị Việt Nam - Campuchia", "ORG")]),
    ("Hai nước ký kết, liên quân Mỹ - Hàn tập trận.", [("liên quân Mỹ", "ORG")]),
    # two activities joined by a comma, then "Trung ương": one name
    ("Đoàn đã thăm, chúc mừng Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương nhân dịp năm mới.",
     [("Ban Bảo vệ, chăm sóc sức khỏe cán bộ Trung ương", "ORG")]),
    ("Trưởng Ban Chính sách, chiến lược Trung ương Trần Lưu Quang phát biểu.",
     [("Ban Chính sách, chiến lược Trung ương", "ORG"), ("Trần Lưu Quang", "PER")]),
    ("Đại diện Cục Thú y, các địa phương trong khu vực Quốc gia đã họp.", [("Cục Thú y", "ORG")]),
    # "quốc tế" closes a complete name (not before a name: "Cty CP quốc tế Tân Đại Dương")
    ("Đại diện Ban Thư ký APEC quốc tế đã tham dự Hội nghị.", [("Ban Thư ký APEC quốc tế", "ORG")]),
    ("Ủy ban Olympic quốc tế đã họp.", [("Ủy ban Olympic quốc tế", "ORG")]),
    # "KHXH và NV" is one name part
    ("Riêng tại điểm thu ở Trường ĐH KHXH và NV có đông thí sinh.", [("Trường ĐH KHXH và NV", "ORG")]),
    # a negation after a complete name is the predicate, not the rest of a word ("phòng không")
    ("Thẩm quyền của Thủ tướng, Bộ Quốc phòng không tự tiện được.", [("Bộ Quốc phòng", "ORG")]),
    ("Quân chủng Phòng không - Không quân đã tổ chức.", [("Quân chủng Phòng không - Không quân", "ORG")]),
    # a place syllable that is also a surname before a full name; a minority name with the middle name A
    ("Chủ tịch Ủy ban MTTQ xã Hòa Thạch Đỗ Văn Dương cho biết.",
     [("Ủy ban MTTQ xã Hòa Thạch", "ORG"), ("Đỗ Văn Dương", "PER")]),
    ("Anh Văn Thưởng và Chủ tịch UBND huyện Sa Pa Hầu A Lềnh (33 tuổi, Lào Cai) dự.",
     [("Văn Thưởng", "PER"), ("UBND huyện Sa Pa", "ORG"), ("Hầu A Lềnh", "PER")]),
    ("Giám đốc Sở GTVT Phú Yên Lê Sĩ Lục cho biết.", [("Sở GTVT Phú Yên", "ORG"), ("Lê Sĩ Lục", "PER")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_NAMES_CUT_OR_RUN_ON)
def test_names_cut_or_run_on_where_an_argument_hangs(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text) == spans(text, expected)


@pytest.mark.parametrize(("text", "name", "canonical"), [
    ("Trong thời gian thăm Chi Lê, Chủ tịch nước đã gặp Tổng thống.", "Chi Lê", "Chile"),
    ("Lực lượng vũ trang của Philipines đã tấn công phiến quân ở Mindanao.", "Philipines", "Philippines"),
])
def test_old_country_spellings(text: str, name: str, canonical: str) -> None:
    s = text.index(name)
    assert [(e.start, e.end, e.label, e.canonical) for e in vnextract.extract(text).entities
            if e.label == "LOC" and e.start == s] == [(s, s + len(name), "LOC", canonical)]


# international bodies whose names keep lower-case words; a body's abbreviation inside its name; a joint
# committee of two lower-case activities named after two countries; a sentence run into a name
CASES_NAMES_GO_ON = [
    ("Thủ tướng tiếp đoàn công tác của Quỹ Tiền tệ quốc tế (IMF) tại Hà Nội.",
     [("Quỹ Tiền tệ quốc tế", "ORG"), ("IMF", "ORG")]),
    ("Ông cho biết Ngân hàng Phát triển châu Á đã đánh giá cao.", [("Ngân hàng Phát triển châu Á", "ORG")]),
    ("Đại diện Cơ quan Năng lượng nguyên tử quốc tế đã phát biểu.", [("Cơ quan Năng lượng nguyên tử quốc tế", "ORG")]),
    ("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc hỗ trợ.",
     [("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", "ORG")]),
    ("Đoàn cứu hộ Quân đội nhân dân (QĐND) Việt Nam đã đến Myanmar.",
     [("Quân đội nhân dân (QĐND) Việt Nam", "ORG")]),
    ("Bộ Quốc phòng (BQP) Việt Nam cho biết.", [("Bộ Quốc phòng (BQP) Việt Nam", "ORG")]),
    ("Phiên họp Ủy ban Liên hợp phân giới, cắm mốc biên giới trên đất liền Việt Nam-Trung Quốc diễn ra tại Bắc Kinh.",
     [("Ủy ban Liên hợp phân giới, cắm mốc biên giới trên đất liền Việt Nam-Trung Quốc", "ORG")]),
    ("Ông thuộc Bộ Tư lệnh Bộ đội Biên phòng Như đã thông tin, ngày 9-7 ông bị bắt.",
     [("Bộ Tư lệnh Bộ đội Biên phòng", "ORG")]),
    ("Ông làm việc tại Công ty Như Ý ở Hà Nội.", [("Công ty Như Ý", "ORG")]),
    ("Ông ở Công ty Thế Kỷ Mới mở ra.", [("Công ty Thế Kỷ Mới", "ORG")]),
    ("Ban Thường vụ Tỉnh ủy Cao Bằng đã họp.", [("Ban Thường vụ Tỉnh ủy Cao Bằng", "ORG")]),
    ("Thủ tướng gặp Đội tuyển Việt Nam gồm 8 thí sinh.", [("Đội tuyển Việt Nam", "ORG")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES_NAMES_GO_ON)
def test_org_names_that_go_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text) == spans(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a known place after a two-word outlet credit opens the next sentence
    ("Các nước phía Đông châu Âu. Nguồn: Independent Moskow tỏ ra rất giận dữ.",
     [("châu Âu", "LOC"), ("Independent", "ORG"), ("Moskow", "LOC")]),
])
def test_credit_before_a_place(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text, ("ORG", "LOC")) == spans(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # lower-case "chỉ huy" is a cue: a foreign name after it and an army + its country is the commander
    ("Ai Cập hỗ trợ cho chỉ huy quân đội Libya Khalifa Haftar. Chỉ huy này thất bại.",
     [("quân đội Libya", "ORG"), ("Khalifa Haftar", "PER")]),
    ("Lực lượng 101 dưới sự chỉ huy của Sharon và Powme mang theo súng.", [("Sharon", "PER")]),
    # ... but no person inside a command's name
    ("Bộ chỉ huy Quân sự tỉnh Nghệ An và Bộ Chỉ huy Bộ đội Biên phòng Hà Tĩnh họp.",
     [("Bộ chỉ huy Quân sự tỉnh Nghệ An", "ORG"), ("Bộ Chỉ huy Bộ đội Biên phòng Hà Tĩnh", "ORG")]),
])
def test_person_after_lower_case_commander(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text) == spans(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a name listed in several spellings takes the one the text's capitals fit, inside a longer name too
    ("Ban Giám đốc Ngân hàng phát triển châu Á (ADB) vừa thông qua khoản vay.",
     [("Ban Giám đốc Ngân hàng phát triển châu Á", "ORG"), ("ADB", "ORG")]),
    ("Ban Giám đốc Ngân hàng Phát triển châu Á họp.", [("Ban Giám đốc Ngân hàng Phát triển châu Á", "ORG")]),
    # a lower-case activity of a parade body
    ("Bộ Quốc phòng tạo điều kiện để Tiểu ban diễu binh, diễu hành và các lực lượng luyện tập.",
     [("Bộ Quốc phòng", "ORG"), ("Tiểu ban diễu binh, diễu hành", "ORG")]),
    ("Trung đoàn diễu binh hỗn hợp của Binh chủng Bộ binh tham gia.",
     [("Trung đoàn diễu binh hỗn hợp", "ORG"), ("Binh chủng Bộ binh", "ORG")]),
])
def test_lower_case_names_of_bodies(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text, ("ORG",)) == spans(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a short country form listed with a country named in full is a country too
    ("Nhiều người không hài lòng khi hai nhà lãnh đạo Mỹ, Trung sắp gặp gỡ tại Thượng đỉnh G20.",
     [("Mỹ", "LOC"), ("Trung", "LOC")]),
    ("Lúc cao điểm, có hàng nghìn cửu vạn Lào, Việt trong đường dây buôn thú.", [("Lào", "LOC"), ("Việt", "LOC")]),
    # not a longer word or name it opens, not after a capitalized word
    ("Tham mưu trưởng Quân đội nhân dân Lào, Trung tướng Saichay Kommasith dẫn đầu.", []),
    ("Khách đến từ Nga và Trung Đông tăng.", [("Nga", "LOC"), ("Trung Đông", "LOC")]),
    ("Anh Mỹ, Trung và Hoa đã đến.", [("Mỹ", "LOC")]),
])
def test_short_country_forms_in_a_list(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text, ("LOC",)) == spans(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an operation's name is no organization, though the force named after it is one
    ("Lực lượng Barkhane đã tới. Binh sĩ tham gia chiến dịch Barkhane bị thương.", [("Barkhane", "ORG")]),
    ("Hãng Dornier chế tạo máy bay. Chiến dịch Dornier kết thúc.", [("Hãng Dornier", "ORG")]),
])
def test_operation_names_are_no_organizations(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text, ("ORG",)) == spans(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an abbreviated body before a person's name does not take the name's first word
    ("Đối thoại giữa Tổng Thư ký ASEAN Kao Kim Hourn với thanh niên các nước.",
     [("ASEAN", "ORG"), ("Kao Kim Hourn", "PER")]),
    ("Tổng thư ký NATO Jens Stoltenberg nói.", [("NATO", "ORG"), ("Jens Stoltenberg", "PER")]),
    # a place after the abbreviation stays its branch
    ("Chủ tịch UBND Huế Phan Văn Hùng nói.", [("UBND Huế", "ORG"), ("Phan Văn Hùng", "PER")]),
    # a foreign family name that is also a country's, right after a title and a given name
    ("Ông gửi điện mừng tới Thủ tướng Luís Montenegro, Chủ tịch Quốc hội Trần Thanh Mẫn.",
     [("Luís Montenegro", "PER"), ("Quốc hội", "ORG"), ("Trần Thanh Mẫn", "PER")]),
    ("Tổng thống Obama, Mỹ và Trung Quốc ký.", [("Obama", "PER")]),
])
def test_person_names_after_a_title_and_a_body(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text, ("ORG", "PER")) == spans(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the building that names the body: the body when it acts, the place after a word of place
    ("Nhà Trắng cho biết sẽ xem xét.", [("Nhà Trắng", "ORG")]),
    ("Ông thường xuyên liên lạc với Nhà Trắng, cho biết như vậy.", [("Nhà Trắng", "ORG")]),
    ("Ông Trump phát biểu tại Nhà Trắng hôm qua.", [("Trump", "PER"), ("Nhà Trắng", "LOC")]),
    ("Ông Duterte chưa nhận lời mời thăm Nhà Trắng.", [("Duterte", "PER"), ("Nhà Trắng", "LOC")]),
])
def test_white_house_as_body_or_venue(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text, ("ORG", "PER", "LOC")) == spans(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a school's level before its name, mostly a person's full name: one ORG
    ("Giáo viên Trường THPT chuyên Lê Hồng Phong, Nam Định được trao giải.",
     [(10, 42, "ORG", "Trường THPT chuyên Lê Hồng Phong")]),
    ("Hiệu trưởng Trường THCS Nguyễn Du cho biết.", [(12, 33, "ORG", "Trường THCS Nguyễn Du")]),
    # after the lower-case school word, the level opens the span (as "trường [Đại học Quốc tế]")
    ("Học sinh trường THPT Lương Thế Vinh, Hà Nội, hồ hởi.", [(16, 35, "ORG", "THPT Lương Thế Vinh")]),
    ("Các trường THPT trên địa bàn đều tham gia.", []),
    # a body of one region of the country, the region written after its name
    ("Tổng Công ty Điện lực miền Nam cho biết.", [(0, 30, "ORG", "Tổng Công ty Điện lực miền Nam")]),
    ("Bộ Dân tộc và Tôn giáo, Tổng Công ty Lương thực miền Nam; Tổng Công ty Đầu tư.",
     [(0, 22, "ORG", "Bộ Dân tộc và Tôn giáo"), (24, 56, "ORG", "Tổng Công ty Lương thực miền Nam"),
      (58, 77, "ORG", "Tổng Công ty Đầu tư")]),
    # portfolios of provincial departments and of a ministry's department written with lower-case words
    ("Giám đốc Sở Quy hoạch kiến trúc cho rằng.", [(9, 31, "ORG", "Sở Quy hoạch kiến trúc")]),
    ("UBND TP.HCM yêu cầu Sở Giao thông công chính TP thuê một đơn vị.",
     [(0, 11, "ORG", "UBND TP.HCM"), (20, 47, "ORG", "Sở Giao thông công chính TP")]),
    ("Cô đã gửi đơn tới Bộ Lao động, Cục Người có công.",
     [(18, 29, "ORG", "Bộ Lao động"), (31, 48, "ORG", "Cục Người có công")]),
])
def test_school_and_department_names_run_on(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("ORG",)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a street's name given to an underpass or a building is a LOC, not a person
    ("Sửa tạm lỗ thủng cạnh hầm chui Văn Thánh để đường dẫn lún.", [(31, 40, "LOC", "Văn Thánh")]),
    ("Tái định cư bằng căn hộ tại chung cư Nguyễn Văn Luông.", [(37, 53, "LOC", "Nguyễn Văn Luông")]),
    # a number that measures what follows is no part of the bridge's name
    ("Cầu nằm cách cầu Chương Dương 4 km và cách cầu Thanh Trì 3 km.",
     [(17, 29, "LOC", "Chương Dương"), (47, 56, "LOC", "Thanh Trì")]),
    ("Người dân thôn Sơn Hải 1 cho biết.", [(15, 24, "LOC", "Sơn Hải 1")]),
])
def test_named_structures_and_measured_numbers(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("LOC", "PER")) == expected


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # a dash typed with a space after it only still joins two parts of one name
    ("Ông A, Trưởng Ban Tư tưởng- Văn hóa Trung ương phát biểu.", ("ORG",),
     [(14, 46, "ORG", "Ban Tư tưởng- Văn hóa Trung ương")]),
    ("Thứ trưởng Bộ Lao động- Thương binh và Xã hội cho biết.", ("ORG",),
     [(11, 45, "ORG", "Bộ Lao động- Thương binh và Xã hội")]),
    # a dash at a sentence's end after an organization takes nothing more
    ("Công an tỉnh Nghệ An- Ông A cho biết.", ("ORG",), [(0, 20, "ORG", "Công an tỉnh Nghệ An")]),
    # a school's lower-case field after a dash belongs to its name
    ("Trường trung học Kinh tế - kỹ thuật Phú Yên tổ chức lễ.", ("ORG", "LOC"),
     [(0, 43, "ORG", "Trường trung học Kinh tế - kỹ thuật Phú Yên")]),
    # an abbreviation before a hull number after "số hiệu" is no body
    ("Các tàu này có số hiệu lần lượt là CSB 001, 1011, 1012.", ("ORG",), []),
    ("Tàu tuần tra ven biển số hiệu CSB 8003 vốn là tàu của Hàn Quốc.", ("ORG",), []),
    # the Marine Corps of a country is one ORG; the troops in general are none
    ("Thủy quân lục chiến Mỹ còn sử dụng pháo.", ("ORG", "LOC"), [(0, 22, "ORG", "Thủy quân lục chiến Mỹ")]),
    ("Khoảng 2.000 lính thủy quân lục chiến đồn trú luân phiên.", ("ORG", "LOC"), []),
    # the lower-case river word stays outside the name, as for any river
    ("Nước sông Hồng dâng cao, bãi giữa sông Đà ngập.", ("LOC",),
     [(10, 14, "LOC", "Hồng"), (39, 41, "LOC", "Đà")]),
    ("Sông Hồng chảy qua Hà Nội.", ("LOC",), [(0, 9, "LOC", "Sông Hồng"), (19, 25, "LOC", "Hà Nội")]),
    # a street named after a person runs over a commune's name that opens it
    ("Di tích nằm ở phía tây đường Lạc Long Quân, quận Tây Hồ.", ("LOC",),
     [(29, 42, "LOC", "Lạc Long Quân"), (49, 55, "LOC", "Tây Hồ")]),
    # the spelling "Arab" of the Emirates
    ("Các Tiểu vương quốc Arab Thống nhất (UAE) và Qatar.", ("LOC",),
     [(0, 35, "LOC", "Các Tiểu vương quốc Arab Thống nhất"), (37, 40, "LOC", "UAE"), (45, 50, "LOC", "Qatar")]),
])
def test_dashed_names_hull_numbers_rivers_and_streets(text: str, labels: tuple[str, ...],
                                                      expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, labels) == expected


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # a foreign name after an office + a body, with no comma, is the office-holder, not the body's name
    ("Cuộc họp có quyền Bộ trưởng Bộ Quốc phòng Rafen, tổng tham mưu trưởng Mackelav.", ("ORG", "PER"),
     [(28, 41, "ORG", "Bộ Quốc phòng"), (42, 47, "PER", "Rafen"), (70, 78, "PER", "Mackelav")]),
    ("Ông tiếp Chủ tịch Hội đồng quản trị VSIP Group Lee Ark Boon; sau đó ông về.", ("ORG", "PER"),
     [(18, 46, "ORG", "Hội đồng quản trị VSIP Group"), (47, 59, "PER", "Lee Ark Boon")]),
    # a country stays in the body's name; a company's own foreign name too
    ("Bộ trưởng Bộ Quốc phòng Israel, ông Moshe Arens, cho biết.", ("ORG", "PER"),
     [(10, 30, "ORG", "Bộ Quốc phòng Israel"), (36, 47, "PER", "Moshe Arens")]),
    ("Giám đốc Công ty Điện tử Samsung, ông Kim, cho biết.", ("ORG",), [(9, 32, "ORG", "Công ty Điện tử Samsung")]),
    # a Chinese leader's name after the country of a body: the family name opens the person
    ("Chủ tịch Quốc hội Trung Quốc Lật Chiến Thư thăm Việt Nam.", ("ORG", "PER"),
     [(9, 28, "ORG", "Quốc hội Trung Quốc"), (29, 42, "PER", "Lật Chiến Thư")]),
    ("Ông là Ủy viên Trưởng Nhân đại Trung Quốc Trương Đức Giang.", ("ORG", "PER"),
     [(22, 41, "ORG", "Nhân đại Trung Quốc"), (42, 58, "PER", "Trương Đức Giang")]),
    # "&" or an HTML "&amp;" stands for "và" in a ministry's portfolio; a Vietnamese family name after it opens a person
    ("Bộ trưởng Bộ Lao động - thương binh &amp; xã hội Đàm Hữu Đắc cho biết.", ("ORG", "PER"),
     [(10, 48, "ORG", "Bộ Lao động - thương binh &amp; xã hội"), (49, 60, "PER", "Đàm Hữu Đắc")]),
    ("Bộ trưởng Bộ Lao động - thương binh và xã hội Đàm Hữu Đắc cho biết.", ("ORG", "PER"),
     [(10, 45, "ORG", "Bộ Lao động - thương binh và xã hội"), (46, 57, "PER", "Đàm Hữu Đắc")]),
])
def test_person_after_office_and_body(text: str, labels: tuple[str, ...],
                                      expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, labels) == expected


def test_foreign_one_word_name_after_cue_is_the_person_everywhere() -> None:
    text = "Chỉ huy Sharon vừa về. Lúc 7 giờ sáng, Sharon dẫn đội đi tập."
    assert ents(text, ("PER",)) == [(8, 14, "PER", "Sharon"), (39, 45, "PER", "Sharon")]


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # an abbreviation glued by a hyphen to a Title Case name is a name of its own; to a code it is none
    ("Hội nghị Cấp cao ASEAN-Hội đồng Hợp tác Vùng Vịnh (GCC)-Trung Quốc khai mạc.", ("ORG", "LOC"),
     [(17, 22, "ORG", "ASEAN"), (23, 49, "ORG", "Hội đồng Hợp tác Vùng Vịnh"), (51, 54, "ORG", "GCC"),
      (56, 66, "LOC", "Trung Quốc")]),
    ("Quan hệ Việt Nam-ASEAN phát triển.", ("ORG", "LOC"), [(8, 16, "LOC", "Việt Nam"), (17, 22, "ORG", "ASEAN")]),
    ("Theo văn bản 03/CTr-STTTT-BCHBĐBP ngày 5/3.", ("ORG",), []),
    # a force's lower-case field runs on to its country; the coast alone is a place
    ("Lực lượng Bảo vệ bờ biển Hàn Quốc bắt giữ tàu cá.", ("ORG", "LOC"),
     [(0, 33, "ORG", "Lực lượng Bảo vệ bờ biển Hàn Quốc")]),
    ("Tàu chạy dọc bờ biển Hàn Quốc.", ("ORG", "LOC"), [(21, 29, "LOC", "Hàn Quốc")]),
    # a UN office with its field after "về"; a numbered steering group
    ("Cao ủy Liên Hiệp Quốc về nhân quyền lên án vụ việc.", ("ORG",),
     [(0, 35, "ORG", "Cao ủy Liên Hiệp Quốc về nhân quyền")]),
    ("Phó Thủ tướng Mai Văn Chính, Tổ trưởng Tổ chỉ đạo số 08 đã họp.", ("ORG", "PER"),
     [(14, 27, "PER", "Mai Văn Chính"), (39, 55, "ORG", "Tổ chỉ đạo số 08")]),
])
def test_glued_abbreviations_forces_and_un_offices(text: str, labels: tuple[str, ...],
                                                   expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, labels) == expected


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # a body's abbreviation in brackets between the office and the name does not cut the name off its title
    ("Đại sứ Liên minh châu Âu (EU) tại Việt Nam Julien Guerrier phát biểu.", ("PER", "TITLE"),
     [(0, 6, "TITLE", "Đại sứ"), (43, 58, "PER", "Julien Guerrier")]),
    ("Giám đốc Cơ quan Tình báo Trung ương (CIA) John Ratcliffe nói.", ("PER",),
     [(43, 57, "PER", "John Ratcliffe")]),
    # "Thổ Nhĩ Kỹ" is a spelling of the country, not the start of the ambassador's name
    ("Ông tiếp Đại sứ Cộng hòa Thổ Nhĩ Kỹ Korhan Kemik.", ("PER", "LOC"),
     [(16, 35, "LOC", "Cộng hòa Thổ Nhĩ Kỹ"), (36, 48, "PER", "Korhan Kemik")]),
    # a name cut to its initial keeps the initial's dot inside a sentence
    ("Trung úy Franco A. bị bắt vì tình nghi.", ("PER",), [(9, 18, "PER", "Franco A.")]),
    ("Ông T., một chủ hộ gia đình ở khu nhà.", ("PER",), [(4, 6, "PER", "T.")]),
    ("Ông John F. Kennedy nói.", ("PER",), [(4, 19, "PER", "John F. Kennedy")]),
    # the chargé d'affaires is an office; "lâm thời" stays in it
    ("Đại sứ, Đại biện các nước thành viên EU dự.", ("TITLE",),
     [(0, 6, "TITLE", "Đại sứ"), (8, 16, "TITLE", "Đại biện")]),
    ("Đại biện lâm thời Đại sứ quán Trung Quốc Chu Vỹ phát biểu.", ("TITLE", "PER"),
     [(0, 17, "TITLE", "Đại biện lâm thời"), (41, 47, "PER", "Chu Vỹ")]),
    # an English company word ends any reading as a person's name
    ("Ông tiếp Tổng Giám đốc Sembcorp Development, kiêm Chủ tịch tập đoàn.", ("PER",), []),
])
def test_names_after_bodies_initials_and_company_words(text: str, labels: tuple[str, ...],
                                                       expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, labels) == expected


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # an initial told back later keeps its dot too
    ("Ông T., một chủ hộ ở khu nhà, nói. Hằng tuần, tiệm anh T. lại đóng cửa.", ("PER",),
     [(4, 6, "PER", "T."), (55, 57, "PER", "T.")]),
    # an ampersand written as an HTML entity inside an abbreviated ministry ("GD&amp;ĐT", "LĐ-TB&amp;XH")
    ("Tại VP 2 của Bộ GD&amp;ĐT vẫn hay bị.", ("ORG",), [(13, 25, "ORG", "Bộ GD&amp;ĐT")]),
    ("Bộ Lao động - Thương binh &amp; Xã hội cho biết.", ("ORG",),
     [(0, 38, "ORG", "Bộ Lao động - Thương binh &amp; Xã hội")]),
])
def test_initial_mentions_and_entity_ampersands(text: str, labels: tuple[str, ...],
                                                expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, labels) == expected


@pytest.mark.parametrize("ministry", ["LĐ-TB&XH", "LĐ - TB & XH", "LĐ-TB &XH", "LĐ-TB& XH", "LĐ - TB &amp; XH",
                                      "LĐ-TB&amp;XH", "KH&ĐT", "KH & ĐT", "TT&amp;TT"])
def test_an_ampersand_in_any_spacing_never_breaks_a_name(ministry: str) -> None:
    # a term's "&" keys as written and "&" between spaces keys as "và": a spacing the lexicon lacks once raised KeyError
    text = f"Sở {ministry} tỉnh Bình Dương cho biết."
    got = ents(text, ("ORG",))
    assert got and got[0][0] == 0 and got[0][3].startswith("Sở ")


@pytest.mark.parametrize(("text", "expected"), [
    # lower-case "dân quân" + a country or province is one ORG, as "quân đội Nga"; not before a generic word
    ("Ngày 01.09, dân quân Lugansk kiểm soát hoàn toàn sân bay.", [(12, 28, "ORG", "dân quân Lugansk")]),
    ("Lực lượng dân quân Donetsk bắn hạ máy bay.", [(10, 26, "ORG", "dân quân Donetsk")]),
    ("dân quân thân Nga ở miền đông Ukraine", [(14, 17, "LOC", "Nga"), (30, 37, "LOC", "Ukraine")]),
    ("Lực lượng dân quân tự vệ xã Tân Lập đã bắt giữ.", [(28, 35, "LOC", "Tân Lập")]),
    # a unit number before "tấn công" (attack) stays in the name: "tấn" is no tonne inside a longer word
    ("Ngày 25.2.1991, Sư đoàn Thiết giáp Số 1 tấn công vào cánh phía tây.",
     [(16, 39, "ORG", "Sư đoàn Thiết giáp Số 1")]),
    ("Công ty Than Hà Lầm 5 tấn than.", [(0, 19, "ORG", "Công ty Than Hà Lầm")]),
    # lower-case "phòng không" + a country after a cue word is the air defence force
    ("Ngoài ra, lực lượng phòng không Syria đã đánh chặn.", [(20, 37, "ORG", "phòng không Syria")]),
    ("hệ thống phòng không Nga rất mạnh.", [(21, 24, "LOC", "Nga")]),
])
def test_militia_air_defence_and_unit_numbers_before_attack(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("ORG", "LOC")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalized unit word + arm or description words + its number is one ORG, as in lower case
    ("Binh sĩ Sư đoàn Dù 82 được điều tới.", [(8, 21, "ORG", "Sư đoàn Dù 82")]),
    ("Lữ đoàn thiết giáp hạng nặng số 7 đã tới.", [(0, 33, "ORG", "Lữ đoàn thiết giáp hạng nặng số 7")]),
    ("Máy bay thuộc Không đoàn Viễn chinh 379 đã tới.", [(14, 39, "ORG", "Không đoàn Viễn chinh 379")]),
    ("Các máy bay của Phi đội số 1 đã cất cánh.", [(16, 28, "ORG", "Phi đội số 1")]),
    ("Thượng sĩ An (Trung đội 4, Đại đội 2) nói.", [(14, 25, "ORG", "Trung đội 4"), (27, 36, "ORG", "Đại đội 2")]),
    ("biên đội tàu khu trục số 7 đã tới.", [(0, 26, "ORG", "biên đội tàu khu trục số 7")]),
    # a title after the unit word is no unit
    ("Đại đội trưởng 3 người đã tới.", []),
])
def test_military_unit_words_with_arms_and_numbers(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("ORG",)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # outlets, think tanks and armed groups cited by bare name
    ("Theo Forbes, chi tiêu tăng.", [(5, 11, "ORG", "Forbes")]),
    ("Geopolitical Monitor nhận định.", [(0, 20, "ORG", "Geopolitical Monitor")]),
    ("Theo SIPRI, chi tiêu tăng.", [(5, 10, "ORG", "SIPRI")]),
    ("Tổ chức khủng bố al-Nusra đã rút.", [(17, 25, "ORG", "al-Nusra")]),
    ("Tờ The Straits Times đưa tin.", [(3, 20, "ORG", "The Straits Times")]),
    # a family name shared with a group stays a person
    ("Richard Wagner đã chết.", [(0, 14, "PER", "Richard Wagner")]),
])
def test_outlets_think_tanks_and_armed_groups_by_bare_name(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("ORG", "PER")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Cảnh sát trưởng Ian Hopkins cho biết.", [(0, 15, "TITLE", "Cảnh sát trưởng"), (16, 27, "PER", "Ian Hopkins")]),
    ("Trưởng ban kiểm phiếu Nguyễn Văn An công bố.",
     [(0, 21, "TITLE", "Trưởng ban kiểm phiếu"), (22, 35, "PER", "Nguyễn Văn An")]),
    ("Ông Bùi Ngọc Thanh, Trưởng đoàn thư ký Quốc hội đọc.",
     [(4, 18, "PER", "Bùi Ngọc Thanh"), (20, 38, "TITLE", "Trưởng đoàn thư ký")]),
    ("Ông Triệu làm trưởng tàu khi đó.", [(4, 9, "PER", "Triệu"), (14, 24, "TITLE", "trưởng tàu")]),
    ("Chuyên gia Murray Hiebert, cố vấn cấp cao của CSIS, nói.",
     [(11, 25, "PER", "Murray Hiebert"), (27, 41, "TITLE", "cố vấn cấp cao")]),
])
def test_police_chief_train_chief_advisers_and_tally_heads(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("TITLE", "PER")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Vietnamese transliterations of Gulf countries and cities, hyphenated or spaced, any case of the later syllables
    ("Cô-oét và A-rập Xê-út mua tên lửa.", [(0, 6, "LOC", "Cô-oét"), (10, 21, "LOC", "A-rập Xê-út")]),
    ("Các Tiểu vương quốc A-rập thống nhất (UAE) mua.",
     [(0, 36, "LOC", "Các Tiểu vương quốc A-rập thống nhất"), (38, 41, "LOC", "UAE")]),
    ("Khi Arab Saudi cắt quan hệ.", [(4, 14, "LOC", "Arab Saudi")]),
    ("Triển lãm tổ chức ở Đô-ha tháng 3.", [(20, 25, "LOC", "Đô-ha")]),
    ("Các quốc gia A-rập cắt quan hệ.", [(13, 18, "LOC", "A-rập")]),
    ("Các nước Ả rập họp.", [(9, 14, "LOC", "Ả rập")]),
    # the Gulf: "Vịnh" alone is just "gulf", the region keeps its unit word
    ("Các quốc gia vùng Vịnh họp.", [(13, 22, "LOC", "vùng Vịnh")]),
    ("Chiến tranh Vùng Vịnh nổ ra.", [(12, 21, "LOC", "Vùng Vịnh")]),
    ("Diễn đàn châu Á-TBD họp.", [(9, 19, "LOC", "châu Á-TBD")]),
    ("Cộng hòa Nhân dân Lugansk tuyên bố.", [(0, 25, "LOC", "Cộng hòa Nhân dân Lugansk")]),
])
def test_gulf_transliterations_regions_and_self_proclaimed_republics(text: str,
                                                                     expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("LOC",)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a railway station named by two Vietnamese syllables after lower-case "ga"
    ("Tàu nằm chờ ở ga Kim Liên.", [(17, 25, "LOC", "Kim Liên")]),
    ("Tàu dừng ở ga Mương Mán và ga Thừa Lưu.", [(14, 23, "LOC", "Mương Mán"), (30, 38, "LOC", "Thừa Lưu")]),
])
def test_station_names_after_ga(text: str, expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("LOC",)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a militia named after a region is one ORG, as after a province or a country
    ("Lực lượng dân quân Donbass bắn hạ máy bay.", [(10, 26, "ORG", "dân quân Donbass")]),
    # a country in parentheses after a place or a company
    ("Ông sống ở London (Anh) và Berlin (Đức).",
     [(11, 17, "LOC", "London"), (19, 22, "LOC", "Anh"), (27, 33, "LOC", "Berlin"), (35, 38, "LOC", "Đức")]),
    ("Chảo lửa Donesk đã nóng.", [(9, 15, "LOC", "Donesk")]),
])
def test_region_militias_parenthesized_countries_and_donetsk_spelling(text: str,
                                                                      expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, ("ORG", "LOC")) == expected


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # the outlet of a photo credit ("Ảnh: Name/TTXVN") does not run into the next sentence's first word
    ("Ảnh: Doãn Tấn/TTXVN Buổi chiều cùng ngày, hai bên hội đàm.", ("ORG",), [(14, 19, "ORG", "TTXVN")]),
    # French connectors inside a foreign organization name
    ("Tổ chức phi chính phủ Enfants du Monde sẽ nhận khoản tài trợ.", ("ORG",),
     [(0, 38, "ORG", "Tổ chức phi chính phủ Enfants du Monde")]),
    # a foreign name in apposition with a kinship word ("X, cha của ...") is a person
    ("Quân đội đã bắt giữ Cayamora Maute, cha của anh em Maute.", ("PER",),
     [(20, 34, "PER", "Cayamora Maute"), (51, 56, "PER", "Maute")]),
    ("Ông nói với em trai Fred rằng sẽ về.", ("PER",), [(20, 24, "PER", "Fred")]),
    # "Tổ công tác" heads a named working group
    ("Ông dẫn đầu Tổ công tác số 3 của Chính phủ.", ("ORG",), [(12, 28, "ORG", "Tổ công tác số 3"), (33, 42, "ORG", "Chính phủ")]),
])
def test_credit_outlets_french_connectors_kin_appositions_and_working_groups(
        text: str, labels: tuple[str, ...], expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, labels) == expected


@pytest.mark.parametrize(("text", "labels", "expected"), [
    # a site head's name runs on past a known place over one compass word or one foreign word that is no place
    ("Tàu nằm chờ trên ga Hải Vân Nam hơn ba giờ.", ("LOC",), [(20, 31, "LOC", "Hải Vân Nam")]),
    ("Vụ nổ tại sân vận động Manchester Arena làm 22 người chết.", ("LOC",),
     [(23, 39, "LOC", "Manchester Arena")]),
    ("Ông đến sân vận động Mỹ Đình Hà Nội.", ("LOC",), [(21, 28, "LOC", "Mỹ Đình"), (29, 35, "LOC", "Hà Nội")]),
    # "CHLB" is a state form before a country; "Á-Phi" joins two continents
    ("Tổng thống CHLB Đức Frank-Walter Steinmeier đến Hà Nội.", ("LOC", "PER"),
     [(11, 19, "LOC", "CHLB Đức"), (20, 43, "PER", "Frank-Walter Steinmeier"), (48, 54, "LOC", "Hà Nội")]),
    ("Các nhà lãnh đạo Á-Phi tuyên bố thành lập quan hệ đối tác.", ("LOC", "PER"), [(17, 22, "LOC", "Á-Phi")]),
    ("Hội nghị cấp cao Á- Phi 2005 tổ chức tại Jakarta.", ("LOC", "PER"),
     [(17, 23, "LOC", "Á- Phi"), (41, 48, "LOC", "Jakarta")]),
    # a foreign name after an office, its country and a body's abbreviation is a person, not the body's
    ("Người phát ngôn cảnh sát Indonesia Awi Setyono khẳng định.", ("ORG", "PER"),
     [(35, 46, "PER", "Awi Setyono")]),
    ("Đại sứ Mỹ tại LHQ Nicki Haley phát biểu.", ("ORG", "PER"),
     [(14, 17, "ORG", "LHQ"), (18, 29, "PER", "Nicki Haley")]),
    ("Đại sứ Nga tại LHQ Vassily Nebenzia cho biết.", ("ORG", "PER"),
     [(15, 18, "ORG", "LHQ"), (19, 35, "PER", "Vassily Nebenzia")]),
    # lower-case "đảng" + a party's name; a count of boats after a body is an amount, no unit number
    ("Trong đại hội toàn thể đảng Lao động Triều Tiên, ông nói.", ("ORG",),
     [(23, 47, "ORG", "đảng Lao động Triều Tiên")]),
    ("Ông là thành viên đảng Cộng sản Trung Quốc.", ("ORG",), [(18, 42, "ORG", "đảng Cộng sản Trung Quốc")]),
    ("Mỹ cung cấp cho lực lượng Cảnh sát Biển 6 xuồng tuần tra.", ("ORG",), [(26, 39, "ORG", "Cảnh sát Biển")]),
])
def test_site_compass_tails_state_forms_persons_after_abbreviations_and_lower_case_parties(
        text: str, labels: tuple[str, ...], expected: list[tuple[int, int, str, str]]) -> None:
    assert ents(text, labels) == expected


def _pipeline_spans(text: str) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label, e.text) for e in vnextract.extract(text).entities]


@pytest.mark.parametrize(
    "text, span, label",
    [
        # a force abbreviation by itself is an ORG; after a head it stays a part of the body's name
        ("Về lâu dài, CSGT sẽ dùng các đầu thổi.", "CSGT", "ORG"),
        ("Phòng CSGT Công an Hà Nội cho biết.", "Phòng CSGT Công an Hà Nội", "ORG"),
        # a channel takes nothing after it
        ("Phim phát trên VTV1 tối qua.", "VTV1", "ORG"),
        # a publisher by its abbreviation or its head
        ("Sách do NXB Kim Đồng phát hành.", "NXB Kim Đồng", "ORG"),
        ("Sách do Nhà xuất bản Văn học phát hành.", "Nhà xuất bản Văn học", "ORG"),
        # a provincial police department by its code
        ("Bạn cần liên hệ với PC13 để trình bày.", "PC13", "ORG"),
        # a local body named by its level
        ("UBND cấp xã phải báo cáo.", "UBND cấp xã", "ORG"),
        ("Hồ sơ gửi HĐND cấp tỉnh xem xét.", "HĐND cấp tỉnh", "ORG"),
        # the old state name, country first
        ("Chính phủ Việt Nam Dân chủ Cộng hòa ra sắc lệnh.", "Chính phủ Việt Nam Dân chủ Cộng hòa", "ORG"),
        # English names that start with their kind and "of", or join words with "&"
        ("Anh học tại University of North London năm 2000.", "University of North London", "ORG"),
        ("Ông từng làm cho McKinsey & Company nhiều năm.", "McKinsey & Company", "ORG"),
        ("Theo Ministry of Defence Anh, vụ việc đã xảy ra.", "Ministry of Defence", "ORG"),
        # a Chinese surname read in Sino-Vietnamese after a body ends the body
        ("Người phát ngôn Hải quân Trung Quốc Thẩm Kim Long cho biết.", "Hải quân Trung Quốc", "ORG"),
    ],
)
def test_org_abbreviations_levels_and_foreign_forms(text: str, span: str, label: str) -> None:
    start = text.index(span)
    assert (start, start + len(span), label, span) in _pipeline_spans(text)


@pytest.mark.parametrize(
    "text, absent",
    [
        ("UBND tỉnh Lào Cai cấp giấy phép cho công ty.", "UBND tỉnh Lào Cai cấp"),
        ("HĐND các cấp nhiệm kỳ mới.", "HĐND các cấp"),
        ("Phim phát trên VTV1 Đài truyền hình Việt Nam.", "VTV1 Đài"),
    ],
)
def test_org_level_and_channel_do_not_run_on(text: str, absent: str) -> None:
    assert absent not in [s[3] for s in _pipeline_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a title, two or three romanized words without diacritics after a country are the officer,
        # even when each syllable looks Vietnamese
        ("Ông gặp Chủ tịch Quốc hội Singapore Seah Kian Peng.",
         [(17, 35, "ORG", "Quốc hội Singapore"), (36, 50, "PER", "Seah Kian Peng")]),
        ("Chủ tịch Quốc hội Singapore Tan Chuan Jin, Chủ tịch Thượng viện Malaysia Wan Junaidi.",
         [(9, 27, "ORG", "Quốc hội Singapore"), (28, 41, "PER", "Tan Chuan Jin"),
          (52, 72, "ORG", "Thượng viện Malaysia"), (73, 84, "PER", "Wan Junaidi")]),
        ("Đoàn gặp Chủ tịch Thượng viện Campuchia Hun Sen.",
         [(18, 39, "ORG", "Thượng viện Campuchia"), (40, 47, "PER", "Hun Sen")]),
        # a continent after a body's capitalized name is its place qualifier
        ("Hội Folklore châu Á tổ chức hội thảo.", [(0, 19, "ORG", "Hội Folklore châu Á")]),
        # a capitalized common word closing surname + middle before punctuation is the given name
        ("Theo lời Phó chủ tịch Quốc hội Trương Quang Được, đây là lần đầu.",
         [(22, 30, "ORG", "Quốc hội"), (31, 48, "PER", "Trương Quang Được")]),
    ],
)
def test_officer_after_country_continent_qualifier_and_common_word_given_name(text: str, expected) -> None:
    assert ents(text) == expected
