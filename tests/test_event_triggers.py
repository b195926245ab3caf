"""Event triggers, blocks, status and merging (vnextract.events mentions): ANNOTATION.md sections 4 and 7."""
import pytest

import vnextract


def _events(text):
    return [(e.type, text[e.trigger.start:e.trigger.end]) for e in vnextract.extract(text).events]


@pytest.mark.parametrize("text, expected", [
    # plural honorifics and a former title after "gặp"
    ("Sáng 25/4, Chủ tịch nước Lương Cường đã gặp các đồng chí nguyên Tổng Bí thư, nguyên Chủ tịch nước Lào.",
     ("MEETING", "gặp")),
    # "ký vào" + a document
    ("Hồi tháng 5, ba bên cùng ký vào một bản ghi nhớ thành lập các vùng giảm căng thẳng.", ("AGREEMENT", "ký")),
    # an award told from the receiving side: the award noun is the trigger
    ("Chị Trần Thị Hòa và chị Đặng Thị Hòa vừa nhận bằng khen lao động ưu tú tại Đài Loan.", ("AWARD", "bằng khen")),
    ("Ngày 24/5/2017, Lữ đoàn pháo binh 490 đã đón nhận bằng khen của Thủ tướng Chính phủ.", ("AWARD", "bằng khen")),
    # a dialogue forum named by its place
    ("Trưởng phái đoàn Nga ở Đối thoại Astana về Syria, Alexander Lavrentyev cho biết như vậy.",
     ("MEETING", "Đối thoại")),
    # money given by a body
    ("Toàn bộ số tiền 20.000 USD đầu tư cho dự án trong giai đoạn thí điểm do Công ty BP đóng góp.",
     ("AID", "đóng góp")),
    ("Hội liên hiệp Phụ nữ tỉnh Đắk Nông được tài trợ 360 triệu đồng để tiến hành dự án.", ("AID", "tài trợ")),
    # "bắt" with a quantity of goods or animals: SEIZURE, not ARREST
    ("11 tháng qua, kiểm lâm đã bắt 1.981 kg thú quý trong địa bàn.", ("SEIZURE", "bắt")),
    # a prize-giving
    ("Được biết, lễ trao giải cuộc thi Holcim khu vực châu Á sẽ diễn ra tại Bắc Kinh.", ("AWARD", "trao giải")),
])
def test_trigger_found(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, absent", [
    # a message of sympathy is no visit
    ("Thủ tướng Phạm Minh Chính đã gửi điện thăm hỏi tới Quyền Tổng thống Hàn Quốc.", "VISIT"),
    ("Chủ tịch nước đã gửi thư thăm hỏi gia đình các nạn nhân.", "VISIT"),
    # hostage-taking is no arrest
    ("Các đối tượng khủng bố đánh chiếm các mục tiêu và bắt giữ con tin, đưa ra các yêu sách.", "ARREST"),
    # training named as a duty
    ("Cần nâng cao chất lượng xây dựng, huấn luyện lực lượng chuyên trách chống khủng bố.", "TRAINING"),
    # a habit is no happening
    ("Mỗi ngày cơ quan này đón tiếp, làm việc với các phái đoàn giáo dục quốc tế.", "MEETING"),
    # "bắt" with a quantity of goods names no arrest; a contribution of ideas is no aid
    ("11 tháng qua, kiểm lâm đã bắt 1.981 kg thú quý trong địa bàn.", "ARREST"),
    ("Các đại biểu đã đóng góp nhiều ý kiến vào dự thảo.", "AID"),
])
def test_no_trigger(text, absent):
    assert absent not in [t for t, _ in _events(text)]


# ---------------------------------------------------------------- false and duplicate events on unseen text
@pytest.mark.parametrize("text, absent", [
    # modality: a proposal inside a directive
    ("Ông yêu cầu các lực lượng chủ động đề xuất khởi tố các vụ việc buôn lậu.", "khởi tố"),
    # the aim of another act
    ("Bình Nhưỡng cáo buộc các cuộc tập trận này là để tập dượt cho kịch bản tấn công.", "tập dượt"),
    ("Tàu chiến Mỹ đã có mặt tại Qatar để diễn tập quân sự.", "diễn tập"),
    # repeated acts
    ("Bình Nhưỡng nhiều lần cáo buộc các cuộc tập trận này là hành động khiêu khích.", "tập trận"),
    # habitual, with a comma after the adverb; catching animals, collecting one's gear
    ("Thỉnh thoảng, anh cũng bắt được rùa, ba ba.", "bắt"),
    ("200 cần câu rải rác khắp nơi, anh Tụ thu hồi không sót một cây cần.", "thu hồi"),
    # sightseeing in a list of travel verbs
    ("Ông sang Lai Vung (Đồng Tháp), thăm chợ nổi Trà Ôn (Vĩnh Long), qua miệt biển.", "thăm"),
    # a stock photo: indefinite act, caption with a credit and no date
    ("Quảng Ninh chống buôn lậu\nTang vật thu giữ tại một vụ buôn lậu trứng gà ở Móng Cái. Ảnh: Minh Hà\n"
     "Ông Long cho biết như vậy.", "thu giữ"),
    ("Triều Tiên cảnh báo\nQuân đội Triều Tiên tập trận pháo binh (Ảnh: KCNA) Bộ Chỉ huy Lục quân cho biết như vậy.",
     "tập trận"),
])
def test_proposal_aim_habit_and_stock_photo_no_event(text, absent):
    assert absent not in [t for _, t in _events(text)]


@pytest.mark.parametrize("text, expected", [
    # "kiểm tra, làm việc tại ORG"
    ("Sáng 12/7, Đại tướng Ngô Xuân Lịch kiểm tra, làm việc tại Tổng công ty Tân Cảng Sài Gòn.",
     ("MEETING", "làm việc")),
    # "ký một hợp đồng", "ký các thỏa thuận"
    ("Ban đầu, Bộ Quốc phòng Nga đã ký một hợp đồng cung cấp 60 máy bay tiêm kích Su-30SM.", ("AGREEMENT", "ký")),
    # a named member of a series, not the umbrella plural
    ("Trong khuôn khổ triển lãm, một loạt hội nghị quan trọng đã được tổ chức, bao gồm Hội nghị An ninh Hàng hải "
     "Quốc tế lần thứ 5.", ("MEETING", "Hội nghị")),
    # a training held to train is kept ("dùng để huấn luyện")
    ("Đây là căn cứ Mỹ dùng để huấn luyện lực lượng đối lập.", ("TRAINING", "huấn luyện")),
])
def test_work_visit_signing_series_member_and_purpose_training_kept(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, n, trigger_start", [
    # a bare "Hội nghị" opening a clause names the conference told before
    ("Chiều 26/5, Thường vụ Quân ủy Trung ương và Thường vụ Thành ủy Hà Nội tổ chức Hội nghị phối hợp lãnh đạo. "
     "Bí thư Hoàng Trung Hải cho rằng, Hội nghị là dịp để hai bên rà soát.", 1, "Hội nghị phối"),
    ("Sáng 27/6, tại Hà Nội, Quân ủy Trung ương tổ chức hội nghị quân chính toàn quân. "
     "Hội nghị nhằm đánh giá kết quả 6 tháng đầu năm.", 1, "hội nghị quân"),
    # "chuyến thăm Việt Nam lần này của X" joins the visit told before
    ("Thượng tướng Phạm Trường Long thăm hữu nghị chính thức Việt Nam từ ngày 18 - 19/6. Bộ Quốc phòng hết sức coi "
     "trọng chuyến thăm Việt Nam lần này của Thượng tướng Phạm Trường Long.", 1, "thăm hữu"),
])
def test_bare_noun_and_visit_told_again_one_record(text, n, trigger_start):
    evs = [e for e in vnextract.extract(text).events if e.type in ("MEETING", "VISIT")]
    assert len(evs) == n and evs[0].trigger.start == text.index(trigger_start)


@pytest.mark.parametrize("text, absent", [
    # a place named by its use
    ("UBND huyện đã hoàn thành thủ tục cấp đất tại xã Sơn Đà để xây dựng thao trường huấn luyện chống khủng bố.",
     ("TRAINING", "huấn luyện")),
    # an activity in a list of skills
    ("Học viên được rèn kỹ năng soạn thảo thư tín, thuyết trình, đàm phán và hội họp bằng tiếng Anh.",
     ("MEETING", "họp")),
    # repeated acts
    ("Tại nhiều cuộc họp với lãnh đạo thành phố, ngành giáo dục đã lên tiếng.", ("MEETING", "họp")),
    ("Đồng thời, Nga cũng liên tiếp tiến hành các cuộc tập trận quân sự quy mô lớn trên lãnh thổ.",
     ("EXERCISE", "tập trận")),
    # conditions and a rhetorical question
    ("Ông nói: Nếu có nhu cầu quốc phòng sẽ thu hồi vô điều kiện.", ("SEIZURE", "thu hồi")),
    ("Ông Kiên nhìn nhận khi hợp đồng được ký kết sai thẩm quyền thì theo pháp luật, hợp đồng này vô hiệu.",
     ("AGREEMENT", "ký kết")),
    ("Ai là người ký kết hợp đồng sân golf người đó phải chịu trách nhiệm.", ("AGREEMENT", "ký kết")),
])
def test_non_event_sense(text, absent):
    assert absent not in _events(text)


