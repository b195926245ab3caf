"""People: person names (PER), military and police ranks (RANK), offices (TITLE).

One recognizer, :func:`find_people`, because the three explain each other: a
rank or an office before a capitalized run marks it as a name, and the name is
the run without them::

    Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy Bộ đội Biên phòng
    RANK   PER              TITLE    (ORG, found elsewhere)

    Tổng thống Nga Vladimir Putin      TITLE "Tổng thống", PER "Vladimir Putin"
    Bộ trưởng Quốc phòng Ngô Xuân Lịch TITLE "Bộ trưởng Quốc phòng", PER "Ngô Xuân Lịch"
    Bộ trưởng Bộ Quốc phòng            TITLE "Bộ trưởng" (the ORG follows)
    ông Sơn, bà Loan, cháu Thiên       PER "Sơn", "Loan", "Thiên"
    (Ảnh: Hồng Pha)                    PER "Hồng Pha"

How a name is recognized (all data in ``rules/``):

* RANK: the closed list ``ranks.tsv``, any case, tone placement folded
  (``Đại úy`` == ``Đại uý``).
* TITLE: ``titles.tsv``: ``[Phó|Quyền ...] head [Thường trực|Thứ nhất ...]
  [portfolio]``; "nguyên" stays outside. Flags on a head restrict it
  (capitalized only, needs a capitalized word after it, ...).
* PER, in order:

  1. after a cue (``person_cues.tsv``: ông, bà, đồng chí, chuyên gia ...; a
     rank; a title; a photo-credit label), skipping qualifiers and places
     (``Tổng thống Nga``, ``Thủ tướng Chính phủ``, ``Đại sứ Nhật Bản tại Việt
     Nam``), the next run of capitalized words is a name;
  2. a capitalized run opening with a family name (``surnames.tsv``) and 2-4
     words long is a name unless a place word precedes it (``đường Lê Lợi``)
     or it is a place (``Hà Nội``);
  3. later mentions of a full name found in the document, and the last word
     of a foreign name (``Putin``), are names too;
  4. the byline at the very end of an article (``... thất thủ. Phan Hoàng``).

Places, countries and organization heads come from the gazetteers of the
place and organization recognizers (``places_*.tsv``, ``org_heads.tsv``)
when they are installed; candidates already in ``ctx.found`` (ORG, LOC,
DATE) are never inside a name.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from ..normalize import NormText, norm_word
from ..rules import load_lexicon
from .base import BOUNDARY_END, BOUNDARY_START, Candidate, DisjointSpans, NerContext, SpanIndex

_W = r"[\p{L}\p{M}\p{N}]"
_SP = r"[ \t\u00a0]+"  # spaces inside a line
_SP1 = r"[ \u00a0]"  # the single space between the words of a name
# A Title-case word: "Sơn", "Si-phan", "Jong-un", "A". NFD text keeps its marks.
_CAP = r"(?:Mc|Mac)?\p{Lu}[\p{Ll}\p{M}]*(?:-\p{L}[\p{Ll}\p{M}]*)*"  # "McCain", "MacArthur" too
# not before "-19", "-30" ("Covid-19", "Su-30" are no names); not after "al-" (one word: "al-Barjis")
_TOKEN_RX = regex.compile(rf"(?<!{_W}|[.'’]|\p{{Ll}}-)({_CAP})(?!{_W}|[.'’]{_W}|&|-\d)")
# a run may also hold an Arabic name opening with its lower-case article: "Bộ trưởng Quốc phòng |al-Mahdi al-Barghathi|";
# such a word starts a name only right after a cue
_PARTICLE = r"(?:al|el|ad|ar|as|ash|az)-"
_SEG_TOKEN_RX = regex.compile(rf"(?<!{_W}|[.'’]|\p{{Ll}}-)((?:{_PARTICLE})?{_CAP})(?!{_W}|[.'’]{_W}|&|-\d)")
_PARTICLE_RX = regex.compile(rf"(?<!{_W}){_PARTICLE}\p{{Lu}}")  # a cheap check first: most texts have none
_ACRONYM_RX = regex.compile(rf"{_SP}(?:\p{{Lu}}[\p{{Lu}}\p{{N}}&.]*\p{{Lu}}|\p{{Lu}}{{2,}})(?!{_W}|\.{_W})")
_SPACES_RX = regex.compile(_SP)
# a name written with initials in bylines and photo credits: "N.C.Thắng", "T. Hà"
_INITIALS_RX = regex.compile(rf"(?:\p{{Lu}}\.{_SP1}?){{1,3}}{_CAP}(?!{_W})")
# after a credit label also in capitals or initials alone: "Ảnh: B.TRUNG", "H. THÚY", "D.Q", "P.T."
# a foreign name whose given names are initials, after a title or cue: "S.B. Yudhoyono", "H.R. McMaster"
_CUED_INITIALS_RX = regex.compile(rf"(?:[A-Z]\.{_SP1}?){{1,3}}((?:Mc|Mac)?[A-Z][a-z]{{2,}})(?:-[A-Z][a-z]+)?(?![\p{{L}}\p{{M}}\p{{N}}.-])")
_CREDIT_INITIALS_RX = regex.compile(
    rf"(?:(?:\p{{Lu}}\.{_SP1}?){{1,3}}\p{{Lu}}[\p{{Lu}}\p{{M}}]+|\p{{Lu}}(?:\.\p{{Lu}}){{1,3}}\.?)(?!{_W}|\.{_W})"
)
_SENTENCE_END = set(".!?…:;\"“”'‘’(/[«»–-\n")


@dataclass(frozen=True, slots=True)
class _Head:
    flags: frozenset[str]
    not_after: regex.Pattern | None
    not_before: frozenset[str]


@dataclass(frozen=True, slots=True)
class _Res:
    rank_rx: regex.Pattern
    rank_not_before: dict[str, frozenset[str]]
    rank_not_after: dict[str, regex.Pattern]
    rank_name_only: frozenset[str]  # ranks that need a person's name after them ("Tướng Joseph Dunford")
    title_rx: regex.Pattern
    heads: dict[str, _Head]
    org_words: frozenset[str]
    cue_rx: regex.Pattern
    weak: frozenset[str]
    credit_rx: regex.Pattern
    skip_rx: regex.Pattern
    anti_rx: regex.Pattern
    anti_words: frozenset[str]
    street_rx: regex.Pattern
    speech_rx: regex.Pattern
    leader: frozenset[str]
    press: frozenset[str]  # English words of press outlets and institutions ("Times", "The")
    surnames: frozenset[str]
    not_name: dict[str, tuple[tuple[str, ...], ...]]  # first word -> phrases (word tuples)
    org_start: dict[str, tuple[tuple[str, ...], ...]]  # organization heads: never the start of a name
    places: dict[str, tuple[tuple[str, ...], ...]]
    persons: frozenset[str]
    admin_names: frozenset[str]  # district names: a capitalized run that is exactly one is no person
    admin_all: frozenset[str]  # every administrative name, communes too: checked for two-word runs
    named_rx: regex.Pattern  # "tên", "tên là": a cue after a noun for a person
    named_not_after: frozenset[str]
    anti_gap_rx: regex.Pattern  # "nhà máy cơ khí |Ngô Gia Tự"
    nick_rx: regex.Pattern  # "Trương Thị Kim Liên (|Sáu Phú|)"
    ship_rx: regex.Pattern  # "tàu sân bay |Đô đốc Kuznetsov": a ship's name follows
    dept_rx: regex.Pattern  # "Trưởng phòng| Quản lý vận tải", "Phó phòng| du lịch nội địa", "phòng| thị trường 3"
    given: frozenset[str]  # common foreign given names: "Jerry Friedman" is a person with no cue
    reverent: frozenset[str]  # weak cues that are cues capitalized inside a sentence too ("bàn thờ Bác Hồ")
    org_list_rx: regex.Pattern  # "các công ty ... như |Hoàng Khang, Khương Duy|": names of companies
    cappre_rx: regex.Pattern  # "|Nhà| Vua Philippe": a word kept before a head when both are capitalized
    area_rx: regex.Pattern  # "KTM |Chu Lai|": a place word whose name is a place wherever it stands bare
    inst_rx: regex.Pattern  # "cựu Giám đốc| sân bay|)": a lower-case institution noun ending the title, no name after it
    group_rx: regex.Pattern  # "cấp ủy, chính ủy, |": a list of roles with a group noun in it names no one office-holder
    field_rx: regex.Pattern  # "giám đốc| marketing quốc tế|", "giám đốc| khu vực |Đông Nam Á": the field a head runs
    openers: frozenset[str] = frozenset()  # sentence adverbs before a name: "|Riêng| Ngô Tấn Hùng (sinh 1972)"
    mn_mid: frozenset[str] = frozenset()  # minority family names sharing a common word: "Hạng A Chư", not "Hạng Nhất"


def _alts(terms) -> str:
    """A regex alternation of normalized terms, longest first, spaces flexible."""
    norm = sorted({norm_word(t).strip() for t in terms if t.strip()}, key=len, reverse=True)
    return "|".join(_SP.join(regex.escape(w) for w in t.split()) for t in norm) or r"(?!x)x"


def _phrases(terms) -> dict[str, tuple[tuple[str, ...], ...]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for t in terms:
        words = tuple(norm_word(t).split())
        if words:
            out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(set(v), key=len, reverse=True)) for k, v in out.items()}


@lru_cache(maxsize=16)
def _resources(rules_dirs: tuple[str, ...]) -> _Res:
    ranks = load_lexicon("ranks.tsv", rules_dirs)
    rank_not_before = {norm_word(r["term"]): frozenset(norm_word(w) for w in r.get("not_before", "").split("|") if w) for r in ranks}
    rank_not_after = {
        norm_word(r["term"]): regex.compile(rf"{BOUNDARY_START}(?:{_alts(r['not_after'].split('|'))}){_SP}\Z")
        for r in ranks if r.get("not_after")
    }
    rank_name_only = frozenset(norm_word(r["term"]) for r in ranks if "name" in r.get("flags", "").split(","))
    rank_rx = regex.compile(rf"{BOUNDARY_START}(?:{_alts(r['term'] for r in ranks)}){BOUNDARY_END}")

    rows = load_lexicon("titles.tsv", rules_dirs, ("kind",))
    by_kind: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_kind.setdefault(r["kind"], []).append(r)
    all_not_after = [w for r in by_kind.get("head", []) if r["term"] == "ALL" for w in r.get("not_after", "").split("|") if w]
    heads: dict[str, _Head] = {}
    for r in by_kind.get("head", []):
        if r["term"] == "ALL":
            continue
        words = [w for w in r.get("not_after", "").split("|") if w] + all_not_after
        first = norm_word(r["term"]).split()[0]
        words = [w for w in words if norm_word(w) != first]
        not_after = regex.compile(rf"{BOUNDARY_START}(?:{_alts(words)}){_SP}\Z") if words else None
        heads[norm_word(r["term"]).strip()] = _Head(
            frozenset(f for f in r.get("flags", "").split(",") if f),
            not_after,
            frozenset(norm_word(w) for w in r.get("not_before", "").split("|") if w),
        )
    # a prefix with not_after words is no prefix after them: "chính quyền Tổng thống" (government), not "Quyền"
    pre = "|".join(
        (rf"(?<!(?<!{_W})(?:{_alts(r['not_after'].split('|'))}){_SP})" if r.get("not_after") else "") + f"(?:{_alts([r['term']])})"
        for r in by_kind.get("prefix", [])
    ) or r"(?!x)x"
    suf = _alts(r["term"] for r in by_kind.get("suffix", []))
    port = _alts(r["term"] for r in by_kind.get("portfolio", []))
    title_rx = regex.compile(
        rf"{BOUNDARY_START}(?P<pre>(?:(?:{pre}){_SP})*)(?P<head>(?:{_alts(heads)})){BOUNDARY_END}"
        rf"(?P<suf>(?:{_SP}(?:{suf}){BOUNDARY_END})*)"
        rf"(?P<port>{_SP}(?:{port})(?:{_SP}và{_SP}(?:{port}))*{BOUNDARY_END})?"
    )
    dept = _alts(r["term"] for r in by_kind.get("dept", []) + by_kind.get("portfolio", []))
    dept_rx = regex.compile(
        rf"{_SP}(?:{dept})(?:(?:{_SP}và{_SP}|[ \t\u00a0]*[-–][ \t\u00a0]*|{_SP})(?:{dept}))*{BOUNDARY_END}"
        rf"(?:{_SP}(?:{_alts(r['term'] for r in by_kind.get('deptmod', []))}){BOUNDARY_END})?(?:{_SP}\d{{1,2}}{BOUNDARY_END})?"
    )
    org_words = {norm_word(r["term"]) for r in by_kind.get("orghead", [])}
    org_words |= {norm_word(r["term"]) for r in load_lexicon("org_heads.tsv", rules_dirs, ("role",)) if r["role"] == "head"}

    cues = load_lexicon("person_cues.tsv", rules_dirs, ("kind",))
    ck: dict[str, list[str]] = {}
    for r in cues:
        ck.setdefault(r["kind"], []).append(r["term"])
    cue_rx = regex.compile(rf"{BOUNDARY_START}(?:{_alts(ck.get('cue', []) + ck.get('weak', []) + ck.get('leader', []))}){BOUNDARY_END}")
    credit_rx = regex.compile(rf"{BOUNDARY_START}(?:{_alts(ck.get('credit', []))})[ \t\u00a0]*:")

    place_terms = [r["term"] for r in load_lexicon("places_world.tsv", rules_dirs)]
    place_terms += [r["term"] for r in load_lexicon("places_vn.tsv", rules_dirs)]
    place_terms += [r["term"] for r in load_lexicon("places_admin.tsv", rules_dirs, ("kind",)) if r["kind"].startswith("province")]
    persons = frozenset(norm_word(t) for t in ck.get("person", []))
    place_terms = [t for t in place_terms if norm_word(t) not in persons and t[:1].isupper()]
    skip_rx = regex.compile(rf"{_SP}(?P<t>{_alts(ck.get('skip', []) + place_terms)}){BOUNDARY_END}")
    anti_rx = regex.compile(rf"(?<!{_W})(?:{_alts(ck.get('anti', []) + ck.get('ship', []))})[ \t\u00a0.]*\Z")
    surname_rows = load_lexicon("surnames.tsv", rules_dirs, ("origin",))
    surnames = frozenset(norm_word(r["term"]) for r in surname_rows if r["origin"] != "mn_mid")
    mn_mid = frozenset(norm_word(r["term"]) for r in surname_rows if r["origin"] == "mn_mid")
    org_start = [r["term"] for r in by_kind.get("orghead", [])]
    org_start += [r["term"] for r in load_lexicon("org_heads.tsv", rules_dirs, ("role",)) if r["role"] == "head" and r["term"][:1].isupper()]
    return _Res(
        rank_rx, rank_not_before, rank_not_after, rank_name_only, title_rx, heads, frozenset(org_words), cue_rx,
        frozenset(norm_word(t) for t in ck.get("weak", [])), credit_rx, skip_rx, anti_rx,
        frozenset(norm_word(t) for t in ck.get("anti", [])),
        regex.compile(rf"(?<!{_W})(?:{_alts(ck.get('street', []))})(?:{_SP}số)?[ \t\u00a0.]*\Z"),
        regex.compile(rf"{_SP}(?:{_alts(ck.get('speech', []))}){BOUNDARY_END}"),
        frozenset(norm_word(t) for t in ck.get("leader", [])), frozenset(norm_word(t) for t in ck.get("press", [])), surnames,
        _phrases(ck.get("not_name", []) + ck.get("press", [])), _phrases(org_start), _phrases(place_terms), persons,
        frozenset(norm_word(r["term"]) for r in load_lexicon("places_admin.tsv", rules_dirs, ("kind",)) if r["kind"] == "district"),
        frozenset(norm_word(r["term"]) for r in load_lexicon("places_admin.tsv", rules_dirs, ("kind",))),
        regex.compile(rf"{BOUNDARY_START}(?:{_alts(ck.get('named', []))}){BOUNDARY_END}"),
        frozenset(norm_word(t) for t in ck.get("named_not_after", [])),
        regex.compile(rf"(?<!{_W})(?:{_alts(ck.get('anti_gap', []))})((?:{_SP1}{_W}+){{1,2}}){_SP1}\Z"),
        regex.compile(rf"[ \t\u00a0]*\((?P<n>(?:{'|'.join(regex.escape(t) for t in ck.get('nick', []))}){_SP1}{_CAP}(?:{_SP1}{_CAP})?)\)"),
        regex.compile(rf"(?<!{_W})(?:{_alts(ck.get('ship', []))}){_SP}[\"“«]?\Z"),  # tàu sân bay "Đô đốc Kuznetsov"
        dept_rx,
        frozenset(norm_word(t) for t in ck.get("given", [])),
        frozenset(norm_word(t) for t in ck.get("reverent", [])),
        regex.compile(rf"(?<!{_W})(?:{_alts(ck.get('org_list', []))}){BOUNDARY_END}[^.;:!?()\n]{{0,45}}?(?<!{_W})như{_SP}\Z"),
        regex.compile(rf"(?<!{_W})(?:{_alts(r['term'] for r in by_kind.get('cappre', []))}){_SP1}\Z"),
        regex.compile(rf"(?<!{_W})(?:{_alts(ck.get('area', []))})[ \t\u00a0.]*(?=\p{{L}})"),
        regex.compile(rf"{_SP}(?:{_alts(r['term'] for r in by_kind.get('inst', []))})(?=[ \t\u00a0]*[,.;:)–])"),
        regex.compile(rf"(?<!{_W})(?:{_alts(ck.get('group', []))})[ \t\u00a0]*,"),
        regex.compile(
            rf"{_SP}(?:(?P<area>{_alts(r['term'] for r in by_kind.get('field', []) if 'area' in r.get('flags', ''))}){_SP}"
            rf"|(?:{_alts(r['term'] for r in by_kind.get('field', []) if 'area' not in r.get('flags', ''))}){BOUNDARY_END}"
            rf"(?:{_SP}(?:{_alts(r['term'] for r in by_kind.get('deptmod', []))}){BOUNDARY_END})?)"
        ),
        frozenset(norm_word(t) for t in ck.get("opener", [])),
        mn_mid,
    )


class _Doc:
    """Per-call view: normalized text, a case-bearing copy aligned with it, blocked spans."""

    def __init__(self, nt: NormText, words: tuple[tuple[int, int], ...] = ()):
        self.nt = nt
        self.norm = nt.norm
        if nt.to_orig is None:
            self.cased = nt.text
        else:  # one original character per norm position keeps the case
            self.cased = "".join(map(nt.text.__getitem__, nt.to_orig[:len(nt.norm)]))
        self.blocked: list[tuple[int, int]] = []
        self._blocked_index: tuple[list, SpanIndex] | None = None  # rebuilt when ``blocked`` is replaced
        self.blocked_skippable: list[tuple[int, int]] = []  # ORG/LOC found earlier: skipped after a cue
        self.given_starts: set[int] = set()  # places that are given names after a cue ("trung tá Nhật")
        self.over_country: set[tuple[int, int]] = set()  # names whose family name is a country's ("Luís Montenegro")
        self.dept_ends: set[int] = set()  # ends of titles with their department ("Trưởng phòng Kế hoạch")
        self.nocue_ends: set[int] = set()  # ends of titles a ship's name follows ("Chỉ huy tàu Echigo")
        self.org_ends: dict[int, int] = {}  # organizations found earlier: start -> end
        self.loc_ends: dict[int, int] = {}  # places found earlier: start -> end
        self._words = words  # segmenter word spans (original offsets), in text order

    def glued_to_lower(self, e: int) -> bool:
        """Whether the syllable ending at ``e`` is one word with a lower-case syllable after it ("Công giáo")."""
        oe = self.nt.orig_end(e)
        k = bisect.bisect_left(self._words, (oe,)) - 1  # the last word starting before ``e``
        if k < 0 or self._words[k][1] <= oe:
            return False
        nxt = _WORD_RX.search(self.cased, e, self.to_norm(self._words[k][1]))
        return nxt is not None and self.cased[nxt.start()].islower()

    def to_norm(self, i: int) -> int:
        if self.nt.to_orig is None:
            return i
        return bisect.bisect_left(self.nt.to_orig, i)

    def is_blocked(self, s: int, e: int) -> bool:
        if self._blocked_index is None or self._blocked_index[0] is not self.blocked:
            self._blocked_index = (self.blocked, SpanIndex(self.blocked))
        return self._blocked_index[1].overlaps(s, e)

    def cand(self, s: int, e: int, label: str, rule: str) -> Candidate:
        os_, oe = self.nt.span(s, e)
        return Candidate(os_, oe, label, rule)

    def next_word(self, p: int) -> tuple[int, int] | None:
        m = _NEXT_WORD.match(self.norm, p)
        return m.span(1) if m else None

    def at_sentence_start(self, s: int) -> bool:
        i = s - 1
        while i >= 0 and self.cased[i] in " \t\u00a0":
            i -= 1
        return i < 0 or self.cased[i] in _SENTENCE_END


_NEXT_WORD = regex.compile(rf"{_SP}({_W}+)")


def _ranks(d: _Doc, res: _Res) -> list[tuple[int, int, str]]:
    out = []
    for m in res.rank_rx.finditer(d.norm):
        term = _one_space(m.group())
        nxt = d.next_word(m.end())
        if nxt and d.norm[nxt[0]:nxt[1]] in res.rank_not_before.get(term, ()):
            continue
        na = res.rank_not_after.get(term)
        if na is not None and na.search(d.norm, max(0, m.start() - 20), m.start()):
            continue  # "Thủ tướng", "danh tướng"
        if d.cased[m.start()].isupper() and res.ship_rx.search(d.norm, max(0, m.start() - 25), m.start()):
            continue  # "tàu sân bay Đô đốc Kuznetsov": a ship named after an admiral
        if term in res.rank_name_only and not (
            nxt and d.cased[nxt[0]].isupper() and not d.at_sentence_start(nxt[0])
            and not res.skip_rx.match(d.norm, m.end()) and not _never_name(d, res, nxt[0])
            and not d.is_blocked(*nxt)
        ) and not (  # "Khi tướng Pháp 'mượn tạm' chiến đấu cơ": one general of a country; not "các tướng Mỹ"
            nxt and d.cased[nxt[0]].isupper() and not d.at_sentence_start(nxt[0]) and d.cased[m.start()].islower()
            and _phrase_at(_text_words(d, nxt[0]), 0, res.places) and not _QUANTIFIED.search(d.norm, max(0, m.start() - 8), m.start())
        ):
            continue  # "Tướng Joseph Dunford", "tướng Giáp"; not "các tướng Mỹ", "tướng lĩnh"
        out.append((m.start(), m.end(), "ranks.tsv"))
    return out


def _one_space(s: str) -> str:
    return " ".join(s.split())


_PREV_CAP_WORD = regex.compile(rf"(?<!{_W})(\p{{Lu}}{_W}*)[ \t\u00a0]\Z")


def _titles(d: _Doc, res: _Res) -> list[tuple[int, int, str]]:
    out = []
    for m in res.title_rx.finditer(d.norm):
        hs, he = m.span("head")
        head = res.heads[_one_space(m.group("head"))]
        flags = head.flags
        start, end = m.start(), he
        if head.not_after is not None and head.not_after.search(d.norm, max(0, start - 30), start):
            continue
        if d.cased[start].isupper() and (pw := _PREV_CAP_WORD.search(d.cased, max(0, start - 12), start)) \
                and _phrase_at([d.norm[pw.start(1):pw.end(1)], *_text_words(d, start, 3)], 0, res.places) >= 2:
            continue  # "Chính hiệp Trung Quốc Vương Hộ Ninh": "Quốc" ends a place, no "Quốc vương" (a king)
        phó = m.group("pre").strip().lower() == "phó"
        appos = "appos" in flags and not d.cased[hs].isupper() and _appos_title(d, start, he)
        if "cap" in flags and not d.cased[hs].isupper() and not phó and not appos \
                and not ("next" not in flags and _vietnamese_name_at(d, res, he)):
            continue  # "chỉ huy" is also a verb; "phó chỉ huy" is the office; "thuyền trưởng Trần Tài" is one too
        if "orgword" in flags:
            last = d.norm.rfind(" ", hs, he) + 1
            if d.cased[last].isupper():  # "Trưởng Ban Tuyển sinh": the title is "Trưởng"
                out.append((start, _word_end(d.norm, hs), "titles.tsv"))
                continue
            dm = res.dept_rx.match(d.norm, he)
            if dm and not d.is_blocked(he, dm.end()):  # "Trưởng ban Tổ chức", "trưởng phòng đào tạo"
                out.append((start, dm.end(), "titles.tsv"))
                d.dept_ends.add(dm.end())
                continue
        nxt = d.next_word(he)
        if "bare" in flags and not (nxt and _starts_with(d.norm, nxt[0], res.org_words)):
            continue
        if "bare" in flags and m.group("pre"):
            continue
        if "bare" not in flags:
            end = m.end("suf") if m.group("suf") else he
            if m.group("port") and ("port" in flags or "capport" in flags and d.cased[m.start("port") + 1].isupper()) \
                    and not any(m.start("port") < os_ < m.end("port") and ("capport" in flags or m.end("port") < oe)
                                for os_, oe in d.org_ends.items()):
                end = m.end("port")  # "Bộ trưởng |Hải quân Mỹ|": an organization running on past it is no portfolio,
                # after "Tư lệnh" none found there is ("Tư lệnh |Hải quân| miền Đông": the service commanded)
            elif "field" in flags and (fm := res.field_rx.match(d.norm, end)) and (
                    (fm.group("area") and (le := d.loc_ends.get(fm.end())) is not None)
                    or (not fm.group("area") and not d.is_blocked(fm.start() + 1, fm.end()))):
                end = le if fm.group("area") else fm.end()  # "giám đốc marketing", "giám đốc khu vực Đông Nam Á"
            elif (im := res.inst_rx.match(d.norm, end)) and d.cased[im.start():im.end()].islower():
                end = im.end()  # "cựu Giám đốc sân bay)": the institution is named nowhere, it stays in the title
        nxt = d.next_word(end)
        if nxt and d.norm[nxt[0]:nxt[1]] in head.not_before:
            continue
        if "next" in flags and not phó and not appos and not (nxt and (d.cased[nxt[0]].isupper() or d.norm[nxt[0]:nxt[1]] == "của" or (
                d.norm[nxt[0]:nxt[1]] == "đoàn" and (n2 := d.next_word(nxt[1])) and d.cased[n2[0]].isupper()))) \
                and not ((ch := _CHIEF_OF.match(d.norm, end)) and res.rank_rx.match(d.norm, ch.end())) \
                and not (start == hs and res.cappre_rx.search(d.norm, max(0, hs - 8), hs)):
            continue  # "Chỉ huy của quân đội Ukraine", "đại biểu đoàn TP HCM" are the office too, as are
            # "Chỉ huy lực lượng này, đại úy X" (the office of the ranked name after the comma) and "nhà vua"
        if end == he and not m.group("pre") and d.cased[start:end].islower() and _generic_list(d, res, start, end):
            continue  # "cấp ủy, chính ủy, chính trị viên, chỉ huy các ...", "các già làng, trưởng bản chủ động": roles in a list
        if "org" in flags:  # "Phó Tổng Thanh tra |Nhà nước|": the office runs over the organization it heads
            for w in _WORD_RX.finditer(d.norm, hs + 1, end):
                oe = d.org_ends.get(w.start())
                if oe is not None and oe > end and d.cased[w.start() - 1] == " ":
                    end = oe
                    break
        if start == hs and (cp := res.cappre_rx.search(d.norm, max(0, hs - 8), hs)) and d.cased[cp.start()].isupper():
            start = cp.start()  # "Nhà Vua Philippe", "Nhà vua Harald V"; in lower case "nhà vua" the office is "vua"
        out.append((start, end, "titles.tsv"))
        if "nocue" in flags:
            d.nocue_ends.add(end)
    return out


# "Chỉ huy | lực lượng Nga tại Syria, | Đại tá ...": a short phrase of the unit commanded, then the ranked name
_CHIEF_OF = regex.compile(r"(?:[ \t\u00a0]+[^\s,.;:!?()“”\"]+){1,6}?[ \t\u00a0]*,[ \t\u00a0]*")
# a list of lower-case roles before the office: "cấp ủy, chính ủy, " (items of 1-3 words, no digit)
_LIST_BEFORE = regex.compile(rf"(?<!{_W}|\d[ \t\u00a0])(?:\p{{Ll}}[\p{{Ll}}\p{{M}}]*(?:[ \t\u00a0]\p{{Ll}}[\p{{Ll}}\p{{M}}]*){{0,3}}[ \t\u00a0]*,{_SP}){{1,4}}\Z")
_LIST_AFTER = regex.compile(r"[ \t\u00a0]*(?:[,;]|(?:[ \t\u00a0]+(?!của|tại|ở|thuộc|cấp|đoàn|xã|thôn|bản|phường|huyện|tỉnh)\p{Ll}))")


def _generic_list(d: _Doc, res: _Res, s: int, e: int) -> bool:
    """Is the lower-case office at ``s:e`` an item of a list of roles with a group noun in it ("cấp ủy, chính ủy,
    chính trị viên, chỉ huy các ...", "các già làng, trưởng bản chủ động"), no person or organization after it?"""
    if not _LIST_AFTER.match(d.cased, e):
        return False
    before = _LIST_BEFORE.search(d.cased, max(0, s - 80), s)
    return bool(before) and bool(res.group_rx.search(d.norm, before.start(), s))


def _vietnamese_name_at(d: _Doc, res: _Res, e: int) -> bool:
    """Does a Vietnamese personal name (a capitalized surname and given name) follow ``e``?"""
    nxt = d.next_word(e)
    if not nxt or not d.cased[nxt[0]].isupper() or d.norm[nxt[0]:nxt[1]] not in res.surnames:
        return False
    given = d.next_word(nxt[1])
    return bool(given) and d.cased[given[0]].isupper()


_WORD_RX = regex.compile(rf"{_W}+")
# a lower-case office noun as an apposition after a name ("Alexis Walker, chỉ huy") or after a plural ("các chỉ huy")
_APPOS_BEFORE = regex.compile(rf"(?:{_CAP}[ \t\u00a0]*(?:,|[–-]|\()|(?<!{_W})(?:các|những)){_SP}\Z")


def _appos_title(d: _Doc, s: int, e: int) -> bool:
    """Whether a lower-case office at ``s:e`` is a noun: after "Name," or "các", before a capitalized word."""
    nxt = d.next_word(e)
    return bool(nxt and (d.cased[nxt[0]].isupper() or d.norm[nxt[0]:nxt[1]] in ("ở", "của"))
                and _APPOS_BEFORE.search(d.cased, max(0, s - 40), s))


def _word_end(s: str, i: int) -> int:
    m = _WORD_RX.match(s, i)
    return m.end() if m else i


def _starts_with(norm: str, i: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` (one or more words) starts at ``i``."""
    for w in words:
        if norm.startswith(w, i) and not regex.match(_W, norm[i + len(w): i + len(w) + 1] or " "):
            return True
    return False


def _phrase_at(words: list[str], i: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> int:
    """Length (in words) of the longest phrase of ``table`` starting at ``words[i]``, else 0."""
    for ph in table.get(words[i], ()):
        if tuple(words[i:i + len(ph)]) == ph:
            return len(ph)
    return 0


def _segments(d: _Doc) -> list[list[tuple[int, int]]]:
    """Runs of Title-case words separated by one space, cut at blocked spans."""
    segs: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    for m in (_SEG_TOKEN_RX if _PARTICLE_RX.search(d.cased) else _TOKEN_RX).finditer(d.cased):
        s, e = m.span()
        if d.is_blocked(s, e):
            if cur:
                segs.append(cur)
            cur = []
            continue
        if cur and (not regex.fullmatch(_SP1, d.cased[cur[-1][1]:s])
                    or (d.cased[s].islower() and not d.cased[cur[-1][0]].islower())):
            segs.append(cur)  # "Nhóm | al-Nusra": an article word continues no capitalized run
            cur = []
        cur.append((s, e))
    if cur:
        segs.append(cur)
    return segs


_PAREN_ACRONYM_AFTER = regex.compile(r"[ \t\u00a0]*\(\p{Lu}[\p{Lu}\p{N}&]{1,7}\)(?=[ \t\u00a0])")  # the abbreviation of a body just skipped
_CUE_RANK = {"title": 4, "dept": 4, "cue": 3, "weak": 2, "credit": 1}


def _cue_positions(d: _Doc, res: _Res, cue_ends: list[tuple[int, str]]) -> dict[int, str]:
    """Positions where a name may start, with the kind of cue before it.

    A name starts right after a cue, or after qualifiers and places that
    follow one ("Tổng thống Nga | Vladimir Putin", "Đại sứ Nhật Bản tại Việt Nam | Kunio Umeda").
    """
    found_starts = {s: e for s, e in d.blocked_skippable}
    out: dict[int, str] = {}
    for p, kind in cue_ends:
        p0 = p
        for _ in range(10):
            if p != p0 and kind != "credit":
                ab = _PAREN_ACRONYM_AFTER.match(d.cased, p)
                if ab:  # "Đại sứ Liên minh châu Âu (EU) tại Việt Nam | Julien Guerrier"
                    p = ab.end()
                    continue
            sp = _SPACES_RX.match(d.cased, p)
            if not sp:
                if kind == "credit" and p < len(d.cased) and d.cased[p].isupper():
                    out.setdefault(p, kind)  # "Ảnh:Buckeye"
                break
            if sp.end() in d.given_starts:  # "trung tá Nhật": the place is his given name
                out[sp.end()] = kind
                break
            m = res.skip_rx.match(d.norm, p)
            if m and kind == "weak" and " " not in m.group("t") and d.cased[m.start("t")].isupper() \
                    and _KIN_BEFORE.search(d.cased, max(0, sp.end() - 5), sp.end()) and not _CAP_NEXT.match(d.cased, m.end()):
                out[sp.end()] = kind  # "chị Nga (quê Hà Tây)", "Chị Nga bảo": one word after a kinship word, her name
                break
            if m and (d.cased[m.start("t")].isupper() or not d.norm[m.start("t")].isupper()):
                p = m.end()
                continue
            if kind == "credit" and _CREDIT_INITIALS_RX.match(d.cased, sp.end()):
                out[sp.end()] = kind  # "Ảnh: D.Q": initials, no agency to skip
                break
            if kind != "credit" and _CUED_INITIALS_RX.match(d.cased, sp.end()):
                out[sp.end()] = kind  # "Tổng thống S.B. Yudhoyono": initials of a name, no acronym to skip
                break
            m = _ACRONYM_RX.match(d.cased, p)
            if m:
                p = m.end()
                continue
            if sp.end() in found_starts:
                p = found_starts[sp.end()]
                nxt = _TOKEN_RX.match(d.cased, p + 1) if kind == "credit" and d.cased[p:p + 1] == " " else None
                if nxt and _is_foreign([d.norm[nxt.start():nxt.end()]]):
                    break  # "Ảnh: Google Maps": the source goes on, no name after it
                continue
            if _CUE_RANK[kind] > _CUE_RANK.get(out.get(sp.end(), ""), 0):
                out[sp.end()] = kind
            break
    return out


def _text_words(d: _Doc, p: int, n: int = 6) -> list[str]:
    """Up to ``n`` normalized words of the text from ``p``, whatever their case."""
    return [m.group() for m, _ in zip(_WORD_RX.finditer(d.norm, p, min(len(d.norm), p + 80)), range(n))]


_VN_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_VN_SYLLABLE = regex.compile(rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnpqrstvx])?[{_VN_VOWELS}]{{1,3}}(?:ch|ng|nh|[cmnpt])?")


def _is_foreign(words: list[str]) -> bool:
    """Whether a name has a word that is no Vietnamese syllable ("vladimir putin", not "tô lâm")."""
    return any(not _VN_SYLLABLE.fullmatch(w) for w in words)


_FOREIGN_PAIR = regex.compile(rf"{_SP}(\p{{Lu}}{_W}+)(?:{_SP}(\p{{Lu}}{_W}+))?(?!{_SP}\p{{Lu}}|{_W})")
_MN_MIDDLE = frozenset({"a", "thị", "văn"})  # middle names of minority names ("Hạng A Chư", "Ma Thị Hoa")
_SINGLE_OK = frozenset({"ông", "bà"})  # weak cues that take one foreign word alone ("Anh" may be England)


def _foreign_pair_at(d: _Doc, p: int) -> bool:
    """One or two capitalized words from ``p``, each no Vietnamese syllable, and no more: a foreign person's
    name, so a capitalized weak cue before it in mid-sentence is still a cue ("châu Phi Bà Ellen Sirleaf",
    "Trung Quốc Ông Masahiko dự kiến"; one word only after "Ông"/"Bà", before a lower-case word)."""
    m = _FOREIGN_PAIR.match(d.cased, p)
    if m is None or not all(len(g) >= 3 and not _VN_SYLLABLE.fullmatch(g.lower()) for g in m.groups() if g):
        return False
    if m.group(2):
        return True
    cue = _PREV_CAP_WORD.search(d.cased, max(0, p - 8), p + 1)
    nxt = _NEXT_WORD.match(d.cased, m.end())
    return (len(m.group(1)) >= 4 and cue is not None and d.norm[cue.start(1):cue.end(1)] in _SINGLE_OK
            and nxt is not None and d.cased[nxt.start(1)].islower())


def _cut(d: _Doc, res: _Res, seg: list[tuple[int, int]], i: int) -> int:
    """Index after the last token of a name starting at ``seg[i]``: it ends before a non-name word."""
    j = i + 1
    while j < len(seg) and not _phrase_at(_text_words(d, seg[j][0]), 0, res.not_name):
        j += 1
    if j < len(seg) and j - i >= 2 and d.norm[seg[j - 1][0]:seg[j - 1][1]] in _MIDDLE_ONLY:
        j += 1  # "Nguyễn Văn Hiện": no name ends in "Văn", the word after is the given name, not "Hiện" (now)
    elif j < len(seg) and j - i == 1 and seg[i][1] - seg[i][0] == 1:
        j += 1  # "tên A Sáng": a one-letter word ("A", the Hoa prefix) is no name alone, the word after goes with it
    elif (j == i + 2 and j == len(seg) - 1 and d.norm[seg[i][0]:seg[i][1]] in res.surnames
          and d.norm[seg[i + 1][0]:seg[i + 1][1]] not in res.surnames
          and d.cased[seg[j][0]:seg[j][1]][1:].islower() and _GIVEN_CLOSES.match(d.cased, seg[j][1])):
        j += 1  # "Trương Quang Được,": a common word in capitals closing surname + middle before punctuation is the given name
    return j


_GIVEN_CLOSES = regex.compile(r"[ \t\u00a0]*(?:[,;)]|\.(?![\p{L}\p{N}]))")


_MIDDLE_ONLY = frozenset({"văn", "thị"})  # Vietnamese middle names that never end a name


_CAP_AFTER_HYPHEN = regex.compile(r"-\p{Lu}")  # "Hà Nội-Vinh": places joined, not a name
_HOUSE_NUMBER = regex.compile(rf"(?<!{_W}|[.,/:-])\d+[a-z]?(?:[/-]\d+[a-z]?)*{_SP}\Z")  # "230 Kim Mã", "16-18 Phan Chu Trinh"
# a ward or district right after a bracketed run: an address, the run is a street ("(Thái Văn Lung, Q.6 - TPHCM)")
_ADDRESS_AFTER = regex.compile(r"[ \t\u00a0]*,[ \t\u00a0]*(?:[QP]\.[ \t\u00a0]?\d|(?i:quận|phường)[ \t\u00a0]+\d)")
_ACRONYM_BEFORE = regex.compile(rf"(?<!{_W})\p{{Lu}}{{2,}}{_SP}\Z")


def _anti_before(d: _Doc, res: _Res, s: int) -> bool:
    """A place word right before ``s`` ("đường Lê Lợi", "TP.Hồ Chí Minh").

    Not after an acronym: "Chủ tịch UBND tỉnh Nguyễn Xuân Đường" names the chairman.
    """
    if _HOUSE_NUMBER.search(d.norm, max(0, s - 15), s):
        return True
    m = res.anti_rx.search(d.norm, max(0, s - 25), s)
    if m is not None and not _ACRONYM_BEFORE.search(d.cased, max(0, m.start() - 10), m.start()):
        return True
    m = res.anti_gap_rx.search(d.norm, max(0, s - 45), s)
    if m is not None and d.cased[m.start(1):s].islower() and not res.cue_rx.search(d.norm, m.start(1), s - 1) and not any(
            w in res.named_not_after for w in d.norm[m.start(1):s].split()):
        return True  # "nhà máy cơ khí Ngô Gia Tự"; not "trường đại học ... thầy Nguyễn Văn A"
    if _org_list_before(d, res, s):
        return True  # "các công ty nhập khẩu khác như |Hoàng Khang|": a company named after its owner
    return _in_street_list(d, res, s)


def _org_list_before(d: _Doc, res: _Res, s: int) -> bool:
    """A company word, a few words and "như" right before ``s`` ("các công ty nhập khẩu khác như |Hoàng Khang|")."""
    return d.norm[max(0, s - 6):s].rstrip().endswith(" như") and res.org_list_rx.search(d.norm, max(0, s - 70), s) is not None


_PREV_ITEM = regex.compile(rf"(?<!{_W}|[.'’-])((?:\d+[a-zA-Z]?(?:/\d+)?|{_CAP})(?:{_SP1}{_CAP})*)[ \t\u00a0]*(?:[,;]|\.\.\.|…|{_SP}và){_SP}\Z")


def _in_street_list(d: _Doc, res: _Res, s: int) -> bool:
    """The run at ``s`` continues a list of streets: "đường Cộng Hòa, Hoàng Hoa Thám", "phố Huế và Bà Triệu"."""
    for _ in range(6):
        m = _PREV_ITEM.search(d.cased, max(0, s - 80), s)
        if not m:
            return False
        s = m.start(1)
        if res.street_rx.search(d.norm, max(0, s - 25), s):
            return True
        if _org_list_before(d, res, s):
            return True  # "các công ty nhập khẩu khác như Hoàng Khang, |Khương Duy|"
    return False


_HYPHEN_GIVEN_AFTER = regex.compile(r"\p{Lu}\p{Ll}*[ \t\u00a0][A-Z][a-z]+-[a-z]{2,}(?![\p{L}\p{M}\p{N}-])")  # "Ban Ki-moon"


def _org_start_len(d: _Doc, res: _Res, s: int, tw: list[str]) -> int:
    """Words of an organization head at ``s`` (``tw`` its words); a one-word head before a hyphenated romanized
    given name is a surname ("Ban Ki-moon"), no head."""
    k = _phrase_at(tw, 0, res.org_start)
    return 0 if k == 1 and _HYPHEN_GIVEN_AFTER.match(d.cased, s) else k


def _never_name(d: _Doc, res: _Res, s: int) -> bool:
    """A word that never starts a name, or an organization head, at ``s``."""
    tw = _text_words(d, s)
    return bool(_phrase_at(tw, 0, res.not_name) or _org_start_len(d, res, s, tw))


# middle initials and name particles that continue a foreign name after a cue
# a foreign name in Latin letters (2-4 words) alone in brackets
_ORIGINAL_AFTER = regex.compile(r"[ \t\u00a0]*\((\p{Lu}[a-zà-öø-ÿ'’-]+(?:[ \t\u00a0]\p{Lu}[a-zà-öø-ÿ'’-]+){1,3})\)")
_EXT_INITIAL = regex.compile(rf"\.{_SP1}?(?:\p{{Lu}}\.{_SP1}?)*{_CAP}(?:{_SP1}{_CAP})*(?!{_W})")
_EXT_MORE = regex.compile(
    rf"(?:{_SP1}(?:\p{{Lu}}\.{_SP1}?)+{_CAP}|{_SP1}(?:(?:al|el|bin|ibn|de|dela|della|delos|la|le|van|von|der|den|du|da|di|dos|das|del|ter|ten)[ -])+{_CAP})"
    rf"(?:{_SP1}{_CAP})*(?!{_W})"
)


def _extend(d: _Doc, res: _Res, e: int, single_letter: bool) -> int:
    m = (_EXT_INITIAL if single_letter else _EXT_MORE).match(d.cased, e)
    if not m:
        return e
    first = _TOKEN_RX.search(d.cased, e, m.end())
    return e if first and _never_name(d, res, first.start()) else m.end()


_INITIAL_DOT_MIDSENTENCE = regex.compile(r"\.(?=[ \t\u00a0]+\p{Ll}|,)")
_CREDIT_NUMBER = regex.compile(rf"({_SP1}\d{{1,3}})(?=[ \t\u00a0]*(?:[.\n)]|\Z))")


_COMPASS = frozenset({"nam", "bắc", "đông", "tây"})


def _compass_place(words: list[str]) -> bool:
    """A compass word before a foreign name is a place: "Nam Ossetia", "Tây Sahara", "Bắc Macedonia".

    Not a Korean name ("Nam Kyung-pil").
    """
    return len(words) > 1 and words[0] in _COMPASS and _is_foreign(words[1:]) and not any("-" in w for w in words[1:])


def _after_cue(d: _Doc, res: _Res, seg, words, i: int, kind: str) -> tuple[int, int] | str | None:
    """The name span starting at token ``i`` right after a cue, "defer" (decide later) or None."""
    dept = kind == "dept"  # after a title with its department: one foreign word is the company ("Transviet")
    kind = "title" if dept else kind
    for k in range(min(len(seg), i + 4), i, -1):
        if " ".join(words[i:k]) in res.persons:
            return seg[i][0], seg[k - 1][1]
    tw = _text_words(d, seg[i][0])
    if _phrase_at(tw, 0, res.not_name):
        return None
    k = _org_start_len(d, res, seg[i][0], tw)
    if k > 1 or (k == 1 and not (kind == "weak" and i == len(seg) - 1)):
        return None  # "Đảng Đoàn Kết", "Sở Y tế", "Đoàn Thanh niên"; "ông Trường" is a name
    j = _cut(d, res, seg, i)
    if any(w in res.press for w in words[i:]) or _compass_place(words[i:j]):
        return None  # "Ảnh: Military Today", "chính quyền Nam Ossetia"
    if kind in ("cue", "leader") and j - i == 1 and not _is_foreign(words[i:j]) and d.glued_to_lower(seg[i][1]):
        return None  # "linh mục Công giáo", "doanh nhân Việt kiều": one word with the next
    # "Phó tổng giám đốc Unilever Vietnam Nguyễn Hùng Việt": a foreign organization, then the name
    for k in range(i + 1, j - 1) if words[i] not in res.surnames else ():
        if words[k] in res.surnames and 2 <= j - k <= 4 and _is_foreign(words[i:k]):
            i = k
            break
    else:  # "Phó phòng du lịch Saigontourist Đức Hòa": one foreign company word, then a Vietnamese name
        if kind == "title" and 3 <= j - i <= 4 and words[i] not in res.surnames and len(words[i]) >= 6 and _is_foreign(words[i:i + 1]) and not _is_foreign(words[i + 1:j]) \
                and "-" not in words[i] and not _phrase_at(words, i + 1, res.places):
            i += 1
    if kind == "title" and j - i == 1 and j == len(seg) and _is_foreign(words[i:j]) and "-" not in words[i] \
            and (nt := _TOKEN_RX.match(d.cased, seg[i][1] + 1)) and d.cased[seg[i][1]] == " " and d.is_blocked(*nt.span()) \
            and not _is_foreign([d.norm[nt.start():nt.end()]]):
        return None  # "Phó phòng du lịch Saigontourist Đức Hòa": a company, then a name read as a place
    if (j - i > 5 and not (j - i == 6 and kind in ("cue", "weak") and _APPOS_AFTER.match(d.cased, seg[j - 1][1]))) \
            or (_phrase_at(words, i, res.places) >= j - i
                and not (j - i == 1 and kind == "weak" and _KIN_BEFORE.search(d.cased, max(0, seg[i][0] - 5), seg[i][0]))):
        return None  # six words only before an apposition: "bà Khăm Chăn Phôm Sẻng Sạ Văn, Phó Chủ tịch ..." (a Lao name)
    s, e = seg[i][0], seg[j - 1][1]
    if kind == "credit":
        # captions have no final stop: "Ảnh: Cankao Trong tương lai" - a lower-case word after
        # the run means its last word began the next sentence
        m = _NEXT_WORD.match(d.cased, e)
        if m and d.cased[m.start(1)].islower() and j - i > 1:
            e = seg[j - 2][1]
        elif m and d.cased[m.start(1)].islower():
            return None
        names = d.cased[s:e].split()
        if len(names) > 1 and all(not _VN_SYLLABLE.fullmatch(w.lower()) for w in names):
            return None  # "Nguồn ảnh: Navy Recognition", "Ảnh: Asahi Shimbun": a foreign source, an ORG
        m = _CREDIT_NUMBER.match(d.cased, e)
        if m:  # the credit runs to its end: "Ảnh:Buckeye 4."
            return s, m.end(1)
    elif kind == "title" and j - i == 1 and dept:
        return None
    elif kind == "title" and j - i == 1 and not _is_foreign(words[i:j]):
        return "defer"  # "Trưởng phòng Kế hoạch": a name only if the document names him in full
    # "Walter E. Piatt": a foreign name with a middle initial goes on after it
    last_initial = e - seg[j - 1][0] == 1 and (j - i == 1 or _is_foreign(words[i:j - 1]))
    e0 = e
    e = _extend(d, res, e, single_letter=last_initial)
    if last_initial and e == e0 and _INITIAL_DOT_MIDSENTENCE.match(d.cased, e):
        e += 1  # "Trung úy Franco A. bị bắt", "Ông T., một chủ hộ": a name cut to its initial keeps its dot inside a sentence
    if kind == "title" and j - i == 1 and _is_foreign(words[i:j]) and d.cased[e:e + 1] == " " \
            and (nt := _TOKEN_RX.match(d.cased, e + 1)) and d.is_blocked(*nt.span()) \
            and _is_foreign([d.norm[nt.start():nt.end()]]) and _NAME_END.match(d.cased, nt.end()):
        e = nt.end()  # "Thủ tướng Luís [Montenegro],": a foreign family name that is also a country's
        d.over_country.add((s, e))
    return s, e


_NAME_END = regex.compile(r"[ \t\u00a0]*(?:[,;:)]|\Z)")


_CAP_NEXT = regex.compile(r"[ \t\u00a0]+\p{Lu}")
# a kinship word before one word that is also a country: a given name ("chị Nga"), not "anh em Lào"
_KIN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:chị|cô|chú|bác|cụ|bà|ông|Chị|Cô|Chú|Bác|Cụ|Bà|Ông)[ \t\u00a0]\Z")
_WORD_BEFORE = regex.compile(rf"(?<!{_W}|[.'’-])({_CAP}){_SP1}\Z")
_APPOS_AFTER = regex.compile(r"[ \t\u00a0]*[,(–]")


_APPOSITION = regex.compile(r"[ \t\u00a0]*[,(][ \t\u00a0]*(?:(?:một|là|hiện là|cựu|nguyên|cũng là)[ \t\u00a0]+)?")
_QUOTE_COMMA = regex.compile(r"[”\"'’»][ \t\u00a0]*,[ \t\u00a0]*\Z")


def _by_context(d: _Doc, res: _Res, seg: list[tuple[int, int]], role_starts: set[int]) -> tuple[int, int] | None:
    """A capitalized run that is a name by what follows it.

    * apposition: ", (một) chuyên gia / nhà khoa học / giám đốc ..." (a person cue or a title) after
      a foreign name or a run of 2-4 words: "Olga Oliker, giám đốc chương trình Nga";
    * a speech verb after a foreign name of 2-4 words at the start of a clause ("Paul Iddon nhận định"),
      or of one word right after a quotation ("”, Oliker nói").
    """
    if d.cased[seg[0][0]].islower():
        return None  # "al-Qaeda tuyên bố": a name opening with its article is one only after a cue
    words = [d.norm[s:e] for s, e in seg]
    i = 0
    while i < len(seg):
        k = _phrase_at(words, i, res.places) or (1 if _phrase_at(_text_words(d, seg[i][0]), 0, res.not_name) else 0)
        if not k:
            break
        i += k
    if i >= len(seg) or _phrase_at(_text_words(d, seg[i][0]), 0, res.org_start) or any(w in res.press for w in words):
        return None
    j = _cut(d, res, seg, i)
    n = j - i
    if _compass_place(words[i:j]):
        return None
    if j != len(seg) or n > 4 or _phrase_at(words, i, res.places) >= n or " ".join(words[i:j]) in res.admin_all:
        return None
    if n == 1 and len(words[i]) < 3:
        return None
    s, e = seg[i][0], seg[j - 1][1]
    foreign = _is_foreign(words[i:j])
    before = d.cased[max(0, seg[0][0] - 5):seg[0][0]]
    clause = d.at_sentence_start(seg[0][0]) or before.rstrip().endswith(",")
    m = _APPOSITION.match(d.cased, e)
    if m and m.end() in role_starts and m.group().strip() and (n >= 2 or (foreign and clause)):
        return s, e
    if m and m.group().strip() == "," and m.end() in role_starts and n == 1 and foreign and "-" not in words[i] \
            and d.cased[m.end()].isupper() and (pw := _PREV_LOWER.search(d.cased, max(0, s - 20), s)) \
            and pw.group(1) not in _NOT_NOUN and (tm := res.title_rx.match(d.norm, m.end())) \
            and (regex.match(r"[ \t\u00a0]*[,.;:)]", d.norm[tm.end():tm.end() + 3])
                 or (nw := d.next_word(tm.end())) and d.cased[nw[0]].isupper() and _phrase_at(_text_words(d, nw[0]), 0, res.org_start)):
        return s, e  # "thành tựu giáo dục Abdullah, Giám đốc điều hành Tổ chức ...": one foreign name after a noun
    m = res.speech_rx.match(d.norm, e)
    if m and foreign:
        if (n >= 2 and clause) or (n == 1 and _QUOTE_COMMA.search(d.cased, max(0, s - 6), s)):
            return s, e
    return None


_AGE_AFTER = regex.compile(r"[ \t\u00a0]\((?:\d{1,3} tuổi|(?:sinh|SN|sn) (?:năm )?(?:19|20)\d\d|còn gọi là |tên thường gọi là )")


def _aged(d: _Doc, res: _Res, seg: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A capitalized run of one to four words right before its age or birth year in brackets is a person's name:
    "bắt quả tang Nathammanha (26 tuổi)", "gồm Bun Liêng (sinh năm 1984, ...)"; not a place, an organization."""
    if not _AGE_AFTER.match(d.cased, seg[-1][1]) or len(seg) > 4 or d.cased[seg[0][0]].islower():
        return None
    words = [d.norm[s:e] for s, e in seg]
    if _phrase_at(words, 0, res.places) or _phrase_at(_text_words(d, seg[0][0]), 0, res.org_start) \
            or _phrase_at(_text_words(d, seg[0][0]), 0, res.not_name) or any(w in res.press for w in words) \
            or " ".join(words) in res.admin_all or _cut(d, res, seg, 0) != len(seg) or _anti_before(d, res, seg[0][0]):
        return None
    if len(seg) == 1 and len(words[0]) < 3:
        return None
    return seg[0][0], seg[-1][1]


def _spoken_runs(d: _Doc, res: _Res, pending: list, add) -> list:
    """A foreign run of 2-3 words is a name when its last word alone says something elsewhere in the text:
    "Theo Ibrahim Joudeh phóng viên ..." and later "Joudeh cho biết". Returns the runs left."""
    spoken = set()
    for seg in pending:
        if len(seg) == 1:
            w = d.norm[seg[0][0]:seg[0][1]]
            if len(w) >= 4 and _is_foreign([w]) and res.speech_rx.match(d.norm, seg[0][1]) and w not in res.places \
                    and not _never_name(d, res, seg[0][0]) and not _anti_before(d, res, seg[0][0]):
                spoken.add(w)  # not "tàu Echigo cho biết": a ship
    if not spoken:
        return pending
    still = []
    for seg in pending:
        words = [d.norm[s:e] for s, e in seg]
        i = 0
        while i < len(seg) and (k := _phrase_at(words, i, res.places) or (
                1 if _phrase_at(_text_words(d, seg[i][0]), 0, res.not_name) else 0)):
            i += k
        if 2 <= len(seg) - i <= 3 and words[-1] in spoken and _is_foreign(words[i:i + 1]) \
                and not any(w in res.press for w in words) and not d.cased[seg[i][0]].islower() \
                and _cut(d, res, seg, i) == len(seg) and not _never_name(d, res, seg[i][0]) \
                and not any(_phrase_at(words, k, res.places) for k in range(i, len(seg))) \
                and not _anti_before(d, res, seg[i][0]) and not _ACRONYM_BEFORE.search(d.cased, max(0, seg[i][0] - 10), seg[i][0]):
            add(seg[i][0], seg[-1][1], "people:context")
        else:
            still.append(seg)
    return still


# a capitalized word right after a bare given name that begins a place's name, outside its run ("Hà Nội2"), or a
# lower-case syllable the segmenter joins to it ("Chi tiết"): the word is no person there
_CAP_GLUED_AFTER = regex.compile(r"[ \t\u00a0]\p{Lu}")


def _one_word_place(res: _Res, w: str) -> bool:
    """``w`` alone is a place of the gazetteers ("Huế"); not a word that only begins one ("Long" of "Long An",
    "Thành" of "Thành phố Hồ Chí Minh": a given name told back alone is no place)."""
    return (w,) in res.places.get(w, ())


_SHIP_CLAUSE = regex.compile(r"(?<![\p{L}\p{M}])(?:tàu|chiến hạm|hạm)(?![\p{L}\p{M}])[^.!?;\n]*\Z")
_NAME_LIST_LINK = regex.compile(r"[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+(và)[ \t\u00a0]+")


def _listed_names(d: _Doc, res: _Res, pending: list, pers: list, add) -> list:
    """Runs of two or three capitalized words listed with a person found as "A, B và C" or "A và B" are people too:
    "Jin Jing, [Xu Hui] và [Wang Ning] phác thảo", "Ryan Martinson và [Katsuya Yamamoto] nhận xét" (foreign names
    with no cue word). The list joins its items by commas and one "và" before the last; an item that is a place,
    opens with an organization head or is never a name ends no list but is left alone. Returns the runs left."""
    if not pers or not pending:
        return pending
    items = sorted([(s, e, None) for s, e, _ in pers] + [(seg[0][0], seg[-1][1], seg) for seg in pending])
    chains: list[list] = []
    cur: list = [items[0]]
    links: list[bool] = []
    for prev, nxt in zip(items, items[1:]):
        m = _NAME_LIST_LINK.fullmatch(d.cased, prev[1], nxt[0]) if prev[1] <= nxt[0] else None
        if m is not None and not (links and links[-1]):  # nothing after the "và" of a list
            cur.append(nxt)
            links.append(m.group(1) is not None)
            continue
        chains.append((cur, links))
        cur, links = [nxt], []
    chains.append((cur, links))
    named = set()
    for chain, links in chains:
        if len(chain) < 2 or not links[-1] or any(links[:-1]) or all(seg is not None for _, _, seg in chain) \
                or all(seg is None for _, _, seg in chain):
            continue
        if _SHIP_CLAUSE.search(d.norm, max(0, chain[0][0] - 80), chain[0][0]):
            continue  # "các tàu ngầm ... bao gồm Alexander Nevsky và Yury Dolgoruky": ships named after people
        for _, _, seg in chain:
            if seg is None:
                continue
            words = [d.norm[a:b] for a, b in seg]
            if 2 <= len(seg) <= 3 and not _phrase_at(words, 0, res.places) and not _phrase_at(words, 0, res.org_start) \
                    and not any(_phrase_at(words, k, res.places) for k in range(1, len(words))) \
                    and not _never_name(d, res, seg[0][0]) and not _anti_before(d, res, seg[0][0]) \
                    and not d.glued_to_lower(seg[-1][1]):
                add(seg[0][0], seg[-1][1], "people:listed")
                named.add(seg[0][0])
    return [seg for seg in pending if seg[0][0] not in named]


def _surname_before_place(d: _Doc, res: _Res, s: int, e: int) -> bool:
    """A family name right before a place found elsewhere: the place is a given name ("Nguyễn Hòa Bình").

    Not after a place word ("đường Lê Lai", "hồ Hoàn Kiếm"), not when the family name is itself a
    place noun ("Hồ Núi Cốc", "Châu Mỹ"), and not for a foreign place ("Đoàn Campuchia": a delegation).
    """
    m = _WORD_BEFORE.search(d.cased, max(0, s - 20), s)
    if not m or d.is_blocked(m.start(1), m.end(1)):
        return False
    sur = d.norm[m.start(1):m.end(1)]
    place = d.norm[s:e].split()
    if sur not in res.surnames or sur in res.anti_words or not d.cased[s].isupper() or not 1 <= len(place) <= 3:
        return False
    words = [sur, *place]
    if _is_foreign(place) or _phrase_at(words, 0, res.places) or " ".join(words) in res.admin_all:
        return False
    if _phrase_at(_text_words(d, m.start(1)), 0, res.org_start) or _anti_before(d, res, m.start(1)):
        return False
    return True


_NUMBER_BEFORE = regex.compile(rf"(?<!{_W}|[.,/:-])\d{{1,3}}(?:[.,]\d{{3}})*{_SP}\Z")  # "260 tay súng", not "năm 2017"
# prepositions and verbs before a one-word name: the word after them may be a place or a company ("của Google, ...")
_NOT_NOUN = frozenset("của tại ở với từ cho đến tới và hoặc như là theo trong ngoài gồm có thuộc về sang qua giữa bởi".split())
_PREV_LOWER = regex.compile(rf"(?<!{_W})(\p{{Ll}}[\p{{Ll}}\p{{M}}]*){_SP}\Z")
_QUANTIFIED = regex.compile(rf"(?<!{_W})(?:một|các|những|hai|ba|nhiều|vị|mấy|mọi|viên){_SP}\Z")


_AREA_NAME = regex.compile(rf"{_CAP}(?:{_SP1}{_CAP}){{1,3}}(?!{_W})")
_UNIT_BEFORE = regex.compile(rf"(?<!{_W})\p{{Lu}}[\p{{L}}\p{{M}}]*\.?\p{{Lu}}*{_SP1}\Z")  # "T.Ư ", "Tỉnh ", "TƯ "


def _given_after_cue(d: _Doc, res: _Res, s: int, e: int) -> bool:
    """A one-word place right after a lower-case rank, with no capitalized word after it, is a given
    name: "Theo trung tá Nhật, ...". Not "một đại tá Mỹ" (a nationality), "tướng Pháp" (a French general)."""
    if " " in d.norm[s:e] or s < 2 or d.cased[s - 1] != " " or not _VN_SYLLABLE.fullmatch(d.norm[s:e]):
        return False
    nxt = _NEXT_WORD.match(d.cased, e)
    if nxt and d.cased[nxt.start(1)].isupper() and d.cased[e] == " ":
        return False
    for m in res.rank_rx.finditer(d.norm, max(0, s - 25), s - 1):
        if m.end() != s - 1 or not d.cased[m.start()].islower() or _one_space(m.group()) in res.rank_name_only:
            continue  # "tướng Pháp" is a French general
        na = res.rank_not_after.get(_one_space(m.group()))
        if na is not None and na.search(d.norm, max(0, m.start() - 20), m.start()):
            continue  # "Thủ tướng Pháp": no rank "tướng"
        if _QUANTIFIED.search(d.norm, max(0, m.start() - 8), m.start()):
            continue
        return True
    return False


def _given_name(d: _Doc, res: _Res, seg: list[tuple[int, int]], words: list[str], i: int) -> bool:
    """A run of 2-3 foreign words from a common given name to its end is a person: "Jerry Friedman".

    Not a longer run, not a place or a press word in it, not after a place word ("tàu sân bay George
    Washington") or an acronym ("USS John McCain").
    """
    n = len(seg) - i
    if not 2 <= n <= 3 or not _is_foreign(words[i + 1:]) or d.cased[seg[i][0]].islower():
        return False
    if any(w in res.press for w in words[i:]) or any(_phrase_at(words, k, res.places) for k in range(i + 1, len(words))):
        return False
    if _cut(d, res, seg, i) != len(seg) or _phrase_at(_text_words(d, seg[i + 1][0]), 0, res.org_start):
        return False
    name, p = d.cased[seg[i][0]:seg[-1][1]], 0
    while (p := d.cased.find(name, p)) >= 0:  # "USS Carl Vinson", "tàu khu trục Rafael Peralta" anywhere: a ship
        if _anti_before(d, res, p) or _ACRONYM_BEFORE.search(d.cased, max(0, p - 10), p):
            return False
        p += len(name)
    return True


def find_people(nt: NormText, ctx: NerContext) -> list[Candidate]:
    """PER, RANK and TITLE candidates in ``nt`` (offsets into the original text).

    >>> from vnextract.normalize import normalize
    >>> text = "Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy, gặp ông Sơn."
    >>> [(c.label, text[c.start:c.end]) for c in find_people(normalize(text), NerContext())]
    [('RANK', 'Đại tá'), ('PER', 'Lương Văn Sơn'), ('TITLE', 'Chính uỷ'), ('PER', 'Sơn')]
    """
    res = _resources(tuple(ctx.rules_dirs))
    d = _Doc(nt, ctx.words)
    out: list[Candidate] = []
    found_blocks: list[tuple[int, int]] = []
    loc_blocks: set[tuple[int, int]] = set()
    given_locs: list[tuple[int, int]] = []
    for c in ctx.found:
        if c.label in ("ORG", "LOC", "DATE"):
            s, e = d.to_norm(c.start), d.to_norm(c.end)
            if c.label == "LOC" and _surname_before_place(d, res, s, e):
                continue  # "Nguyễn Hòa Bình": a given name that is also a place
            if c.label == "LOC" and _given_after_cue(d, res, s, e):
                given_locs.append((s, e))
                d.given_starts.add(s)
                continue  # "Theo trung tá Nhật, ...": a given name that is also a country
            found_blocks.append((s, e))
            if c.label == "LOC":
                loc_blocks.add((s, e))
                d.loc_ends[s] = max(e, d.loc_ends.get(s, e))
            if c.label in ("ORG", "LOC"):
                d.blocked_skippable.append((s, e))
            if c.label == "ORG":
                d.org_ends[s] = max(e, d.org_ends.get(s, e))
    d.blocked = list(found_blocks)
    ranks = _ranks(d, res)
    titles = [t for t in _titles(d, res) if not any(t[0] < e and s < t[1] for s, e, _ in ranks)]
    for s, e, rule in ranks:
        out.append(d.cand(s, e, "RANK", f"people:rank:{rule}"))
    for s, e, rule in titles:
        out.append(d.cand(s, e, "TITLE", f"people:title:{rule}"))
    d.blocked = [(s, e) for s, e, _ in ranks + titles] + found_blocks
    non_loc = [(s, e) for s, e, _ in ranks + titles] + [b for b in found_blocks if b not in loc_blocks]

    # cues: ranks, titles, cue words (weak ones only in lower case or at a sentence start), credits
    cue_ends = [(e, "dept" if e in d.dept_ends else "title") for _, e, _ in ranks + titles if e not in d.nocue_ends]
    role_cue_starts: set[int] = set()
    for m in res.cue_rx.finditer(d.norm):
        s = m.start()
        weak = _one_space(m.group()) in res.weak
        if d.cased[s].isupper():
            if weak and not d.at_sentence_start(s) and _one_space(m.group()) not in res.reverent \
                    and not _foreign_pair_at(d, m.end()):
                continue  # "Bà Rịa", "Anh" (England); not "bàn thờ Bác Hồ", "châu Phi Bà Ellen Sirleaf"
            prev = _TOKEN_RX.search(d.cased, max(0, s - 40), s)
            if prev and regex.fullmatch(_SP1, d.cased[prev.end():s]) and not d.at_sentence_start(s) \
                    and not (weak and _foreign_pair_at(d, m.end())):
                continue  # "Đoàn Thanh niên": inside a name
        if any(ch.isupper() for ch in d.cased[s + 1 : m.end()]) and not d.cased[s:m.end()].isupper():
            continue  # "cầu Thủ Thiêm" is no "cầu thủ": a cue word is written in lower case after its first letter
        if not weak and _NUMBER_BEFORE.search(d.norm, max(0, s - 12), s):
            continue  # "260 tay súng Maute": a counted group, the word after is its name, no person's
        cue_ends.append((m.end(), "weak" if weak else "cue"))
        if not weak and _one_space(m.group()) not in res.leader:
            role_cue_starts.add(s)
    cue_ends += [(m.end(), "credit") for m in res.credit_rx.finditer(d.norm)]
    for m in res.named_rx.finditer(d.norm):  # "khách hàng tên Kiên"
        prev = _PREV_LOWER.search(d.cased, max(0, m.start() - 20), m.start())
        after_comma = d.cased[max(0, m.start() - 2):m.start()] == ", "  # "Yun ..., tên thường gọi là Yun"
        if d.cased[m.start()].islower() and (after_comma or prev and (norm_word(prev.group(1)) not in res.named_not_after or (
                (p2 := _PREV_LOWER.search(d.cased, max(0, prev.start() - 12), prev.start()))
                and res.cue_rx.fullmatch(d.norm, p2.start(1), prev.end(1))))):  # "thợ hồ tên Chum": a person noun, no lake
            cue_ends.append((m.end(), "cue"))
    starts = _cue_positions(d, res, cue_ends)

    pers: list[tuple[int, int, str]] = []
    taken = DisjointSpans()

    def add(s: int, e: int, rule: str) -> None:
        if e > s and not taken.overlaps(s, e) and ((s, e) in d.over_country or not d.is_blocked(s, e)):
            taken.add(s, e)
            pers.append((s, e, rule))

    # credits with initials: "Ảnh: N.C.Thắng"
    for p, kind in starts.items():
        m = _INITIALS_RX.match(d.cased, p) if kind == "credit" else None
        if m and " " in m.group() and (nw := _NEXT_WORD.match(d.cased, m.end())) and d.cased[nw.start(1)].islower():
            m = None  # "Ảnh: P.T. Đề cập ...": the word after the initials begins the next sentence
        if kind == "credit" and not m:
            m = _CREDIT_INITIALS_RX.match(d.cased, p)
        if m:
            add(m.start(), m.end(), "people:credit")
        m = _UPNAME_RX.match(d.cased, p) if kind == "credit" else None
        if m and _caps_name(d, res, *m.span()):  # "Tin, ảnh: TẤN TUÂN"
            add(m.start(), m.end(), "people:credit")
        m = _CUED_INITIALS_RX.match(d.cased, p) if kind != "credit" else None
        if m and _is_foreign([d.norm[m.start(1):m.end(1)]]):
            add(m.start(), m.end(), "people:initials_after_cue")  # "Tổng thống Indonesia S.B. Yudhoyono", "H.R. McMaster"

    # a headline in capitals: "NGUYÊN CHỦ TỊCH NƯỚC TRẦN ĐỨC LƯƠNG"; the name ends the run
    for ce, kind in cue_ends:
        m = _UPNAME_RX.match(d.cased, ce + 1) if kind != "credit" and d.cased[ce:ce + 1] == " " else None
        if m and _UP_WORD_BEFORE.search(d.cased, max(0, ce - 20), ce + 1) and d.norm[m.start():m.end()].split()[0] in res.surnames \
                and not _UP_WORD_AFTER.match(d.cased, m.end()) and _caps_name(d, res, *m.span()):
            add(m.start(), m.end(), "people:cue")

    # a reader's name signing a question in a Q&A column, in capitals and brackets after the question mark or
    # full stop: "... vào nhà cô ? (NGUYỄN CƯỜNG) - Theo qui định ..."
    for m in _SIGNATURE_RX.finditer(d.cased):
        if _caps_name(d, res, *m.span(1)):
            add(*m.span(1), "people:signature")

    areas = set()  # names after an area word ("KTM Chu Lai"): a bare mention elsewhere is the place too
    for m in res.area_rx.finditer(d.norm):
        if (nm := _AREA_NAME.match(d.cased, m.end())) is not None:
            areas.add(" ".join(d.norm[nm.start():nm.end()].split()))
    pending: list[list[tuple[int, int]]] = []
    for seg in _segments(d):
        words = [d.norm[s:e] for s, e in seg]
        span = None
        cues = [(i, starts[s]) for i, (s, _) in enumerate(seg) if s in starts]
        if cues:
            i0 = cues[-1][0]
            if seg[i0][0] in d.given_starts and i0 == len(seg) - 1:
                span = seg[i0]  # "trung tá Nhật"
            else:
                span = _after_cue(d, res, seg, words, *cues[-1])
            if span is not None and span != "defer":
                add(*span, "people:cue")
                continue
        i = 0
        if len(words) >= 3 and words[0] in res.openers and words[1] in res.surnames and d.at_sentence_start(seg[0][0]):
            i = 1  # "Riêng Ngô Tấn Hùng (sinh 1972) và ...": a sentence adverb, then the name
        while i < len(words) and (k := _phrase_at(words, i, res.places)):
            i += k
        if len(words) - i == 4 and words[i] in res.org_words and words[i + 1] in res.surnames and d.cased[seg[i][0]].isupper() \
                and _UNIT_BEFORE.search(d.cased, max(0, seg[i][0] - 12), seg[i][0]):
            i += 1  # "Bí thư thứ nhất T.Ư Đoàn |Đào Ngọc Dung|": the organization word ends the unit before the name
        if i < len(words) and words[i] in res.surnames and not _phrase_at(_text_words(d, seg[i][0]), 0, res.not_name):
            j = _cut(d, res, seg, i)
            phrase = " ".join(words[i:j])
            rest = _phrase_at(words, i + 1, res.places) if j - i > 1 else 0
            if rest and rest == j - i - 1 and (_is_foreign(words[i + 1:j]) or _phrase_at(words, i, res.org_start)):
                pending.append(seg)  # "Đoàn Campuchia", "Đoàn Việt Nam": a delegation
                continue
            if phrase in areas and phrase not in res.persons:
                pending.append(seg)  # "“Chu Lai - vùng đất mở”" in a text on "KTM Chu Lai"
                continue
            if 2 <= j - i <= 4 and len(seg) - i <= 4 and not _anti_before(d, res, seg[i][0]) and not (
                j == len(seg) and d.cased[seg[i][0] - 1:seg[i][0]] == "(" and _ADDRESS_AFTER.match(d.cased, seg[j - 1][1])
            ) and (
                phrase in res.persons
                or (
                    not _phrase_at(words, i, res.places)
                    and phrase not in (res.admin_all if j - i == 2 else res.admin_names)
                    and not any(_CAP_AFTER_HYPHEN.search(w) for w in d.cased[seg[i][0]:seg[j - 1][1]].split())
                )
            ):
                add(seg[i][0], seg[j - 1][1], "people:surname")
                continue
        if i < len(words) and words[i] in res.mn_mid and 3 <= len(words) - i <= 4 and words[i + 1] in _MN_MIDDLE \
                and not _phrase_at(words, i + 2, res.places) and not _is_foreign(words[i + 2:]) and not d.glued_to_lower(seg[-1][1]):
            add(seg[i][0], seg[-1][1], "people:surname")  # "Hạng A Chư", "Mùa Thị Sinh": family + middle + given
            continue
        if i < len(words) and words[i] in res.given and _given_name(d, res, seg, words, i):
            e = seg[-1][1]  # "George W. Bush": a middle initial goes on
            add(seg[i][0], _extend(d, res, e, single_letter=e - seg[-1][0] == 1), "people:given")
            continue
        pending.append(seg)

    # a name known by what follows it: an apposition naming a person ("Olga Oliker, giám đốc chương
    # trình ...", "Tomas Malmlöf, một nhà khoa học ...") or a speech verb ("Paul Iddon nhận định")
    role_starts = {s for s, _, _ in titles + ranks} | role_cue_starts
    still = []
    for seg in pending:
        span = _by_context(d, res, seg, role_starts) or _aged(d, res, seg)
        if span is not None and not d.is_blocked(*span):
            add(*span, "people:context")
        else:
            still.append(seg)
    pending = _spoken_runs(d, res, pending, add)

    # a nickname in brackets right after a full name: "Trương Thị Kim Liên (Sáu Phú)"
    for s, e, _ in list(pers):
        m = res.nick_rx.match(d.cased, e)
        if m and len(d.norm[s:e].split()) > 1:
            ns, ne = m.span("n")
            given = _SPACES_RX.search(d.norm, ns).end()  # "Sáu |Phú": the given name is no place, no organization word
            if not _phrase_at(d.norm[ns:ne].split(), 0, res.places) and not _never_name(d, res, given):
                add(ns, ne, "people:nickname")
    # the original spelling in brackets after a transcribed foreign name: "Giô-xép Đăn-pho (Josept Dunford)"
    for s, e, _ in list(pers):
        m = _ORIGINAL_AFTER.match(d.cased, e) if "-" in d.cased[s:e] else None
        if m and not taken.overlaps(*m.span(1)):
            add(*m.span(1), "people:original_spelling")
    pending = [seg for seg in pending if not taken.overlaps(seg[0][0], seg[-1][1])]
    pending = _listed_names(d, res, pending, pers, add)
    pers = _run_on_cut(d, pers)

    # later mentions: a full name seen before, the last word of a foreign name,
    # a given name after a title ("Bộ trưởng Lịch" once "Ngô Xuân Lịch" is known)
    known = {" ".join(d.norm[s:e].rstrip(".").split()) for s, e, _ in pers}  # "T." (an initial) is told back as "T."
    multi = {k for k in known if len(k.split()) > 1}
    foreign_last = {k.split()[-1] for k in multi if _is_foreign(k.split()[-1:]) and k.split()[-1] not in res.places}
    # given names: the last word of a full name, or a one-word name after a cue ("tên thường gọi là Yun")
    given = {k.split()[-1] for k in multi}
    cue_given = {" ".join(d.norm[s:e].rstrip(".").split()) for s, e, r in pers
                 if r == "people:cue" and not d.glued_to_lower(e - (d.norm[e - 1] == "."))} - given
    # a foreign one-word name after a cue ("chỉ huy Sharon") is the person wherever it stands ("..., Sharon vừa dẫn")
    # (alone: a capitalized word before it makes a longer name, "Zuhair [al-Juburi]")
    foreign_one = {k for k in cue_given if " " not in k and _is_foreign([k]) and k not in res.places}
    # a Vietnamese full name of three words or more told back by its given name alone ("Vũ Thành Hiệp" ... "Hiệp
    # nói"; "em Nguyễn Văn Bảy" ... "mẹ của Bảy"): the given name stands alone as a word of its own, after the full name;
    # not a place's whole name ("Huế") nor a compass word; one that only begins a place ("Long" of "Long An") is the
    # person unless a capitalized word or a joined syllable follows it
    vn_given: dict[str, int] = {}
    for s, e, _ in pers:
        k = d.norm[s:e].split()
        if len(k) >= 3 and (k[0] in res.surnames or k[0] in res.mn_mid) and d.cased[s:e] != d.cased[s:e].upper() \
                and not _one_word_place(res, k[-1]) and k[-1] not in _COMPASS:
            vn_given.setdefault(k[-1], e)
    for seg in pending:
        words = [d.norm[s:e] for s, e in seg]
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + 5), i, -1):
                phrase = " ".join(words[i:j])
                if (
                    (phrase in multi or (j - i == 1 and (phrase in foreign_last or (phrase in given and seg[i][0] in starts)
                                                         or (len(seg) == 1 and phrase in foreign_one
                                                             and not _foreign_word_before(d, seg[i][0]))
                                                         or (len(seg) == 1 and vn_given.get(phrase, len(d.norm)) <= seg[i][0]
                                                             and not (phrase in res.places and (
                                                                 d.glued_to_lower(seg[i][1])
                                                                 or _CAP_GLUED_AFTER.match(d.cased, seg[i][1]))))
                                                         or (phrase in cue_given and seg[i][0] in starts
                                                             and not d.glued_to_lower(seg[i][1])))))
                    and not _anti_before(d, res, seg[i][0])
                    and not (j - i == 1 and _never_name(d, res, seg[i][0]))
                ):
                    end = seg[j - 1][1]
                    if end - seg[j - 1][0] == 1 and _INITIAL_DOT_MIDSENTENCE.match(d.cased, end):
                        end += 1  # an initial told back keeps its dot: "Ông T. ... anh T. lại"
                    add(seg[i][0], end, "people:mention")
                    i = j - 1
                    break
            i += 1

    # bylines may be place names ("Thái Bình/VOV"): they override places found there
    outlets = {(s, e) for s, e, _ in _name_outlet(d, res)}
    bylines = outlets | {(s, e) for s, e, _ in _byline(d, res) if not any(os_ < e and s < oe for os_, oe in outlets)}
    for s, e in sorted(bylines):
        if any(bs < e and s < be for bs, be in non_loc):
            continue
        if taken.overlaps(s, e):
            inner = [p for p in pers if p[0] < e and s < p[1]]
            if not all(s <= ps and pe <= e and pe - ps < e - s for ps, pe, _ in inner):
                continue
            pers = [p for p in pers if p not in inner]  # "Anh Tuấn (tổng hợp)": the byline, not "Tuấn" after a cue
        else:
            taken.add(s, e)
        pers.append((s, e, "people:byline"))

    for s, e, rule in pers:
        c = d.cand(s, e, "PER", rule)
        if rule == "people:byline" or (rule == "people:cue" and (s, e) in given_locs):
            c = replace(c, priority=5)  # these override a place found on the same words ("Thái Bình/VOV", "trung tá Nhật")
        out.append(c)
    return sorted(out, key=lambda c: (c.start, c.end))


_CAP_WORD_BEFORE = regex.compile(r"(\p{Lu}[\p{L}\p{M}]*)[ \t\u00a0]\Z")


def _foreign_word_before(d: _Doc, s: int) -> bool:
    """Does a capitalized foreign word stand right before ``s`` ("Zuhair |al-Juburi": one name; not "Nga |Putin")?"""
    m = _CAP_WORD_BEFORE.search(d.cased, max(0, s - 24), s)
    return m is not None and _is_foreign([d.norm[m.start(1) : m.end(1)]])


def _run_on_cut(d: _Doc, pers: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A headline or caption with no final stop runs into the next sentence: "ĐB Dương Trung Quốc Trả lời
    báo chí", "Ông Lê Quyết Thắng Chỉ có thể", "Ảnh: Tấn Việt Tàu HMAS ...". A Vietnamese name of three
    words or more, written once, with another word after it, whose words but the last are a name found
    elsewhere in the text (and its last word no name alone there: "Nguyễn Văn An Nhiên ... ông Nhiên"), ends
    before its last word (which opens the next sentence)."""
    seen: dict[str, int] = {}
    for s, e, _ in pers:
        k = " ".join(d.norm[s:e].split())
        seen[k] = seen.get(k, 0) + 1
    out = []
    for s, e, rule in pers:
        k = d.norm[s:e].split()
        if len(k) >= 3 and seen[" ".join(k)] == 1 and " ".join(k[:-1]) in seen and k[-1] not in seen and not _is_foreign(k) \
                and _NEXT_WORD.match(d.cased, e) and rule != "people:byline":
            e = len(d.cased[:e].rstrip()[:-len(k[-1])].rstrip())
        elif len(k) >= 3 and all(w.isascii() and not _VN_SYLLABLE.fullmatch(w) for w in k[:-1]) and not k[-1].isascii() \
                and _VN_SYLLABLE.fullmatch(k[-1]) and _NEXT_WORD.match(d.cased, e) and rule != "people:byline":
            # a foreign name, then a Vietnamese word with its marks opening the next sentence: "Tổng thống
            # Donald Trump Chuyến thăm ..." (no foreign name ends in "Chuyến")
            e = len(d.cased[:e].rstrip()[:-len(k[-1])].rstrip())
        out.append((s, e, rule))
    return out


_BYLINE_GROUP = rf"(?:\p{{Lu}}{{2,3}}{_SP1})?(?:(?:\p{{Lu}}\.{_SP1}?){{1,3}})?{_CAP}(?:{_SP1}{_CAP}){{0,3}}"
_BYLINE_RX = regex.compile(rf"(?<!{_W}|[.&/])(?:{_BYLINE_GROUP})(?:[ \t\u00a0]*[-–,][ \t\u00a0]*{_BYLINE_GROUP})*\Z")
_INITIALS_THEN_NAME = regex.compile(rf"(?:\p{{Lu}}\.){{1,3}}({_CAP}(?:{_SP1}{_CAP}){{0,2}})")
_BYLINE_PART = regex.compile(rf"(?P<ini>\p{{Lu}}{{2,3}}(?={_SP1}))?{_SP1}?(?P<name>(?:(?:\p{{Lu}}\.{_SP1}?){{1,3}})?{_CAP}(?:{_SP1}{_CAP}){{0,3}})")


_UPW = r"\p{Lu}[\p{Lu}\p{M}]*"
_UPNAME = rf"{_UPW}(?:{_SP1}{_UPW}){{1,3}}"
_UPNAME_RX = regex.compile(rf"(?<!{_W}){_UPNAME}(?!{_W})")
_UP_WORD_BEFORE = regex.compile(rf"(?<!{_W})\p{{Lu}}[\p{{Lu}}\p{{M}}]+{_SP1}\Z")
_UP_WORD_AFTER = regex.compile(rf"{_SP1}\p{{Lu}}[\p{{Lu}}\p{{M}}]*(?!{_W})")
_BYLINE_UP_RX = regex.compile(rf"(?<!{_W}|[.&/])(?:{_UPNAME})(?:[ \t\u00a0]*[-–,][ \t\u00a0]*{_UPNAME})*\Z")


_SIGNATURE_RX = regex.compile(rf"(?<=[?.][ \t\u00a0]*\()({_UPNAME})(?=\))")


def _caps_name(d: _Doc, res: _Res, s: int, e: int) -> bool:
    """An all-capitals Vietnamese name of 2-4 syllables ("TẤN TUÂN"), not a place or an organization."""
    words = d.norm[s:e].split()
    return (
        2 <= len(words) <= 4
        and not _is_foreign(words)
        and _phrase_at(words, 0, res.places) < len(words)
        and not _never_name(d, res, s)
    )


# what follows an author's name at the end: a note "(lược dịch)", "(Theo Sputnik)", "(tổng hợp)", "(ghi)";
# an outlet after a slash "/VOV-Miền Trung", "/TTXVN"
# an agency in brackets "(TTXVN)", "(VOV)" too
_BYLINE_NOTE = regex.compile(
    r"[ \t\u00a0]*\((?:\p{Ll}|Theo\b|Nguồn\b|Tổng hợp\b|Lược dịch\b|T/[Hh]\b|\p{Lu}{2,}(?![\p{Ll}\p{M}]))[^()\n]{0,40}\)[ \t\u00a0]*\Z")
# "/VOV-Miền Trung", "/TTXVN"; a camel-case outlet "/VnExpress", "/VietnamPlus"; a paper "/Báo Tin Tức"
_PAPER = r"(?:Báo|Tạp chí)"
_BYLINE_OUTLET = regex.compile(
    rf"/(?:\p{{Lu}}{{2,}}(?:[-.]?(?:{_CAP}|\p{{Lu}}{{2,}})(?:{_SP1}{_CAP})*)?|\p{{Lu}}\p{{Ll}}+\p{{Lu}}\p{{L}}+|{_PAPER}{_SP1}{_CAP}(?:{_SP1}{_CAP}){{0,3}})[ \t\u00a0]*\Z")
# an author signing with initials only, as the last sentence: "... cuối năm 2014. H.L"
_BYLINE_INITIALS = regex.compile(r"(?<![\p{L}\p{M}\p{N}.])\p{Lu}(?:\.\p{Lu}){1,3}\.?\Z")
# "Thái Bình/VOV-Miền Trung", "Minh Anh/TTXVN": a name before a slash and an outlet acronym, anywhere
_NAME_OUTLET_RX = regex.compile(rf"(?<!{_W}|[.&/-])({_CAP}(?:{_SP1}{_CAP}){{0,3}})/(?:\p{{Lu}}{{2,}}(?!\p{{Ll}})|{_PAPER}{_SP1}\p{{Lu}})")


_OUTLET_BEFORE = regex.compile(rf"/\p{{Lu}}{{2,}}(?:-(?P<r>{_CAP}(?:{_SP1}{_CAP}){{0,2}}))?{_SP1}\Z")


def _name_outlet(d: _Doc, res: _Res):
    """Bylines written "Name/OUTLET" at the start of a line or sentence (the name may be a place name),
    or right after another one: "Thái Bình/VOV-Miền Trung Thái Bình/VOV-Miền Trung"."""
    best: dict[int, tuple[int, int]] = {}
    for m in _NAME_OUTLET_RX.finditer(d.cased, overlapped=True):
        s, e = m.span(1)
        if not d.at_sentence_start(s):
            mo = _OUTLET_BEFORE.search(d.cased, max(0, s - 40), s)
            if not mo:
                continue
            if mo.group("r"):  # the outlet's region must be a place name: "VOV-Miền Trung"
                rw = d.norm[mo.start("r"):mo.end("r")].split()  # cased and norm are aligned
                if _phrase_at(rw, 0, res.places) != len(rw):
                    continue
        if e not in best or s < best[e][0]:
            best[e] = (s, e)
    for s, e in best.values():
        words = d.norm[s:e].split()
        tw = _text_words(d, s)
        if _phrase_at(tw, 0, res.not_name) or _phrase_at(tw, 0, res.org_start) or len(words) < 2:
            continue
        yield s, e, "people:byline"


def _byline(d: _Doc, res: _Res):
    """Author names at the very end of an article: "... thất thủ. Phan Hoàng", "... QA Nguyễn Thuận -"."""
    tail = d.cased.rstrip()
    outlet = False
    for rx in (_BYLINE_NOTE, _BYLINE_OUTLET):  # "Minh Thu (lược dịch)", "Thái Bình/VOV-Miền Trung"
        m = rx.search(tail, max(0, len(tail) - 60))
        if m:
            tail = tail[:m.start()].rstrip()
            outlet = rx is _BYLINE_OUTLET
    dash = tail.endswith(("-", "–"))
    if dash:
        tail = tail[:-1].rstrip()
    m = _BYLINE_INITIALS.search(tail, max(0, len(tail) - 10))
    if m and d.at_sentence_start(m.start()) and not d.is_blocked(*m.span()):
        yield m.start(), m.end(), "people:byline"
        return
    m = _BYLINE_RX.search(tail, max(0, len(tail) - 120))
    theo = bool(m and outlet and d.cased.startswith("Theo ", m.start()) and d.at_sentence_start(m.start()))
    if theo:
        m = _BYLINE_RX.search(tail, m.start() + 5, len(tail))  # "Theo Hoàng Thùy/VnExpress": the author, then the outlet
    if not m:
        m = _BYLINE_UP_RX.search(tail, max(0, len(tail) - 120))
        if m and (dash or d.at_sentence_start(m.start())):  # "... ngày 18-5. TẤN TUÂN", "BẢO MINH - TRẦN BÌNH"
            for part in _UPNAME_RX.finditer(tail, m.start(), m.end()):
                if _caps_name(d, res, *part.span()):
                    yield part.start(), part.end(), "people:byline"
        return
    if not dash and not theo and not d.at_sentence_start(m.start()):
        return
    for part in _BYLINE_PART.finditer(tail, m.start(), m.end()):
        ns, ne = part.span("name")
        words = [d.norm[t.start():t.end()] for t in _TOKEN_RX.finditer(d.cased, ns, ne)]
        if not words and (ini := _INITIALS_THEN_NAME.fullmatch(d.cased, ns, ne)):
            words = d.norm[ini.start(1):ne].split()  # "H.Bình", "N.C.Thắng": initials written without a space
        tw = _text_words(d, ns)
        if not words or _phrase_at(tw, 0, res.not_name) or _phrase_at(tw, 0, res.org_start):
            continue
        if _phrase_at(words, 0, res.places) >= len(words):
            continue
        if part.group("ini"):
            yield part.start("ini"), part.end("ini"), "people:byline"
        yield ns, ne, "people:byline"
