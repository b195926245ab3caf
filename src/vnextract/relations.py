"""Relations between entities and linking of person mentions (ANNOTATION.md section 3).

:func:`find_relations` reads the text between neighbouring entities and applies the
gap patterns of ``rules/relations.toml`` (each relation carries the id of its rule):

* ``Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy Bộ đội Biên phòng`` gives
  HAS_RANK(Sơn, Đại tá), HAS_TITLE(Sơn, Chính uỷ), TITLE_AT(Chính uỷ, Bộ chỉ huy ...),
  MEMBER_OF(Sơn, Bộ chỉ huy ...);
* ``tỉnh Vân Nam (Trung Quốc)`` gives LOCATED_IN(Vân Nam, Trung Quốc);
* ``Ban chỉ huy quân sự P.7, Q.Bình Thạnh (TP.HCM)`` gives two LOCATED_IN, step by step.

:func:`link_persons` gives short mentions (``ông Sơn``) the full name as ``canonical``.
Both functions only compute; nothing needs spaCy.
"""

from __future__ import annotations

from collections.abc import Sequence
import unicodedata
from dataclasses import replace
from functools import lru_cache

import regex

from .errors import RulesError
from .ner.places import admin_parent, city_in_state, place_kind, place_level as _place_level
from .normalize import normalize
from .records import Entity, Relation, Sentence
from .rules import load_patterns

__all__ = ["find_relations", "link_persons"]

_ABBR_OPEN = regex.compile(r"\s*\(\s*")
_ABBR_CLOSE = regex.compile(r"\s*\)")
_PAREN_LIST = regex.compile(r"\s*(?:,|và|, và)\s*")
# a title or its organization and the name of its holder right after it ("Thủ tướng Nguyễn Xuân Phúc")
_NAME_NEXT = regex.compile(r"\s*(?:(?:đồng chí|ông|bà|ngài)\s+)?")
# names of a list that share one unit word: "xã Hưng Long, An Phú Tây, Bình Lợi" (the separators of a bracketed list)
_UNIT_LIST_GAP = _PAREN_LIST
# peers of a list, each may repeat its unit word: "huyện Đông Anh và huyện Sóc Sơn"
_UNIT_LIST = regex.compile(r"\s*(?:,|và|, và)\s*(?:(?:xã|phường|thị trấn|quận|huyện|thị xã)\s+)?")


# the kinds of relations.toml the code reads ("note" documents a rule id written by code)
KINDS = frozenset({
    "apposition", "birth_year", "chain", "description_org", "head_of_name", "located_address", "located_at",
    "located_comma", "located_comma_known", "located_feature", "located_members", "located_paren", "located_parent",
    "located_parent_first", "located_range", "located_region", "located_tai", "located_thuoc", "member_descr",
    "member_list", "member_rank", "name_list", "note", "org_of", "rank_name", "rank_title", "title_joint",
    "title_list", "title_name", "title_name_list", "title_org", "title_org_comma", "title_org_far", "title_place",
    "title_rank", "title_verb", "unit_levels"})


@lru_cache(maxsize=16)
def _rules(rules_dirs: tuple[str, ...] = ()) -> dict[str, list[tuple[str, regex.Pattern, dict]]]:
    """Compiled gap patterns by kind: ``{kind: [(id, compiled gap, rule), ...]}``."""
    out: dict[str, list[tuple[str, regex.Pattern, dict]]] = {}
    for r in load_patterns("relations.toml", rules_dirs):
        if r.get("kind") not in KINDS:  # a misspelled kind would silently do nothing
            raise RulesError(f"{r['_source']}: rule {r['id']!r} has unknown kind {r.get('kind')!r}",
                             hint="kinds: " + ", ".join(sorted(KINDS)))
        gap = regex.compile(r["gap"]) if "gap" in r else None
        extra = dict(r)
        if "head_prefix" in r:
            extra["head_prefix_rx"] = regex.compile(r["head_prefix"])
        if "org_head" in r:
            extra["org_head_rx"] = regex.compile(r["org_head"])
        for key in ("head_not", "head_text_not", "head_inside", "plural", "title_end", "list_gap", "org_before",
                    "region_tail", "island_head", "bare_region", "region", "street", "street_head", "after", "stop", "tail_unit",
                    "unit_list_lead", "parent_prefix", "line_item"):
            if key in r:
                extra[key + "_rx"] = regex.compile(r[key])
        out.setdefault(r.get("kind", ""), []).append((r["id"], gap, extra))
    return out


def _levels(rules_dirs: tuple[str, ...]) -> dict[str, float]:
    lv: dict[str, float] = {}
    for _id, _gap, r in _rules(rules_dirs).get("unit_levels", ()):
        lv.update({k.lower(): v for k, v in r.get("levels", {}).items()})  # 0.5: a hamlet ("khu phố", "thôn")
    return lv


def _birth_year(g: "_Gaps", p: Entity, d: Entity, t: Entity) -> str | None:
    """The id of the ``birth_year`` rule that takes the year of birth ``d`` between a name and its title, else None."""
    for rid, rx, r in g.rules.get("birth_year", ()):
        after = r.get("after_rx")
        if rx is not None and after is not None and rx.fullmatch(g.between(p, d)) and after.fullmatch(g.between(d, t)):
            return rid
    return None


def _street_level(norm: str, e: Entity, rd: tuple[str, ...]) -> float | None:
    """Level of a street (``street_level`` of the ``unit_levels`` rule) for a place named as one: lower-case
    "đường"/"phố" right before it or "Đường" opening it ("đường Hai Bà Trưng, quận 1"); None for any other entity or
    a province or country after the word ("đường Hà Nội - Hải Phòng" names a route)."""
    if e.label != "LOC":
        return None
    for _id, _gap, r in _rules(rd).get("unit_levels", ()):
        before, head = r.get("street_rx"), r.get("street_head_rx")
        if before is None:
            continue
        if before.search(norm, max(0, e.start - 10), e.start) or (head is not None and head.match(norm, e.start)):
            known = _chain_level(e.text, rd)
            if known is None or known < 3:
                return float(r.get("street_level", 0.25))
    return None


class _Gaps:
    """Matches the normalized text between entities against the rule gaps."""

    def __init__(self, norm: str, ents: list[Entity], rules_dirs: tuple[str, ...]):
        self.norm = norm
        self.ents = ents
        self.rules = _rules(rules_dirs)

    def between(self, a: Entity, b: Entity) -> str:
        return self.norm[a.end:b.start] if a.end <= b.start else "\x00"

    def match(self, kind: str, a: Entity, b: Entity) -> tuple[str, regex.Match] | None:
        g = self.between(a, b)
        for rid, rx, _r in self.rules.get(kind, ()):
            if rx is not None:
                m = rx.fullmatch(g)
                if m:
                    return rid, m
        return None


