"""Event arguments (vnextract.events roles): who acts, takes part, is targeted, when and where (ANNOTATION.md 4, 7)."""
import pytest

import vnextract


def _roles(text, trigger):
    """The arguments (role -> [(text, start)]) of the event whose trigger text starts with ``trigger``."""
    d = vnextract.extract(text)
    ents = {e.id: e for e in d.entities}
    for ev in d.events:
        if text[ev.trigger.start:ev.trigger.end].startswith(trigger):
            return {r: [(ents[i].text, ents[i].start) for i in ids] for r, ids in ev.args.items()}
    raise AssertionError(f"no event {trigger!r}: {[(e.type, e.trigger.text) for e in d.events]}")


def _at(text, s):
    return (s, text.index(s))


CASES = [
    # a late person ("cố" + title) is honoured, the subject of the coordinated verb visits (np.deceased)
    ("Sáng 3/2, tại Hà Nội, Thủ tướng Chính phủ Phạm Minh Chính dâng hương tưởng nhớ cố Thủ tướng Chính phủ Phan Văn Khải "
     "và chúc Tết gia đình các đồng chí lãnh đạo.", "chúc Tết", "AGENT", ["Phạm Minh Chính"], "Phan Văn Khải"),
    # the body named right after "họp báo (thường kỳ)" holds it; its spokesperson takes part (cue.press_body)
    ("Chiều 12/9 tại họp báo thường kỳ Bộ Ngoại giao, người phát ngôn Bộ Ngoại giao Phạm Thu Hằng đã trả lời câu hỏi "
     "của phóng viên.", "họp báo", "AGENT", ["Bộ Ngoại giao"], None),
    ("Chiều 12/9 tại họp báo thường kỳ Bộ Ngoại giao, người phát ngôn Bộ Ngoại giao Phạm Thu Hằng đã trả lời câu hỏi "
     "của phóng viên.", "họp báo", "PARTICIPANT", ["Phạm Thu Hằng"], None),
    # the body acting after a fronted "Tại phiên họp ..., " holds the session
    ("Tại phiên họp thứ 40 diễn ra sáng 10/5, Ủy ban Thường vụ Quốc hội đã cho ý kiến về dự án Luật Đất đai.",
     "họp", "AGENT", ["Ủy ban Thường vụ Quốc hội"], None),
    # a speech "of" someone "at" a meeting: the speaker takes part
    ("Báo Chính phủ giới thiệu Phát biểu của Tổng Bí thư Tô Lâm tại buổi gặp mặt cán bộ lão thành cách mạng.",
     "gặp mặt", "PARTICIPANT", ["Tô Lâm"], None),
    # the one an award goes to, after "tặng" further on
    ("Chiều 16-6, tại Hà Nội đã diễn ra Lễ trao Huân chương Hữu nghị của Nhà nước Liên bang Nga tặng Thượng tướng "
     "Nguyễn Văn Minh, nguyên Thứ trưởng Bộ Quốc phòng.", "trao", "TARGET", ["Nguyễn Văn Minh"], None),
    # "dự và chỉ đạo buổi <trigger>": the attendee takes part
    ("Sáng 22/5, Bộ Tư lệnh Đặc công tổ chức diễn tập chống khủng bố.\nTrung tướng Phan Văn Giang, Thứ trưởng Bộ Quốc "
     "phòng dự và chỉ đạo buổi diễn tập.", "diễn tập", "PARTICIPANT", ["Phan Văn Giang"], None),
    # partners joined by "sẽ phối hợp chặt chẽ với" organize together
    ("Việt Nam sẽ phối hợp chặt chẽ với Campuchia và Lào để tổ chức tốt hội nghị cấp cao.", "hội nghị", "AGENT",
     ["Việt Nam", "Campuchia", "Lào"], None),
]


@pytest.mark.parametrize("text, trigger, role, expected, not_in", CASES)
def test_role(text, trigger, role, expected, not_in):
    args = _roles(text, trigger)
    assert args.get(role, []) == [_at(text, x) for x in expected]
    if not_in:
        assert all(not_in not in [t for t, _ in xs] for r, xs in args.items() if r in ("AGENT", "PARTICIPANT"))


def test_reporting_speaker_not_party():
    # "X đã thông tin về hội nghị ...": the speaker tells of the meeting, takes no part in it
    text = "Người phát ngôn Bộ Ngoại giao Phạm Thu Hằng đã thông tin về hội nghị cấp cao tam giác phát triển."
    args = _roles(text, "hội nghị")
    assert "Phạm Thu Hằng" not in [t for xs in args.values() for t, _ in xs]


def test_deceased_still_award_target():
    # a posthumous award still targets the late person
    text = "Chủ tịch nước đã truy tặng Huân chương Độc lập hạng Nhất cho cố Thượng tướng Nguyễn Văn Bình."
    d = vnextract.extract(text)
    ents = {e.id: e.text for e in d.entities}
    assert any("Nguyễn Văn Bình" in [ents[i] for i in ev.args.get("TARGET", [])] for ev in d.events)


# classes from an audit of 42 unseen corpus articles
ROLES2_CASES = [
    # the head person of an appositive chain "Thượng tướng X, Ủy viên ..., Phó Chủ tịch ORG ... thăm" visits, not the
    # last title; a country after "nhân dân" qualifies a body the NER did not find, it does not act (np.people_of)
    ("Nhận lời mời của Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng Việt Nam, Thượng tướng Phạm Trường Long, Ủy viên "
     "Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc thăm hữu nghị chính thức Việt Nam từ ngày 18 - 19/6.",
     "thăm", "AGENT", ["Phạm Trường Long"]),
    ("Nhiệt liệt chào mừng Thượng tướng Phạm Trường Long và Đoàn đại biểu Quân sự cấp cao Quân giải phóng nhân dân Trung "
     "Quốc sang thăm hữu nghị chính thức Việt Nam, Đại tướng Ngô Xuân Lịch nhấn mạnh quan hệ hai nước.", "thăm", "AGENT",
     ["Phạm Trường Long", "Quân giải phóng nhân dân Trung Quốc"]),  # the leader and the delegation's body both visit
    ("Chiều cùng ngày, Thượng tướng Phạm Trường Long và Đoàn đại biểu Quân sự cấp cao Quân giải phóng nhân dân Trung Quốc "
     "đã sang thăm Bộ Tư lệnh Quân khu 1.", "thăm", "AGENT", ["Phạm Trường Long", "Quân giải phóng nhân dân Trung Quốc"]),
    # "Đoàn ... do X làm Trưởng đoàn": the delegation's body visits with its head (dev baomoi-22414364)
    ("Đoàn đại biểu Quân đội Myanmar do Thiếu tướng Thaw Lwin, Cục trưởng Cục Thông tin làm Trưởng đoàn đang có chuyến "
     "thăm Việt Nam.", "thăm", "AGENT", ["Quân đội Myanmar", "Thaw Lwin"]),
    # witnesses of a signing take part; the parties after "giữa" sign
    ("Đại tướng Ngô Xuân Lịch và Thượng tướng Phạm Trường Long đã chứng kiến ký kết Thỏa thuận hợp tác giữa Bộ Quốc phòng "
     "Việt Nam và Bộ Quốc phòng Trung Quốc.", "ký kết", "AGENT", ["Bộ Quốc phòng Việt Nam", "Bộ Quốc phòng Trung Quốc"]),
    ("Đại tướng Ngô Xuân Lịch và Thượng tướng Phạm Trường Long đã chứng kiến ký kết Thỏa thuận hợp tác giữa Bộ Quốc phòng "
     "Việt Nam và Bộ Quốc phòng Trung Quốc.", "ký kết", "PARTICIPANT", ["Ngô Xuân Lịch", "Phạm Trường Long"]),
    # the visitor of "đang có chuyến thăm" is the one the clause describes, not the host
    ("Chiều 28/3, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Tổng thống Brazil Luiz Inácio Lula da "
     "Silva đang có chuyến thăm cấp Nhà nước tới Việt Nam.", "thăm", "AGENT", ["Luiz Inácio Lula da Silva"]),
]


@pytest.mark.parametrize("text,trigger,role,expected", ROLES2_CASES)
def test_roles2(text, trigger, role, expected):
    got = _roles(text, trigger).get(role, [])
    assert got == [_at(text, x) for x in expected]


ROLES3_DATES = [
    # a period in a review meeting's name yields to the day told after it ("vào ngày 10/7")
    ("Đó là ý kiến của ông Nguyễn Văn Nam, Chủ tịch UBND tỉnh Quảng Ninh tại Hội nghị sơ kết công tác chống buôn lậu, "
     "gian lận thương mại và hàng giả 6 tháng đầu năm 2017; triển khai nhiệm vụ những tháng cuối năm vào ngày 10/7.",
     "Hội nghị", "ngày 10/7", "2017-07-10"),
    # a date between a fronted frame and the subject, with a parenthesis and a place after it, dates the main event
    ("Trong khuôn khổ chuyến thăm cấp Nhà nước Cộng hòa Kazakhstan, chiều 6/5 (theo giờ địa phương) tại Thủ đô Astana, "
     "Tổng Bí thư Tô Lâm đã có cuộc hội kiến Thủ tướng Kazakhstan Olzhas Bektenov.", "hội kiến", "chiều 6/5", None),
]


@pytest.mark.parametrize("text,trigger,date,value", ROLES3_DATES)
def test_roles3_date(text, trigger, date, value):
    d = vnextract.extract(text)
    ents = {e.id: e for e in d.entities}
    ev = next(e for e in d.events if e.trigger.text.startswith(trigger))
    got = [ents[i] for i in ev.args.get("DATE", [])]
    assert [(x.text, x.start) for x in got] == [_at(text, date)]
    if value:
        assert got[0].value.endswith(value[4:])


