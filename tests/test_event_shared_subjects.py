"""Who acts when a subject is shared, led or set off (vnextract.events roles): the leader of a delegation, a list of
predicates after an attended forum, and a fronted subordinate clause whose names are not the main clause's subject."""
import pytest

import vnextract


def _args(text, trigger, nth=0):
    """role -> [entity text] of the ``nth`` event whose trigger text is ``trigger``."""
    d = vnextract.extract(text)
    ents = {e.id: e for e in d.entities}
    evs = [ev for ev in d.events if ev.trigger.text == trigger]
    assert len(evs) > nth, [(e.type, e.trigger.text) for e in d.events]
    return {r: [ents[i].text for i in ids] for r, ids in evs[nth].args.items()}


LEADER = "Sáng 26/5, tại Kuala Lumpur, Thủ tướng Chính phủ Phạm Minh Chính {} đoàn đại biểu cấp cao Việt Nam tham dự Hội nghị Cấp cao ASEAN lần thứ 46."


@pytest.mark.parametrize("led", ["đã dẫn đầu", "dẫn đầu", "vừa dẫn đầu"])
def test_leader_of_delegation_takes_part_not_its_country(led):
    args = _args(LEADER.format(led), "Hội nghị")
    assert args["PARTICIPANT"] == ["Phạm Minh Chính"]
    assert args["AGENT"] == ["ASEAN"]


def test_leader_of_delegation_visits():
    text = "Ngày 3/6, Thủ tướng Phạm Minh Chính đã dẫn đầu đoàn đại biểu Việt Nam thăm chính thức Malaysia."
    assert _args(text, "thăm") == {"AGENT": ["Phạm Minh Chính"], "DATE": ["Ngày 3/6"], "LOC": ["Malaysia"]}


CHAIN = ("Nhân dịp Thủ tướng Chính phủ Phạm Minh Chính và Phu nhân tham dự Hội nghị Cấp cao Đặc biệt kỷ niệm 50 năm quan hệ "
         "ASEAN - Australia, thăm chính thức Australia và thăm chính thức New Zealand từ ngày 05-11/3, Thứ trưởng Ngoại giao "
         "Đỗ Hùng Việt đã trả lời phỏng vấn.")


@pytest.mark.parametrize("nth, place", [(0, "Australia"), (1, "New Zealand")])
def test_predicates_after_an_attended_forum_share_its_attendant(nth, place):
    args = _args(CHAIN, "thăm", nth)
    assert args["AGENT"] == ["Phạm Minh Chính"]
    assert args["LOC"] == [place]


def test_places_of_a_fronted_clause_are_no_subject():
    text = ("Chiều tối 2/2, tại tỉnh Lạng Sơn, sau khi dành cả ngày để đi thị sát hiện trường hai dự án cao tốc Chi Lăng - "
            "Hữu Nghị (Lạng Sơn) và Đồng Đăng (Lạng Sơn) - Trà Lĩnh (Cao Bằng), Thủ tướng Phạm Minh Chính đã chủ trì cuộc "
            "họp với các bộ, ngành.")
    assert _args(text, "họp")["AGENT"] == ["Phạm Minh Chính"]


def test_subject_list_after_a_closed_fronted_clause_is_kept():
    text = "Sau khi hội đàm, Việt Nam, Lào và Campuchia đã ký Bản ghi nhớ về hợp tác biên giới."
    assert _args(text, "ký")["AGENT"] == ["Việt Nam", "Lào", "Campuchia"]
