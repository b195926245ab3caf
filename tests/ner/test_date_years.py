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
