"""Event arguments, session 12 second round (vnextract.events roles; ANNOTATION.md 4 and 7): who takes part. The
host who invited is no visitor, a place that only ends a longer noun phrase is no subject, an office named with no
holder is the party, a place given aid is its TARGET, and the one visited after a second care verb."""
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
