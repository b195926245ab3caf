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

from .ner.places import place_level
from .normalize import normalize
from .records import Entity, Relation, Sentence
from .rules import load_patterns

__all__ = ["find_relations", "link_persons"]


@lru_cache(maxsize=16)
def _rules(rules_dirs: tuple[str, ...] = ()) -> dict[str, list[tuple[str, regex.Pattern, dict]]]:
    """Compiled gap patterns by kind: ``{kind: [(id, compiled gap, rule), ...]}``."""
    out: dict[str, list[tuple[str, regex.Pattern, dict]]] = {}
    for r in load_patterns("relations.toml", rules_dirs):
        gap = regex.compile(r["gap"]) if "gap" in r else None
        extra = dict(r)
        if "head_prefix" in r:
            extra["head_prefix_rx"] = regex.compile(r["head_prefix"])
        if "org_head" in r:
            extra["org_head_rx"] = regex.compile(r["org_head"])
        out.setdefault(r.get("kind", ""), []).append((r["id"], gap, extra))
    return out


def _levels(rules_dirs: tuple[str, ...]) -> dict[str, int]:
    lv: dict[str, int] = {}
    for _id, _gap, r in _rules(rules_dirs).get("unit_levels", ()):
        lv.update({k.lower(): int(v) for k, v in r.get("levels", {}).items()})
    return lv


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
        if a.label != "TITLE" or i in title_org or ents[i + 1].label == "ORG":
            continue
        j = i + 1
        while j < n and ents[j].label == "LOC" and j - i <= 3:
            j += 1
        if j < n and ents[j].label == "ORG" and ents[j].start - a.end <= 90:
            gap = norm[a.end:ents[j].start]
            for rid, rx, _r in g.rules.get("title_org_far", ()):
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
        elif e.label == "TITLE" and (m := g.match("title_name", e, p)):
            _titles_before(g, ents, k - 1, p, add, m[0])
        elif e.label == "ORG" and k >= 2 and (g.match("rank_name", e, p) or g.match("title_name", e, p)):
            t = ents[k - 2]
            # "Chủ tịch UBND tỉnh Lào Cai Nguyễn Văn Vịnh", "Giám đốc Sở Y tế, ông Nguyễn Văn A"
            if t.label == "TITLE" and title_org.get(k - 2) == k - 1:
                _titles_before(g, ents, k - 2, p, add, "rel.title_name")
                add("MEMBER_OF", p, e, "rel.title_org")
                # "Ủy viên Bộ Chính trị, Bí thư Tỉnh ủy Quảng Đông Hoàng Khôn Minh": earlier offices of the chain
                j = k - 2
                # (not after "của": "cử tri của Đại biểu HĐND Q.Bình Thạnh, Chỉ huy trưởng ... X" are the delegates)
                while j >= 2 and ents[j - 1].label == "ORG" and title_org.get(j - 2) == j - 1 \
                        and regex.fullmatch(r"\s*,\s*", norm[ents[j - 1].end:ents[j].start]) \
                        and not regex.search(r"(?:^|\W)của\s+$", norm[max(0, ents[j - 2].start - 8):ents[j - 2].start]):
                    add("HAS_TITLE", p, ents[j - 2], "rel.title_list")
                    add("MEMBER_OF", p, ents[j - 1], "rel.title_list")
                    j -= 2
            elif t.label == "RANK" and g.match("rank_name", t, e):
                add("HAS_RANK", p, t, "rel.rank_name")
                add("MEMBER_OF", p, e, "rel.rank_name")
        elif e.label == "LOC" and g.match("title_name", e, p):
            j = k - 1
            while j > 0 and ents[j].label == "LOC" and ents[j - 1].label == "LOC" and g.match("title_place", ents[j - 1], ents[j]):
                j -= 1
            if j > 0 and ents[j - 1].label == "TITLE" and (m := g.match("title_place", ents[j - 1], ents[j])):
                _titles_before(g, ents, j - 1, p, add, m[0])

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
        if last + 1 < n and ents[last + 1].label in ("TITLE", "RANK") and (m := g.match("apposition", ents[last], ents[last + 1])):
            if len(group) > 1 and ents[last + 1].label != "TITLE":
                group = [last]
            persons = [ents[i] for i in group]
            _description(g, ents, last + 1, persons, add, m[0], title_org)
        k = last + 1

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
            hit = next((rid for rid, rx, _r in g.rules.get("member_descr", ()) if rx.fullmatch(gap)), None)
            if hit:
                add("MEMBER_OF", p, o, hit)
                break

    # 4. places
    lv = _levels(rd)
    for i in range(n - 1):
        a, b = ents[i], ents[i + 1]
        if a.label not in ("LOC", "ORG") or b.label != "LOC":
            continue
        if m := g.match("located_paren", a, b):
            add("LOCATED_IN", a, b, m[0])
            # "P.5, P7 (Q.Bình Thạnh)": the whole list before the parenthesis
            j = i
            while j > 0 and ents[j - 1].label == a.label and regex.fullmatch(r"\s*,\s*", g.between(ents[j - 1], ents[j])):
                add("LOCATED_IN", ents[j - 1], b, m[0])
                j -= 1
        elif m := g.match("located_thuoc", a, b):
            add("LOCATED_IN", a, b, m[0])
        elif a.label == "ORG" and (m := g.match("located_tai", a, b)) \
                and all(r["org_head_rx"].match(norm, a.start) for rid, _rx, r in g.rules["located_tai"]
                        if rid == m[0] and "org_head_rx" in r) \
                and not regex.search(r"(?:^|\W)của\s+$", norm[max(0, a.start - 8):a.start]):
            add("LOCATED_IN", a, b, m[0])
        elif m := g.match("located_comma", a, b):
            tail_level = lv.get(m[1]["unit"].strip(), 0)
            if _level(norm, a, lv) < tail_level:
                add("LOCATED_IN", a, b, m[0])
        elif a.label == "LOC" and (m := g.match("located_comma_known", a, b)) and _ranked_chain(norm, ents, i, lv, rd):
            add("LOCATED_IN", a, b, m[0])
        else:
            if i + 2 < n and ents[i + 2].label == "LOC" and regex.fullmatch(r"\s*(?:,|và)\s*", g.between(b, ents[i + 2])):
                continue  # a list of features: "Đảo Song Tử Tây, Sơn Ca, Nam Yết"
            for rid, rx, r in g.rules.get("located_feature", ()):
                pre = r.get("head_prefix_rx")
                if rx.fullmatch(g.between(a, b)) and pre is not None and pre.search(norm[max(0, a.start - 20):a.start]) \
                        and not pre.search(norm[max(0, b.start - 20):b.start]):
                    add("LOCATED_IN", a, b, rid)
                    break
    return sorted(out.values(), key=lambda r: (_start(ents, r.head), _start(ents, r.tail), r.label))