@pytest.mark.parametrize("text, expected", [
    # a signing told with its object after a plural subject
    ("Theo Phó chủ nhiệm Ủy ban Kinh tế Nguyễn Đức Kiên, các đơn vị ký hợp đồng sử dụng đất quốc phòng làm sân golf "
     "tại Tân Sơn Nhất là sai luật.", ("AGREEMENT", "ký")),
    # a signing after "sau khi" is a time, not a condition
    ("Quan hệ phát triển sau khi hai nước ký kết thỏa thuận hợp tác quốc phòng thì càng bền chặt.",
     ("AGREEMENT", "ký kết")),
])
def test_signing_with_object(text, expected):
    assert expected in _events(text)


def test_planned_after_long_subject():
    text = ("Tiếng Anh cho nhà quản lý\nNgày 19/8, hội thảo giới thiệu khoá học tiếng Anh Hiệu quả trong kinh doanh cho "
            "các nhà quản lý nhân viên văn phòng sẽ diễn ra tại khách sạn Sheraton Hà Nội.")
    evs = [e for e in vnextract.extract(text).events if e.type == "MEETING"]
    assert [(text[e.trigger.start:e.trigger.end], e.status) for e in evs] == [("hội thảo", "planned")]


@pytest.mark.parametrize("text, absent", [
    # an obligation reaching the act through a dispatch verb
    ("Hai nơi này phải nhanh chóng cử cơ quan đến làm việc với Bộ Quốc phòng để triển khai sớm.",
     ("MEETING", "làm việc")),
    # a quality of a force
    ("Lực lượng chiến binh thánh chiến được huấn luyện rất tốt, được các công tác tuyên truyền hỗ trợ.",
     ("TRAINING", "huấn luyện")),
    # a weapon set up and packed away
    ("Hệ thống này bị hạn chế về tính cơ động và thời gian triển khai và thu hồi, ảnh hưởng tới khả năng tác chiến.",
     ("SEIZURE", "thu hồi")),
    # a market day
    ("Chợ đồ cổ ở phố Hàng Mã chỉ họp chợ vào dịp Tết.", ("MEETING", "họp")),
    # acts named as an aim
    ("Mục đích của việc này là nhằm nâng cấp các hệ thống vũ khí, huấn luyện các lực lượng tinh nhuệ.",
     ("TRAINING", "huấn luyện")),
    # a social programme item
    ("Thủy thủ sẽ tham gia giao lưu thể thao và gặp gỡ người dân Việt Nam.", ("MEETING", "gặp gỡ")),
    # a drill in an agency's stock photo caption
    ("Hàn Quốc tăng chi tiêu quốc phòng\nCác binh sỹ Hàn Quốc tham gia cuộc tập trận Đại bàng non. Ảnh: EPA/TTXVN "
     "Phát biểu tại Seoul, ông Moon cho biết sẽ tăng ngân sách.", ("EXERCISE", "tập trận")),
])
def test_non_event_in_clause(text, absent):
    assert absent not in _events(text)


def test_drill_caption_kept_without_agency_credit():
    text = ("Tập trận chung\nBinh sĩ Mỹ và Hàn Quốc tham gia cuộc tập trận Đại bàng non ngày 3/4. Ảnh: TTXVN "
            "Cuộc tập trận kéo dài hai tuần.")
    assert ("EXERCISE", "tập trận") in _events(text)


@pytest.mark.parametrize("text, n_visits", [
    # a possessive pronoun for the visitor
    ("Tàu Úc thăm Đà Nẵng\nNgày 4/6, tàu chiến HMAS Ballarat của Hải quân Australia sẽ thăm Việt Nam. Thủy thủ đoàn "
     "đang trông chờ chuyến thăm của họ tới Đà Nẵng.", 1),
    # a ship counted among visits
    ("Tàu Úc thăm Đà Nẵng\nNgày 4/6, tàu chiến HMAS Ballarat của Hải quân Australia sẽ thăm Việt Nam. HMAS Ballarat "
     "là tàu chiến thứ 23 của Hải quân Hoàng gia Australia thăm thiện chí Việt Nam kể từ khi hai nước thiết lập quan hệ.", 1),
])
def test_visit_told_again(text, n_visits):
    evs = [e for e in vnextract.extract(text).events if e.type == "VISIT"]
    assert len(evs) == n_visits
    assert [(text[e.trigger.start:e.trigger.end], e.status) for e in evs] == [("thăm", "planned")]


@pytest.mark.parametrize("body, expected", [
    # a planned marker governs the coordinated verbs of its clause
    ("Tổng thống Mỹ Donald Trump sẽ thăm Việt Nam vào tháng 11, làm việc với Chính phủ Việt Nam và gặp gỡ "
     "Chủ tịch nước Trần Đại Quang.",
     [("VISIT", "thăm", "planned"), ("MEETING", "làm việc", "planned"), ("MEETING", "gặp gỡ", "planned")]),
    # a verb told as done after a comma keeps its own tense; a later "sẽ" plans only its own verb
    ("Ông Nguyễn Văn A đã thăm Lào, sau đó ông sẽ gặp Thủ tướng Lào.",
     [("VISIT", "thăm", "occurred"), ("MEETING", "gặp", "planned")]),
])
def test_planned_marker_over_coordinated_verbs(body, expected):
    text = "Tin thời sự\n" + body
    got = [(e.type, text[e.trigger.start:e.trigger.end], e.status) for e in vnextract.extract(text).events]
    assert got == expected


@pytest.mark.parametrize("body, typ, trigger, start, date", [
    # a passive signing with the two signers, dated
    ("Nga chấm dứt thực thi thỏa thuận phòng ngừa sự cố trên không với Mỹ tại Syria, được hai nước ký từ tháng 10-2015.",
     "AGREEMENT", "ký", 93, "tháng 10-2015"),
    # a named forum at whose margins one speaks
    ("Ông Mattis, trả lời câu hỏi của phóng viên bên lề Diễn đàn Sangri La-2017 đang diễn ra tại Singapore, cho biết.",
     "MEETING", "Diễn đàn", 50, None),
])
def test_passive_signing_and_margin_forum(body, typ, trigger, start, date):
    text = "Tin thời sự\n" + body
    r = vnextract.extract(text)
    ev = next(e for e in r.events if e.type == typ)
    assert (text[ev.trigger.start:ev.trigger.end], ev.trigger.start) == (trigger, start + len("Tin thời sự\n"))
    if date:
        ents = {x.id: x for x in r.entities}
        assert [ents[i].text for i in ev.args["DATE"]] == [date]


# --- meetings with other full names, inauguration, receptions, official trips
import pytest as _pytest
import vnextract as _vx


@_pytest.mark.parametrize("text,expected", [
    # a named meeting with a body's acronym is another happening than one of another name (other level or body)
    ("Tin thời sự\nNgày 23-5 tại Manila đã diễn ra Hội nghị SOM ASEAN+3 và Hội nghị SOM EAS. Tại Hội nghị SOM ASEAN + 3, các nước "
     "nhất trí tổ chức Hội nghị Cấp cao kỷ niệm ASEAN+3 vào tháng 11-2017.",
     [("MEETING", 44, (44, 90)), ("MEETING", 68, (68,)), ("MEETING", 140, (140,))]),
    # one name, a shorter form of it: one happening
    ("Hội nghị Thượng đỉnh G20 khai mạc ngày 7/7 tại Hamburg. Hội nghị G20 kết thúc ngày 8/7.",
     [("MEETING", 0, (0, 56))]),
])
def test_other_named_meetings(text, expected):
    got = [(e.type, e.trigger.start, tuple(m.start for m in e.mentions)) for e in _vx.extract(text).events]
    assert got == expected


