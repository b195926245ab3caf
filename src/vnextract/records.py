"""Typed records that move between stages and out to JSONL.

The field names follow ``ANNOTATION.md``: :class:`Document` is the document
record (section 1), :class:`EventRecord` the event record (section 5). Every
record has ``to_dict``/``from_dict``; ``from_dict`` accepts what ``to_dict``
wrote and the gold files' form.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

DOCUMENT_SCHEMA = "vnextract.document/1"
EVENT_SCHEMA = "vnextract.event/1"

ENTITY_LABELS = ("PER", "RANK", "TITLE", "ORG", "LOC", "DATE")
RELATION_LABELS = ("HAS_RANK", "HAS_TITLE", "TITLE_AT", "MEMBER_OF", "LOCATED_IN")
EVENT_TYPES = (
    "MEETING", "AGREEMENT", "VISIT", "TRAINING", "EXERCISE", "PATROL",
    "ARREST", "SEIZURE", "AWARD", "AID", "APPOINTMENT",
)
ROLES = ("AGENT", "PARTICIPANT", "TARGET", "DATE", "LOC")
STATUSES = ("occurred", "planned")


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the document text: ``text == doc.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Span:
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    norm: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "norm": self.norm}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Token:
        return cls(int(d["start"]), int(d["end"]), d["text"], d.get("norm", d["text"]))


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Sentence:
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    label: str
    start: int
    end: int
    text: str
    value: str | None = None  # DATE: resolved ISO 8601 value
    canonical: str | None = None  # ORG/LOC: full official name
    rule: str | None = None  # id of the rule, lexicon or model that produced it

    def to_dict(self) -> dict[str, Any]:
        return _drop_none({
            "id": self.id, "label": self.label, "start": self.start, "end": self.end,
            "text": self.text, "value": self.value, "canonical": self.canonical, "rule": self.rule,
        })

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Entity:
        return cls(d["id"], d["label"], int(d["start"]), int(d["end"]), d["text"],
                   d.get("value"), d.get("canonical"), d.get("rule"))


@dataclass(frozen=True, slots=True)
class Relation:
    label: str
    head: str  # entity id
    tail: str  # entity id
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none({"label": self.label, "head": self.head, "tail": self.tail, "rule": self.rule})

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Relation:
        return cls(d["label"], d["head"], d["tail"], d.get("rule"))


@dataclass(frozen=True, slots=True)
class Event:
    """An event inside a document record: arguments are entity ids by role."""

    id: str
    type: str
    status: str
    trigger: Span
    args: dict[str, list[str]] = field(default_factory=dict)
    mentions: tuple[Span, ...] = ()  # every trigger span of the same happening
    evidence: tuple[int, int] | None = None  # (start, end) of the supporting text
    confidence: float | None = None
    rule: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none({
            "id": self.id, "type": self.type, "status": self.status,
            "trigger": self.trigger.to_dict(),
            "args": {r: list(ids) for r, ids in self.args.items() if ids},
            "mentions": [m.to_dict() for m in self.mentions] or None,
            "evidence": {"start": self.evidence[0], "end": self.evidence[1]} if self.evidence else None,
            "confidence": self.confidence, "rule": self.rule,
        })

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        ev = d.get("evidence")
        return cls(
            d["id"], d["type"], d.get("status", "occurred"), Span.from_dict(d["trigger"]),
            {r: list(ids) for r, ids in (d.get("args") or {}).items()},
            tuple(Span.from_dict(m) for m in d.get("mentions") or ()),
            (int(ev["start"]), int(ev["end"])) if ev else None,
            d.get("confidence"), d.get("rule"),
        )


@dataclass(slots=True)
class Document:
    """A document record (spec section 1). ``text`` is the text as read."""

    id: str
    text: str
    source: str | None = None
    date: str | None = None  # ISO YYYY-MM-DD publication date
    entities: list[Entity] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # e.g. notes from reading the input
    # the spaCy Doc this record was made from (not serialized)
    doc: Any = field(default=None, repr=False, compare=False)

    def entity(self, eid: str) -> Entity:
        for e in self.entities:
            if e.id == eid:
                return e
        raise KeyError(eid)

    def to_spacy(self):
        """The spaCy ``Doc`` behind this record (None for records read from JSON)."""
        return self.doc

    def to_dict(self, *, sentences: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {
            "schema": DOCUMENT_SCHEMA, "id": self.id, "source": self.source, "date": self.date,
            "text": self.text,
            "entities": [e.to_dict() for e in self.entities],
            "relations": [r.to_dict() for r in self.relations],
            "events": [e.to_dict() for e in self.events],
        }
        if sentences:
            d["sentences"] = [s.to_dict() for s in self.sentences]
        if self.meta:
            d["meta"] = self.meta
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        return cls(
            id=str(d["id"]), text=d["text"], source=d.get("source"), date=d.get("date"),
            entities=[Entity.from_dict(e) for e in d.get("entities") or ()],
            relations=[Relation.from_dict(r) for r in d.get("relations") or ()],
            events=[Event.from_dict(e) for e in d.get("events") or ()],
            sentences=[Sentence.from_dict(s) for s in d.get("sentences") or ()],
            meta=dict(d.get("meta") or {}),
        )

    def event_records(self) -> list[EventRecord]:
        profiles = person_profiles(self)  # once per document, not once per event
        return [EventRecord.from_event(self, ev, profiles) for ev in self.events]


@dataclass(frozen=True, slots=True)
class Argument:
    """An event argument in an event record, with what the document says of it."""

    label: str
    start: int
    end: int
    text: str
    canonical: str | None = None
    value: str | None = None
    rank: str | None = None
    title: str | None = None
    org: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none({
            "label": self.label, "text": self.text, "canonical": self.canonical, "value": self.value,
            "rank": self.rank, "title": self.title, "org": self.org,
            "start": self.start, "end": self.end,
        })

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Argument:
        return cls(d.get("label", ""), int(d["start"]), int(d["end"]), d["text"], d.get("canonical"),
                   d.get("value"), d.get("rank"), d.get("title"), d.get("org"))


@dataclass(frozen=True, slots=True)
class EventRecord:
    """One line of the events JSONL (spec section 5)."""

    doc_id: str
    event_id: str
    type: str
    status: str
    trigger: Span
    date: Argument | None = None
    location: tuple[Argument, ...] = ()
    agents: tuple[Argument, ...] = ()
    participants: tuple[Argument, ...] = ()
    targets: tuple[Argument, ...] = ()
    mentions: tuple[Span, ...] = ()
    evidence: tuple[int, int] | None = None
    confidence: float | None = None
    rule: str | None = None
    doc_date: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _drop_none({
            "schema": EVENT_SCHEMA, "doc_id": self.doc_id, "event_id": self.event_id,
            "type": self.type, "status": self.status, "trigger": self.trigger.to_dict(),
            "date": self.date.to_dict() if self.date else None,
            "location": [a.to_dict() for a in self.location],
            "agents": [a.to_dict() for a in self.agents],
            "participants": [a.to_dict() for a in self.participants],
            "targets": [a.to_dict() for a in self.targets],
            "mentions": [m.to_dict() for m in self.mentions],
            "evidence": {"start": self.evidence[0], "end": self.evidence[1]} if self.evidence else None,
            "confidence": self.confidence, "rule": self.rule, "doc_date": self.doc_date,
        })

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> EventRecord:
        ev = d.get("evidence")
        args = lambda key: tuple(Argument.from_dict(a) for a in d.get(key) or ())  # noqa: E731
        return cls(
            d["doc_id"], d["event_id"], d["type"], d.get("status", "occurred"), Span.from_dict(d["trigger"]),
            Argument.from_dict(d["date"]) if d.get("date") else None,
            args("location"), args("agents"), args("participants"), args("targets"),
            tuple(Span.from_dict(m) for m in d.get("mentions") or ()),
            (int(ev["start"]), int(ev["end"])) if ev else None,
            d.get("confidence"), d.get("rule"), d.get("doc_date"),
        )

    @classmethod
    def from_event(cls, doc: Document, ev: Event,
                   profiles: dict[str, dict[str, str]] | None = None) -> EventRecord:
        by_id = {e.id: e for e in doc.entities}
        if profiles is None:
            profiles = person_profiles(doc)

        def arg(eid: str) -> Argument:
            e = by_id[eid]
            p = profiles.get(eid, {})
            return Argument(e.label, e.start, e.end, e.text, e.canonical, e.value,
                            p.get("rank"), p.get("title"), p.get("org"))

        def role(r: str) -> tuple[Argument, ...]:
            return tuple(arg(i) for i in ev.args.get(r, ()) if i in by_id)

        dates = role("DATE")
        return cls(
            doc.id, f"{doc.id}#{ev.id}", ev.type, ev.status, ev.trigger,
            dates[0] if dates else None, role("LOC"), role("AGENT"), role("PARTICIPANT"), role("TARGET"),
            ev.mentions, ev.evidence or (ev.trigger.start, ev.trigger.end), ev.confidence, ev.rule, doc.date,
        )


def person_profiles(doc: Document) -> dict[str, dict[str, str]]:
    """Rank, title and organization of each PER entity, from the relations.

    Mentions of one person are linked by ``canonical`` (the full name), so a
    short mention (``ông Sơn``) gets what the full-name mention says.
    """
    by_id = {e.id: e for e in doc.entities}
    facts: dict[str, dict[str, str]] = {}

    def key(e: Entity) -> str:
        return e.canonical or e.text

    for r in doc.relations:
        head, tail = by_id.get(r.head), by_id.get(r.tail)
        if head is None or tail is None:
            continue
        slot = {"HAS_RANK": "rank", "HAS_TITLE": "title", "MEMBER_OF": "org"}.get(r.label)
        if slot and head.label == "PER":
            facts.setdefault(key(head), {}).setdefault(slot, tail.canonical or tail.text)
    return {e.id: facts[key(e)] for e in doc.entities if e.label == "PER" and key(e) in facts}


@dataclass(frozen=True, slots=True)
class Failure:
    """A record that could not be processed, with where and why."""

    id: str | None
    stage: str
    reason: str
    source: str | None = None
    position: str | None = None  # line or row in the input

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "stage": self.stage, "reason": self.reason,
                "source": self.source, "position": self.position}


def load_schema(name: str) -> dict[str, Any]:
    """The JSON Schema shipped for ``"document"`` or ``"event"`` records."""
    import json
    from importlib import resources

    return json.loads((resources.files("vnextract") / "schemas" / f"{name}.schema.json").read_text("utf-8"))
