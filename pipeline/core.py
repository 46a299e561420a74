"""Pure core: one Document in, one Case out (language -> sections -> extractors -> normalise)."""
from __future__ import annotations

from typing import Optional

from .config import Config
from .readers import Document
from .schema import Case, Field
from .stages.language import detect_language


def extract_document(doc: Document, config: Optional[Config] = None) -> Case:
    """Run every stage on one read document. Raises NordcaseError subclasses for bad input."""
    lang = detect_language(doc.text)
    first = next((ln.strip() for ln in doc.text.splitlines() if ln.strip()), "")
    return Case(case_id=doc.case_id, source=doc.source,
                language=Field[str](value=lang.value, confidence=lang.confidence, method="language@0"),
                title=Field[str](value=first or None, confidence=0.5, method="title@0"))