@_pytest.mark.parametrize("text,expected", [
    ("Một tuần sau khi ông Donald Trump chính thức nhậm chức Tổng thống Mỹ, NATO đã họp.",
     [("APPOINTMENT", 45, "trg.appointment.nham_chuc"), ("MEETING", 78, "trg.meeting.hop")]),
    ("Quan hệ hai nước phát triển kể từ khi ông Ishiba nhậm chức Thủ tướng Nhật Bản.",
     [("APPOINTMENT", 49, "trg.appointment.nham_chuc")]),
    ("Ngay trước thềm lễ nhậm chức Tổng thống Mỹ của ông Donald Trump, Nga đã lên tiếng.", []),
    ("Tổng thống Trump không lâu sau khi nhậm chức đã rút Mỹ khỏi TPP.", []),
    ("Bà Inada đưa ra tuyên bố hôm 5/2 - một ngày sau khi đón tiếp người đồng cấp Mỹ James Mattis tại Tokyo.",
     [("MEETING", 52, "trg.meeting.don_tiep")]),
    ("Chiến sĩ Vùng 4 Hải quân chuẩn bị nghi thức đón tiếp phái đoàn Hải quân Mỹ.", []),
    ("Ban Quản lý Lăng đã đón tiếp, phục vụ tận tình 31.912 lượt khách.", []),
    ("Chuyến công du của Bộ trưởng Mattis tới Nhật Bản diễn ra ngày 3/2.", [("VISIT", 7, "trg.visit.cong_du")]),
])
def test_inauguration_reception_trip(text, expected):
    assert [(e.type, e.trigger.start, e.rule) for e in _vx.extract(text).events] == expected


def _spans(text):
    return [(e.type, e.trigger.start, text[e.trigger.start:e.trigger.end]) for e in vnextract.extract(text).events]


@pytest.mark.parametrize("text, expected", [
    # a work paid for by a body, told in brackets
    ("Du khách ngắm nhìn toàn cảnh nhà máy nước (do Chính phủ Đan Mạch tài trợ) và hồ Đan Kia.",
     ("AID", 65, "tài trợ")),
    # "Bằng chứng là chuyến ...": the copula brings in a visit of its own, not a visit described again
    ("Bằng chứng là chuyến công du đầu tiên của Bộ trưởng Quốc phòng Mỹ James Mattis đã chọn điểm đến là châu Á.",
     ("VISIT", 21, "công du")),
])
def test_trigger_kept_in_context(text, expected):
    assert expected in _spans(text)


@pytest.mark.parametrize("text, absent", [
    # a school grade
    ("Học bổng dành cho học sinh có điểm tổng kết cuối năm từ 7.0 trở lên.", "MEETING"),
])
def test_grade_is_no_meeting(text, absent):
    assert absent not in [t for t, _ in _events(text)]


def test_meeting_recalled_with_other_ordinal():
    text = ("Khai mạc Hội nghị lần thứ hai các quan chức cao cấp APEC\n"
            "Sáng nay, 17/5, Hội nghị lần thứ hai các quan chức cao cấp APEC đã khai mạc tại Hà Nội. "
            "Ông Bùi Thanh Sơn nhấn mạnh, kể từ sau Hội nghị lần thứ nhất các quan chức cao cấp APEC tại Nha Trang "
            "tháng 3/2017, các thành viên đã có nhiều tiến triển. Hội nghị cũng thảo luận về thương mại.")
    evs = vnextract.extract(text).events
    meetings = sorted((e.trigger.start, len(e.mentions)) for e in evs if e.type == "MEETING")
    first = text.index("Hội nghị lần thứ hai các quan chức cao cấp APEC đã")
    recalled = text.index("Hội nghị lần thứ nhất")
    assert [s for s, _ in meetings] == [first, recalled]
    last = text.rindex("Hội nghị")
    main = next(e for e in evs if e.trigger.start == first)
    assert last in [m.start for m in main.mentions]


def _typed(text):
    return [(e.type, e.trigger.start, text[e.trigger.start:e.trigger.end], e.status)
            for e in vnextract.extract(text).events]


@pytest.mark.parametrize("text, absent", [
    # a list of kinds of activity after "như" (guideline 7: general areas of cooperation)
    ("Hai nước sẽ mở rộng hợp tác trên nhiều mặt như trao đổi đoàn, đào tạo, tập trận chung và chia sẻ thông tin.",
     "EXERCISE"),
    ("Lực lượng này đảm nhận các nhiệm vụ như hộ tống tàu buôn, gìn giữ hòa bình và cứu trợ nhân đạo tại châu Phi.",
     "AID"),
    # humanitarian relief as an item of a list of tasks
    ("Ông đánh giá cao đóng góp của các nước trong việc khắc phục hậu quả chiến tranh, cứu trợ nhân đạo cho người "
     "dân tị nạn.", "AID"),
    # "more drills": a plural policy
    ("Kế hoạch gồm nâng cấp căn cứ, tiến hành thêm các cuộc diễn tập và điều động thêm tàu chiến tới khu vực.",
     "EXERCISE"),
    # an activity named with a general area of work: a routine duty
    ("Các tàu này sẽ hỗ trợ Bộ Tư lệnh Vùng 3 trong hoạt động tuần tra vùng biển và thực thi pháp luật.", "PATROL"),
    ("Nhật Bản tăng cường khả năng phòng thủ bằng cách tham gia các hoạt động huấn luyện và hợp tác phòng vệ.",
     "TRAINING"),
    # the use of equipment
    ("Con tàu được lắp đặt hệ thống radar hiện đại phục vụ tuần tra trên biển.", "PATROL"),
    # the content of a certificate
    ("Người lao động phải có giấy chứng nhận đã được tập huấn kiến thức về an toàn lao động.", "TRAINING"),
    # support of a plan is a stance, no aid
    ("Quốc hội nước này ủng hộ kế hoạch đầu tư 5 tỷ USD để nâng cấp hạ tầng quân sự.", "AID"),
    # money raised from the people for public works
    ("Con đường dài 3 km được làm với kinh phí 2 tỉ đồng do nhân dân địa phương đóng góp.", "AID"),
    # a message of greeting is no visit
    ("Đại sứ trân trọng chuyển lời thăm hỏi của Chủ tịch nước tới các cựu chiến binh.", "VISIT"),
])
def test_generic_activity_is_no_event(text, absent):
    assert absent not in [t for t, *_ in _typed(text)]


@pytest.mark.parametrize("text, expected", [
    # a scholarship given: AWARD
    ("Sáng 5/9, Quỹ Khuyến học tỉnh đã trao học bổng cho 50 học sinh nghèo vượt khó.",
     ("AWARD", 33, "trao học bổng", "occurred")),
    # an award proposed by a body: a planned award, not a hypothetical act
    ("Bộ Quốc phòng đã đề nghị truy tặng huân chương cho Thiếu tá Nguyễn Văn A.",
     ("AWARD", 25, "truy tặng", "planned")),
    # a real drill and a real patrol are kept
    ("Ngày 3/5, hải quân Mỹ và Nhật Bản đã tập trận chung tại Biển Đông.", ("EXERCISE", 37, "tập trận", "occurred")),
    ("Sáng 12/3, Đồn Biên phòng Bát Xát đã tuần tra dọc tuyến biên giới.", ("PATROL", 37, "tuần tra", "occurred")),
])
def test_specific_event_kept(text, expected):
    assert expected in _typed(text)


@pytest.mark.parametrize("text, absent", [
    # negated with "any"
    ("Trong 7 năm qua, hai bên chưa tiến hành bất cứ cuộc thảo luận chính thức nào.", "MEETING"),
    # a count of losses
    ("Quân đội Ukraine có 366 người chết, 429 người bị thương, 128 bị bắt và 158 mất tích.", "ARREST"),
    # a recollection of old times
    ("Các cựu học viên ôn lại những kỷ niệm về một thời cùng ăn, cùng ở và cùng huấn luyện bên nhau tại Việt Nam.",
     "TRAINING"),
    # a congress named in a resolution's name
    ("Tỉnh sẽ thực hiện các mục tiêu mà Nghị quyết Đại hội Đảng toàn quốc lần thứ XII và Đại hội Đảng bộ tỉnh lần thứ "
     "XVIII đã đề ra.", "MEETING"),
    # the topic of a document
    ("Có thể suy đoán văn kiện mới sẽ chủ yếu đề cập đến huấn luyện tác chiến liên hợp.", "TRAINING"),
    # what a conference is for
    ("Đây là dịp người dân gặp gỡ, bàn bạc với chính quyền.", "MEETING"),
    # a draw
    ("Khách mời tham gia chương trình rút thăm trúng thưởng với nhiều giải giá trị.", "VISIT"),
    # a tribute collected in history
    ("Những người lính được giao nhiệm vụ đi Hoàng Sa cắm mốc giữ đất, thu hồi sản vật cho triều đình.", "SEIZURE"),
    # an invitation with no time set
    ("Chủ tịch nước mời tổng thống sang thăm Việt Nam vào thời gian thích hợp.", "VISIT"),
    # aid named as a kind of project
    ("Chủ tịch nước đánh giá cao hiệu quả các dự án viện trợ và đầu tư của Canada ở Việt Nam.", "AID"),
    # a trigger word in scare quotes under a habit
    ("Ngày nào ông Nguyễn Hòa cũng “tuần tra” trên đoạn đường qua đèo Hải Vân.", "PATROL"),
    # an expectation of many drills
    ("Ông khẳng định hai nước sẽ tổ chức nhiều cuộc diễn tập hơn trong thời gian tới.", "EXERCISE"),
    # what a body has done since it was set up
    ("Từ khi thành lập đến nay, Trung tâm Gìn giữ hòa bình Việt Nam đã tập trung huấn luyện, bồi dưỡng cán bộ.",
     "TRAINING"),
    # one of several counted
    ("Buổi giao lưu này là một trong bốn cuộc gặp mặt được tổ chức trong năm nay tại Lào.", "MEETING"),
])
def test_non_factual_use_is_no_event(text, absent):
    assert absent not in [t for t, _ in _events(text)]


