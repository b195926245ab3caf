"""ORG recognizer: head-noun grammar, abbreviations and named organizations.

An organization starts at a *head* (``Bộ``, ``Sở``, ``Cục``, ``Bộ Chỉ huy``,
``Đồn Biên phòng`` ... from ``org_heads.tsv``), an *abbreviation*
(``UBND``, ``TTXVN`` ... from ``org_abbreviations.tsv``, matched case-sensitively)
or a *name* without head (``Quốc hội``, ``Chính phủ``, ``Đảng``, ``Tuổi Trẻ`` ...
from ``org_names.tsv``). It goes on, without punctuation, through

* name parts, in any case after the head (``quốc phòng``, ``Thông tin - Truyền thông``,
  ``chỉ huy quân sự``), capitalized elsewhere, joined by ``và`` when both sides are parts
  (``Ban Tuyên giáo và Dân vận Trung ương``);
* capitalized words (``Đồn Biên phòng Bát Xát``, ``Quân đội Syria``), stopping before
  a person's name (surname + 1-3 capitalized syllables, not inside a place: ``Sở GTVT Phú Yên``;
  a known foreign given name: ``NATO [Jens Stoltenberg]``), a rank or a title;
* place qualifiers: unit word + name or number (``UBND tỉnh Lào Cai``,
  ``HĐND Q.Bình Thạnh``, ``Ban chỉ huy quân sự P.7``) or a trailing bare unit word
  (``Bộ chỉ huy Bộ đội biên phòng tỉnh``);
* abbreviations and parent organizations (``Cục Pháp chế Bộ Quốc phòng Campuchia``).

A comma, dash, slash, parenthesis or line break ends it (a dash inside a known
portfolio such as ``Thông tin - Truyền thông`` is part of the name).

>>> from vnextract.normalize import normalize
>>> from vnextract.ner.base import NerContext
>>> t = "Ngày 21/1, Bộ chỉ huy Bộ đội biên phòng tỉnh và Sở TT&TT Lào Cai đã ký kết."
>>> [t[c.start:c.end] for c in find_orgs(normalize(t), NerContext())]
['Bộ chỉ huy Bộ đội biên phòng tỉnh', 'Sở TT&TT Lào Cai']
>>> t = "Phó Giám đốc Thường trực Sở Thông tin và Truyền thông phát biểu."
>>> [(t[c.start:c.end], c.canonical) for c in find_orgs(normalize(t), NerContext())]
[('Sở Thông tin và Truyền thông', None)]
>>> t = "Chủ tịch UBND tỉnh Lào Cai Nguyễn Văn Vịnh"
>>> [(t[c.start:c.end], c.canonical) for c in find_orgs(normalize(t), NerContext())]
[('UBND tỉnh Lào Cai', 'Ủy ban nhân dân tỉnh Lào Cai')]
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..errors import RulesError
from ..normalize import NormText, norm_word
from ..rules import load_lexicon
from .base import BOUNDARY_END, BOUNDARY_START, Candidate, NerContext
from .places import _model as _place_model
from .places import place_kind, place_level

_SP = r"[ \t\u00a0]"
_GAP = regex.compile(rf"{_SP}+")
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_HYPHENATED = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:-(?:\p{Ll}{1,4}-)?\p{Lu}[\p{L}\p{M}\p{N}]*)*")  # Al-Bab, Aix-en-Provence
# a fused short unit or abbreviation: TP.HCM, Q.Bình, P.7, T.Ư
_FUSED = regex.compile(r"(?:\p{Lu}{1,3}|Tp)\.(?=[\p{Lu}\p{N}])")
_NUM = regex.compile(r"\p{N}+[\p{L}]?(?![\p{L}\p{N}])")
_BYLINE_END = regex.compile(r"[ \t\u00a0]*[-–]?[ \t\u00a0\r\n]*\Z")  # nothing but a dash left: the byline
_CREDIT_BEFORE = regex.compile(r"(?<![\p{L}])(?:Ảnh|Nguồn|Nguồn ảnh)[ \t\u00a0]*:[ \t\u00a0]*\Z")
# what follows the number of a document, not of a body: "quyết định ... số 690 [ngày] 12/10", "số 18[-NQ/TW]"
_MEASURE_AFTER = regex.compile(r"[ \t\u00a0]+([\p{L}\p{M}]+)")
_DOC_NUMBER_AFTER = regex.compile(r"[/-]|[ \t\u00a0]+ngày(?!\p{L})")
_VA = regex.compile(rf"và{_SP}+")
_DASH = regex.compile(rf"[-–]{_SP}+")
# regexes used inside functions, compiled once
# the formal name of a law or ordinance opens right before: "Luật Tổ chức Chính phủ", "Pháp lệnh Dự trữ quốc gia"
_LAW_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:Luật|Bộ [Ll]uật|Pháp lệnh)[ \t\u00a0]+$")
# the same inside the formal name of a treaty or an award (ANNOTATION.md 7): "Công ước [Liên Hợp Quốc] về Luật Biển",
# "Giải thưởng [Nhà nước]"; and the party in a member's years in it: "Huy hiệu 50 năm tuổi [Đảng]"
_FORMAL_NAME_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:Công ước|Hiệp ước|Hiến chương|Giải thưởng|Huân chương|Huy chương)[ \t\u00a0]+$")
_PARTY_YEARS_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])tuổi[ \t\u00a0]+$")
_LOWER_WORDS = regex.compile(r"[ \t\u00a0]+([\p{Ll}\p{M}]+(?:[ \t\u00a0]+[\p{Ll}\p{M}]+)?)")
_SHORT_SEP = regex.compile(r" ?[-–—] ?")
_SO_NUM = regex.compile(r"số[ \t\u00a0]+(?=\d)")
_INITIAL = regex.compile(r"\p{Lu}\.[ \u00a0]\p{Lu}")
_NUMBER_AHEAD = regex.compile(r"(?:số\s+)?\d")
_SPACES = regex.compile(r"\s+")
_ASCII_WORD = regex.compile(r"[A-Za-z&']+")
_NONSPACE = regex.compile(r"\S+")
_KEY_DASH = regex.compile(r"\s*[-–—]\s*")
_KEY_COMMA = regex.compile(r"\s*,\s*")
# (a term written with "&" keys it as written, "KH&ĐT"; "&" between spaces keys as "và": "thương binh & xã hội")
_KEY_VA = regex.compile(r"\s+&(?:amp;)?\s+|\s{6,}")  # not "KH&ĐT", nor "GD&amp;ĐT" (blanked to five spaces)
_KEY_AMP = regex.compile(r"\s*&(?:amp;)?\s*|\s{5,}")
_CAPS_NAME = regex.compile(r"\p{Lu}{2,}(?:[ \t\u00a0]\p{Lu}{2,})+")  # "TÂN HOA XÃ" (not "BCH T.Ư")
_SENT_END = set(".!?:;\n\r\"“”'‘’([")
# one Vietnamese syllable (lower case); a capitalized word that is not one is foreign
_V = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_VIET_SYL = regex.compile(rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[{_V}]{{1,3}}(?:ch|ng|nh|[cmnpt])?")


@dataclass(frozen=True, slots=True)
class _Entry:
    term: str
    table: str  # head | name | abbr | block | part | unit | stop
    kind: str
    flags: frozenset[str]
    canonical: str | None
    variants: frozenset[str] = frozenset()  # abbr: exact spellings accepted


def _term_pattern(norm_term: str) -> str:
    """Regex for a normalized term: flexible spaces, any dash, commas."""
    out = []
    for piece in regex.split(r"(\s*[-–—]\s*|\s*,\s*|\s*&\s*|\s+)", norm_term):
        if not piece:
            continue
        if regex.fullmatch(r"\s*[-–—]\s*", piece):
            out.append(rf"{_SP}*[-–—]{_SP}*")
        elif regex.fullmatch(r"\s*,\s*", piece):
            out.append(rf"{_SP}*,{_SP}*")
        elif piece == "&":  # "KH&ĐT", "GD&amp;ĐT" ("&amp;" left from HTML is blanked out to five spaces)
            out.append(rf"(?:&(?:amp;)?|{_SP}{{5}})")
        elif regex.fullmatch(r"\s*&\s*", piece):  # spaced as the term spaces it, so that its key is the term's
            out.append(rf"(?:{_SP}+&(?:amp;)?{_SP}+|{_SP}{{6,7}})")
        elif piece.isspace():
            out.append(rf"{_SP}+")
        elif piece == "và":  # "thương binh & xã hội", "thương binh &amp; xã hội" (blanked out, as above)
            out.append(rf"(?:và|&(?:amp;)?|{_SP}{{3,5}})")
        else:
            out.append(regex.escape(piece))
    return "".join(out)


def _alternation(terms) -> regex.Pattern:
    alts = sorted(set(terms), key=len, reverse=True)
    body = "|".join(_term_pattern(t) for t in alts) or r"(?!x)x"
    return regex.compile(rf"{BOUNDARY_START}(?:{body}){BOUNDARY_END}")


@lru_cache(maxsize=65536)
def _key(s: str) -> str:
    """Lookup key of a matched normalized string: one space, plain hyphen."""
    s = _KEY_DASH.sub(" - ", s)
    s = _KEY_COMMA.sub(", ", s)
    s = _KEY_VA.sub(" và ", s)  # "và" and a spaced or blanked-out "&" key alike ("thương binh &amp; xã hội")
    s = _KEY_AMP.sub("&", s)  # (a blanked-out "&amp;": see _term_pattern)
    return _SPACES.sub(" ", s).strip()


@dataclass(frozen=True)
class _Grammar:
    start: dict[str, list[_Entry]]  # heads, names, abbreviations, blocks by key
    start_rx: regex.Pattern
    parts: dict[str, _Entry]
    parts_rx: regex.Pattern
    units: dict[str, _Entry]
    units_rx: regex.Pattern
    stops_rx: regex.Pattern
    surnames: frozenset[str]
    function_words: frozenset[str]
    title_words: frozenset[str]
    numbered: frozenset[str] = frozenset()  # Vùng, Hạm đội: take a unit number inside a name
    predicates: frozenset[str] = frozenset()  # đã, sẽ, không: start a predicate
    tails: frozenset[str] = frozenset()  # Institute, Times: end a foreign organization's name
    source_tails: frozenset[str] = frozenset()  # Star, Herald: end an outlet's two-word name cited after "Theo"
    connectors: frozenset[str] = frozenset()  # of, for, and: inside a foreign name
    rules_dirs: tuple[str, ...] = ()  # where the grammar came from (for the gazetteers it consults)
    verbs: frozenset[str] = frozenset()  # cho biết, tổ chức: end a description's lower-case words
    openers: frozenset[str] = frozenset()  # Ngày, Tại: capitalized after a head, a new sentence
    quantifiers: frozenset[str] = frozenset()  # các, những: a kind of body follows, not one
    levels: frozenset[str] = frozenset()  # cấp: a level follows, not the body
    cues: frozenset[str] = frozenset()  # tờ, phiến quân: the name after them is an organization
    foreign_cues: frozenset[str] = frozenset()  # nhóm: the same, for a foreign name only
    people_words: frozenset[str] = frozenset()  # người, lính: after a cue they make the name a people
    firm_cues: frozenset[str] = frozenset()  # công ty, tập đoàn: foreign cues that take up to four trade words
    school_cues: frozenset[str] = frozenset()  # trường, đại học: foreign cues before a name in words, no abbreviation
    legal_words: frozenset[str] = frozenset()  # cổ phần, TNHH: a company's legal form, part of its name
    topics: frozenset[str] = frozenset()  # về, của: after a bare description head its name goes on
    short_abouts: tuple[str, ...] = ()  # liên hợp quốc: "về" + a description of two words goes on in the name
    abouts: tuple[str, ...] = ()  # nhà nước, quốc gia: after them "về" + a description goes on in the name
    first_words: frozenset[str] = frozenset()  # the first word of every start term (see _search_start)
    given: frozenset[str] = frozenset()  # Jens, Jensen: foreign given names (person_cues.tsv kind 'given'), as written
    speech: frozenset[str] = frozenset()  # nói, cho biết: speech verbs (person_cues.tsv kind 'speech'), normalized
    unit_num_rx: regex.Pattern | None = None  # "sư đoàn bộ binh 503": a lower-case military unit + arm words + number
    unit_name_rx: regex.Pattern | None = None  # a lower-case lowernum unit word before a capitalized word
    union_rx: regex.Pattern | None = None  # head terms flagged union ("Đoàn"), as written, then what follows
    union_terms: tuple[str, ...] = ()  # the same terms, for a cheap test
    unit_trail_rx: regex.Pattern | None = None  # arm words after the unit number, before its country
    unit_words: frozenset[str] = frozenset()  # the last syllables of those unit words ("đoàn")
    measures: frozenset[str] = frozenset()  # tỷ, chiếc: after a number they make it an amount, no unit number
    single_measures: frozenset[str] = frozenset()  # tấn: an amount only as a word of its own (not "tấn công")


_WORD_ROLES = ("surname", "function", "numbered", "predicate", "verb", "opener", "quantifier", "level", "cue", "foreign_cue",
               "firm_cue", "school_cue", "legal",
               "people", "topic", "arm", "about", "measure")
_TERM_ROLES = ("tail", "connector", "source_tail")


@lru_cache(maxsize=None)
def _grammar(rules_dirs: tuple[str, ...]) -> _Grammar:
    start: dict[str, list[_Entry]] = {}
    parts: dict[str, _Entry] = {}
    units: dict[str, _Entry] = {}
    stops: list[str] = []
    # roles that only list words: normalized keys, or (English tails and connectors) terms as written
    words: dict[str, set[str]] = {role: set() for role in _WORD_ROLES + _TERM_ROLES}

    def add_start(e: _Entry) -> None:
        lst = start.setdefault(_key(norm_word(e.term)), [])
        for i, old in enumerate(lst):
            if old.table == e.table and (e.table != "name" or old.term == e.term):  # names: each capitalization
                if e.table == "abbr":  # same letters, another spelling (TASS / Tass)
                    lst[i] = _Entry(old.term, old.table, old.kind, old.flags, old.canonical, old.variants | e.variants)
                return
        lst.append(e)

    short_abouts: set[str] = set()
    single_measures: set[str] = set()
    for row in load_lexicon("org_heads.tsv", rules_dirs, ("role", "kind", "flags", "canonical")):
        flags = frozenset(f.strip() for f in row["flags"].split(",") if f.strip())
        e = _Entry(row["term"].strip(), row["role"].strip(), row["kind"].strip(), flags, row["canonical"].strip() or None)
        k = _key(norm_word(e.term))
        if e.table in ("head", "block"):
            add_start(e)
        elif e.table == "part":
            parts.setdefault(k, e)
        elif e.table == "unit":
            units.setdefault(k, e)
        elif e.table == "stop":
            stops.append(k)
        elif e.table in _TERM_ROLES:
            words[e.table].add(e.term)  # English words: matched as written
        elif e.table in words:
            words[e.table].add(k)
            if e.table == "about" and "short" in flags:
                short_abouts.add(k)
            if e.table == "measure" and "single" in flags:
                single_measures.add(k)
        else:
            raise RulesError(f"org_heads.tsv: {e.term!r} has an unknown role {e.table!r}")
    for row in load_lexicon("org_names.tsv", rules_dirs, ("canonical", "kind")):
        term = row["term"].strip()
        kind = row["kind"].strip()
        flags = {"alone", "top"} if kind == "state" else {"alone"}  # Chính phủ, Quốc hội: nobody's child
        add_start(_Entry(term, "name", kind, frozenset(flags), row["canonical"].strip() or None))
    for row in load_lexicon("org_abbreviations.tsv", rules_dirs, ("canonical", "kind")):
        term = row["term"].strip()
        kind = row["kind"].strip() or "org"
        add_start(_Entry(term, "abbr", kind, frozenset(), row["canonical"].strip() or None, frozenset({term})))
        if kind in ("part", "standalone"):  # also usable as a name part (Sở TT&TT, Phòng CSGT)
            parts.setdefault(_key(norm_word(term)), _Entry(term, "abbr", "part", frozenset(), row["canonical"].strip() or None, frozenset({term})))
    lowernum = [k for k, es in start.items() for x in es if x.table == "head" and "lowernum" in x.flags]
    arms = "|".join(_term_pattern(t) for t in sorted(words["arm"], key=len, reverse=True)) or r"(?!x)x"
    arm = rf"{_SP}+(?:{arms})(?![\p{{L}}\p{{M}}\p{{N}}])"
    cues = load_lexicon("person_cues.tsv", rules_dirs, ("kind",))
    return _Grammar(
        union_terms=tuple(x.term for es in start.values() for x in es if "union" in x.flags),
        union_rx=regex.compile(r"(?<![\p{L}\p{M}.])(?:" + ("|".join(regex.escape(x.term) for es in start.values() for x in es
                                                                  if "union" in x.flags) or "(?!x)x")
                               + r")(?![\p{L}\p{M}])(?:[ \t\u00a0]*[-–,][ \t\u00a0]*(Hội)(?![\p{L}\p{M}]|[ \t\u00a0]+\p{Lu}))?"),
        unit_name_rx=regex.compile(rf"(?:{'|'.join(_term_pattern(k) for k in lowernum) or '(?!x)x'})[ \t\u00a0](?=\p{{L}})"),
        unit_num_rx=regex.compile(rf"{BOUNDARY_START}(?:{'|'.join(_term_pattern(k) for k in lowernum) or '(?!x)x'})(?:{arm}){{0,4}}"
                                  rf"{_SP}+(?:{regex.escape(norm_word('số'))}{_SP}+)?\p{{N}}{{1,3}}(?![\p{{L}}\p{{M}}\p{{N}}]|[.,/-]\p{{N}})"),
        unit_trail_rx=regex.compile(rf"(?:{arm}){{0,3}}[ \t\u00a0]"),
        unit_words=frozenset(k.split()[-1] for k in lowernum),
        start=start,
        start_rx=_alternation(start),
        parts=parts,
        parts_rx=_alternation(parts),
        units=units,
        units_rx=_alternation(units),
        stops_rx=_alternation(stops),
        surnames=frozenset(words["surname"]),
        function_words=frozenset(words["function"]),
        title_words=frozenset(k for k in stops if " " not in k),
        numbered=frozenset(words["numbered"]),
        predicates=frozenset(words["predicate"]),
        tails=frozenset(words["tail"]),
        source_tails=frozenset(words["source_tail"]),
        connectors=frozenset(words["connector"]),
        rules_dirs=rules_dirs,
        verbs=frozenset(words["verb"]),
        openers=frozenset(words["opener"]),
        quantifiers=frozenset(words["quantifier"]),
        levels=frozenset(words["level"]),
        cues=frozenset(words["cue"]),
        foreign_cues=frozenset(words["foreign_cue"] | words["firm_cue"] | words["school_cue"]),
        school_cues=frozenset(words["school_cue"]),
        firm_cues=frozenset(words["firm_cue"]),
        legal_words=frozenset(words["legal"]),
        people_words=frozenset(words["people"]),
        topics=frozenset(words["topic"]),
        abouts=tuple(" " + k for k in words["about"]),
        short_abouts=tuple(" " + k for k in short_abouts),
        first_words=frozenset(_WORD.match(k).group() for k in start),
        given=frozenset(r["term"].strip() for r in cues if r["kind"].strip() == "given"),
        speech=frozenset(norm_word(r["term"].strip()) for r in cues if r["kind"].strip() == "speech"),
        measures=frozenset(words["measure"]),
        single_measures=frozenset(single_measures),
    )


def _is_measure(g: "_Grammar", nt: NormText, mw: regex.Match, dw: "_DocWords") -> bool:
    """Is the word after a number a word of amount ("[1 chiếc]", "150 tỷ")? Not a measure of flag single that
    starts a longer word ("Sư đoàn Thiết giáp số 1 [tấn công]": an attack, the number is the unit's)."""
    w = mw.group(1)
    if w not in g.measures:
        return False
    return w not in g.single_measures or nt.orig_end(mw.end()) not in dw.inner


def _caps_ok(term: str, span: str) -> bool:
    """Every capital letter of a lexicon name is a capital in the text too."""
    if len(term) != len(span):
        return span[:1].isupper()
    return all(s.isupper() for t, s in zip(term, span) if t.isupper())


def _foreign(word: str) -> bool:
    """``Avramenko`` is no Vietnamese syllable; ``Nga`` is."""
    return not _VIET_SYL.fullmatch(word.lower())


def _after_capitalized(g: _Grammar, nt: NormText, i: int) -> bool:
    """Is ``i`` inside a capitalized name? (``vịnh Bắc Bộ``, ``xã Trường Long``)

    A capitalized title or function word before it does not count
    (``Trưởng Ban ...``, ``Theo Bộ ...``).
    """
    text = nt.text
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or j == i - 1 or not (text[j].isalpha() or unicodedata.combining(text[j])):
        return False
    k = j
    while k > 0 and (text[k - 1].isalpha() or unicodedata.combining(text[k - 1])):
        k -= 1
    if not text[k].isupper():
        return False
    word = norm_word(text[k : j + 1])
    return word not in g.function_words and word not in g.title_words


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in _SENT_END


def _in_doc_number(text: str, s: int, e: int) -> bool:
    """``03/CTr-STTTT-BCHBĐBP``: an abbreviation glued to a code is no ORG."""
    a = s
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    b = e
    while b < len(text) and not text[b].isspace():
        b += 1
    chunk = text[a:b]
    if any(ch.isdigit() for ch in chunk) and ("/" in chunk or "-" in chunk):
        return True
    if _is_byline_slash(text, a, s):
        return False  # "Thùy Linh/VOV-Trung tâm Tin Tổng hợp": a reporter's name, then the outlet
    if "/" in chunk:  # "Chỉ thị số 788- CT/QUTW": the code after a number
        before = text[max(0, a - 12) : a].rstrip().rstrip("-–").rstrip()
        if before[-1:].isdigit():
            return True
    # a word in Title Case glued by the hyphen is a name of its own ("ASEAN-Trung Quốc", "Việt Nam-ASEAN"), no code
    if e + 1 < len(text) and text[e] == "-" and text[e + 1].isalnum():
        return not (text[e + 1].isupper() and text[e + 2 : e + 3].islower())
    return s >= 2 and text[s - 1] == "-" and text[s - 2].isalnum() and not text[s - 2].islower()


# the region after "ABBR-" in a byline, up to the end of the line or the next "Name/" credit
_BYLINE_OFFICE = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t\u00a0]\p{Lu}\p{Ll}+){0,2}"
                               r"(?=[ \t\u00a0]*(?:[\r\n]|\Z)|[ \t\u00a0]\p{Lu}\p{Ll}+(?:[ \t\u00a0]\p{Lu}\p{Ll}+){1,3}/)")
_BYLINE_NAME = regex.compile(r"\p{Lu}\p{Ll}+(?:[ \t\u00a0]\p{Lu}\p{Ll}+){0,3}\Z")


def _credit_byline(text: str, s: int) -> bool:
    """Is the abbreviation at ``s`` the outlet of a photo credit ("Ảnh: Doãn Tấn/[TTXVN] Buổi sáng, ...")?"""
    if s < 2 or text[s - 1] != "/":
        return False
    a = text.rfind(":", max(0, s - 40), s)
    return (a >= 0 and _CREDIT_BEFORE.search(text, max(0, a - 12), a + 1) is not None
            and _BYLINE_NAME.match(text, a + 1 + (len(text[a + 1 : s]) - len(text[a + 1 : s].lstrip())), s - 1) is not None)


def _is_byline_slash(text: str, a: int, s: int) -> bool:
    """Does a person's name written Title-case end at the slash right before ``s`` ("Vũ Lợi/VOV")?"""
    return s > a and text[s - 1] == "/" and _BYLINE_NAME.search(text, a, s - 1) is not None


