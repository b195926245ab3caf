"""``vnextract evaluate`` and ``vnextract convert``: thin commands over
:mod:`vnextract.evaluate`, :mod:`vnextract.baseline` and :mod:`vnextract.convert`.

The main CLI registers them::

    app.command("evaluate")(evaluate_command)
    app.command("convert")(convert_command)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer

from .cli_common import fail
from .errors import VnextractError

BASELINE_LABELS = ("PER", "ORG", "LOC")  # what underthesea tags (its MISC is dropped)


def _write_json(path: Path, obj) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _run_pipeline(gold):
    """Documents from the pipeline for the gold texts (with their dates), and the failures."""
    try:
        from .pipeline import extract_many
    except ImportError as e:
        raise VnextractError(f"the pipeline is not available ({e})", hint="pass --pred PRED.jsonl") from None
    from .records import Document

    docs, failures = [], []
    records = ({"id": g.id, "text": g.text, "date": g.date, "source": g.source} for g in gold)
    for out in extract_many(records):
        (docs if isinstance(out, Document) else failures).append(out)
    return docs, failures


def evaluate_command(
    gold: Annotated[Path, typer.Argument(help="Gold document records (JSONL, ANNOTATION.md section 1).")],
    pred: Annotated[Optional[Path], typer.Option("--pred", help="Predicted document records (JSONL). "
                                                 "Default: run the pipeline on the gold texts.")] = None,
    labels: Annotated[Optional[str], typer.Option("--labels", help="Entity labels to score, e.g. PER,ORG,LOC "
                                                  "(default: all).")] = None,
    json_out: Annotated[Optional[Path], typer.Option("--json", help="Write the report as JSON here.")] = None,
    errors: Annotated[Optional[Path], typer.Option("--errors", help="Write every FP and FN as JSONL here.")] = None,
    baseline: Annotated[Optional[str], typer.Option("--baseline", help="Also run a baseline on the same texts "
                                                    "and compare: 'underthesea'.")] = None,
    event_types: Annotated[Optional[str], typer.Option("--event-types", help="Score only these event types, "
                                                       "e.g. the ones a corpus annotates (default: all).")] = None,
    mention_level: Annotated[bool, typer.Option("--mention-level", help="Score every predicted event mention "
                                                "as an event, as ACE-style gold (BKEE) annotates them.")] = False,
) -> None:
    """Score predictions (or the pipeline) against gold: entities, relations, events.

    Example: vnextract evaluate dev.jsonl --pred out.jsonl --labels PER,ORG,LOC
    """
    from . import evaluate as ev

    if baseline not in (None, "underthesea"):
        fail(f"unknown baseline {baseline!r}", "the only baseline is 'underthesea'")
    label_list = [x.strip() for x in labels.split(",") if x.strip()] if labels else None
    try:
        from .records import ENTITY_LABELS

        unknown = [x for x in label_list or () if x not in ENTITY_LABELS]
        if unknown:
            fail(f"unknown label(s) {', '.join(unknown)}", f"labels are {','.join(ENTITY_LABELS)}")
        gold_docs = list(ev.read_documents(gold))
        if pred is not None:
            pred_docs = list(ev.read_documents(pred))
        else:
            pred_docs, failures = _run_pipeline(gold_docs)
            for f in failures:
                typer.echo(f"warning: {f.id}: {f.stage}: {f.reason}", err=True)
        if event_types:
            types = [t.strip() for t in event_types.split(",") if t.strip()]
            gold_docs = list(ev.restrict_events(gold_docs, types))
            pred_docs = list(ev.restrict_events(pred_docs, types))
        if mention_level:
            pred_docs = list(ev.mentions_as_events(pred_docs))
        report = ev.score(gold_docs, pred_docs, label_list)
        typer.echo(ev.format_table(report))
        if errors is not None:
            errors.parent.mkdir(parents=True, exist_ok=True)
            with errors.open("w", encoding="utf-8") as fh:
                for rec in ev.error_records(gold_docs, pred_docs, label_list):
                    fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        if baseline == "underthesea":
            from .baseline import underthesea_ner
            from .records import Document

            common = [x for x in BASELINE_LABELS if label_list is None or x in label_list]
            if not common:
                fail("no label in common with underthesea", "include PER, ORG or LOC in --labels")
            base_docs = [Document(g.id, g.text, entities=underthesea_ner(g.text)) for g in gold_docs]
            ours = ev.score(gold_docs, pred_docs, common)
            theirs = ev.score(gold_docs, base_docs, common)
            typer.echo(f"\nside by side on {','.join(common)}:")
            typer.echo(ev.format_table(ours, theirs, names=("vnextract", "underthesea"), entities_only=True))
            report["baseline"] = {"name": "underthesea", "labels": common, "vnextract": ours, "underthesea": theirs}
        if json_out is not None:
            _write_json(json_out, report)
    except VnextractError as e:
        fail(str(e), e.hint)
    except OSError as e:
        fail(f"{e.filename or ''}: {e.strerror or e}", "check the path and permissions")


def convert_command(
    fmt: Annotated[str, typer.Argument(metavar="FORMAT", help="conll, phoner, enamex or brat.")],
    input: Annotated[Path, typer.Argument(metavar="INPUT", help="A file or a folder of files.")],
    output: Annotated[Path, typer.Option("-o", "--output", help="Gold document records to write (JSONL).")],
    map_: Annotated[Optional[list[str]], typer.Option("--map", help="NAME=LABEL: map a source label to ours, "
                                                      "e.g. --map ORGANIZATION=ORG --map GPE=LOC; NAME= drops it.")] = None,
) -> None:
    """Convert a NER / event corpus into vnextract gold records.

    Example: vnextract convert brat bkee/dev -o bkee-dev.jsonl --map GPE=LOC --map TIME=DATE
    """
    from collections import Counter

    from .convert import convert, parse_map

    tmp = output.with_name(output.name + ".part")
    try:
        label_map = parse_map(map_ or [])
        docs = ents = 0
        events: Counter = Counter()
        output.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("w", encoding="utf-8", newline="\n") as fh:
            for doc in convert(fmt, input, label_map):
                fh.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
                docs += 1
                ents += len(doc.entities)
                events.update(e.type for e in doc.events)
        tmp.replace(output)
    except VnextractError as e:
        fail(str(e), e.hint)
    except OSError as e:
        fail(f"{e.filename or ''}: {e.strerror or e}", "check the path and permissions")
    finally:
        if tmp.exists():
            tmp.unlink()  # a failed conversion leaves no half-written file
    ev_txt = ", ".join(f"{k} {v}" for k, v in events.most_common())
    typer.echo(f"{docs} documents, {ents} entities, {sum(events.values())} events"
               + (f" ({ev_txt})" if ev_txt else "") + f" -> {output}", err=True)