# a second audit of unseen articles
ROLES4_CASES = [
    # a speaker named right before "trong cuộc <trigger> với Y" holds the talks; nothing in the speech after
    # "cho biết:" is a party
    ("Ngoại trưởng Nga Sergei Lavrov trong cuộc hội đàm với người đồng cấp Pháp Jean-Yves Le Drian ngày 20-6 cho biết: "
     "Moscow đang chờ đợi một lời giải thích từ Washington về vụ bắn hạ cường kích Su-22 của quân đội Syria.",
     "hội đàm", "AGENT", ["Sergei Lavrov"]),
    # the person an appositive "X- đối tượng vừa bị <trigger>" describes is the one arrested
    ("Sáng nay, 22-3, ông Nguyễn Hiệp, Chủ tịch HĐQT Tổng công ty HUD (HUD-Bộ Xây dựng) sẽ ký quyết định đình chỉ chức "
     "vụ đối với ông Đào Tiến Dũng- đối tượng vừa bị khởi tố, bắt tạm giam.", "khởi tố", "TARGET", ["Đào Tiến Dũng"]),
    # ... and it does not take the date of the planned main clause
    ("Sáng nay, 22-3, ông Nguyễn Hiệp, Chủ tịch HĐQT Tổng công ty HUD (HUD-Bộ Xây dựng) sẽ ký quyết định đình chỉ chức "
     "vụ đối với ông Đào Tiến Dũng- đối tượng vừa bị khởi tố, bắt tạm giam.", "khởi tố", "DATE", []),
    # the recipient after a long object: "bổ nhiệm <chức danh ...> cho X", "trao <Huân chương ...>, tặng <body>"
    ("Bộ Công an đã bổ nhiệm chức danh thủ trưởng Cơ quan An ninh điều tra - Bộ Công an cho Trung tướng Phạm Thế Tùng.",
     "bổ nhiệm", "TARGET", ["Phạm Thế Tùng"]),
    ("Chủ tịch nước đã trao Huân chương Lao động hạng Ba, tặng Trường đại học Kinh tế.", "trao", "TARGET",
     ["Trường đại học Kinh tế"]),
]


@pytest.mark.parametrize("text,trigger,role,expected", ROLES4_CASES)
def test_roles4(text, trigger, role, expected):
    got = _roles(text, trigger).get(role, [])
    assert got == [_at(text, x) for x in expected]


