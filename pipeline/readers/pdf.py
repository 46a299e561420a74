"""PDF: the text layer via pypdf; lines set in a larger or bold font become headings.

Running headers and footers stay out: in a document of two or more pages, a line among the first
or last RUNNING_LINES of a page that comes back at the top or bottom of another page (digits
aside: "Side 2 af 5", "Sida 3 av 5") is page furniture and dropped on every page: the
municipality's switchboard in a footer is no contact of the case, and the report's name in the
header does not stand before its title."""
from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from pathlib import Path

from ..config import Config
from ..errors import ParseError
from ..schema import Source
from .text import check_text, read_bytes, sha256

#: A line counts as heading when its font is this much larger than the body's median size.
HEADING_SIZE_RATIO = 1.15
HEADING_MAX_CHARS = 120
_SPACE = re.compile(r"[ \t\u00a0]+")
#: lines at each end of a page where running headers and footers sit
RUNNING_LINES = 2
_DIGITS = re.compile(r"\d+")


def _page_text(page) -> tuple[str, dict[str, tuple[float, bool]], dict[str, float]]:
    """Text of one page; per text fragment, (font size, bold); and per fragment standing once on the
    page, its height on the page (for the gaps between paragraphs)."""
    fragments: dict[str, tuple[float, bool]] = {}
    heights: dict[str, list[float]] = {}

    def visit(text, cm, tm, font, size):
        frag = _SPACE.sub(" ", text).strip()
        if not frag:
            return
        scale = abs(tm[3]) if tm and tm[3] else 1.0
        base = str(font.get("/BaseFont", "")) if font else ""
        old = fragments.get(frag, (0.0, False))
        fragments[frag] = (max(old[0], float(size) * scale), old[1] or "bold" in base.lower())
        if tm and cm:
            heights.setdefault(frag, []).append(float(cm[5]) + float(tm[5]) * float(cm[3]))

    text = page.extract_text(visitor_text=visit) or ""
    return text, fragments, {frag: ys[0] for frag, ys in heights.items() if len(ys) == 1}


#: how a line that closes a sentence ends: a page break after it parts two paragraphs
_CLOSERS = (".", "!", "?", ":")
#: a gap between two lines this much wider than the page's usual line distance parts two paragraphs
PARAGRAPH_GAP_RATIO = 1.5


def _paragraph_breaks(lines: list[str], heights: dict[str, float]) -> set[int]:
    """Indexes of the lines with a paragraph gap above them: the text layer has no blank lines, the
    page has white space (a blank line tells a heading or a name that stands alone)."""
    ys = [heights.get(line) for line in lines]
    steps = [a - b for a, b in zip(ys, ys[1:]) if a is not None and b is not None and a > b]
    if len(steps) < 2:
        return set()
    # the line distance inside a paragraph: the smallest step, not one far below the usual (a sub- or superscript)
    usual = min(step for step in steps if step >= statistics.median(steps) / 2)
    return {i + 1 for i, (a, b) in enumerate(zip(ys, ys[1:]))
            if a is not None and b is not None and a - b > usual * PARAGRAPH_GAP_RATIO}


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
    for _, frags, _ in pages:
        fragments.update(frags)
    page_lines = [[ln for ln in (_SPACE.sub(" ", raw).strip() for raw in page_text.splitlines()) if ln]
                  for page_text, _, _ in pages]
    breaks = [_paragraph_breaks(lines, heights) for lines, (_, _, heights) in zip(page_lines, pages)]
    running = _running_lines(page_lines)
    # the body size is the text's own: small-print headers and footers would make body lines "large"
    sizes = [size for frag, (size, _) in fragments.items() if _DIGITS.sub("#", frag) not in running
             for _ in range(len(frag)) if size > 0]
    body = statistics.median(sizes) if sizes else 0.0
    parts, headings, pos = [], [], 0
    for lines, gaps in zip(page_lines, breaks):
        for index, line in enumerate(lines):
            if _DIGITS.sub("#", line) in running:
                continue
            if parts and parts[-1] and (index in gaps or index == 0 and parts[-1].endswith(_CLOSERS)):
                # white space on the page, or a new page after a closed sentence: a blank line in the text
                parts.append("")
                pos += 1
            size, bold = fragments.get(line, (0.0, False))
            if len(line) <= HEADING_MAX_CHARS and body and (size >= body * HEADING_SIZE_RATIO or bold):
                headings.append((pos, pos + len(line)))
            parts.append(line)
            pos += len(line) + 1
    text = "\n".join(parts)
    if not text.strip():
        raise ParseError(f"{name} has no text layer (a scanned image?); OCR is not part of nordcase")
    return text, headings


def _running_lines(page_lines: list[list[str]]) -> set[str]:
    """Lines (digits as '#') at the top of two or more pages, or at the bottom of two or more (a line
    closing one page and opening the next is text running on)."""
    if len(page_lines) < 2:
        return set()
    tops: Counter = Counter()
    bottoms: Counter = Counter()
    for lines in page_lines:
        if len(lines) < 2 * RUNNING_LINES:
            continue  # a page of a few lines (the last lines spilling over) has no top and bottom apart
        tops.update({_DIGITS.sub("#", line) for line in lines[:RUNNING_LINES]})
        bottoms.update({_DIGITS.sub("#", line) for line in lines[-RUNNING_LINES:]})
    return {key for key, n in (tops + bottoms).items() if tops[key] >= 2 or bottoms[key] >= 2}


def read_pdf(path: Path, config: Config):
    """A .pdf file as a Document."""
    from . import Document

    raw = read_bytes(path, config)
    text, headings = pdf_to_text(raw, path.name)
    check_text(text, path.name, config)
    source = Source(path=str(path), format="pdf", encoding=None, encoding_confidence=None,
                    bytes=len(raw), sha256=sha256(raw))
    return Document(case_id=path.stem, text=text, source=source, headings=headings)
