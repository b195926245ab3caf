"""ORG/PER spans on unseen news, second batch (vnextract.ner.orgs, people): whole-pipeline entities with offsets."""

from __future__ import annotations

import pytest

import vnextract


def ents(text: str, labels: tuple[str, ...] = ("ORG", "PER")) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label, e.text) for e in vnextract.extract(text).entities if e.label in labels]


def spans(text: str, subs: list[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    out, pos = [], 0
    for sub, label in subs:
        s = text.index(sub, pos)
        out.append((s, s + len(sub), label, sub))
        pos = s + len(sub)
    return out


CASES = [
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


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_org_person_spans_unseen2(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text) == spans(text, expected)


# names cut or run on where an event argument hangs
CASES_ROUND2 = [
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


@pytest.mark.parametrize(("text", "expected"), CASES_ROUND2)
def test_org_person_spans_unseen_round2(text: str, expected: list[tuple[str, str]]) -> None:
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
