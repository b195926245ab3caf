"""Event triggers and merging: a port call told with the visit it opens, a discussion session, a forum's days
(ANNOTATION.md sections 4 and 7)."""
import pytest

import vnextract
from vnextract.events import _day_in_range


def _events(text):
    doc = vnextract.extract(text)
    return doc, [(e.type, text[e.trigger.start:e.trigger.end], e.trigger.start) for e in doc.events]


def _arg_texts(doc, ev, role):
    by_id = {x.id: x for x in doc.entities}
    return [doc.text[by_id[i].start:by_id[i].end] for i in ev.args.get(role, ())]


@pytest.mark.parametrize("text, word", [
    ("Sáng nay, chiến hạm Exeter - tàu khu trục của Hải quân Hoàng gia Anh - đã cập cảng Sài Gòn, bắt đầu chuyến thăm "
     "TP HCM từ 27 đến 31/5.", "thăm TP HCM"),
    ("Tàu HMAS Ballarat của Hải quân Hoàng gia Australia đã cập Cảng Tiên Sa trong chuyến thăm và làm việc tại TP.Đà "
     "Nẵng.", "thăm và làm việc"),
])
def test_port_call_with_visit_takes_the_visit_trigger(text, word):
    doc, evs = _events(text)
    assert [(t, s) for t, _, s in evs if t == "VISIT"] == [("VISIT", text.index(word))]


def test_port_call_with_visit_keeps_the_visit_place():
    text = ("Sáng nay, chiến hạm Exeter - tàu khu trục của Hải quân Hoàng gia Anh - đã cập cảng Sài Gòn, bắt đầu chuyến "
            "thăm TP HCM từ 27 đến 31/5.")
    doc, _ = _events(text)
    (ev,) = [e for e in doc.events if e.type == "VISIT"]
    assert _arg_texts(doc, ev, "LOC") == ["TP HCM"]


def test_port_call_alone_stays_the_visit():
    text = "Tàu ngầm hạt nhân USS Cheyenne của Mỹ vừa cập cảng Hàn Quốc sáng 6/6."
    _, evs = _events(text)
    assert [(t, w) for t, w, _ in evs] == [("VISIT", "cập cảng")]


@pytest.mark.parametrize("text", [
    "Tại cuộc thảo luận tổ của Đoàn đại biểu Quốc hội TP.HCM ngày 1/6, các đại biểu nêu nhiều ý kiến.",
    "Đó là ý kiến chung của tuyệt đại đa số đại biểu Quốc hội trong buổi thảo luận hôm nay.",
])
def test_discussion_session_is_no_meeting(text):
    _, evs = _events(text)
    assert [t for t, _, _ in evs] == []


def test_discussion_with_a_party_is_a_meeting():
    _, evs = _events("Đại sứ đã thảo luận với các quan chức cấp cao về vụ việc.")
    assert [(t, w) for t, w, _ in evs] == [("MEETING", "thảo luận")]


def test_forum_days_told_after_its_day_are_one_happening():
    text = ("Tại Đối thoại Shangri-La ngày 3-6, Bộ trưởng Quốc phòng Mỹ James Mattis phát biểu về Biển Đông. "
            "Ông cũng nói về Triều Tiên. Đối thoại Shangri-La, diễn đàn an ninh hàng đầu khu vực, diễn ra trong 3 ngày "
            "từ ngày 2 đến ngày 4-6.")
    doc, evs = _events(text)
    assert [(t, w, s) for t, w, s in evs if t == "MEETING"] == [("MEETING", "Đối thoại", 4)]
    (ev,) = [e for e in doc.events if e.type == "MEETING"]
    assert len(ev.mentions) == 2


@pytest.mark.parametrize("a, b, expected", [
    ("XXXX-06-03", "XXXX-06-02/XXXX-06-04", True),
    ("2017-06-02/2017-06-04", "XXXX-06-04", True),
    ("XXXX-06-05", "XXXX-06-02/XXXX-06-04", False),
    ("2016-06-03", "2017-06-02/2017-06-04", False),
    ("XXXX-06-03", "XXXX-06-03", False),
])
def test_day_in_range(a, b, expected):
    assert _day_in_range(a, b) is expected