def find_relations(text: str, entities: Sequence[Entity], sentences: Sequence[Sentence] = (),
                   rules_dirs: Sequence[str] = ()) -> list[Relation]:
    """Relations stated between neighbouring entities of one document.

    ``sentences`` are accepted for the pipeline's signature; the patterns look at
    the text between entities, which never spans a sentence in practice.

    >>> from vnextract.records import Entity
    >>> t = "Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy"
    >>> es = [Entity("T1", "RANK", 0, 6, "Đại tá"), Entity("T2", "PER", 7, 20, "Lương Văn Sơn"),
    ...       Entity("T3", "TITLE", 23, 31, "Chính uỷ"), Entity("T4", "ORG", 32, 42, "Bộ chỉ huy")]
    >>> sorted((r.label, r.head, r.tail) for r in find_relations(t, es))
    [('HAS_RANK', 'T2', 'T1'), ('HAS_TITLE', 'T2', 'T3'), ('MEMBER_OF', 'T2', 'T4'), ('TITLE_AT', 'T3', 'T4')]
    """
    rd = tuple(str(d) for d in rules_dirs)
    view = _nfc_view(text, entities)
    if view is not None:  # NFD input: compute on its NFC form (relations hold ids, not offsets)
        return find_relations(view[0], view[2], (), rd)
    ents = sorted(entities, key=lambda e: (e.start, e.end))
    nt = normalize(text)
    # offsets of ents index the original text; the fast path of normalize keeps them aligned
    norm = nt.norm if nt.to_orig is None else _aligned_norm(text)
    # an organization's abbreviation in parentheses right after its name stands in the gap, not as a link of
    # the chain: "Chủ tịch Ngân hàng ... (AIIB) Kim Lập Quần", "Trường Hành chính Quốc gia (ENA) ở Paris"
    ents = [e for k, e in enumerate(ents) if not (
        k > 0 and e.label == "ORG" and ents[k - 1].label == "ORG" and _ABBR_OPEN.fullmatch(norm, ents[k - 1].end, e.start)
        and _ABBR_CLOSE.match(norm, e.end) and len(e.text) <= 12)]
    g = _Gaps(norm, ents, rd)
    out: dict[tuple[str, str, str], Relation] = {}

    def add(label: str, head: Entity, tail: Entity, rule: str) -> None:
        out.setdefault((label, head.id, tail.id), Relation(label, head.id, tail.id, rule))

    n = len(ents)
    # 1. a title followed directly by an organization: TITLE_AT
    title_org: dict[int, int] = {}
    for i in range(n - 1):
        a, b = ents[i], ents[i + 1]
        if a.label == "TITLE" and b.label == "ORG" and (m := g.match("title_org", a, b)):
            add("TITLE_AT", a, b, m[0])
            title_org[i] = i + 1
    # a title, the unit it heads, then its organization (places may stand between):
    # "giám đốc chương trình Nga và Á-Âu của Trung tâm ..."
    for i in range(n - 1):
        a = ents[i]
        if a.label != "TITLE" or i in title_org:
            continue
        j = i + 1
        while j < n and ents[j].label == "LOC" and j - i <= 3:
            j += 1
        if j < n and ents[j].label == "ORG" and ents[j].start - a.end <= 90:
            gap = norm[a.end:ents[j].start]
            for rid, rx, r in g.rules.get("title_org_far", ()):
                end = r.get("title_end_rx")
                if (j == i + 1) != (end is not None) or (end is not None and not end.search(norm[a.start:a.end])):
                    continue  # a unit between title and organization is named by the title itself ("tổ trưởng tổ ...")
                if rx.fullmatch(gap):
                    add("TITLE_AT", a, ents[j], rid)
                    title_org[i] = j
                    break
    # titles shared by a list before one organization: "bộ trưởng, thứ trưởng Bộ Quốc phòng"
    for i in range(n - 2):
        a, b = ents[i], ents[i + 1]
        if a.label == "TITLE" and b.label == "TITLE" and i not in title_org and i + 1 in title_org \
                and (m := g.match("title_list", a, b)):
            org = ents[title_org[i + 1]]
            k = title_org[i + 1] + 1
            person_after = k < n and ents[k].label == "PER" and g.match("title_name", org, ents[k])
            person_before = i > 0 and ents[i - 1].label in ("PER", "RANK") and bool(
                g.match("apposition", ents[i - 1], a) or g.match("rank_name", ents[i - 1], a))
            if not person_after and not person_before:
                add("TITLE_AT", a, org, m[0])

    # 2. rank / title before a name (possibly through its organization or country)
    for k, p in enumerate(ents):
        if p.label != "PER" or k == 0:
            continue
        e = ents[k - 1]
        if e.label == "RANK" and (m := g.match("rank_name", e, p)):
            add("HAS_RANK", p, e, m[0])
            # "Bộ trưởng, Đại tướng Lương Tam Quang", "đại biểu Quốc hội, Thiếu tướng Lâm Quang Đại"
            if k >= 2 and (mt := g.match("title_rank", ents[k - 2], e)):
                t = ents[k - 2]
                if t.label == "TITLE" and (k - 2) not in title_org:
                    _titles_before(g, ents, k - 2, p, add, mt[0], title_org)
                elif t.label == "ORG" and k >= 3 and title_org.get(k - 3) == k - 2:
                    _titles_before(g, ents, k - 3, p, add, mt[0], title_org)
                    add("MEMBER_OF", p, t, mt[0])
                elif t.label == "ORG":
                    # "Giám đốc Cơ quan tình báo của Bộ Quốc phòng Mỹ, trung tướng Vincent Stewart": the title's
                    # organization, then its parent after "của"
                    x = k - 2
                    while x > 0 and ents[x - 1].label == "ORG" and g.match("org_of", ents[x - 1], ents[x]):
                        x -= 1
                    if x < k - 2 and x >= 1 and title_org.get(x - 1) == x:
                        _titles_before(g, ents, x - 1, p, add, mt[0], title_org)
                        add("MEMBER_OF", p, ents[x], mt[0])
                    elif (hm := _head_of(g, t)) is not None:
                        add("MEMBER_OF", p, t, hm)  # "người đứng đầu hải quân Campuchia, Đô đốc Tea Vinh"
        elif e.label == "TITLE" and (m := g.match("title_name", e, p)):
            _rank_before(g, ents, _titles_before(g, ents, k - 1, p, add, m[0], title_org), p, add, title_org)
        elif e.label == "ORG" and k >= 2 and (g.match("rank_name", e, p) or g.match("title_name", e, p)):
            t = ents[k - 2]
            # "Chủ tịch UBND tỉnh Lào Cai Nguyễn Văn Vịnh", "Giám đốc Sở Y tế, ông Nguyễn Văn A"
            if t.label == "TITLE" and title_org.get(k - 2) == k - 1:
                _rank_before(g, ents, _titles_before(g, ents, k - 2, p, add, "rel.title_name", title_org), p, add, title_org)
                add("MEMBER_OF", p, e, "rel.title_org")
                # "Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Quảng Đông Hoàng Khôn Minh": earlier offices of the chain
                j = k - 2
                # (not after "của": "cử tri của Đại biểu HĐND Q.Bình Thạnh, Chỉ huy trưởng ... X" are the delegates)
                while j >= 2 and ents[j - 1].label == "ORG" and title_org.get(j - 2) == j - 1 \
                        and regex.fullmatch(r"\s*,\s*", norm[ents[j - 1].end:ents[j].start]) \
                        and not _possessed(norm, ents[j - 2].start):
                    add("HAS_TITLE", p, ents[j - 2], "rel.title_list")
                    add("MEMBER_OF", p, ents[j - 1], "rel.title_list")
                    j -= 2
            elif t.label == "RANK" and g.match("rank_name", t, e):
                add("HAS_RANK", p, t, "rel.rank_name")
                add("MEMBER_OF", p, e, "rel.rank_name")
            elif t.label == "LOC" and k >= 3 and ents[k - 3].label == "TITLE" and g.match("title_place", ents[k - 3], t) \
                    and regex.fullmatch(r"\s*tại\s*", g.between(t, e)):
                # "đại sứ Mỹ tại Liên Hợp Quốc, bà Nikki Haley": the envoy's country, then where she serves
                _titles_before(g, ents, k - 3, p, add, "rel.title_name", title_org)
            elif t.label == "ORG" and k >= 3 and title_org.get(k - 3) == k - 2 \
                    and regex.fullmatch(r"\s*của\s*", g.between(t, e)):
                # "Chủ nhiệm Ủy ban Kinh tế và ngân sách của Quốc hội Nguyễn Đức Kiên": the first organization
                _titles_before(g, ents, k - 3, p, add, "rel.title_name", title_org)
                add("MEMBER_OF", p, t, "rel.title_org")
        elif e.label == "LOC" and g.match("title_name", e, p):
            j = k - 1
            while j > 0 and ents[j].label == "LOC" and ents[j - 1].label == "LOC" and g.match("title_place", ents[j - 1], ents[j]):
                j -= 1
            if j > 0 and ents[j - 1].label == "TITLE" and (m := g.match("title_place", ents[j - 1], ents[j])):
                _titles_before(g, ents, j - 1, p, add, m[0], title_org)
            elif j > 1 and ents[j - 1].label == "ORG" and title_org.get(j - 2) == j - 1 \
                    and (m := g.match("title_place", ents[j - 1], ents[j])):
                # the organization's country between it and the name: "Thủ tướng Quốc vụ viện nước Cộng hòa nhân dân
                # Trung Hoa Lý Cường", "Chủ tịch Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam Trần Thanh Mẫn"
                _rank_before(g, ents, _titles_before(g, ents, j - 2, p, add, m[0], title_org), p, add, title_org)
                add("MEMBER_OF", p, ents[j - 1], m[0])

    # 2b. an office of several people named after it: "các Phó Chủ tịch UBND TP: Nguyễn Văn Đua, Nguyễn Thành Tài"
    for rid, rx, r in g.rules.get("title_name_list", ()):
        plural, lst = r.get("plural_rx"), regex.compile(r.get("list_gap", r"\s*(?:,|và)\s*"))
        for t_i, t in enumerate(ents):
            if t.label != "TITLE" or plural is None or not plural.search(norm[max(0, t.start - 25):t.start]):
                continue
            o = title_org.get(t_i)
            k = (t_i if o is None else o) + 1
            items = _semicolon_items(norm, ents, rx, ents[k - 1], k)
            if items:  # "các đồng chí Ủy viên Trung ương Đảng: A, Bí thư ...; Trung tướng B, ...": one person an item
                for x in items:
                    add("HAS_TITLE", ents[x], t, rid)
                    if o is not None:
                        add("MEMBER_OF", ents[x], ents[o], rid)
                continue
            if k >= n or ents[k].label != "PER" or not rx.fullmatch(g.between(ents[k - 1], ents[k])):
                continue
            while True:
                add("HAS_TITLE", ents[k], t, rid)
                if o is not None:
                    add("MEMBER_OF", ents[k], ents[o], rid)
                if k + 1 < n and ents[k + 1].label == "PER" and lst.fullmatch(g.between(ents[k], ents[k + 1])):
                    k += 1
                    continue
                break

    # 3. descriptions after a name: "X – Chính uỷ Y", "X, Vụ trưởng Vụ Pháp chế, Bộ ...", lists of names
    k = 0
    while k < n:
        if ents[k].label != "PER":
            k += 1
            continue
        group = [k]
        while group[-1] + 1 < n and ents[group[-1] + 1].label == "PER" and g.match("name_list", ents[group[-1]], ents[group[-1] + 1]):
            group.append(group[-1] + 1)
        last = group[-1]
        if last + 1 < n and ents[last + 1].label in ("TITLE", "RANK") and (m := g.match("apposition", ents[last], ents[last + 1])) \
                and not (ents[last + 1].label == "TITLE" and _title_of_next(g, ents, last + 1, title_org)):
            if len(group) > 1 and ents[last + 1].label != "TITLE":
                group = [last]
            persons = [ents[i] for i in group]
            _description(g, ents, last + 1, persons, add, m[0], title_org)
        elif last + 2 < n and ents[last + 1].label == "DATE" and ents[last + 2].label == "TITLE" \
                and (rid := _birth_year(g, ents[last], ents[last + 1], ents[last + 2])) \
                and not _title_of_next(g, ents, last + 2, title_org):
            # "Bà Ellen Johnson Sirleaf sinh năm 1938, hiện là Chủ tịch Đảng ...": the year of birth stands between
            _description(g, ents, last + 2, [ents[i] for i in group], add, rid, title_org)
        k = last + 1

    # 3a. an office taken or held, told by a verb after the name: "Lương Cường được Quốc hội khoá XV bầu giữ chức Chủ
    # tịch nước", "bà Harini Amarasuriya tuyên thệ nhậm chức Thủ tướng" (organizations and dates may stand between)
    for rid, rx, r in g.rules.get("title_verb", ()):
        stop, not_before = r.get("stop_rx"), r.get("head_not_rx")
        for j, t in enumerate(ents):
            if t.label != "TITLE" or j == 0 or not rx.search(norm, max(0, t.start - 30), t.start):
                continue
            k = j - 1
            while k > 0 and ents[k].label in ("ORG", "DATE"):
                k -= 1
            p = ents[k]
            if p.label == "TITLE" and (holder := _holder(ents, k, out)) is not None:
                # the person's own description stands between: "Lương Cường, Ủy viên Bộ Chính trị, Thường trực Ban Bí
                # thư được bầu làm Chủ tịch nước" (the clause must not break after it: only the gaps are read)
                if t.start - p.end > int(r.get("max_gap", 90)) or (stop is not None and any(
                        stop.search(g.between(ents[x], ents[x + 1])) for x in range(k, j))):
                    continue
                p = holder
            elif p.label != "PER" or t.start - p.end > int(r.get("max_gap", 90)) \
                    or (stop is not None and stop.search(norm, p.end, t.start)):
                continue
            if not_before is not None and not_before.search(norm, max(0, p.start - 20), p.start):
                continue
            _description(g, ents, j, [p], add, rid, title_org)

    # 3b. an occupation at an organization, with no TITLE entity: "X, một chuyên gia về ... tại Trung tâm Y"
    for k, p in enumerate(ents):
        if p.label != "PER" or k + 1 >= n or ents[k + 1].label in ("TITLE", "RANK"):
            continue
        for j in range(k + 1, min(n, k + 5)):
            o = ents[j]
            if o.start - p.end > 110:
                break
            if o.label != "ORG":
                continue
            gap = norm[p.end:o.start]
            hit = next((rid for rid, rx, r in g.rules.get("member_descr", ()) if rx.fullmatch(gap)
                        and ("head_prefix_rx" not in r or r["head_prefix_rx"].search(norm, max(0, p.start - 15), p.start))
                        and ("after_rx" not in r or r["after_rx"].match(norm, o.end))), None)
            if hit:
                add("MEMBER_OF", p, o, hit)
                # "Neang Phat và Phorn Nara, là những cán bộ ... của Quân đội ...": the names listed before
                b = k
                while b > 0 and ents[b - 1].label == "PER" and _PAREN_LIST.fullmatch(g.between(ents[b - 1], ents[b])):
                    b -= 1
                    add("MEMBER_OF", ents[b], o, hit)
                break

    # 3c. a rank after the name, then the unit the person serves in: "Lê Công Hoàng, cựu trung sĩ truyền tin thuộc Sư
    # đoàn 3" (the rank itself is related by the description)
    for rid, rx, _r in g.rules.get("member_rank", ()):
        for k in range(n - 2):
            p, rk, o = ents[k], ents[k + 1], ents[k + 2]
            if p.label == "PER" and rk.label == "RANK" and o.label == "ORG" and g.match("apposition", p, rk) \
                    and rx.fullmatch(g.between(rk, o)):
                add("MEMBER_OF", p, o, rid)

    # 4. places
    lv = _levels(rd)
    for i in range(n - 1):
        a, b = ents[i], ents[i + 1]
        if a.label not in ("LOC", "ORG") or b.label != "LOC":
            continue
        if m := g.match("located_paren", a, b):
            if not _paren_is_place(norm, a, b, m[1], lv, rd):
                continue
            add("LOCATED_IN", a, b, m[0])
            # "P.5, P7 (Q.Bình Thạnh)": the whole list before the parenthesis (peers, not a chain:
            # "Fort Stewart, Georgia (Mỹ)", "2A Tôn Đức Thắng, Q.1 (TP.HCM)")
            # (organizations of a list are not: "Đồn Biên phòng Cửa khẩu Quốc tế La Lay, Ty An ninh tỉnh Salavan (Lào)")
            j = i
            while a.label == "LOC" and j > 0 and ents[j - 1].label == a.label and _PAREN_LIST.fullmatch(g.between(ents[j - 1], ents[j])) \
                    and _rank(norm, ents[j - 1], lv, rd) >= _rank(norm, ents[j], lv, rd) \
                    and not city_in_state(ents[j - 1].text, ents[j].text, rd):  # "Honolulu, Hawaii (Mỹ)": a chain
                add("LOCATED_IN", ents[j - 1], b, m[0])
                j -= 1
            # "Phường Thanh Lộc, An Phú Đông và Thanh Xuân (quận 12)": the names one unit word opens
            for k in range(_unit_list_start(g, norm, ents, j, b, lv, rd, _rule(g, "located_paren", m[0])), j):
                add("LOCATED_IN", ents[k], b, m[0])
        elif (m := g.match("located_thuoc", a, b)) and not _head_not(g, "located_thuoc", m[0], norm, a):
            add("LOCATED_IN", a, b, m[0])
            # "Hoàng Sa và Trường Sa thuộc chủ quyền của Việt Nam": places of the same kind listed before the head
            lst = _rule(g, "located_thuoc", m[0]).get("list_gap_rx")
            if lst is not None and a.label == "LOC":
                rank = _rank(norm, a, lv, rd)
                for k in range(_list_start(g, ents, i, "LOC", lst, lambda e: _rank(norm, e, lv, rd) == rank < _rank(norm, b, lv, rd)), i):
                    add("LOCATED_IN", ents[k], b, m[0])
        elif a.label == "ORG" and (m := g.match("located_tai", a, b)) \
                and all(_org_kind(norm, a, r) or _peer_of(out, ents, i, m[0], norm)
                        or ("list_gap_rx" in r and _org_kind(norm, ents[_org_list_start(g, ents, i, r)], r))
                        for rid, _rx, r in g.rules["located_tai"] if rid == m[0] and "org_head_rx" in r) \
                and not (_OF_BEFORE.search(norm[max(0, a.start - 8):a.start])
                         and not _SPEAKER_OF.search(norm, max(0, a.start - 30), a.start)) \
                and not _head_not(g, "located_tai", m[0], norm, a):
            add("LOCATED_IN", a, b, m[0])
            # "Raytheon và Tập đoàn Lockheed Martin của Mỹ", "ĐH Dundee và Buckingham của Vương quốc Anh": the
            # organizations listed before the head (rules with list_gap)
            r = _rule(g, "located_tai", m[0])
            start = _org_list_start(g, ents, i, r) if "list_gap_rx" in r else i
            if i - start >= 2 and "org_head_rx" in r \
                    and all(r["org_head_rx"].match(norm, ents[k].start) for k in range(start, i + 1)):
                start = i  # three or more bodies each named with its kind word: "Công ty A, Công ty B và Công ty C
                # của Hà Nội" (the place after "của" is the last one's)
            if "list_gap_rx" in r:
                for k in range(start, i):
                    add("LOCATED_IN", ents[k], b, m[0])
        elif a.label == "LOC" and (at := _located_at(g, norm, a, b, lv, rd, ents[i + 2] if i + 2 < n else None)):
            m, tail = at
            add("LOCATED_IN", a, tail, m)
            if tail is not b:
                continue
            # "bang California, Arizona, New Mexico, Texas của Mỹ": the peers listed before the head
            # (only after a unit word before the first: "4 bang California, ...", not "Hà Nội, Berlin của Đức")
            lst = _rule(g, "located_at", m).get("list_gap_rx")
            j = i
            while lst is not None and j > 0 and ents[j - 1].label == "LOC" and lst.fullmatch(g.between(ents[j - 1], ents[j])) \
                    and 0 < _rank(norm, ents[j - 1], lv, rd) == _rank(norm, a, lv, rd) < _rank(norm, b, lv, rd):
                j -= 1
            if j < i and _level(norm, ents[j], lv) > 0:
                for k in range(j, i):
                    add("LOCATED_IN", ents[k], b, m)
            else:  # "các xã Hưng Long, An Phú Tây, Bình Lợi của huyện Bình Chánh": the names one unit word opens
                for k in range(_unit_list_start(g, norm, ents, i, b, lv, rd, _rule(g, "located_at", m)), i):
                    add("LOCATED_IN", ents[k], b, m)
        elif m := g.match("located_comma", a, b):
            unit = m[1]["unit"].strip()
            tail_level = lv.get(unit, 0)
            below = next((r.get("below", {}) for rid, _rx, r in g.rules["located_comma"] if rid == m[0]), {})
            if _rule(g, "located_comma", m[0]).get("head_unit") and _level(norm, a, lv) == 0:
                pass  # no comma: the head must follow its own unit word ("thị xã U Dom Say tỉnh U Dom Say")
            elif _level(norm, a, lv) == 0 and tail_level == 3 and a.label == "LOC" and _place_level(a.text, rd) == 3 \
                    and not admin_parent(a.text, b.text, rd) and not city_in_state(a.text, b.text, rd):
                pass  # two cities or provinces of a list: "Hà Nội, TP Hồ Chí Minh" (not "Cam Ranh, tỉnh Khánh Hòa")
            elif _level(norm, a, lv) < tail_level or _unit_before(norm, a, below.get(unit, ())):
                add("LOCATED_IN", a, b, m[0])
                # "hai huyện Sơn Hòa, Sông Hinh, tỉnh Phú Yên", "huyện A và huyện B, tỉnh C": the peers of the head
                # listed before it (same rank, the first after its unit word; not a chain "xã A, huyện B, tỉnh C")
                rank, level, top = _rank(norm, a, lv, rd), _level(norm, a, lv), max(tail_level, _rank(norm, b, lv, rd))
                j = i if a.label != "LOC" else _list_start(g, ents, i, "LOC", _UNIT_LIST, lambda e: (
                    0 < _rank(norm, e, lv, rd) == rank < top
                    and not (0 < _level(norm, e, lv) != level > 0)))  # "xã Tân Hưng, huyện Cái Nước, tỉnh Cà Mau": a chain
                if j < i and _level(norm, ents[j], lv) > 0:
                    for k in range(j, i):
                        add("LOCATED_IN", ents[k], b, m[0])
        elif a.label == "ORG" and (m := g.match("located_comma_known", a, b)) and m[0] == "rel.loc_comma_known" \
                and 0 < _numbered_end(norm, a, lv) < _rank(norm, b, lv, rd):
            add("LOCATED_IN", a, b, "rel.org_comma_unit")  # "Công an Q.10, TP.HCM"
        elif a.label == "LOC" and (m := g.match("located_comma_known", a, b)) and _ranked_chain(norm, ents, i, lv, rd) \
                and (not (_rule(g, "located_comma_known", m[0]).get("numbered_head")
                          or _rule(g, "located_comma_known", m[0]).get("head_unit")) or _level(norm, a, lv) > 0):
            add("LOCATED_IN", a, b, m[0])
        elif a.label == "LOC" and (m := g.match("located_parent", a, b)) \
                and (admin_parent(a.text, b.text, rd) or city_in_state(a.text, b.text, rd)
                     or _city_country(g, norm, a, b, m[0], rd)):
            add("LOCATED_IN", a, b, m[0])  # "đảo Cồn Cỏ/Quảng Trị", "Hà Tiên - Kiên Giang": the gazetteers place A in B
        else:
            if i + 2 < n and ents[i + 2].label == "LOC" and regex.fullmatch(r"\s*(?:,|và)\s*", g.between(b, ents[i + 2])) \
                    and g.between(a, b).strip() and not regex.search(r"\d", g.between(a, b)):
                continue  # a list of features: "Đảo Song Tử Tây, Sơn Ca, Nam Yết" (not "miền Bắc Libya và ...")
            for rid, rx, r in g.rules.get("located_feature", ()):
                pre, inside = r.get("head_prefix_rx"), r.get("head_inside_rx")
                if not rx.fullmatch(g.between(a, b)) or pre is None or pre.search(norm[max(0, b.start - 20):b.start]):
                    continue
                if not (pre.search(norm[max(0, a.start - 25):a.start]) or (inside is not None and inside.match(norm, a.start))):
                    continue
                if "tail_min_level" in r and _rank(norm, b, lv, rd) < int(r["tail_min_level"]):
                    continue
                add("LOCATED_IN", a, b, rid)
                break
    _members(g, ents, add)
    _addresses(g, norm, ents, lv, rd, add)
    _member_lists(g, norm, ents, add)
    _parent_first(g, norm, ents, lv, rd, add)
    _street_ranges(g, norm, ents, add)
    _regions(g, norm, ents, lv, rd, add, out)
    return sorted(out.values(), key=lambda r: (_start(ents, r.head), _start(ents, r.tail), r.label))


