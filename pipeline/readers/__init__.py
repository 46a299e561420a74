"""Readers: one per input format; each returns a Document (text plus source metadata)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..schema import Source


@dataclass
class Document:
    """A read input: its id (file stem), the text, where it came from, and heading spans
    known from the format's structure (HTML h1-h6, docx heading styles), if any."""

    case_id: str
    text: str
    source: Source = field(default_factory=Source)
    headings: list[tuple[int, int]] = field(default_factory=list)
