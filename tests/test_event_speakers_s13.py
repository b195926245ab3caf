"""Event parties told in the sentence after the trigger, session 13 (rules/event_roles.toml `attendees_next`;
ANNOTATION.md 7: attendees are PARTICIPANT): a sentence of its own that only tells who came ("X, <title> đến dự.")
gives its persons to the happening of the clause before it."""
from .conftest import event_roles as _roles


def test_attendee_sentence_after_an_award():
    text = ("Bộ Quốc phòng trao Huân chương\nChiều 16-6, tại Hà Nội đã diễn ra Lễ trao Huân chương Hữu nghị của Nhà nước "
            "Liên bang Nga tặng Thượng tướng Trương Quang Khánh, nguyên Thứ trưởng Bộ Quốc phòng. Thượng tướng Bế Xuân "
            "Trường, Thứ trưởng Bộ Quốc phòng đến dự.")
    args = _roles(text, "trao")
    assert args.get("PARTICIPANT") == ["Bế Xuân Trường"], args
    assert args.get("TARGET") == ["Trương Quang Khánh"], args


def test_attendee_sentence_after_a_meeting():
    text = ("Gặp mặt báo chí\nSáng 10-2, Tổng cục Chính trị Quân đội nhân dân Việt Nam tổ chức gặp mặt các cơ quan "
            "thông tấn báo chí, đánh giá kết quả phối hợp tuyên truyền năm 2016. Ủy viên Bộ Chính trị, Bí thư Trung "
            "ương Đảng, Trưởng ban Tuyên giáo Trung ương Võ Văn Thưởng dự.")
    args = _roles(text, "gặp mặt")
    assert args.get("PARTICIPANT") == ["Võ Văn Thưởng"], args
    assert args.get("AGENT") == ["Tổng cục Chính trị Quân đội nhân dân Việt Nam"], args


def test_a_sentence_that_does_more_than_attend_gives_no_party():
    # "dự án" is no attendance, and a sentence that goes on after "dự" tells something else
    text = ("Gặp mặt báo chí\nSáng 10-2, Tổng cục Chính trị Quân đội nhân dân Việt Nam tổ chức gặp mặt các cơ quan "
            "thông tấn báo chí, đánh giá kết quả phối hợp tuyên truyền năm 2016. Thượng tướng Bế Xuân Trường cho biết "
            "sẽ triển khai dự án.")
    assert "Bế Xuân Trường" not in _roles(text, "gặp mặt").get("PARTICIPANT", [])
