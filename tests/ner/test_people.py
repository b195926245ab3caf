"""PER, RANK and TITLE recognizer (vnextract.ner.people): lexicons, cues, names, bylines."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vnextract.ner.base import Candidate, NerContext
from vnextract.ner.people import find_people
from vnextract.normalize import normalize
from vnextract.rules import load_lexicon



def ents(text: str, found: list[Candidate] | None = None, rules_dirs: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    cands = find_people(normalize(text), NerContext(rules_dirs=rules_dirs, found=found or []))
    assert all(c.rule and c.label in ("PER", "RANK", "TITLE") for c in cands)
    return [(c.label, text[c.start : c.end]) for c in cands]


def spans(text: str) -> list[tuple[str, int, int]]:
    return [(c.label, c.start, c.end) for c in find_people(normalize(text), NerContext())]


# --- RANK ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, rank",
    [
        ("Đại tá Lương Văn Sơn", "Đại tá"),
        ("thiếu tướng Võ Hồng Thắng", "thiếu tướng"),
        ("Đại úy Nguyễn Văn A", "Đại úy"),
        ("Đại uý Nguyễn Văn A", "Đại uý"),  # old tone placement
        ("ĐẠI TƯỚNG VÕ NGUYÊN GIÁP", "ĐẠI TƯỚNG"),
        ("Phó đô đốc Hải quân Nga", "Phó đô đốc"),
        ("Chuẩn Đô đốc Phạm Văn B", "Chuẩn Đô đốc"),
        ("thăng cấp bậc hàm Thượng tướng cho", "Thượng tướng"),
        ("Trung sĩ Lê C", "Trung sĩ"),
        ("binh nhì Trần D", "binh nhì"),
    ],
)
def test_rank(text, rank):
    assert ("RANK", rank) in ents(text)


@pytest.mark.parametrize("text", ["các hạ sĩ quan, binh sĩ", "Thượng tá" + "nh", "chiến sĩ trung đoàn"])
def test_no_rank(text):
    assert [e for e in ents(text) if e[0] == "RANK"] == []


# --- TITLE --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        ("đồng chí Hà Văn Thắng – Phó Giám đốc Thường trực Sở Thông tin", "Phó Giám đốc Thường trực"),
        ("Bộ trưởng Quốc phòng Ngô Xuân Lịch", "Bộ trưởng Quốc phòng"),
        ("Bộ trưởng Ngoại giao Bùi Thanh Sơn", "Bộ trưởng Ngoại giao"),
        ("Bộ trưởng Bộ Quốc phòng tiếp", "Bộ trưởng"),
        ("Phó Tổng Tham mưu trưởng QĐND", "Phó Tổng Tham mưu trưởng"),
        ("Tổng Bí thư Tô Lâm", "Tổng Bí thư"),
        ("Đại sứ đặc mệnh toàn quyền Nhật Bản", "Đại sứ đặc mệnh toàn quyền"),
        ("kiêm Trưởng Ban Tuyển sinh và Đào tạo", "Trưởng"),
        ("Trưởng ban Tổ chức", "Trưởng ban Tổ chức"),  # an unnamed department stays in the title
        ("Ông Lê Xuân Chính, nguyên Đồn phó Đồn Biên phòng", "Đồn phó"),
        ("Nguyên Phó đồn Biên phòng cửa khẩu", "Phó"),
        ("Thiếu tá Đỗ Hoàng Minh (chính trị viên)", "chính trị viên"),
        ("cấp chủ tịch Ủy ban Liên hợp", "chủ tịch"),
        ("Chủ tịch nước Lương Cường", "Chủ tịch nước"),
        ("đại biểu Trần Thị Trung Chiến phát biểu", "đại biểu"),
        ("Đại tá Nguyễn Hữu Thắng, Chỉ huy Bộ Chỉ huy Bộ đội Biên phòng", "Chỉ huy"),
        ("Phó Bí thư Thường trực Tỉnh ủy", "Phó Bí thư Thường trực"),
        ("Quyền Giám đốc Sở Y tế", "Quyền Giám đốc"),
        ("Theo lời thuyền trưởng Trần Tài, chiếc tàu", "thuyền trưởng"),  # a lower-case 'cap' office before a name
    ],
)
def test_title(text, title):
    assert ("TITLE", title) in ents(text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("Đại sứ quán Việt Nam tại Pháp", "Đại sứ"),
        ("tại Phủ Chủ tịch", "Chủ tịch"),
        ("Ban Giám đốc công ty", "Giám đốc"),
        ("Bộ Tư lệnh Vùng 2", "Tư lệnh"),
        ("Đoàn đại biểu Myanmar", "đại biểu"),
        ("chụp ảnh cùng các đại biểu.", "đại biểu"),
        ("Đại hội Đại biểu Quân đội lần thứ VIII", "Đại biểu"),
        ("ông chỉ huy lực lượng", "chỉ huy"),
        ("lãnh đạo, chuyên gia, đồng chí", "lãnh đạo"),
        ("thuyền trưởng tàu cá cho biết", "thuyền trưởng"),
        ("do Đại tá Lê Văn Bình chỉ huy Trần Văn An", "chỉ huy"),  # a 'next' office stays a verb before a name
    ],
)
def test_no_title(text, wrong):
    assert ("TITLE", wrong) not in ents(text)


def test_nguyen_stays_outside_title():
    text = "ông Lê Xuân Chính, nguyên Đồn phó Đồn Biên phòng"
    assert ("TITLE", "nguyên Đồn phó") not in ents(text)


# --- PER ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, names",
    [
        ("Tham dự có Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy", ["Lương Văn Sơn"]),
        ("Tổng thống Nga Vladimir Putin hội đàm", ["Vladimir Putin"]),
        ("Thủ tướng Chính phủ Phạm Minh Chính đã", ["Phạm Minh Chính"]),
        ("Đại sứ Nhật Bản tại Việt Nam Kunio Umeda. Sau đó ngài Kunio Umeda nói", ["Kunio Umeda", "Kunio Umeda"]),
        ("Phó đô đốc Hải quân Nga Avramenko Sergey Victorovich khẳng định", ["Avramenko Sergey Victorovich"]),
        ("ông Rodion Shovkoshitny cho biết. Trong khi đó ông Shovkoshitny nói", ["Rodion Shovkoshitny", "Shovkoshitny"]),
        ("Các đồng chí: Nông Đức Mạnh, Tổng Bí thư; Đỗ Mười, Lê Khả Phiêu, nguyên Tổng Bí thư", ["Nông Đức Mạnh", "Đỗ Mười", "Lê Khả Phiêu"]),
        ("xin lỗi bà Hồ Thị Hồng Loan. Bà Loan tố cáo", ["Hồ Thị Hồng Loan", "Loan"]),
        ("hồ sơ của cháu Thiên để làm căn cứ", ["Thiên"]),
        ("Đại tướng Phuông Si-phan cảm ơn", ["Phuông Si-phan"]),
        ("Tổng thống Mỹ George H.W. Bush phát biểu", ["George H.W. Bush"]),
        ("Tổng thống Syria Bashar al-Assad tuyên bố", ["Bashar al-Assad"]),
        ("chuyên gia Alaa Ebrahim nói.", ["Alaa Ebrahim"]),
        ("Thiếu tướng Võ Hồng Thắng Về câu hỏi", ["Võ Hồng Thắng"]),
        ("Chủ tịch UBND tỉnh Nguyễn Xuân Đường phát biểu", ["Nguyễn Xuân Đường"]),
        ("Anh Trường khẳng định rằng", ["Trường"]),
        ("Bộ trưởng Quốc phòng Qatar và người đồng cấp Mỹ Jim Mattis ký kết", ["Jim Mattis"]),
    ],
)
def test_person(text, names):
    assert [t for label, t in ents(text) if label == "PER"] == names


@pytest.mark.parametrize(
    "text",
    [
        "tại đường Lê Lợi, quận 1",
        "Sáng nay tại TP Hồ Chí Minh, trời mưa",
        "văn phòng ở 230 Kim Mã, Hà Nội",
        "Đoàn Campuchia làm việc với Cục Nhà trường",
        "Thủ tướng Thái Lan đến Hà Nội",
        "Bộ trưởng Bộ Quốc phòng tiếp",
        "Phó Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam đã tiếp",
        "Phó Bí thư Đảng ủy Quân sự Trung ương",
        "Trưởng phòng Kế hoạch Transviet cho biết",
        "Giám đốc Sở Y tế Hà Nội",
        "hàng ngàn người dân Bà Rịa - Vũng Tàu",
        "Ảnh: TTXVN",
        "Huân chương Hồ Chí Minh",
        "Dự án cầu Thủ Thiêm, TP.HCM: đối thoại",  # "cầu Thủ" is no cue "cầu thủ"
        "Đối thoại Shangri La năm nay. Ảnh: Asahi Shimbun. Bộ trưởng",  # a foreign source credited
    ],
)
def test_no_person(text):
    assert [t for label, t in ents(text) if label == "PER"] == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("Trung tướng Phan Văn Giang tiếp. (Ảnh: Hồng Pha) Hợp tác", ["Phan Văn Giang", "Hồng Pha"]),
        ("Thái Lan. Ảnh: Quốc Chính/TTXVN phát", ["Quốc Chính"]),
        ("sân bay. Ảnh: Lê Quân. Với sân bay", ["Lê Quân"]),
        ("Ảnh: N.C.Thắng", ["N.C.Thắng"]),
        ("khiến khủng bố thất thủ. Phan Hoàng ", ["Phan Hoàng"]),
        ("suốt từ Bắc vào Nam. Phước Tuần - Bình Nguyên ", ["Phước Tuần", "Bình Nguyên"]),
        ("phiến quân FSA trên sa mạc QA Nguyễn Thuận - ", ["QA", "Nguyễn Thuận"]),
        ("Ảnh: Cankao Trong tương lai, chính quyền", ["Cankao"]),
    ],
)
def test_bylines_and_credits(text, names):
    assert [t for label, t in ents(text) if label == "PER"] == names


@pytest.mark.parametrize("text", ["...tại Việt Nam. TTXVN/Tin Tức  ", "Nguồn: Sở TT&TT Lào Cai", "kết quả cụ thể.", "Theo Thanh Niên"])
def test_no_byline(text):
    assert [t for label, t in ents(text) if label == "PER"] == []


def test_exact_offsets():
    text = "Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy"
    assert spans(text) == [("RANK", 0, 6), ("PER", 7, 20), ("TITLE", 23, 31)]


def test_nfd_text_offsets_point_into_original():
    text = unicodedata.normalize("NFD", "Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy")
    got = ents(text)
    assert [label for label, _ in got] == ["RANK", "PER", "TITLE"]
    assert [unicodedata.normalize("NFC", t) for _, t in got] == ["Đại tá", "Lương Văn Sơn", "Chính uỷ"]


def test_found_org_is_never_a_name_and_is_skipped_after_a_cue():
    text = "Giám đốc Học viện Hải quân Mỹ Walter Carter cho biết"
    start = text.index("Học viện")
    org = Candidate(start, start + len("Học viện Hải quân Mỹ"), "ORG", "test")
    assert ("PER", "Walter Carter") in ents(text, found=[org])


def test_user_rules_dir_adds_rows(tmp_path):
    (tmp_path / "titles.tsv").write_text("term\tkind\tflags\tnot_after\tnot_before\nTrưởng lão\thead\t\t\t\n", encoding="utf-8")
    (tmp_path / "surnames.tsv").write_text("term\torigin\nXyz\tvi\n", encoding="utf-8")
    got = ents("Trưởng lão Xyz Văn Minh đến", rules_dirs=(str(tmp_path),))
    assert got == [("TITLE", "Trưởng lão"), ("PER", "Xyz Văn Minh")]


@pytest.mark.parametrize("name", ["ranks.tsv", "titles.tsv", "surnames.tsv", "person_cues.tsv"])
def test_lexicons_load_with_sources(name):
    rows = load_lexicon(name)
    assert rows and all(r["term"].strip() == r["term"] for r in rows)


# --- properties ---------------------------------------------------------------------------------

_WORDS = ["Đại tá", "ông", "bà", "Nguyễn", "Văn", "Sơn", "Chủ tịch", "Bộ", "Quốc phòng", "Ảnh:", "Putin", "Tổng thống",
          "Nga", "–", ",", ".", "\n", "tỉnh", "Lào Cai", "Phó", "Giám đốc", "Thường trực", "Hà", "Nội", "A.", "-"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=25), st.sampled_from([" ", "  ", "\u00a0"]))
def test_fuzz_spans_are_valid(words, sep):
    text = sep.join(words)
    cands = find_people(normalize(text), NerContext())
    per_spans = []
    for c in cands:
        assert 0 <= c.start < c.end <= len(text)
        assert text[c.start : c.end] == text[c.start : c.end].strip()
        if c.label == "PER":
            per_spans.append((c.start, c.end))
    per_spans.sort()
    assert all(a[1] <= b[0] for a, b in zip(per_spans, per_spans[1:]))  # names never overlap


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_fuzz_any_text(text):
    for c in find_people(normalize(text), NerContext()):
        assert 0 <= c.start < c.end <= len(text)


# --- generalization classes (unseen articles) ----------------------------------------------------


def _loc(text: str, *places: str) -> list[Candidate]:
    out = []
    for p in places:
        i = text.index(p)
        out.append(Candidate(i, i + len(p), "LOC", "test"))
    return out


@pytest.mark.parametrize(
    "text, place, name",
    [
        ("Phó Thủ tướng Chính phủ Lê Hòa Bình chủ trì", "Hòa Bình", "Lê Hòa Bình"),
        ("Sáng 3/4, ông Trần Thanh Hóa cho biết", "Thanh Hóa", "Trần Thanh Hóa"),
        ("Bộ trưởng Nguyễn Hải Phòng phát biểu", "Hải Phòng", "Nguyễn Hải Phòng"),
    ],
)
def test_surname_before_found_place_is_a_person(text, place, name):
    assert ("PER", name) in ents(text, found=_loc(text, place))


@pytest.mark.parametrize(
    "text, place",
    [
        ("nhà ở đường Lê Hòa Bình, quận 3", "Hòa Bình"),
        ("du khách dạo quanh Hồ Hoàn Kiếm", "Hoàn Kiếm"),
        ("Đoàn Campuchia làm việc", "Campuchia"),
        ("các nước Châu Âu", "Âu"),
    ],
)
def test_surname_before_found_place_not_a_person(text, place):
    assert [t for label, t in ents(text, found=_loc(text, place)) if label == "PER"] == []


@pytest.mark.parametrize(
    "text, rank, name",
    [
        ("Tướng Mark Milley, Chủ tịch Hội đồng Tham mưu trưởng Liên quân", "Tướng", "Mark Milley"),
        ("Theo tướng Sergei Rudskoi, Cục trưởng", "tướng", "Sergei Rudskoi"),
        ("Tướng Lê Văn Dũng nói về", "Tướng", "Lê Văn Dũng"),
    ],
)
def test_generic_general_is_rank(text, rank, name):
    got = ents(text)
    assert ("RANK", rank) in got and ("PER", name) in got


@pytest.mark.parametrize(
    "text",
    ["Thủ tướng Phạm Minh Chính", "các tướng lĩnh quân đội", "một tướng Mỹ cho biết", "danh tướng Trần Hưng Đạo",
     "Thủ Tướng Chính phủ", "tướng quân Ngô Quyền"],
)
def test_no_generic_general_rank(text):
    assert [e for e in ents(text) if e[0] == "RANK"] == []


@pytest.mark.parametrize(
    "text, names",
    [
        # apposition: a person cue or a title after the name
        ("lực lượng này. Michael Kofman, một chuyên gia về quân đội Nga tại Mỹ", ["Michael Kofman"]),
        ("tấn công. Anthony Cordesman, giám đốc chương trình tại CSIS, cho rằng", ["Anthony Cordesman"]),
        ("như vậy. Bruce Klingner, nhà phân tích thuộc Heritage", ["Bruce Klingner"]),
        # occupation nouns before the name
        ("theo nhà phân tích John Smith, Nga", ["John Smith"]),
        ("bình luận viên Jonathan Marcus viết", ["Jonathan Marcus"]),
        ("học giả Carl Thayer nhận định", ["Carl Thayer"]),
        # subject of a speech verb, then a short later mention
        ("ở biên giới. Jeffrey Lewis nói rằng Triều Tiên. \"Họ sẽ thử\", Lewis cho biết.", ["Jeffrey Lewis", "Lewis"]),
        ("là điều đáng lo ngại”, Kashin nói.", ["Kashin"]),
        # a leader's government
        ("Dưới chính quyền Obema, Mỹ rút quân", ["Obema"]),
        ("Chính quyền Trump sẽ phải", ["Trump"]),
    ],
)
def test_person_by_context(text, names):
    assert [t for label, t in ents(text) if label == "PER"] == names


@pytest.mark.parametrize(
    "text",
    [
        "National Interest cho rằng, Nga cần",
        "hãng tin. Fox News cho biết",
        "theo The Diplomat nhận định",
        "chính quyền Kiev đã từ chối",
        "chính quyền Damascus cho biết",
        "Mỹ cho biết sẽ rút quân",
        "Washington Post cho biết",
    ],
)
def test_no_person_by_context(text):
    assert [t for label, t in ents(text) if label == "PER"] == []


@pytest.mark.parametrize(
    "text, names",
    [
        ("được tổ chức tại Hà Nội. Tin, ảnh: MINH ANH ", ["MINH ANH"]),
        ("ít nhất 3.000 binh sĩ sẽ được triển khai. BÌNH NGUYÊN ", ["BÌNH NGUYÊN"]),
        ("đã được triển khai. BẢO MINH - TRẦN BÌNH", ["BẢO MINH", "TRẦN BÌNH"]),
        ("theo kế hoạch. Ảnh:Reuter 2. Điều này", ["Reuter 2"]),
    ],
)
def test_capitals_bylines_and_tight_credits(text, names):
    assert [t for label, t in ents(text) if label == "PER"] == names


@pytest.mark.parametrize("text", ["sẽ được triển khai.\nHÀ NỘI", "theo tin của TTXVN", "cam kết của VIỆT NAM"])
def test_no_capitals_byline(text):
    assert [t for label, t in ents(text) if label == "PER"] == []


@pytest.mark.parametrize(
    "text",
    [
        "mở lối ra đường Cộng Hòa, Hoàng Hoa Thám và Trường Chinh",
        "các tuyến phố Lê Lợi, Nguyễn Huệ và Trần Hưng Đạo bị ngập",
        "ngập ở phố Huế và Bà Triệu",
    ],
)
def test_street_lists_are_not_people(text):
    assert [t for label, t in ents(text) if label == "PER"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign name run into the next sentence's first word (a headline with no stop)
        ("Căng thẳng chờ Mỹ và Tổng thống Donald Trump Chuyến thăm và tham dự hội nghị",
         [("TITLE", "Tổng thống"), ("PER", "Donald Trump")]),
        # a sentence adverb before a name is outside it
        ("Hai người thoát ra ngoài. Riêng Ngô Tấn Hùng (sinh 1972) bị thương nặng.", [("PER", "Ngô Tấn Hùng")]),
        # a one-word country after a kinship word: her given name
        ("Cùng cảnh với mẹ con Thảo, chị Nga (quê Hà Tây) bị đuổi. Chị Nga bảo thà chấp nhận.",
         [("PER", "Nga"), ("PER", "Nga")]),
        ("Tình hữu nghị với anh em Lào rất bền chặt.", []),
    ],
)
def test_run_on_foreign_names_openers_and_kin_names(text, expected):
    import vnextract

    d = vnextract.extract(text)
    assert [(e.label, e.text) for e in d.entities if e.label in ("PER", "TITLE")] == expected


def test_street_list_does_not_swallow_a_later_person():
    assert ("PER", "Nguyễn Văn An") in ents("tại số 5 đường Lê Lợi, ông Nguyễn Văn An cho biết")


@pytest.mark.parametrize("text", ["Tết Nguyên đán Đinh Dậu", "năm Giáp Ngọ 2014", "xuân Canh Tý", "Tết Đinh Hợi"])
def test_sexagenary_years_are_not_people(text):
    assert [t for label, t in ents(text) if label == "PER"] == []


def _ents_seg(text: str) -> list[tuple[str, str]]:
    from vnextract.segment import segment_words

    cands = find_people(normalize(text), NerContext(words=tuple(segment_words(text))))
    return [(c.label, text[c.start : c.end]) for c in cands]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Tướng Walter E. Piatt, Giám đốc điều hành", ["Walter E. Piatt"]),
        ("thượng nghị sĩ John McCain đề xuất", ["John McCain"]),
        ("một linh mục Công giáo đã bị bắt", []),
        ("nhiều doanh nhân Việt kiều về nước", []),
        ("Ảnh: Military Today Xe có cấu hình", []),
        ("chính quyền Nam Ossetia đã di tản", []),
        ("gặp bà Hoa cười nói", ["Hoa"]),
    ],
)
def test_cue_run_boundaries(text, names):
    assert [t for label, t in _ents_seg(text) if label == "PER"] == names


# --- bylines with notes and outlets, credits in capitals, titles, given names after cues ------------------

def _pipe(text: str) -> list[tuple[str, int, int, str]]:
    import vnextract

    return [(e.label, e.start, e.end, e.text) for e in vnextract.extract(text).entities]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hai nước sẽ nối lại đường hàng không. Minh Thu (lược dịch)", "Minh Thu"),
        ("Hai bên chia sẻ kinh nghiệm. Thu An (Theo Sputnik)", "Thu An"),
        ("Truyền thông Nga cho biết. Công Danh (tổng hợp)", "Công Danh"),
        ("Cảm ơn ông! Luân Dũng (ghi)", "Luân Dũng"),
    ],
)
def test_byline_with_a_source_note(text, name):
    s = text.index(name)
    assert ("PER", s, s + len(name)) in [(lab, a, b) for lab, a, b, _ in _pipe(text)]


def test_byline_with_an_outlet_is_a_person_even_when_a_province_name():
    text = "Lực lượng chức năng kiểm soát thiệt hại./. Thái Bình/VOV-Miền Trung"
    got = _pipe(text)
    assert ("PER", 43, 52, "Thái Bình") in got
    assert not any(lab == "LOC" for lab, *_ in got)  # nor "Miền Trung", the outlet's desk


@pytest.mark.parametrize(
    "text, credit",
    [
        ("Chó đẹp tập trung về công viên - Ảnh: B.TRUNG Chiều 23-1, Ban Tổ chức họp.", "B.TRUNG"),
        ("Hộ dân tại quận 3. Ảnh: H. THÚY Từ ngày 4-4, khách hàng dùng điện.", "H. THÚY"),
        ("Logo bia trên cổng. Ảnh: D.Q Phú Mộng có khu du lịch nhà vườn.", "D.Q"),
        ("Ông phát biểu tại cuộc họp. Ảnh: P.T. Đề cập đến sân golf, ông nói.", "P.T."),
    ],
)
def test_credits_with_initials_and_capitals(text, credit):
    s = text.index(credit)
    got = ents(text)
    assert ("PER", credit) in got
    assert [p for lab, p in got if lab == "PER"] == [credit]  # "Phú Mộng", "H", "P.T. Đề" are no credit
    assert spans(text)[[p for _, p in got].index(credit)][1:] == (s, s + len(credit))


@pytest.mark.parametrize(
    "text, title",
    [
        ("Một trưởng xưởng người Hàn Quốc đánh nữ công nhân", "trưởng xưởng"),
        ("Chỉ huy của quân đội Ukraine đã nhận được lệnh", "Chỉ huy"),
        ("Tuyên bố được đưa ra bởi phó chỉ huy quân đội nước cộng hòa", "phó chỉ huy"),
        ("Thượng nghị sĩ Nga Konstantin Kosachev cũng lên án vụ không kích", "Thượng nghị sĩ"),
        ("ĐBQH, Thiếu tướng Lâm Quang Đại phát biểu", "ĐBQH"),
        ("Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary Szijjarto Peter sẽ thăm Việt Nam",
         "Bộ trưởng Ngoại giao và Kinh tế đối ngoại"),
        ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Lương Cường làm Trưởng đoàn", "Thường trực"),
    ],
)
def test_title_lexicon(text, title):
    s = text.index(title)
    assert ("TITLE", s, s + len(title)) in spans(text)


def test_title_names_follow():
    assert ("PER", "Konstantin Kosachev") in ents("Thượng nghị sĩ Nga Konstantin Kosachev cũng lên án")
    assert ("PER", "Szijjarto Peter") in ents("Bộ trưởng Ngoại giao và Kinh tế đối ngoại Hungary Szijjarto Peter sẽ thăm")
    assert ("PER", "Lâm Quang Đại") in ents("ĐBQH, Thiếu tướng Lâm Quang Đại\nNói về việc mở rộng sân bay")


@pytest.mark.parametrize("text", ["báo cáo cho Thường trực Chính phủ vào cuối năm", "Thường trực Tỉnh ủy Kiên Giang họp"])
def test_standing_bodies_are_no_title(text):
    assert not any(lab == "TITLE" for lab, _ in ents(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Theo trung tá Nhật, tính đến hết tháng 4, trên địa bàn có 30 vụ cháy.", "Nhật"),
        ("BS Nguyệt kể chuyện thật mà nghe cứ như bịa.", "Nguyệt"),
        ("Bà chủ vựa thuốc tên Hoa đon đả quảng cáo.", "Hoa"),
        ("Khi có một khách hàng tên Kiên đến đặt hàng.", "Kiên"),
        ("Thủ tướng và Anh hùng dân tộc Trương Định", "Trương Định"),
    ],
)
def test_given_names_after_a_cue(text, name):
    s = text.index(name)
    assert ("PER", s, s + len(name), name) in _pipe(text)


def test_given_name_seen_after_a_cue_is_taken_after_a_title():
    text = "Trưởng xưởng người Hàn Quốc, tên thường gọi là Yun, đến. Nhưng trưởng xưởng Yun vẫn đánh chị."
    pers = [(s, e) for lab, s, e, _ in _pipe(text) if lab == "PER"]
    assert pers == [(47, 50), (76, 79)]


@pytest.mark.parametrize(
    "text",
    ["Thủ tướng Phạm Minh Chính hội đàm với Thủ tướng Pháp\nNgày 10/6", "Một đại tá Mỹ cho biết như vậy.",
     "Một công ty mang tên Hà Nội", "Chuyên gia Nga, ông nói"],
)
def test_places_after_cues_stay_places(text):
    place = next(p for p in ("Pháp", "Mỹ", "Hà Nội", "Nga") if p in text)
    s = text.index(place)
    assert ("LOC", s, s + len(place), place) in _pipe(text)


def test_institution_named_after_a_person_is_no_person():
    text = "Anh chạy vào hiên nhà bên cạnh nhà máy cơ khí Ngô Gia Tự để trú mưa."
    assert not any(lab == "PER" for lab, *_ in _pipe(text))


# --- departments, appositions, ships, nicknames, bylines, headlines ------------------------------------


@pytest.mark.parametrize(
    "text, title",
    [
        # an unnamed department after a lower-case "ban"/"phòng" stays in the title
        ("Ông Lưu Văn Thu, Trưởng ban Tổ chức tỉnh ủy Hưng Yên đã", "Trưởng ban Tổ chức"),
        ("Sáng nay, Phó phòng Du lịch nước ngoài Saigontourist Lâm Tứ Khôi cho biết", "Phó phòng Du lịch nước ngoài"),
        ("Theo Trưởng phòng thị trường 3 Nguyễn Kim Thanh, lượng khách", "Trưởng phòng thị trường 3"),
        ("thí sinh ở tỉnh\" - trưởng phòng đào tạo cho biết.", "trưởng phòng đào tạo"),
        ("Ông Nguyễn Văn Ngỡi, Trưởng phòng Quản lý vận tải - Sở Giao thông", "Trưởng phòng Quản lý vận tải"),
        ("Thạc sĩ Phan Huy Củng, Phó phòng Giáo vụ Trường đại học Cần Thơ", "Phó phòng Giáo vụ"),
        ("Theo ông Trần Khắc Phú - Chi cục trưởng Kiểm lâm Hà Tĩnh, đây", "Chi cục trưởng"),
        # a lower-case office as an apposition or a plural noun before an organization
        ("Đại tá Alexis Walker, chỉ huy Biên đội tàu khu trục 7, trưởng đoàn", "chỉ huy"),
        ("bắt tay với các chỉ huy Vùng 4 Hải quân.", "chỉ huy"),
        ("Trong thời gian lưu lại Đà Nẵng, Chỉ huy tàu sẽ có các hoạt động", "Chỉ huy tàu"),
        ("ra phía Bắc được đại biểu đoàn TP HCM liên tục đặt ra", "đại biểu"),
        ("Số 690/QĐ của Bộ trưởng Đại học và Trung học chuyên nghiệp cấp bằng", "Bộ trưởng Đại học và Trung học chuyên nghiệp"),
    ],
)
def test_title_with_department_or_apposition(text, title):
    s = text.index(title)
    assert ("TITLE", s, s + len(title)) in spans(text)


@pytest.mark.parametrize(
    "text, wrong",
    [
        ("khoang chỉ huy tàu Coronado", "chỉ huy tàu"),
        ("ông trực tiếp chỉ huy Sư đoàn 308 tiến công", "chỉ huy"),  # a verb
        ("kiêm Trưởng Ban Tuyển sinh và Đào tạo Bộ Quốc phòng", "Trưởng Ban Tuyển sinh"),  # a named Ban is an ORG
    ],
)
def test_no_title_in_context(text, wrong):
    assert ("TITLE", wrong) not in ents(text)


@pytest.mark.parametrize(
    "text, names",
    [
        ("Theo ông Trần Văn Bình, Trưởng phòng Kế hoạch Transviet, ngày đầu", ["Trần Văn Bình"]),  # the company
        ("Đại tá Toyota Chikara, Chỉ huy tàu Echigo cho biết", ["Toyota Chikara"]),  # the ship
        ("Theo Phó phòng kế hoạch Saigontourist Nguyễn Xuân Thiện, khách", ["Nguyễn Xuân Thiện"]),
        ("Chiến sĩ Vùng 4 Hải quân chuẩn bị nghi thức", []),
        ("Theo BS Nguyễn Đức Hiền, bệnh nhân Quỳ nhập viện", ["Nguyễn Đức Hiền", "Quỳ"]),
        ("bệnh nhân Covid-19 đầu tiên", []),
        ("biệt thự Công ty TNHH Lâm Viên được giao đất", []),
        ("Nguyễn Hữu Thức (Thái Văn Lung, Q.6 - TPHCM) hỏi", ["Nguyễn Hữu Thức"]),  # a street in an address
        ("THÔNG CÁO VỀ QUỐC TANG NGUYÊN CHỦ TỊCH NƯỚC TRẦN ĐỨC LƯƠNG\nĐể tỏ lòng", ["TRẦN ĐỨC LƯƠNG"]),
        ("ĐẠI TÁ NGUYỄN VĂN SƠN: “Biên phòng”", ["NGUYỄN VĂN SƠN"]),
    ],
)
def test_person_in_context(text, names):
    assert [t for label, t in ents(text) if label == "PER"] == names


@pytest.mark.parametrize(
    "text",
    ["Nga chỉ có một tàu sân bay Đô đốc Kuznetsov từ thời Xô Viết", "chúng ta đã cử chiến hạm Đinh Tiên Hoàng – một trong hai tàu"],
)
def test_ship_names_are_no_person_nor_rank(text):
    assert [lab for lab, _ in ents(text) if lab in ("PER", "RANK")] == []


def test_bracketed_nickname_is_a_person_and_is_found_again():
    text = "Đó là chị Trương Thị Kim Liên (Sáu Phú) - cựu cán bộ. Từ ngày Sáu Phú rời Thành đoàn."
    got = [(s, e) for lab, s, e in spans(text) if lab == "PER"]
    assert got == [(10, 29), (31, 38), (62, 69)]
    assert [text[s:e] for s, e in got] == ["Trương Thị Kim Liên", "Sáu Phú", "Sáu Phú"]
    assert ("PER", "Ba Lan") not in ents("Ông Nguyễn Văn An (Ba Lan) đến")  # a country in brackets


@pytest.mark.parametrize(
    "text, names",
    [
        ("thiệt mạng kể từ cuối năm 2014. H.L ", ["H.L"]),
        ("tại tỉnh Kompot, Vương quốc Campuchia. Phúc Hằng (TTXVN) ", ["Phúc Hằng"]),
        ("đóng góp cho sự phát triển kinh tế, xã hội. Theo Hoàng Thùy/VnExpress ", ["Hoàng Thùy"]),
        ("Ông đã đến TP.HCM. Theo Bloomberg", []),
    ],
)
def test_bylines_with_outlets(text, names):
    assert [t for label, t in ents(text) if label == "PER"] == names


# --- the long tail of the held-out sets: particles, given names, job cues, lists ---------------------


def _per(text: str, found: list[Candidate] | None = None) -> list[tuple[str, int, int]]:
    cands = find_people(normalize(text), NerContext(found=found or []))
    return [(c.label, c.start, c.end) for c in cands if c.label in ("PER", "TITLE")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an Arabic name opening with its lower-case article after a title, and its later mention
        ("Bộ trưởng Quốc phòng al-Mahdi al-Barghathi nói. Sau đó al-Barghathi đi.",
         [("TITLE", 0, 20), ("PER", 21, 42), ("PER", 55, 67)]),
        ("Thủ lĩnh al-Baghdadi bị tiêu diệt.", [("PER", 9, 20)]),
        ("Tổng thống Bashar al-Assad nói", [("TITLE", 0, 10), ("PER", 11, 26)]),
        # ... but such a word opens no name without a cue
        ("Nhóm al-Nusra tuyên bố.", []),
    ],
)
def test_arabic_article_opens_a_name_after_a_cue(text, expected):
    assert _per(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a common foreign given name opens a name with no cue; the surname alone is found again
        ("Suốt 5 năm qua, Jerry Friedman - ở Connecticut - đã đi. Friedman nói rằng",
         [("PER", 16, 30), ("PER", 56, 64)]),
        ("ảnh trên du thuyền của Christian Louboutin, một người Pháp", [("PER", 23, 42)]),
        ("Tổng thư ký (PAP) Lawrence Wong, hai nước", [("TITLE", 0, 11), ("PER", 18, 31)]),
        # a profession noun is a cue
        ("Nhiếp ảnh gia Alessandro Grassani dành nhiều ngày", [("PER", 14, 33)]),
        ("Tiểu thuyết gia Haruki Murakami viết", [("PER", 16, 31)]),
        ("Khi đó, George W. Bush và Barack Obama đều", [("PER", 8, 22), ("PER", 26, 38)]),
    ],
)
def test_foreign_given_names_and_professions(text, expected):
    assert _per(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hải quân xác nhận, Rafael Peralta sẽ đi. Tàu khu trục Rafael Peralta",  # a ship, named so elsewhere
        "tàu khu trục USS John McCain",  # a ship after its prefix
        "Trường George Washington",  # a place word before it
        "giải Michael Jackson Award",  # a run of more than three words
    ],
)
def test_given_name_runs_that_are_no_person(text):
    assert [e for e in _per(text) if e[0] == "PER"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # the reverent "Bác"/"Cụ" inside a sentence is an honorific: the PER is the name without it (guideline 2)
        ("lau chùi bàn thờ Bác Hồ, bày mâm", [("PER", 21, 23)]),
        ("xứng danh Bộ đội Cụ Hồ.", [("PER", 20, 22)]),
        ("nhà lưu niệm của Bác Hồ trên đường", [("PER", 21, 23)]),
        ("Lời Bác dạy vẫn còn.", []),
    ],
)
def test_reverent_address_of_a_leader(text, expected):
    assert _per(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "các công ty nhập khẩu khác như Hoàng Khang, Khương Duy. Thời gian này",  # companies named after owners
        "người dân tại các hẻm số 5, 15... Đặng Nhữ Lâm và các hẻm khác",  # a street in an address list
        "với sự tham gia của 260 tay súng Maute và",  # a counted group after a person noun
    ],
)
def test_lists_of_companies_streets_and_groups_are_no_person(text):
    assert [e for e in _per(text) if e[0] == "PER"] == []


def test_person_list_after_nhu_without_company_word_stays():
    assert _per("Các doanh nhân như Nguyễn Văn Bình, Trần Bá Dương đến.") == [("PER", 19, 34), ("PER", 36, 49)]


def test_state_body_head_title_runs_over_its_organization():
    text = "Ông Trần Quốc Trượng, Phó Tổng Thanh tra Nhà nước, phát biểu"
    org = Candidate(31, 49, "ORG", "test")  # "Thanh tra Nhà nước" found by the organization recognizer
    assert ("TITLE", 22, 49) in _per(text, [org])


def test_lower_case_office_as_apposition_before_a_preposition():
    text = "LNA do Tướng Khalifa Haftar, chỉ huy ở miền Đông Libya cho biết"
    assert ("TITLE", 29, 36) in _per(text)
    assert [e for e in _per("Ông ấy chỉ huy ở đó.") if e[0] == "TITLE"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chuyện thật như đùa: Khi tướng Pháp 'mượn tạm' chiến đấu cơ", [("RANK", 25, 30)]),
        ("các tướng Mỹ và một tướng Nga nói", []),  # counted generals: no rank
        ("Thủ tướng Pháp đến", []),  # an office, no rank
        ("Tướng Mỹ nói", []),  # capitalized at a sentence start
    ],
)
def test_general_of_a_country_is_a_rank(text, expected):
    cands = find_people(normalize(text), NerContext())
    assert [(c.label, c.start, c.end) for c in cands if c.label == "RANK"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # family names of Vietnam's ethnic minorities, middle names "A", "Thị"
        ("Công an bắt 2 đối tượng: Vàng Vả Mềnh (SN 1981) và Giàng Chí Hừ (SN 1987).",
         [("PER", 25, 37), ("PER", 51, 63)]),
        ("Đối tượng là Thào Eng (SN 1971), cùng Lý A Dế và Lò Thị Mai.",
         [("PER", 13, 21), ("PER", 38, 45), ("PER", 49, 59)]),
        ("Mùa Xuân năm nay đến sớm.", []),  # "Mùa" is a season, no family name
        # a byline "Name/Báo X" at the end of an article
        ("Họ ở biên giới với Mexico. Hồng Hạnh/Báo Tin Tức  ", [("PER", 27, 36)]),
        # no name ends in "Văn": the word after it is the given name even when it is a stop word ("Hiện")
        ("Có mặt chánh án Tòa án nhân dân tối cao Nguyễn Văn Hiện. Phó thủ tướng nói.",
         [("TITLE", 7, 15), ("PER", 40, 55), ("TITLE", 57, 70)]),
        # royal titles: "Nhà Vua" capitalized is one title, "nhà vua" in lower case is "vua"; "Hoàng hậu"
        ("Trưa 4/4, Nhà Vua Philippe và Hoàng hậu Mathilde rời TPHCM.",
         [("TITLE", 10, 17), ("PER", 18, 26), ("TITLE", 30, 39), ("PER", 40, 48)]),
        ("Năm 1805, nhà vua đã hạ chiếu.", [("TITLE", 14, 17)]),
        # "ĐB" (đại biểu) before a name; not "ĐB Bắc Bộ" (đồng bằng)
        ("Thủ tướng trả lời chất vấn của ĐB Nguyễn Trọng Ngoạn (Bắc Giang).",
         [("TITLE", 0, 9), ("TITLE", 31, 33), ("PER", 34, 52)]),
        ("Vùng ĐB Bắc Bộ mưa to.", []),
        ("Quốc hội bỏ phiếu bầu tổng kiểm toán nhà nước.", [("TITLE", 22, 45)]),
        # a foreign run with no cue is a name when its last word alone speaks later, or by an apposition
        ("phía đông Damascus Theo Ibrahim Joudeh phóng viên chiến trường, quân đội Syria tiến lên. "
         "Joudeh cho biết, quân đội thắng.", [("PER", 24, 38), ("PER", 89, 95)]),
        ("nơi trú ẩn của Isnilon Hapilon, nhân vật được cho là trùm IS. Việc tiêu diệt Hapilon là quan trọng.",
         [("PER", 15, 30), ("PER", 77, 84)]),
        # a ship that "says" something is no person
        ("Lễ đón tàu Echigo diễn ra. Chỉ huy tàu Echigo cho biết sự kiện. Tàu Echigo tại cảng.", [("TITLE", 27, 38)]),
    ],
)
def test_minority_surnames_bylines_royal_titles_and_foreign_names(text, expected):
    assert _per(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "chính quyền" (government) before a title: "quyền" is no acting prefix there; "Quyền Chủ tịch" is
        ("Nhằm giúp chính quyền Tổng thống Philippines Rodrigo Duterte.", [("TITLE", 22, 32), ("PER", 45, 60)]),
        ("Quyền Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.", [("TITLE", 0, 14), ("PER", 25, 38)]),
        # a lower-case department with "T.Ư" / "Trung ương" after it stays in the title
        ("Đến dự có Phó trưởng ban Dân vận T.Ư Vũ Trọng Kim.", [("TITLE", 10, 36), ("PER", 37, 49)]),
        # a lower-case institution noun with no name after it ends the title; not before "này"
        ("Ông Phan Tương (cựu Giám đốc sân bay) và nhiều cán bộ.", [("PER", 4, 14), ("TITLE", 20, 36)]),
        ("Giám đốc công ty này là ông Bình.", [("TITLE", 0, 8), ("PER", 28, 32)]),
        # "T.Ư Đoàn": the organization word before a three-word name is no family name
        ("Bí thư thứ nhất T.Ư Đoàn Đào Ngọc Dung phát biểu.", [("TITLE", 0, 15), ("PER", 25, 38)]),
        # place words with a lower-case kind word between them and the name ("Làng mộc", "đường mòn")
        ("Tham quan Làng mộc Kim Bồng và đường mòn Hồ Chí Minh.", []),
        # a name after an area word ("KTM") is that place in its bare mentions too; alone it may be a person
        ("Tại KTM Chu Lai có nhiều dự án. Chuyên đề: “Chu Lai - vùng đất mở”.", []),
        ("Chu Lai là nhà văn quân đội.", [("PER", 0, 7)]),
        # "vua" after a thing of the king's is no office ("thuyền vua": the royal boat); "nhà vua" is
        ("Lên thuyền vua thưởng nguyệt. Năm 1805, nhà vua đã hạ chiếu.", [("TITLE", 44, 47)]),
        # a six-word (Lao) name after a cue, before an apposition
        ("Tham dự có bà Khăm Chăn Phôm Sẻng Sạ Văn, Phó Chủ tịch Ủy ban.", [("PER", 14, 40), ("TITLE", 42, 54)]),
    ],
)
def test_acting_prefix_department_titles_and_place_names_after_kind_words(text, expected):
    assert _per(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # lower-case offices as items of a list of roles, nobody and no organization after them, are no TITLE
        ("Lãnh đạo Tổng cục, cấp ủy, chính ủy, chính trị viên, chỉ huy các cơ quan phải gương mẫu.", []),
        ("Người có uy tín, các già làng, trưởng bản chủ động, linh hoạt.", []),
        # ... but an item before an organization is ("các thế hệ bộ trưởng, thứ trưởng Bộ Quốc phòng"),
        # and an apposition after an age is no list item
        ("Các thế hệ bộ trưởng, thứ trưởng Bộ Quốc phòng.", [("TITLE", 11, 20), ("TITLE", 22, 32)]),
        ("Ông Nguyễn Văn An, 45 tuổi, giám đốc công ty cho biết.", [("PER", 4, 17), ("TITLE", 28, 36)]),
        # "vua chúa", "vua quan" (royalty), "vua tôi" (king and subjects), "phép vua" (the king's law) name no office;
        # "nhà vua", "vua Gia Long" do
        ("Từ vua chúa, vua quan đến dân; “Vua tôi đồng tâm”; phép vua thua lệ làng.", []),
        ("Năm 1805, nhà vua đã hạ chiếu; vua Gia Long về kinh.", [("TITLE", 14, 17), ("TITLE", 31, 34), ("PER", 35, 43)]),
        # "Chỉ huy" + the unit commanded + a comma + a ranked name: the office of that person
        ("Chỉ huy lực lượng này, đại úy Edward Bachar cho biết.", [("TITLE", 0, 7), ("PER", 30, 43)]),
        ("Chỉ huy lực lượng Nga tại Syria, Đại tá Sergei Rudskoy nói.", [("TITLE", 0, 7), ("PER", 40, 54)]),
        ("Chỉ huy lực lượng là nhiệm vụ của ông.", []),
        # a two-word person noun before "tên" cues the name ("thợ hồ tên Chum", no lake); a one-letter prefix takes
        # the word after it ("tên A Sáng", not "A")
        ("Nạn nhân là một thợ hồ tên Chum, quê ở Đồng Tháp.", [("PER", 27, 31)]),
        ("Chưa làm rõ đối tượng tên A Sáng này.", [("PER", 26, 32)]),
        ("Họ đến hồ tên Xuân Hương.", []),
        # one foreign word after a noun, before ", Title" + an organization: a person ("Abdullah, Giám đốc điều hành
        # Tổ chức ..."); not after a preposition, nor when a name follows the title
        ("Thành tựu giáo dục Abdullah, Giám đốc điều hành Tổ chức Unity Government tại Afghanistan, cho biết.",
         [("PER", 19, 27), ("TITLE", 29, 47)]),
        ("Theo hãng tin Reuters, Giám đốc điều hành Sundar Pichai cho biết.", [("TITLE", 23, 41), ("PER", 42, 55)]),
        ("Đại diện của Samsung, Giám đốc điều hành Tổ chức X cho biết.", [("TITLE", 22, 40)]),
        # the committee organizing a state funeral: "Trưởng ban tổ chức lễ tang"
        ("Đồng chí Lương Cường, Trưởng ban tổ chức lễ tang Tổng Bí thư Nguyễn Phú Trọng.",
         [("PER", 9, 20), ("TITLE", 22, 48), ("TITLE", 49, 60), ("PER", 61, 77)]),
    ],
)
def test_role_lists_bare_king_commander_of_unit_and_funeral_committee(text, expected):
    assert _per(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right before its age or birth year in brackets
        ("Công an bắt quả tang Nathammanha (26 tuổi) và Chaykeobani (25 tuổi) đang vận chuyển ma túy.",
         [("PER", 21, 32), ("PER", 46, 57)]),
        ("Hai người gồm Bun Liêng (sinh năm 1984) và Thạo Xay (SN 1979) bị bắt.", [("PER", 14, 23), ("PER", 43, 51)]),
        # a Vietnamese full name told back by its given name alone, after the full name only
        ('Sáng nay, Vũ Thành Hiệp đi thi. Trò chuyện với phóng viên, Hiệp nói: "Khó".', [("PER", 10, 23), ("PER", 59, 63)]),
        ('Hiệp nói: "Khó". Sáng nay, Vũ Thành Hiệp đi thi.', [("PER", 27, 40)]),
    ],
)
def test_aged_and_told_back_names(text, expected):
    assert spans(text) == expected


def _pipeline_pers(text: str) -> list[tuple[int, int, str]]:
    import vnextract

    return [(e.start, e.end, e.text) for e in vnextract.extract(text).entities if e.label == "PER"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name after "người + country" ("sinh viên người Mỹ ...") and after "cây bút"
        ("Ngày 14/6, sinh viên người Mỹ Otto Warmbier bị bắt.", [(30, 43, "Otto Warmbier")]),
        ("Gần đây. cây bút Prashanth Parameswaran của trang The Diplomat bình luận.",
         [(17, 39, "Prashanth Parameswaran")]),
        # a capitalized "Bà"/"Ông" in mid-sentence before a foreign name (a caption run into a headline)
        ("Nữ Tổng thống đầu tiên của châu Phi Bà Ellen Sirleaf (hàng trên) phát biểu.", [(39, 52, "Ellen Sirleaf")]),
        ("Cạnh tranh với Trung Quốc Ông Masahiko dự kiến thăm căn cứ.", [(30, 38, "Masahiko")]),
        ("Tỉnh Bà Rịa Vũng Tàu", []),
        # "Chính hiệp" is no given name; "Quốc" of "Trung Quốc" opens no title "Quốc vương"
        ("Thủ tướng Phạm Minh Chính tiếp Chủ tịch Chính hiệp Trung Quốc Vương Hộ Ninh",
         [(10, 25, "Phạm Minh Chính"), (62, 75, "Vương Hộ Ninh")]),
        # a byline before "(T/h)" or "(tổng hợp)" wins over a cue inside it
        ("Nguyên nhân vẫn chưa được làm rõ. Thụy Dương (T/h) ", [(34, 44, "Thụy Dương")]),
        ("Họ cấm du lịch tới Triều Tiên . Anh Tuấn (tổng hợp) ", [(32, 40, "Anh Tuấn")]),
    ],
)
def test_people_in_pipeline(text, expected):
    assert _pipeline_pers(text) == expected


def _pipeline_titles(text: str) -> list[tuple[str, int, int, str]]:
    import vnextract

    return [(e.label, e.start, e.end, e.text) for e in vnextract.extract(text).entities if e.label in ("TITLE", "ORG")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a field after "giám đốc" (kind field), a deptmod after it, "khu vực" + the place found after it
        ("Hội thảo do ông Joshua Dymock, giám đốc marketing của trường chủ trì.", [("TITLE", 31, 49, "giám đốc marketing")]),
        ("Hội thảo do ông Edward William, Giám đốc Marketing quốc tế chủ trì.",
         [("TITLE", 32, 58, "Giám đốc Marketing quốc tế")]),
        ("Hội thảo do ông Raymond Bishop, giám đốc khu vực Đông Nam Á chủ trì.",
         [("TITLE", 32, 59, "giám đốc khu vực Đông Nam Á")]),
        # an organization found after the head is no field: "Giám đốc |Công an tỉnh|"
        ("Giám đốc Công an tỉnh Lào Cai Nguyễn Văn An phát biểu.",
         [("TITLE", 0, 8, "Giám đốc"), ("ORG", 9, 29, "Công an tỉnh Lào Cai")]),
        # a portfolio after "phát ngôn viên" (port) and a capitalized one after "Tư lệnh" (capport); no
        # portfolio an organization covers ("Tư lệnh |Hải quân Mỹ|"), none in lower case after "tư lệnh"
        ("Báo dẫn lời phát ngôn viên quốc phòng Campuchia, ông Chhum Socheat, cho biết.",
         [("TITLE", 12, 37, "phát ngôn viên quốc phòng")]),
        ("Ông gặp Đại diện Tư lệnh Quốc phòng Vương quốc Anh.", [("TITLE", 17, 35, "Tư lệnh Quốc phòng")]),
        ("Tư lệnh Hải quân Mỹ Scott Swift nói.", [("TITLE", 0, 7, "Tư lệnh"), ("ORG", 8, 19, "Hải quân Mỹ")]),
        ("Việc vị phó tư lệnh không quân này tìm cách hợp thức hóa.", [("TITLE", 8, 19, "phó tư lệnh")]),
        # "đắc cử" (elect) inside the span; "nghị sĩ" and "Đại diện đặc biệt" are offices
        ("Ông Trump khi ấy vẫn còn là tổng thống đắc cử.", [("TITLE", 28, 45, "tổng thống đắc cử")]),
        ("Trận bóng chày thường niên với nghị sĩ đảng Dân chủ.",
         [("TITLE", 31, 38, "nghị sĩ"), ("ORG", 39, 51, "đảng Dân chủ")]),
        ("Ông Vương Hộ Ninh, Đại diện đặc biệt của Tổng Bí thư, đã đến.",
         [("TITLE", 19, 36, "Đại diện đặc biệt"), ("TITLE", 41, 52, "Tổng Bí thư")]),
        # a representative of a body is no office
        ("Đại diện của Nga cho biết như vậy.", []),
    ],
)
def test_title_fields_portfolios_and_elect(text, expected):
    assert _pipeline_titles(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization found that is the portfolio itself keeps it after "Bộ trưởng", not after "Tư lệnh"
        ("Ông Trương Tấn Sang, Bộ trưởng Công an Lê Hồng Anh đều trúng.", [("TITLE", 21, 38, "Bộ trưởng Công an")]),
        ("Mặc dù Tư lệnh Hải quân miền Đông Ấn Độ HCS Bisht chia sẻ.", [("TITLE", 7, 14, "Tư lệnh")]),
    ],
)
def test_portfolio_against_organizations_found(text, expected):
    assert [t for t in _pipeline_titles(text) if t[0] == "TITLE"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a headline or caption with no final stop: the name found elsewhere without its last word ends before it
        ("ĐB Dương Trung Quốc Trả lời báo chí chiều 1/6. ĐB Dương Trung Quốc cho rằng đất quốc phòng phải minh bạch.",
         [("Dương Trung Quốc", 3, 19, "people:cue"), ("Dương Trung Quốc", 50, 66, "people:cue")]),
        ("Ông Lê Quyết Thắng Chỉ có thể khuyến cáo. Ông Lê Quyết Thắng, giám đốc sở, nói.",
         [("Lê Quyết Thắng", 4, 18, "people:cue"), ("Lê Quyết Thắng", 46, 60, "people:cue")]),
        ("Hệ thống vũ khí trên tàu. Ảnh: Tấn Việt Tàu HMAS Ballarat đến Đà Nẵng. Ảnh: Tấn Việt",
         [("Tấn Việt", 31, 39, "people:cue"), ("Tấn Việt", 76, 84, "people:cue")]),
        # not when the last word is a name alone elsewhere: another person
        ("Ông Nguyễn Văn An nói. Ông Nguyễn Văn An Nhiên đến. Ông Nhiên nói.",
         [("Nguyễn Văn An", 4, 17, "people:cue"), ("Nguyễn Văn An Nhiên", 27, 46, "people:cue"), ("Nhiên", 56, 61, "people:cue")]),
    ],
)
def test_run_on_name_ends_before_next_sentence(text, expected):
    import vnextract

    assert [(e.text, e.start, e.end, e.rule) for e in vnextract.extract(text).entities if e.label == "PER"] == expected
