"""The one place where the stages are composed.

>>> import vnextract
>>> doc = vnextract.extract("Ngày 21/1, Đại tá Lương Văn Sơn thăm tỉnh Lào Cai.", date="2013-01-22")
>>> [(e.label, e.text) for e in doc.entities][:3]
[('DATE', 'Ngày 21/1'), ('RANK', 'Đại tá'), ('PER', 'Lương Văn Sơn')]
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
import multiprocessing as mp
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language

from . import components  # noqa: F401 - registers the tokenizer and the components
from .components import doc_entities, doc_sentences, doc_text
from .errors import RecordError, RulesError
from .records import Document, Failure

STAGES = ("vnextract_sentences", "vnextract_ner", "vnextract_persons", "vnextract_relations", "vnextract_events")


def load(*, stages: Sequence[str] = STAGES, recognizers: Sequence[str] | None = None) -> Language:
    """The vnextract spaCy pipeline: tokenizer + the named stages.

    ``nlp.pipe_names`` lists the stages; users may ``nlp.add_pipe`` their own.
    Nothing is downloaded: underthesea's segmenter ships with the package.
    """
    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}})
    for name in stages:
        config = {"recognizers": list(recognizers)} if name == "vnextract_ner" and recognizers is not None else {}
        nlp.add_pipe(name, config=config)
    return nlp


@lru_cache(maxsize=1)
def default_nlp() -> Language:
    return load()


def _iso_date(date: str | dt.date | None) -> str | None:
    if date is None or date == "":
        return None
    if isinstance(date, dt.date):
        return date.isoformat()[:10]
    try:
        return dt.date.fromisoformat(str(date)[:10]).isoformat()
    except ValueError as e:
        raise RecordError(f"date {date!r} is not ISO YYYY-MM-DD", stage="read") from e


class StageError(RecordError):
    """A pipeline stage failed on one document."""

    code = "V005"


def run(nlp: Language, text: str, *, date: str | None = None, doc_id: str | None = None,
        rules_dirs: Sequence[str] = ()):
    """Run every stage of ``nlp`` on ``text``; a failure names its stage."""
    try:
        doc = nlp.make_doc(text)
    except RulesError:
        raise
    except Exception as e:  # noqa: BLE001 - re-raised with the stage named
        raise StageError(f"{type(e).__name__}: {e}", stage="tokenize") from e
    doc._.doc_date = date
    doc._.doc_id = doc_id
    doc._.rules_dirs = tuple(str(d) for d in rules_dirs)
    for name, proc in nlp.pipeline:
        try:
            doc = proc(doc)
        except RulesError:  # a broken rule file breaks every record: not a record's fault
            raise
        except Exception as e:  # noqa: BLE001 - re-raised with the stage named
            raise StageError(f"{type(e).__name__}: {e}", stage=name.removeprefix("vnextract_")) from e
    return doc


def check_rules(rules_dirs: Sequence[str]) -> None:
    """Load the models and every rule file with the user folders ``rules_dirs``;
    raise RulesError if one is bad.

    Run before a batch so that a broken or misnamed user file stops the run
    at once with its name, instead of failing every record.
    """
    from .rules import PACKAGE_RULES

    known = {p.name for p in PACKAGE_RULES.iterdir() if p.name.endswith((".tsv", ".toml"))}
    for d in rules_dirs:
        for p in sorted(Path(d).iterdir()):
            if p.suffix in (".tsv", ".toml") and p.name not in known:
                raise RulesError(f"{p}: no package rule file has this name",
                                 hint=f"name it like one of: {', '.join(sorted(known))}")
    extract("Ngày 21/1, Đại tá Lương Văn Sơn thăm Lào Cai.", rules_dirs=rules_dirs)


def to_document(doc, *, doc_id: str, source: str | None = None, meta: dict | None = None) -> Document:
    return Document(
        id=doc_id, text=doc_text(doc), source=source, date=doc._.doc_date,
        entities=doc_entities(doc), relations=list(doc._.relations or ()),
        events=list(doc._.events or ()), sentences=doc_sentences(doc), meta=dict(meta or {}), doc=doc,
    )


def extract(text: str, *, date: str | dt.date | None = None, doc_id: str | None = None,
            source: str | None = None, nlp: Language | None = None,
            rules_dirs: Sequence[str] = ()) -> Document:
    """Extract entities, relations and events from one Vietnamese text.

    ``date`` (ISO) is the publication date, used to resolve "ngày 21/1" or "hôm qua".
    """
    if not isinstance(text, str):
        raise RecordError(f"text must be a string, not {type(text).__name__}", stage="read")
    iso = _iso_date(date)
    doc = run(nlp or default_nlp(), text, date=iso, doc_id=doc_id, rules_dirs=rules_dirs)
    return to_document(doc, doc_id=doc_id or "doc", source=source)


MAX_CHARS = 1_000_000


def _process(record: dict[str, Any] | Failure, rules_dirs: Sequence[str] = (),
             max_chars: int = MAX_CHARS) -> Document | Failure:
    if isinstance(record, Failure):  # unreadable input: passed through, keeping its place
        return record
    rid = record.get("id")
    try:
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            raise RecordError("empty text" if isinstance(text, str) or text is None else
                              f"text is {type(text).__name__}, not a string", stage="read")
        if len(text) > max_chars:
            raise RecordError(f"text too long: {len(text):,} chars > {max_chars:,}; raise the limit "
                              "with --max-chars if this is really one article", stage="read")
        doc = extract(text, date=record.get("date"), doc_id=str(rid) if rid is not None else None,
                      source=record.get("source"), rules_dirs=rules_dirs)
        doc.meta.update(record.get("meta") or {})
        doc.doc = None  # not needed downstream, and not picklable across processes cheaply
        return doc
    except RecordError as e:
        return Failure(rid, e.stage, str(e), record.get("source"), record.get("position"))
    except RulesError:
        raise
    except Exception as e:  # noqa: BLE001 - one bad record must never stop a batch
        return Failure(rid, "pipeline", f"{type(e).__name__}: {e}", record.get("source"), record.get("position"))


_WORKER_OPTIONS: dict[str, Any] = {}


def _init_worker(options: dict[str, Any]) -> None:
    _WORKER_OPTIONS.update(options)
    default_nlp()


def _process_batch(batch: list[dict[str, Any]]) -> list[Document | Failure]:
    return [_process(r, **_WORKER_OPTIONS) for r in batch]


def _batches(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for rec in records:
        batch.append(rec)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def extract_many(records: Iterable[dict[str, Any]], *, workers: int = 1, batch_size: int = 16,
                 rules_dirs: Sequence[str] = (), max_chars: int = MAX_CHARS) -> Iterator[Document | Failure]:
    """Stream records (dicts with ``text`` and optional ``id``, ``date``, ``source``)
    through the pipeline, yielding a :class:`Document` or a :class:`Failure` per
    record, in input order (a Failure given as input is passed through). Memory stays flat: at most ``2 * workers`` batches of
    ``batch_size`` records are in flight. Texts longer than ``max_chars`` fail
    with a clear reason instead of stalling a batch.
    """
    options = {"rules_dirs": tuple(map(str, rules_dirs)), "max_chars": max_chars}
    if workers <= 1:
        for rec in records:
            yield _process(rec, **options)
        return
    pending: deque = deque()
    with mp.get_context("spawn").Pool(workers, initializer=_init_worker,
                                      initargs=(options,)) as pool:
        for batch in _batches(records, max(1, batch_size)):
            pending.append(pool.apply_async(_process_batch, (batch,)))
            if len(pending) >= 2 * workers:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
