"""Event extraction: triggers, status, roles and one event per happening (ANNOTATION.md section 4).

:func:`find_events` only computes; the pipeline wraps it as a component.

1. Triggers come from ``rules/triggers.tsv`` (users add rows), matched whole-word and
   longest first on the normalized text, so ``tiếp tục`` (a NONE row) hides ``tiếp``.
   A row may require a context rule of ``rules/event_roles.toml`` (``tiếp`` needs a
   received party: ``đã tiếp Đại tướng ...``); ``block`` rules drop non-events
   (``sẵn sàng thu hồi``, ``chưa có kế hoạch tập trận``, ``lễ ký``, areas of
   cooperation ``thời gian tới, ... tuần tra chung``).
2. Roles come from the clause of each mention: the subject before the trigger
   (``Bộ chỉ huy ... và Sở ... đã tổ chức hội nghị``: AGENT), the object after it
   (``tiếp Đại tướng X``: TARGET), partners after ``với``/``giữa`` (PARTICIPANT),
   ``tại``/``ở``/``trên``/``đến`` places (LOC), the clause's dateline or a date
   after the trigger (DATE), attendee lists (``Tham dự hội nghị có ...``).
3. Mentions of one happening (title, lead, body, ``Tại buổi tiếp``, ``Nhân dịp này``)
   are merged: the event's trigger is the first mention in the running text, its
   ``mentions`` every trigger span; each entity fills one role, taken from the
   mention nearest the trigger.

>>> from vnextract.records import Entity
>>> t = "Tiếp đoàn Thái Lan\\n\\nChiều 4/7, tại Hà Nội, Đại tướng Ngô Xuân Lịch đã tiếp Đại tướng Chaichan."
>>> es = [Entity("T1", "DATE", 20, 29, "Chiều 4/7"), Entity("T2", "LOC", 35, 41, "Hà Nội"),
...       Entity("T3", "RANK", 43, 52, "Đại tướng"), Entity("T4", "PER", 53, 66, "Ngô Xuân Lịch"),
...       Entity("T5", "RANK", 75, 84, "Đại tướng"), Entity("T6", "PER", 85, 93, "Chaichan")]
>>> [(e.type, e.trigger.text, e.trigger.start, [m.start for m in e.mentions], e.args)
...  for e in find_events(t, es, [], None)]  # doctest: +NORMALIZE_WHITESPACE
[('MEETING', 'tiếp', 70, [0, 70],
  {'AGENT': ['T4'], 'TARGET': ['T6'], 'DATE': ['T1'], 'LOC': ['T2']})]
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .errors import RulesError
from .normalize import norm_word, normalize
from .records import EVENT_TYPES, ROLES, Entity, Event, Relation, Sentence, Span
from .relations import _nfc_view, find_relations
from .rules import load_lexicon, load_patterns

__all__ = ["find_events"]

_W = r"[\p{L}\p{N}\p{M}]"

# A clause ends at ". " before a capital/digit/quote, at "!" "?" or at a line break; dots inside
# "TP.HCM", "Q.8", "1.000" do not end it, nor the dot of an abbreviated unit or title word
# before a name ("tại TP. Lào Cai,", "Q. Ba Đình", "GS. Nguyễn Văn A").
# (not a roman ordinal that ends a sentence: "Nghị quyết Đại hội Đảng lần thứ X. Về công tác ...")
# nor the initial inside a name, after a capitalised word and before another name part: "tiếp bà Mariam J. Sherman,",
# "Tổng thống Nga V. Putin", "George H. W. Bush", "Lê T. Thu" (not "I"/"X", roman numbers: "thôn Ba Khe I. Cảnh tượng")
_ABBREV_DOT = (r"(?<![\p{L}\p{M}])(?:TP|Tp|TX|Tx|TT|Q|P|H|(?<!(?:thứ|khóa|khoá|kỳ|kì)\s)X|GS|PGS|TS|ThS|BS|KS|Mr|Mrs|Ms|Dr|St"
               r"|(?<=(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}]*\.?\s)[A-HJ-WYZ](?=\.\s\p{Lu}(?:[\p{Ll}\p{M}]|\.)))(?=\.\s)")
_CLAUSE_END = regex.compile(
    rf"(?<!{_ABBREV_DOT})[.!?…]+[\"”’)]*\s+(?=[\p{{Lu}}\d\"“(*])|\n+"
    # a bullet, and the end of a photo credit: "Ảnh: Quốc Chính/TTXVN phát  Thay mặt ..."
    r"|\s(?=\*\S)|(?i:(?<=ảnh\s*:[^.\n()]{0,40}?(?:phát|\)))\s+)"
    # an abbreviation that ends the sentence, before a connective that opens the next: "... liên TP. Tiếp đó, ..."
    rf"|(?<={_ABBREV_DOT}\.)\s+(?=(?:Tiếp đó|Tiếp theo|Sau đó|Trước đó|Cùng ngày|Theo đó|Ngoài ra|Đồng thời)(?!\p{{L}}))")


# ----------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class _Row:
    term: str
    type: str
    id: str
    requires: str
    subj: str
    obj: str
    confidence: float
    family: str


@dataclass(frozen=True)
class _Rules:
    trigger_rx: regex.Pattern
    rows: dict[str, tuple[_Row, ...]]
    by_kind: dict[str, tuple[dict, ...]]
    requires: dict[str, dict]


def _compile(rule: dict) -> dict:
    out = dict(rule)
    for key in ("before", "after", "after_trigger", "unless_after", "gap", "cue", "anaphor", "start", "list", "before_entity", "after_entity",
                "child", "parent", "trigger", "chair", "unless_before", "joined", "entity", "unit", "at", "title_in_name"):
        if key in rule:
            try:
                out[key + "_rx"] = regex.compile(rule[key])
            except regex.error as e:
                raise RulesError(f"{rule.get('_source')}: rule {rule['id']!r}: bad regex in {key!r}: {e}") from None
    return out


# the kinds of event_roles.toml the code reads
ROLE_RULE_KINDS = frozenset({
    "requires", "block", "status", "reference", "reporting", "attendees", "attendees_next", "role_cue", "name_org",
    "generic_np", "not_party", "joint_subject", "name_modifier", "scene_agent", "elaboration", "elaboration_speakers",
    "elaboration_opener", "another_opener", "anaphor_subject", "parent_org", "caption", "lead_source", "lead_run_in"})


@lru_cache(maxsize=16)
def _rules(rules_dirs: tuple[str, ...] = ()) -> _Rules:
    rows: dict[str, list[_Row]] = {}
    for r in load_lexicon("triggers.tsv", rules_dirs, required=("type", "id")):
        typ = r["type"].strip().upper()
        if typ != "NONE" and typ not in EVENT_TYPES:
            raise RulesError(f"{r['_source']}: unknown event type {r['type']!r}", hint=f"one of {', '.join(EVENT_TYPES)} or NONE")
        for col in ("subj", "obj"):
            if r.get(col, "").strip() and r[col].strip() not in ROLES:
                raise RulesError(f"{r['_source']}: unknown role {r[col]!r} in column {col}")
        term = norm_word(r["term"]).strip()
        fam = r.get("family", "").strip() or (term if typ in ("MEETING", "ARREST") else typ)
        rows.setdefault(term, []).append(_Row(
            term, typ, r["id"].strip(), r.get("requires", "").strip(), r.get("subj", "").strip(),
            r.get("obj", "").strip(), float(r.get("confidence") or 0.7), norm_word(fam)))
    alts = sorted(rows, key=len, reverse=True)
    rx = regex.compile(rf"(?<!{_W})(?:{'|'.join(regex.escape(t) for t in alts) or '(?!x)x'})(?!{_W})")
    by_kind: dict[str, list[dict]] = {}
    requires: dict[str, dict] = {}
    for rule in load_patterns("event_roles.toml", rules_dirs):
        if rule.get("kind") not in ROLE_RULE_KINDS:  # a misspelled kind would silently do nothing
            raise RulesError(f"{rule['_source']}: rule {rule['id']!r} has unknown kind {rule.get('kind')!r}",
                             hint="kinds: " + ", ".join(sorted(ROLE_RULE_KINDS)))
        c = _compile(rule)
        by_kind.setdefault(rule.get("kind", ""), []).append(c)
        if rule.get("kind") == "requires":
            requires[rule["id"]] = c
    for rs in rows.values():
        for row in rs:
            if row.requires and row.requires not in requires:
                raise RulesError(f"triggers.tsv: {row.id} requires unknown rule {row.requires!r}")
    return _Rules(rx, {k: tuple(v) for k, v in rows.items()}, {k: tuple(v) for k, v in by_kind.items()}, requires)


# ----------------------------------------------------------------------------- document layout

@dataclass
class _Doc:
    text: str
    norm: str
    ents: list[Entity]
    starts: list[int]
    clause_starts: list[int]
    title_end: int
    lead: tuple[int, int]
    captions: list[tuple[int, int]]
    desc: set[str]  # ids of entities that only describe another (titles' organizations, address tails)
    rules: _Rules
    clause_subjects: dict[int, set[str]] = field(default_factory=dict)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quoted speech (“...”)

    def quoted_apart(self, x: Entity, i: int) -> bool:
        """Is ``x`` inside a quotation that does not hold the position ``i``?"""
        return any(s <= x.start < e and not s <= i < e for s, e in self.quotes)

    def speech_at(self, i: int) -> bool:
        """Is ``i`` inside quoted speech (a quotation that opens a sentence, of eight words or more), not a phrase quoted
        in a clause ("tiến hành “hoạt động tuần tra ...”", "cũng “tuần tra” trên đoạn đường")?"""
        return any(s <= i < e and len(self.norm[s:e].split()) >= 8 and _SPEECH_OPEN.search(self.norm, max(0, s - 4), s)
                   for s, e in self.quotes)

    def quoted_apart_of(self, x: Entity, i: int) -> bool:
        """Is ``x`` outside the quotation that holds the position ``i``?"""
        return any(s <= i < e and not s <= x.start < e for s, e in self.quotes)

    def clause(self, i: int) -> tuple[int, int]:
        k = bisect.bisect_right(self.clause_starts, i) - 1
        s = self.clause_starts[k] if k >= 0 else 0
        e = self.clause_starts[k + 1] if k + 1 < len(self.clause_starts) else len(self.text)
        return s, e

    def ents_in(self, s: int, e: int) -> list[Entity]:
        i = bisect.bisect_left(self.starts, s)
        out = []
        while i < len(self.ents) and self.ents[i].start < e:
            if self.ents[i].end <= e:
                out.append(self.ents[i])
            i += 1
        return out

    def next_is(self, i: int, labels: Sequence[str]) -> bool:
        """Does an entity of one of ``labels`` start at ``i`` after white space only?"""
        k = bisect.bisect_left(self.starts, i)
        while k < len(self.ents) and self.ents[k].start <= i + 3:
            y = self.ents[k]
            if y.label in labels and not self.norm[i:y.start].strip():
                return True
            k += 1
        return False

    def in_caption(self, i: int) -> bool:
        return any(s <= i < e for s, e in self.captions)


_POSITION_NOTE = regex.compile(
    r"\(\s*(?:(?:từ\s+)?(?:trái|phải)\s+(?:sang|qua)\s+(?:phải|trái)|(?:ở\s+)?giữa|(?:bên\s+)?(?:trái|phải)"
    r"|(?:thứ\s+(?:\d+|hai|ba|tư|năm)\s+|ngoài cùng\s+|đứng\s+)(?:từ\s+)?(?:bên\s+)?(?:trái|phải)(?:\s+(?:sang|qua)(?:\s+(?:phải|trái))?)?)\s*\)")


def _layout(text: str, norm: str, rules: _Rules) -> tuple[int, tuple[int, int], list[int], list[tuple[int, int]]]:
    nl = text.find("\n")
    title_end = len(text) if nl < 0 else nl
    lead_start = -1
    for r in rules.by_kind.get("lead_source", ()):
        m = r["cue_rx"].search(text, 0, title_end)
        if m:
            title_end, lead_start = m.start(), m.end()
            break
    if lead_start < 0:
        if len(text[:title_end].split()) > 40:
            # no headline of its own: the first line is already the lead, unless the headline runs into it with no
            # stop (" Bão số 9 vào Biển Đông nước ta Sáng nay 11-11, cơn bão ..."): the lead starts at the last
            # capitalized opener before the first comma or stop
            run_in = 0
            for r in rules.by_kind.get("lead_run_in", ()):
                if r.get("space_first") and not text[:1].isspace():
                    continue
                stop = regex.search(r",\s|\.\s|;|:\s", text, 0, title_end)
                for m in r["cue_rx"].finditer(text, 0, stop.start() if stop else title_end):
                    run_in = m.end()
                if run_in:
                    break
            title_end = run_in
        lead_start = title_end
    # the lead: the first paragraph after the title with more than a few words
    lead = (lead_start, lead_start)
    for m in regex.finditer(r"[^\n]+", text, pos=lead_start):
        if len(m.group().split()) > 4:
            lead = (m.start(), m.end())
            break
    starts = [0] + [m.end() for m in _CLAUSE_END.finditer(text)]
    if lead_start not in starts:
        bisect.insort(starts, lead_start)
    starts = sorted(set(starts))
    captions: list[tuple[int, int]] = []
    cap = rules.by_kind.get("caption", ())
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(text)
        for r in cap:
            m = r["cue_rx"].search(norm, s, e)
            if m and norm[s:m.start()].strip(" (\n"):
                captions.append((s, m.start()))
            elif k + 1 < len(starts) and r["cue_rx"].match(norm, e) or (k + 1 < len(starts) and regex.match(r"\s*\(?\s*ảnh\s*:", norm[e:e + 12])):
                captions.append((s, e))
    return title_end, lead, starts, captions


# ----------------------------------------------------------------------------- mentions and roles

_GROUP_GAP = regex.compile(
    r"(?:[\s,;:–\-—/()]|(?:và|cùng với|cùng|với|phối hợp|chủ trì|kiêm|nguyên|đồng chí|các đồng chí|ông|bà|ngài"
    r"|đại diện|phía|lãnh đạo|thay mặt|đoàn đại biểu|đoàn|dẫn đầu|cấp cao|cao cấp|quân sự|các lực lượng của|lực lượng của|các lực lượng|lực lượng"
    # "X đã cùng nhà sáng lập, Chủ tịch ... Y thăm": companions joined by "cùng" after a tense word; "X đã dẫn đầu đoàn
    # đại biểu Việt Nam tham dự": the leader with the delegation he leads
    # ("Việt Nam sẽ phối hợp chặt chẽ với Campuchia và Lào để tổ chức": partners joined by "phối hợp" after a tense word)
    r"|(?:đã|vừa|sẽ|cũng|đang)\s+(?:cùng với|cùng|phối hợp(?:\s+chặt chẽ)?|dẫn đầu)|phối hợp\s+chặt chẽ|nhà sáng lập|đồng sáng lập|người sáng lập"
    # a spouse named after the leader: "Tổng Bí thư X và Phu nhân Y đã dự ..."
    r"|phu nhân|phu quân)(?!\p{L}))*")
_OBJ_GAP = regex.compile(
    r"\s*(?:(?:thân mật|xã giao|chính thức|hữu nghị|cấp nhà nước|ngài|ông|bà|đồng chí|đoàn đại biểu|đoàn|phái đoàn"
    # the bodies a delegation comes from: "chiến hạm sẽ đón tiếp các phái đoàn của Quân khu 7, hải quân Việt Nam"
    r"|(?<=(?:đoàn|đại biểu)\s)của"
    # the kind of a received delegation: "tiếp thân mật Đoàn đại biểu cấp cao Đảng Cộng sản Ấn Độ"
    r"|cấp cao|cao cấp|công tác"
    r"|đại diện|cho|các|lãnh đạo|nước|với|giữa|đối với|cùng|thành viên|đồng chí|cảng|sân bay|quốc tế|thủ đô|tỉnh|thành phố"
    # the family or the patient of a named person: "thăm gia đình cháu X", "trao quà cho bệnh nhân X"
    r"|gia đình|thân nhân|cháu|cụ|bà mẹ|mẹ|em|bệnh nhân|thương binh"
    # the family of one who has died: "thăm gia đình cố Chủ tịch Quốc hội Nguyễn Hữu Thọ"
    r"|cố"
    # an academic or artistic descriptor before the name: "thăm, chúc Tết GS.TS Phạm Gia Khánh", "nhà văn X"
    r"|(?:gs|pgs|ts|tskh|ths|bs|nsnd|nsưt)(?:\.(?:gs|pgs|ts|tskh|ths|bs))*\.?|nghệ sĩ nhân dân|nghệ sĩ ưu tú|nhà văn|nhà thơ|nhà giáo"
    r"|nhà khoa học"
    # an honorific title before the named person: "tặng quà Mẹ Việt Nam Anh hùng X", "thăm Anh hùng Lao động Y"
    r"|(?:bà\s+)?mẹ\s+việt nam\s+anh hùng|anh hùng(?:\s+(?:lực lượng vũ trang(?:\s+nhân dân)?|lao động))?"
    # the staff of a named body: "thăm, chúc Tết cán bộ chiến sĩ Công an TP", "cán bộ, chiến sĩ Đồn Biên phòng X"
    r"|cán bộ(?:\s*,\s*|\s+)chiến sĩ|cán bộ|chiến sĩ"
    # servicemen of a named force met as a group: "gặp các sĩ quan và thủy thủ hải quân X", "gặp các binh sĩ Y"
    r"|(?:binh sĩ|sĩ quan|thủy thủ|thuỷ thủ|quân nhân)(?:\s+và\s+(?:binh sĩ|sĩ quan|thủy thủ|thuỷ thủ|quân nhân|chiến sĩ))?"
    # a person met at last: "cô đã gặp được Tổng Bí thư X"
    r"|được"
    # a venue visited: "thăm đền Ngọc Sơn", "thăm khu di tích Kim Liên"
    r"|đền|chùa|khu di tích|di tích|bảo tàng|nghĩa trang"
    # a base visited: "tới thăm căn cứ không quân Shayrat", "thăm căn cứ hải quân Ream"
    r"|căn cứ(?:\s+(?:không quân|hải quân|quân sự))?"
    # a counted list of countries, units or suspects: "thăm chính thức ba nước: Algeri, Marocco và Nam Phi", "bắt, khống
    # chế 2 đối tượng: Vàng Vả Mềnh (SN 1981) ..."
    r"|(?:\d+|hai|ba|bốn|sáu|bảy|tám|chín|mười|các)\s+(?:nước|quốc gia|đơn vị|đối tượng|nghi phạm|nghi can)\s*:"
    r"|,\s*khống chế|đối tượng|nghi phạm|nghi can"
    # a second verb joined by a comma carries the object: "đã tới thăm, chúc Tết nguyên Tổng Bí thư X"
    r"|,\s*(?:chúc tết|chúc mừng năm mới|tặng quà|thăm hỏi|động viên|kiểm tra)|nguyên"
    # a manner adverb before the one rewarded: "khen thưởng đột xuất thuyền trưởng X"
    r"|đột xuất|kịp thời)(?!\p{L})\s*)*")
_OF_NEXT = regex.compile(r"\s+của\s")
_CLAUSE_AFTER = regex.compile(r"[ \t]+\p{Ll}+[ \t]+\p{Ll}+")
_CONTENT_WITH = regex.compile(r"(?<!\p{L})với\s+(?:nội dung|mục đích|mục tiêu|chủ đề|tinh thần|yêu cầu|điều kiện|cam kết)(?!\p{L})")
_CONTINUE_SESSION = regex.compile(r"[^,.;:!?\n]{0,40}?(?:,\s*)?(?<!\p{L})tiếp tục\s+(?:chương trình\s+)?(?:(?:làm việc|nghị sự)\s+)?(?:(?:của|tại)\s+)?(?:(?:phiên|kỳ|kì|cuộc)\s+)?")
_MARGIN_OF = regex.compile(r"(?<!\p{L})(?:bên lề|trong khuôn khổ)\s+(?:(?:cuộc|buổi|phiên|kỳ|kì)\s+)?$")
_BETWEEN_GLOSS = regex.compile(r"[^()\n.,;:!?]{0,60}?\(\s*giữa\s+([^()\n]{1,240})\)")
_PASSIVE = regex.compile(r"(?:^|\W)(?:bị|được)\s+(?:\S+\s+){0,4}$")
# the subject organizes or conducts it: "quân đội Mỹ và Anh đã tiến hành cuộc tập trận" (AGENT, not PARTICIPANT)
_ORGANIZE_VERB = regex.compile(r"(?:^|\W)(?:tổ chức|tiến hành|chủ trì)\s+(?:(?:cuộc|buổi|đợt|các|những)\s+)?$")
# the subject conducts talks with no partner after them ("tiến hành hội đàm", "tiến hành Đối thoại chiến lược Việt - Nga"):
# one of the parties, not an organizer ("tổ chức hội đàm" keeps the organizer; "hội đàm với B" keeps A the AGENT)
_CONDUCT_VERB = regex.compile(r"(?:^|\W)tiến hành\s+(?:(?:cuộc|các|những)\s+)?$")
# an organizing verb between a subject and a meeting noun: "Tỉnh ủy Y tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh",
# "Việt Nam sẽ phối hợp ... để tổ chức tốt hội nghị cấp cao CLV"
_HOLDS_VERB = regex.compile(r"(?<!\p{L})(?:tổ chức|chủ trì|triệu tập|đăng cai|tiến hành)(?!\p{L})")
_TALKS = regex.compile(r"hội đàm|đối thoại|điện đàm|tham vấn")
# (not "dự kiến", "dự định": a plan, "Ông X dự kiến thăm căn cứ hải quân Ream")
_ATTEND_VERB = regex.compile(r"(?:^|\W)(?:dự(?!\s+(?:kiến|định|trù|tính|báo|thảo|án|toán)(?!\p{L}))|tham dự|tham gia|có mặt tại|có mặt)"
                             r"[\s,]+(?:\S+\s+){0,3}(?:(?:buổi|cuộc|phiên|lễ)\s+)?$")
# the subject attends a ceremony whose name holds the trigger ("Phó Thủ tướng X đã dự lễ công bố Quyết định của Thủ
# tướng Chính phủ điều động, bổ nhiệm ...", "X đã tới dự Lễ trao bằng Tiến sĩ"): one who takes part, not the actor
_ATTEND_CEREMONY = regex.compile(r"(?:^|\W)(?:dự|tham dự|tới dự|đến dự)\s+(?:buổi\s+)?lễ\s+[^.;:!?\n]{0,120}$")
# (also a port of call: "tàu X đã cập cảng Tiên Sa, bắt đầu chuyến thăm": the port is no visitor)
# a place set off by a comma after another, opening with its unit word ("sân bay Wattay, Thủ đô Vientiane")
_UNIT_APPOSITION = regex.compile(r"\s*,\s*")
_UNIT_START = regex.compile(r"(?:thủ đô|tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn|bang)(?!\p{L})")
# the last place of such a chain: a comma, then a verb phrase that goes on with the subject's acts ("..., Pháp, bắt đầu
# chuyến thăm", "..., Hoa Kỳ, tham dự ...")
_CHAIN_END = regex.compile(r"\s*,\s*(?:(?:chính thức|để|và)\s+)?(?:bắt đầu|tham dự|dự|thăm|kết thúc|mở đầu|tiếp tục)(?!\p{L})")
_NO_SUBJ_PREP = regex.compile(r"(?:^|\W)(?:tại|ở|trên|đến|tới|từ|rời|rời khỏi|cho|đối với|về|trong|sau|trước|cập|ghé)\s+"
                              r"(?:\p{Ll}+\s+){0,1}$")
_ADMIN_BEFORE = regex.compile(r"(?:^|\W)(?:tỉnh|thành phố|tp\.?|tx\.|q\.|p\.|huyện|quận|thị xã|xã|phường|thị trấn|địa bàn|thủ đô)\s*$")
_OF = regex.compile(r"(?:^|\W)của\s+$")
# places listed: joined by "và", or by a comma when another item follows ("tại A, B và C"); a comma alone may end
# a fronted phrase ("ở Syria, Đức-Pháp đã ký")
# (a unit word may name the next one: "của thành phố Huế và tỉnh Đắc Nông")
_PLACE_LIST_GAP = regex.compile(r"\s*,?\s*và\s*(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+)?")
_PLACE_LIST_COMMA = regex.compile(r"\s*,\s*")
# between a trigger and a period that belongs to its name or object: content words only, no comma and
# no word that places the happening in time ("vào", "từ", "diễn ra", "trong", "hôm", ...)
_NAMED_PERIOD_GAP = regex.compile(
    r"(?:\s+(?!(?:vào|từ|trong|diễn ra|đến|tới|hôm|ngày|kể từ|suốt|lúc|khi|trước|sau|dự kiến|sẽ)(?!\p{L}))\p{L}+)+\s+")
_WORK_PERIOD_WORDS = (r"(?:\s+(?!(?:vào|từ|trong|diễn ra|đến|tới|hôm|ngày|lúc|khi|trước|sau|tại|ở)(?!\p{L}))"
                      r"[^\s,.;:!?()]+)")
_WORK_PERIOD = regex.compile(r"(?<!\p{L})(?:(?:công tác|nhiệm vụ|kế hoạch|chương trình|phương hướng)" + _WORK_PERIOD_WORDS
                             + r"{0,3}|(?:tổng kết|sơ kết)" + _WORK_PERIOD_WORDS + r"{0,5})\s+$")
_SETTING_PRED = regex.compile(r"(?<!\p{L})(?:sẽ|đã|vừa|dự kiến(?:\s+sẽ)?)\s+(?:được\s+)?(?:diễn ra|tổ chức|khai mạc)(?!\p{L})")
_CLAUSE_SUBJECT_OPEN = regex.compile(r"[\W\s]*(?:(?:cuộc|buổi|phiên|kỳ|kì|các|những|một)\s+)*")
_SPEECH_OPEN = regex.compile(r"(?:^|[.:!?…]\s*|\n\s*)$")
# a body named right after "tại"/"ở" before the trigger is where the happening takes place ("Chiều 9/12, tại Đại sứ
# quán Việt Nam (Bắc Kinh, Trung Quốc), X gặp mặt ...", "Chiều 4-1, tại Văn phòng Chính phủ, Thủ tướng đã tiếp"); not
# where a party works or studies ("công tác tại Viện X"); after the trigger it may be the body dealt with ("kiểm tra
# ... tại Ban Thường vụ Tỉnh ủy X") or the one visited
# (not an institution as such: "... thông qua tại Quốc hội, Chính phủ báo cáo" names no venue; its seat does: "tại trụ
# sở Chính phủ")
_INSTITUTION = regex.compile(r"(?:quốc hội|chính phủ|đảng|nhà nước|trung ương)")
_AT_BODY = regex.compile(r"(?<!\p{L})(?<!(?:công tác|học tập|học|giảng dạy|nghiên cứu|thực tập|du học|điều trị|làm việc lâu năm|nhân viên|giảng viên|sinh viên|chuyên gia|cán bộ)\s)"
                         r"(?:tại|ở)\s+$")
# a continent or region named in a forum's name or theme ("Hội nghị quốc tế Tương lai châu Á", "Diễn đàn An ninh Đông Nam
# Á"): no place where it is held
_REGION_NAME = regex.compile(r"(?:châu|đông nam á|đông á|nam á|trung đông|(?:(?:đông|tây|nam|bắc)\s+)?(?:thái bình dương|đại tây dương"
                             r"|ấn độ dương)|á\s*[-–]\s*(?:phi|âu|thái bình dương)|mỹ latinh|mỹ la tinh)(?!\p{L})")
# the seat of a body named as the venue: "tại trụ sở Chính phủ", "tại Sở Chỉ huy Binh chủng Đặc công", "tại Hội
# trường Bộ Quốc phòng", "tại Nhà khách Chính phủ"
_SEAT_OF = regex.compile(r"(?<!\p{L})(?:trụ sở|sở chỉ huy|hội trường|nhà khách)\s+$")
# a body named as the venue right after the trigger and its verbs, with no party between: "thăm và làm việc tại Đồn
# Biên phòng Đàm Thủy", "gặp gỡ và phát biểu tại Học viện ...", "một buổi hội thảo ở Trung tâm Chiến lược ..."
_AT_AFTER_VERB = regex.compile(r"(?:(?:\s*,\s*|\s+(?:và|rồi)\s+|\s+)(?:\p{Ll}+\s+){0,3}?)?\s*(?:tại|ở)\s+")
_RESIDENCE = regex.compile(r"(?<!\p{L})(?:trú|ngụ|cư trú|quê|quê quán|sinh sống|nguyên quán)\s+(?:tại|ở)\s+(?:\S+\s+){0,3}$")
_QUOTE = regex.compile(r"“[^”“\n]{1,600}”")
_TERM = regex.compile(r"(?:nhiệm kỳ|nhiệm kì|khoá|khóa)(?!\p{L})")
_REFERRED_AGREEMENT = regex.compile(r"(?<!\p{L})(?:bất chấp|mặc dù|dù|vi phạm)\s+(?:các\s+|những\s+)?(?:thỏa thuận|thoả thuận|hiệp định"
                                     r"|hiệp ước)\s+(?:\p{Ll}+\s+){0,3}?(?:(?:đã|vừa)\s+)?(?:được\s+)?$")
_ORGANIZED_BY = regex.compile(r"(?<!\p{L})do\s+(?:\p{Ll}+\s+){0,2}$")
_ORGANIZES = regex.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:tổ chức|chủ trì|đăng cai)(?!\p{L})")
_VISITOR_CLAUSE = regex.compile(r"(?<!\p{L})do\s+(?:(?:ông|bà|ngài|đồng chí)\s+)?(?:\p{L}+\s+){0,4}$")
_DAY_RANGE = regex.compile(r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}")
# a year that is a goal or part of a programme's name, not when the happening took place
_GOAL_YEAR = regex.compile(r"(?<!\p{L})(?:tầm nhìn|định hướng)\s+(?:đến|tới)\s+$")
_PROGRAMME_YEAR = regex.compile(r"(?<![\p{L}\p{M}])(?:Năm|Tuần lễ(?:\s+Cấp cao)?)\s+\p{Lu}{2,}\s+$")
_DAY_VALUE = regex.compile(r"[\dX]{4}-[\dX]{2}-[\dX]{2}")
# (also the day it opens or closes: "Hội nghị cấp cao Á- Phi 2005 tổ chức tại Jakarta đã bế mạc chiều 23-4", "Phiên
# họp ... trong năm 2025 khai mạc sáng nay (6/1)")
_ON_DAY = regex.compile(r"(?<!\p{L})(?:vào|(?:diễn ra|khai mạc|bế mạc|kết thúc)(?:\s+vào)?)\s+$")
_STOP_BETWEEN = regex.compile(r"[.!?\n](?:\s|$)")
# between a person and the school, unit or place that describe them: ", giáo viên Trường ", ", lớp 12, Trường "
_PERSON_APPOSITIVE = regex.compile(
    r"\s*,\s*(?:giáo viên|học sinh|sinh viên|giảng viên|hiệu trưởng|công nhân|nhân viên|cán bộ|chiến sĩ|bác sĩ|kỹ sư"
    r"|nông dân|lớp\s+\d+)(?!\p{L})[^.;:!?()“”\n]{0,40}")
# a visit going on, or the occasion of another happening: "... đang (có chuyến) thăm", "nhân dịp X ... thăm"
_BACKGROUND_VISIT = regex.compile(r"(?<!\p{L})(?:đang(?:\s+có)?(?:\s+chuyến)?|nhân dịp(?!\s+(?:chuyến|chuyến thăm)\s*$)[^.,;:!?()\n]{0,80}?)\s*$")
_STAY_RANGE = regex.compile(r"(?:\d{4}|XXXX)-\d{2}-\d{2}/(?:\d{4}|XXXX)-\d{2}-\d{2}")
_DATE_ADVERBIAL = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:,?\s*(?:tại|ở)\s[^,.;:()]{1,80})?,")


@dataclass
class _Mention:
    start: int
    end: int
    row: _Row
    clause: tuple[int, int]
    title: bool
    caption: bool
    ref: str | None  # "at", "attend", "frame" (see the reference rules) or None
    status: str | None
    ref_agent: str = ""  # for "frame": "main" (the main clause's subject) or "nearest"
    args: dict[str, list[Entity]] = field(default_factory=dict)
    after_trigger: bool = False  # another trigger stands right before this one ("ký biên bản Đối thoại")
    only_merge: bool = False  # a reference that names no happening of its own ("X là một cuộc tập trận ...")
    subject: list[Entity] = field(default_factory=list)  # the subject found for it (shared by a following predicate)
    subject_role: str = ""  # its role ("bị khởi tố và bắt tạm giam": TARGET of both)
    weak: bool = False  # its subject is the main clause's after a fronted phrase ("Kết thúc hội đàm, A và B đã ký")
    item: tuple[int, int] | None = None  # the numbered list item it opens ("2. Hội thảo ... chủ trì. Thời gian: ...")
    schedule: bool = False  # it heads a schedule of the happening told before ("Địa điểm tổ chức hội thảo:")
    adds_party: bool = False  # merged as one more party of the happening ("Y đồng chủ trì buổi làm việc")


def _passes(rule: dict, d: _Doc, s: int, e: int) -> bool:
    if rule.get("all"):  # both the text before and the text after must fit
        return bool(rule["after_rx"].match(d.norm, e) and rule["before_rx"].search(d.norm[max(0, s - 60):s]))
    if "after_rx" in rule and rule["after_rx"].match(d.norm, e):
        return True
    if "before_rx" in rule and rule["before_rx"].search(d.norm[max(0, s - 60):s]):
        return True
    if "next_entity" in rule:
        k = bisect.bisect_left(d.starts, e)
        if k < len(d.ents) and d.ents[k].label in rule["next_entity"]:
            gap = d.norm[e:d.ents[k].start]
            if rule.get("gap_rx", regex.compile(r"\s*")).fullmatch(gap):
                return True
    return False


def _is_head(d: _Doc, x: Entity) -> bool:
    return x.label in ("PER", "ORG", "LOC") and x.id not in d.desc


_OF_PARTY = regex.compile(r"\s+của\s+")
# a body and the parent it belongs to: "Ủy ban Quốc phòng và an ninh thuộc Hội đồng Liên bang (Thượng viện Nga) sẽ thăm"
_OF_PARENT = regex.compile(r"\s+(?:của|(?:trực\s+)?thuộc)\s+")
# the trainees after "cho", counted: "đã huấn luyện cho hơn 1.500 sĩ quan Quân đội Nhân dân Việt Nam", "đào tạo và hỗ trợ
# kỹ thuật cho quân đội Philippines"
_TRAINEES = regex.compile(r"\s*(?:\p{Ll}+\s+){0,4}?cho\s+(?:(?:hơn|gần|khoảng|trên)\s+)?(?:[\d.,]+\s+)?(?:\p{Ll}+\s+){0,3}")
# the one given to after the award or gift: "trao tặng Huân chương Hàn lâm hạng nhì cho GS.TSKH Bùi Văn Ga", "trao 50 suất
# quà cho gia đình ông X" (no stop or clause break in the goods)
# (a late person still receives: "truy tặng Huân chương ... cho cố Thượng tướng X"; so does one whose family takes it:
# "trao danh hiệu Anh hùng ... cho đại diện gia đình Trung tá X", "trao Bằng Tổ quốc ghi công cho thân nhân liệt sĩ X")
_GIVEN_TO = regex.compile(r"\s+[^,.;:!?\n“”\"]{1,60}?\s+cho\s+(?:(?:ông|bà|anh|chị|em|cháu|cụ|cố|đồng chí|gia đình|bệnh nhân|thương binh"
                          r"|đại diện|thân nhân|người thân|liệt sĩ|liệt sỹ|mẹ việt nam anh hùng"
                          r"|(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)"
                          r"|(?:gs|pgs|ts|tskh|ths|bs|ks|nsnd|nsưt)(?:\.(?:gs|pgs|ts|tskh|ths|bs|ks))*\.?)\s+)*")
# a source credit that opens a lead ("(Chinhphu.vn) – Phiên họp ..."): no subject
_CREDIT_OPEN = regex.compile(r"[\W\s]*\(\s*")
_CREDIT_CLOSE = regex.compile(r"\s*\)\s*[-–—:]")


def _credit_line(d: _Doc, cs: int, x: Entity) -> bool:
    """``x`` is the source credit that opens the clause: "(Chinhphu.vn) – ..."."""
    return _CREDIT_OPEN.fullmatch(d.norm, cs, x.start) is not None and _CREDIT_CLOSE.match(d.norm, x.end) is not None


_UNDER_CHAIR = regex.compile(r"(?<!\p{L})dưới sự (?:chủ trì|điều hành|chủ tọa|chủ toạ) của\s+")
# a nameless title heading a counted list of countries: "Bộ trưởng Quốc phòng 2 nước Mỹ và Nhật", "Bộ trưởng Quốc phòng
# các nước gồm Mỹ, Nhật Bản và Úc"
_TITLE_OF_COUNTRIES = regex.compile(r"\s+(?:\d+|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|các)\s+nước\s+(?:(?:gồm|là)\s+)?")


# a spouse named after the leader, capitalized: "Tổng Bí thư Tô Lâm và Phu nhân Ngô Phương Ly cùng Đoàn ... rời Hà Nội"
_SPOUSE = regex.compile(r"(?<![\p{L}\p{M}])(?:Phu nhân|Phu quân)(?![\p{L}\p{M}])")


# a fronted subordinate clause ("Sau khi ..., ", "Khi ..., "): what it names is not the main clause's subject
_SUBCLAUSE_OPEN = regex.compile(r"(?<!\p{L})(?:sau khi|trước khi|trong khi|khi|mặc dù|nếu)\s")


def _in_fronted_clause(d: _Doc, x: Entity) -> bool:
    """Whether ``x`` stands in a subordinate clause that opens its sentence and has had no comma yet."""
    ss = max(d.norm.rfind(c, 0, x.start) for c in ".;:\n") + 1
    opened = None
    for opened in _SUBCLAUSE_OPEN.finditer(d.norm, ss, x.start):
        pass
    return opened is not None and "," not in d.norm[opened.end():x.start] \
        and regex.fullmatch(r"[\W\d]*(?:(?:sáng|chiều|tối|trưa|ngày|hôm|tại|ở)[^,]*,\s*)*", d.norm[ss:opened.start()]) is not None


def _group_back(d: _Doc, cands: list[Entity], from_pos: int) -> list[Entity]:
    """The group of heads ending with the last head of ``cands`` (a subject)."""
    heads = [x for x in cands if _is_head(d, x)]
    if not heads:
        return []
    idx = cands.index(heads[-1])
    if heads[-1].label in ("LOC", "ORG") and idx > 0 and cands[idx - 1].label == "PER" \
            and _OF_PARTY.fullmatch(d.norm, cands[idx - 1].end, heads[-1].start):
        idx -= 1  # "Nhà Vua Philippe và Hoàng hậu Mathilde của Vương quốc Bỉ rời TPHCM, kết thúc ... thăm": the people
    group = [cands[idx]]
    for j in range(idx - 1, -1, -1):
        x, y = cands[j], cands[j + 1]
        gap = d.norm[x.end:y.start]
        if x.label == "TITLE" and y.label == "LOC" and _is_head(d, y) and _TITLE_OF_COUNTRIES.fullmatch(gap):
            # "Bộ trưởng Quốc phòng 4 nước Bồ Đào Nha, Pháp, Italy và Tây Ban Nha đã gặp": the nameless title acts with
            # the countries it heads
            group.append(x)
            break
        if x.label == "ORG" and y.label == "ORG" and group[-1] is y and _is_head(d, x) and _OF_PARENT.fullmatch(gap):
            # "Ủy ban Kinh tế và Ngân sách của Quốc hội cùng Bộ Xây dựng đã tổ chức": the body named first acts, not
            # its parent after "của" (nor the parent's short name in brackets)
            group[-1] = x
            if len(group) > 1 and regex.fullmatch(r"\s*\(", d.norm[y.end:group[-2].start]) and d.norm.startswith(")", group[-2].end):
                del group[-2]
            continue
        if "," in gap and _in_fronted_clause(d, x):
            break  # "sau khi thị sát dự án cao tốc Chi Lăng - Hữu Nghị, Thủ tướng X đã chủ trì": the clause's places
        if _is_head(d, y) or y.label in ("RANK", "TITLE"):
            # between two people or parties: only separators (a capital starts another sentence)
            # (a capital starts another sentence; "dẫn đầu Đoàn đại biểu" names the delegation the person leads)
            if not _GROUP_GAP.fullmatch(gap) or regex.search(r"\p{Lu}", _SPOUSE.sub("", _DELEGATION.sub("", d.text[x.end:y.start]))):
                break
        elif len(gap) > 40 or any(ch in gap for ch in ".!?;"):
            break
        if _is_head(d, x):
            group.append(x)
        elif x.label not in ("TITLE", "RANK", "ORG", "LOC"):
            break
    return group[::-1]


def _group_fwd(d: _Doc, cands: list[Entity]) -> list[Entity]:
    """The group of heads starting with the first head of ``cands`` (an object)."""
    heads = [x for x in cands if _is_head(d, x)]
    if not heads:
        return []
    idx = cands.index(heads[0])
    group = [heads[0]]
    for j in range(idx + 1, len(cands)):
        x = cands[j]
        gap = d.norm[cands[j - 1].end:x.start]
        if x.label in ("TITLE", "RANK") and (not _GROUP_GAP.fullmatch(gap) or regex.search(r"\p{Lu}", d.text[cands[j - 1].end:x.start])):
            break
        if _is_head(d, x):
            if not _GROUP_GAP.fullmatch(gap) or x.label != group[-1].label and not regex.search(r"và|với", gap) and x.label != "PER":
                break
            if x.label == "ORG" and " " in x.text and cands[j - 1] is group[-1] and gap.endswith("(") and d.norm.startswith(")", x.end):
                continue  # the parent of the unit before: "Cục An ninh điều tra (Bộ Công an); Lữ đoàn K3"
            if ";" in gap and _CLAUSE_AFTER.match(d.text, x.end):
                break  # the subject of the next clause: "ký hợp đồng với Tập đoàn Lotte; Chính phủ Hàn Quốc cung cấp đất"
            group.append(x)
        elif x.label in ("TITLE", "RANK", "ORG", "LOC"):
            if len(gap) > 40:
                break
        else:
            break
    return group


# ("phiên khai mạc", "lễ bế mạc" name a session, no chair's act)
_CHAIR = regex.compile(r"(?<!\p{L})(?:chủ trì|chủ toạ|chủ tọa|điều hành|triệu tập|kết luận|(?<!(?:phiên|lễ)\s)(?:khai mạc|bế mạc))(?!\p{L})")
# a speech closing (or opening) a sitting is given by one who takes part, not the chair: "X phát biểu bế mạc phiên họp"
_CLOSING_SPEECH = regex.compile(r"(?<!\p{L})phát biểu\s+(?:khai mạc|bế mạc)(?=\s+(?:phiên|buổi|kỳ|kì)(?!\p{L}))")
# the verb of filling a post, right before the post: "bầu Chủ tịch", "bổ nhiệm chức vụ Tổng Giám đốc" (not a passive
# one: "bà được bổ nhiệm chức vụ bộ trưởng", "được ông X bổ nhiệm chức bộ trưởng": the one before it is appointed)
_APPOINT_TITLE = regex.compile(r"(?<!\p{L})(?<!(?<!\p{L})(?:được|bị)(?:\s+\p{L}+){0,3}\s)(?:bổ nhiệm|bầu|đề bạt)\s+(?:(?:lại|giữ)\s+)?(?:(?:chức|chức vụ|chức danh)\s+)?$")
# what may stand between a speech verb and the meeting it was given at, a sitting of it too: "X phát biểu bế mạc
# phiên họp thứ 6", "phát biểu khai mạc buổi hội thảo"
_SPEAK_AT = regex.compile(r"\s*(?:(?:chỉ đạo|khai mạc|bế mạc|kết luận|tổng kết)\s+(?:(?:phiên|buổi)\s+)?)?(?:tại\s+)?")
# "X nói tại một cuộc họp báo", "ông X phát biểu trước báo giới trong cuộc họp", "X cho biết trong hội thảo": the
# speaker before the reporting verb took part in the meeting where it was said
# (also a joint act named first: "X khẳng định như thế tại buổi kiểm tra và làm việc với Y")
_SAID_AT = regex.compile(r"(?:\s+\p{Ll}+){0,3}?\s+(?:tại|trong|ở|bên lề)\s+(?:(?:một|các|những)\s+)?(?:(?:cuộc|buổi|phiên)\s+"
                         r"(?:(?:kiểm tra|thăm|khảo sát|tiếp|gặp|gặp mặt|gặp gỡ|hội đàm)\s+và\s+)?"
                         # (a sitting of it: "X đã phát biểu như trên tại phiên khai mạc hội nghị")
                         r"(?:(?:khai mạc|bế mạc|toàn thể|thảo luận)\s+)?)?")
_WITH_NEXT = regex.compile(r"\s+(?:với|cùng)\s")
_AT_OPEN = regex.compile(r"\W*(?:tại|trong|bên lề)\s+(?:(?:buổi|cuộc|phiên)\s+)?")
_MAIN_LEAD = regex.compile(r",\s*(?:(?:ông|bà|ngài|đồng chí)\s+)?")
# the one an award goes to: "... của Nhà nước A tặng Thượng tướng X", "trao Huân chương ... cho đồng chí Y"
_AWARD_TO = regex.compile(r"(?<!\p{L})(?:trao tặng|tặng|cho)\s+(?:(?:ông|bà|đồng chí|ngài|cố)\s+)*")
# a speech "of" someone "at" a meeting: "Phát biểu của Tổng Bí thư X tại buổi gặp mặt", "bài diễn văn của ... tại"
_SPEECH_OF = regex.compile(r"(?<!\p{L})(?:phát biểu|bài phát biểu|diễn văn|bài diễn văn|bài nói chuyện|phát biểu chỉ đạo)\s+của\s+(?:(?:đồng chí|ông|bà|ngài)\s+)?")
_SPEECH_AT_END = regex.compile(r"\s*(?:(?:và phu nhân|và phu quân)\s*)?(?:tại|trong)\s+(?:(?:buổi|cuộc|phiên|lễ|một)\s+)?")
# a fronted session of a body ("Tại phiên họp thứ 31 ..., ", "Trong kỳ họp này, "; not a press conference or a forum)
_SESSION_AT = regex.compile(r"(?:\s*\([^()]{1,30}\)\s*[-–—])?\W*(?:tại|trong)\s+(?:phiên|kỳ|kì)\s+họp")
_TENSE_NEXT = regex.compile(r"\s*(?:(?:cũng|tiếp tục)\s+)?(?:đã|đang|sẽ|vừa)(?!\p{L})")
# (with its capitalized kind words: "và Đoàn đại biểu Quân sự cấp cao Quân giải phóng ...")
_DELEGATION = regex.compile(r"(?<![\p{L}\p{M}])(?:dẫn đầu\s+|(?:và|cùng)\s+(?:các\s+thành viên\s+)?)(?:Phái đoàn|Đoàn)(?:\s+(?i:đại biểu|quân sự|cấp cao|cao cấp"
                            r"|quân đội|công tác))*(?![\p{L}\p{M}])")
_SUBJECT_THEN_TENSE = regex.compile(r"[^;,.]*?(?<!\p{L})(?:đã|đang|vừa|sẽ)(?!\p{L})")


# a postmodifier of the object that places its people: "người dân bị thiệt hại do thiên tai tại ...", "các gia đình
# đang sinh sống ở ..."
_JOINED_PLACE = regex.compile(r"\s*(?:,\s*|\s+và\s+)")
_POSTMOD = regex.compile(r"(?:^|\W)(?:bị|đang sinh sống|sinh sống|định cư|sống)(?!\p{L})")
# a place told of the people named before it, where they live, study or work: "gặp gỡ cựu quân tình nguyện, chuyên
# gia, lưu học sinh Việt Nam tại Lào", "cộng đồng người Việt Nam ở nước ngoài", "doanh nghiệp Việt Nam tại Lào"
_PEOPLE_AT = regex.compile(r"(?<!\p{L})(?:lưu học sinh|du học sinh|sinh viên|cộng đồng|kiều bào|bà con|việt kiều|người việt"
                           r"|doanh nghiệp|nhà đầu tư|người lao động|lao động|công nhân|thực tập sinh)"
                           r"(?:\s+[^\s,.;:!?()]+){0,3}?\s+(?:(?:đang\s+)?(?:sinh sống|làm việc|học tập|công tác|đầu tư)\s+)?(?:tại|ở)\s+$")
# the place a predicate of setting gives the happening after its name and topic: "hội nghị thông qua dự thảo kết luận
# thanh tra ... tại khu vực sân bay X (...) diễn ra ngày 7-7 tại trụ sở UBND huyện Y"
_OWN_SETTING_AT = regex.compile(r"(?<!\p{L})(?:diễn ra|được tổ chức|khai mạc)(?:\s+(?:vào\s+)?(?:sáng|chiều|tối|trưa|ngày|hôm)"
                                r"?(?:\s+(?:nay|qua|\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2}|\(\d{1,2}(?:\s*[/.-]\s*\d{1,4}){0,2}\))){0,2})?"
                                r",?\s+(?:tại|ở)\s+(?:trụ sở\s+)?$")
_VERBAL_NOUN_AT = regex.compile(r"(?:^|\W)(?:việc|quá trình|kinh nghiệm)\s+(?:\p{Ll}+\s+){1,3}(?:tại|ở)\s+$")
_SPEECH_AT = regex.compile(r"\s+(?:tại|trong)\s+(?:\p{Ll}+\s+){0,4}")
_ATTEND_AND = regex.compile(r"(?:^|\W)(?:dự|tham dự|đến dự)\s+và\s+$")
_DATE_LEAD_IN = regex.compile(r"[\W\s]*(?:\p{L}+\s+){0,2}")
_DATE_COMMA = regex.compile(r"(?:\s+\p{Ll}+){0,2}\s*,")
_ADMIN_SUBJ = regex.compile(r"[\W\s]*(?:(?:,|và)\s*)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+")
_FRONTED_PP = regex.compile(r"\W*(?:với|nhờ|bằng|qua|thông qua|dưới sự|trước sự)(?!\p{L})")
_FRONTED_FRAME = regex.compile(r"\s*(?:nhân|trong khuôn khổ|trong|sau|trước|tiếp theo|bên lề)\s+(?:\p{Ll}+\s+){0,3}$")
_NOMINAL_BEFORE = regex.compile(r"(?:^|\W)(?:cuộc|buổi|chuyến)\s+$")
# (no place after a preposition: "nhân chuyến thăm của tàu Echigo tại Đà Nẵng" names the place, not the visitor)
_OF_GAP = regex.compile(r"\s*(?:\p{Ll}+\s+){0,3}?của\s+(?:(?!(?:tại|ở|đến|tới|trên)\s)\p{Ll}+\s+){0,3}")
# between a nominal trigger and the place visited before "của": "chuyến thăm cấp Nhà nước đến Việt Nam của ..."
_PLACE_GAP = regex.compile(r"\s*(?:(?:chính thức|cấp nhà nước|cấp cao|hữu nghị|làm việc|thiện chí)\s+)?(?:(?:đến|tới|sang)\s+)?")
_CHAIN_GAP = regex.compile(r"\s*,?\s*(?:(?:ông|bà|ngài|đồng chí)\s+)?")
_WITH_GAP = regex.compile(r"\s*(?:,\s*)?(?:với|cùng)\s+(?:\p{Ll}+\s+){0,2}")


# the ones after "có sự tham dự của" attend ("cuộc hội thảo có sự tham dự của X, ..."): no party of "của"
_ATTENDED_BY = regex.compile(r"[^,.;:!?\n]{0,80}?(?<!\p{L})có sự (?:tham dự|tham gia|góp mặt|hiện diện) của\s")
_LONG_NP_OF = regex.compile(r"[^,.;:!?\n“”\"]{1,160}?\s(?<!(?:(?:^|\s)(?:là|đã|sẽ|được|đang|vừa|với|cùng|về|tại|ở)\s[^,.;:!?\n]{0,160}))của\s+")


def _nominal_parties(d: _Doc, m: _Mention, post: list[Entity]) -> tuple[list[Entity], list[Entity], list[Entity]] | None:
    """For a nominal trigger ("cuộc", "buổi", "chuyến" + trigger): the party after "của" (its person
    when a title chain names one), the party after a following "với", and a place named between
    the trigger and "của"."""
    if not _NOMINAL_BEFORE.search(d.norm[max(0, m.start - 10):m.start]) or _ATTENDED_BY.match(d.norm, m.end):
        return None
    heads = [x for x in post if x.label in ("PER", "ORG", "LOC")]
    if not heads:
        return None
    place: list[Entity] = []
    if (post[0].label == "LOC" and len(post) > 1 and _PLACE_GAP.fullmatch(d.norm, m.end, post[0].start)
            and _OF_GAP.fullmatch(d.norm[post[0].end:post[1].start])):
        place, post = [post[0]], post[1:]  # "chuyến thăm Qatar của hai tàu chiến Mỹ": the place visited first
    elif not _OF_GAP.fullmatch(d.norm[m.end:post[0].start]):
        # a long noun phrase closed by the visitor: "Chuyến thăm và tham dự hội nghị thượng đỉnh Tổ chức Hiệp ước Bắc
        # Đại Tây Dương (NATO) lần đầu tiên của Tổng thống Mỹ Donald Trump vào hôm nay 25/5"
        of = _LONG_NP_OF.match(d.norm, m.end)
        if of is None:
            return None
        post = [x for x in post if x.start >= of.end()]
        if not post or not any(x.label == "PER" for x in post[:3]) or not all(
                x.label in ("TITLE", "RANK", "LOC", "ORG") for x in post[:next(k for k, x in enumerate(post) if x.label == "PER")]):
            return None
    group = _group_fwd(d, post)
    if group and _INVITED_BY.search(d.norm, m.end, group[0].start):
        # "kết thúc chuyến thăm ... tới CHDCND Lào theo lời mời của ... Chủ tịch nước Lào X": the host who invited,
        # not the visitor
        return None
    chain = post[:post.index(group[0]) + 1] if group else []
    if group and not all(_CHAIN_GAP.fullmatch(d.norm, a.end, b.start) for a, b in zip(chain, chain[1:])):
        # (commas inside a title chain that ends in the name are no break: "của Tổng Bí thư Ban Chấp hành ... Trung
        # Quốc, Chủ tịch nước Cộng hòa nhân dân Trung Hoa Tập Cận Bình"; other words are: "của Chủ tịch nước sau Đại
        # hội Đảng", "của Phó Chủ tịch Quân ủy TQ là biểu hiện ... giữa hai Đảng")
        # the party after "của" has no name ("của Phó Chủ tịch Quân ủy TQ là biểu hiện ... giữa hai Đảng"): none
        group = []
    fronted = _FRONTED_FRAME.match(d.norm, m.clause[0], m.start) is not None
    for k in range(1, len(group)):
        gap = d.norm[group[k - 1].end:group[k].start]
        # the party ends where "với" starts its partner, or at the comma that closes a fronted phrase
        # (a comma inside a title chain not yet closed by a name does not end it: "của Tổng Bí thư Ban Chấp hành ...,
        # Chủ tịch nước ... Tập Cận Bình, Tổng Bí thư ... Tô Lâm đã ...")
        if regex.search(r"(?:^|\W)(?:với|cùng)(?!\p{L})", gap) or (fronted and "," in gap and (
                any(x.label == "PER" for x in group[:k]) or not any(x.label == "PER" for x in group[k:]))):
            group = group[:k]
            break
    people = [x for x in group if x.label == "PER"]
    agents = people or [x for x in group if x.id not in d.desc]
    partners: list[Entity] = []
    rest = [x for x in post if x.start >= group[-1].end] if group else []
    if rest and _WITH_GAP.fullmatch(d.norm[group[-1].end:rest[0].start]):
        partners = [x for x in _group_fwd(d, rest) if x.label in ("PER", "ORG", "LOC")]
    return agents, partners, place


# a person described in parentheses and clauses, then the next one of a list: "2 đối tượng: Vàng Vả Mềnh (SN 1981), hộ
# khẩu thường trú tại bản X, huyện Y (Lào) và Giàng Chí Hừ (SN 1987)"
_DESCRIBED_NEXT = regex.compile(r"\s*(?:\(|,\s*(?:sinh năm|sn|trú|ngụ|quê)(?!\p{L}))[^.;:!?\n]{0,180}?(?:;|,|\s+và)\s*(?:(?:đối tượng|nghi phạm|nghi can|ông|bà)\s+)?")


_RANK_GAP = regex.compile(r"[^,.;:!?()\n]{1,60}")


def _described_list(d: _Doc, first: Entity, post: list[Entity], limit: int) -> list[Entity]:
    """The persons listed after ``first`` when each comes with a description (born, residence)."""
    out: list[Entity] = []
    prev = first
    lead = -1  # (the start of a rank or title right before the next person: "...); Đại tá X (...)")
    for x in post[post.index(first) + 1:] if first in post else ():
        if x.start >= limit:
            break
        if x.label in ("RANK", "TITLE"):
            lead = x.start if lead < 0 else lead
            continue
        if x.label != "PER":
            lead = -1
            continue
        start = lead if lead >= 0 and _RANK_GAP.fullmatch(d.norm, lead, x.start) else x.start
        lead = -1
        if not _DESCRIBED_NEXT.fullmatch(d.norm, prev.end, start):
            break
        out.append(x)
        prev = x
    return out


def _shared_subject(d: _Doc, cs: int, s: int) -> list[Entity]:
    """A predicate of a ";" list that starts with its verb shares the subject of the list's first
    predicate: "X đã đến đặt vòng hoa ...; thăm Khu di tích ...; hội kiến ông Y"."""
    semi = d.norm.rfind(";", cs, s)
    if semi < 0 or not regex.fullmatch(r"\s*(?:\p{Ll}+\s+){0,2}", d.norm[semi + 1:s]):
        return []
    first = d.norm.find(";", cs, s)
    ents = [x for x in d.ents_in(cs, first) if x.label != "DATE"]
    # the person before the first predicate's tense marker, with no comma between
    # ("theo lời mời của ... Tập Cận Bình và Phu nhân, sáng 18/8, ... Tô Lâm ... đã dâng hoa")
    people = [x for x in ents if x.label == "PER" and x.id not in d.desc
              and _SUBJECT_THEN_TENSE.match(d.norm, x.end, first)]
    if not people:
        return []
    return [x for x in _group_fwd(d, ents[ents.index(people[-1]):]) if x.label == "PER"]


# (also the programme of a trip, and a trip going on: "Sáng ngày 5/3, trong chương trình chuyến thăm chính thức
# Australia, Thủ tướng X đã dự lễ ...", "Tiếp tục chuyến thăm cấp Nhà nước tới Ireland, chiều 2/10, ... đã đến thăm ...")
_TRIP_OPENERS = ("trong chương trình", "tiếp tục chuyến")
_FRAME_OPEN = regex.compile(r"(?<!\p{L})(?:nhân dịp|nhân chuyến|trong khuôn khổ|bên lề|" + "|".join(_TRIP_OPENERS) + r")(?!\p{L})")
_TENSE = regex.compile(r"(?<!\p{L})(?:đã|đang|vừa|sẽ)(?!\p{L})")


def _frame_end(d: _Doc, cs: int, s: int, e: int, ce: int) -> int | None:
    """Where the fronted occasion phrase holding the trigger at ``s``-``e`` ends ("Nhân dịp dự Hội nghị ... tại
    Kazan, Liên Bang Nga, | Thủ tướng ... đã gặp ..."): at a comma before a date ("..., chiều 25/5, ...") or at the
    last comma before the main clause's tense marker; None when the trigger stands in no such phrase."""
    fo = None
    for fo in _FRAME_OPEN.finditer(d.norm, cs, s):
        pass
    if fo is None or _TENSE.search(d.norm, fo.end(), s) or ";" in d.norm[fo.end():s]:
        return None
    if fo.group() in _TRIP_OPENERS and "," in d.norm[fo.end():s]:
        return None  # the main clause after a programme: "Tối 2/2, trong chương trình công tác tại Lạng Sơn, X tới thăm"
    tense = _TENSE.search(d.norm, e, ce)
    if tense is None:
        return None
    end = d.norm.rfind(",", e, tense.start())
    if end < 0:
        return None
    for x in d.ents_in(e, end):
        if x.label == "DATE" and regex.search(r",\s*$", d.norm[max(e, x.start - 4):x.start]):
            return d.norm.rfind(",", e, x.start)
    return end


def _cue(d: _Doc, kind_role: str) -> list[dict]:
    return [r for r in d.rules.by_kind.get("role_cue", ()) if r.get("role") == kind_role]


_FRONTED_STAY = regex.compile(r"\W*(?:trong thời gian|trong dịp|trong chuyến|trong đợt|nhân dịp|nhân chuyến)(?!\p{L})")
# a visit framing the main clause ("Trong khuôn khổ chuyến thăm cấp Nhà nước tới Mông Cổ, chiều 30/9, X đã có cuộc hội
# kiến với Y", "Tiếp tục chuyến thăm ... tới Lào, ..."): the country visited is the visit's place, not the main act's
_TRIP_FRAME = regex.compile(r"(?<!\p{L})(?:trong khuôn khổ|trong chương trình|tiếp tục)\s+chuyến\s+thăm(?!\p{L})")
# a happening named as what another act is about ("họp triển khai công tác chỉ đạo đại hội đảng", "báo cáo nhanh kết
# quả Đại hội X", "nhằm cụ thể hóa nội dung cuộc điện đàm"): the dateline and place of the clause are the act's
_TOPIC_NOUN = regex.compile(r"(?<!\p{L})(?:kết quả|nội dung|công tác chỉ đạo|chuẩn bị cho)\s+"
                            r"(?:(?:các|những|cuộc|buổi|kỳ|kì|phiên)\s+)?$")
# a province acting as the host body right before the verb ("tỉnh Sơn La đã ký văn bản hợp tác", "được tỉnh Thừa
# Thiên-Huế hỗ trợ", "Ban Thường vụ 2 tỉnh Cà Mau và Bạc Liêu tổ chức hội nghị"): no place of the happening
_HOST_GAP = regex.compile(r"\s+(?:(?:đã|sẽ|vừa|cũng|còn|đang|mới|tổ chức|tiến hành)\s+){0,3}(?:(?:cuộc|buổi)\s+)?")


def _trip_frame_end(d: _Doc, cs: int, s: int) -> int:
    """The comma closing a visit frame fronted in the clause from ``cs`` before the trigger at ``s``, else -1."""
    fm = _TRIP_FRAME.search(d.norm, cs, s)
    if fm is None or fm.start() - cs > 40:
        return -1
    return d.norm.find(",", fm.end(), s)


def _topic_named(d: _Doc, cs: int, s: int) -> bool:
    """Whether the trigger at ``s`` is named as the topic of another act ("kết quả Đại hội", "nội dung cuộc điện đàm")."""
    return bool(_TOPIC_NOUN.search(d.norm[max(cs, s - 40):s]))


def _host_place(d: _Doc, clause_ents: list[Entity], x: Entity, s: int) -> bool:
    """Whether the place ``x`` (with the places listed after it) ends the subject right before the trigger at ``s``."""
    k = clause_ents.index(x)
    end = x.end
    for y in clause_ents[k + 1:]:
        if y.start >= s or y.label != "LOC" or not regex.fullmatch(r"\s*(?:,|và)\s*", d.norm[end:y.start]):
            break
        end = y.end
    return end < s and bool(_HOST_GAP.fullmatch(d.norm, end, s))
_WITH_AT = regex.compile(r"\s*(?:với|cùng với)(?!\p{L})")
# a subordinate clause or a predicate with its own tense between two triggers: "tặng Bằng khen cho X vì đã ..., thu giữ"
_TOPIC_BEFORE = regex.compile(r"(?<!\p{L})(?:về|về việc|chuẩn bị cho|chuẩn bị)\s+(?:(?:việc|tổ chức|cho)\s+){0,2}"
                              r"(?:(?:các|những|cuộc|buổi|kỳ|kì|phiên)\s+)?$")
# the predicate of a clause whose subject names a happening and its topic ("Cuộc họp trù bị về tổ chức Hội nghị ...
# đã được tổ chức sáng 26/5"): what follows it is the main happening's
_MAIN_PRED = regex.compile(r"(?<!\p{L})(?:đã|vừa)\s+(?:được\s+)?(?:tổ chức|diễn ra|khai mạc|tiến hành)(?!\p{L})")
_IN_FRAME_AFTER_SUBJ = regex.compile(r"\s+trong\s+(?:cuộc|buổi)\s+")
_APPOSED_SUSPECT = regex.compile(r"\s*[-–—]\s*(?:là\s+)?(?:đối tượng|nghi phạm|nghi can|bị can)\s+(?:(?:vừa|đã|mới|vừa mới)\s+)?bị\s+"
                             r"(?:\p{Ll}+\s*,?\s+){0,4}$")
_PLANNED = regex.compile(r"(?<!\p{L})(?:sẽ|dự kiến|sắp)(?!\p{L})")
_SAID = r"(?<!\p{L})(?:cho biết|nói|khẳng định|nhấn mạnh|tuyên bố|phát biểu|cho rằng|nhận định)(?!\p{L})"
_SAID_VERB = regex.compile(_SAID)
_SAID_COLON = regex.compile(_SAID + r"\s*:")
_NEW_PREDICATE = regex.compile(r"(?<!\p{L})(?:vì|do|để|mà|nhằm|khi|nên|thì|đã|đang|sẽ|vừa)(?!\p{L})")
_COORD = regex.compile(r"\s*(?:,\s*(?:và\s+)?|và\s+)")
# a predicate of a list that starts with its verb: "X đã đến thăm gia đình cháu A ở xã B, thăm và tặng quà cho ..."
_LIST_LINK = r"(?:[,;]|(?<!\p{L})và)\s*(?:(?:đồng thời|rồi|sau đó|cũng|còn|tiếp tục|đã|và)\s+)*"
_LIST_PREDICATE = regex.compile(_LIST_LINK + "$")


def _joint_subject(d: _Doc, m: _Mention, group: list[Entity]) -> bool:
    """Parties joined by "và" before a reciprocal meeting verb with no partner after it ("A và B đã hội đàm")."""
    return _joint_parties(d, m, group, at_verb=True)


def _joint_parties(d: _Doc, m: _Mention, group: list[Entity], at_verb: bool = False) -> bool:
    """Parties joined by "và" (no "với" between them) and a reciprocal meeting trigger (a `joint_subject` rule); with
    ``at_verb``, the parties are the trigger's own subject, right before it, and no partner follows it."""
    heads = [x for x in group if _is_head(d, x)]
    if len(heads) < 2 or not any(regex.match(r"[\s,]*và(?!\p{L})", d.norm[a.end:b.start]) for a, b in zip(heads, heads[1:])):
        return False
    if any(regex.search(r"(?<!\p{L})(?:với|phối hợp|cùng với)(?!\p{L})", d.norm[a.end:b.start]) for a, b in zip(heads, heads[1:])):
        return False
    for r in d.rules.by_kind.get("joint_subject", ()):
        if "types" in r and m.row.type not in r["types"] or not r["trigger_rx"].fullmatch(d.norm, m.start, m.end):
            continue
        if not at_verb or r["before_rx"].search(d.norm[group[-1].end:m.start]) and r["after_rx"].match(d.norm, m.end):
            return True
    return False


def _fronted_joint(d: _Doc, m: _Mention, row: _Row, subject: list[Entity]) -> bool:
    """The parties of the main clause after a fronted reciprocal meeting ("Sáng 9/4, sau khi hội đàm, Thủ tướng A và
    Thủ tướng B đã chứng kiến lễ trao ..."): both took part, unless the text tells the meeting with a partner elsewhere
    ("Kết thúc hội đàm, A và B đã ký ..." after "Bộ trưởng A hội đàm với Thượng tướng B": A holds it)."""
    if row.subj != "AGENT" or not _joint_parties(d, m, subject):
        return False
    told_with = regex.compile(r"(?<!\p{L})" + regex.escape(d.norm[m.start:m.end]) + r"\s+với(?!\p{L})")
    return not told_with.search(d.norm)


_LED_BY = regex.compile(r"\s*(?:(?:làm|là)\s+(?:trưởng đoàn|trưởng phái đoàn|trưởng ban)|dẫn đầu|chủ trì)\s+(?:(?:cũng|đã|vừa|đang|sẽ)\s+|,\s*)")


# the head of a delegation who comes on the visit told: "Đoàn đại biểu cấp cao Đảng Cộng sản Ấn Độ (CPI) do đồng chí
# Doraisamy Raja, Tổng Bí thư CPI sang thăm và làm việc", "... do ông X dẫn đầu đang có chuyến thăm"
_LED_VISIT = regex.compile(r"(?:\s*,[^.;,]{1,80}?){0,3}\s*(?:(?:dẫn đầu|làm trưởng đoàn)\s+)?(?:(?:cũng|đã|vừa|đang|sẽ)\s+)?"
                           r"(?:có\s+(?:chuyến\s+)?)?(?:sang|đến|tới|qua)?\s*")


def _led_body(d: _Doc, cands: list[Entity], group: list[Entity], s: int) -> Entity | None:
    """The body a person leads, named as the subject with him: "Đoàn Kiểm tra số 1348 của Bộ Chính trị do ... Lương
    Cường làm Trưởng đoàn đã có buổi làm việc": the delegation acts with its head."""
    if not group or group[0].label != "PER" or not (_LED_BY.match(d.norm, group[-1].end, s)
                                                   or _LED_VISIT.fullmatch(d.norm, group[-1].end, s)):
        return None
    do = d.norm.rfind(" do ", max(0, group[0].start - 160), group[0].start)
    if do < 0 or any(ch in d.norm[do:group[0].start] for ch in ".;"):
        return None
    orgs = [x for x in (*cands, *d.ents_in(max(0, do - 60), do)) if x.label == "ORG" and x.end <= do and x.id not in d.desc
            and do - x.end <= 60]
    orgs = sorted({x.id: x for x in orgs}.values(), key=lambda x: x.start)
    if not orgs:
        return None
    # the first organization of the noun phrase before "do" ("Đoàn X của Bộ Y do ..."): the led body
    x = orgs[0]
    for y in orgs[1:]:
        if regex.fullmatch(r"\s*(?:của|thuộc)\s+", d.norm[x.end:y.start]) or \
                regex.fullmatch(r"\s*\(\s*", d.norm[x.end:y.start]) and regex.match(r"\s*\)", d.norm[y.end:]):
            continue  # the parent body or the abbreviation of the first: "Đảng Cộng sản Ấn Độ (CPI) do ..."
        x = y
    gap = d.norm[x.end:do]
    for y in reversed(d.ents_in(x.end, do)):
        if y.label in ("ORG", "LOC"):  # the parent after a comma: "Đoàn đại biểu Cục Thông tin, Quân đội Myanmar do"
            gap = gap[:y.start - x.end] + "X" + gap[y.end - x.end:]
    return x if regex.fullmatch(r"(?:[^,.;]|,\s*X)*", gap) else None


# what stands between a nameless title and its act: "Phó Chủ tịch nước đã đến thăm", "Thủ tướng Chính phủ vừa ký quyết
# định hỗ trợ ..."
_TITLE_GAP = regex.compile(r"\s*(?:\p{Ll}+\s+){0,3}|\s*(?:(?:đã|vừa|mới|cũng)\s+)*(?:ký|ra|ban hành)\s+quyết định\s+")


# what links the parts of an appositive chain of titles, bodies and places: "Thượng tướng X, Ủy viên Bộ Chính trị,
# Phó Chủ tịch Quân ủy Trung ương Trung Quốc", "Phó Thủ tướng, Bộ trưởng Bộ Ngoại giao X"
_APPOSITION_LINK = regex.compile(r"\s*,?\s*")


# "X, <title> <body>, ... đã thay mặt <body> tiếp ...": the person acts on behalf of the body named after the link
_ON_BEHALF = regex.compile(r"\s*(?:(?:đã|vừa|sẽ|cũng|đang|mới)\s+)*(?:thay mặt|đại diện cho)\s+(?:(?:lãnh đạo|các|cho)\s+)?")
# words between a title and the body it heads ("Tổ trưởng Tổ biên tập Tiểu ban ...", "Trưởng ban Ban ..."): no verb
# of its own, no comma
_TITLE_TO_BODY = regex.compile(r"\s*(?:\p{Lu}[\p{L}\p{M}]*\s+(?:[\p{L}\p{M}]+\s+){0,2})?")


def _apposed_person(d: _Doc, subj_cands: list[Entity], group: list[Entity]) -> tuple[Entity, bool] | None:
    """The person whose appositive titles hold the bodies ``group`` found before the verb: "Phó Thủ tướng X, Tổ trưởng
    Tổ biên tập Tiểu ban Văn kiện ... chủ trì" (the body only describes X), "X, Ủy viên Bộ Chính trị, ... đã thay mặt
    Lãnh đạo Đảng, Nhà nước tiếp" (X acts for them).  The flag says whether the bodies keep their role (on behalf)."""
    if not group or any(x.label == "PER" for x in group) or group[0] not in subj_cands:
        return None
    k = subj_cands.index(group[0])
    between = d.ents_in(max(0, group[0].start - 200), group[0].start)
    per = next((x for x in reversed(between) if x.label == "PER"), None)
    if per is None or per not in subj_cands[:k]:
        return None
    seg = [x for x in between if x.start > per.start]
    if not seg or seg[0].label not in ("TITLE", "RANK") or not regex.fullmatch(r"\s*[,(–-]\s*", d.norm[per.end:seg[0].start]):
        return None
    if any(x.label not in ("TITLE", "RANK", "ORG", "LOC", "DATE") for x in seg):
        return None
    # the residue between the parts: separators and a title's words only (no other act, list or clause)
    last = seg[-1] if seg[-1].end <= group[0].start else None
    link = d.norm[last.end:group[0].start] if last is not None else ""
    if _ON_BEHALF.fullmatch(link):
        on_behalf = True
    elif last is not None and last.label == "TITLE" and _TITLE_TO_BODY.fullmatch(d.text[last.end:group[0].start]):
        on_behalf = False
    elif last is not None and last.label == "ORG" and _OF_PARENT.fullmatch(link):
        # the parent of the body the title heads: "Tô Lâm, Trưởng Tiểu ban Nhân sự Đại hội XIV của Đảng chủ trì"
        on_behalf = False
    else:
        return None
    for a, b in zip(seg, seg[1:]):
        gap = d.norm[a.end:b.start]
        if not regex.fullmatch(r"\s*[,–-]?\s*", gap) and not (a.label == "TITLE" and _TITLE_TO_BODY.fullmatch(d.text[a.end:b.start])):
            return None
    if any(ch in d.norm[per.end:group[0].start] for ch in ".;:!?\n"):
        return None
    return per, on_behalf


# what opens the next item of a list of described persons: ", Y", ", và Y", "; ông Y"
# the separator of places listed together, a province or city word may open the next: "tại A, B, TP C"
_LOC_LIST_SEP = regex.compile(r"\s*(?:,|–|-|và)\s*(?:(?:tỉnh|thành phố|tp\.?)\s+)?")
_LIST_ITEM_GAP = regex.compile(r"(?:[,;]|(?<!\p{L})và)\s*(?:(?:ông|bà|ngài|đồng chí)\s+)?$")


def _title_subject(d: _Doc, pre: list[Entity], subj_cands: list[Entity], s: int) -> Entity | None:
    """A title with no name (with its own organization: "Thủ tướng Chính phủ") right before the trigger."""
    if not pre or [x for x in subj_cands if _is_head(d, x)]:
        return None
    t = pre[-1]
    if t.label == "ORG" and t.id in d.desc and len(pre) > 1 and pre[-2].label == "TITLE" \
            and regex.fullmatch(r"\s+", d.norm[pre[-2].end:t.start]):
        t = pre[-2]
    if t.label != "TITLE" or t not in subj_cands or not _TITLE_GAP.fullmatch(d.norm, pre[-1].end, s):
        return None
    before = d.ents_in(max(0, t.start - 160), t.start)
    if before and before[-1].label == "PER" and regex.fullmatch(r"\s*,\s*", d.norm[before[-1].end:t.start]):
        return None  # the office of a person named before it: "Nguyễn Thị Bình, Chủ tịch Hội đồng X đã trao tặng"
    # the last office of an appositive chain "Thượng tướng X, Ủy viên Bộ Chính trị, Phó Chủ tịch Quân ủy ..."
    last = t
    for x in reversed(before):
        gap = d.norm[x.end:last.start]
        if x.label == "PER" and regex.fullmatch(r"\s*,\s*", gap):
            return x
        if x.label not in ("TITLE", "ORG", "LOC") or not _APPOSITION_LINK.fullmatch(gap):
            break
        last = x
    return t


def _prev_topic(d: _Doc, trigger_starts: list[int], cs: int, s: int) -> bool:
    earlier = [t for t in trigger_starts if cs <= t < s]
    return bool(earlier) and bool(_TOPIC_BEFORE.search(d.norm[max(earlier[-1], s - 40):s]))


_LONG_APPOSITION = regex.compile(r"\s*,[^.;:!?“”\"\n,]{1,100}")


def _speakers(d: _Doc, cs: int, cue: int) -> list[Entity]:
    """The speaker right before a reporting verb: the last person of the clause, else a party just before the verb
    ("một quan chức quân đội Nhật nói"); a speaker quoted with a comma after the quote."""
    pre = [x for x in d.ents_in(cs, cue) if x.label in ("PER", "ORG")]
    people = [x for x in pre if x.label == "PER"]
    if people:
        gap = d.norm[people[-1].end:cue]
        # "Ông X, Phó Tổng Thanh tra Nhà nước, phát biểu": an apposition between the name and the verb
        if len(gap) <= 60 and not regex.search(r"[.;:!?“”\"]|(?<!\p{L})(?:và|của|với)(?!\p{L})", gap):
            return [people[-1]]
        # a longer apposition set off by a comma: "ông X, một chuyên gia về quân đội Nga tại Trung tâm phân tích hải
        # quân phát biểu", "GS. Y, cố vấn cấp cao về chống tham nhũng của IFES nói"
        if _LONG_APPOSITION.fullmatch(gap):
            return [people[-1]]
        return []
    if pre and len(d.norm[pre[-1].end:cue].strip()) == 0 and _is_head(d, pre[-1]):
        return [pre[-1]]
    return []


_SENTENCE_END = regex.compile(r"\s*(?:thêm\s*)?(?:[.!?…]|\n|$)")


_FRAMED_BY = regex.compile(r"(?<!\p{L})(?:tại|trong|ở|bên lề)\s+(?:(?:buổi|cuộc|phiên|lễ)\s+)?$")


def _report_tail(d: _Doc, e: int) -> int:
    """Where the speaker phrase of a sentence-final reporting verb after ``e`` starts ("..., Phó Thủ tướng, Bộ trưởng
    Bộ Ngoại giao X cho biết."), else the text's length; the phrase opens after a comma and ends the sentence."""
    stop = _STOP_BETWEEN.search(d.norm, e)
    end = stop.start() + 1 if stop else len(d.norm)
    for r in d.rules.by_kind.get("reporting", ()):
        for cue in r["cue_rx"].finditer(d.norm, e, end):
            at = cue.start() + len(regex.match(r"\W*", cue.group()).group())
            if not _SENTENCE_END.match(d.norm, cue.end()) or "“" in d.norm[e:at] or "”" in d.norm[e:at]:
                continue
            speaker = _speakers(d, e, at)
            if not speaker:
                continue
            chain = [x for x in d.ents_in(e, speaker[0].start)]
            first = speaker[0]
            while chain and (chain[-1].label in ("TITLE", "RANK", "ORG")
                             and _APPOSITION_LINK.fullmatch(d.norm, chain[-1].end, first.start)
                             or chain[-1].label == "LOC" and not d.norm[chain[-1].end:first.start].strip()):
                first = chain.pop()
            lead = regex.search(r",\s*(?:(?:ông|bà|ngài|đồng chí)\s+)?$", d.norm[e:first.start])
            if lead is not None:
                return e + lead.start()
    return len(d.norm)


def _listed_after(d: _Doc, a: Entity, b: Entity) -> bool:
    """Place b is the next item of a list after place a: "A và B", "A, B và C, ..." (not "ở A, B đã ký" nor "ở A, B
    và C đã ký", where the comma ends a fronted phrase and the places after it are the subject)."""
    if _PLACE_LIST_GAP.fullmatch(d.norm, a.end, b.start):
        return True
    if not _PLACE_LIST_COMMA.fullmatch(d.norm, a.end, b.start):
        return False
    joined, last = False, b
    while True:
        nxt = d.ents_in(last.end, last.end + 40)
        if not nxt or nxt[0].label != "LOC":
            break
        if _PLACE_LIST_GAP.fullmatch(d.norm, last.end, nxt[0].start):
            joined = True
        elif not _PLACE_LIST_COMMA.fullmatch(d.norm, last.end, nxt[0].start):
            break
        last = nxt[0]
    return joined and _PLACE_LIST_COMMA.match(d.norm, last.end) is not None


_PARTY_ROLES = ("AGENT", "PARTICIPANT", "TARGET")


def _not_party(d: _Doc, x: Entity, role: str, subject: bool = False, trigger: int = -1) -> bool:
    """``x`` can take no ``role`` in any happening (a "not_party" rule: a news source, a region, a year of birth);
    with ``subject`` only the rules with ``subject_skip`` (kept out of the subject before it is chosen). A rule with
    ``outside_trigger`` holds only for a happening whose ``trigger`` (its start) is not inside the ``before_entity``
    match: the place of a purpose clause belongs to the happening told in it."""
    for r in d.rules.by_kind.get("not_party", ()):
        if subject and not r.get("subject_skip"):
            continue
        if x.label not in r.get("labels", ("PER", "ORG", "LOC")) or role not in r.get("roles", _PARTY_ROLES):
            continue
        if "entity_rx" in r and not r["entity_rx"].fullmatch(d.norm, x.start, x.end):
            continue
        if "before_entity_rx" in r:
            w = max(0, x.start - 60)
            mt = r["before_entity_rx"].search(d.norm[w:x.start])
            if not mt or (r.get("outside_trigger") and w + mt.start() <= trigger < x.start):
                continue
        if "after_entity_rx" in r and not r["after_entity_rx"].match(d.norm, x.end):
            continue
        if "next_label" in r and not d.next_is(x.end, r["next_label"]):
            continue
        return True
    return False


# "Nhận lời mời của Tổng Bí thư X, Chủ tịch nước Y, Tổng thống Z đã thăm ...": the hosts who invited are no party; the
# subject is the last party of the list, after its last comma
_INVITED_BY = regex.compile(r"(?:^|\W)(?:nhận lời mời|theo lời mời|đáp lời mời|nhận lời|lời mời)\s+(?:chính thức\s+)?của\s+")


_WITNESSED = regex.compile(r"(?<!\p{L})chứng kiến\s+(?:(?:lễ|việc)\s+)?$")
_ON_VISIT = regex.compile(r"(?<!\p{L})(?:đang|vừa)\s+(?:có\s+)?(?:chuyến\s+)?$")
_BY_PASSIVE = regex.compile(r"(?<!\p{L})bị\s+$")
_PREP_BEFORE = regex.compile(r"(?<!\p{L})(?:vào|tại|ở|cho|với|của|từ)\s+$")
# (also in a relative clause: "sinh viên Otto Warmbier, người đã bị chính phủ Triều Tiên bắt giữ")
_PASSIVE_BY = regex.compile(r"\s*(?:,\s*(?:người|ông|bà)\s+)?(?:(?:đã|vừa|từng|chính thức)\s+)*(?:được|bị)\s+(?:(?:chính phủ|chính quyền|lực lượng|cơ quan)\s+)?")
# the posting of an envoy or a resident office: "Đại sứ Liên minh châu Âu (EU) tại Việt Nam", "Trưởng Đại diện ... tại"
_ENVOY_AT = regex.compile(r"(?<!\p{L})(?:đại sứ(?!\s+quán)|đại biện|tùy viên quân sự|tuỳ viên quân sự|trưởng đại diện|tổng lãnh sự|lãnh sự|trưởng văn phòng"
                          r"|điều phối viên thường trú)(?!\p{L})(?:(?!\s(?:và|cùng|với)\s)[^,.;:\n]){0,60}?\s+tại\s+$")
_DELEGATION_OF = regex.compile(r"(?<!\p{L})(?:(?:và|cùng)\s+(?:các\s+thành viên\s+)?|dẫn đầu\s+)(?:đoàn|phái đoàn)(?:\s+(?:đại biểu|công tác|quân sự|cấp cao|cao cấp|quân đội))*\s+$")
_SPOKE_AT = regex.compile(r"\W*(?:phát biểu|trả lời(?:\s+phỏng vấn)?|nói chuyện|chia sẻ|thuyết trình)\s+(?:(?:tại|trong|ở|bên lề|trước)\s+"
                       r"|(?=(?:cuộc\s+|buổi\s+)?(?:họp báo|hội nghị|hội thảo|diễn đàn)(?!\p{L})))"
                       # "Trong bài phát biểu sáng 3/6 trong khuôn khổ Đối thoại Shangri-La, X nhấn mạnh"
                       r"|\W*(?:trong|tại)\s+(?:bài\s+)?(?:phát biểu|diễn văn|bài nói chuyện)(?:\s+[^,.;:!?\n]{1,30}?)?"
                       r"\s+(?:tại|trong khuôn khổ|trong|ở|bên lề)\s+(?:(?:một|các|những)\s+)?(?:(?:cuộc|buổi|phiên|kỳ|kì)\s+)?")
# a forum, conference or press conference in a fronted phrase ("Tại Hội nghị ..., ", "Trong cuộc họp báo trước giờ bế
# mạc, ", "trong khuôn khổ Đối thoại Shangri-La 16, "): the person who then speaks or acts in the main clause attended
# it (PARTICIPANT), unless the main clause says they chair it; not a reception or a talk, where the subject is the host
_FRONTED_AT = regex.compile(r"\W*(?:tại|trong khuôn khổ|trong|bên lề|nhân dịp(?:\s+(?:tham dự|dự))?)\s+"
                            r"(?:(?:một|các|những)\s+)?(?:(?:cuộc|buổi|phiên|kỳ|kì)\s+)?")
_FORUM_NOUN = regex.compile(r"(?:hội nghị|hội thảo|diễn đàn|đối thoại|họp báo|họp|phiên họp|kỳ họp|kì họp|cuộc họp|toạ đàm"
                            r"|tọa đàm|điều trần|đại hội)")
_REL_RECIPIENT = regex.compile(r"(?<![\p{L}\p{M}])cho\s+(?:\p{Ll}+\s+){1,4}(?:đã|vừa|từng)\s+$")
_DASH_DESC = regex.compile(r"(?<=[\p{L}\p{N})])\s+[-–—]\s+\p{Ll}[^-–—\n.;:!?]{0,160}?\s[-–—]\s")
_MEMBERS = regex.compile(r"[^.;:!?\n]{0,60}?,\s*(?:bao\s+)?gồm(?!\p{L})\s*:?\s*")


_BRACKET_BEFORE = regex.compile(r"\(\s*$")
_APPOSITION_GAP = regex.compile(r"\s*[,(–-]?\s*")


# between the trigger and an office named as its party: "tiếp thân mật Chủ tịch ...", "hội kiến với Nhà Vua", "trao
# Quyết định thăng cấp bậc hàm Thượng tướng đối với ba Thứ trưởng Bộ Công an"
_HOLDER_GAP = regex.compile(r"\s*(?:(?:thân mật|xã giao|chính thức|trọng thể)\s+)*(?:(?<![\p{L}\p{M}])(?:với|cùng)\s+)?"
                            r"(?:(?:các|những|\d+|hai|ba|bốn|năm)\s+)?(?:(?:đồng chí|ngài)\s+)?")
_DECISION_FOR = regex.compile(r"\s+[^,.;:!?\n“”\"]{1,60}?\s(?:đối với|cho|với)\s+(?:(?:các|những|\d+|hai|ba|bốn|năm)\s+)?"
                              r"(?:(?:đồng chí|ông|bà)\s+)?")
# what closes the noun phrase of one office: "và" or a stop (a comma does not: "Đại sứ, Trưởng phái đoàn EU X")
_HOLDER_END = regex.compile(r"\s+và\s+|\s*[;.:!?\n]")
_SENTENCE_STOP = regex.compile(r"[;.:!?\n]")
# a bracket closed after the subject: the subject was named in an aside
_ASIDE_CLOSED = regex.compile(r"[^()]*\)")
# the tense of a main clause after a comma ("..., Thủ tướng X đã chủ trì"), not of a relative one ("..., Chủ tịch Quốc hội
# Cuba X đang thăm và làm việc tại Việt Nam": the one received)
_CLAUSE_TENSE = regex.compile(r"\s*(?:(?:cũng|tiếp tục)\s+)?(?:đã|sẽ)(?!\p{L})")


_CAP_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’-]*")
# a name alone in brackets right after another: "Tập đoàn Viễn thông Quân đội (Viettel)", "Ban Quốc tế (Trung ương Đoàn
# ...)", "Xin Xpai-xơ (Sean Spicer)"
_BRACKET_OPEN = regex.compile(r"\s*\(\s*")
_BRACKET_CLOSE = regex.compile(r"\s*\)")
# "của" inside a capitalized name: "Chương trình Phát triển của Liên Hiệp Quốc"
_NAME_OF_BEFORE = regex.compile(r"(?<!\p{L})\p{Lu}\p{L}*(?:\s+\p{Ll}+){0,2}\s+của\s+$")


