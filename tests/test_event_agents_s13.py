"""Event AGENTs, session 13 (vnextract.events roles; ANNOTATION.md 4 and 7: organizer = AGENT, attendees =
PARTICIPANT). The body a session is named for holds it: a numbered session named after its number ("Hội nghị lần thứ
11 Ban Chấp hành Trung ương Đảng"), and a named session whose subject only attends or speaks (the subject takes part);
a subject with an organizing verb stays the holder."""
import pytest

from .conftest import event_roles as _roles


# org.numbered_session_named: the body after "lần thứ N" is the session's holder
@pytest.mark.parametrize("text, trigger, agent", [
    ("Thực hiện Chương trình làm việc toàn khóa, Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII họp từ "
     "ngày 10/4 đến ngày 12/4/2025 tại Thủ đô Hà Nội.", "Hội nghị", "Ban Chấp hành Trung ương Đảng"),
    ("Sáng nay, 17/5, Hội nghị lần thứ hai các quan chức cao cấp APEC đã khai mạc trọng thể.", "Hội nghị", "APEC"),
])
def test_numbered_session_names_its_body(text, trigger, agent):
    assert _roles(text, trigger).get("AGENT") == [agent]


# a named session overrides a subject that does not organize it; the subject takes part (subject_role)
@pytest.mark.parametrize("text, trigger, agent, participant", [
    ("Thứ 3, Việt Nam mong muốn tăng cường hợp tác với Mỹ trên các diễn đàn đa phương, như hội nghị cấp cao APEC sẽ "
     "diễn ra ở Việt Nam vào cuối năm nay.", "hội nghị", "APEC", "Mỹ"),
    ("Đó là lời khẳng định của đồng chí Nông Đức Mạnh - vừa tái đắc cử chức vụ Tổng bí thư Ban chấp hành T.Ư khóa X "
     "cuối phiên bế mạc Đại hội Đảng lần X sáng 25-4.", "Đại hội", "Đảng", "Nông Đức Mạnh"),
])
def test_named_session_over_attending_subject(text, trigger, agent, participant):
    args = _roles(text, trigger)
    assert args.get("AGENT") == [agent], args
    assert participant in args.get("PARTICIPANT", []), args


def test_organizing_subject_keeps_the_session():
    # "tổ chức tốt hội nghị cấp cao CLV": the subject that organizes stays the AGENT, the named body does not replace it
    args = _roles("Việt Nam sẽ phối hợp chặt chẽ với Campuchia và Lào để tổ chức tốt hội nghị cấp cao CLV.", "hội nghị")
    assert "Việt Nam" in args.get("AGENT", []) and "CLV" not in args.get("AGENT", []), args
