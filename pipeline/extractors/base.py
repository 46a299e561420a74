"""Candidate: what every extractor returns before normalisation picks one winner per field."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(frozen=True)
class Candidate:
    """One extracted mention.

    kind: what it is ("date", "period", "amount", "number", "phone", ...).
    value: the normalised value (datetime.date, float, int, str, tuple ...).
    raw: the text as written; start/end: half-open char span in the document.
    score: evidence in [0, 1] before calibration (label found, context words, ambiguity).
    method: extractor name and version, e.g. "dates@1".
    attrs: kind-specific details, e.g. {"currency": "DKK", "role": "per_year"}.
    """

    kind: str
    value: Any
    raw: str
    start: int
    end: int
    score: float
    method: str
    section: Optional[str] = None
    attrs: dict = field(default_factory=dict, compare=False, hash=False)

    def shifted(self, offset: int, section: Optional[str] = None) -> "Candidate":
        """The same candidate with its span moved by `offset` (text was a slice)."""
        return Candidate(self.kind, self.value, self.raw, self.start + offset, self.end + offset,
                         self.score, self.method, section if section is not None else self.section,
                         dict(self.attrs))
