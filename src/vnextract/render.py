"""An HTML view of document records: entities highlighted, events listed.

Every piece of article text goes through :func:`html.escape`, so markup in a
dump (``<script>``, ``&gt;``) is shown as text, never run. The page is one
self-contained file: no scripts, no external resources.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator

from .records import Document

_STYLE = """
body{font:15px/1.6 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
article{border-top:1px solid #ccc;padding:1rem 0}
.text{white-space:pre-wrap}
mark{padding:0 .15em;border-radius:.2em}
mark[data-l=PER]{background:#ffe08a}mark[data-l=RANK]{background:#f6c1a8}mark[data-l=TITLE]{background:#f2d0f5}
mark[data-l=ORG]{background:#b8e0ff}mark[data-l=LOC]{background:#c6f0c2}mark[data-l=DATE]{background:#e0e0e0}
mark::after{content:attr(data-l);font-size:.65em;margin-left:.2em;color:#555}
table{border-collapse:collapse;margin-top:.5rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
"""


def _e(s: object) -> str:
    return html.escape(str(s), quote=True)


def highlight(doc: Document) -> str:
    """The document text as HTML with each entity in a ``<mark>``."""
    out: list[str] = []
    pos = 0
    for ent in sorted(doc.entities, key=lambda x: (x.start, -x.end)):
        if ent.start < pos:  # overlapping spans are not in the schema; show the first
            continue
        out.append(_e(doc.text[pos:ent.start]))
        title = f"{ent.label} {ent.id}" + (f" = {ent.value}" if ent.value else "") + \
            (f" ({ent.canonical})" if ent.canonical else "") + (f" [{ent.rule}]" if ent.rule else "")
        out.append(f'<mark data-l="{_e(ent.label)}" title="{_e(title)}">{_e(doc.text[ent.start:ent.end])}</mark>')
        pos = ent.end
    out.append(_e(doc.text[pos:]))
    return "".join(out)


def _events_table(doc: Document) -> str:
    if not doc.events:
        return "<p>No events.</p>"
    by_id = {e.id: e for e in doc.entities}
    rows = ["<tr><th>type</th><th>status</th><th>trigger</th><th>arguments</th></tr>"]
    for ev in doc.events:
        args = "; ".join(
            f"{_e(role)}: " + ", ".join(_e(by_id[i].text) for i in ids if i in by_id)
            for role, ids in ev.args.items() if ids
        )
        rows.append(f"<tr><td>{_e(ev.type)}</td><td>{_e(ev.status)}</td><td>{_e(ev.trigger.text)}</td><td>{args}</td></tr>")
    return "<table>" + "".join(rows) + "</table>"


def render_html(docs: Iterable[Document], *, title: str = "vnextract") -> Iterator[str]:
    """The page, piece by piece (stream it to a file: memory stays flat)."""
    yield f'<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>{_e(title)}</title>'
    yield f"<style>{_STYLE}</style></head><body><h1>{_e(title)}</h1>\n"
    for doc in docs:
        yield (f'<article id="{_e(doc.id)}"><h2>{_e(doc.id)}</h2>'
               f"<p>{_e(doc.date or 'no date')} · {len(doc.entities)} entities · {len(doc.events)} events</p>"
               f'<div class="text">{highlight(doc)}</div>{_events_table(doc)}</article>\n')
    yield "</body></html>\n"
