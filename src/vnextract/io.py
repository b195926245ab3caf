"""Reading article dumps and writing JSONL, one record at a time.

Readers are generators of input records: dicts with ``id``, ``text``, ``date``
(ISO or None), ``title``, ``source`` (path), ``position`` (line or row) and
``meta`` (notes such as decoding repairs). A record that cannot be read is
yielded as a :class:`~vnextract.pipeline.Failure` instead, so nothing is lost.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .errors import InputFormatError
from .records import Failure

FORMATS = ("auto", "txt", "jsonl", "csv")
TEXT_SUFFIXES = {".txt": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}


@dataclass(frozen=True, slots=True)
class Fields:
    """Which input fields hold what; None means: try the usual names."""

    id: str | None = None
    text: str | None = None
    date: str | None = None
    title: str | None = None

    _GUESSES = {
        "id": ("id", "doc_id", "url", "guid"),
        "text": ("text", "content", "body", "summary", "lead"),
        "date": ("date", "publish_date", "published", "pub_date", "time"),
        "title": ("title", "headline"),
    }

    def pick(self, kind: str, keys: Iterable[str]) -> str | None:
        explicit = getattr(self, kind)
        if explicit is not None:
            return explicit
        keys = list(keys)
        return next((k for k in self._GUESSES[kind] if k in keys), None)


# ---------------------------------------------------------------- decoding

_LEGACY_HINT = ("convert it to UTF-8 first (e.g. with UniKey's converter or "
                "`iconv -f CP1258 -t UTF-8` for Windows-1258)")
# Bytes that TCVN3 (ABC) and VNI put where Vietnamese letters are; in valid
# UTF-8 they cannot stand alone, so many of them mean a legacy 8-bit encoding.
_VN_LEGACY_BYTES = re.compile(rb"[\x80-\xff]")


def decode(data: bytes) -> tuple[str, dict[str, Any]]:
    """Decode file or record bytes; return the text and notes for ``meta``.

    UTF-8 (with or without BOM) and UTF-16 (with BOM, or detected by its NUL
    bytes) are read as they are. Text in a legacy 8-bit Vietnamese encoding
    (TCVN3, VNI, Windows-1258, VISCII) is rejected with a clear message:
    guessing among them would corrupt names silently. Otherwise-UTF-8 text with
    a few invalid bytes is decoded with U+FFFD replacements, counted in the notes.
    Binary data is rejected.
    """
    notes: dict[str, Any] = {}
    if data.startswith(codecs.BOM_UTF8):
        return _check_text(data[3:].decode("utf-8", errors="replace")), {"encoding": "utf-8-sig"}
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _check_text(data.decode("utf-16", errors="replace")), {"encoding": "utf-16"}
    if len(data) >= 4 and data.count(0) * 3 >= len(data):  # UTF-16 without BOM: every other byte NUL
        even, odd = data[0::2].count(0), data[1::2].count(0)
        enc = "utf-16-le" if odd > even else "utf-16-be"
        return _check_text(data.decode(enc, errors="replace")), {"encoding": enc}
    if _looks_binary(data):
        raise InputFormatError("binary data, not text", hint="pass text files, JSONL or CSV")
    try:
        return _check_text(data.decode("utf-8")), notes
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    high = len(_VN_LEGACY_BYTES.findall(data))
    if high and bad * 2 >= high:
        # most high bytes are not part of UTF-8 sequences: a legacy encoding
        raise InputFormatError(
            f"not UTF-8: {bad} invalid byte sequences; this looks like a legacy 8-bit "
            "Vietnamese encoding (TCVN3/VNI/Windows-1258/VISCII)", hint=_LEGACY_HINT)
    notes["encoding"] = "utf-8"
    notes["replaced_invalid_bytes"] = bad
    return _check_text(text), notes


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1f\x7f]")


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    return b"\x00" in head or len(_CONTROL_BYTES.findall(head)) > 0.05 * max(1, len(head))


def _check_text(text: str) -> str:
    controls = len(_CONTROL.findall(text[:4096]))
    if controls > 0.1 * max(1, len(text[:4096])) or "\x00" in text[:4096]:
        raise InputFormatError("binary data, not text", hint="pass text files, JSONL or CSV")
    return text


# ---------------------------------------------------------------- dates

_DMY = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::\d{2})?)?\s*$")


def parse_date(value: Any) -> str | None:
    """An ISO date from ``dd/mm/yyyy[ HH:MM]`` or ISO input; None if empty.

    >>> parse_date("14/06/2025 08:30"), parse_date("2013-01-21T09:00:00+07:00")
    ('2025-06-14', '2013-01-21')
    """
    if value is None:
        return None
    s = str(value).strip()
    if not s:
        return None
    m = _DMY.match(s)
    try:
        if m:
            return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
        return dt.date.fromisoformat(s[:10]).isoformat()
    except ValueError:
        raise InputFormatError(f"unreadable date {s!r}", hint="use dd/mm/yyyy [HH:MM] or ISO YYYY-MM-DD") from None


# ---------------------------------------------------------------- readers

def detect_format(path: Path, head: bytes = b"") -> str:
    fmt = TEXT_SUFFIXES.get(path.suffix.lower())
    if fmt:
        return fmt
    if head.lstrip()[:1] == b"{":
        return "jsonl"
    return "txt"


def iter_paths(inputs: Sequence[str | Path]) -> Iterator[tuple[Path | None, Path | None]]:
    """(file, root) for each input: folders are walked in sorted order; ``-`` is stdin (None)."""
    for item in inputs:
        if str(item) == "-":
            yield None, None
            continue
        p = Path(item)
        if p.is_dir():
            # only article files: a README or a checkpoint beside them is not an article
            for f in sorted(q for q in p.rglob("*") if q.is_file() and q.suffix.lower() in TEXT_SUFFIXES
                            and not q.name.startswith(".")):
                yield f, p
        elif p.is_file():
            yield p, None
        else:
            raise InputFormatError(f"no such file or folder: {item}", hint="check the path")


def _record_id(path: Path | None, root: Path | None) -> str:
    if path is None:
        return "stdin"
    rel = path.relative_to(root) if root else Path(path.name)
    return str(rel.with_suffix("")).replace("\\", "/")


def read_inputs(inputs: Sequence[str | Path], *, fmt: str = "auto", fields: Fields = Fields(),
                stdin: IO[bytes] | None = None) -> Iterator[dict[str, Any] | Failure]:
    """Yield one input record (or Failure) per article in ``inputs``, streaming."""
    if fmt not in FORMATS:
        raise InputFormatError(f"unknown format {fmt!r}", hint=f"use one of {', '.join(FORMATS)}")
    for path, root in iter_paths(inputs):
        source = "-" if path is None else str(path)
        if path is None:
            stream = stdin or sys.stdin.buffer
            if not hasattr(stream, "peek"):  # to sniff the format without consuming it
                stream = io.BufferedReader(stream)
        else:
            stream = open(path, "rb")  # noqa: SIM115 - closed below
        try:
            head = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
            kind = fmt if fmt != "auto" else (detect_format(path, head) if path else
                                              ("jsonl" if head.lstrip()[:1] == b"{" else "txt"))
            if kind == "txt":
                yield from _read_txt(stream.read(), source, _record_id(path, root))
            elif kind == "jsonl":
                yield from _read_jsonl(stream, source, fields)
            else:
                yield from _read_csv(stream, source, fields)
        finally:
            if path is not None:
                stream.close()


def _read_txt(data: bytes, source: str, rid: str) -> Iterator[dict[str, Any] | Failure]:
    try:
        text, notes = decode(data)
    except InputFormatError as e:
        yield Failure(rid, "read", str(e), source, "file")
        return
    title = text.split("\n", 1)[0].strip("\r\ufeff ")
    yield {"id": rid, "text": text, "date": None, "title": title, "source": source,
           "position": "file", "meta": notes}


def _make_record(obj: dict[str, Any], fields: Fields, source: str, position: str,
                 default_id: str) -> dict[str, Any] | Failure:
    keys = obj.keys()
    fid, ftext, fdate, ftitle = (fields.pick(k, keys) for k in ("id", "text", "date", "title"))
    rid = obj.get(fid) if fid else None
    rid = str(rid) if rid not in (None, "") else default_id
    if ftext is None or ftext not in obj:
        return Failure(rid, "read", f"no text field (looked for {fields.text or 'text/content/body/summary'})",
                       source, position)
    text = obj.get(ftext)
    if not isinstance(text, str):
        return Failure(rid, "read", f"field {ftext!r} is {type(text).__name__}, not text", source, position)
    meta: dict[str, Any] = {}
    title = obj.get(ftitle) if ftitle else None
    if isinstance(title, str) and title.strip() and not text.startswith(title.strip()):
        # the title is the document's first line, as in the .txt dumps
        text = f"{title.strip()}\n{text}"
        meta["title_prepended"] = True
    try:
        date = parse_date(obj.get(fdate)) if fdate else None
    except InputFormatError as e:
        date = None
        meta["date_error"] = str(e)
    return {"id": rid, "text": text, "date": date, "title": title, "source": source,
            "position": position, "meta": meta}


def _read_jsonl(stream: IO[bytes], source: str, fields: Fields) -> Iterator[dict[str, Any] | Failure]:
    for n, raw in enumerate(stream, 1):
        pos = f"line {n}"
        if not raw.strip():
            continue
        default_id = f"{Path(source).stem}:{n}"
        try:
            line, _ = decode(raw)
            obj = json.loads(line)
        except (InputFormatError, json.JSONDecodeError) as e:
            yield Failure(default_id, "read", f"malformed JSON line: {e}", source, pos)
            continue
        if not isinstance(obj, dict):
            yield Failure(default_id, "read", f"a JSON line must be an object, not {type(obj).__name__}",
                          source, pos)
            continue
        yield _make_record(obj, fields, source, pos, default_id)


def _read_csv(stream: IO[bytes], source: str, fields: Fields) -> Iterator[dict[str, Any] | Failure]:
    # decode lazily line by line; csv handles quoted newlines across lines
    text_stream = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="replace", newline="")
    reader = csv.reader(text_stream)
    try:
        header = next(reader)
    except StopIteration:
        return
    for row in reader:
        pos = f"row {reader.line_num}"
        default_id = f"{Path(source).stem}:{reader.line_num}"
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Failure(default_id, "read", f"{len(row)} fields for {len(header)} columns", source, pos)
            continue
        yield _make_record(dict(zip(header, row)), fields, source, pos, default_id)
    text_stream.detach()


# ---------------------------------------------------------------- writing

class JsonlWriter:
    """Write one JSON object per line, UTF-8, ``ensure_ascii=False``, flushed per line."""

    def __init__(self, path: str | Path | None, *, append: bool = False):
        self.path = None if path in (None, "-") else Path(path)
        if self.path is None:
            self._fh = sys.stdout if path == "-" else None
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "a" if append else "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        self.count = 0

    def write(self, obj: dict[str, Any]) -> None:
        if self._fh is None:
            return
        self._fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.count += 1

    def flush(self) -> None:
        if self._fh is not None:
            self._fh.flush()

    def tell(self) -> int:
        if self._fh is None or self.path is None:
            return 0
        self._fh.flush()
        return self._fh.tell()

    def close(self) -> None:
        if self._fh is not None and self.path is not None:
            self._fh.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def read_jsonl(path: str | Path) -> Iterator[dict[str, Any]]:
    """Objects of a JSONL file, one at a time; raises InputFormatError on a bad line."""
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    yield json.loads(line)
                except json.JSONDecodeError as e:
                    raise InputFormatError(f"{path}:{n}: malformed JSON: {e}") from None
