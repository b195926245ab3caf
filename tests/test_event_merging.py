"""One record per happening (ANNOTATION.md section 7): mentions that tell another happening are not merged."""

import contextlib
import io

import pytest

import vnextract

SCENES = ("Công an bắt giữ hai nhóm buôn ma túy\nNgày 1/6, Công an huyện Mường Nhé đã bắt giữ đối tượng Vàng A Páo "
          "tại bản Huổi Lếch. Đối tượng khai nhận mua ma túy để bán lại. *Vào 11h30 ngày 2/6, tổ công tác Công an tỉnh "
          "Điện Biên phát hiện 2 đối tượng đi xe máy có biểu hiện nghi vấn. Tại cơ quan công an, các đối tượng khai mua "
          "ma túy ở biên giới thì bị phát hiện bắt giữ.")
SAME_DAY = ("Công an bắt giữ nghi phạm\nNgày 1/6, Công an huyện Mường Nhé đã bắt giữ đối tượng Vàng A Páo tại bản Huổi "
            "Lếch. Sáng 3/6, Công an huyện tiếp tục điều tra vụ việc. Công an huyện Mường Nhé ngày 1/6 đã bắt giữ Vàng A "
            "Páo khi đang vận chuyển ma túy.")
OTHER_KIND = ("Tổng thống Mỹ điện đàm với Tổng thư ký NATO\nNgày 6/2, Tổng thống Mỹ Donald Trump đã điện đàm với Tổng thư "
              "ký NATO Jens Stoltenberg. Tuy nhiên, trong cuộc họp với Bộ Tư lệnh Mỹ tại căn cứ không quân MacDill ở "
              "Florida cũng trong ngày hôm qua, Tổng thống Trump vẫn khẳng định sự ủng hộ đối với NATO.")
STRANGER = ("Quan hệ Việt - Trung\nChủ tịch nước Trần Đại Quang sẽ thăm cấp Nhà nước tới Trung Quốc từ ngày 11-15/5/2017. "
            "Đây là chuyến thăm Trung Quốc đầu tiên của đồng chí Trần Đại Quang trên cương vị Chủ tịch nước. Hai bên tiếp "
            "tục tăng cường các chuyến thăm và tiếp xúc cấp cao, nổi bật là chuyến thăm chính thức Trung Quốc của Tổng Bí "
            "thư Nguyễn Phú Trọng (1/2017).")
JOINED = ("Kiểm tra khắc phục hậu quả bão lụt\nTrong 2 ngày 26 và 27-12, Phó Chủ tịch nước Trương Mỹ Hoa đã về Quảng Ngãi "
          "kiểm tra việc khắc phục hậu quả bão lụt. Tỉnh đã mua 350 tấn lúa giống hỗ trợ khôi phục sản xuất.\nTrong thời "
          "gian làm việc tại Quảng Ngãi, Phó Chủ tịch nước đã đến thăm gia đình cháu Đặng Thị Thùy Vân ở xã Nghĩa Phương, "
          "huyện Tư Nghĩa, thăm và tặng quà cho 56 gia đình ở vùng Cửa Lở, xã Đức Lợi, huyện Mộ Đức.")

TOLD_AGAIN = ("Tàu chiến Nhật Bản thăm Campuchia\nBa tàu chiến Nhật Bản sẽ cập cảng Sihanoukville ngày 13-2. Ba tàu chiến "
              "của Lực lượng phòng vệ biển Nhật Bản sẽ cập cảng Sihanoukville từ ngày 13 đến 16-2. Người phát ngôn Bộ Quốc "
              "phòng Campuchia cho biết chuyến thăm của ba tàu chiến Nhật Bản là nằm trong khuôn khổ hợp tác quốc phòng.")


def _events(text):
    with contextlib.redirect_stdout(io.StringIO()):
        doc = vnextract.extract(text)
    return [(e.type, e.trigger.start, e.trigger.text, [m.start for m in e.mentions]) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # a sentence opening on another day tells another incident
    (SCENES, [("ARREST", 74, "bắt giữ", [8, 74]), ("ARREST", 356, "bắt giữ", [356])]),
    # a restatement dated on the same day is the same happening, though another day's sentence stands between
    (SAME_DAY, [("ARREST", 63, "bắt giữ", [8, 63, 198])]),
    # a meeting of another kind with a date of its own is not the phone call
    (OTHER_KIND, [("MEETING", 84, "điện đàm", [14, 84]), ("MEETING", 154, "họp", [154])]),
    # another visitor's visit is not merged into the President's
    (STRANGER, [("VISIT", 53, "thăm", [53, 122])]),
    # a verb joined by "và" to a verb that begins a new happening tells that scene, not the lead's aid
    (JOINED, [("AID", 181, "hỗ trợ", [181]), ("VISIT", 270, "đến thăm", [270]), ("VISIT", 346, "thăm", [346]),
              ("AID", 354, "tặng quà", [354])]),
    # a country and a body named after it, a day and the range it opens, and a noun told again with no tense of its
    # own ("chuyến thăm của ba tàu chiến ...") name the one planned visit
    (TOLD_AGAIN, [("VISIT", 59, "cập cảng", [19, 59, 146, 246])]),
])
def test_merging(text, expected):
    assert _events(text) == expected


# a sentence opening on "Theo đó," tells the lead's happening in detail; the persons "bị bắt" are its targets
ELABORATED = ("Biên phòng thưởng ban chuyên án\nBộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An vừa thưởng nóng 5 triệu đồng "
              "cho ban chuyên án đã bắt giữ hai đối tượng vận chuyển ma túy. Theo đó, vào lúc 9 giờ ngày 3/5, Đồn Biên "
              "phòng Tam Hợp phối hợp với Công an huyện Tương Dương bắt quả tang 2 đối tượng mua bán ma túy. Hai đối tượng "
              "bị bắt gồm Lầu Văn Chá và Vi Văn Sơn.")
# one person arrested, told in the lead and again in the body with other words for the arresting bodies
SAME_TARGET = ("Bắt đối tượng vận chuyển ma túy\nVừa qua, Đồn Biên phòng Mường Lát đã bắt quả tang đối tượng Vừ Bá Lử đang "
               "vận chuyển 2.000 viên ma túy. Thông tin từ Bộ Chỉ huy Biên phòng tỉnh Thanh Hóa cho biết, lực lượng Biên "
               "phòng Thanh Hóa phối hợp với Công an tỉnh Sơn La đã bắt giữ đối tượng Vừ Bá Lử (SN 1985, trú tại bản Pù Nhi) "
               "về hành vi vận chuyển trái phép chất ma túy.")
