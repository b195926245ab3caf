"""Event arguments, session 12 (vnextract.events roles; ANNOTATION.md 4 and 7). Who takes part: the party an agreement
is signed with, parties of a reciprocal meeting told with no host, the host who invited (no visitor), a place that only
ends a longer noun phrase (no subject), an office named with no holder, a place given aid (TARGET), the one visited
after a second care verb. When and where: the day a named meeting opens or closes, the day told with an occasion, a
body named as the venue, a trip told as ended, a forum's stated place, a place fronted before another happening."""
import pytest

from .conftest import event_roles as _roles


# ------------------------------------------------ first round: signers, a named meeting's day, reciprocal parties
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


# ------------------------------------------------ second round: who takes part
def test_inviting_host_is_no_visitor():
    # "kết thúc chuyến thăm ... tới X theo lời mời của Y": Y invited, the subject made the visit (AGENT)
    args = _roles("Tối 25/4, Chủ tịch nước Lương Cường và Đoàn đại biểu cấp cao Việt Nam đã về tới sân bay quốc tế Nội "
                  "Bài, Thủ đô Hà Nội, kết thúc tốt đẹp chuyến thăm cấp Nhà nước tới CHDCND Lào theo lời mời của Tổng "
                  "Bí thư Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào, Chủ tịch nước Cộng hòa Dân chủ Nhân dân "
                  "Lào Thongloun Sisoulith.", "thăm")
    assert args.get("AGENT") == ["Lương Cường"], args


def test_place_after_a_feature_noun_is_no_subject():
    # "đang ở thành phố Bethlehem, khu Bờ Tây và có cuộc gặp gỡ": the place after "khu" is where he is
    args = _roles("Tổng thống Trump đang ở thành phố Bethlehem, khu Bờ Tây và có cuộc gặp gỡ với lãnh đạo Palestine "
                  "Mahmoud Abbas.", "gặp gỡ")
    assert args.get("AGENT") == ["Trump"], args


def test_place_ending_a_programme_name_is_no_subject():
    # "chương trình ... Một thoáng Sài Gòn nhằm gây quỹ ủng hộ": the city ends the programme's name, it gives nothing
    args = _roles("Ủy ban VNVNONN TP cùng Công ty BaBi sẽ tổ chức chương trình ca múa nhạc thời trang Một thoáng Sài Gòn "
                  "nhằm gây quỹ ủng hộ các nạn nhân người Việt bị thiên tai.", "ủng hộ")
    assert "Sài Gòn" not in args.get("AGENT", []), args


def test_place_inside_a_longer_name_before_the_person_is_dropped():
    # "Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) Bành Thanh Hoa": the person visits
    text = ("Chiều tối 10/2, tại Quảng Ninh, Thủ tướng Nguyễn Xuân Phúc đã tiếp Bí thư Khu ủy Khu tự trị dân tộc Choang "
            "Quảng Tây (Trung Quốc) Bành Thanh Hoa đang có chuyến thăm Việt Nam.")
    assert _roles(text, "thăm", at=text.index("thăm")).get("AGENT") == ["Bành Thanh Hoa"]


def test_name_tail_in_a_joint_subject_keeps_the_shared_role():
    # "lực lượng Cảng sát biển Nhật Bản và Việt Nam sẽ ... diễn tập ... chung": Nhật Bản only ends the force's name;
    # Việt Nam keeps the role found for both (PARTICIPANT of a joint drill)
    args = _roles("Trong khuôn khổ chuyến thăm của tàu Cảnh sát biển biển Nhật Bản mang tên Echigo (PLH08), lực lượng "
                  "Cảng sát biển Nhật Bản và Việt Nam sẽ có hoạt động diễn tập huấn luyện chung trên biển.", "diễn tập")
    assert args.get("PARTICIPANT") == ["Việt Nam"] and "AGENT" not in args, args


@pytest.mark.parametrize("text, trigger, role, parties", [
    ("Trước đó, ngày 2/6, Thủ tướng Phan Văn Khải đã có cuộc hội kiến với Chủ tịch Hạ nghị viện Nhật Bản; tiếp thân "
     "mật Chủ tịch Liên minh Nghị sĩ giao lưu kinh tế Nhật Bản - Việt Nam và Phó chủ tịch Hội Hữu nghị Nhật Bản - Việt "
     "Nam.", "hội kiến", "PARTICIPANT", ["Chủ tịch"]),
    ("Trước đó, ngày 2/6, Thủ tướng Phan Văn Khải đã có cuộc hội kiến với Chủ tịch Hạ nghị viện Nhật Bản; tiếp thân "
     "mật Chủ tịch Liên minh Nghị sĩ giao lưu kinh tế Nhật Bản - Việt Nam và Phó chủ tịch Hội Hữu nghị Nhật Bản - Việt "
     "Nam.", "tiếp", "TARGET", ["Chủ tịch", "Phó chủ tịch"]),
    ("Sáng 14/6, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường, Chủ tịch Hội đồng Quốc phòng và An ninh, Thống lĩnh các "
     "lực lượng vũ trang, đã chủ trì buổi lễ trao Quyết định thăng cấp bậc hàm Thượng tướng đối với ba Thứ trưởng Bộ "
     "Công an.", "trao Quyết định", "TARGET", ["Thứ trưởng"]),
    # counted offices joined by "và"; the person after the comma opens a clause of his own
    ("Chiều tối 26/8, ngay sau khi Tổng Bí thư, Chủ tịch nước Tô Lâm trao quyết định của Chủ tịch nước bổ nhiệm chức "
     "vụ với 3 đồng chí Phó Thủ tướng và 2 đồng chí Bộ trưởng, Thủ tướng Phạm Minh Chính đã chủ trì cuộc gặp mặt.",
     "trao quyết định", "TARGET", ["Phó Thủ tướng", "Bộ trưởng"]),
])
def test_office_with_no_holder_is_the_party(text, trigger, role, parties):
    args = _roles(text, trigger)
    assert args.get(role) == parties, args
    assert "Nhật Bản" not in args.get("PARTICIPANT", []) + args.get("TARGET", []), args


