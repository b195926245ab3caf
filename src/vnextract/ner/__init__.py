"""The NER stage: recognizers propose candidates, one merge writes ``doc.ents``.

Each recognizer is a plain function ``find(nt, ctx) -> list[Candidate]``
(``ner/dates.py``, ``ner/places.py``, ``ner/orgs.py``, ``ner/people.py``),
named in :data:`RECOGNIZERS`; the ``vnextract_ner`` component runs the ones
its config names, in order, each seeing what the earlier ones found in
``ctx.found``, then keeps the outermost non-overlapping candidates.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable

from dataclasses import replace

from ..normalize import mask_markup, normalize
from .base import Candidate, DisjointSpans, NerContext

# name -> "module:function"; users may register their own with register_recognizer.
RECOGNIZERS: dict[str, str | Callable] = {
    "dates": "vnextract.ner.dates:find_dates",
    "places": "vnextract.ner.places:find_places",
    "orgs": "vnextract.ner.orgs:find_orgs",
    "people": "vnextract.ner.people:find_people",
}
DEFAULT_RECOGNIZERS = ("dates", "places", "orgs", "people")

# When two candidates of the same length overlap, the label higher here wins.
_LABEL_RANK = {"DATE": 6, "ORG": 5, "TITLE": 4, "RANK": 4, "LOC": 3, "PER": 2}


def register_recognizer(name: str, func: Callable) -> None:
    """Add a recognizer ``func(nt, ctx) -> list[Candidate]`` under ``name``."""
    RECOGNIZERS[name] = func


def resolve_recognizer(name: str) -> Callable:
    target = RECOGNIZERS.get(name)
    if target is None:
        raise KeyError(f"unknown recognizer {name!r}; known: {', '.join(RECOGNIZERS)}")
    if callable(target):
        return target
    module, func = target.split(":")
    return getattr(importlib.import_module(module), func)


def merge(cands: Iterable[Candidate]) -> list[Candidate]:
    """The outermost non-overlapping candidates, in text order.

    Longer spans win; ties go to the higher ``priority``, then the label order.
    """
    chosen: list[Candidate] = []
    taken = DisjointSpans()
    order = sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, -_LABEL_RANK.get(c.label, 0), c.start))
    for c in order:
        if c.end <= c.start:
            continue
        if not taken.overlaps(c.start, c.end):
            taken.add(c.start, c.end)
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def recognize(text: str, ctx: NerContext, recognizers: Iterable[Callable]) -> list[Candidate]:
    """Run ``recognizers`` over ``text`` and merge what they find."""
    nt = normalize(text)
    masked = mask_markup(text)
    if masked is not text:  # recognizers read case from nt.text: give them the blanked text
        nt = replace(nt, text=masked)
    for find in recognizers:
        ctx.found.extend(find(nt, ctx))
    return merge(ctx.found)
