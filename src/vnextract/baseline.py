"""The underthesea baseline: its ``ner`` tags, aligned back to the original text.

underthesea returns words, not offsets, and rewrites characters on the way
(``uỷ`` -> ``ủy``, NFD -> NFC, spacing inside a word). :func:`underthesea_ner`
aligns each returned word to the text on normalized forms
(:mod:`vnextract.normalize`: NFC, lower case, one tone placement, whitespace
ignored), so every entity it returns satisfies ``text[start:end] == entity.text``.

>>> ents = underthesea_ner("Chính uỷ Lương Văn Sơn đến Lào Cai.")  # doctest: +SKIP
>>> [(e.label, e.start, e.end, e.text) for e in ents]  # doctest: +SKIP
[('PER', 9, 22, 'Lương Văn Sơn'), ('LOC', 27, 34, 'Lào Cai')]
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

import regex

from .errors import VnextractError
from .normalize import NormText, norm_word, normalize
from .records import Entity

log = logging.getLogger(__name__)

RULE = "underthesea.ner"
LABELS = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}  # underthesea tag -> ours; MISC dropped
_SEARCH_WINDOW = 200  # how far ahead (compact characters) a word that does not fit in place is looked for
_LINE = regex.compile(r"[^\n]+")


class BaselineError(VnextractError):
    """underthesea is missing or failed."""

    code = "V010"


def _tagger() -> Callable[[str], list[tuple]]:
    """underthesea's ``ner`` applied sentence by sentence (its ``sent_tokenize``).

    Tagging sentence by sentence is how underthesea is meant to be used and
    scores best (tagging a whole paragraph at once loses about 3 points F1).
    An empty ``("", "O")`` word separates sentences so no entity spans two.
    """
    try:
        from underthesea import ner, sent_tokenize
    except ImportError:  # pragma: no cover - underthesea is a dependency
        raise BaselineError("underthesea is not installed", hint="pip install 'underthesea>=9.5'") from None

    def tag(line: str) -> list[tuple]:
        out: list[tuple] = []
        for sent in sent_tokenize(line):
            if out:
                out.append(("", "O"))
            out.extend(ner(sent))
        return out

    return tag


class _Aligner:
    """Maps words (as underthesea rewrote them) to spans of the original text.

    Works on the normalized text with whitespace removed ("compact"), so words
    whose inner spacing or tone placement changed still align.
    """

    def __init__(self, nt: NormText, start: int = 0, end: int | None = None):
        self.nt = nt
        end = len(nt.norm) if end is None else end
        self.pos = [i for i in range(start, end) if not nt.norm[i].isspace()]
        self.comp = "".join(nt.norm[i] for i in self.pos)
        self.cur = 0

    def align(self, word: str) -> tuple[int, int] | None:
        """Original (start, end) of ``word``, the next match at or after the cursor."""
        w = "".join(norm_word(word).split())
        if not w:
            return None
        at = self.cur if self.comp.startswith(w, self.cur) else self.comp.find(w, self.cur, self.cur + _SEARCH_WINDOW + len(w))
        if at < 0:
            return None
        self.cur = at + len(w)
        return self.nt.span(self.pos[at], self.pos[at + len(w) - 1] + 1)


def bio_to_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(type, first, last+1) token index spans from BIO/IOB1/BIOES tags.

    >>> bio_to_spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "B-ORG", "E-ORG"])
    [('PER', 0, 2), ('LOC', 3, 4), ('LOC', 4, 5), ('ORG', 5, 7)]
    """
    out: list[tuple[str, int, int]] = []
    cur: list = []  # [type, start]
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, typ = tag.partition("-")
        if tag == "O" or not typ:
            prefix, typ = "O", ""
        cont = bool(cur) and typ == cur[0] and prefix in ("I", "E")
        if cur and not cont:
            out.append((cur[0], cur[1], i))
            cur = []
        if prefix in ("B", "S") or (prefix in ("I", "E") and not cont):
            cur = [typ, i]
        if cur and prefix in ("E", "S"):
            out.append((cur[0], cur[1], i + 1))
            cur = []
    return out


def _tag_segments(text: str, nt: NormText, tagger: Callable[[str], list[tuple]]) -> Iterable[tuple[str, int, int]]:
    """(label, start, end) in the original text, one line (paragraph) at a time."""
    for m in _LINE.finditer(text):
        line = m.group()
        if not line.strip():
            continue
        words = tagger(line)
        if not words:
            continue
        # norm positions of this line: equal to text positions for NFC input; else search the map
        ns, ne = _norm_range(nt, m.start(), m.end())
        al = _Aligner(nt, ns, ne)
        spans = [al.align(w[0]) for w in words]
        for typ, i, j in bio_to_spans([w[-1] for w in words]):
            label = LABELS.get(typ)
            if label is None:
                continue
            inner = [s for s in spans[i:j] if s is not None]
            if len(inner) != j - i:
                log.debug("underthesea word(s) not aligned in %r", line[:60])
                if not inner:
                    continue
            yield label, inner[0][0], inner[-1][1]


def _norm_range(nt: NormText, start: int, end: int) -> tuple[int, int]:
    if nt.to_orig is None:
        return start, end
    import bisect
    return bisect.bisect_left(nt.to_orig, start, 0, len(nt.norm)), bisect.bisect_left(nt.to_orig, end, 0, len(nt.norm))


def underthesea_ner(text: str, *, tagger: Callable[[str], list[tuple]] | None = None) -> list[Entity]:
    """PER/ORG/LOC entities found by underthesea's ``ner``, with offsets into ``text``.

    ``tagger`` replaces ``underthesea.ner`` (for tests); it takes a string and
    returns tuples whose first item is a word and last item its BIO tag.
    Each non-empty line is tagged separately, sentence by sentence. Entity ids are ``U1``, ``U2``, ...
    and ``rule`` is ``"underthesea.ner"``.

    >>> fake = lambda s: [("Ông", "O"), ("Nguyễn Văn Hòa", "B-PER"), ("ở", "O"), ("Hà Nội", "B-LOC")]
    >>> [(e.label, e.start, e.end, e.text) for e in underthesea_ner("Ông Nguyễn Văn Hoà ở Hà Nội", tagger=fake)]
    [('PER', 4, 18, 'Nguyễn Văn Hoà'), ('LOC', 21, 27, 'Hà Nội')]
    """
    nt = normalize(text)
    found = _tag_segments(text, nt, tagger or _tagger())
    return [Entity(f"U{k}", label, s, e, text[s:e], rule=RULE)
            for k, (label, s, e) in enumerate(sorted(set(found), key=lambda x: (x[1], x[2])), 1)]
