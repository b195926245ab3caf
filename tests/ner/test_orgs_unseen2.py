"""ORG/PER spans on unseen news, second batch (vnextract.ner.orgs, people): whole-pipeline entities with offsets."""

from __future__ import annotations

import pytest

import vnextract


def ents(text: str, labels: tuple[str, ...] = ("ORG", "PER")) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label, e.text) for e in vnextract.extract(text).entities if e.label in labels]


def spans(text: str, subs: list[tuple[str, str]]) -> list[tuple[int, int, str, str]]:
    out, pos = [], 0
    for sub, label in subs:
        s = text.index(sub, pos)
        out.append((s, s + len(sub), label, sub))
        pos = s + len(sub)
    return out


CASES = [
    # a lower-case army head + a country is the whole ORG: a capitalized word after it opens the next
    # sentence (a headline without its period) or names the commander
    ("Phiến quân tấn công vào quân đội Syria Lực lượng quân tình nguyện ủng hộ chính phủ đã đẩy lùi.",
     [("quân đội Syria", "ORG")]),
    ("Ông phủ nhận chuyện chỉ huy quân đội Libya Haftar nhận được sự trợ giúp quân sự.",
     [("quân đội Libya", "ORG")]),
    ("Ấn Độ tham gia tập trận với hải quân Nhật Bản và Ấn Độ là một thông điệp.",
     [("hải quân Nhật Bản", "ORG")]),
    # capitalized "Có", "Nhờ" right after a head or an abbreviation open a new sentence
    ("Việc thực hiện thủ công bởi lực lượng quân đội Có sự hỗ trợ của 2 máy xúc.", []),
    ("Chúng tôi đã trao đổi về công tác này với Ủy ban MTTQ TP. Nhờ vậy, chúng tôi biết.",
     [("Ủy ban MTTQ TP", "ORG")]),
    # an organization with its "+N" partners is one ORG
    ("Hội nghị quan chức cao cấp ASEAN+3 và EAS thảo luận. Tại Hội nghị SOM ASEAN + 3 (giữa ASEAN với các nước).",
     [("ASEAN+3", "ORG"), ("EAS", "ORG"), ("ASEAN + 3", "ORG"), ("ASEAN", "ORG")]),
    ("Các nước tích cực đóng góp cho Quỹ ASEAN+3 để đảm bảo nguồn lực.", [("Quỹ ASEAN+3", "ORG")]),
    # a photo source is an ORG, not a photographer
    ("Tàu ngầm trở về cảng. Ảnh: Flickr/Hải quân Mỹ. Tàu được vũ trang.",
     [("Flickr", "ORG"), ("Hải quân Mỹ", "ORG")]),
    # "Hợp chủng quốc" + country ends a state's full form inside a name
    ("Hội đã gửi thư tới Tòa án Liên bang Hợp chủng quốc Hoa Kỳ, kêu gọi trả lại.",
     [("Tòa án Liên bang Hợp chủng quốc Hoa Kỳ", "ORG")]),
    # "Tuần duyên" is a body only before a country
    ("Tại Honolulu, Tuần duyên Hoa Kỳ đã bàn giao cựu Tàu Tuần duyên Morgenthau cho Việt Nam.",
     [("Tuần duyên Hoa Kỳ", "ORG")]),
    ("Lực lượng Tuần duyên Mỹ tuần tra.", [("Lực lượng Tuần duyên Mỹ", "ORG")]),
    # bylines with initials written without a space
    ("Các lực lượng đã rút khỏi thành trì ở TP Sirte. H.Bình (Theo Reuters)",
     [("H.Bình", "PER"), ("Reuters", "ORG")]),
    ("Các nước thảo luận về vấn đề liên quan tương lai. N.C.Thắng", [("N.C.Thắng", "PER")]),
    # a ship named after an admiral, written in quotes, is no person
    ('Tàu sân bay "Đô đốc Kuznetsov" rời Địa Trung Hải về nước.', []),
    # "Cao đẳng" is an education level, no person
    ("Chương trình tuyển sinh du học bậc Trung học và Cao Đẳng tại Úc.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_org_person_spans_unseen2(text: str, expected: list[tuple[str, str]]) -> None:
    assert ents(text) == spans(text, expected)