# a named forum told again under other meeting nouns, and a bare "hội nghị" attended, are one happening
FORUM = ("Đối thoại Shangri-La khai mạc\nĐối thoại Shangri-La 2018 tại Singapore có sự tham gia của lãnh đạo quốc phòng từ 40 "
         "quốc gia. Trên đường tới Singapore dự hội nghị, Bộ trưởng Jim Mattis cho biết ông sẽ nêu chính sách của Mỹ. Vấn đề "
         "hạt nhân là chủ đề hàng đầu của hội nghị Shangri-la lần này. Tham dự diễn đàn Shangri-la lần này, Trung Quốc chỉ "
         "cử một đoàn cấp thấp.")
APPOSED = ("Indonesia lo ngại IS\nBộ trưởng Ryamizard Ryacudu phát biểu tại một hội thảo chung về an ninh khu vực trong "
           "khuôn khổ Đối thoại Shangri-La, hội nghị thượng đỉnh thường niên với sự tham dự của lãnh đạo quốc phòng nhiều nước.")


@pytest.mark.parametrize("text,expected", [
    (ELABORATED, [("AWARD", 78, "thưởng nóng", [78]), ("ARREST", 124, "bắt giữ", [124, 260, 318])]),
    (SAME_TARGET, [("ARREST", 69, "bắt quả tang", [0, 69, 263])]),
    (FORUM, [("MEETING", 30, "Đối thoại", [0, 30, 153, 262, 299])]),
    # (the apposed "hội nghị thượng đỉnh thường niên" names a yearly kind: no mention of its own)
    (APPOSED, [("MEETING", 67, "hội thảo", [67]), ("MEETING", 117, "Đối thoại", [117])]),
    # a forum given its other name after "tức" is one forum
    ("An ninh châu Á\nDiễn đàn An ninh châu Á, tức Đối thoại Shangri-La 2018 tại Singapore có sự tham gia của nhiều "
     "lãnh đạo quốc phòng. Tham dự diễn đàn Shangri-la lần này, Trung Quốc chỉ cử một đoàn cấp thấp.",
     [("MEETING", 15, "Diễn đàn", [15, 44, 138])]),
])
def test_merging_told_again(text, expected):
    assert _events(text) == expected


def _args(text):
    with contextlib.redirect_stdout(io.StringIO()):
        doc = vnextract.extract(text)
    ents = {x.id: x.text for x in doc.entities}
    return [(e.type, e.trigger.start, e.trigger.text, e.rule, {r: [ents[i] for i in v] for r, v in e.args.items() if r == "TARGET"})
            for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    # sworn into office; jailed; an election told as won; money handed over
    ("Tin vắn\nNgày 20/5, bà Maria Santos tuyên thệ nhậm chức Tổng thống Philippines.",
     [("APPOINTMENT", 45, "nhậm chức", "trg.appointment.nham_chuc", {"TARGET": ["Maria Santos"]})]),
    ("Tin vắn\nNăm 1985, ông Pedro Lim đã bị tống giam vì chỉ trích chính quyền.",
     [("ARREST", 38, "tống giam", "trg.arrest.tong_giam", {"TARGET": ["Pedro Lim"]})]),
    ("Tin vắn\nNgày 10/5, ông Jose Cruz đã chiến thắng trong vòng 2 của cuộc bầu cử và trở thành Tổng thống.",
     [("APPOINTMENT", 70, "bầu cử", "trg.appointment.bau_cu", {"TARGET": ["Jose Cruz"]})]),
    ("Tin vắn\nĐại diện báo Tuổi Trẻ tại Nghệ An vừa trao số tiền 3.000.000 đồng của bạn đọc cho em Nguyễn Văn Bình.",
     [("AID", 46, "trao", "trg.aid.trao_tien", {})]),
    ("Tin vắn\nVừa qua, Bộ Chỉ huy Biên phòng tỉnh Quảng Trị đã thưởng nóng 10 triệu đồng cho ban chuyên án.",
     [("AWARD", 57, "thưởng nóng", "trg.award.thuong_nong", {})]),
    # not happenings: an election named as a topic, a field of work, a procedure, a list of fields, a pace of work
    ("Tin vắn\nNga bị cáo buộc can thiệp vào cuộc bầu cử ở Mỹ.", []),
    ("Hợp tác nghề cá\nCông ty sẽ đào tạo thuyền trưởng, máy trưởng, huấn luyện tay nghề cho ngư dân. Sở đang đẩy nhanh "
     "tiến độ thu hồi và bán đấu giá tàu. Đoàn đã trao đổi chính sách của Việt Nam về thương mại, đầu tư và viện trợ ODA. "
     "Sau khi ký hợp đồng vay vốn, ngân hàng sẽ chuyển tiền vào tài khoản của trường.", []),
    ("Tin vắn\nBản dự chi có cả mức quà tặng cho các vị khách mời: Bộ trưởng 10 triệu đồng.", []),
    ("Tin vắn\nTheo ông Ivan Petrov, những cuộc tập trận như vậy đã được lên kế hoạch từ trước.", []),
])
def test_triggers(text, expected):
    assert _args(text) == expected


# gifts of other sums, repeated acts, a code-named exercise, "besides", counterparts met, a headline's own happening
SUMS = ("Bạn đọc giúp trạm y tế\nBạn đọc báo Thanh Niên hỗ trợ 200 triệu đồng để xây dựng trạm y tế xã Tân Lập. "
        "Đại diện báo Thanh Niên tại Nghệ An vừa trao số tiền 3.500.000 đồng của bạn đọc cho em Lê Văn Nam.")
SAME_SUM = ("Bạn đọc giúp trạm y tế\nBạn đọc báo Thanh Niên hỗ trợ 200 triệu đồng để xây dựng trạm y tế xã Tân Lập. "
            "Số tiền 200 triệu đồng được bạn đọc hỗ trợ sẽ dùng để xây nhà chính.")
REPEATED = ("Chân dung nữ tổng thống\nNăm 1985, bà Maria Santos đã bị tống giam vì chỉ trích chính quyền quân sự. Dưới thời "
            "Tổng thống Pedro Lim, bà đã bị bắt giam 2 lần vì bất hòa với ông ta.")
DRILL = ("Nga diễn tập tên lửa\nCác cuộc diễn tập tên lửa quy mô lớn của Nga diễn ra cuối tháng 6. Tuần trước, máy bay "
         "Nga đã đánh chặn máy bay ném bom Mỹ bay qua biển Baltic, như một phần của cuộc tập trận hải quân BaltOps.")
BESIDES = ("Tàu chiến Nhật Bản thăm Campuchia\nÔng Tanaka Hiroshi dự kiến thăm căn cứ hải quân Ream vào ngày 13-2. Ngoài ra, "
           "ông Tanaka Hiroshi cũng lên kế hoạch tới thăm Phnom Penh.")
