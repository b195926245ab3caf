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
