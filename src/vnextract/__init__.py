"""vnextract: Vietnamese news information extraction.

>>> import vnextract
>>> doc = vnextract.extract("Đại tá Lương Văn Sơn – Chính uỷ Bộ chỉ huy Bộ đội Biên phòng")
>>> all(doc.text[e.start:e.end] == e.text for e in doc.entities)
True
"""

from .errors import InputFormatError, RecordError, RulesError, SchemaError, VnextractError
from .pipeline import extract, extract_many, load
from .records import Document, Entity, Event, EventRecord, Failure, Relation, Sentence, Span, Token

__all__ = [
    "Document", "Entity", "Event", "EventRecord", "Failure", "InputFormatError", "RecordError",
    "Relation", "RulesError", "SchemaError", "Sentence", "Span", "Token", "VnextractError",
    "extract", "extract_many", "load",
]
__version__ = "0.1.0"
