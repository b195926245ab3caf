"""Event arguments, session 12 classes (vnextract.events roles; ANNOTATION.md 4 and 7): the party an agreement is
signed with, the day a named meeting opens or closes, parties of a reciprocal meeting told with no host."""
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


# the party an agreement is signed "với" signs it too: AGENT (section 7: signer = AGENT)
@pytest.mark.parametrize("text, trigger, agents", [
    ("Chiều 9/4, Báo Nhân Dân đã ký kết hợp tác với Cục Cảnh sát quản lý hành chính về trật tự xã hội (C06) - Bộ "
     "Công an về việc phát hành nội dung Báo Nhân Dân trên các nền tảng này.", "ký kết",
     ["Báo Nhân Dân", "Cục Cảnh sát quản lý hành chính về trật tự xã hội"]),
    ("Hôm qua, Công ty liên doanh Mercedes - Benz Việt Nam (MBV) đã ký hợp đồng với Công ty Xe khách Sài Gòn cung cấp "
     "200 xe buýt phục vụ vận tải công cộng TP HCM.", "ký", ["Công ty Xe khách Sài Gòn"]),
])
def test_signed_with_is_agent(text, trigger, agents):
    args = _roles(text, trigger)
    assert all(a in args.get("AGENT", []) for a in agents), args
    assert not set(agents) & set(args.get("PARTICIPANT", [])), args


def test_partner_of_an_alternative_act_is_no_signer():
    # "ký thỏa thuận hoặc áp dụng miễn thị thực ... với X": X is not said to sign
    args = _roles("Trước đó, Việt Nam đã ký thỏa thuận hoặc áp dụng miễn thị thực cho người mang hộ chiếu phổ thông "
                  "với Philippines, Thái Lan, Malaysia, Singapore và Indonesia.", "ký")
    assert "Philippines" in args.get("PARTICIPANT", []) and "Philippines" not in args.get("AGENT", []), args


# a year in the name of a meeting yields to the day it opens or closes, told after it in the sentence
@pytest.mark.parametrize("text, trigger, date", [
    ("Hội nghị cấp cao Á- Phi 2005 tổ chức tại Jakarta- Indonesia đã bế mạc chiều 23-4 sau 2 ngày làm việc.",
     "Hội nghị", ["chiều 23-4"]),
    ("Khai mạc Phiên họp thứ 41 của Ủy ban Thường vụ Quốc hội\n(Chinhphu.vn) – Phiên họp thứ 41 – Phiên họp đầu tiên "
     "của Ủy ban Thường vụ Quốc hội trong năm 2025 khai mạc sáng nay (6/1) tại Nhà Quốc hội dưới sự chủ trì của Ủy "
     "viên Bộ Chính trị, Chủ tịch Quốc hội Trần Thanh Mẫn.", "họp", ["sáng nay (6/1)"]),
])
def test_opening_or_closing_day_dates_the_meeting(text, trigger, date):
    assert _roles(text, trigger).get("DATE") == date


def test_parties_after_fronted_talks_take_part():
    # "sau khi hội đàm, A và B đã chứng kiến ...": the talks have no host; both take part (section 7)
    args = _roles("Sáng 9/4, sau khi hội đàm, Thủ tướng Phạm Minh Chính và Thủ tướng Vương quốc Tây Ban Nha Pedro "
                  "Sanchez đã chứng kiến lễ trao các văn kiện hợp tác giữa các bộ, ngành, cơ quan hai nước.", "hội đàm")
    assert sorted(args.get("PARTICIPANT", [])) == ["Pedro Sanchez", "Phạm Minh Chính"], args
    assert "AGENT" not in args, args


def test_fronted_talks_told_with_a_partner_keep_its_host():
    # the talks told elsewhere as "A hội đàm với B": A holds them, the fronted mention does not undo it
    text = ("Chiều nay, Đại tướng Ngô Xuân Lịch đã hội đàm với Thượng tướng Phạm Trường Long. Kết thúc hội đàm, Đại "
            "tướng Ngô Xuân Lịch và Thượng tướng Phạm Trường Long đã ký kết Thỏa thuận hợp tác đào tạo.")
    args = _roles(text, "hội đàm")
    assert args.get("AGENT") == ["Ngô Xuân Lịch"] and args.get("PARTICIPANT") == ["Phạm Trường Long"], args


def test_joint_talks_with_attendance_named_after():
    # "A và B đã tiến hành hội đàm với sự tham gia của ...": no partner after the verb, both take part
    args = _roles("Ngay sau lễ đón, Đại tướng Ngô Xuân Lịch và Thượng tướng Phạm Trường Long đã tiến hành hội đàm "
                  "với sự tham gia của đoàn đại biểu quân sự cấp cao 2 nước.", "hội đàm")
    assert sorted(args.get("PARTICIPANT", [])) == ["Ngô Xuân Lịch", "Phạm Trường Long"], args
    assert "AGENT" not in args, args


# a visit named in a fronted programme or continuation of the trip takes no date of the main clause's act
@pytest.mark.parametrize("text, trigger", [
    ("Sáng ngày 5/3, trong chương trình chuyến thăm chính thức Australia, Thủ tướng Chính phủ Phạm Minh Chính đã dự "
     "lễ và cắt băng khai trương Viện Chính sách Australia – Việt Nam tại Đại học RMIT, thành phố Melbourne.", "thăm"),
    ("Tô Lâm thăm Đại học Trinity\nTiếp tục chuyến thăm cấp Nhà nước tới Ireland, chiều 2/10, tại thủ đô Dublin, Tổng "
     "Bí thư, Chủ tịch nước Tô Lâm và Đoàn đại biểu cấp cao Việt Nam đã đến thăm Trường Đại học Trinity Dublin.", "thăm"),
])
def test_fronted_trip_takes_no_dateline(text, trigger):
    args = _roles(text, trigger)
    assert "DATE" not in args and args.get("AGENT") in (["Phạm Minh Chính"], ["Tô Lâm"]), args


def test_act_inside_continued_trip_keeps_its_date():
    text = ("Tô Lâm thăm Đại học Trinity\nTiếp tục chuyến thăm cấp Nhà nước tới Ireland, chiều 2/10, tại thủ đô Dublin, "
            "Tổng Bí thư, Chủ tịch nước Tô Lâm và Đoàn đại biểu cấp cao Việt Nam đã đến thăm Trường Đại học Trinity Dublin.")
    args = _roles(text, "đến thăm")
    assert args.get("DATE") == ["chiều 2/10"] and args.get("TARGET") == ["Trường Đại học Trinity Dublin"], args


def test_act_after_a_programme_keeps_the_dateline():
    # the programme phrase closes at its comma: the visit after it is the main clause's, dated by the dateline
    args = _roles("Tối 2/2 (tức mùng 5 Tết Ất Tỵ), trong chương trình công tác tại Lạng Sơn, Thủ tướng Phạm Minh Chính "
                  "tới thăm, tặng quà, động viên lực lượng Bộ đội Biên phòng đang làm nhiệm vụ tại Cửa khẩu Tân Thanh.",
                  "thăm")
    assert args.get("DATE") == ["Tối 2/2"], args