COUNTERPARTS = ("Diễn đàn an ninh\nBộ trưởng Quốc phòng Mỹ có kế hoạch gặp các đồng nhiệm Hàn Quốc, Nhật Bản và Úc.")
HEADLINE_OWN = ("Hai bệnh nhân được ra viện PGS.TS Nguyễn Đức Thành trao quà cho bệnh nhân Hàn Văn Minh\n"
                "Sáng nay, bệnh viện đã cho hai bệnh nhân xuất viện. Ngoài ra, GS Trần Văn Lâm cũng đã trao quà Tết cho "
                "bệnh nhân nghèo Nguyễn Thị Loan.")


@pytest.mark.parametrize("text,expected", [
    (SUMS, [("AID", 46, "hỗ trợ", [46]), ("AID", 142, "trao", [142])]),
    (SAME_SUM, [("AID", 46, "hỗ trợ", [46, 138])]),
    (REPEATED, [("ARREST", 56, "tống giam", [56]), ("ARREST", 141, "bắt giam", [141])]),
    (DRILL, [("EXERCISE", 30, "diễn tập", [4, 30]), ("EXERCISE", 187, "tập trận", [187])]),
    (BESIDES, [("VISIT", 61, "thăm", [19, 61]), ("VISIT", 153, "thăm", [153])]),
    (COUNTERPARTS, [("MEETING", 53, "gặp", [53])]),
    (HEADLINE_OWN, [("AID", 51, "trao quà", [51]), ("AID", 173, "trao quà", [173])]),
])
def test_other_sums_acts_and_headline_happenings_kept_apart(text, expected):
    assert _events(text) == expected


# captions and headlines told with another word, and happenings told apart
RETOLD_TEXTS = {
"CAPTION_SYNONYM": ("Nga và Trung Quốc tăng cường hợp tác quân sự\nNgày 7/6/2017, Bộ trưởng Quốc phòng Nga gặp gỡ người đồng cấp Thường Vạn Toàn tại Astana. Ảnh: Tân Hoa xã\n"
                    "Theo Bộ Quốc phòng Nga, ngày 7/6, Bộ trưởng Quốc phòng Nga Sergei Shoigu đã có cuộc gặp với Bộ trưởng Quốc phòng Trung Quốc Thường Vạn Toàn."),
"CAPTION_MONTH": ("Hợp tác Nga - Trung\nNga và Trung Quốc tiến hành diễn tập đánh chiếm đảo vào sáng ngày 18/9/2016 ở khu vực Biển Đông. Ảnh: Thời báo Hoàn Cầu\n"
                  "Quan hệ hai nước phát triển mạnh. Tháng 9/2016, lực lượng thủy quân lục chiến Nga và Trung Quốc đã cùng tập trận ở Biển Đông."),
"SUBTITLE": ("Đồng chí Đỗ Đức Duy được giới thiệu giữ chức Chủ tịch UBND tỉnh Yên Bái\nThứ trưởng Đỗ Đức Duy nhận nhiệm vụ mới tại Yên Bái\n"
             "Sáng 8/2, Tỉnh ủy Yên Bái tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh, đồng thời trao Quyết định chỉ định đồng chí Đỗ Đức Duy giữ chức Phó Bí thư Tỉnh ủy. "
             "Thay mặt Ban Bí thư, đồng chí Nguyễn Thanh Bình, Phó Trưởng Ban Tổ chức Trung ương đã trao quyết định cho đồng chí Đỗ Đức Duy."),
"NEXT_TRIP": ("Mỹ và đồng minh\nTháng 2/2017, Bộ trưởng Quốc phòng Mỹ James Mattis thăm Nhật Bản. Sau đó, ông James Mattis đến thăm châu Âu."),
"OTHER_PAIR": ("Mỹ và châu Á\nTrong cuộc gặp gỡ thượng đỉnh Trung - Mỹ, Tổng thống Donald Trump nói nhiều về thương mại. Trước đó, tại cuộc hội đàm cấp cao Nhật - Mỹ vào tháng 2/2017, hai bên nhất trí tăng cường liên minh."),
"EARLIER": ("Gặp mặt cựu học viên Lào\nNgày 14/7, Bộ Quốc phòng Lào tổ chức buổi gặp mặt cựu học viên tại Vientiane. Ba cuộc gặp mặt trước đây đã được tổ chức tại miền Bắc và miền Nam Lào vào tháng Tư. "
            "Cuộc gặp mặt lần này có ý nghĩa đặc biệt."),
"PLANNED_HEADLINE": ("Tư lệnh Mỹ: Sẽ tuần tra Biển Đông 900 ngày trong năm nay\nĐô đốc Scott Swift tuyên bố hôm 8/5. Khu trục hạm Mỹ USS Decatur từng tuần tra ở Biển Đông."),
"KIND_PLURAL": ("Hợp tác quân sự Nga - Trung\nPhạm vi các cuộc huấn luyện, diễn tập liên hợp cũng sẽ mở rộng. Cuộc diễn tập quân sự song phương lần đầu tiên giữa Nga và Trung Quốc được tổ chức ở bán đảo Sơn Đông vào năm 2005."),
}


@pytest.mark.parametrize("name,expected", [
    # a photo caption told with another word of the kind (gặp gỡ / gặp), same partner and day: one meeting, trigger in the text
    ('CAPTION_SYNONYM', [('MEETING', 235, 'gặp', [85, 235])]),
    # a caption dated on a day of the month the text names (18/9/2016 / Tháng 9/2016), diễn tập / tập trận: one drill
    ('CAPTION_MONTH', [('EXERCISE', 244, 'tập trận', [48, 244])]),
    # a second headline line (nhận nhiệm vụ) and the text's two mentions of the decision handed over to the person named: one appointment
    ('SUBTITLE', [('MEETING', 158, 'Hội nghị', [158]), ('APPOINTMENT', 205, 'trao Quyết định', [94, 205, 365])]),
    # "Sau đó, X đến thăm <another place>": another trip
    ('NEXT_TRIP', [('VISIT', 67, 'thăm', [67]), ('VISIT', 107, 'đến thăm', [107])]),
    # meetings of other pairs (Trung - Mỹ / Nhật - Mỹ) stay apart
    ('OTHER_PAIR', [('MEETING', 24, 'gặp gỡ', [24]), ('MEETING', 123, 'hội đàm', [123])]),
    # "Ba cuộc gặp mặt trước đây" are earlier meetings: "Cuộc gặp mặt lần này" is the lead's
    ('EARLIER', [('MEETING', 67, 'gặp mặt', [0, 67, 193]), ('MEETING', 111, 'gặp mặt', [111])]),
    # a planned headline ("Sẽ tuần tra") over a patrol told as past experience ("từng tuần tra"): two happenings
    ('PLANNED_HEADLINE', [('PATROL', 15, 'tuần tra', [15]), ('PATROL', 127, 'tuần tra', [127])]),
    # a plural naming the kind ("các cuộc huấn luyện, diễn tập") is not the trigger of the dated drill told next
    ('KIND_PLURAL', [('TRAINING', 45, 'huấn luyện', [45]), ('EXERCISE', 97, 'diễn tập', [57, 97])]),
])
def test_retold_with_another_word_or_apart(name, expected):
    assert _events(RETOLD_TEXTS[name]) == expected