def _parent_first(g: _Gaps, norm: str, ents: list[Entity], lv: dict, rd: tuple[str, ...], add) -> None:
    """A unit named first as the scene, then the smaller units in it after a comma and their unit word: "Tại huyện
    Bình Chánh, các xã Hưng Long, An Phú Tây, Bình Lợi" -> LOCATED_IN(each commune, Bình Chánh) (rules of kind
    located_parent_first: ``parent_prefix`` before the parent, ``gap`` up to the first name with its group ``unit``)."""
    for rid, rx, r in g.rules.get("located_parent_first", ()):
        pre = r.get("parent_prefix_rx")
        for i in range(len(ents) - 1):
            a, b = ents[i], ents[i + 1]
            if a.label != "LOC" or b.label != "LOC" or pre is None or not pre.search(norm, max(0, a.start - 25), a.start):
                continue
            m = rx.fullmatch(g.between(a, b))
            if not m:
                continue
            unit = m.group("unit").strip()
            level = lv.get(unit, float(_rule(g, "unit_levels", "rel.unit_levels").get("street_level", 0.25)))
            if not 0 < level < _rank(norm, a, lv, rd):
                continue
            j = i + 1
            add("LOCATED_IN", b, a, rid)
            while j + 1 < len(ents) and ents[j + 1].label == "LOC" and _level(norm, ents[j + 1], lv) == 0 \
                    and _rank(norm, ents[j + 1], lv, rd) < _rank(norm, a, lv, rd) \
                    and _UNIT_LIST_GAP.fullmatch(g.between(ents[j], ents[j + 1])):
                j += 1
                add("LOCATED_IN", ents[j], a, rid)


