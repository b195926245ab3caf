"""Shared fixtures: paths to the repo's data and to ../shared (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnextract.records import Entity

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "data" / "raw" / "laocai-2013-01-21.txt"


def shared_path(*parts: str) -> Path:
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"{p} is not available")
    return p


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    from vnextract.pipeline import default_nlp

    return default_nlp()


def ents(text: str, spec: list[tuple[str, str]]) -> list[Entity]:
    """Entities ``T1``, ``T2``... for (label, surface) pairs, found left to right in ``text``."""
    out, pos = [], 0
    for k, (label, surface) in enumerate(spec, 1):
        s = text.index(surface, pos)
        out.append(Entity(f"T{k}", label, s, s + len(surface), surface))
        pos = s + len(surface)
    return out


def event_roles(text: str, trigger: str, at: int = 0) -> dict[str, list[str]]:
    """The arguments (role -> [entity text]) of the first event of ``text`` whose trigger starts with ``trigger`` at or
    after offset ``at``; fails listing the events found when there is none."""
    import vnextract

    d = vnextract.extract(text)
    by_id = {e.id: e for e in d.entities}
    for ev in d.events:
        if ev.trigger.start >= at and text[ev.trigger.start:ev.trigger.end].startswith(trigger):
            return {r: [by_id[i].text for i in ids] for r, ids in ev.args.items()}
    raise AssertionError(f"no event {trigger!r}: {[(e.type, e.trigger.text) for e in d.events]}")