def test_nomination_for_a_vote_is_planned():
    text = ("Sáng 8/2, Tỉnh ủy Yên Bái trao Quyết định chỉ định đồng chí Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy và giới "
            "thiệu để HĐND tỉnh bầu giữ chức Chủ tịch UBND tỉnh.")
    evs = {(e.type, text[e.trigger.start:e.trigger.end]): e.status for e in vnextract.extract(text).events}
    assert evs[("APPOINTMENT", "bầu")] == "planned"
    assert evs[("APPOINTMENT", "trao Quyết định")] == "occurred"


@pytest.mark.parametrize("text, absent", [
    # a recovery talked about, with nothing seized after it
    ("“Việc thu hồi này hoàn toàn có thể khi nhu cầu cấp thiết cho lợi ích quốc gia”, ông Vân nói.", "SEIZURE"),
    ("Những sân golf không đáp ứng các điều kiện thì tới đây thu hồi hay làm gì?", "SEIZURE"),
    # the reporter's own encounter
    ("Trên đảo Sinh Tồn, tôi được gặp trung sĩ Nguyễn Thành Công, quê Nghệ An.", "MEETING"),
    # a vote left to a choice between two ways
    ("Những trường hợp này sẽ được Chính phủ trình Ủy ban thường vụ Quốc hội xem xét, quyết định việc bầu lại hoặc "
     "bầu bổ sung.", "APPOINTMENT"),
    # signing administrative papers
    ("+ Ký các văn bản của UBND tỉnh chấp thuận cho Công ty Cường Hưng đầu tư dự án tại xã Phước Tân.", "AGREEMENT"),
    ("Trực tiếp ký văn bản chỉ định thầu 02 dự án đường Phong Châu.", "AGREEMENT"),
])
def test_talked_about_acts_no_event(text, absent):
    assert absent not in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text, status", [
    # a coming time stated after the meeting
    ("MRT 23 cũng thể hiện sự ủng hộ của APEC đối với Hội nghị Bộ trưởng WTO lần thứ 11, tại Buenos Aires, Argentina, "
     "tháng 12 tới.", "planned"),
    ("Ông Trump dự kiến gặp lại ông Tập một lần nữa bên lề hội nghị thượng đỉnh G20 ở Đức vào tuần tới.", "planned"),
    # a past meeting before a range to a month
    ("Hai bên đã họp tại Hà Nội từ tháng 3 tới tháng 5 năm ngoái.", "occurred"),
])
def test_coming_time_status(text, status):
    assert [e.status for e in vnextract.extract(text).events if e.type == "MEETING"][-1:] == [status]


def test_signing_with_counterparty_kept():
    text = "Ngày 5/3, Công ty Điện Quang đã ký văn bản thỏa thuận hợp tác với Công ty Constrexim."
    assert ("AGREEMENT", "ký") in _events(text)


STOCK_CAPTION = ("Mỹ muốn Nhật chi nhiều hơn cho quốc phòng\nNhật Bản đang điều chỉnh chính sách quốc phòng.\n"
                 "Gần đây, quân đội Mỹ - Nhật tiến hành tập trận quy mô lớn. Ảnh: Sohu Tờ tuần san Toyo Keizai có bài viết về "
                 "chi tiêu quốc phòng của Nhật Bản.")


def test_foreign_outlet_stock_photo():
    # an undated drill captioned with a foreign outlet's credit ("Ảnh: Sohu") is a stock photo, no happening
    assert not [e for e in _events(STOCK_CAPTION) if e[0] == "EXERCISE"]


def _event_rows(text):
    r = vnextract.extract(text)
    ents = {x.id: x.text for x in r.entities}
    return [(e.type, e.status, e.trigger.start, e.trigger.end, {k: [ents[i] for i in v] for k, v in e.args.items()})
            for e in r.events]


@pytest.mark.parametrize("text, expected", [
    # the "kí" spelling of "ký", in the passive with the document before it: a planned or a past signing
    ("Theo kế hoạch, hợp đồng mua hai tàu hộ vệ sẽ được kí vào khoảng năm 2026.",
     ("AGREEMENT", "planned", 50, 52, {"DATE": ["năm 2026"]})),
    ("Hợp đồng cung cấp thiết bị đã được kí vào tháng 3/2017.",
     ("AGREEMENT", "occurred", 35, 37, {"DATE": ["tháng 3/2017"]})),
    # help given by a named body, told at the end of the clause with no amount
    ("Các nạn nhân đã được đội y tế của Hội Chữ thập đỏ Việt Nam hỗ trợ.",
     ("AID", "occurred", 59, 65, {"AGENT": ["Hội Chữ thập đỏ Việt Nam"]})),
    # a dialogue a body organized
    ("Chiều 22/4, Học viện Ngoại giao đã tổ chức Đối thoại giữa Bộ trưởng Bùi Thanh Sơn với sinh viên.",
     ("MEETING", "occurred", 43, 52, {"AGENT": ["Học viện Ngoại giao"], "PARTICIPANT": ["Bùi Thanh Sơn"],
                                      "DATE": ["Chiều 22/4"]})),
])
def test_trigger_class_found(text, expected):
    assert expected in _event_rows(text)


@pytest.mark.parametrize("text", [
    # words with "kí" that name no signing
    "Cô là thư kí của Công ty Hoà Bình và đã đăng kí dự thi.",
    # a policy of support, a need for help: no AID
    "Các hộ dân bị thu hồi đất mới được áp dụng chính sách hỗ trợ.",
    "Ba Lan đang được xem là tiền tuyến của NATO và rất cần Mỹ hỗ trợ.",
    # dialogue as a general aim, not a happening
    "Hai bên cần tăng cường đối thoại giữa các nước trong khu vực.",
])
def test_trigger_class_no_event(text):
    assert _event_rows(text) == []


@pytest.mark.parametrize("text, absent", [
    # an act in a long conditional clause (section 7: conditional acts)
    ("Nếu các công ty Việt Nam có ký kết thỏa thuận nào trong chuyến đi này thì đó là tín hiệu tốt.",
     ("AGREEMENT", "ký kết")),
    # earlier agreements named as a class
    ("Tổng bí thư đề nghị hai bên tích cực triển khai các thỏa thuận đã ký kết, phát huy hiệu quả các cơ chế hợp tác.",
     ("AGREEMENT", "ký kết")),
    # drills demanded to stop or called off
    ("Trung Quốc kêu gọi Washington ngừng các cuộc tập trận quân sự và bán vũ khí cho Đài Loan.",
     ("EXERCISE", "tập trận")),
    ("Tuy nhiên, việc chấm dứt tập trận thường niên quy mô lớn giữa Mỹ và Hàn Quốc sẽ gây lo ngại.",
     ("EXERCISE", "tập trận")),
    # a capability to improve
    ("Việt Nam mua máy bay của Ba Lan nhằm nâng cao năng lực tuần tra trên không khu vực ven biển.",
     ("PATROL", "tuần tra")),
    # a duty in a list of functions
    ("Theo thỏa thuận, Cảnh sát biển Việt Nam có một số chức năng, nhiệm vụ sau: + Tuần tra, kiểm tra, giám sát.",
     ("PATROL", "Tuần tra")),
    ("Máy bay CASA C-212-400 có nhiệm vụ chủ yếu là tuần tra, giám sát bờ biển, ngăn chặn buôn lậu.",
     ("PATROL", "tuần tra")),
    # reward paired with discipline as a principle
    ("Cần làm rõ trách nhiệm của tập thể để có khen thưởng và kỷ luật tương xứng với công và tội.",
     ("AWARD", "khen thưởng")),
])
def test_non_factual_mention_no_event(text, absent):
    assert absent not in _events(text)