def _street_ranges(g: _Gaps, norm: str, ents: list[Entity], add) -> None:
    """A street of a list, its range in brackets and the units after a dash: "Tô Ký (Quốc lộ 1A đến ngã ba Chùa) -
    quận 12, huyện Hóc Môn" -> LOCATED_IN(Tô Ký, quận 12), LOCATED_IN(Tô Ký, Hóc Môn) (rules of kind located_range)."""
    rules = g.rules.get("located_range", ())
    if not rules or "(" not in norm:
        return
    starts = {e.start: k for k, e in enumerate(ents)}
    for rid, rx, r in rules:
        for a in ents:
            if a.label != "LOC" or not norm.startswith(" (", a.end) or not (m := rx.match(norm, a.end)):
                continue
            j = starts.get(m.end())
            if j is None and m.group("unit"):
                j = starts.get(m.start("unit"))  # the unit word inside the name: "quận 4"
            if j is None or ents[j].label != "LOC" or not (m.group("unit") or r["tail_unit_rx"].match(norm, m.end())):
                continue
            add("LOCATED_IN", a, ents[j], rid)
            while j + 1 < len(ents) and ents[j + 1].label == "LOC" and r["list_gap_rx"].fullmatch(g.between(ents[j], ents[j + 1])):
                j += 1
                add("LOCATED_IN", a, ents[j], rid)


_LIST_CLOSE = regex.compile(r"\s*(?:\.\.\.|…)?\s*\)")


def _members(g: _Gaps, ents: list[Entity], add) -> None:
    """A region and the places it is said to include, listed in brackets: "vùng Sahel (gồm Mauritania, Mali, Niger và
    Burkina Faso)" -> LOCATED_IN(each, Sahel) (rules of kind located_members)."""
    for rid, rx, r in g.rules.get("located_members", ()):
        lst = r["list_gap_rx"]
        for i in range(len(ents) - 1):
            a, j = ents[i], i + 1
            if a.label != "LOC" or ents[j].label != "LOC" or not rx.fullmatch(g.between(a, ents[j])):
                continue
            items = [j]
            while j + 1 < len(ents) and ents[j + 1].label == "LOC" and lst.fullmatch(g.between(ents[j], ents[j + 1])):
                j += 1
                items.append(j)
            if not _LIST_CLOSE.match(g.norm, ents[j].end):
                continue  # the bracket closes after the list ("Mali, Niger…)"), not a longer phrase
            for k in items:
                add("LOCATED_IN", ents[k], a, rid)


_ITEM_LEAD = regex.compile(r"(?:[^,:;()]|\([^():;]*\))*")  # an abbreviation in brackets may stand in it