ACRONYM = ("Kết quả hội nghị thương mại\nTuyên bố trên được đưa ra tại Hội nghị các Bộ trưởng phụ trách Thương mại APEC "
           "lần thứ 23 (MRT 23) diễn ra tại Hà Nội ngày 21/5. Bộ trưởng Trần Tuấn Anh khẳng định, Hội nghị MRT 23 đã kết "
           "thúc tốt đẹp. - Thứ hai, Hội nghị nhất trí tiếp tục thúc đẩy việc hoàn tất các Mục tiêu Bô-go vào năm 2020.")
PAIRED = ("Sáng kiến APEC\nĐây là những sáng kiến sẽ được trình lên Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC 29 "
          "và Hội nghị Cấp cao 25 xem xét thông qua.")
SUMMIT = ("Hội nghị NATO\nTổng thống Mỹ Donald Trump hôm nay 25/5 dự hội nghị thượng đỉnh NATO tại Brussels. Ngay trước "
          "thềm hội nghị thượng đỉnh NATO, Thổ Nhĩ Kỳ đã tuyên bố phủ quyết. Giới quan sát dự báo cuộc họp thượng đỉnh "
          "giữa Mỹ với NATO những ngày tới sẽ căng thẳng.")
HOSTS = ("Tổng Bí thư lên đường thăm Indonesia, Singapore\nSáng 9/3, Tổng Bí thư Tô Lâm rời Thủ đô Hà Nội, lên đường thăm "
         "cấp Nhà nước tới Cộng hòa Indonesia, thăm chính thức Ban Thư ký ASEAN và thăm chính thức Cộng hòa Singapore từ "
         "ngày 9-13/3/2025.")


@pytest.mark.parametrize("text,expected", [
    # a short name defined in brackets and used again, and a bare definite subject: one conference
    (ACRONYM, [("MEETING", 58, "Hội nghị", [8, 58, 193, 241])]),
    # two named meetings joined by "và": two happenings
    (PAIRED, [("MEETING", 56, "Hội nghị", [56]), ("MEETING", 112, "Hội nghị", [112])]),
    # a summit told again as a time frame and by another meeting noun: one summit
    (SUMMIT, [("MEETING", 57, "hội nghị", [0, 57, 113, 200])]),
    # one verb per host: one visit per host
    (HOSTS, [("VISIT", 106, "thăm", [22, 106]), ("VISIT", 148, "thăm", [148]), ("VISIT", 184, "thăm", [184])]),
])
def test_named_meeting_mentions(text, expected):
    assert [e for e in _events(text) if e[0] in ("MEETING", "VISIT")] == expected


def test_hosts_share_subject_and_date():
    with contextlib.redirect_stdout(io.StringIO()):
        doc = vnextract.extract(HOSTS)
    ents = {x.id: x for x in doc.entities}
    visits = [e for e in doc.events if e.type == "VISIT"]
    assert [[ents[i].text for i in e.args.get("AGENT", [])] for e in visits] == [["Tô Lâm"]] * 3
    assert [ents[e.args["DATE"][0]].value for e in visits] == ["2025-03-09/2025-03-13"] * 3
    assert [[ents[i].text for i in e.args.get("LOC", [])] for e in visits] == [["Cộng hòa Indonesia"], [], ["Cộng hòa Singapore"]]


def test_summit_forecast_keeps_status():
    with contextlib.redirect_stdout(io.StringIO()):
        doc = vnextract.extract(SUMMIT)
    assert [(e.type, e.status) for e in doc.events] == [("MEETING", "occurred")]


MONTHS_APART = ("Thượng đỉnh NATO hôm nay\nTổng thống Mỹ Donald Trump tham dự hội nghị thượng đỉnh NATO tại Brussels hôm nay 25/5. "
                "Lập trường của Mỹ đã được nhấn mạnh tại cuộc họp Bộ trưởng Quốc phòng các nước thành viên NATO diễn ra vào "
                "tháng 2/2017, khi đó Bộ trưởng Quốc phòng James Mattis tuyên bố các nước phải tăng chi tiêu quốc phòng. "
                "Theo các chuyên gia, nhiều nước châu Âu vẫn chưa đạt mức chi tiêu 2% GDP cho quốc phòng như cam kết từ năm "
                "2014, và Washington đã nhiều lần thúc giục các đồng minh thực hiện cam kết này. Giới phân tích cho rằng vấn đề "
                "chia sẻ gánh nặng sẽ tiếp tục là chủ đề gây tranh cãi giữa hai bờ Đại Tây Dương trong thời gian tới.\n"
                "Trong cuộc họp ở Bỉ, tất cả 28 đại sứ của NATO đã đồng ý tổ chức này tham gia vào liên minh chống IS.")
LEAD_BEFORE_CREDIT = ("Thượng đỉnh NATO: Căng thẳng chờ Mỹ\nChuyến thăm và tham dự hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc Đại Tây "
                      "Dương (NATO) lần đầu tiên của Tổng thống Mỹ Donald Trump vào hôm nay 25/5 được coi là lịch sử và có ý nghĩa "
                      "quan trọng đối với liên minh quân sự này.\nẢnh: AP Theo Ngoại trưởng Mỹ, tại hội nghị thượng đỉnh lần này, "
                      "Washington sẽ chính thức yêu cầu NATO tham gia vào liên minh quốc tế chống IS.")
DIGEST = ("Tin du lịch\nTại hội nghị, Sở Du lịch Hà Nội đã giới thiệu về tiềm năng của ngành du lịch Thủ đô. \n"
          "Ngày 30-3, Cục du lịch Quảng Tây sẽ tổ chức chương trình xúc tiến du lịch tại Hà Nội. \n"
          "Trong hai ngày 29 và 30-3, đoàn doanh nghiệp lữ hành Mỹ gồm 15 thành viên đã đến tỉnh Bình Thuận để khảo sát. \n"
          "Trong buổi làm việc với lãnh đạo tỉnh, các thành viên trong đoàn hứa sẽ tổ chức nhiều tour đến Bình Thuận.")
ORGANIZERS = ("Hội nghị đại biểu nhân dân\nTết vừa qua, các địa bàn dân cư Thủ đô tổ chức hội nghị đại biểu nhân dân "
              "(ĐBND). Đây là dịp người dân bàn bạc việc chung. Năm nay, UBND TP Hà Nội và Ủy ban MTTQ thành phố ban "
              "hành Kế hoạch liên tịch số 02 về tổ chức hội nghị ĐBND năm 2017.")