@dataclass(frozen=True)
class _DocWords:
    """What the segmenter and earlier recognizers say about one document."""

    cont: dict[int, tuple[int, int]]  # end of a syllable inside a word -> the word, when the rest is lower case
    word_at: dict[int, int]  # start of a multi-syllable word -> its end
    loc_starts: frozenset[int]  # starts of LOC candidates
    loc_ends: frozenset[int] = frozenset()  # ends of LOC candidates
    inner: frozenset[int] = frozenset()  # syllable ends strictly inside a multi-syllable word
    lower_locs: dict[int, int] = field(default_factory=dict)  # LOC candidates written lower-case first (châu Á): start -> end
    date_starts: frozenset[int] = frozenset()  # starts of DATE candidates

    @staticmethod
    def of(text: str, ctx: NerContext) -> "_DocWords":
        cont: dict[int, tuple[int, int]] = {}
        word_at: dict[int, int] = {}
        inner: set[int] = set()
        for a, b in ctx.words:
            if b - a < 3 or b > len(text):
                continue
            w = text[a:b]
            if " " not in w and "\u00a0" not in w:
                continue
            word_at[a] = b
            if w.count(" ") == 1 and "\u00a0" not in w and "\t" not in w:
                # the common case, two syllables: no regex (the same result as below)
                i = w.index(" ")
                inner.add(a + i)
                if w[i + 1 :] == w[i + 1 :].lower():
                    cont[a + i] = (a, b)
                continue
            gaps = list(_GAP.finditer(w))
            inner.update(a + g.start() for g in gaps)
            # a word of one capitalized syllable (or none) and lower-case ones after it:
            # "Tham mưu trưởng", "Hạ viện", "cao tuổi"; not "Phan Diễn trình bày"
            # (a capitalized abbreviation glued on after them ends the word: "Thuỷ văn [TW]")
            cut = len(gaps)
            rest = w[gaps[0].end():]
            if rest != rest.lower():  # (a capital in it: faster than any(ch.isupper() ...))
                ends = [sp.start() for sp in gaps[1:]] + [len(w)]
                cut = next(k for k, sp in enumerate(gaps) if w[sp.end() : ends[k]] != w[sp.end() : ends[k]].lower())
            if cut == 0:
                continue
            wb = b if cut == len(gaps) else a + gaps[cut].start()
            for sp in gaps[:cut]:
                cont[a + sp.start()] = (a, wb)
        locs, dates = [], []
        for c in ctx.found:
            if c.label == "LOC":
                locs.append(c)
            elif c.label == "DATE":
                dates.append(c.start)
        return _DocWords(cont, word_at, frozenset(c.start for c in locs), frozenset(c.end for c in locs),
                         frozenset(inner), {c.start: c.end for c in locs if text[c.start].islower()}, frozenset(dates))


_NO_WORDS = _DocWords({}, {}, frozenset())


class _Span:
    """An organization being built: its end, pieces to expand, what it holds."""

    __slots__ = ("start", "piece", "end", "pieces", "complete", "last", "named", "partonly", "country", "top",
                 "topcand", "nonum", "abbrorg", "desc", "desc_at", "desc_words", "unit", "prefix_at")

    def __init__(self, end: int, complete: bool, partonly: bool, country: bool = False, top: bool = False):
        self.abbrorg = False  # the last piece is an abbreviation that names a whole organization (TTXVN)
        self.desc = False  # the head's name is a description (Cục Quản lý ...): see _description_word
        self.desc_at = -1  # the end of the description so far: lower-case words may go on from here
        self.desc_words = 0  # lower-case words taken after the description's first word
        self.prefix_at = -1  # the end of a prefix abbreviation taken after the head ("Trường [ĐH] Y dược")
        self.unit = False  # a military unit: its description may end in a number ("Trung đoàn bộ binh số 1")
        self.start = -1  # where the organization starts
        self.piece = -1  # where the last piece taken starts
        self.topcand = False  # Bộ: a top-level body once a portfolio follows (Bộ Quốc phòng, not Bộ Tham mưu)
        self.nonum = False  # the head takes no number ("Cơ quan 5 tốt" is a slogan)
        self.top = top  # a top-level body (Bộ Quốc phòng): takes no parent organization
        self.country = country  # the head takes a country (quân đội Nga), not a compound
        self.end = end
        self.pieces: list[tuple[int, int, str]] = []  # (start, end, canonical)
        self.complete = complete  # has a proper name, place or number
        self.last = "head"
        self.named = False  # anything consumed after the head
        self.partonly = partonly


def _match_abbr(g: _Grammar, nt: NormText, q: int) -> tuple[int, _Entry] | None:
    m = g.start_rx.match(nt.norm, q)
    if not m:
        return None
    for e in g.start.get(_key(m.group()), ()):
        s, t = nt.span(m.start(), m.end())
        if e.table == "abbr" and nt.text[s:t] in e.variants and not _in_doc_number(nt.text, s, t):
            return m.end(), e
    return None


def _cap_run(g: _Grammar, nt: NormText, q: int, stop_at: set[int]) -> list[tuple[int, int]]:
    """Capitalized word tokens from q, separated by single spaces."""
    text = nt.text
    run: list[tuple[int, int]] = []
    p = q
    while p < len(text) and text[p].isupper() and p not in stop_at:
        hm = g.start_rx.match(nt.norm, p) if run else None
        if run and (g.stops_rx.match(nt.norm, p) or (hm and (" " in hm.group()
                                                            or nt.norm[run[-1][0]:run[-1][1]] not in g.surnames))):
            break  # (not inside a person's name: "Trung Quốc Phạm [Trường] Long")
        f = _FUSED.match(text, p)
        w = _HYPHENATED.match(text, f.end() if f else p)
        if not w:
            break
        run.append((p, w.end()))
        gap = _GAP.match(text, w.end())
        if not gap or gap.end() - gap.start() > 2:
            break
        p = gap.end()
    if run and (lh := _LOWER_HYPHEN.match(text, run[-1][1])):
        # a place whose last syllable is hyphenated in lower case: "Ả Rập Xê[-út]" (the gazetteers know it)
        if any(place_level(text[run[k][0] : lh.end()], g.rules_dirs) is not None for k in range(max(0, len(run) - 3), len(run))):
            run[-1] = (run[-1][0], lh.end())
    return run


_LOWER_HYPHEN = regex.compile(r"-\p{Ll}[\p{Ll}\p{M}]*(?![\p{L}\p{M}\p{N}-])")


def _title_case_words(text: str, a: int, b: int) -> bool:
    """Are all syllables of ``text[a:b]`` (two or more) written with a capital ("Thương Mại")?"""
    ws = text[a:b].split()
    return len(ws) >= 2 and all(w[:1].isupper() and not w.isupper() for w in ws)


def _title_word_before(g: _Grammar, text: str, e: int, dw: "_DocWords") -> bool:
    """Does a common word of two syllables written in Title Case, one segmented word, end at ``e`` ("Ngôn Ngữ";
    not a person's name, "Hoàng Anh")?"""
    a = text.rfind(" ", 0, text.rfind(" ", 0, e)) + 1
    first = text[a:e].split()[0] if text[a:e].strip() else ""
    return (dw.word_at.get(a) == e and _title_case_words(text, a, e) and not _foreign(first)
            and norm_word(first) not in g.surnames)


def _ends_name(g: _Grammar, nt: NormText, e: int) -> bool:
    """Does a name end at ``e``: punctuation, the end, or a predicate follows (not "đào tạo 2 [ngành]")?"""
    w = _LOWER_WORDS.match(nt.text[e : e + 24])
    if not w:
        return True
    first = w.group(1).split()[0]
    return first in g.function_words or first in g.verbs or _key(w.group(1)) in g.verbs


def _short_countries(g: _Grammar, text: str, a: int, b: int) -> bool:
    """Is ``text[a:b]`` a compound of short country forms ("Việt-Trung"; places.toml short_country),
    not the start of longer names ("Lào-Việt Nam")?"""
    m = _place_model(g.rules_dirs)
    sm = m.short_any.match(text, a) if m.short_any is not None else None
    return sm is not None and sm.end() == b and any(x in m.short_anchors for x in _SHORT_SEP.split(text[a:b]))


def _known_place(g: _Grammar, text: str, run: list[tuple[int, int]], k: int) -> bool:
    """Do the words of ``run`` from ``k`` start with a place the gazetteers know ("Saint Petersburg")?"""
    return any(place_level(text[run[k][0] : run[k + n - 1][1]], g.rules_dirs) is not None
               for n in (1, 2, 3) if k + n <= len(run))


def _run_is_place(g: _Grammar, text: str, run: list[tuple[int, int]]) -> bool:
    """Is the whole capitalized run a place the gazetteers know ("Hồ Chí Minh", "Hoàng Mai")?"""
    return place_level(text[run[0][0] : run[-1][1]], g.rules_dirs) is not None


def _place_ends(g: _Grammar, nt: NormText, q: int, stop_at: set[int]) -> bool:
    """Is the capitalized run at ``q`` one place the gazetteers know ("Phát triển [VN]")?"""
    run = _cap_run(g, nt, q, stop_at)
    return bool(run) and _run_is_place(g, nt.text, run)


def _common_word_before(text: str, e: int) -> bool:
    """Does a capitalized common word end at ``e``, its last syllable in lower case ("Đầu [tư]"; not "An Bình")?"""
    last = text[text.rfind(" ", 0, e) + 1 : e]
    return last[:1].islower()


def _person_at(g: _Grammar, nt: NormText, run: list[tuple[int, int]], k: int) -> bool:
    """Does a person's name (surname + 1-3 capitalized syllables) start at run[k]?"""
    a, b = run[k]
    return nt.norm[a:b] in g.surnames and 2 <= len(run) - k <= 4


def _place_then_foreign(g: _Grammar, text: str, run: list[tuple[int, int]], k: int) -> bool:
    """Do run[k] and run[k+1] name a place, and a foreign word follow ("Hà Lan Damen", not "Hà Văn Thắng")?"""
    return (k + 2 < len(run) and _foreign(text[run[k + 2][0] : run[k + 2][1]])
            and place_level(text[run[k][0] : run[k + 1][1]], g.rules_dirs) is not None)


def _last_words(g: _Grammar, text: str, end: int) -> bool:
    """Does the name end in a word that takes a unit number (``Vùng``, ``Hạm đội``)?"""
    ws = text[max(0, end - 24) : end].split()
    return any(norm_word(" ".join(ws[-k:])) in g.numbered for k in (1, 2) if len(ws) >= k)


