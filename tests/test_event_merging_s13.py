"""Event merging, session 13 (vnextract.events ``_merge``/``_build``; ANNOTATION.md 7, one event per happening): a
person told again by the last syllables of the name is the same party; "trong thời gian (ở) thăm X" frames the main
clause with the visit told before and gives it only the main clause's subject; a visit told as going on ("... đang thăm
và làm việc tại Việt Nam") describes a party and is the visit told before, whatever the sentence opens with."""
import vnextract

SIHAMONI = (
    "Hôm nay, 16-3, Quốc vương Campuchia thăm chính thức VN (NLĐ)- Nhận lời mời của Chủ tịch nước Trần Đức Lương, Quốc "
    "vương Campuchia Norodom Sihamoni sẽ thăm chính thức VN từ ngày 16 đến 18-3.\n"
    "Đây là chuyến thăm chính thức đầu tiên của Quốc vương Sihamoni kể từ khi ngài chính thức lên ngôi vào tháng 10-2004. "
    "Chuyến thăm cũng nhằm tăng cường quan hệ gắn bó, tin cậy giữa hai nước. Dự kiến, trong thời gian ở thăm VN, Quốc "
    "vương Sihamoni sẽ có cuộc hội đàm với Chủ tịch nước Trần Đức Lương, hội kiến với Tổng Bí thư Nông Đức Mạnh và Thủ "
    "tướng Phan Văn Khải.")

PHAM_TRUONG_LONG = (
    "Tổng Bí thư Nguyễn Phú Trọng tiếp Phó Chủ tịch Quân ủy Trung ương Trung Quốc\n"
    "Chiều 18-6, tại Trụ sở Trung ương Đảng, Tổng Bí thư Nguyễn Phú Trọng đã tiếp Thượng tướng Phạm Trường Long, Ủy viên "
    "Bộ Chính trị, Phó Chủ tịch Quân ủy Trung ương Trung Quốc. Tổng Bí thư Nguyễn Phú Trọng hoan nghênh Thượng tướng "
    "Phạm Trường Long và đoàn đại biểu cấp cao quân đội Trung Quốc sang thăm Việt Nam.\n"
    "Cùng ngày, Thủ tướng Nguyễn Xuân Phúc đã có buổi tiếp Thượng tướng Phạm Trường Long, Ủy viên Bộ Chính trị, Phó Chủ "
    "tịch Quân ủy Trung ương Trung Quốc đang thăm và làm việc tại Việt Nam.")


def _events(text, typ):
    d = vnextract.extract(text)
    ents = {e.id: e for e in d.entities}
    return [(ev.trigger.start, {r: [ents[i].text for i in ids] for r, ids in ev.args.items()})
            for ev in d.events if ev.type == typ]


def test_short_name_and_time_of_visit_frame_name_the_visit_told_before():
    visits = _events(SIHAMONI, "VISIT")
    assert len(visits) == 1, visits
    start, args = visits[0]
    assert SIHAMONI[start:start + 4] == "thăm" and start > SIHAMONI.index("Norodom")
    assert args["AGENT"] == ["Norodom Sihamoni"] and "PARTICIPANT" not in args, args
    # the partners belong to the main clause's talks, not to the visit
    meetings = dict(_events(SIHAMONI, "MEETING"))
    talks = meetings[SIHAMONI.index("hội đàm")]
    assert talks["PARTICIPANT"] == ["Trần Đức Lương"], talks


def test_visit_told_as_going_on_is_the_visit_told_before():
    visits = _events(PHAM_TRUONG_LONG, "VISIT")
    assert [s for s, _ in visits] == [PHAM_TRUONG_LONG.index("sang thăm") + 5], visits
    assert visits[0][1]["LOC"] == ["Việt Nam"]
