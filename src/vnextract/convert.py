"""Converters from common Vietnamese NER / event corpora into vnextract gold records.

:func:`convert` streams :class:`~vnextract.records.Document` records for

* ``conll``: CoNLL/BIO columns (VLSP 2016; PhoNER_COVID19 syllable and word
  level), word-segmented tokens with ``_`` joining syllables (``Lào_Cai`` ->
  ``Lào Cai``);
* ``phoner``: PhoNER_COVID19 JSON lines ``{"words": [...], "tags": [...]}``;
* ``enamex``: inline ``<ENAMEX TYPE="...">...</ENAMEX>`` text (VLSP 2018);
  nested tags keep the outermost;
* ``brat``: ``.txt`` + ``.ann`` standoff (BKEE): entities from ``T`` lines,
  events from ``E`` lines with event types mapped through
  ``rules/bkee_event_types.tsv``.

Token-joined text is detokenized the way news is written (no space before
``,`` ``.`` ``)`` or after ``(``: ``Hà_Nội , Việt_Nam`` -> ``Hà Nội, Việt Nam``);
brat texts get the same treatment with their offsets remapped. Texts are NFC
normalized only where the source is not NFC, and every document's ``meta``
says how it was made (``{"converted_from": "brat", "nfc": true, ...}``).
Entity labels outside the schema are dropped unless ``label_map`` maps them
(``{"ORGANIZATION": "ORG", "GPE": "LOC"}``; an empty value drops a label);
the dropped counts go to ``meta["dropped"]``.

>>> from vnextract.convert import join_tokens
>>> join_tokens(["Ông", "Lương_Văn_Sơn", "(", "Lào_Cai", ")", "nói", ":", '"', "Tốt", '"', "."])
('Ông Lương Văn Sơn (Lào Cai) nói: "Tốt".', [0, 4, 18, 19, 26, 28, 31, 33, 34, 37, 38])
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from .errors import InputFormatError, SchemaError
from .normalize import norm_word
from .records import ENTITY_LABELS, EVENT_TYPES, ROLES, Document, Entity, Event, Span
from .rules import load_lexicon

FORMATS = ("conll", "phoner", "enamex", "brat")

# ---------------------------------------------------------------------------
# text reconstruction

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "…", "...", "”", "’", "»"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "“", "‘", "«"})


def _space_flags(tokens: Sequence[str]) -> list[bool]:
    """Whether each token is preceded by a space when the line is written out.

    A straight double quote opens and closes by turns within the line.
    """
    flags: list[bool] = []
    quote_open = False
    prev = None
    for tok in tokens:
        if prev is None:
            space = False
        elif tok in _NO_SPACE_BEFORE or prev in _NO_SPACE_AFTER or (prev == '"' and quote_open):
            space = False
        elif tok == '"':
            space = not quote_open  # an opening quote keeps its space, a closing one does not
        else:
            space = True
        if tok == '"':
            quote_open = not quote_open
        flags.append(space)
        prev = tok
    return flags


def _syllables(token: str) -> str:
    """``Lào_Cai`` -> ``Lào Cai``: underscores joining syllables become spaces."""
    return re.sub(r"(?<=\S)_+(?=\S)", lambda m: " " * len(m.group()), token)


def join_tokens(tokens: Sequence[str]) -> tuple[str, list[int]]:
    """Write tokens out as text; returns the text and each token's start offset.

    Underscores inside a token become spaces; see the module example.
    """
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for tok, space in zip(tokens, _space_flags(tokens)):
        if space:
            parts.append(" ")
            pos += 1
        starts.append(pos)
        t = _syllables(tok)
        parts.append(t)
        pos += len(t)
    return "".join(parts), starts


def _nfc_map(text: str) -> tuple[str, list[int]]:
    """NFC of ``text`` and a position map: ``p[i]`` = new offset of old offset ``i``."""
    out: list[str] = []
    p: list[int] = []
    n, i, pos = len(text), 0, 0
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        p.extend([pos] * (j - i))
        out.append(piece)
        pos += len(piece)
        i = j
    p.append(pos)
    return "".join(out), p


_TOKEN = regex.compile(r"\S+")


def _detok_map(text: str) -> tuple[str, list[int]]:
    """Remove the spaces tokenization put around punctuation, line by line, with a position map.

    >>> _detok_map("Hà_Nội , ngày 1/1 .")[0]
    'Hà_Nội, ngày 1/1.'
    """
    drop: set[int] = set()
    for line in regex.finditer(r"[^\n]+", text):
        toks = list(_TOKEN.finditer(line.group()))
        flags = _space_flags([m.group() for m in toks])
        for k in range(1, len(toks)):
            a, b = toks[k - 1].end(), toks[k].start()
            if not flags[k] and b - a == 1:
                drop.add(line.start() + a)
    out: list[str] = []
    p: list[int] = []
    pos = 0
    for i, c in enumerate(text):
        p.append(pos)
        if i not in drop:
            out.append(c)
            pos += 1
    p.append(pos)
    return "".join(out), p


# ---------------------------------------------------------------------------
# labels


def _check_map(label_map: dict[str, str] | None) -> dict[str, str]:
    lm = dict(label_map or {})
    bad = sorted(v for v in lm.values() if v and v not in ENTITY_LABELS)
    if bad:
        raise SchemaError(f"--map to unknown label(s) {', '.join(bad)}",
                          hint=f"labels are {', '.join(ENTITY_LABELS)}; NAME= (empty) drops NAME")
    return lm


def _label(raw: str, lm: dict[str, str], dropped: Counter) -> str | None:
    label = lm.get(raw, raw if raw in ENTITY_LABELS else "")
    if not label:
        dropped[raw] += 1
        return None
    return label


def _meta(fmt: str, nfc: bool, dropped: Counter, **extra: Any) -> dict[str, Any]:
    m: dict[str, Any] = {"converted_from": fmt, "nfc": nfc}
    if dropped:
        m["dropped"] = dict(sorted(dropped.items()))
    m.update({k: v for k, v in extra.items() if v})
    return m


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# ---------------------------------------------------------------------------
# token formats: CoNLL and PhoNER JSON


def _bio_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    from .baseline import bio_to_spans

    return bio_to_spans(tags)


def _sentences_to_doc(sents: list[tuple[list[str], list[str]]], doc_id: str, source: str, fmt: str,
                      lm: dict[str, str]) -> Document:
    """One document from (tokens, tags) sentences, one sentence per line."""
    texts: list[str] = []
    ents: list[Entity] = []
    dropped: Counter = Counter()
    nfc = False
    offset = 0
    for tokens, tags in sents:
        if any(not unicodedata.is_normalized("NFC", t) for t in tokens):
            nfc = True
            tokens = [unicodedata.normalize("NFC", t) for t in tokens]
        text, starts = join_tokens(tokens)
        for typ, i, j in _bio_spans(tags):
            label = _label(typ, lm, dropped)
            if label is None:
                continue
            s, e = offset + starts[i], offset + starts[j - 1] + len(_syllables(tokens[j - 1]))
            ents.append(Entity(f"T{len(ents) + 1}", label, s, e, ""))
        texts.append(text)
        offset += len(text) + 1
    full = "\n".join(texts)
    ents = [Entity(x.id, x.label, x.start, x.end, full[x.start:x.end]) for x in ents]
    return Document(doc_id, full, source=source, entities=ents,
                    meta=_meta(fmt, nfc, dropped, sentences=len(sents) if len(sents) > 1 else None))


_TAG = re.compile(r"^(?:O|[BIESU]-\S+)$")
_MARKUP = re.compile(r"^</?[A-Za-z][^>]*>$")


def _read_conll(path: Path, lm: dict[str, str]) -> Iterator[Document]:
    """CoNLL columns: token first, NER tag in column 2 (two or three columns) or 4 (four and more:
    ``word POS chunk NER [nested-NER]``, VLSP 2016). A blank line ends a sentence;
    ``-DOCSTART-`` lines group sentences into documents (without them each
    sentence is a document); markup lines (``<s>``, ``</s>``, ``<title>``) end a sentence.
    """
    stem = path.stem
    grouped = False
    sents: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    count = 0

    def end_sentence():
        nonlocal tokens, tags
        if tokens:
            sents.append((tokens, tags))
        tokens, tags = [], []

    def flush_doc():
        nonlocal sents, count
        end_sentence()
        if sents:
            count += 1
            out = _sentences_to_doc(sents, f"{stem}-{count:05d}", str(path), "conll", lm)
            sents = []
            return out
        return None

    with path.open(encoding="utf-8-sig") as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.rstrip("\r\n")
            if not line.strip() or _MARKUP.match(line.strip()):
                end_sentence()
                if not grouped and sents:
                    yield flush_doc()  # type: ignore[misc]
                continue
            if line.startswith("-DOCSTART-"):
                grouped = True
                d = flush_doc()
                if d is not None:
                    yield d
                continue
            cols = line.split("\t") if "\t" in line else line.split()
            if len(cols) < 2:
                raise InputFormatError(f"{path}:{n}: one column only: {line[:40]!r}",
                                       hint="CoNLL lines are TOKEN ... TAG, columns separated by tabs or spaces")
            tag = cols[min(len(cols), 4) - 1]
            if not _TAG.match(tag):
                raise InputFormatError(f"{path}:{n}: {tag!r} is not a BIO tag",
                                       hint="the NER column holds O, B-TYPE or I-TYPE")
            tokens.append(cols[0])
            tags.append(tag)
    d = flush_doc()
    if d is not None:
        yield d


def _read_phoner(path: Path, lm: dict[str, str]) -> Iterator[Document]:
    """PhoNER_COVID19 JSON lines: one sentence, one document per line."""
    with path.open(encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                words, tags = obj["words"], obj["tags"]
            except (json.JSONDecodeError, KeyError, TypeError) as e:
                raise InputFormatError(f"{path}:{n}: not a PhoNER record ({e!r})",
                                       hint='each line is {"words": [...], "tags": [...]}') from None
            if len(words) != len(tags):
                raise InputFormatError(f"{path}:{n}: {len(words)} words but {len(tags)} tags")
            yield _sentences_to_doc([(words, tags)], f"{path.stem}-{n:05d}", f"{path}:{n}", "phoner", lm)


# ---------------------------------------------------------------------------
# ENAMEX


_ENAMEX = re.compile(r'<(?P<close>/)?(?P<tag>ENAMEX|TIMEX|NUMEX)(?:\s+TYPE\s*=\s*"(?P<type>[^"]*)")?\s*>', re.I)


def _read_enamex(path: Path, lm: dict[str, str]) -> Iterator[Document]:
    """One document per file: the text without tags; outermost tags become entities."""
    src = path.read_text(encoding="utf-8-sig")
    nfc = not unicodedata.is_normalized("NFC", src)
    if nfc:
        src = unicodedata.normalize("NFC", src)
    out: list[str] = []
    pos = 0
    last = 0
    stack: list[tuple[str, int]] = []
    spans: list[tuple[str, int, int]] = []
    for m in _ENAMEX.finditer(src):
        chunk = src[last:m.start()]
        out.append(chunk)
        pos += len(chunk)
        last = m.end()
        if m.group("close"):
            if not stack:
                line = src.count("\n", 0, m.start()) + 1
                raise InputFormatError(f"{path}:{line}: closing tag without an opening one")
            typ, start = stack.pop()
            if not stack:
                spans.append((typ, start, pos))
        else:
            stack.append(((m.group("type") or m.group("tag")).upper(), pos))
    if stack:
        raise InputFormatError(f"{path}: {len(stack)} tag(s) left open at the end")
    out.append(src[last:])
    text = "".join(out)
    dropped: Counter = Counter()
    ents = []
    for typ, s, e in spans:
        label = _label(typ, lm, dropped)
        s, e = _trim(text, s, e)
        if label is None or s == e:
            continue
        ents.append(Entity(f"T{len(ents) + 1}", label, s, e, text[s:e]))
    yield Document(path.stem, text, source=str(path), entities=ents, meta=_meta("enamex", nfc, dropped))


# ---------------------------------------------------------------------------
# brat (BKEE)


@lru_cache(maxsize=None)
def _event_table(rules_dirs: tuple[str, ...] = ()) -> tuple[tuple[str, str, Any, Any, dict[str, str]], ...]:
    """(BKEE type, our type, trigger regex or None, except regex or None, role map) rows."""
    rows = []
    for r in load_lexicon("bkee_event_types.tsv", rules_dirs, required=("type", "trigger", "except", "roles")):
        if r["type"] not in EVENT_TYPES:
            raise SchemaError(f"{r['_source']}: unknown event type {r['type']!r}")
        roles = {}
        for pair in filter(None, (x.strip() for x in r["roles"].split(","))):
            k, _, v = pair.partition("=")
            if v not in ROLES:
                raise SchemaError(f"{r['_source']}: unknown role {v!r} in {pair!r}")
            roles[k.strip()] = v

        def words(cell: str):
            ws = [norm_word(w.strip()) for w in cell.split(",") if w.strip()]
            return regex.compile(r"(?<![\p{L}\p{N}\p{M}])(?:" + "|".join(map(regex.escape, ws)) + r")(?![\p{L}\p{N}\p{M}])") if ws else None

        rows.append((r["term"], r["type"], words(r["trigger"]), words(r["except"]), roles))
    return tuple(rows)


def map_bkee_event(bkee_type: str, trigger_text: str, rules_dirs: tuple[str, ...] = ()):
    """Our event type and role map for a BKEE event, or None when it has no counterpart.

    >>> map_bkee_event("Meet", "gặp_gỡ")[0], map_bkee_event("Transport", "đến thăm")[0]
    ('MEETING', 'VISIT')
    >>> map_bkee_event("Transport", "di_chuyển") is None, map_bkee_event("Arrest-jail", "bắt_cóc") is None
    (True, True)
    """
    t = norm_word(_syllables(trigger_text))
    for bt, ours, want, avoid, roles in _event_table(rules_dirs):
        if bt == bkee_type and (want is None or want.search(t)) and (avoid is None or not avoid.search(t)):
            return ours, roles
    return None


def _role(bkee_role: str, roles: dict[str, str]) -> str | None:
    return roles.get(bkee_role) or roles.get(re.sub(r"\d+$", "", bkee_role))


def _parse_ann(path: Path):
    tb: dict[str, tuple[str, int, int]] = {}
    ev: list[tuple[str, str, str, list[tuple[str, str]]]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip() or line[0] not in "TE":
            continue  # A, R, N, # lines: not used
        parts = line.split("\t")
        try:
            if line[0] == "T":
                typ, _, offs = parts[1].partition(" ")
                frags = [tuple(int(x) for x in f.split()) for f in offs.split(";")]
                tb[parts[0]] = (typ, min(f[0] for f in frags), max(f[1] for f in frags))
            else:
                items = parts[1].split()
                etype, _, trig = items[0].partition(":")
                args = [tuple(a.split(":", 1)) for a in items[1:]]
                ev.append((parts[0], etype, trig, args))  # type: ignore[arg-type]
        except (IndexError, ValueError):
            raise InputFormatError(f"{path}:{n}: not a brat line: {line[:60]!r}",
                                   hint="T lines: ID<TAB>TYPE START END<TAB>TEXT; E lines: ID<TAB>TYPE:TID ROLE:ID ...") from None
    return tb, ev


def _read_brat(txt: Path, lm: dict[str, str], rules_dirs: tuple[str, ...] = ()) -> Document:
    ann = txt.with_suffix(".ann")
    if not ann.is_file():
        raise InputFormatError(f"{txt}: no {ann.name} beside it", hint="brat keeps NAME.txt and NAME.ann together")
    src = txt.read_text(encoding="utf-8-sig")
    tb, evs = _parse_ann(ann)
    nfc = not unicodedata.is_normalized("NFC", src)
    text, p = _nfc_map(src) if nfc else (src, list(range(len(src) + 1)))
    text, p2 = _detok_map(text)
    p = [p2[i] for i in p]
    text = _syllables(text)  # length-preserving

    for tid, (_, s, e) in tb.items():
        if not (0 <= s <= e <= len(src)):
            raise InputFormatError(f"{ann}: {tid} offsets {s}-{e} outside the text ({len(src)} chars)")

    def span(tid: str) -> tuple[int, int]:
        _, s, e = tb[tid]
        return _trim(text, p[s], p[e])

    triggers = {trig for _, _, trig, _ in evs}
    dropped: Counter = Counter()
    ents: dict[str, Entity] = {}
    for tid, (typ, _, _) in tb.items():
        if tid in triggers:
            continue
        label = _label(typ, lm, dropped)
        s, e = span(tid)
        if label is None or s == e:
            continue
        ents[tid] = Entity(tid, label, s, e, text[s:e])
    events: list[Event] = []
    dropped_events: Counter = Counter()
    for eid, etype, trig, args in evs:
        if trig not in tb:
            raise InputFormatError(f"{ann}: event {eid} points to a missing trigger {trig}")
        s, e = span(trig)
        mapped = map_bkee_event(etype, text[s:e], rules_dirs)
        if mapped is None:
            dropped_events[etype] += 1
            continue
        ours, roles = mapped
        out: dict[str, list[str]] = {}
        for role, aid in args:
            r = _role(role, roles)
            ent = ents.get(aid)
            if r is None or ent is None:
                continue
            if ours == "VISIT" and r == "LOC" and ent.label in ("PER", "ORG"):
                r = "TARGET"  # "A thăm B": a person or organization visited is the TARGET
            if aid not in out.setdefault(r, []):
                out[r].append(aid)
        events.append(Event(eid, ours, "occurred", Span(s, e, text[s:e]), out))
    meta = _meta("brat", nfc, dropped, dropped_events=dict(sorted(dropped_events.items())) or None,
                 detokenized=True)
    return Document(txt.stem, text, source=str(txt), entities=sorted(ents.values(), key=lambda x: (x.start, x.end)),
                    events=events, meta=meta)


# ---------------------------------------------------------------------------
# entry point


_SUFFIXES = {"conll": (".conll", ".txt", ".iob", ".bio", ".tsv", ".col"), "phoner": (".json", ".jsonl"),
             "enamex": (".txt", ".muc", ".xml", ".sgml"), "brat": (".txt",)}


def _files(fmt: str, path: Path) -> Iterator[Path]:
    if path.is_file():
        yield path.with_suffix(".txt") if fmt == "brat" and path.suffix == ".ann" else path
        return
    if not path.is_dir():
        raise InputFormatError(f"{path}: no such file or folder", hint="give a file or a folder of files")
    found = False
    for f in sorted(path.rglob("*")):
        if f.is_file() and f.suffix.lower() in _SUFFIXES[fmt] and not f.name.startswith("."):
            if fmt == "brat" and not f.with_suffix(".ann").is_file():
                continue
            found = True
            yield f
    if not found:
        raise InputFormatError(f"{path}: no {fmt} files ({', '.join(_SUFFIXES[fmt])}) in it",
                               hint="check the FORMAT argument")


def convert(fmt: str, path: str | Path, label_map: dict[str, str] | None = None, *,
            rules_dirs: Sequence[str] = ()) -> Iterator[Document]:
    """Stream gold :class:`Document` records from ``path`` (a file or a folder) in format ``fmt``.

    ``fmt`` is one of ``conll``, ``phoner``, ``enamex``, ``brat``. ``label_map``
    maps source labels to ours (``{"PERSON": "PER", "GPE": "LOC"}``); source
    labels that are already ours pass unchanged, others are dropped.
    ``rules_dirs`` extends ``bkee_event_types.tsv`` for ``brat``.
    """
    if fmt not in FORMATS:
        raise InputFormatError(f"unknown format {fmt!r}", hint=f"formats: {', '.join(FORMATS)}")
    lm = _check_map(label_map)
    dirs = tuple(str(d) for d in rules_dirs)
    for f in _files(fmt, Path(path)):
        if fmt == "conll":
            yield from _read_conll(f, lm)
        elif fmt == "phoner":
            yield from _read_phoner(f, lm)
        elif fmt == "enamex":
            yield from _read_enamex(f, lm)
        else:
            yield _read_brat(f, lm, dirs)


def parse_map(items: Sequence[str]) -> dict[str, str]:
    """``["ORGANIZATION=ORG", "MISC="]`` -> ``{"ORGANIZATION": "ORG", "MISC": ""}``.

    >>> parse_map(["PERSON=PER", "GPE=LOC"])
    {'PERSON': 'PER', 'GPE': 'LOC'}
    """
    out = {}
    for it in items:
        for piece in filter(None, (x.strip() for x in it.split(","))):
            k, eq, v = piece.partition("=")
            if not eq or not k.strip():
                raise SchemaError(f"bad --map {piece!r}", hint="write NAME=LABEL, e.g. --map ORGANIZATION=ORG")
            out[k.strip()] = v.strip()
    return out
