"""nordcase: Nordic case reports in, one scored cross-Nordic schema out.

Public API: extract, extract_corpus, detect_language, segment, find_dates, find_amounts,
find_contacts, entities.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .stages.language import detect_language  # noqa: E402

__all__ = ["__version__", "detect_language"]