@pytest.mark.parametrize("text, expected", [
    # one deal signed with a named party is kept
    ("Đây là giai đoạn tiếp theo trong hợp đồng tài trợ đã ký kết với Vụ Giáo dục Mầm non hôm 17/12.",
     ("AGREEMENT", "ký kết")),
    # a patrol held
    ("Ngày 5/3, Đồn Biên phòng Cà Roòng đã tuần tra khu vực biên giới.", ("PATROL", "tuần tra")),
])
def test_factual_mention_kept(text, expected):
    assert expected in _events(text)


# an invitation the subject accepted names a visit to come, one happening with the later "sẽ thăm"; the clause-opening
# frame "Nhận lời mời ..., X đã tới ..." tells a visit made
@pytest.mark.parametrize("text, expected", [
    ("Quan hệ Việt - Trung\nHai bên đánh giá cao việc Chủ tịch Tập Cận Bình đã sớm nhận lời thăm cấp nhà nước tới Việt "
     "Nam. Hai nước có nhiều hoạt động hợp tác. Sắp tới, Chủ tịch Tập Cận Bình sẽ thăm Việt Nam.",
     [("VISIT", "planned", 85, [85, 188])]),
    ("Tổng thống Pháp thăm Việt Nam\nNhận lời mời thăm Việt Nam của Chủ tịch nước, Tổng thống Pháp Emmanuel Macron đã "
     "tới Hà Nội ngày 2/3.", [("VISIT", "occurred", 43, [16, 43])]),
])
def test_accepted_invitation_is_planned(text, expected):
    assert [(e.type, e.status, e.trigger.start, [m.start for m in e.mentions])
            for e in vnextract.extract(text).events] == expected


def _happenings(text):
    doc = vnextract.extract(text)
    ents = {x.id: x for x in doc.entities}
    return [(e.type, e.status, e.trigger.start, e.trigger.text, [m.start for m in e.mentions],
             {r: [ents[x].text for x in v] for r, v in e.args.items()}) for e in doc.events]


# "gặp" joined to a second verb that shares its party is the meeting told in the body, not only the headline's
MET_AND_TALKED = ("Tổng Bí thư gặp nguyên Thủ tướng Singapore\nChiều 12/3, tại Singapore, Tổng Bí thư Tô Lâm đã gặp và "
                  "trao đổi với nguyên Thủ tướng Singapore Lý Hiển Long.")
# a career ("từng làm việc với") is no meeting
CAREER = ("Ông John Smith là chuyên gia tại một viện nghiên cứu ở Arlington, Mỹ và từng làm việc với Đại học Quốc phòng Mỹ "
          "tại Washington.")


@pytest.mark.parametrize("text, expected", [
    (MET_AND_TALKED, [("MEETING", "occurred", 92, "gặp", [12, 92],
                       {"AGENT": ["Tô Lâm"], "PARTICIPANT": ["Lý Hiển Long"], "DATE": ["Chiều 12/3"], "LOC": ["Singapore"]})]),
    (CAREER, []),
])
def test_joined_verbs_and_career(text, expected):
    assert _happenings(text) == expected


# a planned trip and the forum attended on it: the forum is planned, its own section ("Trung Quốc ... tổ chức Diễn đàn
# ... “Vành đai và Con đường”") names it by its quoted name, a closing purpose paragraph restates the trip, and the
# Party congress told as the time of the trip is no mention of the forum
PLANNED_FORUM = ("Chủ tịch nước thăm Trung Quốc\nChủ tịch nước Trần Đại Quang sẽ thăm cấp Nhà nước tới Trung Quốc và dự Diễn "
                 "đàn cấp cao hợp tác quốc tế “Vành đai và Con đường” từ ngày 11-15/5/2017. Đây là chuyến thăm Trung Quốc "
                 "đầu tiên của Chủ tịch nước sau Đại hội Đảng toàn quốc lần thứ XII. Hai bên cũng đã ký nhiều văn kiện.\n"
                 "Sau ba năm, Trung Quốc bước đầu tổ chức Diễn đàn cấp cao hợp tác quốc tế “Vành đai và Con đường”. Tham dự "
                 "Diễn đàn có lãnh đạo của Nga, Kazakhstan và Ba Lan.\nChủ tịch nước Trần Đại Quang thăm Trung Quốc và dự "
                 "Diễn đàn nhằm thúc đẩy quan hệ hai nước.")
# a photo caption that runs into the lead with no line break shows the happening the lead tells
CAPTION_RUN = ("Thủ tướng dự Hội nghị Quân chính toàn quân\nThủ tướng Nguyễn Xuân Phúc dự, phát biểu chỉ đạo hội nghị Quân "
               "chính toàn quân. Ảnh: VGP/Quang Hiếu Sáng nay, 27/6, tại Hà Nội, Quân ủy Trung ương đã tổ chức Hội nghị Quân "
               "chính toàn quân. Thủ tướng Nguyễn Xuân Phúc dự và phát biểu chỉ đạo hội nghị.")
# the trip that goes on frames the call on another host: two visits
TRIP_GOES_ON = ("Phó Chủ tịch Quốc hội thăm Đại sứ quán\nTiếp tục chuyến thăm, làm việc tại Malaysia, ngày 8/8, Phó Chủ tịch "
                "Quốc hội Nguyễn Khắc Định đã thăm, làm việc với Đại sứ quán Việt Nam tại Malaysia.")


@pytest.mark.parametrize("text, expected", [
    (PLANNED_FORUM, [("VISIT", "planned", 62, "thăm", [14, 62, 194, 499]),
                     ("MEETING", "planned", 101, "Diễn đàn", [101, 352, 418, 521])]),
    (CAPTION_RUN, [("MEETING", "occurred", 201, "Hội nghị", [13, 92, 201, 283])]),
    (TRIP_GOES_ON, [("VISIT", "occurred", 55, "thăm, làm việc", [22, 55]),
                    ("VISIT", "occurred", 136, "thăm, làm việc", [136])]),
])
def test_one_record_per_happening(text, expected):
    assert [row[:5] for row in _happenings(text)] == expected


@pytest.mark.parametrize("text, role, value", [
    # the attendee the running text names, not the caption's mention
    (CAPTION_RUN, "PARTICIPANT", ["Nguyễn Xuân Phúc"]),
    (TRIP_GOES_ON, "TARGET", None),
])
def test_first_event_roles(text, role, value):
    assert _happenings(text)[0][5].get(role) == value


def test_caption_attendee_mention_is_the_running_texts():
    doc = vnextract.extract(CAPTION_RUN)
    ents = {x.id: x for x in doc.entities}
    assert [ents[x].start for x in doc.events[0].args["PARTICIPANT"]] == [CAPTION_RUN.index("Nguyễn Xuân Phúc dự và")]


@pytest.mark.parametrize("text", [
    # "kết" belongs to "kết luận": signing an inspection conclusion is no agreement
    "Thanh tra tỉnh sẽ ký kết luận thanh tra vào tuần tới.",
    # "hội" of "xã hội" before a name ("Đàm Hữu Đắc") or a verb ("đàm tiếu") is no "hội đàm"
    "Bộ trưởng Lao động - Thương binh và Xã hội Đàm Hữu Đắc phát biểu tại hội thảo.",
    "Ra cuộc sống, xã hội đàm tiếu, dị nghị với nó.",
])
def test_word_across_another_word_is_no_trigger(text):
    assert [t for t in _events(text) if t[0] in ("AGREEMENT", "MEETING") and t[1].lower() in ("ký kết", "hội đàm")] == []


@pytest.mark.parametrize("text, trigger", [
    # a coming weekday after the noun dates a planned happening
    ("Tổng thống Mỹ đang chuẩn bị đón tiếp Thủ tướng Nguyễn Xuân Phúc. Cuộc gặp vào thứ Tư tới của hai vị nguyên thủ "
     "này được chờ đợi.", "gặp"),
    ("Hai bộ trưởng sẽ hội đàm tại Hà Nội. Cuộc hội đàm vào chủ nhật tới được chuẩn bị kỹ.", "hội đàm"),
])
def test_coming_weekday_makes_planned(text, trigger):
    evs = [e for e in vnextract.extract(text).events if text[e.trigger.start:e.trigger.end] == trigger]
    assert evs and all(e.status == "planned" for e in evs)


def _trigger_spans(text):
    return [(e.type, e.trigger.start, e.trigger.end) for e in vnextract.extract(text).events]


