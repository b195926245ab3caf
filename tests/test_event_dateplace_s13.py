"""Event DATE and LOC, session 13 (vnextract.events roles; ANNOTATION.md 7): the country of a visit fronted as the frame
of the main clause is the visit's place only; a happening named as what another act is about ("kết quả Đại hội",
"nội dung cuộc điện đàm") takes neither the clause's dateline nor its place; a province acting as the host body right
before the verb is no place of the happening."""
import pytest

from .conftest import event_roles as _roles


# "Trong khuôn khổ chuyến thăm ... tới X, <date>, A gặp B": X is the visit's place, not the meeting's
@pytest.mark.parametrize("text, trigger, date", [
    ("Trong khuôn khổ chuyến thăm cấp Nhà nước tới Mông Cổ, chiều 30/9, Tổng Bí thư, Chủ tịch nước Tô Lâm đã có cuộc "
     "hội kiến với Chủ tịch Quốc hội Mông Cổ Dashzegve Amarbayasgalan.", "hội kiến", "chiều 30/9"),
    ("Trong khuôn khổ chuyến thăm cấp Nhà nước tới Lào, sáng 25/4, Chủ tịch nước Lương Cường đã gặp các đồng chí "
     "nguyên Tổng Bí thư, nguyên Chủ tịch nước Lào qua các thời kỳ, gồm đồng chí Bounnhang Vorachith và đồng chí "
     "Choummaly Sayasone.", "gặp", "sáng 25/4"),
])
def test_framing_visit_country_is_not_the_meetings_place(text, trigger, date):
    args = _roles(text, trigger, at=text.index(",") + 1)
    assert args.get("DATE") == [date], args
    assert "LOC" not in args, args
    visit = _roles(text, "thăm")
    assert visit.get("LOC") and visit["LOC"][0] in text[:text.index(",")], visit


def test_framing_visit_keeps_a_place_stated_for_the_meeting():
    # the visit's country yields; the meeting's own "tại" place stays
    text = ("Trong khuôn khổ chuyến thăm chính thức Ba Lan, chiều 16/1, tại Phủ Tổng thống, Thủ tướng Phạm Minh Chính "
            "đã hội kiến Tổng thống Ba Lan Andrzej Duda.")
    assert _roles(text, "hội kiến").get("LOC") == ["Phủ Tổng thống"]


# a happening named as what another act is about takes neither the dateline nor the place before it
@pytest.mark.parametrize("text, trigger", [
    ("Ngày 4/4, Phó Thủ tướng Chính phủ Mai Văn Chính, Tổ trưởng Tổ chỉ đạo số 08 đã họp triển khai công tác chỉ "
     "đạo đại hội đảng đối với Đảng bộ Bộ Văn hóa, Thể thao và Du lịch.", "đại hội"),
    ("Chiều 6/9, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính đã có buổi làm việc với Đại sứ Hàn Quốc "
     "tại Việt Nam Choi Young-Sam nhằm triển khai, cụ thể hóa nội dung cuộc điện đàm giữa Tổng Bí thư, Chủ tịch "
     "nước Tô Lâm và Tổng thống Hàn Quốc.", "điện đàm"),
    ("Chiều 25/5, tại Thủ đô Kuala Lumpur, Thủ tướng Phạm Minh Chính và Thủ tướng Malaysia Anwar Ibrahim đã chủ trì "
     "họp báo về kết quả hội đàm trước đó.", "hội đàm"),
])
def test_topic_happening_takes_no_dateline_or_place(text, trigger):
    args = _roles(text, trigger)
    assert "DATE" not in args and "LOC" not in args, args


def test_main_act_keeps_its_dateline_and_place():
    text = ("Chiều 6/9, tại Trụ sở Chính phủ, Thủ tướng Chính phủ Phạm Minh Chính đã có buổi làm việc với Đại sứ Hàn "
            "Quốc tại Việt Nam Choi Young-Sam nhằm triển khai, cụ thể hóa nội dung cuộc điện đàm giữa Tổng Bí thư, "
            "Chủ tịch nước Tô Lâm và Tổng thống Hàn Quốc.")
    assert _roles(text, "làm việc").get("DATE") == ["Chiều 6/9"]


# a province acting right before the verb is the host body, no place of the happening
@pytest.mark.parametrize("text, trigger", [
    ("Chiều 17/4, Ban Thường vụ 2 tỉnh Cà Mau và Bạc Liêu tổ chức hội nghị triển khai công tác xây dựng đề án hợp "
     "nhất tỉnh.", "hội nghị"),
    ("Chiều 12/6, Ban Thường vụ Tỉnh uỷ 2 tỉnh Cà Mau và Bạc Liêu tổ chức hội nghị thông qua phương án nhân sự tỉnh "
     "Cà Mau sau hợp nhất và dự thảo đề cương.", "hội nghị"),
    ("Ngoài vốn của 4 đơn vị nêu trên và vốn vay ngân hàng, dự án này còn được tỉnh Thừa Thiên-Huế hỗ trợ thêm 12 "
     "tỉ đồng.", "hỗ trợ"),
    ("Trong những năm qua, tỉnh Sơn La đã ký văn bản hợp tác toàn diện với 8 tỉnh Bắc Lào.", "ký"),
])
def test_host_province_is_no_place(text, trigger):
    assert "LOC" not in _roles(text, trigger)


def test_province_after_the_verb_is_still_the_place():
    # a province stated with "tại" after the verb stays the place (only the acting province before the verb yields)
    text = "Sáng 5/3, Bộ Quốc phòng phối hợp tổ chức hội thảo khoa học tại tỉnh Đắk Lắk."
    assert _roles(text, "hội thảo").get("LOC") == ["Đắk Lắk"]
