"""Word segmentation and sentence splitting that keep the text as read.

underthesea segments words but rewrites characters (``uỷ`` -> ``ủy``) and
drops spacing, so its words are aligned back to the original text by their
base letters; what it returns never enters the ``Doc``.

>>> words = segment_words("Chính uỷ Lương Văn Sơn")
>>> [w for w in words]
[(0, 5), (6, 8), (9, 22)]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from functools import lru_cache

import regex

# A fallback for text underthesea's words cannot be aligned to: syllables,
# numbers with inner separators, and single punctuation marks.
_FALLBACK = regex.compile(r"[\p{L}\p{M}\p{N}]+(?:[./:\-&][\p{L}\p{M}\p{N}]+)*|\S")
_LINE = regex.compile(r"[^\r\n]+")


@lru_cache(maxsize=4096)
def _base(c: str) -> str:
    """The base letter of a character, for alignment: 'Ủ' -> 'u', 'đ' -> 'd'."""
    d = unicodedata.normalize("NFD", c)
    b = d[0].lower() if d else c
    return "d" if b == "đ" else b


def _underthesea_words(line: str) -> list[str]:
    from underthesea import word_tokenize  # imported lazily: it loads a model

    return word_tokenize(line)


def _align(line: str, words: list[str]) -> list[tuple[int, int]] | None:
    """Offsets of ``words`` in ``line``, matching base letters; None if they do not fit."""
    spans: list[tuple[int, int]] = []
    i, n = 0, len(line)
    for w in words:
        start = None
        for c in w:
            if c.isspace():
                continue
            if unicodedata.combining(c):
                continue
            while i < n and (line[i].isspace() or unicodedata.combining(line[i])):
                i += 1
            if i >= n or _base(line[i]) != _base(c):
                return None
            if start is None:
                start = i
            i += 1
        while i < n and unicodedata.combining(line[i]):  # marks of the last letter (NFD)
            i += 1
        if start is not None:
            spans.append((start, i))
    return spans


def _fallback(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in _FALLBACK.finditer(line)]


def segment_words(line: str) -> list[tuple[int, int]]:
    """Word spans of one line of text (no line breaks inside)."""
    if not line.strip():
        return []
    nfc = unicodedata.normalize("NFC", line)
    try:
        words = _underthesea_words(nfc)
    except Exception:  # noqa: BLE001 - underthesea fails on odd input; the fallback is exact
        return _fallback(line)
    spans = _align(line, words)
    return _fill_gaps(line, spans) if spans is not None else _fallback(line)


def _fill_gaps(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add fallback tokens for text underthesea dropped (symbols it does not know)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for s, e in [*spans, (len(line), len(line))]:
        if line[pos:s].strip():
            out.extend((pos + a, pos + b) for a, b in _fallback(line[pos:s]))
        if s < e:
            out.append((s, e))
        pos = e
    return out


# Sentence ends inside a line: . ! ? … followed by space and a capital, a digit,
# a quote or a bracket. Abbreviations ending in a period are not ends.
_SENT_END = regex.compile(r"(?<=[.!?…]|\.\.\.)[\"'”’)]*\s+(?=[\p{Lu}\p{N}\"'“‘(\[–-])")
_ABBREV = regex.compile(r"(?:\b(?:TP|Q|P|H|TX|TT|ThS|TS|PGS|GS|BS|KS|Th|St|Mr|Mrs|Dr|v\.v|Tp|Tr|Ths)|\b\p{Lu})\.$")


def _underthesea_sentences(line: str) -> list[str]:
    from underthesea import sent_tokenize

    return sent_tokenize(line)


def split_sentences(text: str) -> Iterator[tuple[int, int]]:
    """Sentence spans of ``text``: every line break is a boundary; inside a
    line, underthesea's sentence splitter (aligned back to the text), or a
    punctuation rule where its output does not align.

    >>> t = "Tiêu đề không dấu chấm\\nNgày 21/1, họp. Ông A nói."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Tiêu đề không dấu chấm', 'Ngày 21/1, họp.', 'Ông A nói.']
    """
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        try:
            spans = _align(line, _underthesea_sentences(unicodedata.normalize("NFC", line)))
        except Exception:  # noqa: BLE001 - fall back to the punctuation rule
            spans = None
        if spans is None:
            spans = list(_punctuation_split(line))
        for s, e in spans:
            yield m.start() + s, m.start() + e


def _punctuation_split(line: str) -> Iterator[tuple[int, int]]:
    start = 0
    for end_m in _SENT_END.finditer(line):
        if _ABBREV.search(line, 0, end_m.start()):
            continue
        yield from _strip(line, start, end_m.start())
        start = end_m.end()
    yield from _strip(line, start, len(line))


def _strip(line: str, s: int, e: int) -> Iterator[tuple[int, int]]:
    while s < e and line[s].isspace():
        s += 1
    while e > s and line[e - 1].isspace():
        e -= 1
    if s < e:
        yield s, e