def _extend(g: _Grammar, nt: NormText, sp: _Span, stop_at: set[int], dw: _DocWords = _NO_WORDS) -> None:
    """Grow ``sp`` over name parts, capitalized words, places and parent orgs."""
    text, norm = nt.text, nt.norm
    n = len(text)
    while sp.end < n:
        # a name word goes on in lower case inside one segmented word:
        # "Tham mưu [trưởng]", "Hạ [viện]", "Người cao [tuổi]"
        if sp.named and sp.last in ("name", "part") and sp.end in dw.cont and sp.end not in dw.loc_ends:
            wa, wb = dw.cont[sp.end]
            syl = _WORD.match(text, max(0, text.rfind(" ", 0, sp.end) + 1))
            # the word starts with the last piece taken (not "Ngoại [giao thông]"), and
            # is no foreign name run into a verb ("Syria tiến")
            # one syllable more ("Hạ [viện]"), not a country run into a verb ("Quân đội Nga [hứng]")
            # (or a lower-case part that opens a longer word: "Cục [tác chiến] điện tử")
            if (sp.start <= wa <= sp.piece and syl and not _foreign(syl.group())
                    and (" " not in text[sp.end + 1 : wb] or (sp.last == "part" and wa == sp.piece
                                                               and text[wa : sp.end].islower()))
                    # (after a country's body only a common word in capitals: "Đảng bộ Thủ [đô]")
                    and not (sp.country and sp.last == "name" and (
                        " " in text[sp.piece : sp.end] or _foreign(text[sp.piece : sp.end])
                        or place_level(text[sp.piece : sp.end], g.rules_dirs) is not None))
                    and sp.piece not in dw.loc_starts
                    # (not a negation or auxiliary before the predicate: "Bộ Quốc phòng [không] tự tiện")
                    and not (norm[sp.end + 1 : wb] in _AUX_SYLLABLES and _LOWER_NEXT.match(text, wb))):
                if sp.desc and sp.desc_at >= 0:
                    sp.desc_at = wb  # the description goes on: "Cục An toàn Vệ [sinh] thực phẩm"
                sp.end = wb
        if (text[sp.end : sp.end + 2] == " (" and (pa := _INNER_ABBR.match(text, sp.end))
                and ((sp.named and sp.last in ("part", "name")) or (sp.last == "head" and sp.country and pa.end() in dw.loc_starts))
                and pa.end() < n and text[pa.end()].isupper()
                and pa.end() not in stop_at and pa.end() not in dw.date_starts and not g.units_rx.match(norm, pa.end())
                and _initials_of(text[sp.start : sp.end], pa.group(1))):
            # the abbreviation of the name so far, then the rest of the name:
            # "Công ty Cổ phần (CTCP) Trường Thọ", "Chi nhánh Cấp nước (CNCN) Chợ Lớn"; a country's body
            # head, its abbreviation, then the country: "Quân đội nhân dân (QĐND) Việt Nam"
            sp.end = pa.end() - 1
            sp.last = "head"  # (what follows is the name proper)
        if (text[sp.end : sp.end + 1] == "-" and sp.named and sp.last in ("name", "part", "head")
                and _common_word_before(text, sp.end) and sp.end not in dw.loc_ends
                and (hw := _HYPHEN_WORD.match(text, sp.end)) and sp.end + 1 not in stop_at
                and not g.start_rx.match(norm, sp.end + 1) and not g.stops_rx.match(norm, sp.end + 1)
                and place_level(hw.group(1), g.rules_dirs) is None
                and _key(norm[hw.start(2) : hw.end(2)]) not in g.function_words
                and _key(norm[hw.start(2) : hw.end(2)]) not in g.verbs):
            # two capitalized common words joined by a hyphen with no spaces, one name:
            # "Học viện Quân sự Hậu cần[-Kỹ thuật]", "Binh chủng Không quân[-Vũ trụ] Nga"
            sp.end, sp.last, sp.piece = hw.end(), "part", sp.end + 1
            if sp.desc:
                sp.desc_at = sp.end
            continue
        if (text[sp.end : sp.end + 1] == "," and sp.last in ("name", "part") and len(text[sp.start : sp.end].split()) <= 4
                and (cm := _COMMA_CENTRAL.match(text, sp.end)) and not any(
                    w in g.function_words or w in _NOT_IN_NAME for w in norm[cm.start(1) : cm.end(1)].split())):
            # a name whose two activities are joined by a comma, then its level: "Ban Bảo vệ[, chăm sóc sức khỏe
            # cán bộ Trung ương]", "Ban Chính sách[, chiến lược Trung ương]", "Ban Phòng[, chống tham nhũng Trung ương]"
            sp.end, sp.last, sp.named, sp.complete = cm.end(), "name", True, True
            continue
        if (text[sp.end : sp.end + 1] == "," and sp.last in ("name", "part") and text[sp.end - 1].islower()
                and _JOINT_HEAD.match(norm, sp.start) and (cm := _COMMA_JOINT.match(text, sp.end))
                and cm.end() in dw.loc_starts and not any(w in _NOT_IN_NAME for w in norm[cm.start(1) : cm.end(1)].split())
                and (pe := _country_pair_end(g, nt, cm.end(), stop_at))):
            # a joint body whose two lower-case activities are joined by a comma, named after two countries:
            # "Ủy ban Liên hợp phân giới[, cắm mốc biên giới trên đất liền Việt Nam-Trung Quốc]"
            sp.end, sp.last, sp.named, sp.complete = pe, "place", True, True
            continue
        if (sp.last in ("name", "place") and (pe := _joint_country_end(g, nt, sp, stop_at))):
            # a joint body named after two countries: "Ủy ban Hợp tác Việt Nam [- Nhật Bản]",
            # "Hội Hữu nghị Việt Nam[-Lào]" (not "liên quân Mỹ - Hàn", "Bộ Quốc phòng Việt Nam - Lào")
            sp.end, sp.last, sp.piece = pe, "place", sp.end
            continue
        gap = _GAP.match(text, sp.end)
        if gap:
            q = gap.end()
        elif _DASH.match(text, sp.end) and text[sp.end - 1].isalpha():
            q = sp.end  # a dash typed with a space after it only: "Ban Tư tưởng[- Văn hóa] Trung ương"
        else:
            return
        if q >= n or q in stop_at:
            return
        if (sp.named and sp.last in ("abbr", "name", "place") and not sp.country and text[q].islower()
                and (qt := _INTERNATIONAL.match(norm, q)) and (qe := nt.orig_end(qt.end()))
                and (sp.last != "abbr" or sp.abbrorg) and not _CAP_AFTER.match(text, qe) and dw.word_at.get(q, qe) <= qe):
            sp.end = qe  # the level word closes the name: "Ban Thư ký APEC [quốc tế]",
            return  # "Ủy ban Olympic [quốc tế]" (not "quốc tế hóa", not "Cty CP quốc tế Tân Đại Dương")
        sp.piece = q
        cap = text[q].isupper()
        desc_live = sp.desc and sp.desc_at == sp.end  # lower-case description words may follow
        # "và" between two parts of one portfolio: Ban Tuyên giáo và Dân vận
        va = _VA.match(norm, q)
        if va:
            pm = g.parts_rx.match(norm, va.end())
            if (pm and text[va.end()].isupper() and not g.start_rx.match(norm, va.end())
                    and (sp.last == "part" or (sp.last == "name" and _title_case_words(text, va.end(), nt.orig_end(pm.end()))
                                               and _title_word_before(g, text, sp.end, dw)))):
                # (also in Title Case after a common word so written: "Trung tâm Ngôn Ngữ và [Thương Mại]")
                e = g.parts[_key(pm.group())]
                sp.pieces.append((*nt.span(va.end(), pm.end()), e.canonical or ""))
                sp.end = nt.orig_end(pm.end())
                sp.named = True
                continue
            # "X và Y" inside a name when Y is a capitalized common word (its word goes on
            # in lower case): Trung tâm Chiến lược và Nghiên cứu quốc tế
            y = va.end()
            wend = dw.word_at.get(y)
            after = _GAP.match(text, wend) if wend else None
            if (sp.named and not sp.top and sp.last in ("name", "part") and wend and text[y].isupper()
                    and not (sp.country and sp.last == "name")  # quân đội Ukraine và Vệ binh quốc gia: two
                    and y not in stop_at and sp.end not in dw.loc_ends
                    and y not in dw.loc_starts and not g.start_rx.match(norm, y) and not g.stops_rx.match(norm, y)
                    and any(ch.islower() for ch in text[y:wend].split()[-1][:1])
                    # Y ends the name or goes on in lower case; "Quốc hội và Đại biểu Quốc hội" is a title;
                    # a country may end it ("Ngân hàng Đầu tư và Phát triển VN") and "xã" of "xã hội" is no unit
                    # word ("Sở Lao động và Phúc lợi xã hội")
                    and not (after and after.end() < n and (
                        (text[after.end()].isupper() and not (_place_ends(g, nt, after.end(), stop_at)
                                                              and _common_word_before(text, sp.end)))
                        or ((um := g.units_rx.match(norm, after.end()))
                            and dw.word_at.get(after.end(), 0) <= nt.orig_end(um.end()))))):
                sp.end = wend
                sp.last, sp.named = "part", True
                if desc_live:  # Cục Quản lý đê điều và Phòng chống [thiên tai]
                    sp.desc_at = sp.end
                elif ((g3 := _GAP.match(text, wend)) and g3.end() - g3.start() == 1
                      and (w3 := _description_word(g, nt, g3.end(), dw)) and _ends_name(g, nt, w3)):
                    sp.end = w3  # Y's own lower-case word, then the end: "Sở Lao động và Phúc lợi [xã hội]"
                continue
            if (desc_live and sp.desc_words < 4 and (wend := _description_word(g, nt, y, dw))
                    and not _person_word_at(g, nt, y)):
                sp.end, sp.last, sp.desc_at = wend, "part", wend  # Ủy ban Kinh tế [và ngân sách]
                sp.desc_words += 1
                continue
            return
        da = _DASH.match(text, q)
        if da:
            # a dash between two parts of one name, the second a capitalized common word:
            # "Ban Tư tưởng – Văn hóa Thành ủy", "Cục Cảnh sát giao thông Đường bộ - Đường sắt"
            y = da.end()
            wend = dw.word_at.get(y)
            if (sp.named and sp.last in ("name", "part") and wend and text[y].isupper() and y not in stop_at
                    and y not in dw.loc_starts and sp.end not in dw.loc_ends
                    and not _ends_in_place(g, text, sp.end)  # "liên quân Mỹ - Hàn": two armies
                    and not g.start_rx.match(norm, y) and not g.stops_rx.match(norm, y)
                    and any(ch.islower() for ch in text[y:wend].split()[-1][:1])):
                sp.end, sp.last = wend, "part"
                if sp.desc:
                    sp.desc_at = wend
                continue
            # a lower-case portfolio after a dash, joined to the one before it:
            # "Sở Du lịch - thương mại tỉnh Khánh Hòa", "Phòng quản lý hành chính du lịch - thương mại"
            # (a school's field too: "Trường Trung học Kinh tế - kỹ thuật")
            if (sp.named and sp.last == "part" and y < n and text[y].islower() and y not in dw.loc_starts
                    and (pm := g.parts_rx.match(norm, y))
                    and g.parts[_key(pm.group())].kind in ("portfolio", "military")
                    and not g.start_rx.match(norm, y) and dw.word_at.get(y, 0) <= nt.orig_end(pm.end())):
                sp.end, sp.last = nt.orig_end(pm.end()), "part"
                if sp.desc:
                    sp.desc_at = sp.end
                continue
            # a province named with a dash: "Sở Du lịch Thừa Thiên - Huế", "UBND tỉnh Bà Rịa - Vũng Tàu"
            if sp.last in ("name", "place") and y < n and text[y].isupper() and y not in stop_at:
                run = _cap_run(g, nt, y, stop_at)
                ws = text[sp.start : sp.end].split()
                for k in (1, 2):
                    a = sp.end - len(" ".join(ws[-k:])) if len(ws) > k else -1
                    for j in range(min(len(run), 2), 0, -1):
                        if a > sp.start and place_level(text[a : run[j - 1][1]], g.rules_dirs) == 3:
                            sp.end = run[j - 1][1]
                            break
                    else:
                        continue
                    break
                else:
                    return
                sp.last, sp.named, sp.complete = "place", True, True
                continue
            return
        if cap and g.stops_rx.match(norm, q):
            return
        ab = _match_abbr(g, nt, q)
        if (ab and ab[1].kind == "org" and (sp.complete or sp.last == "name") and ab[1].canonical
                and norm_word(ab[1].canonical) == norm_word(text[sp.start : sp.end])):
            return  # "Tổ chức Y tế thế giới WHO": the full name, then its own abbreviation (two ORGs)
        if ab:
            sp.pieces.append((*nt.span(q, ab[0]), ab[1].canonical or ""))
            sp.end = nt.orig_end(ab[0])
            sp.last, sp.named, sp.complete = "abbr", True, True
            sp.abbrorg = ab[1].kind == "org"
            if ab[1].kind == "prefix":
                sp.prefix_at = sp.end  # "Trường ĐH [Y dược]": the name after it is completed like one after a head
            continue
        hm = g.start_rx.match(norm, q)
        pm0 = g.parts_rx.match(norm, q)
        if hm and pm0 and pm0.end() > hm.end():
            hm = None  # a longer name part: "Phòng không" is no head "Phòng"
        if hm and " " not in hm.group() and nt.orig_end(hm.end()) in dw.cont:
            hm = None  # the head's syllable starts a common word: "Sư đoàn [Bộ binh] số 1"
        if hm and any(e.table == "block" for e in g.start.get(_key(hm.group()), ())):
            if (sp.named and sp.desc_at != sp.end) or not cap:
                return
            hm = None  # right after the head it is the description: Học viện [Khoa học] quân sự
        if hm and any("numonly" in x.flags for x in g.start.get(_key(hm.group()), ())) and not _NUM_AFTER.match(text, nt.orig_end(hm.end())):
            hm = None  # "Hội đồng Hợp tác Vùng Vịnh": a word of the name, no numbered region
        if hm and any("countryend" in x.flags for x in g.start.get(_key(hm.group()), ())):
            hm = None  # "Trung đoàn [Lực lượng] tên lửa chiến lược": inside a name a word of it, no parent
        if hm and any("standing" in x.flags for x in g.start.get(_key(hm.group()), ())):
            if text[q : q + 1].isupper() and _office_before(g, norm, q):
                return  # "Phó Tổng Thanh tra [Thường trực] ...": the end of a title ends the name
            hm = None  # inside a name it is a word of the name: "Cơ quan Thường trực Ban Chỉ đạo ..."
        if hm:
            entries = g.start.get(_key(hm.group()), ())
            written = text[q : nt.orig_end(hm.end())]
            # a name listed in several spellings: the one the text's capitals fit ("Ngân hàng phát triển châu Á")
            e = next((e for e in entries if e.table == "name" and _caps_ok(e.term, written)), None) or next(
                (e for e in entries if e.table in ("head", "name")), None)
            if e and cap and e.table == "head" and sp.last == "abbr" and sp.abbrorg:
                return  # "Hội nghị thượng đỉnh G20 [Cơ quan] tình báo ...": a new sentence, a new body
            if (e and cap and e.table == "head" and " " not in hm.group()
                    and _GIVEN_NAME_AFTER.match(text, nt.orig_end(hm.end()))):
                return  # "Tổng thư ký Liên Hợp Quốc [Ban Ki-moon]": a head word that is a surname before a hyphenated given name
            if e and cap and (e.table == "head" or _caps_ok(e.term, text[q : nt.orig_end(hm.end())])):
                if sp.top and sp.named:
                    return  # "Bộ Quốc phòng Quân ủy Trung ương": two bodies, not a child and parent
                # a parent organization with no punctuation: one span
                if e.canonical and e.table == "head":
                    sp.pieces.append((q, nt.orig_end(hm.end()), e.canonical))
                # a head right after an abbreviation that needs a parent is no complete name yet:
                # "Chủ tịch HĐQT Công ty [Hoàng Anh]" takes the company's name, no person
                after_prefix = sp.prefix_at == sp.end
                sp.end = nt.orig_end(hm.end())
                prev, sp.last, sp.named = sp.last, "head", True
                sp.complete = e.table == "name" or (sp.complete and not after_prefix)
                sp.partonly = "partonly" in e.flags
                sp.top, sp.topcand = e.table == "name" and "top" in e.flags, e.table == "head" and "top" in e.flags
                if "desc" in e.flags and prev == "head":
                    # the parent's own description follows it: "Văn phòng Ban chỉ đạo [Phòng chống lụt bão trung ương]"
                    sp.desc, sp.desc_at = True, sp.end
                continue
        pm = g.parts_rx.match(norm, q)
        if pm and (cap or not sp.country) and "loweronly" in g.parts[_key(pm.group())].flags:
            pm = None  # "Không quân [Vũ trụ] đặc biệt": capitalized, a word of the name; "Trạm [vũ trụ]": no army
        if pm:
            e = g.parts[_key(pm.group())]
            # a lower-case part right after the head (Ban chấp hành), or after a part unless it is a
            # verb that starts the predicate ("Bộ Quốc phòng [chấp hành] nghiêm chỉ đạo")
            if cap or ("lower" in e.flags and (sp.last == "head" or (sp.last == "part" and _key(pm.group()) not in g.verbs)
                                               or ("name" in e.flags and sp.last == "name" and not sp.named))):
                if sp.topcand and sp.last == "head":
                    sp.top = e.kind == "portfolio"  # Bộ Quốc phòng is a top body; Bộ Tham mưu is not
                canon = e.canonical or ""
                first = sp.last == "head" and not sp.named
                sp.pieces.append((*nt.span(q, pm.end()), canon))
                sp.end = nt.orig_end(pm.end())
                sp.last, sp.named = "part", True
                sp.complete = sp.complete or cap
                if desc_live or (first and (cap or e.kind == "function")):  # Trung tâm Y tế [dự phòng], Công ty cổ phần [du lịch]
                    sp.desc_at = sp.end
                continue
        um = g.units_rx.match(norm, q)
        if um and (((hq := g.start_rx.match(norm, q)) and hq.end() > um.end())
                   or dw.word_at.get(q, 0) > nt.orig_end(um.end())):
            um = None  # "tỉnh" of "tỉnh ủy", "Xã" of "Xã hội": another word, not a place qualifier
        if um and cap and (ue := g.units[_key(um.group())]) and "lower" not in ue.flags and text[q : nt.orig_end(um.end())] != ue.term:
            um = None  # a unit word only as written ("thủ đô Viêng Chăn"): capitalized it is a word of the name ("Đảng bộ Thủ đô")
        if um:
            e = g.units[_key(um.group())]
            u_end = nt.orig_end(um.end())
            if "lower" in e.flags or text[q:u_end] == e.term:
                p = u_end
                if p < n and text[p] == "." and (e.term[:1].isupper()):
                    p += 1
                g2 = _GAP.match(text, p)
                p2 = g2.end() if g2 else p
                new_sentence = person_next = False
                if p2 < n and (text[p2].isupper() or text[p2].isdigit()) and p2 not in stop_at and (p2 > u_end or text[u_end:u_end + 1] == "."):
                    num = _NUM.match(text, p2)
                    if num and (mw := _MEASURE_AFTER.match(norm, num.end())) and _is_measure(g, nt, mw, dw):
                        num = None  # "Văn phòng UBND tỉnh [1 chiếc]": an amount, no numbered unit
                        run = []
                    else:
                        run = [(p2, num.end())] if num else _cap_run(g, nt, p2, stop_at)
                    if run and not num and _person_at(g, nt, run, 0) and len(run) >= 3 and not _run_is_place(g, text, run):
                        run, person_next = [], True  # UBND TP Lê Thanh Hải: a person, not a place (but TP Hồ Chí Minh)
                    new_sentence = bool(run) and not num and not _run_is_place(g, text, run) and (
                        norm[run[0][0]:run[0][1]] in g.openers or run[0][1] in dw.cont)
                    if new_sentence:
                        run = []  # "BCH Quân sự TP [Tối] giao thừa", "TP. [Phấn khởi]": a new sentence
                    if run:
                        run = run[:1]
                        sp.end = run[-1][1]
                        sp.last, sp.named, sp.complete = "place", True, True
                        continue
                # a bare unit word ends the name before a punctuation, a lower-case word or the person
                # holding its office: "Chủ tịch UBND [TP] Nguyễn Quốc Triệu", "giám đốc Sở GD-ĐT [TP] Trương Song Đức"
                if "trail" in e.flags and (new_sentence or person_next or not (p2 < n and text[p2].isupper())):
                    sp.end = u_end
                    sp.last, sp.named, sp.complete = "place", True, True
                    if new_sentence:
                        return
                    continue
            return
        # "số" before a number: "Trung đoàn bộ binh số 1", "Đoàn Kiểm tra số 1348", "Trường THPT số 1"
        so = _SO_NUM.match(norm[q : q + 8]) if sp.last in ("head", "part", "name", "abbr") else None
        if so:
            q += so.end()
        if text[q].isdigit():
            num = _NUM.match(text, q)
            if num and (mw := _MEASURE_AFTER.match(norm, num.end())) and _is_measure(g, nt, mw, dw):
                return  # "giao cho Văn phòng Tỉnh ủy [1 chiếc]", "Kho bạc Nhà nước [150 tỷ] đồng": an amount
            if num and not so and _COUNT_OF_PLACES.match(text, q):
                # "Ban Thường vụ [2 tỉnh Cà Mau và Bạc Liêu]": the body of the places listed, each its own LOC
                sp.named, sp.complete = True, True
                return
            if num and _GROUPED_DIGITS.match(text, num.end()):
                return  # "Công ty phục vụ [1.800] khách": an amount written with a separator, no unit number
            if num and ((sp.last == "head" and not sp.nonum) or (sp.last == "name" and _last_words(g, text, sp.end))
                        or (so and not sp.nonum and not _DOC_NUMBER_AFTER.match(text, num.end()))
                        or (desc_live and sp.last == "part" and not so and _ends_name(g, nt, num.end())
                            # (not a house number before its street: "Trung tâm giới thiệu sách [219 Nguyễn Văn Cừ]")
                            and not ((w := _WORD.match(norm, num.end() + 1)) and text[num.end() : num.end() + 1] == " "
                                     and text[w.start()].isupper() and w.group() in g.surnames))
                        or (sp.last == "name" and not so and _number_ends_name(g, nt, sp, num.end()))
                        # a one- or two-digit number that closes a Vietnamese name before punctuation:
                        # "Bệnh viện Nhi đồng [1] (TP.HCM)", "Trung tâm ... Thanh Thiếu Niên [2] (huyện Củ Chi)"
                        or (sp.last in ("name", "part") and not so and not sp.country and not sp.top
                            and sp.end not in dw.loc_ends and num.end() - q <= 2 and _NUM_CLOSES.match(text, num.end())
                            and "  " not in text[sp.start : q])):  # (not over a heading: "... CỘNG ĐỒNG  Điều 10")
                sp.end = num.end()
                sp.last, sp.named, sp.complete = "num", True, True
                continue
            return
        if not cap and sp.last == "name" and _foreign(text[sp.piece : sp.end]) and (w := _WORD.match(text, q)) \
                and w.group() in g.connectors and text[w.end() : w.end() + 1] == " " and w.end() + 1 < n \
                and text[w.end() + 1].isupper():
            # an English connector between foreign names goes on in the name: "Viện City [and] Guild"
            run = _cap_run(g, nt, w.end() + 1, stop_at)
            if run and all(_foreign(text[a:b]) for a, b in run) and not _known_place(g, text, run, 0):
                sp.end, sp.piece = run[-1][1], run[-1][0]
                continue
            return
        if cap:
            if sp.partonly and sp.last == "head":
                return
            run = _cap_run(g, nt, q, stop_at)
            if not run or (_INITIAL.match(text[q : q + 4]) and not g.units_rx.match(norm, q)):
                return  # "Chủ tịch Hạ viện [L. Zaoralek]": a person's initial
            if len(run) > 1 and _BYLINE_END.match(text, run[-1][1]):
                # the run ends the article: from its first initials or name on it is the byline
                # ("... vào quân đội Syria [QA Quang Anh] -")
                cut = next((k for k in range(1, len(run)) if text[run[k][0]:run[k][1]].isupper()
                            or _person_at(g, nt, run, k)), len(run))
                if cut < len(run):
                    sp.end, sp.last, sp.named, sp.complete = run[cut - 1][1], "name", True, True
                    return
            if ((sp.last == "abbr" and sp.abbrorg) or sp.end in dw.loc_ends) and run[0][1] in dw.cont and dw.word_at.get(run[0][0]):
                return  # "Ảnh: TTXVN [Phát biểu] trước ...": a new sentence after a credit
            if (sp.named and len(run) == 1 and _CREDIT_BEFORE.search(text[max(0, sp.start - 16) : sp.start])
                    and _VIET_SYL.fullmatch(text[run[0][0] : run[0][1]].lower())
                    and (lw := _LOWER_WORDS.match(text, run[0][1])) and lw.start() + 1 == lw.start(1)):
                return  # "Nguồn ảnh: Báo QĐND [Bù] lại, ...": a credit run into the next sentence's first word
            if (sp.last != "abbr" and _CAPS_NAME.fullmatch(text, sp.start, sp.end) and not text[run[0][0] : run[0][1]].isupper()
                    and not _known_place(g, text, run, 0)):
                return  # "Ảnh: TÂN HOA XÃ [Tăng] cường ...": a name in capitals ends before a Title-case word
            if (sp.complete and len(run) >= 2 and (hy := _GIVEN_TAIL.match(text, run[-1][1]))
                    and all(_ROMAN_WORD.fullmatch(text, a, b) for a, b in run[-2:])
                    and not any(place_level(text[a : hy.end()], g.rules_dirs) is not None for a, _ in run[-3:])):
                # a romanized surname + hyphenated given name ends the run: the officer after a complete name
                # ("người phát ngôn Bộ Quốc phòng [Moon Sang-gyun]", "Triều Tiên [Kim Jong-un]")
                if len(run) == 2:
                    return
                run = run[:-2]
            a0, b0 = run[0]
            if sp.complete and "-" in text[a0:b0] and _short_countries(g, text, a0, b0):
                return  # "Bộ Quốc phòng [Việt-Trung]": a pair of countries, no part of the name
            take = len(run)
            for k, (a, b) in enumerate(run if not _run_is_place(g, text, run) else ()):
                rest = len(run) - k
                if k > 0 and norm[a:b] in g.openers and any(place_level(text[run[j][0] : run[k - 1][1]], g.rules_dirs)
                                                            is not None for j in range(max(0, k - 3), k)):
                    take = k  # "Hải quân Anh [Sau] khi ...": a new sentence whose period is missing
                    break
                if ((k > 0 or sp.complete) and rest >= 2 and text[a:b] in g.given
                        and text[run[k + 1][0]].isupper() and not text[run[k + 1][0]:run[k + 1][1]].isupper()):
                    take = k  # "Tổng Thư ký NATO [Jens Stoltenberg]": a known foreign given name starts a person
                    break
                if (k > 0 and rest == 2 and len(text[run[k - 1][0]:run[k - 1][1]]) >= 2
                        and text[run[k - 1][0]:run[k - 1][1]].isupper() and _foreign(text[a:b])
                        and not text[a:b].isupper() and text[a:b] not in g.tails
                        and not text[run[k + 1][0]:run[k + 1][1]].isupper() and not _known_place(g, text, run, k)
                        and place_level(text[run[k + 1][0]:run[k + 1][1]], g.rules_dirs) is None
                        and _office_before(g, norm, sp.start)):
                    take = k  # "Chủ tịch Tập đoàn công nghệ NVIDIA [Jensen Huang]": after a title, an upper-case
                    break     # brand ends the name and two foreign words after it are its officer
                if ((k > 0 or sp.complete or sp.last == "head") and rest in (2, 3) and not _foreign((text[run[k - 1][0]:run[k - 1][1]] if k
                                                                          else text[sp.start:a].split()[-1]))
                        and _foreign(text[run[-1][0]:run[-1][1]]) and not text[a:b].isupper()
                        and not text[run[-1][0]:run[-1][1]].isupper() and text[a:b] not in g.tails
                        and (rest == 2 or ((_foreign(text[a:b]) or _foreign(text[run[k + 1][0]:run[k + 1][1]])
                                            or run[k + 1][1] - run[k + 1][0] == 1)
                                           and (k == 0 or place_level(text[run[k - 1][0]:b], g.rules_dirs) is None)))
                        and not _known_place(g, text, run, k) and _office_before(g, norm, _cua_before(norm, sp.start))
                        and place_level(text[a:run[-1][1]], g.rules_dirs) is None
                        and place_level(text[run[-1][0]:run[-1][1]], g.rules_dirs) is None):
                    take = k  # "Chủ tịch Ủy ban Quân lực Hạ viện [Mac Thornberry]", "Người phát ngôn của quân đội
                    break     # [Restituto Padilla]", "Chủ tịch Hạ viện [Seán Ó Fearghaíl]": after a title, a body's
                    #           Vietnamese name ends before two Title-case words (three, the first or second foreign or an initial), the last
                    #           foreign, no place: its officer
                if (k > 0 and rest == 3 and sp.complete and text[run[k + 1][0] : run[k + 1][1]] == "A"
                        and _VIET_SYL.fullmatch(norm[a:b]) and _VIET_SYL.fullmatch(norm[run[k + 2][0] : run[k + 2][1]])):
                    take = k  # a minority name with the middle name A after a place: "UBND huyện Sa Pa [Hầu A Lềnh]"
                    break
                if (_person_at(g, nt, run, k) and k + 2 < len(run) and _person_at(g, nt, run, k + 1)
                        and norm[run[k + 2][0] : run[k + 2][1]] in _MIDDLE_NAMES):
                    continue  # a place's syllable that is also a surname before a full name: "xã Hòa Thạch [Đỗ Văn Dương]"
                if (_person_at(g, nt, run, k) and not (k == 0 and _SCHOOL_LEVEL_BEFORE.search(text, sp.start, a))
                        and not (k == 1 and rest == 2 and not sp.complete
                                                       and _VIET_SYL.fullmatch(text[run[0][0] : run[0][1]].lower()))
                        # one syllable after a head is no complete name: "Công ty cổ phần [Tân Hoàng Cầu]"
                        and (k > 0 or rest >= 3 or (sp.complete and sp.country)
                                                   # after a title, a complete body's name takes no two-word
                                                   # personal name: "Chủ tịch Hội đồng Bộ trưởng [Phạm Hùng]"
                                                   or (sp.complete and rest == 2 and sp.last in ("head", "part", "name")
                                                       and _office_before(g, norm, _cua_before(norm, sp.start))))
                        and not _place_then_foreign(g, text, run, k)
                        # a country's state form that opens with a family name: "Viện Pitman [Vương Quốc Anh]"
                        and place_level(text[a : run[-1][1]], g.rules_dirs) != 4
                        # "Sở GTVT Phú Yên [Lê Sĩ Lục]": a two-syllable place is not split at its second syllable
                        and not (k > 0 and _person_at(g, nt, run, k + 1)
                                 and place_level(text[run[k - 1][0] : b], g.rules_dirs) is not None)):
                    take = k  # "Ban Bí thư [Lương Cường]": a state or party body takes no personal name
                    break
                # one foreign word after a country, then its predicate: the officer who speaks
                # ("quân đội Iran [Pourdastan] nói"; not "Hải quân Anh" + a verb)
                if (rest == 1 and _foreign(text[a:b]) and not text[a:b].isupper()
                        and text[a:b] not in g.tails and not _known_place(g, text, run, k)
                        and ((k == 0 and sp.country and sp.complete)
                             or any(place_level(text[run[j][0] : run[k - 1][1]], g.rules_dirs) == 4
                                    for j in range(max(0, k - 3), k)))
                        and _speech_after(g, nt, b)):
                    take = k
                    break
                # a foreign person's name after a Vietnamese-spelled place: Hải quân Nga Avramenko Sergey
                # (not a place: "Sở An ninh nội vụ Saint Petersburg")
                if ((k > 0 or sp.complete) and rest >= 2 and (_foreign(text[a:b]) or (
                        # a romanized two-word name after a country: "quân đội Trung Quốc [Xu Guangyu]"
                        rest == 2 and text[a:b][1:].islower() and ((k == 0 and sp.country and sp.complete) or any(
                            place_level(text[run[j][0] : run[k - 1][1]], g.rules_dirs) == 4 for j in range(max(0, k - 3), k)))))
                        and _foreign(text[run[k + 1][0] : run[k + 1][1]]) and not _known_place(g, text, run, k)):
                    prev = text[run[k - 1][0] : run[k - 1][1]] if k > 0 else text[max(0, a - 40) : a].split()[-1:]
                    if isinstance(prev, list):
                        prev = prev[0] if prev else ""
                    # after a Vietnamese word, or after a place ("... Saint Petersburg Mikhail Vanitski")
                    if prev and (not _foreign(prev) or any(place_level(text[run[j][0] : run[k - 1][1]], g.rules_dirs)
                                                           is not None for j in range(max(0, k - 3), k))):
                        take = k
                        break
                # after a title, two or three romanized words with no Vietnamese tone or letter after a country
                # closing the body: its officer ("Chủ tịch Quốc hội Singapore [Seah Kian Peng]",
                # "[Tan Chuan Jin]"); the syllables may look Vietnamese, their lack of diacritics marks them
                if (k > 0 and rest in (2, 3) and all(_ROMAN_WORD.fullmatch(text, x, y) for x, y in run[k:])
                        and text[a:b] not in g.tails and text[run[-1][0]:run[-1][1]] not in g.tails
                        and not _known_place(g, text, run, k) and place_level(text[a:run[-1][1]], g.rules_dirs) is None
                        and any(place_level(text[run[j][0]:run[k - 1][1]], g.rules_dirs) == 4 for j in range(max(0, k - 3), k))
                        and _NAME_CLOSES.match(text, run[-1][1])
                        and _office_before(g, norm, _cua_before(norm, sp.start))):
                    take = k
                    break
            if take == 0:
                return
            directly = not sp.named or sp.prefix_at == sp.end
            if directly and norm[run[0][0] : run[0][1]] in g.openers:
                return  # "các trường ĐH [Là] tỉnh ...": a new sentence, not a name
            if (sp.last in ("abbr", "name") and len(run) == 1 and norm[run[0][0] : run[0][1]] in g.quantifiers
                    and norm[run[0][0] : run[0][1]] in g.function_words
                    and norm[run[0][0] : run[0][1]] not in ("một", "hai", "ba")):  # (not a numeral: "Ba’ath", "Một thành viên")
                return  # "IS [Các] tay súng", "NATO [Những] nước": a quantifier opens a new sentence after a name
            sp.end = run[take - 1][1]
            sp.piece = run[take - 1][0]
            sp.last, sp.named, sp.complete = "name", True, True
            if take < len(run):
                return
            if directly and take > 1 and any(e.table == "block" for e in g.start.get(_key(norm[run[0][0]:sp.end]), ())):
                sp.desc_at = sp.end  # a common word in capitals, no name: Ban Chỉ đạo [Phòng Chống] lụt bão
            # "Đại học Bách khoa", "Công ty Tư vấn": a capitalized syllable right after
            # the head is completed by the lower-case syllable of its word
            if (directly and take == 1 and not sp.country and not _foreign(text[run[0][0] : run[0][1]])
                    and run[0][0] not in dw.loc_starts):  # a place is complete: "Mặt trận Lào [xây dựng]"
                gap = _GAP.match(text, sp.end)
                w = _WORD.match(text, gap.end()) if gap and gap.end() - gap.start() == 1 else None
                one_word = w is not None and dw.word_at.get(run[0][0]) == w.end()  # "Trang bị" is one word
                if w and text[w.start()].islower() and (one_word or norm[w.start() : w.end()] not in g.function_words):
                    fw2 = _GAP.match(text, w.end())
                    two = _WORD.match(norm, fw2.end()) if fw2 else None
                    syl = norm[w.start() : w.end()]
                    verb2 = bool(two) and f"{syl} {two.group()}" in g.verbs and dw.word_at.get(w.start()) == two.end()
                    if not (two and f"{syl} {two.group()}" in g.function_words) and (
                            one_word or place_level(text[run[0][0] : run[0][1]], g.rules_dirs) is None
                            or not (syl in g.verbs or (two and f"{syl} {two.group()}" in g.verbs))) and not (
                            verb2 and not one_word and norm[run[0][0] : run[0][1]] not in g.function_words):
                        # (not a verb after a place: "do Đại sứ quán Anh [trao tặng]"; but "Vụ Các [tổ] chức";
                        # nor a verb the segmenter keeps whole after a one-syllable name: "Nhà xuất bản Trẻ [ấn hành]")
                        sp.end = w.end()
                        sp.piece = w.start()
                sp.desc_at = sp.end  # Cục Quản lý [đê điều]
            continue
        if desc_live and sp.desc_words < 4:
            wend = _description_word(g, nt, q, dw)
            if not wend and sp.desc_words and (wend := _plain_syllable(g, nt, q, dw)):
                # a syllable the segmenter left alone, then the name: "Công ty Xe khách chất lượng [cao] Tô Châu"
                # (not a place's generic word: "[chợ] Long Biên", "[sông] Cầu")
                g2 = _GAP.match(text, wend)
                r = g2.end() if g2 and g2.end() - g2.start() == 1 else -1
                if norm[q:wend] in _place_model(g.rules_dirs).head_words or not (
                        0 <= r < n and text[r].isupper() and r not in stop_at and r not in dw.loc_starts
                        and not g.stops_rx.match(norm, r)
                        and (w2 := _WORD.match(norm, r)) and w2.group() not in g.openers and not g.start_rx.match(norm, r)):
                    wend = None
            if wend:
                sp.end, sp.last = wend, "part"
                sp.desc_at = wend
                sp.desc_words += 1
                continue
        if (sp.named and not sp.country and sp.last in ("name", "part") and (rg := _REGION_OF_COUNTRY.match(text, q))):
            # a body of one region of the country, the region written after its name:
            # "Tổng Công ty Điện lực [miền Nam]", "Tổng Công ty Lương thực [miền Bắc]"
            sp.end = rg.end()
            sp.last, sp.complete = "place", True
            continue
        if q in dw.lower_locs and sp.desc and sp.last in ("head", "part") and (desc_live or not sp.named):
            # a region written lower-case first after the head or its description:
            # "Hội đồng [châu Âu]", "Ngân hàng Đầu tư cơ sở hạ tầng [châu Á]"
            sp.end = dw.lower_locs[q]
            sp.last, sp.named, sp.complete = "place", True, True
            continue
        if (sp.named and sp.last == "name" and not sp.country and text[text.rfind(" ", sp.start, sp.end) + 1].isupper()
                and (ct := _CONTINENT.match(text, q)) and q > sp.end):
            # a continent after a body's capitalized name is its place qualifier: "Hội Folklore [châu Á]",
            # "Ngân hàng Đầu tư [châu Á]", "Quỹ Phòng Chống thương vong [châu Á]"
            sp.end = max(ct.end(), dw.lower_locs.get(q, 0))
            sp.last, sp.complete = "place", True
            continue
        if sp.desc and not sp.named and not cap:
            # lower-case words right after the head, then a capitalized name: "Hãng thông tấn nhà nước Qatar"
            # single syllables too only after a capitalized head in mid-sentence ("chỉ huy Biên đội tàu khu trục 7",
            # not '"Vụ cháy tòa nhà ITC', "trường thọ")
            plain = text[sp.start].isupper() and not _sentence_initial(text, sp.start)
            wend = _description_before_name(g, nt, q, dw, stop_at, plain)
            if wend:
                sp.end, sp.last, sp.named = wend, "part", True
                sp.desc_at = wend
                continue
        return