def _second_name(d: _Doc, args: dict[str, list[Entity]], x: Entity) -> bool:
    """``x`` stands alone in brackets right after a party of the same happening: it renames that party (its
    abbreviation, its other spelling) or names its parent body, and is no second party. Not after a name of another
    kind, or one after "của" inside a capitalized name: that is the tail of a longer name the brackets abbreviate
    ("Chương trình Phát triển của Liên Hiệp Quốc (UNDP)"; not "tổ tuần tra của Đồn Biên phòng X (Bộ đội Biên phòng
    Y)")."""
    if not _BRACKET_CLOSE.match(d.norm, x.end):
        return False
    return any(y is not x and y.label == x.label and y.end <= x.start and _BRACKET_OPEN.fullmatch(d.norm, y.end, x.start)
               and not _NAME_OF_BEFORE.search(d.text, max(0, y.start - 40), y.start)
               for role in _PARTY_ROLES for y in args.get(role, ()))


def _missed_name(d: _Doc, start: int, end: int) -> bool:
    """Two capital words in a row outside every entity between ``start`` and ``end``: a name no rule found."""
    ents = d.ents_in(start, end)
    run = 0
    last = -1
    for w in _CAP_WORD.finditer(d.text, start, end):
        if any(x.start <= w.start() < x.end for x in ents) or w.start() > 0 and d.text[w.start() - 1].isalnum():
            run = 0
            continue
        run = run + 1 if run and regex.fullmatch(r"\s+", d.text[last:w.start()]) else 1
        last = w.end()
        if run >= 2:
            return True
    return False


