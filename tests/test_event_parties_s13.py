"""Party roles decided by the construction around an event (vnextract.events, rules/event_roles.toml; ANNOTATION.md 7)."""
import vnextract


def _events(text):
    """(type, trigger text, {role: [entity text]}) of every event of ``text``."""
    d = vnextract.extract(text)
    ents = {e.id: e.text for e in d.entities}
    return [(ev.type, ev.trigger.text, {r: [ents[i] for i in ids] for r, ids in ev.args.items() if ids})
            for ev in d.events]


def test_provinces_counted_after_a_body_only_say_whose_body_it_is():
    # np.bodies_of_units: the body organizes; "2 tỉnh Cà Mau và Bạc Liêu" is neither a party nor the place
    evs = _events("Chiều 12/6, Ban Thường vụ Tỉnh uỷ 2 tỉnh Cà Mau và Bạc Liêu tổ chức hội nghị thông qua phương án "
                  "sắp xếp.")
    assert evs == [("MEETING", "hội nghị", {"AGENT": ["Ban Thường vụ Tỉnh uỷ"], "DATE": ["Chiều 12/6"]})]


def test_provinces_listed_after_a_body_take_no_part():
    # np.bodies_of_units: the provinces after "Tỉnh ủy các tỉnh" are not the partners of the meeting
    evs = _events("Bí thư Khu tự trị dân tộc Choang Quảng Tây (Trung Quốc) Bành Thanh Hoa đang có chuyến thăm Việt Nam, "
                  "tham dự sự kiện Gặp gỡ đầu xuân lần thứ hai với Bí thư Tỉnh ủy các tỉnh Quảng Ninh, Lạng Sơn, "
                  "Hà Giang, Cao Bằng (Việt Nam).")
    meeting = [args for t, _, args in evs if t == "MEETING"]
    assert meeting and not {"Lạng Sơn", "Hà Giang", "Cao Bằng"} & set(meeting[0].get("PARTICIPANT", []))


def test_provinces_after_a_delegation_stay_the_parties():
    # a delegation is no organization: the provinces after "Đoàn ... hai tỉnh" keep their roles
    evs = _events("Sáng 5/3, Đoàn đại biểu biên giới hai tỉnh Quảng Bình và Savannakhet (Lào) tổ chức hội đàm.")
    roles = {x for _, _, args in evs for r, xs in args.items() if r != "LOC" for x in xs}
    assert "Savannakhet" in roles