ADDRESS_TITLE_CASES = [
    # a place in a parenthesised address locates a person; it does not act (np.address_paren)
    ("Ngày 7-6, thuyền trưởng Lê Văn Hay (thôn Phú Thọ 3, xã Hòa Hiệp Trung, huyện Tuy Hòa) đã bắt giữ 4 đối tượng.",
     "bắt giữ", "AGENT", "Phú Thọ 3"),
    # the state a city is the capital of is no visitor (np.capital_of)
    ("Đại sứ Phạm Quang Vinh vừa có chuyến thăm chính thức tới TP Annapolis, thủ phủ bang Maryland, Mỹ.",
     "thăm", "AGENT", "Maryland"),
    # the body in a delegation head's title describes the person (np.delegation_head_of)
    ("Chiều 10/2, đồng chí Nguyễn Đắc Vinh, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh chủ trì cuộc làm việc.",
     "làm việc", "AGENT", "Quốc hội"),
    # the body in a membership title is no party (np.member_of)
    ("Chiều 10/2, đồng chí Nguyễn Đắc Vinh - Ủy viên Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy chủ trì cuộc làm việc.",
     "làm việc", "PARTICIPANT", "Ban Chấp hành Trung ương Đảng"),
    # the body whose founding day is the occasion is no party (np.anniversary_of)
    ("Sáng 26/3, Thủ tướng Phạm Minh Chính gặp mặt thanh niên nhân dịp kỷ niệm 93 năm Ngày thành lập Đoàn Thanh niên "
     "Cộng sản Hồ Chí Minh.", "gặp mặt", "PARTICIPANT", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
]


@pytest.mark.parametrize("text,trigger,role,absent", ADDRESS_TITLE_CASES)
def test_no_party_from_address_or_title(text, trigger, role, absent):
    assert absent not in [t for t, _ in _roles(text, trigger).get(role, [])]


def test_title_chain_head_acts():
    text = "Chiều 10/2, đồng chí Nguyễn Đắc Vinh, Bí thư Tỉnh ủy, Trưởng đoàn đại biểu Quốc hội tỉnh chủ trì cuộc làm việc."
    assert _roles(text, "làm việc").get("AGENT") == [_at(text, "Nguyễn Đắc Vinh")]


def test_capital_of_visitor_after():
    text = "Đại sứ Phạm Quang Vinh vừa có chuyến thăm chính thức tới TP Annapolis, thủ phủ bang Maryland, Mỹ."
    assert _roles(text, "thăm").get("LOC") == [_at(text, "Annapolis")]


def test_place_in_visitor_title_is_no_place():
    # (np.place_in_title)
    text = "Ngày 13-2, Chủ tịch UBND TPHCM Lê Hoàng Quân đã tiếp ông Mike Feldman, Phó thị trưởng TP Toronto, Canada."
    assert "LOC" not in _roles(text, "tiếp")


def test_speaker_at_work_session_with_partner_leads():
    # a speaker "tại buổi kiểm tra và làm việc với Y" holds the session with Y
    text = ("Đại tướng Ngô Xuân Lịch khẳng định như thế tại buổi kiểm tra và làm việc với Tổng Công ty Tân cảng Sài Gòn "
            "sáng 12/7.")
    r = _roles(text, "làm việc")
    assert r.get("AGENT") == [_at(text, "Ngô Xuân Lịch")]
    assert r.get("PARTICIPANT") == [_at(text, "Tổng Công ty Tân cảng Sài Gòn")]


def test_speaker_of_sentence_final_report_is_no_party():
    # "..., X cho biết." tells of the happening: X is no visitor
    text = ("Chuyến thăm chính thức Chile và Peru của Chủ tịch nước đã truyền tải thông điệp quan trọng đến bạn bè quốc tế, "
            "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn cho biết.")
    r = _roles(text, "thăm")
    assert "AGENT" not in r
    assert r.get("LOC") == [_at(text, "Chile"), _at(text, "Peru")]


def test_subject_after_fronted_conclusion_behind_credit_line():
    # "(Chinhphu.vn) – Kết luận phiên họp X, Thủ tướng Y ...": the credit names no subject, Y chairs the session
    text = ("Thủ tướng: Tập trung tháo gỡ vướng mắc\n(Chinhphu.vn) – Kết luận phiên họp Chính phủ chuyên đề pháp luật, "
            "Thủ tướng Phạm Minh Chính nhấn mạnh yêu cầu hoàn thiện thể chế.")
    assert _roles(text, "họp").get("AGENT") == [_at(text, "Chính phủ"), _at(text, "Phạm Minh Chính")]


def test_award_recipient_after_adverb_and_title():
    text = ("Ngày 8-6, Bộ Chỉ huy Bộ đội Biên phòng Phú Yên đã ra quyết định khen thưởng đột xuất thuyền trưởng "
            "Lê Văn Hay cùng toàn bộ thủy thủ đoàn.")
    assert _roles(text, "khen thưởng").get("TARGET") == [_at(text, "Lê Văn Hay")]


def test_next_step_takes_the_scene_day():
    # "Tiếp đó, ..." (after an abbreviation that ends the sentence) continues the scene of the last dated sentence
    text = ("TPHCM và Toronto ký thỏa thuận hợp tác (NLĐ) - Ngày 13-2, lãnh đạo UBND TPHCM đã tiếp ông Mike Feldman, "
            "Phó thị trưởng TP Toronto, Canada.\nÔng Feldman cũng cho biết chính quyền Toronto chọn TPHCM làm TP đầu tiên "
            "ký kết thỏa thuận hợp tác hữu nghị liên TP. Tiếp đó, Phó Chủ tịch UBND TPHCM Nguyễn Thiện Nhân và Phó thị "
            "trưởng Toronto Feldman đã ký thỏa thuận 6 điểm.")
    d = vnextract.extract(text)
    ev = next(e for e in d.events if e.trigger.start > text.index("Tiếp đó"))
    day = d.entity(ev.args["DATE"][0])
    assert (day.text, day.start) == _at(text, "Ngày 13-2")


@pytest.mark.parametrize("text,trigger,role,expected", [
    # "X cùng Đoàn đại biểu cấp cao <country> đã gặp gỡ": the leader acts, not the country of the delegation
    ("Ngày 10/5, Tổng Bí thư Tô Lâm cùng Đoàn đại biểu cấp cao Việt Nam đã gặp gỡ sinh viên tại Học viện Ngoại giao.",
     "gặp gỡ", "AGENT", ["Tô Lâm"]),
    ("Ngày 10/5, Thượng tướng Phạm Ngọc Minh và Đoàn đại biểu cao cấp Việt Nam đã gặp gỡ sinh viên tại Học viện Ngoại giao.",
     "gặp gỡ", "AGENT", ["Phạm Ngọc Minh"]),
])
def test_leader_with_delegation_acts(text, trigger, role, expected):
    assert _roles(text, trigger).get(role) == [_at(text, x) for x in expected]


def test_ambassador_post_with_short_name_is_no_place():
    # "tiếp Đại sứ Liên minh châu Âu (EU) tại Việt Nam ...": the post of the ambassador, not where the meeting is
    text = ("Chiều 17/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đại sứ Liên minh châu Âu (EU) tại "
            "Việt Nam và Đại sứ các nước thành viên EU.")
    r = _roles(text, "tiếp")
    assert r["AGENT"] == [_at(text, "Trần Thanh Mẫn")]
    assert _at(text, "Việt Nam") not in r.get("LOC", [])


@pytest.mark.parametrize("text,trigger,role,expected", [
    # the body acts, not the parent it belongs to ("thuộc"), nor the parent's other name in brackets
    ("Ngày 28/2, Ủy ban Quốc phòng và an ninh thuộc Hội đồng Liên bang (Thượng viện Nga) sẽ thăm Iran từ ngày 1 đến "
     "ngày 6-3.", "thăm", "AGENT", [("Ủy ban Quốc phòng và an ninh", 11)]),
    ("Ủy ban Kinh tế và Ngân sách của Quốc hội cùng Bộ Xây dựng đã tổ chức hội thảo về nhà ở xã hội.",
     "hội thảo", "AGENT", [("Ủy ban Kinh tế và Ngân sách", 0), ("Bộ Xây dựng", 46)]),
])
def test_body_acts_not_its_parent(text, trigger, role, expected):
    assert _roles(text, trigger).get(role) == expected


def test_parties_inside_reported_speech_take_no_part():
    text = ("Chiều ngày 12/6, Thủ tướng Nguyễn Xuân Phúc chủ trì cuộc họp Thường trực Chính phủ. Ngay khi kết thúc "
            "cuộc họp, Bộ trưởng Mai Tiến Dũng thông tin: Tại cuộc họp, Thủ tướng cho biết rất ghi nhận ý kiến của "
            "Bí thư Thành ủy TP. HCM Nguyễn Thiện Nhân về việc mở rộng sân bay.")
    d = vnextract.extract(text)
    ents = {e.id: e for e in d.entities}
    for ev in d.events:
        named = [ents[i].text for ids in ev.args.values() for i in ids]
        assert "Nguyễn Thiện Nhân" not in named and "Thành ủy TP. HCM" not in named, (ev.trigger.text, named)


ROLES_FORUM_CASES = [
    # a person who speaks or acts after a fronted forum or press conference attended it (not its organizer)
    ("Trước đó cùng ngày, trong khuôn khổ Đối thoại Shangri-La 16, Bộ trưởng Quốc phòng Mỹ James Mattis đã chỉ trích "
     "những hành động của Trung Quốc.", "Đối thoại", "PARTICIPANT", ["James Mattis"]),
    ("Trước đó cùng ngày, trong khuôn khổ Đối thoại Shangri-La 16, Bộ trưởng Quốc phòng Mỹ James Mattis đã chỉ trích "
     "những hành động của Trung Quốc.", "Đối thoại", "AGENT", []),
    ("Phát biểu họp báo bên lề Đối thoại Shangri-La lần thứ 16 ở Singapore ngày 3/6, Trung tướng Hà Lôi cho rằng hai "
     "nước nên tăng cường lòng tin.", "họp báo", "PARTICIPANT", ["Hà Lôi"]),
    # bare titles listed as attendees stand for their holders; a second title of one holder is left out
    ("Chiều ngày 12/6, Thủ tướng Nguyễn Xuân Phúc chủ trì cuộc họp Thường trực Chính phủ về việc mở rộng sân bay. "
     "Tham dự cuộc họp còn có các Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng và Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ.",
     "họp", "PARTICIPANT", ["Thường trực Chính phủ", "Phó Thủ tướng", ("Bộ trưởng", 178)]),
]


@pytest.mark.parametrize("text,trigger,role,expected", ROLES_FORUM_CASES)
def test_roles_forum_attendee(text, trigger, role, expected):
    got = _roles(text, trigger).get(role, [])
    assert got == [x if isinstance(x, tuple) else _at(text, x) for x in expected]


PHRASE_ARGUMENT_CASES = [
    # the body named right after "cuộc họp" holds it (cue.meeting_body); a speaker there takes part
    ("Ngày 12/2, Tổng thống Ukraine Petro Poroshenko phát biểu trong cuộc họp Hội đồng An ninh và Quốc phòng (NSDC) "
     "tại Kiev.", "họp", "AGENT", ["Hội đồng An ninh và Quốc phòng"]),
    ("Ngày 12/2, Tổng thống Ukraine Petro Poroshenko phát biểu trong cuộc họp Hội đồng An ninh và Quốc phòng (NSDC) "
     "tại Kiev.", "họp", "PARTICIPANT", ["Petro Poroshenko"]),
    # the giver in the genitive of the aid noun (cue.aid_of_giver)
    ("Ngày 22.08.2014, đoàn xe viện trợ nhân đạo đầu tiên của Nga đã tới Lugansk.", "viện trợ", "AGENT", ["Nga"]),
    ("Ngày 5/3, tỉnh Quảng Nam tiếp nhận lô hàng cứu trợ của Hội Chữ thập đỏ Việt Nam cho người dân vùng lũ.",
     "cứu trợ", "AGENT", ["Hội Chữ thập đỏ Việt Nam"]),
    # both countries joined after a generic group noun are parties, not only the last
    ("Tháng 9/2016, lực lượng đặc nhiệm Nga và Trung Quốc đã cùng tập trận ở Biển Đông.", "tập trận",
     "PARTICIPANT", ["Nga", "Trung Quốc"]),
    # ... and so is an armed service named with its country ("thủy quân lục chiến Nga" is one ORG, as "hải quân Nga")
    ("Tháng 9/2016, lực lượng thủy quân lục chiến Nga và Trung Quốc đã cùng tập trận ở Biển Đông.", "tập trận",
     "PARTICIPANT", ["thủy quân lục chiến Nga", "Trung Quốc"]),
    # the speaker of "Trong bài phát biểu ... trong khuôn khổ <forum>," takes part, no organizer
    ("Trong bài phát biểu sáng 3/6 trong khuôn khổ Đối thoại Shangri-La, Bộ trưởng Quốc phòng Mỹ James Mattis nhiều "
     "lần nhấn mạnh đến nguyên tắc.", "Đối thoại", "PARTICIPANT", ["James Mattis"]),
    ("Trong bài phát biểu sáng 3/6 trong khuôn khổ Đối thoại Shangri-La, Bộ trưởng Quốc phòng Mỹ James Mattis nhiều "
     "lần nhấn mạnh đến nguyên tắc.", "Đối thoại", "AGENT", []),
    # the content of an agreement names no party; nor does the next item after ";"
    ("Hồi tháng 2/2012, Mỹ và Triều Tiên đã ký kết thỏa thuận với nội dung yêu cầu Bình Nhưỡng ngừng hoạt động hạt nhân.",
     "ký kết", "PARTICIPANT", []),
    # (the party signed "với" signs too: AGENT, section 7)
    ("Năm 2016, Bộ Quốc phòng Hàn Quốc ký kết hợp đồng đổi đất với Tập đoàn Lotte; Chính phủ Hàn Quốc cung cấp đất "
     "cho Lotte.", "ký kết", "AGENT", ["Bộ Quốc phòng Hàn Quốc", "Tập đoàn Lotte"]),
    # an ownership bracket names no party (np.ownership_bracket)
    ("Chủ đầu tư sẽ ký hợp đồng với cơ sở giáo dục Kenta (100% vốn Đài Loan) trong tháng tới.", "ký", "PARTICIPANT", []),
    # the body of the main clause after "Tiếp tục chương trình kỳ họp ..., " holds its session
    ("Tiếp tục chương trình kỳ họp bất thường lần thứ 9, chiều nay (13/2), Quốc hội nghe báo cáo về dự thảo Nghị quyết.",
     "họp", "AGENT", ["Quốc hội"]),
    # ... but the chair named with "dưới sự điều hành của" still holds it with the body
    ("Sáng 10/3, tiếp tục chương trình Phiên họp thứ 43, dưới sự điều hành của Phó Chủ tịch Quốc hội Lê Minh Hoan, "
     "Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật.", "họp", "AGENT", ["Lê Minh Hoan", "Ủy ban Thường vụ Quốc hội"]),
    # the body someone is elected into is no party of the election (np.elected_into)
    ("Các ủy viên Bộ Chính trị (Chủ tịch Quốc hội Nông Đức Mạnh, Bí thư Thành ủy TP.HCM Nguyễn Minh Triết) tái cử Ban "
     "Chấp hành Trung ương khóa X đều được bầu lại với số phiếu cao.", "bầu", "TARGET",
     ["Nông Đức Mạnh", "Nguyễn Minh Triết"]),
    # a meeting held on the margin of a forum takes the forum's place
    ("Ngày 7/6, Bộ trưởng Quốc phòng Nga Sergei Shoigu đã có cuộc gặp với người đồng cấp Trung Quốc, ông Thường Vạn "
     "Toàn bên lề Hội nghị thượng đỉnh Tổ chức hợp tác Thượng Hải (SCO) ở Astana, Kazakhstan.", "gặp", "LOC", ["Astana"]),
    # the person a statement is credited to with "Theo X," acts in nothing told (np.according_to_person)
    ("Theo Trung tướng Vilay Lakhamphong, cuộc gặp mặt lần này còn góp phần vào việc tổ chức kỷ niệm 40 năm Ngày ký "
     "Hiệp ước hữu nghị.", "gặp mặt", "AGENT", []),
    ("Theo Trung tướng Vilay Lakhamphong, cuộc gặp mặt lần này còn góp phần vào việc tổ chức kỷ niệm 40 năm Ngày ký "
     "Hiệp ước hữu nghị.", "gặp mặt", "PARTICIPANT", []),
    # the parties a meeting's name is glossed with "(giữa A với B, C)" take part
    ("Tại Hội nghị SOM ASEAN + 3 (giữa ASEAN với các nước Trung Quốc, Nhật Bản, Hàn Quốc), các nước khẳng định tiếp tục "
     "hợp tác.", "Hội nghị", "LOC", []),
]


def test_meeting_gloss_parties():
    text = ("Tại Hội nghị SOM ASEAN + 3 (giữa ASEAN với các nước Trung Quốc, Nhật Bản, Hàn Quốc), các nước khẳng định "
            "tiếp tục hợp tác.")
    got = _roles(text, "Hội nghị").get("PARTICIPANT", [])
    for x in ("Trung Quốc", "Nhật Bản", "Hàn Quốc"):
        assert _at(text, x) in got


@pytest.mark.parametrize("text,trigger,role,expected", PHRASE_ARGUMENT_CASES)
def test_arguments_in_the_trigger_phrase(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


V02 = ("Ngày 26/8, tại Trụ sở Trung ương Đảng, đồng chí Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, đã tiếp "
       "thân mật Đoàn đại biểu cấp cao Đảng Cộng sản Ấn Độ (CPI) do đồng chí Doraisamy Raja, Tổng Bí thư CPI sang thăm và "
       "làm việc tại Việt Nam.")
V05 = ("Sáng 9/3, Tổng Bí thư Tô Lâm và Phu nhân Ngô Phương Ly cùng Đoàn đại biểu cấp cao Việt Nam rời Thủ đô Hà Nội, lên "
       "đường thăm cấp Nhà nước tới Cộng hòa Indonesia từ ngày 9-13/3/2025.")
DELEGATION_AND_NP_CASES = [
    # the body of a received delegation is received with its head, and visits with him
    (V02, "tiếp", "TARGET", ["Đảng Cộng sản Ấn Độ", "Doraisamy Raja"]),
    (V02, "thăm và làm việc", "AGENT", ["Đảng Cộng sản Ấn Độ", "Doraisamy Raja"]),
    # a visit told in a relative clause on the received party takes no date of the reception
    (V02, "thăm và làm việc", "DATE", []),
    # a leader and the spouse named after him ("và Phu nhân") visit together; the stay beats the day of departure
    (V05, "thăm", "AGENT", ["Tô Lâm", "Ngô Phương Ly"]),
    (V05, "thăm", "DATE", ["ngày 9-13/3/2025"]),
    # a goal year in the meeting's name is no date of the meeting
    ("Dự Hội nghị triển khai Quy hoạch tỉnh thời kỳ 2021- 2030, tầm nhìn đến năm 2050, sáng 30/3, Phó Thủ tướng Trần Hồng "
     "Hà đề nghị tỉnh phát huy tiềm năng.", "Hội nghị", "DATE", ["sáng 30/3"]),
    # the organizer inside the meeting's noun phrase acts ("do X tổ chức")
    ("Tại cuộc tọa đàm \"Kết hợp kinh tế với quốc phòng\" do báo Quân đội nhân dân tổ chức ngày 6/7, nguyên Phó Thủ tướng "
     "Vũ Khoan cho rằng cần đổi mới.", "tọa đàm", "AGENT", ["Quân đội nhân dân"]),
    # the visitor closing a long nominal phrase ("Chuyến thăm ... lần đầu tiên của X")
    ("Chuyến thăm và tham dự hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc Đại Tây Dương (NATO) lần đầu tiên của Tổng thống "
     "Mỹ Donald Trump vào hôm nay 25/5 được coi là phép thử.", "thăm", "AGENT", ["Donald Trump"]),
    # an agreement referred to in another happening's clause takes nothing from that clause
    ("Các nhóm tay súng do Tehran chống lưng đã khơi mào giao tranh tại Aleppo vào giữa tháng 12-2016, bất chấp thỏa "
     "thuận đã được ký kết.", "ký kết", "AGENT", []),
    ("Các nhóm tay súng do Tehran chống lưng đã khơi mào giao tranh tại Aleppo vào giữa tháng 12-2016, bất chấp thỏa "
     "thuận đã được ký kết.", "ký kết", "LOC", []),
    # ... but not the owner of a topic ("về tình hình ... của TP.HCM")
    ("Tại buổi làm việc về tình hình kinh tế xã hội 6 tháng đầu năm của TP.HCM, Thượng tướng Lê Chiêm lập tức đề cập "
     "đến sân golf.", "làm việc", "AGENT", []),
]


@pytest.mark.parametrize("text,trigger,role,expected", DELEGATION_AND_NP_CASES)
def test_delegation_body_and_noun_phrase_arguments(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


NOT_PARTY_CONTEXT_CASES = [
    # the one warned is the object of the speech verb; the subject before it acts in the coordinated verb
    # (np.speech_object)
    ("Các quan chức cho biết ông Trump - người đã từng “cảnh báo” Bắc Kinh ngay sau khi nhậm chức bằng cách phá vỡ "
     "tiền lệ và điện đàm với nhà lãnh đạo Đài Loan - đang thất vọng.", "điện đàm", "AGENT", ["Trump"]),
    # countries qualifying leaders are no place of their meeting; they stay parties (np.leaders_country)
    ("Thủ tướng Đức Angela Merkel đã tới Washington. Tại cuộc gặp đầu tiên này giữa hai nhà lãnh đạo Mỹ và Đức, "
     "bà Merkel cho biết sẽ đưa vấn đề ra thảo luận.", "gặp", "LOC", []),
    # the countries of a pair naming a meeting are its sides, not its place (np.pair_name_first/second)
    ("Tại cuộc gặp Việt Nam - Trung Quốc, Chủ tịch nước Trần Đức Lương và Chủ tịch Hồ Cẩm Đào cùng khẳng định quyết tâm "
     "của hai nước.", "gặp", "LOC", []),
    # a country opening a clause of its own with a tense word is no place of the summit told before it
    # (np.clause_subject_place)
    ("Theo Ngoại trưởng Mỹ, tại hội nghị thượng đỉnh NATO lần này, Washington sẽ chính thức yêu cầu NATO tham gia "
     "liên minh.", "hội nghị", "LOC", []),
    # ... but an address chain after "tại" still locates it
    ("Sáng 5/6, tại xã Tân Lập, huyện Đan Phượng đã diễn ra hội nghị sơ kết công tác dân vận.", "hội nghị", "LOC",
     ["Tân Lập"]),
    # the holder of a stance towards a meeting does not hold it (np.stance_holder); the body in its name does
    ("Bộ trưởng cũng bày tỏ sự ủng hộ của APEC đối với Hội nghị Bộ trưởng WTO lần thứ 11 tại Buenos Aires vào tháng "
     "12 tới.", "Hội nghị", "AGENT", ["WTO"]),
    # a place inside a purpose clause is no place of the signing (np.purpose_place)
    ("Chủ đầu tư hứa sẽ ký hợp đồng với cơ sở giáo dục Kenta để các học viên đang theo học ở Hà Nội và TPHCM được tiếp "
     "tục theo học.", "ký", "LOC", []),
    # ... while a happening told inside the purpose clause keeps it
    ("Mỹ đã cử 50 cố vấn để huấn luyện binh sĩ Philippines tại Marawi vào tháng 6.", "huấn luyện", "LOC", ["Marawi"]),
    # where the received guest is on a work trip is no place of the reception (np.guest_trip_place)
    ("Chiều 15/11, Thủ tướng Phạm Minh Chính đã tiếp ông Paulo Medas, Trưởng đoàn công tác của Quỹ Tiền tệ quốc tế "
     "đang có chuyến công tác đánh giá định kỳ tại Việt Nam.", "tiếp", "LOC", []),
    # ... while the visit itself keeps it
    ("Chiều 15/11, Thủ tướng Phạm Minh Chính đã tiếp Đoàn đại biểu Quân đội Lào đang có chuyến thăm chính thức tại "
     "Việt Nam.", "thăm", "LOC", ["Việt Nam"]),
]


@pytest.mark.parametrize("text,trigger,role,expected", NOT_PARTY_CONTEXT_CASES)
def test_entities_whose_context_rules_out_a_role(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


TALKS_AND_PORT_CASES = [
    # the subject conducting talks with no partner after them is a party to them
    ("Từ ngày 3-4/3, Thứ trưởng thứ nhất Bộ Ngoại giao Nga Vladimir Titov đã thăm Việt Nam để tiến hành Đối thoại "
     "chiến lược Ngoại giao - Quốc phòng - An ninh Việt - Nga lần thứ 13.", "Đối thoại", "PARTICIPANT", ["Vladimir Titov"]),
    ("Từ ngày 3-4/3, Thứ trưởng thứ nhất Bộ Ngoại giao Nga Vladimir Titov đã thăm Việt Nam để tiến hành Đối thoại "
     "chiến lược Ngoại giao - Quốc phòng - An ninh Việt - Nga lần thứ 13.", "Đối thoại", "AGENT", []),
    # ... "hội đàm với B" keeps the subject the AGENT, "tổ chức hội đàm" the organizer
    ("Ông Nguyễn Văn An đã tiến hành hội đàm với ông Trần Văn Bình.", "hội đàm", "AGENT", ["Nguyễn Văn An"]),
    ("Bộ Quốc phòng đã tổ chức hội đàm.", "hội đàm", "AGENT", ["Bộ Quốc phòng"]),
    # a port whose name opens inside the trigger ("cập Cảng ...") is the place of the port call
    ("Giữa tháng 6 vừa qua, tàu USS Coronado của Hải quân Hoa Kỳ cũng đã cập Cảng quốc tế Cam Ranh, tiến hành bảo "
     "dưỡng dự phòng.", "cập", "LOC", ["Cảng quốc tế Cam Ranh"]),
    # ... not when another place is stated for the visit after it (the city visited is left to the visit's mentions)
    ("Sáng 2/6, tàu khu trục USS Sterett của Hải quân Mỹ đã cập Cảng Tiên Sa, chính thức thăm hữu nghị Đà Nẵng "
     "trong 5 ngày.", "cập", "LOC", []),
]


@pytest.mark.parametrize("text,trigger,role,expected", TALKS_AND_PORT_CASES)
def test_talks_subject_and_port_named_in_the_trigger(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


DATELINE_AND_APPOSITIVE_CASES = [
    # a period after the signed document names it; the dateline before the subject dates the signing
    ("Nhân dịp thăm cấp Nhà nước Cộng hòa Kazakhstan từ ngày 5-7/5/2025, ngày 6/5, Bộ trưởng Tư pháp Việt Nam Nguyễn "
     "Hải Ninh và Bộ trưởng Tư pháp Kazakhstan Sarsembayev Yerlan đã ký Chương trình hợp tác giữa hai Bộ giai đoạn "
     "2025-2027.", "ký", "DATE", ["ngày 6/5"]),
    # ... with no dateline the period is still the date
    ("Bộ Tư pháp và Bộ Nội vụ đã ký Chương trình hợp tác giữa hai Bộ giai đoạn 2025-2027.", "ký", "DATE",
     ["giai đoạn 2025-2027"]),
    # the person told before ", giáo viên Trường ..." is the one honoured, not the school or its province
    ("Thầy giáo Trần Xuân Đáng, giáo viên Trường THPT chuyên Lê Hồng Phong, Nam Định được trao giải thưởng giáo viên.",
     "trao", "TARGET", ["Trần Xuân Đáng"]),
    ("Em Nguyễn Minh Trường, lớp 12, Trường THPT Trần Phú, Hải Phòng được trao giải thưởng Lê Văn Thiêm.",
     "trao", "TARGET", ["Nguyễn Minh Trường"]),
]


@pytest.mark.parametrize("text,trigger,role,expected", DATELINE_AND_APPOSITIVE_CASES)
def test_dateline_over_named_period_and_person_before_appositive(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


BACKGROUND_VISIT_CASES = [
    # a visit going on is the background of the reception: the reception's day does not date it
    ("Chiều nay, Tổng bí thư Nguyễn Phú Trọng đã tiếp Thượng tướng Phạm Trường Long, Phó Chủ tịch Quân ủy trung ương "
     "Trung Quốc đang thăm hữu nghị chính thức Việt Nam.", "thăm", "DATE", []),
    # ... nor the occasion after "nhân dịp"
    ("Chiều 5/5, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn đã hội kiến Tổng thống Sri Lanka Anura Kumara "
     "Dissanayaka nhân dịp Tổng thống thăm cấp Nhà nước tới Việt Nam.", "thăm", "DATE", []),
    # the reception keeps it
    ("Chiều nay, Tổng bí thư Nguyễn Phú Trọng đã tiếp Thượng tướng Phạm Trường Long, Phó Chủ tịch Quân ủy trung ương "
     "Trung Quốc đang thăm hữu nghị chính thức Việt Nam.", "tiếp", "DATE", ["Chiều nay"]),
]


@pytest.mark.parametrize("text,trigger,role,expected", BACKGROUND_VISIT_CASES)
def test_visit_told_as_background_takes_no_dateline(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


def test_visit_told_as_background_keeps_its_stay():
    text = ("Chiều 6/6, Chủ tịch Cuba đã tiếp Đại tướng Ngô Xuân Lịch, Bộ trưởng Bộ Quốc phòng dẫn đầu Đoàn đại biểu quân "
            "sự cấp cao nước ta đang có chuyến thăm hữu nghị chính thức Cuba từ ngày 1- 7/6.")
    assert _roles(text, "thăm").get("DATE", []) == [_at(text, "ngày 1- 7/6")]


_FORUM_LEAD = ("Cần sớm bảo tồn làng gốm cổ\nĐó là ý kiến chung của nhiều chuyên gia trong Hội thảo bảo tồn làng nghề "
               "truyền thống, tổ chức sáng nay tại Hà Nội.\n")
FORUM_SPEAKER_CASES = [
    # the speaker who opens a sentence of the paragraph after a conference's lead took part in it
    (_FORUM_LEAD + "Giáo sư Nguyễn Văn Hùng cho rằng, thành phố nên dành đất cho làng gốm. Các ý kiến khác cũng "
     "đồng tình.\n", "Hội thảo", "PARTICIPANT", ["Nguyễn Văn Hùng"]),
    # with an apposition between the name and the verb; the organizer keeps its role
    ("Sát hạch lái xe còn nhiều hạn chế\nHội nghị tổng kết công tác sát hạch do Sở Giao thông vận tải tổ chức diễn ra "
     "sáng 13-1 tại TP.HCM.\nNăm qua, nhiều trung tâm đã đi vào hoạt động. Ông Trần Minh Tâm, Phó Giám đốc Sở Giao "
     "thông vận tải, cho biết công tác sát hạch còn thủ công.\n", "Hội nghị", "PARTICIPANT", ["Trần Minh Tâm"]),
    # not a press conference: its later speakers tell of other things
    ("Hội hoa xuân sắp khai mạc\nChiều 23-1, Ban tổ chức Hội hoa xuân đã tổ chức họp báo giới thiệu chương trình.\n"
     "Ông Trần Văn Hà, Giám đốc Công ty Công viên cây xanh, cho biết năm nay không có chim kiểng.\n", "họp báo",
     "PARTICIPANT", []),
    # not a speaker two paragraphs on
    (_FORUM_LEAD + "Làng gốm đang bị thu hẹp nhanh.\nÔng Lê Minh Trí cho biết cần giữ làng nghề.\n", "Hội thảo",
     "PARTICIPANT", []),
]


@pytest.mark.parametrize("text,trigger,role,expected", FORUM_SPEAKER_CASES)
def test_conference_speakers_after_the_lead_take_part(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


APPOSED_SUBJECT_CASES = [
    # a body in the subject's appositive title ("Tổ trưởng Tổ biên tập Tiểu ban ...") only describes the chair
    ("Chiều 5/5, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Nguyễn Chí Dũng, Tổ trưởng Tổ biên tập Tiểu ban Văn kiện "
     "Đại hội đại biểu Đảng bộ Chính phủ lần thứ I, nhiệm kỳ 2025 – 2030 chủ trì cuộc họp.", "họp", "AGENT",
     ["Nguyễn Chí Dũng"]),
    # the person after an appositive chain acts on behalf of the bodies after "thay mặt", which keep their role
    ("Sáng 26/7, tại Hà Nội, đồng chí Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư đã thay mặt Lãnh đạo "
     "Đảng, Nhà nước tiếp đoàn Đảng Cộng sản Nhật Bản do đồng chí Shii Kazuo dẫn đầu.", "tiếp", "AGENT",
     ["Lương Cường", "Đảng", "Nhà nước"]),
]


@pytest.mark.parametrize("text,trigger,role,expected", APPOSED_SUBJECT_CASES)
def test_subject_person_over_bodies_of_its_apposition(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


_ATTENDED = ("Trung tuần tháng 5, Trung tâm nghiên cứu CSIS đã tổ chức cuộc hội thảo về quân đội Nga. Trong cuộc hội thảo "
             "có sự tham dự của Michael Kofman, nhà khoa học chính trị tại Viện Kennan trong Trung tâm khoa học quốc tế "
             "mang tên Woodrow Wilson, Thomas Malmlof, nhà phân tích của Cơ quan Nghiên cứu Quốc phòng Thụy Điển, và "
             "Olga Oliker, giám đốc chương trình Nga.")


@pytest.mark.parametrize("role,expected", [
    # every person opening an item of the described list attends; no name inside a description ("mang tên X")
    ("PARTICIPANT", ["Michael Kofman", "Thomas Malmlof", "Olga Oliker"]),
    # the first of them does not organize it
    ("AGENT", ["Trung tâm nghiên cứu CSIS"]),
])
def test_attendees_after_co_su_tham_du_cua(role, expected):
    got = [x for x, _ in _roles(_ATTENDED, "hội thảo").get(role, [])]
    assert got == expected


@pytest.mark.parametrize("text,trigger,role,expected", [
    # the organizer of a passive after the happening's name; a roman ordinal before a stop ends the sentence, so the
    # congress's party named there is no organizer of the later "hội nghị"
    ("Đẩy lùi thương mại hóa trong báo chí\nHội nghị tổng kết công tác tư tưởng văn hóa năm 2005 được Ban Tuyên giáo Trung ương tổ chức trong 2 ngày 2 và 3-1 "
     "tại Hà Nội.\nNhiệm vụ là tuyên truyền về Nghị quyết Đại hội Đảng lần thứ X. Về công tác báo chí, hội nghị cũng "
     "xác định phải tạo chuyển biến.", "Hội nghị", "AGENT", ["Ban Tuyên giáo Trung ương"]),
])
def test_organizer_of_passive_after_the_name(text, trigger, role, expected):
    assert _roles(text, trigger).get(role, []) == [_at(text, x) for x in expected]


_ARRIVAL = ("Sáng 9/1, Thủ tướng Phạm Minh Chính và Đoàn đại biểu Việt Nam đã tới sân bay quốc tế Wattay, Thủ đô "
            "Vientiane, bắt đầu thăm Lào và đồng chủ trì kỳ họp lần thứ 47 Ủy ban liên Chính phủ Việt Nam - Lào.")


@pytest.mark.parametrize("text,trigger,role,expected", [
    # one who attends a ceremony whose name holds the trigger takes part, he does not appoint
    ("Sáng 5/3, Phó Thủ tướng Lê Thành Long đã dự lễ công bố Quyết định của Thủ tướng Chính phủ điều động, bổ nhiệm "
     "Thứ trưởng Bộ Tư pháp đối với đồng chí Nguyễn Thanh Ngọc.", "bổ nhiệm", "PARTICIPANT", ["Lê Thành Long"]),
    ("Sáng 5/3, Phó Thủ tướng Lê Thành Long đã dự lễ công bố Quyết định của Thủ tướng Chính phủ điều động, bổ nhiệm "
     "Thứ trưởng Bộ Tư pháp đối với đồng chí Nguyễn Thanh Ngọc.", "bổ nhiệm", "AGENT", []),
    # the city set off by commas after the airport reached is no subject of the chained verbs
    (_ARRIVAL, "thăm", "AGENT", ["Phạm Minh Chính"]),
    # the speaker after a fronted "Trong buổi làm việc với B," holds the working session; B takes part; the year of
    # the plan he tells dates no session
    ("Trong buổi làm việc với Tổng cục Cảnh sát, ông Nguyễn Xuân Huy, Chủ tịch Hội đồng quản trị bệnh viện đã cho "
     "biết, trong năm 2005, bệnh viện sẽ ủng hộ xây dựng 5 căn nhà tình nghĩa.", "làm việc", "AGENT", ["Nguyễn Xuân Huy"]),
    ("Trong buổi làm việc với Tổng cục Cảnh sát, ông Nguyễn Xuân Huy, Chủ tịch Hội đồng quản trị bệnh viện đã cho "
     "biết, trong năm 2005, bệnh viện sẽ ủng hộ xây dựng 5 căn nhà tình nghĩa.", "làm việc", "PARTICIPANT",
     ["Tổng cục Cảnh sát"]),
    ("Trong buổi làm việc với Tổng cục Cảnh sát, ông Nguyễn Xuân Huy, Chủ tịch Hội đồng quản trị bệnh viện đã cho "
     "biết, trong năm 2005, bệnh viện sẽ ủng hộ xây dựng 5 căn nhà tình nghĩa.", "làm việc", "DATE", []),
    # the speaker "tại phiên khai mạc <trigger>" takes part
    ("Thứ trưởng Nguyễn Văn Bình đã phát biểu như trên tại phiên khai mạc hội nghị lần 3 của tổ công tác, diễn ra "
     "trong hai ngày 6 và 7-7 tại Hà Nội.", "hội nghị", "PARTICIPANT", ["Nguyễn Văn Bình"]),
    # one who protests a happening named as the object does not act in it; "ở gần <place>" places it
    ("Trung Quốc đã phản đối cuộc tuần tra ở gần Đá Vành Khăn.", "tuần tra", "AGENT", []),
    ("Trung Quốc đã phản đối cuộc tuần tra ở gần Đá Vành Khăn.", "tuần tra", "LOC", ["Đá Vành Khăn"]),
])
def test_attendee_arrival_and_working_session_roles(text, trigger, role, expected):
    assert [x for x, _ in _roles(text, trigger).get(role, [])] == expected


@pytest.mark.parametrize("text,trigger,role,expected", [
    # a body at its own session chaired by a person (no "của"): the chair organizes, the body takes part
    ("Phó chủ tịch Quốc hội Nguyễn Văn Yểu chủ trì phiên họp Ủy ban Thường vụ Quốc hội sáng nay 6-4.",
     "họp", "AGENT", [("Nguyễn Văn Yểu", 22)]),
    ("Phó chủ tịch Quốc hội Nguyễn Văn Yểu chủ trì phiên họp Ủy ban Thường vụ Quốc hội sáng nay 6-4.",
     "họp", "PARTICIPANT", [("Ủy ban Thường vụ Quốc hội", 55)]),
    # the leader of a delegation takes part, not the country of the delegation
    ("Chủ tịch nước Nguyễn Minh Triết dẫn đầu Đoàn đại biểu cấp cao Việt Nam tham dự Hội nghị Cấp cao APEC tại Lima.",
     "Hội nghị", "PARTICIPANT", [("Nguyễn Minh Triết", 14)]),
    # an envoy's posting after the trigger is no place of the happening: the fronted place is
    ("Chiều 17/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đại sứ Liên minh châu Âu (EU) tại Việt Nam "
     "Julien Guerrier.", "tiếp", "LOC", [("Nhà Quốc hội", 16)]),
    # (the embassy's country is where the visit goes)
    ("Tổng Bí thư Tô Lâm thăm Đại sứ quán và gặp gỡ cộng đồng người Việt Nam tại Malaysia\n", "thăm", "LOC",
     [("Malaysia", 75)]),
])
def test_chaired_body_delegation_country_and_envoy_posting(text, trigger, role, expected):
    assert _roles(text, trigger).get(role) == expected


@pytest.mark.parametrize("text,trigger,role,expected", [
    # servicemen met as a group: the force after them takes part, their nationality does not
    ("Thuyền trưởng và thủy thủ đoàn sẽ gặp các sĩ quan và thủy thủ hải quân Việt Nam để tham gia giao lưu.",
     "gặp", "PARTICIPANT", ["hải quân Việt Nam"]),
    ("Bộ trưởng Quốc phòng Pháp Sylvie Goulard gặp các binh sĩ Pháp đang làm nhiệm vụ tại Paris vào ngày 20/5.",
     "gặp", "PARTICIPANT", None),
    # a person met at last ("gặp được")
    ("Sau 10 năm kêu oan, cô đã gặp được Tổng Bí thư Nguyễn Văn Linh.", "gặp", "PARTICIPANT",
     ["Nguyễn Văn Linh"]),
    # the speaker at a press conference on the sidelines of a forum takes part in the forum too
    ("Phát biểu họp báo bên lề Đối thoại Shangri-La lần thứ 16 ở Singapore ngày 3/6, Phó Giám đốc Viện Khoa học quân "
     "sự, Trung tướng Hà Lôi cho rằng hai nước nên tăng cường lòng tin.", "Đối thoại", "PARTICIPANT",
     ["Hà Lôi"]),
    # a speaker with a long apposition said at / on the sidelines of a meeting takes part
    ("“Cơ quan này phải độc lập”, GS. Keith Henderson, cố vấn cấp cao về chống tham nhũng của IFES nói với VnExpress "
     "bên lề hội thảo quốc tế về tham nhũng.", "hội thảo", "PARTICIPANT", ["Keith Henderson"]),
    # the bodies a meeting is made up of, listed right after it, and the date of its predicate
    ("Trẻ đã chuyển trường theo quyết định của cuộc họp diễn ra ngày 1/3 gồm đại diện của Sở Giáo dục và Đào tạo, "
     "UBND quận Phú Nhuận và Trường Mầm non Sơn Ca.", "họp", "PARTICIPANT",
     ["Sở Giáo dục và Đào tạo", "UBND quận Phú Nhuận", "Trường Mầm non Sơn Ca"]),
    ("Trẻ đã chuyển trường theo quyết định của cuộc họp diễn ra ngày 1/3 gồm đại diện của Sở Giáo dục và Đào tạo, "
     "UBND quận Phú Nhuận và Trường Mầm non Sơn Ca.", "họp", "DATE", ["ngày 1/3"]),
])
def test_group_met_sideline_speaker_and_member_bodies(text, trigger, role, expected):
    # (each argument at the first place its text is written)
    assert _roles(text, trigger).get(role) == (expected and [_at(text, x) for x in expected])


_FORUM_REPORT = (
    "Hà Nội cần quy hoạch vườn đào\nĐó là ý kiến chung của các chuyên gia trong Hội thảo giải pháp bảo tồn vùng trồng "
    "đào, tổ chức sáng nay tại Hà Nội.\nGiáo sư Vũ Khiêu cho rằng, nên xây dựng công viên đào Nhật Tân.\nCác ý kiến đều "
    "cho rằng, cần sớm bảo tồn làng hoa. Ông Lưu Minh Trị, Chủ tịch Hội Bảo tồn văn hóa Thăng Long nhận xét, đô thị hóa "
    "là quy luật tất yếu.\n")


def test_forum_report_speakers_past_the_next_paragraph():
    assert [x for x, _ in _roles(_FORUM_REPORT, "Hội thảo")["PARTICIPANT"]] == ["Vũ Khiêu", "Lưu Minh Trị"]


def test_forum_report_speakers_stop_at_another_time():
    text = _FORUM_REPORT.replace("Các ý kiến đều cho rằng", "Năm 2003, các ý kiến đều cho rằng")
    assert [x for x, _ in _roles(text, "Hội thảo")["PARTICIPANT"]] == ["Vũ Khiêu"]


_MEETING_WITH_BODIES = (
    "Đó là khẳng định của Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung tại hội nghị thông qua dự thảo kết luận thanh tra "
    "diễn ra ngày 7-7. Hội nghị do ông Chung chủ trì và có sự tham dự của đại diện các cơ quan như: Ban Dân nguyện "
    "(thuộc Ủy ban Thường vụ Quốc hội), Thanh tra Chính phủ, Tổng cục Quản lý đất đai (Bộ TN&MT), Tổng cục Cảnh sát "
    "(Bộ Công an), các cơ quan của TP Hà Nội, huyện Mỹ Đức.")


@pytest.mark.parametrize("text,trigger,role,expected", [
    # the event opening a later clause, then "có sự tham dự của đại diện các cơ quan như: A (thuộc Y), B, ...": the
    # bodies listed take part, not a parent body in brackets nor a place
    (_MEETING_WITH_BODIES, "hội nghị", "PARTICIPANT",
     ["Ban Dân nguyện", "Thanh tra Chính phủ", "Tổng cục Quản lý đất đai", "Tổng cục Cảnh sát"]),
    # places counted, then listed (a province word may open one)
    ("Theo dự kiến, các tổ công tác do Tổng cục Cảnh sát dẫn đầu sẽ đến tặng quà cho bà con nghèo tại 6 địa phương: "
     "Sóc Trăng, Trà Vinh, Bạc Liêu, Kiên Giang, An Giang, TP Cần Thơ; đồng thời khám bệnh cho bệnh nhân nghèo.",
     "tặng quà", "LOC", ["Sóc Trăng", "Trà Vinh", "Bạc Liêu", "Kiên Giang", "An Giang", "Cần Thơ"]),
    # the one giving the closing speech of a sitting takes part; the body holding it stays the organizer
    ("Ủy ban Thường vụ Quốc hội vừa thông qua 3 Nghị quyết tại phiên họp thứ 6.\nChủ tịch Quốc hội Nguyễn Thị Kim Ngân "
     "phát biểu bế mạc phiên họp thứ 6 của UBTVQH.", "họp", "PARTICIPANT", ["Nguyễn Thị Kim Ngân"]),
    # a sentence of its own telling who came and spoke, after the event's
    ("Khoa học công nghệ là yếu tố then chốt\nChiều 19/3, tại Nhà Quốc hội, Văn phòng Quốc hội tổ chức Hội nghị chuyên "
     "đề về chuyển đổi số. Chủ tịch Quốc hội Trần Thanh Mẫn dự và phát biểu chỉ đạo.\nHội nghị đã nghe nhiều tham luận.",
     "Hội nghị", "PARTICIPANT", ["Trần Thanh Mẫn"]),
    # a post filled with no person named: the title stands for its holder
    ("Hội nghị giới thiệu nhân sự để HĐND tỉnh bầu Chủ tịch Hội đồng nhân dân tỉnh nhiệm kỳ 2021 - 2026.",
     "bầu", "TARGET", ["Chủ tịch"]),
    # ... but not in a passive, where the one before is appointed
    ("Bà Parly được ông Macron bổ nhiệm chức bộ trưởng quốc phòng vào ngày 17/5.", "bổ nhiệm", "TARGET", None),
])
def test_attending_bodies_counted_places_closing_speaker_and_post_filled(text, trigger, role, expected):
    assert _roles(text, trigger).get(role) == (expected and [_at(text, x) for x in expected])


# the bodies a working meeting of inspection or guidance is held for, listed after "đối với" (att.held_for_bodies):
# they take part; the inspecting team of the next clause, a person a decision is about and a sanctioned country do not
_HELD_FOR = ("Ngày 4/4, Phó Thủ tướng Chính phủ Mai Văn Chính, Tổ trưởng Tổ chỉ đạo số 08 đã họp triển khai công tác chỉ "
             "đạo đại hội đảng đối với Đảng bộ: Bộ Văn hóa, Thể thao và Du lịch; Bộ Dân tộc và Tôn giáo, Tổng Công ty "
             "Lương thực miền Nam; Tổng Công ty Đầu tư và Phát triển đường cao tốc Việt Nam.")
_HELD_FOR_NEXT = ("Chiều 17/3, Đoàn Kiểm tra số 1908 của Bộ Chính trị, Ban Bí thư tổ chức hội nghị thông báo dự thảo báo "
                  "cáo của Đoàn đối với Đảng ủy Quốc hội.")
_HELD_FOR_PERIOD = ("Chiều 18/2, Bộ Chính trị, Ban Bí thư đã tổ chức Hội nghị công bố quyết định kiểm tra năm 2025 đối "
                    "với Quân ủy Trung ương.")
_SANCTION = "Tại hội nghị, các nhà lãnh đạo EU đã nhất trí gia hạn các biện pháp trừng phạt đối với Nga thêm 6 tháng."


@pytest.mark.parametrize("text,trigger,role,expected", [
    (_HELD_FOR, "họp", "PARTICIPANT", [_at(_HELD_FOR, "Bộ Văn hóa, Thể thao và Du lịch"), _at(_HELD_FOR, "Bộ Dân tộc và Tôn giáo"),
                                       _at(_HELD_FOR, "Tổng Công ty Lương thực miền Nam"),
                                       _at(_HELD_FOR, "Tổng Công ty Đầu tư và Phát triển đường cao tốc Việt Nam")]),
    (_HELD_FOR, "họp", "AGENT", [_at(_HELD_FOR, "Mai Văn Chính")]),
    (_HELD_FOR_NEXT, "hội nghị", "PARTICIPANT", [_at(_HELD_FOR_NEXT, "Đảng ủy Quốc hội")]),
    (_HELD_FOR_PERIOD, "Hội nghị", "PARTICIPANT", [_at(_HELD_FOR_PERIOD, "Quân ủy Trung ương")]),
    (_SANCTION, "hội nghị", "PARTICIPANT", None),
])
def test_bodies_a_meeting_is_held_for(text, trigger, role, expected):
    assert _roles(text, trigger).get(role) == expected


@pytest.mark.parametrize("text,place", [
    ("Ngày 25/7, Saddam đã có cuộc gặp quan trọng với đại sứ Mỹ ở Iraq là April Glaspie.", "Iraq"),
    ("Đô đốc Harris đã có cuộc gặp với giới lập pháp Hàn Quốc tại Hawaii.", "Hàn Quốc"),
])
def test_envoy_post_and_lawmakers_country_is_no_place(text, place):
    import vnextract
    d = vnextract.extract(text)
    text_of = {e.id: e.text for e in d.entities}
    locs = [text_of[i] for ev in d.events for i in ev.args.get("LOC", [])]
    assert d.events and place not in locs


_SPOUSE = "Sáng 22/4, bà Ngô Phương Ly, Phu nhân Tổng Bí thư Tô Lâm, đã tiếp bà Leyla Aliyeva, Phó Chủ tịch Quỹ Heydar Aliyev."
_REPORTED_TO = ("Thượng tướng Phạm Trường Long đã báo cáo với Tổng bí thư Nguyễn Phú Trọng về kết quả hội đàm với Bộ trưởng "
                "Ngô Xuân Lịch.")
_TEAM_OF = ("Chiều 17/3, Đoàn Kiểm tra số 1908 của Bộ Chính trị, Ban Bí thư năm 2025 tổ chức hội nghị thông báo dự thảo báo "
            "cáo kết quả kiểm tra đối với Đảng ủy Chính phủ.")
_TERM_BRACKET = ("Đại hội đại biểu Đảng bộ Sở Y tế nhiệm kỳ VI (2005-2010), ngày 27 và 28-10 đã bầu ban chấp hành đảng bộ "
                 "sở gồm 21 người.")


@pytest.mark.parametrize("text,trigger,role,expected", [
    # the spouse acts, not the one named after the spouse's title (np.spouse_of)
    (_SPOUSE, "tiếp", "AGENT", [_at(_SPOUSE, "Ngô Phương Ly")]),
    # the one reported to about the talks is no party of them (np.report_recipient)
    (_REPORTED_TO, "hội đàm", "AGENT", None),
    (_REPORTED_TO, "hội đàm", "PARTICIPANT", [_at(_REPORTED_TO, "Ngô Xuân Lịch")]),
    # the bodies that send an inspection team are no party of what it does (np.inspection_team_of)
    (_TEAM_OF, "hội nghị", "AGENT", [_at(_TEAM_OF, "Đoàn Kiểm tra số 1908")]),
    # a term of office in a bracket dates nothing, the day after it does (np.term_of_office_bracket)
    (_TERM_BRACKET, "Đại hội", "DATE", [_at(_TERM_BRACKET, "ngày 27 và 28-10")]),
])
def test_spouse_report_recipient_sending_body_and_term_take_no_role(text, trigger, role, expected):
    assert _roles(text, trigger).get(role) == expected


@pytest.mark.parametrize("text,trigger", [
    ("Ban Chấp hành Đảng bộ tỉnh đã tiến hành bầu Phó Bí thư Tỉnh ủy nhiệm kỳ 2020 - 2025.", "bầu"),
])
def test_term_of_office_dates_no_happening(text, trigger):
    assert "DATE" not in _roles(text, trigger)


@pytest.mark.parametrize("text,trigger,role,expected,absent", [
    # the bodies that only qualify unnamed companions of the subject are no parties: the named subject signs
    ("Chủ tịch nước Trần Đức Lương cùng các vị đứng đầu Nhà nước, Chính phủ và các trưởng đoàn đã ký Tuyên bố cấp cao "
     "về quan hệ đối tác chiến lược Á- Phi mới.", "ký", "AGENT", [("Trần Đức Lương", 14)], "Chính phủ"),
    # the same after a comma-set companion phrase: the person before it visits
    ("Ông Putin, cùng 2 người khác cũng từng là điệp viên KGB ở Dresden, đã đến thăm ông Matveyev.", "đến thăm", "AGENT",
     [("Putin", 4)], "KGB"),
])
def test_companion_persons_body_is_no_party(text, trigger, role, expected, absent):
    roles = _roles(text, trigger)
    assert roles.get(role) == expected
    assert all(t != absent for ts in roles.values() for t, _ in ts)


# the place of a happening is its own, not one told of the people it meets nor one inside its topic
OWN_PLACE_CASES = [
    # a place told of the people met ("lưu học sinh Việt Nam tại Lào") yields to the fronted setting "tại Hà Nội"
    ("Trong khuôn khổ chuyến thăm cấp Nhà nước đến Việt Nam, chiều 11/9, tại Hà Nội, Tổng Bí thư, Chủ tịch nước Lào "
     "Thongloun Sisoulith đã có cuộc gặp gỡ cựu quân tình nguyện, chuyên gia, lưu học sinh Việt Nam tại Lào và thế hệ "
     "trẻ hai nước Việt Nam-Lào.", "gặp gỡ", [("Hà Nội", 71)]),
    # the place after the predicate of setting ("diễn ra ngày 7-7 tại trụ sở X") wins over a place in the topic
    ("Chủ tịch UBND TP Hà Nội Nguyễn Đức Chung tại hội nghị thông qua dự thảo kết luận thanh tra việc quản lý, sử "
     "dụng đất đai tại khu vực sân bay Miếu Môn (Đồng Tâm, Mỹ Đức) diễn ra ngày 7-7 tại trụ sở UBND huyện Mỹ Đức. "
     "Hội nghị do ông Chung chủ trì.", "hội nghị", [("UBND huyện Mỹ Đức", 197)]),
]


@pytest.mark.parametrize("text,trigger,loc", OWN_PLACE_CASES)
def test_own_place_of_happening(text, trigger, loc):
    assert _roles(text, trigger).get("LOC") == loc


# "do <title chain> X chủ trì/tổ chức": the named host organizes it, the subject who attends takes part (cue.organized_by)
ORGANIZED_BY_TITLED_CASES = [
    ("Sáng 17/8, Thủ tướng Chính phủ Phạm Minh Chính đã tham dự trực tuyến Phiên khai mạc cấp cao của Hội nghị thượng "
     "đỉnh Tiếng nói Phương Nam lần thứ 3 do Thủ tướng Ấn Độ Narendra Modi chủ trì.", "Hội nghị",
     {"AGENT": ["Narendra Modi"], "PARTICIPANT": ["Phạm Minh Chính"]}),
    ("Sáng 17/8, Thủ tướng Phạm Minh Chính đã dự hội nghị do Bộ Ngoại giao tổ chức.", "hội nghị",
     {"AGENT": ["Bộ Ngoại giao"], "PARTICIPANT": ["Phạm Minh Chính"]}),
    ("Hội nghị do Bộ trưởng Bộ Quốc phòng Phan Văn Giang chủ trì.", "Hội nghị", {"AGENT": ["Phan Văn Giang"]}),
]


@pytest.mark.parametrize("text,trigger,expected", ORGANIZED_BY_TITLED_CASES)
def test_organizer_after_do_with_title_chain(text, trigger, expected):
    got = _roles(text, trigger)
    for role, names in expected.items():
        assert got.get(role) == [_at(text, n) for n in names]


# the places of a landing chain ("hạ cánh xuống sân bay A, thủ đô B, C, bắt đầu ...") are no subject: the one the
# plane carries visits
@pytest.mark.parametrize("text, agent", [
    ("Tối ngày 3/10 giờ địa phương, chuyên cơ chở Tổng Bí thư, Chủ tịch nước Tô Lâm cùng Đoàn đại biểu cấp cao Việt Nam "
     "đã hạ cánh xuống sân bay Orly, thủ đô Paris, Pháp, bắt đầu thăm chính thức Cộng hòa Pháp.", ["Tô Lâm"]),
    ("Vào lúc 14h30 ngày 30/6, chuyên cơ chở Thủ tướng Chính phủ Phạm Minh Chính cùng Đoàn đại biểu Việt Nam đã tới sân "
     "bay quân sự Seongnam ở Thủ đô Seoul, bắt đầu chuyến thăm chính thức Hàn Quốc.", ["Phạm Minh Chính"]),
])
def test_landing_place_chain_is_no_visitor(text, agent):
    doc = vnextract.extract(text)
    ents = {x.id: x.text for x in doc.entities}
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert visits and [ents[i] for i in visits[0].args["AGENT"]] == agent


# persons visited or given to, each with a bracketed description and listed by ";" (a rank may lead the next one); a
# country inside an honorific title ("Mẹ Việt Nam Anh hùng X") is no party (NER: the title holds no place)
DESCRIBED_TARGETS_CASES = [
    ("Chủ tịch nước Trần Đại Quang đã tới thăm, tặng quà Mẹ Việt Nam Anh hùng Phạm Thị Vọt (sinh năm 1919, ở khu phố "
     "An Lạc 3, phường Sở Dầu, quận Hồng Bàng); Đại tá Nguyễn Hùng Thiện (thương binh 2/4, ở đường Lãm Hà, phường Lãm Hà, "
     "quận Kiến An).", "tặng quà", ["Phạm Thị Vọt", "Nguyễn Hùng Thiện"]),
    ("Chủ tịch nước Trần Đại Quang đã tới thăm, tặng quà Mẹ Việt Nam Anh hùng Phạm Thị Vọt (sinh năm 1919, ở khu phố "
     "An Lạc 3, phường Sở Dầu, quận Hồng Bàng); Đại tá Nguyễn Hùng Thiện (thương binh 2/4, ở đường Lãm Hà, phường Lãm Hà, "
     "quận Kiến An).", "thăm", ["Phạm Thị Vọt", "Nguyễn Hùng Thiện"]),
    ("Sáng 20/7, Chủ tịch nước Trần Đại Quang đã đến thăm, tặng quà Bà mẹ Việt Nam Anh hùng Lê Thị Tám (95 tuổi, ở xã "
     "Hòa Phong).", "tặng quà", ["Lê Thị Tám"]),
    ("Phó Thủ tướng Trương Hòa Bình đã thăm, tặng quà Anh hùng Lao động Nguyễn Văn Hai (sinh năm 1940, ở phường 5); "
     "Thượng tá Trần Văn Ba (thương binh 1/4, ở xã Tân Phú).", "tặng quà", ["Nguyễn Văn Hai", "Trần Văn Ba"]),
]


@pytest.mark.parametrize("text,trigger,targets", DESCRIBED_TARGETS_CASES)
def test_described_targets_listed_by_semicolon(text, trigger, targets):
    got = _roles(text, trigger)
    assert got.get("TARGET") == [_at(text, n) for n in targets]
    assert all(x[0] != "Việt Nam" for xs in got.values() for x in xs)


# the giver named after "của" right before the award verb gives it, not the organisers of the ceremony
AWARD_GIVER_OF_CASES = [
    ("Sáng 23/6, tại TP Hải Phòng, Thành ủy, HĐND, UBND thành phố tổ chức Lễ đón nhận danh hiệu Anh hùng Lực lượng vũ "
     "trang nhân dân của Chủ tịch nước phong tặng Công an nhân dân vũ trang TP Hải Phòng.", "phong tặng",
     {"AGENT": ["Chủ tịch nước"], "TARGET": ["Công an nhân dân vũ trang TP Hải Phòng"]}),
    ("Thành tựu này được thể hiện trên quyết định của Nhà nước phong tặng danh hiệu Anh hùng Lao động cho Lực lượng "
     "TNXP TP vào tháng 4.", "phong tặng", {"AGENT": ["Nhà nước"]}),
]


@pytest.mark.parametrize("text,trigger,expected", AWARD_GIVER_OF_CASES)
def test_award_giver_after_of(text, trigger, expected):
    got = _roles(text, trigger)
    for role, names in expected.items():
        assert got.get(role) == [_at(text, n) for n in names]


# the one honoured through a representative or a relative, with a rank before the name, is the TARGET
GIVEN_THROUGH_FAMILY_CASES = [
    ("Chủ tịch nước Trần Đại Quang đã trao danh hiệu Anh hùng Lực lượng vũ trang nhân dân cho đại diện gia đình Trung "
     "tá Nguyễn Hữu Đoài, nguyên Chính trị viên Đồn Công an nhân dân vũ trang Tràng Cát.", "trao",
     "Trần Đại Quang", "Nguyễn Hữu Đoài"),
    ("Bộ trưởng Nguyễn Văn Hùng đã trao tặng Huân chương Lao động hạng Ba cho thân nhân Thượng tá Lê Văn Tám.",
     "trao tặng", "Nguyễn Văn Hùng", "Lê Văn Tám"),
]


@pytest.mark.parametrize("text,trigger,agent,target", GIVEN_THROUGH_FAMILY_CASES)
def test_award_given_through_family(text, trigger, agent, target):
    got = _roles(text, trigger)
    assert got.get("AGENT") == [_at(text, agent)]
    assert got.get("TARGET") == [_at(text, target)]


# a fronted visit naming one place ("Trong thời gian ở thăm X, ...") gives the place to the acts of the main clause
VISIT_FRAME_PLACE_CASES = [
    ("Theo kế hoạch, trong thời gian ở thăm Việt Nam, Quốc vương Sihamoni sẽ có cuộc hội đàm với Chủ tịch nước Trần "
     "Đức Lương.", "hội đàm", "Việt Nam"),
    ("Trong chuyến thăm chính thức Trung Quốc, Chủ tịch Quốc hội Vương Đình Huệ đã hội kiến Chủ tịch Tập Cận Bình.",
     "hội kiến", "Trung Quốc"),
    ("Trong chuyến thăm Hà Nội, Thủ tướng Nhật Bản Shinzo Abe đã hội đàm với Thủ tướng Nguyễn Xuân Phúc.",
     "hội đàm", "Hà Nội"),
]


@pytest.mark.parametrize("text,trigger,loc", VISIT_FRAME_PLACE_CASES)
def test_place_of_fronted_visit(text, trigger, loc):
    assert _roles(text, trigger).get("LOC") == [_at(text, loc)]


AREA_NEAR_PLACE_CASES = [
    # an area near or of the place stands between the preposition and its name (cue.loc)
    ("Hai tàu sân bay của Mỹ đã cùng với lực lượng Hải quân Nhật Bản bắt đầu một cuộc tập trận kéo dài 3 ngày ở khu vực "
     "biển gần Bán đảo Triều Tiên từ hôm 1/6.", "tập trận", ["Bán đảo Triều Tiên"]),
    ("Ngoài ra, ngày 18/6 Iran và Trung Quốc tập trận hải quân chung tại khu vực phía Đông của eo biển Hormuz và Biển "
     "Oman.", "tập trận", ["Hormuz", "Biển Oman"]),
]


@pytest.mark.parametrize("text,trigger,loc", AREA_NEAR_PLACE_CASES)
def test_place_after_area_near_or_of_it(text, trigger, loc):
    assert [x for x, _ in _roles(text, trigger)["LOC"]] == loc


LIST_RANGE_CASES = [
    # a span of days closing a list of predicates dates each of them
    ("Nhân dịp Thủ tướng Chính phủ Phạm Minh Chính và Phu nhân tham dự Hội nghị Cấp cao Đặc biệt kỷ niệm 50 năm quan hệ "
     "ASEAN - Australia, thăm chính thức Australia và thăm chính thức New Zealand từ ngày 05-11/3, Thứ trưởng Ngoại giao "
     "Đỗ Hùng Việt đã trả lời phỏng vấn báo chí.", ["Hội nghị", "thăm chính thức Australia", "thăm chính thức New"]),
    # over the day the trip set out on, when that day lies inside the span
    ("Tối ngày 3/10 giờ địa phương, chuyên cơ chở Tổng Bí thư, Chủ tịch nước Tô Lâm đã hạ cánh xuống sân bay Orly, thủ "
     "đô Paris, Pháp, bắt đầu các hoạt động tham dự Hội nghị cấp cao Pháp ngữ lần thứ 19 và thăm chính thức Cộng hòa "
     "Pháp từ ngày 3-7/10.", ["Hội nghị", "thăm"]),
]


@pytest.mark.parametrize("text,triggers", LIST_RANGE_CASES)
def test_span_closing_a_list_of_predicates_dates_each(text, triggers):
    span = text[text.index("ngày", text.index(" từ ")):text.index("/", text.index(" từ ")) + 3].rstrip(",. ")
    d = vnextract.extract(text)
    ents = {e.id: e for e in d.entities}
    for tr in triggers:
        ev = next(ev for ev in d.events if text.startswith(tr, ev.trigger.start))
        assert [(ents[i].text, ents[i].start) for i in ev.args["DATE"]] == [(span, text.index(span))]


TITLE_IN_NAME_CASES = [
    # the body after the office a meeting is named for organizes it
    ("Phó Thủ tướng Bùi Thanh Sơn dự Hội nghị Bộ trưởng Ngoại giao ASEAN lần thứ 57 tại Viêng Chăn.", "ASEAN",
     "Bùi Thanh Sơn"),
    ("Những sáng kiến sẽ được trình lên Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC lần thứ 29.", "APEC", None),
    ("Hội nghị các Bộ trưởng phụ trách Thương mại APEC lần thứ 23 (MRT 23) diễn ra tại Hà Nội.", "APEC", None),
]


@pytest.mark.parametrize("text,agent,participant", TITLE_IN_NAME_CASES)
def test_body_after_office_in_meeting_name_organizes(text, agent, participant):
    r = _roles(text, "Hội nghị")
    assert r["AGENT"] == [_at(text, agent)]
    if participant:
        assert r["PARTICIPANT"] == [_at(text, participant)]


def test_minister_named_after_body_is_no_meeting_name():
    text = "Tại Hội nghị Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên phát biểu."
    assert "AGENT" not in _roles(text, "Hội nghị")


NAME_INITIAL_CASES = [
    # the initial inside a foreign name is no sentence end: the person received keeps the role
    ("Lễ tiếp Giám đốc WB\nTrưa 15/5, Thủ tướng Phạm Minh Chính tiếp bà Mariam J. Sherman, Giám đốc Quốc gia của "
     "Văn phòng Ngân hàng Thế giới.", "tiếp", "TARGET", "Mariam J. Sherman"),
    ("Tin thời sự\nSáng 3/3, Tổng Bí thư Tô Lâm tiếp ông George W. Bush tại Hà Nội.", "tiếp", "TARGET", "George W. Bush"),
    ("Tin thời sự\nSáng 3/3, Chủ tịch nước tiếp Tổng thống Nga V. V. Putin tại Phủ Chủ tịch.", "tiếp", "TARGET",
     "V. V. Putin"),
]


@pytest.mark.parametrize("text,trigger,role,name", NAME_INITIAL_CASES)
def test_initial_inside_name_keeps_clause(text, trigger, role, name):
    assert _roles(text, trigger)[role] == [_at(text, name)]


APPOSED_TITLE_PARENT_CASES = [
    # the parent after "của" of the body the apposed title heads only describes the person, who chairs
    ("Sáng 21/8, tại Hà Nội, Tổng Bí thư, Chủ tịch nước Tô Lâm, Trưởng Tiểu ban Nhân sự Đại hội XIV của Đảng chủ trì "
     "họp phiên thứ hai Tiểu ban Nhân sự.", "họp", "Tô Lâm"),
    ("Sáng 5/3, ông Nguyễn Văn Bình, Chủ tịch Hội đồng quản trị Tập đoàn Vingroup thuộc Bộ Công Thương đã ký hợp "
     "đồng mua sắm thiết bị.", "ký", "Nguyễn Văn Bình"),
]


@pytest.mark.parametrize("text,trigger,agent", APPOSED_TITLE_PARENT_CASES)
def test_person_with_apposed_title_of_body_and_parent_acts(text, trigger, agent):
    assert _roles(text, trigger)["AGENT"] == [_at(text, agent)]


AT_BODY_PLACE_CASES = [
    # a body named right after a fronted "tại" is where the happening takes place
    ("Chiều 9/12, tại Đại sứ quán Việt Nam (Bắc Kinh, Trung Quốc), Phó Thủ tướng Bùi Thanh Sơn gặp mặt cựu chiến binh "
     "Trung Quốc.", "gặp mặt", "Đại sứ quán Việt Nam"),
    ("Chiều 18/6, tại Học viện Quốc phòng, Đại tướng Phan Văn Giang tiếp Bộ trưởng Quốc phòng Lào Chansamone "
     "Chanyalath.", "tiếp", "Học viện Quốc phòng"),
    ("Chiều 4-1, tại Văn phòng Chính phủ, Thủ tướng Phan Văn Khải đã tiếp ông Lý Hiển Long.", "tiếp",
     "Văn phòng Chính phủ"),
]


@pytest.mark.parametrize("text,trigger,loc", AT_BODY_PLACE_CASES)
def test_body_after_at_is_the_place(text, trigger, loc):
    assert _roles(text, trigger)["LOC"] == [_at(text, loc)]


@pytest.mark.parametrize("text,trigger", [
    # where a party works, or the body an inspection deals with, is no place
    ("Ông Nguyễn Văn A, giảng viên tại Đại học Bách khoa, đã gặp ông B.", "gặp"),
    ("Sáng 16/10, đã diễn ra Hội nghị thông qua dự thảo báo cáo kết quả kiểm tra tại Ban Thường vụ Tỉnh ủy Bình Phước.",
     "Hội nghị"),
])
def test_body_where_a_party_works_or_dealt_with_is_no_place(text, trigger):
    assert "LOC" not in _roles(text, trigger)


def test_organizer_with_parent_body():
    text = "Hội thảo do Viện Nghiên cứu Văn hóa thuộc Viện Khoa học Xã hội VN tổ chức tại Hà Nội."
    assert _roles(text, "Hội thảo")["AGENT"] == [_at(text, "Viện Nghiên cứu Văn hóa")]


def test_envoy_posting_before_trigger_is_no_place():
    text = "Đại sứ Mỹ tại Liên Hợp quốc Nikki Haley đã họp báo ngày 5/4."
    assert "LOC" not in _roles(text, "họp báo")