def _unnamed_holders(d: _Doc, m: _Mention, post: list[Entity], e: int, end: int) -> tuple[str, list[Entity]] | None:
    """The offices named with no holder as the party right after the trigger ("hội kiến với Chủ tịch Hạ nghị viện Nhật
    Bản;", "tiếp thân mật Chủ tịch Liên minh ... và Phó chủ tịch Hội Hữu nghị ..."), with their role: each title is the
    party (guideline: a title with no person is still TITLE); the body or country inside its name is none. Not
    when a person is named in the title's noun phrase ("tiếp Đại sứ EU tại Việt Nam Julien Guerrier")."""
    k = next((i for i, x in enumerate(post) if x.label != "RANK"), len(post))
    if k == len(post) or post[k].label != "TITLE" or post[k].start >= end:
        return None
    row = m.row
    gap = d.norm[e:post[k].start]
    with_cue = regex.search(r"(?<![\p{L}\p{M}])(?:với|cùng)\s", gap) is not None
    if k == 0 and _HOLDER_GAP.fullmatch(gap) is not None:
        role = _with_role(row, gap) if with_cue else row.obj
    elif row.type == "APPOINTMENT" and row.obj == "TARGET" and _DECISION_FOR.fullmatch(gap):
        role = row.obj  # "trao Quyết định thăng cấp bậc hàm Thượng tướng đối với ba Thứ trưởng Bộ Công an"
    else:
        return None
    if not with_cue and _FORUM_NOUN.fullmatch(d.norm, m.start, m.end) is not None:
        return None  # "cuộc họp Thường trực Ban Chỉ đạo", "Hội nghị Bộ trưởng ...": the office names the meeting
    # no person named in the sentence's rest, nor a name the NER missed ("Bộ trưởng Ngoại giao Hàn Quốc Cho Tae-yul",
    # "Phó Thủ tướng, Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia Prak Sokhonn")
    sm = _SENTENCE_STOP.search(d.norm, post[k].end, end)
    rest_end = sm.start() if sm else end
    # (up to a comma that opens a clause of its own: "với 3 đồng chí Phó Thủ tướng và 2 đồng chí Bộ trưởng, Thủ tướng
    # Phạm Minh Chính đã chủ trì ...")
    for x in post[k:]:
        if x.start < rest_end and x.label == "PER" and _CLAUSE_TENSE.match(d.norm, x.end) \
                and (comma := d.norm.rfind(",", post[k].end, x.start)) > 0:
            rest_end = comma
            break
    if any(x.label not in ("TITLE", "ORG", "LOC") for x in post[k:] if x.start < rest_end) \
            or _missed_name(d, post[k].end, rest_end):
        return None
    titles: list[Entity] = []
    while k < len(post) and post[k].label == "TITLE" and post[k].start < end:
        stop = _HOLDER_END.search(d.norm, post[k].end, end)
        titles.append(post[k])
        if stop is None or stop.group().strip() != "và":
            break
        k = next((i for i, x in enumerate(post) if x.start >= stop.end()), len(post))
        if k < len(post) and not _HOLDER_GAP.fullmatch(d.norm, stop.end(), post[k].start):
            break  # (a count may stand before the next: "3 đồng chí Phó Thủ tướng và 2 đồng chí Bộ trưởng")
    return (role, titles) if titles else None


# the place an aid or an award goes to: "cho tỉnh Nam Định", "giúp 8 tỉnh Bắc Lào" (not "tặng nhân dân Cu-ba":
# np.people_of)
_PLACE_GIVEN = regex.compile(r"(?<![\p{L}\p{M}])(?:cho|giúp|giúp đỡ|tặng)\s+(?:(?:(?:\d+|các|hai|ba|bốn|năm|sáu|bảy|tám)\s+)?"
                             r"(?:tỉnh|thành phố|tp\.?|huyện|xã|nước|quốc gia)\s+)?$")


def _place_given_to(d: _Doc, post: list[Entity], s: int, end: int) -> list[Entity]:
    """The first place after the trigger (from ``s``, its start: "giúp 8 tỉnh X") named as the one given to, with the
    places listed after it."""
    for k, x in enumerate(post):
        if x.start >= end:
            break
        if x.label == "LOC" and x.id not in d.desc and _PLACE_GIVEN.search(d.norm, max(s, x.start - 40), x.start):
            return [y for y in _group_fwd(d, post[k:]) if y.label == "LOC"]
    return []


# up to three words right before a place, with no punctuation: the run a name it ends would be written in
_WORD = regex.compile(r"\S+")
# words that end a name's run: the place after them is its own party ("của Vương quốc Anh", "và Lào")
_RUN_BREAK = frozenset({"và", "của", "cùng", "với", "tại", "ở", "do", "cho", "từ", "đến", "tới", "thuộc"})
_WORDS_BEFORE = regex.compile(r"((?:[\p{L}\p{M}\p{N}]+\s+){1,3})$")


def _name_tail(d: _Doc, x: Entity) -> bool:
    """Is the place ``x`` the tail of a longer name no rule found ("Khu tự trị dân tộc Choang Quảng Tây", "Cư sĩ Phật
    hội Việt Nam", "Hoàng gia Anh"), or of a person cut short ("Phu nhân Nguyễn Thị Thanh Nga")? Then it is no
    subject: a capital word before it in the same run of words, not the sentence's first word, with no function word
    after it ("ĐH Dundee và Buckingham của Vương quốc Anh": the owner after "của")."""
    if x.label != "LOC":
        return False
    prev = d.ents_in(max(0, x.start - 40), x.start)
    floor = max([0] + [y.end for y in prev if y.end <= x.start])
    if prev and prev[-1].end <= x.start and prev[-1].label == "PER" and d.text[prev[-1].end:x.start] == " ":
        return True
    wm = _WORDS_BEFORE.search(d.text, floor, x.start)
    if wm is None:
        return False
    words = list(_WORD.finditer(d.text, wm.start(), x.start))
    k = max([i + 1 for i, w in enumerate(words) if w.group().lower() in _RUN_BREAK] + [0])
    for w in words[k:]:
        lead = d.text[max(0, w.start() - 3):w.start()].rstrip(" \t\u00a0")  # (a line break starts a sentence)
        if w.group()[0].isupper() and lead and regex.match(r"[\p{L}\p{M}\p{N}]", lead[-1]):
            return True
    return False


def _bare_title(d: _Doc, ents: list[Entity], x: Entity) -> bool:
    """Is ``x`` a title that names no person in ``ents`` ("Tham dự cuộc họp còn có các Phó Thủ tướng, Bộ trưởng Bộ Quốc
    phòng, ..."): the title stands for its holder; not "Bộ trưởng Bộ Quốc phòng Ngô Xuân Lịch", "X, Bộ trưởng ..."."""
    if x.label != "TITLE":
        return False
    k = ents.index(x)
    # (nor the second title of one holder: "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", nor a title in brackets that
    # describes the party before it: "Guinea (Chủ tịch Liên minh châu Phi)")
    if _BRACKET_BEFORE.search(d.norm, max(0, x.start - 3), x.start):
        return False
    if k > 0 and ents[k - 1].label in ("PER", "RANK", "TITLE") and _APPOSITION_GAP.fullmatch(d.norm, ents[k - 1].end, x.start):
        return False
    # (nor a further title of a named person: "ông X, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh")
    j = k
    while j > 0 and len(d.norm[ents[j - 1].end:ents[j].start]) <= 3:
        j -= 1
        if ents[j].label == "PER":
            return False
    prev = x
    for y in ents[k + 1:]:
        if len(d.norm[prev.end:y.start]) > 3 or y.label not in ("PER", "ORG", "LOC", "RANK", "TITLE"):
            return True
        if y.label == "PER":
            return False
        prev = y
    return True


_FRAME_WITH = regex.compile(r"\W*(?:trong|tại)\s+(?:(?:cuộc|buổi)\s+)$")
_WITH_ONLY = regex.compile(r"\s*với\s+(?:(?:ông|bà|ngài|đồng chí|lãnh đạo|đại diện)\s+)?")


def _holder_named(d: _Doc, args: dict[str, list[Entity]], s: int) -> bool:
    """An AGENT already found holds the session at ``s``: one named after the trigger ("... lần thứ 8 do Tỉnh ủy tổ
    chức") or a subject with an organizing verb ("Tỉnh ủy Y tổ chức Hội nghị Ban Chấp hành ... khóa XVIII"). A subject
    that attends or speaks ("phát biểu tại Đại hội Đảng lần X", "hợp tác với Mỹ ... như hội nghị cấp cao APEC") does
    not: the body the session is named for holds it."""
    return any(x.start > s or s - x.end < 120 and _HOLDS_VERB.search(d.norm, x.end, s) for x in args.get("AGENT", ()))


def _title_in_name(d: _Doc, r: dict, t: Entity, e: int, x: Entity) -> bool:
    """The office a meeting's name is held at, its body after it: "Hội nghị Bộ trưởng Ngoại giao ASEAN", "Hội nghị
    liên Bộ trưởng Ngoại giao - Kinh tế APEC lần thứ 29" (a title right after the meeting noun, and no holder named
    after the body: "Hội nghị Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên" names a person)."""
    return (t.label == "TITLE" and "title_in_name_rx" in r and r["title_in_name_rx"].fullmatch(d.norm, e, t.start) is not None
            and not d.next_is(x.end, ("PER",)))


def _frame_host(d: _Doc, m: _Mention, group: list[Entity], gap: str, ce: int) -> list[Entity]:
    """The person after the comma that closes a fronted "Trong buổi làm việc với B, X cho biết ..." (X speaks): X."""
    cs = m.clause[0]
    if not _FRAME_WITH.fullmatch(d.norm, cs, m.start) or not _WITH_ONLY.fullmatch(gap) or len(group) < 2:
        return []
    comma = d.norm.find(",", group[0].end, group[-1].start)
    people = [x for x in group if x.start > comma >= 0 and x.label == "PER"]
    if not people or len(people) > 1 or not _SAID_VERB.search(d.norm[people[0].end:min(ce, people[0].end + 120)]):
        return []
    return people


# the giver named after "của" right before the award verb: "Lễ đón nhận danh hiệu Anh hùng ... của Chủ tịch nước phong
# tặng Công an nhân dân vũ trang TP", "quyết định của Nhà nước phong tặng danh hiệu ...": the giver, not the ceremony's
# organisers in the clause's subject
_GIVER_OF = regex.compile(r"(?<![\p{L}\p{M}])của\s+$")
_GIVER_GAP = regex.compile(r"\s*(?:(?:đã|vừa|được)\s+)?")
_GIVER_LINK = regex.compile(r"\s*(?:,|và)\s*")


# a fronted visit that opens the sentence and names one place: "Trong thời gian ở thăm Việt Nam, Quốc vương X sẽ có cuộc
# hội đàm với ...", "Trong chuyến thăm chính thức Trung Quốc, Chủ tịch Quốc hội X đã thăm ...": the acts of the main
# clause happen at the place visited
_VISIT_FRAME = regex.compile(
    r"\W*(?:(?:theo kế hoạch|theo dự kiến|dự kiến|theo chương trình)\s*,\s*)?(?:cũng\s+)?trong\s+(?:thời gian|chuyến|dịp)\s+(?:ở\s+|lưu lại\s+|sang\s+|đến\s+)?thăm(?:\s+và\s+làm việc)?"
    r"(?:\s+(?:chính thức|cấp nhà nước|hữu nghị|làm việc|công tác|cấp cao|hữu nghị chính thức))*"
    r"(?:\s+(?:tới|tại|đến|ở|sang|nước|thủ đô|tỉnh|thành phố|tp\.?))*\s+")


def _visit_frame_place(d: _Doc, cs: int, s: int) -> list[Entity]:
    """The single place of a visit fronted before the main clause of the sentence (from ``cs``) holding ``s``."""
    fm = _VISIT_FRAME.match(d.norm, cs, s)
    if fm is None:
        return []
    ents = d.ents_in(fm.end(), s)
    if not ents or ents[0].start != fm.end() or ents[0].label != "LOC" or not regex.match(r"\s*,", d.norm[ents[0].end:s]):
        return []
    return ents[:1]


def _award_giver(d: _Doc, pre: list[Entity], cs: int, s: int) -> list[Entity]:
    """The givers after "của" right before an award verb ("... của Đảng, Nhà nước tặng ...")."""
    if not pre or pre[-1].label not in ("PER", "ORG", "TITLE") or not _GIVER_GAP.fullmatch(d.norm, pre[-1].end, s):
        return []
    group = [pre[-1]]
    for x in reversed(pre[:-1]):
        if x.label not in ("PER", "ORG", "TITLE") or not _GIVER_LINK.fullmatch(d.norm, x.end, group[0].start):
            break
        group.insert(0, x)
    if not _GIVER_OF.search(d.norm[max(cs, group[0].start - 8):group[0].start]):
        return []
    return group


# the party an agreement is signed "với" signs it too ("Báo Nhân Dân đã ký kết hợp tác với Cục C06", "đã ký hợp đồng với
# Công ty X"); not the bodies "giữa" which the document is named, nor a partner of an alternative act ("ký thỏa thuận
# hoặc áp dụng miễn thị thực ... với Philippines")
_SIGNED_WITH = regex.compile(r"(?:^|\W)(?:với|cùng với)(?!\p{L})")
_OTHER_ACT = regex.compile(r"(?<!\p{L})hoặc(?!\p{L})")


def _with_role(row: _Row, gap: str) -> str:
    """The role of the party named after "với" between the trigger and it (``gap``): PARTICIPANT, a co-signer AGENT."""
    if row.type == "AGREEMENT" and _SIGNED_WITH.search(gap) and not _OTHER_ACT.search(gap):
        return "AGENT"
    return "PARTICIPANT"


