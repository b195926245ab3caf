"""Library exceptions. Each carries a stable code so messages are greppable."""

from __future__ import annotations


class VnextractError(Exception):
    """Base class for every error the library raises on purpose."""

    code = "V000"

    def __init__(self, message: str, *, hint: str | None = None):
        super().__init__(f"[{self.code}] {message}")
        self.hint = hint


class RulesError(VnextractError):
    """A rule, lexicon or pattern file is malformed."""

    code = "V001"


class InputFormatError(VnextractError):
    """An input file or record cannot be read as the format asked for."""

    code = "V002"


class RecordError(VnextractError):
    """One input record is unusable (empty text, bad field, ...)."""

    code = "V003"

    def __init__(self, message: str, *, stage: str = "read", hint: str | None = None):
        super().__init__(message, hint=hint)
        self.stage = stage


class SchemaError(VnextractError):
    """A record does not match the vnextract schema."""

    code = "V004"