@pytest.mark.parametrize("text,expected", [
    # an undated meeting with a place of its own, a paragraph after a placeless meeting dated months before the lead's
    # date, is another meeting
    (MONTHS_APART, [("MEETING", 60, "hội nghị", [60]), ("MEETING", 158, "họp", [158]), ("MEETING", 654, "họp", [654])]),
    # the lead paragraph before a bare photo credit line tells the summit first: its trigger
    (LEAD_BEFORE_CREDIT, [("MEETING", 59, "hội nghị", [59, 293])]),
    # another kind of meeting past a sentence that opens on another day is another news item's
    (DIGEST, [("MEETING", 16, "hội nghị", [16]), ("MEETING", 307, "làm việc", [307])]),
])
def test_meetings_kept_apart_and_first_told(text, expected):
    assert [e for e in _events(text) if e[0] == "MEETING"] == expected


def test_short_name_keeps_organizers():
    # the meeting named again by its short name as the object of "tổ chức" keeps its organizers
    with contextlib.redirect_stdout(io.StringIO()):
        doc = vnextract.extract(ORGANIZERS)
    ents = {x.id: x for x in doc.entities}
    assert [(e.trigger.start, [ents[i].text for i in e.args.get("AGENT", [])]) for e in doc.events] == [
        (74, ["UBND TP Hà Nội", "Ủy ban MTTQ thành phố"])]


@pytest.mark.parametrize("text, expected", [
    # a training held as a conference is one TRAINING, no MEETING
    ("Sáng 12/5, Bộ Y tế đã tổ chức hội nghị tập huấn về phòng chống dịch tại Hà Nội.",
     [("TRAINING", 39, 47, {"AGENT": ["Bộ Y tế"], "DATE": ["Sáng 12/5"], "LOC": ["Hà Nội"]})]),
    # a conference alone stays a MEETING
    ("Sáng 12/5, Bộ Y tế đã tổ chức hội nghị tại Hà Nội.",
     [("MEETING", 30, 38, {"AGENT": ["Bộ Y tế"], "DATE": ["Sáng 12/5"], "LOC": ["Hà Nội"]})]),
])
def test_training_held_as_conference(text, expected):
    r = vnextract.extract(text)
    ents = {x.id: x.text for x in r.entities}
    assert [(e.type, e.trigger.start, e.trigger.end, {k: [ents[i] for i in v] for k, v in e.args.items()})
            for e in r.events] == expected


# an in-body crosshead or photo line with no full stop, told again by the body sentence below it; an award told with its
# giver, then in the passive with its receiver; the same kind of award on another day stays apart
CROSSHEAD = ("Tăng cường hợp tác quốc phòng Việt - Trung\nChiều nay, Tổng bí thư Nguyễn Phú Trọng đã tiếp Thượng tướng Phạm "
             "Trường Long. Hai bên nhất trí tăng cường hợp tác. Chủ tịch nước Trần Đại Quang tiếp Thượng tướng Phạm Trường "
             "Long Không để vấn đề trên biển ảnh hưởng tới tình hữu nghị  Chiều cùng ngày, Chủ tịch nước Trần Đại Quang đã "
             "tiếp Thượng tướng Phạm Trường Long tại Phủ Chủ tịch.")
PASSIVE_RECEIVER = ("Giáo viên và học sinh được trao giải thưởng Lê Văn Thiêm\n(NLĐ)- Ngày 2-2, 4 học sinh và 1 giáo viên có "
                    "thành tích về toán học tiêu biểu trong năm 2004 đã được Hội Toán học Việt Nam trao tặng giải thưởng Lê "
                    "Văn Thiêm. Thầy giáo Trần Xuân Đáng, giáo viên Trường THPT chuyên Lê Hồng Phong, Nam Định được trao "
                    "giải thưởng giáo viên.Thầy Đáng đã giảng dạy chuyên toán 12 năm.")
AWARD_OTHER_DAY = ("Trao thưởng\nNgày 2-2, Hội Toán học Việt Nam đã trao tặng giải thưởng Lê Văn Thiêm. Ngày 5-2, anh Nguyễn "
                   "Văn Nam được trao giải thưởng sáng tạo tại Hà Nội.")


def _event_args(text):
    with contextlib.redirect_stdout(io.StringIO()):
        doc = vnextract.extract(text)
    ents = {x.id: x for x in doc.entities}
    return [(e.type, e.trigger.start, e.trigger.text, [m.start for m in e.mentions],
             {r: [ents[x].text for x in v] for r, v in e.args.items()}) for e in doc.events]


@pytest.mark.parametrize("text,expected", [
    (CROSSHEAD, [("MEETING", 86, "tiếp", [86], {"AGENT": ["Nguyễn Phú Trọng"], "TARGET": ["Phạm Trường Long"],
                                                 "DATE": ["Chiều nay"]}),
                 ("MEETING", 327, "tiếp", [188, 327], {"AGENT": ["Trần Đại Quang"], "TARGET": ["Phạm Trường Long"],
                                                       "DATE": ["Chiều cùng ngày"], "LOC": ["Phủ Chủ tịch"]})]),
    (PASSIVE_RECEIVER, [("AWARD", 181, "trao tặng", [27, 181, 301], {"AGENT": ["Hội Toán học Việt Nam"],
                                                                     "TARGET": ["Trần Xuân Đáng"], "DATE": ["Ngày 2-2"]})]),
    (AWARD_OTHER_DAY, [("AWARD", 47, "trao tặng", [0, 47], {"AGENT": ["Hội Toán học Việt Nam"], "DATE": ["Ngày 2-2"]}),
                       ("AWARD", 117, "trao giải", [117], {"TARGET": ["Nguyễn Văn Nam"], "DATE": ["Ngày 5-2"],
                                                           "LOC": ["Hà Nội"]})]),
])
def test_body_sentence_anchors_and_passive_receivers(text, expected):
    assert _event_args(text) == expected


OWN_DATE = ("ASEAN bàn về Biển Đông\nPhát biểu tại phiên họp toàn thể sáng 4.6 của Đối thoại Shangri-La, Tổng thư ký ASEAN "
            "Lê Lương Minh cho biết dự thảo khung đã hoàn tất. Dự thảo khung này sẽ được các ngoại trưởng ASEAN thông qua "
            "trong cuộc họp vào tháng 8 ở Philippines. Cũng trong phiên họp, một đại biểu Trung Quốc đặt câu hỏi.")


def test_meeting_noun_with_own_date_is_another_meeting():
    doc = vnextract.extract(OWN_DATE)
    meetings = sorted((OWN_DATE[e.trigger.start:e.trigger.end], e.trigger.start, len(e.mentions))
                      for e in doc.events if e.type == "MEETING" and OWN_DATE[e.trigger.start:e.trigger.end] == "họp")
    first = OWN_DATE.index("phiên họp") + len("phiên ")
    august = OWN_DATE.index("cuộc họp vào") + len("cuộc ")
    # the August meeting is its own happening; "Cũng trong phiên họp" names the plenary sitting again
    assert meetings == [("họp", first, 2), ("họp", august, 1)]
    ev = next(e for e in doc.events if e.trigger.start == august)
    dates = [x for x in doc.entities if x.id in ev.args.get("DATE", [])]
    assert [(x.text, x.value[5:]) for x in dates] == [("tháng 8", "08")]


