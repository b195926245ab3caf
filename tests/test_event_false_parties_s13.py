"""False parties inside right events, session 13 (vnextract.events roles; ANNOTATION.md 7: an entity fills a role once
per event). A name alone in brackets right after a party of the same happening renames that party (its abbreviation,
its other spelling) or names its parent body: it is no second party."""
import pytest

from .conftest import event_roles as _roles


@pytest.mark.parametrize("text, trigger, role, party, bracketed", [
    # an abbreviation
    ("Tập đoàn Viễn thông Quân đội (Viettel) đã ký “Bản ghi nhớ hợp tác (tháng 2-2013) với Tập đoàn Viễn thông Cu-ba "
     "(Etesa)”.", "ký", "AGENT", "Tập đoàn Viễn thông Quân đội", "Viettel"),
    # the parent body of a department
    ("Chiều 22/4, Học viện Ngoại giao (DAV) phối hợp với Ban Quốc tế (Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh) "
     "đã tổ chức Đối thoại giữa Tổng Thư ký ASEAN Kao Kim Hourn với thanh niên các nước ASEAN.", "Đối thoại", "AGENT",
     "Ban Quốc tế", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
    # another spelling of a person
    ("Trước phản ứng mạnh mẽ trên từ phía Mát-xcơ-va, phát biểu tại cuộc họp báo nhanh, người phát ngôn Nhà Trắng Xin "
     "Xpai-xơ (Sean Spicer) cho biết, các lực lượng liên quân sẽ duy trì quyền tự vệ.", "họp báo", "PARTICIPANT",
     "Xin Xpai-xơ", "Sean Spicer"),
    # a lower-case "của" before the party is no name's inside
    ("Khoảng 4 giờ ngày 30/6, tổ tuần tra của Đồn Biên phòng Long Hòa (Bộ đội Biên phòng Thành phố Hồ Chí Minh) trong "
     "khi tuần tra trên biển đã phát hiện 1 tàu cá.", "tuần tra", "AGENT", "Đồn Biên phòng Long Hòa",
     "Bộ đội Biên phòng Thành phố Hồ Chí Minh"),
])
def test_bracketed_name_of_a_party_is_no_party(text, trigger, role, party, bracketed):
    args = _roles(text, trigger)
    assert party in args.get(role, []), args
    assert all(bracketed not in xs for xs in args.values()), args


def test_bracketed_name_stays_after_the_tail_of_a_longer_name():
    # "Liên Hiệp Quốc" ends the programme's name "UNDP" abbreviates
    text = ("Sáng 20-3, tại Đà Nẵng, Tổ chức Nghiên cứu và Hợp tác quốc tế Canada (CEIC) phối hợp với Chương trình Phát "
            "triển của Liên Hiệp Quốc (UNDP) đã tổ chức hội thảo “Xây dựng cộng đồng sinh thái”.")
    assert "UNDP" in _roles(text, "hội thảo").get("AGENT", [])


def test_bracketed_name_stays_when_it_alone_is_named():
    # the full name is part of the conference's name, no party: the abbreviation is the holder
    text = ("Chiều 7/11, tại Côn Minh, Thủ tướng Phạm Minh Chính dự Hội nghị Cấp cao hợp tác Campuchia-Lào-Myanmar-"
            "Việt Nam (CLMV) lần thứ 11.")
    args = _roles(text, "Hội nghị")
    assert "CLMV" in args.get("AGENT", []), args