@pytest.mark.parametrize("text, expected", [
    # servicemen met as a group
    ("Bộ trưởng Quốc phòng Pháp Sylvie Goulard (giữa) gặp các binh sĩ Pháp đang làm nhiệm vụ tại tháp Eiffel ở Paris.",
     ("MEETING", 48, 51)),
    ("Thuyền trưởng và thủy thủ đoàn sẽ gặp các sĩ quan và thủy thủ hải quân Việt Nam.", ("MEETING", 34, 37)),
    # a person met at last
    ("Sau 10 năm kêu oan, cô đã gặp được Tổng Bí thư Nguyễn Văn Linh.", ("MEETING", 26, 29)),
    # a second verb "đối thoại" sharing the party
    ("Ban bồi thường giải phóng mặt bằng sẽ gặp và đối thoại với từng hộ dân.", ("MEETING", 38, 41)),
    # military support to a named army in a fight
    ("Ngày 11/6, khi được hỏi về việc Mỹ hỗ trợ quân đội Philippines chống lại các tay súng, ông X nói.",
     ("AID", 35, 41)),
    ("Lực lượng Hàng không-Vũ trụ Nga (VKS) bắt đầu hỗ trợ quân đội Syria trong cuộc chiến chống khủng bố.",
     ("AID", 46, 52)),
])
def test_meeting_with_group_and_military_support(text, expected):
    assert expected in _trigger_spans(text)


@pytest.mark.parametrize("text, absent", [
    # support staff of an unnamed army: no aid given
    ("Hơn 30 binh sĩ và các nhân viên hỗ trợ quân đội của nước này đã thương vong trong cuộc chiến chống khủng bố.",
     "AID"),
    # "gặp" of a thing met with, no party
    ("Người dân gặp nhiều khó khăn trong cuộc chiến chống dịch.", "MEETING"),
])
def test_no_meeting_or_military_support(text, absent):
    assert absent not in [t for t, _, _ in _trigger_spans(text)]


@pytest.mark.parametrize("text, expected", [
    # a determiner inside the phrase: "trao các quyết định"
    ("Ngày 4/9, Văn phòng Trung ương Đảng tổ chức Hội nghị công bố các quyết định. Đồng chí Lương Cường dự và trao "
     "các quyết định.", ("APPOINTMENT", "trao các quyết định", "trg.appointment.trao_cac_quyet_dinh")),
    # receptions one had, told in the plural with "đã có": the first one is the trigger
    ("Sáng 2/12, Chủ tịch Quốc hội Trần Thanh Mẫn đã có các cuộc tiếp Tổng Giám đốc Sembcorp Development Lee Ark "
     "Boon.", ("MEETING", "tiếp", "trg.meeting.tiep")),
    # a negation inside a quotation closed before a comma does not reach the trigger after it
    ("Sau những thông tin về việc \"quân đội làm kinh tế hay không làm kinh tế\", một tọa đàm khoa học đã được báo "
     "Quân đội nhân dân tổ chức hôm nay.", ("MEETING", "tọa đàm", "trg.meeting.toa_dam")),
])
def test_trigger_with_determiner_or_quote(text, expected):
    evs = [(e.type, e.trigger.text, e.rule) for e in vnextract.extract(text).events]
    assert expected in evs


@pytest.mark.parametrize("text, absent", [
    # a yearly kind of happening (habitual), no one of them
    ("Đặc biệt, các cơ chế hợp tác như cuộc hội đàm thường niên giữa hai Bộ Chính trị tiếp tục được duy trì.",
     "MEETING"),
    ("Tuy nhiên, việc chấm dứt tập trận thường niên quy mô lớn giữa Mỹ và Hàn Quốc cũng không giúp gì.", "EXERCISE"),
])
def test_annual_kind_is_no_event(text, absent):
    assert absent not in [t for t, _ in _events(text)]


def test_annual_meeting_held_is_an_event():
    text = "Hội nghị thường niên lần thứ 48 diễn ra tại Hà Nội ngày 5/8/2017."
    assert ("MEETING", "Hội nghị") in _events(text)


@pytest.mark.parametrize("text, trigger, status", [
    # the aim of a planned trip, past the words "sẽ" reaches
    ("Tổng thống Donald Trump sẽ đến Việt Nam vào tháng 11 để tham dự Hội nghị cấp cao APEC.", "Hội nghị", "planned"),
    # a dated day to come: "vào ngày 8/2 tới"
    ("Thủ tướng Lào dẫn đầu Đoàn đại biểu tới Việt Nam tham dự và đồng chủ trì kỳ họp lần thứ 39 Ủy ban liên Chính phủ "
     "Việt Nam-Lào vào ngày 8/2 tới.", "họp", "planned"),
    # "từ ngày ... tới ngày ...": a range, not a coming day
    ("Hội nghị diễn ra từ ngày 8/2 tới ngày 10/2/2017 tại Hà Nội.", "Hội nghị", "occurred"),
])
def test_planned_purpose_and_coming_day(text, trigger, status):
    evs = {e.trigger.text: e.status for e in vnextract.extract(text).events}
    assert evs.get(trigger) == status


@pytest.mark.parametrize("text, absent", [
    # a total of land taken over the years, no seizure told: "từ trước đến nay" is no event, so only the
    # territory clause is checked here; land won back in a war is no seizure
    ("Quân đội nước này đã thực hiện các cuộc tấn công và thu hồi lại một phần lãnh thổ rộng lớn.", "SEIZURE"),
    # training as the process a quality comes from
    ("Sức mạnh của không quân bắt nguồn từ quá trình huấn luyện chiến đấu bài bản.", "TRAINING"),
    # a habit counted per year
    ("Chính phủ Hàn Quốc diễn tập chỉ 5 lần một năm, và các đợt này thiếu quy mô.", "EXERCISE"),
    # the moment of signing as a point in time
    ("Lãi suất được tính từ thời điểm ký hợp đồng đến thời điểm trả.", "AGREEMENT"),
    # a kind of activity in a programme
    ("Nằm trong các hoạt động gặp mặt, tôn vinh điển hình tiên tiến, Bộ Quốc phòng tổ chức chương trình.", "MEETING"),
    # a task taken on is no office
    ("Với tinh thần đó, khi nhận nhiệm vụ nghiên cứu, chế tạo đài ra-đa, các kỹ sư đã làm việc ngày đêm.",
     "APPOINTMENT"),
    # gathering is no meeting
    ("Sau thất bại, các lãnh đạo phe này đã tụ họp lại và thực hiện một chiến lược mới.", "MEETING"),
])
def test_generic_habitual_and_other_sense_no_event(text, absent):
    assert absent not in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text, expected, absent", [
    # vehicles or weapons counted after "bắt giữ" are seized, no person arrested
    ("Sư đoàn Thiết giáp Số 1 đã bắt giữ và phá hủy hơn 200 xe tăng của đối phương.", ("SEIZURE", "bắt giữ"), "ARREST"),
    ("Lực lượng biên phòng đã bắt giữ 12 khẩu súng và nhiều đạn dược.", ("SEIZURE", "bắt giữ"), "ARREST"),
])
def test_weapons_seized_not_arrest(text, expected, absent):
    evs = _events(text)
    assert expected in evs and absent not in [t for t, _ in evs]


