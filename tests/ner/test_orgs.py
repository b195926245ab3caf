"""Tests for the ORG recognizer (vnextract.ner.orgs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.ner.base import Candidate, NerContext
from vnextract.ner.orgs import find_orgs
from vnextract.normalize import normalize



def orgs(text: str, ctx: NerContext | None = None) -> list[str]:
    return [text[c.start : c.end] for c in find_orgs(normalize(text), ctx or NerContext())]


@pytest.mark.parametrize(
    "text, expected",
    [
        # head + name parts + trailing bare place unit
        ("Ngày 21/1, Bộ chỉ huy Bộ đội biên phòng tỉnh và Sở Thông tin - Truyền thông đã tổ chức hội nghị.",
         ["Bộ chỉ huy Bộ đội biên phòng tỉnh", "Sở Thông tin - Truyền thông"]),
        ("Về phía Sở Thông tin – Truyền thông, đồng chí phát biểu.", ["Sở Thông tin – Truyền thông"]),
        # a title before the organization is not part of it
        ("Hà Văn Thắng – Phó Giám đốc Thường trực Sở Thông tin và Truyền thông cùng cán bộ.",
         ["Sở Thông tin và Truyền thông"]),
        # abbreviations with places
        ("Nguồn: Sở TT&TT Lào Cai", ["Sở TT&TT Lào Cai"]),
        ("Chủ tịch UBND tỉnh Lào Cai Nguyễn Văn Vịnh dự họp.", ["UBND tỉnh Lào Cai"]),
        ("Công an TP.HCM cho biết", ["Công an TP.HCM"]),
        ("Đại biểu HĐND Q.Bình Thạnh, Chỉ huy trưởng Ban chỉ huy quân sự P.7 Nguyễn Thanh Phúc",
         ["HĐND Q.Bình Thạnh", "Ban chỉ huy quân sự P.7"]),
        ("Đồn Biên phòng Bát Xát tổ chức tuần tra.", ["Đồn Biên phòng Bát Xát"]),
        ("Nguyên Phó đồn Biên phòng cửa khẩu Nam Giang bị bắt", ["đồn Biên phòng cửa khẩu Nam Giang"]),
        # organization + parent with no punctuation is one span; comma, dash, slash split
        ("Ông làm Trưởng Ban Tuyển sinh và Đào tạo Bộ Quốc phòng Campuchia.",
         ["Ban Tuyển sinh và Đào tạo Bộ Quốc phòng Campuchia"]),
        ("Thư cảm ơn của Quân ủy Trung ương – Bộ Quốc phòng", ["Quân ủy Trung ương", "Bộ Quốc phòng"]),
        ("giữa Đoàn Campuchia với Cục Pháp chế/Bộ Tổng Tham mưu QĐND Việt Nam",
         ["Cục Pháp chế", "Bộ Tổng Tham mưu QĐND Việt Nam"]),
        ("Đoàn đại biểu Cục Thông tin, Quân đội Myanmar.", ["Cục Thông tin", "Quân đội Myanmar"]),
        # quân đội + country; generic lower case is no ORG
        ("trước ưu thế của quân đội Syria ở Palmyra", ["quân đội Syria"]),
        ("thiếu sót của quân đội và công an phường, chính phủ các nước", []),
        ("Quân đội nhân dân Việt Nam đã tiếp", ["Quân đội nhân dân Việt Nam"]),
        # "lực lượng X": only X; a delegation is no ORG
        ("các lực lượng quân đội Ukraine chỉ đương đầu", ["quân đội Ukraine"]),
        ("Đoàn Campuchia thăm Việt Nam", []),
        # named institutions, press credits, full name + abbreviation
        ("đường lối của Đảng, Nhà nước và Quốc hội", ["Đảng", "Nhà nước", "Quốc hội"]),
        ("Thủ tướng Chính phủ Phạm Minh Chính", ["Chính phủ"]),
        ("Ảnh: Hồng Pha/TTXVN (NLĐ)- Sáng qua", ["TTXVN", "NLĐ"]),
        ("chống Nhà nước Hồi giáo tự xưng (IS) ở Raqqa", ["Nhà nước Hồi giáo", "IS"]),
        ("của lực lượng dân chủ Syria (SDF) do Mỹ", ["SDF"]),
        # a document number is no ORG
        ("chương trình phối hợp số 03/CTr-STTTT-BCHBĐBP giai đoạn 2012", []),
        # a bare capitalized head inside a sentence refers to a specific agency
        ("đồng chí Phó Giám đốc Sở mong muốn", ["Sở"]),
        ("Bộ trưởng Bộ Quốc phòng tiếp Đại sứ", ["Bộ Quốc phòng"]),
        # not organizations
        ("tuần tra chung trên vịnh Bắc Bộ, biên giới", []),
        ("Trường hợp này, Hội nghị đã thảo luận; Bộ trưởng phát biểu", []),
        # a bare sentence-initial "Quân đội" stays unannotated, as in the dev gold
        # (org_heads.tsv `predicate` rows turn it into ORG before a predicate)
        ("Quân đội làm kinh tế là cũng cố tiềm lực.", []),
        ("Quân đội các nước đều có nhiệm vụ đó.", []),
        ("Phó đô đốc Hải quân Nga Avramenko Sergey Victorovich cho biết", ["Hải quân Nga"]),
        ("sinh viên Đại học Bách khoa Hà Nội", ["Đại học Bách khoa Hà Nội"]),
        # "Cty" / "cty" is "Công ty" abbreviated
        ("Trong tháng này, cty VINECO sẽ tổ chức", ["VINECO"]),  # a lower-case firm word + a foreign name: a cue
        ("ông làm ở cty du lịch", []),
    ],
)
def test_spans(text: str, expected: list[str]) -> None:
    assert orgs(text) == expected


@pytest.mark.parametrize(
    "text, start, end, canonical, rule",
    [
        ("UBND tỉnh Lào Cai", 0, 17, "Ủy ban nhân dân tỉnh Lào Cai", "org.abbr.head"),
        ("Nguồn: Sở TT&TT Lào Cai", 7, 23, "Sở Thông tin và Truyền thông Lào Cai", "org.head.department"),
        ("Sở Thông tin - Truyền thông", 0, 27, "Sở Thông tin và Truyền thông", "org.head.department"),
        ("Theo TTXVN, hôm nay", 5, 10, "Thông tấn xã Việt Nam", "org.abbr.org"),
        ("của Đảng;", 4, 8, "Đảng Cộng sản Việt Nam", "org.name.party"),
        ("Bộ chỉ huy Bộ đội biên phòng tỉnh và", 0, 33, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "org.head.military"),
        ("Bộ Quốc phòng đã", 0, 13, None, "org.head.ministry"),
    ],
)
def test_offsets_canonical_rule(text: str, start: int, end: int, canonical: str | None, rule: str) -> None:
    (c,) = find_orgs(normalize(text), NerContext())
    assert (c.start, c.end, c.label, c.canonical, c.rule) == (start, end, "ORG", canonical, rule)


def test_defined_abbreviation_carries_the_full_name() -> None:
    text = "Theo Trung tâm Quản lý giao thông công cộng (TMC), xe buýt chạy. Giám đốc TMC cho biết"
    from vnextract.segment import segment_words

    ctx = NerContext(words=tuple(segment_words(text)))
    found = [c for c in find_orgs(normalize(text), ctx) if text[c.start : c.end] == "TMC"]
    assert [(c.rule, c.canonical) for c in found] == [
        ("org.abbr.paren", "Trung tâm Quản lý giao thông công cộng"),
        ("org.abbr.defined", "Trung tâm Quản lý giao thông công cộng"),
    ]
    assert (found[1].start, found[1].end) == (74, 77)


def test_a_known_place_after_a_name_is_no_foreign_person() -> None:
    # the places found before the organizations tell "Saint Petersburg" from a person's name
    from vnextract import extract

    text = "Giám đốc Sở An ninh nội vụ Saint Petersburg Mikhail Vanitski tới chia buồn."
    assert [(e.label, e.text) for e in extract(text).entities if e.label in ("ORG", "PER")] == [
        ("ORG", "Sở An ninh nội vụ Saint Petersburg"), ("PER", "Mikhail Vanitski")]


def test_tone_placement_and_nfd() -> None:
    """Old and new tone placement and NFD input give the same spans, as read."""
    import unicodedata

    for text in ("Quân uỷ Trung ương họp", "Quân ủy Trung ương họp"):
        assert orgs(text) == [text[:18]]
    nfd = unicodedata.normalize("NFD", "Sở Thông tin và Truyền thông Lào Cai")
    (c,) = find_orgs(normalize(nfd), NerContext())
    assert nfd[c.start : c.end] == nfd


def test_person_candidates_end_a_name() -> None:
    text = "Bộ Quốc phòng Việt Nam Phùng Quang Thanh"
    assert orgs(text) == ["Bộ Quốc phòng Việt Nam"]
    ctx = NerContext(found=[Candidate(14, 22, "PER", "test")])
    assert orgs("Bộ Quốc phòng Việt Nam", ctx) == ["Bộ Quốc phòng"]


def test_user_rules_dir(tmp_path: Path) -> None:
    (tmp_path / "org_abbreviations.tsv").write_text("term\tcanonical\tkind\nXYZCORP\tTập đoàn XYZ\torg\n", encoding="utf-8")
    text = "Theo XYZCORP, doanh thu tăng"
    assert orgs(text) == []
    cands = find_orgs(normalize(text), NerContext(rules_dirs=(str(tmp_path),)))
    assert [(c.start, c.end, c.canonical) for c in cands] == [(5, 12, "Tập đoàn XYZ")]


def test_user_rule_with_an_unknown_role_is_refused(tmp_path: Path) -> None:
    from vnextract.errors import RulesError

    (tmp_path / "org_heads.tsv").write_text("term\trole\tkind\tflags\tcanonical\nxong\tverbb\tpredicate\t\t\n",
                                            encoding="utf-8")
    with pytest.raises(RulesError, match="unknown role 'verbb'"):
        find_orgs(normalize("Cục Thuế xong"), NerContext(rules_dirs=(str(tmp_path),)))


_ALPHABET = st.sampled_from(list("BộSởCụcUBNDtỉnhLàoCaiĐảngQuốchộiTT&-–/(), .\n\u00a0àáảãạđ0123"))
_WORDS = st.sampled_from(["Bộ", "Sở", "UBND", "tỉnh", "Lào Cai", "Quốc phòng", "và", "Đảng", "quân đội", "Syria",
                          "TT&TT", "-", ",", "(", ")", "Nguyễn Văn A", "Hội nghị", "P.7", "TP.HCM", "\n", "03/CTr-STTTT"])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(_ALPHABET, max_size=60), st.lists(_WORDS, max_size=14).map(" ".join)))
def test_fuzz_spans_are_well_formed(text: str) -> None:
    cands = find_orgs(normalize(text), NerContext())
    prev_end = 0
    for c in cands:
        assert 0 <= c.start < c.end <= len(text)
        assert c.label == "ORG" and c.rule.startswith("org.")
        span = text[c.start : c.end]
        assert span == span.strip() and "\n" not in span
        assert c.start >= prev_end  # left to right, no overlaps
        prev_end = c.end


def orgs_seg(text: str) -> list[str]:
    """Like ``orgs`` but with the segmenter's words in the context, as in the pipeline."""
    from vnextract.segment import segment_words

    ctx = NerContext(words=tuple(segment_words(text)))
    return [text[c.start : c.end] for c in find_orgs(normalize(text), ctx)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a name word goes on in lower case inside one segmented word
        ("Chủ tịch Hội đồng Tham mưu trưởng Liên quân, khẳng định", ["Hội đồng Tham mưu trưởng Liên quân"]),
        ("trước Ủy ban Quốc phòng Hạ viện Mỹ, ông Dunford", ["Ủy ban Quốc phòng Hạ viện Mỹ"]),
        ("Sáng 6/6, Hội Người cao tuổi Việt Nam tổ chức lễ", ["Hội Người cao tuổi Việt Nam"]),
        # ... but not a country run into a verb, nor a word glued past the name
        ("Quân đội Nga hứng thảm họa kinh hoàng", ["Quân đội Nga"]),
        ("Bộ Ngoại giao thông tin về việc này", ["Bộ Ngoại giao"]),
        # "X và Y" inside a name when Y is a capitalized common word
        ("ở Trung tâm Chiến lược và Nghiên cứu quốc tế tại Washington", ["Trung tâm Chiến lược và Nghiên cứu quốc tế"]),
        ("Chủ tịch Quốc hội và Đại biểu Quốc hội dự họp", ["Quốc hội", "Quốc hội"]),
        # a longer name part wins over a head: Phòng không is no "Phòng"
        ("Chính ủy Quân chủng Phòng không không quân đã", ["Quân chủng Phòng không không quân"]),
        # unit numbers inside a name
        ("Tết này, Bộ Tư lệnh Vùng 4 Hải quân đã tổ chức", ["Bộ Tư lệnh Vùng 4 Hải quân"]),
        ("Quân khu 4 và Sư đoàn 304, Lữ đoàn 170 đã", ["Quân khu 4", "Sư đoàn 304", "Lữ đoàn 170"]),
        ('các phong trào "Cơ quan 5 tốt" được', []),
        # a head before an organization; a head in lower case
        ("do Thường vụ Quân ủy Trung ương phát động", ["Thường vụ Quân ủy Trung ương"]),
        ("Ủy viên Thường vụ Quân ủy Trung ương", ["Quân ủy Trung ương"]),
        ("Cổng TTĐT Chính phủ trân trọng giới thiệu", ["Cổng TTĐT Chính phủ"]),
        ("trả lời phỏng vấn trên Đài truyền hình Việt Nam về", ["Đài truyền hình Việt Nam"]),
        ("Chủ tịch UBND huyện đảo Trường Sa cho biết", ["UBND huyện đảo Trường Sa"]),
        # two top-level bodies run together are two; a body and its parent are one
        ("Thứ trưởng Bộ Quốc phòng Quân Ủy Trung ương, Bộ Quốc phòng",
         ["Bộ Quốc phòng", "Quân Ủy Trung ương", "Bộ Quốc phòng"]),
        ("Bộ Tham mưu Quân khu 5 vẫn ghi chép", ["Bộ Tham mưu Quân khu 5"]),
        # a bare head after a sentence adverb
        ("phát triển. Quân đội không có chuyện đi ngược lại", []),
        ("Hiện Bộ Quốc phòng có quan điểm nhất quán", ["Bộ Quốc phòng"]),
        # foreign press and bodies; an abbreviation in parentheses after a full name
        ("Theo National Interest, Kofman cho biết", ["National Interest"]),
        # (a person after "Theo" is known by the full name the text gives first)
        ("Chuyên gia Michael Kofman nói. Theo Kofman, Nga đang đầu tư", []),
        ("thuộc Cơ quan Nghiên cứu Quốc phòng Thụy Điển (FOI), nói", ["Cơ quan Nghiên cứu Quốc phòng Thụy Điển", "FOI"]),
        ("không cho phép không quân Syria (SAAF) thực hiện", ["không quân Syria", "SAAF"]),
        ("Quái kiệt trong quân đội Israel (P2): Nợ máu", ["quân đội Israel"]),
        # a document code, a product model, a new sentence after a photo credit
        ("ban hành Chỉ thị số 788- CT/QUTW về phát động", []),
        ("máy bay chiến đấu tàng hình Sukhoi PAK-FA thế hệ thứ năm", []),
        ("Ảnh: EPA/TTXVN Phát biểu trước báo giới", ["TTXVN", "EPA"]),
        # sources cited: web sites, upper-case photo credits; not a person's credit
        ("Theo cổng thông tin military-informant.com, trên diễn đàn (Chinhphu.vn). Ảnh: WIKIPEDIA. Ảnh: Hồng Pha",
         ["military-informant.com", "Chinhphu.vn", "WIKIPEDIA"]),
        # a prefix abbreviation heads a description; "cấp Nhà nước" is a level; "quân đội ASEAN" is ASEAN's
        ("tốt nghiệp ĐH Dân lập Phương Đông và ĐH Kinh tế quốc dân", ["ĐH Dân lập Phương Đông", "ĐH Kinh tế quốc dân"]),
        ("chuyến thăm cấp Nhà nước tới Mông Cổ của quan chức quân đội ASEAN", ["ASEAN"]),
        # a unit word that starts a head of its own is no place qualifier; a verb part ends a name
        ("Trưởng ban Tổ chức tỉnh ủy Hưng Yên đã dùng", ["tỉnh ủy Hưng Yên"]),
        ("Bộ Quốc phòng chấp hành nghiêm chỉ đạo", ["Bộ Quốc phòng"]),
        # a word that is no organization at the start of a name is the description right after a head
        ("Phó Giám đốc Học viện Khoa học quân sự Trung Quốc, trưởng đoàn", ["Học viện Khoa học quân sự Trung Quốc"]),
        ("Viện Khoa học Xã hội Việt Nam cho biết", ["Viện Khoa học Xã hội Việt Nam"]),
        # a capitalized sentence opener after a name: the period is missing, the name ends
        ("đến thăm cấp trên cũ tại KGB Ngày 8/5, Tổng thống", ["KGB"]),
        ("Công ty Toàn Thắng và Hiệp hội Các trường ĐH, CĐ", ["Công ty Toàn Thắng", "Hiệp hội Các trường ĐH"]),
        # lower-case description words right after the head, when a capitalized name follows them
        ("Hãng thông tấn nhà nước Qatar đưa tin", ["Hãng thông tấn nhà nước Qatar"]),
        ("do Công ty tư vấn Avascent cho biết", ["Công ty tư vấn Avascent"]),
        ("Vụ thảm sát Khi màn đêm buông xuống", []),
        # named bodies without a head; a counted head is many bodies
        ("Phó giám đốc Bảo hiểm xã hội Hưng Yên, Lực lượng Phòng vệ Nhật Bản và Ban chấp hành trung ương",
         ["Bảo hiểm xã hội Hưng Yên", "Lực lượng Phòng vệ Nhật Bản", "Ban chấp hành trung ương"]),
        ("Dự án từng được 8 Bộ và Thủ tướng phê duyệt", []),
        # a common word in capitals as the description; its short name in parentheses, used again later
        ("tại Ban Chỉ đạo Phòng Chống lụt bão Trung ương (Ban Chỉ đạo) nhắc nhở. Chánh Văn phòng Ban Chỉ đạo cho biết",
         ["Ban Chỉ đạo Phòng Chống lụt bão Trung ương", "Ban Chỉ đạo", "Ban Chỉ đạo"]),
        ("giao cho công ty Lâm Viên đầu tư xây dựng", ["công ty Lâm Viên"]),
        # foreign sources credited for photos; a web site in capitals; "The" starts an English name
        ("Nguồn ảnh: Navy Recognition Đại đa số tàu. Ảnh: AFP/Getty. Ảnh: Military Today HEMTT có",
         ["AFP", "Navy Recognition", "Getty", "Military Today"]),
        ("Trung Hiếu/VOV.VN. Theo The Japan Times, bà nói", ["The Japan Times", "VOV.VN"]),
        # a description that goes on with "và" in lower case, or ends in a place qualifier; a prefix abbreviation
        ("Chủ nhiệm Ủy ban Kinh tế và ngân sách của Quốc hội", ["Ủy ban Kinh tế và ngân sách", "Quốc hội"]),
        ("Trung tâm giáo dục thường xuyên tỉnh Bạc Liêu 100, CĐSP Cần Thơ 150",
         ["Trung tâm giáo dục thường xuyên tỉnh Bạc Liêu", "CĐSP Cần Thơ"]),
        # an organization's own abbreviation after its full name is a second ORG; a parent's is part of the name
        ("Tổ chức Y tế thế giới WHO sẽ tới. Ban Thư ký APEC quốc tế đã dự. Cục Hậu cần QK5 cũng cử",
         ["Tổ chức Y tế thế giới", "WHO", "Ban Thư ký APEC quốc tế", "Cục Hậu cần QK5"]),
        # a head after an abbreviation starts a new body; a unit number after a description
        ("bên lề Hội nghị thượng đỉnh G20 Cơ quan tình báo Mỹ vừa", ["G20", "Cơ quan tình báo Mỹ"]),
        ("Trung đoàn bộ binh số 1 nói; Tổng công ty xây dựng công trình giao thông 6 đã bơm; ĐH Ngoại thương đào tạo 2 ngành",
         ["Trung đoàn bộ binh số 1", "Tổng công ty xây dựng công trình giao thông 6", "ĐH Ngoại thương đào tạo"]),
        # a name after a cue word ("tờ", "phiến quân", "nhóm" + foreign words); not a common word with a capital
        ("Theo tờ Al-Monitor, giao tranh với phiến quân Maute. Nhóm Airwars có trụ sở tại London",
         ["Al-Monitor", "Maute", "Airwars"]),
        ("các phiến quân Hồi giáo và các nhóm Ả Rập", []),
        # the Front named alone; CTCP heads a company's name
        ("lãnh đạo Mặt trận ba nước và CTCP Trường Thọ", ["Mặt trận", "CTCP Trường Thọ"]),
        # a hyphenated name with a particle
        ("tốt nghiệp tại Đại học Aix-en-Provence năm 1990", ["Đại học Aix-en-Provence"]),
        ("vào Trường ĐH Y dược TP.HCM và", ["Trường ĐH Y dược TP.HCM"]),
        # a description whose first word alone is capitalized goes on in lower case ...
        ("Cục Quản lý đê điều cho biết", ["Cục Quản lý đê điều"]),
        ("Phòng Quản lý đô thị quận Bình Thạnh đã kiểm tra", ["Phòng Quản lý đô thị quận Bình Thạnh"]),
        ("Theo Trung tâm Y tế dự phòng Phú Yên, số công nhân", ["Trung tâm Y tế dự phòng Phú Yên"]),
        # ... up to a verb, a function word or a word of one syllable
        ("Cục Quản lý thị trường tổ chức kiểm tra", ["Cục Quản lý thị trường"]),
        ("Ban Tư vấn trả lời bạn đọc", ["Ban Tư vấn"]),
        ("Cục Thuế đã thông báo", ["Cục Thuế"]),
        # ... but not after a head that is not descriptive, nor after a name of several capitals
        ("Sở Y tế kiểm tra an toàn thực phẩm", ["Sở Y tế"]),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam cấp tỉnh", ["Ủy ban Mặt trận Tổ quốc Việt Nam"]),
        # a lower-case head with a proper name is one body; with a place, a kind, or after a quantifier, none
        ("Vụ cháy tại công ty TNHH Cường Hưng ở quận 8", ["công ty TNHH Cường Hưng"]),
        ("Ông được đưa vào bệnh viện Chợ Rẫy cấp cứu", ["bệnh viện Chợ Rẫy"]),
        ("tỉnh ủy Hưng Yên đã họp", ["tỉnh ủy Hưng Yên"]),
        ("giảng viên khoa Kinh tế công nghiệp của trường", ["khoa Kinh tế công nghiệp"]),
        ("Nhiều công ty Trung Quốc đã rút", []),
        ("các doanh nghiệp tư nhân, công ty TNHH, hợp tác xã", []),
        ("tại trụ sở Chính phủ, Thủ tướng", ["Chính phủ"]),
        ("nhập học tại trường Đại học Quốc tế (khóa 2014)", ["Đại học Quốc tế"]),
        ("gần bệnh viện Al-Bab, khu phố Sheikh Aqil", ["bệnh viện Al-Bab"]),
        # an abbreviation the text defines is that organization wherever it is used
        ("Theo Trung tâm Quản lý giao thông công cộng (TMC), xe buýt chạy. Giám đốc TMC cho biết",
         ["Trung tâm Quản lý giao thông công cộng", "TMC", "TMC"]),
        ("Bộ Thông tin và Truyền thông (TT&TT) chỉ đạo ngành TT&TT", ["Bộ Thông tin và Truyền thông", "TT&TT"]),
        # "số" + the number of a body, not of a document
        ("Ngày 28/8, Đoàn Kiểm tra số 1348 của Bộ Chính trị làm việc.", ["Đoàn Kiểm tra số 1348", "Bộ Chính trị"]),
        ("công nhân thuộc Xí nghiệp xây dựng số 4, Tổng công ty xây dựng Hà Nội",
         ["Xí nghiệp xây dựng số 4", "Tổng công ty xây dựng Hà Nội"]),
        ("tại Trường THPT số 1 Tuy Phước huyện Tuy Phước", ["Trường THPT số 1 Tuy Phước huyện Tuy Phước"]),
        ("tốt nghiệp ĐH Kinh tế kế hoạch số 690 ngày 12/10/2004", ["ĐH Kinh tế kế hoạch"]),
        # a place qualifier after a unit word, also a place that looks like a person's name
        ("lực lượng Bộ đội Biên phòng Thành phố Hồ Chí Minh đã phát hiện", ["Bộ đội Biên phòng Thành phố Hồ Chí Minh"]),
        # (the bare unit word before the office-holder's name stays the body's: gold "UBND TP", "Sở GD-ĐT TP")
        ("Công an Hoàng Mai và Chủ tịch UBND TP Lê Thanh Hải", ["Công an Hoàng Mai", "UBND TP"]),
        # a unit word ends the name when a new sentence starts after it (its period missing or not)
        ("thăm BCH Quân sự TP Tối giao thừa (28-1), đồng chí", ["BCH Quân sự TP"]),
        ("Công an TP và Bộ chỉ huy quân sự TP. Phấn khởi trước tình hình", ["Công an TP", "Bộ chỉ huy quân sự TP"]),
        ("đưa đến Bệnh viện Đa khoa huyện Tuy Phước để cấp cứu", ["Bệnh viện Đa khoa huyện Tuy Phước"]),
        # a state or party body takes no personal name after it
        ("Thường trực Ban Bí thư Lương Cường làm Trưởng đoàn", ["Ban Bí thư"]),
        ("Chủ tịch Hạ viện L. Zaoralek cho biết", ["Hạ viện"]),
        # ... but a place named after a person is the name's end: a school, a ward
        ("10 phòng học của Trường Tiểu học Phan Chu Trinh, xã Cư Mốt", ["Trường Tiểu học Phan Chu Trinh"]),
        ("Chủ tịch Hội đồng tham mưu trưởng liên quân Mỹ, Tướng Joseph Dunford", ["Hội đồng tham mưu trưởng liên quân Mỹ"]),
        # legislatures, coalitions, government forces, an organizing committee
        ("Theo Thượng viện Mỹ, Hạ viện đã thông qua.", ["Thượng viện Mỹ", "Hạ viện"]),
        ("vụ không kích của liên quân Mỹ vào đoàn xe của quân chính phủ Syria", ["liên quân Mỹ", "quân chính phủ Syria"]),
        ("Thủ tướng Quốc vụ viện Trung Quốc Lý Cường", ["Quốc vụ viện Trung Quốc"]),
        ("Chiều 23-1, Ban tổ chức cho biết", ["Ban tổ chức"]),
        ("Chủ nhiệm Hợp tác xã Vận tải thô sơ bày tỏ lo ngại", ["Hợp tác xã Vận tải thô sơ"]),
        # a capitalized head in mid-sentence with a lower-case description of two words or more
        ("lời đại tá Chu Ba, Giám đốc Trung tâm hợp tác an ninh quốc tế thuộc Bộ Quốc phòng",
         ["Trung tâm hợp tác an ninh quốc tế", "Bộ Quốc phòng"]),
        ("các trường, Viện nghiên cứu của Quân đội", ["Quân đội"]),
        ("Trung tâm thương mại này rất lớn, có Trung tâm thương mại lớn nhất", []),
        # an upper-case source after "theo", not an academic title
        ("Theo UPI, cũng tại khu vực. Trung Hiếu (theo FNA)", ["UPI", "FNA"]),
        ("Theo GS, vấn đề này. Theo TS. Nguyễn Văn A, và theo VN, ", []),
    ],
)
def test_spans_with_words(text: str, expected: list[str]) -> None:
    assert orgs_seg(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a region written lower-case first (a LOC found before) after a description
        ("tiếp Chủ tịch Ngân hàng Đầu tư cơ sở hạ tầng châu Á (AIIB) Kim Lập Quần",
         ["Ngân hàng Đầu tư cơ sở hạ tầng châu Á", "AIIB"]),
        ("theo cách khác với quân đội phương Tây. Nga", []),
        # a sentence-initial bare head before a tense or speech word is the body itself
        ("Thanh tra ở TP.HCM hiện còn lớn. Bộ đang thực hiện thanh tra.", ["Bộ"]),
        ("Bộ là cơ quan lớn. Quân đội làm kinh tế.", []),
        # a lexicon name in each of its capitalizations; its own abbreviation after it is a second ORG
        ('thuộc tổ chức "Quân đội Syria tự do" (FSA) tiến hành', ["Quân đội Syria tự do", "FSA"]),
        ("các nhóm chiến binh Quân đội Syria tự do FSA trong 5 ngày", ["Quân đội Syria tự do", "FSA"]),
        # a foreign name after a cue, also across modifiers or a word the segmenter glued to it
        ("chia sẻ với hãng tin địa phương NTV. Xe quân sự", ["NTV"]),
        ("Trang truyền thông chính thức Amaq của IS", ["Amaq", "IS"]),
        ("lực lượng tổ chức Hay'at Tahrir Al-Sham có được", ["Hay'at Tahrir Al-Sham"]),
        ("lực lượng biệt kích Spetsnaz tinh nhuệ", ["Spetsnaz"]),
        ("lực lượng người Kurd và phiến quân Hồi giáo", []),
        # a dash between two parts of one name (not between two places)
        ("Phan Xuân Biên, Trưởng Ban Tư tưởng – Văn hóa Thành ủy; các Phó Chủ tịch", ["Ban Tư tưởng – Văn hóa Thành ủy"]),
        ("Thông tin từ Cục Cảnh sát giao thông Đường bộ - Đường sắt cho biết",
         ["Cục Cảnh sát giao thông Đường bộ - Đường sắt"]),
        ("phải mất 3-4 ngày để liên quân Mỹ - Hàn áp đảo hỏa lực", ["liên quân Mỹ"]),
        # a level or an honour before a head: no body
        ("trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân tặng Bộ đội Biên phòng", ["Bộ đội Biên phòng"]),
        ("đào tạo cho cán bộ cao cấp Quân đội Hoàng gia Campuchia", ["Quân đội Hoàng gia Campuchia"]),
        # a bare head names the body the text is about, unless a description follows it
        ("bị uốn ván đang điều trị tại Viện. Hiện Viện đang điều trị cho 5 bệnh nhân", ["Viện", "Viện"]),
        ("trong giờ cao điểm, Công ty đã hợp đồng thêm xe", ["Công ty"]),
        ("sau khi đánh chiếm Công ty khí gas Hayyan, quân đội", []),
        # company forms before the name, which may look like a person's (Lâm Viên)
        ("biệt thự Công ty TNHH Lâm Viên được UBND TP HCM giao", ["Công ty TNHH Lâm Viên", "UBND TP HCM"]),
        ("Phong Điền và Công ty cổ phần nước khoáng Thanh Tân thực hiện", ["Công ty cổ phần nước khoáng Thanh Tân"]),
        # youth unions and federations; "và" inside a lower-case description
        ("cựu cán bộ Thành đoàn TP.HCM, giao liên của Tổng hội Sinh viên Sài Gòn. Bà rời Thành đoàn theo chồng",
         ["Thành đoàn TP.HCM", "Tổng hội Sinh viên Sài Gòn", "Thành đoàn"]),
        ("chuyên gia của Trung tâm chiến lược và nghiên cứu quốc tế bổ sung rằng", ["Trung tâm chiến lược và nghiên cứu quốc tế"]),
        # single syllables of a description before a number or a name, after a capitalized head in mid-sentence
        ("Đại tá Alexis Walker, chỉ huy Biên đội tàu khu trục 7, trưởng đoàn", ["Biên đội tàu khu trục 7"]),
        ("Voi và ngựa của Liên đoàn xiếc Việt Nam đã đến Huế", ["Liên đoàn xiếc Việt Nam"]),
        ('lụt bão, dịch bệnh? "Vụ cháy tòa nhà ITC, dịch SARS', []),
        ("các trường ĐH tổ chức thi Olympic tiếng Nga", []),
        ("sẽ phải vay Ngân hàng thế giới khoảng 20 triệu USD", ["Ngân hàng thế giới"]),
        # the byline that ends an article is no part of the name before it
        ("FSA tấn công bằng tên lửa vào quân đội Syria QA Quang Anh -", ["FSA", "quân đội Syria"]),
        # a head's syllable that starts a common word is none; a description goes on after a word's last syllable
        ("Mỹ cử Sư đoàn Thiết giáp số 2 và Sư đoàn Bộ binh số 1 chiến đấu", ["Sư đoàn Thiết giáp số 2", "Sư đoàn Bộ binh số 1"]),
        ("giấy chứng nhận của Cục An toàn Vệ sinh thực phẩm; các cơ sở", ["Cục An toàn Vệ sinh thực phẩm"]),
        # a credited agency ends at its name: the next sentence lacks its period
        ("tại Liên Hiệp Quốc ngày 28-4. Ảnh: AP Nga, Syria nổi giận. Nguồn: UBND tỉnh Lào Cai. Ảnh: Google Maps.",
         ["Liên Hiệp Quốc", "AP", "UBND tỉnh Lào Cai", "Google Maps"]),
        ("đoàn đại biểu cấp cao Ủy ban Trung ương Mặt trận Lào xây dựng đất nước do ông dẫn đầu",
         ["Ủy ban Trung ương Mặt trận Lào xây dựng đất nước"]),
        ("Chương trình Giao lưu Hải quân giữa Hải quân Nhân dân Việt Nam và Hải quân Mỹ",
         ["Hải quân Nhân dân Việt Nam", "Hải quân Mỹ"]),
        # armed forces of a country, not after a quantifier
        ("đại diện lực lượng vũ trang Ukraine đã phản đối, cảnh báo các lực lượng vũ trang Syria",
         ["lực lượng vũ trang Ukraine"]),
        # party groups; a building is no body, but the body in "tòa nhà Quốc hội" is
        ("Bí thư Đảng đoàn Quốc hội. Sáng 4/2, tại Nhà Quốc hội, họp ở tòa nhà Quốc hội", ["Đảng đoàn Quốc hội", "Quốc hội"]),
    ],
)
def test_spans_in_the_pipeline(text: str, expected: list[str]) -> None:
    import vnextract

    assert [e.text for e in vnextract.extract(text).entities if e.label == "ORG"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a standing body before a party committee, a council or the state, not a title's end
        ("Chiều 12/12, Thường trực Tỉnh ủy Kiên Giang tổ chức họp.",
         [("Thường trực Tỉnh ủy Kiên Giang", 13, 43, "org.head.party")]),
        ("báo cáo kết quả cho Thường trực Chính phủ vào cuối năm.", [("Thường trực Chính phủ", 20, 41, "org.head.party")]),
        ("Ông A, Phó Bí thư Thường trực Tỉnh ủy Kiên Giang, nói.", [("Tỉnh ủy Kiên Giang", 30, 48, "org.head.party")]),
        ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Trần Cẩm Tú dự.",
         [("Bộ Chính trị", 8, 20, "org.name.party"), ("Ban Bí thư", 34, 44, "org.name.party")]),
        ("Phó Tổng Thanh tra Thường trực Thanh tra Chính phủ.", [("Thanh tra Chính phủ", 31, 50, "org.head.office")]),
        # a naval region with its number
        ("Chiến sĩ Vùng 4 Hải quân chuẩn bị nghi thức đón tiếp.", [("Vùng 4 Hải quân", 9, 24, "org.head.military")]),
        ("Vùng Tây Bắc có nhiều đồi.", []),
        ("Các thành viên Hội đồng Hợp tác Vùng Vịnh họp.", [("Hội đồng Hợp tác Vùng Vịnh", 15, 41, "org.head.council")]),
        ("Trường trang bị hệ thống thư viện.", []),
        # a foreign abbreviation after a force described in lower case, and its later uses
        ("Lực lượng vũ trang địa phương (NDF) tiêu diệt 50 tay súng. Các binh sĩ NDF chiến đấu.",
         [("NDF", 31, 34, "org.abbr.paren"), ("NDF", 71, 74, "org.abbr.defined")]),
        ("Lực lượng gìn giữ hòa bình (GGHB) đã đến.", []),
        # portfolios listed after "các bộ"
        ("Các tỉnh, các bộ: Quốc phòng, Vận tải, thủy sản, Tổng công ty dầu khí Việt Nam phải theo dõi.",
         [("Quốc phòng", 18, 28, "org.list.portfolio"), ("Vận tải", 30, 37, "org.list.portfolio"),
          ("thủy sản", 39, 47, "org.list.portfolio"), ("Tổng công ty dầu khí Việt Nam", 49, 78, "org.head.company")]),
        ("lãnh đạo các Bộ Y tế, Quốc phòng, Tư pháp dự họp.",
         [("Bộ Y tế", 13, 20, "org.head.ministry"), ("Quốc phòng", 22, 32, "org.list.portfolio"),
          ("Tư pháp", 34, 41, "org.list.portfolio")]),
        # portfolios written without their dash; Trang bị is a department's function
        ("Sở Lao động thương binh và xã hội có đưa ra kế hoạch.",
         [("Sở Lao động thương binh và xã hội", 0, 33, "org.head.department")]),
        ("quyết định của Bộ Đại học và Trung học chuyên nghiệp.",
         [("Bộ Đại học và Trung học chuyên nghiệp", 15, 52, "org.head.ministry")]),
        ("Bà thăm Tổng cục Trang bị Vũ khí (DGA) tại Bruz.",
         [("Tổng cục Trang bị Vũ khí", 8, 32, "org.head.department"), ("DGA", 34, 37, "org.abbr.paren")]),
        # a defined abbreviation keeps a known place after it
        ("Tổng công ty Dịch vụ Dầu khí Việt Nam (OSC), trả lời: OSC Việt Nam (tại TPHCM)",
         [("Tổng công ty Dịch vụ Dầu khí Việt Nam", 0, 37, "org.head.company"), ("OSC", 39, 42, "org.abbr.paren"),
          ("OSC Việt Nam", 54, 66, "org.abbr.defined")]),
        # "&amp;" left from HTML (blanked out in the normalized text) joins a portfolio's two parts
        ('Theo Sở Nông nghiệp &amp; phát triển nông thôn Phú Yên, bò bị chết.',
         [('Sở Nông nghiệp &amp; phát triển nông thôn Phú Yên', 5, 54, 'org.head.department')]),
        # a border gate's modifier after the unit word: cửa khẩu quốc tế / quốc gia / chính / phụ
        ('Cán bộ Đồn Biên phòng cửa khẩu quốc tế Na Mèo đã đến từng gia đình.',
         [('Đồn Biên phòng cửa khẩu quốc tế Na Mèo', 7, 45, 'org.head.military')]),
        # a branch and its place after a named body
        ('Giám đốc Ngân hàng Vietcombank chi nhánh Hà Nội cho biết.',
         [('Ngân hàng Vietcombank chi nhánh Hà Nội', 9, 47, 'org.head.company')]),
        # the border guard: "lực lượng X" is X; lower-case only with a country, as "quân đội Nga"
        ('Lực lượng Biên phòng và Công an xã An Sơn đã kiểm tra.',
         [('Biên phòng', 10, 20, 'org.head.army'), ('Công an xã An Sơn', 24, 41, 'org.head.police')]),
        ('Lực lượng bộ đội Biên phòng đang phối hợp với các cơ quan.',
         [('bộ đội Biên phòng', 10, 27, 'org.head.military')]),
        ('TQ cáo buộc biên phòng Ấn Độ xâm phạm biên giới.',
         [('biên phòng Ấn Độ', 12, 28, 'org.head.army')]),
        ('thành công của lực lượng biên phòng Thanh Hóa, góp phần bảo vệ.',
         []),
        ('Kiểm tra, giám sát biên phòng  Nghị định cũng quy định.',
         []),
        # a description head as the parent right after the head: its description follows it
        ('Sáng qua, Văn phòng Ban chỉ đạo Phòng chống lụt bão trung ương có công điện.',
         [('Văn phòng Ban chỉ đạo Phòng chống lụt bão trung ương', 10, 62, 'org.head.office')]),
        # a capitalized abbreviation glued by the segmenter onto a lower-case word ("Thuỷ văn TW") ends the word
        ('Theo dự báo của Trung tâm Khí tượng Thuỷ văn TW, đêm 14 có mưa.',
         [('Trung tâm Khí tượng Thuỷ văn TW', 16, 47, 'org.head.centre')]),
        # "Ban chỉ đạo" alone names the body of the text; not when its name goes on ("về ...", "của ...")
        ('Bà chủ trì phiên họp thứ 4 của Ban Chỉ đạo.',
         [('Ban Chỉ đạo', 31, 42, 'org.head.board')]),
        ('Ven bờ biển. Ban chỉ đạo còn yêu cầu thông báo cho các tàu.',
         [('Ban chỉ đạo', 13, 24, 'org.head.board')]),
        ('Ông chủ trì cuộc họp của Ban Chỉ đạo về rà soát, tháo gỡ khó khăn.',
         []),
        # the National Assembly delegation of a province is one body, not "Quốc hội TP. Cần Thơ"
        ('Thủ tướng và Đoàn đại biểu Quốc hội TP. Cần Thơ có cuộc tiếp xúc cử tri.',
         [('Đoàn đại biểu Quốc hội TP. Cần Thơ', 13, 47, 'org.head.council')]),
        # regional cooperation frameworks by their abbreviations
        ('Ông dự các hội nghị GMS, ACMECS và CLMV tại Trung Quốc.',
         [('GMS', 20, 23, 'org.abbr.org'), ('ACMECS', 25, 31, 'org.abbr.org'), ('CLMV', 35, 39, 'org.abbr.org')]),
        # the abbreviation of the name so far in parentheses, then the rest of the name: one ORG, and the
        # abbreviation's other uses are that organization
        ("Liên quan đến vụ Công ty Cổ phần (CTCP) Trường Thọ rải ống nước lấy tiền.",
         [("Công ty Cổ phần (CTCP) Trường Thọ", 17, 50, "org.head.company")]),
        ("Nâng cấp ống ở khu vực Chi nhánh Cấp nước (CNCN) Chợ Lớn. Trên khu vực CNCN Chợ Lớn có 31 hạng mục.",
         [("Chi nhánh Cấp nước (CNCN) Chợ Lớn", 23, 56, "org.head.office"),
          ("CNCN Chợ Lớn", 71, 83, "org.abbr.defined")]),
        # a year or a small number ending a name with a foreign word in it; not a model number
        ("Thông tin mới nhất của Ban tổ chức Festival Huế 2004, do gặp một số trục trặc.",
         [("Ban tổ chức Festival Huế 2004", 23, 52, "org.head.board")]),
        ("Nhà trường gia nhập Hiệp hội Đại học Quốc tế Universitas 21. Nhà trường hiện đang thực hiện.",
         [("Hiệp hội Đại học Quốc tế Universitas 21", 20, 59, "org.head.association")]),
        ("Hãng Boeing 747 đã cất cánh.", [("Boeing", 5, 11, "org.abbr.org")]),  # "Hãng" is a cue before the firm's own name
        # a pair of short country forms after a body is no part of its name
        ("Bộ Quốc phòng Việt-Trung ký Thỏa thuận hợp tác đào tạo.", [("Bộ Quốc phòng", 0, 13, "org.head.ministry")]),
        ("Biên bản ghi nhớ giữa hai Ban công tác đặc biệt Chính phủ Lào-Việt Nam về tìm kiếm.",
         [("Ban công tác đặc biệt Chính phủ Lào-Việt Nam", 26, 70, "org.head.board")]),
        # a second cued firm after "của" + country and "và"
        ("Máy bay do hãng Dornier của Đức và Dassault-Breguet của Pháp chế tạo.",
         [("Dornier", 16, 23, "org.cued"), ("Dassault-Breguet", 35, 51, "org.cued")]),
        # a function verb first in an all lower-case description, with three words after it; not a predicate
        ("Biển động mạnh. Theo Trung tâm dự báo khí tượng thủy văn trung ương, đây là một cơn bão mạnh.",
         [("Trung tâm dự báo khí tượng thủy văn trung ương", 21, 67, "org.head.centre")]),
        ("Hợp tác giữa Cơ quan phụ trách công tác tuyển sinh và đào tạo của hai quân đội.", []),
        ("Sau đó, Ban chỉ đạo tổ chức hội nghị tổng kết.", []),
        # a syllable the segmenter left alone inside a description, before the name
        ("Công ty đã hợp đồng với Công ty Xe khách chất lượng cao Tô Châu đưa thêm 4 xe.",
         [("Công ty", 0, 7, "org.head.company"), ("Công ty Xe khách chất lượng cao Tô Châu", 24, 63, "org.head.company")]),
        # after a prefix abbreviation the name is completed as after a head
        ("Tại phòng đào tạo Trường ĐH Y dược TP.HCM, khi nghe nói đến chứng chỉ.",
         [("Trường ĐH Y dược TP.HCM", 18, 41, "org.head.school")]),
        # a one-word foreign trade name after a dash right after a body's full name, and its later uses
        ("Anh Tới, giám đốc Xí nghiệp Dịch vụ vận tải và du lịch - Sapaco, cho biết. Tour mở với Sapaco.",
         [("Xí nghiệp Dịch vụ vận tải và du lịch", 18, 54, "org.head.company"), ("Sapaco", 57, 63, "org.alias"),
          ("Sapaco", 87, 93, "org.cued.again")]),
        ("Ông Tuấn, Giám đốc Sở Y tế - Hà Nội, cho biết.", [("Sở Y tế", 19, 26, "org.head.department")]),
        # a bare head before a lower-case unit word with no name: a kind of post, not the body
        ("Các loại giấy phép do Biên phòng cửa khẩu cảng cấp gồm: Thị thực.", []),
        ("Lực lượng Biên phòng và Công an xã An Sơn đã kiểm tra.",
         [("Biên phòng", 10, 20, "org.head.army"), ("Công an xã An Sơn", 24, 41, "org.head.police")]),
        # a foreign abbreviation defined after a passive clause, and used again
        ("Ngày 19/5, Chính phủ đoàn kết dân tộc được quốc tế công nhận (GNA) tại Libya đã thành lập một ủy ban. "
         "GNA cũng đã kêu gọi ngừng bắn.",
         [("Chính phủ đoàn kết dân tộc", 11, 37, "org.name.state"), ("GNA", 62, 65, "org.abbr.paren"),
          ("GNA", 102, 105, "org.abbr.defined")]),
    ],
)
def test_org_classes_in_the_pipeline(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    import vnextract

    got = [(e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a cue word (hãng, tập đoàn) before a foreign name: the name only; a second one joined by "và"
        ("Đức chọn hai tập đoàn Rheinmetall và Krauss-Maffei Wegman nhận hợp đồng.",
         [("ORG", "Rheinmetall", 22, 33, "org.cued"), ("ORG", "Krauss-Maffei Wegman", 37, 57, "org.cued")]),
        ("Tàu lớp Belharra của hãng DCNS, với ngân sách lớn.", [("ORG", "DCNS", 26, 30, "org.cued")]),
        ("Tàu Vanguard của hãng BAE Systems Submarine Solutions, mang tên lửa.",
         [("ORG", "BAE Systems Submarine Solutions", 22, 53, "org.cued")]),
        ("Theo tập đoàn Ukroboronprom, việc sản xuất bắt đầu.", [("ORG", "Ukroboronprom", 14, 27, "org.cued")]),
        # a capitalized cue in mid-sentence is in the span; the name alone later is the same ORG
        ("Chuyện lạ khi Kênh truyền hình Canard Enchaîné cáo buộc. Điều tra của Canard Enchaîné cho thấy.",
         [("ORG", "Kênh truyền hình Canard Enchaîné", 14, 46, "org.cued"),
          ("ORG", "Canard Enchaîné", 70, 85, "org.cued.again")]),
        ("Thủ tướng hoan nghênh Tập đoàn PPF mở rộng. Home Credit (công ty con của PPF).",
         [("ORG", "Tập đoàn PPF", 22, 34, "org.head.company"), ("ORG", "PPF", 73, 76, "org.cued.again")]),
        # an upper-case name is propagated after a firm's cue only: "lực lượng PCCC" is no firm
        ("Tăng lực lượng PCCC ở Cần Giờ. Kiểm tra an toàn PCCC tại 747 đơn vị.", [("ORG", "PCCC", 15, 19, "org.cued"),
                                                                                 ("LOC", "Cần Giờ", 22, 29, "places.toml:foreign_after_prep:district")]),
        # a press or company head, a country, a foreign name: the country is a LOC, the name the ORG
        ("Báo Thụy Điển Svenska Dagbladet vừa có bài viết.",
         [("LOC", "Thụy Điển", 4, 13, "org.head.press.country"),
          ("ORG", "Svenska Dagbladet", 14, 31, "org.head.press.name")]),
        ("Các xưởng của Tập đoàn Hà Lan Damen; và hãng khác.",
         [("LOC", "Hà Lan", 23, 29, "org.head.company.country"), ("ORG", "Damen", 30, 35, "org.head.company.name")]),
        # party and government descriptions go on after the name; the acronym after it is an ORG
        # (the office before the body and its bracketed abbreviation cues the name after them)
        ("Tổng Thư ký Đảng Hành động Nhân dân Singapore (PAP) Lawrence Wong phát biểu.",
         [("ORG", "Đảng Hành động Nhân dân Singapore", 12, 45, "org.name.party"),
          ("ORG", "PAP", 47, 50, "org.abbr.paren"), ("PER", "Lawrence Wong", 52, 65, "people:cue")]),
        ("Đảng Dân chủ Tự do cầm quyền, Đảng Xã hội phản đối.",
         [("ORG", "Đảng Dân chủ Tự do", 0, 18, "org.name.party"), ("ORG", "Đảng Xã hội", 30, 41, "org.name.party")]),
        ("Ngày 19/5, Chính phủ đoàn kết dân tộc đã thành lập một ủy ban.",
         [("ORG", "Chính phủ đoàn kết dân tộc", 11, 37, "org.name.state")]),
        ("được nhiều đại biểu Quốc hội (ĐBQH) có ý kiến.", [("ORG", "Quốc hội", 20, 28, "org.name.state")]),
        # a foreign firm ending in a firm word, and its acronym
        ("hợp tác với ThyssenKrupp Marine Systems (TKMS) để đóng tàu.",
         [("ORG", "ThyssenKrupp Marine Systems", 12, 39, "org.foreign"), ("ORG", "TKMS", 41, 45, "org.abbr.paren")]),
        # a sentence start whose period is missing ends the name; a person's name is no parent body
        ("Tàu Vanguard của Hải quân Anh Sau khi nhận kết quả.", [("ORG", "Hải quân Anh", 17, 29, "org.head.army")]),
        ("Phó chủ tịch Quân ủy TƯ Trung Quốc Phạm Trường Long dẫn đầu.",
         [("ORG", "Quân ủy TƯ Trung Quốc", 13, 34, "org.head.party"), ("PER", "Phạm Trường Long", 35, 51, "people:cue")]),
        ("Tổ chức Lương Nông Liên Hiệp Quốc (FAO) họp.",
         [("ORG", "Tổ chức Lương Nông Liên Hiệp Quốc", 0, 33, "org.head.association"),
          ("ORG", "FAO", 35, 38, "org.abbr.org")]),
    ],
)
def test_orgs_places_and_people_in_the_pipeline(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities
           if e.label in ("ORG", "LOC", "PER")]
    assert got == expected


def test_start_search_equals_the_alternation() -> None:
    """_search_start (the first-word prefilter) finds what start_rx.search finds, from any position."""
    from vnextract.ner.orgs import _grammar, _search_start

    g = _grammar(())
    norm = normalize("Theo Sở Nông nghiệp &amp; phát triển nông thôn, UBND tỉnh Lào Cai và Bộ Quốc phòng, "
                     "TTXVN, Sở TT&TT, xã Trường Long; quân đội Nga. Ban chỉ đạo").norm
    for pos in range(len(norm) + 1):
        a, b = g.start_rx.search(norm, pos), _search_start(g, norm, pos)
        assert (a and a.span()) == (b and b.span()), pos


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "QH" (Quốc hội) is an abbreviation of its own; a deputy's province after it is no branch of it
        ("Chủ tịch QH Nguyễn Văn An lưu ý, QH đã thông qua luật.",
         [("ORG", "QH", 9, 11, "org.abbr.org"), ("ORG", "QH", 33, 35, "org.abbr.org")]),
        ("Ông là đại biểu QH TP.HCM khóa XI.", [("ORG", "QH", 16, 18, "org.abbr.org")]),
        ("Đại biểu Quốc hội tỉnh Thanh Hóa Vũ Xuân Hùng phát biểu, Quốc hội Mỹ phản đối.",
         [("ORG", "Quốc hội", 9, 17, "org.name.state"), ("ORG", "Quốc hội Mỹ", 57, 68, "org.name.state")]),
        # after a title, a person's name ends the organization: a known foreign given name, two foreign words
        # after an upper-case brand, a Vietnamese name after a two-syllable place (not split inside the place)
        ("Tổng Thư ký NATO Jens Stoltenberg đã thảo luận.", [("ORG", "NATO", 12, 16, "org.abbr.org")]),
        ("Chủ tịch Tập đoàn công nghệ NVIDIA Jensen Huang thăm đền Ngọc Sơn.",
         [("ORG", "Tập đoàn công nghệ NVIDIA", 9, 34, "org.head.company")]),
        ("Giám đốc Sở GTVT Phú Yên Lê Sĩ Lục cho biết.", [("ORG", "Sở GTVT Phú Yên", 9, 24, "org.head.department")]),
        # "phòng, chống" is one portfolio (no comma before a parent); "tội phạm về ma túy" one function
        ("phối hợp với Cục cảnh sát phòng, chống ma túy, Bộ An ninh Lào đã tiến hành",
         [("ORG", "Cục cảnh sát phòng, chống ma túy", 13, 45, "org.head.department"),
          ("ORG", "Bộ An ninh Lào", 47, 61, "org.head.ministry")]),
        ("tổ công tác Phòng Cảnh sát điều tra tội phạm về ma túy, Công an tỉnh Điện Biên bắt giữ.",
         [("ORG", "Phòng Cảnh sát điều tra tội phạm về ma túy", 12, 54, "org.head.office"),
          ("ORG", "Công an tỉnh Điện Biên", 56, 78, "org.head.police")]),
        # bylines "Name/OUTLET-Region" (the outlet's regional office) and "Name/OUTLET-Body" (two ORGs)
        ("bắt giữ./. Vũ Lợi/VOV-Tây Bắc", [("ORG", "VOV-Tây Bắc", 18, 29, "org.abbr.org")]),
        ("sự cố./. Thái Bình/VOV-Miền Trung Thái Bình/VOV-Miền Trung ",
         [("ORG", "VOV-Miền Trung", 19, 33, "org.abbr.org"), ("ORG", "VOV-Miền Trung", 44, 58, "org.abbr.org")]),
        ("với Nga./. Thùy Linh/VOV-Trung tâm Tin Tổng hợp",
         [("ORG", "VOV", 21, 24, "org.abbr.org"), ("ORG", "Trung tâm Tin Tổng hợp", 25, 47, "org.head.centre")]),
        ("Trường học giữa làn đạn\nGD&TĐ - Năm 2017, cơ quan quản lí", [("ORG", "GD&TĐ", 24, 29, "org.abbr.org")]),
        # a document code keeps its abbreviations out
        ("theo Chỉ thị số 03/CTr-STTTT-BCHBĐBP của tỉnh.", []),
        # a force described in lower case, then its own foreign abbreviation
        ("Quân đội Syria cùng các đơn vị vũ trang địa phương (NDF), tiến hành cuộc tấn công.",
         [("ORG", "Quân đội Syria", 0, 14, "org.head.army"), ("ORG", "NDF", 52, 55, "org.abbr.paren")]),
    ],
)
def test_orgs_of_abbreviations_portfolios_and_bylines(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case military unit with its number (arm words before or after it, a country, its parent unit)
        ("lực lượng bộ binh thuộc tiểu đoàn 1 trung đoàn thiết giáp 68 của sư đoàn 4 bộ binh Mỹ cũng đã tới.",
         [("ORG", "tiểu đoàn 1 trung đoàn thiết giáp 68", 24, 60, "org.unit.numbered"),
          ("ORG", "sư đoàn 4 bộ binh Mỹ", 65, 85, "org.unit.numbered")]),
        ("một đơn vị lính dù thuộc sư đoàn bộ binh 503 đã rút về căn cứ.",
         [("ORG", "sư đoàn bộ binh 503", 25, 44, "org.unit.numbered")]),
        ("cơ động toàn bộ lữ đoàn 92 từ khu vực Kharkiv", [("ORG", "lữ đoàn 92", 16, 26, "org.unit.numbered")]),
        ("lữ đoàn cơ giới số 80 phòng thủ sân bay", [("ORG", "lữ đoàn cơ giới số 80", 0, 21, "org.unit.numbered")]),
        # no unit number, a plural, a verb between: no ORG
        ("tiểu đoàn có 2 đại đội, các tiểu đoàn 1 và 2 đã rút, trung đoàn tên lửa với 90 tổ hợp", []),
        # the Youth Union's central committee: "Đoàn" is no family name of the person after it
        ("Bí thư thứ nhất T.Ư Đoàn Đào Ngọc Dung và các Bí thư T.Ư Đoàn.",
         [("ORG", "T.Ư Đoàn", 16, 24, "org.abbr.org"), ("ORG", "T.Ư Đoàn", 53, 61, "org.abbr.org")]),
        # "về" + a description after a level word or a lower-case description goes on in the name
        ("Chính phủ sẽ thành lập Ban Chỉ đạo Nhà nước về điều tra cơ bản tài nguyên - môi trường biển, do một",
         [("ORG", "Chính phủ", 0, 9, "org.name.state"),
          ("ORG", "Ban Chỉ đạo Nhà nước về điều tra cơ bản tài nguyên - môi trường biển", 23, 91, "org.head.board")]),
        ("các đơn vị: Cục Cảnh sát quản lý hành chính về trật tự xã hội (Bộ Công an); Cục An ninh",
         [("ORG", "Cục Cảnh sát quản lý hành chính về trật tự xã hội", 12, 61, "org.head.department"),
          ("ORG", "Bộ Công an", 63, 73, "org.head.ministry"), ("ORG", "Cục An ninh", 76, 87, "org.head.department")]),
        ("báo cáo của Cục Thuế về việc hoàn thuế", [("ORG", "Cục Thuế", 12, 20, "org.head.department")]),
    ],
)
def test_numbered_units_youth_union_and_about_descriptions(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a foreign person's one-word name after a country, before a speech verb, is no part of the army
        ("Sĩ quan chỉ huy cấp cao quân đội Iran Pourdastan nói: “Trong một cuộc tấn công”.",
         [("ORG", "quân đội Iran", 24, 37, "org.head.army")]),
        # "bộ binh" + a country after a cue word ("lực lượng") is a body; infantry troops are not
        ("Ông Ali Arasteh, phó chỉ huy lực lượng bộ binh Iran, lần đầu tiên tuyên bố kế hoạch.",
         [("ORG", "bộ binh Iran", 39, 51, "org.head.army")]),
        ("Xe tăng, bộ binh Mỹ rầm rộ tập kết tại Estonia.", []),
        # a lower-case unit word + a foreign name (not a country)
        ("Khu vực này và căn cứ của lữ đoàn Ta'ameen Lữ đoàn phía bắc sân bay.",
         [("ORG", "lữ đoàn Ta'ameen", 26, 42, "org.unit.named")]),
        ("Các đơn vị thuộc tiểu đoàn Aidar đã rút, cả tiểu đoàn Mỹ bị phục kích.",
         [("ORG", "tiểu đoàn Aidar", 17, 32, "org.unit.named")]),
        # an English connector between foreign words of a name
        ("Bài thi dưới sự giám sát của giám thị do Viện City and Guild chỉ định.",
         [("ORG", "Viện City and Guild", 41, 60, "org.head.institute")]),
        # cited outlets: an English name with its article, an upper-case name that reports or is told
        ("Tuy nhiên theo tin tức của The Hill, Tổng thống Donald Trump đang cân nhắc.",
         [("ORG", "The Hill", 27, 35, "org.cited")]),
        ("Quân đội tiến vào khu vực trọng điểm. FNA ngày 28/5 đưa tin, binh lính đã chiếm.",
         [("ORG", "FNA", 38, 41, "org.cited")]),
        ("Ông Bisht chia sẻ với WION rằng, cuộc tập trận không nhằm vào ai.",
         [("ORG", "WION", 22, 26, "org.cited")]),
        # "Đoàn" alone is the Youth Union the text names in full; not a title's delegation, not a family name
        ("Đây là thời điểm khó khăn của Đoàn TN. Còn tổ chức Đoàn - Hội ở cơ sở chỉ mang tính hình thức. "
         "Sau 13 năm, Đoàn đã kết nạp thêm đoàn viên. Trưởng Đoàn đang ở thăm. Ông Nguyễn Quốc Đoàn đã nghỉ.",
         [("ORG", "Đoàn TN", 30, 37, "org.head.association"), ("ORG", "Đoàn", 51, 55, "org.union.bare"),
          ("ORG", "Hội", 58, 61, "org.union.bare"), ("ORG", "Đoàn", 107, 111, "org.union.bare")]),
        ("Trưởng đoàn cho biết, chuyến thăm của Đoàn sẽ góp phần tăng cường quan hệ.", []),
        ("Đoàn Ủy ban Quân vụ Hạ viện Hoa Kỳ tới thăm. Ông tin tưởng, chuyến thăm của Đoàn sẽ góp phần.",
         [("ORG", "Ủy ban Quân vụ Hạ viện Hoa Kỳ", 5, 34, "org.head.committee")]),  # "Đoàn" + a body: its delegation
        ("chỉ để lại các lực lượng bộ binh Mỹ ở Hàn Quốc.", []),
        # a country's state form opening with a family name goes on in the name; a person after a body does not
        ("Không chỉ ở Việt Nam - Viện Pitman Qualifications Vương Quốc Anh còn được tín nhiệm.",
         [("ORG", "Viện Pitman Qualifications Vương Quốc Anh", 23, 64, "org.head.institute")]),
        ("Ban Bí thư Lương Cường dự.", [("ORG", "Ban Bí thư", 0, 10, "org.name.party")]),
    ],
)
def test_outlets_units_connectors_and_the_youth_union(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case firm word (+ up to four words of trade) before a foreign name is a cue outside the span
        ("Đó là do tập đoàn Ukroboronprom và công ty sản xuất xe tải AvtoKrAZ chế tạo.",
         [("ORG", "Ukroboronprom", 18, 31, "org.cued"), ("ORG", "AvtoKrAZ", 59, 67, "org.cued")]),
        ("Hội thảo về các cơ hội học bổng tại tập đoàn giáo dục Informatics, trường quản trị kinh doanh.",
         [("ORG", "Informatics", 54, 65, "org.cued")]),
        ("Ngày 26/4 tại Hà Nội, cty VINECO sẽ tổ chức hội thảo.", [("ORG", "VINECO", 26, 32, "org.cued")]),
        ("Ngoài ra, tập đoàn quốc phòng DRDO của Ấn Độ cũng đã tự phát triển.", [("ORG", "DRDO", 30, 34, "org.cued")]),
        # not with the legal form, an English connector after the run, a short Vietnamese abbreviation or an initial
        ("Ông C, giám đốc công ty TNHH Samsung Electronics Việt Nam, cho biết.",
         [("ORG", "công ty TNHH Samsung Electronics Việt Nam", 16, 57, "org.head.company")]),
        ("Doanh thu của công ty tàu điện ngầm Mass Rapid Transit Authority of Thailand (MRTA) đã sa sút.",
         [("ORG", "công ty tàu điện ngầm Mass Rapid Transit Authority of Thailand", 14, 76, "org.head.company"),
          ("ORG", "MRTA", 78, 82, "org.abbr.paren")]),
        ("Anh làm ở các công ty kinh doanh XNK, hãng tàu.", []),
        ("Tôi hỏi đến mức lương của công ty M. Người phụ trách nói.", []),
        # capitalized mid-sentence the head names the firm whole (or no firm at all)
        ("sau khi đánh chiếm Công ty khí gas Hayyan, quân đội", []),
        # one or two foreign words cited as a source after "Theo" (two: ending in an outlet's word)
        ("Theo Inquirer, bước tiến của quân đội chậm lại. Theo Phil Star, giao tranh căng thẳng.",
         [("ORG", "Inquirer", 5, 13, "org.cited"), ("ORG", "Phil Star", 53, 62, "org.cited")]),
        # not a person's surname the text gives with a first name or a cue, not a two-word person's name
        ("Chuyên gia Michael Kofman nhận định. Theo Kofman, Nga mạnh hơn.", []),
        ("Ông Putin nói vậy. Theo Putin, Nga sẽ đáp trả.", []),
        ("Theo Seymour Hersh, sau khi Tổng thống ra lệnh.", []),
    ],
)
def test_firm_cues_and_foreign_sources(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Nguồn ảnh:" names a source: one foreign word or a web site there is an outlet (not "Ảnh: Hồng Pha")
        ("lực lượng cảnh sát biển. Nguồn ảnh: Zing Đặc biệt, trước chuyến thăm", [("ORG", "Zing", 36, 40, "org.credit")]),
        ("đại diện Việt Nam. Nguồn ảnh: dvidshub.net. Hình ảnh Trung tướng",
         [("ORG", "dvidshub.net", 30, 42, "org.web")]),
        ("Ảnh: Hồng Pha", []),
        # a name in capitals ends before a Title-case word
        ("Tàu chiến Asayuki. Ảnh: TÂN HOA XÃ Tăng cường vị thế", [("ORG", "TÂN HOA XÃ", 24, 34, "org.name.press")]),
        # "và" + a capitalized common word + a country goes on in the name (not after a proper name)
        ("Thủ tướng yêu cầu Ngân hàng Đầu tư và Phát triển VN điều chỉnh thời hạn.",
         [("ORG", "Ngân hàng Đầu tư và Phát triển VN", 18, 51, "org.head.company")]),
        ("Riêng hệ thống của BV An Bình và Cấp cứu Trưng Vương đã hư hỏng.",
         [("ORG", "BV An Bình", 19, 29, "org.abbr.prefix")]),
        # a force described in lower case, its country and its foreign abbreviation
        ("Tàu chiến của Lực lượng phòng vệ biển Nhật Bản (JMSDF) sẽ cập cảng.",
         [("ORG", "Lực lượng phòng vệ biển Nhật Bản", 14, 46, "org.force.named"), ("ORG", "JMSDF", 48, 53, "org.abbr.paren")]),
        ("Các tàu của lực lượng tuần duyên Mỹ (USCG) dư thừa.", [("ORG", "USCG", 37, 41, "org.abbr.paren")]),
        # a verb after a place is no syllable of the name
        ("thiết bị y tế trị giá 1,3 tỉ đồng do Đại sứ quán Anh trao tặng. Năm ngoái",
         [("ORG", "Đại sứ quán Anh", 37, 52, "org.head.office")]),
    ],
)
def test_source_credits_forces_and_va_names(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Ông Bùi Xuân Lương, trưởng Phòng quản lý hành chính du lịch - thương mại (Sở Du lịch - thương mại tỉnh Khánh Hòa), cho biết.',
         [('ORG', 'Phòng quản lý hành chính du lịch - thương mại', 27, 72, 'org.head.office'), ('ORG', 'Sở Du lịch - thương mại tỉnh Khánh Hòa', 74, 112, 'org.head.department')]),
        ('Ông A, trưởng phòng kế hoạch Sở Du lịch Thừa Thiên - Huế, cho biết lượng khách tăng.',
         [('ORG', 'Sở Du lịch Thừa Thiên - Huế', 29, 56, 'org.head.department')]),
        ('UBND tỉnh Bà Rịa - Vũng Tàu vừa quyết định.',
         [('ORG', 'UBND tỉnh Bà Rịa - Vũng Tàu', 0, 27, 'org.abbr.head')]),
        ('Bộ Quốc phòng Mỹ - Nhật ký kết.',
         [('ORG', 'Bộ Quốc phòng Mỹ', 0, 16, 'org.head.ministry')]),
        ('“Chúng tôi đã phản ứng”, người phát ngôn Bộ Quốc phòng Moon Sang-gyun nói.',
         [('ORG', 'Bộ Quốc phòng', 41, 54, 'org.head.ministry')]),
        ('Chủ tịch Đảng Lao động Triều Tiên Kim Jong-un đã thị sát.',
         [('ORG', 'Đảng Lao động Triều Tiên', 9, 33, 'org.name.party')]),
        ('Hãng Yonhap ngày 24.5 dẫn nguồn quân đội cho biết.',
         [('ORG', 'Yonhap', 5, 11, 'org.abbr.org')]),
        ('Hãng tin Kyodo Nhật Bản ngày 27/5 cho rằng Mỹ triển khai tàu sân bay.',
         [('ORG', 'Kyodo', 9, 14, 'org.abbr.org')]),
        ('Tổng giám đốc Tập đoàn Viettel báo cáo kết quả.',
         [('ORG', 'Tập đoàn Viettel', 14, 30, 'org.head.company')]),
        ('Tàu USS Nimitz thuộc Hạm đội 3, có kế hoạch rời căn cứ. Tàu Ronald Reagan của hạm đội 7, phụ trách vùng biển.',
         [('ORG', 'Hạm đội 3', 21, 30, 'org.head.military'), ('ORG', 'hạm đội 7', 78, 87, 'org.unit.numbered')]),
        ('Đoàn do một tướng về hưu thuộc Viện hàn lâm quân sự dẫn đầu.',
         [('ORG', 'Viện hàn lâm quân sự', 31, 51, 'org.head.institute')]),
        ('Bản photo bộ giải đề thi Đại học khối C, gồm Văn - Sử - Địa.',
         []),
        ('Đại tá Nguyễn Văn Diễn - Trưởng phòng Phòng chống ma túy và tội phạm Bộ đội Biên phòng Quảng Trị cho biết.',
         [('ORG', 'Phòng chống ma túy và tội phạm Bộ đội Biên phòng Quảng Trị', 38, 96, 'org.head.military')]),
        ('Phòng chống ma túy và tội phạm là nhiệm vụ trọng tâm.',
         []),
        ('tăng cường tỷ lệ nữ tham gia ở các Phái bộ gìn giữ hòa bình Liên hợp quốc.',
         [('ORG', 'Phái bộ gìn giữ hòa bình Liên hợp quốc', 35, 73, 'org.head.mission')]),
        ('Chiều 16/5, tại Bộ Chỉ huy Quân sự thủ đô Viêng Chăn, hai bên đã trao đổi.',
         [('ORG', 'Bộ Chỉ huy Quân sự thủ đô Viêng Chăn', 16, 52, 'org.head.military')]),
        ('làm nhiệm vụ quốc tế tại Lào. Đoàn Bộ chỉ huy quân sự thủ đô Viêng Chăn vào đặt vòng hoa.',
         [('ORG', 'Bộ chỉ huy quân sự thủ đô Viêng Chăn', 35, 71, 'org.head.military')]),
        ('Đoàn TNCS Hồ Chí Minh tỉnh tổ chức.',
         [('ORG', 'Đoàn TNCS Hồ Chí Minh tỉnh', 0, 26, 'org.head.association')]),
        ('phối hợp với Đoàn đặc nhiệm Phòng chống Ma túy và tội phạm miền Trung, Đồn Biên phòng Cửa khẩu La Lay bắt giữ.',
         [('ORG', 'Đoàn đặc nhiệm Phòng chống Ma túy và tội phạm miền Trung', 13, 69, 'org.head.military'), ('ORG', 'Đồn Biên phòng Cửa khẩu La Lay', 71, 101, 'org.head.military')]),
        ('Sáng nay, Hội nạn nhân da cam/dioxin Việt Nam tổ chức lễ tiếp nhận.',
         [('ORG', 'Hội nạn nhân da cam/dioxin Việt Nam', 10, 45, 'org.head.association')]),
        ('quận 10 hoặc Trung tâm giới thiệu sách 219 Nguyễn Văn Cừ, quận 5.',
         [('ORG', 'Trung tâm giới thiệu sách', 13, 38, 'org.head.centre')]),
        ('Hai bên đồng chủ trì kỳ họp lần thứ 47 Ủy ban liên Chính phủ về hợp tác song phương.',
         []),
        ('truyền thống của Đảng bộ Thủ đô Hà Nội.',
         [('ORG', 'Đảng bộ Thủ đô Hà Nội', 17, 38, 'org.head.party')]),
    ],
)
def test_dashed_portfolios_agencies_officers_and_delegations(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    # a lower-case portfolio or a province joined by a dash; a romanized officer with a hyphenated given name after
    # a complete body; an agency named after "Hãng" or with its country; numbered fleets; "Đoàn" + a body (a
    # delegation); exam blocks ("Đại học khối C") are no ORG; a region after a field ("... tội phạm miền Trung"); a
    # lower-case part written with a slash ("da cam/dioxin"); no house number before a street; "liên Chính phủ" is no
    # "Chính phủ"; a common word in capitals after a party body goes on in lower case ("Đảng bộ Thủ đô")
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a lower-case school word before a foreign name in words is a cue outside the span (held-out sets J, K);
        # not before an abbreviation, nor inside another word ("thị trường"); capitalized it is one name
        ('Bà đã tốt nghiệp trường Harvard, từng làm việc tại Bộ Tài chính.',
         [('ORG', 'Harvard', 24, 31, 'org.cued'), ('ORG', 'Bộ Tài chính', 51, 63, 'org.head.ministry')]),
        ('Phỏng vấn du học đại học Hertfordshire do ông John Bearnish, Hiệu phó phụ trách.',
         [('ORG', 'Hertfordshire', 25, 38, 'org.cued')]),
        ('Taliban tấn công một trường THCS tại khu vực này, trên thị trường Wallmartx.',
         [('ORG', 'Taliban', 0, 7, 'org.name.militant')]),
        ('Ông học Đại học Waseda rồi về nước.',
         [('ORG', 'Đại học Waseda', 8, 22, 'org.head.school')]),
        # capitalized "Lực lượng" + Vietnamese name words + a country (flag countryend); not before a foreign name,
        # a country alone, or another head ("Vệ binh")
        ('Trong một tuyên bố gửi tới Lực lượng Bảo vệ Biên giới Ukraine nhân dịp kỷ niệm.',
         [('ORG', 'Lực lượng Bảo vệ Biên giới Ukraine', 27, 61, 'org.head.army')]),
        ('Ông thuộc Lực lượng Tuần duyên Mỹ, bắt tay trong buổi lễ.',
         [('ORG', 'Lực lượng Tuần duyên Mỹ', 10, 33, 'org.head.army')]),
        ('Lực lượng Hezbollah triển khai một cụm. Lực lượng Mỹ tại Estonia đã rút.',
         [('ORG', 'Hezbollah', 10, 19, 'org.name.militant')]),
        ('Các binh sĩ tốt nhất của Lực lượng Vệ binh Cách mạng Iran đã được điều động.',
         [('ORG', 'Vệ binh Cách mạng Iran', 35, 57, 'org.head.army')]),
        # a Lao provincial service: "Ty" + part + place qualifier (flag needplace)
        ('Đồn Biên phòng Cửa khẩu Quốc tế La Lay, Ty An ninh tỉnh Salavan (Lào) bắt quả tang 2 đối tượng.',
         [('ORG', 'Đồn Biên phòng Cửa khẩu Quốc tế La Lay', 0, 38, 'org.head.military'),
          ('ORG', 'Ty An ninh tỉnh Salavan', 40, 63, 'org.head.department')]),
        # lower-case border guard of a province (flag placeonly)
        ('Vừa qua, bộ đội biên phòng Thanh Hóa đã phối hợp với lực lượng chức năng.',
         [('ORG', 'bộ đội biên phòng Thanh Hóa', 9, 36, 'org.head.military')]),
        # "và" + a capitalized common word + its own lower-case word; Title Case parts joined by "và"
        ('Nhân dịp này, Sở Lao động và Phúc lợi xã hội và nhân dân thủ đô Viêng Chăn đã tặng quà.',
         [('ORG', 'Sở Lao động và Phúc lợi xã hội', 14, 44, 'org.head.department')]),
        ('Trường Coleman, tiền thân là Trung tâm Ngôn Ngữ và Thương Mại tại Singapore.',
         [('ORG', 'Trường Coleman', 0, 14, 'org.head.school'),
          ('ORG', 'Trung tâm Ngôn Ngữ và Thương Mại', 29, 61, 'org.head.centre')]),
        # a country hyphenated in lower case stays whole
        ('Theo Bộ Quốc phòng Ả Rập Xê-út, cuộc tấn công đã bị đẩy lùi.',
         [('ORG', 'Bộ Quốc phòng Ả Rập Xê-út', 5, 30, 'org.head.ministry')]),
        # names and abbreviations news uses without a head: foreign parties in lower case, a cabinet, a bank
        ('nơi các nghị sĩ Mỹ đảng Cộng hòa đang tập luyện.',
         [('ORG', 'đảng Cộng hòa', 19, 32, 'org.name.party')]),
        ('Chánh văn phòng Nội các Nhật Yoshihide Suga cho biết.',
         [('ORG', 'Nội các Nhật', 16, 28, 'org.name.state')]),
        ('Sau khi ký hợp đồng vay vốn, ACB sẽ chuyển tiền học.',
         [('ORG', 'ACB', 29, 32, 'org.abbr.org')]),
        # a lower-case-only part ("vũ trụ"); a countryend head inside a name is no parent
        ('Máy bay T-160 của lực lượng không quân vũ trụ Nga có thể phát động.',
         [('ORG', 'không quân vũ trụ Nga', 28, 49, 'org.head.army')]),
        ('Các bệ phóng đã triển khai. Trung đoàn Lực lượng tên lửa chiến lược (RVSN) đã triển khai.',
         [('ORG', 'Trung đoàn Lực lượng tên lửa chiến lược', 28, 67, 'org.head.military'),
          ('ORG', 'RVSN', 69, 73, 'org.abbr.paren')]),
    ],
)
def test_school_cues_forces_lao_services_and_joined_names(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # lower-case parts of a joint command or staff ("liên quân", "tham mưu liên hợp") and a field hospital's level
        ('Ông là Tư lệnh Bộ chỉ huy liên quân, Quân đội Hoàng gia Anh.',
         [('ORG', 'Bộ chỉ huy liên quân', 15, 35, 'org.head.military'),
          ('ORG', 'Quân đội Hoàng gia Anh', 37, 59, 'org.head.army')]),
        ('Phó Tham mưu trưởng Bộ Tham mưu liên hợp Quân ủy trung ương Trung Quốc, về công tác.',
         [('ORG', 'Bộ Tham mưu liên hợp Quân ủy trung ương Trung Quốc', 20, 70, 'org.head.ministry')]),
        ('Bộ Quốc phòng liên hợp với các bộ.', [('ORG', 'Bộ Quốc phòng', 0, 13, 'org.head.ministry')]),
        ('Việt Nam tiếp quản Bệnh viện Dã chiến cấp 2 tại Bentiu.',
         [('ORG', 'Bệnh viện Dã chiến cấp 2', 19, 43, 'org.head.hospital')]),
        # an abbreviation between a ship word and a number is a hull number, no body
        ('Tàu được đổi phiên hiệu thành tàu CSB 8020. Thủy thủ đoàn tàu CSB 8020 kéo cờ.', []),
    ],
)
def test_joint_commands_field_hospitals_and_hull_numbers(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "ORG"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number followed by a word of amount is an amount, no unit number of the body before it
        ('Chủ tịch UBND tỉnh quyết định giao cho Văn phòng Tỉnh ủy 1 chiếc và Văn phòng UBND tỉnh 1 chiếc để quản lý.',
         [('ORG', 'UBND tỉnh', 9, 18, 'org.abbr.head'), ('ORG', 'Văn phòng Tỉnh ủy', 39, 56, 'org.head.office'),
          ('ORG', 'Văn phòng UBND tỉnh', 68, 87, 'org.head.office')]),
        ('Ngân sách vay vốn nhàn rỗi Kho bạc Nhà nước 150 tỷ đồng.',
         [('ORG', 'Kho bạc Nhà nước', 27, 43, 'org.head.office')]),
        ('Quân khu 4 đã huy động lực lượng; Lữ đoàn 490 tổ chức lễ.',
         [('ORG', 'Quân khu 4', 0, 10, 'org.head.military'), ('ORG', 'Lữ đoàn 490', 34, 45, 'org.head.military')]),
        # after a title, two Title-case words (the last foreign, no place) after a body's Vietnamese name: its officer
        ('Chủ tịch Ủy ban Quân lực Hạ viện Mac Thornberry và các nghị sĩ.',
         [('ORG', 'Ủy ban Quân lực Hạ viện', 9, 32, 'org.head.committee'), ('PER', 'Mac Thornberry', 33, 47, 'people:cue')]),
        ('Người phát ngôn của quân đội Restituto Padilla cho biết.',
         [('PER', 'Restituto Padilla', 29, 46, 'people:cue')]),
        ('Bà hiện là Chủ tịch Đảng Đoàn Kết Liberia (UP).',
         [('ORG', 'Đảng Đoàn Kết Liberia', 20, 41, 'org.head.party'), ('ORG', 'UP', 43, 45, 'org.abbr.paren')]),
        # one letter after a cue is a class ("nhóm máu B"), no name
        ('Họ thuộc nhóm máu B nên có thể hiến máu. Theo nhóm Airwars, phiến quân Maute đã rút.',
         [('ORG', 'Airwars', 51, 58, 'org.cued'), ('ORG', 'Maute', 71, 76, 'org.cued')]),
    ],
)
def test_amounts_officers_after_bodies_and_letter_classes(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label in ("ORG", "PER")]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb the segmenter keeps whole ends a one-syllable name; a capitalized function word still takes its word
        ("Sách do Nhà xuất bản Trẻ ấn hành năm 2010.", [("ORG", "Nhà xuất bản Trẻ", 8, 24, "org.head.press")]),
        ("Ông là Vụ trưởng Vụ Các tổ chức quốc tế.", [("ORG", "Vụ Các tổ chức quốc tế", 17, 39, "org.head.department")]),
        ("Theo Báo Mỹ, ông đã đến.", []),
        # a capitalized quantifier after an abbreviation opens a new sentence (a headline with no stop)
        ("IS Các tay súng tấn công thị trấn.", [("ORG", "IS", 0, 2, "org.abbr.org")]),
        ("Tin NATO Những nước thành viên đóng góp.", [("ORG", "NATO", 4, 8, "org.abbr.org")]),
        # a conference centre with a capitalized name or city: one LOC
        ("Sáng 26/5, tại Trung tâm Hội nghị Quốc gia Kuala Lumpur, Malaysia, Thủ tướng phát biểu.",
         [("LOC", "Trung tâm Hội nghị Quốc gia Kuala Lumpur", 15, 55, "places.toml:cap_head"),
          ("LOC", "Malaysia", 57, 65, "places_world.tsv:country")]),
        ("Lễ khai mạc diễn ra tại Trung tâm Hội nghị Lima, Peru.",
         [("LOC", "Trung tâm Hội nghị Lima", 24, 47, "places.toml:cap_head"), ("LOC", "Peru", 49, 53, "places_world.tsv:country")]),
        # a body of a count of places listed after it: the body, then each place
        ("Chiều 17/4, Ban Thường vụ 2 tỉnh Cà Mau và Bạc Liêu tổ chức hội nghị.",
         [("ORG", "Ban Thường vụ", 12, 25, "org.head.party"), ("LOC", "Cà Mau", 33, 39, "places.toml:unit_name"),
          ("LOC", "Bạc Liêu", 43, 51, "places.toml:unit_name")]),
        ("Sở Y tế 2 tỉnh Hà Giang, Lào Cai phối hợp.",
         [("ORG", "Sở Y tế", 0, 7, "org.head.department"), ("LOC", "Hà Giang", 15, 23, "places.toml:unit_name"),
          ("LOC", "Lào Cai", 25, 32, "places.toml:unit_name")]),
        # a local state body written out and named by its level only
        ("Theo quy định, Ủy ban nhân dân cấp tỉnh chịu trách nhiệm.",
         [("ORG", "Ủy ban nhân dân cấp tỉnh", 15, 39, "org.level_body")]),
        ("Vụ án do Tòa án nhân dân cấp cao xét xử.", [("ORG", "Tòa án nhân dân cấp cao", 9, 32, "org.level_body")]),
    ],
)
def test_verbs_after_short_names_counts_of_places_and_level_bodies(text: str, expected: list[tuple[str, str, int, int, str]]) -> None:
    import vnextract

    got = [(e.label, e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label in ("ORG", "PER", "LOC")]
    assert got == expected