_REGION_OF_COUNTRY = regex.compile(r"miền (?:Bắc|Nam|Trung|Tây|Đông)(?: Trung Bộ| Nam Bộ| Bắc Bộ)?(?![\p{L}\p{M}])")
_CONTINENT = regex.compile(r"châu (?:Á|Âu|Phi|Mỹ|Mĩ|Úc|Đại Dương)(?![\p{L}\p{M}])")
_NUM_CLOSES = regex.compile(r"[ \t\u00a0]*(?:[,;:)]|\((?![\d/])|\.(?![\p{L}\p{N}])|\Z|[\r\n])")  # "2 (huyện", "1,"
_GROUPED_DIGITS = regex.compile(r"[.,]\d{3}(?!\d)")  # "1[.800]", "2[,500]"
_HYPHEN_WORD = regex.compile(r"-(\p{Lu}[\p{Ll}\p{M}]*) ([\p{Ll}\p{M}]+)(?![\p{L}\p{M}\p{N}-])")  # "-Kỹ thuật"
_COUNT_OF_PLACES = regex.compile(  # "Ban Thường vụ [2 tỉnh Cà Mau và Bạc Liêu]": a count of the places listed after it
    r"(?:[2-9]|[1-9]\d)[ \t\u00a0]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|nước|quốc gia)[ \t\u00a0]+"
    r"\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*){0,3}[ \t\u00a0]*(?:,|và(?![\p{L}\p{M}]))")
_NUM_GOES_ON = regex.compile(r"[.,/:-]?\p{N}|[ \t\u00a0]*[-–/(]|[ \t\u00a0]+\p{Lu}")


def _number_ends_name(g: _Grammar, nt: NormText, sp: _Span, e: int) -> bool:
    """Does a number ending at ``e`` end a name with a foreign word in it ("Festival Huế [2004]",
    "Universitas [21]")? Not after a country's body ("quân đội Syria 2 ..."), nor a number that goes on."""
    text = nt.text
    num = text[sp.end : e].strip()
    if not (len(num) <= 2 or (len(num) == 4 and num[:2] in ("19", "20"))):
        return False  # a model, not a name's number: "Boeing 747"
    return (not sp.country and not _NUM_GOES_ON.match(text, e) and _ends_name(g, nt, e)
            and any(_foreign(w.group()) for w in _WORD.finditer(text, sp.start, sp.end)
                    if w.group()[:1].isupper() and not w.group().isupper()))  # (not an abbreviation: "Trường CĐSP X 40 chỉ tiêu")


_INNER_ABBR = regex.compile(r"[ \t\u00a0]\((\p{Lu}[\p{Lu}&]{1,7})\)[ \t\u00a0]")


def _initials_of(name: str, abbr: str) -> bool:
    """Is ``abbr`` the initials of every word of ``name`` ("Công ty Cổ phần" -> CTCP)?"""
    initials = "".join(w[:1] for w in name.split()).upper().replace("Đ", "D")
    return len(initials) >= 2 and initials == abbr.upper().replace("Đ", "D").replace("&", "")


def _description_before_name(g: _Grammar, nt: NormText, q: int, dw: _DocWords, stop_at: set[int],
                             plain: bool = False) -> int | None:
    """The end of one to four description words at ``q`` when a capitalized name or a number follows them
    (also words the segmenter left as single syllables: "Biên đội [tàu khu trục] 7")."""
    end, p = None, q
    for _ in range(4):
        pm = g.parts_rx.match(nt.norm, p) if "/" in nt.text[p : p + 24] else None
        if pm and nt.text[p : p + 1].islower() and "lower" in g.parts[_key(pm.group())].flags:
            wend = nt.orig_end(pm.end())  # a lower-case part written with a slash: "Hội nạn nhân [da cam/dioxin] Việt Nam"
        else:
            wend = _description_word(g, nt, p, dw) or (plain and _plain_syllable(g, nt, p, dw))
        if not wend:
            break
        end = wend
        gap = _GAP.match(nt.text, end)
        if not gap or gap.end() - gap.start() > 1:
            return None
        p = gap.end()
        if _NUMBER_AHEAD.match(nt.norm[p : p + 8]):
            return end  # a number follows: "Trung đoàn bộ binh [số 1]" (taken for military units only)
        um = g.units_rx.match(nt.norm, p)
        if um and (g2 := _GAP.match(nt.text, nt.orig_end(um.end()))) and nt.text[g2.end() : g2.end() + 1].isupper():
            return end  # "Trung tâm giáo dục thường xuyên [tỉnh Bạc Liêu]": a place qualifier follows
        if p < len(nt.text) and nt.text[p].isupper():
            w = _WORD.match(nt.norm, p)
            if p in stop_at or g.stops_rx.match(nt.norm, p) or (w and w.group() in g.openers):
                return None  # "Vụ thảm sát [Khi] màn đêm ...": a new sentence, not a name
            return end
    return None


def _description_after(g: _Grammar, nt: NormText, e: int, dw: _DocWords) -> bool:
    """Does a lower-case description word follow ``e`` ("Viện [nghiên cứu]", "Công ty [khí gas] Hayyan")?"""
    gap = _GAP.match(nt.text, e)
    if not gap or gap.end() - gap.start() != 1 or not nt.text[gap.end() : gap.end() + 1].islower():
        return False
    if _description_word(g, nt, gap.end(), dw):
        return True
    w = _WORD.match(nt.norm, gap.end())  # one syllable the segmenter left alone ("khí gas")
    if w and w.group() in g.topics:
        return True  # "Ban Chỉ đạo [về rà soát ...]", "Ban Chỉ đạo [của Chính phủ ...]": a longer name
    return bool(w) and w.group() not in g.verbs and w.group() not in g.function_words


def _lower_description(g: _Grammar, nt: NormText, e: int, dw: _DocWords, least: int = 2,
                       verb_ok: bool = False) -> int | None:
    """The end of ``least`` (two) to four lower-case description words after a head ending at ``e``,
    when the name ends there (a verb, a function word or punctuation follows), or None.

    One word is too little for a name: "Viện nghiên cứu", "Tiểu ban diễu binh" are kinds of bodies.
    """
    end, words, verb_first = None, 0, False
    for _ in range(5):
        gap = _GAP.match(nt.text, end or e)
        if not gap or gap.end() - gap.start() > 1:
            break
        q = gap.end()
        va = _VA.match(nt.norm, q) if words else None
        if va:  # "Trung tâm chiến lược [và] nghiên cứu quốc tế"
            if verb_first:
                break  # "Cơ quan phụ trách công tác tuyển sinh [và] đào tạo": a verb's objects
            q = va.end()
        wend = _description_word(g, nt, q, dw)
        if (not wend and not words and verb_ok and (w := dw.word_at.get(q)) and nt.text[q:w].islower()
                and _key(nt.norm[q:w]) in g.verbs and _key(nt.norm[q:w]) not in g.parts):
            wend, verb_first = w, True  # the body's function: "Trung tâm [dự báo] khí tượng thủy văn trung ương"
        if not wend:
            break
        end, words = wend, words + 1
    if end and (dm := _DASH_ONE.match(nt.text, end)) and nt.text[dm.end() : dm.end() + 1].islower() and (
            pm := g.parts_rx.match(nt.norm, dm.end())) and g.parts[_key(pm.group())].kind == "portfolio":
        end = nt.orig_end(pm.end())  # a portfolio joined by a dash: "Phòng quản lý hành chính du lịch [- thương mại]"
    # a verb first needs three description words after it ("Văn phòng [chỉ đạo] phòng chống lụt bão trung ương")
    return end if words >= least + 2 * verb_first and _ends_name(g, nt, end) else None


_PLACE_PAIR = regex.compile(r"[-–]\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]\p{Lu}[\p{L}\p{M}]*)?(?![\p{L}\p{M}-])")
_CAP_RUN = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]\p{Lu}[\p{L}\p{M}]*)*")


def _about_place_after(g: _Grammar, nt: NormText, e: int, dw: _DocWords) -> int | None:
    """The end of "về" + two to eight lower-case description words + (a unit word and) a place found elsewhere,
    right after a bare description head ending at ``e``: the body's topic and its place are its name ("Ban Chỉ
    đạo về khu vực phòng thủ thành phố Hà Nội"); else None (not "Ban Chỉ đạo về thăm tỉnh X": a verb first)."""
    m = _ABOUT.match(nt.text, e)
    if not m or not dw.loc_starts:
        return None
    end, words = m.end(), 0
    for _ in range(8):
        gap = _GAP.match(nt.text, end)
        if not gap or gap.end() - gap.start() != 1:
            return None
        q = gap.end()
        if q in dw.loc_starts and words >= 2:
            run = _CAP_RUN.match(nt.text, q)
            if not run or run.end() not in dw.loc_ends:
                return None
            pair = _PLACE_PAIR.match(nt.text, run.end())  # "song phương Việt Nam[-Lào]"
            return pair.end() if pair else run.end()
        wend = _description_word(g, nt, q, dw)
        if not wend:
            um = g.units_rx.match(nt.norm, q)
            if not um or words < 2:
                return None
            wend = nt.orig_end(um.end())  # "thành phố" before the place
        end, words = wend, words + 1
    return None


_AGENCY_CANON = ("Hãng thông tấn", "Tân Hoa xã")  # canonical names of news agencies (org_abbreviations.tsv)
_GIVEN_NAME_AFTER = regex.compile(r"[ \t\u00a0][A-Z][a-z]+-[a-z]{2,}(?![\p{L}\p{M}\p{N}-])")  # " Ki-moon"
_GIVEN_TAIL = regex.compile(r"-[a-z]{2,}(?![\p{L}\p{M}\p{N}-])")  # "Sang[-gyun]", "Jong[-un]"
_ROMAN_WORD = regex.compile(r"[A-Z][a-z]+")
_DASH_ONE = regex.compile(rf"{_SP}[-–]{_SP}")
_ABOUT = regex.compile(rf"{_SP}về(?={_SP}\p{{Ll}})")
_OVERSEAS_PEOPLE = regex.compile(rf"{_SP}người{_SP}Việt{_SP}Nam{_SP}ở{_SP}nước{_SP}ngoài(?![\p{{L}}\p{{M}}])")
_ABOUT_DASH = regex.compile(rf"{_SP}[-–]{_SP}[\p{{Ll}}\p{{M}}]+(?:{_SP}[\p{{Ll}}\p{{M}}]+){{0,3}}(?=[,.;:()]|\Z)")


def _about_after(g: _Grammar, nt: NormText, s: int, end: int, dw: _DocWords) -> int | None:
    """The end of "về" + a lower-case description (three syllables or more, and more joined by a dash) after a
    description head's name that ends in a level word (role ``about``: "Ban Chỉ đạo Nhà nước về ...", "Ủy ban
    Quốc gia về người cao tuổi") or in lower-case description words ("Cục Cảnh sát quản lý hành chính về trật
    tự xã hội"), rule of the head; else None (not "Cục Thuế về việc ...")."""
    m = _ABOUT.match(nt.text, end)
    if not m:
        return None
    last = nt.text[nt.text.rfind(" ", s, end) + 1 : end]
    if not (last.islower() or nt.norm[s:end].endswith(g.abouts)):
        return None
    if ov := _OVERSEAS_PEOPLE.match(nt.text, m.end()):
        return ov.end()  # a description with the country in it: "Ủy ban Nhà nước về [người Việt Nam ở nước ngoài]"
    d = _lower_description(g, nt, m.end(), dw, least=1, verb_ok=True)  # a verb may come first: "về điều tra ..."
    if not d or len(nt.text[m.end() : d].split()) < (2 if nt.norm[s:end].endswith(g.short_abouts) else 3):
        return None  # (after the United Nations two are enough: "Cao ủy Liên Hợp Quốc về nhân quyền")
    if dm := _ABOUT_DASH.match(nt.text, d):
        d = dm.end()  # "tài nguyên - môi trường biển" up to a punctuation mark
    return d


def _country_after(g: _Grammar, nt: NormText, end: int, stop_at: set[int]) -> int:
    """The end of a country named right after a lower-case description that ends a name at ``end`` (the whole
    capitalized run after one space is the country), else ``end``."""
    gap = _GAP.match(nt.text, end)
    if not gap or gap.end() - gap.start() != 1 or not nt.text[gap.end() : gap.end() + 1].isupper():
        return end
    run = _cap_run(g, nt, gap.end(), stop_at)
    if run and len(run) <= 3 and place_level(nt.text[run[0][0] : run[-1][1]], g.rules_dirs) == 4:
        return run[-1][1]
    return end


def _plain_syllable(g: _Grammar, nt: NormText, q: int, dw: _DocWords) -> int | None:
    """The end of a lower-case syllable at ``q`` that is no verb, function word, opener or quantifier, or None."""
    w = _WORD.match(nt.norm, q)
    if not w or not nt.text[q : q + 1].islower() or q in dw.loc_starts or g.units_rx.match(nt.norm, q) or q in dw.word_at:
        return None  # (a word of several syllables is judged whole: _description_word)
    k = w.group()
    if k in g.verbs or k in g.function_words or k in g.openers or k in g.quantifiers or g.stops_rx.match(nt.norm, q):
        return None
    return nt.orig_end(w.end())


_LOWER_THEN_CAP = regex.compile(r"(?:[ \t\u00a0]+[\p{Ll}\p{M}]+){0,3}[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}]*)")


def _person_word_at(g: _Grammar, nt: NormText, q: int) -> bool:
    """Does a word for a person (person_cues.tsv: "nghệ sĩ", "ông") start at ``q``, a person's name after it?
    After "và" it starts a second party, no description of the body: "Giám đốc Học viện Quân y [và nghệ sĩ]
    nhiếp ảnh Chu Chí Thành" (but "Hội Trí thức và chuyên gia Việt Nam": a place after it, the body's name)."""
    from .people import _resources as _people_resources  # people does not import orgs

    cue = _people_resources(g.rules_dirs).cue_rx.match(nt.norm, _norm_pos(nt, q))
    name = _LOWER_THEN_CAP.match(nt.text, nt.orig_end(cue.end())) if cue else None
    return bool(name) and norm_word(name.group(1)) in g.surnames


def _description_word(g: _Grammar, nt: NormText, q: int, dw: _DocWords) -> int | None:
    """The end of a lower-case word at ``q`` that goes on describing an organization
    (``Cục Quản lý [đê điều]``, ``Phòng Quản lý [đô thị]``), or None.

    Only a word of several syllables (as the segmenter cut it) counts: the words
    that end such a name in running text are mostly one-syllable function words and
    verbs, and the common longer verbs (``cho biết``, ``tổ chức``) are listed as ``verb``.
    """
    end = dw.word_at.get(q)
    if end is None or q in dw.loc_starts:
        return None
    word = nt.text[q:end]
    if not all(ch.islower() or ch.isspace() or unicodedata.combining(ch) for ch in word):
        return None
    key = _key(nt.norm[q:end])
    if key in g.verbs or key in g.function_words or g.stops_rx.match(nt.norm, q):
        return None
    return end


_COUNTRY_KINDS = frozenset({"army", "police", "ministry", "state", "party"})


def _single_syllable_name(text: str, head_end: int, end: int) -> bool:
    rest = text[head_end:end].split()
    return len(rest) == 1 and not _foreign(rest[0]) and not rest[0].isupper()


def _canonical(text: str, start: int, end: int, pieces: list[tuple[int, int, str]]) -> str | None:
    out, p = [], start
    for a, b, canon in sorted(pieces):
        if a < p or b > end:
            continue
        out.append(text[p:a])
        out.append(canon or text[a:b])
        p = b
    out.append(text[p:end])
    s = _SPACES.sub(" ", "".join(out)).strip()
    return None if s == text[start:end] else s


def _search_start(g: _Grammar, norm: str, pos: int):
    """``g.start_rx.search(norm, pos)``, faster: a start term begins a word (BOUNDARY_START) with its own first
    word, so only the words that begin some term are tried (a set lookup, not the whole alternation at every
    character)."""
    first, rx = g.first_words, g.start_rx
    for w in _WORD.finditer(norm, pos):
        if w.group() in first and (m := rx.match(norm, w.start())):
            return m
    return None


_CAP_WORDS = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*){0,3}")


def _country_prefix_end(g: _Grammar, text: str, e: int, end: int) -> int:
    """The end of a country that a lower-case army head's name starts with, when capitalized words follow it.

    "quân đội Syria [Lực lượng] quân tình nguyện" (a headline without its period), "quân đội Libya [Haftar]"
    (the commander): written in lower case, "quân đội + country" is the whole ORG (ANNOTATION.md 7).
    """
    gap = _GAP.match(text, e)
    m = _CAP_WORDS.match(text, gap.end()) if gap else None
    if not m or m.end() > end or m.end() == gap.end():
        return end
    words = [w for w in _NONSPACE.finditer(text, gap.end(), m.end()) if w.end() <= end]
    for k in range(len(words), 0, -1):
        if place_level(text[gap.end() : words[k - 1].end()], g.rules_dirs) == 4:
            return end if words[k - 1].end() == words[-1].end() else words[k - 1].end()  # "hải quân Nhật Bản": whole
    return end


_PLUS_MEMBERS = regex.compile(r"[ \t\u00a0]?\+[ \t\u00a0]?\d{1,2}(?![\p{L}\p{N}])")


def _plus_members(nt: NormText, out: list[Candidate]) -> list[Candidate]:
    """An organization's name ending in an abbreviation with its "+N" partners is one ORG: "ASEAN+3", "Quỹ ASEAN + 3"."""
    text = nt.text
    res = []
    for c in out:
        m = _PLUS_MEMBERS.match(text, c.end) if c.label == "ORG" and text[c.end - 1 : c.end].isupper() else None
        if m:
            c = Candidate(c.start, m.end(), c.label, c.rule + ".plus", c.priority, c.value, c.canonical)
        res.append(c)
    return res


# a capitalized collective word before an abbreviated body names the grouping itself: "Cộng đồng ASEAN",
# "Nhóm BRICS", "Diễn đàn APEC" (in lower case it stays a description: "khối NATO", "nhóm FSA")
_COLLECTIVE_BEFORE = regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:Cộng đồng|Nhóm|Diễn đàn)[ \t\u00a0]\Z")
_ABBR_WHOLE = regex.compile(r"\p{Lu}[\p{Lu}\p{N}]+")


def _collective_abbreviations(nt: NormText, out: list[Candidate]) -> list[Candidate]:
    """An abbreviated body with a capitalized collective word before it grows over that word (rule
    ``org.collective_abbr``): "Hội nghị các Nhà lãnh đạo [Nhóm BRICS] mở rộng"."""
    text = nt.text
    res = []
    for c in out:
        m = _COLLECTIVE_BEFORE.search(text, max(0, c.start - 10), c.start) \
            if c.label == "ORG" and _ABBR_WHOLE.fullmatch(text, c.start, c.end) else None
        if m:
            c = Candidate(m.start(), c.end, c.label, "org.collective_abbr", c.priority, c.value, None)
        res.append(c)
    return res