def _start(ents: list[Entity], eid: str) -> int:
    for e in ents:
        if e.id == eid:
            return e.start
    return -1


def _level(norm: str, e: Entity, lv: dict[str, int]) -> int:
    """Administrative level of a place or of the unit an organization ends with (0: unknown)."""
    before = norm[max(0, e.start - 12):e.start]
    inside = norm[e.start:e.end]
    best = 0
    for unit, level in lv.items():
        u = regex.escape(unit)
        if regex.search(rf"(?<![\p{{L}}]){u}\s*$", before) or regex.match(rf"{u}\s*\d", inside) \
                or regex.search(rf"(?<![\p{{L}}]){u}\s*\d+\s*$", inside):
            best = max(best, level)
    return best


def _ranked_chain(norm: str, ents: list[Entity], i: int, lv: dict[str, int], rd: tuple[str, ...]) -> bool:
    """``ents[i], ents[i+1]`` is a place and a larger one the gazetteers rank above it
    ("Ba Đình, Hà Nội", "Paris, Pháp"; a place they do not know before a country:
    "Kobe, Nhật Bản"), not two peers of a list ("Hà Nội, Đà Nẵng")."""
    a, b = ents[i], ents[i + 1]
    known_a = place_level(a.text, rd)
    la = max(known_a or 0, _level(norm, a, lv))
    lb = max(place_level(b.text, rd) or 0, _level(norm, b, lv))
    if lb <= la:
        return False
    # a numbered unit of the unit-level table ("phường 14", "Q.1")
    numbered = any(regex.match(rf"{regex.escape(u)}\s*\d", norm[b.start:b.end]) for u in lv)
    if la == 0 and (known_a == 0 or (lb < 4 and not (known_a is None and numbered))):
        # "Không chỉ ở châu Phi, Trung Quốc còn ...": a region, then a new clause; but a street
        # or a site before a numbered ward ("115 Tôn Đản, phường 14") lies in it
        return False
    if i + 2 < len(ents):  # "Kobe, Nhật Bản, Hàn Quốc": a list of countries after all
        c = ents[i + 2]
        if c.label == "LOC" and regex.fullmatch(r"\s*(?:,|và)\s*", norm[b.end:c.start]) and place_level(c.text, rd) == lb:
            return False
    return True


def _titles_before(g: _Gaps, ents: list[Entity], j: int, p: Entity, add, rid: str) -> None:
    """HAS_TITLE for the title at ``j`` and the titles listed before it ("Phó Thủ tướng, Bộ trưởng ...")."""
    add("HAS_TITLE", p, ents[j], rid)
    while j > 0 and ents[j - 1].label == "TITLE" and (m := g.match("title_list", ents[j - 1], ents[j])):
        j -= 1
        add("HAS_TITLE", p, ents[j], m[0])


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
        # the description goes on: "- Bí thư ...", ", kiêm Trưởng ...", "làm Trưởng đoàn"
        if nxt < n and ents[nxt].label == "TITLE" and (m := g.match("chain", ents[nxt - 1], ents[nxt])):
            j, rid = nxt, m[0]
            continue
        return


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
