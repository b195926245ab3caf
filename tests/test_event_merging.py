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