def _roles(d: _Doc, m: _Mention, trigger_starts: list[int], prev_m: _Mention | None = None) -> None:
    """Fill ``m.args`` from the mention's clause; ``prev_m`` is the mention before it in the clause."""
    cs, ce = m.clause
    s, e = m.start, m.end
    row = m.row
    pre_start = cs
    speak_at = False  # "X dự, phát biểu chỉ đạo Hội nghị": X takes part
    speakers: list[Entity] = []  # "X nói tại một cuộc họp báo": X takes part
    # a reporting verb between the clause start and the trigger: its speaker is not a role
    for r in d.rules.by_kind.get("reporting", ()):
        last = None
        for last in r["cue_rx"].finditer(d.norm, cs, s):
            pass
        if last is not None:
            rest = d.norm[last.end():s]
            # (a capital "Phát biểu tại ..." opens a sentence the source ran on with no stop: no speaker before it)
            if row.type == "MEETING" and _SAID_AT.fullmatch(rest) and not d.in_caption(s) \
                    and not regex.match(r"\P{L}*\p{Lu}", d.text[last.start():last.end()]):
                speakers = _speakers(d, cs, last.start())
            # "phát biểu chỉ đạo Hội nghị", "phát biểu khai mạc hội nghị": a speech at the happening, not a report
            if "phát biểu" in last.group() and _SPEAK_AT.fullmatch(rest):
                speak_at = True
                continue
            # "X dự và phát biểu tại phiên khai mạc Diễn đàn ...": the speech of an attendee, no report
            if row.type == "MEETING" and _SPEECH_AT.fullmatch(rest) and not d.in_caption(s) \
                    and (am := _ATTEND_AND.search(d.norm, cs, last.start() + 1)):
                people = [x for x in d.ents_in(cs, am.start() + 1) if x.label == "PER"]
                if people and regex.fullmatch(r"\s*", d.norm[people[-1].end:am.start() + 1]):
                    speakers = [people[-1]]
                speak_at = True
                continue
            if not ("anaphor_rx" in r and r["anaphor_rx"].search(rest)):
                pre_start = max(pre_start, last.end())
    pre = d.ents_in(pre_start, s)
    post = d.ents_in(e, ce)
    later = [t for t in trigger_starts if e <= t < ce]
    earlier = [t for t in trigger_starts if cs <= t < s]
    prev_trigger = earlier[-1] if earlier else -1
    # the object right after an earlier trigger of the clause is not this trigger's subject
    # ("sang thăm Việt Nam và tham dự Đối thoại"), unless "nhân dịp/nhân chuyến" points back to it
    skip: set[str] = set()
    if prev_trigger >= 0 and not regex.search(r"nhân\s+(?:dịp|chuyến)\s+(?:\p{Ll}+\s+){0,2}$", d.norm[max(cs, s - 30):s]):
        pe = prev_trigger + len(regex.match(r"\S+", d.norm[prev_trigger:]).group())
        obj = [x for x in d.ents_in(pe, s)]
        if obj:
            first = next((x for x in obj if _is_head(d, x)), None)
            if first is not None and len(d.norm[pe:first.start]) <= 40 and "," not in d.norm[pe:first.start]:
                # its own kind only: "chuyến thăm tới Mông Cổ, Tổng Bí thư X đã hội kiến" keeps X
                skip = {x.id for x in _group_fwd(d, obj[obj.index(first):]) if x.label == first.label}
    if prev_trigger >= 0 and _FRONTED_FRAME.match(d.norm, cs, prev_trigger):
        # "Nhân chuyến thăm Qatar của hai tàu chiến Mỹ, Doha đã ký ...": the fronted phrase names no subject
        comma = d.norm.find(",", prev_trigger, s)
        if comma > 0:
            skip |= {x.id for x in d.ents_in(cs, comma)}
    # verbs joined with no party between share what follows: "thăm và tặng quà cho 56 gia đình ở vùng Cửa Lở"
    run_end = e
    for t in later:
        if not _COORD.fullmatch(d.norm, run_end, t):
            break
        tm = d.rules.trigger_rx.match(d.norm, t)
        run_end = tm.end() if tm else t
        later = later[1:]
    next_trigger = later[0] if later else ce
    if later and _TOPIC_BEFORE.search(d.norm[max(e, later[0] - 40):later[0]]):
        mp = _MAIN_PRED.search(d.norm, later[0], ce)
        if mp and "," not in d.norm[later[0]:mp.start()]:
            next_trigger = later[1] if len(later) > 1 else ce  # the topic's name is no bound: the date and place after it are ours
    if _prev_topic(d, trigger_starts, cs, s):
        mp = _MAIN_PRED.search(d.norm, e, ce)
        if mp and "," not in d.norm[e:mp.start()]:
            next_trigger = min(next_trigger, mp.start())  # ... and not the topic's
    args: dict[str, list[Entity]] = {}

    # a happening told inside a quotation: its speaker outside it is no party ("“Thông tin về cuộc điện đàm giữa ...
    # và ...”, ông Lopes nói")
    in_quote = any(qs <= s < qe for qs, qe in d.quotes) and d.speech_at(s)
    # speech reported after the trigger's clause ("X trong cuộc hội đàm với Y ... cho biết: Moscow đang chờ ... quân
    # đội Syria"): what was said holds no party of the happening
    said = _SAID_COLON.search(d.norm, e, ce)
    said_at = said.end() if said else ce
    # the speaker of a sentence-final reporting verb ("Chuyến thăm ... đã truyền tải ..., Phó Thủ tướng X cho biết."):
    # he tells of the happening, takes no part in it; not when the happening frames his act ("Tại Đối thoại
    # Shangri-La, Bộ trưởng X đã phát biểu.": he spoke at it)
    tail_at = len(d.norm) if _FRAMED_BY.search(d.norm, max(0, s - 30), s) else _report_tail(d, e)

    def put(role: str, xs: list[Entity]) -> None:
        for x in xs:
            if in_quote and role in ("AGENT", "TARGET", "PARTICIPANT") and d.quoted_apart_of(x, s):
                continue
            if role in ("AGENT", "TARGET", "PARTICIPANT") and (x.start >= said_at or x.start >= tail_at):
                continue
            lst = args.setdefault(role, [])
            if x not in lst:
                lst.append(x)

    loc_cues = _cue(d, "LOC")

    def after_loc_prep(x: Entity) -> bool:
        before = d.norm[max(cs, x.start - 60):x.start]
        if any(r["before_entity_rx"].search(before) for r in loc_cues):
            return True
        # a place listed after one: "tại Hà Nội và TP.HCM, cty X sẽ ..." (TP.HCM is no subject)
        prev = d.ents_in(max(cs, x.start - 40), x.start)
        if x.label == "LOC" and prev and prev[-1].label == "LOC" and _UNIT_APPOSITION.fullmatch(d.norm, prev[-1].end, x.start) \
                and (_UNIT_START.match(d.norm, x.start) or _CHAIN_END.match(d.norm, x.end)) \
                and any(y.label in ("PER", "ORG") and y.end <= prev[-1].start for y in pre) \
                and after_loc_prep(prev[-1]):
            # the city of a place reached, set off by commas: "X đã tới sân bay quốc tế Wattay, Thủ đô Vientiane, bắt
            # đầu thăm Lào" (the capital is where X arrives, no subject); so is the country that ends the chain before
            # the next predicate: "chuyên cơ chở X ... đã hạ cánh xuống sân bay Orly, thủ đô Paris, Pháp, bắt đầu ..."
            return True
        return x.label == "LOC" and bool(prev) and prev[-1].label == "LOC" and _listed_after(d, prev[-1], x) \
            and after_loc_prep(prev[-1])

    def main_subject(any_label: bool = False) -> list[Entity]:
        """The subject of the main clause after a fronted phrase: "Làm việc với ..., Bộ trưởng X cho biết"; the one
        right before a tense marker when there is one ("Trong khuôn khổ chuyến thăm ..., thăm chính thức Ban Thư ký
        ASEAN từ ngày ..., tối 9/3, Tổng Bí thư X và Phu nhân Y đã dự ...": X and Y, not the body visited)."""
        first: list[Entity] | None = None
        for k, x in enumerate(post):
            if (x.label == "PER" or any_label and _is_head(d, x)) and not after_loc_prep(x) and x.start < ce:
                j = k
                while j > 0 and post[j - 1].label in ("TITLE", "RANK", "ORG", "LOC") and not _is_head(d, post[j - 1]) \
                        and len(d.norm[post[j - 1].end:post[j].start]) <= 3:
                    j -= 1
                lead_in = d.norm[(post[j - 1].end if j else e):post[j].start]
                if regex.search(r",\s*(?:\p{Ll}+\s+){0,4}$", lead_in):
                    group = [y for y in _group_fwd(d, post[k:]) if y.label == x.label]
                    if _TENSE_NEXT.match(d.norm, group[-1].end):
                        return group
                    if first is None:
                        first = group
                    continue
                if x.label == "PER" and _OF.search(lead_in[-12:]):
                    continue  # "theo lời mời của Tổng Bí thư, Chủ tịch Trung Quốc Tập Cận Bình": the host, not the subject
                if x.label == "PER":
                    break
        return first or []

    generic_np = d.rules.by_kind.get("generic_np", ())

    def in_generic_np(x: Entity) -> bool:
        """A place modifying an unnamed group ("lực lượng bảo vệ biên giới Trung Quốc"), an authorizing party."""
        before = d.text[max(cs, x.start - 60):x.start]
        hits = [r for r in generic_np if x.label in r.get("labels", ("LOC",)) and r["before_entity_rx"].search(before)]
        if not hits:
            return False
        # a place joined to another ("lực lượng thủy quân lục chiến Nga và Trung Quốc đã cùng tập trận"): the group of
        # both countries, which are the parties as the last one is (unless the rule covers the next one too: "cùng các
        # vị đứng đầu Nhà nước, Chính phủ")
        nxt = next((y for y in d.ents_in(x.end, min(len(d.text), x.end + 60)) if y.label == x.label), None)
        return not (nxt is not None and _JOINED_PLACE.fullmatch(d.norm, x.end, nxt.start)
                    and not any(r["before_entity_rx"].search(d.text[max(cs, nxt.start - 60):nxt.start]) for r in hits))

    # a named happening listed after another ("..., Hội nghị Cấp cao ... (CLMV)") has no subject of its own: the names
    # between them are the earlier one's
    listed_after = prev_trigger >= 0 and d.text[s].isupper() and bool(_LIST_CONTINUES.search(d.norm[max(cs, s - 30):s]))
    # the topic of an earlier happening of the clause ("chủ trì Hội nghị ... về kỳ họp bất thường"): the subject and
    # the dateline before that happening are its own
    topic_of_prev = prev_trigger >= 0 and bool(_TOPIC_BEFORE.search(d.norm[max(prev_trigger, s - 40):s]))
    # the inviting hosts of a fronted "Nhận lời mời của ..." (up to the last comma before the trigger) are no subject
    invite_start = invite_end = -1
    if (im := _INVITED_BY.search(d.norm, pre_start, s)) is not None:
        # (up to the comma before a delegation "do X dẫn đầu": "Nhận lời mời của Đại tướng X, ..., Bộ trưởng Bộ Quốc
        # phòng, Đoàn đại biểu ... do Thượng tướng Y, Ủy viên ..., Phó chủ tịch ... dẫn đầu sang thăm")
        led = regex.search(r"(?<!\p{L})do\s", d.norm[im.end():s])
        comma = d.norm.rfind(",", im.end(), im.end() + led.start() if led else s)
        if comma > 0:
            invite_start, invite_end = im.start(), comma
    # subject
    # places named with their unit word as the clause's subject: "Tỉnh Bình Định và huyện Hoài Nhơn cũng đã hỗ trợ ..."
    admin_subj: list[Entity] = []
    pos = cs
    for x in pre:
        if x.label == "DATE" and not admin_subj and _DATE_LEAD_IN.fullmatch(d.norm, pos, x.start):
            # a fronted date: "Sáng 25/2, tỉnh Tuyên Quang tổ chức hội nghị", "Trong tháng 9 này, tỉnh Quảng Nam sẽ ..."
            dm = _DATE_COMMA.match(d.norm, x.end)
            if dm is None:
                break
            pos = dm.end()
            continue
        if x.label != "LOC" or not _ADMIN_SUBJ.fullmatch(d.norm, pos, x.start):
            break
        admin_subj.append(x)
        pos = x.end
    # a description set off by dashes after the subject ("trường Đại học X (UNSW) - nổi tiếng ... của Úc - sẽ tổ chức"):
    # what it names is no subject
    dashed = [(dm.start(), dm.end()) for dm in _DASH_DESC.finditer(d.text, pre_start, s)]
    if dashed:
        skip = skip | {x.id for x in pre if any(a <= x.start < b for a, b in dashed)}
    # a relative clause on a nameless recipient ("X vừa thưởng nóng 10 triệu đồng cho ban chuyên án đã bắt giữ hai đối
    # tượng"): the giver is no subject of the verb in it
    if (rm := _REL_RECIPIENT.search(d.text, max(pre_start, s - 60), s)) is not None and not d.ents_in(rm.start(), s):
        skip = skip | {x.id for x in pre if x.start < rm.start()}
    subj_cands = [x for x in pre if x.label != "DATE" and not (x.label in ("LOC", "ORG") and after_loc_prep(x))
                  and not (listed_after and x.start > prev_trigger)
                  and not (topic_of_prev and x.start < prev_trigger)
                  and not _NO_SUBJ_PREP.search(d.norm[max([cs, x.start - 20] + [y.end for y in pre if y.end <= x.start]):x.start])
                  and not (x.label == "LOC" and x not in admin_subj and _ADMIN_BEFORE.search(d.norm[max(cs, x.start - 12):x.start]))
                  and not in_generic_np(x)
                  and not _not_party(d, x, row.subj or "AGENT", subject=True)
                  and not (x.start < invite_end and x.start >= invite_start)
                  and x.id not in skip
                  and not _credit_line(d, cs, x)]
    subject: list[Entity] = []
    # "Phát biểu tại một hội thảo ... trong khuôn khổ Đối thoại Shangri-La, ông X nêu rõ": the speaker after a fronted
    # speech phrase that holds the trigger took part in the meeting
    spoke_at = row.type == "MEETING" and (sm := _SPOKE_AT.match(d.norm, cs)) is not None and sm.end() <= s \
        and "," not in d.norm[sm.end():s]
    if not spoke_at and row.type == "MEETING" and _FORUM_NOUN.fullmatch(d.norm, s, e) \
            and (fm := _FRONTED_AT.match(d.norm, max(cs, d.norm.rfind(",", cs, s) + 1))) is not None and fm.end() == s \
            and (comma := d.norm.find(",", e, ce)) > 0 and not _CHAIR.search(d.norm, comma, ce):
        spoke_at = True
    # a predicate of a list that starts with its verb shares the subject of the one before it ("X đã đến thăm gia
    # đình cháu A ở xã B, thăm và tặng quà cho ...", "X tham dự Hội nghị ... ASEAN - Australia, thăm chính thức
    # Australia"): the parties between are the earlier predicate's
    # (also a second act inside a fronted frame: "Trong khuôn khổ chuyến thăm cấp Nhà nước Indonesia, thăm chính thức
    # Ban Thư ký ASEAN ..., X đã ...": X makes both visits)
    shares = (row.subj and m.ref is None and prev_m is not None and bool(prev_m.subject)
              and (prev_m.ref in (None, "attend") or prev_m.ref == "frame" and _frame_end(d, cs, s, e, ce) is not None)
              and not m.title and s - prev_m.end <= 150 and not _NEW_PREDICATE.search(d.norm, prev_m.end, s)
              and not d.text[s].isupper() and _LIST_PREDICATE.search(d.norm, prev_m.end, s) is not None
              and not [x for x in d.ents_in(prev_m.end, s) if _is_head(d, x) and x.start > d.norm.rfind(",", prev_m.end, s)
                       and x.start > d.norm.rfind(" và ", prev_m.end, s)])
    if shares:
        subject = list(prev_m.subject)
        # (the attendant of a forum acts in the next predicate: "X tham dự Hội nghị ..., thăm chính thức Australia")
        put(prev_m.subject_role if prev_m.subject_role in ("TARGET", "PARTICIPANT") and row.obj and prev_m.ref != "attend"
            else row.subj, subject)
    elif row.type == "AWARD" and row.subj == "AGENT" and m.ref is None and (giver := _award_giver(d, pre, cs, s)):
        subject = giver
        put("AGENT", subject)
    elif m.ref not in ("at", "frame", "topic") and row.subj:
        group = _group_back(d, subj_cands, s)
        if (ap := _apposed_person(d, subj_cands, group)) is not None:
            # a body in the subject's appositive titles, or the one the subject acts for: the person acts
            group = [*_group_back(d, subj_cands[:subj_cands.index(ap[0]) + 1], ap[0].end), *(group if ap[1] else [])]
        if group and group[-1] in admin_subj and group[-1] is admin_subj[-1] and regex.fullmatch(
                r"\s*(?:(?:cũng|đã|vừa|đang|sẽ|kịp thời|trực tiếp)\s+)*(?:(?:tổ chức|tiến hành)\s+(?:(?:cuộc|buổi|các|những)\s+)?)?",
                d.norm[group[-1].end:s]):
            group = list(admin_subj)
        elif group and group[-1] in admin_subj:
            group = []  # only a place before the verb with other words between: no subject
        if group and _FRONTED_PP.match(d.norm, cs) and "," not in d.norm[cs:group[-1].end] and "," in d.norm[group[-1].end:s]:
            group = []  # "Với nhiều cách làm sáng tạo của Bộ đội Biên phòng, đã có 152 bản ký cam kết": a fronted phrase
        shared = _shared_subject(d, cs, s) if group and ";" in d.norm[group[-1].end:s] else []
        if shared:
            subject = shared
            put(row.subj, subject)
        elif group and ";" not in d.norm[group[-1].end:s] and not regex.search(
                r",\s*(?:cuộc|buổi|chuyến)\s+$", d.norm[max(0, s - 12):s]):
            # (a noun "chuyến thăm" after a comma opens a clause of its own: "cùng với các chuyến thăm ... của lãnh
            # đạo hai Đảng ..., chuyến thăm Việt Nam của X là ...": no subject before it)
            subject = group
            between = d.norm[group[-1].end:s]
            role = row.subj
            if _PASSIVE.search(between) and row.obj == "TARGET":
                role = "TARGET"
                # "Bà Payne được đề bạt vào Nội các và được bổ nhiệm ...": a body after a preposition is where the
                # person goes, the person told passive before it is the one appointed
                if _PREP_BEFORE.search(d.norm, max(cs, group[0].start - 8), group[0].start):
                    k = subj_cands.index(group[0])
                    earlier = [x for x in subj_cands[:k] if x.label == "PER" and _PASSIVE_BY.match(d.norm, x.end)]
                    if earlier:
                        group = subject = [earlier[-1]]
                elif group[0] in subj_cands and (k := subj_cands.index(group[0])) > 0:
                    # "Thầy giáo X, giáo viên Trường THPT chuyên Y, Nam Định được trao giải thưởng": the school and the
                    # province describe the person named before them, who is the one honoured
                    owner = next((x for x in reversed(subj_cands[:k]) if x.label == "PER"), None)
                    if owner is not None and _PERSON_APPOSITIVE.fullmatch(d.norm, owner.end, group[0].start):
                        group = subject = [owner]
            elif _ATTEND_VERB.search(between) or _ATTEND_CEREMONY.search(between) or m.ref == "attend" \
                    or m.after_trigger:
                role = "PARTICIPANT"
            elif speak_at and not _CHAIR.search(_CLOSING_SPEECH.sub(" ", between)) and row.obj != "TARGET":
                role = "PARTICIPANT"
            elif role == "PARTICIPANT" and _ORGANIZE_VERB.search(between):
                role = "AGENT"
            elif role == "AGENT" and row.type == "MEETING" and _CONDUCT_VERB.search(between) \
                    and _TALKS.fullmatch(d.norm, s, e) and not _WITH_NEXT.match(d.norm, e):
                role = "PARTICIPANT"  # "X đã thăm Việt Nam để tiến hành Đối thoại chiến lược Việt - Nga": a party to it
            if role == "AGENT" and _joint_subject(d, m, group):
                role = "PARTICIPANT"  # "A và B đã hội đàm": both take part
            led = _led_body(d, subj_cands, group, s)
            if led is not None and role == row.subj:
                group = [led, *group]
                subject = group
            if role in (row.subj, "PARTICIPANT") and any(x.label == "PER" for x in group):
                # "Thượng tướng X và Đoàn đại biểu cao cấp Việt Nam đã có nhiều buổi làm việc", "X dẫn đầu Đoàn đại biểu
                # cấp cao Việt Nam tham dự Hội nghị ...": the leader acts, not the country of the delegation
                group = [x for x in group if not (x.label == "LOC" and _DELEGATION_OF.search(d.norm, max(cs, x.start - 40), x.start))]
                subject = group
            if _name_tail(d, group[-1]):
                # "Đoàn chức sắc ... Giáo hội Tịnh độ Cư sĩ Phật hội Việt Nam nhân dịp đoàn ra thăm": the nearest name
                # ends a longer one no rule found, which is the subject; the place in it is none
                group = subject = []
            elif any(_name_tail(d, x) for x in group):
                # "Chủ tịch Quốc hội X và Phu nhân Nguyễn Thị Thanh Nga", "lực lượng Cảng sát biển Nhật Bản và Việt Nam sẽ
                # có hoạt động diễn tập": the others stay (with the role found with all of them)
                group = subject = [x for x in group if not _name_tail(d, x)]
            put(role, group)
            k = subj_cands.index(group[0]) if group and group[0] in subj_cands else 0
            if role == row.subj and row.obj == "TARGET" and k > 0 and subj_cands[k - 1].label == "PER" \
                    and _PASSIVE_BY.fullmatch(d.norm, subj_cands[k - 1].end, group[0].start):
                # "đồng chí X được Quốc hội khoá XV bầu giữ chức Chủ tịch nước": the one the body elected
                put("TARGET", [x for x in _group_back(d, subj_cands[:k], subj_cands[k - 1].end) if x.label == "PER"])
        elif (title_subj := _title_subject(d, pre, subj_cands, s)) is not None:
            # a title with no name is the subject: "Phó Chủ tịch nước đã đến thăm ...", "Thủ tướng Chính phủ vừa ký
            # quyết định hỗ trợ tỉnh X"
            subject = [title_subj]
            put(row.subj, subject)
        elif not [x for x in pre if _is_head(d, x) and not _credit_line(d, cs, x)]:
            # (a credit line "(Chinhphu.vn) – Kết luận phiên họp ..., Thủ tướng X nhấn mạnh" names no subject)
            subject = main_subject()
            if not subject and row.type == "MEETING" and _CONTINUE_SESSION.fullmatch(d.norm, cs, s) \
                    and not _UNDER_CHAIR.search(d.norm, e, ce):
                # "Tiếp tục chương trình kỳ họp bất thường lần thứ 9, chiều nay (13/2), Quốc hội nghe báo cáo ...": the
                # body of the main clause holds its session
                subject = [x for x in main_subject(any_label=True) if x.label == "ORG"]
            # ("Sáng 9/4, sau khi hội đàm, Thủ tướng A và Thủ tướng B đã chứng kiến lễ trao ...": both took part)
            joint = _fronted_joint(d, m, row, subject)
            put("PARTICIPANT" if m.ref == "attend" or spoke_at or joint else row.subj, subject)
            # the main clause's subject acts in the main verb; a mention of the happening that states their roles
            # ("B hội đàm với Thượng tướng Y") outranks it
            m.weak = bool(subject)
        elif any(r["cue_rx"].search(d.norm, cs, min(s, cs + 60)) for r in d.rules.by_kind.get("anaphor_subject", ())):
            # "Theo báo cáo, hai cơ quan, đơn vị đã ...; tổ chức tập huấn": the previous clause's subject
            k = bisect.bisect_right(d.clause_starts, cs - 1) - 1
            if k >= 0 and d.clause_starts[k] < cs:
                prev = d.ents_in(d.clause_starts[k], cs)
                heads = [x for x in prev if x.label != "DATE"]
                subject = [x for x in _group_fwd(d, heads) if x.label in ("PER", "ORG")]
                put(row.subj, subject)
                dl = [x for x in prev if x.label == "DATE"]
                if dl and len(d.norm[d.clause_starts[k]:dl[0].start].strip()) <= 14:
                    args["DATE"] = [dl[0]]
    elif m.ref == "frame" and row.subj:
        if m.ref_agent == "nearest":
            subject = [x for x in _group_back(d, subj_cands, s) if x.label in ("PER", "ORG")][-1:]
        else:
            subject = main_subject(any_label=True)
            if not subject:
                # "X đã hội đàm với Y trong khuôn khổ chuyến thăm ...": the subject of the clause
                cands = subj_cands
                if pre_start > cs and not any(_is_head(d, x) for x in cands):
                    # "ông Mattis phát biểu trước báo giới trong chuyến thăm Brussels": the speaker makes the visit
                    cands = [x for x in d.ents_in(cs, pre_start) if x.label == "PER" and x.id not in skip][-1:]
                heads = [x for x in cands if _is_head(d, x)]
                subject = [x for x in _group_fwd(d, cands[cands.index(heads[0]):]) if x.label == "PER"] if heads else []
        # ("Sáng 9/4, sau khi hội đàm, Thủ tướng A và Thủ tướng B đã chứng kiến lễ trao ...": both took part)
        joint = _fronted_joint(d, m, row, subject)
        put("PARTICIPANT" if spoke_at or joint else row.subj, subject)
    elif m.ref == "topic" and spoke_at and row.subj and _MARGIN_OF.search(d.norm, max(cs, s - 30), s):
        # "Phát biểu họp báo bên lề Đối thoại Shangri-La ..., Trung tướng X cho rằng": the speaker at its margin takes
        # part in the forum too
        subject = main_subject()
        put("PARTICIPANT", subject)
        m.weak = bool(subject)
    chair: list[Entity] = []
    if not subject and row.type == "MEETING" and row.subj and (ch := _UNDER_CHAIR.search(d.norm, e, next_trigger)) \
            and ch.start() - e <= 140:
        # "Phiên họp thứ 32 của Ủy ban Thường vụ Quốc hội khai mạc ... dưới sự chủ trì của Chủ tịch Quốc hội X": the
        # chair organizes along with the body after "của" (put after it, below)
        # "tiếp tục chương trình Phiên họp thứ 43, dưới sự điều hành của Phó Chủ tịch Quốc hội X, Ủy ban Thường vụ
        # Quốc hội cho ý kiến ...", "phiên họp ... diễn ra dưới sự chủ trì của Thủ tướng X": the chair organizes,
        # with the main clause's body
        after = [x for x in post if x.start >= ch.end()]
        k = next((i for i, x in enumerate(after) if x.label == "PER"), None)
        if k is not None and all(x.label in ("TITLE", "RANK", "ORG") for x in after[:k]) \
                and regex.fullmatch(r"[\s,]*", d.norm[after[k - 1].end if k else ch.end():after[k].start]):
            subject = [x for x in _group_fwd(d, after[k:]) if x.label == "PER"]
            rest = after[k + len(subject):]
            if d.norm[ch.start() - 2:ch.start()] == ", " and rest and rest[0].label == "ORG" and _is_head(d, rest[0]) \
                    and regex.fullmatch(r",\s*", d.norm[subject[-1].end:rest[0].start]):
                subject.append(rest[0])
            chair, subject = subject, []
    # object
    nominal = _nominal_parties(d, m, post) if row.subj and (not subject or row.type == "VISIT" and m.ref is None) else None
    if speakers and not subject and not chair:
        # "X khẳng định tại buổi làm việc với Y": the one who works with Y leads the meeting
        put("AGENT" if _WITH_NEXT.match(d.norm, e) else "PARTICIPANT", speakers)
    if nominal and subject:
        if any(x.label == "PER" for x in nominal[0]):
            # "Bộ Quốc phòng hết sức coi trọng chuyến thăm Việt Nam lần này của Thượng tướng X": the subject of
            # another verb; the visitor is the one after "của"
            for role in list(args):
                args[role] = [x for x in args[role] if x not in subject]
                if not args[role]:
                    del args[role]
            subject = []
        else:
            nominal = None
    if chair:
        put("AGENT", chair)
        subject = subject or chair
    # (only with a named subject and not in a headline: "Thủ tướng tiếp Phó Chủ tịch Quân ủy Trung ương Trung Quốc." is a
    # caption or a headline whose parties the lead names)
    # (nor with a subject found inside an aside: "lãnh đạo thứ 3 từ Đông Á (sau Thủ tướng Nhật Bản Shinzo Abe và Chủ tịch
    # Trung Quốc Tập Cận Bình) đến gặp Tổng thống Mỹ")
    holders = _unnamed_holders(d, m, post, run_end, next_trigger) if row.obj and m.ref is None and not m.title \
        and not nominal and any(_is_head(d, x) for x in subject) \
        and not _ASIDE_CLOSED.match(d.norm, subject[-1].end, s) else None
    if nominal:
        # "cuộc làm việc của Thủ tướng X với lãnh đạo TP.HCM": the one after "của" acts, the one after "với" takes part
        put(row.subj, nominal[0])
        put("PARTICIPANT", nominal[1])
        put("LOC" if row.type == "VISIT" else (row.obj or "PARTICIPANT"), nominal[2])
    elif holders:
        # "hội kiến với Chủ tịch Hạ nghị viện Nhật Bản;": the office stands for its holder, not the country in it
        put(holders[0], holders[1])
    elif post:
        # (not a name that takes no part: "tặng quà Mẹ Việt Nam Anh hùng X" gives to X, not to the country of the title)
        first_head = next((x for x in post if _is_head(d, x) and not (x.label in ("LOC", "ORG") and after_loc_prep(x))
                           and not _not_party(d, x, row.obj or "TARGET", subject=True)), None)
        if first_head is not None:
            # (verbs joined with no party between share the object: "đến thăm, chúc Tết cán bộ chiến sĩ Công an TP")
            oe = run_end if run_end <= first_head.start else e
            gap_text = d.text[oe:first_head.start]
            gap_norm = d.norm[oe:first_head.start]
            between = [x for x in post if x.start < first_head.start]
            gap_ok = _OBJ_GAP.fullmatch(d.norm[oe:between[0].start] if between and between[0].start >= oe else gap_norm) is not None \
                or (regex.fullmatch(r"\s*(?:\p{Ll}+\s+){0,4}", gap_text) is not None and row.obj == "PARTICIPANT") \
                or (row.type == "TRAINING" and _TRAINEES.fullmatch(gap_text) is not None) \
                or (row.obj == "TARGET" and row.type in ("AWARD", "AID") and _GIVEN_TO.fullmatch(gap_norm) is not None)
            with_cue = regex.search(r"(?:^|\W)(?<!đối )(?:với|giữa|cùng với)(?!\p{L})", gap_norm) and len(gap_norm) < 80
            # "đã đến thăm, làm việc với Thành ủy TPHCM": the party visited (TARGET)
            visit_with = row.type == "VISIT" and d.norm[s:e].endswith("làm việc") and \
                _WITH_AT.match(d.norm, e) is not None
            if with_cue and _CONTENT_WITH.search(gap_norm):
                with_cue = None  # "ký kết thỏa thuận với nội dung yêu cầu Bình Nhưỡng ngừng ...": what it says
            if with_cue and m.only_merge and len(gap_norm.split()) > 3:
                with_cue = None  # "Chuyến thăm cũng nhằm triển khai ... hợp tác với châu Phi": no partner of the visit
            if regex.search(r"(?:^|\W)đối với\s+(?:\p{Ll}+\s+){0,2}$", gap_norm) and len(gap_norm) < 80:
                gap_ok = True  # "thực hiện lệnh bắt tạm giam đối với ông X"
            group = [x for x in _group_fwd(d, post[post.index(first_head):]) if x not in subject]
            if group and (with_cue or gap_ok and m.ref in (None, "frame")):
                objs = [x for x in group if x.label in ("PER", "ORG")]
                locs = [x for x in group if x.label == "LOC"]
                if with_cue and not visit_with:
                    host = _frame_host(d, m, group, gap_norm, ce) if row.subj == "AGENT" and not subject else []
                    if host:
                        # "Trong buổi làm việc với Tổng cục Cảnh sát, ông X, Chủ tịch ... đã cho biết": the speaker of the
                        # main clause after the fronted working session holds it, the party after "với" takes part
                        put("AGENT", host)
                        objs = [x for x in objs if x not in host]
                    put(_with_role(row, gap_norm), objs + locs)
                elif row.obj:
                    put(row.obj, objs)
                    if row.obj == "TARGET" and objs and objs[-1].label == "PER":
                        put(row.obj, _described_list(d, objs[-1], post, next_trigger))
                    if row.type == "VISIT":
                        put("LOC", locs)
                    elif locs and row.obj in ("PARTICIPANT",):
                        put(row.obj, locs)
                    elif locs and not objs and row.type == "AID" and row.obj == "TARGET":
                        put(row.obj, locs)  # the place given to: "hỗ trợ tỉnh Quảng Trị 2,5 tỉ đồng"
        if row.type in ("AID", "AWARD") and row.obj == "TARGET" and "TARGET" not in args and not m.ref:
            # the place given to, after "cho/giúp/tặng": "hỗ trợ ... 450.000 viên Clomin cho tỉnh Nam Định", "giúp 8
            # tỉnh Bắc Lào" (TARGET, not where it happens)
            given = _place_given_to(d, post, s, next_trigger)
            put("TARGET", given)
            if given and "LOC" in args:
                args["LOC"] = [y for y in args["LOC"] if y not in given]
                if not args["LOC"]:
                    del args["LOC"]
        # "tiếp Đoàn ... do Thiếu tướng X ... làm Trưởng đoàn": the delegation's head (TARGET); "làm việc với Đoàn công
        # tác Bộ Công an, do Bộ trưởng, Đại tướng X dẫn đầu": the partner's head (PARTICIPANT)
        lead_role = "" if first_head is None or m.ref else \
            "TARGET" if row.obj == "TARGET" and not with_cue or visit_with else "PARTICIPANT" if with_cue else ""
        if lead_role:
            for r in _cue(d, "TARGET"):
                for k, x in enumerate(post):
                    if x.start >= next_trigger:
                        break
                    if x.label != "PER":
                        continue
                    j = k  # the title and rank chain before the name: "do Bộ trưởng, Đại tướng X"
                    while j > 0 and post[j - 1].label in ("TITLE", "RANK", "ORG") and \
                            regex.fullmatch(r"[\s,]*", d.norm[post[j - 1].end:post[j].start]):
                        j -= 1
                    if r["before_entity_rx"].search(d.norm[max(e, post[j].start - 30):post[j].start]):
                        put(lead_role, [x])
                        break
    # a mention inside "Tại buổi hội đàm, A và B ...": the people of the main clause took part
    if m.ref == "at":
        if row.subj and not subject and (grp := _group_back(d, subj_cands, s)) and _IN_FRAME_AFTER_SUBJ.fullmatch(
                d.text, grp[-1].end, s) and grp[-1].label == "PER" and not d.in_caption(s) \
                and _SAID_VERB.search(d.norm, e, ce):
            # "Ngoại trưởng Nga Sergei Lavrov trong cuộc hội đàm với ... Le Drian ... cho biết": the speaker, named
            # right before the phrase (no comma), holds the talks (a verbless caption "Bộ trưởng X trong cuộc gặp tại
            # Sydney ngày D." names no one who acts)
            subject = grp
            put(row.subj, grp)
        rest = [x for x in post if x.label != "DATE"]
        if (comma := d.norm.find(",", e, ce)) > 0:
            # what the main clause's speaker tells names no party of it: "Tại cuộc họp, Thủ tướng cho biết rất ghi
            # nhận ý kiến của Bí thư Thành ủy TP. HCM Nguyễn Thiện Nhân về ..."
            said = [mt.end() for r in d.rules.by_kind.get("reporting", ()) if (mt := r["cue_rx"].search(d.norm, comma, ce))]
            if said:
                rest = [x for x in rest if x.start < min(said)]
        for x in rest:
            if x.label == "ORG" and regex.search(r"(?:^|\W)của\s+(?:\S+\s+){0,2}$", d.norm[max(e, x.start - 25):x.start]) \
                    and "AGENT" not in args:
                put("AGENT", [x])
                break
        # (a continent or region in the name is its theme, no place: "tại Hội nghị quốc tế Tương lai châu Á lần thứ
        # 10 ... tại Tokyo (Nhật Bản)"; the place stated for it with "tại/ở" wins over one in its name)
        locs = [x for x in rest if x.label == "LOC" and _is_head(d, x) and not _REGION_NAME.match(d.norm, x.start)
                and not (x.rule or "").endswith(":region")]
        stated = [x for x in locs if after_loc_prep(x) and x.start - e < 200 and x.start < next_trigger
                  and not regex.search(r"[,;]", d.norm[e:x.start])
                  and not _not_party(d, x, "LOC")]
        if stated and not any(x.start < stated[0].start for x in d.ents_in(e, stated[0].start) if x.label in ("PER", "ORG")):
            locs = stated
        if locs and (locs[0].start - e < 40 or locs[0] in stated):
            k = rest.index(locs[0])
            put("LOC", [y for y in _group_fwd(d, rest[k:]) if y.label == "LOC"])
        people = [x for x in rest if x.label == "PER"]
        if people:
            k = rest.index(people[0])
            put("PARTICIPANT", [x for x in _group_fwd(d, rest[k:]) if x.label == "PER"])
            # "Tại buổi làm việc giữa A với B sáng 23/6, thượng tướng X khẳng định": the main clause's subject
            # after the fronted phrase took part too
            comma = d.norm.find(",", e, ce)
            if comma > 0 and _AT_OPEN.fullmatch(d.norm, cs, s):
                after = [x for x in rest if x.start > comma and x.label in ("PER", "TITLE", "RANK", "ORG")]
                j = next((i for i, x in enumerate(after) if x.label == "PER"), None)
                if j is not None and _MAIN_LEAD.fullmatch(d.norm, comma, after[0].start) and all(
                        len(d.norm[after[i - 1].end:after[i].start]) <= 3 for i in range(1, j + 1)):
                    put("PARTICIPANT", [x for x in _group_fwd(d, after[j:]) if x.label == "PER"])
        elif (comma := d.norm.find(",", e, ce)) > 0 and _AT_OPEN.fullmatch(d.norm, max(cs, d.norm.rfind(",", cs, s)), s):
            # "Tại cuộc họp báo ngày 4/2, Bộ trưởng quốc phòng 2 nước Mỹ và Nhật đã thống nhất ...": the title and
            # the countries it heads took part
            after = [x for x in rest if x.start > comma]
            if after and after[0].label == "ORG" and _is_head(d, after[0]) and "họp báo" in d.norm[s:e] \
                    and _MAIN_LEAD.fullmatch(d.norm, comma, after[0].start) \
                    and any(r["cue_rx"].match(d.norm, after[0].end) for r in d.rules.by_kind.get("reporting", ())):
                # "Trong buổi họp báo ngày 24.5, Bộ Quốc phòng Hàn Quốc cho hay ...": the body speaking holds it
                put("AGENT", after[:1])
            if len(after) > 1 and after[0].label == "TITLE" and _MAIN_LEAD.fullmatch(d.norm, comma, after[0].start):
                grp = _group_back(d, after[:1] + [y for y in _group_fwd(d, after[1:]) if y.label == "LOC"], after[0].start)
                if len(grp) > 1 and grp[0] is after[0]:
                    put("PARTICIPANT", grp)
        if "AGENT" not in args and _SESSION_AT.fullmatch(d.norm, max(cs, d.norm.rfind(",", cs, s) + 1), e) \
                and (comma := d.norm.find(",", e, ce)) > 0:
            # "Tại phiên họp thứ 31 diễn ra vào sáng nay (14/3), Ủy ban Thường vụ Quốc hội đã cho ý kiến ...": the body
            # that goes on to act in the main clause holds the session
            after = [x for x in rest if x.start > comma]
            if after and after[0].label == "ORG" and _is_head(d, after[0]) \
                    and _MAIN_LEAD.fullmatch(d.norm, comma, after[0].start) and _TENSE_NEXT.match(d.norm, after[0].end):
                put("AGENT", after[:1])
    def organizer(grp: list[Entity], r: dict) -> None:
        """``grp`` organizes the happening: AGENT, and no PARTICIPANT or TARGET; the subject found before
        takes the rule's ``subject_role`` unless it chairs ("ĐBQH X trao đổi bên lề kỳ họp Quốc hội": X takes part)."""
        for role in ("PARTICIPANT", "TARGET"):
            if role in args:
                args[role] = [y for y in args[role] if y not in grp]
                if not args[role]:
                    del args[role]
        if r.get("subject_role") and args.get("AGENT") and not _CHAIR.search(d.norm, cs, s):
            # (the chair named after "dưới sự chủ trì của" stays AGENT)
            kept = [y for y in args["AGENT"] if y in chair]
            put(r["subject_role"], [y for y in args.pop("AGENT") if y not in grp and y not in chair])
            if kept:
                args["AGENT"] = kept
        put("AGENT", grp)

    # the organizer named after the trigger: "một cuộc tập trận ... do Hải quân Ấn Độ chủ trì", "kỳ họp Quốc hội"
    held_by: set[str] = set()
    for r in _cue(d, "AGENT"):
        if "after_trigger_rx" in r and not r["after_trigger_rx"].match(d.norm, e) or "types" in r and row.type not in r["types"] \
                or "trigger_rx" in r and not r["trigger_rx"].fullmatch(d.norm, s, e) \
                or "unless_before_rx" in r and r["unless_before_rx"].search(d.norm[max(cs, s - 30):s]):
            continue
        labels = r.get("labels", ("PER", "ORG"))
        first = True
        for k, x in enumerate(post):
            if x.start >= next_trigger or "gap_rx" in r and not first:
                break  # (a "gap" rule takes only the first party after the trigger)
            if _is_head(d, x):
                first = False
            if not _is_head(d, x) or x.label not in labels or not r["before_entity_rx"].search(d.norm[max(cs, x.start - 40):x.start]) \
                    or "gap_rx" in r and not r["gap_rx"].fullmatch(d.norm, e, x.start):
                continue
            grp = [y for y in _group_fwd(d, post[k:]) if y.label in labels]
            if "joined_rx" in r and not any(r["joined_rx"].fullmatch(d.norm, a.end, b.start) for a, b in zip(grp, grp[1:])):
                break  # "Hội nghị Ban Thường vụ A với Ban Thường vụ B": two bodies meeting
            if grp and ("after_entity_rx" not in r or r["after_entity_rx"].match(d.norm, grp[-1].end)):
                chaired = "chair_rx" in r and r["chair_rx"].search(d.norm[max(cs, s - 40):s]) and args.get("AGENT")
                if r.get("only_chaired") and not chaired:
                    break
                if chaired:
                    # "X chủ trì phiên họp thứ 4 của Ban Chỉ đạo": the chair organizes it, the body takes part
                    put(r.get("chair_role", "PARTICIPANT"), [y for y in grp if y not in args["AGENT"]])
                else:
                    organizer(grp, r)
                    held_by.update(y.id for y in grp)  # "Hội nghị ... của Hà Nội": the city holds it, not its place
                break
    if held_by and "LOC" in args:
        args["LOC"] = [y for y in args["LOC"] if y.id not in held_by]
        if not args["LOC"]:
            del args["LOC"]
    # the organization a named happening belongs to: "Hội nghị Cấp cao ASEAN", "Diễn đàn Tương lai ASEAN",
    # "Hội nghị Thượng đỉnh hợp tác tiểu vùng Mekong mở rộng (GMS)": its organizer
    # ("Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ 8", "hội nghị thượng đỉnh NATO": `any_case` rules, with
    # `after_entity` matched right after the organization)
    for r in d.rules.by_kind.get("name_org", ()):
        if not (d.text[s].isupper() or r.get("any_case")):
            continue
        if "types" in r and row.type not in r["types"] or "trigger_rx" in r and not r["trigger_rx"].fullmatch(d.norm, s, e):
            continue
        x = next((y for y in post if y.label in r.get("labels", ("ORG",)) and y.start < next_trigger), None)
        if x is None or not r["gap_rx"].fullmatch(d.norm, e, x.start) or any(
                y.label in ("PER", "TITLE", "RANK") and not _title_in_name(d, r, y, e, x) for y in post if y.start < x.start):
            continue
        grp = [y for y in _group_fwd(d, post[post.index(x):]) if y.label in r.get("labels", ("ORG",))]
        if not grp and any(y.label == "TITLE" for y in post if y.start < x.start):
            grp = [x]  # (the body of the office in the name: "Hội nghị Bộ trưởng Ngoại giao ASEAN")
        if "after_entity_rx" in r:
            # (one body, and no chair or organizer named before: "X chủ trì Hội nghị Ban Thường vụ ... lần thứ 8",
            # "Tỉnh ủy Y tổ chức Hội nghị Ban Chấp hành Đảng bộ tỉnh khóa XVIII" keep X and Y the organizers)
            if not r["after_entity_rx"].match(d.norm, x.end) or _CHAIR.search(d.norm, cs, s) or _holder_named(d, args, s):
                continue
            grp = [x]
        organizer(grp, r)
        break
    # the parties a meeting's name is glossed with: "Hội nghị SOM ASEAN + 3 (giữa ASEAN với các nước Trung Quốc, Nhật
    # Bản, Hàn Quốc)": all take part
    if row.type == "MEETING" and (bm := _BETWEEN_GLOSS.match(d.norm, e)) is not None:
        put("PARTICIPANT", [x for x in d.ents_in(bm.start(1), bm.end(1)) if x.label in ("PER", "ORG", "LOC") and _is_head(d, x)])
    # attendees: "Tham dự hội nghị có Đại tá X – ...; đồng chí Y – ..."
    for r in d.rules.by_kind.get("attendees", ()):
        if "after_trigger_rx" in r:
            # the list right after the trigger: "cuộc họp diễn ra ngày 1/3 gồm đại diện của A, B, C và D"
            if m.ref is None and (am := r["after_trigger_rx"].match(d.norm, e)) is not None:
                listed = d.ents_in(am.end(), ce if r.get("items") else next_trigger)
                if r.get("items") and listed and not d.norm[am.end():listed[0].start].strip():
                    # the bodies a meeting is held for, listed as items up to the clause end ("họp ... chỉ đạo đại hội
                    # đảng đối với Đảng bộ: A; B, C"); an item with a genitive opens the next clause's subject ("đối
                    # với A, Đoàn Kiểm tra X của Bộ Chính trị ... tổ chức")
                    items = []
                    for x in _group_fwd(d, listed):
                        if items and _OF_NEXT.match(d.norm, x.end):
                            break
                        items.append(x)
                    put("PARTICIPANT", [x for x in items if x.label == "ORG"])
                    continue
                # (the date of the predicate between: "diễn ra ngày 1/3" dates it)
                if dates := [x for x in d.ents_in(e, am.end()) if x.label == "DATE"]:
                    args["DATE"] = dates[:1]
                if listed and not d.norm[am.end():listed[0].start].strip():
                    put("PARTICIPANT", [x for x in listed if x.label in ("ORG", "PER") and _is_head(d, x)
                                        and not after_loc_prep(x)])
            continue
        if cs <= s < cs + 40 and r["start_rx"].match(d.norm[cs:s + 1]):
            lm = r["list_rx"].search(d.norm, e, ce)
            if lm:
                listed = d.ents_in(lm.end(), ce)
                if r.get("persons"):
                    # persons each with a description: "X, nhà khoa học ... tại Viện Y, Z, ... và W, giám đốc ...": the
                    # persons opening the items (not a name in a description: "mang tên Woodrow Wilson")
                    people = [x for k, x in enumerate(listed) if x.label == "PER" and (
                        k == 0 and not d.norm[lm.end():x.start].strip(" ,:")
                        or k > 0 and _LIST_ITEM_GAP.search(d.norm, listed[k - 1].end, x.start))]
                    if people and listed[0] is people[0]:
                        put("PARTICIPANT", people)
                        continue
                if r.get("bodies"):
                    # bodies and persons listed, not a parent body glossed in brackets ("A (thuộc Y), B (Bộ Z)") nor
                    # a place ("các cơ quan của TP Hà Nội")
                    listed = [x for x in listed if x.label in ("ORG", "PER")
                              and d.norm.rfind("(", lm.end(), x.start) <= d.norm.rfind(")", lm.end(), x.start)]
                put("PARTICIPANT", [x for x in listed if (_is_head(d, x) or _bare_title(d, listed, x)) and x.label != "DATE"
                                    and not after_loc_prep(x)])
    # a happening named in a fronted occasion ("Ngày 10/10, nhân dịp dự Hội nghị Cấp cao ASEAN ... tại Thủ đô
    # Vientiane (Lào), Thủ tướng ... đã tiếp ..."): the dateline and what follows the phrase belong to the main clause
    frame_end = _frame_end(d, cs, s, e, ce)
    # the trigger names the subject of a predicate of setting, however long the name: "Hội thảo về chương trình du
    # học ... với ..., sẽ diễn ra lúc 9h ngày 18/12, tại toà nhà Victoria": the date and place after it are its own
    sp = _SETTING_PRED.search(d.norm, e, next_trigger) if m.ref is None and _CLAUSE_SUBJECT_OPEN.fullmatch(d.norm, cs, s) else None
    setting_at = sp.end() if sp else None
    # place: "tại Hà Nội", "ở TP.HCM", "đến Hà Nội", "trên vịnh Bengal"
    clause_ents = d.ents_in(pre_start, ce)
    # (a seat word may be read as a title of the body: "tại Sở [Chỉ huy] Binh chủng Đặc công")
    locs = [x for x in clause_ents if x.label in ("LOC", "ORG") and after_loc_prep(x) and x.id not in held_by
            and (x.id not in d.desc or _SEAT_OF.search(d.norm, max(cs, x.start - 14), x.start))
            and (x.label == "LOC" or _SEAT_OF.search(d.norm, max(cs, x.start - 14), x.start)
                 or (x.end <= s or _AT_AFTER_VERB.fullmatch(d.norm, e, x.start) and not d.ents_in(e, x.start))
                 and _AT_BODY.search(d.norm, max(cs, x.start - 40), x.start)
                 and not _ENVOY_AT.search(d.norm, max(cs, x.start - 70), x.start)
                 and not _INSTITUTION.fullmatch(d.norm, x.start, x.end))
            and x.start < next_trigger and (abs(x.start - s) < 160 or subject and x.end <= subject[0].start
                                            or setting_at is not None and 0 <= x.start - setting_at < 80)
            and (frame_end is None or x.start < frame_end) and not (m.ref == "topic" and x.start < e)
            # a place in a quotation before its speaker ("“... ở phía Nam sân bay Tân Sơn Nhất ...” - X trao đổi bên lề
            # kỳ họp") is what was said, not where the happening took place
            and not d.quoted_apart(x, s)
            # where a party lives is no place of the happening: "Vàng Vả Mềnh (SN 1981), hộ khẩu thường trú tại bản X"
            and not _RESIDENCE.search(d.norm, max(cs, x.start - 40), x.start)]
    if not locs:
        # a place whose name opens inside the trigger, when no other is stated: "cập Cảng quốc tế Cam Ranh" (the port
        # named with its capital unit word); "cập Cảng Tiên Sa, chính thức thăm hữu nghị Đà Nẵng" keeps the city visited
        locs = [x for x in clause_ents if x.label == "LOC" and s < x.start < e < x.end and x.id not in d.desc
                and not any(y.label == "LOC" and y.start >= x.end for y in clause_ents)]
    if any(x.start >= e for x in locs):
        # the place of a fronted stay is less specific than one stated after the trigger: "Trong thời gian làm việc
        # tại Quảng Ngãi, Phó Chủ tịch nước đã đến thăm gia đình cháu X ở xã Nghĩa Phương"
        fm = _FRONTED_STAY.match(d.norm, cs)
        if fm:
            comma = d.norm.find(",", fm.end(), s)
            locs = [x for x in locs if not (comma > 0 and x.end <= comma)]
    if any(x.end <= s for x in locs) and any(x.start >= e for x in locs):
        # a place inside a postmodifier of the object ("tặng quà ... người dân bị thiệt hại do thiên tai tại tỉnh Yên
        # Bái") tells where those people are: the place fronted before the trigger ("Sáng 4/1, tại thành phố Yên Bái,")
        # is the happening's
        post_locs = [x for x in locs if x.start >= e]
        if all(_POSTMOD.search(d.norm, e, x.start) or _PEOPLE_AT.search(d.norm, max(e, x.start - 60), x.start)
               for x in post_locs):
            locs = [x for x in locs if x.start < e]
    own_set = [x for x in locs if x.start >= e and _OWN_SETTING_AT.search(d.norm, max(e, x.start - 50), x.start)]
    if own_set and any(x is not own_set[0] for x in locs):
        locs = own_set[:1]
    # a place of a verbal noun's act ("giới thiệu ... việc học tập tại Úc") is no place of the happening, nor an envoy's
    # posting ("tiếp Đại sứ Liên minh châu Âu (EU) tại Việt Nam Julien Guerrier")
    locs = [x for x in locs if not (x.start >= e and (_VERBAL_NOUN_AT.search(d.norm, max(e, x.start - 40), x.start)
                                                      or _ENVOY_AT.search(d.norm, max(e, x.start - 70), x.start)))]
    if prev_trigger >= 0 and any(x.start >= e for x in locs):
        # a place between an earlier trigger of the clause and this one is the earlier one's, when this one states its
        # own: "trong khuôn khổ chuyến thăm tới Mông Cổ, ... đã hội kiến ... tại thủ đô Ulaanbaatar"
        # (and a place before the earlier trigger: "đến thăm ... ở xã A, thăm và tặng quà cho ... ở vùng B")
        locs = [x for x in locs if not x.start < s]
    if (trip_end := _trip_frame_end(d, cs, s)) > 0:
        locs = [x for x in locs if x.start > trip_end]  # the destination of a framing visit
    topic_named = _topic_named(d, cs, s)
    if topic_named:
        locs = [x for x in locs if x.start > s]  # the clause's place is the act's
    if 0 <= prev_trigger < s and subject and subject[0].start > prev_trigger \
            and any(x.label == "DATE" and x.start < next_trigger for x in post):
        # a happening told with a subject and a day of its own after an earlier one of the clause ("Sáng 22/1, tại Trụ
        # sở Chính phủ, Phó Thủ tướng X đã chủ trì cuộc họp về ... Luật ... vừa được Quốc hội thông qua tại kỳ họp bất
        # thường lần thứ 5, ngày 18/1/2024"): the place fronted before the earlier one is that one's
        locs = [x for x in locs if x.start > prev_trigger]
    if "LOC" not in args:
        if not locs and row.type not in ("ARREST", "SEIZURE", "APPOINTMENT"):
            taken = {y.id for ys in args.values() for y in ys}
            locs = [x for x in clause_ents if x.label == "LOC" and x.id not in d.desc and x.id not in taken and x.id not in held_by
                    and abs(x.start - s) < 160 and not d.quoted_apart(x, s)
                    and _ADMIN_BEFORE.search(d.norm[max(cs, x.start - 12):x.start]) and x.start < next_trigger]
            if any(_host_place(d, clause_ents, x, s) for x in locs):
                locs = []  # the province acts; the places after the verb are its objects'
        if not locs and subject and not m.title and row.type in ("ARREST", "SEIZURE"):
            # the setting fronted before the acting body, with no preposition: "Theo đó, vào lúc 14 giờ ngày 11/7, cách
            # Cửa khẩu ..., huyện Đakrông, tỉnh Quảng Trị 8km (thuộc địa phận bản Prin A, ...), Bộ đội Biên phòng X
            # phối hợp với ... bắt quả tang": the most specific place named (a `scene_agent` rule's units)
            # (a place said to lie in an area, "thuộc địa phận bản X", may have joined the subject: not_party drops it)
            acting = next((x for x in subject if not _not_party(d, x, row.subj or "AGENT")), subject[0])
            for r in d.rules.by_kind.get("scene_agent", ()):
                if row.type in r["types"] and (place := _most_specific(d, r, cs, [
                        x for x in clause_ents if x.label == "LOC" and x.start < acting.start and not d.quoted_apart(x, s)
                        and not _RESIDENCE.search(d.norm, max(cs, x.start - 40), x.start)])) is not None:
                    locs = [place]
                    break
        if not locs and m.ref is None and row.type not in ("ARREST", "SEIZURE", "APPOINTMENT"):
            locs = _visit_frame_place(d, cs, s)
        if not locs and next_trigger < ce and _MARGIN_OF.search(d.norm, max(e, next_trigger - 30), next_trigger):
            # "X đã có cuộc gặp với Y bên lề Hội nghị thượng đỉnh SCO ở Astana, Kazakhstan": the forum's place
            locs = [x for x in clause_ents if x.label == "LOC" and next_trigger < x.start < next_trigger + 120
                    and after_loc_prep(x) and x.id not in d.desc and not d.quoted_apart(x, s)][:1]
        if locs:
            near = min(locs, key=lambda x: abs(x.start - s))
            k = clause_ents.index(near)
            grp = [near]
            # the places listed before it with it: "tại Hà Nội và TP.HCM, ..." (the nearest is the last)
            while k > 0 and clause_ents[k - 1].label == "LOC" and clause_ents[k - 1].id not in d.desc \
                    and clause_ents[k - 1] not in subject and _listed_after(d, clause_ents[k - 1], grp[0]):
                k -= 1
                grp.insert(0, clause_ents[k])
            k = clause_ents.index(near)
            for x in clause_ents[k + 1:]:
                if x.id in d.desc:
                    continue
                if x.label == "LOC" and x not in subject and _LOC_LIST_SEP.fullmatch(d.norm, grp[-1].end, x.start):
                    grp.append(x)
                else:
                    break
            put("LOC", grp)
    # date: the clause's dateline, else a date right after the trigger
    if "DATE" not in args:
        dates_pre = [x for x in d.ents_in(pre_start, s) if x.label == "DATE" and not _not_party(d, x, "DATE")] \
            if frame_end is None and not listed_after and not topic_of_prev and not topic_named else []
        date = None
        if dates_pre and m.ref and m.ref != "topic" and len(d.norm[dates_pre[-1].end:s]) <= 12:
            date = dates_pre[-1]  # "Tối 15.6, tại Hội nghị ..."
        elif (m.ref is None or m.ref == "attend" and prev_trigger < 0) and (
                prev_trigger < 0 or not subject or {x.id for x in subject} & d.clause_subjects.get(cs, set())):
            if dates_pre and len(d.norm[pre_start:dates_pre[0].start].strip(" *-–(\n")) <= 14:
                date = dates_pre[0]
            elif subject and dates_pre:
                # (a parenthesis and the place may stand between: "Trong khuôn khổ chuyến thăm ..., chiều 6/5 (theo
                # giờ địa phương) tại Thủ đô Astana, Tổng Bí thư X đã có cuộc hội kiến ...")
                adverbial = [x for x in dates_pre if x.end <= subject[0].start and _DATE_ADVERBIAL.match(d.norm, x.end, subject[0].start)]
                date = adverbial[-1] if adverbial else None
        named_period = None
        if date is None:
            for x in post:
                if x.label == "DATE" and (x.start - e < 150 or setting_at is not None and 0 <= x.start - setting_at < 60) \
                        and x.start < next_trigger and (frame_end is None or x.start < frame_end) and not _not_party(d, x, "DATE"):
                    if _TERM.match(d.norm, x.start):
                        continue  # a term of office ("Đại hội ... nhiệm kỳ 2025-2030") dates nothing
                    if _SAID_VERB.search(d.norm, e, x.start) and regex.search(r"(?<!\p{L})sẽ(?!\p{L})", d.norm[x.end:next_trigger]):
                        # a plan told by the speaker after the happening: "Trong buổi làm việc với B, ông X cho biết,
                        # ..., trong năm 2005, bệnh viện sẽ ủng hộ ...": its year dates what is planned
                        continue
                    if _GOAL_YEAR.search(d.norm, max(s, x.start - 30), x.start) or \
                            _PROGRAMME_YEAR.search(d.text, max(s, x.start - 30), x.start):
                        continue  # a goal or a programme's name: "tầm nhìn đến năm 2050", "Năm APEC 2017"
                    if _WORK_PERIOD.search(d.norm, max(s, x.start - 60), x.start) and not _DAY_VALUE.match(x.value or ""):
                        # the year a plan or report is about ("Hội nghị tổng kết ngành nội vụ năm 2024, triển khai
                        # chương trình công tác năm 2025")
                        continue
                    if _NAMED_PERIOD_GAP.fullmatch(d.norm[e:x.start]) and not _DAY_VALUE.match(x.value or ""):
                        # "hội nghị giao ban công tác ... quý I/2024": a period in the name or object; the
                        # dateline, when there is one, dates the happening
                        named_period = x
                        continue
                    if not _DAY_VALUE.match(x.value or ""):
                        # "Hội nghị sơ kết công tác chống buôn lậu, ... 6 tháng đầu năm 2017; triển khai nhiệm vụ ...
                        # vào ngày 10/7": a period in the name yields to the day told after it in the sentence
                        day = next((y for y in post if y.start > x.end and y.label == "DATE" and y.start < next_trigger
                                    and _DAY_VALUE.match(y.value or "") and _ON_DAY.search(d.norm, x.end, y.start)
                                    and not _STOP_BETWEEN.search(d.norm, x.end, y.start)), None)
                        if day is not None:
                            x = day
                    date = x
                    break
        if date is None and dates_pre and m.ref is None:
            date = dates_pre[-1] if s - dates_pre[-1].end < 40 else None
        if date is None and m.ref is None and frame_end is None and not topic_of_prev and d.lead[0] <= s < d.lead[1] \
                and not topic_named:
            lead_dates = [x for x in d.ents_in(*d.lead) if x.label == "DATE"]
            if lead_dates and lead_dates[0].start - d.lead[0] <= 14:
                date = lead_dates[0]
        if date is None and m.ref is None and d.lead[1] <= cs:
            date = _stay_span(d, cs, s)
        if date is None and named_period is not None and subject and dates_pre:
            # "..., ngày 6/5, Bộ trưởng X và Bộ trưởng Y đã ký Chương trình hợp tác giữa hai Bộ giai đoạn 2025-2027":
            # the period names the object; the dateline set before the clause's subject dates the signing
            adverbial = [x for x in dates_pre if x.end <= subject[0].start and _DATE_ADVERBIAL.match(d.norm, x.end, subject[0].start)]
            date = adverbial[-1] if adverbial else None
        if date is None:
            date = named_period
        if date is not None and row.type == "VISIT" and _DAY_VALUE.fullmatch(date.value or ""):
            # the stay told after the destination wins over the day of departure: "Sáng 9/3, X rời Hà Nội, lên
            # đường thăm cấp Nhà nước tới Indonesia ... từ ngày 9-13/3/2025"
            stay = next((y for y in d.ents_in(e, e + 240) if y.label == "DATE" and y.start > date.end
                         and _DAY_RANGE.fullmatch(y.value or "") and y.value[5:10] <= date.value[5:] <= y.value[16:]
                         and date.value[:4] in ("XXXX", y.value[:4])
                         and not _STOP_BETWEEN.search(d.norm, e, y.start)), None)
            if stay is not None:
                date = stay
        if (date is None or date.end <= s and _DAY_VALUE.fullmatch(date.value or "")) \
                and (span := _list_range(d, s, e, trigger_starts)) is not None \
                and (date is None or span.value[5:10] <= date.value[5:] <= span.value[16:] and date.value[:4] in ("XXXX", span.value[:4])):
            # a span of days closing a list of predicates dates each (over the day they set out on, inside it): "Tối
            # 3/10, ... bắt đầu các hoạt động tham dự Hội nghị A và thăm chính thức Pháp từ ngày 3-7/10"
            date = span
        if date is not None and row.type == "VISIT" and date.end <= s and _BACKGROUND_VISIT.search(d.norm, max(cs, date.end, s - 90), s):
            # a visit told as the background of the happening: "Chiều nay, Tổng bí thư X đã tiếp Y. Y ... đang thăm
            # hữu nghị chính thức VN", "... hội kiến Tổng thống Z nhân dịp Tổng thống ... thăm cấp Nhà nước tới Việt Nam"
            # (the day before it is the main happening's; a stay told after it still dates the visit)
            stay = next((y for y in d.ents_in(e, e + 240) if y.label == "DATE" and _STAY_RANGE.fullmatch(y.value or "")
                         and not _STOP_BETWEEN.search(d.norm, e, y.start)), None)
            date = stay
        if date is not None and row.type == "VISIT" and 0 <= prev_trigger < s and date.end <= prev_trigger and any(
                x.label == "PER" and _VISITOR_CLAUSE.search(d.norm, max(prev_trigger, x.start - 30), x.start) for x in subject):
            # a visit told in a relative clause on the received party: "Ngày 26/8, ... đã tiếp Đoàn ... do đồng chí X
            # ... sang thăm và làm việc tại Việt Nam" (the day is the reception's)
            date = None
        if date is not None:
            args["DATE"] = [date]
    if (ended := _trip_ended(d, cs, s)) is not None:
        # a trip told as ended after the return ("Tối 25/4, X đã về tới sân bay quốc tế Nội Bài, Thủ đô Hà Nội, kết
        # thúc tốt đẹp chuyến thăm cấp Nhà nước tới Lào", "... kết thúc tốt đẹp chuyến công tác tham dự Đại hội đồng IPU"):
        # the day and the place before it are the return's; a stay told after the trigger still dates it
        if args.get("DATE") and args["DATE"][0].end <= ended:
            stay = next((y for y in d.ents_in(e, e + 240) if y.label == "DATE" and _STAY_RANGE.fullmatch(y.value or "")
                         and not _STOP_BETWEEN.search(d.norm, e, y.start)), None)
            args["DATE"] = [stay] if stay is not None else []
        if args.get("LOC"):
            args["LOC"] = [x for x in args["LOC"] if x.start >= ended]
        for role in ("DATE", "LOC"):
            if role in args and not args[role]:
                del args[role]
    if not m.title and prev_trigger < 0 and args.get("DATE") and args["DATE"][0].start - cs <= 24 \
            and (sched := _fronted_schedule(d, cs, s)) is not None:
        args["DATE"], args["LOC"] = sched
    if ("DATE" not in args or "LOC" not in args) and not m.title and prev_trigger < 0 and _SEQUEL.match(d.norm, cs):
        _sequel_setting(d, cs, args, loc_cues)
    for r in d.rules.by_kind.get("name_modifier", ()):
        # a place right after a meeting noun is part of its name: "Đối thoại Shangri-La", "hội thảo VN-châu Phi"
        if row.type not in r.get("types", (row.type,)) or not r["trigger_rx"].fullmatch(d.norm, s, e):
            continue
        named = [x for x in post if x.label == "LOC" and r["gap_rx"].fullmatch(d.norm, e, x.start)][:1]
        for x in post:
            if named and x.label == "LOC" and x.start > named[-1].end and regex.fullmatch(r"\s*[-–]\s*", d.norm[named[-1].end:x.start]):
                named.append(x)
        for role in ("LOC", "PARTICIPANT"):
            if role in args:
                args[role] = [y for y in args[role] if y not in named]
                if not args[role]:
                    del args[role]
        if "LOC" not in args and len(named) == 1 and (named[0].rule or "").endswith(":city") and d.norm[e:named[0].start].isspace():
            # a city that names the meeting is where it is held, when no other place is stated: "Hội nghị Geneva về
            # Đông Dương", "Đối thoại Astana" (not a country or region: "Hội nghị thượng đỉnh Á-Âu")
            args["LOC"] = named
    if row.obj == "TARGET" and _BY_PASSIVE.search(d.norm, max(cs, s - 6), s) and (gm := _MEMBERS.match(d.norm, e, ce)):
        # "Hai đối tượng bị bắt mang quốc tịch Lào, gồm Bun Liêng (...) và Thạo Xay": the people listed are the patients
        people = [x for x in d.ents_in(gm.end(), ce) if x.label == "PER"]
        if people and regex.fullmatch(r"[\s\p{Ll}]*", d.norm[gm.end():people[0].start]):
            listed = [x for x in _group_fwd(d, d.ents_in(people[0].start, ce)) if x.label == "PER"]
            listed += [x for x in _described_list(d, listed[-1], post, next_trigger) if x not in listed]
            for role in ("AGENT", "PARTICIPANT"):
                if role in args:
                    args[role] = [y for y in args[role] if y not in listed]
                    if not args[role]:
                        del args[role]
            subject = [y for y in subject if y not in listed]
            put("TARGET", listed)
    if row.obj == "TARGET" and (am := _APPOSED_SUSPECT.search(d.norm, max(cs, s - 80), s)) is not None:
        # "ông Đào Tiến Dũng- đối tượng vừa bị khởi tố, bắt tạm giam": the person the appositive describes; the date of
        # a planned main clause ("Sáng nay, ... sẽ ký quyết định đình chỉ ... đối với ông X- đối tượng vừa bị ...") is
        # not the arrest's
        heads = [x for x in d.ents_in(max(cs, am.start() - 60), am.start() + 1) if x.label == "PER"]
        if heads and regex.fullmatch(r"\s*", d.norm[heads[-1].end:am.start()]):
            args["TARGET"] = [heads[-1]]
            if "AGENT" in args:  # the main clause's parties do not make the arrest
                args["AGENT"] = [x for x in args["AGENT"] if x.start > am.start()]
                if not args["AGENT"]:
                    del args["AGENT"]
            if _PLANNED.search(d.norm, cs, heads[-1].start):
                args.pop("DATE", None)
    if row.type in ("AWARD", "APPOINTMENT") and row.obj == "TARGET" and "TARGET" not in args:
        # "Lễ trao Huân chương Hữu nghị của Nhà nước A và Kỷ niệm chương của Cơ quan B tặng Thượng tướng X": the one
        # the award goes to, after "tặng/cho" further on; "bổ nhiệm chức danh thủ trưởng Cơ quan ... cho Trung tướng X":
        # the one appointed
        for gm in _AWARD_TO.finditer(d.norm, e, min(next_trigger, e + 200)):
            if row.type == "APPOINTMENT" and not gm.group().startswith("cho"):
                continue
            after = d.ents_in(gm.end(), ce)
            k = next((i for i, x in enumerate(after) if x.label == "PER"), None)
            if row.type == "AWARD" and after and after[0].label == "ORG" and after[0].start == gm.end() \
                    and gm.group().startswith("tặng") and after[0].id not in d.desc and (k is None or k > 0):
                # "trao Huân chương Lao động hạng Ba, tặng Trường đại học Kinh tế": a body receives
                put("TARGET", [after[0]])
                break
            if k is None or not all(x.label in ("TITLE", "RANK", "ORG") for x in after[:k]) \
                    or not regex.fullmatch(r"[\s,]*", d.norm[after[k - 1].end if k else gm.end():after[k].start]) \
                    or k and after[0].start != gm.end():
                continue
            given = [x for x in _group_fwd(d, after[k:]) if x.label == "PER"]
            if "AGENT" in args:
                args["AGENT"] = [y for y in args["AGENT"] if y not in given]
                if not args["AGENT"]:
                    del args["AGENT"]
            put("TARGET", given)
            break
    if row.type == "APPOINTMENT" and row.obj == "TARGET" and not any(x.label == "PER" for x in args.get("TARGET", ())):
        # a post filled with no person named: "HĐND tỉnh bầu Chủ tịch Hội đồng nhân dân tỉnh", "trao Quyết định ... bổ
        # nhiệm Tổng Giám đốc Đài Truyền hình Việt Nam": the title stands for its holder
        for x in d.ents_in(s, min(next_trigger, e + 80, ce)):
            if x.label != "TITLE" or not _APPOINT_TITLE.search(d.norm, max(s, x.start - 30), x.start):
                continue
            after = d.ents_in(x.end, ce)
            k = next((i for i, y in enumerate(after) if y.label not in ("TITLE", "ORG", "LOC")), len(after))
            if k < len(after) and after[k].label in ("PER", "RANK") \
                    and _APPOSITION_GAP.fullmatch(d.norm, after[k - 1].end if k else x.end, after[k].start):
                break  # "bổ nhiệm Tổng Giám đốc VTV, ông X": the person is the one appointed
            if not args.get("TARGET") or all(y.start > x.start for y in args["TARGET"]):
                args["TARGET"] = [x]
            break
    if row.type == "MEETING" and (sp := _SPEECH_OF.search(d.norm, max(cs, s - 120), s)) is not None:
        # "Phát biểu của Tổng Bí thư X tại buổi gặp mặt ...", "bài phát biểu của Thủ tướng Y tại Hội nghị": the speaker
        # took part in the meeting
        people = [x for x in d.ents_in(sp.end(), s) if x.label == "PER"]
        if people and _SPEECH_AT_END.fullmatch(d.norm, people[-1].end, s) and all(
                x.label in ("TITLE", "RANK", "ORG") for x in d.ents_in(sp.end(), people[0].start)):
            speaker = [x for x in _group_fwd(d, d.ents_in(people[0].start, s)) if x.label == "PER"]
            if "AGENT" in args:
                args["AGENT"] = [y for y in args["AGENT"] if y not in speaker]
                if not args["AGENT"]:
                    del args["AGENT"]
            put("PARTICIPANT", speaker)
    if row.type == "VISIT" and prev_trigger >= cs and args.get("AGENT") and _ON_VISIT.search(d.norm, max(cs, s - 30), s) \
            and all(x.end <= prev_trigger for x in args["AGENT"]):
        # "A hội kiến Tổng thống B ..., đang có chuyến thăm cấp Nhà nước tới Việt Nam": the visitor is the one
        # the clause describes (the object of the first verb), not the host
        obj = [x for x in d.ents_in(prev_trigger, s) if x.label == "PER"]
        if obj and not regex.search(r"[.;:!?]", d.norm[obj[-1].end:s]):
            args["AGENT"] = [obj[-1]]
            if (led := _led_body(d, [], [obj[-1]], s)) is not None:
                args["AGENT"] = [led, obj[-1]]  # "tiếp Đoàn đại biểu Cục X do Thiếu tướng Y ... đang có chuyến thăm"
    if row.type == "AGREEMENT" and args.get("AGENT") and args.get("PARTICIPANT") \
            and _WITNESSED.search(d.norm, max(cs, s - 40), s):
        # "A và B đã chứng kiến (lễ) ký kết Thỏa thuận ... giữa C và D": C and D sign, the witnesses take part
        args["AGENT"], args["PARTICIPANT"] = args["PARTICIPANT"], args["AGENT"]
    if m.ref is None and not m.title and not d.in_caption(s) and "DATE" not in args:
        _elaboration_setting(d, m, args)
    if m.ref is None and not m.title and not d.in_caption(s) and "AGENT" not in args:
        _scene_setting(d, m, args, trigger_starts)
    if row.type == "MEETING" and not m.title:
        _forum_speakers(d, m, args, trigger_starts)
    if (ref := _REFERRED_AGREEMENT.search(d.norm, max(cs, s - 80), s)) is not None:
        # an agreement referred to in another happening's clause takes nothing from that clause: "các nhóm tay súng do
        # Tehran chống lưng đã khơi mào giao tranh tại Aleppo vào giữa tháng 12-2016, bất chấp thỏa thuận đã được ký kết"
        for role in list(args):
            args[role] = [x for x in args[role] if x.start >= ref.start()]
            if not args[role]:
                del args[role]
        subject = [x for x in subject if x.start >= ref.start()]
    if args.get("PARTICIPANT") and "AGENT" not in args:
        # the organizer named inside the event's noun phrase: "Tại cuộc tọa đàm ... do báo Quân đội nhân dân tổ chức"
        org = [x for x in args["PARTICIPANT"] if x.start > e and _ORGANIZED_BY.search(d.norm, max(e, x.start - 20), x.start)
               and _ORGANIZES.match(d.norm, x.end)]
        if org:
            args["AGENT"] = org
            args["PARTICIPANT"] = [x for x in args["PARTICIPANT"] if x not in org]
            if not args["PARTICIPANT"]:
                del args["PARTICIPANT"]
    for role in (*_PARTY_ROLES, "LOC"):
        if role in args:
            args[role] = [y for y in args[role] if not _not_party(d, y, role, trigger=s)]
            if not args[role]:
                del args[role]
    for role in _PARTY_ROLES:
        if role in args:
            args[role] = [y for y in args[role] if not _second_name(d, args, y)]
            if not args[role]:
                del args[role]
    subject = [y for y in subject if not _not_party(d, y, row.subj or "AGENT")]
    if prev_trigger < 0:
        d.clause_subjects[cs] = {x.id for x in subject}
    m.args = args
    m.subject = subject
    m.subject_role = next((r for r, xs in args.items() if subject and subject[0] in xs), "")


