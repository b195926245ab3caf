"""Date values: the year of a day written without one (no publication date)."""
import pytest

import vnextract


def _dates(text):
    return [(e.text, e.value) for e in vnextract.extract(text).entities if e.label == "DATE"]


@pytest.mark.parametrize("text,expected", [
    # an anniversary span dates the article by its end, not by the historical start
    ("Nhân kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025), sáng 21/4, "
     "Tổng Bí thư Tô Lâm gặp mặt các cựu chiến binh.", ("sáng 21/4", "2025-04-21")),
    ("Kỷ niệm 70 năm chiến thắng (7/5/1954-7/5/2024). Sáng 6/5, Thủ tướng dự lễ.", ("Sáng 6/5", "2024-05-06")),
    # a caption's full date may be the article's present ("Ngày 2 tháng 2 năm 2017, X hội đàm với Y. Ảnh: ...")
    ("Ngày 2 tháng 2 năm 2017, Bộ trưởng Mattis hội đàm với Bộ trưởng Han Min-koo. Ảnh: Internet Tờ JoongAng Ilbo "
     "ngày 6 tháng 2 cho hay hai bộ trưởng đã điện đàm.", ("ngày 6 tháng 2", "2017-02-06")),
    # a full date in the text still dates the days without a year
    ("Luật có hiệu lực từ 1/1/2018. Sáng 23/6, Thủ tướng họp với lãnh đạo thành phố.", ("Sáng 23/6", "2018-06-23")),
])
def test_year_of_day_without_year(text, expected):
    assert expected in _dates(text)


_FILLER = "Nhiều trường đã sửa chữa lớp học. " * 12


@pytest.mark.parametrize("text,expected", [
    # a day in the lead is not dated by a background full date further on
    ("Ngày 19/5, Bộ trưởng Quốc phòng Libya bị treo chức. " + _FILLER + "Ông nhậm chức ngày 30/3/2016 sau nhiều tháng đàm phán.",
     ("Ngày 19/5", "XXXX-05-19")),
    ("Sáng 23/6, Thủ tướng họp với lãnh đạo thành phố. " + _FILLER + "Luật có hiệu lực từ ngày 1/1/2018.",
     ("Sáng 23/6", "XXXX-06-23")),
    # a story told with full dates carries its year to the days that follow it
    ("Ngày 25.2.1991, quân Mỹ tiến vào Kuwait. Trận đánh kéo dài đến hôm 27.2 thì kết thúc.", ("hôm 27.2", "1991-02-27")),
    ("Ngày 06.07.2014, quân đội mở cuộc tấn công. Ngày 12.07, dân quân phản công.", ("Ngày 12.07", "2014-07-12")),
    # ... not to a day long before it in the year (a new story)
    (_FILLER + "Ông bị bắt ngày 24-10-2014 vì tội lừa đảo. Ngày 22-4, người dân tập trung tại thôn.",
     ("Ngày 22-4", "XXXX-04-22")),
    # the same day written out in full elsewhere gives its year
    ("Phải hoàn thành trước ngày 30-4. Theo kế hoạch, dự án xong trước ngày 30-4-2006 và năm sau mở rộng đến 30-4-2007.",
     ("ngày 30-4", "2006-04-30")),
    # a full date a few weeks after the day dates it
    ("Chiều 11-5, tòa tuyên án. Trước đó, ngày 10-5-2017 cơ quan điều tra đã kết luận.", ("Chiều 11-5", "2017-05-11")),
    # a full date in the lead is the report's own day
    ("Hà Nội, ngày 1/9/2004. Hôm nay khai giảng năm học mới. " + _FILLER + "Cuối ngày 27/3, sở đã duyệt kế hoạch.", ("Cuối ngày 27/3", "2004-03-27")),
])
def test_year_of_day_from_full_dates_by_position(text, expected):
    assert expected in _dates(text)


def test_historical_lunar_new_year_does_not_date_the_report():
    text = ("Chiều 6.7, Quân khu 7 khảo sát thực địa, tìm hài cốt liệt sĩ hy sinh dịp Tết Mậu Thân 1968. "
            "Sáng cùng ngày, Bộ Tư lệnh tổ chức hội thảo.")
    assert _dates(text)[:1] == [("Chiều 6.7", "XXXX-07-06")]