def find_orgs(nt: NormText, ctx: NerContext) -> list[Candidate]:
    """ORG candidates in ``nt``: heads with their names, abbreviations, named bodies.

    >>> from vnextract.normalize import normalize
    >>> t = "Hà Văn Thắng – Phó Giám đốc Thường trực Sở mong muốn (NLĐ)"
    >>> [(t[c.start:c.end], c.rule) for c in find_orgs(normalize(t), NerContext())]
    [('Sở', 'org.head.department'), ('NLĐ', 'org.abbr.org')]
    """
    if nt.to_orig is not None:
        # NFD or length-changing input: run on an aligned view, map offsets back
        view = NormText(_aligned_view(nt), nt.norm)
        out = []
        for c in find_orgs(view, ctx if not ctx.found else NerContext(ctx.doc_date, ctx.rules_dirs, [])):
            s, e = nt.span(c.start, c.end)
            out.append(Candidate(s, e, c.label, c.rule, c.priority, c.value, c.canonical))
        return out
    g = _grammar(tuple(ctx.rules_dirs))
    norm = nt.norm
    stop_at = {c.start for c in ctx.found if c.label in ("PER", "RANK", "TITLE")}
    dw = _DocWords.of(nt.text, ctx)
    out: list[Candidate] = []
    pos = 0
    while True:
        m = _search_start(g, norm, pos)
        if not m:
            break
        entries = g.start.get(_key(m.group()), ())
        cand = None
        written = nt.text[slice(*nt.span(m.start(), m.end()))]
        # a capitalized block with a name inside is no block in lower case: "Nhà Quốc hội", not "tòa nhà Quốc hội"
        if any(x.table == "block" and not (written[:1].islower() and x.term[:1].isupper() and any(ch.isupper() for ch in x.term[1:]))
               for x in entries):
            pos = m.end()
            continue
        m0 = m
        while m and not cand:
            s, e = nt.span(m.start(), m.end())
            for ent in g.start.get(_key(m.group()), ()):
                cand = _start(g, nt, ent, m, s, e, stop_at, dw)
                if isinstance(cand, list):  # a place and a name: "Báo [Thụy Điển] [Svenska Dagbladet]"
                    out.extend(cand[:-1])
                    cand = cand[-1]
                if cand:
                    break
            if cand:
                break
            # a shorter head at the same place: "Đài truyền hình Việt Nam" (no such name
            # in lower case) is the head "Đài Truyền hình" + "Việt Nam"
            if not all(x.table == "name" for x in g.start.get(_key(m.group()), ())):
                break  # only a name written in other case ("Đài truyền hình Việt Nam") falls back
            cut = norm.rfind(" ", m.start(), m.end())
            m2 = g.start_rx.match(norm, m.start(), cut) if cut > m.start() else None
            if m2 and (any(x.table in ("block", "name") for x in g.start.get(_key(m2.group()), ()))
                       or nt.orig_end(m2.end()) in dw.inner):
                m2 = None  # "Đảng" inside the word "Đảng bộ" is no ORG
            m = m2
        if cand:
            if _REPUBLIC_END.search(nt.norm, 0, _norm_pos(nt, cand.end)):
                cand = _state_form_tail(g, nt, cand, stop_at)
            cand = _person_after_body(g, nt, cand)
            cand = _level_or_old_state_tail(nt, cand)
            cand = _state_of_country_tail(g, nt, cand)
            cand = _hyphenated_word_tail(nt, cand)
            out.append(cand)
            pos = max(m.end(), _norm_pos(nt, cand.end))
        else:
            w = _WORD.match(norm, m0.start())
            pos = w.end() if w else m0.start() + 1
    defined = _paren_abbreviations(nt, out, ctx)
    out.extend(defined)
    # an abbreviation defined inside a name ("Chi nhánh Cấp nước (CNCN) Chợ Lớn") is no ORG there, but its other uses are
    inner = [Candidate(c.start + m.start(1), c.start + m.end(1), "ORG", "org.abbr.paren", priority=1,
                       canonical=nt.text[c.start : c.start + m.start()])
             for c in out if "(" in nt.text[c.start : c.end] for m in _INNER_ABBR.finditer(nt.text[c.start : c.end])]
    out.extend(_defined_abbreviation_uses(nt, defined + inner, out, g.rules_dirs))
    out.extend(_foreign_names(g, nt, out))
    out.extend(_cited_sources(g, nt, out))
    out.extend(_cued_names(g, nt, out, ctx, dw))
    out.extend(_dash_aliases(g, nt, out, ctx))
    # abbreviations defined after the names found since: "ThyssenKrupp Marine Systems (TKMS)", "hãng X (Y)"
    defined = _paren_abbreviations(nt, out, ctx, g)
    out.extend(defined)
    speaking = _speaking_abbreviations(g, nt, out, ctx)
    out.extend(speaking)
    defined = defined + speaking
    out.extend(_defined_abbreviation_uses(nt, defined, out, g.rules_dirs))
    out.extend(_named_again(g, nt, out))
    out.extend(_union_bare(g, nt, out))
    out.extend(_ministry_list(g, nt, out))
    out.extend(_school_list(g, nt, out))
    found = {(c.start, c.end) for c in out}
    out.extend(Candidate(m.start(), m.end(), "ORG", "org.level_body") for m in _LEVEL_BODY_FULL.finditer(nt.text)
               if (m.start(), m.end()) not in found)  # "Ủy ban nhân dân cấp tỉnh", "Tòa án nhân dân cấp cao"
    out.extend(c for c in _numbered_units(g, nt) if (c.start, c.end) not in found)  # a capitalized unit found above
    # a body named inside a law's formal name is no ORG (ANNOTATION.md 7): "Luật [Tổ chức chính quyền địa phương]"
    out = _collective_abbreviations(nt, _plus_members(nt, out))
    return [c for c in out if not _inside_formal_name(nt.text, c)]


def _inside_formal_name(text: str, c: Candidate) -> bool:
    """A body named inside a law's, treaty's or award's formal name, or the party of "tuổi Đảng": no ORG."""
    before = text[max(0, c.start - 16) : c.start]
    return bool(_LAW_BEFORE.search(before) or _FORMAL_NAME_BEFORE.search(before)
                or (text[c.start : c.end] == "Đảng" and _PARTY_YEARS_BEFORE.search(before)))


_FOREIGN_TAIL = regex.compile(r"(?:(?<=[ \t\u00a0])[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:[ \t\u00a0]|\Z)){1,5}\Z")
_NAME_CLOSES = regex.compile(r"[ \t\u00a0]*(?:[,;:)]|\.(?![\p{L}\p{N}])|\Z|[\r\n])|[ \t\u00a0]+và[ \t\u00a0]")
_PLAIN_VIET_SYL = regex.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
                                r"(?:uye|uya|uoi|uou|oai|oay|oeo|ieu|yeu|uay|ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|ua|ue|ui"
                                r"|uo|uu|uy|ye|[aeiouy])(?:ch|ng|nh|[cmnpt])?")  # "tan", "long"; not "dayan", "boon", "lee"
_FIELD_GAP = regex.compile(r"(?:[ \t\u00a0]+\p{Ll}[\p{Ll}\p{M}]*){0,3}[ \t\u00a0]+")
# an office's country and "tại" or "của" before a body's abbreviation ("Đại sứ Mỹ tại LHQ", "Đại diện của WB")
_COUNTRY_GAP = regex.compile(r"(?:[ \t\u00a0]+\p{Lu}[\p{Ll}\p{M}]*){0,2}(?:[ \t\u00a0]+(?:tại|của|ở|bên))?[ \t\u00a0]+")
_LOWER_AFTER = regex.compile(r"[ \t\u00a0]+\p{Ll}")
_ABBR_ONLY = regex.compile(r"\p{Lu}[\p{Lu}\p{N}&]+[ \t\u00a0]+")  # "LHQ ", "UNESCO "
_STATE_BODY_RULES = frozenset({"org.head.ministry", "org.head.military", "org.head.army", "org.head.police",
                               "org.head.state", "org.head.party"})


def _title_ends_at(g: _Grammar, nt: NormText, s: int, loose: bool = False) -> bool:
    """Does an office (titles.tsv) end right before ``s``, its field in lower case between
    ("quyền Bộ trưởng |Bộ Quốc phòng", "Trưởng phòng tác chiến |Bộ Tổng tham mưu")? With ``loose``,
    also its country and "tại" or "của" ("Đại sứ Mỹ tại |LHQ", "Đại diện của |WB")."""
    from .people import _resources as _people_resources  # people does not import orgs

    a = _norm_pos(nt, s)
    if a < 2 or nt.norm[a - 1] not in " \t\u00a0":
        return False
    window = max(0, a - 48)
    gap = _COUNTRY_GAP if loose else _FIELD_GAP
    return any(gap.fullmatch(nt.text, nt.orig_end(m.end()), s)
               for m in _people_resources(g.rules_dirs).title_rx.finditer(nt.norm, window, a - 1))


def _person_after_body(g: _Grammar, nt: NormText, cand: Candidate) -> Candidate:
    """Cut a foreign person's name off a body written between an office and the name with no comma
    ("quyền Bộ trưởng Bộ Quốc phòng [Rafen],", "Chủ tịch Hội đồng quản trị VSIP Group [Lee Ark Boon];").

    The name is the run of foreign capitalized words ending the span, before punctuation or "và":
    after a company's foreign tail word ("Group") for any body, or after the whole Vietnamese name
    of a state body (ministry, army, party). A place the gazetteers know stays ("Bộ Quốc phòng Israel").
    """
    text = nt.text
    m = _FOREIGN_TAIL.search(text, cand.start, cand.end)
    if not m or not (_NAME_CLOSES.match(text, cand.end)
                     or (cand.rule == "org.abbr.org" and _LOWER_AFTER.match(text, cand.end))):
        return cand  # after an abbreviation the name may open a clause: "Đại sứ Mỹ tại LHQ [Nikki Haley] nói"
    words = [(w.start() + m.start(), w.end() + m.start()) for w in _NONSPACE.finditer(m.group())]
    cut = None
    for k in range(len(words) - 1, 0, -1):
        if text[words[k - 1][0] : words[k - 1][1]] in g.tails:
            cut = k
            break
    abbr = False
    if cut is None:
        abbr = (cand.rule == "org.abbr.org" and len(words) <= 3
                and _ABBR_ONLY.fullmatch(text, cand.start, words[0][0]) is not None)
        if (cand.rule not in _STATE_BODY_RULES and not abbr) or len(words) > 3:
            return cand
        cut = 0
    name = words[cut:]
    if not 1 <= len(name) <= 3 or not all(not _PLAIN_VIET_SYL.fullmatch(text[a:b].lower()) for a, b in name):
        return cand
    if place_level(text[name[0][0] : name[-1][1]], g.rules_dirs) is not None \
            or any(text[a:b] in g.tails for a, b in name):
        return cand
    if not _title_ends_at(g, nt, cand.start, loose=abbr) or (abbr and len(name) < 2):
        return cand
    end = name[0][0]
    while end > cand.start and text[end - 1] in " \t\u00a0":
        end -= 1
    if end - cand.start < 3:
        return cand
    canonical = cand.canonical
    if canonical is not None:
        cut_off = text[name[0][0] : cand.end]
        canonical = canonical[: -len(cut_off)].rstrip() if canonical.endswith(cut_off) else None
    return Candidate(cand.start, end, cand.label, cand.rule, cand.priority, cand.value, canonical)


_REPUBLIC_END = regex.compile(r"(?<![\p{L}\p{M}])(?:cộng hoà|hợp(?: chủng)?)\Z")  # "Hợp chủng [quốc Hoa Kỳ]" too
# the lower-case rest of a state's full form after "Cộng hòa" (places.toml state_form)
_STATE_FORM_REST = regex.compile(r"(?:(?<=[Hh]ợp) chủng quốc|(?<=[Hh]ợp [Cc]hủng) quốc"  # "Hợp chủng quốc Hoa Kỳ"
                                 r"| (?:xã hội chủ nghĩa(?: dân chủ)?|dân chủ nhân dân|dân chủ(?: liên bang)?|nhân dân"
                                 r"|liên bang(?: dân chủ)?|hồi giáo|thống nhất))(?= \p{Lu})")


# a local state body, court or procuracy named by its level only: "UBND cấp xã", "Tòa án nhân dân cấp cao"
_LEVEL_BODY = regex.compile(r"(?:UBND|HĐND|[UỦ][yỷ] ban nhân dân|Hội đồng nhân dân|Tòa án nhân dân|Toà án nhân dân|TAND"
                            r"|Viện kiểm sát nhân dân|VKSND|Công an)\Z")
_LEVEL_AFTER = regex.compile(r"[ \t\u00a0]+cấp[ \t\u00a0]+(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|cơ sở|cao|trung ương)"
                             r"(?![\p{L}\p{M}\p{N}])")
# the same bodies written out and named by their level only, no place after: "Ủy ban nhân dân cấp tỉnh"
_LEVEL_BODY_FULL = regex.compile(r"(?<![\p{L}\p{M}])(?:[UỦ][yỷ] ban nhân dân|Hội đồng nhân dân|T[oò][aà] án nhân dân"
                                 r"|Viện kiểm sát nhân dân)" + _LEVEL_AFTER.pattern)
# the old state name with its country first, cut by the grammar after "Dân": "Chính phủ [Việt Nam Dân chủ Cộng hòa]"
_OLD_STATE_NAME = regex.compile(r"Việt Nam Dân chủ Cộng h(?:òa|oà)(?![\p{L}\p{M}])")


_LOWER_HYPHEN_TAIL = regex.compile(r"(?:-[\p{Ll}\p{M}]+)+(?![\p{L}\p{M}\p{N}-])")


def _hyphenated_word_tail(nt: NormText, cand: Candidate) -> Candidate:
    """A name cut inside a word spelt by syllables joined with hyphens, a transcribed foreign word, takes the
    rest of that word: "Viện Ra[-đa]" (not a one-word name before a lower-case word: "Đảng-chính quyền"; not
    after another transcribed word, where a person's name begins: "Nhà nước Cu-ba Phi-đen Ca-xtơ-rô")."""
    text = nt.text
    words = text[cand.start : cand.end].split()
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].isalpha() or "-" in words[-2]:
        return cand
    m = _LOWER_HYPHEN_TAIL.match(text, cand.end)
    if not m:
        return cand
    canonical = cand.canonical + m.group() if cand.canonical else cand.canonical
    return Candidate(cand.start, m.end(), cand.label, cand.rule, cand.priority, cand.value, canonical)


def _level_or_old_state_tail(nt: NormText, cand: Candidate) -> Candidate:
    """``cand`` run on over the level of a local body ("UBND [cấp xã]": no place follows, the level names the body)
    or over the rest of the old state name "Việt Nam Dân chủ Cộng hòa" it was cut inside."""
    text = nt.text
    e = cand.end
    if _LEVEL_BODY.search(text, cand.start, e) and _LEVEL_BODY.search(text, cand.start, e).start() == cand.start:
        m = _LEVEL_AFTER.match(text, e)
        if m:
            e = m.end()
    else:
        i = text.rfind("Việt Nam", cand.start, e)
        m = _OLD_STATE_NAME.match(text, i) if i > cand.start else None
        if m and m.end() > e:
            e = m.end()
    if e == cand.end:
        return cand
    canonical = cand.canonical + text[cand.end:e] if cand.canonical else None
    return Candidate(cand.start, e, cand.label, cand.rule, cand.priority, cand.value, canonical)


def _state_form_tail(g: _Grammar, nt: NormText, cand: Candidate, stop_at: set[int]) -> Candidate:
    """``cand`` cut after "Cộng hòa" run on over the lower-case rest of a state's full form and its country
    ("Bộ Quốc phòng Cộng hòa dân chủ nhân dân Lào", "Bộ Ngoại giao Cộng hòa xã hội chủ nghĩa Việt Nam")."""
    m = _STATE_FORM_REST.match(nt.text, cand.end)
    e = _country_after(g, nt, m.end(), stop_at) if m else cand.end
    if m is None or e == m.end():
        return cand
    canonical = cand.canonical + nt.text[cand.end:e] if cand.canonical else None
    return Candidate(cand.start, e, cand.label, cand.rule, cand.priority, cand.value, canonical)


# a national body named with its country's full state form after "nước": "Quốc hội [nước Cộng hòa Dân chủ Nhân
# dân Lào]", "Chính phủ [nước Cộng hoà XHCN Việt Nam]" (ANNOTATION.md 2: the qualifier is part of the name)
_STATE_BODIES = frozenset({"quốc hội", "chính phủ", "nhà nước"})
_STATE_OF_COUNTRY = regex.compile(
    r"[ \t\u00a0]nước[ \t\u00a0](?:C[ộỘ][nN][gG][ \t\u00a0][hH](?:òa|oà|ÒA|OÀ)"
    r"(?:[ \t\u00a0](?:(?i:xã hội chủ nghĩa|dân chủ nhân dân|dân chủ|nhân dân|liên bang|hồi giáo)|XHCN|DCND))?"
    r"|CHXHCN|CHDCND)(?=[ \t\u00a0]\p{Lu})")
_CAP_WORD_RUN = regex.compile(r"\G[ \t\u00a0](\p{Lu}[\p{L}\p{M}]*)")  # contiguous capitalized words


def _state_of_country_tail(g: _Grammar, nt: NormText, cand: Candidate) -> Candidate:
    """A bare national body (Quốc hội, Chính phủ, Nhà nước) run on over "nước" + the full state form of its
    country: "Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam" is one name (not a ministry: "Bộ Ngoại giao
    nước ..." keeps its own span in the gold)."""
    if " ".join(nt.text[cand.start : cand.end].lower().split()) not in _STATE_BODIES:
        return cand
    m = _STATE_OF_COUNTRY.match(nt.text, cand.end)
    if m is None:
        return cand
    # the country: the longest of the next 1-3 capitalized words that is one ("... Việt Nam [Trần Thanh Mẫn]")
    words = list(_CAP_WORD_RUN.finditer(nt.text, m.end(), min(len(nt.text), m.end() + 40)))[:3]
    e = next((w.end() for w in reversed(words) if place_level(nt.text[m.end() + 1 : w.end()], g.rules_dirs) == 4), None)
    if e is None:
        return cand
    canonical = cand.canonical + nt.text[cand.end:e] if cand.canonical else None
    return Candidate(cand.start, e, cand.label, cand.rule, cand.priority, cand.value, canonical)


def _union_bare(g: _Grammar, nt: NormText, found: list[Candidate]) -> list[Candidate]:
    """A head flagged ``union`` ("Đoàn") alone names the one body the text names in full elsewhere ("Đoàn TN",
    "T.Ư Đoàn"): capitalized in mid-sentence after a lower-case word or a comma, before a predicate or a dash
    and "Hội" ("tổ chức [Đoàn] - [Hội]", "Sau 13 năm, [Đoàn] đã kết nạp"; not "Trưởng Đoàn", "Nguyễn Quốc
    Đoàn đã"). Rule ``org.union.bare``."""
    text = nt.text
    out: list[Candidate] = []
    ms = list(g.union_rx.finditer(text)) if any(t in text for t in g.union_terms) else None
    if not ms:
        return out
    for m in ms:
        s, e = m.start(), m.start() + len(m.group().split()[0].rstrip(",-–"))
        term = text[s:e]
        k = len(term) + 1
        if not any(text[c.start : c.end].endswith(" " + term)
                   or (text[c.start : c.start + k] == term + " " and text[c.start + k : c.start + k + 1].isupper()
                       and not ((h := g.start_rx.match(nt.norm, c.start + k))
                                and any(x.table in ("head", "name") for x in g.start.get(_key(h.group()), ()))))
                   for c in found):  # "T.Ư Đoàn", "Đoàn TN"; not "Đoàn đại biểu ...", "Đoàn Ủy ban Quân vụ ..."
            return out  # the text never names the body in full
        if any(c.start < e and s < c.end for c in found) or _sentence_initial(text, s):
            continue
        before = text[max(0, s - 30) : s].split()
        if not before or text[s - 1 : s] != " " or not (before[-1][:1].islower() or before[-1].endswith(",")):
            continue
        if m.group(1) is None and not _predicate_after(g, nt, e):
            continue
        out.append(Candidate(s, e, "ORG", "org.union.bare"))
        if m.group(1):
            out.append(Candidate(m.start(1), m.end(1), "ORG", "org.union.bare"))
    return out


def _numbered_units(g: _Grammar, nt: NormText) -> list[Candidate]:
    """Military units written in lower case with their unit number (rule ``org.unit.numbered``): "lữ đoàn 92",
    "sư đoàn bộ binh 503", "lữ đoàn cơ giới số 80"; arm words and a country after the number stay in the span
    ("sư đoàn 4 bộ binh Mỹ"), and so does the parent unit written right after ("tiểu đoàn 1 trung đoàn thiết
    giáp 68"). Not a plural ("các tiểu đoàn 1 và 2"), not a unit word with no number ("tiểu đoàn có 2 ...")."""
    text, norm = nt.text, nt.norm
    out: list[Candidate] = []
    if not any(w in norm for w in g.unit_words):
        return out  # no unit word's last syllable in the text: a cheap test before the scan
    end = 0
    for m in g.unit_num_rx.finditer(norm):
        s = m.start()
        if s < end or any(w[:1].isupper() and not w.istitle() for w in text[s : m.end()].split()):
            continue  # lower case or capitalized words ("Sư đoàn Dù 82", "Lữ đoàn thiết giáp hạng nặng số 7"), no acronym
        if text[s].isupper() and s and text[s - 1].isalnum():
            continue
        if (w := _word_before(nt, s)) in g.quantifiers or w.isdigit():
            continue  # "các tiểu đoàn 1 và 2", "2 lữ đoàn số 93 và 17": units, not one
        e = m.end()
        while True:
            t = g.unit_trail_rx.match(norm, e)
            if t and text[t.end() : t.end() + 1].isupper() and not any(ch.isupper() for ch in text[e : t.end()]) and (run := _PLACE_AFTER.match(text, t.end() - 1)):
                n = _place_prefix(run.group(1), g.rules_dirs)
                if n == len(run.group(1)) and place_level(run.group(1), g.rules_dirs) == 4:
                    e = t.end() + n  # "sư đoàn 4 bộ binh Mỹ"
            gap = _GAP.match(text, e)
            m2 = g.unit_num_rx.match(norm, gap.end()) if gap and gap.end() - e == 1 else None
            if not m2 or any(ch.isupper() for ch in text[gap.end() : m2.end()]):
                break
            e = m2.end()  # the parent unit: "tiểu đoàn 1 trung đoàn thiết giáp 68"
        out.append(Candidate(s, e, "ORG", "org.unit.numbered"))
        end = e
    for m in g.unit_name_rx.finditer(norm):
        # a lower-case unit word + a foreign name (rule org.unit.named): "lữ đoàn Ta'ameen", "tiểu đoàn Aidar";
        # not a country or other known place ("tiểu đoàn Mỹ"), not a Vietnamese word ("sư đoàn Vệ binh")
        s = m.start()
        if (s and (norm[s - 1].isalnum() or unicodedata.category(norm[s - 1])[0] == "M")) or not text[s].islower() \
                or not text[m.end()].isupper() or any(c.start <= s < c.end for c in out):
            continue
        if (w := _word_before(nt, s)) in g.quantifiers or w.isdigit():
            continue
        cr = _CUED_RUN.match(text, m.end())
        run = [(m.end() + w.start(), m.end() + w.end()) for w in _NONSPACE.finditer(cr.group())] if cr else []
        k = 0
        while k < len(run) and k < 3 and _foreign(text[run[k][0] : run[k][1]].replace("'", "").replace("’", "")) \
                and not text[run[k][0] : run[k][1]].isupper():
            k += 1
        if not k or _known_place(g, text, run, 0):
            continue
        out.append(Candidate(s, run[k - 1][1], "ORG", "org.unit.named"))
    return out


_MINISTRIES = regex.compile(r"(?<![\p{L}\p{M}])bộ(?:[ \t\u00a0]*:)?[ \t\u00a0]+")
_LIST_END = regex.compile(r"[ \t\u00a0]*(?:[.;:)]|\Z)|[ \t\u00a0]+\p{Ll}")  # the last item: a period, a verb
_LIST_SEP = regex.compile(r"[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+và[ \t\u00a0]+")


def _ministry_list(g: _Grammar, nt: NormText, found: list[Candidate]) -> list[Candidate]:
    """Portfolios listed after "các bộ" are ministries, each an ORG by its short name: "các Bộ Y tế,
    [Quốc phòng], [Tư pháp]", "các bộ: [Quốc phòng], [Vận tải]" (not a portfolio: the list ends)."""
    norm, text = nt.norm, nt.text
    out: list[Candidate] = []
    taken = [(c.start, c.end) for c in found]
    for m in _MINISTRIES.finditer(norm):
        if _word_before(nt, m.start()) not in g.quantifiers:
            continue
        p, first = m.end(), ":" not in m.group()  # "các Bộ Y tế": the first is in the head's own ORG
        while True:
            pm = g.parts_rx.match(norm, p)
            if not pm or g.parts.get(_key(pm.group())) is None or g.parts[_key(pm.group())].kind != "portfolio":
                break
            sep = _LIST_SEP.match(norm, pm.end())
            if not sep and not _LIST_END.match(text, nt.span(pm.end(), pm.end())[0]):
                break  # "các bộ: Quốc phòng Mỹ": no list item
            a, b = nt.span(pm.start(), pm.end())
            if not first and not any(x < b and a < y for x, y in taken):
                canon = g.parts[_key(pm.group())].canonical or text[a:b]
                out.append(Candidate(a, b, "ORG", "org.list.portfolio", priority=1, canonical=f"Bộ {canon}"))
            first = False
            if not sep:
                break
            p = sep.end()
    return out


# "các trường [ĐHDL Đông Đô], [Hùng Vương], [Phú Xuân]": schools listed after a plural school word
_SCHOOLS = regex.compile(r"(?<![\p{L}\p{M}])trường(?:[ \t\u00a0]+(?:đại học|cao đẳng|ĐH|CĐ))?[ \t\u00a0]+")
# an item: Title-case words up to a stop or a lower-case word ("Duy Tân| mỗi nơi"), or a name with lower-case words
# inside that ends in a Title-case word before a comma, "và" or a stop ("Công nghệ Sài Gòn,")
_SCHOOL_ITEM = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:[ \t\u00a0]\p{Lu}[\p{Ll}\p{M}]+){0,4}"
                             r"(?=[ \t\u00a0]*(?:[,;)(…]|\.|\Z)|[ \t\u00a0]+\p{Ll})")
