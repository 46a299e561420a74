"""PDF: the text layer via pypdf; lines set in a larger or bold font become headings."""
from __future__ import annotations

import io
import logging
import re
import statistics
from pathlib import Path

from ..config import Config
from ..errors import ParseError
from ..schema import Source
from .text import check_text, read_bytes, sha256

#: A line counts as heading when its font is this much larger than the body's median size.
HEADING_SIZE_RATIO = 1.15
HEADING_MAX_CHARS = 120
_SPACE = re.compile(r"[ \t\u00a0]+")


def _page_text(page) -> tuple[str, dict[str, tuple[float, bool]]]:
    """Text of one page and, per text fragment, (font size, bold)."""
    fragments: dict[str, tuple[float, bool]] = {}

    def visit(text, cm, tm, font, size):
        frag = _SPACE.sub(" ", text).strip()
        if not frag:
            return
        scale = abs(tm[3]) if tm and tm[3] else 1.0
        base = str(font.get("/BaseFont", "")) if font else ""
        old = fragments.get(frag, (0.0, False))
        fragments[frag] = (max(old[0], float(size) * scale), old[1] or "bold" in base.lower())

    text = page.extract_text(visitor_text=visit) or ""
    return text, fragments


def pdf_to_text(data: bytes, name: str) -> tuple[str, list[tuple[int, int]]]:
    """Text of a PDF's text layer, one line per line, and the spans of heading lines."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ParseError(f"{name} is an encrypted PDF; nordcase cannot read its text")
        pages = [_page_text(page) for page in reader.pages]
    except ParseError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ParseError(f"{name} is not a readable PDF (damaged or truncated): {exc}") from exc
    except Exception as exc:  # pypdf raises many types on damaged streams
        raise ParseError(f"{name} could not be read as PDF: {type(exc).__name__}: {exc}") from exc
    fragments: dict[str, tuple[float, bool]] = {}
    for _, frags in pages:
        fragments.update(frags)
    sizes = [size for frag, (size, _) in fragments.items() for _ in range(len(frag)) if size > 0]
    body = statistics.median(sizes) if sizes else 0.0
    parts, headings, pos = [], [], 0
    for page_text, _ in pages:
        for line in page_text.splitlines():
            line = _SPACE.sub(" ", line).strip()
            if not line:
                continue
            size, bold = fragments.get(line, (0.0, False))
            if len(line) <= HEADING_MAX_CHARS and body and (size >= body * HEADING_SIZE_RATIO or bold):
                headings.append((pos, pos + len(line)))
            parts.append(line)
            pos += len(line) + 1
    text = "\n".join(parts)
    if not text.strip():
        raise ParseError(f"{name} has no text layer (a scanned image?); OCR is not part of nordcase")
    return text, headings


def read_pdf(path: Path, config: Config):
    """A .pdf file as a Document."""
    from . import Document

    raw = read_bytes(path, config)
    text, headings = pdf_to_text(raw, path.name)
    check_text(text, path.name, config)
    source = Source(path=str(path), format="pdf", encoding=None, encoding_confidence=None,
                    bytes=len(raw), sha256=sha256(raw))
    return Document(case_id=path.stem, text=text, source=source, headings=headings)
