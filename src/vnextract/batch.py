"""Batch extraction over dumps: read, extract, write, account for every record.

Every input record ends in exactly one place, the outputs or the errors file,
and :class:`Summary` counts them (``inputs == documents + errors``).

Resuming: after each input record the writers are flushed and a line
``<records done>\\t<events bytes>\\t<docs bytes>\\t<errors bytes>`` is appended
to ``<events file>.checkpoint``. With ``resume=True`` the outputs are cut back
to the last complete checkpoint and the first ``records done`` inputs are
skipped, so a run killed at any instant and resumed writes exactly what an
uninterrupted run writes.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from .io import JsonlWriter, Fields, read_inputs
from .pipeline import MAX_CHARS, check_rules, extract_many
from .records import Document, Failure


@dataclass(slots=True)
class Summary:
    inputs: int = 0
    documents: int = 0
    events: int = 0
    errors: int = 0
    chars: int = 0
    seconds: float = 0.0
    skipped: int = 0  # already done in an earlier run (resume)
    error_stages: dict[str, int] = field(default_factory=dict)

    @property
    def chars_per_second(self) -> float:
        return self.chars / self.seconds if self.seconds else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"inputs": self.inputs, "documents": self.documents, "events": self.events,
                "errors": self.errors, "skipped": self.skipped, "chars": self.chars,
                "seconds": round(self.seconds, 3), "chars_per_second": round(self.chars_per_second, 1),
                "error_stages": self.error_stages}


def checkpoint_path(events_path: str | Path) -> Path:
    return Path(f"{events_path}.checkpoint")


def _read_checkpoint(path: Path) -> tuple[int, list[int]] | None:
    if not path.exists():
        return None
    last = None
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.endswith("\n"):  # a line cut by a kill is not a checkpoint
                parts = line.rstrip("\n").split("\t")
                if len(parts) == 4 and all(p.isdigit() for p in parts):
                    last = (int(parts[0]), [int(p) for p in parts[1:]])
    return last


def _truncate(path: str | Path | None, size: int) -> None:
    if path is not None and Path(path).exists():
        with open(path, "r+b") as fh:
            fh.truncate(size)


def _dedupe_ids(records: Iterable[dict[str, Any] | Failure]) -> Iterator[dict[str, Any] | Failure]:
    """Give a repeated id a ``~2``, ``~3``... suffix (noted in ``meta``) so ids stay unique."""
    seen: dict[str, int] = {}
    for rec in records:
        if isinstance(rec, dict):
            rid = rec["id"]
            n = seen.get(rid, 0) + 1
            seen[rid] = n
            if n > 1:
                rec = dict(rec, id=f"{rid}~{n}", meta=dict(rec.get("meta") or {}, duplicate_id=rid))
        yield rec


def run_batch(inputs: Sequence[str | Path], events_path: str | Path | None, *,
              docs_path: str | Path | None = None, errors_path: str | Path | None = None,
              fmt: str = "auto", fields: Fields = Fields(), workers: int = 1, batch_size: int = 16,
              rules_dirs: Sequence[str] = (), resume: bool = False, max_chars: int = MAX_CHARS,
              progress: Callable[[Summary], None] | None = None, stdin=None) -> Summary:
    """Extract every record of ``inputs``; write events, documents and errors as JSONL."""
    # loads every model and rule file (a bad user file stops the run here, named)
    # before the clock starts, so chars/s is the speed of the work itself
    check_rules(rules_dirs)
    summary = Summary()
    started = time.perf_counter()
    ckpt = checkpoint_path(events_path) if events_path not in (None, "-") else None
    done = 0
    if resume and ckpt is not None:
        state = _read_checkpoint(ckpt)
        if state is not None:
            done, sizes = state
            for p, size in zip((events_path, docs_path, errors_path), sizes):
                _truncate(p, size)
    elif ckpt is not None and ckpt.exists():
        ckpt.unlink()
    append = resume and done > 0
    summary.skipped = done

    records = _dedupe_ids(read_inputs(inputs, fmt=fmt, fields=fields, stdin=stdin))
    records = islice(records, done, None)
    with JsonlWriter(events_path, append=append) as ev_w, JsonlWriter(docs_path, append=append) as doc_w, \
            JsonlWriter(errors_path, append=append) as err_w, \
            (open(ckpt, "a", encoding="utf-8") if ckpt else open(os.devnull, "w")) as ck:
        for result in extract_many(records, workers=workers, batch_size=batch_size,
                                   rules_dirs=rules_dirs, max_chars=max_chars):
            summary.inputs += 1
            if isinstance(result, Failure):
                summary.errors += 1
                summary.error_stages[result.stage] = summary.error_stages.get(result.stage, 0) + 1
                err_w.write(result.to_dict())
            else:
                _write_document(result, ev_w, doc_w, summary)
            done += 1
            ck.write(f"{done}\t{ev_w.tell()}\t{doc_w.tell()}\t{err_w.tell()}\n")
            ck.flush()
            summary.seconds = time.perf_counter() - started
            if progress:
                progress(summary)
    summary.seconds = time.perf_counter() - started
    return summary


def _write_document(doc: Document, ev_w: JsonlWriter, doc_w: JsonlWriter, summary: Summary) -> None:
    summary.documents += 1
    summary.chars += len(doc.text)
    for rec in doc.event_records():
        ev_w.write(rec.to_dict())
        summary.events += 1
    doc_w.write(doc.to_dict())
