"""Scoring predicted document records against gold ones (ANNOTATION.md section 6).

Gold and predictions are :class:`~vnextract.records.Document` records of the
same schema, paired by ``id``. What is scored:

* ``entities``: strict ``(label, start, end)`` match, micro over labels, and
  ``per_label``;
* ``entities_partial``: same label and overlapping spans, each gold and each
  prediction used at most once;
* ``relations``: ``(label, head span, tail span)`` exact, where a span is the
  entity's ``(label, start, end)``;
* ``event_triggers``: same type and overlapping trigger spans, one-to-one; a
  predicted event's ``mentions`` count as its trigger spans too;
* ``event_args``: ACE Arg-C: an argument of a *matched* event pair with the
  same role and the same ``(start, end)``;
* ``date_value_acc``: share of strictly matched DATE entities (with a gold
  ``value``) whose predicted ``value`` is the gold one.

>>> from vnextract.records import Document, Entity
>>> text = "Ngày 21/1, ông Lương Văn Sơn đến Lào Cai."
>>> gold = Document("d1", text, entities=[Entity("T1", "PER", 15, 28, "Lương Văn Sơn"),
...                                       Entity("T2", "LOC", 33, 40, "Lào Cai")])
>>> pred = Document("d1", text, entities=[Entity("P1", "PER", 11, 28, "ông Lương Văn Sơn")])
>>> r = score([gold], [pred])
>>> r["entities"]["tp"], r["entities"]["fp"], r["entities"]["fn"]
(0, 1, 2)
>>> r["entities_partial"]["tp"], r["entities_partial"]["r"]
(1, 0.5)
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from .errors import InputFormatError
from .records import Document, Event

SpanKey = tuple[str, int, int]  # (label, start, end)

CONTEXT = 30  # characters of context on each side in error records (~60 in all)


@dataclass(slots=True)
class PRF:
    """A precision/recall/F1 accumulator over true/false positive and false negative counts.

    ``p`` is ``None`` when nothing was predicted, ``r`` when there is no gold,
    ``f`` when there is neither (F1 is ``2tp / (2tp + fp + fn)``).

    >>> s = PRF(tp=3, fp=1, fn=2)
    >>> s.p, s.r, round(s.f, 3)
    (0.75, 0.6, 0.667)
    >>> PRF().to_dict()
    {'p': None, 'r': None, 'f': None, 'tp': 0, 'fp': 0, 'fn': 0}
    >>> PRF(fp=2).f
    0.0
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def __iadd__(self, other: PRF) -> PRF:
        self.add(other.tp, other.fp, other.fn)
        return self

    @property
    def p(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def r(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f(self) -> float | None:
        d = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / d if d else None

    def to_dict(self) -> dict[str, Any]:
        return {"p": self.p, "r": self.r, "f": self.f, "tp": self.tp, "fp": self.fp, "fn": self.fn}


# ---------------------------------------------------------------------------
# reading


def read_documents(path: str | Path) -> Iterator[Document]:
    """Stream the document records of a JSONL file (gold or predictions).

    Raises :class:`InputFormatError` with the line number on a bad line.
    """
    p = Path(path)
    if not p.is_file():
        raise InputFormatError(f"{p}: no such file", hint="give a JSONL file of document records")
    with p.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputFormatError(f"{p}:{n}: not JSON ({e.msg})", hint="one JSON object per line") from None
            if not isinstance(d, dict) or "id" not in d or "text" not in d:
                raise InputFormatError(f"{p}:{n}: not a document record (needs 'id' and 'text')",
                                       hint="document records as in ANNOTATION.md section 1")
            try:
                yield Document.from_dict(d)
            except (KeyError, TypeError, ValueError) as e:
                raise InputFormatError(f"{p}:{n}: bad document record ({e!r})",
                                       hint="see ANNOTATION.md section 1") from None


# ---------------------------------------------------------------------------
# per-document pieces


def _entity_keys(doc: Document, labels: frozenset[str] | None) -> dict[SpanKey, Any]:
    out: dict[SpanKey, Any] = {}
    for e in doc.entities:
        if labels is None or e.label in labels:
            out.setdefault((e.label, e.start, e.end), e)
    return out


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    """Length of the overlap of [a0, a1) and [b0, b1) (0 when they do not overlap)."""
    return max(0, min(a1, b1) - max(a0, b0))


def _partial_pairs(gold: Sequence[SpanKey], pred: Sequence[SpanKey]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred index) of same-label overlapping spans.

    Exact matches are taken first, then the largest overlaps (greedy).
    """
    cands = []
    for i, (gl, g0, g1) in enumerate(gold):
        for j, (pl, p0, p1) in enumerate(pred):
            if gl == pl:
                ov = _overlap(g0, g1, p0, p1)
                if ov:
                    cands.append((not (g0 == p0 and g1 == p1), -ov, abs(g0 - p0) + abs(g1 - p1), i, j))
    cands.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for *_, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i)
            used_p.add(j)
            pairs.append((i, j))
    return pairs


def _relation_keys(doc: Document) -> dict[tuple[str, SpanKey, SpanKey], Any]:
    by_id = {e.id: e for e in doc.entities}
    out: dict[tuple[str, SpanKey, SpanKey], Any] = {}
    for r in doc.relations:
        h, t = by_id.get(r.head), by_id.get(r.tail)
        if h is None or t is None:
            continue  # dangling ids: nothing to compare
        out.setdefault((r.label, (h.label, h.start, h.end), (t.label, t.start, t.end)), r)
    return out


def _trigger_spans(ev: Event, with_mentions: bool) -> list[tuple[int, int]]:
    spans = [(ev.trigger.start, ev.trigger.end)]
    if with_mentions:
        spans += [(m.start, m.end) for m in ev.mentions]
    return spans


def _match_events(gold: Sequence[Event], pred: Sequence[Event]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching of gold and predicted events.

    An edge joins a gold and a predicted event of the same type whose gold
    trigger overlaps the predicted trigger or one of its ``mentions``. Edges
    through the predicted trigger itself are tried first.
    """
    edges: dict[int, list[int]] = {}
    for i, g in enumerate(gold):
        gs, ge = g.trigger.start, g.trigger.end
        direct, via_mention = [], []
        for j, p in enumerate(pred):
            if p.type != g.type:
                continue
            if _overlap(gs, ge, p.trigger.start, p.trigger.end):
                direct.append(j)
            elif any(_overlap(gs, ge, s, e) for s, e in _trigger_spans(p, True)[1:]):
                via_mention.append(j)
        edges[i] = direct + via_mention
    match_p: dict[int, int] = {}  # pred index -> gold index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in match_p or augment(match_p[j], seen):
                match_p[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in match_p.items())


def _arg_keys(doc: Document, ev: Event) -> dict[tuple[str, int, int], str]:
    """(role, start, end) of each argument of ``ev``, mapped to the entity id."""
    by_id = {e.id: e for e in doc.entities}
    out: dict[tuple[str, int, int], str] = {}
    for role, ids in ev.args.items():
        for eid in ids:
            e = by_id.get(eid)
            if e is not None:
                out.setdefault((role, e.start, e.end), eid)
    return out


@dataclass(slots=True)
class _DocScore:
    """Everything compared in one document pair, kept for scores and error listings."""

    gold: Document
    pred: Document | None
    gold_ents: dict[SpanKey, Any]
    pred_ents: dict[SpanKey, Any]
    partial_pairs: list[tuple[int, int]]
    gold_rels: dict
    pred_rels: dict
    event_pairs: list[tuple[int, int]]


def _compare(gold: Document, pred: Document | None, labels: frozenset[str] | None) -> _DocScore:
    empty = Document(gold.id, gold.text)
    p = pred if pred is not None else empty
    gold_ents, pred_ents = _entity_keys(gold, labels), _entity_keys(p, labels)
    pairs = _partial_pairs(list(gold_ents), list(pred_ents))
    return _DocScore(gold, pred, gold_ents, pred_ents, pairs, _relation_keys(gold), _relation_keys(p),
                     _match_events(gold.events, p.events))


def _pair_documents(gold_docs: Iterable[Document], pred_docs: Iterable[Document]):
    preds: dict[str, Document] = {}
    for d in pred_docs:
        preds.setdefault(d.id, d)
    gold_ids: set[str] = set()
    pairs = []
    for g in gold_docs:
        if g.id in gold_ids:
            continue  # a repeated gold id is scored once
        gold_ids.add(g.id)
        pairs.append((g, preds.get(g.id)))
    extra = sorted(set(preds) - gold_ids)
    return pairs, extra


# ---------------------------------------------------------------------------
# the report


def score(gold_docs: Iterable[Document], pred_docs: Iterable[Document],
          labels: Iterable[str] | None = None) -> dict[str, Any]:
    """Score ``pred_docs`` against ``gold_docs``; a JSON-ready report.

    ``labels`` restricts the entity scores (``entities``, ``entities_partial``,
    ``per_label``, ``date_value_acc``) to those labels; relations and events
    are scored in full. A gold document with no prediction counts all its gold
    as false negatives; predicted documents with no gold are listed under
    ``docs.extra_pred`` and not scored.
    """
    lab = frozenset(labels) if labels is not None else None
    pairs, extra = _pair_documents(gold_docs, pred_docs)
    ents, partial, rels, trig, args = PRF(), PRF(), PRF(), PRF(), PRF()
    per_label: dict[str, PRF] = defaultdict(PRF)
    per_label_partial: dict[str, PRF] = defaultdict(PRF)
    per_relation: dict[str, PRF] = defaultdict(PRF)
    per_event: dict[str, PRF] = defaultdict(PRF)
    date_ok = date_n = 0
    missing: list[str] = []
    for gold, pred in pairs:
        if pred is None:
            missing.append(gold.id)
        ds = _compare(gold, pred, lab)
        # entities, strict
        common = ds.gold_ents.keys() & ds.pred_ents.keys()
        ents.add(len(common), len(ds.pred_ents) - len(common), len(ds.gold_ents) - len(common))
        for key in ds.gold_ents.keys() | ds.pred_ents.keys():
            per_label[key[0]].add(int(key in common), int(key not in ds.gold_ents), int(key not in ds.pred_ents))
        for key in common:
            if key[0] == "DATE" and ds.gold_ents[key].value is not None:
                date_n += 1
                date_ok += ds.pred_ents[key].value == ds.gold_ents[key].value
        # entities, partial
        n = len(ds.partial_pairs)
        partial.add(n, len(ds.pred_ents) - n, len(ds.gold_ents) - n)
        gkeys, pkeys = list(ds.gold_ents), list(ds.pred_ents)
        hit_g = {gkeys[i] for i, _ in ds.partial_pairs}
        hit_p = {pkeys[j] for _, j in ds.partial_pairs}
        for key in gkeys:
            per_label_partial[key[0]].add(tp=int(key in hit_g), fn=int(key not in hit_g))
        for key in pkeys:
            per_label_partial[key[0]].add(fp=int(key not in hit_p))
        # relations
        rc = ds.gold_rels.keys() & ds.pred_rels.keys()
        rels.add(len(rc), len(ds.pred_rels) - len(rc), len(ds.gold_rels) - len(rc))
        for key in ds.gold_rels.keys() | ds.pred_rels.keys():
            per_relation[key[0]].add(int(key in rc), int(key not in ds.gold_rels), int(key not in ds.pred_rels))
        # events
        gev = gold.events
        pev = pred.events if pred is not None else []
        matched_g = {i for i, _ in ds.event_pairs}
        matched_p = {j for _, j in ds.event_pairs}
        trig.add(len(ds.event_pairs), len(pev) - len(matched_p), len(gev) - len(matched_g))
        for i, _ in ds.event_pairs:
            per_event[gev[i].type].add(tp=1)
        for j, p in enumerate(pev):
            if j not in matched_p:
                per_event[p.type].add(fp=1)
        for i, g in enumerate(gev):
            if i not in matched_g:
                per_event[g.type].add(fn=1)
        for i, j in ds.event_pairs:
            ga, pa = _arg_keys(gold, gev[i]), _arg_keys(pred, pev[j])  # type: ignore[arg-type]
            c = len(ga.keys() & pa.keys())
            args.add(c, len(pa) - c, len(ga) - c)
        for i, g in enumerate(gev):
            if i not in matched_g:
                args.add(fn=len(_arg_keys(gold, g)))
        for j, p in enumerate(pev):
            if j not in matched_p:
                args.add(fp=len(_arg_keys(pred, p)))  # type: ignore[arg-type]
    return {
        "entities": ents.to_dict(),
        "entities_partial": partial.to_dict(),
        "relations": rels.to_dict(),
        "event_triggers": trig.to_dict(),
        "event_args": args.to_dict(),
        "per_label": {k: per_label[k].to_dict() for k in sorted(per_label)},
        "per_label_partial": {k: per_label_partial[k].to_dict() for k in sorted(per_label_partial)},
        "per_relation": {k: per_relation[k].to_dict() for k in sorted(per_relation)},
        "per_event_type": {k: per_event[k].to_dict() for k in sorted(per_event)},
        "date_value_acc": date_ok / date_n if date_n else None,
        "date_value": {"correct": date_ok, "total": date_n},
        "labels": sorted(lab) if lab is not None else None,
        "docs": {"gold": len(pairs), "scored": len(pairs) - len(missing), "missing_pred": missing,
                 "extra_pred": extra},
    }


# ---------------------------------------------------------------------------
# error listing


def _context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """About ``2 * width`` characters around a span, the span in [brackets], on one line."""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}[{text[start:end]}]{right}".split())


def _record(doc: Document, kind: str, error: str, label: str, start: int, end: int,
            rule: str | None = None, **extra: Any) -> dict[str, Any]:
    rec = {"doc": doc.id, "kind": kind, "error": error, "label": label, "start": start, "end": end,
           "text": doc.text[start:end], "context": _context(doc.text, start, end)}
    if rule is not None:
        rec["rule"] = rule
    rec.update({k: v for k, v in extra.items() if v is not None})
    return rec


def error_records(gold_docs: Iterable[Document], pred_docs: Iterable[Document],
                  labels: Iterable[str] | None = None) -> Iterator[dict[str, Any]]:
    """Every false positive and false negative, one dict each, document by document.

    ``kind`` is ``entity``, ``relation``, ``trigger`` or ``arg``; ``error`` is
    ``FP`` or ``FN``. Each record has the span text, ~60 characters of
    ``context`` (the span in brackets) and, for a prediction that carries one,
    the ``rule`` id that made it. An entity error that partially matches the
    other side names it in ``overlaps`` (a boundary error); an argument error
    names its event in ``event``.

    >>> from vnextract.records import Document, Entity
    >>> g = Document("d", "Đại tá Lương Văn Sơn", entities=[Entity("T1", "PER", 7, 20, "Lương Văn Sơn")])
    >>> p = Document("d", g.text, entities=[Entity("P1", "PER", 0, 20, "Đại tá Lương Văn Sơn", rule="per.rank")])
    >>> [(r["error"], r["text"], r.get("rule")) for r in error_records([g], [p])]
    [('FP', 'Đại tá Lương Văn Sơn', 'per.rank'), ('FN', 'Lương Văn Sơn', None)]
    """
    lab = frozenset(labels) if labels is not None else None
    pairs, _ = _pair_documents(gold_docs, pred_docs)
    for gold, pred in pairs:
        ds = _compare(gold, pred, lab)
        pdoc = pred if pred is not None else Document(gold.id, gold.text)
        gkeys, pkeys = list(ds.gold_ents), list(ds.pred_ents)
        g_partner = {i: pkeys[j] for i, j in ds.partial_pairs}
        p_partner = {j: gkeys[i] for i, j in ds.partial_pairs}
        recs = []
        for j, k in enumerate(pkeys):
            if k not in ds.gold_ents:
                o = p_partner.get(j)
                recs.append(_record(pdoc, "entity", "FP", k[0], k[1], k[2], ds.pred_ents[k].rule,
                                    overlaps=f"{o[0]} {gold.text[o[1]:o[2]]!r} {o[1]}-{o[2]}" if o else None))
        for i, k in enumerate(gkeys):
            if k not in ds.pred_ents:
                o = g_partner.get(i)
                recs.append(_record(gold, "entity", "FN", k[0], k[1], k[2],
                                    overlaps=f"{o[0]} {pdoc.text[o[1]:o[2]]!r} {o[1]}-{o[2]}" if o else None))
        for key, r in ds.pred_rels.items():
            if key not in ds.gold_rels:
                recs.append(_rel_record(pdoc, "FP", key, r.rule))
        for key in ds.gold_rels:
            if key not in ds.pred_rels:
                recs.append(_rel_record(gold, "FN", key, None))
        matched = dict(ds.event_pairs)
        matched_p = {j for _, j in ds.event_pairs}
        for j, p in enumerate(pdoc.events):
            if j not in matched_p:
                recs.append(_record(pdoc, "trigger", "FP", p.type, p.trigger.start, p.trigger.end, p.rule))
                recs.extend(_arg_records(pdoc, p, "FP", _arg_keys(pdoc, p)))
        for i, g in enumerate(gold.events):
            if i not in matched:
                recs.append(_record(gold, "trigger", "FN", g.type, g.trigger.start, g.trigger.end))
                recs.extend(_arg_records(gold, g, "FN", _arg_keys(gold, g)))
        for i, j in ds.event_pairs:
            ge, pe = gold.events[i], pdoc.events[j]
            ga, pa = _arg_keys(gold, ge), _arg_keys(pdoc, pe)
            recs.extend(_arg_records(pdoc, pe, "FP", {k: v for k, v in pa.items() if k not in ga}))
            recs.extend(_arg_records(gold, ge, "FN", {k: v for k, v in ga.items() if k not in pa}))
        yield from sorted(recs, key=lambda r: (r["start"], r["kind"], r["error"]))


def _rel_record(doc: Document, error: str, key: tuple[str, SpanKey, SpanKey], rule: str | None) -> dict[str, Any]:
    label, h, t = key
    start, end = min(h[1], t[1]), max(h[2], t[2])
    return _record(doc, "relation", error, label, start, end, rule,
                   head=f"{h[0]} {doc.text[h[1]:h[2]]!r} {h[1]}-{h[2]}",
                   tail=f"{t[0]} {doc.text[t[1]:t[2]]!r} {t[1]}-{t[2]}")


def _arg_records(doc: Document, ev: Event, error: str, keys: dict[tuple[str, int, int], str]):
    by_id = {e.id: e for e in doc.entities}
    for (role, s, e), eid in keys.items():
        yield _record(doc, "arg", error, role, s, e, by_id[eid].rule if error == "FP" else None,
                      event=f"{ev.type} {doc.text[ev.trigger.start:ev.trigger.end]!r} {ev.trigger.start}-{ev.trigger.end}")


# ---------------------------------------------------------------------------
# printing


_ROWS = (("entities", "entities (strict)"), ("entities_partial", "entities (partial)"),
         ("relations", "relations"), ("event_triggers", "event triggers"), ("event_args", "event args (Arg-C)"))


def _fmt(x: float | None) -> str:
    return "    -" if x is None else f"{x:.3f}"


def _cells(d: dict[str, Any] | None) -> str:
    if d is None:
        d = PRF().to_dict()
    return f"{_fmt(d['p'])} {_fmt(d['r'])} {_fmt(d['f'])} {d['tp']:>5} {d['fp']:>5} {d['fn']:>5}"


def format_table(report: dict[str, Any], other: dict[str, Any] | None = None,
                 names: tuple[str, str] = ("vnextract", "underthesea"), *, entities_only: bool = False) -> str:
    """A fixed-width table of a report, side by side with ``other`` when given.

    ``entities_only`` leaves out the relation and event rows (for comparing
    with an NER-only system).

    >>> print(format_table(score([], [])).splitlines()[1])
    metric                   P     R    F1    tp    fp    fn
    """
    head = f"{'P':>5} {'R':>5} {'F1':>5} {'tp':>5} {'fp':>5} {'fn':>5}"
    w = len(head)
    lines = []
    if other is not None:
        lines.append(f"{'':<20} {names[0]:^{w}} | {names[1]:^{w}}")
        lines.append(f"{'metric':<20} {head} | {head}")
    else:
        lines.append(f"{'':<20} {names[0]:^{w}}")
        lines.append(f"{'metric':<20} {head}")
    lines.append("-" * len(lines[-1]))

    def row(name: str, a: dict | None, b: dict | None) -> str:
        s = f"{name:<20} {_cells(a)}"
        return s + f" | {_cells(b)}" if other is not None else s

    for key, name in _ROWS[:2] if entities_only else _ROWS:
        lines.append(row(name, report[key], other[key] if other else None))
    sections = (("per_label", "entity"), ("per_label_partial", "entity partial"), ("per_relation", "relation"),
                ("per_event_type", "event"))
    for section, title in sections[:2] if entities_only else sections:
        keys = sorted(set(report.get(section, {})) | set((other or {}).get(section, {})))
        if keys:
            lines.append(f"{title} by label:")
        for k in keys:
            lines.append(row(f"  {k}", report.get(section, {}).get(k), (other or {}).get(section, {}).get(k)))

    def acc(r: dict) -> str:
        dv = r.get("date_value", {})
        return f"{_fmt(r['date_value_acc'])} ({dv.get('correct', 0)}/{dv.get('total', 0)})"

    tail = f"{'DATE value acc':<20} {acc(report):<{w}}"
    if other is not None:
        tail += f" | {acc(other)}"
    lines.append(tail)
    docs = report["docs"]
    lines.append(f"documents: {docs['gold']} gold, {docs['scored']} with predictions"
                 + (f", {len(docs['missing_pred'])} without" if docs["missing_pred"] else "")
                 + (f", {len(docs['extra_pred'])} predicted with no gold (not scored)" if docs["extra_pred"] else ""))
    return "\n".join(lines)



def restrict_events(docs: Iterable[Document], types: Iterable[str]) -> Iterator[Document]:
    """The documents with only the events of ``types`` (for corpora that annotate fewer types).

    BKEE, for one, has no signing or training events: predictions of those types
    would count as false positives against it for lack of annotation, not of merit.
    """
    keep = frozenset(types)
    for d in docs:
        yield replace(d, events=[e for e in d.events if e.type in keep])


def mentions_as_events(docs: Iterable[Document]) -> Iterator[Document]:
    """Each event mention as an event of its own, with the event's arguments.

    ACE-style corpora (BKEE) annotate every mention of a happening as an event;
    vnextract merges them into one event with ``mentions``. Splitting them back
    makes the trigger scores comparable with such gold.
    """
    for d in docs:
        out: list[Event] = []
        for e in d.events:
            spans = [e.trigger, *(m for m in e.mentions if (m.start, m.end) != (e.trigger.start, e.trigger.end))]
            out.extend(replace(e, id=f"{e.id}.{k}" if k else e.id, trigger=s, mentions=())
                       for k, s in enumerate(spans))
        yield replace(d, events=out)