def _scene_setting(d: _Doc, m: _Mention, args: dict[str, list[Entity]], trigger_starts: list[int]) -> None:
    """An arrest or seizure told with a generic subject or none ("lực lượng chức năng phát hiện và thu giữ ...", "thì bị
    phát hiện bắt giữ") takes the body, the date and the place of the sentence that set the scene a few sentences
    before it in the paragraph ("*Vào 11h30 ngày 2/6, tổ công tác Phòng X, Công an tỉnh Y ... tại khu vực bản Vang, xã
    Z ... phát hiện 2 đối tượng"): a `scene_agent` rule. A sentence that tells a happening of its own ("Theo đó, ...,
    Bộ đội Biên phòng X phối hợp với Y bắt quả tang 2 đối tượng") sets no scene: its happening holds its setting."""
    cs = m.clause[0]
    for r in d.rules.by_kind.get("scene_agent", ()):
        if m.row.type not in r["types"] or not r["cue_rx"].search(d.norm[max(cs, m.start - 60):m.start]) \
                or any(x.label == "DATE" for x in d.ents_in(cs, m.clause[1])):
            continue  # (a sentence with its own date tells its own setting)
        k = bisect.bisect_left(d.clause_starts, cs) - 1
        for _ in range(int(r.get("back", 4))):
            if k < 0 or d.clause_starts[k] < d.lead[0]:
                return
            ps = d.clause_starts[k]
            pe = d.clause_starts[k + 1] if k + 1 < len(d.clause_starts) else len(d.text)
            if "\n" in d.text[ps:m.start].rstrip() or d.in_caption(ps):
                return
            k -= 1
            ents = d.ents_in(ps, pe)
            dates = [x for x in ents if x.label == "DATE" and not _not_party(d, x, "DATE")]  # (not a year of birth)
            if not dates:
                continue
            if not r["start_rx"].fullmatch(d.norm, ps, dates[0].start) or any(ps <= t < pe for t in trigger_starts):
                return  # another time is told between, or the sentence tells its own happening: no scene of ours
            # (the acting bodies: no organization after a preposition, "gần Đại sứ quán Mỹ", "thành viên của X")
            orgs = [x for x in ents if x.label == "ORG" and x.start > dates[0].end and x.id not in d.desc
                    and not _in_loc_phrase(d, ps, x) and not _SCENE_PREP.search(d.norm, max(ps, x.start - 20), x.start)]
            if not orgs:
                return
            group = [x for x in _group_fwd(d, ents[ents.index(orgs[0]):]) if x.label == "ORG"]
            # the parent written after its unit belongs to the acting body: "Phòng X, Công an tỉnh Y"
            for x in ents[ents.index(group[-1]) + 1:]:
                if x.label != "ORG" or not regex.fullmatch(r"\s*,\s*", d.norm[group[-1].end:x.start]):
                    break
                group.append(x)
            args["AGENT"] = group
            if "DATE" not in args:
                args["DATE"] = [dates[0]]
            if "LOC" not in args:
                place = _most_specific(d, r, ps, [x for x in ents if x.label == "LOC" and x.start >= dates[0].end])
                if place is not None:
                    args["LOC"] = [place]
            return


def _forum_speakers(d: _Doc, m: _Mention, args: dict[str, list[Entity]], trigger_starts: list[int]) -> None:
    """The speakers a conference report quotes right after its lead ("... trong Hội thảo ..., tổ chức sáng nay tại Hà
    Nội.\nGiáo sư X cho rằng, ...", "Hội nghị tổng kết ... diễn ra sáng 13-1 ...\n... Ông Y, Phó Giám đốc Sở Z, cho
    biết ..."): an `elaboration_speakers` rule gives the forum told in the lead each person who opens a sentence of the
    rest of the lead or of the next paragraph and speaks (a `reporting` cue), with no other happening told before him
    in that sentence."""
    rules = [r for r in d.rules.by_kind.get("elaboration_speakers", ())
             if m.row.type in r["types"] and r["trigger_rx"].fullmatch(d.norm, m.start, m.end)]
    ls, le = d.lead
    if not rules or not ls <= m.start < le or d.in_caption(m.start):
        return
    stop = _STOP_BETWEEN.search(d.norm, m.end)
    if stop is None:
        return
    begin = stop.start() + 1
    end = le
    for pm in regex.finditer(r"[^\n]+", d.text, pos=le):
        if len(pm.group().split()) > 4 and not d.in_caption(pm.start()):
            end = pm.end()
            break
    near_end = end
    if any(r.get("whole_report") for r in rules):
        # a report that goes on quoting the conference's speakers (one found up to the next paragraph): they are quoted
        # up to the first other happening the text tells or the first date past the next paragraph (another time:
        # "Kỳ thi tốt nghiệp năm 2003, có 173 thí sinh ...")
        end = max(end, min([t for t in trigger_starts if t >= le]
                           + [x.start for x in d.ents_in(end, len(d.norm)) if x.label == "DATE"] + [len(d.norm)]))
    named = [x.text for xs in args.values() for x in xs if x.label == "PER"]
    found_near = False
    cues = sorted((c for rr in d.rules.by_kind.get("reporting", ()) for c in rr["cue_rx"].finditer(d.norm, begin, end)),
                  key=lambda c: c.start())
    for cue in cues:
        if cue.start() >= near_end and not found_near:
            break
        at = cue.start() + len(regex.match(r"\W*", cue.group()).group())
        sb = max((k.end() for k in _STOP_BETWEEN.finditer(d.norm, begin, at)), default=begin)
        # (not in a photo caption, nor past the forum named again: that mention names its own speakers, "Phát
        # biểu tại hội nghị, Thủ tướng X nhấn mạnh")
        if any(qs <= at < qe for qs, qe in d.quotes) or any(sb <= t < at for t in trigger_starts) \
                or d.in_caption(sb) or any(r["trigger_rx"].search(d.norm, m.end, at) for r in rules):
            continue
        speaker = _speakers(d, sb, at)
        if not speaker or speaker[0].label != "PER":
            continue
        x = speaker[0]
        lead_in = d.ents_in(sb, x.start)
        opener = lead_in[0].start if lead_in else x.start
        if any(y.label not in ("TITLE", "RANK", "ORG") for y in lead_in) \
                or not any(r["cue_rx"].fullmatch(d.norm, sb, opener) for r in rules) \
                or any(x.text in n or n in x.text for n in named):
            continue
        args.setdefault("PARTICIPANT", []).append(x)
        named.append(x.text)
        found_near = found_near or cue.start() < near_end


def _elaboration_setting(d: _Doc, m: _Mention, args: dict[str, list[Entity]]) -> None:
    """The date (and place) of the next sentence that tells ``m``'s happening in detail ("... đã bắt giữ đối tượng X.
    Theo đó, ngày 26-5, tại khu vực ... thuộc bản Na Pưng, ..."): an `elaboration` rule."""
    cs, ce = m.clause
    rules = [r for r in d.rules.by_kind.get("elaboration", ()) if m.row.type in r["types"]]
    # (a date of its own after it, not a year of birth: none to take; one before it was not taken by the roles)
    if not rules or any(x.label == "DATE" and not _not_party(d, x, "DATE") for x in d.ents_in(m.end, ce)):
        return
    k = bisect.bisect_right(d.clause_starts, cs)
    while k < len(d.clause_starts):
        ns = d.clause_starts[k]
        ne = d.clause_starts[k + 1] if k + 1 < len(d.clause_starts) else len(d.text)
        if "\n" in d.text[m.end:ns]:
            return  # (another paragraph)
        if d.in_caption(ns) or not d.text[ns:ne].strip():
            k += 1
            continue
        break
    else:
        return
    ents = d.ents_in(ns, ne)
    date = next((x for x in ents if x.label == "DATE"), None)
    if date is None:
        return
    for r in rules:
        if not r["cue_rx"].fullmatch(d.norm, ns, date.start):
            continue
        args["DATE"] = [date]
        if "LOC" not in args and (am := r["at_rx"].match(d.norm, date.end)) is not None:
            stop = next((x.start for x in ents if x.start >= am.end() and x.label in ("ORG", "PER")), ne)
            semi = d.norm.find(";", am.end(), stop)
            stop = semi if semi >= 0 else stop
            places = [x for x in ents if x.label == "LOC" and am.end() <= x.start and x.end <= stop]
            for sr in d.rules.by_kind.get("scene_agent", ()):
                if (place := _most_specific(d, sr, am.end(), places)) is not None:
                    args["LOC"] = [place]
                    break
        return


_SCENE_PREP = regex.compile(r"(?<!\p{L})(?:tại|ở|trên|gần|đến|tới|từ|rời|cho|đối với|về|trong|sau|trước|của|với|thuộc)\s+(?:\p{Ll}+\s+){0,2}$")


def _most_specific(d: _Doc, r: dict, ps: int, places: list[Entity]) -> Entity | None:
    """The place of ``places`` named with the most specific unit word (rule ``r``'s `units`, first = most specific):
    "cách Cửa khẩu La Lay, huyện Đakrông, tỉnh Quảng Trị 8km (thuộc địa phận bản Prin A, huyện Sa Muồi, ...)": Prin A."""
    rank = {u: i for i, u in enumerate(r["units"])}
    ranked = []
    for x in places:
        um = r["unit_rx"].search(d.norm[max(ps, x.start - 20):x.start])
        if um and x.id not in d.desc:
            ranked.append((rank.get(um.group(1), len(rank)), x.start, x))
    return min(ranked, key=lambda t: t[:2])[2] if ranked else None


def _in_loc_phrase(d: _Doc, ps: int, x: Entity) -> bool:
    """Is ``x`` named after a place preposition ("tại", "ở", ...; a `role_cue` LOC rule)?"""
    before = d.norm[max(ps, x.start - 60):x.start]
    return any(r["before_entity_rx"].search(before) for r in _cue(d, "LOC"))


# a stay told again later ("Trong thời gian làm việc tại Quảng Ngãi, Phó Chủ tịch nước đã đến thăm ..."): the span of
# days the lead opens with ("Trong 2 ngày 26 và 27-12, Phó Chủ tịch nước ... đã về Quảng Ngãi") dates what was done in it
# (not a stay still to come: "Trong thời gian lưu lại Đà Nẵng, Chỉ huy tàu sẽ ...")
_STAY_BACKREF = regex.compile(r"\W*trong (?:thời gian|những ngày|mấy ngày|các ngày|dịp)\s+(?:ở thăm|ở|làm việc|công tác|lưu lại|thăm|có mặt)"
                              r"\s+(?:(?:tại|ở)\s+)?[^,.;:!?\n]{1,60},[^.;:!?\n]*?(?<!\p{L})(?:đã|vừa)(?!\p{L})")

_SPAN_BEFORE = regex.compile(r"(?<!\p{L})(?:trong\s+(?:\d+|hai|ba|bốn|năm)(?:\s+ngày)?|từ)\s+$")