def _semicolon_items(norm: str, ents: list[Entity], rx: regex.Pattern, head: Entity, k: int) -> list[int]:
    """The people of a list after ``head`` and its colon (``rx``) whose items, each a person with a description, are
    parted by ";" up to the end of the sentence: "Ủy viên Trung ương Đảng: Nguyễn Đắc Vinh, Bí thư Tỉnh ủy Nghệ An;
    Trung tướng Nguyễn Trọng Nghĩa, Phó chủ nhiệm TCCT" -> the index of each item's first person (ranks and
    titles may stand before the name, no comma); [] for no such list. An item with no person ends the list."""
    m = rx.match(norm, head.end)
    if not m:
        return []
    end = _SENTENCE_END.search(norm, m.end())
    end = len(norm) if end is None else end.start()
    if ";" not in norm[m.end():end]:
        return []
    out, pos = [], m.end()
    while pos < end:
        stop = norm.find(";", pos, end)
        stop = end if stop < 0 else stop
        lead = _ITEM_LEAD.match(norm, pos, stop).end()  # the name stands before the item's first comma
        x = next((x for x in range(k, len(ents)) if ents[x].label == "PER" and pos <= ents[x].start
                  and ents[x].end <= lead), None)
        if x is None:
            break
        out.append(x)
        pos = stop + 1
    return out if len(out) >= 2 else []


def _addresses(g: _Gaps, norm: str, ents: list[Entity], lv: dict[str, float], rd: tuple[str, ...], add) -> None:
    """A body or venue, then its street address opened by a house number or the word "đường" (rules of kind
    located_address): "Công ty BaBi (6B Thi Sách, quận 1)", "khách sạn Đệ Nhất (đường Hoàng Việt, P.4, ...)" ->
    LOCATED_IN(body, street); the address goes on or closes right after the street (``after``)."""
    for rid, rx, r in g.rules.get("located_address", ()):
        after = r.get("after_rx")
        for i in range(len(ents) - 1):
            a, b = ents[i], ents[i + 1]
            if a.label not in ("ORG", "LOC") or b.label != "LOC" or not rx.fullmatch(g.between(a, b)):
                continue
            if a.label == "LOC" and _rank(norm, a, lv, rd) > 0:
                continue  # a ranked place holds the street, it is not in it: "TP.HCM (đường Nguyễn Huệ, quận 1)"
            if _level(norm, b, lv) > 0 or (_chain_level(b.text, rd) or 0) >= 3:
                continue  # a unit, a province or a country is no street
            if after is not None and not after.match(norm, b.end):
                continue
            add("LOCATED_IN", a, b, rid)


_SENTENCE_END = regex.compile(r"[.!?](?=\s|$)|\n")
# a name inside brackets is no item of the list: "Nguyễn Văn Chi (Chủ nhiệm ...)"
_BRACKETED = regex.compile(r"\([^()]*$")


def _member_lists(g: _Gaps, norm: str, ents: list[Entity], add) -> None:
    """An organization heading a list of its members (rules of kind member_list): a line "Bộ Chính trị:" then lines
    "- Tổng Bí thư Nông Đức Mạnh" (``line_item``: one person per line), or "Ủy ban Kiểm tra TƯ gồm 14 người: Nguyễn
    Văn Chi (...), Nguyễn Thị Doan, ..." (the names up to the end of the sentence) -> MEMBER_OF(each, organization).
    ``head_prefix`` is searched right before the organization, ``gap`` matched right after it."""
    for rid, rx, r in g.rules.get("member_list", ()):
        pre, item = r.get("head_prefix_rx"), r.get("line_item_rx")
        for i, o in enumerate(ents):
            if o.label != "ORG" or (pre is not None and not pre.search(norm, max(0, o.start - 40), o.start)):
                continue
            m = rx.match(norm, o.end)
            if not m:
                continue
            if item is not None:  # one member per line, each line opened by a bullet
                pos = m.end()
                while (mi := item.match(norm, pos)):
                    end = norm.find("\n", mi.end())
                    end = len(norm) if end < 0 else end
                    people = [e for e in ents if mi.end() <= e.start < end and e.label == "PER"
                              and not _BRACKETED.search(norm, mi.end(), e.start)]
                    if len(people) != 1:
                        break
                    add("MEMBER_OF", people[0], o, rid)
                    pos = end + 1
            else:  # the names listed inline up to the end of the sentence
                end = _SENTENCE_END.search(norm, m.end())
                end = len(norm) if end is None else end.start()
                for e in ents[i + 1:]:
                    if e.start >= end:
                        break
                    if e.label == "PER" and not _BRACKETED.search(norm, m.end(), e.start):
                        add("MEMBER_OF", e, o, rid)


def _regions(g: _Gaps, norm: str, ents: list[Entity], lv: dict[str, float], rd: tuple[str, ...], add, out: dict) -> None:
    """A compass region taken as a place of its own links an address chain (rules of kind located_region):
    "Manchester, Tây Bắc nước Anh" -> LOCATED_IN(Manchester, Tây Bắc), LOCATED_IN(Tây Bắc, Anh). ``side = "tail"``:
    a place ranked below a country, then the region; ``side = "head"``: the region, then a country."""
    for rid, rx, r in g.rules.get("located_region", ()):
        region = r["region_rx"]
        for i in range(len(ents) - 1):
            a, b = ents[i], ents[i + 1]
            if a.label != "LOC" or b.label != "LOC" or not rx.fullmatch(g.between(a, b)):
                continue
            if r.get("side") == "head":
                if region.fullmatch(norm, a.start, a.end) and not _chain_level(a.text, rd) \
                        and (_chain_level(b.text, rd) or 0) >= 4 \
                        and not any(k[0] == "LOCATED_IN" and k[1] == a.id for k in out) \
                        and not (i > 0 and ("LOCATED_IN", ents[i - 1].id, b.id) in out):
                    add("LOCATED_IN", a, b, rid)
            elif region.fullmatch(norm, b.start, b.end) and not _chain_level(b.text, rd) \
                    and not region.fullmatch(norm, a.start, a.end) \
                    and 0 < _rank(norm, a, lv, rd) < 4 and not _head_not(g, "located_region", rid, norm, a) \
                    and not (i + 2 < len(ents) and ("LOCATED_IN", a.id, ents[i + 2].id) in out):
                add("LOCATED_IN", a, b, rid)


def _chain_level(name: str, rd: tuple[str, ...]) -> int | None:
    """The gazetteer level of a place as a link of an address chain (see places.place_level ``chain``)."""
    return _place_level(name, rd, chain=True)


def _possessed(norm: str, start: int) -> bool:
    """A title after "của" belongs to someone else's phrase ("cử tri của Đại biểu ..."), except after a noun naming
    the person's own act: "lời mời của Phó Thủ tướng ..., Bộ trưởng ... X" (an invitation names its host), "chuyến
    thăm ... của" (a visit its visitor), "dưới sự chủ trì của Ủy viên Bộ Chính trị, Chủ tịch Quốc hội X", "phát biểu
    của", "quyết định của"."""
    before = norm[max(0, start - 60):start]
    return bool(_OF_BEFORE.search(before)) and not _HOST_OF.search(before)


# an invitation or a visit names its host or visitor: "lời mời của ...", "chuyến thăm cấp Nhà nước đến Việt Nam của ...";
# so do the nouns of one's own acts: chairing, attending, witnessing, speaking, deciding, ordering, delegating
_OF_BEFORE = regex.compile(r"(?:^|\W)của\s+$")  # "... của" right before a party
_HOST_OF = regex.compile(
    r"(?:lời mời|lời thăm hỏi|(?:chuyến|cuộc)\s+(?:thăm|công tác|làm việc|đi)(?:\s+[^\s,.;:()]+){0,8}?"
    r"|(?<!\p{L})sự\s+(?:chủ trì|điều hành|chứng kiến|tham dự|có mặt|chỉ đạo|dẫn đầu|ủy quyền|uỷ quyền)"
    r"|(?<!\p{L})(?:bài\s+)?phát biểu(?:\s+(?:khai mạc|bế mạc|chỉ đạo|kết luận))?"
    r"|(?<!\p{L})(?:quyết định|lệnh|chỉ thị|đề nghị|thừa ủy quyền|thừa uỷ quyền))\s+của\s+$",
    regex.IGNORECASE)


def _head_of(g: _Gaps, org: Entity) -> str | None:
    """The id of the ``head_of_name`` rule whose words ("người đứng đầu") stand right before ``org``, else None."""
    for rid, _rx, r in g.rules.get("head_of_name", ()):
        pre = r.get("head_prefix_rx")
        if pre is not None and pre.search(g.norm, max(0, org.start - 30), org.start):
            return rid
    return None


def _taken(g: _Gaps, start: int) -> bool:
    """The title at ``start`` is the office someone takes (``title_verb``: "... bầu giữ chức Chủ tịch nước X, Tổng Bí
    thư ... Y" is no title of Y)."""
    return any(rx.search(g.norm, max(0, start - 30), start) for _rid, rx, _r in g.rules.get("title_verb", ()))


def _deputy_pair(norm: str, t1: Entity, t2: Entity) -> bool:
    """An office and its deputy are two people: "Thủ tướng Chính phủ, Phó Thủ tướng X"."""
    a, b = (regex.sub(r"^phó\s+", "", norm[t.start:t.end].strip()) for t in (t1, t2))
    return a == b


