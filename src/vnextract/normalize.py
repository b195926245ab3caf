"""Normalization for matching: NFC, one tone-mark placement, lower case.

The original text is never replaced. :func:`normalize` returns a
:class:`NormText` whose ``norm`` string is what matchers search and whose
``to_orig`` maps every position of ``norm`` back to the text as read, so a
match ``norm[i:j]`` is the span ``text[nt.orig_start(i):nt.orig_end(j)]``.

>>> nt = normalize("Chính uỷ HOÀ")
>>> nt.norm
'chính uỷ hoà'
>>> nt = normalize("Chính ủy")
>>> nt.norm
'chính uỷ'
>>> normalize("A &gt; B").norm
'a      b'
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

# Old ("hoà", "uỷ") and new ("hòa", "ủy") tone placement differ only for the
# open diphthongs oa, oe, uy at the end of a syllable. We fold both to the old
# placement (tone on the second vowel). "của" (u + a) is not such a diphthong.
_TONED_O = "òóỏõọ"
_TONED_U = "ùúủũụ"
_TONES = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # grave acute hook tilde dot
_NEW_STYLE = regex.compile(r"(?<![qg])([òóỏõọ])([ae])(?!\p{L})|([ùúủũụ])(y)(?!\p{L})")


def _retone(base: str, toned: str) -> str:
    """Move the tone of ``toned`` (a toned o/u) onto ``base`` (a, e or y)."""
    tone = unicodedata.normalize("NFD", toned)[1:]
    return unicodedata.normalize("NFC", base + tone)


def _to_old_style(match: regex.Match) -> str:
    if match.group(1):
        return ("o" if match.group(1) in _TONED_O else "u") + _retone(match.group(2), match.group(1))
    return "u" + _retone(match.group(4), match.group(3))


def fold_tones(s: str) -> str:
    """Fold new-style tone placement to old style in lower-case NFC text.

    Length-preserving: each replacement swaps two code points for two.

    >>> fold_tones("hòa bình, thủy lợi, khỏe, của")
    'hoà bình, thuỷ lợi, khoẻ, của'
    """
    return _NEW_STYLE.sub(_to_old_style, s)


# Markup and control characters in dumps ("&gt;", "<br>", "\x07") are blanked
# out for matching, keeping positions, so they separate words instead of
# gluing onto them. The text as read keeps them.
_MASK = regex.compile(r"&(?:[a-z]{2,8}|#[0-9]{1,6}|#x[0-9a-f]{1,6});|</?[a-z][^<>\n]{0,200}>|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def mask_markup(s: str) -> str:
    """Blank out markup and control characters, keeping every position."""
    return _MASK.sub(lambda m: " " * len(m.group()), s) if ("&" in s or "<" in s or not s.isprintable()) else s


def norm_word(s: str) -> str:
    """The normalized form of a short string (a token, a lexicon term)."""
    return fold_tones(unicodedata.normalize("NFC", s).lower())


@dataclass(frozen=True, slots=True)
class NormText:
    """A normalized view of ``text`` with a position map back to it."""

    text: str
    norm: str
    # to_orig[i] is the position in ``text`` of norm[i]; one extra entry at the
    # end maps len(norm) to len(text). None when norm and text align 1:1.
    to_orig: tuple[int, ...] | None = None

    def orig_start(self, i: int) -> int:
        return i if self.to_orig is None else self.to_orig[i]

    def orig_end(self, j: int) -> int:
        """Original end offset for a match ending at norm position ``j``."""
        if self.to_orig is None:
            return j
        if j == 0:
            return 0
        # the end of the original cluster that produced norm[j - 1]
        k = j
        while k < len(self.norm) and self.to_orig[k] == self.to_orig[j - 1]:
            k += 1
        return self.to_orig[k]

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.orig_start(i), self.orig_end(j)


def normalize(text: str) -> NormText:
    """Normalize ``text`` for matching, keeping a map to the original offsets."""
    if unicodedata.is_normalized("NFC", text):
        low = text.lower()
        if len(low) == len(text):
            return NormText(text, mask_markup(fold_tones(low)))
    # Slow path (NFD input, case mappings that change length): normalize one
    # cluster (a base character and its combining marks) at a time.
    pieces: list[str] = []
    to_orig: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j]).lower()
        pieces.append(piece)
        to_orig.extend([i] * len(piece))
        i = j
    to_orig.append(n)
    return NormText(text, mask_markup(fold_tones("".join(pieces))), tuple(to_orig))
