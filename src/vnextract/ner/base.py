"""What every recognizer shares: the candidate type and a lexicon matcher.

A recognizer is a function ``find(nt: NormText, ctx: NerContext) -> list[Candidate]``
that only computes; the NER component merges all candidates (outermost wins)
and writes ``doc.ents``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterable
from itertools import accumulate
from dataclasses import dataclass, field

import regex

from ..normalize import NormText, norm_word

LABELS = ("PER", "RANK", "TITLE", "ORG", "LOC", "DATE")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A proposed entity: offsets into the original text."""

    start: int
    end: int
    label: str
    rule: str  # id of the rule or lexicon that produced it
    priority: int = 0  # breaks ties between overlapping candidates of equal length
    value: str | None = None  # DATE: ISO 8601 value
    canonical: str | None = None  # ORG/LOC: full official name


@dataclass(slots=True)
class NerContext:
    """What recognizers may know besides the text."""

    doc_date: dt.date | None = None
    rules_dirs: tuple[str, ...] = ()
    # word spans from the segmenter (underthesea), in text order; empty when run without it
    words: tuple[tuple[int, int], ...] = ()
    # candidates already found by earlier recognizers (e.g. RANK/TITLE as cues for PER)
    found: list[Candidate] = field(default_factory=list)


# A "word character" for boundaries: letters, digits, combining marks.
_WORD = r"[\p{L}\p{N}\p{M}]"
BOUNDARY_START = rf"(?<!{_WORD})"
BOUNDARY_END = rf"(?!{_WORD})"


class LexiconMatcher:
    """Find lexicon terms in normalized text, whole words only, longest first.

    Terms are normalized with :func:`norm_word`, so ``Chính ủy`` in a lexicon
    matches ``CHÍNH UỶ`` in a text.

    >>> from vnextract.normalize import normalize
    >>> m = LexiconMatcher({"Lào Cai": "LOC", "Cai": "X"})
    >>> [(s, e, v) for s, e, v in m.finditer(normalize("tỉnh lào cai."))]
    [(5, 12, 'LOC')]
    """

    def __init__(self, entries: dict[str, object] | Iterable[tuple[str, object]]):
        items = entries.items() if isinstance(entries, dict) else entries
        self.values: dict[str, object] = {}
        for term, value in items:
            self.values.setdefault(norm_word(term).strip(), value)
        alts = sorted((t for t in self.values if t), key=len, reverse=True)
        body = "|".join(regex.escape(t) for t in alts) or r"(?!x)x"
        self._rx = regex.compile(rf"{BOUNDARY_START}(?:{body}){BOUNDARY_END}")

    def finditer(self, nt: NormText, pos: int = 0, endpos: int | None = None):
        """Yield (start, end, value) with offsets into the *original* text."""
        end = len(nt.norm) if endpos is None else endpos
        for m in self._rx.finditer(nt.norm, pos, end):
            s, e = nt.span(m.start(), m.end())
            yield s, e, self.values[m.group()]

    def __contains__(self, s: str) -> bool:
        return norm_word(s).strip() in self.values


class SpanIndex:
    """Overlap queries over a fixed set of spans (they may overlap each other), O(log n).

    >>> SpanIndex([(0, 5), (10, 12)]).overlaps(4, 8), SpanIndex([(0, 5), (10, 12)]).overlaps(5, 10)
    (True, False)
    """

    def __init__(self, spans: Iterable[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._max_end = list(accumulate((e for _, e in ordered), max))

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # spans starting before ``end``
        return i > 0 and self._max_end[i - 1] > start


class DisjointSpans:
    """A growing set of non-overlapping spans with O(log n) overlap queries.

    >>> taken = DisjointSpans()
    >>> taken.add(3, 6); taken.overlaps(5, 9), taken.overlaps(6, 9)
    (True, False)
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return i < len(self._starts) and self._starts[i] < end

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