_SCHOOL_ITEM_LONG = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]+(?:[ \t\u00a0](?!và[ \t\u00a0])[\p{L}\p{M}]+){0,3}[ \t\u00a0]\p{Lu}[\p{Ll}\p{M}]+"
                                  r"(?=[ \t\u00a0]*(?:[,;)(…]|\.|\Z)|[ \t\u00a0]+và[ \t\u00a0])")


def _school_item(text: str, p: int) -> tuple[int, int] | None:
    m = _SCHOOL_ITEM_LONG.match(text, p) or _SCHOOL_ITEM.match(text, p)
    return m.span() if m else None


def _school_list(g: _Grammar, nt: NormText, found: list[Candidate]) -> list[Candidate]:
    """Names listed after a plural school word are schools, each an ORG by its short name: "Các trường ĐHDL Hải
    Phòng, [Lương Thế Vinh], [Cửu Long], [Duy Tân] mỗi nơi ...", "các trường ĐHCN Haagse, [Zeeland] và nhiều trường
    khác". The first item is a school found with its head or abbreviation (or a Title-case name); the next items are
    Title-case names joined by a comma or "và", up to a lower-case word or a stop; a list needs two items."""
    text = nt.text
    by_start = {c.start: c for c in found if c.label == "ORG"}
    taken = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    for m in _SCHOOLS.finditer(text):
        if norm_word(_word_before(nt, _norm_pos(nt, m.start()))) not in g.quantifiers:
            continue
        first = by_start.get(m.end())
        item = (first.start, first.end) if first is not None else _school_item(text, m.end())
        if item is None:
            continue
        items = [] if first is not None else [item]
        end = item[1]
        while (sep := _LIST_SEP.match(text, end)) and (item := _school_item(text, sep.end())):
            items.append(item)
            end = item[1]
        if any(place_level(text[a:b], g.rules_dirs) == 4 or _key(norm_word(text[a:b])) in g.start for a, b in items):
            continue  # "các trường đại học Việt Nam và Nhật Bản" (of two countries), "các trường Đại Học, Cao Đẳng"
        if len(items) + (first is not None) < 2:
            continue
        for a, b in items:
            if not any(x < b and a < y and (x, y) != (a, b) for x, y in taken):
                out.append(Candidate(a, b, "ORG", "org.list.school", priority=2))
    return out


_PAREN_ABBR = regex.compile(r"[ \t\u00a0]*\((\p{Lu}[\p{Lu}&]{1,7})\)")
_PAREN_AFTER_CLAUSE = regex.compile(r"[ \t\u00a0]được(?:[ \t\u00a0]+[\p{Ll}\p{M}]+){1,4}[ \t\u00a0]*\((\p{Lu}[\p{Lu}&]{1,7})\)")
_PAREN_AFTER_PARENT = regex.compile(r"(?:[ \t\u00a0]\p{Ll}[\p{Ll}\p{M}]*){0,3}[ \t\u00a0]của[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*){0,2})"
                                 r"[ \t\u00a0]*\((\p{Lu}[\p{Lu}&]{2,7})\)")
_PAREN_SHORT = regex.compile(r"[ \t\u00a0]*\((\p{Lu}[\p{L}\p{M}]*(?: [\p{L}\p{M}]+){1,3})\)")
# "không quân Syria (SAAF)": an armed force + country, then its abbreviation
_FORCE_ABBR = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:quân đội|không quân|hải quân|lục quân)[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*"
    r"(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*){0,2}[ \t\u00a0]*\((\p{Lu}[\p{Lu}&]{1,7})\)")


# "lực lượng vũ trang địa phương (NDF)", "các đơn vị vũ trang địa phương (NDF)": a force described in lower case,
# then its own foreign abbreviation
_CUE_ABBR = regex.compile(
    r"(?<![\p{L}\p{N}])(?i:lực lượng|liên minh|liên quân|phong trào|đơn vị vũ trang)((?:[ \t\u00a0]+[\p{Ll}\p{M}]+){1,4})"
    r"[ \t\u00a0]*\((\p{Lu}[\p{Lu}&]{1,7})\)")


# "Lực lượng phòng vệ biển Nhật Bản (JMSDF)", "lực lượng tuần duyên Mỹ (USCG)": a force described in lower case,
# its country, then its own foreign abbreviation (capitalized, the whole is its name: rule org.force.named)
_FORCE_COUNTRY_ABBR = regex.compile(
    r"(?<![\p{L}\p{N}])([Ll]ực lượng|[Ll]iên minh|[Ll]iên quân)((?:[ \t\u00a0]+[\p{Ll}\p{M}]+){1,5})"
    r"[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{M}]*)?)[ \t\u00a0]*\((\p{Lu}[\p{Lu}&]{1,7})\)")


def _vietnamese_initials(words: str, abbr: str) -> bool:
    """Is ``abbr`` made of the initials of the last words of ``words`` ("gìn giữ hòa bình (GGHB)",
    "doanh nghiệp (DN)")? Then it abbreviates a Vietnamese description, no foreign name."""
    initials = "".join(norm_word(w)[:1] for w in words.split()).replace("đ", "d")
    return initials.upper().endswith(norm_word(abbr).replace("đ", "d").upper().replace("&", ""))


def _paren_abbreviations(nt: NormText, found: list[Candidate], ctx: NerContext,
                         g: _Grammar | None = None) -> list[Candidate]:
    """An upper-case abbreviation in parentheses right after an organization's name is one too:
    "Cơ quan Nghiên cứu Quốc phòng Thụy Điển (FOI)", "không quân Syria (SAAF)"."""
    text = nt.text
    taken = {(c.start, c.end) for c in found}
    starts = {c.start for c in found}
    spans: dict[tuple[int, int], str] = {}  # the abbreviation -> the full name it stands for
    for c in found:
        # a full name (head + name, foreign name), not an abbreviation or a one-word name
        if (not (c.rule.startswith("org.head.") or c.rule in ("org.foreign", "org.cued")
                or (c.rule.startswith("org.name.") and g is not None
                    and not any(x.term[:1].isupper() for x in g.start.get(_key(norm_word(text[c.start : c.end])), ()))))
                or c.label != "ORG"):
            continue  # (a name is taken when it goes on: "Đảng Hành động Nhân dân Singapore (PAP)", not "Quốc hội (QH)";
            # a party named in lower case first, "đảng Dân chủ", goes on from "Đảng": "Đảng Dân chủ (DPK)")
        m = _PAREN_ABBR.match(text, c.end)
        if m:
            spans[m.span(1)] = c.canonical or text[c.start : c.end]
            continue
        # the body's parent or country between the name and its abbreviation: "Bộ Tư lệnh trung tâm của Mỹ (CENTCOM)"
        m = _PAREN_AFTER_PARENT.match(text, c.end) if " của" in text[c.end : c.end + 30] else None
        if m and (m.start(1) in starts or place_level(m.group(1), g.rules_dirs if g is not None else tuple(ctx.rules_dirs)) is not None):
            spans[m.span(2)] = c.canonical or text[c.start : c.end]
            continue
        # a passive clause between the name and its foreign abbreviation:
        # "Chính phủ đoàn kết dân tộc được quốc tế công nhận (GNA)"
        m = _PAREN_AFTER_CLAUSE.match(text, c.end) if text[c.end : c.end + 5] == " được" else None
        if m and not _vietnamese_initials(text[c.start : m.start(1) - 1], m.group(1)):
            spans[m.span(1)] = c.canonical or text[c.start : c.end]
            continue
        # a short name that is the start of the full one: "Ban Chỉ đạo Phòng chống lụt bão Trung ương (Ban Chỉ đạo)"
        m = _PAREN_SHORT.match(text, c.end)
        full = text[c.start : c.end]
        if m and " " in m.group(1) and len(m.group(1)) < len(full) and full.startswith(m.group(1) + " "):
            spans[m.span(1)] = c.canonical or full
    for m in _FORCE_ABBR.finditer(text):
        spans[m.span(1)] = text[m.start() : m.start(1) - 1].rstrip(" \t\u00a0(")
    for m in _CUE_ABBR.finditer(text):
        if m.span(2) not in spans and not _vietnamese_initials(m.group(1), m.group(2)):
            spans[m.span(2)] = text[m.start() : m.end(1)]
    out = []
    if "(" in text and g is None:
        for m in _FORCE_COUNTRY_ABBR.finditer(text):
            if (m.span(4) in spans or place_level(m.group(3), tuple(ctx.rules_dirs)) is None
                    or _vietnamese_initials(text[m.start() : m.end(3)], m.group(4))):
                continue
            spans[m.span(4)] = text[m.start() : m.end(3)]
            if m.group(1)[0].isupper() and m.start() not in starts:
                out.append(Candidate(m.start(), m.end(3), "ORG", "org.force.named", priority=1))
    locs = {c.start for c in ctx.found if c.label == "LOC"}
    for (a, b), full in sorted(spans.items()):
        if (a, b) in taken or a in starts or a in locs:
            continue
        starts.add(a)
        out.append(Candidate(a, b, "ORG", "org.abbr.paren", priority=1, canonical=full))
    return out


# an upper-case abbreviation opening a sentence as the subject of a statement: "CENTCOM cho biết", "OPCW tuyên bố"
_STATEMENT_VERB = regex.compile(r"[ \t\u00a0](?:cho biết|tuyên bố|cho rằng|khẳng định|thông báo|xác nhận)(?![\p{L}\p{M}])")
_SPEAKING_ABBR = regex.compile(r"(?:^|(?<=[.!?:\n][ \t\u00a0\"“”]*))(\p{Lu}{3,8})[ \t\u00a0]*\Z", regex.M)


def _speaking_abbreviations(g: _Grammar, nt: NormText, found: list[Candidate], ctx: NerContext) -> list[Candidate]:
    """An upper-case abbreviation that opens a sentence and makes a statement is a body ("CENTCOM cho biết ..."),
    not a known place ("Mỹ", "UAE") nor a person's initials after a kin word (no cue opens a sentence)."""
    text = nt.text
    if not any(v in text for v in ("cho biết", "tuyên bố", "cho rằng", "khẳng định", "thông báo", "xác nhận")):
        return []
    taken = [(c.start, c.end) for c in found] + [(c.start, c.end) for c in ctx.found]
    out = []
    for v in _STATEMENT_VERB.finditer(text):
        m = _SPEAKING_ABBR.search(text, max(0, v.start() - 12), v.start())
        if not m:
            continue
        a, b = m.span(1)
        if any(s < b and a < e for s, e in taken) or place_level(m.group(1), g.rules_dirs) is not None:
            continue
        out.append(Candidate(a, b, "ORG", "org.abbr.speaking", priority=0))
        taken.append((a, b))
    return out


def _defined_abbreviation_uses(nt: NormText, defined: list[Candidate], found: list[Candidate],
                               rules_dirs: tuple[str, ...] = ()) -> list[Candidate]:
    """Every other use of an abbreviation the text defines ("Trung tâm Quản lý giao thông
    công cộng (TMC) ... Giám đốc TMC") is that organization too, with its full name."""
    if not defined:
        return []
    text = nt.text
    # not a portfolio (Bộ Thông tin và Truyền thông (TT&TT): "ngành TT&TT" is no body), nor a
    # country's force ("quân đội Trung Quốc (TQ)": TQ is the country)
    full = {text[c.start : c.end]: c.canonical for c in defined
            if "&" not in text[c.start : c.end] and not _FORCE_ABBR.search(text[max(0, c.start - 80) : c.end + 1])}
    if not full:
        return []
    spans = sorted((c.start, c.end) for c in found)
    starts = [a for a, _ in spans]
    out = []
    rx = _mentions_rx(tuple(sorted(full, key=lambda n: (-len(n), n))), "&-")
    for m in rx.finditer(text):
        a, b = m.span()
        k = bisect.bisect_right(starts, a) - 1
        if k >= 0 and spans[k][1] > a:
            continue  # inside a name found already, or the definition itself
        canon = full[m.group()]
        q = _PLACE_AFTER.match(text, b)
        if q and (n := _place_prefix(q.group(1), rules_dirs)):
            b += q.start(1) - q.start() + n  # its place qualifier: "CNCN Chợ Lớn", "OSC Việt Nam"
            canon = None
        out.append(Candidate(a, b, "ORG", "org.abbr.defined", priority=1, canonical=canon))
    return out


_PLACE_AFTER = regex.compile(r"[ \t\u00a0](\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]\p{Lu}[\p{L}\p{M}]*){0,2})")


def _place_prefix(run: str, rules_dirs: tuple[str, ...]) -> int:
    """The length of the longest known place (a country, a province, a district, a ward) that starts ``run``."""
    ws = run.split()
    for n in range(len(ws), 0, -1):
        name = " ".join(ws[:n])
        if (place_level(name, rules_dirs) or 0) >= 1:
            return len(name)
    return 0


_FOREIGN_RUN = regex.compile(r"(?<![\p{L}\p{N}\p{M}])[A-Z][A-Za-z&']*(?:[ \t\u00a0]+(?:(?:[a-z]+|&)[ \t\u00a0]+)?[A-Z][A-Za-z&']*)*(?![\p{L}\p{N}\p{M}])")


def _foreign_names(g: _Grammar, nt: NormText, found: list[Candidate]) -> list[Candidate]:
    """A run of capitalized English words that ends in an organization word is an ORG:
    "National Interest", "Lowy Institute", "Center for Strategic and International Studies"."""
    text = nt.text
    out = []
    for m in _FOREIGN_RUN.finditer(text):
        words = [(w.start(), w.end()) for w in _ASCII_WORD.finditer(m.group())]
        words = [(m.start() + a, m.start() + b) for a, b in words]
        # inner lower-case words must be connectors (of, for, and)
        if any(text[a].islower() and text[a:b] not in g.connectors for a, b in words):
            continue
        # leading Vietnamese syllables (Theo, Tờ, Báo) are not part of the foreign name
        while (words and not _foreign(text[words[0][0] : words[0][1]]) and text[words[0][0]].isupper()
               and text[words[0][0] : words[0][1]] != "The"):  # "The Japan Times"
            words.pop(0)
        # the name ends in its kind ("London Metropolitan University") or starts with it and "of"
        # ("University of North London", "Institute of Physics")
        if len(words) < 2 or (text[words[-1][0] : words[-1][1]] not in g.tails
                              and not (len(words) >= 3 and text[words[0][0] : words[0][1]] in g.tails
                                       and text[words[1][0] : words[1][1]] == "of")):
            continue
        while len(words) > 3 and not _foreign(text[words[-1][0] : words[-1][1]]):
            words.pop()  # "Ministry of Defence [Anh]": the country after it in Vietnamese
        a, b = words[0][0], words[-1][1]
        if any(c.start < b and a < c.end for c in found):
            continue
        out.append(Candidate(a, b, "ORG", "org.foreign", priority=0))
    return out


# a source the text cites: a web site after "theo", "Ảnh:", "cổng thông tin" ... or in
# parentheses ("(Chinhphu.vn)"), or an upper-case name credited for a photo ("Ảnh: WIKIPEDIA")
_CITE = r"(?:(?<=(?<![\p{L}])(?:[Tt]heo|Ảnh:|Nguồn:|Nguồn ảnh:|[Tt]rang|[Ww]ebsite|thông tin|điện tử|[Tt]ờ|báo)[ \t\u00a0])|(?<=\()|(?<=[\p{L}\p{N}]/))"
_WEB_SOURCE = regex.compile(_CITE + r"(?:www\.)?[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*"
                            r"\.(?i:com|net|org|info|vn|ru|uk|us|cn|jp|kr|fr|de|au|ca)(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])")
_CAPS_CREDIT = regex.compile(r"(?<=(?<![\p{L}])(?:Ảnh|Nguồn|Nguồn ảnh)[ \t\u00a0]*:[ \t\u00a0]*)\p{Lu}{3,}(?![\p{L}\p{N}]|\.\p{L}|[ \t\u00a0]\p{Lu}{2,})")
# an outlet that reports: "FNA ngày 28/5 đưa tin", "chia sẻ với NDTV rằng"; an English name with its article:
# "theo tin tức của The Hill,", "theo tờ The Guardian"
_REPORT_ANCHOR = regex.compile(r"(?<=[ \t\u00a0])(?:đưa[ \t\u00a0]+tin|rằng)(?![\p{L}\p{M}])")
_CAPS_BEFORE_TIN = regex.compile(r"(?:^|(?<=[^\p{L}\p{N}.]))(\p{Lu}{2,6})(?:[ \t\u00a0]+ngày[ \t\u00a0]+\p{N}{1,2}[/-]\p{N}{1,2})?[ \t\u00a0]+$")
_CAPS_BEFORE_RANG = regex.compile(r"(?:^|(?<=[^\p{L}]))với[ \t\u00a0](\p{Lu}{2,6})[ \t\u00a0]+$")
_THE_SOURCE = regex.compile(r"(?<=(?<![\p{L}])[Tt]heo[ \t\u00a0](?:tin[ \t\u00a0]tức[ \t\u00a0]của[ \t\u00a0]|tờ[ \t\u00a0]|trang[ \t\u00a0])?)"
                            r"The(?:[ \t\u00a0]\p{Lu}[a-zA-Z]+){1,3}(?=[ \t\u00a0]*(?:[,;:.)]|\n|\Z))")
# an upper-case name cited as a source after "theo": "Theo UPI, ...", "(theo FNA)"
_CAPS_SOURCE = regex.compile(r"(?<=(?<![\p{L}])[Tt]heo[ \t\u00a0])\p{Lu}{2,6}(?=[ \t\u00a0]*(?:[,;:)]|\Z))")  # not "theo TS. X"
# one or two capitalized foreign words cited as a source after "theo": "Theo Inquirer, ...", "Theo Phil Star, ..."
# (not a person's surname the text gives after a first name elsewhere: "Theo Kofman," after "Michael Kofman")
_FOREIGN_SOURCE = regex.compile(r"(?<=(?<![\p{L}])[Tt]heo[ \t\u00a0])\p{Lu}[a-zA-Z]+(?:[ \t\u00a0]\p{Lu}[a-zA-Z]+)?"
                                r"(?=[ \t\u00a0]*[,;)])")
_CAP_WORD_BEFORE = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}]*|(?<![\p{L}])(?:ông|bà|ngài))[ \t\u00a0-]\Z")
# a credit of capitalized foreign words, or one after a slash: "Nguồn ảnh: Navy Recognition", "Ảnh: AFP/Getty"
_FOREIGN_CREDIT = regex.compile(
    r"(?:(?<=(?<![\p{L}])(?:Ảnh|Nguồn|Nguồn ảnh)[ \t\u00a0]*:[ \t\u00a0]*)|(?<=(?<![\p{L}])(?:Ảnh|Nguồn|Nguồn ảnh)[ \t\u00a0]*:[^\n/]{1,40}/))"
    r"\p{Lu}[\p{L}]+(?:[ \t\u00a0]\p{Lu}[\p{L}]+){0,3}(?![\p{L}\p{N}])")


# "Nguồn:" / "Nguồn ảnh:" name a source, not a photographer: one foreign word there is an outlet ("Nguồn ảnh: Zing")
_SOURCE_CUE_BEFORE = regex.compile(r"(?<![\p{L}])Nguồn(?:[ \t\u00a0]ảnh)?[ \t\u00a0]*:[ \t\u00a0]*\Z")


_TLD = regex.compile(r"\.(?i:com|net|org|info|vn|ru|uk|us|cn|jp|kr|fr|de|au|ca)(?![\p{L}\p{N}-])")


def _cited_foreign_name(g: _Grammar, text: str, name: str) -> bool:
    """Is ``name`` after "Theo" an outlet: foreign words, no given name, and the last word nowhere in the text
    after another capitalized word (a person's surname: "Michael Kofman ... Theo Kofman,")?"""
    words = name.split()
    if not all(_foreign(w) for w in words) or words[0] in g.given or name.isupper():
        return False  # (upper-case names are _CAPS_SOURCE's)
    if len(words) == 2 and words[1] not in g.tails | g.source_tails:
        return False  # "Theo Seymour Hersh,": a person; "Theo Phil Star,": an outlet's tail word
    last = words[-1]
    i = text.find(last)
    while i >= 0:
        j = i + len(last)
        before = _CAP_WORD_BEFORE.search(text, max(0, i - 30), i)
        if (not text[j : j + 1].isalpha() and not text[i - 1 : i].isalpha() and before
                and before.group().rstrip(" \t\u00a0-") != "Theo" and text[before.start() : i].strip() not in words):
            return False
        i = text.find(last, j)
    return True


def _cited_sources(g: _Grammar, nt: NormText, found: list[Candidate]) -> list[Candidate]:
    """Web sites and upper-case photo credits a text cites: "Theo cổng thông tin
    military-informant.com", "(Chinhphu.vn)", "Ảnh: WIKIPEDIA", "Theo UPI,"."""
    taken = [(c.start, c.end) for c in found]
    out = []
    text = nt.text
    # cheap tests first: the patterns open with look-behinds tried at every character
    credit = "Ảnh" in text or "Nguồn" in text
    for rx, rule, ok in ((_WEB_SOURCE, "org.web", _TLD.search(text)), (_CAPS_CREDIT, "org.credit", credit),
                         (_FOREIGN_CREDIT, "org.credit", credit), (_CAPS_SOURCE, "org.cited", "heo" in text),
                         (_REPORT_ANCHOR, "org.cited", "đưa tin" in text or "rằng" in text),
                         (_THE_SOURCE, "org.cited", "The " in text), (_FOREIGN_SOURCE, "org.cited", "heo " in text)):
        if not ok:
            continue
        for m in rx.finditer(text):
            a, b = m.span()
            if rx is _REPORT_ANCHOR:
                # an outlet that reports or is told: "FNA ngày 28/5 đưa tin", "chia sẻ với NDTV rằng"
                w0 = max(0, a - 30)
                mb = (_CAPS_BEFORE_RANG if m.group() == "rằng" else _CAPS_BEFORE_TIN).search(text, w0, a)
                if not mb:
                    continue
                a, b = mb.span(1)
            if rule == "org.cited" and (place_level(text[a:b], g.rules_dirs) is not None or g.stops_rx.match(nt.norm, a)):
                continue  # "Theo VN, ...": a place; "Theo GS, ...": a professor
            if rx is _FOREIGN_SOURCE and not _cited_foreign_name(g, text, m.group()):
                continue
            if rule == "org.credit":
                words = list(_NONSPACE.finditer(m.group()))
                while words and (not _foreign(words[-1].group()) or (len(words) > 1 and words[-1].group().isupper()
                                                                       and not words[0].group().isupper())):
                    words.pop()  # "Navy Recognition [Đại] đa số", "Military Today [HEMTT] có": the next sentence
                if (len(words) > 1 and place_level(words[-1].group(), g.rules_dirs) is not None
                        and _LOWER_NEXT.match(text, a + words[-1].end())):
                    words.pop()  # "Nguồn: Independent [Moskow] tỏ ra": a place opens the next sentence
                after_slash = nt.text[a - 1 : a] == "/"
                source = after_slash or bool(_SOURCE_CUE_BEFORE.search(nt.text, max(0, a - 16), a))
                if len(words) < len(m.group().split()) - 1 or not words or (len(words) < 2 and not source
                                                                            and not m.group().isupper()):
                    continue  # "Ảnh: HUY", "Ảnh: Hồng Pha", "Ảnh:Buckeye 4": a photographer's name
                b = a + words[-1].end()
            if not any(s < b and a < e for s, e in taken):
                out.append(Candidate(a, b, "ORG", rule, priority=0))
                taken.append((a, b))
    return out


_CUED_RUN = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*)*)"
                          r"(?:[ \t\u00a0]\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’-]\p{L}[\p{L}\p{M}\p{N}]*)*){0,3}")