def _rule(g: _Gaps, kind: str, rid: str) -> dict:
    return next((r for i, _rx, r in g.rules.get(kind, ()) if i == rid), {})


def _rank(norm: str, e: Entity, lv: dict[str, int], rd: tuple[str, ...]) -> int:
    """Level of a place from the gazetteers or its unit word (0: unknown or unranked; a street below any unit)."""
    if (st := _street_level(norm, e, rd)) is not None:
        return st
    return max(_chain_level(e.text, rd) or 0, _level(norm, e, lv)) if e.label == "LOC" else 0


def _unit_before(norm: str, e: Entity, units) -> bool:
    before = norm[max(0, e.start - 12):e.start]
    return any(regex.search(rf"(?<![\p{{L}}]){regex.escape(u)}\s*$", before) for u in units)


_RANGE_AFTER = regex.compile(r"\s(?:đến|tới)\s[^()\n]{1,60}\)")


def _paren_is_place(norm: str, a: Entity, b: Entity, m: regex.Match, lv: dict[str, int], rd: tuple[str, ...]) -> bool:
    """``A (B)`` states that A lies in B: not a smaller place after a larger one ("Đan Mạch (quận Tân Bình)"),
    not a second name of one place ("sông Yalu (Áp Lục)", "Badiyah Al-Sham (Sa mạc Syria)")."""
    if a.label != "LOC":
        return True
    if a.canonical and a.canonical == b.canonical:
        return False  # one place and its short form: "Trung Quốc (TQ)"
    if _RANGE_AFTER.match(norm, b.end):
        return False  # a street's range: "Tô Ký (Quốc lộ 1A đến ngã ba Chùa)"
    if a.rule and a.rule.endswith(":acronym_long_form") and not m.group("lead") and not m.group("unit"):
        return False  # a long form and its acronym: "vùng phi quân sự (DMZ)", "Đường phân giới quân sự (MDL)"
    la, lb = _rank(norm, a, lv, rd), _rank(norm, b, lv, rd)
    if m.group("unit"):
        lb = max(lb, lv.get(m.group("unit").strip(), 0))
    if la >= 4 and lb < 4:
        return False  # a country is in no smaller place ("Đan Mạch (quận Tân Bình)")
    if m.group("lead") or m.group("unit") or any(ch.isdigit() for ch in b.text):
        return True
    ka, kb = _chain_level(a.text, rd), _chain_level(b.text, rd)
    if kb is None and ka is not None and ka >= 2:
        return False  # a known district or province lies in no unknown zone: "Núi Thành (Khu Kinh tế mở Chu Lai)"
    return ka is not None or kb is not None


def _located_at(g: _Gaps, norm: str, a: Entity, b: Entity, lv: dict[str, int], rd: tuple[str, ...],
                c: Entity | None = None) -> tuple[str, Entity] | None:
    """``A ở/tại/trên/của B`` for a place A in a larger place B (rule kind ``located_at``); B may be the region
    of a country named right after it (``region_tail``): "Misrata ở miền Bắc Libya". The rule id and the tail:
    the place after a region of an island ("Marawi trên đảo miền Nam Mindanao": Mindanao)."""
    known_a = _chain_level(a.text, rd)
    if known_a is not None and known_a >= 4:
        return None  # a country: "Mỹ ở Deir Ezzor"
    for rid, rx, r in g.rules.get("located_at", ()):
        t = b
        m = rx.fullmatch(g.between(a, b))
        bare = r.get("bare_region_rx")
        if not m and bare is not None and c is not None and c.label == "LOC" and bare.fullmatch(norm, b.start, b.end) \
                and not norm[b.end:c.start].strip() and (m := rx.fullmatch(norm, a.end, c.start)):
            t = c  # the compass words taken as a place of their own: "Baghlan, [Đông Bắc] Afghanistan"
        if not m:
            continue
        island = r.get("island_head_rx")
        if known_a == 0 and not (island is not None and island.search(norm, max(0, a.start - 30), a.start)):
            continue  # a region ("châu Á ở Singapore"), but an island named as one ("đảo Mindanao của Philippines")
        neg, neg_text = r.get("head_not_rx"), r.get("head_text_not_rx")
        if neg is not None and neg.search(norm[max(0, a.start - 15):a.start]):
            continue
        if (neg_text is not None and neg_text.search(norm[a.start:a.end])) or norm[a.start:a.end] == norm[t.start:t.end]:
            continue
        region = r.get("region_tail_rx")
        if m.group("unit") and region is not None and region.fullmatch(norm, t.start, t.end) and c is not None \
                and c.label == "LOC" and c.start > t.end and not norm[t.end:c.start].strip():
            return rid, c  # "Marawi trên đảo miền Nam Mindanao": the island, not its region
        la = max(known_a or 0, _level(norm, a, lv))
        lb = _rank(norm, t, lv, rd)
        if lb == 0 and region is not None and region.fullmatch(norm, t.start, t.end) and c is not None \
                and c.label == "LOC" and c.start > t.end and not norm[t.end:c.start].strip() \
                and (_chain_level(c.text, rd) or 0) >= 4:
            return rid, t
        if m.group("unit") or lb > la:
            if not m.group("unit") and _chain_level(t.text, rd) is None and _level(norm, t, lv) == 0:
                continue
            return rid, t
    return None


def _unit_list_start(g: _Gaps, norm: str, ents: list[Entity], i: int, tail: Entity, lv: dict[str, int],
                     rd: tuple[str, ...], r: dict) -> int:
    """The first place of a list ending at ``i`` whose names share the unit word before the first one ("các xã Hưng
    Long, An Phú Tây, Bình Lợi", "Phường Thanh Lộc, An Phú Đông và Thanh Xuân") or a plural unit phrase before it
    (``unit_list_lead``: "một số xã, thị trấn như Hòa Bình, Tam Quang"), when that unit ranks below ``tail``; else ``i``.
    Only names without a unit word of their own follow the first (not "phường 5, quận 3")."""
    j = i
    while j > 0 and ents[j - 1].label == "LOC" and _level(norm, ents[j], lv) == 0 \
            and _UNIT_LIST_GAP.fullmatch(g.between(ents[j - 1], ents[j])):
        j -= 1
    if j == i:
        return i
    unit = _level(norm, ents[j], lv)
    lead = r.get("unit_list_lead_rx")
    if not unit and lead is not None and (mm := lead.search(norm, max(0, ents[j].start - 60), ents[j].start)):
        unit = max((lv.get(u, 0) for u in _UNIT_LIST_GAP.split(mm.group("units").lower())), default=0)
    if not unit or _rank(norm, tail, lv, rd) <= unit:
        return i
    return j


def _peer_of(out: dict, ents: list[Entity], i: int, rid: str, norm: str) -> bool:
    """The organization at ``i`` follows a list word after another one the same rule placed: "hãng Dornier của Đức
    và Dassault-Breguet của Pháp" (the kind word of the first names both)."""
    if i < 2 or ents[i - 2].label != "ORG" or ents[i - 1].label != "LOC":
        return False
    r = out.get(("LOCATED_IN", ents[i - 2].id, ents[i - 1].id))
    return r is not None and r.rule == rid and bool(_PAREN_LIST.fullmatch(norm, ents[i - 1].end, ents[i].start))


def _org_kind(norm: str, a: Entity, r: dict) -> bool:
    """The organization's kind word of a ``located_tai`` rule opens its name or stands right before it."""
    return bool(r["org_head_rx"].match(norm, a.start)) or (
        "org_before_rx" in r and bool(r["org_before_rx"].search(norm, max(0, a.start - 30), a.start)))


def _list_start(g: _Gaps, ents: list[Entity], i: int, label: str, gap_rx: regex.Pattern, peer) -> int:
    """The index of the first entity of the list that ends with the one at ``i``: entities of ``label`` joined by
    ``gap_rx``, each a ``peer`` of the head ("Hoàng Sa và Trường Sa", "huyện Sơn Hòa, Sông Hinh")."""
    j = i
    while j > 0 and ents[j - 1].label == label and gap_rx.fullmatch(g.between(ents[j - 1], ents[j])) and peer(ents[j - 1]):
        j -= 1
    return j


def _org_list_start(g: _Gaps, ents: list[Entity], i: int, r: dict) -> int:
    """The index of the first organization of the list (``list_gap``) that ends with the one at ``i``; not past
    "của" before an item (the list is someone else's: "đối tác của Raytheon và Boeing")."""
    j = i
    while j > 0 and ents[j - 1].label == "ORG" and r["list_gap_rx"].fullmatch(g.between(ents[j - 1], ents[j])) \
            and not _OF_BEFORE.search(g.norm[max(0, ents[j].start - 8):ents[j].start]):
        j -= 1
    while j < i and _OF_BEFORE.search(g.norm[max(0, ents[j].start - 8):ents[j].start]):
        j += 1
    return j


def _head_not(g: _Gaps, kind: str, rid: str, norm: str, a: Entity) -> bool:
    """The rule's ``head_not`` words stand right before the head ("Bruz, gần Rennes, miền tây nước Pháp",
    "Hội nghị thượng đỉnh Tổ chức ... ở Astana")."""
    neg = _rule(g, kind, rid).get("head_not_rx")
    return neg is not None and bool(neg.search(norm, max(0, a.start - 25), a.start))


