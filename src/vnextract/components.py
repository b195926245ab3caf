"""spaCy glue: the tokenizer and the named pipeline components.

Each component computes with a plain function from its stage module and then
writes its result onto the ``Doc`` (``doc.ents``, ``doc._.relations``,
``doc._.events``), so the stages stay testable without spaCy.
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache

import numpy

from spacy.language import Language
from spacy.attrs import IDX, IS_SPACE, LENGTH, NORM, SENT_START
from spacy.tokens import Doc, Span
from spacy.util import get_words_and_spaces, registry

from .ner import DEFAULT_RECOGNIZERS
from .normalize import norm_word
from .records import Entity, Sentence
from .segment import segment_words, split_sentences

for _name, _default in (("doc_date", None), ("doc_id", None), ("relations", None), ("events", None),
                        ("rules_dirs", ())):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
for _name in ("rule", "value", "canonical"):
    if not Span.has_extension(_name):
        Span.set_extension(_name, default=None)


# What every stage reads, kept on the Doc once (in ``user_data``, which spaCy
# serializes): spaCy rebuilds ``doc.text`` from its tokens on every access and
# makes a new Token object for each token of every loop over the Doc.
_TEXT = ("vnextract", "text")
_WORDS = ("vnextract", "words")
_SENTENCES = ("vnextract", "sentences")
_TOKEN_CACHES = (_TEXT, _WORDS)


def build_doc(vocab, text: str, spans: list[tuple[int, int]], sent_starts: set[int] | None = None) -> Doc:
    """A ``Doc`` over ``text`` whose tokens are ``spans`` (plus whitespace tokens).

    ``doc.text == text`` always; each token's ``norm_`` is its normalized form.
    """
    words = [text[s:e] for s, e in spans]
    words, spaces = get_words_and_spaces(words, text)
    starts = None
    if sent_starts is not None:
        starts, pos = [], 0
        for i, (w, sp) in enumerate(zip(words, spaces)):
            starts.append(i == 0 or pos in sent_starts)
            pos += len(w) + sp
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts)
    if words:
        norms = numpy.array([vocab.strings.add(_norm(w)) for w in words], dtype="uint64").reshape(-1, 1)
        doc.from_array([NORM], norms)
    doc.user_data[_TEXT] = text
    doc.user_data[_WORDS] = tuple(spans)
    return doc


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    return norm_word(word)


def doc_text(doc: Doc) -> str:
    """``doc.text``, without rebuilding it from the tokens each time."""
    text = doc.user_data.get(_TEXT)
    return text if text is not None else doc.text


def doc_words(doc: Doc) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of the tokens that are not whitespace."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        words = tuple((t.idx, t.idx + len(t)) for t in doc if not t.is_space)
    return words


class VietnameseTokenizer:
    """Words from underthesea, aligned to the text as read (``doc.text == text``)."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        spans: list[tuple[int, int]] = []
        pos = 0
        for line in text.splitlines(keepends=True):
            spans.extend((pos + s, pos + e) for s, e in segment_words(line.rstrip("\r\n")))
            pos += len(line)
        return build_doc(self.vocab, text, spans)

    # spaCy calls these when saving a pipeline; the tokenizer has no state.
    def to_bytes(self, **_):
        return b""

    def from_bytes(self, _data, **_):
        return self

    def to_disk(self, _path, **_):
        pass

    def from_disk(self, _path, **_):
        return self


@registry.tokenizers("vnextract.Tokenizer.v1")
def create_tokenizer():
    def make(nlp: Language) -> VietnameseTokenizer:
        return VietnameseTokenizer(nlp.vocab)

    return make


def doc_sentences(doc: Doc) -> list[Sentence]:
    """The sentences of ``doc`` without leading or trailing whitespace tokens."""
    text = doc_text(doc)
    spans = doc.user_data.get(_SENTENCES)
    if spans is None:
        spans = []
        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            if toks:
                spans.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return [Sentence(s, e, text[s:e]) for s, e in spans]


def _sentence_spans(doc: Doc) -> tuple[tuple[int, int], ...]:
    """What :func:`doc_sentences` computes, read from the token arrays at once."""
    out: list[tuple[int, int]] = []
    first = last = None
    for idx, length, space, start in doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).tolist():
        if start == 1 and first is not None:
            out.append((first, last))
            first = None
        if not space:
            if first is None:
                first = idx
            last = idx + length
    if first is not None:
        out.append((first, last))
    return tuple(out)