def _cued_names(g: _Grammar, nt: NormText, found: list[Candidate], ctx: NerContext, dw: _DocWords) -> list[Candidate]:
    """A capitalized name after a cue word is an organization: "theo tờ [Al-Monitor]",
    "phiến quân [Maute]", "nhóm [Airwars]"; not a known place ("nhóm Ả Rập") nor a person."""
    if not g.cues and not g.foreign_cues:
        return []
    cue_rx = _cue_pattern(g.cues | g.foreign_cues)
    taken = sorted((c.start, c.end) for c in found)
    starts = [a for a, _ in taken]
    busy = {c.start for c in ctx.found if c.label in ("LOC", "PER", "TITLE", "RANK", "DATE")}
    out = []
    for m in cue_rx.finditer(nt.norm):
        if nt.span(m.start(), m.end())[0] - 1 in dw.inner:
            continue  # the cue is the end of another word: "thị [trường] Nikkei", "chiến [trường] Palmyra"
        p = nt.orig_end(m.end())
        run = _CUED_RUN.match(nt.text, p)
        modified = False
        firm = _key(m.group().strip()) in g.firm_cues
        if not run:
            # one or two lower-case words between the cue and a foreign name, or a quote:
            # "hãng tin địa phương [NTV]", "Trang truyền thông chính thức [Amaq]", 'tổ chức "[Hamas]"'
            if firm and nt.text[nt.span(m.start(), m.end())[0]].isupper():
                continue  # "Công ty khí gas Hayyan": capitalized, the head names it whole (or no firm at all)
            mod = (_FIRM_MODIFIERS if firm else _CUE_MODIFIERS).match(nt.text, p)
            if mod and not any(norm_word(w) in g.verbs | g.function_words | g.people_words | g.legal_words
                               for w in mod.group(1).split()):
                p = mod.end()
                run = _CUED_RUN.match(nt.text, p)
                modified = True
        if not run or p in busy:
            continue
        k = bisect.bisect_right(starts, p) - 1
        if k >= 0 and taken[k][1] > p or (k + 1 < len(starts) and starts[k + 1] < run.end()):
            continue  # inside or across a name found already
        if (dw.word_at.get(run.start(), 0) > run.end() and nt.text[run.end()] in " \t\u00a0"
                and not _foreign(run.group().split()[-1])):
            continue  # "phiến quân Hồi giáo": a common word written with a capital (not "NTV. Xe", "Spetsnaz tinh" glued)
        words = run.group().split()
        while words and _WORD.fullmatch(words[-1]) and norm_word(words[-1]) in g.openers | g.function_words:
            words.pop()  # "nhóm Airwars [Có] trụ sở": the next sentence
        if (not words or norm_word(words[0]) in g.surnames
                or any(place_level(x, g.rules_dirs) is not None for x in (" ".join(words), " ".join(words).replace("-", " ")))):
            continue
        if (modified or _key(m.group().strip()) not in g.cues) and not _foreign_words(words):
            continue  # "nhóm Ả Rập": a foreign cue (or a cue with modifiers) takes foreign words only
        if norm_word(words[0]) in g.legal_words:
            continue  # "công ty TNHH Samsung ...": the legal form opens the company's own name
        if len(words) == 1 and len(words[0]) == 1:
            continue  # "nhóm máu [B]", "nhóm A": one letter is a class, no name
        if _key(m.group().strip()) in g.school_cues and not _school_name(words):
            continue  # "trường THCS", "đại học khối C", "TRƯỜNG SA": a kind of school, a headline, no school's name
        if firm and not _firm_name(words, modified):
            continue  # "công ty kinh doanh XNK": a Vietnamese abbreviation after words of trade; "công ty M."
        end = p + len(" ".join(words))
        a, _ = nt.span(m.start(), m.end())
        # a capitalized cue in mid-sentence is part of the name: "khi [Kênh truyền hình Canard Enchaîné]"
        start = a if nt.text[a].isupper() and not modified and not _sentence_initial(nt.text, a) else p
        out.append(Candidate(start, end, "ORG", "org.cued", priority=0))
        # a second foreign name joined by "và": "hai tập đoàn Rheinmetall và [Krauss-Maffei Wegman]"
        va = _VA_AFTER.match(nt.text, end)
        if not va and (of := _OF_PLACE.match(nt.text, end)) and place_level(of.group(1), g.rules_dirs) is not None:
            va = _VA_AFTER.match(nt.text, of.end())  # "hãng Dornier của Đức và [Dassault-Breguet]"
        run2 = _CUED_RUN.match(nt.text, va.end()) if va else None
        if run2 and not modified and va.end() not in busy and _foreign_words(run2.group().split()) and not (
                k + 1 < len(starts) and starts[k + 1] < run2.end()) and place_level(run2.group(), g.rules_dirs) is None:
            out.append(Candidate(run2.start(), run2.end(), "ORG", "org.cued", priority=0))
    return out


# a short trade name after a dash: "Tổng Công ty Công nghiệp VN - [Vinamotor] (tại Hà Nội)"
_DASH_ALIAS = regex.compile(r"[ \t\u00a0]+[-–][ \t\u00a0]+(\p{Lu}[\p{L}]{3,})(?=[ \t\u00a0]*[,.;:()]|[ \t\u00a0]*\Z)")


def _dash_aliases(g: _Grammar, nt: NormText, found: list[Candidate], ctx: NerContext) -> list[Candidate]:
    """A one-word foreign trade name after a dash right after a company's (or another body's) full name is
    that body's short name, an ORG of its own: "Xí nghiệp Dịch vụ vận tải và du lịch - [Sapaco],"
    (not a Vietnamese word, a known place or a person's name)."""
    text = nt.text
    busy = {c.start for c in ctx.found} | {c.start for c in found}
    out = []
    for c in found:
        if c.label != "ORG" or not c.rule.startswith("org.head.") or text[c.end : c.end + 1] not in " \t\u00a0":
            continue
        m = _DASH_ALIAS.match(text, c.end)
        if not m or m.start(1) in busy:
            continue
        w, last = m.group(1), text[c.start : c.end].split()[-1]
        if (not _foreign(w) or w.isupper() or norm_word(w) in g.surnames or place_level(w, g.rules_dirs) is not None
                or (_foreign(last) and not last.isupper())):
            continue  # (not initials, "Ngân hàng Nông nghiệp - PTNT"; not a foreign name going on, "ĐH California - Berkeley")
        out.append(Candidate(m.start(1), m.end(1), "ORG", "org.alias", priority=0))
    return out


_FIRM_CUES = frozenset({"hãng", "đoàn"})  # (the last word of "tập đoàn")
_VA_AFTER = regex.compile(r"[ \t\u00a0]+và[ \t\u00a0]+")
_OF_PLACE = regex.compile(r"[ \t\u00a0]+của[ \t\u00a0]+(\p{Lu}[\p{L}\p{M}]*(?:[ \t\u00a0]\p{Lu}[\p{L}\p{M}]*)?)(?=[ \t\u00a0]+và[ \t\u00a0])")


def _named_again(g: _Grammar, nt: NormText, found: list[Candidate]) -> list[Candidate]:
    """A foreign name the text gives as an organization's (after a cue or a company or press head:
    "hãng [Dornier]", "Tập đoàn [PPF]") is that organization wherever it stands alone in the text:
    "(công ty con của [PPF])", "Điều tra của [Canard Enchaîné]"."""
    text = nt.text
    names = set()
    for c in found:
        if c.label != "ORG" or not (c.rule.startswith("org.cued") or c.rule == "org.alias" or c.rule.startswith("org.head.company")
                                    or c.rule.startswith("org.head.press")):
            continue
        ws = text[c.start : c.end].split()
        i = next((k for k, w in enumerate(ws) if _foreign_words([w])), len(ws))
        if i == len(ws) or not _foreign_words(ws[i:]) or (i == 0 and not c.rule.startswith(("org.cued", "org.alias"))):
            continue
        name = " ".join(ws[i:])
        if name.isupper() and _word_before(nt, c.start + len(" ".join(ws[:i])) + (1 if i else 0)) not in _FIRM_CUES:
            continue  # an upper-case name is a firm's after "hãng", "tập đoàn" only ("lực lượng PCCC", "Nhà máy MDF")
        if len(name) >= 3 and place_level(name, g.rules_dirs) is None:
            names.add(name)
    if not names:
        return []
    spans = sorted((c.start, c.end) for c in found)
    starts = [a for a, _ in spans]
    rx = _mentions_rx(tuple(sorted(names, key=lambda n: (-len(n), n))), "&'’-")
    out = []
    for m in rx.finditer(text):
        a, b = m.span()
        k = bisect.bisect_right(starts, a) - 1
        if (k >= 0 and spans[k][1] > a) or (k + 1 < len(starts) and starts[k + 1] < b):
            continue  # the mention found already, or inside another name
        if _CAP_AFTER.match(text, b) or (_CAP_BEFORE.search(text, max(0, a - 30), a) and not _sentence_initial(text, a)):
            continue  # part of a longer capitalized name
        if _OPERATION_BEFORE.search(text, max(0, a - 14), a):
            continue  # "tham gia chiến dịch Barkhane": the operation, not the force named after it
        out.append(Candidate(a, b, "ORG", "org.cued.again", priority=0))
    return out


@lru_cache(maxsize=256)
def _mentions_rx(names: tuple[str, ...], joiners: str) -> regex.Pattern:
    """Mentions of ``names`` (longest first) not glued to a word or a ``joiners`` character; cached, as the
    same names recur across a dump."""
    edge = rf"[\p{{L}}\p{{N}}\p{{M}}{regex.escape(joiners)}]"
    return regex.compile(rf"(?<!{edge})(?:" + "|".join(map(regex.escape, names)) + rf")(?!{edge})")


_CAP_AFTER = regex.compile(r"[ \t\u00a0]\p{Lu}")
# two more capitalized words run on after a word: "ASEAN Kao [Kim Hourn]"
_CAP_NAME_AFTER = regex.compile(r"[ \t\u00a0]\p{Lu}[\p{Ll}\p{M}]+[ \t\u00a0]\p{Lu}[\p{Ll}\p{M}]+")
_CAP_BEFORE = regex.compile(r"\p{Lu}[\p{L}\p{M}]*[ \t\u00a0]\Z")
# a military or political operation's name is no organization: "chiến dịch [Barkhane]"
_OPERATION_BEFORE = regex.compile(r"(?i)(?:^|[^\p{L}])chiến[ \t\u00a0]+dịch[ \t\u00a0]+\Z")


_CUE_MODIFIERS = regex.compile(r"((?:[\p{Ll}\p{M}]+[ \t\u00a0]+){0,2})[\"“«]?(?=\p{Lu})")
_FIRM_MODIFIERS = regex.compile(r"((?:[\p{Ll}\p{M}]+[ \t\u00a0]+){0,4})[\"“«]?(?=\p{Lu})")  # "công ty sản xuất xe tải"


@lru_cache(maxsize=16)
def _cue_pattern(cues: frozenset[str]) -> regex.Pattern:
    body = "|".join(_term_pattern(c) for c in sorted(cues, key=len, reverse=True))
    return regex.compile(rf"{BOUNDARY_START}(?:{body})[ \t\u00a0]+")  # (the name's capital is checked on the text)


def _aligned_view(nt: NormText) -> str:
    """The original text with its case, one character per character of ``nt.norm``."""
    assert nt.to_orig is not None
    out: list[str] = []
    i, n = 0, len(nt.norm)
    while i < n:
        o = nt.to_orig[i]
        j = i
        while j < n and nt.to_orig[j] == o:
            j += 1
        piece = unicodedata.normalize("NFC", nt.text[o : nt.to_orig[j]])
        out.append(piece if len(piece) == j - i else nt.norm[i:j])
        i = j
    return "".join(out)


def _norm_pos(nt: NormText, orig: int) -> int:
    if nt.to_orig is None:
        return orig
    for i, o in enumerate(nt.to_orig):
        if o >= orig:
            return i
    return len(nt.norm)


_CODE = regex.compile(r"[\p{Lu}\p{N}]+(?:-[\p{Lu}\p{N}]+)+(?![\p{L}\p{N}])|\p{Lu}+\p{N}+\p{Lu}*(?![\p{L}\p{N}])")


# a ship word up to three lower-case words before an abbreviation and a number after it: a hull number
_SHIP_BEFORE = regex.compile(r"(?<!\w)(?:tàu|chiến hạm|xuồng|ca nô|số hiệu)(?:[ \t\u00a0]+\p{Ll}+){0,3}[ \t\u00a0]+\Z")
_HULL_NUMBER = regex.compile(r"[ \t\u00a0-]?\d{2,5}(?![\d/.,]\d)\b")


def _description_head(g: _Grammar, canonical: str | None) -> bool:
    """Is ``canonical`` (an abbreviation's full form) a head whose name is a description ("Ban Quản lý")?"""
    return bool(canonical) and any(x.table == "head" and "desc" in x.flags
                                   for x in g.start.get(_key(norm_word(canonical)), ()))


def _product_code_after(text: str, e: int) -> bool:
    """``Sukhoi PAK-FA``, ``Airbus A321``: a maker's name before a model is no ORG; so is a maker's name in
    Title Case before a bare three-digit model number: "máy bay Boeing 777 (VN 324)", "Boeing 727 AEW"
    (not an amount: "Vinamilk 100 tỷ")."""
    p = e + 1 if text[e : e + 1] == " " else e
    if p == e:
        return False
    word = w.group() if (w := _LAST_WORD.search(text, max(0, e - 30), e)) else ""
    return bool(_CODE.match(text, p)) or (word[:1].isupper() and word[1:].islower() and bool(_MODEL_NUMBER.match(text, p)))


_LAST_WORD = regex.compile(r"[\p{L}\p{M}]+\Z")
_MODEL_NUMBER = regex.compile(r"\d{3}(?=[ \t\u00a0]*[()\],.;:]|[ \t\u00a0]+\p{Lu}|[ \t\u00a0]*\Z)")


def _speech_after(g: _Grammar, nt: NormText, e: int) -> bool:
    """Is a tense word or a speech verb (person_cues.tsv kind ``speech``) right after ``e`` ("X nói:")?"""
    gap = _GAP.match(nt.text, e)
    if not gap or gap.end() - gap.start() > 1:
        return False
    ws = [w.rstrip(":,") for w in nt.norm[gap.end() : gap.end() + 24].split()]
    return any(" ".join(ws[:k]) in g.speech or " ".join(ws[:k]) in g.predicates for k in (1, 2) if len(ws) >= k)


def _predicate_after(g: _Grammar, nt: NormText, e: int) -> bool:
    """Is a predicate word (``đã``, ``không``, ``làm``) right after ``e``?"""
    gap = _GAP.match(nt.text, e)
    if not gap or gap.end() - gap.start() > 1:
        return False
    ws = nt.norm[gap.end() : gap.end() + 24].split()
    return any(" ".join(ws[:k]) in g.predicates for k in (1, 2) if len(ws) >= k)


@lru_cache(maxsize=8)
def _office_end(rules_dirs: tuple[str, ...]) -> regex.Pattern:
    """An office word (titles.tsv head) that ends right before a position: "Bí thư [Thường trực]"."""
    words = {norm_word(r["term"]) for r in load_lexicon("titles.tsv", rules_dirs, ("kind",))
             if r["kind"] == "head"}  # not an orghead (Ban, Cơ quan): "Cơ quan Thường trực" is a body
    return regex.compile(r"(?<![\p{L}\p{M}])(?:" + "|".join(map(regex.escape, sorted(words, key=len, reverse=True)))
                         + r")[ \t\u00a0]+\Z")


_CUA_END = regex.compile(r"(?<![\p{L}\p{M}])của[ \t\u00a0]+\Z")


def _cua_before(norm: str, s: int) -> int:
    """Where "của" before ``s`` starts ("người phát ngôn [của] quân đội"), else ``s``."""
    m = _CUA_END.search(norm, max(0, s - 8), s)
    return m.start() if m else s


def _office_before(g: _Grammar, norm: str, s: int) -> bool:
    return bool(_office_end(g.rules_dirs).search(norm, max(0, s - 30), s))


def _word_before(nt: NormText, s: int) -> str:
    """The normalized word right before ``s`` ("" at the start)."""
    ws = nt.norm[max(0, s - 12) : s].split()
    return ws[-1] if ws else ""


_MIDDLE_NAMES = frozenset({"văn", "thị"})
_AUX_SYLLABLES = frozenset({"không", "chưa", "đã", "sẽ", "cũng", "vẫn", "đều", "mới", "còn"})
_LOWER_NEXT = regex.compile(r"[ \t\u00a0]\p{Ll}")
_INTERNATIONAL = regex.compile(r"quốc tế(?![\p{L}\p{M}\p{N}])")
_COMMA_CENTRAL = regex.compile(r",[ \t\u00a0]((?:[\p{Ll}\p{M}]+[ \t\u00a0]){1,7})(?:Trung ương|Quốc gia)(?![\p{L}\p{M}\p{N}])")
_NOT_IN_NAME = frozenset({"các", "những", "đã", "sẽ", "đang", "là", "và", "ông", "bà", "đồng", "nguyên", "người", "cùng", "tại", "thuộc"})
# (an institute or alliance too: "Viện Chính sách Australia – Việt Nam", "Liên minh Nghị sỹ Hữu nghị Nhật – Việt")
_JOINT_HEAD = regex.compile(r"(?:[uủ]ỷ ban|ủy ban|phân ban|tiểu ban|hội(?! nghị)|hiệp hội|hội đồng|viện|liên minh)(?![\p{L}\p{M}])")
_JOINT_DASH = regex.compile(r"[ \t\u00a0]?[-–][ \t\u00a0]?(?=\p{Lu})")


_COMMA_JOINT = regex.compile(r",[ \t\u00a0]((?:[\p{Ll}\p{M}]+[ \t\u00a0]){1,8})(?=\p{Lu})")


_CAP_WORDS3 = regex.compile(r"(\p{Lu}[\p{Ll}\p{M}]*)(?:[ \t\u00a0](\p{Lu}[\p{Ll}\p{M}]*))?(?:[ \t\u00a0](\p{Lu}[\p{Ll}\p{M}]*))?")


def _country_at(g: _Grammar, nt: NormText, q: int, stop_at: set[int]) -> int | None:
    """The end of a country of one to three capitalized words at ``q``, else None."""
    m = _CAP_WORDS3.match(nt.text, q)
    if not m:
        return None
    for k in (3, 2, 1):
        if m.end(k) > 0 and not any(p in stop_at for p in range(q + 1, m.end(k))) \
                and place_level(nt.text[q : m.end(k)], g.rules_dirs) == 4:
            return m.end(k)
    return None


def _country_pair_end(g: _Grammar, nt: NormText, q: int, stop_at: set[int]) -> int | None:
    """The end of two countries joined by a dash at ``q`` ("Việt Nam-Trung Quốc"), else None."""
    e1 = _country_at(g, nt, q, stop_at)
    da = _JOINT_DASH.match(nt.text, e1) if e1 else None
    if not da or da.end() in stop_at:
        return None
    return _country_at(g, nt, da.end(), stop_at)


def _run_in_sentence_start(g: _Grammar, nt: NormText, sp: "_Span", dw: _DocWords) -> int | None:
    """The end of the name before its last piece when that piece is one capitalized syllable opening the
    next sentence, whose period is missing: a function word or a sentence opener as a word of its own before
    a lower-case word ("Bộ đội Biên phòng [Như] đã thông tin"), else None."""
    text, b = nt.text, sp.end
    a = max(text.rfind(" ", sp.start, b), text.rfind("\u00a0", sp.start, b)) + 1
    if not (sp.start < a < b and text[a].isupper() and not text[a + 1 : b].isupper() and _LOWER_NEXT.match(text, b)):
        return None
    before = text[sp.start : a].rstrip()
    if len(before.split()) < 3 or not before[-1:].isalpha() or not before.split()[-1].islower():
        return None  # (after a capitalized syllable it is a word of the name: "Thế Kỷ Mới", "Tỉnh ủy Cao Bằng")
    syl = nt.norm[a:b]
    if not (syl in g.function_words or syl in g.openers) or dw.word_at.get(a, b) > b:
        return None
    if place_level(text[a:b], g.rules_dirs) is not None:
        return None
    return a - (len(text[sp.start : a]) - len(before))


def _joint_country_end(g: _Grammar, nt: NormText, sp: "_Span", stop_at: set[int]) -> int | None:
    """The end of the second country of a joint committee or association whose name ends in a country
    (``sp`` ends in it) and a dash ("Ủy ban Hợp tác Việt Nam - Nhật Bản"), else None."""
    text = nt.text
    da = _JOINT_DASH.match(text, sp.end)
    if not da or da.end() in stop_at or not _JOINT_HEAD.match(nt.norm, sp.start):
        return None
    ws = text[max(sp.start, sp.end - 40) : sp.end].split()
    if not any(place_level(" ".join(ws[-k:]), g.rules_dirs) == 4 for k in (1, 2, 3) if len(ws) > k):
        return None  # (a country after at least one word of the name)
    run = _cap_run(g, nt, da.end(), stop_at)
    for j in range(min(len(run), 3), 0, -1):
        if place_level(text[da.end() : run[j - 1][1]], g.rules_dirs) == 4:
            return run[j - 1][1]
    return None


def _ends_in_place(g: _Grammar, text: str, end: int) -> bool:
    """Do the last one to three words before ``end`` name a known place?"""
    ws = text[max(0, end - 40) : end].split()
    return any(place_level(" ".join(ws[-k:]), g.rules_dirs) is not None for k in (1, 2, 3) if len(ws) >= k)


def _after_level(g: _Grammar, nt: NormText, s: int, dw: _DocWords) -> bool:
    """Does a level word ("cấp", "giao lưu") stand right before ``s``, as a word of its own
    (not the end of "cao cấp")?"""
    ws = nt.norm[max(0, s - 24) : s].split()
    for k in (1, 2):
        if len(ws) >= k and " ".join(ws[-k:]) in g.levels:
            first = nt.text.rfind(" ".join(nt.text[max(0, s - 24) : s].split()[-k:]), 0, s)
            return first - 1 not in dw.inner
    return False


# heads that a place alone names: "tỉnh ủy Hưng Yên", "sở Tài chính" (not "công ty Trung Quốc")
_PLACE_NAMED = frozenset({"party", "department"})


def _generic_lower(g: _Grammar, nt: NormText, s: int, head_end: int, end: int, dw: _DocWords,
                   place_generic: bool) -> bool:
    """Is a lower-case head with a name a kind of body rather than one body?

    After a quantifier (``các công ty Mỹ``), or, for ``place_generic`` heads, when all
    the name says is a place (``công ty Trung Quốc``, ``trường đại học Mỹ``): a named
    one is ``công ty Samsung``.
    """
    if _word_before(nt, s) in g.quantifiers:
        return True
    words = nt.text[head_end:end].split()
    first = end - len(" ".join(words)) if words else end
    while first < end and nt.text[first].islower():  # the head's lower-case words: trường [đại học] Mỹ
        first = nt.text.find(" ", first, end) + 1 or end
    name = nt.text[first:end]
    if name.isupper() and " " not in name and len(name) <= 4:
        return True  # "công ty TNHH", "trường THCN": a kind written short, not a name
    return first >= end or (place_generic and first in dw.loc_starts and end in dw.loc_ends)


_NAME_AFTER_COUNTRY = frozenset({"press", "company"})


def _foreign_words(words: list[str]) -> bool:
    """Are all ``words`` foreign (no Vietnamese syllable) or upper-case abbreviations ("BAE Systems")?"""
    return bool(words) and all(_foreign(w) or (len(w) >= 2 and w.isupper() and w.isascii()) for w in words)


def _firm_name(words: list[str], traded: bool) -> bool:
    """Can foreign ``words`` after a lower-case firm word be the firm's name alone? Not one initial ("công ty M.",
    an anonymized name kept whole); after words of trade not a short upper-case abbreviation, which is Vietnamese
    ("công ty kinh doanh XNK", "TM-DV"; but "tập đoàn quốc phòng [DRDO]")."""
    if len(words) == 1 and len(words[0]) == 1:
        return False
    return not traded or any(not w.isupper() or len(w) >= 4 for w in words)


_CONNECTOR_AFTER = regex.compile(r"[ \t\u00a0]+([a-z]+)[ \t\u00a0]+\p{Lu}")


