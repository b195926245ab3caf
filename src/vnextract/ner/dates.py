"""DATE recognizer and resolver: Vietnamese date expressions to ISO 8601 values.

The grammar is data (``rules/dates.toml``: named blocks and ``[[rule]]`` patterns
with ids; ``rules/date_words.tsv``: month names and relative words), so users add
patterns with a directory of same-named files. Patterns run on the normalized text
(lower case, one tone placement); offsets are mapped back to the text as read.

Spans follow ANNOTATION.md (sections 2 and 7): lead words belong to the span
(``ngày 21/1``, ``Chiều 22/5``, ``giai đoạn 2012 – 2020``, ``cùng ngày``),
prepositions do not (``vào``, ``từ``, ``trước``, ``hồi``, ``tính đến``).

>>> import datetime as dt
>>> from vnextract.normalize import normalize
>>> from vnextract.ner.base import NerContext
>>> text = "Ngày 21/1, hai bên ký kế hoạch phối hợp năm 2013."
>>> [(text[c.start:c.end], c.value) for c in find_dates(normalize(text), NerContext())]
[('Ngày 21/1', '2013-01-21'), ('năm 2013', '2013')]
>>> text = "Chiều 28/4, tại Hà Nội; hôm qua Bộ đã họp."
>>> ctx = NerContext(doc_date=dt.date(2025, 4, 28))
>>> [(text[c.start:c.end], c.value) for c in find_dates(normalize(text), ctx)]
[('Chiều 28/4', '2025-04-28'), ('hôm qua', '2025-04-27')]

Values: ``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, ``YYYY-Qn``, intervals ``A/B``,
centuries ``"19"`` (thế kỷ 20), decades ``"199"``; unknown parts are ``X``.
The year of a day or month without one comes from the document date (news
reports the past: more than a few weeks after it means the previous year), else
from the article's own reference year (an "anchor": ``đầu năm 2017``,
``6 tháng đầu năm 2017``, ``kế hoạch ... năm 2013``, ``quý I/2006``,
``nhiệm kỳ 2006-2010``; the latest one wins), else it stays ``XXXX``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..errors import RulesError
from ..normalize import NormText, fold_tones, norm_word
from ..rules import load_lexicon, load_patterns
from .base import Candidate, NerContext

__all__ = ["find_dates", "compile_rules", "DateRule"]

LABEL = "DATE"
GROUPS = frozenset(
    {"d1", "m1", "y1", "d2", "m2", "y2", "q", "c", "dec", "nm", "half", "yrel", "rel", "ref", "mrel",
     "ld1", "lm1", "ld2", "lm2", "stem", "branch", "eve", "assembly", "party"}
)
ANCHORS = frozenset({"since", "upcoming"})
CHECKS = frozenset({"cap_before", "after_day", "after_year"})
_LIST_CHECKS = {"after_day", "after_year"}
# what stands between two items of a list of dates ("13/6, 16/6 và 19/6"; years also "1980 đến 2016")
_LIST_SEP = {"after_day": regex.compile(r"\s*(?:,|;|,?\s*(?:và|hoặc))\s*"),
             "after_year": regex.compile(r"\s*(?:,|;|,?\s*(?:và|hoặc|hay|đến|tới)|[-–])\s*")}
_REF_RX = regex.compile(r"(?<!\\[pPN])\{([A-Z][A-Z0-9_]*)\}")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}
# forward / backward markers right after a date ("tháng 3 tới", "ngày 5 vừa qua")
_FUTURE = regex.compile(r"\s*(?:tới|sắp\s+tới|tới\s+đây|sau)(?![\p{L}\p{M}])")
_PAST = regex.compile(r"\s*(?:vừa\s+qua|vừa\s+rồi|trước)(?![\p{L}\p{M}])")
# ... or inside its span, at its end ("tháng 5 tới")
_FUTURE_TAIL = regex.compile(r"(?<![\p{L}\p{M}])tới")
_FUTURE_DAYS = 45  # a day/month more than this after the document date is last year's
_PAST_DAYS = 320  # ... and more than this before it is next year's
_RANGE_JOIN = regex.compile(r"\s*(?:đến|tới|[-–])\s*(?:hết\s+)?(?:ngày\s+)?")  # "1-6 đến hết ngày 30-8-2006"
_LEAD_CHARS = 300  # a full date this near the start of an undated text is the report's own day


@dataclass(frozen=True, slots=True)
class DateRule:
    """One compiled ``kind = "date"`` rule."""

    id: str
    rx: regex.Pattern
    anchor: str | None = None
    check: str | None = None
    priority: int = 0
    examples: tuple[str, ...] = ()
    requires: regex.Pattern | None = None  # the rule runs only on texts where this is found


# escapes and group names, whose letters are no text to match: \P{L}, \S, (?P<d1>...)
_NOT_LITERAL = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|\(\?P?<(?![=!])[^>]*>")


def _compile(pattern: str) -> regex.Pattern:
    """Compile a pattern for the normalized (lower-case) text; case-insensitive
    only when it spells an upper-case letter, as a user's rule may ("Tết"):
    matching is 20% faster without."""
    upper = any(c.isupper() for c in _NOT_LITERAL.sub("", pattern))
    return regex.compile(pattern, (regex.IGNORECASE if upper else 0) | regex.V0)


def _fold(pattern: str) -> str:
    """Tone-fold a pattern like the text (``khóa`` -> ``khoá``) without lower-casing it."""
    return fold_tones(unicodedata.normalize("NFC", pattern))


def _words_pattern(words: list[str], where: str) -> str:
    if not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise RulesError(f"{where}: 'words' must be a list of non-empty strings")
    alts = sorted({norm_word(w).strip() for w in words}, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(regex.escape(p) for p in w.split()) for w in alts) + ")"


@lru_cache(maxsize=None)
def compile_rules(rules_dirs: tuple[str, ...] = ()) -> tuple[DateRule, ...]:
    """Load ``dates.toml`` (package + user dirs), expand blocks, compile and validate.

    Raises :class:`RulesError` naming the rule id and file for an unknown kind, a
    missing or unknown ``{BLOCK}``, a regex that does not compile, a named group
    outside the value vocabulary, or an unknown ``anchor``/``check``.
    """
    blocks: dict[str, str] = {}
    out: list[DateRule] = []

    def expand(pat: str, where: str) -> str:
        def sub(m: regex.Match) -> str:
            if m.group(1) not in blocks:
                raise RulesError(f"{where}: unknown block {{{m.group(1)}}}", hint="define it in an earlier kind='block' rule")
            return blocks[m.group(1)]

        return _REF_RX.sub(sub, pat)

    for rule in load_patterns("dates.toml", rules_dirs):
        where = f"{rule['_source']}: rule {rule['id']!r}"
        kind = rule.get("kind")
        if kind == "block":
            name = rule.get("name")
            if not isinstance(name, str) or not regex.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                raise RulesError(f"{where}: a block needs an upper-case 'name'")
            if ("pattern" in rule) == ("words" in rule):
                raise RulesError(f"{where}: a block needs exactly one of 'pattern' or 'words'")
            body = _words_pattern(rule["words"], where) if "words" in rule else expand(_fold(rule["pattern"]), where)
            if name in blocks:
                if not rule.get("extend"):
                    raise RulesError(f"{where}: block {name} is already defined", hint="add extend = true to append alternatives")
                body = f"(?:{blocks[name]}|{body})"
            try:
                regex.compile(body, regex.V0)
            except regex.error as e:
                raise RulesError(f"{where}: bad regex: {e}") from None
            blocks[name] = body
        elif kind == "date":
            if not isinstance(rule.get("pattern"), str):
                raise RulesError(f"{where}: a date rule needs a 'pattern' string")
            try:
                rx = _compile(expand(_fold(rule["pattern"]), where))
                requires = _compile(expand(_fold(rule["requires"]), where)) if "requires" in rule else None
            except regex.error as e:
                raise RulesError(f"{where}: bad regex: {e}") from None
            except TypeError:
                raise RulesError(f"{where}: 'requires' must be a regex string") from None
            unknown = set(rx.groupindex) - GROUPS
            if unknown:
                raise RulesError(f"{where}: unknown group(s) {', '.join(sorted(unknown))}", hint=f"use {', '.join(sorted(GROUPS))}")
            anchor, check = rule.get("anchor"), rule.get("check")
            if anchor is not None and anchor not in ANCHORS:
                raise RulesError(f"{where}: anchor must be one of {sorted(ANCHORS)}")
            if check is not None and check not in CHECKS:
                raise RulesError(f"{where}: check must be one of {sorted(CHECKS)}")
            prio = rule.get("priority", 0)
            if not isinstance(prio, int):
                raise RulesError(f"{where}: priority must be an integer")
            out.append(DateRule(rule["id"], rx, anchor, check, prio, tuple(rule.get("examples", ())), requires))
        else:
            raise RulesError(f"{where}: kind must be 'block' or 'date', not {kind!r}")
    if not out:
        raise RulesError("dates.toml defines no date rule")
    return tuple(out)


@lru_cache(maxsize=None)
def _words(rules_dirs: tuple[str, ...] = ()) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {"month": {}, "rel": {}, "ref": {}, "yrel": {}, "mrel": {}, "tet": {}, "chap": {},
                                        "assembly": {}, "party": {}}
    for row in load_lexicon("date_words.tsv", rules_dirs, required=("kind", "value")):
        if row["kind"] not in table:
            raise RulesError(f"{row['_source']}: kind must be one of {', '.join(table)}")
        try:
            table[row["kind"]][norm_word(row["term"]).strip()] = int(row["value"])
        except ValueError:
            raise RulesError(f"{row['_source']}: value must be an integer") from None
    return table


# ------------------------------------------------------------------ matching


@dataclass(slots=True)
class _Match:
    start: int  # norm offsets
    end: int
    rule: DateRule
    g: dict[str, str]


def _cap_before(nt: NormText, start: int) -> bool:
    """The word before norm offset ``start`` (and an opening bracket) is capitalized and starts no sentence."""
    i = nt.orig_start(start)
    return _cap_word_before(nt.text, i - 1 if i and nt.text[i - 1] == "(" else i)


def _cap_word_before(text: str, i: int) -> bool:
    j = i
    while j > 0 and text[j - 1].isspace():
        j -= 1
    k = j
    while k > 0 and (text[k - 1].isalpha() or unicodedata.combining(text[k - 1])):
        k -= 1
    if k == j or not text[k].isupper():
        return False
    p = k
    while p > 0 and text[p - 1] in " \t":
        p -= 1
    if p == k and p > 0 and text[p - 1] in "-–":  # the end of a hyphenated name: "Shangri-La 2017"
        return _cap_word_before(text, p - 1)
    return p > 0 and text[p - 1] not in ".!?\n:;\"“(–-"


_MONTH_PART = regex.compile(r"(?:đầu|giữa|cuối|thượng tuần|trung tuần|hạ tuần)\s+tháng\s", regex.I)


def _month_word_ok(nt: NormText, m: regex.Match, g: dict[str, str]) -> bool:
    """A month written as a word: capitalized, or with a day or a year attached."""
    if g.get("m1", "0").isdigit():
        return True
    if g.get("m1") in ("giêng", "chạp") or g.get("d1") or g.get("y1") or g.get("yrel"):
        return True
    if len(g.get("m1", "").split()) > 1:  # "tháng mười hai": no other reading
        return True
    if _MONTH_PART.match(m.group(0)):  # "cuối tháng tư": a part of a month, not "tháng" + a number word
        return True
    return nt.text[nt.orig_start(m.start("m1"))].isupper()


def _capitalized(nt: NormText, m: regex.Match, *groups: str) -> bool:
    return all(nt.text[nt.orig_start(m.start(k))].isupper() for k in groups)


def _is_day(x: _Match) -> bool:
    return ("d1" in x.g and "m1" in x.g) or ("d2" in x.g and "m2" in x.g)


def _is_year(x: _Match) -> bool:
    return ("y1" in x.g or "y2" in x.g) and not ({"m1", "m2", "d1", "d2", "q", "half", "c", "dec"} & x.g.keys())


def _extend_lists(nt: NormText, kept: list[_Match], lists: list[_Match]) -> list[_Match]:
    """Add the list continuations whose previous item is a kept date of the same granularity."""
    kept = sorted(kept, key=lambda x: x.start)
    ends = {x.end: x for x in kept}
    for x in sorted(lists, key=lambda x: x.start):
        if any(not (x.end <= k.start or x.start >= k.end) for k in kept):
            continue
        prev = None
        for end, k in ends.items():
            if end <= x.start and _LIST_SEP[x.rule.check].fullmatch(nt.norm, end, x.start):
                prev = k
        if prev is None or prev.rule.check == "cap_before" or not (
                _is_day(prev) if x.rule.check == "after_day" else _is_year(prev)):
            continue
        kept.append(x)
        ends[x.end] = x
    return kept


def _scan(nt: NormText, rules: tuple[DateRule, ...]) -> list[_Match]:
    found: list[_Match] = []
    lists: list[_Match] = []
    for rule in rules:
        if rule.requires is not None and rule.requires.search(nt.norm) is None:
            continue
        for m in rule.rx.finditer(nt.norm):
            if m.end() == m.start():
                continue
            g = {k: v for k, v in m.groupdict().items() if v}
            if rule.check == "cap_before" and not _cap_before(nt, m.start()):
                continue
            if "m1" in g and not _month_word_ok(nt, m, g):
                continue
            if "stem" in g and "ld1" not in g and not _capitalized(nt, m, "stem", "branch"):
                continue
            if rule.check in _LIST_CHECKS:
                lists.append(_Match(m.start(), m.end(), rule, g))
                continue
            found.append(_Match(m.start(), m.end(), rule, g))
    # longest first, then priority, then leftmost; keep non-overlapping
    found.sort(key=lambda x: (-(x.end - x.start), -x.rule.priority, x.start))
    kept: list[_Match] = []
    for x in found:
        if all(x.end <= k.start or x.start >= k.end for k in kept):
            kept.append(x)
    if lists:
        kept = _extend_lists(nt, kept, lists)
    kept.sort(key=lambda x: x.start)
    return kept


# ------------------------------------------------------------------ resolution


def _int(s: str | None, words: dict[str, int]) -> int | None:
    if not s:
        return None
    s = s.strip()
    if s.isdigit():
        return int(s)
    return words.get(regex.sub(r"\s+", " ", s))


def _roman(s: str) -> int:
    if s.isdigit():
        return int(s)
    vals = [_ROMAN[ch] for ch in s]
    return sum(-v if i + 1 < len(vals) and v < vals[i + 1] else v for i, v in enumerate(vals))


def _term(starts: dict[str, int], n: int) -> str | None:
    """The years of the n-th term ("2021/2026") from the start years of the terms (date_words.tsv)."""
    y1, y2 = starts.get(str(n)), starts.get(str(n + 1))
    if y1 is None:
        return None
    return f"{y1:04d}/{(y2 if y2 is not None else y1 + 5):04d}"


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _iso(y: int | None, m: int | None = None, d: int | None = None) -> str:
    ys = f"{y:04d}" if y is not None else "XXXX"
    if m is None:
        return ys
    ms = f"{m:02d}"
    return f"{ys}-{ms}" if d is None else f"{ys}-{ms}-{d:02d}"


@dataclass(slots=True)
class _Anchor:
    year: int
    kind: str  # since | upcoming
    ref: dt.date  # the point of the year the article sits near


def _anchor_of(x: _Match, yrs: dict[str, int]) -> _Anchor | None:
    if x.rule.anchor is None or "y1" not in x.g:
        return None
    y = int(x.g["y1"])
    if "q" in x.g:
        q = _roman(x.g["q"])
        if not 1 <= q <= 4:
            return None
        return _Anchor(y, x.rule.anchor, dt.date(y, 3 * (q - 1) + 1, 1))
    return _Anchor(y, x.rule.anchor, dt.date(y, 1, 1))


_STEMS = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
_BRANCHES = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_BRANCH_ALIASES = {"mẹo": "mão", "tị": "tỵ"}
# "Tết Nguyên đán Đinh Dậu", "Xuân Bính Tuất": the lunar year names the article's season
_LUNAR_YEAR = regex.compile(
    r"(?<![\p{L}\p{M}])(?:tết(?:\s+nguyên\s+đán)?|xuân)\s+(?P<stem>" + "|".join(_STEMS) + r")\s+(?P<branch>"
    + "|".join(_BRANCHES + tuple(_BRANCH_ALIASES)) + r")(?![\p{L}\p{M}])(?!\s*\(?\s*\d{4})")  # "Tết Mậu Thân 1968": history


def lunar_year(stem: str, branch: str) -> int:
    """The year of the sexagenary cycle 1984-2043 (Giáp Tý = 1984) that a stem and a branch name.

    >>> lunar_year("đinh", "dậu"), lunar_year("bính", "tuất"), lunar_year("giáp", "thìn")
    (2017, 2006, 2024)
    """
    si, bi = _STEMS.index(stem), _BRANCHES.index(_BRANCH_ALIASES.get(branch, branch))
    return 1984 + next(k for k in range(60) if k % 10 == si and k % 12 == bi)


def lunar_year_near(stem: str, branch: str, ref: int | None) -> int:
    """The latest year named by a stem and a branch up to the year after ``ref`` (news names
    the coming Tết or past years: "Mậu Thân" in 2025 is 1968); without ``ref``, up to next year.

    >>> lunar_year_near("bính", "tuất", 2005), lunar_year_near("bính", "tuất", 1950), lunar_year_near("mậu", "thân", 2025)
    (2006, 1946, 1968)
    """
    if ref is None:
        ref = dt.date.today().year
    y = lunar_year(stem, branch)
    return y + 60 * ((ref + 1 - y) // 60)


def _lunar_anchor(norm: str) -> _Anchor | None:
    """A Tết of a named lunar year: dates without a year fall nearest to it (late January)."""
    m = _LUNAR_YEAR.search(norm)
    if not m:
        return None
    y = lunar_year_near(m.group("stem"), m.group("branch"), None)
    return _Anchor(y, "upcoming", dt.date(y, 1, 25))


def _full_day(g: dict[str, str]) -> bool:
    """A day written with its month and year ("10-5-2017"; a range "11 đến 15-4-2006" by its end)."""
    if g.get("d1") and g.get("m1") and g.get("y1", "").isdigit():
        return True
    return bool(g.get("d2") and g.get("m2") and g.get("y2", "").isdigit() and not g.get("y1"))


class _Resolver:
    """Turns the matches of one document into ISO values, in text order."""

    def __init__(self, nt: NormText, ctx: NerContext, words: dict[str, dict[str, int]], matches: list[_Match]):
        self.nt, self.doc, self.w = nt, ctx.doc_date, words
        anchors = [a for a in (_anchor_of(x, words["yrel"]) for x in matches) if a]
        # the latest anchor year is the article's present
        self.anchor = max(anchors, key=lambda a: (a.year, a.ref)) if anchors else _lunar_anchor(nt.norm)
        # full dates written out ("ngày 10-5-2017"): the latest one is the
        # article's present and dates the day/months that have no year ("Chiều 11-5"); a span
        # counts by its end ("(30/4/1975 - 30/4/2025)": the anniversary is now, not 1975)
        # a range written with its year on the end only ("ngày 11 đến 15-4-2006") is a full date too
        self.full_date_years = [max(int(y) for y in (x.g.get("y1") or "", x.g.get("y2") or "") if y.isdigit())
                                for x in matches if _full_day(x.g)]
        if self.full_date_years:  # ... or a year naming an event of the article ("NEA 2017", "Malabar 2017")
            self.full_date_years += [int(x.g["y1"]) for x in matches if x.rule.check == "cap_before" and "y1" in x.g]
        # without a document date, the full dates by position: a day/month without a year takes the
        # year of the same day written out in full ("ngày 30-4" ... "ngày 30-4-2006"), else of the
        # story told just before it ("Ngày 25.2.1991 ..." then "hôm 27.2"), else of a full date a few
        # weeks from it, else of a full date in the lead (the report's own day); otherwise it stays
        # XXXX (a background "ngày 30/3/2016" further on does not date the lead's "Ngày 19/5")
        self.full_dates: list[tuple[int, int, int | None, int | None]] = []  # (end, year, month, day)
        self.full_starts: list[tuple[int, int]] = []  # (start, year) of the same
        if self.doc is None and self.full_date_years:
            for x in matches:
                g = x.g
                if _full_day(g) or g.get("y1", "").isdigit() and x.rule.check == "cap_before":
                    y = max(int(v) for v in (g.get("y1") or "", g.get("y2") or "") if v.isdigit())
                    m = _int(g.get("m2") or g.get("m1"), words["month"]) if g.get("m1") or g.get("m2") else None
                    d = _int(g.get("d2") or g.get("d1"), {}) if g.get("d1") else None
                    self.full_dates.append((x.end, y, m, d))
                    self.full_starts.append((x.start, y))
        self.last_day: dt.date | tuple | None = None  # last day-level date, for "cùng ngày"
        self.eve: str | None = None  # the last "giao thừa" resolved, for a later one with no date
        named = next((x.g for x in matches if "stem" in x.g), None)  # "Bính Tuất" names the article's Tết
        self.lunar_named = None
        if named:
            self.lunar_named = (int(named["y1"]) if "y1" in named else
                                lunar_year_near(named["stem"], named["branch"], self._ref_year()))
        # its season dates the undated days; one written with its year ("Tết Mậu Thân 1968") is history
        if self.anchor is None and self.lunar_named is not None and "y1" not in named:
            self.anchor = _Anchor(self.lunar_named, "upcoming", dt.date(self.lunar_named, 1, 25))
        self.days: list[tuple[int, object]] = []  # (start, resolved day) for look-ahead
        # without a document date, a relative day joined to an explicit one ("hôm qua, 27-12",
        # "ngày mai, 5-4") tells the report's own day: the other relative days and "năm nay"
        # count from it (its year may stay unknown: (None, m, d))
        self.implied: tuple[int | None, int, int] | None = None
        if self.doc is None:
            self.implied = next((d for x in matches if (d := self._implied_day(x)) is not None), None)

    def _rel_offset(self, phrase: str) -> int | None:
        phrase = regex.sub(r"\s+", " ", phrase)
        return next((v for k, v in sorted(self.w["rel"].items(), key=lambda kv: -len(kv[0]))
                     if phrase.endswith(k)), None)

    def _implied_day(self, x: _Match) -> tuple[int | None, int, int] | None:
        g = x.g
        if "rel" not in g or not (g.get("d1") and g.get("m1")):
            return None
        off = self._rel_offset(g["rel"])
        d, m = _int(g["d1"], {}), _int(g["m1"], self.w["month"])
        if off is None or d is None or m is None or not 1 <= m <= 12:
            return None
        y = _int(g.get("y1"), {})
        if y is None:
            y = self.year_for(m, d, x.end)
        if not _valid(y if y is not None else 2000, m, d):
            return None
        day = dt.date(y if y is not None else 2000, m, d) - dt.timedelta(days=off)
        return (day.year if y is not None else None, day.month, day.day)

    def _from_implied(self, off: int) -> str | dt.date | tuple | None:
        """The day ``off`` days from the report's implied day (a date, or (None, m, d) with no year)."""
        if self.implied is None:
            return None
        y, m, d = self.implied
        day = dt.date(y if y is not None else 2000, m, d) + dt.timedelta(days=off)
        return day if y is not None else (None, day.month, day.day)

    def _ref_year(self) -> int | None:
        if self.doc is not None:
            return self.doc.year
        if self.full_date_years:
            return max(self.full_date_years)
        return self.anchor.year if self.anchor else None

    # -- lunar dates
    def _tet(self, y: int) -> dt.date | None:
        md = self.w["tet"].get(str(y))
        return dt.date(y, md // 100, md % 100) if md else None

    def _lunar_year(self, g: dict[str, str]) -> int | None:
        """The year whose Tết a lunar date belongs to."""
        if "stem" in g:
            return lunar_year_near(g["stem"], g["branch"], self._ref_year())
        if self.doc is not None:  # the Tết nearest the document date
            tets = [(abs((t - self.doc).days), y) for y in (self.doc.year, self.doc.year + 1)
                    if (t := self._tet(y))]
            return min(tets)[1] if tets else None
        if self.lunar_named is not None:
            return self.lunar_named
        return self._ref_year()

    def _lunar_day(self, y: int | None, d: str, mw: str) -> dt.date | None:
        day = 15 if d == "rằm" else int(d)
        mw = regex.sub(r"^tháng\s+", "", mw)
        m = 1 if mw in ("tết", "giêng") else _int(mw, self.w["month"])
        tet = self._tet(y) if y is not None else None
        if tet is None or m not in (1, 12) or not 1 <= day <= 30:
            return None  # only the months around Tết are converted
        if m == 1:
            return tet + dt.timedelta(days=day - 1)
        length = self.w["chap"].get(str(y), 30)
        return tet - dt.timedelta(days=length - day + 1) if day <= length else None

    def _lunar(self, x: _Match) -> str:
        g = x.g
        if "eve" in g:
            if "d1" in g:
                self.eve = self._days(x)
                return self.eve
            if self.eve:
                return self.eve
            y = self._lunar_year(g)
            tet = self._tet(y) if y is not None else None
            return (tet - dt.timedelta(days=1)).isoformat() if tet else "XXXX-XX-XX"
        if "ld1" not in g:  # a year name, with its Gregorian year or not
            return g["y1"] if "y1" in g else _iso(self._lunar_year(g))
        y = self._lunar_year(g)
        lm1 = g.get("lm1") or g.get("lm2")
        first = self._lunar_day(y, g["ld1"], lm1)
        if "ld2" in g:
            second = self._lunar_day(y, g["ld2"], g.get("lm2") or lm1)
            if first and second and first <= second:
                return f"{first.isoformat()}/{second.isoformat()}"
            return "XXXX-XX-XX/XXXX-XX-XX"
        if first is None:
            return "XXXX-XX-XX"
        self.last_day = first
        return first.isoformat()

    def _month_rel(self, g: dict[str, str]) -> str:
        off = self.w["mrel"].get(g["mrel"])
        if off is None or self.doc is None:
            return "XXXX-XX"
        k = self.doc.year * 12 + self.doc.month - 1 + off
        return _iso(k // 12, k % 12 + 1)

    # -- years for a day or month written without one
    def _tense(self, end: int) -> int:
        if _FUTURE_TAIL.fullmatch(self.nt.norm, max(0, end - 3), end):
            return 1
        rest = self.nt.norm[end : end + 16]
        if _FUTURE.match(rest):
            return 1
        if _PAST.match(rest):
            return -1
        return 0

    def year_for(self, m: int, d: int | None, end: int) -> int | None:
        day = d or 1
        if self.doc is not None:
            tense = self._tense(end)
            y = self.doc.year
            if not _valid(y, m, day):  # 29/2
                return y
            cand = dt.date(y, m, day)
            if d is None:  # a month: compare months
                delta = (m - self.doc.month)
                if tense > 0:
                    return y if delta >= 0 else y + 1
                if tense < 0:
                    return y if delta <= 0 else y - 1
                return y - 1 if delta > 1 else y
            if tense > 0:
                return y if cand >= self.doc - dt.timedelta(days=1) else y + 1
            if tense < 0:
                return y if cand <= self.doc + dt.timedelta(days=1) else y - 1
            if cand > self.doc + dt.timedelta(days=_FUTURE_DAYS):
                return y - 1
            if cand < self.doc - dt.timedelta(days=_PAST_DAYS):
                return y + 1
            return y
        if self.full_dates and (y := self._year_of_story(m, d, end)) is not None:
            return y
        a = self.anchor
        if a is None:
            return None
        if a.kind == "since":
            return a.year
        # upcoming: the year that puts the date nearest the period's start; a date marked as
        # coming ("tháng 10 tới") is not long before it, one marked as past not long after it
        best = None
        tense = self._tense(end)
        near = dt.timedelta(days=_FUTURE_DAYS)
        for y in (a.year - 1, a.year):
            if _valid(y, m, day) and not (tense > 0 and dt.date(y, m, day) < a.ref - near
                                          or tense < 0 and dt.date(y, m, day) > a.ref + near):
                dist = abs((dt.date(y, m, day) - a.ref).days)
                if best is None or dist < best[0]:
                    best = (dist, y)
        return best[1] if best else a.year

    def _year_of_story(self, m: int, d: int | None, end: int) -> int | None:
        """The year of a day/month in a document without a date, from its full dates."""
        if d is not None:
            same = [(abs(e - end), y) for e, y, fm, fd in self.full_dates if (fm, fd) == (m, d)]
            if same:
                return min(same)[1]
        near = _FUTURE_DAYS

        def gap(y: int, fm: int, fd: int | None) -> int | None:  # days from the full date to this one
            if not (_valid(y, m, d or 1) and _valid(y, fm, fd or 1)):
                return None
            return (dt.date(y, m, d or 1) - dt.date(y, fm, fd or 1)).days

        # the end of a range written in two ("từ 1-6 đến hết 30-8-2006"): its year
        joined = next((y for st, y in self.full_starts if 0 <= st - end <= 24
                       and _RANGE_JOIN.fullmatch(self.nt.norm, end, st)), None)
        if joined is not None:
            return joined
        before = [f for f in self.full_dates if f[0] < end]
        # the story told just before it: it follows that date, or is a few weeks before it (the
        # last two of the same year that fits: a plan "ngày 13-16/7/2017" may stand between)
        for _, y, fm, fd in reversed(before[-2:]):
            if y != before[-1][1]:
                break
            if fm is None:
                return y
            k = gap(y, fm, fd)
            if k is not None and k >= -near:
                return y
        for e, y, fm, fd in self.full_dates:  # the first full date after it that is a few weeks from it
            if e >= end and fm is not None and (k := gap(y, fm, fd)) is not None and abs(k) <= near:
                return y
        lead = [y for e, y, fm, _ in self.full_dates if fm is not None and e <= _LEAD_CHARS]
        return lead[0] if lead else None

    def _yrel(self, g: dict[str, str]) -> int | None:
        off = self.w["yrel"].get(g.get("yrel", ""), None)
        if off is None:
            return None
        if self.doc is None:
            if self.implied is not None and self.implied[0] is not None:
                return self.implied[0] + off
            return None
        return self.doc.year + off

    # -- one match
    def value(self, x: _Match) -> str | None:
        g, w = x.g, self.w
        if "eve" in g or "ld1" in g or "stem" in g:
            return self._lunar(x)
        if "mrel" in g:
            return self._month_rel(g)
        if "assembly" in g or "party" in g:  # a term of the National Assembly or the Party: its years
            kind = "assembly" if "assembly" in g else "party"
            return _term(w[kind], _roman(g[kind]))
        if "c" in g:
            c = _roman(g["c"])
            return str(c - 1) if 1 <= c <= 21 else None
        if "dec" in g:
            dec = g["dec"]
            if len(dec) == 2:
                dec = ("19" if int(dec) >= 30 else "20") + dec
            return dec[:3]
        if "q" in g:
            q = _roman(g["q"])
            if not 1 <= q <= 4:
                return None
            y = int(g["y1"]) if "y1" in g else self._yrel(g)
            if y is None and self.doc is not None and "yrel" not in g:
                y = self.doc.year if 3 * (q - 1) + 1 <= self.doc.month + 1 else self.doc.year - 1
            return f"{_iso(y)}-Q{q}"
        if "half" in g:
            y = int(g["y1"]) if "y1" in g else self._yrel(g)
            if y is None and "yrel" not in g and self.doc is not None:
                y = self.doc.year
            n = _int(g.get("nm"), w["month"]) or 6
            if not 1 <= n <= 12:
                return None
            a, b = (1, n) if g["half"] == "đầu" else (13 - n, 12)
            return f"{_iso(y, a)}/{_iso(y, b)}"
        if "rel" in g or "ref" in g:
            return self._relative(x)
        if "m1" in g or "m2" in g or "d1" in g:
            return self._days(x)
        if "y1" in g or "yrel" in g:
            y1 = int(g["y1"]) if "y1" in g else self._yrel(g)
            if "y2" in g:
                y2 = int(g["y2"])
                if y1 is None or not 0 < y2 - y1 <= 100:
                    return None
                return f"{y1:04d}/{y2:04d}"
            return _iso(y1)
        return None

    def _relative(self, x: _Match) -> str:
        g = x.g
        if "d1" in g:  # "Sáng qua, 27-12", "hôm nay (28-11)"
            return self._days(x)
        phrase = regex.sub(r"\s+", " ", g.get("rel") or g.get("ref"))
        if "rel" in g:
            off = next((v for k, v in sorted(self.w["rel"].items(), key=lambda kv: -len(kv[0])) if phrase.endswith(k)), None)
            if off is not None and self.doc is not None:
                day = self.doc + dt.timedelta(days=off)
                self.last_day = day
                return day.isoformat()
            if off is not None and (day := self._from_implied(off)) is not None:
                self.last_day = day
                return day.isoformat() if isinstance(day, dt.date) else _iso(*day)
            return "XXXX-XX-XX"
        off = next((v for k, v in sorted(self.w["ref"].items(), key=lambda kv: -len(kv[0])) if phrase.endswith(k)), 0)
        base = self.last_day
        if base is None:  # nothing before: the next day-level date, else the document date
            base = next((d for s, d in self.days if s > x.start), None) or self.doc
        if isinstance(base, dt.date):
            return (base + dt.timedelta(days=off)).isoformat()
        if isinstance(base, tuple):
            y, m, d = base
            if y is not None and _valid(y, m, d):
                return (dt.date(y, m, d) + dt.timedelta(days=off)).isoformat()
            if off == 0:
                return _iso(y, m, d)
        return "XXXX-XX-XX"

    def _days(self, x: _Match) -> str | None:
        g, mw = x.g, self.w["month"]
        d1, m1, y1 = _int(g.get("d1"), {}), _int(g.get("m1"), mw), _int(g.get("y1"), {})
        d2, m2, y2 = _int(g.get("d2"), {}), _int(g.get("m2"), mw), _int(g.get("y2"), {})
        if y1 is None and "yrel" in g:
            y1 = self._yrel(g)
        two = d2 is not None or m2 is not None
        if two:
            m1 = m1 or m2
            y1 = y1 if y1 is not None else y2
        if m1 is None and d1 is not None and self.doc is not None and not two:  # "ngày 21 tới"
            m1, y1 = self._month_of_day(d1, x.end)
        if y1 is None and m1 is not None:
            y1 = self.year_for(m1, d1, x.end)
        if two and y2 is None and m2 is not None:
            y2 = y1
            if y1 is not None and (m2, d2 or 1) < (m1 or m2, d1 or 1):
                y2 = y1 + 1  # 28/12 - 3/1
        for y, m, d in ((y1, m1, d1), (y2, m2, d2)):
            if m is not None and not 1 <= m <= 12:
                return None
            if d is not None and m is not None and not _valid(y if y is not None else 2000, m, d):
                return None
        first = _iso(y1, m1, d1) if m1 is not None else f"XXXX-XX-{d1:02d}" if d1 else _iso(y1)
        if d1 is not None and m1 is not None:
            self.last_day = (y1, m1, d1) if y1 is None else dt.date(y1, m1, d1)
        if not two:
            return first
        return f"{first}/{_iso(y2, m2, d2)}"

    def _month_of_day(self, d: int, end: int) -> tuple[int | None, int | None]:
        doc = self.doc
        m, y = doc.month, doc.year
        tense = self._tense(end)
        if tense > 0 and d < doc.day or tense == 0 and d > doc.day + 7 or tense < 0 and d > doc.day:
            step = 1 if tense > 0 else -1
            m += step
            if m == 0:
                m, y = 12, y - 1
            elif m == 13:
                m, y = 1, y + 1
        return m, y


def find_dates(nt: NormText, ctx: NerContext) -> list[Candidate]:
    """DATE candidates with resolved ISO values, in text order, non-overlapping.

    >>> from vnextract.normalize import normalize
    >>> t = "Từ năm 2006 đến hết năm 2008; giai đoạn 2012 – 2020; từ ngày 23 đến 27-12."
    >>> [(t[c.start:c.end], c.value) for c in find_dates(normalize(t), NerContext())]
    [('năm 2006', '2006'), ('năm 2008', '2008'), ('giai đoạn 2012 – 2020', '2012/2020'), ('ngày 23 đến 27-12', 'XXXX-12-23/XXXX-12-27')]
    """
    rules = compile_rules(tuple(ctx.rules_dirs))
    words = _words(tuple(ctx.rules_dirs))
    matches = _scan(nt, rules)
    res = _Resolver(nt, ctx, words, matches)
    # look-ahead list of day-level dates for "cùng ngày" with nothing before it
    pre = _Resolver(nt, ctx, words, matches)
    for x in matches:
        if "d1" in x.g and "m1" in x.g:
            pre.value(x)
            if pre.last_day is not None:
                res.days.append((x.start, pre.last_day))
    out: list[Candidate] = []
    for x in matches:
        value = res.value(x)
        if value is None:
            continue
        s, e = nt.span(x.start, x.end)
        out.append(Candidate(s, e, LABEL, x.rule.id, x.rule.priority, value))
    return out
