"""Event arguments, session 12: when and where (vnextract.events roles; ANNOTATION.md 4 and 7). The day told with an
occasion dates the happening, not the occasion's year; a body named as the venue is the place; a trip told as ended
takes neither the day nor the place of the return; a forum's place is the one stated for it, not a region of its
theme; the place fronted before one happening is not given to another told with its own subject and day."""
import pytest

import vnextract


def _roles(text, trigger, at=0):
    """The arguments (role -> [text]) of the event whose trigger starts with ``trigger`` at or after offset ``at``."""
    d = vnextract.extract(text)
    ents = {e.id: e for e in d.entities}
    for ev in d.events:
        if ev.trigger.start >= at and text[ev.trigger.start:ev.trigger.end].startswith(trigger):
            return {r: [ents[i].text for i in ids] for r, ids in ev.args.items()}
    raise AssertionError(f"no event {trigger!r}: {[(e.type, e.trigger.text) for e in d.events]}")


_TET = ("Nhân dịp đầu năm mới 2025 và trước thềm Tết Nguyên đán Ất Tỵ, chiều 20/1, Chủ tịch nước Lương Cường và đoàn "
        "công tác Trung ương đã tới thăm, động viên và chúc Tết Bộ đội Đặc công tại Sở Chỉ huy Binh chủng Đặc công.")


def test_occasion_year_yields_to_the_day():
    # np.occasion_date: the year of the occasion dates nothing; the day told after it does
    assert _roles(_TET, "thăm")["DATE"] == ["chiều 20/1"]


def test_anniversary_years_date_nothing():
    # np.anniversary_span: the years an anniversary counts, in a bracket after its name
    args = _roles("Hướng tới kỷ niệm 70 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2017), Chủ tịch nước Trần Đại "
                  "Quang đã tới thăm gia đình bà Phạm Thị Vọt.", "thăm")
    assert "DATE" not in args and args["AGENT"] == ["Trần Đại Quang"], args


@pytest.mark.parametrize("text, trigger, loc", [
    # the seat of a body ("Sở Chỉ huy" is read as a title of it: the place all the same)
    (_TET, "thăm", ["Binh chủng Đặc công"]),
    # a body named as the venue right after the trigger and its verbs
    ("Ngày 12/9, Bộ trưởng Ngoại giao Bùi Thanh Sơn thăm và làm việc tại Đồn Biên phòng Đàm Thủy, huyện Trùng Khánh.",
     "thăm", ["Đồn Biên phòng Đàm Thủy"]),
])
def test_body_named_as_the_venue(text, trigger, loc):
    assert _roles(text, trigger)["LOC"] == loc


def test_body_after_the_object_is_no_venue():
    # with a party between the trigger and "tại", the body may be where the party works, not the venue
    args = _roles("Chiều 5/3, Thủ tướng Phạm Minh Chính tiếp ông John Smith, Giám đốc điều hành tại Tập đoàn Boeing.",
                  "tiếp")
    assert "Tập đoàn Boeing" not in args.get("LOC", []), args


def test_trip_told_as_ended_takes_no_return_day_or_place():
    # _trip_ended: "Tối 25/4, X đã về tới sân bay ..., kết thúc tốt đẹp chuyến thăm ... tới Lào"
    text = ("Sáng 9/4, Chủ tịch Quốc hội Trần Thanh Mẫn cùng Đoàn đại biểu cấp cao Quốc hội Việt Nam đã về đến Thủ đô "
            "Hà Nội, kết thúc tốt đẹp chuyến công tác tham dự Đại hội đồng lần thứ 150 của Liên minh Nghị viện thế giới "
            "(IPU-150), thăm chính thức Cộng hòa Uzbekistan.")
    meeting = _roles(text, "Đại hội đồng")
    assert "DATE" not in meeting and "LOC" not in meeting, meeting
    visit = _roles(text, "thăm")
    assert "DATE" not in visit and visit["LOC"] == ["Cộng hòa Uzbekistan"], visit


def test_trip_ended_keeps_its_stay():
    args = _roles("Chiều 7/3, Thủ tướng Cộng hòa Kyrgyzstan Adylbek Kasymaliev rời Hà Nội, kết thúc tốt đẹp chuyến thăm "
                  "chính thức Việt Nam từ ngày 6 - 7/3.", "thăm")
    assert args["DATE"] == ["ngày 6 - 7/3"], args


def test_forum_place_is_the_stated_one_not_a_region():
    args = _roles('Thủ tướng Phan Văn Khải đã phát biểu hôm qua tại Hội nghị quốc tế Tương lai châu Á lần thứ 10 với chủ '
                  'đề "Đặt nền móng hội nhập khu vực châu Á" tại Tokyo (Nhật Bản).', "Hội nghị")
    assert args["LOC"] == ["Tokyo"], args


def test_city_naming_a_conference_is_its_place():
    args = _roles("Tại Hội nghị Geneva, Phó Thủ tướng Nguyễn Duy Trinh đã phát biểu.", "Hội nghị")
    assert args["LOC"] == ["Geneva"], args


def test_region_naming_a_conference_is_no_place():
    args = _roles("Thủ tướng đã dự Hội nghị thượng đỉnh Á-Âu lần thứ 11.", "Hội nghị")
    assert "LOC" not in args, args


def test_airport_of_arrival_is_no_place():
    # np.airport
    args = _roles("Chiều 4/6, chuyên cơ chở Thủ tướng Nguyễn Xuân Phúc cùng đoàn đại biểu cấp cao Việt Nam đã đến sân bay "
                  "quốc tế Haneda, Tokyo, bắt đầu chuyến thăm chính thức Nhật Bản và tham dự Hội nghị Tương lai châu Á "
                  "lần thứ 23.", "Hội nghị")
    assert "Haneda" not in args.get("LOC", []), args


def test_place_of_an_earlier_happening_is_not_shared():
    text = ("Sáng 22/1, tại Trụ sở Chính phủ, Phó Thủ tướng Chính phủ Trần Hồng Hà đã chủ trì cuộc họp với lãnh đạo một "
            "số bộ, ngành hữu quan về kế hoạch triển khai thực hiện Luật Đất đai (sửa đổi) vừa được Quốc hội thông qua "
            "tại kỳ họp bất thường lần thứ 5, ngày 18/1/2024.")
    assert _roles(text, "họp")["LOC"] == ["Chính phủ"]
    session = _roles(text, "họp", at=200)
    assert "LOC" not in session and session["DATE"] == ["ngày 18/1/2024"], session


def test_place_is_shared_with_a_courtesy_call():
    # (no day of its own: the call is made where the reception is)
    args = _roles("Chiều 17/7, tại Phủ Chủ tịch, Tổng Bí thư, Chủ tịch nước Tô Lâm đã tiếp Đại sứ đặc mệnh toàn quyền "
                  "nước Cộng hòa Nhân dân Trung Hoa tại Việt Nam Hùng Ba đến chào từ biệt nhân kết thúc nhiệm kỳ công tác.",
                  "đến chào")
    assert args["LOC"] == ["Phủ Chủ tịch"], args