@pytest.mark.parametrize("text, expected", [
    # persons arrested stay an ARREST
    ("Ngày 12/6, Công an tỉnh Bình Dương đã bắt giữ 2 đối tượng trộm cắp tài sản.", ("ARREST", "bắt giữ")),
    # a signing told on a day stays an event; a drill in a course stays a drill
    ("Ngày 5/6, hai bên đã ký kết thỏa thuận hợp tác về đào tạo.", ("AGREEMENT", "ký kết")),
    # an appointment to a post stays
    ("Đại tá Nguyễn Văn A nhận nhiệm vụ Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh từ ngày 1/6.",
     ("APPOINTMENT", "nhận nhiệm vụ")),
])
def test_blocks_keep_the_event_sense(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, absent", [
    # a count of losses with no numbers: nobody arrested
    ("Nhiều binh sĩ Ukraine đã thiệt mạng, bị thương và bị bắt.", "ARREST"),
    ("Hàng chục người chết, mất tích hoặc bị bắt trong cuộc giao tranh.", "ARREST"),
    # a post or station named by its task is a place, no patrol
    ("Đoàn xe tiến đến trạm kiểm soát biên giới Izvarino trong vùng lãnh thổ Ukraine.", "PATROL"),
    ("Hai người bị giữ tại chốt kiểm soát biên giới.", "PATROL"),
    # a term of office counted from a congress names no meeting
    ("Kết quả thực hiện nhiệm vụ từ đầu nhiệm kỳ Đại hội Đảng khóa XIII đến nay được đánh giá cao.", "MEETING"),
    # what a forum has become is no happening of a meeting
    ("Sau nhiều năm, sự kiện này đã trở thành hội nghị thượng đỉnh về an ninh quan trọng nhất châu Á.", "MEETING"),
])
def test_named_places_terms_and_counts_are_no_events(text, absent):
    assert absent not in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text, expected", [
    # "sau khi có kết quả bầu" tells a past election, not a condition
    ("Các đại biểu đã được lấy phiếu ngay sau khi có kết quả bầu Ban chấp hành trung ương khóa X.",
     ("APPOINTMENT", "bầu")),
    # elected to a post told with "giữ chức"
    ("Ông Vũ Văn Hòa - trưởng Ban quản lý các khu công nghiệp - đắc cử giữ chức bí thư đảng bộ.",
     ("APPOINTMENT", "đắc cử")),
    # a patrol that controls the border stays a patrol
    ("Ngày 5/6, Đồn Biên phòng A Xing đã tổ chức tuần tra kiểm soát biên giới.", ("PATROL", "tuần tra")),
    # a congress held in a term stays a meeting
    ("Ngày 27/10, Đại hội đại biểu Đảng bộ Sở Y tế nhiệm kỳ 2005-2010 đã khai mạc.", ("MEETING", "Đại hội")),
])
def test_elections_and_kept_senses(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, expected", [
    # a head that opens a sentence is read as lower-case: the capitalized trigger after it names the happening
    ("Trường sẽ giới thiệu các ngành học mà họ đào tạo. Chương trình Hội thảo và giới thiệu về các trường đại học "
     "diễn ra ngày 5/11/2004 tại Hà Nội.", ("MEETING", "Hội thảo")),
    # one happening counted by its classifier and said "of the" parties is kept
    ("Cuộc họp của các luật gia dưới sự chủ trì của Hội Luật gia dân chủ quốc tế đã khép lại vào chiều 22-2.",
     ("MEETING", "họp")),
    # goods taken back are still seized
    ("Ngày 3/5, Công an tỉnh Lạng Sơn đã thu hồi 500 kg pháo nổ tại huyện Cao Lộc.", ("SEIZURE", "thu hồi")),
])
def test_opening_heads_and_counted_happenings_kept(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, absent", [
    # help named as an aim or a stance is no handing over
    ("Cuộc họp của các luật gia dưới sự chủ trì của Hội Luật gia dân chủ quốc tế nhằm ủng hộ các nạn nhân da cam đã "
     "khép lại vào chiều 22-2.", "AID"),
    ("Việc ủng hộ các nạn nhân da cam là một phần thuộc chương trình hành động của Hội Luật gia dân chủ quốc tế.", "AID"),
    # "tổng kết" with an abstract object is a verb of analysis, no review meeting
    ("Lãnh đạo các cấp phải xác định trách nhiệm cá nhân của mình thì mới tổng kết thành công.", "MEETING"),
    ("Sau mỗi chiến dịch, các đơn vị đều tổng kết thực tiễn rồi mới chuyển sang chiến dịch khác.", "MEETING"),
    # an area taken back is land, no seizure
    ("Ông Nguyễn Văn A cho biết đất của xã Đồng Tâm từ trước đến nay thu hồi chỉ có 64,11 ha thôi.", "SEIZURE"),
    # a nominalized act of a whole class stays blocked
    ("Các cuộc họp của các nước thành viên thường kéo dài.", "MEETING"),
])
def test_aims_stances_analysis_and_land_are_no_events(text, absent):
    assert absent not in [t for t, _ in _events(text)]


def _statuses(text):
    return [(e.type, e.trigger.start, text[e.trigger.start:e.trigger.end], e.status)
            for e in vnextract.extract(text).events]


@pytest.mark.parametrize("text, expected", [
    # a habit followed by a coordinated past act: the act is a happening
    ("Hải quân Mỹ và Nhật Bản thường xuyên tập trận chung và vừa có cuộc diễn tập trên Biển Đông.",
     ("EXERCISE", 67, "diễn tập", "occurred")),
    # "sắp tới" right after the trigger's noun phrase: planned
    ("Trong cuộc họp tổng kết công tác an toàn giao thông sắp tới, Ủy ban An toàn giao thông quốc gia sẽ báo cáo.",
     ("MEETING", 11, "họp", "planned")),
])
def test_habit_then_past_act_and_coming_happenings(text, expected):
    assert expected in _statuses(text)


@pytest.mark.parametrize("text, absent", [
    # a habit alone stays no happening
    ("Hải quân hai nước thường xuyên tập trận chung trong khu vực.", "EXERCISE"),
])
def test_habit_alone_is_no_happening(text, absent):
    assert absent not in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text, absent", [
    # hostages taken by armed men, before or after the trigger
    ("Ngày 5/6, phiến quân Maute đã bắt giữ các con tin tại thành phố Marawi.", ("ARREST", "bắt giữ")),
    ("Số phận của những con tin bị các phiến quân bắt giữ đến nay vẫn chưa rõ.", ("ARREST", "bắt giữ")),
    # a count of arrests in a life told
    ("Ông Nguyễn Văn A đã 2 lần bị bắt vào năm 1935 và 1943.", ("ARREST", "bắt")),
    # information that may lead to an arrest
    ("Cảnh sát cho biết những thông tin này sẽ giúp bắt giữ các nghi phạm.", ("ARREST", "bắt giữ")),
    # a rank among the first givers
    ("Thụy Điển là một trong những nước đầu tiên cung cấp viện trợ phát triển cho Việt Nam.", ("AID", "viện trợ")),
    # a condition for an appointment
    ("Các bằng cấp chuyên môn nâng cao thường là điều kiện tiên quyết để được bổ nhiệm vào các vị trí cao hơn.",
     ("APPOINTMENT", "bổ nhiệm")),
    # what tourists like to do
    ("Ở Nha Trang, du khách thích đến một số xã ở ngoại thành Nha Trang, thăm nhà trẻ, qua đồng cói.",
     ("VISIT", "thăm")),
    # a ship's function
    ("Tàu USCGC Morgenthau có chức năng tuần tra trên biển.", ("PATROL", "tuần tra")),
    # a capitalized trigger in a programme's name
    ("Liên hợp quốc đã công bố Kế hoạch Cứu trợ Khẩn cấp cho Syria.", ("AID", "Cứu trợ")),
])
def test_hostages_counts_conditions_functions_and_names_are_no_events(text, absent):
    assert absent not in _events(text)


