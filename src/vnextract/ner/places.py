"""LOC recognizer: gazetteers of places plus admin-unit and generic-word patterns.

Sources (all data files in ``vnextract/rules/``, extendable with a user rules dir):

* ``places_world.tsv``: countries, foreign provinces, capitals, world regions and seas
  (``Trung Quốc``, ``Vân Nam``, ``Moskva``, ``Biển Đen``);
* ``places_vn.tsv``: Vietnamese regions, seas, islands, border gates, abbreviations
  and landmarks (``Tây Nguyên``, ``Hoàng Sa``, ``TP.HCM``, ``Phủ Chủ tịch``);
* ``places_geonames.tsv``: world cities of 100,000 people and capitals, in their English or
  local spelling (``Chennai``, ``Marawi``), built from GeoNames by ``scripts/build_world_cities.py``;
  a match must be a whole run of capitalized words, not after a word for a person;
* ``places_admin.tsv``: provinces before and after the 2025 merger (always places),
  districts and communes (ambiguous: accepted only with evidence, see below);
* ``places.toml``: the patterns (unit words, generic heads, prepositions, ...).

What is found (examples of ANNOTATION.md sections 2 and 7):

>>> from vnextract.normalize import normalize
>>> from vnextract.ner.base import NerContext
>>> def locs(s):
...     return [s[c.start:c.end] for c in find_places(normalize(s), NerContext())]
>>> locs("Đoàn công tác tỉnh Lào Cai sang Vân Nam (Trung Quốc).")
['Lào Cai', 'Vân Nam', 'Trung Quốc']
>>> locs("Cử tri P.7, Q.Bình Thạnh, TP.HCM và quận 3.")
['P.7', 'Bình Thạnh', 'TP.HCM', 'quận 3']
>>> locs("Tàu rời cảng Tiên Sa; mốc biên giới Việt – Trung; thực dân Pháp.")
['Tiên Sa', 'Việt – Trung', 'Pháp']

District and commune names (``Nam Giang``, ``Bát Xát``) are taken after a unit
word (``huyện Nam Giang``), in a list that follows one (``huyện Bát Xát, Mường
Khương``), after ``tại``/``ở``, or when their province is named in the same text.
Capitalized words are checked on the original text, words on ``nt.norm``.
A district or commune is also taken when its province follows in parentheses
("Sa Đéc (Đồng Tháp)"); no admin or gazetteer name is taken right after a family
or middle name ("Nguyễn Hòa Bình") or a word for a person ("chàng trai Phù Đổng").
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from ..errors import RulesError
from ..normalize import NormText, norm_word
from ..rules import load_lexicon, load_patterns
from .base import BOUNDARY_END, BOUNDARY_START, Candidate, LexiconMatcher, NerContext

LABEL = "LOC"

# A capitalized word of a name: "Lào", "Al-Tanf", "Shangri-La", "al-Mojbal", "D67".
# rules that take a run of capitalized words after a unit or head word
_RUN_RULES = ("places.toml:generic_head:", "places.toml:unit_name", "places.toml:dash_chain")
_CAPWORD = r"(?:(?:al|el|ad|as|ash|ez|az|an|ar)-)?\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’\-]\p{L}[\p{L}\p{M}\p{N}]*)*"
_RUN_RX = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}])({_CAPWORD})(?: (?:{_CAPWORD}))*")
_WORD_RX = regex.compile(_CAPWORD)
# a house number after "số", a comma or a colon, a street of two to four capitalized words, then its city after a comma
# or in parentheses: "khách sạn Tray, 47 Lạch Tray, Hải Phòng", "số 5 Trần Thánh Tông (Hà Nội)" (places.toml address)
_CITY_ADDRESS = regex.compile(
    rf"(?:[Ss]ố|[,:]) \d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)* "
    rf"(?P<street>{_CAPWORD}(?: {_CAPWORD}){{1,3}})(?:, ?| \()(?P<city>{_CAPWORD}(?: {_CAPWORD}){{0,3}})(?![\p{{L}}\p{{M}}])")
# a city named first, a colon, a house number and a street that ends the line or the item: "Đà Nẵng: 50 Thái Phiên",
# "Hải Phòng: 75C Lương Khánh Thiện" (contact lists); an alley's number(s) before the street it opens on: "các hẻm
# 268, 342, 382 Huỳnh Tấn Phát", "ngõ 12 Trần Duy Hưng" (places.toml address)
_LED_ADDRESS = regex.compile(  # matched from a colon; the city is the capitalized run right before it
    rf":[ \t]?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)*(?: (?i:bis|ter)(?!\p{{L}}))? "
    rf"(?P<street>{_CAPWORD}(?: {_CAPWORD}){{0,3}})(?=[ \t]*(?:[\r\n,;]|\.(?!\p{{L}})|$))")
_ALLEY_STREET = regex.compile(
    rf"(?<![\p{{L}}\p{{M}}])(?:hẻm|ngõ|ngách|kiệt)(?: số)? \d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)*"
    rf"(?:, \d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)*)* (?P<street>{_CAPWORD}(?: {_CAPWORD}){{1,3}})(?![\p{{L}}\p{{M}}])")
# a lower-case zone or line word with its describing words, then a known place's acronym in parentheses: the long
# form is that place too ("vùng phi quân sự (DMZ)"; "khu vực phi quân sự hoàn toàn" alone is no name)
_ACRONYM_PAREN = regex.compile(r" \((?P<a>\p{Lu}{2,6})\)")
_LONG_BEFORE_ACRONYM = regex.compile(  # searched so as to end right before " (ACRONYM)"
    r"(?<![\p{L}\p{M}])(?:vùng|khu vực|khu|đường|tuyến|Vùng|Khu vực|Khu|Đường|Tuyến)(?: \p{Ll}[\p{Ll}\p{M}]*){1,4}\Z")
_RUN_BEFORE = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}])(?:{_CAPWORD})(?: (?:{_CAPWORD}))*\Z")  # the run that ends here
_COUNT_BEFORE = regex.compile(r"(?<![\p{L}\p{N}.,/])(?:[2-9]|[1-9]\d)[ \t\u00a0]+\Z")  # "Ban Thường vụ [2] tỉnh Cà Mau và ..."
_HOUSE_NUMBER_TOKEN = regex.compile(r"\d{1,4}[A-Za-z]?(?:[-–/]\d{1,4}[A-Za-z]?)*")
_TOKEN_ANY = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_INITIAL_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}\. \Z")
_OUTLET_BEFORE = regex.compile(r"/\p{Lu}{2,}-\Z")
_UNIT_ABBREV_AT = regex.compile(r"(?:TP|Tp|TX|TT|Q|P|H|X)\.")
# a house number (or a range of them) before a street and a comma: "16-18 Phan Chu Trinh, "
_NUMBER_STREET = regex.compile(r"(?<![\p{L}\p{N}\p{M}/.,])\d{1,4}[A-Za-z]?(?:[-–/]\d{1,4}[A-Za-z]?)? (?P<n>\p{Lu})[^,\n]{2,40}?, (?=\p{Lu})")
_UNIT_BEFORE = regex.compile(
    r"(?:(?<![\p{L}.])(?:TP|Tp|TX|TT|Q|P|H|X)\. ?|(?<![\p{L}])(?:tỉnh|huyện|xã|phường|quận|thị xã|thị trấn|thành phố|TP) )$"
)
_PLURAL = ("các ", "hai ", "ba ", "những ")
# a lower-case particle inside a foreign place name: "Cagayan de Oro", "Lanao del Sur", "Al-Baydah al Sharqiyah"
_PARTICLE = regex.compile(rf" (?:de|del|della|des|di|do|dos|das|du|la|al|el|van|von|der) (?={_CAPWORD})")
# the links of a list of places: "Thủ Đức, |Bình Tân|, huyện Bình Chánh", "Củ Chi, Mỹ Tho |và| TPHCM"
_LIST_LINK_BEFORE = regex.compile(r"[ \t\u00a0]*,[ \t\u00a0]*\Z")
_LIST_LINK_AFTER = regex.compile(r"[ \t\u00a0]*,[ \t\u00a0]*|[ \t\u00a0]+và[ \t\u00a0]+")
# a capitalized run, then a name in parentheses: "Sa Đéc (Đồng Tháp)"
_PAREN_RX = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}])(?P<n>{_CAPWORD}(?: {_CAPWORD})+) \((?P<p>{_CAPWORD}(?: {_CAPWORD}){{0,3}})\)")
_DASH_SEP = regex.compile(r" [-–] ")
_DASHED = regex.compile(r"\p{L} ?[-–] ?\p{Lu}")
_DASH_BEFORE = regex.compile(r"[\p{L}\p{M}] ?[-–] ?\Z")
_DASH_AFTER = regex.compile(r" ?[-–] ?\p{Lu}")
_DASH_ANY = regex.compile(r" ?[-–] ?")
_LIST_ITEM = regex.compile(r"\p{Lu}[\p{L}\p{M}\p{N}]*(?:\.\p{Lu}[\p{L}\p{M}\p{N}]*)?(?: \p{Lu}[\p{L}\p{M}\p{N}]*){0,3}"
                           r"(?![\p{L}\p{M}\p{N}.]\p{L})(?: \([^()\n]{1,30}\))?")
# a street's name in a list: capitalized words ("Cách Mạng Tháng Tám"), a road and its number ("Tỉnh lộ 15",
# "Quốc lộ 1A"), a date ("3 Tháng 2")
_STREET_NAME = (r"\p{Lu}[\p{L}\p{M}]* \p{Ll}+ \d{1,3}\p{Lu}?(?![\p{L}\p{N}])"
                r"|\p{Lu}[\p{L}\p{M}\p{N}]*(?: \p{Lu}[\p{L}\p{M}\p{N}]*){0,3}(?![\p{L}\p{M}\p{N}])"
                r"|\d{1,2} \p{Lu}[\p{L}\p{M}]* \d{1,2}(?![\p{L}\p{N}])")
_RANGE_SPLIT = regex.compile(r"(?:từ )?(.+?)(?: đến | tới | ?[-–] ?)(.+)")
_ITEM_SEP = regex.compile(r"(?:, ?(?:và |hoặc )?| và | hoặc )(?=\p{Lu})")
_LIST_SEP = regex.compile(r"(?:,|;| và| hoặc|, và) (?=\p{Lu})")
_FOREIGN_SEP = regex.compile(r"(?:,| và| hoặc|, và) (?=\p{Lu}|(?:al|el)-)")
_FOREIGN_END = regex.compile(r"[.,;:)…!?\n]| và | hoặc |$")
_LIST_NEXT = regex.compile(r"(?:,|,? và|,? hoặc) (?=\p{Lu}|(?:al|el)-)")
# a kinship or honorific word right before a one-word country: a given name ("chị Nga"; not "anh em Lào")
_KIN_BEFORE = regex.compile(r"(?<![\p{L}\p{M}])(?:chị|cô|chú|bác|cụ|bà|ông|Chị|Cô|Chú|Bác|Cụ|Bà|Ông) \Z")
_SHORT_SPLIT = regex.compile(r" ?[-–—] ?| ")
_SHORT_ITEM = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*)*")
_CAP_NEXT = regex.compile(r" \p{Lu}")
_NAME_NUMBER = regex.compile(r" \d{1,2}(?![\p{L}\p{N}/.,:]\S|[.,]\d|[\p{L}\p{N}])"
                             # (a number that measures what follows is no part of the name: "cách cầu Thanh Trì [3 km]")
                             r"(?![ \t\u00a0]+(?:km|m|cm|mét|cây số|ki-lô-mét|dặm|hải lý|tấn|ha|héc-ta|phút|giờ)(?![\p{L}\p{M}]))")
_KIEU = regex.compile(r" [kK]iều(?![\p{L}\p{M}])")
_NONSPACE = regex.compile(r"[^\s]+")
_CLAUSE_PUNCT = regex.compile(r"[,;:()\[\]\"“”!?]")
_SENT_END = set(".!?:;\n\"“”•…([")
_CLAUSE_END = set(".!?:;\n•…")

# A Vietnamese syllable (diacritics removed): optional onset, 1-3 vowels, optional coda.
_VN_SYL = regex.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


_KIND_LEVEL = {"country": 4, "province": 3, "province_2025": 3, "city": 3, "district": 2, "commune": 1, "commune_2025": 1,
               "venue": 1}  # a venue (Angkor, Phủ Chủ tịch) lies in a place, as a commune does


def place_level(name: str, rules_dirs: tuple[str, ...] = (), *, chain: bool = False) -> int | None:
    """Administrative level of a place the gazetteers know: 4 a country, 3 a province, state or
    big city, 2 a district, 1 a commune or a venue, 0 a place they do not rank (a region, a sea); None for
    a name they do not know.

    With ``chain`` (ranking an address chain, see vnextract.relations), a name may begin with a state-form
    or unit word ("Cộng hòa Czech", "Thủ đô Praha": the level of the name after it), and a world city of
    places_geonames.tsv ranks as a city ("Geelong", "Yokosuka": 3).

    >>> [place_level(p) for p in ("Hà Nội", "Ba Đình", "Pháp", "Biển Đông", "Mikyciai", "Geelong")]
    [3, 2, 4, 0, None, None]
    >>> [place_level(p, chain=True) for p in ("Cộng hòa Czech", "Thủ đô Praha", "Hà Nội", "Geelong")]
    [4, 3, 3, 3]
    """
    m = _model(tuple(rules_dirs))
    key = norm_word(name)
    entry = m.known.get(key)
    if entry is not None:
        return _KIND_LEVEL.get(entry.kind, 0)
    for p in m.level_prefixes if chain else ():  # "Cộng hòa Czech", "Thủ đô Praha": the level of the name after it
        if key.startswith(p) and (rest := m.known.get(key[len(p):])) is not None:
            return _KIND_LEVEL.get(rest.kind, 0)
    if chain and key in m.geo and key not in m.admin:
        return 3
    return max((_KIND_LEVEL.get(e.kind, 0) for e in m.admin.get(key, ())), default=None)


def place_kind(name: str, rules_dirs: tuple[str, ...] = ()) -> str | None:
    """Kind of a place of places_world.tsv / places_vn.tsv ("region", "sea", "country" ...); None when unknown.

    >>> [place_kind(p) for p in ("Donbass", "Biển Đông", "Pháp", "Mikyciai")]
    ['region', 'sea', 'country', None]
    """
    entry = _model(tuple(rules_dirs)).known.get(norm_word(name))
    return entry.kind if entry is not None else None


def city_in_state(name: str, parent: str, rules_dirs: tuple[str, ...] = ()) -> bool:
    """Is ``name`` a foreign city (places_world.tsv or places_geonames.tsv, not a capital) and ``parent`` a
    foreign province or state (places_world.tsv)? Both rank 3, yet "Houston, Texas", "Yokosuka, Kanagawa"
    name a city and the state it lies in.

    >>> city_in_state("Yokosuka", "Kanagawa"), city_in_state("Kanagawa", "Yokosuka"), city_in_state("Huế", "Texas")
    (True, False, False)
    """
    m = _model(tuple(rules_dirs))
    p = m.known.get(norm_word(parent))
    if p is None or p.kind != "province" or p.rule != "places_world.tsv":
        return False
    key = norm_word(name)
    a = m.known.get(key)
    if a is not None:
        return a.kind == "city" and a.rule == "places_world.tsv"
    g = m.geo.get(key)
    return g is not None and g.kind == "city" and key not in m.admin


def admin_parent(name: str, parent: str, rules_dirs: tuple[str, ...] = ()) -> bool:
    """Is ``name`` a district of the province ``parent`` in places_admin.tsv (or a commune of the district)?

    >>> admin_parent("Cam Ranh", "Khánh Hòa"), admin_parent("Huế", "Đà Nẵng")
    (True, False)
    """
    m = _model(tuple(rules_dirs))
    p = norm_word(parent)
    return any(p in {norm_word(x.strip()) for x in e.parent.split(",")} for e in m.admin.get(norm_word(name), ())
               if e.kind in ("district", "commune"))


def _strip_marks(w: str) -> str:
    d = unicodedata.normalize("NFD", w.lower().replace("đ", "d").replace("Đ", "d"))
    return "".join(ch for ch in d if not unicodedata.combining(ch))


def is_vietnamese_syllable(word: str) -> bool:
    """True for a word shaped like one Vietnamese syllable.

    >>> [is_vietnamese_syllable(w) for w in ("Lào", "Nguyễn", "Raqqa", "Donald", "Homs")]
    [True, True, False, False, False]
    """
    return bool(_VN_SYL.fullmatch(_strip_marks(word)))


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


@dataclass(frozen=True, slots=True)
class _Entry:
    term: str
    canonical: str
    kind: str
    cond: str
    rule: str
    parent: str = ""


@dataclass
class _Model:
    strong: LexiconMatcher
    admin: dict[str, list[_Entry]]  # norm name -> district/commune entries
    known: dict[str, _Entry]  # norm name -> any strong entry (provinces, countries, ...)
    province_norms: set[str]
    geo: dict[str, _Entry] = field(default_factory=dict)  # norm name -> world city (places_geonames.tsv)
    geo_not_after: regex.Pattern | None = None  # a rank, title or ship word right before: no city
    geo_not_after_cap: regex.Pattern | None = None  # a capitalized organization head right before: no city
    surnames: set[str] = field(default_factory=set)
    not_after: regex.Pattern | None = None
    person_before: set[str] = field(default_factory=set)
    after_word: list[regex.Pattern] = field(default_factory=list)
    units: list[tuple[regex.Pattern, dict]] = field(default_factory=list)
    numbered: regex.Pattern | None = None
    numbered_abbrev: regex.Pattern | None = None
    numbered_bare: regex.Pattern | None = None
    heads: regex.Pattern | None = None
    weak_heads: set[str] = field(default_factory=set)
    weak_vn_ok: set[str] = field(default_factory=set)  # weak heads whose name may be Vietnamese of 2+ capitalized syllables
    head_words: set[str] = field(default_factory=set)
    cap_generic: set[str] = field(default_factory=set)  # heads still generic when capitalized ("Làng mộc Kim Bồng")
    over_person: set[str] = field(default_factory=set)  # heads whose name wins over a person's of the same span
    whole_name: set[str] = field(default_factory=set)  # site heads whose name keeps a compass or foreign last word
    name_tails: frozenset[str] = frozenset()  # compass words that end a site's name ("ga Hải Vân Nam")
    ethnic: tuple[str, ...] = ()  # ethnic groups between a village head and its name ("làng gốm Chăm Bàu Trúc")
    not_names: tuple[str, ...] = ()
    not_initial: set[str] = field(default_factory=set)
    head_not_in: tuple[str, ...] = ()
    head_not_in_rx: regex.Pattern | None = None  # the same, as one pattern ending where it is searched
    cap_heads: regex.Pattern | None = None
    cap_not_before: tuple[str, ...] = ()
    cap_openers: set[str] = field(default_factory=set)  # sentence openers that may stand capitalized before a cap head
    code_heads: regex.Pattern | None = None
    keep_code_head: set[str] = field(default_factory=set)
    preps: regex.Pattern | None = None
    state: regex.Pattern | None = None
    short_any: regex.Pattern | None = None
    short_space: regex.Pattern | None = None
    short_anchors: set[str] = field(default_factory=set)
    short_list: regex.Pattern | None = None  # a list of countries with short forms in it ("Mỹ, Trung")
    short_list_forms: set[str] = field(default_factory=set)
    short_list_then: regex.Pattern | None = None
    compass: list[tuple[regex.Pattern, str]] = field(default_factory=list)
    compass_split: set[str] = field(default_factory=set)  # compass words before a place: "miền Bắc Libya"
    compass_keep: set[str] = field(default_factory=set)  # heads kept with the compass word as a region ("miền")
    numbered_sites: regex.Pattern | None = None
    name_number_heads: set[str] = field(default_factory=set)
    org_lower_not_after: regex.Pattern | None = None
    first_word: dict[str, list[str]] = field(default_factory=dict)  # first word -> gazetteer terms, longest first
    level_prefixes: tuple[str, ...] = ()  # state-form and unit words a name may begin with ("cộng hoà ", "thủ đô ")
    compass_names: list[regex.Pattern] = field(default_factory=list)
    address: regex.Pattern | None = None
    hamlets: regex.Pattern | None = None  # hamlet word + name before ", xã ...": a place of any country
    foreign_heads: regex.Pattern | None = None  # place head + lower-case describers + a foreign name
    foreign_appos: regex.Pattern | None = None  # a foreign name + ", một thành phố ..."
    foreign_head_last: frozenset[str] = frozenset()  # last words of foreign_head heads and describers
    unit_levels: dict[str, set[str]] = field(default_factory=dict)  # unit word -> admin kinds it may name
    compounds: regex.Pattern | None = None
    blocks: list[regex.Pattern] = field(default_factory=list)
    org_lower: regex.Pattern | None = None
    org_heads: dict[str, str] = field(default_factory=dict)
    org_need_cap: set[str] = field(default_factory=set)
    org_stop: set[str] = field(default_factory=set)
    org_max: int = 7
    org_lower_ok: set[str] = field(default_factory=set)
    prep_not_names: set[str] = field(default_factory=set)
    bridge_heads: set[str] = field(default_factory=set)
    bridge_stop: set[str] = field(default_factory=set)
    office_words: set[str] = field(default_factory=set)  # titles.tsv heads: "Bộ trưởng" bridges a memorial's name
    family_names: set[str] = field(default_factory=set)  # surnames.tsv, normalized
    loc_preps: regex.Pattern | None = None
    loc_streets: regex.Pattern | None = None
    street_heads: set[str] = field(default_factory=set)  # the locative rule's street words ("đường", "phố")
    loc_links: regex.Pattern | None = None
    dash_chain: regex.Pattern | None = None  # capitalized runs joined by spaced dashes ("Quảng Trạch - Phố Nối")
    dash_not_names: set[str] = field(default_factory=set)
    dash_not_first: set[str] = field(default_factory=set)
    event_name: regex.Pattern | None = None  # an event word before a known place ("Festival Huế 2004")
    event_not_heads: set[str] = field(default_factory=set)  # cap heads that are no place after one ("Lễ hội Cầu Ngư")
    place_list: regex.Pattern | None = None  # a plural place noun (+ "như"/"bao gồm") before a foreign list
    street_list: regex.Pattern | None = None  # a plural street/bridge noun (+ "như"/":") before a list of names
    street_item: regex.Pattern | None = None  # one ";" item of a street list: name, "(từ X đến Y)", "- quận N"
    street_range: regex.Pattern | None = None  # one end of a street's range: "cầu Khánh Hội", "Lê Thánh Tôn"
    street_bare: set[str] = field(default_factory=set)  # one-word ends that keep their head ("ngã ba Chùa")


def _alt(words, *, norm: bool = True) -> str:
    """An alternation of ``words`` as a character trie, longest first at each step (as sorting them by length would
    give), which the regex engine tries far faster than a flat list."""
    ws = {norm_word(w) if norm else w for w in words}
    if not ws:
        return r"(?!x)x"
    trie: dict = {}
    for w in ws:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_rx(trie)


def _trie_rx(node: dict) -> str:
    end = "" in node
    alts = [regex.escape(ch) + _trie_rx(sub) for ch, sub in node.items() if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        return "(?:" + body + ")?" if len(alts) > 1 or len(body) > 1 else body + "?"
    return body


_TERM_DASH = regex.compile(r"(?<=\p{L}) ?[-–] ?(?=\p{Lu})")
_DASH_FORMS = (" - ", "-", " – ", "–", " -", "- ", " –", "– ")


def _dash_variants(term: str) -> list[str]:
    """The spellings of a name joined by a dash as news text writes it: "Bà Rịa - Vũng Tàu" is also
    "Bà Rịa-Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa -Vũng Tàu" (one dash only: longer chains stay as listed)."""
    parts = _TERM_DASH.split(term)
    if len(parts) != 2:
        return [term]
    return [parts[0] + d + parts[1] for d in _DASH_FORMS]


@lru_cache(maxsize=16)
def _model(rules_dirs: tuple[str, ...]) -> _Model:
    entries: list[tuple[str, _Entry]] = []
    for name in ("places_vn.tsv", "places_world.tsv"):
        for r in load_lexicon(name, rules_dirs, ("canonical", "kind")):
            entries += [(t, _Entry(t, r.get("canonical") or r["term"], r["kind"], r.get("cond", ""), name))
                        for t in _dash_variants(r["term"])]
    admin: dict[str, list[_Entry]] = {}
    province_norms: set[str] = set()
    for r in load_lexicon("places_admin.tsv", rules_dirs, ("canonical", "kind")):
        e = _Entry(r["term"], r.get("canonical") or r["term"], r["kind"], "", "places_admin.tsv", r.get("parent", ""))
        if r["kind"] in ("province", "province_2025"):
            entries += [(t, _Entry(t, e.canonical, e.kind, "", e.rule, e.parent)) for t in _dash_variants(r["term"])]
            province_norms.add(norm_word(r["term"]))
        else:
            admin.setdefault(norm_word(r["term"]), []).append(e)
    # one entry per spelling: of "Biển Đông" and "biển Đông" keep the one with fewer capitals,
    # which the case test accepts for both
    entries.sort(key=lambda te: sum(ch.isupper() for ch in te[0]))
    strong = LexiconMatcher(entries)
    known = {k: v for k, v in strong.values.items()}  # type: ignore[misc]
    m = _Model(strong, admin, known, province_norms)
    # the gazetteer terms by their first word, longest first: gazetteer_matches looks them up word by word
    for t in sorted(strong.values, key=len, reverse=True):
        mw = _FIRST_WORD.match(t)
        if mw:
            m.first_word.setdefault(mw.group(), []).append(t)
    # world cities: looked up by dict on whole capitalized runs (see _Finder.world_cities), not in the regex;
    # not in ``known``, so place_level (used by the ORG recognizer and relations) stays as it was
    for r in load_lexicon("places_geonames.tsv", rules_dirs, ("canonical", "kind")):
        key = norm_word(r["term"])
        if key not in known and key not in admin and key not in m.geo:
            m.geo[key] = _Entry(r["term"], r["canonical"], r["kind"], "", "places_geonames.tsv")

    for rule in load_patterns("places.toml", rules_dirs, ("id", "kind")):
        kind = rule["kind"]
        if kind == "unit":
            words = rule.get("words", [])
            if not rule.get("abbrev"):
                m.level_prefixes += tuple(norm_word(w) + " " for w in words)
            dotted = [w for w in words if w.endswith(".")]
            plain = [w for w in words if not w.endswith(".")]
            parts = []
            if plain:
                parts.append(rf"(?:{_alt(plain)}) +")
            if dotted:
                parts.append(rf"(?:{_alt(dotted)}) ?")
            rx = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}.])(?P<u>{'|'.join(parts)})(?=\p{{Lu}}|(?:al|el|ad|as|ez|az)-)", regex.I)
            m.units.append((rx, rule))
        elif kind == "numbered" and "words" in rule:
            # "quận 3", and the same with the space left out ("quận1")
            m.numbered = regex.compile(rf"{BOUNDARY_START}(?:{_alt(rule['words'])}) *\d{{1,3}}[a-z]?{BOUNDARY_END}")
        elif kind == "numbered":
            ab = "".join(regex.escape(a) for a in rule.get("abbrev", []))
            m.numbered_abbrev = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}.])[{ab}]\. ?\d{{1,2}}{BOUNDARY_END}")
            m.numbered_bare = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}.])[{ab}]\d{{1,2}}{BOUNDARY_END}")
        elif kind == "head":
            m.heads = regex.compile(rf"{BOUNDARY_START}(?P<h>{_alt(rule['words'])}) ")
            m.head_words |= {norm_word(w) for w in rule["words"]}
            m.not_names += tuple(rule.get("not_names", []))
            m.not_initial |= {norm_word(w) for w in rule.get("not_initial", [])}
            m.weak_heads |= {norm_word(w) for w in rule.get("weak", [])}
            m.weak_vn_ok |= {norm_word(w) for w in rule.get("weak_vn_ok", [])}
            m.cap_generic |= {norm_word(w) for w in rule.get("cap_generic", [])}
            m.ethnic += tuple(w + " " for w in rule.get("ethnic", []))
            m.over_person |= {norm_word(w) for w in rule.get("cap_generic", []) + rule.get("over_person", [])}
            m.whole_name |= {norm_word(w) for w in rule.get("whole_name", [])}
            m.name_tails = m.name_tails | {norm_word(w) for w in rule.get("name_tails", [])}
            m.head_not_in += tuple(norm_word(w) for w in rule.get("not_in", []))
            m.head_not_in_rx = regex.compile(rf"(?:{'|'.join(regex.escape(w) for w in m.head_not_in)})\Z")
        elif kind == "cap_head":
            m.cap_heads = regex.compile(rf"{BOUNDARY_START}(?P<h>{_alt(rule['words'], norm=False)}) (?=\p{{Lu}})")
            m.cap_not_before = tuple(rule.get("not_before", []))
            m.cap_openers |= set(rule.get("openers", []))
            m.bridge_heads |= set(rule.get("bridge", []))
            m.bridge_stop |= set(rule.get("bridge_stop", []))
            m.office_words |= {norm_word(r["term"]) for r in load_lexicon("titles.tsv", rules_dirs, ("kind",))
                               if r["kind"] in ("head", "orghead")}
        elif kind == "code_head":
            m.code_heads = regex.compile(rf"{BOUNDARY_START}(?P<h>{_alt(rule['words'])}) (?P<c>[a-z]{{1,2}}\d{{1,3}}[a-z]?){BOUNDARY_END}")
            m.keep_code_head |= {norm_word(w) for w in rule.get("keep_head", [])}
        elif kind == "prep":
            m.preps = regex.compile(rf"{BOUNDARY_START}(?:{_alt(rule['words'])}) ")
            m.prep_not_names |= set(rule.get("not_names", []))
        elif kind == "locative":
            m.loc_preps = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_alt(rule['preps'], norm=False)}) (?=\p{{Lu}})")
            gap = rf"(?: (?!(?:{_alt(rule.get('not_gap', []), norm=False)})(?![\p{{L}}\p{{M}}]))\p{{Ll}}[\p{{Ll}}\p{{M}}]*){{0,2}}"
            m.street_heads |= {norm_word(w) for w in rule["streets"]}
            m.loc_streets = regex.compile(
                rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?<!(?i:thành|đường|phố) )(?:{_alt(rule['streets'], norm=False)}){gap} (?=\p{{Lu}})")
            links = "|".join(regex.escape(w) if w == "," else " " + regex.escape(w) for w in rule.get("links", []))
            m.loc_links = regex.compile(rf"(?:,? ?(?:{links})) (?=\p{{Lu}})")
            m.family_names |= {norm_word(r["term"]) for r in load_lexicon("surnames.tsv", rules_dirs)}
        elif kind == "state":
            m.state = regex.compile(rf"{BOUNDARY_START}(?:{_alt(rule['words'])}) $")
            m.level_prefixes += tuple(norm_word(w) + " " for w in rule["words"])
        elif kind == "short":
            forms = _alt(rule["forms"], norm=False)
            space = _alt(rule["space_joined"], norm=False)
            m.short_any = regex.compile(
                rf"(?<![\p{{L}}\p{{M}}])(?:{forms})(?: ?[-–—] ?(?:{forms}))+(?![\p{{L}}\p{{M}}])(?! \p{{Lu}})")
            m.short_space = regex.compile(
                rf"(?<![\p{{L}}\p{{M}}])(?:{forms})(?: (?:{space}))+(?![\p{{L}}\p{{M}}])(?! \p{{Lu}})")
            m.short_anchors = set(rule.get("anchors", []))
            if rule.get("list_short"):
                items = _alt(rule["list_short"] + rule["list_full"], norm=False)
                m.short_list = regex.compile(
                    rf"(?<![\p{{L}}\p{{M}}])(?:{items})(?:(?:,| và|, và) (?:{items}))+(?![\p{{L}}\p{{M}}])")
                m.short_list_forms = set(rule["list_short"])
                m.short_list_then = regex.compile(rf" (?:{_alt(rule.get('list_then', []), norm=False)})(?![\p{{L}}\p{{M}}])")
        elif kind == "compound":
            m.compounds = regex.compile(rf"(?:{_alt(rule['words'])}){BOUNDARY_END}")
        elif kind == "address":
            units = "|".join(regex.escape(u) for u in rule["units"])
            m.address = regex.compile(
                # a house number, possibly "bis"/"ter" ("12 Bis Phan Kế Bính, Quận 1"); or, with no number, a street
                # opening a parenthesis before a numbered unit: "Nguyễn Hữu Thức (Thái Văn Lung, Q.6 - TPHCM)"
                rf"(?:(?<![\p{{L}}\p{{N}}\p{{M}}/.,])\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)*(?: (?i:bis|ter)(?!\p{{L}}))?[ \t\u00a0]+"
                rf"(?P<street>{_CAPWORD}(?: {_CAPWORD}){{0,3}})(?=[ \t\u00a0]*,[ \t\u00a0]*(?i:{units}))"
                rf"|(?<=\()(?P<street>{_CAPWORD}(?: {_CAPWORD}){{1,3}})(?=, ?(?i:{units}) ?\d)"
                # a capitalized street word before the unit keeps it: "Đường Phạm Văn Chí, quận 6"
                rf"|(?<![\p{{L}}\p{{N}}\p{{M}}])(?P<street>(?:Đường|Phố) {_CAPWORD}(?: {_CAPWORD}){{0,3}})(?=[ \t\u00a0]*,[ \t\u00a0]*(?i:{units})))")
        elif kind == "hamlet":
            units = _alt(rule["units"], norm=False)
            m.hamlets = regex.compile(
                rf"(?:{_alt(rule['words'], norm=False)}) "
                rf"(?P<n>{_CAPWORD}(?: {_CAPWORD}){{0,3}}(?: \d{{1,2}})?)(?=,? (?:{units}) \p{{Lu}})")
        elif kind == "foreign_head":
            # matched on the original text, lower-case heads only, right before a capital: few matches to check
            gap = rf"(?: (?:{_alt(rule['between'], norm=False)})){{0,{int(rule.get('max_between', 2))}}}"
            m.foreign_heads = regex.compile(rf"{BOUNDARY_START}(?P<h>{_alt(rule['words'], norm=False)}){gap} \Z")
            m.foreign_head_last = frozenset(w.split(" ")[-1] for w in rule["words"] + rule["between"])
            if rule.get("apposition"):
                m.foreign_appos = regex.compile(
                    rf", (?:là )?(?:một|1) (?:{_alt(rule['apposition'], norm=False)})(?![\p{{L}}\p{{M}}])")
        elif kind == "unit_level":
            for kind_name in ("province", "district", "commune"):
                for w in rule.get(kind_name, []):
                    m.unit_levels[norm_word(w)] = {kind_name}
        elif kind == "compass":
            w, after = (_alt(rule[k], norm=False) for k in ("words", "after"))
            link = r" ?[-–] ?" if rule.get("dash") else rf" (?:{_alt(rule['links'], norm=False)}) "
            m.compass.append((regex.compile(
                rf"(?<=(?<![\p{{L}}])(?:{after}) )(?P<a>{w}){link}(?P<b>{w})(?![\p{{L}}\p{{M}}])"), rule["id"]))
        elif kind == "compass_split":
            m.compass_split |= {norm_word(w) for w in rule["words"]}
            m.compass_keep |= {norm_word(w) for w in rule.get("keep_heads", [])}
        elif kind == "numbered_site":
            m.numbered_sites = regex.compile(
                rf"{BOUNDARY_START}(?:{_alt(rule['words'])}) (?P<n>\d{{1,4}} )")
        elif kind == "name_number":
            m.name_number_heads |= {norm_word(w) for w in rule["heads"]}
        elif kind == "world_city":
            words = list(rule.get("not_after", []))
            words += [r["term"] for r in load_lexicon("ranks.tsv", rules_dirs)]
            titles = load_lexicon("titles.tsv", rules_dirs, ("kind",))
            words += [r["term"] for r in titles if r["kind"] == "head"]
            m.geo_not_after = regex.compile(rf"{BOUNDARY_START}(?:{_alt(words)}) $")
            # organization heads only as written, capitalized ("Trường Marawi"; not "chiến trường Marawi",
            # "khu vực trung tâm Marawi")
            m.geo_not_after_cap = regex.compile(
                rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_alt([r['term'] for r in titles if r['kind'] == 'orghead'], norm=False)}) $")
        elif kind == "compass_name":
            end = r"(?![\p{L}\p{M}\p{N}])(?! \p{Lu})"
            m.compass_names.append(regex.compile(
                rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(rule['words'], norm=False)}) (?:{_alt(rule['names'], norm=False)}){end}"))
            if rule.get("lower_names"):
                m.compass_names.append(regex.compile(
                    rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(rule['lower_words'], norm=False)}) (?:{_alt(rule['lower_names'], norm=False)}){end}"))
        elif kind == "evidence":
            m.surnames |= {norm_word(w) for w in rule.get("surnames", [])}
            if rule.get("not_after"):
                m.not_after = regex.compile(rf"{BOUNDARY_START}(?:{_alt(rule['not_after'])}) $")
            m.person_before |= set(rule.get("person_before", []))
        elif kind == "after_word":
            w, forms = _alt(rule["words"]), _alt(rule["forms"], norm=False)
            m.after_word.append(regex.compile(
                rf"(?<=(?<![\p{{L}}\p{{M}}])(?:{w}) )(?:{forms})(?![\p{{L}}\p{{M}}\p{{N}}])(?! ?[-–—] ?\p{{Lu}})"))
        elif kind == "block":
            gap = int(rule.get("lower_gap", 0))
            rx = regex.compile(rf"{BOUNDARY_START}(?:{_alt(rule['words'], norm=False)})(?: \p{{Ll}}+){{0,{gap}}}(?: {_CAPWORD})+")
            m.blocks.append(rx)
        elif kind == "event_name":
            m.event_name = regex.compile(rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:{_alt(rule['words'], norm=False)})"
                                         rf"(?: (?:{_alt(rule.get('between', []), norm=False)}))? (?=\p{{Lu}})")
            m.event_not_heads |= set(rule.get("not_heads", []))
        elif kind == "dash_chain":
            m.dash_chain = regex.compile(rf"(?<![\p{{L}}\p{{N}}\p{{M}}\-–])(?:{_CAPWORD})(?: {_CAPWORD}){{0,3}}"
                                         rf"(?: [-–] (?:{_CAPWORD})(?: {_CAPWORD}){{0,3}})+")
            m.dash_not_names |= {norm_word(w) for w in rule.get("not_names", [])}
            m.dash_not_first |= {norm_word(w) for w in rule.get("not_first", [])}
        elif kind == "street_list":
            count = r"|\d{1,3}" if rule.get("counted") else ""
            m.street_list = regex.compile(
                rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?:(?i:{_alt(rule['plural'], norm=False)}){count}) (?:{_alt(rule['nouns'], norm=False)})"
                rf"(?: \p{{Ll}}[\p{{Ll}}\p{{M}}]*){{0,2}}?(?: (?:{_alt(rule['links'], norm=False)})|:) (?=\p{{Lu}})")
            if rule.get("range_heads"):
                heads = _alt(rule["range_heads"], norm=False)
                m.street_item = regex.compile(
                    rf"(?:(?:{_alt(rule.get('item_heads', ['đường']), norm=False)}) )?(?P<name>{_STREET_NAME})"
                    rf"(?: \((?P<range>[^()\n]{{1,80}})\))?(?: [-–] [^;()\n]{{1,60}}?)?(?=;|\.(?:\s|$)|$)")
                m.street_range = regex.compile(
                    rf"(?:(?P<head>{heads}) )?(?P<name>{_STREET_NAME})")
                m.street_bare = set(rule.get("bare_names", []))
        elif kind == "place_list":
            m.place_list = regex.compile(
                rf"{BOUNDARY_START}(?:{_alt(rule['plural'])}) (?:{_alt(rule['nouns'])})"
                rf"(?:(?: [^\s.;:!?()“”\"]+){{0,6}}? (?:{_alt(rule['links'])}):?)? ")
        elif kind == "org":
            m.org_lower = regex.compile(rf"{BOUNDARY_START}(?:{_alt(rule.get('lower_before', []))}) $")
            m.org_heads = {norm_word(h): h for h in rule.get("heads", [])}
            m.org_need_cap = {norm_word(h) for h in rule.get("need_cap_after", [])}
            m.org_stop = {norm_word(w) for w in rule.get("stop", [])}
            m.org_max = int(rule.get("max_words", 7))
            m.org_lower_ok = {norm_word(h) for h in rule.get("lower_ok", [])}
            if rule.get("lower_not_after"):
                m.org_lower_not_after = regex.compile(rf"{BOUNDARY_START}(?:{_alt(rule['lower_not_after'])}) $")
        else:  # a misspelled kind would silently do nothing
            raise RulesError(f"{rule['_source']}: rule {rule['id']!r} has unknown kind {kind!r}",
                             hint="see the places.toml section of src/vnextract/rules/README.md")
    m.level_prefixes = tuple(sorted(set(m.level_prefixes), key=len, reverse=True))
    return m


_FIRST_WORD = regex.compile(r"(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}\p{M}]+")
_WORDCH = regex.compile(r"[\p{L}\p{N}\p{M}]")


def _longest_term(norm: str, a: int, end: int, terms: list[str]) -> int:
    """End of the longest of ``terms`` (longest first) at ``a`` that ends a word before ``end``; -1: none."""
    for t in terms:
        b = a + len(t)
        if b <= end and norm.startswith(t, a) and (b == end or not _WORDCH.match(norm, b)):
            return b
    return -1


def _sentence_initial(text: str, i: int) -> bool:
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in _SENT_END


def _prev_word_cap(text: str, i: int) -> bool:
    if i < 2 or text[i - 1] != " ":
        return False
    j = i - 2
    while j >= 0 and (text[j].isalnum() or unicodedata.combining(text[j])):
        j -= 1
    w = text[j + 1 : i - 1]
    return bool(w) and w[0].isupper()


def _next_word(text: str, e: int) -> str:
    if e < len(text) - 1 and text[e] == " ":
        mm = _WORD_RX.match(text, e + 1)
        if mm:
            return mm.group()
    return ""


def _case_ok(text: str, s: int, e: int, term: str) -> bool:
    """Every word capitalized in the lexicon term is capitalized in the text."""
    tw, sw = term.split(" "), text[s:e].split(" ")
    if len(tw) != len(sw):
        return text[s].isupper() == term[0].isupper() or text[s].isupper()
    return all(not a[:1].isupper() or b[:1].isupper() for a, b in zip(tw, sw))


class _Finder:
    def __init__(self, nt: NormText, ctx: NerContext, m: _Model):
        self.nt, self.text, self.norm, self.m = nt, nt.text, nt.norm, m
        self.out: list[Candidate] = []
        self.mentioned: set[str] = set()
        self.rejected = False  # set by gazetteer() when it refuses a match (see gazetteer_matches)
        self.dropped: set[tuple[int, int]] = set()  # spans no source may give (see compass_split)
        # multi-syllable words of the segmenter: start -> end (offsets into the text)
        self.word_end = {ws: we for ws, we in ctx.words if " " in nt.text[ws:we]}

    def add(self, s: int, e: int, rule: str, priority: int = 0, canonical: str | None = None) -> None:
        if rule.startswith(_RUN_RULES) and " " in self.text[s:e]:
            # a headline or caption with no stop runs into the next sentence: the name ends before a capitalized
            # word that opens a sentence ("cầu cảng Tiên Sa [Tại] buổi Lễ đón tàu", "Damascus - Sweida [Các] đơn vị")
            # or before a byline's initials ("tỉnh Sweida [QA] Quang Anh")
            for w in _WORD_RX.finditer(self.text, s, e):
                if w.start() > s and (norm_word(w.group()) in self.m.dash_not_first
                                      or w.group().isupper() and 2 <= len(w.group()) <= 3):
                    e = len(self.text[:w.start()].rstrip())
                    break
        if s < e:
            self.out.append(Candidate(s, e, LABEL, rule, priority, None, canonical))
            self.mentioned.add(norm_word(self.text[s:e]))

    @functools.cached_property
    def run_matches(self) -> list:
        """The capitalized runs of the text (``_RUN_RX``), found once."""
        return list(_RUN_RX.finditer(self.text))

    @functools.cached_property
    def runs(self) -> list[tuple[int, int]]:
        return [mr.span() for mr in self.run_matches]

    def words_at(self, i: int) -> list[tuple[int, int]]:
        """Spans of the capitalized words of the name run starting at ``i``."""
        mm = _RUN_RX.match(self.text, i)
        if not mm:
            return []
        return [(w.start(), w.end()) for w in _WORD_RX.finditer(self.text, mm.start(), mm.end())]

    def foreign_words_at(self, i: int) -> list[tuple[int, int]]:
        """``words_at``, a foreign name going on over lower-case particles: "Cagayan de Oro", "Lanao del Sur"."""
        ws = self.words_at(i)
        while ws and len(ws) < 5:
            mp = _PARTICLE.match(self.text, ws[-1][1])
            last = self.text[ws[-1][0]:ws[-1][1]]
            if not mp or not last.isascii() or is_vietnamese_syllable(last.split("-")[-1]):
                break
            more = self.words_at(mp.end())
            if not more or not all(self.text[a:b].isascii() for a, b in more):
                break
            ws = ws + more
        return ws

    def known_prefix(self, ws: list[tuple[int, int]], *, admin: bool = True, vn_only: bool = False) -> int:
        """Number of words of the longest prefix that is a known place name (0: none)."""
        for k in range(min(len(ws), 6), 0, -1):
            key = norm_word(self.text[ws[0][0] : ws[k - 1][1]])
            if vn_only:
                if key in self.m.province_norms or key in self.m.admin:
                    return k
            elif key in self.m.known or (admin and key in self.m.admin):
                return k
        return 0

    def name_span(self, ws: list[tuple[int, int]], *, need_known: bool = False, max_words: int = 5) -> tuple[int, int] | None:
        if not ws:
            return None
        k = self.known_prefix(ws, vn_only=need_known)
        if not k and not need_known:  # "thành phố Nagoya Hirosawa Ichiro": the city, then its mayor
            k = next((n for n in range(min(len(ws), 4), 0, -1)
                      if norm_word(self.text[ws[0][0] : ws[n - 1][1]]) in self.m.geo), 0)
        if k:
            return ws[0][0], ws[k - 1][1]
        if need_known or len(ws) > max_words:
            return None
        return ws[0][0], ws[-1][1]

    def gazetteer_matches(self):
        """Gazetteer matches whose capitals agree with the text, longest first.

        A longer term that fails the case test does not hide the terms inside it:
        "duyên hải miền Trung" (lower-case "duyên hải") still yields "miền Trung".
        """
        norm, text, vals, first = self.norm, self.text, self.m.strong.values, self.m.first_word
        pos, end = 0, len(norm)
        while pos < end:
            # the leftmost word that opens a term, and the longest term there (as the lexicon regex would find)
            a = b = -1
            for mw in _FIRST_WORD.finditer(norm, pos, end):
                terms = first.get(mw.group())
                if terms:
                    b = _longest_term(norm, mw.start(), end, terms)
                    if b > 0:
                        a = mw.start()
                        break
            if a < 0:
                return
            mm_end = b
            hit = None
            while True:
                s, e = self.nt.span(a, b)
                ent = vals[norm[a:b]]
                if _case_ok(text, s, e, ent.term):  # type: ignore[union-attr]
                    hit = (s, e, ent)
                    break
                cut = norm.rfind(" ", a, b)  # a shorter term at the same start, whole words only
                if cut <= a:
                    break
                b = _longest_term(norm, a, cut, first[norm[a:_FIRST_WORD.match(norm, a).end()]])
                if b < 0:
                    break
            if hit:
                self.rejected = False
                yield hit
                if not self.rejected:
                    pos = b
                    continue
            # no match here, or one refused by its condition: look again from the next word
            nxt = norm.find(" ", a, mm_end)
            pos = nxt + 1 if nxt > 0 else mm_end

    # -- sources ---------------------------------------------------------
    def gazetteer(self) -> None:
        text = self.text
        for s, e, ent in self.gazetteer_matches():
            assert isinstance(ent, _Entry)
            if self.m.compounds is not None and self.m.compounds.match(self.norm, self.nt_index(s)):
                continue  # "Pháp lệnh" (an ordinance), "Mỹ thuật": a common word, no country
            nxt = _next_word(text, e)
            if nxt and not _is_acronym(nxt):
                ext = norm_word(text[s : e + 1 + len(nxt)])
                if ext in self.m.admin:  # "Mỹ Tho", "Nga Sơn": another, longer name
                    if any(x.kind == "district" for x in self.m.admin[ext]):
                        self.add(s, e + 1 + len(nxt), "places_admin.tsv:district", 1, self.m.admin[ext][0].canonical)
                    continue
            if ent.cond == "unit_only":
                continue
            if ent.kind == "region" and _DASHED.search(text, s, e) and (_DASH_BEFORE.search(text, max(0, s - 4), s)
                                                                         or _DASH_AFTER.match(text, e)):
                # a joined region ("châu Á-Thái Bình Dương") inside a longer chain of places ("Ấn Độ - châu Á -
                # Thái Bình Dương"): each member is a place of its own
                for a, b in self.dash_parts(s, e):
                    self.add(a, b, f"{ent.rule}:region", 0, self.canonical(text[a:b]))
                continue
            if ent.kind == "country" and self.m.state is not None:
                ms = self.m.state.search(self.norm, max(0, s - 40), self.nt_index(s))
                if ms and text[self.nt.orig_start(ms.start())].isupper():
                    self.add(self.nt.orig_start(ms.start()), e, "places.toml:state_form", 1, ent.canonical)
                    continue
            cond = ent.cond
            if cond in ("next", "strict", "word") and nxt and text[s:e].isupper() and nxt.isupper():
                continue  # a name in capitals: "NHẬT MINH (Dân trí)"
            if cond in ("next", "strict", "word") and nxt and is_vietnamese_syllable(nxt) and not _is_acronym(nxt):
                self.rejected = text[s].islower()  # "địa phương Tây Ban Nha": look for "Tây Ban Nha" inside
                continue
            if cond in ("prev", "strict", "word") and _prev_word_cap(text, s) and not self.common_initial_before(s):
                continue
            if cond == "word" and _sentence_initial(text, s) and not (
                    ent.kind == "country" and text[s - 2 : s] == " (" and text[e : e + 1] == ")"
                    and s > 2 and text[s - 3].isalpha()):
                continue  # but a country in parentheses after a name: "London (Anh)", "Siemens (Đức)"
            self.add(s, e, f"{ent.rule}:{ent.kind}", 0, ent.canonical)

    def world_cities(self) -> None:
        """A world city of places_geonames.tsv as a whole capitalized run: "diễn ra ở Chennai",
        "tái thiết Marawi"; not inside a longer name ("Marawi Mall"), not after a capitalized word,
        not after a word for a person ("ông Dayton"), a rank or title ("Trung tá Douglas") or a ship
        word ("tàu sân bay Izumo": places.toml world_city)."""
        if not self.m.geo:
            return
        text = self.text
        for mr in self.run_matches:
            ent = self.m.geo.get(norm_word(mr.group()))
            if ent is None:
                continue
            s, e = mr.span()
            if s > 0 and text[s - 1] in "-–/.'’" or _INITIAL_BEFORE.search(text, max(0, s - 4), s):
                continue  # "H.W.Bush", "d’Orléans", "George W. Bush", "J.F. Kennedy": part of a name
            if _prev_word_cap(text, s) or self.after_person_word(s) or _is_acronym(mr.group()):
                continue  # "SAKURA": an acronym or a programme
            i0 = self.nt_index(s)
            if self.m.geo_not_after is not None and self.m.geo_not_after.search(self.norm, max(0, i0 - 40), i0) \
                    or self.m.geo_not_after_cap is not None and self.m.geo_not_after_cap.search(text, max(0, s - 40), s):
                continue  # "Trung tá Douglas", "tàu sân bay trực thăng Izumo"
            if text[e : e + 1] in "-–/" and text[e + 1 : e + 2].isupper():
                continue
            self.add(s, e, f"places_geonames.tsv:{ent.kind}", 0, ent.canonical)

    def common_initial_before(self, s: int) -> bool:
        """Is the capitalized word before ``s`` a locative preposition opening the sentence
        ("Tại Đức, ...", "Ở Anh, ..."), not part of a name ("Duy Anh", "Ông Anh")?"""
        j = s - 1
        while j > 0 and not self.text[j - 1].isspace():
            j -= 1
        return (self.m.preps is not None and _sentence_initial(self.text, j)
                and self.m.preps.fullmatch(norm_word(self.text[j:s])) is not None)

    def units(self) -> None:
        text = self.text
        for rx, rule in self.m.units:
            abbrev, need_known = rule.get("abbrev", False), rule.get("gazetteer_only", False)
            for mu in rx.finditer(self.norm):
                n0, n1 = mu.span("u")
                u0, u1 = self.nt.orig_start(n0), self.nt.orig_start(n1)
                if abbrev and not text[u0].isupper() or self.norm.endswith("liên ", 0, n0):
                    continue  # "Liên bang Nga" is a gazetteer name, not "bang" + "Nga"
                ws = self.foreign_words_at(u1)
                if abbrev and ws and u1 == ws[0][0] and _is_acronym(text[ws[0][0] : ws[0][1]]):
                    continue  # fused forms ("TP.HCM") are gazetteer terms
                span = self.name_span(ws, need_known=need_known)
                if not span or text[span[0]:span[1]].split(" ")[0] in self.m.prep_not_names:
                    continue  # "thành phố Festival hoa"
                if text[span[0]:span[1]].split(" ")[0] in rule.get("org_first", ()):
                    continue  # "Bí thư Tỉnh Đoàn Nguyễn Văn An": the provincial Youth Union, then a person
                s, e = span
                unit = mu.group("u").strip()
                if e < ws[-1][1] and len(ws) <= 3 and self.below_unit(norm_word(unit), text[s:e]):
                    e = ws[-1][1]  # "tỉnh Bo Kẹo" (Laos): "Bo" is a Vietnamese commune, no province
                if (not abbrev and text[u0].isupper() and not unit.startswith(_PLURAL)
                        and not _prev_word_cap(text, u0) and not _sentence_initial(text, u0)):
                    s = u0  # "... tại Thành phố Hồ Chí Minh": a capitalized unit word is part of the name
                self.add(s, e, f"places.toml:{rule['id']}", 2, self.canonical(text[span[0]:e]))
                self.list_after(e, rule["id"])
                if e == ws[-1][1] and self.is_foreign(ws) and not self.known_prefix(ws):
                    self.foreign_list(e, rule["id"])  # "hai thị trấn Rajm al-Dowleh và Sabreh Olya"

    def below_unit(self, unit: str, name: str) -> bool:
        """Is ``name`` known only as an admin unit that ``unit`` cannot name (a commune after "tỉnh")?"""
        kinds = self.m.unit_levels.get(unit)
        key = norm_word(name)
        if not kinds or key in self.m.known or key in self.m.geo or key not in self.m.admin:
            return False
        return not any(x.kind in kinds for x in self.m.admin[key])

    def hamlet_names(self) -> None:
        """A hamlet word + a capitalized name before the next unit of an address, whatever the country:
        "bản Noong Meng Đa, thị xã U Dom Say", "bản Pá Khôm 1, xã Nà Nhạn" (places.toml hamlet)."""
        if self.m.hamlets is None:
            return
        for mh in self.m.hamlets.finditer(self.text):
            s, e = mh.span("n")
            if mh.start() and _WORDCH.match(self.text, mh.start() - 1):
                continue  # "văn bản", "phiên bản": the word ends another one
            if not self.not_name(s, e):
                self.add(s, e, "places.toml:hamlet", 1, self.canonical(mh.group("n")))

    def unit_names_again(self) -> None:
        """A name of two words or more first met after a unit word ("tỉnh Bo Kẹo") is a place again
        as a whole capitalized run elsewhere in the text ("từ Bo Kẹo qua Luông Nậm Thà"), unless it
        begins with a family name or follows a word for a person."""
        text = self.text
        names = {text[c.start:c.end] for c in self.out
                 if c.rule in ("places.toml:unit_name", "places.toml:hamlet") and " " in text[c.start:c.end]}
        for name in names:
            key = norm_word(name)
            first = key.split(" ")[0]
            if first in self.m.surnames or key in self.m.known or first in self.m.org_heads:
                continue  # "Ban Công tác ...": an organization's head
            i = text.find(name)
            while i >= 0:
                e = i + len(name)
                mr = _RUN_RX.match(text, i)
                if mr and mr.end() == e and (i == 0 or not _WORDCH.match(text, i - 1)) \
                        and not self.after_person_word(i) and not _prev_word_cap(text, i):
                    self.add(i, e, "places.toml:unit_name_again", 0)
                i = text.find(name, e)

    def foreign_heads(self) -> None:
        """A place head, maybe with lower-case describing words, before a foreign name of 1-3 words:
        "thành phố chiến lược [Al-Bab]", "ngôi làng nhỏ [Sheikh Aqil]", "hạt [Amador]" (places.toml foreign_head)."""
        if self.m.foreign_heads is None:
            return
        text = self.text
        # from the capitalized runs (few are foreign) back to a head before them: cheaper than scanning for heads
        last_words = self.m.foreign_head_last
        for r0, r1 in self.runs:
            if r0 < 2 or text[r0 - 1] != " " or text[text.rfind(" ", 0, r0 - 1) + 1:r0 - 1] not in last_words \
                    or is_vietnamese_syllable(text[r0:r1].split(" ")[0].split("-")[-1]):
                continue
            mh = self.m.foreign_heads.search(text, max(0, r0 - 60), r0)
            if mh is None:
                continue
            h0, h1 = self.nt_index(mh.start()), self.nt_index(mh.end("h"))
            mx = self.m.head_not_in_rx.search(self.norm, max(0, h1 - 40), h1) if self.m.head_not_in_rx else None
            if mx is not None and mx.end() - mx.start() > h1 - h0:
                continue  # "tàu sân bay", "nông thôn", "trưởng thôn": the head ends another word
            ws = self.foreign_words_at(r0)
            if not ws or len(ws) > 3 or not self.is_foreign(ws) or self.known_prefix(ws) \
                    or norm_word(text[ws[0][0]:ws[-1][1]]) in self.m.geo or text[ws[0][0]:ws[0][1]] in self.m.prep_not_names \
                    or text[ws[0][0]:ws[-1][1]] + " " in self.m.ethnic:
                continue  # a world city is found as such; "làng Hrê": an ethnic group
            self.add(ws[0][0], ws[-1][1], "places.toml:foreign_head", 1)
        if self.m.foreign_appos is None:
            return
        for ma in self.m.foreign_appos.finditer(text):
            mn = _RUN_BEFORE.search(text, max(0, ma.start() - 60), ma.start())
            if mn is None:
                continue
            ws = [(w.start(), w.end()) for w in _WORD_RX.finditer(text, *mn.span())]
            if len(ws) > 3:
                continue
            s = ws[0][0]
            if self.is_foreign(ws) and not self.known_prefix(ws) and not _prev_word_cap(text, s) \
                    and not self.after_person_word(s) and text[s - 1:s] not in "-–/.'’":
                self.add(s, ws[-1][1], "places.toml:foreign_head", 1)

    def foreign_names_again(self) -> None:
        """A foreign name first met after a place head or unit word ("thành phố chiến lược Al-Bab", "hạt
        Amador", "quận Jobar") is a place again as a whole capitalized run elsewhere in the text ("đánh vào
        Al-Bab", "Amador có nhiều đồi núi"), not after a capitalized word nor a word for a person."""
        text = self.text
        rules = ("places.toml:foreign_head", "places.toml:unit_name", "places.toml:hamlet")
        names = set()
        for c in self.out:
            if c.rule in rules or c.rule.startswith("places.toml:generic_head:"):
                ws = [(w.start(), w.end()) for w in _WORD_RX.finditer(text, c.start, c.end)]
                if ws and ws[0][0] == c.start and ws[-1][1] == c.end and self.is_foreign(ws) \
                        and not self.known_prefix(ws) and text[c.start:c.end] + " " not in self.m.ethnic:
                    names.add(text[c.start:c.end])
        for name in names:
            i = text.find(name)
            while i >= 0:
                e = i + len(name)
                mr = _RUN_RX.match(text, i)
                if mr and mr.end() == e and (i == 0 or not _WORDCH.match(text, i - 1)) \
                        and text[i - 1:i] not in "-–/.'’" and not self.after_person_word(i) \
                        and not _prev_word_cap(text, i) and text[e:e + 1] not in "-–/":
                    self.add(i, e, "places.toml:foreign_name_again", 0)
                i = text.find(name, e)

    def list_after(self, e: int, rid: str, priority: int = 1) -> None:
        """Known admin names listed after a unit name: "huyện Bát Xát, Mường Khương và Si Ma Cai"."""
        sep = _LIST_SEP
        while True:
            ms = sep.match(self.text, e)
            if not ms:
                return
            ws = self.words_at(ms.end())
            k = self.known_prefix(ws)
            if not k or k != len(ws):
                return
            e = ws[k - 1][1]
            self.add(ws[0][0], e, f"places.toml:{rid}", priority, self.canonical(self.text[ws[0][0]:e]))

    def dash_parts(self, s: int, e: int) -> list[tuple[int, int]]:
        """The members of a dashed name that are known places on their own ("châu Á", "Thái Bình Dương")."""
        out, a = [], s
        for md in [*_DASH_ANY.finditer(self.text, s, e), None]:
            b = md.start() if md else e
            if self.canonical(self.text[a:b]) is not None:
                out.append((a, b))
            if md:
                a = md.end()
        return out

    def canonical(self, name: str) -> str | None:
        key = norm_word(name)
        if key in self.m.known:
            return self.m.known[key].canonical  # type: ignore[union-attr]
        if key in self.m.admin:
            return self.m.admin[key][0].canonical
        return None

    def numbered(self) -> None:
        spans: list[tuple[int, int]] = []
        if self.m.numbered is not None:
            for mm in self.m.numbered.finditer(self.norm):
                spans.append(self.nt.span(*mm.span()))
        if self.m.numbered_abbrev is not None:
            for mm in self.m.numbered_abbrev.finditer(self.text):
                spans.append(mm.span())
        for s, e in spans:
            self.add(s, e, "places.toml:numbered_unit", 2)
        if self.m.numbered_bare is not None and spans:
            for mm in self.m.numbered_bare.finditer(self.text):
                s, e = mm.span()
                near = any(0 <= s - pe <= 5 or 0 <= ps - e <= 5 for ps, pe in spans)
                if near:
                    self.add(s, e, "places.toml:numbered_abbrev", 1)

    def heads(self) -> None:
        text = self.text
        if self.m.heads is not None:
            for mh in self.m.heads.finditer(self.norm):
                h0, h1 = mh.span("h")
                o0, o1 = self.nt.orig_start(h0), self.nt.orig_start(h1)
                head = mh.group("h")
                last = text.rfind(" ", o0, o1) + 1
                if last > o0 and text[last].isupper():
                    # "bãi Đá Trứng": the head's last word is capitalized, so it starts the name
                    head = norm_word(text[o0 : last - 1])
                    if head not in self.m.head_words:
                        continue
                    h1, o1, name_at = h0 + len(head), last - 1, last
                else:
                    name_at = self.nt.orig_start(mh.end())
                if not text[o0].islower() and not self.plain_initial_head(o0, o1) and not (
                        head in self.m.cap_generic and text[o1 - 1].islower() and not _prev_word_cap(text, o0)):
                    continue  # a capitalized head is part of the name, unless it only starts a sentence
                if head in self.m.cap_generic and text.startswith(self.m.ethnic, name_at) \
                        and not self.known_prefix(self.words_at(name_at)):
                    ew = next(e for e in self.m.ethnic if text.startswith(e, name_at))
                    if text[name_at + len(ew):name_at + len(ew) + 1].isupper():
                        name_at += len(ew)  # "làng gốm Chăm Bàu Trúc": the village is "Bàu Trúc"
                ws = self.foreign_words_at(name_at)
                if not ws or _UNIT_ABBREV_AT.match(text, ws[0][0]):
                    continue  # "vùng biển Tp. Hồ Chí Minh": the unit rule takes the name
                if text[o0].isupper() and len(ws) == 1 and " " not in head and self.m.cap_heads is not None \
                        and self.m.cap_heads.match(text, o0):
                    continue  # "Sông Lam ..." first in a sentence: a one-word name keeps its head (cap_head below)
                if self.m.head_not_in_rx is not None and self.m.head_not_in_rx.search(self.norm, max(0, h1 - 40), h1):
                    continue  # "nông thôn", "đồng hồ": the head word ends another word
                weak = head in self.m.weak_heads
                if self.compass_split(head, o0, ws):
                    continue
                span = self.name_span(ws, need_known=False, max_words=4)
                if not span or self.not_name(*span) or text[span[0]:span[1]] + " " in self.m.ethnic:
                    continue  # "một làng Hrê": a village of the ethnic group, no name
                if head in self.m.over_person and span[1] == ws[0][1] and len(ws) <= 3 \
                        and self.known_prefix(ws, admin=False) == 0:
                    span = (span[0], ws[-1][1])  # "làng chài Thanh Nam": a village, not the commune "Thanh"
                if head in self.m.whole_name and span[1] < ws[-1][1] and len(ws) <= 4:
                    rest = [w for w in ws if w[0] >= span[1]]
                    tail = self.text[rest[0][0]:rest[0][1]]
                    if len(rest) == 1 and (norm_word(tail) in self.m.name_tails or (
                            self.is_foreign(rest) and not self.known_prefix(rest))):
                        span = (span[0], ws[-1][1])  # "ga Hải Vân Nam", "sân vận động Manchester Arena"
                if head in self.m.street_heads and span[1] < ws[-1][1] and len(ws) <= 4 \
                        and self.known_prefix(ws, admin=False) == 0 \
                        and self.known_prefix([w for w in ws if w[0] >= span[1]]) == 0:
                    span = (span[0], ws[-1][1])  # "đường Lạc Long Quân": a street, not the commune "Lạc Long"
                if head in self.m.name_number_heads and span[1] == ws[-1][1]:
                    span = (span[0], self.name_number(span[1]))
                k = self.known_prefix(ws, admin=False)
                if weak and not k:
                    if any(_is_acronym(text[a:b]) for a, b in ws) or (
                            any(is_vietnamese_syllable(text[a:b].split("-")[0]) for a, b in ws)
                            and not (head in self.m.weak_vn_ok and len(ws) >= 2 and span[1] >= ws[-1][1])
                            and not self.foreign_name(ws)):
                        continue  # "cầu Chương Dương", "kênh Nước Mặn": a Vietnamese name of two syllables or more
                if any(_is_acronym(text[a:b]) for a, b in ws[: len(ws)]) and not k and not self.is_site_head(head):
                    continue
                self.add(*span, f"places.toml:generic_head:{head}", 3 if head in self.m.over_person else 1,
                         self.canonical(text[span[0]:span[1]]))
                self.list_after(span[1], f"generic_head:{head}", 0)
        if self.m.cap_heads is not None:
            for mh in self.m.cap_heads.finditer(text):
                h1 = mh.end("h")
                if mh.group("h") in self.m.event_not_heads and self.m.event_name is not None \
                        and self.m.event_name.search(text, max(0, mh.start() - 20), mh.start() + 1):
                    continue  # "Lễ hội Cầu Ngư": a prayer, no bridge
                if text.startswith(self.m.cap_not_before, h1 + 1) or (
                        _prev_word_cap(text, mh.start()) and not self.opener_before(mh.start())):
                    continue
                ws = self.words_at(h1 + 1)
                if self.plain_initial_head(mh.start(), h1) and self.initial_head_generic(norm_word(mh.group("h")), ws):
                    continue  # "Đảo Song Tử Tây, ...", "Cầu Vĩnh Tuy ..." first in a sentence: the generic head (above)
                span = self.name_span(ws, max_words=4)
                if span and mh.group("h") in self.m.bridge_heads:
                    span = (span[0], self.bridge_end(h1 + 1))
                if span:
                    self.add(mh.start(), span[1], "places.toml:cap_head", 1)
        if self.m.code_heads is not None:
            for mc in self.m.code_heads.finditer(self.norm):
                c0 = self.nt.orig_start(mc.start("c"))
                if not text[self.nt.orig_start(mc.start())].islower() or not text[c0].isupper():
                    continue
                s = mc.start() if mc.group("h") in self.m.keep_code_head else mc.start("c")
                self.add(*self.nt.span(s, mc.end()), "places.toml:code_head", 1)

    def foreign_name(self, ws: list[tuple[int, int]]) -> bool:
        """A name of two words or more, with no Vietnamese tone mark, whose last word is no Vietnamese syllable:
        "At Tanf", "Abo Kula Dam" (not "Tân Sơn", "Hoa Lan")."""
        if len(ws) < 2:
            return False
        name = self.text[ws[0][0]:ws[-1][1]]
        last = self.text[ws[-1][0]:ws[-1][1]].split("-")[-1]
        return name.isascii() and not is_vietnamese_syllable(last) and len(last) >= 3

    def initial_head_generic(self, head: str, ws: list[tuple[int, int]]) -> bool:
        """A head capitalized first in a sentence is the generic word (left out, as in lower case) before a name
        of two words or more ("Đảo Song Tử Tây", "Cầu Tân Thuận 2"); a one-word head before a one-word name stays
        in the name, which is no place name alone ("Sông Lam", "Núi Cấm"; but "Sân bay Lugansk" -> "Lugansk").
        Weak heads (places.toml generic_head) only before a Vietnamese name they take in lower case too
        (`weak_vn_ok`: "Cầu Vĩnh Tuy" -> "Vĩnh Tuy", as "cầu Vĩnh Tuy")."""
        if len(ws) < 2 and " " not in head:
            return False  # "Sân bay Lugansk" is "sân bay Lugansk" as ever
        return head not in self.m.weak_heads or head in self.m.weak_vn_ok

    def opener_before(self, i: int) -> bool:
        """The capitalized word before ``i`` is a sentence opener ("Khi Bức tường Berlin sụp đổ")."""
        j = self.text.rfind(" ", 0, i - 1) + 1
        return self.text[j:i - 1] in self.m.cap_openers and _sentence_initial(self.text, j)

    def bridge_end(self, i: int) -> int:
        """End of a memorial's name from ``i``: capitalized words, each may be followed by one lower-case
        word before the next capitalized one ("Thủ tướng Chính phủ Võ Văn Kiệt"); it ends with a capitalized
        word, or a lower-case one right before punctuation ("... Cách mạng Thanh niên.")."""
        text = self.text
        toks = [mw.span() for mw in _TOKEN_ANY.finditer(text, i, min(len(text), i + 160))]
        end, prev_cap, prev_end, prev_start = i, False, None, i
        for k, (a, b) in enumerate(toks[:15]):
            if prev_end is not None and text[prev_end:a] != " ":
                break
            w = text[a:b]
            if w[:1].isupper():
                end, prev_cap, prev_start = b, True, a
            elif not prev_cap or w in self.m.bridge_stop or (
                    self.word_end and self.word_end.get(prev_start, 0) < b
                    and norm_word(text[prev_start:b]) not in self.m.office_words):
                break  # a lower-case word only inside a word with the capitalized one ("Chủ tịch", "Văn hóa")
            elif k + 1 < len(toks) and text[b:toks[k + 1][0]] == " " and text[toks[k + 1][0]].isupper():
                prev_cap = False
            else:
                if b == len(text) or text[b] in ".,;:)\n":
                    end = b
                break
            prev_end = b
        return end

    def plain_initial_head(self, s: int, e: int) -> bool:
        """A generic head capitalized only because it starts a sentence ("Đảo chìm Đá Nam ...").

        A head with a capitalized word inside ("Cửa khẩu Quốc tế") is a name's own head.
        """
        h = self.text[s:e]
        j = s - 1
        while j >= 0 and self.text[j] in " \t":
            j -= 1
        initial = j < 0 or self.text[j] in _CLAUSE_END  # not after a quote or bracket: "(Quảng trường Lê Duẩn)"
        return (initial and norm_word(h) in self.m.head_words and norm_word(h) not in self.m.not_initial
                and not any(w[:1].isupper() for w in h.split(" ")[1:]))

    def not_name(self, s: int, e: int) -> bool:
        """The capitalized words after a head are a common noun ("mọi miền Tổ quốc")."""
        return any(self.text.startswith(n, s) and e <= s + len(n) for n in self.m.not_names)

    @staticmethod
    def is_site_head(h: str) -> bool:
        return h in {norm_word(w) for w in ("tòa nhà", "cao ốc", "sân bay", "sân bay quân sự", "căn cứ")}

    def is_foreign(self, ws: list[tuple[int, int]]) -> bool:
        """Every word of the name foreign-looking: no acronym, no Vietnamese syllable, three letters or more."""
        words = [self.text[a:b] for a, b in ws]
        return bool(words) and not any(len(w) < 3 or _is_acronym(w) or is_vietnamese_syllable(w.split("-")[-1])
                                       for w in words)

    def loose_foreign(self, ws: list[tuple[int, int]]) -> bool:
        """A name with no tone mark, no acronym, one word at least no Vietnamese syllable ("Abo Kula Dam")."""
        words = [self.text[a:b] for a, b in ws]
        return "".join(words).isascii() and not any(_is_acronym(w) for w in words) and any(
            len(w) >= 3 and not is_vietnamese_syllable(w.split("-")[-1]) for w in words)

    def foreign_list(self, e: int, rid: str, skip_known: bool = False) -> None:
        """Foreign names listed after a foreign place ("thị trấn Rajm al-Dowleh và Sabreh Olya", "ở Đông Badiyeh,
        Sweida và ..."): each item of foreign words, followed by punctuation, "và" or "hoặc"."""
        sep = _FOREIGN_SEP
        end_ok = _FOREIGN_END
        while True:
            ms = sep.match(self.text, e)
            if not ms:
                return
            ws = self.foreign_words_at(ms.end())
            last = skip_known and ms.group().strip(" ,") in ("và", "hoặc")
            if skip_known and ws and self.known_prefix(ws) == len(ws):
                e = ws[-1][1]  # "như Minieh, Assiout, Sohag, Kenefh": a known city inside the list
                continue
            if not ws or len(ws) > 3 or not (self.is_foreign(ws) or skip_known and self.loose_foreign(ws)) \
                    or self.known_prefix(ws) or not (last or skip_known or end_ok.match(self.text, ws[-1][1])) \
                    or self.text[ws[0][0]:ws[0][1]] in self.m.prep_not_names:
                return
            e = ws[-1][1]
            self.add(ws[0][0], e, f"places.toml:{rid}", 0)
            if last:
                return

    def event_places(self) -> None:
        """A known place (or a district of the gazetteers) that ends the capitalized run after an event word:
        "Festival Huế 2004", "Festival Hoa Đà Lạt", "Lễ hội Hoa Lư", "Năm Du lịch Quảng Nam 2006"."""
        if self.m.event_name is None:
            return
        text = self.text
        for me in self.m.event_name.finditer(text):
            ws = self.words_at(me.end())
            if not ws or len(ws) > 4:
                continue
            key = norm_word(text[ws[0][0]:ws[-1][1]])
            if key in self.m.known or any(x.kind == "district" for x in self.m.admin.get(key, [])):
                ent = self.m.known.get(key)
                self.add(ws[0][0], ws[-1][1], "places.toml:event_name", 1, ent.canonical if ent else None)

    def dash_chains(self) -> None:
        """Places joined by spaced dashes: a route or a cluster ("Làng dệt Mã Châu - Thi Lai - Đông Yên",
        "đường dây 500 kV Quảng Trạch - Phố Nối", "tour Hồng Kông - Thẩm Quyến - Quảng Châu"). When one member is
        a place already found, or a district or province the gazetteers know, the other members of two or three
        Title-case words (or one foreign word) are places too; not a member that begins with a family name
        (unless it lies between two places or the gazetteers know it), nor one whose last word the segmenter
        joins to the next lower-case word ("Hà Nội - Sở Y tế")."""
        if self.m.dash_chain is None:
            return
        text, m = self.text, self.m
        found = {(c.start, c.end) for c in self.out}
        for mc in m.dash_chain.finditer(text):
            cuts = [0] + [x for d in _DASH_SEP.finditer(mc.group()) for x in d.span()] + [len(mc.group())]
            members = [(mc.start() + cuts[k], mc.start() + cuts[k + 1]) for k in range(0, len(cuts), 2)]
            keys = [norm_word(text[a:b]) for a, b in members]

            def anchor(i: int) -> bool:
                k = keys[i]
                return members[i] in found or k in m.province_norms or k in m.known or any(
                    x.kind == "district" for x in m.admin.get(k, []))

            anchors = [anchor(i) for i in range(len(members))]
            if not any(anchors) or (mc.start() > 0 and text[mc.start() - 1] not in " \n\t(“\"'‘,:;"):
                continue
            for i, (a, b) in enumerate(members):
                if anchors[i] and members[i] in found:
                    continue
                words = [(w.start(), w.end()) for w in _WORD_RX.finditer(text, a, b)]
                ws = [text[x:y] for x, y in words]
                if any(_is_acronym(w) or not w[1:].islower() and "-" not in w for w in ws) or keys[i] in m.dash_not_names:
                    continue
                if len(ws) == 1 and not (self.is_foreign(words) and len(ws[0]) >= 4) and not anchors[i]:
                    continue
                if len(ws) > 3 or any(self.word_end.get(x, 0) > b for x, _ in words):
                    continue
                between = 0 < i < len(members) - 1 and anchors[i - 1] and anchors[i + 1]
                if norm_word(ws[0]) in m.family_names and not between and keys[i] not in m.admin and keys[i] not in m.known:
                    continue
                if self.after_person_word(a) or ws[0] in m.prep_not_names or norm_word(ws[0]) in m.dash_not_first:
                    continue  # "Tại Thừa Thiên - Huế": a capitalized preposition
                if 0 < self.known_prefix(words) < len(words) or ws[0] in m.short_anchors:
                    continue  # "Mỹ - Trung Việc bổ nhiệm": a headline run into the next sentence
                self.add(a, b, "places.toml:dash_chain", 0)

    def place_lists(self) -> None:
        """Foreign names listed after a plural place noun, with or without "như"/"bao gồm" ("các thành phố đẹp
        của Ai Cập như Minieh, Assiout", "các địa bàn Jihar, Jazal và Abo Kula Dam", "Các đỉnh đồi chiến lược
        như Maryam, Matr al-Qasa"): two items at least, each of foreign words."""
        if self.m.place_list is None:
            return
        for mp in self.m.place_list.finditer(self.norm):
            i = self.nt.orig_start(mp.end())
            ws = self.foreign_words_at(i)
            if not ws or len(ws) > 3 or not self.loose_foreign(ws) \
                    or self.text[ws[0][0]:ws[0][1]] in self.m.prep_not_names:
                continue
            if not _LIST_NEXT.match(self.text[ws[-1][1]:ws[-1][1] + 8]):
                continue  # one name alone: no list
            if not self.known_prefix(ws):
                self.add(ws[0][0], ws[-1][1], "places.toml:place_list", 0)
            self.foreign_list(ws[-1][1], "place_list", skip_known=True)

    def street_lists(self) -> None:
        """Names listed after a plural street, bridge or hotel noun and a link word ("các tuyến đường như Hà Huy
        Tập, Bùi Thị Xuân, A.Yersin", "các cầu: Phú Long (Q.12), Băng Ky, Đỏ"): two items at least, each a place."""
        if self.m.street_list is None:
            return
        text = self.text
        for mp in self.m.street_list.finditer(text):
            items, p = [], mp.end()
            while len(items) < 12:
                mi = _LIST_ITEM.match(text, p)
                if not mi:
                    break
                name_end = mi.end() if not mi.group().endswith(")") else text.rfind(" (", mi.start(), mi.end())
                items.append((mi.start(), name_end))
                ms = _ITEM_SEP.match(text, mi.end())
                if not ms:
                    break
                p = ms.end()
            if len(items) < 2:
                items = self.street_items(mp.end())
            if len(items) < 2:
                continue
            for a, b in items:
                self.add(a, b, "places.toml:street_list", 3, self.canonical(text[a:b]))
                if text.startswith(" (", b):
                    self.street_ends(b + 2, text.find(")", b))

    def street_items(self, p: int) -> list[tuple[int, int]]:
        """The names of a street list whose items end with ";": "Nguyễn Tất Thành (từ cầu Khánh Hội đến cầu Tân
        Thuận) - quận 4; Tôn Đức Thắng (...) - quận 1; ..." (each with its range and its district)."""
        if self.m.street_item is None:
            return []
        text, items = self.text, []
        while len(items) < 40:
            mi = self.m.street_item.match(text, p)
            if not mi:
                break
            items.append(mi.span("name"))
            if not text.startswith("; ", mi.end()):
                break
            p = mi.end() + 2
        return items if len(items) >= 2 else []

    def street_ends(self, a: int, b: int) -> None:
        """The two ends of a street's range in brackets: "(từ cầu Khánh Hội đến Lê Thánh Tôn)" -> "Khánh Hội",
        "Lê Thánh Tôn" (a bridge, a crossroads or a street, without its lower-case head)."""
        if b < 0 or self.m.street_range is None:
            return
        ms = _RANGE_SPLIT.fullmatch(self.text, a, b)
        if not ms:
            return
        for g in (1, 2):
            mr = self.m.street_range.fullmatch(self.text, *ms.span(g))
            if not mr:
                continue
            s, e = mr.span("name")
            if mr.group("head") and mr.group("name") in self.m.street_bare:
                s = mr.start()  # "ngã ba Chùa": the bare noun is no name alone
            self.add(s, e, "places.toml:street_list:range", 3, self.canonical(self.text[s:e]))

    def prep_in_name(self, a: int) -> bool:
        """A capitalized preposition right after a capitalized word is a syllable of a name, not a preposition:
        "Triều Tiên Pak Sang Kil" (no "sang Kil"), unlike "Tại Paris" opening a sentence."""
        text = self.text
        if a >= len(text) or not text[a].isupper():
            return False
        j = a - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j == a - 1 or j < 0 or not text[j].isalpha():
            return False
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        return text[j].isupper()

    def preps(self) -> None:
        """A foreign-looking name after a locative preposition, or a known district after tại/ở."""
        if self.m.preps is None:
            return
        text = self.text
        for mp in self.m.preps.finditer(self.norm):
            if self.prep_in_name(self.nt.orig_start(mp.start())):
                continue
            ws = self.foreign_words_at(self.nt.orig_start(mp.end()))
            words = [text[a:b] for a, b in ws]
            if 3 <= len(ws) <= 5 and all(norm_word(w) in self.m.compass_split for w in words[:2]) \
                    and self.loose_foreign(ws[2:]) and not self.known_prefix(ws[2:]):
                # "ở Đông Bắc Sweida": a two-word compass before a foreign place is no part of it
                self.add(ws[2][0], ws[-1][1], "places.toml:foreign_after_prep", 0)
                self.foreign_list(ws[-1][1], "foreign_after_prep")
                continue
            if not ws or len(ws) > 3:
                continue
            if len(ws) == 2 and norm_word(words[0]) in self.m.compass_split and self.is_foreign(ws[1:]) \
                    and not self.known_prefix(ws[1:]):
                # a compass word before a foreign place: "ở Đông Badiyeh" (one LOC), then its list ", Sweida"
                self.add(ws[0][0], ws[-1][1], "places.toml:foreign_after_prep", 0)
                self.foreign_list(ws[-1][1], "foreign_after_prep")
                continue
            key = norm_word(text[ws[0][0] : ws[-1][1]])
            if words[0] in self.m.prep_not_names:
                continue  # "từ Festival 2002": an event
            if key in self.m.known or any(norm_word(w) in self.m.known for w in words):
                continue  # the gazetteer has it (or its parts: "Syria Iran")
            if key in self.m.admin and any(x.kind == "district" for x in self.m.admin[key]) and mp.group().strip() in ("tại", "ở"):
                self.add(ws[0][0], ws[-1][1], "places.toml:foreign_after_prep:district", 0, self.m.admin[key][0].canonical)
                continue
            if any(len(w) < 3 or _is_acronym(w) or is_vietnamese_syllable(w.split("-")[-1]) for w in words):
                continue
            self.add(ws[0][0], ws[-1][1], "places.toml:foreign_after_prep", 0)
            self.foreign_list(ws[-1][1], "foreign_after_prep")

    def short_forms(self) -> None:
        text = self.text
        for rx, space in ((self.m.short_any, False), (self.m.short_space, True)):
            if rx is None:
                continue
            for ms in rx.finditer(text):
                parts = _SHORT_SPLIT.split(ms.group())
                if not any(p in self.m.short_anchors for p in parts) or len(parts) < 2:
                    continue
                if space and _prev_word_cap(text, ms.start()):
                    continue
                if space and norm_word(parts[0]) in self.m.compass_split and any(
                        text.endswith(h + " ", 0, ms.start()) for h in self.m.compass_keep):
                    continue  # "miền Trung Lào": the region of a country (compass_split)
                self.add(ms.start(), ms.end(), "places.toml:short_country", 2)
        if self.m.short_list is None:
            return
        for ml in self.m.short_list.finditer(text):
            if _prev_word_cap(text, ml.start()):
                continue  # "Nguyễn Văn Mỹ, Trung": names
            parts = [(mp.start(), mp.end()) for mp in _SHORT_ITEM.finditer(text, ml.start(), ml.end())]
            short = [(a, b) for a, b in parts if text[a:b] in self.m.short_list_forms
                     and (a not in self.word_end or self.m.short_list_then.match(text, b))
                     and not _CAP_NEXT.match(text, b)]
            if short and len(short) < len(parts):
                for a, b in short:
                    self.add(a, b, "places.toml:short_country:list", 2)

    def family_run(self, ws: list[tuple[int, int]]) -> bool:
        """A run of 2-4 Vietnamese syllables opening with a family name ("Võ Văn Tần", "Đặng Tất")."""
        words = [self.text[a:b] for a, b in ws]
        if any(self.text.startswith(h + " ", ws[0][0]) for h in self.m.org_heads.values()) or self.known_prefix(ws, admin=False):
            return False  # "Đoàn Thanh niên"; "Hàn Quốc" is a known place
        return (2 <= len(words) <= 4 and norm_word(words[0]) in self.m.family_names
                and all(is_vietnamese_syllable(w) and not _is_acronym(w) for w in words))

    def street_persons(self) -> None:
        """Streets and places named after people, in a locative context (see places.toml street_person)."""
        if self.m.loc_preps is None:
            return
        text = self.text
        found: set[str] = set()
        for rx, is_prep in ((self.m.loc_preps, True), (self.m.loc_streets, False)):
            for mp in rx.finditer(text):
                items: list[tuple[list[tuple[int, int]], bool]] = []
                p, closed = mp.end(), False
                while len(items) < 5:
                    ws = self.words_at(p)
                    if not ws or ws[0][0] != p:
                        break
                    items.append((ws, closed))
                    ml = self.m.loc_links.match(text, ws[-1][1]) if is_prep else None
                    if not ml:
                        break
                    closed = ml.group().strip(" ,") != ""
                    p = ml.end()
                if not items:
                    continue
                # the items after the first count only in a list closed by "hoặc"/"và", then punctuation
                last = items[-1][0][-1][1]
                if not any(c for _, c in items) or (last < len(text) and text[last] not in ".,;:…)!?\n"):
                    items = items[:1]
                for ws, _ in items:
                    a, b = ws[0][0], ws[-1][1]
                    if self.family_run(ws):
                        self.add(a, b, "places.toml:street_person", 3)
                        found.add(text[a:b])
                    elif is_prep and len(items) > 1 and len(ws) > 1 and self.known_prefix(ws) == len(ws):
                        self.add(a, b, "places.toml:street_person", 1, self.canonical(text[a:b]))
        # house number, the street, a comma, a province: "(16-18 Phan Chu Trinh, Hà Nội)"
        for ma in _NUMBER_STREET.finditer(text):
            ws = self.words_at(ma.start("n"))
            prov = self.words_at(ma.end())
            k = self.known_prefix(prov, admin=False)
            if ws and self.family_run(ws) and k and self.m.known[norm_word(text[prov[0][0]:prov[k - 1][1]])].kind in (
                    "province", "province_2025", "city"):
                self.add(ws[0][0], ws[-1][1], "places.toml:street_person", 3)
                found.add(text[ws[0][0]:ws[-1][1]])
        # later bare mentions of the same name in the document (not after a word for a person)
        for name in found:
            for mr in regex.finditer(rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}\p{{N}}]| \p{{Lu}})", text):
                if not self.after_person_word(mr.start()) and not _prev_word_cap(text, mr.start()):
                    self.add(mr.start(), mr.end(), "places.toml:street_person", 3)

    def addresses(self) -> None:
        """A street after a house number, before the ward or district of the address:
        "trú tại 115 Tôn Đản, phường 14", "số 10 Yên Thái, quận Hoàn Kiếm", "12 Bis Phan Kế Bính, Quận 1" -> the
        street; "(Thái Văn Lung, Q.6 - TPHCM)" (no number, before a numbered unit); "Đường Phạm Văn Chí, quận 6"."""
        if self.m.address is None:
            return
        for ma in self.m.address.finditer(self.text):
            self.add(*ma.span("street"), "places.toml:address", 0)
        for ma in _CITY_ADDRESS.finditer(self.text):
            city, street = norm_word(ma.group("city")), norm_word(ma.group("street"))
            if (city in self.m.province_norms or _KIND_LEVEL.get(getattr(self.m.known.get(city), "kind", ""), 0) >= 3) \
                    and street not in self.m.known and street.split(" ")[0] not in self.m.known:
                self.add(*ma.span("street"), "places.toml:address", 0)
        for ma in _LED_ADDRESS.finditer(self.text):
            mc = _RUN_BEFORE.search(self.text, max(0, ma.start() - 40), ma.start())
            if mc is None or len(mc.group().split(" ")) > 3:
                continue
            city, street = norm_word(mc.group()), norm_word(ma.group("street"))
            if (city in self.m.province_norms or _KIND_LEVEL.get(getattr(self.m.known.get(city), "kind", ""), 0) >= 3) \
                    and street not in self.m.known and street.split(" ")[0] not in self.m.known:
                self.add(*ma.span("street"), "places.toml:address", 0)
        if not any(w in self.text for w in ("hẻm", "ngõ", "ngách", "kiệt")):
            return
        for ma in _ALLEY_STREET.finditer(self.text):
            if norm_word(ma.group("street")) not in self.m.known:
                self.add(*ma.span("street"), "places.toml:address", 0)

    def long_forms(self) -> None:
        """A lower-case long form before a known place's acronym in parentheses: "vùng phi quân sự (DMZ)"."""
        for ma in _ACRONYM_PAREN.finditer(self.text):
            ent = self.m.known.get(norm_word(ma.group("a")))
            if ent is not None and ent.kind in ("region", "venue", "sea", "island", "river"):
                ml = _LONG_BEFORE_ACRONYM.search(self.text, max(0, ma.start() - 60), ma.start())
                if ml is not None:
                    self.add(*ml.span(), "places.toml:acronym_long_form", 1)

    def compass(self) -> None:
        for rx, rid in self.m.compass:
            for mc in rx.finditer(self.text):
                self.add(*mc.span("a"), f"places.toml:{rid}", 1)
                self.add(*mc.span("b"), f"places.toml:{rid}", 1)

    def numbered_sites(self) -> None:
        """A numbered base or airfield of a foreign army: "căn cứ không quân 120 Cazaux" -> "120 Cazaux"."""
        if self.m.numbered_sites is None:
            return
        for mn in self.m.numbered_sites.finditer(self.norm):
            s = self.nt.orig_start(mn.start("n"))
            if not self.text[self.nt.orig_start(mn.start())].islower():
                continue
            ws = self.words_at(self.nt.orig_start(mn.end("n")))
            span = self.name_span(ws, max_words=3)
            if span and not any(_is_acronym(self.text[a:b]) for a, b in ws):
                self.add(s, span[1], "places.toml:numbered_site", 2)

    def compass_split(self, head: str, o0: int, ws: list[tuple[int, int]]) -> bool:
        """A compass word between a generic head and a place: "miền Bắc Libya" -> "miền Bắc" + "Libya",
        "cảng Đông Bắc Tobruk" -> "Tobruk" (places.toml compass_split). True when it applied."""
        text = self.text
        if not self.m.compass_split or len(ws) < 2 or norm_word(text[ws[0][0]:ws[0][1]]) not in self.m.compass_split:
            return False
        c = 2 if len(ws) > 2 and norm_word(text[ws[1][0]:ws[1][1]]) in self.m.compass_split else 1
        if self.known_prefix(ws, admin=False) > c:
            return False  # "Đông Nam Á", "Bắc Caucasus", "Tây Nam Bộ": the whole is a name
        rest = ws[c:]
        k = self.known_prefix(rest, admin=False)
        key = norm_word(text[rest[0][0]:rest[-1][1]])
        if k != len(rest) and key not in self.m.geo:
            return False
        if head in self.m.compass_keep:
            region = text[o0:ws[c - 1][1]]
            self.add(o0, ws[c - 1][1], "places.toml:compass_split", 1, self.canonical(region) or region)
        else:
            self.dropped.add((ws[0][0], ws[c - 1][1]))  # "Đông Bắc" of "cảng Đông Bắc Tobruk" is no region here
        self.add(rest[0][0], rest[-1][1], "places.toml:compass_split", 1, self.canonical(text[rest[0][0]:rest[-1][1]]))
        return True

    def name_number(self, e: int) -> int:
        """End of a hamlet's name with its number: "thôn Sơn Hải 1" (places.toml name_number)."""
        mn = _NAME_NUMBER.match(self.text, e)
        return e + len(mn.group()) if mn else e

    def compass_names(self) -> None:
        """A compass word joined to an ocean ("Tây Thái Bình Dương") or a continent form ("phía bắc Âu")."""
        for rx in self.m.compass_names:
            for mc in rx.finditer(self.text):
                if not _prev_word_cap(self.text, mc.start()):
                    self.add(*mc.span(), "places.toml:compass_name", 2, mc.group())

    def after_words(self) -> None:
        """A short country form after a word that makes it a place: "nước Việt", "đất Việt"."""
        for rx in self.m.after_word:
            for ma in rx.finditer(self.text):
                nxt = _next_word(self.text, ma.end())
                if nxt[:1].isupper() and norm_word(nxt) not in self.m.family_names:
                    continue  # "người Việt Nam" is the gazetteer's; "người Việt Lê Thị Mai" is a Vietnamese
                if _KIEU.match(self.text[ma.end():ma.end() + 8]):
                    continue  # "khách Việt kiều": an overseas Vietnamese, no place
                self.add(*ma.span(), "places.toml:after_word", 1, self.canonical(ma.group()))

    def after_person_word(self, s: int) -> bool:
        """The name follows a lower-case word for a person ("chàng trai Phù Đổng", "ông Hòa Bình")."""
        if self.m.not_after is None or s < 2 or not self.text[s - 2 : s - 1].islower():
            return False
        i0 = self.nt_index(s)
        return bool(self.m.not_after.search(self.norm, max(0, i0 - 20), i0))

    def paren_evidence(self) -> None:
        """A name followed by its province or district in parentheses: "hoa Tết Sa Đéc (Đồng Tháp)".

        The last words of the capitalized run before "(" are taken when they are a district or
        commune of the place named in the parentheses.
        """
        text = self.text
        for mp in _PAREN_RX.finditer(text):
            inner = norm_word(mp.group("p"))
            if inner not in self.m.province_norms and inner not in self.m.admin:
                continue
            ws = [(w.start(), w.end()) for w in _WORD_RX.finditer(text, mp.start(), mp.end("n"))]
            for i in range(max(0, len(ws) - 4), len(ws) - 1):  # two words at least
                key = norm_word(text[ws[i][0] : ws[-1][1]])
                ents = self.m.admin.get(key, [])
                hit = next((x for x in ents if inner in {norm_word(p.strip()) for p in x.parent.split(",")}), None)
                if hit is None:
                    continue
                if i and (norm_word(text[ws[i - 1][0]:ws[i - 1][1]]) in self.m.surnames
                          or text[ws[i - 1][0]:ws[i - 1][1]] in self.m.person_before):
                    break  # "Nguyễn Văn Hòa An (Cao Bằng)": a person and his home
                if not self.after_person_word(ws[i][0]):
                    self.add(ws[i][0], ws[-1][1], f"places_admin.tsv:{hit.kind}", 1, hit.canonical)
                break

    def admin_evidence(self) -> None:
        """A whole capitalized run that is a district of a province, or a commune of a district, named in the text.

        Names of one word, and names that begin with a family name (Trần Phú, Lê Lợi are
        communes and people), need a unit word instead.
        """
        text = self.text
        named = set(self.mentioned)
        for mr in _RUN_RX.finditer(text):
            key = norm_word(mr.group())
            ents = self.m.admin.get(key)
            if not ents or key in self.m.known or " " not in key or key.split(" ")[0] in self.m.surnames:
                continue
            if self.after_person_word(mr.start()):
                continue
            for x in ents:
                parents = [norm_word(p.strip()) for p in x.parent.split(",") if p.strip()]
                if x.kind == "commune":
                    parents = parents[:1]  # its district
                if parents and any(p in named for p in parents):
                    self.add(mr.start(), mr.end(), f"places_admin.tsv:{x.kind}", 0, x.canonical)
                    break

    def list_evidence(self) -> None:
        """A district named without its unit word as an item of a list of places is a place: "quận 9, Thủ Đức,
        [Bình Tân], huyện Bình Chánh", "Nha Trang, Đà Lạt, Phú Quốc, [Phan Thiết]...".

        The whole capitalized run is a district of the gazetteer (two words at least, no family name first),
        and a comma joins it to a place found right before it, or a comma or "và" to one right after it.
        Found items count as neighbours for the next ones.
        """
        text = self.text
        cands = []
        for mr in self.run_matches:
            key = norm_word(mr.group())
            ents = self.m.admin.get(key)
            if ents and " " in key and key.split(" ")[0] not in self.m.surnames \
                    and any(x.kind == "district" for x in ents) and not self.after_person_word(mr.start()):
                cands.append((mr.start(), mr.end(), next(x for x in ents if x.kind == "district")))
        while cands:
            taken = [(c.start, c.end) for c in self.out]
            ends = {e for _, e in taken}
            starts = {s for s, _ in taken}
            left = []
            for s, e, x in cands:
                if any(a < e and s < b for a, b in taken):
                    continue
                mb = _LIST_LINK_BEFORE.search(text, max(0, s - 4), s)
                ma = _LIST_LINK_AFTER.match(text, e)
                if (mb and mb.start() in ends) or (ma and ma.end() in starts):
                    self.add(s, e, f"places_admin.tsv:{x.kind}", 0, x.canonical)
                else:
                    left.append((s, e, x))
            if len(left) == len(cands):
                break
            cands = left

    def in_org(self, c: Candidate) -> bool:
        """True when the place ends an organization's name: "Bộ Quốc phòng Việt Nam", "quân đội Syria"."""
        m, text = self.m, self.text
        s = c.start
        mu = _UNIT_BEFORE.search(text, max(0, s - 12), s)
        if mu:
            s = mu.start()  # "Ban chỉ huy quân sự Q.Bình Thạnh": look before the unit word
            if (mu.group()[:1].islower() and _COUNT_BEFORE.search(text, max(0, s - 6), s)
                    and _LIST_LINK_AFTER.match(text, c.end)):
                return False  # "Ban Thường vụ 2 tỉnh [Cà Mau] và Bạc Liêu": a body of several places, each a LOC
        i0 = self.nt_index(s)
        mo = None if m.org_lower is None or c.rule.endswith(":region") else m.org_lower.search(self.norm, max(0, i0 - 40), i0)
        if mo and not (m.org_lower_not_after is not None
                       and m.org_lower_not_after.search(self.norm, max(0, mo.start() - 30), mo.start())):
            return True  # "quân đội Syria" is one ORG; "quân đội phương Tây" (many armies) is no ORG
        if not m.org_heads:
            return False
        # words before the place, nearest first, within the clause
        left = text[max(0, s - 120) : s]
        toks = _NONSPACE.findall(left)
        if not left.endswith(" "):
            return False
        words: list[str] = []
        if c.rule in ("places.toml:address", "places.toml:street_person") and toks \
                and _HOUSE_NUMBER_TOKEN.fullmatch(toks[-1]):
            return False  # "Trung tâm giới thiệu sách 219 Nguyễn Văn Cừ, quận 5": the centre's address
        for tok in reversed(toks):
            if _CLAUSE_PUNCT.search(tok) or (tok.endswith(".") and len(tok) > 3):
                break
            words.insert(0, tok)
            if len(words) > m.org_max:
                break
            low = norm_word(tok)
            if tok[:1].islower() and low in m.org_stop:
                break
            for n in (3, 2, 1):
                if len(words) < n:
                    continue
                head = norm_word(" ".join(words[:n]))
                if head in m.org_heads and (words[0][:1].isupper() or head in m.org_lower_ok):
                    after = words[n] if len(words) > n else text[c.start]
                    if head in m.org_need_cap and not after[:1].isupper():
                        continue
                    return True
        return False

    def after_person_name(self, c: Candidate) -> bool:
        """A gazetteer or admin name right after a family or middle name ends a person's name.

        "Phó Thủ tướng Nguyễn Hòa Bình" is no "Hòa Bình"; "Hồ Hoàn Kiếm" (Hồ is no such name here) is.
        """
        if not c.rule.startswith(("places_admin", "places_world", "places_vn")) or c.start < 2:
            return False
        if self.text[c.start - 1] != " ":
            return False
        j = c.start - 2
        while j >= 0 and (self.text[j].isalpha() or unicodedata.combining(self.text[j])):
            j -= 1
        return self.text[j + 1 : c.start - 1] in self.m.person_before

    def nt_index(self, s: int) -> int:
        if self.nt.to_orig is None:
            return s
        return bisect.bisect_left(self.nt.to_orig, s)

    def blocked(self) -> list[tuple[int, int]]:
        return [mb.span() for rx in self.m.blocks for mb in rx.finditer(self.text)]


