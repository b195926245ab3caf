"""Events told inside a fronted frame, compound triggers and joint drills (vnextract.events; ANNOTATION.md 4, 7)."""
import pytest

import vnextract


def _events(text):
    """(type, trigger start, {role: [entity text]}) of every event of ``text``."""
    d = vnextract.extract(text)
    ents = {e.id: e.text for e in d.entities}
    return [(ev.type, ev.trigger.start, {r: [ents[i] for i in ids] for r, ids in ev.args.items() if ids})
            for ev in d.events]


FRAME = ("Trong khuôn khổ chuyến thăm cấp Nhà nước Cộng hòa Indonesia, thăm chính thức Ban Thư ký Hiệp hội Các quốc gia "
         "Đông Nam Á (ASEAN) từ ngày 9-11/3/2025, tối 9/3, tại Nhà hát Ciputra, thủ đô Jakarta, Tổng Bí thư Tô Lâm và "
         "Phu nhân Ngô Phương Ly đã dự Lễ hòa nhạc Kỷ niệm 70 năm.")


def test_frame_visitor_is_the_subject_before_the_tense_word():
    # the body visited inside the frame is no subject; the leader and his spouse, before "đã", make both visits
    evs = _events(FRAME)
    assert [(t, s) for t, s, _ in evs] == [("VISIT", 23), ("VISIT", 61)]
    assert evs[0][2]["AGENT"] == ["Tô Lâm", "Ngô Phương Ly"]
    assert evs[1][2] == {"AGENT": ["Tô Lâm", "Ngô Phương Ly"],
                         "TARGET": ["Ban Thư ký Hiệp hội Các quốc gia Đông Nam Á"],  # (its abbreviation is no second target)
                         "DATE": ["ngày 9-11/3/2025"]}


def test_frame_without_second_act_keeps_the_main_subject():
    evs = _events("Trong khuôn khổ chuyến thăm chính thức Nhật Bản, chiều 12/6, tại Tokyo, Thủ tướng Phạm Minh Chính "
                  "đã hội kiến Nhà vua Naruhito.")
    assert evs[0] == ("VISIT", 23, {"AGENT": ["Phạm Minh Chính"], "LOC": ["Nhật Bản"]})
    assert evs[1][:2] == ("MEETING", 101) and evs[1][2]["AGENT"] == ["Phạm Minh Chính"]


@pytest.mark.parametrize("text, expected", [
    # a drill that trains is one happening, an EXERCISE; the parties of a joint drill all take part
    ("Cảnh sát biển Việt Nam và Nhật Bản sẽ có hoạt động diễn tập huấn luyện chung trên biển vào ngày 16/6.",
     [("EXERCISE", 51, {"PARTICIPANT": ["Cảnh sát biển Việt Nam", "Nhật Bản"], "DATE": ["ngày 16/6"]})]),
    ("Hải quân Mỹ và Hải quân Qatar đã tập trận chung tại vịnh Ba Tư.",
     [("EXERCISE", 33, {"PARTICIPANT": ["Hải quân Mỹ", "Hải quân Qatar"], "LOC": ["Ba Tư"]})]),
])
def test_joint_drill(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text, label, span", [
    # named venues are places (ANNOTATION.md 7), "Tổng thống" inside them is no title
    ("Ngày 9/6, tại Phủ Tổng thống, Thủ tướng Phạm Minh Chính hội kiến Tổng thống Ba Lan.", "LOC", "Phủ Tổng thống"),
    ("Bộ trưởng thăm Ban Thư ký Hiệp hội Các quốc gia Đông Nam Á.", "ORG",
     "Ban Thư ký Hiệp hội Các quốc gia Đông Nam Á"),
    ("Hiệp hội các quốc gia Đông Nam Á họp tại Jakarta.", "ORG", "Hiệp hội các quốc gia Đông Nam Á"),
])
def test_named_venues_and_bodies(text, label, span):
    d = vnextract.extract(text)
    assert (label, span, text.index(span)) in [(e.label, e.text, e.start) for e in d.entities]


def test_ba_tu_opening_a_sentence_is_a_number():
    assert [e.text for e in vnextract.extract("Ba Tư lệnh cùng dự.").entities if e.label == "LOC"] == []


def test_port_call_one_visit_by_the_ship_s_body():
    # the port after "cập cảng" is no visitor; the day the visit ends and a caption's "chuyến thăm của tàu X tại Y"
    # tell the same visit, with no second date or visitor
    text = ("Tin\nSáng 13/6, tàu Echigo của Cảnh sát biển Nhật Bản đã cập cảng Tiên Sa, bắt đầu chuyến thăm Đà Nẵng. "
            "Dự kiến tàu sẽ rời Đà Nẵng vào sáng ngày 19/6, kết thúc chuyến thăm 7 ngày tại Đà Nẵng. Các bên chụp ảnh "
            "lưu niệm nhân chuyến thăm của tàu Echigo tại Đà Nẵng.")
    d = vnextract.extract(text)
    assert len(d.events) == 1
    ev = d.events[0]
    ents = {e.id: e for e in d.entities}
    assert ev.type == "VISIT" and ev.trigger.start == 89 and len(ev.mentions) == 3
    assert {r: [(ents[i].text, ents[i].start) for i in ids] for r, ids in ev.args.items()} == {
        "AGENT": [("Cảnh sát biển Nhật Bản", 30)], "DATE": [("Sáng 13/6", 4)], "LOC": [("Đà Nẵng", 94)]}