@pytest.mark.parametrize("text", [
    # a topic's period after the meeting noun is not the meeting's own date
    "Sáng 3/6, Thủ tướng làm việc với lãnh đạo TP.HCM. Tại buổi làm việc về tình hình kinh tế 6 tháng đầu năm, "
    "Thủ tướng yêu cầu đẩy mạnh đầu tư.",
    # a date of the year only does not conflict with a day of it
    "Năm nay, Bộ trưởng X sẽ dự Đối thoại Shangri-La. Bộ trưởng phát biểu tại Đối thoại Shangri-La vào ngày 3/6.",
])
def test_meeting_noun_told_again_with_compatible_date_is_one(text):
    doc = vnextract.extract(text)
    assert len([e for e in doc.events if e.type == "MEETING"]) == 1


def _triggers(text):
    return [(e.type, e.trigger.start, e.trigger.end, [(m.start, m.end) for m in e.mentions])
            for e in vnextract.extract(text).events]


@pytest.mark.parametrize("text, expected", [
    # a congress named as the goal of preparations joins the congress told before
    ("Sáng 2/3, Quốc hội khai mạc Đại hội lần thứ VIII tại Hà Nội. Trước đó, để chuẩn bị nhân sự cho Đại hội lần "
     "thứ VIII, Ban Thường vụ đã họp.",
     [("MEETING", 28, 35, [(28, 35), (95, 102)]), ("MEETING", 134, 137, [(134, 137)])]),
    # with none told before it names no happening
    ("Hai bên trao đổi về công tác chuẩn bị Hội nghị quốc tế về xây dựng đường biên giới hòa bình.", []),
    ("Hội nghị đại biểu đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
     [("MEETING", 0, 8, [(0, 8)])]),
])
def test_congress_prepared_for_is_no_happening_of_its_own(text, expected):
    assert _triggers(text) == expected


def test_summit_prepared_for_with_its_parties_is_named():
    text = ("Chính phủ mới chuẩn bị cho hội nghị thượng đỉnh giữa Tổng thống Moon Jae In và Tổng thống Mỹ "
            "Donald Trump vào tháng tới.")
    assert [(t, s, e) for t, s, e, _ in _triggers(text)] == [("MEETING", 27, 35)]


THIS_SESSION = ("Thủ tướng Lào sẽ tới Việt Nam đồng chủ trì kỳ họp lần thứ 39 Ủy ban liên Chính phủ. Hai nước có quan hệ "
                "tốt đẹp, tại kỳ họp này, hai bên sẽ đánh giá tình hình thực hiện các thỏa thuận.")
THIS_PATROL = ("Philippines mời Trung Quốc tham gia hoạt động tuần tra chung giữa 3 nước trong vùng biển Sulu. Đáp lại, "
               "Thứ trưởng David trấn an rằng cuộc tuần tra này chỉ diễn ra trong phạm vi biển Sulu.")
OTHER_KIND_THIS = ("Ngành giáo dục đã tổ chức nhiều hội thảo, hội nghị lấy ý kiến các nhà khoa học. Tại kỳ họp này, "
                   "nếu có cơ hội tôi sẽ chất vấn Bộ trưởng.")
THIS_AT_HAND = "Bộ trưởng trả lời quanh co. Kỳ họp này, tôi mong các bộ trưởng trả lời thẳng vào vấn đề."


@pytest.mark.parametrize("text,expected", [
    # a demonstrative re-mention ("kỳ họp này", "cuộc tuần tra này") with no date of its own names the one told before
    (THIS_SESSION, [("MEETING", 46, "họp", [46, 120])]),
    (THIS_PATROL, [("PATROL", 46, "tuần tra chung", [46, 139])]),
    # only one of its own kind: "kỳ họp này" is not the "hội nghị" told before
    (OTHER_KIND_THIS, [("MEETING", 32, "hội thảo", [32]), ("MEETING", 42, "hội nghị", [42]), ("MEETING", 87, "họp", [87])]),
    # told first, it is the happening at hand
    (THIS_AT_HAND, [("MEETING", 31, "họp", [31])]),
])
def test_demonstrative_mention_joins(text, expected):
    assert _events(text) == expected


def test_preparation_in_body_sets_no_status():
    text = ("Thủ tướng đã dẫn đầu đoàn tham dự Hội nghị Thượng đỉnh G20 tại Hamburg. Chuyến thăm diễn ra trong bối "
            "cảnh Đức rất bận rộn chuẩn bị Hội nghị Thượng đỉnh G20.")
    with contextlib.redirect_stdout(io.StringIO()):
        evs = [(e.type, e.status) for e in vnextract.extract(text).events]
    assert ("MEETING", "occurred") in evs


PRESS_AFTER_RECEPTION = ("Ngày 10/5, Tổng thống Mỹ Donald Trump tiếp Ngoại trưởng Nga Sergei Lavrov tại Nhà Trắng. "
                         "Phát biểu tại cuộc họp báo nhanh, người phát ngôn Nhà Trắng Sean Spicer cho biết hai bên đã "
                         "thảo luận về Syria.")
TWO_DOCUMENTS = ("Việc Bộ Quốc phòng hai nước ký Tuyên bố tầm nhìn chung về hợp tác quốc phòng vào tháng 1-2017 có ý "
                 "nghĩa quan trọng. Kết thúc hội đàm, Đại tướng Ngô Xuân Lịch và Thượng tướng Phạm Trường Long đã ký "
                 "kết Thỏa thuận hợp tác đào tạo giữa hai bộ.")


@pytest.mark.parametrize("text,typ,expected", [
    # a press conference is a happening of its own, not the reception told before
    (PRESS_AFTER_RECEPTION, "MEETING", [("MEETING", 38, "tiếp", [38]), ("MEETING", 108, "họp báo", [108])]),
    # a signing of another kind of document is another signing
    (TWO_DOCUMENTS, "AGREEMENT", [("AGREEMENT", 28, "ký", [28]), ("AGREEMENT", 195, "ký kết", [195])]),
])
def test_press_conference_and_other_document_kept_apart(text, typ, expected):
    assert [e for e in _events(text) if e[0] == typ] == expected


CONGRESS_DIGEST = ("Đại hội đảng bộ các sở\nCác doanh nghiệp sẽ chuyển về các địa phương có lao động dồi dào. \n"
                   "Đại hội đã bầu ra ban chấp hành mới gồm 16 người. Ông Vũ Văn Hòa - trưởng Ban quản lý các khu chế "
                   "xuất, khu công nghiệp TP - đắc cử giữ chức bí thư đảng bộ. \nĐại hội đại biểu Đảng bộ Sở Y tế nhiệm "
                   "kỳ VI (2005-2010), ngày 27 và 28-10 đã bầu ban chấp hành đảng bộ sở gồm 21 người.")