def find_places(nt: NormText, ctx: NerContext) -> list[Candidate]:
    """LOC candidates in ``nt`` (offsets into ``nt.text``), sorted by start.

    >>> from vnextract.normalize import normalize
    >>> s = "Cửa khẩu Quốc tế Lào Cai giáp Hà Khẩu; từ Bắc vào Nam."
    >>> [(c.start, c.end, s[c.start:c.end]) for c in find_places(normalize(s), NerContext())]
    [(0, 24, 'Cửa khẩu Quốc tế Lào Cai'), (30, 37, 'Hà Khẩu'), (42, 45, 'Bắc'), (50, 53, 'Nam')]
    """
    m = _model(tuple(ctx.rules_dirs))
    f = _Finder(nt, ctx, m)
    f.gazetteer()
    f.world_cities()
    f.units()
    f.hamlet_names()
    f.unit_names_again()
    f.numbered()
    f.heads()
    f.foreign_heads()
    f.foreign_names_again()
    f.preps()
    f.place_lists()
    f.street_lists()
    f.short_forms()
    f.compass()
    f.numbered_sites()
    f.compass_names()
    f.addresses()
    f.long_forms()
    f.street_persons()
    f.after_words()
    f.admin_evidence()
    f.list_evidence()
    f.paren_evidence()
    f.event_places()
    f.dash_chains()
    blocks = f.blocked()
    text = nt.text
    best: dict[tuple[int, int], Candidate] = {}
    for c in f.out:
        if any(bs <= c.start and c.end <= be and (bs, be) != (c.start, c.end) for bs, be in blocks) \
                or (c.start, c.end) in f.dropped:
            continue
        if f.in_org(c) or f.after_person_name(c) or _OUTLET_BEFORE.search(text, max(0, c.start - 12), c.start):
            continue  # "Thái Bình/VOV-Miền Trung": the outlet's desk, part of a byline
        if c.rule.startswith("places_world.tsv:country") and " " not in text[c.start:c.end] \
                and _KIN_BEFORE.search(text, max(0, c.start - 5), c.start):
            continue  # a woman's given name after a kinship word: "chị Nga", "bà Mỹ"
        k = (c.start, c.end)
        if k not in best or c.priority > best[k].priority:
            best[k] = c
    # a two-word compass region right before a foreign place is no place of its own: "Baghlan, Đông Bắc
    # Afghanistan", "ở Đông Bắc Sweida", "đến Tây Bắc Banr al-Qasb" (the Vietnamese regions stand alone)
    foreign_at = {c.start for c in best.values()
                  if not c.rule.startswith(("places_vn", "places_admin")) and c.canonical != "Việt Nam"}
    for k, c in list(best.items()):
        words = norm_word(text[c.start:c.end]).split(" ")
        if c.rule.startswith("places_vn.tsv:region") and len(words) == 2 and all(w in m.compass_split for w in words) \
                and text[c.end:c.end + 1] == " " and c.end + 1 in foreign_at:
            del best[k]
    # keep the outermost: "Phủ Chủ tịch" over "Phủ Chủ", "miền Nam" over "Nam"
    kept: list[Candidate] = []
    for c in sorted(best.values(), key=lambda c: (c.start, -c.end, -c.priority)):
        if kept and kept[-1].start <= c.start and c.end <= kept[-1].end:
            continue
        kept.append(c)
    return kept