def _school_name(words: list[str]) -> bool:
    """Can foreign ``words`` after a lower-case school word be a school's own name: words written in lower case
    after their capital ("Harvard", "Central Queensland University"), not an abbreviation ("THCS", "ĐH")?"""
    return all(len(w) >= 3 and w[1:] == w[1:].lower() for w in words)


def _foreign_run_at(g: _Grammar, nt: NormText, e: int, trade: bool = False, school: bool = False) -> bool:
    """Does a run of foreign capitalized words follow ``e`` after one space ("tập đoàn [Rheinmetall]"; with
    ``trade``, also after up to four lower-case words of trade: "tập đoàn giáo dục [Informatics]")?"""
    gap = _GAP.match(nt.text, e)
    if not gap or gap.end() - gap.start() != 1:
        return False
    p = gap.end()
    if trade and (mod := _FIRM_MODIFIERS.match(nt.text, p)) and mod.group(1):
        if any(norm_word(w) in g.verbs | g.function_words | g.people_words | g.legal_words for w in mod.group(1).split()):
            return False  # "công ty cổ phần X": the legal form is part of the name
        p = mod.end()
    run = _CUED_RUN.match(nt.text, p)
    words = run.group().split() if run else []
    if not _foreign_words(words) or norm_word(words[0]) in g.legal_words:
        return False
    if school and not _school_name(words):
        return False  # "trường THPT ...": the head names it
    if trade and not _firm_name(words, p > gap.end()):
        return False  # "công ty kinh doanh XNK", "công ty M."
    more = _CONNECTOR_AFTER.match(nt.text, run.end()) if trade else None
    return not (more and more.group(1) in g.connectors)  # "công ty ... Mass Rapid Transit Authority of Thailand"


_LOWER_THEN_CAPS = regex.compile(r"(?:[ \t\u00a0]\p{Ll}[\p{Ll}\p{M}]*){1,3}[ \t\u00a0](\p{Lu}[\p{Ll}\p{M}]*(?:[ \t\u00a0]\p{Lu}[\p{Ll}\p{M}]*){0,2})")


def _lower_words_then_country(g: _Grammar, nt: NormText, end: int) -> int | None:
    """The end of a country after 1-3 lower-case words of a name's field ("Bảo vệ| bờ biển Hàn Quốc|"); None when
    a function word or verb is among them ("Lực lượng Đặc công| là Mỹ")."""
    m = _LOWER_THEN_CAPS.match(nt.text, end)
    if m is None or any(w in g.function_words or w in g.verbs or w in g.predicates
                        for w in nt.norm[end : m.start(1)].split()):
        return None
    ws = list(_WORD.finditer(nt.text, m.start(1), m.end(1)))
    return next((ws[k - 1].end() for k in (3, 2, 1) if len(ws) >= k
                 and place_level(nt.text[m.start(1) : ws[k - 1].end()], g.rules_dirs) == 4), None)


def _country_ended_name(g: _Grammar, nt: NormText, head_end: int, end: int) -> bool:
    """Is ``text[head_end:end]`` a name of capitalized Vietnamese words, no head, place, foreign word or
    abbreviation first, that ends in a country ("Lực lượng [Tuần duyên Mỹ]", not "Lực lượng [Không quân Nga]")?"""
    text = nt.text
    ws = text[head_end:end].split()
    if len(ws) < 2 or not ws[0][:1].isupper() or ws[0].isupper() or _foreign(ws[0]):
        return False
    q = _GAP.match(text, head_end)
    if q is None or _known_place(g, text, [(q.end(), q.end() + len(ws[0]))], 0):
        return False
    if (h := g.start_rx.match(nt.norm, q.end())) and not all("countryafter" in x.flags for x in g.start.get(_key(h.group()), ())):
        return False  # (a head that is one only before a country is a word of the name: "Lực lượng [Tuần duyên] Mỹ")
    return any(place_level(" ".join(ws[-k:]), g.rules_dirs) == 4 for k in (1, 2, 3) if k < len(ws))


def _country_then_name(g: _Grammar, nt: NormText, head_end: int, end: int,
                       dw: _DocWords) -> tuple[int, int, int] | None:
    """After a capitalized press or company head, a known place then a foreign name: the name's span
    and the place's end."""
    gap = _GAP.match(nt.text, head_end)
    if not gap or not nt.text[gap.end() : gap.end() + 1].isupper():
        return None
    ws = list(_WORD.finditer(nt.text, gap.end(), min(end, gap.end() + 40)))
    loc_end = next((ws[k - 1].end() for k in (3, 2, 1) if len(ws) >= k
                    and place_level(nt.text[gap.end() : ws[k - 1].end()], g.rules_dirs) is not None), None)
    if loc_end is None:
        return None
    g2 = _GAP.match(nt.text, loc_end)
    run = _CUED_RUN.match(nt.text, g2.end()) if g2 and g2.end() - g2.start() == 1 else None
    if not run or not _foreign_words(run.group().split()) or norm_word(run.group().split()[0]) in g.surnames:
        return None
    if place_level(run.group(), g.rules_dirs) is not None:
        return None
    return run.start(), run.end(), loc_end


_NUM_AFTER = regex.compile(r"[ \t\u00a0]+\p{N}+(?![\p{L}\p{N}])")  # a unit number right after a head
# the bodies a "standing" head (Thường trực) precedes: party committees, councils, people's committees, the state
_STANDING_BODIES = frozenset({("head", "party"), ("head", "council"), ("head", "committee"), ("abbr", "head"), ("name", "state")})


def _home_place_after(g: _Grammar, nt: NormText, sp: _Span, e: int) -> bool:
    """Is what a national state body (Quốc hội, Chính phủ) took after ``e`` a province or a city of the country
    (a unit qualifier or a place below country level): the constituency of a deputy, no branch of the body?"""
    gap = _GAP.match(nt.text, e)
    if sp.last == "place" or (gap and g.units_rx.match(nt.norm, gap.end())):
        return True
    lv = place_level(nt.text[e : sp.end].strip(), g.rules_dirs)
    return lv is not None and lv < 4


# a school's level written out or abbreviated right before its name, which is mostly a person's full name:
# "Trường THPT [Lương Thế Vinh]", "Trường THPT chuyên [Lê Hồng Phong]"
_SCHOOL_LEVEL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:THPT|THCS|PTTH|PTCS|PTDTNT|Tiểu học|Mầm non)(?: chuyên)?[ \t\u00a0]+\Z")
_SCHOOL_LEVEL_AT = regex.compile(r"(?:THPT|THCS|PTTH|PTCS|PTDTNT)(?: chuyên)?")
_LOWER_SCHOOL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])trường[ \t\u00a0]+\Z")
# a preposition or verb of place before a building that also names the body housed there
_VENUE_AFTER_LOCATIVE = regex.compile(r"(?i)(?<![\p{L}\p{M}])(?:tại|ở|thăm|đến|tới|rời|khỏi|bước vào|trong khuôn viên|bên ngoài|trước cửa)[ \t\u00a0]+\Z")


def _start(g: _Grammar, nt: NormText, ent: _Entry, m, s: int, e: int, stop_at: set[int],
           dw: _DocWords = _NO_WORDS) -> Candidate | list[Candidate] | None:
    text = nt.text
    written = text[s:e]
    if ent.table == "abbr":
        if written not in ent.variants or _in_doc_number(text, s, e):
            return None
        if ent.kind == "byline" and not (s > 0 and text[s - 1] == "(" and text[e : e + 1] == ")"):
            return None
        kind = ent.kind
        if kind == "part" and _SCHOOL_LEVEL_AT.fullmatch(written) and _LOWER_SCHOOL_BEFORE.search(text, max(0, s - 8), s):
            kind = "prefix"  # "trường [THPT Lương Thế Vinh]": after the lower-case school word, the level heads the name
        if kind in ("part", "law"):
            return None
        if kind == "standalone":  # a force or a channel named by itself, nothing after it ("CSGT sẽ dùng", "kênh VTV1");
            return Candidate(s, e, "ORG", "org.abbr.standalone", priority=1, canonical=ent.canonical)  # after a head a part
        if ent.kind == "org" and _product_code_after(text, e):
            return None
        if (ent.kind == "org" and _VENUE_AFTER_LOCATIVE.search(text, max(0, s - 12), s)
                and (pe := _place_model(g.rules_dirs).known.get(norm_word(written))) is not None and pe.kind == "venue"):
            return None  # "họp tại [Nhà Trắng]", "thăm [Nhà Trắng]": the building as a place, a venue (LOC)
        if ent.kind == "org" and _HULL_NUMBER.match(text, e) and _SHIP_BEFORE.search(nt.norm, max(0, s - 30), s):
            return None  # "tàu CSB 8020", "tàu cảnh sát biển CSB-8005": a ship's hull number, no body
        if text[e : e + 1] == "." and text[e + 1 : e + 2].isalpha():
            return None  # "VOV.VN": a web site's name (see _cited_sources)
        # a prefix (ĐH, BV) heads a description like the word it stands for: ĐH Dân lập Phương Đông
        sp = _Span(e, True, False, country=kind != "prefix")
        sp.start = sp.piece = s
        sp.desc = kind == "prefix"
        if kind == "head" and _description_head(g, ent.canonical):
            # the head's abbreviation takes a description like the head: "BQL [dự án đầu tư] huyện Châu Thành"
            sp.desc, sp.desc_at = True, e
        if kind == "prefix":
            sp.prefix_at = e  # "HĐQT [Công ty] Hoàng Anh": a head right after it still needs its name
        if kind not in ("head", "prefix"):
            sp.last = "abbr"
            sp.abbrorg = ent.kind == "org"
        sp.pieces.append((s, e, ent.canonical or ""))
        _extend(g, nt, sp, stop_at, dw)
        if (ent.kind == "org" and sp.end > e and ent.canonical
                and any(x.table == "name" and x.kind == "state" for x in g.start.get(_key(norm_word(ent.canonical)), ()))
                and _home_place_after(g, nt, sp, e)):
            sp.end, sp.pieces = e, sp.pieces[:1]  # "đại biểu QH [TP.HCM]": the home province, no branch of it
        if (ent.kind == "org" and sp.end > e and (ent.canonical or "").startswith(_AGENCY_CANON)
                and place_level(text[e : sp.end].strip(), g.rules_dirs) == 4):
            sp.end, sp.pieces = e, sp.pieces[:1]  # "Hãng tin Kyodo [Nhật Bản]": the agency's country, no branch
        if ent.kind == "org" and sp.end > e and (_CREDIT_BEFORE.search(text, max(0, s - 16), s) or _credit_byline(text, s)):
            first = text[e:sp.end].split()[0]
            if not _foreign(first) or place_level(first, g.rules_dirs) is not None:
                sp.end, sp.pieces = e, sp.pieces[:1]  # "Ảnh: AP [Nga], Syria ...": a new sentence (not "Google Maps")
        if ent.kind == "org" and sp.end == e and text[e : e + 1] == "-" and _is_byline_slash(text, text.rfind(" ", 0, s) + 1, s):
            office = _BYLINE_OFFICE.match(text, e + 1)
            if office and not g.start_rx.match(nt.norm, e + 1):
                # "Vũ Lợi/VOV-Tây Bắc", "Thái Bình/VOV-Miền Trung": the outlet's regional office (but
                # "Thùy Linh/VOV-Trung tâm Tin Tổng hợp": an organization of its own after the dash)
                return Candidate(s, office.end(), "ORG", f"org.abbr.{ent.kind}", priority=1)
        if (ent.kind == "org" and sp.end > e and len(text[e:sp.end].split()) == 1 and _CAP_AFTER.match(text, sp.end)
                and _CAP_NAME_AFTER.match(text, sp.end) and place_level(text[e:sp.end].strip(), g.rules_dirs) is None):
            sp.end, sp.pieces = e, sp.pieces[:1]  # "Tổng Thư ký ASEAN [Kao Kim Hourn]": a name runs on, a person's
        if ent.kind == "org" and sp.end > e and text[sp.end : sp.end + 1] == "-" and text[sp.end + 1 : sp.end + 2].isalnum():
            return None  # the extension is the start of a model code: Sukhoi PAK-FA
        if kind == "prefix" and not sp.named:
            return None
        canon = _canonical(text, s, sp.end, sp.pieces)
        if canon is None and ent.canonical and sp.end == e:
            canon = ent.canonical if ent.canonical != written else None
        return Candidate(s, sp.end, "ORG", f"org.abbr.{kind}", priority=1, canonical=canon)
    if ent.table == "name":
        if not _caps_ok(ent.term, written):
            return None
        if _after_level(g, nt, s, dw):
            return None  # "chuyến thăm cấp Nhà nước": a level, not the institution
        sp = _Span(e, True, False, country=True, top="top" in ent.flags)
        sp.start = sp.piece = s
        sp.last = "name"
        _extend(g, nt, sp, stop_at, dw)
        if ent.kind == "state" and sp.end > e and _home_place_after(g, nt, sp, e):
            sp.end, sp.named, sp.pieces = e, False, []  # "đại biểu Quốc hội [tỉnh Nghệ An]" (but "Quốc hội Mỹ")
        canon = ent.canonical if (not sp.named and ent.canonical != written) else _canonical(text, s, sp.end, sp.pieces)
        return Candidate(s, sp.end, "ORG", f"org.name.{ent.kind}", priority=1, canonical=canon)
    # a head noun
    cap = written[:1].isupper()
    if not cap and "lower" not in ent.flags:
        return None  # (first: cheap, and most lower-case "lực lượng", "công ty" end here)
    if _after_level(g, nt, s, dw):
        return None  # "danh hiệu Anh hùng Lực lượng vũ trang nhân dân", "chương trình Giao lưu Hải quân"
    if " " not in ent.term and _after_capitalized(g, nt, s):
        return None  # "xã Trường Long", "vịnh Bắc Bộ": inside another name
    if not cap and "cue" in ent.flags and _foreign_run_at(g, nt, e, trade=_key(norm_word(written)) in g.firm_cues,
                                                          school=_key(norm_word(written)) in g.school_cues):
        return None  # "hai tập đoàn Rheinmetall": a cue word before a foreign name, outside its span (_cued_names)
    if not cap and ent.kind not in _COUNTRY_KINDS:
        if s - 1 in dw.inner:
            return None  # "trụ sở", "cơ sở": the head's word is the end of another word
        gap = _GAP.match(text, e)
        if gap and text[gap.end() : gap.end() + 1].isupper() and g.start_rx.match(nt.norm, gap.end()):
            return None  # "trường Đại học Quốc tế": the capitalized name starts at its own head
    if "numonly" in ent.flags and not _NUM_AFTER.match(text, e):
        return None  # "Vùng Tây Bắc" is a region; "Vùng 4 Hải quân" a naval region
    if "needorg" in ent.flags:
        # "Thường vụ Quân ủy Trung ương": only before an organization, not in "Ủy viên Thường vụ"
        gap = _GAP.match(text, e)
        nxt = g.start_rx.match(nt.norm, gap.end()) if gap else None
        before = nt.norm[max(0, s - 8) : s].split()
        if not cap or not nxt or not text[gap.end()].isupper() or (before and before[-1] == "viên"):
            return None
        if _office_before(g, nt.norm, s):
            return None  # "Phó Bí thư Thường trực Tỉnh ủy", "Thư ký Thường trực Bộ": the end of a title
        if not any(x.table in ("head", "name", "abbr") for x in g.start.get(_key(nxt.group()), ())):
            return None
        if "standing" in ent.flags and not any(
                (x.table, x.kind) in _STANDING_BODIES for x in g.start.get(_key(nxt.group()), ())):
            return None  # "Thường trực Ban Bí thư" is a position, "Thường trực Tỉnh ủy" a body
    if cap and "union" in ent.flags and (gap := _GAP.match(text, e)) and text[gap.end() : gap.end() + 1].isupper() and (
            nxt := g.start_rx.match(nt.norm, gap.end())) and any(x.table in ("head", "name") for x in g.start.get(_key(nxt.group()), ())):
        return None  # "Đoàn [Bộ chỉ huy quân sự thủ đô Viêng Chăn]": a delegation of the body that follows, no body itself
    sp = _Span(e, False, "partonly" in ent.flags, country=ent.kind in _COUNTRY_KINDS)
    sp.start = sp.piece = s
    sp.topcand = "top" in ent.flags
    sp.nonum = "nonum" in ent.flags
    sp.desc = "desc" in ent.flags
    sp.unit = ent.kind == "military"
    if ent.canonical and cap:
        sp.pieces.append((s, e, ent.canonical))
    _extend(g, nt, sp, stop_at, dw)
    if (pe := _run_in_sentence_start(g, nt, sp, dw)) is not None:
        sp.end = pe  # "Bộ Tư lệnh Bộ đội Biên phòng [Như] đã thông tin": the next sentence, its period missing
    rule = f"org.head.{ent.kind}"
    if (cap and sp.last == "abbr" and sp.abbrorg and _key(norm_word(written)) in g.foreign_cues - g.firm_cues
            and len(text[e : sp.end].split()) == len(text[sp.pieces[-1][0] : sp.pieces[-1][1]].split())):
        return None  # "Hãng Yonhap": a cue word before an agency's own name (the name alone is the ORG)
    if not cap and not any(ch.isupper() for ch in text[s : sp.end]):
        return None  # lower-case generic: quân đội, ban quản lý
    if "needplace" in ent.flags and sp.last != "place":
        return None  # "Ty An ninh tỉnh Salavan" (a Lao provincial service); not "Ty An ninh" alone
    if "countryafter" in ent.flags and place_level(text[e : sp.end].strip(), g.rules_dirs) != 4:
        return None  # "Tuần duyên Hoa Kỳ"; not "Tàu Tuần duyên Morgenthau" (a ship)
    if "countryend" in ent.flags and not _country_ended_name(g, nt, e, sp.end) \
            and (ce := _lower_words_then_country(g, nt, sp.end)) is not None and _country_ended_name(g, nt, e, ce):
        sp.end = ce  # "Lực lượng Bảo vệ [bờ biển Hàn Quốc]": the field in lower case, then the country
    if "countryend" in ent.flags and not _country_ended_name(g, nt, e, sp.end):
        return None  # "Lực lượng Tuần duyên Mỹ"; not "Lực lượng Mỹ", "Lực lượng Hezbollah", "Lực lượng Đặc công là"
    if "placeonly" in ent.flags and written.islower() and (lvl := place_level(text[e : sp.end].strip(), g.rules_dirs)) \
            not in (3, 4) and not (lvl == 0 and ent.kind == "army"
                                     and place_kind(text[e : sp.end].strip(), g.rules_dirs) == "region"):
        # "bộ đội biên phòng Thanh Hóa", "bộ đội biên phòng Lào", a militia of a region ("dân quân Donbass");
        # not "bộ đội biên phòng Đồn ..."
        return None
    if "countryonly" in ent.flags and written.islower() and place_level(text[e : sp.end].strip(), g.rules_dirs) != 4:
        return None  # "biên phòng Ấn Độ" (as "quân đội Nga"); not "lực lượng biên phòng [Thanh Hóa]", "biên phòng  Nghị định"
    if "aftercue" in ent.flags and written.islower() and (not any(
            " ".join(nt.norm[max(0, s - 24) : s].split()[-k:]) in g.cues | g.foreign_cues for k in (1, 2))
            or (nt.norm[max(0, s - 24) : s].split()[-3:-2] or [""])[0] in g.quantifiers):
        return None  # "lực lượng [bộ binh Iran]"; not "Xe tăng, bộ binh Mỹ rầm rộ", "các lực lượng bộ binh Mỹ": troops
    if not cap and sp.country and sp.last == "abbr" and sp.abbrorg:
        return None  # "quân đội ASEAN": ASEAN's armies; ASEAN is the organization
    if not cap and sp.country and sp.named and _word_before(nt, s) in g.quantifiers:
        return None  # "các lực lượng vũ trang Syria": a kind of force, not one body
    if not cap and sp.named and not sp.country and _generic_lower(g, nt, s, e, sp.end, dw, ent.kind not in _PLACE_NAMED):
        return None  # "các công ty Trung Quốc", "trường đại học Mỹ": a kind of body, not one body
    if sp.named and cap and ent.kind in _NAME_AFTER_COUNTRY and (fn := _country_then_name(g, nt, e, sp.end, dw)):
        # "Báo Thụy Điển Svenska Dagbladet", "Tập đoàn Hà Lan Damen": the country is a place, the name the ORG
        loc = _GAP.match(text, e).end()
        return [Candidate(loc, fn[2], "LOC", f"{rule}.country"), Candidate(fn[0], fn[1], "ORG", f"{rule}.name")]
    if not sp.named and cap and sp.desc and (ab := _about_place_after(g, nt, e, dw)):
        return Candidate(s, ab, "ORG", rule, canonical=_canonical(text, s, ab, sp.pieces))  # "Ban Chỉ đạo về ... [Hà Nội]"
    if sp.named and cap and sp.desc and (ab := _about_after(g, nt, s, sp.end, dw)):
        sp.end = ab  # "Ban Chỉ đạo Nhà nước [về điều tra cơ bản tài nguyên - môi trường biển]"
        sp.end = _country_after(g, nt, sp.end, stop_at)  # "Cơ quan Liên bang về hợp tác kỹ thuật quân sự [Nga]"
    if not cap and sp.country and sp.named:
        sp.end = _country_prefix_end(g, text, e, sp.end)  # "quân đội Syria [Lực lượng ...]": the country ends it
    if sp.named:
        if (ent.kind == "press" and sp.last == "name" and _single_syllable_name(text, e, sp.end)
                and place_level(text[e:sp.end].strip(), g.rules_dirs) is not None):
            return None  # "Báo Mỹ" (American papers), not a title (but "Nhà xuất bản Trẻ")
        if sp.partonly and not sp.complete and sp.last not in ("part", "abbr"):
            return None
        return Candidate(s, sp.end, "ORG", rule, canonical=_canonical(text, s, sp.end, sp.pieces))
    if not cap:
        return Candidate(s, e, "ORG", rule, canonical=_canonical(text, s, e, sp.pieces)) if any(ch.isupper() for ch in written) else None
    verb_ok = _key(norm_word(ent.term)).split()[-1] not in g.verbs and _key(norm_word(ent.term)) not in g.verbs
    if sp.desc and not _sentence_initial(text, s) and (d_end := _lower_description(g, nt, e, dw, verb_ok=verb_ok)):
        # a capitalized head in mid-sentence names a body whose description is all lower case:
        # "Giám đốc [Trung tâm hợp tác an ninh quốc tế] thuộc Bộ", "[Ban quản lý công trường] đã"
        return Candidate(s, d_end, "ORG", rule, canonical=_canonical(text, s, d_end, sp.pieces))
    before = _word_before(nt, s)
    if before in g.quantifiers or before.isdigit() or _after_level(g, nt, s, dw):
        return None  # "được 8 Bộ và Thủ tướng phê duyệt", "các Sở": ministries, not one
    if (gap := _GAP.match(text, e)) and gap.end() - gap.start() == 1 and text[gap.end() : gap.end() + 1].islower() and (
            (um := g.units_rx.match(nt.norm, gap.end())) and "trail" not in g.units[_key(um.group())].flags):
        return None  # "do Biên phòng cửa khẩu cảng cấp": a kind of post with no name, not the body alone
    if "alone" in ent.flags or ("bare" in ent.flags and not _sentence_initial(text, s) and not _after_capitalized(g, nt, s)
                                and not (sp.desc and _description_after(g, nt, e, dw))):  # not "[Viện] nghiên cứu"
        return Candidate(s, e, "ORG", rule, canonical=_canonical(text, s, e, sp.pieces))
    if "bare" in ent.flags and _sentence_initial(text, s) and _predicate_after(g, nt, e):
        # "Bộ đang thực hiện ...", "Quân đội không có chuyện ...": the subject is the body itself
        return Candidate(s, e, "ORG", rule, canonical=_canonical(text, s, e, sp.pieces))
    return None