@pytest.mark.parametrize("text,typ,triggers", [
    # a congress named with its own body in a later paragraph is another congress than the unnamed one told before
    (CONGRESS_DIGEST, "MEETING", [("Đại hội", 90), ("Đại hội", 248)]),
    # electing a committee and a person elected to an office are two happenings; the election told in the sentence
    # of the second congress is that congress's
    (CONGRESS_DIGEST, "APPOINTMENT", [("bầu", 101), ("đắc cử", 215), ("bầu", 326)]),
])
def test_congress_with_own_body_is_another_happening(text, typ, triggers):
    evs = [e for e in vnextract.extract(text).events if e.type == typ]
    got = [(e.trigger.text, e.trigger.start) for e in evs]
    assert got == triggers


@pytest.mark.parametrize("text,expected", [
    # a forum noun with no classifier named again by "lần này" is the happening told before, not a new one
    ("Ngày 25/5, lãnh đạo các nước NATO đã tham dự một hội nghị thượng đỉnh đặc biệt tại Brussels. Mátxcơva đã hy "
     "vọng rằng hội nghị lần này ít bàn tới Nga.", [("MEETING", 49, "hội nghị", [49, 118])]),
    ("Sáng 4/6, Bộ Quốc phòng tổ chức hội nghị tại Hà Nội. Điểm nổi bật trong hội nghị lần này là các vấn đề an ninh "
     "biển.", [("MEETING", 32, "hội nghị", [32, 72])]),
])
def test_forum_named_again_by_this_time(text, expected):
    assert _events(text) == expected


ASEAN_FM = ("Hôm qua, Hội nghị đã được tổ chức tại thành phố Hạ Long với sự tham dự của ngoại trưởng 10 nước.\n"
            "Hội nghị bàn về việc thực hiện hợp tác và chuẩn bị cho Hội nghị cấp cao ASEM 5 sẽ tổ chức tại Hà Nội vào "
            "tháng 10/2004.\nTại hội nghị, Bộ trưởng Ngoại giao Nguyễn Dy Niên đã nhấn mạnh vai trò của ASEAN.")


def test_conference_prepared_for_with_own_place_is_another_happening():
    evs = [(e.trigger.start, e.status, sorted(m.start for m in e.mentions)) for e in vnextract.extract(ASEAN_FM).events
           if e.type == "MEETING"]
    # the forum prepared for, with its own coming place and time, is a planned happening of its own; "Tại hội nghị,
    # X đã nhấn mạnh" (a past act) names the conference held, not the one to come
    assert evs == [(97, "occurred", [9, 97, 221]), (152, "planned", [152])]


PAIR_TEXT = ("Trump tiếp Thủ tướng Phúc\nTổng thống Mỹ Donald Trump đã tiếp Thủ tướng Nguyễn Xuân Phúc tại Nhà Trắng ngày "
             "31/5 và cuộc gặp của hai nhà lãnh đạo được xem là thành công.")
PAIR_SIDES = ("Hội đàm Việt - Lào\nChiều 5/6, Thủ tướng Nguyễn Xuân Phúc đã hội đàm với Thủ tướng Lào Thongloun Sisoulith "
              "tại Hà Nội. Kết thúc cuộc hội đàm giữa hai bên, hai Thủ tướng đã chứng kiến lễ ký.")


@pytest.mark.parametrize("text,expected", [
    (PAIR_TEXT, [("MEETING", 56, "tiếp", [6, 56, 120])]),
    (PAIR_SIDES, [("MEETING", 60, "hội đàm", [0, 60, 132]), ("AGREEMENT", 185, "ký", [185])]),
])
def test_meeting_of_the_pair_is_the_meeting_told_before(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Bộ trưởng Quốc phòng làm việc tại Anh\nSáng 7/7, tại London, Thượng tướng Phạm Ngọc Minh đã có buổi gặp và làm "
     "việc với Đại tướng Chris Deverell, Tư lệnh Bộ Tư lệnh Liên quân Anh.", [("MEETING", 99, "gặp", [99])]),
    # kinds counted are several meetings; a press conference after talks is another happening
    ("Làm việc tại Anh\nTrong chuyến công tác, Thượng tướng Phạm Ngọc Minh đã có nhiều buổi làm việc và gặp gỡ quan "
     "trọng với các đối tác.", [("MEETING", 85, "làm việc", [85]), ("MEETING", 97, "gặp gỡ", [97])]),
    ("Hội đàm và họp báo\nChiều 5/6, Thủ tướng Nguyễn Xuân Phúc đã hội đàm và họp báo chung với Thủ tướng Nhật Bản "
     "Shinzo Abe tại Tokyo.", [("MEETING", 60, "hội đàm", [0, 60]), ("MEETING", 71, "họp báo", [11, 71])]),
])
def test_two_meeting_words_joined_by_and_are_one_mention(text, expected):
    assert _events(text) == expected


def test_working_session_of_a_visit_is_that_visit():
    text = ("Bộ trưởng thăm Viettel\nSáng 7-7, Đại tướng Ngô Xuân Lịch đã đến thăm và làm việc với Tập đoàn Viễn thông "
            "Quân đội (Viettel). Cùng tham dự buổi làm việc có Thượng tướng Nguyễn Chí Vịnh, Thứ trưởng Bộ Quốc phòng. "
            "Tại buổi làm việc, Đại tướng Ngô Xuân Lịch đánh giá cao kết quả của Tập đoàn.")
    assert _events(text) == [("VISIT", 60, "đến thăm và làm việc", [10, 60, 143, 220])]


MAUTE_MONTHS = ("Nhóm Maute\nNgày 23/5, quân đội Philippines đã đột kích một căn cứ của nhóm phiến quân Maute ở Marawi. "
                "Tháng 10.2016, 3 thành viên của nhóm phiến quân Maute đã bị bắt vì cáo buộc ném bom chợ đêm ở thành phố "
                "Davao. Tháng 11.2016, một thiết bị nổ đã được tìm thấy gần Đại sứ quán Mỹ ở Manila. Hai kẻ tình nghi có "
                "liên quan đến nhóm phiến quân Maute đã bị bắt giữ.")
MRT_SHORT = ("Họp báo\nNgay sau kết thúc Hội nghị các Bộ trưởng phụ trách thương mại APEC lần thứ 23 (MRT23), chiều 21/5, "
             "Bộ trưởng Trần Tuấn Anh chủ trì họp báo. Bộ trưởng Trần Tuấn Anh cho biết, Hội nghị MRT 23 đã kết thúc tốt đẹp.")