# a person who speaks for an institution: its seat still follows ("người phát ngôn của Đại sứ quán Mỹ ở Philippines")
_SPEAKER_OF = regex.compile(r"(?<!\p{L})(?:người phát ngôn|phát ngôn viên|đại diện|nhân viên|quan chức)\s+của\s+$")


def _title_of_next(g: _Gaps, ents: list[Entity], j: int, title_org: dict[int, int]) -> bool:
    """The title at ``j`` stands right before another person's name (possibly through its organization or
    country): "Bùi Thanh Sơn, Bộ trưởng Ngoại giao ... Hungary Szijjarto Peter" is not Sơn's title."""
    n = len(ents)
    k = title_org.get(j, j) + 1
    while k < n and ents[k].label == "LOC" and g.match("title_place", ents[k - 1], ents[k]):
        k += 1
    # (the organization's other name in parentheses may stand between: "Chủ tịch Viện Đại biểu (Hạ viện) Igor ...")
    if k < n and ents[k].label == "PER" and _name_gap(g, ents[k - 1], ents[k]):
        return True
    # honorifics after it open a name even where the recognizers missed that name ("..., Chủ tịch Đảng Nhân dân
    # Campuchia Samdech Akka Moha Sena Padei Techo Hun Sen")
    return any(r.get("names_next") and rx is not None and rx.match(g.norm, ents[k - 1].end) is not None
               for _id, rx, r in g.rules.get("title_name", ()))


_NAME_NEXT = regex.compile(r"\s*(?:\([^()\n]{1,25}\)\s*)?")


def _start(ents: list[Entity], eid: str) -> int:
    for e in ents:
        if e.id == eid:
            return e.start
    return -1


@lru_cache(maxsize=16)
def _unit_rx(units: tuple[tuple[str, int], ...]) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern, dict[str, int]]:
    """The unit words of ``unit_levels`` compiled once: before a name, numbered at its start, numbered at its end."""
    alt = "|".join(regex.escape(u) for u, _ in sorted(units, key=lambda x: -len(x[0])))
    return (regex.compile(rf"(?<![\p{{L}}])({alt})\s*$"), regex.compile(rf"({alt})\s*\d"),
            regex.compile(rf"(?<![\p{{L}}])({alt})\s*\d+\s*$"), dict(units))


def _level(norm: str, e: Entity, lv: dict[str, int]) -> int:
    """Administrative level of a place or of the unit an organization ends with (0: unknown)."""
    before_rx, start_rx, end_rx, levels = _unit_rx(tuple(lv.items()))
    before = norm[max(0, e.start - 12):e.start]
    inside = norm[e.start:e.end]
    # every unit word that ends the text before ("thị xã" and "xã"), opens a numbered name or ends one
    found = [m.group(1) for m in before_rx.finditer(before, overlapped=True)]
    found += [m.group(1) for m in (start_rx.match(inside), end_rx.search(inside)) if m]
    return max((levels[u] for u in found), default=0)


def _numbered_end(norm: str, e: Entity, lv: dict[str, int]) -> int:
    """Level of the numbered unit an organization's name ends with ("Công an Q.10": 2; 0: none)."""
    m = _unit_rx(tuple(lv.items()))[2].search(norm, e.start, e.end)
    return _unit_rx(tuple(lv.items()))[3][m.group(1)] if m else 0


# a house number right before a street: "47 Lạch Tray, Hải Phòng", "số 5 Trần Thánh Tông" (the street lies in the city)
_HOUSE_NUMBER = regex.compile(r"(?<![\w/.,])\d{1,4}[a-z]?(?:/\d{1,4}[a-z]?)*\s+$")


def _ranked_chain(norm: str, ents: list[Entity], i: int, lv: dict[str, int], rd: tuple[str, ...]) -> bool:
    """``ents[i], ents[i+1]`` is a place and a larger one the gazetteers rank above it
    ("Ba Đình, Hà Nội", "Paris, Pháp"; a place they do not know before a country:
    "Kobe, Nhật Bản"), not two peers of a list ("Hà Nội, Đà Nẵng")."""
    a, b = ents[i], ents[i + 1]
    known_a = _chain_level(a.text, rd)
    street = _street_level(norm, a, rd)
    la = street or _head_level(known_a, _level(norm, a, lv))
    lb = max(_chain_level(b.text, rd) or 0, _level(norm, b, lv))
    if street and _level(norm, b, lv) == 0 and (_chain_level(b.text, rd) or 0) < 3:
        return False  # a street lies in a unit named with its word or a city: not "đường Cộng Hòa, Hoàng Hoa Thám" (two streets)
    if lb <= la and not (a.label == "LOC" and (admin_parent(a.text, b.text, rd) or city_in_state(a.text, b.text, rd))):
        return False  # peers ("Hà Nội, Đà Nẵng"), unless the first lies in the second ("Cam Ranh, Khánh Hòa",
        # "Yokosuka, Kanagawa": a foreign city, then its state)
    # a numbered unit of the unit-level table ("phường 14", "Q.1")
    numbered = any(regex.match(rf"{regex.escape(u)}\s*\d", norm[b.start:b.end]) for u in lv)
    if la == 0 and (known_a == 0 or (lb < 4 and not (known_a is None and numbered))) \
            and not (lb >= 3 and _HOUSE_NUMBER.search(norm, max(0, a.start - 16), a.start)):
        # "Không chỉ ở châu Phi, Trung Quốc còn ...": a region, then a new clause; but a street
        # or a site before a numbered ward ("115 Tôn Đản, phường 14") lies in it
        return False
    if i > 0 and ents[i - 1].label == "LOC" and regex.fullmatch(r"\s*,\s*", norm[ents[i - 1].end:a.start]) \
            and la > 0 and _rank(norm, ents[i - 1], lv, rd) >= la and not city_in_state(ents[i - 1].text, a.text, rd):
        return False  # "huyện A Lưới, Nam Đông, Phong Điền": peers of a list (not "Yokosuka, Kanagawa, Nhật Bản")
    if (i > 0 and ents[i - 1].label == "LOC" and regex.fullmatch(r"\s*[-–]\s*", norm[ents[i - 1].end:a.start])) or \
            (i + 2 < len(ents) and ents[i + 2].label == "LOC" and regex.fullmatch(r"\s*[-–]\s*", norm[b.end:ents[i + 2].start])
             and _rank(norm, ents[i + 2], lv, rd) <= lb):
        return False  # a route: "Cầu Bắc - Cái Tắc - Kinh Cùng, Cần Thơ - Ô Môn"
    if i + 2 < len(ents):  # "Kobe, Nhật Bản, Hàn Quốc": a list of countries after all
        c = ents[i + 2]
        if c.label == "LOC" and regex.fullmatch(r"\s*(?:,|và)\s*", norm[b.end:c.start]) and _chain_level(c.text, rd) == lb:
            return False
    return True


def _rank_before(g: _Gaps, ents: list[Entity], j: int, p: Entity, add, title_org: dict[int, int] | None = None) -> None:
    """A rank and a comma before the first title of a name's chain is the person's rank too:
    "Đại tướng, Bộ trưởng Ngô Xuân Lịch", "Thượng tướng, Phó Chủ tịch Quân ủy ... Phạm Trường Long"; an office with
    its organization and a comma before the rank is the person's too, and the chain goes on before it ("Phó Bí thư
    Quân ủy trung ương, Đại tướng, Bộ trưởng Quốc phòng Ngô Xuân Lịch"; not "tại trụ sở Bộ Quốc phòng, Đại tướng, ...")."""
    if j > 0 and ents[j - 1].label == "RANK" and (m := g.match("rank_title", ents[j - 1], ents[j])):
        add("HAS_RANK", p, ents[j - 1], m[0])
        r, title_org = j - 1, title_org or {}
        if r >= 2 and ents[r - 1].label == "ORG" and title_org.get(r - 2) == r - 1 \
                and g.match("rank_title", ents[r - 1], ents[r]) and not _deputy_pair(g.norm, ents[r - 2], ents[j]):
            add("HAS_TITLE", p, ents[r - 2], "rel.rank_title")
            add("MEMBER_OF", p, ents[r - 1], "rel.rank_title")
            _titles_before(g, ents, r - 2, p, add, "rel.rank_title", title_org)


def _head_level(known: int | None, unit: int) -> int:
    """Level of the head of a chain: its unit word when that ranks it lower than the gazetteers' guess at a
    name several units share ("phường Phú Mỹ, quận 7": a ward, though a town Phú Mỹ exists)."""
    return min(known, unit) if known and unit else max(known or 0, unit)


