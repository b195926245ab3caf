"""Event argument classes fixed in session 7 (roles): ANNOTATION.md section 7."""
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
     []),  # (the country is no visitor; the visitor before "và Đoàn" is still missed in this sentence alone)
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