THROUGH_MEETING = ("Cải cách tư pháp\nSáng 19-1, tại Hà Nội, Ban Chỉ đạo Cải cách tư pháp Trung ương đã họp phiên 13. "
                   "Phiên họp đã cho ý kiến đánh giá dự thảo kế hoạch trong thời gian tới nhằm chuẩn bị cho hội nghị toàn "
                   "quốc về quán triệt nội dung của Nghị quyết 49, dự kiến diễn ra vào tháng 2 tới. Qua hội nghị, cán bộ và "
                   "nhân dân thấy được những tiến bộ.")


@pytest.mark.parametrize("text,expected", [
    # a sentence opening on another month between two arrests: two arrests
    (MAUTE_MONTHS, [("ARREST", 162, "bắt", [162]), ("ARREST", 352, "bắt giữ", [352])]),
    # a short name defined without a space and used with one ("(MRT23)" ... "Hội nghị MRT 23"): one meeting
    (MRT_SHORT, [("MEETING", 26, "Hội nghị", [26, 182]), ("MEETING", 139, "họp báo", [0, 139])]),
    # a meeting prepared for, with its own coming time, is a planned happening; "Qua hội nghị, ..." names it again
    (THROUGH_MEETING, [("MEETING", 83, "họp", [83, 103]), ("MEETING", 185, "hội nghị", [185, 283])]),
])
def test_months_short_names_and_meetings_named_again(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text,types,trigger", [
    ("Chủ tịch nước Lương Cường làm việc với Bộ Ngoại giao\nChiều 12/12, tại Hà Nội, Chủ tịch nước Lương Cường đã "
     "tới thăm và làm việc với Bộ Ngoại giao.", ["VISIT"], "thăm và làm việc"),
])
def test_headline_work_session_joins_the_visit_told_below(text, types, trigger):
    evs = vnextract.extract(text).events
    assert [e.type for e in evs] == types
    assert text[evs[0].trigger.start:evs[0].trigger.end] == trigger


CO_CHAIR = ("Bảo đảm sự phát triển bền vững của đồng bào các dân tộc, tôn giáo\nNgày 20/3, tại Hà Nội, Ủy viên Bộ Chính "
            "trị, Bí thư Trung ương Đảng, Trưởng Ban Tuyên giáo và Dân vận Trung ương Nguyễn Trọng Nghĩa chủ trì buổi làm "
            "việc với Ban Thường vụ Đảng ủy Bộ Dân tộc và Tôn giáo. Ủy viên Trung ương Đảng, Bí thư Đảng ủy, Bộ trưởng Dân "
            "tộc và Tôn giáo Đào Ngọc Dung đồng chủ trì buổi làm việc.")


def test_co_chair_told_next_is_an_agent_of_the_same_meeting():
    doc = vnextract.extract(CO_CHAIR)
    ents = {x.id: x.text for x in doc.entities}
    assert [(e.type, e.trigger.start, [m.start for m in e.mentions]) for e in doc.events] == [
        ("MEETING", CO_CHAIR.index("làm việc với"), [CO_CHAIR.index("làm việc với"), CO_CHAIR.rindex("làm việc")])]
    args = doc.events[0].args
    assert [ents[i] for i in args["AGENT"]] == ["Nguyễn Trọng Nghĩa", "Đào Ngọc Dung"]
    assert [ents[i] for i in args["PARTICIPANT"]] == ["Ban Thường vụ Đảng ủy Bộ Dân tộc và Tôn giáo"]


HELD_ELSEWHERE = ("LHQ chính thức công nhận khu dự trữ sinh quyển Cát Bà\nTại cuộc họp, các nhà tổ chức cho biết: UNESCO đã "
                  "chính thức công nhận quần đảo Cát Bà là khu dự trữ sinh quyển thế giới trong kỳ họp của hội đồng quốc "
                  "tế về phối hợp chương trình con người và sinh quyển tổ chức tại Paris ngày 29-10-2004.")
VISIT_OF_TITLE = ("Thứ trưởng Ngoại giao Đỗ Hùng Việt: Chuyến công tác của Thủ tướng mang nhiều ý nghĩa\nNhân dịp Thủ tướng "
                  "Chính phủ Phạm Minh Chính thăm chính thức New Zealand từ ngày 05-11/3, Thứ trưởng Ngoại giao Đỗ Hùng "
                  "Việt đã trả lời phỏng vấn báo chí trước thềm chuyến thăm của Thủ tướng.")


def test_meeting_with_an_owner_and_setting_of_its_own_is_another_meeting():
    doc = vnextract.extract(HELD_ELSEWHERE)
    ents = {x.id: x.text for x in doc.entities}
    second = HELD_ELSEWHERE.index("họp của")
    assert [(e.type, e.trigger.start, [m.start for m in e.mentions]) for e in doc.events] == [
        ("MEETING", HELD_ELSEWHERE.index("họp,"), [HELD_ELSEWHERE.index("họp,")]), ("MEETING", second, [second])]
    args = doc.events[1].args
    assert [ents[i] for i in args["LOC"]] == ["Paris"] and [ents[i] for i in args["DATE"]] == ["ngày 29-10-2004"]


def test_visit_of_a_bare_title_names_the_visit_told_before():
    doc = vnextract.extract(VISIT_OF_TITLE)
    ents = {x.id: x.text for x in doc.entities}
    first = VISIT_OF_TITLE.index("thăm chính thức")
    assert [(e.type, e.trigger.start, [m.start for m in e.mentions]) for e in doc.events] == [
        ("VISIT", first, [first, VISIT_OF_TITLE.rindex("thăm")])]
    assert [ents[i] for i in doc.events[0].args["AGENT"]] == ["Phạm Minh Chính"]


NAMED_AGAIN = ("Kỷ niệm 50 năm ký kết hiệp định Geneva\nHôm qua, trong một cuộc hội thảo tại Hà Nội, các nhà nghiên cứu "
               "đã chia sẻ những đánh giá liên quan đến Hội nghị Geneva về Đông Dương (20/7/1954).\nPhó thủ tướng cũng "
               "gợi ý các nhà nghiên cứu tiếp cận những kho tư liệu gốc của một số nước khác tham dự Hội nghị Geneva, đặc "
               "biệt của Pháp, Anh, Mỹ.\nNgoài ra, 15 tham luận "
               "và các ý kiến trình bày tại hội thảo đã tập trung phân tích, làm sáng tỏ các vấn đề như bối cảnh tình hình "
               "quốc tế vào thời điểm diễn ra Hội nghị Geneva; ý nghĩa của hiệp định.")


def test_name_told_again_after_another_opener_is_the_named_meeting():
    first, attended, again = (NAMED_AGAIN.index("Hội nghị"), NAMED_AGAIN.index("Hội nghị Geneva, đặc"),
                              NAMED_AGAIN.rindex("Hội nghị"))
    assert [(t, ms) for t, _, _, ms in _events(NAMED_AGAIN)] == [
        ("MEETING", [NAMED_AGAIN.index("hội thảo"), NAMED_AGAIN.rindex("hội thảo")]),
        ("MEETING", [first, attended, again])]