# "kết thúc tốt đẹp chuyến thăm ...", "kết thúc chuyến công tác tham dự ..., thăm chính thức ...", "kết thúc tốt đẹp thăm
# cấp Nhà nước": the trip told as ended, up to the trigger (no party named between: not "sau khi kết thúc chuyến thăm
# Lào, Thủ tướng X đã hội đàm ...")
_TRIP_END = regex.compile(r"(?<!\p{L})kết thúc(?:\s+tốt đẹp)?\s+(?:(?:các\s+)?(?:chuyến|đợt)(?!\p{L})[^.;:!?\n]*)?$")


def _trip_ended(d: _Doc, cs: int, s: int) -> int | None:
    """Where the phrase that tells a trip as ended opens, when the trigger at ``s`` names that trip or a part of it."""
    tm = _TRIP_END.search(d.norm, max(cs, s - 200), s)
    if tm is None or any(x.label == "PER" for x in d.ents_in(tm.end(), s)):
        return None
    return tm.start()


def _stay_span(d: _Doc, cs: int, s: int) -> Entity | None:
    sm = _STAY_BACKREF.match(d.norm, cs)
    if sm is None or sm.end() > s or regex.search(r"(?<!\p{L})sẽ(?!\p{L})", d.norm[cs:s]):
        return None
    lead_dates = [x for x in d.ents_in(*d.lead) if x.label == "DATE"]
    if lead_dates and lead_dates[0].start - d.lead[0] <= 14 and (
            "/" in (lead_dates[0].value or "") or _SPAN_BEFORE.search(d.norm, d.lead[0], lead_dates[0].start)):
        return lead_dates[0]
    return None


_RANGE_FROM = regex.compile(r"(?<!\p{L})từ\s+$")
# the next item of a list of predicates, with its attendance verb before a happening's name: ", thăm", "và dự Diễn đàn"
_LIST_ITEM = regex.compile(_LIST_LINK + r"(?:(?:tham dự|dự|tham gia|chủ trì|đồng chủ trì)\s+)?$")


def _list_range(d: _Doc, s: int, e: int, trigger_starts: list[int]) -> Entity | None:
    """The span of days that closes a list of predicates dates each of them: "tham dự Hội nghị A, thăm chính thức B
    và thăm chính thức C từ ngày 05-11/3" (the first predicates too, not only the one it follows)."""
    y = next((x for x in d.ents_in(e, e + 300) if x.label == "DATE"), None)
    if y is None or not _STAY_RANGE.fullmatch(y.value or "") or not _RANGE_FROM.search(d.norm, y.start - 8, y.start) \
            or _STOP_BETWEEN.search(d.norm, e, y.start) or ";" in d.norm[e:y.start]:
        return None
    # every predicate between is an item of the list, and the span follows the last one with no comma between; with
    # none between, the happening is itself the last item of a list
    items = [t for t in trigger_starts if e < t < y.start]
    if items:
        if any(not _LIST_ITEM.search(d.norm, max(e, t - 30), t) for t in items):
            return None
    elif not any(s - 240 < t < s for t in trigger_starts) or not _LIST_ITEM.search(d.norm, max(0, s - 30), s):
        return None
    return None if "," in d.norm[items[-1] if items else e:y.start] else y


# a sentence that follows on from the one before: "Chiều nay, tại trụ sở Bộ Quốc phòng, A đã chủ trì lễ đón ... Sau lễ
# đón, A hội đàm với B": the happening takes the dateline and the place of the sentence before
_SEQUEL = regex.compile(r"\W*(?:(?:ngay sau|sau|kết thúc|tiếp đó|tiếp theo|sau đó)\s+(?:(?:lễ|buổi|cuộc|phiên|khi|đó)(?!\p{L})|\p{Ll}+\s*,)"
                       r"|(?:tiếp đó|tiếp theo|sau đó|ngay sau đó)\s*,)")
# "Tiếp đó, A và B đã ký ...": the next step of the scene told before, on its day (the last sentence that opened on a day)
_NEXT_STEP = regex.compile(r"\W*(?:tiếp đó|tiếp theo|sau đó|ngay sau đó)\s*,")


_SEQUEL_PLACE = regex.compile(r"[\s,.*–\-()]*(?:(?:trước đó|sau đó|cùng ngày)\s*,\s*)?(?:tại|ở)\s+(?:(?:trụ sở|thủ đô|tỉnh|thành phố|tp\.?|huyện|quận|xã|phường|hội trường|nhà hát)\s+)*")


def _sequel_setting(d: _Doc, cs: int, args: dict[str, list[Entity]], loc_cues: list[dict]) -> None:
    k = bisect.bisect_right(d.clause_starts, cs - 1) - 1
    while k > 0 and not d.text[d.clause_starts[k]:cs].strip():
        k -= 1
    if k < 0 or d.clause_starts[k] >= cs or d.clause_starts[k] < d.title_end or d.in_caption(d.clause_starts[k]):
        return
    # a line broken inside a sentence ("đã đến dâng hương...\r\ntưởng nhớ ..."): the sentence it continues
    while k > 0 and regex.match(r"\s*\p{Ll}", d.text[d.clause_starts[k]:cs]) and d.clause_starts[k - 1] >= d.title_end:
        k -= 1
    ps = d.clause_starts[k]
    prev = d.ents_in(ps, cs)
    if "DATE" not in args:
        dl = [x for x in prev if x.label == "DATE"]
        if dl and len(d.norm[ps:dl[0].start].strip(" *-–(\n")) <= 14:
            args["DATE"] = [dl[0]]
        elif not dl and _NEXT_STEP.match(d.norm, cs):
            opened = [p for p, _ in _scenes(d) if p < cs]
            day = [x for x in d.ents_in(opened[-1], cs) if x.start == opened[-1] and x.label == "DATE"] if opened else []
            if day:
                args["DATE"] = day[:1]
    if "LOC" not in args:
        # the place that opens the sentence, after its dateline: "Chiều nay, tại trụ sở Bộ Quốc phòng, ..."
        x = next((y for y in prev if y.label != "DATE"), None)
        if x is not None and x.id not in d.desc and _SEQUEL_PLACE.fullmatch(
                d.norm, max([ps] + [y.end for y in prev if y.label == "DATE" and y.end <= x.start]), x.start) and (
                x.label == "LOC" or x.label == "ORG" and regex.search(r"trụ sở\s+$", d.norm[ps:x.start])):
            args["LOC"] = [x]


# a numbered list item that a trigger opens: "\n2. Hội thảo phỏng vấn ... do ông X chủ trì. Thời gian: 5/11 ... tại
# khách sạn Y, ...; ngày 7/11, ... tại khách sạn Z": each item is a happening of its own, set by the rest of its line
_ITEM_OPEN = regex.compile(r"(?:^|\n)[ \t]*\d{1,2}[.)][ \t]*$")
_ITEM_AT = regex.compile(r"(?<!\p{L})(?:tại|ở)\s+(?:(?:khách sạn|ks|nhà hàng|hội trường|trung tâm|văn phòng|trụ sở|trường|nhà văn hóa|nhà văn hoá)\s+)?$")


# a schedule heading that names the happening, and the lines under it: "Địa điểm tổ chức hội thảo:\nTại Hà Nội: Thời
# gian: 9-11h ngày 13/11 tại KS Horison - 40 Cát Linh.\nTại Việt Trì: ... ngày 13/11 tại Khách sạn Hồng Ngọc, ...":
# every date and venue of the lines is the happening's (a place that labels a line, "Tại Hà Nội:", is no venue)
_SCHEDULE_HEAD = regex.compile(r"(?:^|\n)[ \t\r*\-–•]*(?:địa điểm|thời gian)(?:\s*(?:,|và)\s*(?:địa điểm|thời gian))?"
                               r"(?:\s+(?:tổ chức|diễn ra))?(?:\s+(?:các|những|buổi|cuộc))*\s+$")
_SCHEDULE_HEAD_END = regex.compile(r"[^\n:.;]{0,40}:[ \t\r]*\n")
_SCHEDULE_BLOCK = regex.compile(r"(?:[ \t]*[^\s][^\n]*(?:\n|$)){1,8}")
_LINE_LABEL = regex.compile(r"\s*:")


# a fronted schedule of sessions, each a time and a venue: "Lúc 17h ngày 8/11 tại 49 Hai Bà Trưng (Hà Nội) và 17h ngày
# 10/11 tại 2A Tôn Đức Thắng, Q.1 (TP.HCM) trường X sẽ tổ chức các buổi hội thảo": every date and venue is the happening's
# a clock time with its lead words: "vào lúc 17h", "khoảng 9 giờ 30,"
_CLOCK = r"(?:(?:vào|lúc|khoảng|từ)\s+){0,2}(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?"
_SCHED_TIME = regex.compile(r"[\W\s]*" + _CLOCK)
_SCHED_AT = regex.compile(r"\s*,?\s*(?:tại|ở)\s+(?:(?:số\s+)?\d[\w/-]*\s+)?(?:(?:khách sạn|ks|hội trường|trụ sở|nhà văn hóa|nhà văn hoá)\s+)?")
_SCHED_NEXT = regex.compile(r"[^.;:!?\n]{0,40}?(?:,|;|(?<!\p{L})và)\s*" + _CLOCK)


def _fronted_schedule(d: _Doc, cs: int, s: int) -> tuple[list[Entity], list[Entity]] | None:
    ents = d.ents_in(cs, s)
    tm = _SCHED_TIME.match(d.norm, cs)
    dates: list[Entity] = []
    places: list[Entity] = []
    k = 0
    while k + 1 < len(ents) and ents[k].label == "DATE" and ents[k].start == tm.end() \
            and ents[k + 1].label in ("LOC", "ORG") and _SCHED_AT.fullmatch(d.norm, ents[k].end, ents[k + 1].start):
        dates.append(ents[k])
        places.append(ents[k + 1])
        k = next((j for j in range(k + 2, len(ents)) if ents[j].label == "DATE"), len(ents))
        if k >= len(ents) or (tm := _SCHED_NEXT.fullmatch(d.norm, places[-1].end, ents[k].start)) is None:
            break
    return (dates, places) if len(dates) >= 2 else None


def _item_setting(d: _Doc, m: _Mention) -> None:
    """The dates and places a numbered item states after its first sentence ("Thời gian: 4/11 từ 16h30 tại khách
    sạn Guoman, 83A Lý Thường Kiệt, Hà Nội; 7/11, ... tại khách sạn Kim Đô"): one date or place per slot, the
    place right after "tại" (not the address after it)."""
    assert m.item is not None
    rest = d.ents_in(m.clause[1], m.item[1])
    if "DATE" not in m.args:
        dates = [x for x in rest if x.label == "DATE"]
        if dates:
            m.args["DATE"] = dates
    if "LOC" not in m.args:
        locs = [x for x in rest if x.label in ("LOC", "ORG") and x.id not in d.desc
                and _ITEM_AT.search(d.norm, max(m.clause[1], x.start - 30), x.start) and not _LINE_LABEL.match(d.norm, x.end)]
        if locs:
            m.args["LOC"] = locs


def _cue_lower(d: _Doc, b: dict, cs: int, mt: regex.Match | None) -> bool:
    """A block's ``before`` match; with ``lower_cue = true`` its group ``cue`` must be written in lower case (the adverb
    "thường", not the name "Thường Vạn Toàn")."""
    if mt is None:
        return False
    if not b.get("lower_cue") or mt.start("cue") < 0:
        return True
    return d.text[cs + mt.start("cue"):cs + mt.end("cue")].islower()


_ENDS = regex.compile(r"(?<!\p{L})kết thúc\s+(?:(?:chuyến|cuộc|đợt|buổi)\s+)?$")


# a second headline line: short, with no stop at its end, right after the headline and before the text
_SUBTITLE = regex.compile(r"\n([^\n.:;!?]{10,120})\n(?=[^\n]*\S)")


def _subtitle_end(d: _Doc) -> int:
    """The end of a second headline line after the headline ("Đồng chí X được giới thiệu giữ chức ...\nThứ trưởng X nhận
    nhiệm vụ mới tại Yên Bái\nSáng 8/2, ..."), or -1."""
    mt = _SUBTITLE.match(d.text, d.title_end)
    if mt is None or len(mt.group(1).split()) > 14 or not mt.group(1)[:1].isupper() \
            or any(x.label == "DATE" and mt.start(1) <= x.start < mt.end(1) for x in d.ents):
        return -1
    return mt.end(1)


def _mentions(d: _Doc) -> list[_Mention]:
    out: list[_Mention] = []
    blocks = d.rules.by_kind.get("block", ())
    statuses = d.rules.by_kind.get("status", ())
    refs = d.rules.by_kind.get("reference", ())
    coord: set[int] = set()  # mentions whose planned marker governs the coordinated verbs after them
    sub_end = _subtitle_end(d)
    for mt in d.rules.trigger_rx.finditer(d.norm):
        rows = d.rules.rows[mt.group()]
        s, e = mt.span()
        row = None
        for r in rows:
            if r.type == "NONE":
                break
            if not r.requires or _passes(d.rules.requires[r.requires], d, s, e):
                row = r
                break
        if row is None:
            continue
        k = bisect.bisect_right(d.starts, s) - 1
        if any(d.ents[j].start <= s and e <= d.ents[j].end for j in range(max(0, k - 1), k + 1)):
            continue  # inside a name: "Tổ chức Cứu trợ Trẻ em", "Trung tâm Hội nghị Quốc gia"
        title = s < d.title_end
        cs, ce = d.clause(s) if not title else (0, d.title_end)
        if not title and sub_end > d.title_end and s < sub_end:
            title = True  # a second headline line: "Thứ trưởng X nhận nhiệm vụ mới tại Yên Bái"
        pre = d.norm[cs:s]
        if any((not b.get("types") or row.type in b["types"])
               and not ("trigger_rx" in b and not b["trigger_rx"].fullmatch(d.norm, s, e))
               and not (b.get("keep_capitalized") and d.text[s].isupper()
                        and (_LOWER_HEAD.search(d.text[max(cs, s - 30):s])
                             or _OPENING_HEAD.search(d.text[max(0, s - 30):s])))
               and not ("unless_after_rx" in b and b["unless_after_rx"].match(d.norm, e))
               and not (b.get("capitalized") and not d.text[s].isupper())
               and _blocks(d, b, cs, pre, e)
               for b in blocks):
            continue
        if not title and _stock_photo(d, row.type, cs, s, e):
            continue
        # "hội nghị sơ kết", "trao Quyết định thăng cấp bậc hàm", "diễn tập huấn luyện" (a drill that trains): one mention
        if out and (out[-1].row.type == row.type or {out[-1].row.type, row.type} == {"EXERCISE", "TRAINING"}) \
                and regex.fullmatch(r"\s*", d.norm[out[-1].end:s]):
            continue
        # "Tại buổi gặp và làm việc với Đại tướng X", "tiếp và làm việc với": two words for one meeting (not a press
        # conference after talks, "hội đàm và họp báo"; nor kinds counted, "nhiều buổi làm việc và gặp gỡ quan trọng")
        if out and out[-1].row.type == row.type == "MEETING" and _MEETING_AND.fullmatch(d.norm, out[-1].end, s) \
                and "họp báo" not in (out[-1].row.family, row.family) and out[-1].title == (s < d.title_end) \
                and not _MEETINGS_COUNTED.search(d.norm, max(0, out[-1].start - 20), out[-1].start):
            continue
        status = None
        for st in statuses:
            if "before_rx" in st and st["before_rx"].search(pre[-80:]) \
                    or "before_rx" not in st and "after_rx" in st and st["after_rx"].match(d.norm, e, ce):
                status = st["status"]
                break
        governs = bool(out) and id(out[-1]) in coord and out[-1].clause == (cs, ce) and not title
        if status is None and governs and _COORD_VERBS.fullmatch(d.norm, out[-1].end, s) \
                and not _COORD_TENSE.search(d.norm, out[-1].end, s) and not _NOMINAL_BEFORE.search(d.norm, max(0, s - 8), s):
            status = out[-1].status  # "X sẽ thăm ..., làm việc ... và gặp gỡ ...": the later verbs are planned too
        governing = status is not None and (governs and out[-1].status == status or any(
            st.get("coordinated") and st["status"] == status and "before_rx" in st and st["before_rx"].search(pre[-80:])
            for st in statuses))
        rr = next((r for r in refs if r["before_rx"].search(pre[-160:])
                   and ("after_rx" not in r or r["after_rx"].match(d.norm, e))), None)
        ref = rr.get("ref", "at") if rr else None
        m = _Mention(s, e, row, (cs, ce), title, d.in_caption(s), ref, status, rr.get("agent", "") if rr else "")
        m.only_merge = bool(rr and rr.get("only_merge"))
        m.own_kind = bool(rr and rr.get("same_family"))
        if governing:
            coord.add(id(m))
        m.after_trigger = bool(out and out[-1].end <= s and s - out[-1].end <= 15 and out[-1].clause == m.clause
                               and not regex.search(r"[,;]", d.norm[out[-1].end:s])
                               and not _COORD.fullmatch(d.norm, out[-1].end, s))  # "thăm và tặng quà": two verbs
        if not title and (im := _ITEM_OPEN.search(d.text, max(0, s - 8), s)) is not None:
            nl = d.text.find("\n", e)
            m.item = (im.start(), nl if nl >= 0 else len(d.text))
        elif not title and (hm := _SCHEDULE_HEAD.search(d.norm, max(0, s - 40), s)) is not None \
                and (tm := _SCHEDULE_HEAD_END.match(d.norm, e)) is not None:
            bm = _SCHEDULE_BLOCK.match(d.text, tm.end())
            if bm.group().strip():
                m.item = (hm.start(), bm.end())
                m.schedule = True
        out.append(m)
    starts = [m.start for m in out]
    for m in out:
        prev_m = next((p for p in reversed(out[:out.index(m)]) if p.clause == m.clause and not p.title), None)
        _roles(d, m, starts, prev_m)
        if "DATE" in m.args and _ENDS.search(d.norm, max(0, m.start - 30), m.start) \
                and any(p.row.type == m.row.type and not p.title for p in out[:out.index(m)]):
            # "Dự kiến tàu sẽ rời Đà Nẵng vào sáng ngày 19/6, kết thúc chuyến thăm 7 ngày": the day it ends is no
            # other happening's date; the visit is the one told before (told alone, the day it ends dates it)
            del m.args["DATE"]
        if m.item is not None:
            _item_setting(d, m)
    _joint_press(d, out)
    _attendees_next(d, out)
    return out


_MEETING_AND = regex.compile(r"\s+và\s+")
_MEETINGS_COUNTED = regex.compile(r"(?:^|\W)(?:các|những|nhiều|một số|mấy|vài|\d+|hai|ba|bốn|năm)\s+(?:cuộc|buổi)\s+$")


# a capitalized trigger after a two-word lower-case head names the happening: "chương trình Gặp mặt, tôn vinh ..."; a
# head that opens a sentence is read as lower-case: "... đào tạo. Chương trình Hội thảo và giới thiệu về ..."
_LOWER_HEAD = regex.compile(r"(?:^|\s)\p{Ll}\S*\s+\p{Ll}\S*\s+$")
_OPENING_HEAD = regex.compile(r"(?:^|[.!?:]\s+|\n\s*)\p{Lu}\p{Ll}*\s+\p{Ll}\S*\s+$")


def _blocks(d: _Doc, b: dict, cs: int, pre: str, e: int) -> bool:
    """Does a block rule's context hold: its "before" or its "after" text (both with ``all = true``)?"""
    before = "before_rx" in b and _cue_lower(d, b, cs, b["before_rx"].search(pre))
    after = "after_rx" in b and b["after_rx"].match(d.norm, e) is not None
    return bool(before and after) if b.get("all") else bool(before or after)


# the words between two coordinated verbs of one clause: objects and settings, commas, "và", no new tense or subject
# marker ("X sẽ thăm A, làm việc với B và gặp gỡ C"; not "..., sau đó đã ...", "; ...")
# (a forum attended is such a verb's object: "X sẽ thăm cấp Nhà nước tới Trung Quốc và dự Diễn đàn ...")
_COORD_VERBS = regex.compile(r"[^.;:!?()“”\"]{0,160}?(?:,|\s+và|\s+rồi)\s+(?:cùng\s+|sau đó\s+|cũng\s+)?(?:tới\s+|đến\s+)?"
                             r"(?:(?:tham\s+)?dự\s+)?", regex.V1)
_COORD_TENSE = regex.compile(r"(?:^|\W)(?:đã|vừa|đang|từng|mới|hôm qua|trước đó)(?!\p{L})")
_INDEFINITE = regex.compile(r"(?:^|\W)(?:trong|tại|ở|sau)\s+một\s+(?:cuộc|vụ|đợt|buổi)\s+$")
_INDEF_AFTER = regex.compile(r"[^.;]{0,20}?\s(?:trong|tại|ở)\s+một\s+(?:cuộc|vụ|đợt|buổi)(?!\p{L})")
# a foreign agency's or archive photo ("Các binh sỹ Hàn Quốc tham gia cuộc tập trận ... Ảnh: EPA/TTXVN"): a stock
# picture of a kind of act, no happening of the text (a domestic credit, "Ảnh: TTXVN", may show the reported one)
_AGENCY_CREDIT = regex.compile(r"\W{0,3}\(?\s*(?:nguồn\s+)?ảnh\s*:\s*(?:epa|afp|reuters|ap|getty|tư liệu|minh hoạ|minh họa|internet|kcna|"
                               r"yonhap|sputnik|tass|ria|rt|xinhua|kyodo|asahi|bloomberg|dvids|dvidshub|us navy|navy|military|"
                               r"sohu|sina|cankao|huanqiu|scmp|wikipedia|wiki|flickr|google)(?!\p{L})")
# (a seizure or arrest captioned so is mostly the reported one: "Lô hàng bị cảnh sát Đài Loan bắt giữ. Ảnh: AFP.")
_DRILL_TYPES = frozenset({"EXERCISE", "PATROL", "TRAINING"})
_STOCK_TYPES = frozenset({"EXERCISE", "SEIZURE", "ARREST", "PATROL", "TRAINING"})


def _stock_photo(d: _Doc, typ: str, cs: int, s: int, e: int) -> bool:
    """A photo caption names no happening when its act is indefinite and undated ("Tang vật thu giữ tại một vụ buôn
    lậu ... Ảnh: ...") or, for a drill or a seizure, undated and followed by a credit
    ("Quân đội Triều Tiên tập trận pháo binh (Ảnh: KCNA)")."""
    cap = next(((a, b) for a, b in d.captions if a <= s < b), None)
    if cap is None:
        # (a one-line illustration in running text, "Pháo tự hành K-55 Hàn Quốc khai hỏa trong một cuộc tập trận gần
        # biên giới", is annotated as a drill by held-out annotators: kept)
        return False
    if _INDEFINITE.search(d.norm, max(cs, s - 30), s) or _INDEF_AFTER.match(d.norm, e, cap[1]) \
            or typ in _STOCK_TYPES and (regex.search(r"\(\s*ảnh\s*:", d.norm[cap[1]:cap[1] + 8])
                                        or typ in _DRILL_TYPES and _AGENCY_CREDIT.match(d.norm, cap[1]) is not None):
        return not any(x.label == "DATE" and cap[0] <= x.start < cap[1] for x in d.ents)
    return False


_JOINT_AFTER = regex.compile(r"\s+chung\s+sau\s+(?:cuộc|buổi|phiên)\s+$")


def _joint_press(d: _Doc, out: list[_Mention]) -> None:
    """"A, B và C tham dự cuộc họp báo chung sau cuộc gặp tại L, ngày D": the parties of the joint press
    conference met, and the place and date stated after the meeting are the press conference's too."""
    for a, b in zip(out, out[1:]):
        if a.title or b.title or a.clause != b.clause or a.row.family != "họp báo" \
                or not _JOINT_AFTER.fullmatch(d.norm, a.end, b.start):
            continue
        for role in ("PARTICIPANT",):
            for x in a.args.get(role, ()):
                if x not in b.args.setdefault(role, []):
                    b.args[role].append(x)
        for role in ("LOC", "DATE"):
            if role in b.args and role not in a.args:
                a.args[role] = list(b.args[role])


def _attendees_next(d: _Doc, out: list[_Mention]) -> None:
    """A clause that only lists attendees ("Tham gia có Thiếu tá X, ...") after the clause of an event: PARTICIPANT."""
    cues = d.rules.by_kind.get("attendees_next", ())
    if not cues:
        return
    by_clause: dict[int, list[_Mention]] = {}
    for m in out:
        if not m.title:
            by_clause.setdefault(m.clause[0], []).append(m)
    cstarts = d.clause_starts
    for k, cs in enumerate(cstarts):
        if cs < d.title_end or cs in by_clause or k == 0:
            continue
        ce = cstarts[k + 1] if k + 1 < len(cstarts) else len(d.text)
        cm = next((r["cue_rx"].match(d.norm, cs, ce) for r in cues if r["cue_rx"].match(d.norm, cs, ce)), None)
        if cm is None:
            continue
        # the nearest clause before with text in it (a paragraph break may stand between)
        j = k - 1
        while j > 0 and not d.text[cstarts[j]:cs].strip():
            j -= 1
        host = next((m for m in by_clause.get(cstarts[j], ()) if not m.caption), None)
        if host is None or d.in_caption(cs):
            continue
        loc_cues = _cue(d, "LOC")
        people = [x for x in d.ents_in(cm.end(), ce) if _is_head(d, x) and x.label != "DATE"
                  and not any(r["before_entity_rx"].search(d.norm[max(cs, x.start - 60):x.start]) for r in loc_cues)]
        lst = host.args.setdefault("PARTICIPANT", [])
        for x in people:
            if x not in lst:
                lst.append(x)
        if not lst:
            del host.args["PARTICIPANT"]


# ----------------------------------------------------------------------------- merging

# a sentence that opens on a day ("*Vào 11h30 ngày 2/6, tổ công tác ...", "Ngày 5/6, Chính phủ Mỹ ..."): a scene
_SCENE_OPEN = regex.compile(r"[\W\s]*(?:(?:cụ thể|trước đó|sau đó|tiếp đó|tiếp theo)\s*,?\s*)?(?:(?:vào|lúc|khoảng|đến|tới)\s+){0,2}(?:\d{1,2}\s*(?:h|giờ)\s*(?:\d{1,2}\s*(?:phút|')?)?\s*,?\s*)?")
_DAY = regex.compile(r"[\dX]{4}-\d{2}-\d{2}")
_SCENE_CLOSE = regex.compile(r"\s*(?:\([^()\n]{1,25}\)\s*)?,")


def _scenes(d: _Doc) -> list[tuple[int, str]]:
    """(start, day) of every sentence that opens on a date of a day."""
    out = []
    for x in d.ents:
        if x.label != "DATE" or x.start < d.title_end or not _DAY.fullmatch(x.value or ""):
            continue
        cs = d.clause(x.start)[0]
        if _SCENE_OPEN.fullmatch(d.norm, cs, x.start) and _SCENE_CLOSE.match(d.norm, x.end) and not d.in_caption(x.start):
            out.append((x.start, x.value))
    return out


def _new_scene(d: _Doc, scenes: list[tuple[int, str]], g: list[_Mention], args: dict[str, list[Entity]], m: _Mention) -> bool:
    """Separate incidents told one after another: a sentence between the happening's last mention and ``m`` opens
    on another day than the happening's ("... bắt giữ ... ngày 1/6 ... *Vào 11h30 ngày 2/6, tổ công tác ... bắt
    giữ"): ``m`` tells another happening (one record per happening, section 7)."""
    run = [x for x in g if not x.title and not x.caption]
    if m.title or m.caption or not run:
        return False
    last = max(run, key=lambda x: x.end)
    if not any(last.end <= p <= m.start for p, _ in scenes):
        return False
    mine = _days(d, scenes, last, args, [x.clause for x in run])
    theirs = _days(d, scenes, m, m.args, [m.clause])
    return bool(mine and theirs and not mine & theirs)


_MONTH = regex.compile(r"[\dX]{4}-\d{2}")


def _new_month(d: _Doc, g: list[_Mention], args: dict[str, list[Entity]], m: _Mention) -> bool:
    """Incidents told month by month: a sentence between the happening's last mention and ``m`` opens on another
    month than the happening's ("Tháng 10.2016, 3 thành viên ... đã bị bắt ... Tháng 11.2016, một thiết bị nổ ...
    Hai kẻ tình nghi ... đã bị bắt giữ"), and ``m`` has no date of its own: ``m`` tells another happening."""
    run = [x for x in g if not x.title and not x.caption]
    if m.title or m.caption or not run or m.args.get("DATE"):
        return False
    # (a happening dated by its day is left to the day scenes: "... bắt ... ngày 1/6. Trước đó vào khoảng tháng 2/2017,
    # ... Sau khi nhận được nguồn tin trên, ... tiến hành bắt giữ" tells how that arrest came about)
    mine = [x.value for x in args.get("DATE", ()) if x.value and _MONTH.fullmatch(x.value)]
    if not mine:
        return False
    last = max(x.end for x in run)
    opens = [x.value for x in d.ents_in(last, m.start) if x.label == "DATE" and x.value and _MONTH.fullmatch(x.value)
             and _SCENE_OPEN.fullmatch(d.norm, d.clause(x.start)[0], x.start) and _SCENE_CLOSE.match(d.norm, x.end)
             and not d.in_caption(x.start)]
    return bool(opens) and opens[-1] not in mine


def _scene_between(d: _Doc, scenes: list[tuple[int, str]], g: list[_Mention], m: _Mention) -> bool:
    """Does a sentence between the happening's last running mention and ``m`` open on a day the happening is not
    dated with?"""
    run = [x for x in g if not x.title and not x.caption]
    if m.title or m.caption or not run:
        return False
    last = max(x.end for x in run)
    days = {x.value for x in _args_of(g).get("DATE", ())}
    return any(last <= p <= m.start and day not in days for p, day in scenes)


def _days(d: _Doc, scenes: list[tuple[int, str]], m: _Mention, args: dict[str, list[Entity]],
          clauses: list[tuple[int, int]]) -> set[str]:
    """The day a mention is told on: its own date, a date before it in its clause ("Các nhà điều tra Nga ngày 4/6
    thông báo đã bắt giữ"), else the sentence that opened the scene (not the first dateline of the text: it dates
    the lead's main happening, another one may be told as its cause, and is given to mentions that state none)."""
    first = scenes[0][0] if scenes else -1
    own = [x for x in args.get("DATE", ()) if x.start != first or any(cs <= x.start < ce for cs, ce in clauses)]
    if own:
        return {x.value for x in own if _DAY.fullmatch(x.value or "")}
    own = [x.value for x in d.ents_in(m.clause[0], m.start) if x.label == "DATE" and _DAY.fullmatch(x.value or "")
           and x.start != first]
    if own:
        return {own[-1]}
    k = max((k for k, (p, _) in enumerate(scenes) if p <= m.start), default=0)
    return {scenes[k][1]} if k else set()


def _args_of(g: list[_Mention]) -> dict[str, list[Entity]]:
    args: dict[str, list[Entity]] = {}
    for x in g:
        for r, xs in x.args.items():
            args.setdefault(r, []).extend(xs)
    return args


def _stranger(a: dict[str, list[Entity]], b: dict[str, list[Entity]]) -> bool:
    """A mention whose acting person is not among the persons of a happening that has an acting person names
    another happening of its kind."""
    pb = {_ident(x) for x in b.get("AGENT", ()) if x.label == "PER"}
    if not pb or not any(x.label == "PER" for x in a.get("AGENT", ())):
        return False
    pa = {_ident(x) for xs in a.values() for x in xs if x.label == "PER"}
    return not pb & pa


def _ident(x: Entity) -> str:
    return norm_word(x.canonical or x.text)


def _conflict(a: dict[str, list[Entity]], b: dict[str, list[Entity]], by_label: bool = False) -> bool:
    """Do two mentions name other parties (or another date)? ``by_label``: only parties of one kind
    conflict, and the date is not compared (a mention that adds the chair to an organizer's meeting)."""
    for role in ("AGENT", "TARGET", "PARTICIPANT"):
        pa = {_ident(x) for x in a.get(role, ()) if x.label == "PER"}
        pb = {_ident(x) for x in b.get(role, ()) if x.label == "PER"}
        if pa and pb:
            if not pa & pb:
                return True
            continue
        if by_label:
            oa = {_ident(x) for x in a.get(role, ()) if x.label != "PER"}
            ob = {_ident(x) for x in b.get(role, ()) if x.label != "PER"}
            if oa and ob and not oa & ob:
                return True
            continue
        ia, ib = {_ident(x) for x in a.get(role, ())}, {_ident(x) for x in b.get(role, ())}
        if ia and ib and not ia & ib and not _named_within(a.get(role, ()), b.get(role, ())):
            return True
    if by_label:
        return False
    da, db = a.get("DATE"), b.get("DATE")
    return bool(da and db and norm_word(da[0].text) != norm_word(db[0].text) and (da[0].value or "") != (db[0].value or "-")
                and not _date_within(da[0].value or "", db[0].value or "")
                and not _date_in_month(da[0].value or "", db[0].value or ""))


