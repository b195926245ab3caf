"""Held-out gold kept as stand-off annotations: the texts stay in ../shared/corpus.

    python scripts/heldout.py pack GOLD.jsonl... -o data/annotated/heldout/heldout.standoff.jsonl
    python scripts/heldout.py unpack data/annotated/heldout/heldout.standoff.jsonl -o out/heldout.jsonl

``pack`` drops each document's text and records where it comes from (a corpus
file, or a row of the baochinhphu CSV by its url) with the text's SHA-1;
``unpack`` reads the texts back through vnextract's own reader, checks the
hash, and writes ordinary gold document records for ``vnextract evaluate``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from vnextract.io import read_inputs

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
BCP = "corpus/baochinhphu/baochinhphu-2024-2025.csv"


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def origin(doc_id: str) -> dict[str, str]:
    kind, _, name = doc_id.partition("-")
    if kind in ("baomoi", "vntc"):
        return {"corpus_file": f"corpus/{kind}/{name}.txt"}
    raise SystemExit(f"{doc_id}: say where its text comes from")


def pack(golds: list[str], out: str, manifest: str | None) -> None:
    urls = {m["id"]: m.get("url") for m in json.load(open(manifest))} if manifest else {}
    with open(out, "w", encoding="utf-8") as fh:
        for g in golds:
            for line in open(g, encoding="utf-8"):
                d = json.loads(line)
                where = {"corpus_csv": BCP, "url": urls[d["id"]]} if urls.get(d["id"]) else origin(d["id"])
                rec = {"id": d["id"], **where, "sha1": sha1(d["text"]), "date": d.get("date"),
                       "entities": d["entities"], "relations": d["relations"], "events": d["events"]}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def unpack(standoff: str, out: str) -> None:
    rows = [json.loads(x) for x in open(standoff, encoding="utf-8")]
    csv_texts = {}
    if any("corpus_csv" in r for r in rows):
        wanted = {r["url"] for r in rows if "url" in r}
        for rec in read_inputs([SHARED / BCP]):
            if isinstance(rec, dict) and rec["id"] in wanted:
                csv_texts[rec["id"]] = rec["text"]
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for r in rows:
            if "corpus_file" in r:
                text = (SHARED / r["corpus_file"]).read_bytes().decode("utf-8")
                source = r["corpus_file"]
            else:
                text, source = csv_texts[r["url"]], r["url"]
            if sha1(text) != r["sha1"]:
                raise SystemExit(f"{r['id']}: the text in ../shared is not the one annotated")
            doc = {"id": r["id"], "source": source, "date": r["date"], "text": text,
                   "entities": r["entities"], "relations": r["relations"], "events": r["events"]}
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("pack")
    p.add_argument("gold", nargs="+")
    p.add_argument("-o", required=True)
    p.add_argument("--manifest")
    u = sub.add_parser("unpack")
    u.add_argument("standoff")
    u.add_argument("-o", required=True)
    a = ap.parse_args()
    if a.cmd == "pack":
        pack(a.gold, a.o, a.manifest)
    else:
        unpack(a.standoff, a.o)


if __name__ == "__main__":
    main()