@pytest.mark.parametrize("text, expected", [
    # the authorities ("lực lượng chức năng") do arrest and seize
    ("Ngày 18/6, lực lượng chức năng đã thu giữ 1.000 bánh cần sa khô và 2 chiếc ô tô.", ("SEIZURE", "thu giữ")),
    # a lower-case programme word before a real act keeps it
    ("Theo kế hoạch, Nhật Bản đã viện trợ 5 triệu USD cho Việt Nam.", ("AID", "viện trợ")),
])
def test_authorities_and_planned_acts_keep_their_events(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, absent", [
    # a chance offered, nothing held yet
    ("Sinh viên Việt Nam sẽ có cơ hội gặp gỡ trực tiếp với đại diện hơn 50 doanh nghiệp.", "MEETING"),
    # a competence named, no act done
    ("Cơ quan nhà nước có thẩm quyền ký kết hợp đồng BOT và tổ chức triển khai dự án.", "AGREEMENT"),
    # drills named as the needs a thing serves
    ("Xe được trang bị cho các đơn vị, đáp ứng yêu cầu huấn luyện, SSCĐ, diễn tập, cơ động hỏa lực.", "TRAINING"),
    ("Xe được trang bị cho các đơn vị, đáp ứng yêu cầu huấn luyện, SSCĐ, diễn tập, cơ động hỏa lực.", "EXERCISE"),
    ("Việc này ảnh hưởng mạnh đến sự tập trung cho huấn luyện sẵn sàng chiến đấu.", "TRAINING"),
    # taken away for labour
    ("Ông liều quay lại đơn vị thì bị bắt đi thu gom thi thể bộ đội.", "ARREST"),
    # a document withdrawn
    ("Các cơ quan có liên quan đã thống nhất thu hồi dự thảo phương án bồi thường.", "SEIZURE"),
    # support as a stance
    ("Chủ tịch UB T.Ư MTTQ VN nhiệt liệt ủng hộ và hoan nghênh Hội nạn nhân chất độc da cam.", "AID"),
    # a private trip home
    ("Nhiều lao động khi về thăm nhà đã để con lại cho ông bà.", "VISIT"),
    ("Anh tranh thủ thời gian về thăm gia đình vào những tháng trước Tết.", "VISIT"),
    # visits named as a way of cooperating
    ("Hai bên tăng cường trao đổi các đoàn đại biểu sang thăm, chia sẻ kinh nghiệm.", "VISIT"),
    # an assembly named as a body
    ("Ngày 24/12, tại New York, Đại hội đồng Liên Hợp Quốc đã thông qua Công ước.", "MEETING"),
])
def test_chances_competences_needs_stances_and_home_trips_are_no_events(text, absent):
    assert absent not in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text, expected", [
    # a leader's visit to a home province is kept
    ("Ngày 3/5, Thủ tướng Nguyễn Xuân Phúc về thăm quê hương Quảng Nam và làm việc với lãnh đạo tỉnh.",
     ("VISIT", "thăm")),
    ("Công an tỉnh Nghệ An đã bắt giữ đối tượng Nguyễn Văn A.", ("ARREST", "bắt giữ")),
    # a numbered session of an assembly and a summit week are meetings
    ("Chủ tịch Quốc hội kết thúc chuyến công tác tham dự Đại hội đồng lần thứ 150 của Liên minh Nghị viện thế giới.",
     ("MEETING", "Đại hội đồng")),
    ("Các bộ trưởng thống nhất các ưu tiên, chuẩn bị cho Tuần lễ Cấp cao APEC 2017 được tổ chức tại Đà Nẵng.",
     ("MEETING", "Tuần lễ Cấp cao")),
    # a visiting delegation received, and a reception told with its manner
    ("Trong thời gian thăm TP HCM, chiến hạm sẽ đón tiếp các phái đoàn của Quân khu 7.", ("MEETING", "đón tiếp")),
    ("Đại tá Richard Landon, Chỉ huy tàu dẫn đầu, đã được đón tiếp long trọng, thân mật.", ("MEETING", "đón tiếp")),
])
def test_home_province_visits_sessions_and_summit_weeks_are_events(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, expected", [
    # a question session of the National Assembly is a sitting
    ("Chiều 18/3, phiên chất vấn đối với lĩnh vực tài chính và lĩnh vực ngoại giao đã kết thúc.",
     ("MEETING", "phiên chất vấn")),
    # a talk held with a classifier and a partner
    ("Sáng 5/10, tại Paris, Tổng Bí thư, Chủ tịch nước Tô Lâm đã có cuộc trò chuyện thân mật với chuyên gia, trí thức "
     "kiều bào tiêu biểu.", ("MEETING", "trò chuyện")),
    # a prize handed over (the verb is the trigger, as in "trao Huân chương")
    ("Rồi ông chọn người để trao phần thưởng - một con vịt nhồi rất quí hiếm.", ("AWARD", "trao")),
    # an election of a person to a post, told with "nhân sự"
    ("Ngày 6/11, Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh để bầu nhân sự giữ chức Bí thư Tỉnh ủy.",
     ("APPOINTMENT", "bầu")),
    # a headline that ends on the re-election
    ("Tổng bí thư Nông Đức Mạnh tái đắc cử\nTrả lời Tuổi Trẻ về việc cơ chế biểu quyết ra sao, ông cho biết như vậy.",
     ("APPOINTMENT", "tái đắc cử")),
])
def test_question_sessions_talks_prizes_and_elections_are_events(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text, absent", [
    # a chat told in passing is no meeting of its own
    ("Trò chuyện với VnExpress, Hiệp nói rằng năm nay thi cử sẽ nghiêm hơn.", "MEETING"),
    # who fills a post under a proposed rule: no appointment done
    ("Có 69,7% đại biểu đồng ý Tổng kiểm toán nhà nước sẽ do Quốc hội bổ nhiệm.", "APPOINTMENT"),
    # a kind of spending is no meeting
    ("Các hành vi lãng phí phổ biến là chi hội nghị, công tác phí, văn phòng phẩm.", "MEETING"),
])
def test_chats_provisions_and_expenses_are_no_events(text, absent):
    assert absent not in [t for t, _ in _events(text)]


def _event_args(text):
    doc = vnextract.extract(text)
    ents = {x.id: x.text for x in doc.entities}
    return [(e.type, text[e.trigger.start:e.trigger.end], {r: [ents[i] for i in xs] for r, xs in e.args.items() if xs})
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    # a body's choice or approval of a person for a post, the post told with "giữ chức" after the person
    ("Ban Thường vụ Tỉnh ủy Kiên Giang chỉ định đồng chí Nguyễn Văn Hải tham gia Ban Chấp hành và giữ chức Bí thư Đảng "
     "ủy Quân sự tỉnh Kiên Giang, nhiệm kỳ 2020-2025.",
     ("APPOINTMENT", "chỉ định", {"AGENT": ["Ban Thường vụ Tỉnh ủy Kiên Giang"], "TARGET": ["Nguyễn Văn Hải"]})),
    ("Tại kỳ họp bất thường lần thứ 8, Quốc hội phê chuẩn đồng chí Bùi Thanh Sơn giữ chức Phó Thủ tướng Chính phủ.",
     ("APPOINTMENT", "phê chuẩn", {"AGENT": ["Quốc hội"], "TARGET": ["Bùi Thanh Sơn"]})),
    # the post first, the person after "đối với"
    ("Chiều ngày 28/11, Quốc hội đã tiến hành phê chuẩn chức vụ Bộ trưởng Bộ Giao thông vận tải đối với ông Trần Hồng "
     "Minh, Bí thư Tỉnh ủy Cao Bằng.",
     ("APPOINTMENT", "phê chuẩn", {"AGENT": ["Quốc hội"], "TARGET": ["Trần Hồng Minh"], "DATE": ["Chiều ngày 28/11"]})),
    # prizes handed out at a contest
    ("Ngày 26/5, bà Kim Lan và các thành viên trong đoàn đã trao thưởng cho cuộc thi vẽ của học sinh.",
     ("AWARD", "trao thưởng", {"AGENT": ["Kim Lan"], "DATE": ["Ngày 26/5"]})),
    # "Kết luận <meeting>" opening the sentence, its chair after the comma: he concludes the meeting
    ("Thủ tướng yêu cầu giải quyết xong các yêu cầu của doanh nghiệp\nKết luận tọa đàm với các doanh nghiệp về phát "
     "triển kinh tế tư nhân, Thủ tướng Phạm Minh Chính yêu cầu các bộ giải quyết dứt điểm.",
     ("MEETING", "tọa đàm", {"AGENT": ["Phạm Minh Chính"]})),
    # money given, the receiver between the verb and the sum
    ("Ngày 7-4, Ngân hàng Phát triển châu Á (ADB) tài trợ cho VN 15 triệu USD để chống cúm gia cầm.",
     ("AID", "tài trợ", {"AGENT": ["Ngân hàng Phát triển châu Á"], "TARGET": ["VN"], "DATE": ["Ngày 7-4"]})),
    # vehicles counted right after the verb
    ("Bến xe đã đề nghị Sở GTCC TP.HCM hỗ trợ khoảng 20 xe buýt loại 40 chỗ vào ngày 29/4.",
     ("AID", "hỗ trợ", {"AGENT": ["Sở GTCC TP.HCM"], "DATE": ["ngày 29/4"]})),
])
def test_appointments_prizes_conclusions_and_aid_with_the_receiver_first(text, expected):
    assert expected in _event_args(text)


@pytest.mark.parametrize("text, absent", [
    # support declared or called for, or a side taken in a lawsuit: nothing given
    ("Ngày 11/7, Hội Luật gia Việt Nam đã ra tuyên bố ủng hộ về tinh thần và pháp lý đối với các nạn nhân chất độc da "
     "cam/dioxin Việt Nam.", "AID"),
    ("Quân đội Mỹ đã tiến hành chiến tranh hóa học tại Việt Nam; hãy ủng hộ mạnh mẽ vụ kiện dân sự tập thể của các nạn "
     "nhân.", "AID"),
    ("MTTQ Việt Nam ủng hộ Hội nạn nhân chất độc da cam/dioxin Việt Nam cùng các cá nhân đã tiến hành vụ kiện.", "AID"),
    # a conclusion named as a document, with no chair after it
    ("Tin vắn\nKết luận hội nghị Trung ương 6 đã nêu rõ yêu cầu đổi mới.", "MEETING"),
    ("Thực hiện Kết luận hội nghị Trung ương 6, Bộ trưởng Nguyễn Văn An yêu cầu các đơn vị triển khai.", "MEETING"),
    # a dismissal approved, a person told to speak: no appointment
    ("Chiều 1/6, Quốc hội biểu quyết thông qua nghị quyết phê chuẩn miễn nhiệm chức vụ Bộ trưởng Nông nghiệp đối với "
     "ông Lê Huy Ngọ.", "APPOINTMENT"),
    ("Khi được Thủ tướng Nguyễn Xuân Phúc chỉ định phát biểu, Thượng tướng Lê Chiêm lập tức đề cập đến sân golf.",
     "APPOINTMENT"),
    # help of machines told as a circumstance
    ("Việc tìm kiếm được thực hiện thủ công bằng các chiến sĩ quân đội và có sự hỗ trợ của 2 máy xúc đất.", "AID"),
])
def test_endorsements_documents_dismissals_and_help_of_machines_are_no_events(text, absent):
    assert absent not in [t for t, _ in _events(text)]
