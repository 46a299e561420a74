"""nordcase: Nordic case reports in, one scored cross-Nordic schema out.

Public API: extract, extract_corpus, detect_language, segment, find_dates, find_amounts,
find_contacts, entities.
"""
from __future__ import annotations

__version__ = "0.1.0"

from .core import extract, extract_document  # noqa: E402
from .extractors.amounts import find_amounts  # noqa: E402
from .extractors.contacts import find_contacts  # noqa: E402
from .extractors.dates import find_dates, find_periods  # noqa: E402
from .extractors.numbers import find_numbers  # noqa: E402
from .runner import extract_corpus, run  # noqa: E402
from .schema import Case  # noqa: E402
from .stages.entities import entities  # noqa: E402
from .stages.language import detect_language  # noqa: E402
from .stages.sections import segment  # noqa: E402

__all__ = ["__version__", "Case", "detect_language", "entities", "extract", "extract_corpus",
           "extract_document", "find_amounts", "find_contacts", "find_dates", "find_numbers",
           "find_periods", "run", "segment"]
