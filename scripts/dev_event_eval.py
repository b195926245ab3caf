"""Development aid: score relations, event triggers and arguments on the dev gold.

    python scripts/dev_event_eval.py [--show] [--only rel|ev] [--gold PATH]

Feeds each gold document's GOLD entities to ``vnextract.relations.find_relations``,
``link_persons`` and ``vnextract.events.find_events`` (sentences from the simple
splitter below), then prints P/R/F1 for relations (label, head span, tail span),
event triggers (same type, overlapping trigger span; the event's ``mentions`` also
count) and Arg-C (matched event, same role, exact argument span). With --show it
lists false positives and false negatives. The project's scores come from
``vnextract evaluate``; this is a tuning aid.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from vnextract.events import find_events
from vnextract.records import Entity, Sentence
from vnextract.relations import find_relations, link_persons

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold" / "dev.jsonl"
_BOUNDARY = re.compile(r"(?<=[.;!?])\s+|\n+")


def simple_sentences(text: str) -> list[Sentence]:
    """Lines, then ". " / "; " boundaries (a stand-in for the real splitter)."""
    out, pos = [], 0
    for m in list(_BOUNDARY.finditer(text)) + [None]:
        end = m.start() if m else len(text)
        if text[pos:end].strip():
            s = pos + len(text[pos:end]) - len(text[pos:end].lstrip())
            e = s + len(text[s:end].rstrip())
            out.append(Sentence(s, e, text[s:e]))
        pos = m.end() if m else len(text)
    return out


class PRF:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return f"{name:9} P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {self.tp} fp {self.fp} fn {self.fn}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--only", choices=("rel", "ev"))
    a = ap.parse_args()
    rel, trig, argc = PRF(), PRF(), PRF()
    per_type: dict[str, PRF] = {}
    for line in open(a.gold, encoding="utf-8"):
        d = json.loads(line)
        text, did = d["text"], d["id"]
        ents = link_persons(text, [Entity.from_dict(e) for e in d["entities"]])
        by_id = {e.id: e for e in ents}
        sents = simple_sentences(text)

        def span(eid: str) -> tuple[int, int]:
            return by_id[eid].start, by_id[eid].end

        def show(kind: str, msg: str) -> None:
            if a.show:
                print(f"{kind} {did} {msg}")

        if a.only != "ev":
            pred = {(r.label, span(r.head), span(r.tail)): r for r in find_relations(text, ents, sents)}
            gold = {(r["label"], span(r["head"]), span(r["tail"])) for r in d["relations"]}
            rel.tp += len(pred.keys() & gold)
            rel.fp += len(pred.keys() - gold)
            rel.fn += len(gold - pred.keys())
            for k in sorted(pred.keys() - gold, key=lambda k: k[1]):
                show("RFP", f"{k[0]} {text[slice(*k[1])]!r}@{k[1][0]} -> {text[slice(*k[2])]!r}@{k[2][0]} [{pred[k].rule}]")
            for k in sorted(gold - pred.keys(), key=lambda k: k[1]):
                show("RFN", f"{k[0]} {text[slice(*k[1])]!r}@{k[1][0]} -> {text[slice(*k[2])]!r}@{k[2][0]}  ...{text[max(0, k[1][0] - 30):k[2][1] + 20]!r}")
        if a.only == "rel":
            continue
        events = find_events(text, ents, sents, d.get("date"))
        gold_ev = d["events"]
        used: set[int] = set()
        for g in gold_ev:
            gs, ge = g["trigger"]["start"], g["trigger"]["end"]
            pt = per_type.setdefault(g["type"], PRF())
            match = None
            for i, ev in enumerate(events):
                if i in used or ev.type != g["type"]:
                    continue
                spans = [ev.trigger, *ev.mentions]
                if any(s.start < ge and gs < s.end for s in spans):
                    match = i
                    break
            gargs = {(r, span(x)) for r, xs in g["args"].items() for x in xs}
            if match is None:
                trig.fn += 1
                pt.fn += 1
                argc.fn += len(gargs)
                show("EFN", f"{g['type']} {g['trigger']['text']!r}@{gs}  ...{text[max(0, gs - 40):ge + 30]!r}")
                continue
            used.add(match)
            trig.tp += 1
            pt.tp += 1
            ev = events[match]
            pargs = {(r, span(x)) for r, xs in ev.args.items() for x in xs}
            argc.tp += len(pargs & gargs)
            argc.fp += len(pargs - gargs)
            argc.fn += len(gargs - pargs)
            for r, sp in sorted(pargs - gargs):
                show("AFP", f"{ev.type}@{ev.trigger.start} {r} {text[slice(*sp)]!r}@{sp[0]}")
            for r, sp in sorted(gargs - pargs):
                show("AFN", f"{ev.type}@{ev.trigger.start} {r} {text[slice(*sp)]!r}@{sp[0]}")
        for i, ev in enumerate(events):
            if i not in used:
                trig.fp += 1
                per_type.setdefault(ev.type, PRF()).fp += 1
                argc.fp += sum(len(x) for x in ev.args.values())
                show("EFP", f"{ev.type} {ev.trigger.text!r}@{ev.trigger.start} [{ev.rule}]  ...{text[max(0, ev.trigger.start - 40):ev.trigger.end + 30]!r}")
    if a.only != "ev":
        print(rel.line("RELATION"))
    if a.only != "rel":
        print(trig.line("TRIGGER"))
        for t in sorted(per_type):
            print("  " + per_type[t].line(t))
        print(argc.line("ARG-C"))


if __name__ == "__main__":
    main()
