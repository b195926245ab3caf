"""Development aid: score one recognizer against the dev gold, label by label.

    python scripts/dev_ner_eval.py vnextract.ner.dates:find_dates DATE [--show]

Runs ``find(normalize(text), NerContext(doc_date=...))`` on every gold document,
keeps its longest non-overlapping candidates, and prints strict P/R/F1 for the
given labels (and, with --show, every false positive and false negative).
This is a tuning aid for one recognizer; the project's scores come from
``vnextract evaluate``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import json
from pathlib import Path

from vnextract.ner.base import NerContext
from vnextract.normalize import normalize
from vnextract.segment import segment_words

GOLD = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold" / "dev.jsonl"


def _lines(text):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\r\n")
        pos += len(line)


def longest_first(cands):
    taken, out = [], []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if all(c.end <= s or c.start >= e for s, e in taken):
            taken.append((c.start, c.end))
            out.append(c)
    return sorted(out, key=lambda c: c.start)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("func", help="module:function, e.g. vnextract.ner.dates:find_dates")
    ap.add_argument("labels", help="comma-separated labels to score, e.g. DATE or PER,RANK,TITLE")
    ap.add_argument("--gold", default=str(GOLD), help="gold JSONL (default: the shared dev gold)")
    ap.add_argument("--show", action="store_true")
    a = ap.parse_args()
    mod, name = a.func.split(":")
    find = getattr(importlib.import_module(mod), name)
    labels = set(a.labels.split(","))
    tp = {l: 0 for l in labels}
    fp = dict(tp)
    fn = dict(tp)
    vals = [0, 0]
    for line in open(a.gold, encoding="utf-8"):
        d = json.loads(line)
        text = d["text"]
        date = dt.date.fromisoformat(d["date"]) if d.get("date") else None
        words = tuple((s, e) for line_start, line in _lines(text) for s, e in
                      ((line_start + a, line_start + b) for a, b in segment_words(line)))
        ctx = NerContext(doc_date=date, words=words)
        cands = [c for c in longest_first(find(normalize(text), ctx)) if c.label in labels]
        pred = {(c.label, c.start, c.end): c for c in cands}
        gold = {(e["label"], e["start"], e["end"]): e for e in d["entities"] if e["label"] in labels}
        for k in pred.keys() & gold.keys():
            tp[k[0]] += 1
            if k[0] == "DATE":
                vals[1] += 1
                vals[0] += pred[k].value == gold[k].get("value")
                if a.show and pred[k].value != gold[k].get("value"):
                    print(f"VAL {d['id']} {text[k[1]:k[2]]!r} pred={pred[k].value} gold={gold[k].get('value')}")
        for k in pred.keys() - gold.keys():
            fp[k[0]] += 1
            if a.show:
                print(f"FP  {d['id']} {k[0]} {k[1]}-{k[2]} {text[k[1]:k[2]]!r} [{pred[k].rule}]  ...{text[max(0, k[1] - 30):k[2] + 30]!r}")
        for k in gold.keys() - pred.keys():
            fn[k[0]] += 1
            if a.show:
                print(f"FN  {d['id']} {k[0]} {k[1]}-{k[2]} {text[k[1]:k[2]]!r}  ...{text[max(0, k[1] - 30):k[2] + 30]!r}")

    def prf(t, p, n):
        pr = t / (t + p) if t + p else 0.0
        rc = t / (t + n) if t + n else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)

    for l in sorted(labels) + ["ALL"]:
        t, p, n = (sum(x.values()) for x in (tp, fp, fn)) if l == "ALL" else (tp[l], fp[l], fn[l])
        print(f"{l:6} P {prf(t, p, n)[0]:.3f} R {prf(t, p, n)[1]:.3f} F1 {prf(t, p, n)[2]:.3f}  tp {t} fp {p} fn {n}")
    if vals[1]:
        print(f"DATE value accuracy {vals[0] / vals[1]:.3f} ({vals[0]}/{vals[1]})")


if __name__ == "__main__":
    main()