def _own_date_conflict(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """The mention's own date, written after its noun ("cuộc họp vào tháng 8", "phiên họp sáng 3/6"), names another
    year, month or day than the date of the happening it would join (a date of a topic, "tình hình ... 6 tháng đầu
    năm", is not the mention's own)."""
    dm = m.args.get("DATE")
    dg = _args_of(g).get("DATE")
    if not dm or not dg or not 0 <= dm[0].start - m.end <= 45 \
            or regex.search(r"[\n.;!?]", d.text[m.end:dm[0].start]) \
            or not (dm[0].start - m.end <= 2 or _OWN_DATE_BEFORE.search(d.norm, max(0, dm[0].start - 12), dm[0].start)):
        return False
    a, b = (dg[0].value or "").split("-"), (dm[0].value or "").split("-")
    return any(x != y for x, y in zip(a, b) if "X" not in x and "X" not in y)


# the word a mention's own date follows: "cuộc họp ... vào tháng 10", "diễn ra ngày 3/6"
_OWN_DATE_BEFORE = regex.compile(r"(?:^|\W)(?:vào|diễn ra|tổ chức|hôm|từ)\s+$")


def _date_in_month(a: str, b: str) -> bool:
    """One date is a day of the other's month: "sáng ngày 18/9/2016" (a photo caption) and "Tháng 9/2016" (the text)."""
    short, long_ = sorted((a, b), key=len)
    return len(short) == 7 and "X" not in short and len(long_) == 10 and long_.startswith(short + "-")


def _month(value: str) -> str:
    return value[5:7] if len(value) >= 7 and value[4] == "-" and value[5:7].isdigit() else ""


def _months_apart(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """An undated mention with a place of its own, in a later paragraph (or far after) than a placeless happening dated in
    another month than the lead's date (the text's time): is it another happening?"""
    if "DATE" in m.args or not [x for x in m.args.get("LOC", ()) if x.label == "LOC"]:
        return False
    args = _args_of(g)
    if args.get("LOC") or not args.get("DATE"):
        return False
    lead = next((x for x in d.ents if x.label == "DATE" and d.lead[0] <= x.start < d.lead[1] and _month(x.value or "")), None)
    mg = _month(args["DATE"][0].value or "")
    if lead is None or not mg or mg == _month(lead.value or ""):
        return False
    last = max(x.end for x in g)
    return "\n" in d.text[last:m.start] or m.start - last > 600


def _other_place(a: dict[str, list[Entity]], b: dict[str, list[Entity]]) -> bool:
    """Two mentions of a kind that each state a place of their own, none shared (place names only)."""
    la = [x for x in a.get("LOC", ()) if x.label == "LOC"]
    lb = [x for x in b.get("LOC", ()) if x.label == "LOC"]
    return bool(la and lb) and not {_ident(x) for x in la} & {_ident(x) for x in lb}


_THEN_OPENER = regex.compile(r"\W*(?:sau đó|tiếp đó|tiếp theo|sau chuyến thăm này)\s*,")


def _next_trip(d: _Doc, g: list[_Mention], args: dict[str, list[Entity]], m: _Mention) -> bool:
    """"Tháng 2/2017, Bộ trưởng X thăm Nhật Bản ... Sau đó, ông X đến thăm châu Âu": a visit told next, to another
    place, is another trip."""
    return m.row.type == "VISIT" and _THEN_OPENER.match(d.norm, m.clause[0]) is not None \
        and not any(x.clause == m.clause for x in g) and _other_place(args, m.args)


# a happening told as earlier ones ("Ba cuộc gặp mặt trước đây đã được tổ chức ..."): no later mention names it
_EARLIER_AFTER = regex.compile(r"(?:\s+[^\s.,;:]+){0,2}?\s+(?:trước đây|trước đó)(?!\p{L})")
_COUNTED_BEFORE = regex.compile(r"(?:^|\W)(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+|các|những)\s+(?:cuộc|buổi|chuyến|đợt)\s+$")


def _earlier_only(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    def earlier(x: _Mention) -> bool:
        return _EARLIER_AFTER.match(d.norm, x.end) is not None \
            and _COUNTED_BEFORE.search(d.norm, max(0, x.start - 20), x.start) is not None
    return not earlier(m) and all(earlier(x) for x in g if not x.title and not x.caption) \
        and any(not x.title and not x.caption for x in g)


def _told_as_past(d: _Doc, g: list[_Mention]) -> bool:
    """A happening told as one that took place before ("USS Decatur từng tuần tra ..."), none of its mentions planned."""
    return not any(x.status == "planned" for x in g) and any(
        not x.title and regex.search(r"(?:^|\W)(?:đã\s+)?từng\s+$", d.norm[max(0, x.start - 12):x.start]) for x in g)


def _target_named_in(d: _Doc, g: list[_Mention], args: dict[str, list[Entity]], m: _Mention) -> bool:
    """"... đồng thời trao Quyết định chỉ định đồng chí X giữ chức ..." then "Y trao quyết định ... cho đồng chí X":
    the person appointed (awarded, arrested) is named in the sentence of the happening told before."""
    if args.get("TARGET") or not m.args.get("TARGET"):
        return False
    tm = {_ident(x) for x in m.args["TARGET"] if x.label == "PER"}
    return bool(tm) and any(_ident(y) in tm for x in g if not x.title for y in d.ents_in(*x.clause) if y.label == "PER")


def _named_within(xs: Sequence[Entity], ys: Sequence[Entity]) -> bool:
    """A country and a body named after it are one party told twice: "ba tàu chiến Nhật Bản sẽ cập cảng ..." and
    "ba tàu chiến của Lực lượng phòng vệ biển Nhật Bản (JMSDF) sẽ cập cảng ..."; every party of each side (short
    upper-case names aside) must be the other side's ("Hải quân Mỹ" is not "Hải quân Nhật Bản và Mỹ")."""
    def within(x: Entity, y: Entity) -> bool:
        if _ident(x) == _ident(y):
            return True
        c, o = (x, y) if x.label == "LOC" else (y, x)
        return c.label == "LOC" and o.label == "ORG" and regex.search(
            r"(?<!\p{L})" + regex.escape(_ident(c)) + r"$", _ident(o)) is not None
    xs = [x for x in xs if not (x.text.isupper() and len(x.text) <= 6)]
    ys = [y for y in ys if not (y.text.isupper() and len(y.text) <= 6)]
    return bool(xs and ys) and all(any(within(x, y) for y in ys) for x in xs) \
        and all(any(within(x, y) for x in xs) for y in ys) and any(_ident(x) != _ident(y) for x in xs for y in ys)


def _date_within(a: str, b: str) -> bool:
    """One date is the first day of the other's range: "ngày 13-2" and "từ ngày 13 đến 16-2"."""
    return bool(a and b) and ("/" in a or "/" in b) and a.split("/")[0] == b.split("/")[0] and _DAY_VALUE.fullmatch(a.split("/")[0]) is not None


def _forum_date_clash(g: list[_Mention], m: _Mention) -> bool:
    """Does a forum told again by its name carry another date than the happening of that name? Not the days it lasts
    told after the day it was first told of ("tại Đối thoại Shangri-La ngày 3-6" and "Đối thoại Shangri-La, ...,
    diễn ra trong 3 ngày từ ngày 2 đến ngày 4-6")."""
    dg, dm = _args_of(g).get("DATE", []), m.args.get("DATE", [])
    return _conflict({"DATE": dg}, {"DATE": dm}) and not _day_in_range(dg[0].value or "", dm[0].value or "")


def _day_in_range(a: str, b: str) -> bool:
    """Is one value a day and the other a range of days of the same year (or years unknown) that holds it?"""
    day, span = sorted((a, b), key=lambda v: "/" in v)
    lo, _, hi = span.partition("/")
    if "/" in day or not all(_DAY_VALUE.fullmatch(v) for v in (day, lo, hi)) or "X" in day[5:] + lo[5:] + hi[5:]:
        return False
    if any(v[:4] != day[:4] and "X" not in v[:4] + day[:4] for v in (lo, hi)):
        return False
    return lo[5:] <= day[5:] <= hi[5:]


# the proper name written right after a meeting noun ("Đối thoại Shangri-La", "hội nghị Shangri-la lần này", "Hội nghị
# thượng đỉnh G20"); distinctive only when it is no plain Vietnamese word (a hyphen, a digit, or a letter
# Vietnamese does not write): "Hội nghị Bộ trưởng ..." and "Hội nghị Cấp cao ..." name no forum by that, nor an
# organization's acronym ("Hội nghị cấp cao ASEAN" is held every year)
_FORUM_NAME = regex.compile(r"\s+(?:(?:an ninh|thượng đỉnh|cấp cao)\s+)?(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)(?![\p{L}\p{N}])")
_FOREIGN = regex.compile(r"[-\d]|[fjwzFJWZ]")
_BARE_AFTER = regex.compile(r"\s*(?:[,.;:)]|$)")
# "Diễn đàn An ninh châu Á, tức Đối thoại Shangri-La": one forum by two names
_ALIAS = regex.compile(r"(?:\s+\S+){1,6}?\s*,\s*(?:tức|hay|còn gọi là|hay còn gọi là)(?:\s+là)?\s+")
_APPOSED = regex.compile(r"\s+(?:(?:an ninh|thượng đỉnh|cấp cao)\s+)?\S+(?:\s+\d+)?\s*,\s*")


# the name in quotes a meeting noun is written with, after at most six words of its kind: "Diễn đàn cấp cao hợp tác
# quốc tế “Vành đai và Con đường”", "Hội thảo “An ninh biển”"
_QUOTED_NAME = regex.compile(r"(?:\s+\p{Ll}+){0,6}?\s*[“\"]([^”\"\n]{3,80})[”\"]")


def _quoted_name(d: _Doc, m: _Mention) -> str:
    """The quoted name a capitalized MEETING noun is written with ("vành đai và con đường"), else ""."""
    if m.row.type != "MEETING" or not d.text[m.start].isupper():
        return ""
    qm = _QUOTED_NAME.match(d.text, m.end)
    return norm_word(" ".join(qm.group(1).split())) if qm else ""


def _forum_name(d: _Doc, m: _Mention) -> str:
    """The distinctive name a MEETING mention is written with ("shangri-la"), else ""."""
    if m.row.type != "MEETING":
        return ""
    nm = _FORUM_NAME.match(d.text, m.end)
    return norm_word(nm.group(1)) if nm and _FOREIGN.search(nm.group(1)) else ""


# the code name written after an exercise noun and its kind ("cuộc tập trận hải quân BaltOps", "tập trận Zapad-2017",
# "diễn tập chung CARAT 2017"): a word no plain Vietnamese or single name writes (a capital inside it, a digit or
# hyphen, or a letter Vietnamese does not write)
_DRILL_NAME = regex.compile(r"\s+(?:(?:hải quân|không quân|quân sự|chung|đa quốc gia|đa phương|song phương|thường niên)\s+){0,2}"
                            r"(\p{Lu}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*)(?![\p{L}\p{N}])")
_CODE_NAME = regex.compile(r"[-\d]|[fjwzFJWZ]|\p{Ll}\p{Lu}|^\p{Lu}{3,}$")


def _drill_name(d: _Doc, m: _Mention) -> str:
    """The code name an EXERCISE mention is written with ("baltops"), else ""."""
    if m.row.type != "EXERCISE":
        return ""
    nm = _DRILL_NAME.match(d.text, m.end)
    if nm is None or not _CODE_NAME.search(nm.group(1)):
        return ""
    # not a party named after it ("tập trận chung NATO" is NATO's exercise, not one called NATO)
    if any(x.start == nm.start(1) and x.label in ("ORG", "LOC", "PER") for x in d.ents_in(nm.start(1), nm.end(1))):
        return ""
    return norm_word(nm.group(1))


def _other_drill(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """An exercise told by its code name after exercises told with no name or another one, in other sentences, is
    another exercise: "Các cuộc diễn tập tên lửa ... của Nga" and "... như một phần của cuộc tập trận hải quân BaltOps
    của NATO"."""
    nm = _drill_name(d, m)
    if not nm or any(x.clause == m.clause for x in g):
        return False
    return not any(_drill_name(d, x) == nm for x in g)


# the kind of document written right after a signing verb: "ký Tuyên bố tầm nhìn chung", "ký kết Thỏa thuận hợp tác"
_SIGNED_DOC = regex.compile(r"[^\S\n]+(?:chính thức\s+)?(tuyên bố|thỏa thuận|thoả thuận|hiệp định|hiệp ước|biên bản ghi nhớ|"
                            r"bản ghi nhớ|ghi nhớ|công ước|nghị định thư|hợp đồng|kế hoạch|chương trình|quy chế)(?!\p{L})")


def _other_document(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """A signing of another kind of document than the signings told before is another signing: "Việc Bộ Quốc phòng
    hai nước ký Tuyên bố tầm nhìn chung ... (tháng 1-2017)" and "X và Y đã ký kết Thỏa thuận hợp tác đào tạo"."""
    kind = lambda x: (km := _SIGNED_DOC.match(d.norm, x.end)) and km.group(1).replace("thoả", "thỏa")
    mk = kind(m)
    gk = {k for x in g if (k := kind(x))}
    return bool(mk and gk and mk not in gk)


# a happening told as repeated ("đã bị bắt giam 2 lần", "nhiều lần bị bắt"): acts of their own, not the one told before
_REPEATED = regex.compile(r"[^\S\n]+(?:\d+|hai|ba|bốn|năm|nhiều|mấy|vài)\s+lần(?!\s+thứ)(?!\p{L})")


def _told_next(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """A sentence that opens on an elaboration cue ("Theo đó, vào lúc 14 giờ ngày 11/7, ... bắt quả tang 2 đối
    tượng", "Cụ thể, ...") right after a sentence that tells a happening of ``g`` tells that happening in detail."""
    cues = d.rules.by_kind.get("elaboration_opener", ())
    if m.title or m.caption or not any(r["cue_rx"].match(d.norm, m.clause[0]) for r in cues):
        return False
    k = bisect.bisect_right(d.clause_starts, m.clause[0] - 1) - 1
    while k > 0 and not d.text[d.clause_starts[k]:m.clause[0]].strip():
        k -= 1
    if k < 0:
        return False
    ps = d.clause_starts[k]
    return any(not x.title and not x.caption and x.clause[0] == ps for x in g)


def _same_person_target(a: dict[str, list[Entity]], b: dict[str, list[Entity]]) -> bool:
    """Two mentions of an arrest that name one person arrested ("bắt quả tang đối tượng Thạo Thay Vàng" in the lead,
    "đã bắt giữ đối tượng Thạo Thay Vàng (SN 1983, ...)" in the body) tell one arrest, whoever is said to act."""
    pa = {_ident(x) for x in a.get("TARGET", ()) if x.label == "PER"}
    return bool(pa & {_ident(x) for x in b.get("TARGET", ()) if x.label == "PER"})


# the sum or goods a gift hands over ("hỗ trợ 170 triệu đồng", "trao số tiền 2.270.000 đồng", "số tiền bạn đọc tặng
# (1,9 triệu đồng)", "trị giá 1,3 tỉ đồng do ... trao tặng")
_AMOUNT = regex.compile(r"(?<![\p{L}\d.,])\d[\d.,]*\s*(?:triệu|tỷ|tỉ|nghìn|ngàn)?\s*(?:đồng|usd|đô la)(?!\p{L})")


def _receivers_named(g: list[_Mention], args: dict[str, list[Entity]], m: _Mention) -> bool:
    """"X đã được Hội Y trao tặng giải thưởng Z. Thầy giáo A ... được trao giải thưởng giáo viên": an award or
    appointment told with its giver only, then told again in the passive with those who received it and no giver:
    the receivers of that happening (no party role is filled in both)."""
    return m.row.type in ("AWARD", "APPOINTMENT") and all(not x.title for x in g) and bool(m.args.get("TARGET")) \
        and not m.args.get("AGENT") and not args.get("TARGET") \
        and not {r for r in ("AGENT", "TARGET", "PARTICIPANT") if args.get(r)} & {r for r in m.args if m.args[r]}


def _amount(d: _Doc, m: _Mention) -> str:
    """The sum an AID mention states in its clause, right after it (within 40 characters) or right before it
    (within 30), normalized; else ""."""
    if m.row.type != "AID" or m.title or m.caption:
        return ""
    cs, ce = m.clause
    am = _AMOUNT.search(d.norm, m.end, min(ce, m.end + 40))
    if am is None:
        am = next(iter(reversed(list(_AMOUNT.finditer(d.norm, max(cs, m.start - 30), m.start)))), None)
    return regex.sub(r"\s+", "", am.group()).replace("tỉ", "tỷ") if am else ""


def _other_sum(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """Gifts of other sums told in other sentences are other gifts: "bạn đọc báo Tuổi Trẻ hỗ trợ 170 triệu đồng để
    xây dựng ..." and "Đại diện Tuổi Trẻ tại Thanh Hóa vừa trao số tiền 2.270.000 đồng của bạn đọc báo tặng em X"
    (one giver, two gifts; the AID family is the whole type, section 7: one record per happening)."""
    mine = _amount(d, m)
    if not mine:
        return False
    theirs = {_amount(d, x) for x in g if x.clause != m.clause} - {""}
    return bool(theirs) and mine not in theirs and not any(x.clause == m.clause for x in g)


def _other_persons(a: dict[str, list[Entity]], b: dict[str, list[Entity]]) -> bool:
    """Both name the persons acting or acted on (AGENT, TARGET) and no person of one role is the other's."""
    for role in ("AGENT", "TARGET"):
        pa = {_ident(x) for x in a.get(role, ()) if x.label == "PER"}
        pb = {_ident(x) for x in b.get(role, ()) if x.label == "PER"}
        if pa and pb and not pa & pb:
            return True
    return False


# a sentence closed by a photo credit that runs into the lead with no line break ("Thủ tướng X dự, phát biểu chỉ đạo
# hội nghị Quân chính toàn quân. Ảnh: VGP/Quang Hiếu Sáng nay, 27/6, ..."): a photo caption
_CREDIT_AFTER = regex.compile(r"[^.!?\n]{0,200}?[.!?]\s*\(?\s*ảnh\s*:")


def _credited(d: _Doc, x: _Mention, m: _Mention) -> bool:
    """Is ``x`` in a sentence closed by a photo credit before ``m``?"""
    cm = _CREDIT_AFTER.match(d.norm, x.end)
    return cm is not None and cm.end() <= m.start


_SITTING_BEFORE = regex.compile(r"(?:^|\W)(phiên|kỳ)\s+$")
_TIME_ANCHOR = regex.compile(r"(?:^|\W)(?:sau|trước|nhân dịp|dịp)\s+$")


# an election of a committee, not of a person to an office: "Đại hội đã bầu ra ban chấp hành mới gồm 16 người"
_COMMITTEE_VOTED = regex.compile(r"\s+(?:(?:ra|lại|được)\s+)?(?:(?:các|những)\s+)?(?:ban chấp hành|bch|ban thường vụ|"
                                 r"ủy viên|uỷ viên|ủy ban kiểm tra|uỷ ban kiểm tra|ban kiểm tra|đoàn đại biểu|đại biểu)(?!\p{L})")
# the body a congress is named with: "Đại hội đại biểu Đảng bộ Sở Y tế", "Hội nghị Ban Chấp hành Đảng bộ tỉnh X"
_STOP_IN = regex.compile(r"[.!?\n]")
_BODY_NAME_GAP = regex.compile(r"[ \t]+(?:(?:đại biểu|toàn thể|lần thứ\s+\S+)[ \t]+)?")


def _committee_vote(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """Electing a committee ("bầu ra ban chấp hành mới") and a person elected to an office ("Ông X đắc cử giữ
    chức bí thư") are two happenings."""
    a = bool(_COMMITTEE_VOTED.match(d.norm, m.end))
    return any(not x.title and bool(_COMMITTEE_VOTED.match(d.norm, x.end)) != a for x in g)


def _opened_between(d: _Doc, opened: list[int], g: list[_Mention], m: _Mention) -> bool:
    """An election told in the sentence of a congress that started a happening of its own ("Đại hội đại biểu Đảng
    bộ Sở Y tế ..., ngày 27 và 28-10 đã bầu ...") belongs to that congress, not to an election told before it."""
    last = max((x.end for x in g if not x.title), default=-1)
    return any(last <= p < m.start and not _STOP_IN.search(d.text, p, m.start) for p in opened)


def _own_body(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """A capitalized meeting noun named with its own body ("Đại hội đại biểu Đảng bộ Sở Y tế ...") in a later
    paragraph than a happening of its kind told with no body is another happening (a digest of congresses)."""
    if m.title or m.caption or not d.text[m.start].isupper():
        return False
    gm = _BODY_NAME_GAP.match(d.norm, m.end)
    k = bisect.bisect_left(d.starts, m.end)
    if gm is None or k >= len(d.ents) or d.ents[k].label != "ORG" or d.ents[k].start != gm.end():
        return False
    body = _ident(d.ents[k])
    xs = [x for x in g if not x.title and not x.caption]
    if not xs or "\n" not in d.text[xs[-1].end:m.start]:
        return False
    return not any(_ident(e) == body or e.label == "ORG" for x in xs for r, es in x.args.items()
                   if r != "DATE" for e in es)


# a past-tense marker after the trigger in its sentence, with no "sẽ" before it
_PAST_AFTER = regex.compile(r"(?:(?!(?<!\p{L})sẽ(?!\p{L}))[^.;!?\n]){0,80}?(?<!\p{L})(?:đã|vừa)(?!\p{L})")
# a visit trigger that names the work done on it too ("thăm và làm việc", "thăm, làm việc")
_VISIT_AND_WORK = regex.compile(r"(?<!\p{L})làm việc$")


def _merge(d: _Doc, mentions: list[_Mention]) -> list[list[_Mention]]:
    groups: list[list[_Mention]] = []
    scenes = _scenes(d)
    order = [m for m in mentions if not m.title] + [m for m in mentions if m.title]
    named_by: dict[str, list[_Mention]] = {}  # the short names meetings were defined with ("(MRT 23)")
    opened: list[int] = []  # where meetings that started a new happening after the first one stand
    for m in order:
        anchor = False
        same = [g for g in groups if g[0].row.type == m.row.type]
        target = _named_before(d, named_by, m) or _summit_before(d, groups, m)
        if target is not None:
            pass
        elif not m.title:
            same = [g for g in same if _same_name(d, g, m)]
            # "Tại Hội nghị SOM ASEAN + 3 (...)" names the happening told with that name before
            fn = _full_name(d, m)
            named = [g for g in same if fn and any(_full_name(d, x) and (_contains(fn, _full_name(d, x))
                                                                        or _contains(_full_name(d, x), fn)) for x in g)]
            if named:
                same = named
        if target is not None:
            pass  # (named again by its short name, or a summit told again)
        elif m.title:
            # "Sẽ hải hành tuần tra Biển Đông ..." over "USS Decatur từng tuần tra ...": a planned happening told only there
            same = [g for g in same if not (m.status == "planned" and _told_as_past(d, g))]
            fam = [g for g in same if any(x.row.family == m.row.family for x in g)]
            # a headline naming the one happening of its type the text tells ("chủ trì cuộc họp" over
            # "đã chủ trì cuộc làm việc với ..."): that happening
            target = fam[0] if fam else (same[0] if len(same) == 1 and any(not x.title for x in same[0]) else None)
            # a headline that names other persons than the body's happening ("PGS.TS X trao quà cho bệnh nhân Y" over
            # "GS Z cũng đã trao quà Tết cho bệnh nhân W"): a happening told only there (section 7)
            # (only the persons written next to its verb: "PGS.TS X trao quà cho bệnh nhân Y")
            near = {r: [x for x in xs if 0 <= m.start - x.end <= 2 or 0 <= x.start - m.end <= 25] for r, xs in m.args.items()}
            if target is not None and _other_persons(_args_of([x for x in target if not x.title]), near):
                target = next((g for g in fam if not _other_persons(_args_of([x for x in g if not x.title]), near)), None)
            # "Chủ tịch nước X làm việc với Bộ Y" over "X đã tới thăm và làm việc với Bộ Y": the headline names the
            # one visit the text tells by its second verb (same visitor or same host)
            if target is None and m.row.type == "MEETING" and m.row.family == "làm việc":
                mine = {_ident(x) for xs in m.args.values() for x in xs if x.label != "DATE"}
                visits = [g for g in groups if g[0].row.type == "VISIT" and not g[0].title
                          and _VISIT_AND_WORK.search(d.norm, g[0].start, g[0].end)
                          and mine & {_ident(x) for r, xs in _args_of(g).items() if r != "DATE" for x in xs}]
                target = visits[0] if len(visits) == 1 else None
        elif m.ref and same:
            same = [g for g in same if not _earlier_only(d, g, m)] or same
            # "Tại hội nghị, Bộ trưởng X đã nhấn mạnh ..." after "Hội nghị bàn về ... và chuẩn bị cho Hội nghị Y sẽ tổ
            # chức tại Z": a past act at the happening names the one held, not one still to come
            if m.status is None and _PAST_AFTER.match(d.norm, m.end):
                same = [g for g in same if not all(x.status == "planned" for x in g)] or same
            fam = [g for g in same if any(x.row.family == m.row.family for x in g)]
            # "Cũng trong phiên họp ..." after "phát biểu tại phiên họp toàn thể ..." and "trong cuộc họp vào tháng 8":
            # a sitting ("phiên", "kỳ") told again names the sitting told with that word
            sitting = _SITTING_BEFORE.search(d.norm, max(0, m.start - 8), m.start)
            if sitting:
                fam = [g for g in fam if any(_SITTING_BEFORE.search(d.norm, max(0, x.start - 8), x.start)
                                             and _SITTING_BEFORE.search(d.norm, max(0, x.start - 8), x.start)[1]
                                             == sitting[1] for x in g)] or fam
            nm = _forum_name(d, m)
            named = [g for g in same if nm and any(_forum_name(d, x) == nm for x in g)]
            if named and not fam:
                fam = named  # "Tham dự diễn đàn Shangri-la lần này" after "Đối thoại Shangri-La": the forum
            elif not fam and m.ref == "attend" and m.row.type == "MEETING" and not d.text[m.start].isupper() \
                    and _BARE_AFTER.match(d.text, m.end):
                # a bare noun attended, told again ("trên đường tới Singapore dự hội nghị, Bộ trưởng X ..."): the
                # named happening of its kind told before
                fam = [g for g in same if any(_forum_name(d, x) or _name(d, x) for x in g)][-1:]
            # "bên lề Hội nghị thượng đỉnh Á-Âu (ASEM)": a forum named by a name no happening told before has is
            # another happening than the meeting held at it
            # "Đây là chuyến thăm ... đầu tiên ... sau Đại hội Đảng toàn quốc lần thứ XII" after "dự Diễn đàn ...": a
            # meeting of another kind written with its own name is another happening
            # "Phát biểu tại cuộc họp báo nhanh, người phát ngôn ..." after "Tổng thống X tiếp Ngoại trưởng Y": a press
            # conference is a happening of its own kind, never the talks or the reception told before
            other_named = not fam and m.row.type == "MEETING" and (bool(_name(d, m)) or m.row.family == "họp báo")
            target = fam[-1] if fam else (same[-1] if m.ref not in ("attend", "topic") and not nm
                                          and not other_named else None)
            # "Tại kỳ họp này, ..." after "tổ chức nhiều hội thảo, hội nghị": a demonstrative names a happening of
            # its own kind only
            if not fam and m.own_kind:
                target = None
            # (told only as the time of another act, "sau Đại hội Đảng ...", "nhân dịp Đại hội XII", it is no event)
            anchor = other_named and _TIME_ANCHOR.search(d.norm, max(0, m.start - 12), m.start) is not None
            if target is not None and m.ref == "at" and not m.only_merge and _other_at(d, target, m):
                target = None
            # "Trong cuộc họp ở Brussels, 28 đại sứ ... đã đồng ý" paragraphs after "cuộc họp Bộ trưởng Quốc phòng ... diễn
            # ra vào tháng 2/2017" in a text of 25/5: a place of its own, at the text's time, months apart: another happening
            if target is not None and m.ref == "at" and not m.only_merge and _months_apart(d, target, m):
                target = None
            # "Trong buổi làm việc với lãnh đạo tỉnh, ..." after "Trong hai ngày 29 và 30-3, đoàn ... đã đến tỉnh Bình
            # Thuận" in a digest whose first item told "Tại hội nghị, ...": another kind of meeting, past a sentence that
            # opens on another day, is another news item's happening
            if target is not None and not fam and not m.only_merge and _scene_between(d, scenes, target, m):
                target = None
            # a meeting of another kind with a date of its own ("trong cuộc họp với X tại căn cứ Y cũng trong ngày
            # hôm qua" after a phone call of 6/2): another happening
            if target is not None and not fam and not m.only_merge and _conflict(_args_of(target), m.args):
                target = None
            # "cuộc hội đàm cấp cao Nhật - Mỹ" after "cuộc gặp gỡ thượng đỉnh Trung - Mỹ": other places or pairs
            if target is not None and not fam and not m.only_merge and _other_place(_args_of(target), m.args):
                target = None
            # "sẽ có bài phát biểu tại phiên họp sáng 3/6" at a forum told with no day: a session of its own
            if target is not None and not fam and not m.only_merge and "DATE" in m.args \
                    and 0 <= m.args["DATE"][0].start - m.end <= 12 and not any(x.args.get("DATE") for x in target):
                target = None
            # "trong cuộc tập trận Zapad 2013" after "Nga sẽ tiến hành tập trận Zapad": a dated one told as past is
            # another happening than the planned one
            if target is not None and m.status is None and "DATE" in m.args and 0 <= m.args["DATE"][0].start - m.end <= 20 \
                    and next((x.status for x in target if x.status), None) == "planned" \
                    and not any(x.args.get("DATE") for x in target):
                target = None
            # "nổi bật là chuyến thăm chính thức Trung Quốc của Tổng Bí thư X (1/2017)" after the President's visit
            if target is not None and _stranger(_args_of(target), m.args):
                target = None
            # "thông qua trong cuộc họp vào tháng 8 ở Philippines" after "phát biểu tại phiên họp toàn thể sáng 4.6":
            # a meeting noun of the same kind with a date of its own, written right after it, that is not the
            # happening's date is another happening
            if target is not None and not m.only_merge and _own_date_conflict(d, target, m):
                target = None
        else:
            # "Cũng trong đêm giao thừa, X đã đến thăm ...", "Cùng ngày, X đã ...": the sentence tells another happening
            another = any(r["cue_rx"].match(d.norm, m.clause[0]) for r in d.rules.by_kind.get("another_opener", ()))
            # (a noun told again with no tense or date of its own, "chuyến thăm của ba tàu chiến X là ...", takes the
            # status of the happening it names when no happening of its own status fits; "cuộc tập trận Zapad
            # 2013" is another one)
            loose = m.status is None and "DATE" not in m.args and bool(
                _NOMINAL_BEFORE.search(d.norm, max(0, m.start - 8), m.start))
            nm = _forum_name(d, m)
            if m.schedule and same:
                # a schedule heading names the happening of its kind told before: its dates and venues
                target = next((g for g in reversed(same) if any(x.row.family == m.row.family for x in g)), same[-1])
            for relax, g in [(False, g) for g in reversed(same)] + ([(True, g) for g in reversed(same)] if loose else []):
                if target is not None:
                    break
                # "... trong lịch sử Đối thoại Shangri-La" after "Diễn đàn ..., tức Đối Thoại Shangri-La 2017": one forum;
                # "trong khuôn khổ Đối thoại Shangri-La, hội nghị thượng đỉnh thường niên với ...": the noun in
                # apposition describes it
                qn = _quoted_name(d, m)
                if (nm and any(_forum_name(d, x) == nm for x in g) or qn and any(_quoted_name(d, x) == qn for x in g) or any(
                        _forum_name(d, x) and _APPOSED.fullmatch(d.text, x.end, m.start)
                        or _ALIAS.fullmatch(d.norm, x.end, m.start) for x in g)) and not _forum_date_clash(g, m):
                    target = g
                    continue
                if not any(x.row.family == m.row.family for x in g):
                    continue
                if m.item is not None and any(x.item is not None and x.item != m.item for x in g):
                    continue  # another item of a numbered list
                # (a name told again is the named happening, whatever the sentence tells: "Ngoài ra, các tham luận ... đã
                # phân tích ... bối cảnh quốc tế vào thời điểm diễn ra Hội nghị Geneva" after "Hội nghị Geneva về Đông Dương")
                if another and not any(x.clause == m.clause for x in g) and not _named_as(d, g, m) \
                        and not _visit_going_on(d, m) and any(
                        not x.title and not x.caption and not _credited(d, x, m) for x in g):
                    continue  # (a photo caption before it may show it: "X tiếp Đại sứ Y. Ảnh: ...")
                if _another_in_clause(d, g, m) or _joined_to_new(d, groups, g, m):
                    continue
                if m.ref is None and all(x.ref == "frame" and x.clause == m.clause for x in g):
                    continue  # "trong chương trình thăm chính thức Thụy Điển, Thủ tướng X đã tới thăm ...": a part of it
                args: dict[str, list[Entity]] = {}
                for x in g:
                    for r, xs in x.args.items():
                        args.setdefault(r, []).extend(xs)
                st_g = next((x.status for x in g if x.status), "occurred")
                # "Chủ tịch nước X thăm Trung Quốc và dự Diễn đàn ... nhằm ..." closing a text that opened on "X sẽ thăm
                # ... Trung Quốc": the same visitor and place, with no tense or date of its own, restate the happening
                restated = m.status is None and "DATE" not in m.args and bool(m.args.get("AGENT")) \
                    and {_ident(x) for x in m.args["AGENT"]} <= {_ident(x) for x in args.get("AGENT", ())} \
                    and bool({_ident(x) for x in m.args.get("LOC", ())} & {_ident(x) for x in args.get("LOC", ())})
                if (m.status or "occurred") != st_g and "planned" in (m.status, st_g) and not restated and (not relax or (
                        m.args.get("LOC") and args.get("LOC")
                        and not {_ident(x) for x in m.args["LOC"]} & {_ident(x) for x in args["LOC"]})):
                    continue  # (told again, it names no other place: "chuyến thăm Việt Nam của X" is not "thăm Trung Quốc")
                # "... tổ chức hội nghị giao ban ... Ông X, Giám đốc Sở chủ trì hội nghị.": the next sentence
                # names the same happening again, with no date or place of its own; it may add a party
                # told again in detail ("... đã bắt giữ hai đối tượng ... Theo đó, vào lúc 14 giờ ngày 11/7, X, Y bắt
                # quả tang 2 đối tượng"), or the same person arrested: one happening, whoever is said to act
                if _told_next(d, g, m):
                    target = g  # (the detail dates it: the lead's dateline may be the day of the report)
                    continue
                if _REPEATED.match(d.norm, m.end) or _other_drill(d, g, m) \
                        or m.row.type == "AGREEMENT" and _other_document(d, g, m):
                    continue
                if m.row.type == "APPOINTMENT" and (_committee_vote(d, g, m) or _opened_between(d, opened, g, m)):
                    continue
                if m.row.type == "MEETING" and _own_body(d, g, m):
                    continue
                if m.row.type in ("APPOINTMENT", "AWARD") and _target_named_in(d, g, args, m):
                    if not _conflict({"DATE": args.get("DATE", [])}, {"DATE": m.args.get("DATE", [])}):
                        target = g
                    continue
                if m.row.type == "ARREST" and _same_person_target(args, m.args):
                    if not _conflict({"DATE": args.get("DATE", [])}, {"DATE": m.args.get("DATE", [])}):
                        target = g
                    continue
                follows = _follows(d, g, m)
                if _conflict(args, m.args, by_label=follows) or _new_scene(d, scenes, g, args, m) or _other_sum(d, g, m) \
                        or _new_month(d, g, args, m):
                    continue
                # told again in another paragraph with other parties: another happening
                ids_g = {_ident(x) for r, xs in args.items() if r not in ("DATE", "LOC") for x in xs}
                ids_m = {_ident(x) for r, xs in m.args.items() if r not in ("DATE", "LOC") for x in xs}
                pictured = all(x.title or x.caption or _credited(d, x, m) for x in g)  # (a photo names whom it shows)
                if ids_g and ids_m and not ids_g & ids_m and not follows and not pictured and not _named_within(
                        [x for r, xs in args.items() if r not in ("DATE", "LOC") for x in xs],
                        [x for r, xs in m.args.items() if r not in ("DATE", "LOC") for x in xs]) \
                        and not _target_named_in(d, g, args, m) and not _receivers_named(g, args, m):
                    continue
                if _next_trip(d, g, args, m) or _earlier_only(d, g, m):
                    continue
                target = g
        if target is not None and _held_by_other(d, target, m):
            target = None
        if target is None:
            target = _this_one(d, groups, m)
        if target is None:
            target = _definite_subject(d, groups, m)
        if target is None and not m.title:
            target = _visit_worked_at(d, groups, m)
        if target is None:
            target = _co_chaired(d, groups, m)
        if target is None:
            if not m.only_merge and not anchor:
                groups.append([m])
                target = groups[-1]
                if m.row.type == "MEETING" and groups[:-1]:
                    opened.append(m.start)
        else:
            target.append(m)
        if target is not None and (acr := _defined_acronym(d, m)):
            named_by.setdefault(acr, target)
    return groups


# "trong kỳ họp của hội đồng quốc tế về ... tổ chức tại Paris ngày 29-10-2004": a meeting given an owner and a setting
# of its own (section 7: one event per happening)
_HELD_BY = regex.compile(r"(?:\s+[^\s.,;:]+){0,5}?\s+(?:của|do)\s+([^.;:!?\n]{2,80}?)\s+(?:được\s+)?tổ chức\s+"
                         r"(?:tại|ở|vào|ngày|từ|sáng|chiều|tối)(?!\p{L})")


# "Cùng ngày, Thủ tướng X đã có buổi tiếp Thượng tướng Y, ... đang thăm và làm việc tại Việt Nam": a visit told as going
# on describes a party of the sentence's happening; it is the visit told before, whatever the sentence opens with
_GOING_ON = regex.compile(r"(?:^|\W)(?:đang|hiện đang)\s+(?:ở\s+|có chuyến\s+)?$")


def _visit_going_on(d: _Doc, m: _Mention) -> bool:
    """A visit told as going on ("... đang thăm và làm việc tại Việt Nam"): the visit told before."""
    return m.row.type == "VISIT" and m.status != "planned" \
        and _GOING_ON.search(d.norm, max(0, m.start - 20), m.start) is not None


def _held_by_other(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """"Tại cuộc họp, các nhà tổ chức cho biết: UNESCO đã công nhận ... trong kỳ họp của hội đồng quốc tế về ... tổ chức
    tại Paris ngày 29-10-2004", "nêu vụ kiện ... trước hội nghị của Cao ủy Liên Hiệp Quốc về nhân quyền tổ chức tại
    Geneva": a meeting whose owner ("của X", "do X") and place or day are told right after it is another happening
    than the one told before, unless that owner is already a party of it."""
    if m.title or m.row.type != "MEETING":
        return False
    hm = _HELD_BY.match(d.norm, m.end, m.clause[1])
    if hm is None:
        return False
    owners = {_ident(x) for x in d.ents_in(hm.start(1), hm.end(1)) if x.label in ("ORG", "PER", "LOC")}
    return not owners & {_ident(x) for xs in _args_of(g).values() for x in xs}


def _named_as(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """Does the mention bear the name of a mention of the happening ("Hội nghị Geneva" after "Hội nghị Geneva về Đông
    Dương")?"""
    nm = _name(d, m)
    return bool(nm) and any(not x.title and _name(d, x) == nm for x in g)


# "đồng chủ trì buổi làm việc", "cùng đồng chủ trì hội nghị": a chair added to a happening (section 7: one event)
_CO_CHAIR = regex.compile(r"(?:^|\W)đồng chủ trì\s+(?:các\s+)?(?:(?:cuộc|buổi|phiên)\s+)?$")


def _co_chaired(d: _Doc, groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """"Bộ trưởng Y đồng chủ trì buổi làm việc." in the sentence right after "Ngày 20/3, X chủ trì buổi làm việc với
    Z": the co-chair of the happening told there (an AGENT of it), not another one, whatever chair it names; a
    sentence with a date or place of its own, or a planned one, is left alone."""
    if m.title or m.caption or m.status == "planned" or not _CO_CHAIR.search(d.norm, max(0, m.start - 30), m.start):
        return None
    cs, ce = m.clause
    if any(x.label in ("DATE", "LOC") for x in d.ents_in(cs, ce)):
        return None
    k = bisect.bisect_right(d.clause_starts, cs - 1) - 1
    while k > 0 and not d.text[d.clause_starts[k]:cs].strip():
        k -= 1
    if k < 0 or d.clause_starts[k] >= cs:
        return None
    ps = d.clause_starts[k]
    told = [g for g in groups if g[0].row.type == m.row.type and any(x.row.family == m.row.family for x in g)
            and any(not x.title and not x.caption and x.clause[0] == ps for x in g)]
    if len(told) != 1:
        return None
    m.adds_party = True
    return told[0]


_WORK_SESSION = regex.compile(r"(?:^|\W)(?:tại|trong|sau|kết luận|cùng tham dự|tham dự|dự)?\s*(?:buổi|cuộc)\s+$")


def _visit_worked_at(d: _Doc, groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """"Tại buổi làm việc, ...", "Cùng tham dự buổi làm việc có ..." after "X đến thăm và làm việc tại Y", with no
    meeting of its own kind told before: the working half of that visit, not another happening (with no date of its
    own)."""
    if m.row.type != "MEETING" or d.norm[m.start:m.end] != "làm việc" or "DATE" in m.args or m.status == "planned" \
            or not _WORK_SESSION.search(d.norm, max(0, m.start - 25), m.start):
        return None
    if any(g[0].row.type == "MEETING" and any(not x.title for x in g) for g in groups):
        return None
    visits = [g for g in groups if g[0].row.type == "VISIT" and any(
        not x.title and d.norm[x.start:x.end].endswith("làm việc") for x in g)]
    return visits[-1] if len(visits) == 1 else None


# a meeting's short name defined in brackets at the end of its full name: "Hội nghị các Bộ trưởng phụ trách Thương
# mại APEC lần thứ 23 (MRT 23) diễn ra ..."; and the short name told again after the noun: "Hội nghị MRT 23 đã ..."
_ACRONYM_DEF = regex.compile(r"[^.,;:!?()\n]{0,140}?\(\s*(\p{Lu}[\p{Lu}\p{N}+-]*\p{Lu}[\p{Lu}\p{N}+-]*(?:\s+\d+)?)\s*\)")
_ACRONYM_USE = regex.compile(r"[ \t]+(\p{Lu}[\p{Lu}\p{N}+-]*\p{Lu}[\p{Lu}\p{N}+-]*(?:[ \t]+\d+)?)(?![\p{L}\p{N}])"
                          r"(?![ \t]*(?:\+|\p{Lu}|\d))")  # (the whole short name: "Hội nghị SOM ASEAN+3" is not "(SOM)")
# a bare definite meeting noun that is the subject of its clause and of a predicate ("- Thứ hai, Hội nghị nhất trí
# tiếp tục thúc đẩy ...", "Hội nghị đã có các sự kiện được tổ chức bên lề"): the meeting the text is telling
_DEFINITE_OPEN = regex.compile(r"(?:^|[.!?;:\n])[\W\d\s]*(?:(?:thứ\s+\p{L}+|tựu chung|ngoài ra|bên cạnh đó|đồng thời|theo đó)\s*,\s*)?")
_DEFINITE_PRED = regex.compile(r"\s+(?:(?:cũng|đã|tiếp tục)\s+)*(?:nhất trí|thống nhất|thông qua|ghi nhận|kêu gọi|khẳng định"
                               r"|nhấn mạnh|đánh giá|hoan nghênh|đồng ý|quyết định|tập trung|thảo luận|có|dành|đề ra|rà soát"
                               r"|hoàn thành|kết thúc|bế mạc|ra tuyên bố|chào mừng|bày tỏ|cam kết)(?!\p{L})")


def _defined_acronym(d: _Doc, m: _Mention) -> str:
    if m.row.type != "MEETING" or m.title:
        return ""
    am = _ACRONYM_DEF.match(d.text, m.end)
    if am is None or d.rules.trigger_rx.search(d.norm, m.end, am.start(1)):
        return ""  # (another meeting noun before the brackets names that one: "họp báo về kết quả Hội nghị ... (X)")
    return regex.sub(r"\s+", "", am.group(1)).lower()  # ("(MRT23)" is used as "MRT 23": spaces are not kept)


def _named_before(d: _Doc, named_by: dict[str, list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """The meeting a mention names again by the short name defined for it ("Hội nghị MRT 23" after "Hội nghị ...
    lần thứ 23 (MRT 23)"), else None."""
    if m.row.type != "MEETING" or m.title or m.caption:
        return None
    um = _ACRONYM_USE.match(d.text, m.end)
    g = named_by.get(regex.sub(r"\s+", "", um.group(1)).lower()) if um is not None else None
    if g is not None:
        _keep_setting(d, m)
    return g


# a classifier right before a trigger ("cuộc Gặp gỡ", "Cuộc diễn tập"); "this time" or a demonstrative after it, or
# a sentence opened by it whose predicate only says the happening took place
_THIS_CLASSIFIER = regex.compile(r"(?:^|\W)(?:cuộc|buổi|phiên|chuyến|đợt)\s+$")
_THIS_AFTER = regex.compile(r"(?:\s+[^\s.,;:!?()]+){0,3}?\s+lần này(?!\p{L})|\s+(?:này|đó|nói trên)(?!\p{L})")
_THIS_OPEN = regex.compile(r"(?:^|[.!?\n])[\W\d\s]*(?:cuộc|buổi|phiên|đợt)\s+$")
_THIS_PRED = regex.compile(r"\s+(?:(?:đã|cũng)\s+)*(?:diễn ra|được tổ chức|được tiến hành)\s+(?:trong bối cảnh|giữa lúc|khi|sau khi|trong lúc)(?!\p{L})")
_BACKGROUND = regex.compile(r"(?<!\p{L})(?:trong bối cảnh|giữa lúc|trong lúc)(?!\p{L})")


def _this_one(d: _Doc, groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """A happening told again as "this one" ("cuộc Gặp gỡ đầu xuân lần này diễn ra sau ...", "Cuộc diễn tập diễn ra
    trong bối cảnh căng thẳng ...") is the latest one of its type told before it, whatever parties its own clause
    seems to name; it adds only a setting the happening lacks, told before any background clause."""
    if m.title or m.caption or m.status == "planned" \
            or not _THIS_CLASSIFIER.search(d.norm, max(0, m.start - 10), m.start):
        return None
    if not _THIS_AFTER.match(d.norm, m.end) and not (
            _THIS_OPEN.search(d.norm, max(0, m.start - 12), m.start) and _THIS_PRED.match(d.norm, m.end)):
        return None
    told = [(max(x.start for x in g if x.start < m.start and not x.title), g) for g in groups
            if g[0].row.type == m.row.type and any(x.start < m.start and not x.title for x in g)]
    if not told:
        return None
    kin = [t for t in told if any(x.row.family == m.row.family for x in t[1])]  # (of its own family first)
    g = max(kin or told, key=lambda t: t[0])[1]
    have = _args_of(g)
    bg = _BACKGROUND.search(d.norm, m.end, m.clause[1])
    stop = bg.start() if bg is not None else m.clause[1]
    m.args = {r: [x for x in xs if x.start < stop] for r, xs in m.args.items() if r in ("DATE", "LOC") and not have.get(r)}
    m.args = {r: xs for r, xs in m.args.items() if xs}
    return g


def _definite_subject(d: _Doc, groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """A bare definite meeting noun, the subject of what the meeting did ("- Thứ hai, Hội nghị nhất trí tiếp tục
    thúc đẩy ... vào năm 2020", "Hội nghị đã có các sự kiện ... bên lề"), that fits no happening told before is the
    meeting last told as held before it, not a new one."""
    if m.row.type != "MEETING" or m.title or m.caption or m.status == "planned" or not d.text[m.start].isupper() \
            or not _DEFINITE_OPEN.search(d.norm[max(m.clause[0], m.start - 200):m.start]) \
            or not _DEFINITE_PRED.match(d.norm, m.end) or "LOC" in m.args \
            or any(0 <= x.start - m.end <= 60 for x in m.args.get("DATE", ())):
        return None  # ("Hội thảo còn diễn ra tại khách sạn X ... vào 9h ngày 19/12": a session of its own)
    held = [(max(x.start for x in g if x.start < m.start and not x.title), g) for g in groups
            if g[0].row.type == "MEETING" and any(x.start < m.start and not x.title for x in g)
            and next((x.status for x in g if x.status), "occurred") != "planned"]
    if not held:
        return None
    _keep_setting(d, m)
    return max(held, key=lambda t: t[0])[1]


# a summit, whatever the meeting noun ("hội nghị thượng đỉnh NATO", "cuộc họp thượng đỉnh ngày 25/5"), and the bodies'
# acronyms named right after it
_SUMMIT = regex.compile(r"\s+thượng đỉnh(?!\p{L})([^.,;:!?()\n]{0,30})")


def _summit_key(d: _Doc, m: _Mention) -> set[str] | None:
    sm = _SUMMIT.match(d.norm, m.end) if m.row.type == "MEETING" and not m.title \
        and d.norm[m.start:m.end] in ("hội nghị", "họp", "cuộc họp", "phiên họp") else None
    return None if sm is None else {w.lower() for w in _ACRONYM_WORD.findall(d.text[sm.start(1):sm.end(1)])}


def _summit_before(d: _Doc, groups: list[list[_Mention]], m: _Mention) -> list[_Mention] | None:
    """A summit told again by another meeting noun ("cuộc họp thượng đỉnh giữa Mỹ với NATO" after "hội nghị thượng
    đỉnh NATO") is the one summit told before, when the text tells one, with no other body's acronym or date."""
    mine = _summit_key(d, m)
    if mine is None:
        return None
    hits = []
    for g in groups:
        keys = [k for x in g if (k := _summit_key(d, x)) is not None]
        if keys and g[0].row.type == "MEETING":
            if any(d.norm[x.start:x.end] == d.norm[m.start:m.end] and _summit_key(d, x) == mine for x in g):
                return None  # (told by the same noun and name, it is merged as any mention is)
            theirs = set().union(*keys)
            if mine and theirs and not mine & theirs:
                continue
            hits.append(g)
    if len(hits) != 1 or _conflict({"DATE": _args_of(hits[0]).get("DATE", [])}, {"DATE": m.args.get("DATE", [])}):
        return None
    _keep_setting(d, m)
    m.status = None  # (told again in a forecast, "những ngày tới sẽ căng thẳng", it is still the summit told)
    return hits[0]


# the object of an organizing verb: "Kế hoạch ... của UBND TP Hà Nội và Ủy ban MTTQ thành phố về tổ chức hội nghị ĐBND
# năm 2017" names the organizers of the meeting told before by its short name (not the work of organizing it that
# others supported: "dành nhiều tâm huyết cho công tác tổ chức Hội nghị MRT 23")
_ORGANIZED_BEFORE = regex.compile(r"(?:^|\W)(?<!(?:công tác|cho|giúp|hỗ trợ)\s+)(?:tổ chức|chủ trì|triệu tập|đăng cai)\s+(?:(?:các|những|cuộc|buổi|phiên)\s+)*$")


def _keep_setting(d: _Doc, m: _Mention) -> None:
    """A meeting told again by its name as the subject of what it did names none of its parties (the object of an
    organizing verb keeps its organizers)."""
    if _ORGANIZED_BEFORE.search(d.norm, max(0, m.start - 30), m.start):
        return
    for role in _PARTY_ROLES:
        m.args.pop(role, None)


_BEFORE_AFTER = regex.compile(r"(?:^|\W)(?:sau|trước)\s+(?:buổi|cuộc|phiên)\s*$")


def _other_at(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """A happening named as the time of another one in its clause is another happening ("họp báo chung sau cuộc
    gặp tại ..."), and so is one stated with a date of its own that differs ("trong cuộc gặp tại Sydney, ngày
    19/12/2016" after a meeting of 20/3)."""
    if _BEFORE_AFTER.search(d.norm[max(m.clause[0], m.start - 16):m.start]) and any(
            not x.title and x.clause == m.clause and x.end <= m.start and x.row.family != m.row.family for x in g):
        return True
    mine = m.args.get("DATE")
    # the date stated with it ("cuộc gặp tại Sydney, Australia, ngày 19/12/2016"), not one of a later party's act
    if not mine or mine[0].start < m.end or mine[0].start - m.end > 60 or any(
            _is_head(d, x) and x.label in ("PER", "ORG") for x in d.ents_in(m.end, mine[0].start)):
        return False
    theirs = [x for y in g for x in y.args.get("DATE", ())]
    return bool(theirs) and all(_DAY_VALUE.fullmatch(x.value or "") and x.value != mine[0].value for x in theirs) \
        and bool(_DAY_VALUE.fullmatch(mine[0].value or ""))


def _another_in_clause(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """One sentence tells one happening once: a second verbal mention after a party of the first names another
    one ("đã đến thăm gia đình cháu X ở xã A, thăm và tặng quà cho 56 gia đình ở vùng B"); verbs joined with
    no party between ("thăm và chúc Tết", "cập cảng Tiên Sa, chính thức thăm"), restatements ("cho biết: X đã
    họp với ...") and names ("(Hội nghị Sherpa G20)") are one."""
    if _other_host(d, g, m):
        return True
    # only a predicate of a list ("..., thăm và tặng quà cho ...", "...; thăm Khu di tích ...") that names something
    if d.text[m.start].isupper() or not m.args or not regex.search(r"[,;]\s*$", d.norm[max(0, m.start - 4):m.start]):
        return False
    for x in g:
        if x.title or x.clause != m.clause or x.start > m.start:
            continue
        if any(y.label in ("PER", "ORG") and _is_head(d, y) for y in d.ents_in(x.end, m.start)):
            return True
    return False


_HOST_LIST = regex.compile(r"(?:[,;]|(?<!\p{L})và)\s*$")


def _other_host(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """A trip to several hosts told by one verb each is one visit per host: "lên đường thăm cấp Nhà nước tới Cộng
    hòa Indonesia, thăm chính thức Ban Thư ký ASEAN và thăm chính thức Cộng hòa Singapore"."""
    if m.row.type != "VISIT" or not _HOST_LIST.search(d.norm[max(0, m.start - 6):m.start]):
        return False
    mine = [x for r in ("LOC", "TARGET") for x in m.args.get(r, ()) if x.start >= m.end and x.label in ("LOC", "ORG")]
    if not mine:
        return False
    for x in g:
        if x.title or x.clause != m.clause or x.start > m.start:
            continue
        hosts = [y for y in d.ents_in(x.end, m.start) if y.label in ("LOC", "ORG") and _is_head(d, y)]
        if hosts and not {_ident(y) for y in hosts} & {_ident(y) for y in mine}:
            if "LOC" in m.args:  # (the host before it is the other visit's place)
                m.args["LOC"] = [y for y in m.args["LOC"] if y.start >= m.end]
                if not m.args["LOC"]:
                    del m.args["LOC"]
            return True
    return False


_JOINED_VERB = regex.compile(r"\s*(?:,\s*)?và\s*")


def _joined_to_new(d: _Doc, groups: list[list[_Mention]], g: list[_Mention], m: _Mention) -> bool:
    """A verb joined by "và" to a verb that begins a happening of its own tells that new scene, not one told in
    an earlier sentence: "... đã đến thăm gia đình cháu X ở xã A, thăm và tặng quà cho 56 gia đình ở vùng B"
    after "mua 350 tấn lúa giống hỗ trợ" in the lead."""
    if m.title or any(x.clause == m.clause for x in g):
        return False
    return any(h[0].clause == m.clause and not h[0].title and h[0].end <= m.start
               and _JOINED_VERB.fullmatch(d.norm, h[0].end, m.start) for h in groups if h is not g)


_NAME_AFTER = regex.compile(r"\s+(\p{Lu}[\p{L}\p{M}\p{N}]*(?:\s+[\p{L}\p{M}\p{N}]+){0,3})")


def _name(d: _Doc, m: _Mention) -> tuple[str, ...]:
    """The first words of the name a capitalized trigger starts ("Hội nghị Cấp cao chiến lược hợp tác ...":
    ("cấp", "cao", "chiến", "lược")), else ()."""
    if not d.text[m.start].isupper() or regex.search(r"(?:^|\W)(?:các|những)\s+$", d.norm[max(0, m.start - 8):m.start]):
        return ()  # "và các Hội nghị Cấp cao liên quan" names no other one
    nm = _NAME_AFTER.match(d.text, m.end)
    return tuple(norm_word(nm.group(1)).split()) if nm else ()


# the full name a capitalized meeting noun is written with: its words up to a bracket, a punctuation mark or a
# word that ends a name ("Hội nghị Cấp cao kỷ niệm ASEAN+3 vào tháng 11-2017", "Hội nghị Ngoại trưởng ARF lần thứ
# 24"), cut after its last capitalized word
_FULL_NAME = regex.compile(r"[ \t]+(\p{Lu}[\p{L}\p{M}\p{N}]*(?:[ \t]*\+[ \t]*\d+)?(?:[ \t]+(?!(?:và|tại|vào|ở|sẽ|đã|đang|diễn|lần|được|"
                           r"với|của|trong|năm|là|có|cho|từ|do|khai|bế|hôm|sáng|chiều|tối|ngày|tháng|nhằm|này|về|bàn|thảo|"
                           r"nhất|ghi|kêu|cũng|thường|khóa|khoá|nhiệm|đến|tới|theo|mở|họp)(?![\p{L}\p{M}]))[\p{L}\p{M}\p{N}]+"
                           r"(?:[ \t]*\+[ \t]*\d+)?){0,7})")
# one level of meeting told by its two names
_LEVEL_ALIAS = ((regex.compile(r"(?<!\S)som(?!\S)"), "quan chức cao cấp"),
                (regex.compile(r"(?<!\S)ngoại trưởng(?!\S)"), "bộ trưởng ngoại giao"))


def _full_name(d: _Doc, m: _Mention) -> tuple[str, ...]:
    """The words of the name a capitalized MEETING noun is written with ("Hội nghị SOM ASEAN + 3 (...)": ("quan",
    "chức", "cao", "cấp", "asean+3")), else ()."""
    if m.row.type != "MEETING" or m.title or not d.text[m.start].isupper() \
            or regex.search(r"(?:^|\W)(?:các|những|hai|cả hai)\s+$", d.norm[max(0, m.start - 10):m.start]):
        return ()
    nm = _FULL_NAME.match(d.text, m.end)
    if nm is None:
        return ()
    words = regex.sub(r"\s*\+\s*", "+", nm.group(1)).split()
    while words and not (words[-1][0].isupper() or any(c.isdigit() for c in words[-1])):
        words.pop()
    # (only a name with a body's acronym in it tells one forum from another: "SOM ASEAN+3", "Ngoại trưởng ARF")
    if not any(_UPPER_WORD.fullmatch(w) and not _ROMAN.fullmatch(w) for w in words):
        return ()
    name = norm_word(" ".join(words))
    for rx, to in _LEVEL_ALIAS:
        name = rx.sub(to, name)
    return tuple(name.split())


# a body's acronym in a name ("ASEAN+3", "SOM", "G20"), not a roman ordinal ("Đại hội X", "Đại hội Đảng lần thứ XII")
_ROMAN = regex.compile(r"[IVXLC]+")
_UPPER_WORD = regex.compile(r"\p{Lu}[\p{Lu}\d]+(?:\+\d+)?")


def _contains(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(a[i:i + len(b)] == b for i in range(len(a) - len(b) + 1))


def _other_named(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """Meetings written with other full names are other happenings, wherever they are told: "Hội nghị SOM
    ASEAN+3", "Hội nghị SOM EAS", "Hội nghị Cấp cao kỷ niệm ASEAN+3" and "Hội nghị Bộ trưởng Ngoại giao ASEAN+3"
    in one article are four (a shorter or longer form of one name, "Hội nghị G20" and "Hội nghị Thượng đỉnh
    G20", is one)."""
    a = _full_name(d, m)
    if not a:
        return False
    for x in g:
        b = _full_name(d, x)
        if b and not _contains(a, b) and not _contains(b, a) \
                and not (x.end <= m.start and _ALIAS.fullmatch(d.norm, x.end, m.start)):
            return True
    return False


# the ordinal a meeting's name ends with: "Hội nghị lần thứ hai các quan chức cao cấp APEC", "Hội nghị Bộ trưởng ...
# (WTO) lần thứ 11" (no comma or sentence end between); in the headline, anywhere
_ORDINAL = r"(?<!\S)lần thứ\s+([\p{L}\d]+)(?![\p{L}\d])"
_ORDINAL_AFTER = regex.compile(r"[^.,;:!?\n]{0,60}?" + _ORDINAL)
_TITLE_ORDINAL = regex.compile(_ORDINAL)
_ORDINAL_WORDS = {"nhất": "1", "hai": "2", "ba": "3", "tư": "4", "bốn": "4", "năm": "5", "sáu": "6", "bảy": "7",
                  "tám": "8", "chín": "9", "mười": "10"}


def _ordinal_number(om: regex.Match | None) -> str:
    return "" if om is None else _ORDINAL_WORDS.get(om.group(1), om.group(1))


def _ordinal(d: _Doc, m: _Mention) -> str:
    return _ordinal_number(_ORDINAL_AFTER.match(d.norm, m.end)) if m.row.type == "MEETING" else ""


def _other_ordinal(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """Meetings told with other ordinals are other happenings: "kể từ sau Hội nghị lần thứ nhất các quan chức
    cao cấp APEC (SOM 1) tại Nha Trang" in a report on "Hội nghị lần thứ hai các quan chức cao cấp APEC"; a bare
    mention, "Hội nghị cũng ...", names the happening the headline tells, not one recalled with another ordinal."""
    a = _ordinal(d, m) or _ordinal_number(_TITLE_ORDINAL.search(d.norm, 0, d.title_end))
    return bool(a) and any((b := _ordinal(d, x)) and b != a for x in g)


_NAMED_PAIR = regex.compile(r"\s+[^.;:!?()\n]{1,120}?\s+(?:và|cùng)\s+")
# the bodies' acronyms in a capitalized meeting name, up to a bracket, a punctuation mark or "và" ("Hội nghị Bộ
# trưởng WTO lần thứ 11": WTO; "Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC 29": APEC)
_NAME_SPAN = regex.compile(r"[^.,;:!?()\n]{1,80}?(?=\s+(?:và|tại|ở|vào|diễn ra|được|đã|sẽ|xem xét|lần)(?!\p{L})|[.,;:!?()\n]|$)")
_ACRONYM_WORD = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{2,}[\p{Lu}\p{N}]*(?![\p{L}\p{N}])")


def _paired(d: _Doc, m: _Mention) -> bool:
    """A capitalized meeting noun joined by "và" to a capitalized meeting noun before it in its clause."""
    if m.row.type != "MEETING" or m.title or not d.text[m.start].isupper():
        return False
    return any(d.text[t.start()].isupper() and _NAMED_PAIR.fullmatch(d.norm, t.end(), m.start)
               for t in d.rules.trigger_rx.finditer(d.norm, max(m.clause[0], m.start - 160), m.start))


def _acronyms(d: _Doc, m: _Mention) -> set[str]:
    if m.row.type != "MEETING" or m.title or not d.text[m.start].isupper():
        return set()
    nm = _NAME_SPAN.match(d.text, m.end)
    return {w.lower() for w in _ACRONYM_WORD.findall(nm.group())} - {"ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii"} \
        if nm else set()


def _other_acronym(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """Capitalized meeting names with other bodies' acronyms name other meetings: "Hội nghị Bộ trưởng WTO lần thứ
    11, tại Buenos Aires" and "Hội nghị liên Bộ trưởng Ngoại giao - Kinh tế APEC 29"."""
    mine = _acronyms(d, m)
    if not mine:
        return False
    theirs = [a for x in g if (a := _acronyms(d, x))]
    return bool(theirs) and not any(a & mine for a in theirs)


def _same_name(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """Named happenings of one kind listed in one sentence with other names are other happenings: "tham dự
    Hội nghị Thượng đỉnh ... (GMS); đồng thời tham dự Hội nghị Cấp cao chiến lược ... (ACMECS), Hội nghị Cấp
    cao hợp tác ..." (a shorter form of the same name, "Hội nghị Cấp cao", is the same)."""
    if _other_named(d, g, m) or _other_ordinal(d, g, m) or _other_acronym(d, g, m):
        return False
    # "Hội nghị liên Bộ trưởng ... APEC 29 và Hội nghị Cấp cao 25": two named meetings joined in one clause
    if d.text[m.start].isupper() and m.row.type == "MEETING" and any(
            x.clause == m.clause and not x.title and x.end <= m.start and d.text[x.start].isupper()
            and _NAMED_PAIR.fullmatch(d.norm, x.end, m.start) for x in g):
        return False
    if _paired(d, m):  # (the second one of such a pair is a meeting told before only by its own name)
        theirs = {_name(d, x) for x in g if not x.title} - {()}
        a = _name(d, m)
        return bool(a) and any(a[:len(b)] == b[:len(a)] for b in theirs)
    a = _name(d, m)
    if not a or any(x.end <= m.start and _ALIAS.fullmatch(d.norm, x.end, m.start) for x in g):
        return True  # (one named by its other name: "Diễn đàn An ninh châu Á, tức Đối thoại Shangri-La")
    names = {_name(d, x) for x in g if not x.title and x.clause == m.clause} - {()}
    return not names or any(a[:len(b)] == b[:len(a)] for b in names)


def _follows(d: _Doc, g: list[_Mention], m: _Mention) -> bool:
    """``m`` stands in the clause right after a clause of ``g`` and its clause
    states no date or place of its own."""
    if m.title or m.caption or not any(not x.title and x.clause[1] == m.clause[0] for x in g):
        return False
    cs, ce = m.clause
    if any(x.label in ("DATE", "LOC") for x in d.ents_in(cs, ce)):
        return False
    return True


_LIST_CONTINUES = regex.compile(r"(?:,|(?<!\p{L})và|;\s*(?:đồng thời|và|cùng)?\s*(?:tham dự|dự|tham gia)?)\s*$")


def _share_listed(d: _Doc, m: _Mention, args: dict[str, list[str]], listed: list[tuple[_Mention, dict[str, list[str]]]]) -> None:
    """Named happenings listed in one sentence share its attendees, date and place: "lên đường tham dự Hội nghị
    Thượng đỉnh ... (GMS) lần thứ 8 ...; đồng thời tham dự Hội nghị Cấp cao ... (ACMECS) lần thứ 10, Hội nghị Cấp
    cao ... (CLMV)": the Prime Minister attends all three."""
    if m.title or not _name(d, m) or not _LIST_CONTINUES.search(d.norm[max(m.clause[0], m.start - 30):m.start]):
        return
    prev = [(x, a) for x, a in listed if x.row.type == m.row.type and x.clause == m.clause and x.start < m.start and _name(d, x)]
    if not prev:
        return
    first = min(prev, key=lambda t: t[0].start)[1]
    for role in ("PARTICIPANT", "DATE", "LOC"):
        if first.get(role) and not args.get(role):
            args[role] = list(first[role])
    # the date and place stated after the last one hold for the whole list: "...; đồng thời tham dự Hội nghị Cấp
    # cao ... (ACMECS) lần thứ 10, Hội nghị Cấp cao ... (CLMV) lần thứ 11 và làm việc tại Trung Quốc từ ngày 5 đến
    # ngày 8/11" (it outranks the dateline of the departure)
    by_id = {x.id: x for x in d.ents}
    for role in ("DATE", "LOC"):
        own = [by_id[i] for i in args.get(role, ()) if i in by_id]
        if own and all(x.start > m.end for x in own):
            for _, a in prev:
                a[role] = list(args[role])


def _build(d: _Doc, groups: list[list[_Mention]], sentences: Sequence[Sentence]) -> list[Event]:
    events: list[tuple[int, Event, dict[str, list[str]]]] = []
    listed: list[tuple[_Mention, dict[str, list[str]]]] = []
    for g in sorted(groups, key=lambda g: min((m.start for m in g if not m.title), default=g[0].start)):
        # (the lead paragraph before a bare photo credit on the next line, "... quân sự này.\nẢnh: AP", is no caption:
        # its mention is the happening's first telling)
        running = [m for m in g if not m.title and (not m.caption or _lead_credit(d, m))]
        # "Phạm vi các cuộc huấn luyện, diễn tập liên hợp ..." before "Cuộc diễn tập ... được tổ chức ... vào năm 2005":
        # the trigger is the mention that tells the happening, not a plural naming the kind
        running = [m for m in running if not _kind_plural(d, m)] or running
        primary = min(running or [m for m in g if not m.title] or g, key=lambda m: m.start)
        primary = _body_retelling(d, g, primary)
        primary = _visit_of_port_call(d, g, primary)
        others = sorted((m for m in g if m is not primary), key=lambda m: (m.title, abs(m.start - primary.start)))
        # (a photo caption names whom it shows; the running text states their roles)
        by_text = [primary, *sorted(others, key=lambda m: (m.title, m.caption or _credited(d, m, primary),
                                                            abs(m.start - primary.start)))]
        args: dict[str, list[str]] = {}
        by_id = {x.id: x for m in g for xs in m.args.values() for x in xs}
        seen: set[str] = set()
        used = [primary]
        party_roles = ("AGENT", "TARGET", "PARTICIPANT")
        ms = [primary, *others]
        # parties first, from the mentions that state their roles (a weak mention's after them), then date and place
        passes = [(by_text, party_roles, False), ([x for x in ms if x.weak], party_roles, True), (ms, ("LOC", "DATE"), False)]
        for order, roles, late in passes:
            for m in order:
                if m.title and m is not primary and (roles is not party_roles or any(args.get(r) for r in party_roles)
                                                     or any(x.weak and x.subject and not x.title for x in ms)):
                    continue  # the headline repeats what the text says
                took = False
                # (a headline names the party the running text leaves out: "Chuẩn bị tốt nhất cho Kỳ họp thứ 7 Quốc hội khóa
                # XV tới" over "chuẩn bị tốt nhất cho Kỳ họp thứ 7 tới": its parties only)
                for role in roles:
                    xs = m.args.get(role, ())
                    if role in ("DATE", "LOC") and args.get(role):
                        continue
                    # a later mention adds no party of a kind the role already holds: the sentence that states the role
                    # names them ("Đà Nẵng" told as the subject of a caption's "thăm" is no second visitor); it adds
                    # the people heading a body named before, and attendees told as such ("Cùng tham gia tập trận chung
                    # còn có hải quân Thái Lan và Pháp")
                    held = {by_id[i].label for i in args.get(role, ())} \
                        if m is not primary and role in party_roles and not late and m.ref != "attend" and not m.adds_party \
                        else set()
                    for x in xs:
                        if x.label in held:
                            continue
                        if m is not primary and role in party_roles and _main_clause_partner(m, x):
                            continue
                        if m.weak and roles is party_roles and (x in m.subject) != late:
                            continue  # a weak mention's subject comes after every stated role
                        key = _ident(x) if role in ("AGENT", "TARGET", "PARTICIPANT") else role + x.id
                        if key in seen:
                            continue
                        seen.add(key)
                        args.setdefault(role, []).append(x.id)
                        took = True
                if took and m is not primary:
                    used.append(m)
        # (a body mention that only names the goal of preparations, "Đức rất bận rộn chuẩn bị Hội nghị Thượng đỉnh
        # G20", tells nothing of the happening's own time; a headline on them, "Phối hợp chuẩn bị Hội nghị ...",
        # announces one to come)
        status = primary.status or next((m.status for m in others if m.status and (m.title or _PREPARED_FOR.search(
            d.norm, max(0, m.start - 30), m.start) is None)), None) or "occurred"
        mentions = tuple(Span(m.start, m.end, d.text[m.start:m.end]) for m in sorted(g, key=lambda m: m.start))
        _share_listed(d, primary, args, listed)
        listed.append((primary, args))
        ev_s = min(_sentence_of(sentences, m, d)[0] for m in used)
        ev_e = max(_sentence_of(sentences, m, d)[1] for m in used)
        conf = primary.row.confidence + 0.05 * min(2, len(args)) - (0.1 if primary.title or primary.caption else 0.0)
        events.append((primary.start, Event(
            "", primary.row.type, status, Span(primary.start, primary.end, d.text[primary.start:primary.end]),
            {r: args[r] for r in ROLES if r in args}, mentions, (ev_s, ev_e),
            round(max(0.05, min(0.99, conf)), 2), primary.row.id), args))
    events.sort(key=lambda t: t[0])
    out = []
    for i, (_, ev, args) in enumerate(events, 1):
        out.append(Event(f"E{i}", ev.type, ev.status, ev.trigger, {r: args[r] for r in ROLES if r in args}, ev.mentions,
                         ev.evidence, ev.confidence, ev.rule))
    return out


def _main_clause_partner(m: _Mention, x: Entity) -> bool:
    """"Dự kiến, trong thời gian ở thăm VN, Quốc vương X sẽ có cuộc hội đàm với Chủ tịch nước Y": a visit told again as
    the frame of the main clause gives that clause's subject (the visitor) to the happening told before, not the
    partners named after the subject, who are the main clause's own."""
    return m.ref == "frame" and bool(m.subject) and x not in m.subject and x.start > max(y.end for y in m.subject)


# the object of a preparation: "chuẩn bị cho Hội nghị ...", "công tác chuẩn bị các cuộc tiếp ..."
_PREPARED_FOR = regex.compile(r"(?:^|\W)chuẩn bị\s+(?:cho\s+)?(?:(?:các|những|công tác)\s+)?(?:(?:cuộc|chuyến|kỳ|phiên|buổi)\s+)?$")
_NO_STOP = regex.compile(r"[^.!?;]*(?:\n|[ \t]{2})[^.!?;]*")


def _body_retelling(d: _Doc, g: list[_Mention], primary: _Mention) -> _Mention:
    """An in-body crosshead or photo line with no full stop, "Chủ tịch nước X tiếp Thượng tướng Y Không để vấn đề
    ... hữu nghị  Chiều cùng ngày, Chủ tịch nước X đã tiếp Thượng tướng Y ...": the body sentence that tells it
    again with the same verb, before any full stop, is the happening's first telling (section 7)."""
    word = d.norm[primary.start:primary.end]
    for m in sorted(g, key=lambda m: m.start):
        if m.start <= primary.start or m.title or m.start - primary.end > 300:
            continue
        if d.norm[m.start:m.end] == word and _NO_STOP.fullmatch(d.norm, primary.end, m.start):
            return m
    return primary


# the visit a port call opens, named as a trip after it in the same sentence: "đã cập cảng Sài Gòn, bắt đầu chuyến thăm
# TP HCM", "đã cập Cảng Tiên Sa trong chuyến thăm và làm việc" (a second verb, "cập Cảng Tiên Sa, chính thức thăm hữu
# nghị Đà Nẵng", leaves the port call the trigger)
_PORT_CALL = regex.compile(r"cập\s+cảng")
_TRIP_AFTER = regex.compile(r"[^.;!?\n]{0,80}?(?<!\p{L})chuyến\s+")


def _visit_of_port_call(d: _Doc, g: list[_Mention], primary: _Mention) -> _Mention:
    """A ship's port call told with the trip it opens: the trip names the happening, so its "thăm" is the trigger."""
    if primary.row.type != "VISIT" or not _PORT_CALL.fullmatch(d.norm, primary.start, primary.end):
        return primary
    for m in sorted(g, key=lambda m: m.start):
        if m.start > primary.end and "thăm" in d.norm[m.start:m.end] \
                and _TRIP_AFTER.fullmatch(d.norm, primary.end, m.start):
            return m
    return primary


_CREDIT_NEXT = regex.compile(r"\s*\n\s*\(?\s*ảnh\s*:")


def _lead_credit(d: _Doc, m: _Mention) -> bool:
    """Is a caption-flagged mention in a long lead paragraph that only a photo credit line follows?"""
    a, b = d.lead
    return a <= m.start < b and len(d.text[a:b].split()) > 25 and bool(_CREDIT_NEXT.match(d.norm, b))


_KIND_PLURAL = regex.compile(r"(?:^|\W)(?:các|những|nhiều)\s+(?:cuộc|đợt|hoạt động)\s+(?:[^\s,.;:]+(?:\s+[^\s,.;:]+)?\s*,\s*)?$")


def _kind_plural(d: _Doc, m: _Mention) -> bool:
    """A mention that names a kind of happening in the plural, with no party, date or place of its own."""
    return not m.args and _KIND_PLURAL.search(d.norm, max(0, m.start - 40), m.start) is not None


def _sentence_of(sentences: Sequence[Sentence], m: _Mention, d: _Doc) -> tuple[int, int]:
    for s in sentences:
        if s.start <= m.start < s.end:
            return s.start, s.end
    cs, ce = m.clause
    while ce > cs and d.text[ce - 1].isspace():
        ce -= 1
    while cs < ce and d.text[cs].isspace():
        cs += 1
    return cs, ce


# ----------------------------------------------------------------------------- entry point

def find_events(text: str, entities: Sequence[Entity], sentences: Sequence[Sentence] = (),
                doc_date: str | None = None, rules_dirs: Sequence[str] = (),
                relations: Sequence[Relation] | None = None) -> list[Event]:
    """Events of one document, with roles filled from ``entities`` (ids as given).

    ``relations`` between those entities (from :func:`find_relations`) tell which
    entities only describe another; they are computed when not given.

    ``doc_date`` is accepted for the pipeline's signature (dates are resolved by the
    DATE recognizer). The document's first line is the title; the first paragraph
    after it is the lead, whose dateline (``Ngày 21/1, ...``) dates its events.
    """
    rd = tuple(str(x) for x in rules_dirs)
    view = _nfc_view(text, entities)
    if view is not None:  # NFD input: compute on its NFC form, then map the spans back
        ctext, to_orig, moved = view
        csents = [Sentence(x.start, x.end, x.text) for x in _nfc_view(text, [
            Entity(str(k), "S", s.start, s.end, "") for k, s in enumerate(sentences)])[2]] if sentences else []

        def back(i: int, j: int) -> Span:
            a, b = to_orig[i], to_orig[j]
            return Span(a, b, text[a:b])
        out = []
        for ev in find_events(ctext, moved, csents, doc_date, rd, relations):
            ev_s = back(*ev.evidence) if ev.evidence else None
            out.append(Event(ev.id, ev.type, ev.status, back(ev.trigger.start, ev.trigger.end), ev.args,
                             tuple(back(m.start, m.end) for m in ev.mentions),
                             (ev_s.start, ev_s.end) if ev_s else None, ev.confidence, ev.rule))
        return out
    rules = _rules(rd)
    nt = normalize(text)
    # NFC text: offsets of text and norm agree (lower-casing that changes length is aligned per character)
    norm = nt.norm if nt.to_orig is None else "".join(normalize(ch).norm[:1] or ch for ch in text)
    # a photo caption's position note stands between a person and the verb: "Sylvie Goulard (giữa) gặp ...",
    # "Marise Payne (thứ 2 bên trái) trong cuộc gặp": blanked out (offsets kept)
    norm = _POSITION_NOTE.sub(lambda mt: " " * len(mt.group()), norm)
    ents = sorted(entities, key=lambda e: (e.start, e.end))
    title_end, lead, starts, captions = _layout(text, norm, rules)
    desc: set[str] = set()
    by_id = {x.id: x for x in ents}
    if relations is None:
        relations = find_relations(text, ents, sentences, rd)
    for r in relations:
        if r.label in ("TITLE_AT",):
            desc.add(r.tail)
        elif r.label == "LOCATED_IN":
            h, t = by_id.get(r.head), by_id.get(r.tail)
            if h and t and h.end <= t.start:
                desc.add(r.tail)
    # parent organizations after a title's organization, places in a title: "Thủ tướng Pháp"
    for i in range(1, len(ents)):
        a, b = ents[i - 1], ents[i]
        gap = norm[a.end:b.start]
        if b.label == "ORG" and a.id in desc and a.label == "ORG" and regex.fullmatch(r"\s*(?:,|/|–|-)\s*", gap):
            desc.add(b.id)
        elif b.label == "ORG" and a.id in desc and a.label == "ORG" and regex.fullmatch(r"\s*\(\s*", gap) \
                and regex.match(r"\s*\)", norm[b.end:b.end + 3]):
            desc.add(b.id)  # its other name: "Chủ tịch Hội đồng Cộng hòa (Thượng viện) Natalya Kochanova"
        elif b.label == "LOC" and a.label == "TITLE" and regex.fullmatch(r"\s*(?:nước\s+)?", gap):
            desc.add(b.id)
        if b.label == "LOC" and regex.search(r"(?:^|\W)đoàn\s+$", norm[max(0, b.start - 8):b.start]):
            desc.add(b.id)  # "Đoàn Campuchia": a delegation, not the country
        elif b.label == "LOC" and regex.search(r"(?:^|\W)và\s+(?:các\s+)?(?:phái\s+)?đoàn(?:\s+(?:đại biểu|quân sự|cấp cao|công tác))+\s+$",
                                               norm[max(0, b.start - 50):b.start]):
            desc.add(b.id)  # "Thượng tướng X và đoàn đại biểu quân sự cấp cao TQ": the delegation X leads
        elif b.label == "LOC" and a.label == "LOC" and a.id in desc and regex.fullmatch(r"\s*tại\s+", gap):
            desc.add(b.id)
        elif b.label == "ORG" and a.label == "RANK" and regex.fullmatch(r"\s+", gap):
            desc.add(b.id)
        elif a.label == "ORG" and b.label == "ORG" and regex.fullmatch(r"\s*(?:,|/)\s*", gap) and any(
                r["child_rx"].match(norm, a.start) and r["parent_rx"].match(norm, b.start)
                for r in rules.by_kind.get("parent_org", ())):
            desc.add(b.id)
    d = _Doc(text, norm, ents, [x.start for x in ents], starts, title_end, lead, captions, desc, rules,
             quotes=[m.span() for m in _QUOTE.finditer(text)])
    return _build(d, _merge(d, _mentions(d)), sentences)