def _titles_before(g: _Gaps, ents: list[Entity], j: int, p: Entity, add, rid: str,
                   title_org: dict[int, int] | None = None) -> int:
    """HAS_TITLE for the title at ``j`` and the titles listed before it ("Phó Thủ tướng, Bộ trưởng ...",
    "Phó Chủ tịch – Tổng Thư ký X", "Phó Thủ tướng Chính phủ, Bộ trưởng Ngoại giao X"); the index of the first."""
    add("HAS_TITLE", p, ents[j], rid)
    title_org = title_org or {}
    first, found = j, []
    while j > 0:
        prev = ents[j - 1]
        if prev.label == "TITLE" and (m := g.match("title_list", prev, ents[j]) or g.match("title_joint", prev, ents[j])):
            j -= 1
            found.append(("HAS_TITLE", ents[j], m[0]))
        elif prev.label == "ORG" and j >= 2 and title_org.get(j - 2) == j - 1 \
                and regex.fullmatch(r"\s*,\s*", g.between(prev, ents[j])) \
                and not _possessed(g.norm, ents[j - 2].start) and not _deputy_pair(g.norm, ents[j - 2], ents[j]) \
                and not _taken(g, ents[j - 2].start):
            j -= 2
            found += [("HAS_TITLE", ents[j], "rel.title_list"), ("MEMBER_OF", prev, "rel.title_list")]
        elif prev.label == "LOC" and j >= 2 and ents[j - 2].label == "TITLE" and g.match("title_place", ents[j - 2], prev) \
                and regex.fullmatch(r"\s*,\s*", g.between(prev, ents[j])) \
                and not _possessed(g.norm, ents[j - 2].start) and not _deputy_pair(g.norm, ents[j - 2], ents[j]) \
                and not _taken(g, ents[j - 2].start):
            # an office named with its country first: "Thủ tướng Singapore, Tổng Thư ký Đảng ... Lawrence Wong"
            j -= 2
            found.append(("HAS_TITLE", ents[j], "rel.title_list"))
        else:
            break
    if found and j > 0 and ents[j - 1].label == "PER" and ents[j - 1].id != p.id \
            and regex.fullmatch(r"\s*,\s*", g.between(ents[j - 1], ents[j])):
        # the list opens the description of the person before it: "Đại tướng Ngô Xuân Lịch, Ủy viên Bộ Chính trị, ...,
        # Bộ trưởng Bộ Quốc phòng, Thủ tướng Nguyễn Xuân Phúc" (only the title next to the name is the next person's)
        return first
    for label, e, r in found:
        add(label, p, e, r)
    return j


def _description(g: _Gaps, ents: list[Entity], j: int, persons: list[Entity], add, rid: str,
                 title_org: dict[int, int]) -> None:
    """Walk the description that starts at ``ents[j]`` and relate it to ``persons``."""
    n = len(ents)
    while j < n:
        e = ents[j]
        if e.label == "RANK":
            if j + 1 < n and ents[j + 1].label == "PER" and g.match("rank_name", e, ents[j + 1]):
                return  # "A, Đại tướng B": the rank of the next person in a list
            for p in persons:
                add("HAS_RANK", p, e, rid)
            if j + 1 < n and ents[j + 1].label == "TITLE" and g.match("rank_name", e, ents[j + 1]):
                j += 1
                continue
            return
        if e.label != "TITLE":
            return
        for p in persons:
            add("HAS_TITLE", p, e, rid)
        nxt = j + 1
        if j in title_org:
            org = ents[title_org[j]]
            for p in persons:
                add("MEMBER_OF", p, org, "rel.title_org")
            nxt = title_org[j] + 1
            # parent organizations of the one at the title: "Cục Thông tin, Quân đội Myanmar"
            while nxt < n and ents[nxt].label == "ORG" and g.match("description_org", ents[nxt - 1], ents[nxt]):
                nxt += 1
        elif nxt < n and ents[nxt].label == "ORG" and (m := g.match("title_org_comma", e, ents[nxt])):
            after = nxt + 1
            if not (after < n and ents[after].label == "TITLE" and g.match("chain", ents[nxt], ents[after])):
                add("TITLE_AT", e, ents[nxt], m[0])
                for p in persons:
                    add("MEMBER_OF", p, ents[nxt], m[0])
                nxt += 1
        # the description goes on: "- Bí thư ...", ", kiêm Trưởng ...", "làm Trưởng đoàn" (not past a line's end: a
        # headline "X được giới thiệu giữ chức Chủ tịch UBND tỉnh Y" before "Thứ trưởng X nhận nhiệm vụ ...")
        if nxt < n and ents[nxt].label == "TITLE" and "\n" not in g.between(ents[nxt - 1], ents[nxt]) \
                and not _names_next(g, ents, nxt, title_org) \
                and (m := g.match("chain", ents[nxt - 1], ents[nxt])):
            j, rid = nxt, m[0]
            continue
        return


def _city_country(g: _Gaps, norm: str, a: Entity, b: Entity, rid: str, rd: tuple[str, ...]) -> bool:
    """A city, a dash, then a country: "Quảng Châu - Trung Quốc", "Jakarta- Indonesia" (rules of kind located_parent
    with ``city_country``; not after a word of routes or of ties, ``head_not``: "tuyến Phnom Penh - Việt Nam")."""
    r = _rule(g, "located_parent", rid)
    if not r.get("city_country") or place_kind(b.text, rd) != "country" or place_kind(a.text, rd) == "country":
        return False
    if place_kind(a.text, rd) != "city" and not (place_kind(a.text, rd) is None and _place_level(a.text, rd, chain=True) == 3):
        return False
    return not _head_not(g, "located_parent", rid, norm, a)


def _holder(ents: list[Entity], k: int, out: dict) -> Entity | None:
    """The one person already given the title at ``k`` by a description before it, else None."""
    found = [e for e in ents[:k] if e.label == "PER" and ("HAS_TITLE", e.id, ents[k].id) in out]
    return found[0] if len(found) == 1 else None


def _names_next(g: _Gaps, ents: list[Entity], k: int, title_org: dict[int, int]) -> bool:
    """The title at ``k`` (with its organization) stands right before the name of its holder: the description of the
    person before ends there ("Ngô Xuân Lịch, ..., Bộ trưởng Bộ Quốc phòng, Thủ tướng Nguyễn Xuân Phúc")."""
    last = title_org.get(k, k)
    return last + 1 < len(ents) and ents[last + 1].label == "PER" and _name_gap(g, ents[last], ents[last + 1])


def _name_gap(g: _Gaps, a: Entity, name: Entity) -> bool:
    """Only what may stand between a title (or its organization or country) and its holder's name stands between
    ``a`` and ``name``: nothing, a short parenthesis, or the honorifics of a title_name rule marked ``names_next``
    ("Quốc vương Campuchia Preah Bat Samdech Preah Boromneat Norodom Sihamoni")."""
    gap = g.between(a, name)
    return bool(_NAME_NEXT.fullmatch(gap)) or any(
        r.get("names_next") and rx is not None and rx.fullmatch(gap) for _id, rx, r in g.rules.get("title_name", ()))


def _aligned_norm(text: str) -> str:
    """A per-character normalized view for NFC texts whose lower-casing changes length."""
    return "".join(normalize(ch).norm[:1] or ch for ch in text)


def _nfc_view(text: str, entities: Sequence[Entity]) -> tuple[str, list[int], list[Entity]] | None:
    """For a text that is not NFC: its NFC form, a map back (one entry per code point plus
    one for the end) and the entities moved onto it; None when the text is already NFC."""
    if unicodedata.is_normalized("NFC", text):
        return None
    pieces: list[str] = []
    to_orig: list[int] = []
    orig_to_c: dict[int, int] = {}
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        orig_to_c[i] = len(to_orig)
        pieces.append(piece)
        to_orig.extend([i] * len(piece))
        i = j
    orig_to_c[n] = len(to_orig)
    to_orig.append(n)

    def pos(k: int) -> int:
        while k not in orig_to_c:  # an offset inside a cluster: move to the cluster's end
            k += 1
        return orig_to_c[k]

    moved = [replace(e, start=pos(e.start), end=pos(e.end)) for e in entities]
    return "".join(pieces), to_orig, moved


_NAME_TOKEN = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'-]*")


def link_persons(text: str, entities: Sequence[Entity]) -> list[Entity]:
    """Give short person mentions the full name seen in the document as ``canonical``.

    ``ông Sơn`` after ``Lương Văn Sơn``: the PER entity ``Sơn`` gets
    ``canonical="Lương Văn Sơn"`` (the nearest earlier full name ending with
    the same words, else the first later one). Other entities are returned
    unchanged, in the same order.

    >>> from vnextract.records import Entity
    >>> es = [Entity("T1", "PER", 0, 13, "Lương Văn Sơn"), Entity("T2", "PER", 20, 23, "Sơn")]
    >>> [e.canonical for e in link_persons("Lương Văn Sơn ... ông Sơn", es)]
    [None, 'Lương Văn Sơn']
    """
    def words(s: str) -> tuple[str, ...]:
        return tuple(normalize(w).norm for w in _NAME_TOKEN.findall(s))

    pers = [e for e in entities if e.label == "PER" and "." not in e.text]
    full = [(e, words(e.text)) for e in pers]
    out: list[Entity] = []
    for e in entities:
        if e.label != "PER" or e.canonical or "." in e.text:
            out.append(e)
            continue
        w = words(e.text)
        best: Entity | None = None
        if w:
            cands = [(f, fw) for f, fw in full if len(fw) > len(w) and fw[-len(w):] == w]
            before = [f for f, _ in cands if f.start < e.start]
            if before:
                best = before[-1]
            elif cands:
                best = cands[0][0]
        out.append(replace(e, canonical=best.text) if best else e)
    return out
