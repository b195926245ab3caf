"""Loading rule and lexicon files: package data plus user directories.

Two formats, both plain text and parsed without executing anything:

* ``*.tsv`` lexicons: optional ``#`` comment lines (source, licence, version),
  then a header row naming the columns; the first column is ``term``.
* ``*.toml`` pattern files: ``[[rule]]`` tables, each with an ``id``.

A user directory given with ``--rules DIR`` (or ``rules_dirs=``) may hold
files with the same names; their rows are appended to the package's.
"""

from __future__ import annotations

import csv
import tomllib
from collections.abc import Iterator, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import RulesError

PACKAGE_RULES = resources.files("vnextract") / "rules"


def _sources(name: str, rules_dirs: Sequence[str | Path]) -> Iterator[tuple[str, str]]:
    """Yield (label, content) for the package file and each user override."""
    pkg = PACKAGE_RULES / name
    if pkg.is_file():
        yield f"vnextract/rules/{name}", pkg.read_text(encoding="utf-8")
    for d in rules_dirs:
        p = Path(d) / name
        if p.is_file():
            yield str(p), p.read_text(encoding="utf-8-sig")


def _parse_tsv(label: str, content: str, required: Sequence[str]) -> Iterator[dict[str, str]]:
    lines = [(n, ln) for n, ln in enumerate(content.splitlines(), 1) if ln.strip() and not ln.startswith("#")]
    if not lines:
        return
    header = lines[0][1].split("\t")
    if header[0] != "term":
        raise RulesError(f"{label}:{lines[0][0]}: the header's first column must be 'term', not {header[0]!r}")
    missing = [c for c in required if c not in header]
    if missing:
        raise RulesError(f"{label}: missing column(s) {', '.join(missing)}")
    for n, ln in lines[1:]:
        cells = next(csv.reader([ln], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(header):
            raise RulesError(f"{label}:{n}: {len(cells)} cells for {len(header)} columns")
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        if not row["term"].strip():
            raise RulesError(f"{label}:{n}: empty term")
        row["_source"] = f"{label}:{n}"
        yield row


@lru_cache(maxsize=None)
def load_lexicon(name: str, rules_dirs: tuple[str, ...] = (), required: tuple[str, ...] = ()) -> tuple[dict[str, str], ...]:
    """Rows of the lexicon ``name`` (e.g. ``"ranks.tsv"``) from the package and user dirs."""
    rows: list[dict[str, str]] = []
    found = False
    for label, content in _sources(name, rules_dirs):
        found = True
        rows.extend(_parse_tsv(label, content, required))
    if not found:
        raise RulesError(f"no lexicon named {name!r}", hint="see src/vnextract/rules/README.md")
    return tuple(rows)


@lru_cache(maxsize=None)
def load_patterns(name: str, rules_dirs: tuple[str, ...] = (), required: tuple[str, ...] = ("id",)) -> tuple[dict, ...]:
    """``[[rule]]`` tables of the pattern file ``name`` (e.g. ``"dates.toml"``)."""
    rules: list[dict] = []
    seen: set[str] = set()
    found = False
    for label, content in _sources(name, rules_dirs):
        found = True
        try:
            data = tomllib.loads(content)
        except tomllib.TOMLDecodeError as e:
            raise RulesError(f"{label}: {e}") from None
        for k, rule in enumerate(data.get("rule", []), 1):
            missing = [c for c in required if c not in rule]
            if missing:
                raise RulesError(f"{label}: rule #{k} lacks {', '.join(missing)}")
            if rule["id"] in seen:
                raise RulesError(f"{label}: duplicate rule id {rule['id']!r}")
            seen.add(rule["id"])
            rules.append(dict(rule, _source=label))
    if not found:
        raise RulesError(f"no pattern file named {name!r}", hint="see src/vnextract/rules/README.md")
    return tuple(rules)