def doc_entities(doc: Doc) -> list[Entity]:
    """``doc.ents`` as records, with ids ``T1``, ``T2``, ... in text order."""
    text = doc_text(doc)
    return [
        Entity(f"T{i}", e.label_, e.start_char, e.end_char, text[e.start_char:e.end_char], e._.value, e._.canonical,
               e._.rule)
        for i, e in enumerate(doc.ents, 1)
    ]


def doc_date(doc: Doc) -> dt.date | None:
    d = doc._.doc_date
    if isinstance(d, str):
        try:
            return dt.date.fromisoformat(d[:10])
        except ValueError:
            return None
    return d


@Language.component("vnextract_sentences")
def sentences_component(doc: Doc) -> Doc:
    """Sentence boundaries: each line, then underthesea's splitter inside lines."""
    starts = {s for s, _ in split_sentences(doc_text(doc))}
    # one array write: setting token.is_sent_start one by one is quadratic in spaCy
    idx = doc.to_array([IDX]).reshape(-1)
    values = numpy.where(numpy.isin(idx, list(starts)), 1, -1).astype("int64")
    if len(doc):
        values[0] = 1
        doc.from_array([SENT_START], values.astype("uint64").reshape(-1, 1))
    doc.user_data[_SENTENCES] = _sentence_spans(doc)
    return doc


class NerComponent:
    """Runs the recognizers and writes ``doc.ents`` (splitting tokens where needed)."""

    def __init__(self, nlp: Language, name: str, recognizers: list[str]):
        from .ner import resolve_recognizer

        self.name = name
        self.recognizer_names = list(recognizers)
        self.recognizers = [resolve_recognizer(r) for r in recognizers]

    def __call__(self, doc: Doc) -> Doc:
        from .ner import NerContext, recognize

        ctx = NerContext(doc_date=doc_date(doc), rules_dirs=tuple(doc._.rules_dirs or ()), words=doc_words(doc))
        cands = recognize(doc_text(doc), ctx, self.recognizers)
        doc = _ensure_boundaries(doc, {b for c in cands for b in (c.start, c.end)})
        ents = []
        for c in cands:
            span = doc.char_span(c.start, c.end, label=c.label)
            if span is None:  # only whitespace-edge oddities reach here; skip, never misplace
                continue
            span._.rule, span._.value, span._.canonical = c.rule, c.value, c.canonical
            ents.append(span)
        doc.ents = ents
        return doc


def _ensure_boundaries(doc: Doc, bounds: set[int]) -> Doc:
    """Return ``doc``, re-tokenized so that every offset in ``bounds`` is a token edge."""
    edges = sorted(bounds)
    words = doc_words(doc)
    if not any(_cuts(s, e, edges) for s, e in words):
        return doc
    text = doc_text(doc)
    spans: list[tuple[int, int]] = []
    for s, e in words:
        cuts = _cuts(s, e, edges)
        for a, b in zip([s, *cuts], [*cuts, e]):
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if a < b:
                spans.append((a, b))
    new = build_doc(doc.vocab, text, spans, {s.start_char for s in doc.sents})
    new.user_data.update((k, v) for k, v in doc.user_data.items() if k not in _TOKEN_CACHES)
    return new


def _cuts(start: int, end: int, edges: list[int]) -> list[int]:
    """The offsets in sorted ``edges`` strictly inside (start, end)."""
    i = bisect.bisect_right(edges, start)
    j = bisect.bisect_left(edges, end)
    return edges[i:j]


@Language.factory("vnextract_ner", default_config={"recognizers": list(DEFAULT_RECOGNIZERS)})
def create_ner(nlp: Language, name: str, recognizers: list[str]) -> NerComponent:
    return NerComponent(nlp, name, recognizers)


@Language.component("vnextract_persons")
def persons_component(doc: Doc) -> Doc:
    """Link short mentions of a person (``ông Sơn``) to the full name (``canonical``)."""
    from .relations import link_persons

    linked = link_persons(doc_text(doc), doc_entities(doc))
    for span, ent in zip(doc.ents, linked):
        span._.canonical = ent.canonical
    return doc


@Language.component("vnextract_relations")
def relations_component(doc: Doc) -> Doc:
    from .relations import find_relations

    doc._.relations = find_relations(doc_text(doc), doc_entities(doc), doc_sentences(doc),
                                     rules_dirs=tuple(doc._.rules_dirs or ()))
    return doc


@Language.component("vnextract_events")
def events_component(doc: Doc) -> Doc:
    from .events import find_events

    d = doc_date(doc)
    doc._.events = find_events(doc_text(doc), doc_entities(doc), doc_sentences(doc), d.isoformat() if d else None,
                               rules_dirs=tuple(doc._.rules_dirs or ()), relations=doc._.relations)
    return doc