def test_office_named_with_its_holder_gives_the_holder():
    # "tiếp Đại sứ Liên minh châu Âu (EU) tại Việt Nam Julien Guerrier": the person, not the office
    args = _roles("Chiều 17/6, tại Nhà Quốc hội, Chủ tịch Quốc hội Trần Thanh Mẫn tiếp Đại sứ Liên minh châu Âu (EU) "
                  "tại Việt Nam Julien Guerrier.", "tiếp")
    assert args.get("TARGET") == ["Julien Guerrier"], args


def test_office_before_a_missed_name_is_no_party():
    # "Phó Thủ tướng, Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sokhonn": one holder, named
    args = _roles("Chiều 12/12, Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã có cuộc điện đàm với Phó "
                  "Thủ tướng, Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sokhonn.", "điện đàm")
    assert args.get("PARTICIPANT") == ["Prak Sokhonn"], args


def test_office_of_a_person_named_after_a_comma_gives_the_person():
    # "tiếp Ủy viên Bộ Chính trị ..., Chủ tịch Quốc hội Cuba X đang thăm ...": one holder, named (a relative clause)
    args = _roles("Chiều 29/7, tại Trụ sở Trung ương Đảng, Tổng Bí thư Tô Lâm đã tiếp Ủy viên Bộ Chính trị Đảng Cộng sản "
                  "Cuba, Chủ tịch Quốc hội Cuba Esteban Lazo Hernández đang thăm và làm việc tại Việt Nam.", "tiếp")
    assert args.get("TARGET") == ["Esteban Lazo Hernández"], args


def test_office_met_by_a_subject_in_an_aside_is_no_party():
    # the subject found is inside brackets (an aside): no office is taken for the one met
    args = _roles("Ông là lãnh đạo thứ 3 từ Đông Á (sau Thủ tướng Nhật Bản Shinzo Abe và Chủ tịch Trung Quốc Tập Cận Bình) "
                  "đến gặp Tổng thống Mỹ.", "gặp")
    assert "Tổng thống" not in args.get("PARTICIPANT", []) + args.get("TARGET", []), args


def test_caption_with_no_named_party_takes_no_office():
    # a caption with an unnamed subject: its parties are named in the lead, the bare office is no TARGET
    args = _roles("Thủ tướng tiếp Phó Chủ tịch Quân ủy Trung ương Trung Quốc. Thượng tướng Phạm Trường Long cũng vui "
                  "mừng.", "tiếp")
    assert "Phó Chủ tịch" not in args.get("TARGET", []), args


@pytest.mark.parametrize("text, trigger, targets", [
    ("Bộ Y tế cũng đã hỗ trợ khẩn cấp 300 áo phao, 100 cơ số thuốc, 450.000 viên Clomin sát trùng nước cho tỉnh Nam "
     "Định.", "hỗ trợ", ["Nam Định"]),
    ("Năm 2016, Sơn La đã trích từ nguồn ngân sách của địa phương số tiền 26,1 tỷ đồng giúp 8 tỉnh Bắc Lào xây dựng một "
     "số công trình.", "giúp", ["Bắc Lào"]),
])
def test_place_given_aid_is_target(text, trigger, targets):
    args = _roles(text, trigger)
    assert args.get("TARGET") == targets and "LOC" not in args, args


@pytest.mark.parametrize("text, trigger, targets", [
    # the family of one who has died
    ("Nhân dịp tham dự Lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam, sáng 30/4, tại Thành phố Hồ Chí Minh, Chủ tịch Quốc "
     "hội Trần Thanh Mẫn đã tới thắp hương tưởng nhớ, tri ân và thăm gia đình cố Chủ tịch Quốc hội Nguyễn Hữu Thọ.",
     "thăm", ["Nguyễn Hữu Thọ"]),
    # an academic descriptor after a second care verb
    ("Sáng 11/1, tại Hà Nội, Trưởng ban Tuyên giáo Trung ương Nguyễn Trọng Nghĩa đến thăm, chúc Tết GS.TS Phạm Gia "
     "Khánh, nguyên Giám đốc Học viện Quân y.", "đến thăm", ["Phạm Gia Khánh"]),
    # the bodies delegations come from
    ("Trong thời gian thăm TP HCM, chiến hạm sẽ đón tiếp các phái đoàn của Quân khu 7, hải quân Việt Nam, sinh viên "
     "trường ĐH và các tổ chức từ thiện.", "đón tiếp", ["Quân khu 7", "hải quân Việt Nam"]),
])
def test_one_visited_after_a_descriptor(text, trigger, targets):
    assert _roles(text, trigger).get("TARGET") == targets


# ------------------------------------------------ second round: when and where
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
