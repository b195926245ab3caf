"""Event triggers, session 13 (vnextract.events triggers; ANNOTATION.md 4 and 7: an event is a happening the text
reports). Non-event mentions: a past congress cited with its year in brackets, reward paired with discipline as a
principle, a misspelt "trường hợp"; the happenings told next to them stay."""
import pytest

import vnextract


def _triggers(text):
    """(type, trigger text, start) of the events extracted from ``text``."""
    return [(e.type, e.trigger.text, e.trigger.start) for e in vnextract.extract(text).events]


# a congress or plenum cited with its year in brackets, as the source of an idea: no happening told there
@pytest.mark.parametrize("text", [
    "Chiến thuật này đã đi vào báo cáo chính trị của Đại hội Đảng VI (1986), tạo ra tính chính danh cho quá trình "
    "đổi mới.",
    "Phác thảo của tầm nhìn mới đã được nêu ra từ Hội nghị Trung ương 6 (1984), mở rộng ra trong nhiều năm sau.",
    "Đồng chí Nguyễn Minh Triết đã trích báo cáo chính trị tại Đại hội IV của Đảng (1976) làm đề dẫn trong phần "
    "phát biểu của mình.",
])
def test_meeting_cited_by_year_is_no_event(text):
    assert not [t for t in _triggers(text) if t[0] == "MEETING"], _triggers(text)


def test_meeting_dated_in_the_sentence_stays():
    # the same noun told as a happening, with its day in running text
    text = "Sáng 25-4, Đại hội Đảng lần thứ X đã bế mạc tại Hà Nội sau 8 ngày làm việc."
    assert ("MEETING", "Đại hội", text.index("Đại hội")) in _triggers(text), _triggers(text)


def test_meeting_with_a_bracketed_note_stays():
    # a bracket that holds no year ("(ASEM)") is no citation
    text = "Ngày 8/10, Hội nghị Cấp cao Á - Âu (ASEM) lần thứ 5 đã khai mạc tại Hà Nội."
    assert [t for t in _triggers(text) if t[0] == "MEETING" and t[1] == "Hội nghị"], _triggers(text)


# "khen thưởng kỷ luật" with no conjunction: the pair of sanctions, no award made
def test_reward_and_discipline_without_conjunction():
    text = ("Bộ máy phải có lên có xuống, có khen thưởng kỷ luật, có thanh kiểm tra thì mới hoạt động tốt. "
            "Sáng 5/3, Chủ tịch UBND tỉnh đã khen thưởng 5 cá nhân có thành tích xuất sắc.")
    awards = [t for t in _triggers(text) if t[0] == "AWARD"]
    assert [t[2] for t in awards] == [text.index("khen thưởng 5")], awards


# "trường họp" is "trường hợp" misspelt: no meeting
def test_misspelt_case_is_no_meeting():
    text = "Cả hai trường họp trên đều có thể gây chết người nếu chạm vào dây điện."
    assert not [t for t in _triggers(text) if t[0] == "MEETING"], _triggers(text)
