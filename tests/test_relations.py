"""vnextract.relations: relations between neighbouring entities, person linking."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dataclasses import replace

from vnextract.errors import RulesError
from vnextract.records import RELATION_LABELS, Entity
from vnextract.relations import find_relations, link_persons

from .conftest import ents

ALLOWED = {  # label: (head labels, tail labels)
    "HAS_RANK": ({"PER"}, {"RANK"}), "HAS_TITLE": ({"PER"}, {"TITLE"}), "TITLE_AT": ({"TITLE"}, {"ORG"}),
    "MEMBER_OF": ({"PER"}, {"ORG"}), "LOCATED_IN": ({"ORG", "LOC"}, {"LOC"}),
}


def rels(text: str, spec: list[tuple[str, str]]) -> set[tuple[str, str, str]]:
    es = ents(text, spec)
    by_id = {e.id: e.text for e in es}
    return {(r.label, by_id[r.head], by_id[r.tail]) for r in find_relations(text, es, [])}


CASES = [
    ("Tham dự có Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy Bộ đội Biên phòng; đồng chí Hà Văn Thắng",
     [("RANK", "Đại tá"), ("PER", "Lương Văn Sơn"), ("TITLE", "Chính uỷ"), ("ORG", "Bộ chỉ huy Bộ đội Biên phòng"),
      ("PER", "Hà Văn Thắng")],
     {("HAS_RANK", "Lương Văn Sơn", "Đại tá"), ("HAS_TITLE", "Lương Văn Sơn", "Chính uỷ"),
      ("TITLE_AT", "Chính uỷ", "Bộ chỉ huy Bộ đội Biên phòng"),
      ("MEMBER_OF", "Lương Văn Sơn", "Bộ chỉ huy Bộ đội Biên phòng")}),
    ("Đại tướng Phạm Văn Trà, Phó Bí thư Đảng ủy Quân sự Trung ương - Bộ trưởng Bộ Quốc phòng, đã dự",
     [("RANK", "Đại tướng"), ("PER", "Phạm Văn Trà"), ("TITLE", "Phó Bí thư"), ("ORG", "Đảng ủy Quân sự Trung ương"),
      ("TITLE", "Bộ trưởng"), ("ORG", "Bộ Quốc phòng")],
     {("HAS_RANK", "Phạm Văn Trà", "Đại tướng"), ("HAS_TITLE", "Phạm Văn Trà", "Phó Bí thư"),
      ("HAS_TITLE", "Phạm Văn Trà", "Bộ trưởng"), ("TITLE_AT", "Phó Bí thư", "Đảng ủy Quân sự Trung ương"),
      ("TITLE_AT", "Bộ trưởng", "Bộ Quốc phòng"), ("MEMBER_OF", "Phạm Văn Trà", "Đảng ủy Quân sự Trung ương"),
      ("MEMBER_OF", "Phạm Văn Trà", "Bộ Quốc phòng")}),
    ("Các đồng chí: Đỗ Mười, Lê Khả Phiêu, nguyên Tổng Bí thư; Trần Đức Lương",
     [("PER", "Đỗ Mười"), ("PER", "Lê Khả Phiêu"), ("TITLE", "Tổng Bí thư"), ("PER", "Trần Đức Lương")],
     {("HAS_TITLE", "Đỗ Mười", "Tổng Bí thư"), ("HAS_TITLE", "Lê Khả Phiêu", "Tổng Bí thư")}),
    ("tuyên truyền của tỉnh Lào Cai (Việt Nam) với tỉnh Vân Nam (Trung Quốc)",
     [("LOC", "Lào Cai"), ("LOC", "Việt Nam"), ("LOC", "Vân Nam"), ("LOC", "Trung Quốc")],
     {("LOCATED_IN", "Lào Cai", "Việt Nam"), ("LOCATED_IN", "Vân Nam", "Trung Quốc")}),
    ("Ban chỉ huy quân sự P.7, Q.Bình Thạnh (TP.HCM) xin lỗi",
     [("ORG", "Ban chỉ huy quân sự P.7"), ("LOC", "Bình Thạnh"), ("LOC", "TP.HCM")],
     {("LOCATED_IN", "Ban chỉ huy quân sự P.7", "Bình Thạnh"), ("LOCATED_IN", "Bình Thạnh", "TP.HCM")}),
    ("Tại hội nghị tiếp xúc cử tri P.5, P7 (Q.Bình Thạnh)",
     [("LOC", "P.5"), ("LOC", "P7"), ("LOC", "Bình Thạnh")],
     {("LOCATED_IN", "P.5", "Bình Thạnh"), ("LOCATED_IN", "P7", "Bình Thạnh")}),
    ("Tại địa bàn các huyện Tân Biên, Tân Châu, Châu Thành",
     [("LOC", "Tân Biên"), ("LOC", "Tân Châu"), ("LOC", "Châu Thành")], set()),
    ("tại Điện Kremlin, thủ đô Moskva, Tổng Bí thư Tô Lâm",
     [("LOC", "Điện Kremlin"), ("LOC", "Moskva"), ("TITLE", "Tổng Bí thư"), ("PER", "Tô Lâm")],
     {("LOCATED_IN", "Điện Kremlin", "Moskva"), ("HAS_TITLE", "Tô Lâm", "Tổng Bí thư")}),
    ("từ làng Qanayman thuộc Jubb al-Jarrah đến", [("LOC", "Qanayman"), ("LOC", "Jubb al-Jarrah")],
     {("LOCATED_IN", "Qanayman", "Jubb al-Jarrah")}),
    ("Hồi tháng 4, Tổng thống Mỹ Donald Trump ra lệnh",
     [("TITLE", "Tổng thống"), ("LOC", "Mỹ"), ("PER", "Donald Trump")], {("HAS_TITLE", "Donald Trump", "Tổng thống")}),
    ("Phó Thủ tướng, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm",
     [("TITLE", "Phó Thủ tướng"), ("TITLE", "Bộ trưởng Ngoại giao"), ("PER", "Bùi Thanh Sơn")],
     {("HAS_TITLE", "Bùi Thanh Sơn", "Phó Thủ tướng"), ("HAS_TITLE", "Bùi Thanh Sơn", "Bộ trưởng Ngoại giao")}),
    ("nơi làm việc của các thế hệ bộ trưởng, thứ trưởng Bộ Quốc phòng; nhà T78A",
     [("TITLE", "bộ trưởng"), ("TITLE", "thứ trưởng"), ("ORG", "Bộ Quốc phòng")],
     {("TITLE_AT", "bộ trưởng", "Bộ Quốc phòng"), ("TITLE_AT", "thứ trưởng", "Bộ Quốc phòng")}),
    ("do Thiếu tướng Thaw Lwin, Cục trưởng Cục Thông tin, Quân đội Myanmar làm Trưởng đoàn",
     [("RANK", "Thiếu tướng"), ("PER", "Thaw Lwin"), ("TITLE", "Cục trưởng"), ("ORG", "Cục Thông tin"),
      ("ORG", "Quân đội Myanmar"), ("TITLE", "Trưởng đoàn")],
     {("HAS_RANK", "Thaw Lwin", "Thiếu tướng"), ("HAS_TITLE", "Thaw Lwin", "Cục trưởng"),
      ("TITLE_AT", "Cục trưởng", "Cục Thông tin"), ("MEMBER_OF", "Thaw Lwin", "Cục Thông tin"),
      ("HAS_TITLE", "Thaw Lwin", "Trưởng đoàn")}),
    ("Phát biểu tại buổi họp báo, Phó đô đốc Hải quân Nga Avramenko Sergey Victorovich đã dẫn",
     [("RANK", "Phó đô đốc"), ("ORG", "Hải quân Nga"), ("PER", "Avramenko Sergey Victorovich")],
     {("HAS_RANK", "Avramenko Sergey Victorovich", "Phó đô đốc"),
      ("MEMBER_OF", "Avramenko Sergey Victorovich", "Hải quân Nga")}),
    ("Trung tướng Phan Văn Giang và Đại tướng Phuông Si-phan chụp ảnh",
     [("RANK", "Trung tướng"), ("PER", "Phan Văn Giang"), ("RANK", "Đại tướng"), ("PER", "Phuông Si-phan")],
     {("HAS_RANK", "Phan Văn Giang", "Trung tướng"), ("HAS_RANK", "Phuông Si-phan", "Đại tướng")}),
    ("Võ Nguyên Giáp, đại tướng Văn Tiến Dũng trong nhiều năm",
     [("PER", "Võ Nguyên Giáp"), ("RANK", "đại tướng"), ("PER", "Văn Tiến Dũng")],
     {("HAS_RANK", "Văn Tiến Dũng", "đại tướng")}),
    ("ông Lê Xuân Chính (Đồn phó kiêm Trạm trưởng Trạm Kiểm soát biên phòng cửa khẩu Đắc Ốc)",
     [("PER", "Lê Xuân Chính"), ("TITLE", "Đồn phó"), ("TITLE", "Trạm trưởng"),
      ("ORG", "Trạm Kiểm soát biên phòng cửa khẩu Đắc Ốc")],
     {("HAS_TITLE", "Lê Xuân Chính", "Đồn phó"), ("HAS_TITLE", "Lê Xuân Chính", "Trạm trưởng"),
      ("TITLE_AT", "Trạm trưởng", "Trạm Kiểm soát biên phòng cửa khẩu Đắc Ốc"),
      ("MEMBER_OF", "Lê Xuân Chính", "Trạm Kiểm soát biên phòng cửa khẩu Đắc Ốc")}),
    ("Thiếu tướng Nguyễn Quốc Toản, Chánh văn phòng Bộ Công an, sẽ là người phát ngôn của Bộ này",
     [("RANK", "Thiếu tướng"), ("PER", "Nguyễn Quốc Toản"), ("TITLE", "Chánh văn phòng"), ("ORG", "Bộ Công an"),
      ("TITLE", "người phát ngôn"), ("ORG", "Bộ")],
     {("HAS_RANK", "Nguyễn Quốc Toản", "Thiếu tướng"), ("HAS_TITLE", "Nguyễn Quốc Toản", "Chánh văn phòng"),
      ("TITLE_AT", "Chánh văn phòng", "Bộ Công an"), ("MEMBER_OF", "Nguyễn Quốc Toản", "Bộ Công an"),
      ("HAS_TITLE", "Nguyễn Quốc Toản", "người phát ngôn"), ("TITLE_AT", "người phát ngôn", "Bộ"),
      ("MEMBER_OF", "Nguyễn Quốc Toản", "Bộ")}),
    ("Với kinh nghiệm của Bộ trưởng Y tế, bà Chiến lấy thí dụ",
     [("TITLE", "Bộ trưởng Y tế"), ("PER", "Chiến")], {("HAS_TITLE", "Chiến", "Bộ trưởng Y tế")}),
]


# classes found on unseen articles: occupations at an organization with no TITLE, a title heading a unit of an
# organization, an institution and its seat, "X nằm ở ... của Y", lists of features
CASES += [
    ("Ông John Smith, một chuyên gia về quân đội Nga tại Trung tâm Nghiên cứu Hải quân, nhận định",
     [("PER", "John Smith"), ("ORG", "quân đội Nga"), ("ORG", "Trung tâm Nghiên cứu Hải quân")],
     {("MEMBER_OF", "John Smith", "Trung tâm Nghiên cứu Hải quân")}),
    ("Anna Berg, một nhà khoa học chính trị thuộc Viện Nghiên cứu Quốc phòng Na Uy, nói",
     [("PER", "Anna Berg"), ("ORG", "Viện Nghiên cứu Quốc phòng Na Uy")],
     {("MEMBER_OF", "Anna Berg", "Viện Nghiên cứu Quốc phòng Na Uy")}),
    ("Mary Lee, giám đốc chương trình châu Á của Viện Chính sách Quốc tế cho biết",
     [("PER", "Mary Lee"), ("TITLE", "giám đốc"), ("LOC", "châu Á"), ("ORG", "Viện Chính sách Quốc tế")],
     {("HAS_TITLE", "Mary Lee", "giám đốc"), ("TITLE_AT", "giám đốc", "Viện Chính sách Quốc tế"),
      ("MEMBER_OF", "Mary Lee", "Viện Chính sách Quốc tế")}),
    ("một hội thảo ở Viện Nghiên cứu Chiến lược tại Washington",
     [("ORG", "Viện Nghiên cứu Chiến lược"), ("LOC", "Washington")],
     {("LOCATED_IN", "Viện Nghiên cứu Chiến lược", "Washington")}),
    ("chiến binh IS ở Mosul và các phòng tuyến của Trung tâm Chỉ huy tại Raqqa",
     [("ORG", "IS"), ("LOC", "Mosul"), ("ORG", "Trung tâm Chỉ huy"), ("LOC", "Raqqa")], set()),
    ("Đảo chìm Đá Lớn nằm ở phía tây nam của quần đảo Trường Sa",
     [("LOC", "Đá Lớn"), ("LOC", "Trường Sa")], {("LOCATED_IN", "Đá Lớn", "Trường Sa")}),
    ("Các đảo Sinh Tồn, Nam Yết, Sơn Ca hiện ra",
     [("LOC", "Sinh Tồn"), ("LOC", "Nam Yết"), ("LOC", "Sơn Ca")], set()),
    # a place, a comma, a larger place the gazetteers rank above it
    ("trú tại quận Ba Đình, Hà Nội và ở Paris, Pháp, rồi ở Mikyciai, Lithuania",
     [("LOC", "Ba Đình"), ("LOC", "Hà Nội"), ("LOC", "Paris"), ("LOC", "Pháp"), ("LOC", "Mikyciai"), ("LOC", "Lithuania")],
     {("LOCATED_IN", "Ba Đình", "Hà Nội"), ("LOCATED_IN", "Paris", "Pháp"), ("LOCATED_IN", "Mikyciai", "Lithuania")}),
    # a place in parentheses with "thuộc" or "đóng trên địa bàn"; a street before a numbered ward
    ("đảo Lại Sơn (thuộc quần đảo Nam Du) và Đồn Biên phòng Nam Du (đóng trên địa bàn xã An Sơn), 115 Tôn Đản, phường 14",
     [("LOC", "Lại Sơn"), ("LOC", "Nam Du"), ("ORG", "Đồn Biên phòng Nam Du"), ("LOC", "An Sơn"), ("LOC", "Tôn Đản"),
      ("LOC", "phường 14")],
     {("LOCATED_IN", "Lại Sơn", "Nam Du"), ("LOCATED_IN", "Đồn Biên phòng Nam Du", "An Sơn"),
      ("LOCATED_IN", "Tôn Đản", "phường 14")}),
    # a title, its organization, a comma, then the person
    ("Giám đốc Sở Y tế Hưng Yên, ông Nguyễn Minh Hiển, khẳng định",
     [("TITLE", "Giám đốc"), ("ORG", "Sở Y tế Hưng Yên"), ("PER", "Nguyễn Minh Hiển")],
     {("TITLE_AT", "Giám đốc", "Sở Y tế Hưng Yên"), ("HAS_TITLE", "Nguyễn Minh Hiển", "Giám đốc"),
      ("MEMBER_OF", "Nguyễn Minh Hiển", "Sở Y tế Hưng Yên")}),
    # a chain of offices before the name; a person who works at an organization
    ("hội kiến Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Quảng Đông Hoàng Khôn Minh; gặp gỡ",
     [("TITLE", "Ủy viên"), ("ORG", "Bộ Chính trị"), ("TITLE", "Bí thư"), ("ORG", "Tỉnh ủy Quảng Đông"),
      ("PER", "Hoàng Khôn Minh")],
     {("TITLE_AT", "Ủy viên", "Bộ Chính trị"), ("TITLE_AT", "Bí thư", "Tỉnh ủy Quảng Đông"),
      ("HAS_TITLE", "Hoàng Khôn Minh", "Ủy viên"), ("MEMBER_OF", "Hoàng Khôn Minh", "Bộ Chính trị"),
      ("HAS_TITLE", "Hoàng Khôn Minh", "Bí thư"), ("MEMBER_OF", "Hoàng Khôn Minh", "Tỉnh ủy Quảng Đông")}),
    ("Con trai ông, Lưu Mạnh Hà, đang công tác tại Bảo hiểm xã hội tỉnh, cũng dùng bằng giả.",
     [("PER", "Lưu Mạnh Hà"), ("ORG", "Bảo hiểm xã hội tỉnh")], {("MEMBER_OF", "Lưu Mạnh Hà", "Bảo hiểm xã hội tỉnh")}),
    # peers of a list, a region before a new clause, a name the gazetteers do not rank above a province
    ("các thành phố Hà Nội, Đà Nẵng. Không chỉ ở châu Phi, Trung Quốc còn. Ở Kobe, Osaka",
     [("LOC", "Hà Nội"), ("LOC", "Đà Nẵng"), ("LOC", "châu Phi"), ("LOC", "Trung Quốc"), ("LOC", "Kobe"), ("LOC", "Osaka")],
     set()),
]


@pytest.mark.parametrize("text,spec,expected", CASES, ids=[c[0][:30] for c in CASES])
def test_relations(text, spec, expected):
    assert rels(text, spec) == expected


def test_rule_ids_and_nfd_input():
    text = "Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy"
    spec = [("RANK", "Đại tá"), ("PER", "Lương Văn Sơn"), ("TITLE", "Chính uỷ"), ("ORG", "Bộ chỉ huy")]
    found = find_relations(text, ents(text, spec), [])
    assert all(r.rule and r.rule.startswith("rel.") for r in found)
    nfd = unicodedata.normalize("NFD", text)
    nfd_spec = [(label, unicodedata.normalize("NFD", s)) for label, s in spec]
    assert {(r.label, r.head, r.tail) for r in find_relations(nfd, ents(nfd, nfd_spec), [])} == \
        {(r.label, r.head, r.tail) for r in found}


def test_user_rules_dir(tmp_path):
    (tmp_path / "relations.toml").write_text(
        '[[rule]]\nid = "user.loc_o"\nkind = "located_thuoc"\ngap = \'\\s*ở\\s+\'\n', encoding="utf-8")
    text = "lực lượng PMU ở Iraq."
    es = ents(text, [("ORG", "PMU"), ("LOC", "Iraq")])
    assert find_relations(text, es, []) == []
    got = find_relations(text, es, [], rules_dirs=[str(tmp_path)])
    assert [(r.label, r.rule) for r in got] == [("LOCATED_IN", "user.loc_o")]


def test_unknown_rule_kind_raises(tmp_path):
    (tmp_path / "relations.toml").write_text(
        '[[rule]]\nid = "user.typo"\nkind = "located_thouc"\ngap = \'\\s*ở\\s+\'\n', encoding="utf-8")
    es = ents("PMU ở Iraq", [("ORG", "PMU"), ("LOC", "Iraq")])
    with pytest.raises(RulesError, match="unknown kind 'located_thouc'"):
        find_relations("PMU ở Iraq", es, [], rules_dirs=[str(tmp_path)])


@pytest.mark.parametrize("text,spec,expected", [
    ("Lương Văn Sơn phát biểu. Ông Sơn nhấn mạnh.", [("PER", "Lương Văn Sơn"), ("PER", "Sơn")],
     [None, "Lương Văn Sơn"]),
    ("Hà Văn Thắng và Võ Hồng Thắng; ông Thắng nói", [("PER", "Hà Văn Thắng"), ("PER", "Võ Hồng Thắng"), ("PER", "Thắng")],
     [None, None, "Võ Hồng Thắng"]),
    ("ông Ebrahim nói, chuyên gia Alaa Ebrahim", [("PER", "Ebrahim"), ("PER", "Alaa Ebrahim")], ["Alaa Ebrahim", None]),
    ("Ảnh: N.C.Thắng. Nguyễn Công Thắng", [("PER", "N.C.Thắng"), ("PER", "Nguyễn Công Thắng")], [None, None]),
    ("Lương Văn Sơn và Hoàng Sơn Lâm", [("PER", "Lương Văn Sơn"), ("PER", "Hoàng Sơn Lâm")], [None, None]),
])
def test_link_persons(text, spec, expected):
    es = ents(text, spec)
    out = link_persons(text, es)
    assert [e.canonical for e in out] == expected
    assert [(e.id, e.start, e.end) for e in out] == [(e.id, e.start, e.end) for e in es]


_LABELS = ("PER", "RANK", "TITLE", "ORG", "LOC", "DATE")
_GAPS = (" ", ", ", " – ", " (", ") ", " và ", " của ", "; ", " thuộc ", ", tỉnh ", " kiêm ", " ông ")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LABELS), st.sampled_from(["Lào Cai", "Sơn", "Bộ Quốc phòng", "Đại tá", "X"]),
                          st.sampled_from(_GAPS)), max_size=12))
def test_fuzz_relations_are_well_formed(parts):
    text, es = "", []
    for k, (label, word, gap) in enumerate(parts, 1):
        es.append(Entity(f"T{k}", label, len(text), len(text) + len(word), word))
        text += word + gap
    by_id = {e.id: e for e in es}
    out = find_relations(text, es, [])
    assert len({(r.label, r.head, r.tail) for r in out}) == len(out)
    for r in out:
        assert r.label in RELATION_LABELS and r.rule
        heads, tails = ALLOWED[r.label]
        assert by_id[r.head].label in heads and by_id[r.tail].label in tails and r.head != r.tail
    linked = link_persons(text, es)
    assert [e.id for e in linked] == [e.id for e in es]


# classes seen in unseen articles: each case a pattern of Vietnamese news, with its rule id
NEW_CASES = [
    # a title that names the next person is not the apposition of the person before
    ("Bộ trưởng Quốc phòng Việt Nam Phan Văn Giang, Bộ trưởng Quốc phòng Lào Chansamone Chanyalath",
     [("TITLE", "Bộ trưởng Quốc phòng"), ("LOC", "Việt Nam"), ("PER", "Phan Văn Giang"),
      ("TITLE", "Bộ trưởng Quốc phòng"), ("LOC", "Lào"), ("PER", "Chansamone Chanyalath")],
     {("HAS_TITLE", "Phan Văn Giang", "Bộ trưởng Quốc phòng"),
      ("HAS_TITLE", "Chansamone Chanyalath", "Bộ trưởng Quốc phòng")}, {"rel.title_place"}),
    # a title (and its organization), a comma, the rank and the name
    ("đoàn do Bộ trưởng, Đại tướng Phan Văn Giang dẫn đầu",
     [("TITLE", "Bộ trưởng"), ("RANK", "Đại tướng"), ("PER", "Phan Văn Giang")],
     {("HAS_TITLE", "Phan Văn Giang", "Bộ trưởng"), ("HAS_RANK", "Phan Văn Giang", "Đại tướng")},
     {"rel.title_rank_name", "rel.rank_name"}),
    ("Phát biểu tại đây, đại biểu Quốc hội, Thiếu tướng Nguyễn Văn A cho rằng",
     [("TITLE", "đại biểu"), ("ORG", "Quốc hội"), ("RANK", "Thiếu tướng"), ("PER", "Nguyễn Văn A")],
     {("HAS_TITLE", "Nguyễn Văn A", "đại biểu"), ("TITLE_AT", "đại biểu", "Quốc hội"),
      ("MEMBER_OF", "Nguyễn Văn A", "Quốc hội"), ("HAS_RANK", "Nguyễn Văn A", "Thiếu tướng")},
     {"rel.title_rank_name", "rel.title_org", "rel.rank_name"}),
    # offices joined by a dash or "kiêm", and an earlier office with its organization
    ("Phó Chủ tịch – Tổng Thư ký Nguyễn Văn B phát biểu",
     [("TITLE", "Phó Chủ tịch"), ("TITLE", "Tổng Thư ký"), ("PER", "Nguyễn Văn B")],
     {("HAS_TITLE", "Nguyễn Văn B", "Phó Chủ tịch"), ("HAS_TITLE", "Nguyễn Văn B", "Tổng Thư ký")},
     {"rel.title_joint", "rel.title_name"}),
    ("Nhận lời mời của Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Trần Văn C, đoàn sẽ thăm",
     [("TITLE", "Phó Thủ tướng"), ("ORG", "Chính phủ"), ("TITLE", "Bộ trưởng Ngoại giao"), ("PER", "Trần Văn C")],
     {("HAS_TITLE", "Trần Văn C", "Phó Thủ tướng"), ("MEMBER_OF", "Trần Văn C", "Chính phủ"),
      ("TITLE_AT", "Phó Thủ tướng", "Chính phủ"), ("HAS_TITLE", "Trần Văn C", "Bộ trưởng Ngoại giao")},
     {"rel.title_list", "rel.title_org", "rel.title_name"}),
    # an office of several people, named in a list after a colon
    ("cùng các Phó Chủ tịch UBND tỉnh: Lê Văn D, Phạm Thị E đã dự",
     [("TITLE", "Phó Chủ tịch"), ("ORG", "UBND tỉnh"), ("PER", "Lê Văn D"), ("PER", "Phạm Thị E")],
     {("TITLE_AT", "Phó Chủ tịch", "UBND tỉnh"), ("HAS_TITLE", "Lê Văn D", "Phó Chủ tịch"),
      ("HAS_TITLE", "Phạm Thị E", "Phó Chủ tịch"), ("MEMBER_OF", "Lê Văn D", "UBND tỉnh"),
      ("MEMBER_OF", "Phạm Thị E", "UBND tỉnh")}, {"rel.title_org", "rel.title_name_list"}),
    # a title naming its unit, the unit, then the organization; "lực lượng" outside the ORG
    ("ông Võ Văn F, tổ trưởng tổ kiểm tra của Công ty Cấp nước, cho biết",
     [("PER", "Võ Văn F"), ("TITLE", "tổ trưởng"), ("ORG", "Công ty Cấp nước")],
     {("HAS_TITLE", "Võ Văn F", "tổ trưởng"), ("TITLE_AT", "tổ trưởng", "Công ty Cấp nước"),
      ("MEMBER_OF", "Võ Văn F", "Công ty Cấp nước")}, {"rel.apposition", "rel.title_unit_of", "rel.title_org"}),
    # places: "X ở/trên/của Y" for a place in a larger one, not a country or a region as head
    ("tham quan đền Angkor ở Siem Reap và thành phố Marawi trên đảo Mindanao; binh sĩ Mỹ ở Raqqa",
     [("LOC", "Angkor"), ("LOC", "Siem Reap"), ("LOC", "Marawi"), ("LOC", "Mindanao"), ("LOC", "Mỹ"), ("LOC", "Raqqa")],
     {("LOCATED_IN", "Angkor", "Siem Reap"), ("LOCATED_IN", "Marawi", "Mindanao")}, {"rel.loc_at"}),
    ("hội nghị ở phía Bắc Rasm, tại Đối thoại Shangri La ở Singapore",
     [("LOC", "Rasm"), ("LOC", "Shangri La"), ("LOC", "Singapore")], set(), set()),
    # a part of a larger place: "X, miền nam Y"; "X thuộc vùng biển Y"; a seat stated for any organization
    ("giao tranh tại Raqqa, miền bắc Syria; kênh Nước Mặn thuộc vùng biển Cần Giờ; nhóm Airwars có trụ sở tại London",
     [("LOC", "Raqqa"), ("LOC", "Syria"), ("LOC", "Nước Mặn"), ("LOC", "Cần Giờ"), ("ORG", "Airwars"), ("LOC", "London")],
     {("LOCATED_IN", "Raqqa", "Syria"), ("LOCATED_IN", "Nước Mặn", "Cần Giờ"), ("LOCATED_IN", "Airwars", "London")},
     {"rel.loc_region_of", "rel.loc_thuoc_zone", "rel.org_seat"}),
    # parentheses: a seat "(tại X)"; "thị trấn"; not a second name, not a list that is a chain
    ("Công ty ABC (tại Hà Nội) và làng gốm Bàu Trúc (thuộc thị trấn Phước Dân); sông Yalu (Áp Lục); tại Fort Stewart, Georgia (Mỹ)",
     [("ORG", "Công ty ABC"), ("LOC", "Hà Nội"), ("LOC", "Bàu Trúc"), ("LOC", "Phước Dân"), ("LOC", "Yalu"),
      ("LOC", "Áp Lục"), ("LOC", "Fort Stewart"), ("LOC", "Georgia"), ("LOC", "Mỹ")],
     {("LOCATED_IN", "Công ty ABC", "Hà Nội"), ("LOCATED_IN", "Bàu Trúc", "Phước Dân"), ("LOCATED_IN", "Georgia", "Mỹ"),
      ("LOCATED_IN", "Fort Stewart", "Georgia")}, {"rel.loc_paren", "rel.loc_comma_known"}),
    # comma chains: a named site before its province; a city of a province; a numbered unit and its city with a dash
    ("qua cửa khẩu Mộc Bài, Tây Ninh rồi đến thành phố Quảng Châu, tỉnh Quảng Đông; văn phòng ở quận 3 - TP.HCM",
     [("LOC", "Mộc Bài"), ("LOC", "Tây Ninh"), ("LOC", "Quảng Châu"), ("LOC", "Quảng Đông"), ("LOC", "quận 3"),
      ("LOC", "TP.HCM")],
     {("LOCATED_IN", "Mộc Bài", "Tây Ninh"), ("LOCATED_IN", "Quảng Châu", "Quảng Đông"), ("LOCATED_IN", "quận 3", "TP.HCM")},
     {"rel.loc_comma_site", "rel.loc_comma_unit", "rel.loc_dash_unit"}),
    # peers of a list and routes are not chains
    ("các phòng Văn hóa huyện A Lưới, Nam Đông, Phong Điền; tuyến xe buýt Cái Tắc - Kinh Cùng, Cần Thơ - Ô Môn",
     [("LOC", "A Lưới"), ("LOC", "Nam Đông"), ("LOC", "Phong Điền"), ("LOC", "Cái Tắc"), ("LOC", "Kinh Cùng"),
      ("LOC", "Cần Thơ"), ("LOC", "Ô Môn")], set(), set()),
    # people: "người đứng đầu", "làm Trưởng đoàn", academic titles between rank and name
    ("theo Valdemaras Rupsys, người đứng đầu quân đội Lithuania; đoàn do Lê Văn G làm Trưởng đoàn; Thiếu tướng, PGS.TS Trần H",
     [("PER", "Valdemaras Rupsys"), ("ORG", "quân đội Lithuania"), ("PER", "Lê Văn G"), ("TITLE", "Trưởng đoàn"),
      ("RANK", "Thiếu tướng"), ("PER", "Trần H")],
     {("MEMBER_OF", "Valdemaras Rupsys", "quân đội Lithuania"), ("HAS_TITLE", "Lê Văn G", "Trưởng đoàn"),
      ("HAS_RANK", "Trần H", "Thiếu tướng")}, {"rel.member_head_of", "rel.apposition", "rel.rank_name"}),
    # guards: an office and its deputy are two people; people of a country abroad; a country in no smaller place;
    # an address chain before a dash is not a route
    ("Thủ tướng Chính phủ, Phó Thủ tướng Trần Văn K họp; cộng đồng người Việt tại Đức; công ty của Đan Mạch (quận Tân Bình)",
     [("TITLE", "Thủ tướng"), ("ORG", "Chính phủ"), ("TITLE", "Phó Thủ tướng"), ("PER", "Trần Văn K"),
      ("LOC", "Việt"), ("LOC", "Đức"), ("LOC", "Đan Mạch"), ("LOC", "Tân Bình")],
     {("TITLE_AT", "Thủ tướng", "Chính phủ"), ("HAS_TITLE", "Trần Văn K", "Phó Thủ tướng")},
     {"rel.title_org", "rel.title_name"}),
    # a street of a list, its range in brackets (a range, not a container), a dash and the units it runs through
    ("Tô Ký (Quốc lộ 1A đến ngã ba Chùa) - quận 12, huyện Hóc Môn; Bạch Đằng (từ Lê Quang Định đến Xô Viết Nghệ Tĩnh) - "
     "quận Bình Thạnh; Hà Nội (Việt Nam)",
     [("LOC", "Tô Ký"), ("LOC", "Quốc lộ 1A"), ("LOC", "ngã ba Chùa"), ("LOC", "quận 12"), ("LOC", "Hóc Môn"),
      ("LOC", "Bạch Đằng"), ("LOC", "Lê Quang Định"), ("LOC", "Xô Viết Nghệ Tĩnh"), ("LOC", "Bình Thạnh"),
      ("LOC", "Hà Nội"), ("LOC", "Việt Nam")],
     {("LOCATED_IN", "Tô Ký", "quận 12"), ("LOCATED_IN", "Tô Ký", "Hóc Môn"), ("LOCATED_IN", "Bạch Đằng", "Bình Thạnh"),
      ("LOCATED_IN", "Hà Nội", "Việt Nam")}, {"rel.loc_street_range", "rel.loc_paren"}),
    ("số 12 Võ Văn Tần, P.6, Q.3 - TPHCM",
     [("LOC", "P.6"), ("LOC", "Q.3"), ("LOC", "TPHCM")],
     {("LOCATED_IN", "P.6", "Q.3"), ("LOCATED_IN", "Q.3", "TPHCM")}, {"rel.loc_comma_known", "rel.loc_dash_unit"}),
]


@pytest.mark.parametrize("text,spec,expected,rule_ids", NEW_CASES, ids=[c[0][:30] for c in NEW_CASES])
def test_relations_new_classes(text, spec, expected, rule_ids):
    assert rels(text, spec) == expected
    es = ents(text, spec)
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


@pytest.mark.parametrize("text,spec,expected,rule_ids", [
    # a list of places of one rank before "của" + the larger place: each lies in it
    ("đi qua 4 bang California, Arizona, New Mexico, Texas của Mỹ.",
     [("LOC", "California"), ("LOC", "Arizona"), ("LOC", "New Mexico"), ("LOC", "Texas"), ("LOC", "Mỹ")],
     {("LOCATED_IN", p, "Mỹ") for p in ("California", "Arizona", "New Mexico", "Texas")}, {"rel.loc_at"}),
    # "miền" + compass word, then the country
    ("ở thành phố Misrata ở miền Bắc Libya và miền Đông Libya",
     [("LOC", "Misrata"), ("LOC", "miền Bắc"), ("LOC", "Libya"), ("LOC", "miền Đông"), ("LOC", "Libya")],
     {("LOCATED_IN", "Misrata", "miền Bắc"), ("LOCATED_IN", "miền Bắc", "Libya"), ("LOCATED_IN", "miền Đông", "Libya")},
     {"rel.loc_at", "rel.loc_region_country"}),
    # a place in the region of a country: step by step (not a country in it, not a region alone)
    ("ở thành phố Misrata ở miền Bắc Libya; quân Mỹ ở miền Bắc Syria; Hà Nội ở miền Bắc.",
     [("LOC", "Misrata"), ("LOC", "miền Bắc"), ("LOC", "Libya"), ("LOC", "Mỹ"), ("LOC", "miền Bắc"), ("LOC", "Syria"),
      ("LOC", "Hà Nội"), ("LOC", "miền Bắc")],
     {("LOCATED_IN", "Misrata", "miền Bắc"), ("LOCATED_IN", "miền Bắc", "Libya"), ("LOCATED_IN", "miền Bắc", "Syria")},
     {"rel.loc_at", "rel.loc_region_country"}),
    # a capital with its unit word, then the country with its state form
    ("tại Thủ đô Praha, Cộng hòa Czech, Thủ tướng",
     [("LOC", "Thủ đô Praha"), ("LOC", "Cộng hòa Czech")],
     {("LOCATED_IN", "Thủ đô Praha", "Cộng hòa Czech")}, {"rel.loc_comma_known"}),
    # a city of a province named after it (the admin list has it as a district there); not peers
    ("diễn ra tại Cam Ranh, Khánh Hòa; du khách đến Huế, Đà Nẵng",
     [("LOC", "Cam Ranh"), ("LOC", "Khánh Hòa"), ("LOC", "Huế"), ("LOC", "Đà Nẵng")],
     {("LOCATED_IN", "Cam Ranh", "Khánh Hòa")}, {"rel.loc_comma_known"}),
    # a company or outlet "của" a country or city
    ("chế tạo bởi hãng Dornier của Đức; Kênh truyền hình Canard Enchaîné của Pháp; Báo Milenio của thành phố Monterrey",
     [("ORG", "Dornier"), ("LOC", "Đức"), ("ORG", "Kênh truyền hình Canard Enchaîné"), ("LOC", "Pháp"),
      ("ORG", "Báo Milenio"), ("LOC", "Monterrey")],
     {("LOCATED_IN", "Dornier", "Đức"), ("LOCATED_IN", "Kênh truyền hình Canard Enchaîné", "Pháp"),
      ("LOCATED_IN", "Báo Milenio", "Monterrey")}, {"rel.org_cua"}),
    # a base of a country
    ("căn cứ không quân Shayrat của Syria; tỉnh Vân Nam (TQ)",
     [("LOC", "Shayrat"), ("LOC", "Syria"), ("LOC", "Vân Nam"), ("LOC", "TQ")],
     {("LOCATED_IN", "Shayrat", "Syria"), ("LOCATED_IN", "Vân Nam", "TQ")}, {"rel.loc_at", "rel.loc_paren"}),
    # no list back without a unit word before the list, no organization without its kind word
    ("Hà Nội, Berlin của Đức; nhóm IS của Syria",
     [("LOC", "Hà Nội"), ("LOC", "Berlin"), ("LOC", "Đức"), ("ORG", "IS"), ("LOC", "Syria")],
     {("LOCATED_IN", "Berlin", "Đức")}, {"rel.loc_at"}),
    # a school, a comma, its city (also after a lower-case "trường" left outside the name); not another body
    ("Nguyễn Minh Trường, lớp 12, Trường THPT Trần Phú, Hải Phòng; học sinh trường THPT Lương Thế Vinh, Hà Nội; "
     "phòng Văn hóa huyện A Lưới, Nam Đông",
     [("PER", "Nguyễn Minh Trường"), ("ORG", "Trường THPT Trần Phú"), ("LOC", "Hải Phòng"),
      ("ORG", "THPT Lương Thế Vinh"), ("LOC", "Hà Nội"), ("ORG", "phòng Văn hóa huyện A Lưới"), ("LOC", "Nam Đông")],
     {("LOCATED_IN", "Trường THPT Trần Phú", "Hải Phòng"), ("LOCATED_IN", "THPT Lương Thế Vinh", "Hà Nội")},
     {"rel.school_comma_place"}),
    # a river lies in no place it is crossed at
    ("cắt qua sông Hồng tại Vĩnh Tuy bên bờ nam; tháp Eiffel ở Paris",
     [("LOC", "Hồng"), ("LOC", "Vĩnh Tuy"), ("LOC", "Eiffel"), ("LOC", "Paris")],
     {("LOCATED_IN", "Eiffel", "Paris")}, {"rel.loc_at"}),
])
def test_located_in_lists_regions_and_outlets(text, spec, expected, rule_ids):
    es = ents(text, spec)
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


def test_place_and_its_short_form_are_no_chain():
    text = "India Today cho biết Trung Quốc (TQ) vừa tung ra bản đồ."
    es = [replace(e, canonical="Trung Quốc") for e in ents(text, [("LOC", "Trung Quốc"), ("LOC", "TQ")])]
    assert find_relations(text, es, []) == []


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    # a rank and a comma before the titles of a name
    ("Đại tướng, Bộ trưởng Ngô Xuân Lịch chủ trì.",
     [("RANK", "Đại tướng"), ("TITLE", "Bộ trưởng"), ("PER", "Ngô Xuân Lịch")],
     {("HAS_RANK", "Ngô Xuân Lịch", "Đại tướng"), ("HAS_TITLE", "Ngô Xuân Lịch", "Bộ trưởng")},
     {"rel.rank_title", "rel.title_name"}),
    # an abbreviation in parentheses after the organization stands in the gap
    ("tiếp Chủ tịch Ngân hàng Đầu tư (AIIB) Kim Lập Quần.",
     [("TITLE", "Chủ tịch"), ("ORG", "Ngân hàng Đầu tư"), ("ORG", "AIIB"), ("PER", "Kim Lập Quần")],
     {("TITLE_AT", "Chủ tịch", "Ngân hàng Đầu tư"), ("HAS_TITLE", "Kim Lập Quần", "Chủ tịch"),
      ("MEMBER_OF", "Kim Lập Quần", "Ngân hàng Đầu tư")}, {"rel.title_org", "rel.title_name"}),
    ("học tại Trường Hành chính Quốc gia (ENA) ở Paris.",
     [("ORG", "Trường Hành chính Quốc gia"), ("ORG", "ENA"), ("LOC", "Paris")],
     {("LOCATED_IN", "Trường Hành chính Quốc gia", "Paris")}, {"rel.org_tai"}),
    # an age before the occupation; a person "thuộc" a unit; the names listed before a description
    ("Bà Goulard, 52 tuổi, là thành viên của Hội đồng châu Âu.",
     [("PER", "Goulard"), ("ORG", "Hội đồng châu Âu")], {("MEMBER_OF", "Goulard", "Hội đồng châu Âu")},
     {"rel.member_descr"}),
    ("Thiếu tướng Rolando Bautista thuộc Trung đoàn bộ binh số 1 cho biết.",
     [("RANK", "Thiếu tướng"), ("PER", "Rolando Bautista"), ("ORG", "Trung đoàn bộ binh số 1")],
     {("HAS_RANK", "Rolando Bautista", "Thiếu tướng"), ("MEMBER_OF", "Rolando Bautista", "Trung đoàn bộ binh số 1")},
     {"rel.rank_name", "rel.member_thuoc"}),
    ("hai nghiên cứu sinh Neang Phat và Phorn Nara, là những cán bộ cao cấp của Quân đội Hoàng gia Campuchia.",
     [("PER", "Neang Phat"), ("PER", "Phorn Nara"), ("ORG", "Quân đội Hoàng gia Campuchia")],
     {("MEMBER_OF", "Neang Phat", "Quân đội Hoàng gia Campuchia"),
      ("MEMBER_OF", "Phorn Nara", "Quân đội Hoàng gia Campuchia")}, {"rel.member_descr"}),
])
def test_ranks_abbreviations_and_members(text, spec, expected, rule_ids):
    es = ents(text, spec)
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    # a list joined by "và" before the parenthesis
    ("nước yếu tại thị trấn Nhà Bè và quận 7 (TP.HCM) lại tái diễn",
     [("LOC", "Nhà Bè"), ("LOC", "quận 7"), ("LOC", "TP.HCM")],
     {("LOCATED_IN", "Nhà Bè", "TP.HCM"), ("LOCATED_IN", "quận 7", "TP.HCM")}, {"rel.loc_paren"}),
    # the unit word ranks a name that is also a larger place's ("phường Phú Mỹ": a ward)
    ("người dân khu phố 2, phường Phú Mỹ, quận 7 cho hay",
     [("LOC", "khu phố 2"), ("LOC", "Phú Mỹ"), ("LOC", "quận 7")],
     {("LOCATED_IN", "khu phố 2", "Phú Mỹ"), ("LOCATED_IN", "Phú Mỹ", "quận 7")},
     {"rel.loc_comma_unit", "rel.loc_comma_known"}),
    # an organization ending with a numbered unit, then its city; "nằm trên dải"
    ("Công an Q.10, TP.HCM nhờ xác minh; tù binh ở Rafah nằm trên dải Gaza.",
     [("ORG", "Công an Q.10"), ("LOC", "TP.HCM"), ("LOC", "Rafah"), ("LOC", "Gaza")],
     {("LOCATED_IN", "Công an Q.10", "TP.HCM"), ("LOCATED_IN", "Rafah", "Gaza")},
     {"rel.org_comma_unit", "rel.loc_nam_o"}),
    # dev gold: a group's presence is no seat ("Nhà nước Hồi giáo tự xưng (IS) ở Raqqa")
    ("chống Nhà nước Hồi giáo tự xưng (IS) ở Raqqa",
     [("ORG", "Nhà nước Hồi giáo tự xưng"), ("ORG", "IS"), ("LOC", "Raqqa")], set(), set()),
])
def test_located_in_lists_units_and_org_units(text, spec, expected, rule_ids):
    es = ents(text, spec)
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    # a foreign city, then its state or prefecture (both rank 3 in the gazetteers)
    ("Học viện Quốc phòng ở Yokosuka, Kanagawa, Nhật Bản; đại hội ở Houston, Texas.",
     [("ORG", "Học viện Quốc phòng"), ("LOC", "Yokosuka"), ("LOC", "Kanagawa"), ("LOC", "Nhật Bản"), ("LOC", "Houston"),
      ("LOC", "Texas")],
     {("LOCATED_IN", "Học viện Quốc phòng", "Yokosuka"), ("LOCATED_IN", "Yokosuka", "Kanagawa"),
      ("LOCATED_IN", "Kanagawa", "Nhật Bản"), ("LOCATED_IN", "Houston", "Texas")},
     {"rel.org_tai", "rel.loc_comma_known"}),
    # a world city of places_geonames.tsv ranks as a city: a site "ở" it lies in it
    ("họp báo ở Sân bay Avalon ở Geelong, Australia",
     [("LOC", "Sân bay Avalon"), ("LOC", "Geelong"), ("LOC", "Australia")],
     {("LOCATED_IN", "Sân bay Avalon", "Geelong"), ("LOCATED_IN", "Geelong", "Australia")},
     {"rel.loc_at", "rel.loc_comma_known"}),
    # the state, not the city, lies in the country in parentheses
    ("căn cứ ở Honolulu, Hawaii (Mỹ)", [("LOC", "Honolulu"), ("LOC", "Hawaii"), ("LOC", "Mỹ")],
     {("LOCATED_IN", "Honolulu", "Hawaii"), ("LOCATED_IN", "Hawaii", "Mỹ")}, {"rel.loc_comma_known", "rel.loc_paren"}),
    # peers stay peers: a city and a province of one list
    ("các thành phố Bắc Kinh, Quảng Đông, Thượng Hải", [("LOC", "Bắc Kinh"), ("LOC", "Quảng Đông"), ("LOC", "Thượng Hải")],
     set(), set()),
])
def test_located_in_foreign_city_state(text, spec, expected, rule_ids):
    es = ents(text, spec)
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    # a short "một ..." phrase before the title of an apposition
    ("anh Lê Trọng Nhân - một Việt kiều, giám đốc Công ty World Heritage cho biết",
     [("PER", "Lê Trọng Nhân"), ("TITLE", "giám đốc"), ("ORG", "Công ty World Heritage")],
     {("HAS_TITLE", "Lê Trọng Nhân", "giám đốc"), ("MEMBER_OF", "Lê Trọng Nhân", "Công ty World Heritage"),
      ("TITLE_AT", "giám đốc", "Công ty World Heritage")}, {"rel.apposition", "rel.title_org"}),
    # an office named with its country, a comma, then the next office of the same person
    ("theo lời mời của Thủ tướng Singapore, Tổng Thư ký Đảng Hành động Nhân dân Singapore Lawrence Wong",
     [("TITLE", "Thủ tướng"), ("LOC", "Singapore"), ("TITLE", "Tổng Thư ký"), ("ORG", "Đảng Hành động Nhân dân Singapore"),
      ("PER", "Lawrence Wong")],
     {("HAS_TITLE", "Lawrence Wong", "Thủ tướng"), ("HAS_TITLE", "Lawrence Wong", "Tổng Thư ký"),
      ("MEMBER_OF", "Lawrence Wong", "Đảng Hành động Nhân dân Singapore"),
      ("TITLE_AT", "Tổng Thư ký", "Đảng Hành động Nhân dân Singapore")},
     {"rel.title_list", "rel.title_name", "rel.title_org"}),
    # an envoy's country, then the organization she serves at, then her name
    ("đại sứ Mỹ tại Liên Hợp Quốc, bà Nikki Haley cho rằng",
     [("TITLE", "đại sứ"), ("LOC", "Mỹ"), ("ORG", "Liên Hợp Quốc"), ("PER", "Nikki Haley")],
     {("HAS_TITLE", "Nikki Haley", "đại sứ")}, {"rel.title_name"}),
])
def test_titles_through_countries_and_appositions(text, spec, expected, rule_ids):
    es = ents(text, spec)
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


@pytest.mark.parametrize("text,spec,expected,rule_ids", [
    # a unit-word chain with no comma: "thị xã U Dom Say tỉnh U Dom Say"
    ("bản Noong Meng Đa, thị xã U Dom Say tỉnh U Dom Say (Lào)",
     [("LOC", "Noong Meng Đa"), ("LOC", "U Dom Say"), ("LOC", "U Dom Say"), ("LOC", "Lào")],
     {("LOCATED_IN", "Noong Meng Đa", "U Dom Say"), ("LOCATED_IN", "U Dom Say", "U Dom Say"),
      ("LOCATED_IN", "U Dom Say", "Lào")}, {"rel.loc_comma_unit", "rel.loc_unit_unit", "rel.loc_paren"}),
    # venue -> street (after a house number) -> city
    ("tại khách sạn Tray, 47 Lạch Tray, Hải Phòng vào 15h",
     [("LOC", "Tray"), ("LOC", "Lạch Tray"), ("LOC", "Hải Phòng")],
     {("LOCATED_IN", "Tray", "Lạch Tray"), ("LOCATED_IN", "Lạch Tray", "Hải Phòng")},
     {"rel.loc_venue_street", "rel.loc_comma_known"}),
    # a small feature, then the larger one with its lower-case word
    ("gần đèo Mitla, bán đảo Sinai.", [("LOC", "Mitla"), ("LOC", "Sinai")],
     {("LOCATED_IN", "Mitla", "Sinai")}, {"rel.loc_feature_region"}),
    # guard: peers of a list after a house number stay peers
    ("có 3 người ở số 5 Hà Nội, Đà Nẵng", [("LOC", "Hà Nội"), ("LOC", "Đà Nẵng")], set(), set()),
])
def test_relations_r12_loc(text, spec, expected, rule_ids):
    assert rels(text, spec) == expected
    es = ents(text, spec)
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


@pytest.mark.parametrize(
    ("text", "spec", "expected"),
    [
        # a known district lies in no unknown zone named in parentheses after it
        ("các huyện Núi Thành (Khu Kinh tế mở Chu Lai) và", [("LOC", "Núi Thành"), ("LOC", "Khu Kinh tế mở Chu Lai")], set()),
        # a known district in its province in parentheses still does
        ("hoa Tết Sa Đéc (Đồng Tháp)", [("LOC", "Sa Đéc"), ("LOC", "Đồng Tháp")],
         {("LOCATED_IN", "Sa Đéc", "Đồng Tháp")}),
    ],
)
def test_a_known_district_lies_in_no_unknown_zone_in_parentheses(text, spec, expected):
    assert rels(text, spec) == expected


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    # a title after the name: "cựu" (former) before it, an occupation in parentheses first
    ("ông Phan Tương (cựu Giám đốc sân bay) và nhiều cán bộ", [("PER", "Phan Tương"), ("TITLE", "Giám đốc sân bay")],
     {("HAS_TITLE", "Phan Tương", "Giám đốc sân bay")}, {"rel.apposition"}),
    ("PGS.TS Nguyễn Thiện Tống (chuyên gia kỹ thuật hàng không - nguyên Chủ nhiệm bộ môn) đề nghị",
     [("PER", "Nguyễn Thiện Tống"), ("TITLE", "Chủ nhiệm")], {("HAS_TITLE", "Nguyễn Thiện Tống", "Chủ nhiệm")},
     {"rel.apposition"}),
    # an organization's other name in parentheses between it and the name; the next title is not the first person's
    ("hội kiến Chủ tịch Hội đồng Cộng hòa (Thượng viện) Natalya Kochanova, Chủ tịch Viện Đại biểu (Hạ viện) Igor "
     "Sergeyenko và", [("TITLE", "Chủ tịch"), ("ORG", "Hội đồng Cộng hòa"), ("PER", "Natalya Kochanova"),
                       ("TITLE", "Chủ tịch"), ("ORG", "Viện Đại biểu"), ("PER", "Igor Sergeyenko")],
     {("TITLE_AT", "Chủ tịch", "Hội đồng Cộng hòa"), ("TITLE_AT", "Chủ tịch", "Viện Đại biểu"),
      ("HAS_TITLE", "Natalya Kochanova", "Chủ tịch"), ("MEMBER_OF", "Natalya Kochanova", "Hội đồng Cộng hòa"),
      ("HAS_TITLE", "Igor Sergeyenko", "Chủ tịch"), ("MEMBER_OF", "Igor Sergeyenko", "Viện Đại biểu")},
     {"rel.title_org", "rel.title_name"}),
    # a visit names its visitor: the offices listed after "chuyến thăm ... của" are his
    ("Chuyến thăm cấp Nhà nước đến Việt Nam của Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch "
     "nước Cộng hòa nhân dân Trung Hoa Tập Cận Bình.",
     [("LOC", "Việt Nam"), ("TITLE", "Tổng Bí thư"), ("ORG", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"),
      ("TITLE", "Chủ tịch nước"), ("LOC", "Cộng hòa nhân dân Trung Hoa"), ("PER", "Tập Cận Bình")],
     {("TITLE_AT", "Tổng Bí thư", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc"),
      ("HAS_TITLE", "Tập Cận Bình", "Tổng Bí thư"), ("HAS_TITLE", "Tập Cận Bình", "Chủ tịch nước"),
      ("MEMBER_OF", "Tập Cận Bình", "Ban Chấp hành Trung ương Đảng Cộng sản Trung Quốc")},
     {"rel.title_org", "rel.title_list", "rel.title_place"}),
])
def test_titles_after_names_and_through_visits(text, spec, expected, rule_ids):
    es = ents(text, spec)
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    # a comma before "trên đảo"; an island ranked as no unit is a head when named with its word
    ("vây hãm thành phố Marawi, trên đảo Mindanao ở miền Nam Philippines.",
     [("LOC", "Marawi"), ("LOC", "Mindanao"), ("LOC", "miền Nam"), ("LOC", "Philippines")],
     {("LOCATED_IN", "Marawi", "Mindanao"), ("LOCATED_IN", "Mindanao", "miền Nam"),
      ("LOCATED_IN", "miền Nam", "Philippines")}, {"rel.loc_at", "rel.loc_region_country"}),
    # the region after the island's word is no tail: the island is
    ("chiếm giữ thành phố Marawi trên đảo miền Nam Mindanao của Philippines.",
     [("LOC", "Marawi"), ("LOC", "miền Nam"), ("LOC", "Mindanao"), ("LOC", "Philippines")],
     {("LOCATED_IN", "Marawi", "Mindanao"), ("LOCATED_IN", "Mindanao", "Philippines")}, {"rel.loc_at"}),
    # a region named by bare compass words, also when they were taken as a place
    ("đóng cửa tại Baghlan, đông bắc Afghanistan.", [("LOC", "Baghlan"), ("LOC", "Afghanistan")],
     {("LOCATED_IN", "Baghlan", "Afghanistan")}, {"rel.loc_compass_of"}),
    ("đóng cửa tại Baghlan, Đông Bắc Afghanistan.", [("LOC", "Baghlan"), ("LOC", "Đông Bắc"), ("LOC", "Afghanistan")],
     {("LOCATED_IN", "Baghlan", "Afghanistan")}, {"rel.loc_compass_of"}),
    # not a place the head stands near
    ("tại Bruz, gần Rennes, miền tây nước Pháp", [("LOC", "Bruz"), ("LOC", "Rennes"), ("LOC", "Pháp")], set(), set()),
    # a street in its neighbourhood, the neighbourhood in its ward
    ("trên đường Phạm Hữu Lầu, khu phố 2, phường Phú Mỹ, quận 7",
     [("LOC", "Phạm Hữu Lầu"), ("LOC", "khu phố 2"), ("LOC", "Phú Mỹ"), ("LOC", "quận 7")],
     {("LOCATED_IN", "Phạm Hữu Lầu", "khu phố 2"), ("LOCATED_IN", "khu phố 2", "Phú Mỹ"),
      ("LOCATED_IN", "Phú Mỹ", "quận 7")}, {"rel.loc_comma_known", "rel.loc_comma_unit"}),
    # a district after its unit word, then its city with no comma
    ("Phạm Văn Quỳ (66 tuổi), quận Long Biên Hà Nội và", [("PER", "Phạm Văn Quỳ"), ("LOC", "Long Biên"), ("LOC", "Hà Nội")],
     {("LOCATED_IN", "Long Biên", "Hà Nội")}, {"rel.loc_unit_space"}),
    # two cities of a list are peers, though "TP" names the second
    ("tại Hà Nội, TP Hồ Chí Minh và Đà Nẵng", [("LOC", "Hà Nội"), ("LOC", "Hồ Chí Minh"), ("LOC", "Đà Nẵng")], set(), set()),
    ("cập cảng Quốc tế Cam Ranh, tỉnh Khánh Hòa.", [("LOC", "Cam Ranh"), ("LOC", "Khánh Hòa")],
     {("LOCATED_IN", "Cam Ranh", "Khánh Hòa")}, {"rel.loc_comma_unit"}),
    # an institution's seat, also after its spokesman; not the place of a summit or an office of it
    ("người phát ngôn của Đại sứ quán Mỹ ở Philippines cho biết", [("TITLE", "người phát ngôn"), ("ORG", "Đại sứ quán Mỹ"),
                                                                 ("LOC", "Philippines")],
     {("TITLE_AT", "người phát ngôn", "Đại sứ quán Mỹ"), ("LOCATED_IN", "Đại sứ quán Mỹ", "Philippines")},
     {"rel.title_org", "rel.org_tai"}),
    ("Giám đốc điều hành Tổ chức Unity Government tại Afghanistan", [("ORG", "Tổ chức Unity Government"),
                                                                     ("LOC", "Afghanistan")],
     {("LOCATED_IN", "Tổ chức Unity Government", "Afghanistan")}, {"rel.org_tai"}),
    # the kind word of the first of two companies names both
    ("chế tạo bởi hãng Dornier của Đức và Dassault-Breguet của Pháp.", [("ORG", "Dornier"), ("LOC", "Đức"),
                                                                       ("ORG", "Dassault-Breguet"), ("LOC", "Pháp")],
     {("LOCATED_IN", "Dornier", "Đức"), ("LOCATED_IN", "Dassault-Breguet", "Pháp")}, {"rel.org_cua"}),
    ("bên lề Hội nghị thượng đỉnh Tổ chức hợp tác Thượng Hải (SCO) ở Astana", [("ORG", "Tổ chức hợp tác Thượng Hải"),
                                                                              ("ORG", "SCO"), ("LOC", "Astana")],
     set(), set()),
])
def test_located_in_islands_compass_regions_hamlets_and_seats(text, spec, expected, rule_ids):
    es = ents(text, spec)
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    # an address chain: a street named after a person or a district lies in the numbered ward or district after it
    ("Điển hình như hiệu Ngọc Trinh, đường Nguyễn Văn Cừ, phường 4, quận 5, gần trường",
     [("LOC", "Nguyễn Văn Cừ"), ("LOC", "phường 4"), ("LOC", "quận 5")],
     {("LOCATED_IN", "Nguyễn Văn Cừ", "phường 4"), ("LOCATED_IN", "phường 4", "quận 5")}, {"rel.loc_comma_known"}),
    ("có thể tới Photo Lộc, đường Hai Bà Trưng, quận 1.", [("LOC", "Hai Bà Trưng"), ("LOC", "quận 1")],
     {("LOCATED_IN", "Hai Bà Trưng", "quận 1")}, {"rel.loc_comma_known"}),
    # two streets of a list are peers
    ("mở sang bên đường Cộng Hòa, Hoàng Hoa Thám. Đó là", [("LOC", "Cộng Hòa"), ("LOC", "Hoàng Hoa Thám")], set(), set()),
    # a venue or an office at its house number and street, with or without a comma, its word inside or before it
    ("tại khách sạn Kim Đô 113 Nguyễn Huệ, quận 3", [("LOC", "Kim Đô"), ("LOC", "Nguyễn Huệ"), ("LOC", "quận 3")],
     {("LOCATED_IN", "Kim Đô", "Nguyễn Huệ"), ("LOCATED_IN", "Nguyễn Huệ", "quận 3")},
     {"rel.loc_venue_street", "rel.loc_comma_known"}),
    ("tại Khách sạn Hồng Ngọc, 1482 Đại Lộ Hùng Vương, phường Gia Cẩm",
     [("LOC", "Khách sạn Hồng Ngọc"), ("LOC", "Đại Lộ Hùng Vương"), ("LOC", "Gia Cẩm")],
     {("LOCATED_IN", "Khách sạn Hồng Ngọc", "Đại Lộ Hùng Vương"), ("LOCATED_IN", "Đại Lộ Hùng Vương", "Gia Cẩm")},
     {"rel.loc_venue_street", "rel.loc_comma_unit"}),
    ("tại Khách sạn Du Lịch, Số 2 Lý Bôn, TP Thái Bình", [("LOC", "Khách sạn Du Lịch"), ("LOC", "Lý Bôn")],
     {("LOCATED_IN", "Khách sạn Du Lịch", "Lý Bôn")}, {"rel.loc_venue_street"}),
    ("tại văn phòng công ty Đức Anh, 20 Lê Quý Đôn", [("ORG", "công ty Đức Anh"), ("LOC", "Lê Quý Đôn")],
     {("LOCATED_IN", "công ty Đức Anh", "Lê Quý Đôn")}, {"rel.loc_venue_street"}),
    ("hoặc Trung tâm giới thiệu sách 219 Nguyễn Văn Cừ, quận 5", [("ORG", "Trung tâm giới thiệu sách"),
                                                                  ("LOC", "Nguyễn Văn Cừ")],
     {("LOCATED_IN", "Trung tâm giới thiệu sách", "Nguyễn Văn Cừ")}, {"rel.loc_venue_street"}),
    # "thuộc" + a state, a village
    ("là hạt Amador thuộc bang California (Mỹ).", [("LOC", "Amador"), ("LOC", "California"), ("LOC", "Mỹ")],
     {("LOCATED_IN", "Amador", "California"), ("LOCATED_IN", "California", "Mỹ")}, {"rel.loc_thuoc", "rel.loc_paren"}),
    ("tại nhà nghỉ Nậm Nưa, thuộc bản Nậm Đừa, huyện Pak Kading", [("LOC", "Nậm Nưa"), ("LOC", "Nậm Đừa"),
                                                                  ("LOC", "Pak Kading")],
     {("LOCATED_IN", "Nậm Nưa", "Nậm Đừa"), ("LOCATED_IN", "Nậm Đừa", "Pak Kading")},
     {"rel.loc_thuoc", "rel.loc_comma_unit"}),
    # a chain of offices bridged by the rank: every office is the person's
    ("lời thăm hỏi của Phó Bí thư Quân ủy trung ương, Đại tướng, Bộ trưởng Quốc phòng Ngô Xuân Lịch tới",
     [("TITLE", "Phó Bí thư"), ("ORG", "Quân ủy trung ương"), ("RANK", "Đại tướng"), ("TITLE", "Bộ trưởng Quốc phòng"),
      ("PER", "Ngô Xuân Lịch")],
     {("TITLE_AT", "Phó Bí thư", "Quân ủy trung ương"), ("HAS_TITLE", "Ngô Xuân Lịch", "Phó Bí thư"),
      ("MEMBER_OF", "Ngô Xuân Lịch", "Quân ủy trung ương"), ("HAS_RANK", "Ngô Xuân Lịch", "Đại tướng"),
      ("HAS_TITLE", "Ngô Xuân Lịch", "Bộ trưởng Quốc phòng")}, {"rel.title_org", "rel.rank_title", "rel.title_name"}),
    # not the seat named before the rank
    ("tại trụ sở Bộ Quốc phòng, Đại tướng, Bộ trưởng Ngô Xuân Lịch đã",
     [("ORG", "Bộ Quốc phòng"), ("RANK", "Đại tướng"), ("TITLE", "Bộ trưởng"), ("PER", "Ngô Xuân Lịch")],
     {("HAS_RANK", "Ngô Xuân Lịch", "Đại tướng"), ("HAS_TITLE", "Ngô Xuân Lịch", "Bộ trưởng")},
     {"rel.rank_title", "rel.title_name"}),
    # a photo caption's place, a year of birth between name and title
    ("Trung tướng Nguyễn Quang Đạm (bên trái), Tư lệnh Cảnh sát biển Việt Nam và",
     [("RANK", "Trung tướng"), ("PER", "Nguyễn Quang Đạm"), ("TITLE", "Tư lệnh"), ("ORG", "Cảnh sát biển Việt Nam")],
     {("HAS_RANK", "Nguyễn Quang Đạm", "Trung tướng"), ("HAS_TITLE", "Nguyễn Quang Đạm", "Tư lệnh"),
      ("TITLE_AT", "Tư lệnh", "Cảnh sát biển Việt Nam"), ("MEMBER_OF", "Nguyễn Quang Đạm", "Cảnh sát biển Việt Nam")},
     {"rel.rank_name", "rel.apposition", "rel.title_org"}),
    ("Bà Ellen Johnson Sirleaf sinh năm 1938, hiện là Chủ tịch Đảng Đoàn Kết Liberia (UP).",
     [("PER", "Ellen Johnson Sirleaf"), ("DATE", "năm 1938"), ("TITLE", "Chủ tịch"), ("ORG", "Đảng Đoàn Kết Liberia")],
     {("HAS_TITLE", "Ellen Johnson Sirleaf", "Chủ tịch"), ("TITLE_AT", "Chủ tịch", "Đảng Đoàn Kết Liberia"),
      ("MEMBER_OF", "Ellen Johnson Sirleaf", "Đảng Đoàn Kết Liberia")}, {"rel.birth_year", "rel.title_org"}),
    # an office taken by a verb; the next title of the chain is not the next person's
    ("Nhân dịp đồng chí Lương Cường được Quốc hội khoá XV bầu giữ chức Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam, "
     "Tổng Bí thư Thongloun Sisoulith",
     [("PER", "Lương Cường"), ("ORG", "Quốc hội"), ("TITLE", "Chủ tịch nước"),
      ("LOC", "Cộng hòa xã hội chủ nghĩa Việt Nam"), ("TITLE", "Tổng Bí thư"), ("PER", "Thongloun Sisoulith")],
     {("HAS_TITLE", "Lương Cường", "Chủ tịch nước"), ("HAS_TITLE", "Thongloun Sisoulith", "Tổng Bí thư")},
     {"rel.title_verb", "rel.title_name"}),
    ("Nhân dịp bà Harini Amarasuriya tuyên thệ nhậm chức Thủ tướng nước Sri Lanka",
     [("PER", "Harini Amarasuriya"), ("TITLE", "Thủ tướng"), ("LOC", "Sri Lanka")],
     {("HAS_TITLE", "Harini Amarasuriya", "Thủ tướng")}, {"rel.title_verb"}),
    ("ông A thay ông Nguyễn Văn B giữ chức Giám đốc", [("PER", "Nguyễn Văn B"), ("TITLE", "Giám đốc")], set(), set()),
    # a description does not go on past a line's end
    ("Đồng chí Đỗ Đức Duy được giới thiệu giữ chức Chủ tịch UBND tỉnh Yên Bái\nThứ trưởng Đỗ Đức Duy nhận",
     [("PER", "Đỗ Đức Duy"), ("TITLE", "Chủ tịch"), ("ORG", "UBND tỉnh Yên Bái"), ("TITLE", "Thứ trưởng"),
      ("PER", "Đỗ Đức Duy")],
     {("HAS_TITLE", "Đỗ Đức Duy", "Chủ tịch"), ("MEMBER_OF", "Đỗ Đức Duy", "UBND tỉnh Yên Bái"),
      ("TITLE_AT", "Chủ tịch", "UBND tỉnh Yên Bái"), ("HAS_TITLE", "Đỗ Đức Duy", "Thứ trưởng")},
     {"rel.title_verb", "rel.title_org", "rel.title_name"}),
    # a title, the organization's parent after "của", a comma, rank and name; a demonstrative unit; a head of a body
    ("Giám đốc Cơ quan tình báo của Bộ Quốc phòng Mỹ, trung tướng Vincent Stewart cho biết",
     [("TITLE", "Giám đốc"), ("ORG", "Cơ quan tình báo"), ("ORG", "Bộ Quốc phòng Mỹ"), ("RANK", "trung tướng"),
      ("PER", "Vincent Stewart")],
     {("TITLE_AT", "Giám đốc", "Cơ quan tình báo"), ("HAS_TITLE", "Vincent Stewart", "Giám đốc"),
      ("MEMBER_OF", "Vincent Stewart", "Cơ quan tình báo"), ("HAS_RANK", "Vincent Stewart", "trung tướng")},
     {"rel.title_org", "rel.title_rank_name", "rel.rank_name"}),
    ("Chỉ huy lực lượng này, đại úy Edward Bachar cho biết", [("TITLE", "Chỉ huy"), ("RANK", "đại úy"),
                                                               ("PER", "Edward Bachar")],
     {("HAS_TITLE", "Edward Bachar", "Chỉ huy"), ("HAS_RANK", "Edward Bachar", "đại úy")},
     {"rel.title_rank_name", "rel.rank_name"}),
    ("theo lời mời của người đứng đầu hải quân Campuchia, Đô đốc Tea Vinh, vào",
     [("ORG", "hải quân Campuchia"), ("RANK", "Đô đốc"), ("PER", "Tea Vinh")],
     {("MEMBER_OF", "Tea Vinh", "hải quân Campuchia"), ("HAS_RANK", "Tea Vinh", "Đô đốc")},
     {"rel.head_of_name", "rel.rank_name"}),
    # an organization of a list is not in the place in parentheses after the last one
    ("Đồn Biên phòng Cửa khẩu Quốc tế La Lay, Ty An ninh tỉnh Salavan (Lào) bắt",
     [("ORG", "Đồn Biên phòng Cửa khẩu Quốc tế La Lay"), ("ORG", "Ty An ninh tỉnh Salavan"), ("LOC", "Lào")],
     {("LOCATED_IN", "Ty An ninh tỉnh Salavan", "Lào")}, {"rel.loc_paren"}),
])
def test_relations_r14_streets_venues_title_chains(text, spec, expected, rule_ids):
    es = ents(text, spec)
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, es, [])} == rule_ids


def test_a_long_form_and_its_acronym_are_no_chain():
    text = "bay qua vùng phi quân sự (DMZ) chia cắt hai miền, gần Panmunjom (Hàn Quốc)"
    es = ents(text, [("LOC", "vùng phi quân sự"), ("LOC", "DMZ"), ("LOC", "Panmunjom"), ("LOC", "Hàn Quốc")])
    es[0] = replace(es[0], rule="places.toml:acronym_long_form")
    assert (es[0].start, es[0].end, es[1].start, es[1].end) == (8, 24, 26, 29)
    got = {(r.label, r.head, r.tail, r.rule) for r in find_relations(text, es, [])}
    assert got == {("LOCATED_IN", "T3", "T4", "rel.loc_paren")}


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    ("Vụ nổ ở thành phố Manchester, Tây Bắc nước Anh làm 22 người chết.",
     [("LOC", "Manchester"), ("LOC", "Tây Bắc"), ("LOC", "Anh")],
     {("LOCATED_IN", "Manchester", "Tây Bắc"), ("LOCATED_IN", "Tây Bắc", "Anh")},
     {"rel.loc_place_region", "rel.loc_region_of_country"}),
    ("Lực lượng ở tỉnh Tombouctou, miền Bắc nước này.", [("LOC", "Tombouctou"), ("LOC", "miền Bắc")],
     {("LOCATED_IN", "Tombouctou", "miền Bắc")}, {"rel.loc_place_region"}),
    ("Ngôi sao ở thành phố miền Bắc nước Anh này.", [("LOC", "miền Bắc"), ("LOC", "Anh")],
     {("LOCATED_IN", "miền Bắc", "Anh")}, {"rel.loc_region_of_country"}),
    # a district named by compass words is no region: a list of districts
    ("phòng Văn hóa huyện A Lưới, Nam Đông, Phong Điền", [("LOC", "A Lưới"), ("LOC", "Nam Đông"), ("LOC", "Phong Điền")],
     set(), set()),
    # a place near another is not in the region after it
    ("tại Bruz, gần Rennes, Tây Bắc nước Pháp", [("LOC", "Bruz"), ("LOC", "Rennes"), ("LOC", "Tây Bắc"), ("LOC", "Pháp")],
     {("LOCATED_IN", "Tây Bắc", "Pháp")}, {"rel.loc_region_of_country"}),
    ("Ông Ameer Ali, giảng viên Trường Quản trị Kinh doanh thuộc Đại học Murdoch cho biết",
     [("PER", "Ameer Ali"), ("ORG", "Trường Quản trị Kinh doanh"), ("ORG", "Đại học Murdoch")],
     {("MEMBER_OF", "Ameer Ali", "Trường Quản trị Kinh doanh")}, {"rel.member_occupation_org"}),
    ("Ông Edward Markey, thành viên Ủy ban Đối ngoại Thượng viện Mỹ, kêu gọi",
     [("PER", "Edward Markey"), ("ORG", "Ủy ban Đối ngoại Thượng viện Mỹ")],
     {("MEMBER_OF", "Edward Markey", "Ủy ban Đối ngoại Thượng viện Mỹ")}, {"rel.member_occupation_org"}),
    ("Theo ông Martin Rama, chuyên gia kinh tế - Ngân hàng thế giới, tỷ lệ giảm",
     [("PER", "Martin Rama"), ("ORG", "Ngân hàng thế giới")],
     {("MEMBER_OF", "Martin Rama", "Ngân hàng thế giới")}, {"rel.member_descr"}),
])
def test_compass_region_chains_and_occupations_at_organizations(text, spec, expected, rule_ids):
    es = ents(text, spec)
    by_id = {e.id: e.text for e in es}
    found = find_relations(text, es, [])
    assert {(r.label, by_id[r.head], by_id[r.tail]) for r in found} == expected
    assert {r.rule for r in found} == rule_ids


@pytest.mark.parametrize(("text", "spec", "expected", "rule_ids"), [
    # a slash or a dash before the province the gazetteers place the head in; a route of peers is none
    ("khu vực từ đảo Cồn Cỏ/Quảng Trị đến Hà Tiên - Kiên Giang", [("LOC", "Cồn Cỏ"), ("LOC", "Quảng Trị"),
     ("LOC", "Hà Tiên"), ("LOC", "Kiên Giang")],
     {("LOCATED_IN", "Cồn Cỏ", "Quảng Trị"), ("LOCATED_IN", "Hà Tiên", "Kiên Giang")}, {"rel.loc_slash_parent"}),
    ("tuyến cao tốc Hà Nội - Lào Cai", [("LOC", "Hà Nội"), ("LOC", "Lào Cai")], set(), set()),
    ("sân bay Miếu Môn thuộc địa giới hành chính xã Đồng Tâm", [("LOC", "Miếu Môn"), ("LOC", "Đồng Tâm")],
     {("LOCATED_IN", "Miếu Môn", "Đồng Tâm")}, {"rel.loc_thuoc_zone"}),
    ("Hoàng Sa và Trường Sa thuộc chủ quyền của Việt Nam", [("LOC", "Hoàng Sa"), ("LOC", "Trường Sa"), ("LOC", "Việt Nam")],
     {("LOCATED_IN", "Hoàng Sa", "Việt Nam"), ("LOCATED_IN", "Trường Sa", "Việt Nam")}, {"rel.loc_thuoc_zone"}),
    ("căn cứ không quân al-Udeid ở tại Qatar", [("LOC", "al-Udeid"), ("LOC", "Qatar")],
     {("LOCATED_IN", "al-Udeid", "Qatar")}, {"rel.loc_at"}),
    ("Nhóm Airwars có trụ ở tại London", [("ORG", "Nhóm Airwars"), ("LOC", "London")],
     {("LOCATED_IN", "Nhóm Airwars", "London")}, {"rel.org_seat"}),
    # organizations listed before one placed by "của"; not past "của" before the list
    ("hợp đồng với Raytheon và Tập đoàn Lockheed Martin của Mỹ", [("ORG", "Raytheon"), ("ORG", "Tập đoàn Lockheed Martin"),
     ("LOC", "Mỹ")],
     {("LOCATED_IN", "Raytheon", "Mỹ"), ("LOCATED_IN", "Tập đoàn Lockheed Martin", "Mỹ")}, {"rel.org_cua"}),
    ("do các trường ĐH Dundee và Buckingham của Vương quốc Anh hỗ trợ", [("ORG", "ĐH Dundee"), ("ORG", "Buckingham"),
     ("LOC", "Vương quốc Anh")],
     {("LOCATED_IN", "ĐH Dundee", "Vương quốc Anh"), ("LOCATED_IN", "Buckingham", "Vương quốc Anh")}, {"rel.org_cua"}),
    # a region and the places it includes, in brackets
    ("tại 5 quốc gia thuộc vùng Sahel (gồm Mauritania, Mali, Niger và Burkina Faso).", [("LOC", "Sahel"),
     ("LOC", "Mauritania"), ("LOC", "Mali"), ("LOC", "Niger"), ("LOC", "Burkina Faso")],
     {("LOCATED_IN", "Mauritania", "Sahel"), ("LOCATED_IN", "Mali", "Sahel"), ("LOCATED_IN", "Niger", "Sahel"),
      ("LOCATED_IN", "Burkina Faso", "Sahel")}, {"rel.loc_paren_members"}),
    # an organization right after a name: closed by a comma after "ông", or in brackets with more after it
    ("Ông Adam Mount, Trung tâm Phát triển Mỹ, lo lắng", [("PER", "Adam Mount"), ("ORG", "Trung tâm Phát triển Mỹ")],
     {("MEMBER_OF", "Adam Mount", "Trung tâm Phát triển Mỹ")}, {"rel.member_org_apposition"}),
    ("Giáo sư Alexander Vuving (Trung tâm Nghiên cứu an ninh, thuộc Bộ Quốc phòng Mỹ): Đầu tiên",
     [("PER", "Alexander Vuving"), ("ORG", "Trung tâm Nghiên cứu an ninh"), ("ORG", "Bộ Quốc phòng Mỹ")],
     {("MEMBER_OF", "Alexander Vuving", "Trung tâm Nghiên cứu an ninh")}, {"rel.member_org_paren"}),
    ("để bảo vệ Tổ quốc. Đỗ Bình (TTXVN)", [("PER", "Đỗ Bình"), ("ORG", "TTXVN")], set(), set()),
    ("đồng chí Trần Đức Lương, Ban Chấp hành Trung ương, Quốc hội", [("PER", "Trần Đức Lương"),
     ("ORG", "Ban Chấp hành Trung ương"), ("ORG", "Quốc hội")], set(), set()),
])
def test_slash_parents_sovereignty_listed_heads_and_affiliations(text, spec, expected, rule_ids):
    es = ents(text, spec)
    by_id = {e.id: e.text for e in es}
    found = find_relations(text, es, [])
    assert {(r.label, by_id[r.head], by_id[r.tail]) for r in found} == expected
    assert {r.rule for r in found} == rule_ids


@pytest.mark.parametrize("text,spec,expected,rule_ids", [
    # a hotel or airport, a comma, the city it stands in
    ("hội thảo ở khách sạn Continental, TP HCM, ngày 31/10; đến sân bay quốc tế Haneda, Tokyo.",
     [("LOC", "Continental"), ("LOC", "TP HCM"), ("LOC", "Haneda"), ("LOC", "Tokyo")],
     {("LOCATED_IN", "Continental", "TP HCM"), ("LOCATED_IN", "Haneda", "Tokyo")}, {"rel.loc_venue_city"}),
    # peers of one rank listed before the unit and its parent each lie in it; not the steps of an address chain
    ("địa phận hai huyện Sơn Hòa, Sông Hinh, tỉnh Phú Yên; xã Tân Hưng, huyện Cái Nước, tỉnh Cà Mau",
     [("LOC", "Sơn Hòa"), ("LOC", "Sông Hinh"), ("LOC", "Phú Yên"), ("LOC", "Tân Hưng"), ("LOC", "Cái Nước"),
      ("LOC", "Cà Mau")],
     {("LOCATED_IN", "Sơn Hòa", "Phú Yên"), ("LOCATED_IN", "Sông Hinh", "Phú Yên"),
      ("LOCATED_IN", "Tân Hưng", "Cái Nước"), ("LOCATED_IN", "Cái Nước", "Cà Mau")}, {"rel.loc_comma_unit"}),
    # a party committee word left outside any organization between the title and the name
    ("Phó Chủ tịch Quân ủy Phạm Trường Long nói; Bí thư Khu ủy Quảng Tây Bành Thanh Hoa đến.",
     [("TITLE", "Phó Chủ tịch"), ("PER", "Phạm Trường Long"), ("TITLE", "Bí thư"), ("LOC", "Quảng Tây"),
      ("PER", "Bành Thanh Hoa")],
     {("HAS_TITLE", "Phạm Trường Long", "Phó Chủ tịch"), ("HAS_TITLE", "Bành Thanh Hoa", "Bí thư")},
     {"rel.title_committee_name", "rel.title_committee_place"}),
])
def test_relations_venue_list_committee(text, spec, expected, rule_ids):
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, ents(text, spec), [])} == rule_ids


@pytest.mark.parametrize("text,spec,expected,rule_ids", [
    # one unit word, or a plural unit phrase, opens a list of names that all lie in the place after "của"/"ở"/brackets
    ("tại một số xã, thị trấn như Hòa Bình, Tam Quang, Xá Lượng... của huyện Tương Dương có nắng nóng",
     [("LOC", "Hòa Bình"), ("LOC", "Tam Quang"), ("LOC", "Xá Lượng"), ("LOC", "Tương Dương")],
     {("LOCATED_IN", p, "Tương Dương") for p in ("Hòa Bình", "Tam Quang", "Xá Lượng")}, {"rel.loc_at"}),
    ("quân đội kiểm soát các thị trấn al-Mayadeen và Sabikhan ở tỉnh Deir Ezzur.",
     [("LOC", "al-Mayadeen"), ("LOC", "Sabikhan"), ("LOC", "Deir Ezzur")],
     {("LOCATED_IN", "al-Mayadeen", "Deir Ezzur"), ("LOCATED_IN", "Sabikhan", "Deir Ezzur")}, {"rel.loc_at"}),
    ("Phường Thanh Lộc, An Phú Đông và Thanh Xuân (quận 12) bị ngập.",
     [("LOC", "Thanh Lộc"), ("LOC", "An Phú Đông"), ("LOC", "Thanh Xuân"), ("LOC", "quận 12")],
     {("LOCATED_IN", p, "quận 12") for p in ("Thanh Lộc", "An Phú Đông", "Thanh Xuân")}, {"rel.loc_paren"}),
    # a chain of units is no list of peers: the ward lies in the district only
    ("tại phường 5, quận 3 (TP.HCM)",
     [("LOC", "phường 5"), ("LOC", "quận 3"), ("LOC", "TP.HCM")],
     {("LOCATED_IN", "phường 5", "quận 3"), ("LOCATED_IN", "quận 3", "TP.HCM")}, {"rel.loc_comma_known", "rel.loc_paren"}),
    # the titles after a name are its description; the title right before the next name is the next person's
    ("Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Quốc phòng, Thủ tướng Nguyễn Xuân Phúc hoan nghênh",
     [("RANK", "Đại tướng"), ("PER", "Ngô Xuân Lịch"), ("TITLE", "Ủy viên"), ("ORG", "Bộ Chính trị"),
      ("TITLE", "Bộ trưởng"), ("ORG", "Bộ Quốc phòng"), ("TITLE", "Thủ tướng"), ("PER", "Nguyễn Xuân Phúc")],
     {("HAS_RANK", "Ngô Xuân Lịch", "Đại tướng"), ("HAS_TITLE", "Ngô Xuân Lịch", "Ủy viên"),
      ("MEMBER_OF", "Ngô Xuân Lịch", "Bộ Chính trị"), ("TITLE_AT", "Ủy viên", "Bộ Chính trị"),
      ("HAS_TITLE", "Ngô Xuân Lịch", "Bộ trưởng"), ("MEMBER_OF", "Ngô Xuân Lịch", "Bộ Quốc phòng"),
      ("TITLE_AT", "Bộ trưởng", "Bộ Quốc phòng"), ("HAS_TITLE", "Nguyễn Xuân Phúc", "Thủ tướng")},
     {"rel.rank_name", "rel.apposition", "rel.title_org", "rel.title_chain", "rel.title_name"}),
])
def test_relations_unit_lists_and_next_holder(text, spec, expected, rule_ids):
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, ents(text, spec), [])} == rule_ids


@pytest.mark.parametrize("text,spec,expected,rule_ids", [
    # the scene named first with its unit word, then the smaller units listed in it after a comma
    ("Tại huyện Bình Chánh, các xã Hưng Long, An Phú Tây, Bình Lợi nước ngập sâu.",
     [("LOC", "Bình Chánh"), ("LOC", "Hưng Long"), ("LOC", "An Phú Tây"), ("LOC", "Bình Lợi")],
     {("LOCATED_IN", p, "Bình Chánh") for p in ("Hưng Long", "An Phú Tây", "Bình Lợi")}, {"rel.loc_parent_first"}),
    ("tại huyện Nhà Bè, đường Đào Sư Tích, Nguyễn Văn Tạo bị ngập.",
     [("LOC", "Nhà Bè"), ("LOC", "Đào Sư Tích"), ("LOC", "Nguyễn Văn Tạo")],
     {("LOCATED_IN", "Đào Sư Tích", "Nhà Bè"), ("LOCATED_IN", "Nguyễn Văn Tạo", "Nhà Bè")}, {"rel.loc_parent_first"}),
    # a venue, a dash, then its city
    ("buổi lễ tại Nhà hát Bến Thành - TPHCM.",
     [("LOC", "Nhà hát Bến Thành"), ("LOC", "TPHCM")],
     {("LOCATED_IN", "Nhà hát Bến Thành", "TPHCM")}, {"rel.loc_venue_dash_city"}),
    # a former soldier or officer of a force, with or without a rank entity
    ("Jerry Hendrix, cựu sỹ quan hải quân Mỹ tự tin cho rằng",
     [("PER", "Jerry Hendrix"), ("ORG", "hải quân Mỹ")],
     {("MEMBER_OF", "Jerry Hendrix", "hải quân Mỹ")}, {"rel.member_occupation_org"}),
    ("Ông Lê Công Hoàng - cựu binh truyền tin quân đội Sài Gòn (áo trắng)",
     [("PER", "Lê Công Hoàng"), ("ORG", "quân đội Sài Gòn")],
     {("MEMBER_OF", "Lê Công Hoàng", "quân đội Sài Gòn")}, {"rel.member_occupation_org"}),
    ("ông Lê Công Hoàng, cựu trung sĩ truyền tin thuộc Sư đoàn 3 Không quân.",
     [("PER", "Lê Công Hoàng"), ("RANK", "trung sĩ"), ("ORG", "Sư đoàn 3 Không quân")],
     {("HAS_RANK", "Lê Công Hoàng", "trung sĩ"), ("MEMBER_OF", "Lê Công Hoàng", "Sư đoàn 3 Không quân")},
     {"rel.apposition", "rel.member_rank_unit"}),
])
def test_relations_parent_first_venue_dash_and_former_members(text, spec, expected, rule_ids):
    assert rels(text, spec) == expected
    assert {r.rule for r in find_relations(text, ents(text, spec), [])} == rule_ids


@pytest.mark.parametrize("text,spec,expected", [
    # three or more companies each named with its kind word: the place after "của" is the last one's
    ("gồm Công ty Du lịch Hương Giang, Công ty Du lịch Cố Đô và Công ty Thành Đô của Hà Nội.",
     [("ORG", "Công ty Du lịch Hương Giang"), ("ORG", "Công ty Du lịch Cố Đô"), ("ORG", "Công ty Thành Đô"), ("LOC", "Hà Nội")],
     {("LOCATED_IN", "Công ty Thành Đô", "Hà Nội")}),
    # two bodies of one list share it
    ("Raytheon và Tập đoàn Lockheed Martin của Mỹ",
     [("ORG", "Raytheon"), ("ORG", "Tập đoàn Lockheed Martin"), ("LOC", "Mỹ")],
     {("LOCATED_IN", "Raytheon", "Mỹ"), ("LOCATED_IN", "Tập đoàn Lockheed Martin", "Mỹ")}),
])
def test_place_after_cua_spreads_over_short_lists_only(text, spec, expected):
    assert rels(text, spec) == expected


@pytest.mark.parametrize("text,spec,expected", [
    # a title chain after the noun of the person's own act ("sự chủ trì của") is the person's
    ("Phiên họp diễn ra dưới sự chủ trì của Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Thanh Mẫn.",
     [("TITLE", "Ủy viên"), ("ORG", "Bộ Chính trị"), ("TITLE", "Chủ tịch"), ("ORG", "Quốc hội"), ("PER", "Trần Thanh Mẫn")],
     {("TITLE_AT", "Ủy viên", "Bộ Chính trị"), ("TITLE_AT", "Chủ tịch", "Quốc hội"),
      ("HAS_TITLE", "Trần Thanh Mẫn", "Ủy viên"), ("MEMBER_OF", "Trần Thanh Mẫn", "Bộ Chính trị"),
      ("HAS_TITLE", "Trần Thanh Mẫn", "Chủ tịch"), ("MEMBER_OF", "Trần Thanh Mẫn", "Quốc hội")}),
    ("Hội nghị có sự tham dự của Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài.",
     [("TITLE", "Ủy viên"), ("ORG", "Bộ Chính trị"), ("TITLE", "Bí thư"), ("ORG", "Thành ủy Hà Nội"),
      ("PER", "Bùi Thị Minh Hoài")],
     {("TITLE_AT", "Ủy viên", "Bộ Chính trị"), ("TITLE_AT", "Bí thư", "Thành ủy Hà Nội"),
      ("HAS_TITLE", "Bùi Thị Minh Hoài", "Ủy viên"), ("MEMBER_OF", "Bùi Thị Minh Hoài", "Bộ Chính trị"),
      ("HAS_TITLE", "Bùi Thị Minh Hoài", "Bí thư"), ("MEMBER_OF", "Bùi Thị Minh Hoài", "Thành ủy Hà Nội")}),
    # an office taken by election or appointment, told by "bầu làm", "bổ nhiệm làm", "tái đắc cử chức vụ"
    ("Tại hội nghị này, đồng chí Trần Phú được bầu làm Tổng Bí thư của Đảng.",
     [("PER", "Trần Phú"), ("TITLE", "Tổng Bí thư"), ("ORG", "Đảng")],
     {("HAS_TITLE", "Trần Phú", "Tổng Bí thư"), ("MEMBER_OF", "Trần Phú", "Đảng"), ("TITLE_AT", "Tổng Bí thư", "Đảng")}),
    ("Đồng chí Nông Đức Mạnh vừa tái đắc cử chức vụ Tổng Bí thư Ban Chấp hành Trung ương khóa X.",
     [("PER", "Nông Đức Mạnh"), ("TITLE", "Tổng Bí thư"), ("ORG", "Ban Chấp hành Trung ương")],
     {("HAS_TITLE", "Nông Đức Mạnh", "Tổng Bí thư"), ("MEMBER_OF", "Nông Đức Mạnh", "Ban Chấp hành Trung ương"),
      ("TITLE_AT", "Tổng Bí thư", "Ban Chấp hành Trung ương")}),
    ("Bà Claudia Sheinbaum Pardo được bầu làm Tổng thống Mexico.",
     [("PER", "Claudia Sheinbaum Pardo"), ("TITLE", "Tổng thống"), ("LOC", "Mexico")],
     {("HAS_TITLE", "Claudia Sheinbaum Pardo", "Tổng thống")}),
    # the central part of a country after a comma
    ("Ông săn nai ở tỉnh Smaland, miền trung Thụy Điển.",
     [("LOC", "Smaland"), ("LOC", "Thụy Điển")],
     {("LOCATED_IN", "Smaland", "Thụy Điển")}),
])
def test_title_chains_after_act_nouns_elected_offices_and_central_regions(text, spec, expected):
    assert rels(text, spec) == expected


@pytest.mark.parametrize("text,spec,expected", [
    # a body's street address in brackets, opened by a house number (the chain goes on from the street)
    ("vé được bán tại Ủy ban VNVNONN TP (147 Nguyễn Đình Chiểu, quận 3) và Công ty BaBi (6B Thi Sách, quận 1).",
     [("ORG", "Ủy ban VNVNONN TP"), ("LOC", "Nguyễn Đình Chiểu"), ("LOC", "quận 3"), ("ORG", "Công ty BaBi"),
      ("LOC", "Thi Sách"), ("LOC", "quận 1")],
     {("LOCATED_IN", "Ủy ban VNVNONN TP", "Nguyễn Đình Chiểu"), ("LOCATED_IN", "Nguyễn Đình Chiểu", "quận 3"),
      ("LOCATED_IN", "Công ty BaBi", "Thi Sách"), ("LOCATED_IN", "Thi Sách", "quận 1")}),
    # ... or by the word "đường", after a venue
    ("Hội chợ diễn ra tại khách sạn Đệ Nhất (đường Hoàng Việt, P.4, Q.Tân Bình, TP.HCM) đã thu hút",
     [("LOC", "Đệ Nhất"), ("LOC", "Hoàng Việt"), ("LOC", "P.4"), ("LOC", "Tân Bình"), ("LOC", "TP.HCM")],
     {("LOCATED_IN", "Đệ Nhất", "Hoàng Việt"), ("LOCATED_IN", "Hoàng Việt", "P.4"), ("LOCATED_IN", "P.4", "Tân Bình"),
      ("LOCATED_IN", "Tân Bình", "TP.HCM")}),
    # ... or after a dash
    ("Địa điểm: Văn phòng OMC - 12/2 Trương Định, Quận 3, TP.HCM.",
     [("ORG", "Văn phòng OMC"), ("LOC", "Trương Định"), ("LOC", "Quận 3"), ("LOC", "TP.HCM")],
     {("LOCATED_IN", "Văn phòng OMC", "Trương Định"), ("LOCATED_IN", "Trương Định", "Quận 3"),
      ("LOCATED_IN", "Quận 3", "TP.HCM")}),
    # a city holds the street named in brackets after it, it does not lie in it
    ("Cuộc diễu hành tại TP.HCM (đường Nguyễn Huệ, quận 1) kéo dài",
     [("LOC", "TP.HCM"), ("LOC", "Nguyễn Huệ"), ("LOC", "quận 1")],
     {("LOCATED_IN", "Nguyễn Huệ", "quận 1")}),
])
def test_addresses_in_brackets_and_after_a_dash(text, spec, expected):
    assert rels(text, spec) == expected


BCT_LIST = ("ý kiến của TBT sẽ mang tính quyết định. \r\nBộ Chính trị: \r\n- Tổng Bí Thư Nông Đức Mạnh \r\n"
            "- Bộ trưởng Bộ Công an Lê Hồng Anh \r\nBan Bí thư: \r\n- Trưởng Ban Kinh tế TƯ Trương Tấn Sang \r\n"
            "Ủy ban Kiểm tra TƯ gồm 14 người: Nguyễn Văn Chi (Chủ nhiệm Uỷ ban Kiểm tra TƯ), Nguyễn Thị Doan, "
            "Trần Văn Truyền. \r\nÔng Trần Văn F cho biết")


@pytest.mark.parametrize("text,spec,expected", [
    # an organization heading its members, one a line after a bullet, or counted then listed
    (BCT_LIST,
     [("ORG", "Bộ Chính trị"), ("TITLE", "Tổng Bí Thư"), ("PER", "Nông Đức Mạnh"), ("TITLE", "Bộ trưởng"),
      ("ORG", "Bộ Công an"), ("PER", "Lê Hồng Anh"), ("ORG", "Ban Bí thư"), ("TITLE", "Trưởng Ban Kinh tế TƯ"),
      ("PER", "Trương Tấn Sang"), ("ORG", "Ủy ban Kiểm tra TƯ"), ("PER", "Nguyễn Văn Chi"), ("TITLE", "Chủ nhiệm"),
      ("ORG", "Uỷ ban Kiểm tra TƯ"), ("PER", "Nguyễn Thị Doan"), ("PER", "Trần Văn Truyền"), ("PER", "Trần Văn F")],
     {("HAS_TITLE", "Nông Đức Mạnh", "Tổng Bí Thư"), ("HAS_TITLE", "Lê Hồng Anh", "Bộ trưởng"),
      ("TITLE_AT", "Bộ trưởng", "Bộ Công an"), ("MEMBER_OF", "Lê Hồng Anh", "Bộ Công an"),
      ("HAS_TITLE", "Trương Tấn Sang", "Trưởng Ban Kinh tế TƯ"), ("HAS_TITLE", "Nguyễn Văn Chi", "Chủ nhiệm"),
      ("TITLE_AT", "Chủ nhiệm", "Uỷ ban Kiểm tra TƯ"), ("MEMBER_OF", "Nguyễn Văn Chi", "Uỷ ban Kiểm tra TƯ"),
      ("MEMBER_OF", "Nông Đức Mạnh", "Bộ Chính trị"), ("MEMBER_OF", "Lê Hồng Anh", "Bộ Chính trị"),
      ("MEMBER_OF", "Trương Tấn Sang", "Ban Bí thư"), ("MEMBER_OF", "Nguyễn Văn Chi", "Ủy ban Kiểm tra TƯ"),
      ("MEMBER_OF", "Nguyễn Thị Doan", "Ủy ban Kiểm tra TƯ"), ("MEMBER_OF", "Trần Văn Truyền", "Ủy ban Kiểm tra TƯ")}),
    # an organization and a colon inside a sentence heads no list
    ("Theo Bộ Y tế: ông Nguyễn Văn A cho biết số ca mắc đã giảm.",
     [("ORG", "Bộ Y tế"), ("PER", "Nguyễn Văn A")], set()),
    # an office of several people, each item of a list parted by ";" one of them with a description
    ("Cùng dự có các đồng chí Ủy viên Trung ương Đảng: Nguyễn Đắc Vinh, Bí thư Tỉnh ủy Nghệ An; Trung tướng Nguyễn "
     "Trọng Nghĩa, Phó chủ nhiệm TCCT. Tham dự còn có",
     [("TITLE", "Ủy viên"), ("ORG", "Trung ương Đảng"), ("PER", "Nguyễn Đắc Vinh"), ("TITLE", "Bí thư"),
      ("ORG", "Tỉnh ủy Nghệ An"), ("RANK", "Trung tướng"), ("PER", "Nguyễn Trọng Nghĩa"), ("TITLE", "Phó chủ nhiệm"),
      ("ORG", "TCCT")],
     {("TITLE_AT", "Ủy viên", "Trung ương Đảng"), ("HAS_TITLE", "Nguyễn Đắc Vinh", "Ủy viên"),
      ("MEMBER_OF", "Nguyễn Đắc Vinh", "Trung ương Đảng"), ("HAS_TITLE", "Nguyễn Đắc Vinh", "Bí thư"),
      ("TITLE_AT", "Bí thư", "Tỉnh ủy Nghệ An"), ("MEMBER_OF", "Nguyễn Đắc Vinh", "Tỉnh ủy Nghệ An"),
      ("HAS_TITLE", "Nguyễn Trọng Nghĩa", "Ủy viên"), ("MEMBER_OF", "Nguyễn Trọng Nghĩa", "Trung ương Đảng"),
      ("HAS_RANK", "Nguyễn Trọng Nghĩa", "Trung tướng"), ("HAS_TITLE", "Nguyễn Trọng Nghĩa", "Phó chủ nhiệm"),
      ("TITLE_AT", "Phó chủ nhiệm", "TCCT"), ("MEMBER_OF", "Nguyễn Trọng Nghĩa", "TCCT")}),
    # the items may open with the person's own office (an abbreviation in brackets inside)
    ("có các đồng chí Ủy viên Trung ương Đảng: Bộ trưởng Bộ Thông tin và Truyền thông (TT&TT) Trương Minh Tuấn; "
     "Thượng tướng Bế Xuân Trường, Thứ trưởng Bộ Quốc phòng.",
     [("TITLE", "Ủy viên"), ("ORG", "Trung ương Đảng"), ("PER", "Trương Minh Tuấn"), ("PER", "Bế Xuân Trường")],
     {("TITLE_AT", "Ủy viên", "Trung ương Đảng"), ("HAS_TITLE", "Trương Minh Tuấn", "Ủy viên"),
      ("MEMBER_OF", "Trương Minh Tuấn", "Trung ương Đảng"), ("HAS_TITLE", "Bế Xuân Trường", "Ủy viên"),
      ("MEMBER_OF", "Bế Xuân Trường", "Trung ương Đảng")}),
    # a second office opened after ";" ends the first one's list
    ("cùng các Phó Chủ tịch UBND tỉnh: Lê Văn D; các Ủy viên: Trần Văn E, Phạm Thị F.",
     [("TITLE", "Phó Chủ tịch"), ("ORG", "UBND tỉnh"), ("PER", "Lê Văn D"), ("TITLE", "Ủy viên"), ("PER", "Trần Văn E"),
      ("PER", "Phạm Thị F")],
     {("TITLE_AT", "Phó Chủ tịch", "UBND tỉnh"), ("HAS_TITLE", "Lê Văn D", "Phó Chủ tịch"),
      ("MEMBER_OF", "Lê Văn D", "UBND tỉnh"), ("HAS_TITLE", "Trần Văn E", "Ủy viên"),
      ("HAS_TITLE", "Phạm Thị F", "Ủy viên")}),
])
def test_member_lists_under_a_heading(text, spec, expected):
    assert rels(text, spec) == expected


@pytest.mark.parametrize("text,spec,expected", [
    # the organization's country between it and the holder's name (set O, bcp-o04; set Y, bcp-y07)
    ("Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Quốc vụ viện nước Cộng hòa nhân dân Trung Hoa Lý Cường đang "
     "thăm chính thức Việt Nam.",
     [("TITLE", "Thủ tướng"), ("PER", "Phạm Minh Chính"), ("TITLE", "Thủ tướng"), ("ORG", "Quốc vụ viện"),
      ("LOC", "Cộng hòa nhân dân Trung Hoa"), ("PER", "Lý Cường"), ("LOC", "Việt Nam")],
     {("HAS_TITLE", "Phạm Minh Chính", "Thủ tướng"), ("TITLE_AT", "Thủ tướng", "Quốc vụ viện"),
      ("HAS_TITLE", "Lý Cường", "Thủ tướng"), ("MEMBER_OF", "Lý Cường", "Quốc vụ viện")}),
    # an office taken, told by a verb after the person's own description (set R, bcp-r04); not across a comma after it
    ("Quốc hội đã thông qua Nghị quyết bầu đồng chí Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư giữ chức "
     "Chủ tịch nước.",
     [("ORG", "Quốc hội"), ("PER", "Lương Cường"), ("TITLE", "Ủy viên"), ("ORG", "Bộ Chính trị"),
      ("TITLE", "Thường trực"), ("ORG", "Ban Bí thư"), ("TITLE", "Chủ tịch nước")],
     {("HAS_TITLE", "Lương Cường", "Ủy viên"), ("TITLE_AT", "Ủy viên", "Bộ Chính trị"),
      ("MEMBER_OF", "Lương Cường", "Bộ Chính trị"), ("HAS_TITLE", "Lương Cường", "Thường trực"),
      ("TITLE_AT", "Thường trực", "Ban Bí thư"), ("MEMBER_OF", "Lương Cường", "Ban Bí thư"),
      ("HAS_TITLE", "Lương Cường", "Chủ tịch nước")}),
    ("Ông Nguyễn Văn A, Giám đốc Sở Y tế, cho biết tỉnh sẽ cử làm Trưởng đoàn một Phó Chủ tịch.",
     [("PER", "Nguyễn Văn A"), ("TITLE", "Giám đốc"), ("ORG", "Sở Y tế"), ("TITLE", "Trưởng đoàn")],
     {("HAS_TITLE", "Nguyễn Văn A", "Giám đốc"), ("TITLE_AT", "Giám đốc", "Sở Y tế"),
      ("MEMBER_OF", "Nguyễn Văn A", "Sở Y tế")}),
    # Khmer honorifics between the title and the name: the title is the next person's (set Z, bcp-z27; set BB, bcp-bb29)
    ("Nhận lời mời của Chủ tịch nước Lương Cường, Quốc vương Campuchia Preah Bat Samdech Preah Boromneat Norodom "
     "Sihamoni đã đến Thủ đô Hà Nội.",
     [("TITLE", "Chủ tịch nước"), ("PER", "Lương Cường"), ("TITLE", "Quốc vương"), ("LOC", "Campuchia"),
      ("PER", "Norodom Sihamoni"), ("LOC", "Thủ đô Hà Nội")],
     {("HAS_TITLE", "Lương Cường", "Chủ tịch nước"), ("HAS_TITLE", "Norodom Sihamoni", "Quốc vương")}),
    ("tới Tổng Bí thư, Chủ tịch nước Lào Thongloun Sisoulith, Chủ tịch Đảng Nhân dân Campuchia Samdech Akka Moha Sena "
     "Padei Techo Hun Sen.",
     [("TITLE", "Tổng Bí thư"), ("TITLE", "Chủ tịch nước"), ("LOC", "Lào"), ("PER", "Thongloun Sisoulith"),
      ("TITLE", "Chủ tịch"), ("ORG", "Đảng Nhân dân Campuchia")],
     {("HAS_TITLE", "Thongloun Sisoulith", "Tổng Bí thư"), ("HAS_TITLE", "Thongloun Sisoulith", "Chủ tịch nước"),
      ("TITLE_AT", "Chủ tịch", "Đảng Nhân dân Campuchia")}),
    # a short note in parentheses after the name, and a committee word in the chain (set V, XH_TT__2683)
    ("Anh Hầu A Lềnh(dân tộc Mông), phó bí thư huyện ủy, chủ tịch UBND huyện Sa Pa là người trẻ nhất.",
     [("PER", "Hầu A Lềnh"), ("TITLE", "phó bí thư"), ("TITLE", "chủ tịch"), ("ORG", "UBND huyện Sa Pa")],
     {("HAS_TITLE", "Hầu A Lềnh", "phó bí thư"), ("HAS_TITLE", "Hầu A Lềnh", "chủ tịch"),
      ("TITLE_AT", "chủ tịch", "UBND huyện Sa Pa"), ("MEMBER_OF", "Hầu A Lềnh", "UBND huyện Sa Pa")}),
    ("Đoàn có Thứ trưởng Vũ Đức Đam (43 tuổi), Phó giám đốc ĐHQG TP.HCM Phan Thanh Bình (46 tuổi).",
     [("TITLE", "Thứ trưởng"), ("PER", "Vũ Đức Đam"), ("TITLE", "Phó giám đốc"), ("ORG", "ĐHQG TP.HCM"),
      ("PER", "Phan Thanh Bình")],
     {("HAS_TITLE", "Vũ Đức Đam", "Thứ trưởng"), ("HAS_TITLE", "Phan Thanh Bình", "Phó giám đốc"),
      ("TITLE_AT", "Phó giám đốc", "ĐHQG TP.HCM"), ("MEMBER_OF", "Phan Thanh Bình", "ĐHQG TP.HCM")}),
    # a city, a dash, its country (set Z, XH_NLD__4640; set U, XH_NLD__4227); not a route
    ("lần đầu tiên đồng chí Trần Phú là tháng 8-1926, tại Quảng Châu - Trung Quốc, đồng chí đã gặp",
     [("PER", "Trần Phú"), ("LOC", "Quảng Châu"), ("LOC", "Trung Quốc")],
     {("LOCATED_IN", "Quảng Châu", "Trung Quốc")}),
    ("Hãng mở tuyến bay Phnom Penh - Việt Nam.", [("LOC", "Phnom Penh"), ("LOC", "Việt Nam")], set()),
    ("quan hệ hữu nghị Việt Nam - Trung Quốc", [("LOC", "Việt Nam"), ("LOC", "Trung Quốc")], set()),
])
def test_country_before_name_verb_after_description_honorifics_notes_city_country(text, spec, expected):
    assert rels(text, spec) == expected
