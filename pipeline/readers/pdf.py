"""PDF: the text layer via pypdf, each line with how the page sets it (size, weight, place), so headings,
paragraph gaps, form columns, wrapped large headings and hyphenated words read as in a text file, and
running headers, footers and small print at a page's edges stay out. Gets the file's bytes."""
from __future__ import annotations

import io
import logging
import re
import statistics
from collections import Counter
from pathlib import Path
from functools import lru_cache
from typing import NamedTuple, Optional

from .. import lexicon, resources
from ..config import Config
from ..errors import ParseError
from ..schema import Source
from .text import COLUMN_GAP, check_text, read_bytes, sha256

#: A line counts as heading when its font is this much larger than the body's median size.
HEADING_SIZE_RATIO = 1.15
HEADING_MAX_CHARS = 120
_SPACE = re.compile(r"[ \t\u00a0]+")
#: lines at each end of a page where running headers and footers sit
RUNNING_LINES = 2
_DIGITS = re.compile(r"\d+")
_NO_SPACE = re.compile(r"\s+")
#: how many fragments past the last matched one a line's first fragment may lie (fragments the text
#: layer leaves out: empty or spacing-only shows)
MATCH_LOOKAHEAD = 8


class Shown(NamedTuple):
    """How a line of the text layer was set on its page."""
    height: Optional[float]  # of its baseline, from the page's foot
    size: float              # font size of most of its letters
    bold: bool               # every fragment in a bold face
    left: Optional[float] = None   # where its first piece starts
    right: Optional[float] = None  # where its last piece ends, at an average letter width


def _page_lines(page) -> list[tuple[str, Optional[Shown]]]:
    """The lines of one page's text layer, each with how it was set when the fragments the page shows
    can be matched to it: a line may be shown in one piece or word by word (pdfTeX, Word's runs)."""
    frags: list[tuple[str, Optional[float], float, bool, Optional[float]]] = []

    def visit(text, cm, tm, font, size):
        compact = _NO_SPACE.sub("", text)
        if not compact:
            return
        scale = abs(tm[3]) if tm and tm[3] else 1.0
        base = str(font.get("/BaseFont", "")) if font else ""
        height = float(cm[5]) + float(tm[5]) * float(cm[3]) if tm and cm else None
        left = float(cm[4]) + float(tm[4]) * float(cm[0]) if tm and cm else None
        frags.append((compact, height, float(size) * scale, "bold" in base.lower(), left))

    text = page.extract_text(visitor_text=visit) or ""
    lines = [ln for ln in (_spaced(raw) for raw in text.splitlines()) if ln]
    out: list[tuple[str, Optional[Shown]]] = []
    k = 0
    for line in lines:
        target = _NO_SPACE.sub("", line)
        for first in range(k, min(k + MATCH_LOOKAHEAD, len(frags))):
            got, j = "", first
            while j < len(frags) and len(got) < len(target) and target.startswith(got + frags[j][0]):
                got += frags[j][0]
                j += 1
            if got == target:
                used = frags[first:j]
                main = max(used, key=lambda f: len(f[0]))
                last = used[-1]
                right = last[4] + len(last[0]) * last[2] * AVERAGE_LETTER_EMS if last[4] is not None else None
                out.append((_wide_gaps(line, used), Shown(used[0][1], main[2], all(f[3] for f in used),
                                                          used[0][4], right)))
                k = j
                break
        else:
            out.append((line, None))  # not matched (a fragment spanning two lines): no size, no gap
    return out


#: a gap between two pieces of a line this many font sizes wide (after the first piece's letters, at an
#: average width of AVERAGE_LETTER_EMS) parts two columns of a table or a form
COLUMN_GAP_EMS = 3.0
AVERAGE_LETTER_EMS = 0.5


#: a run of spaces inside one shown string that sets cells apart ("Tilskudd Troms fylkeskommune      600 000
#: 600 000": a text file printed to PDF)
_SPACE_RUN = re.compile(r"[ \t\u00a0]{3,}")


def _spaced(raw: str) -> str:
    """A text-layer line stripped, with a column gap for each run of three spaces or more and one space for
    each shorter run."""
    return COLUMN_GAP.join(_SPACE.sub(" ", part) for part in _SPACE_RUN.split(raw.strip()))


def _wide_gaps(line: str, used: list) -> str:
    """The line with a column gap ("Tiltakstype   Prosjekt") where two of its pieces stand far apart on
    the page; the text layer gives one space there."""
    cuts = []
    count = 0
    for a, b in zip(used, used[1:]):
        count += len(a[0])
        if a[4] is None or b[4] is None or abs((a[1] or 0) - (b[1] or 0)) > 1:
            continue
        if b[4] - a[4] - len(a[0]) * a[2] * AVERAGE_LETTER_EMS >= COLUMN_GAP_EMS * a[2]:
            cuts.append(count)
    if not cuts:
        return line
    out, seen = [], 0
    for ch in line:
        if ch == " " and seen in cuts:
            out.append(COLUMN_GAP)
            cuts.remove(seen)
            continue
        out.append(ch)
        if not ch.isspace():
            seen += 1
    return "".join(out)


#: a heading line reaching this far across the page's text was wrapped by the page's width
FILLED_LINE_SHARE = 0.7


def _text_edges(shown: list[Optional[Shown]]) -> Optional[tuple[float, float]]:
    """(left, right) of a page's text: where its lines start and how far the widest reaches."""
    lefts = [s.left for s in shown if s and s.left is not None]
    rights = [s.right for s in shown if s and s.right is not None]
    return (min(lefts), max(rights)) if lefts and rights and max(rights) > min(lefts) else None


def _fills_line(shown: Shown, edges: Optional[tuple[float, float]]) -> bool:
    if edges is None or shown.left is None or shown.right is None:
        return False
    left, right = edges
    return shown.right - left >= FILLED_LINE_SHARE * (right - left)


#: how a line that closes a sentence ends: a page break after it parts two paragraphs
_CLOSERS = (".", "!", "?", ":")
#: a gap between two lines this much wider than the page's usual line distance parts two paragraphs
PARAGRAPH_GAP_RATIO = 1.5


def _paragraph_breaks(shown: list[Optional[Shown]], body: float) -> set[int]:
    """Indexes of the lines with a paragraph gap above them: the text layer has no blank lines, the
    page has white space (a blank line tells a heading or a name that stands alone). Steps are measured
    in the larger font of the two lines, so the lines of a title in 18 pt are no paragraphs apart; steps
    to or from small print (headers, footers) say nothing of the text's line distance."""
    steps: dict[int, float] = {}
    for i, (a, b) in enumerate(zip(shown, shown[1:])):
        if a and b and a.height is not None and b.height is not None and a.height > b.height \
                and min(a.size, b.size) >= body * SMALL_PRINT_RATIO:
            steps[i + 1] = (a.height - b.height) / (max(a.size, b.size) or 1.0)
    if len(steps) < 2:
        return set()
    # the line distance inside a paragraph: the smallest step, not one far below the usual (a sub- or superscript)
    floor = statistics.median(steps.values()) / 2
    usual = min(step for step in steps.values() if step >= floor)
    return {i for i, step in steps.items() if step > usual * PARAGRAPH_GAP_RATIO}


def pdf_to_text(data: bytes, name: str) -> tuple[str, list[tuple[int, int]]]:
    """Text of a PDF's text layer, one line per line, and the spans of heading lines."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ParseError(f"{name} is an encrypted PDF; nordcase cannot read its text")
        pages = [_page_lines(page) for page in reader.pages]
    except ParseError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise ParseError(f"{name} is not a readable PDF (damaged or truncated): {exc}") from exc
    except Exception as exc:  # pypdf raises many types on damaged streams
        raise ParseError(f"{name} could not be read as PDF: {type(exc).__name__}: {exc}") from exc
    # the body's size before page furniture is known, for the paragraph gaps the hyphen joining needs
    first_body = _body_size(pages)
    breaks = [_paragraph_breaks([shown for _, shown in page], first_body) for page in pages]
    pages = [_join_hyphenated(page, gaps) for page, gaps in zip(pages, breaks)]
    page_lines = [[line for line, _ in page if line] for page in pages]
    running = _running_lines(page_lines)
    # the body size is the text's own: small-print headers and footers would make body lines "large"
    body = _body_size(pages, running)
    parts, headings, pos = [], [], 0
    for page, gaps in zip(pages, breaks):
        small = _small_print_edges(page, body)
        edges = _text_edges([shown for line, shown in page if line and _DIGITS.sub("#", line) not in running])
        above: Optional[Shown] = None  # the heading line just written, when the next may go on with it
        for index, (line, shown) in enumerate(page):
            large = bool(shown and body and shown.size >= body * HEADING_SIZE_RATIO)
            if not line or index in small or _DIGITS.sub("#", line) in running and not large:
                # a line emptied by the word hyphenated above it, or page furniture (the report's name
                # in every page's header stays where it is set large: the title on the first page)
                continue
            if above is not None and large and index not in gaps and abs(shown.size - above.size) < 0.5 \
                    and headings and headings[-1][1] == pos - 1 and _fills_line(above, edges) \
                    and len(parts[-1]) + len(line) < HEADING_MAX_CHARS:
                # a large heading wrapped at the page's width ("… (EURES), Region" / "Sjælland"): one line
                parts[-1] += " " + line
                headings[-1] = (headings[-1][0], headings[-1][1] + 1 + len(line))
                pos += 1 + len(line)
                above = shown
                continue
            if parts and parts[-1] and (index in gaps or index == 0 and parts[-1].endswith(_CLOSERS)):
                # white space on the page, or a new page after a closed sentence: a blank line in the text
                parts.append("")
                pos += 1
            above = None
            if shown and len(line) <= HEADING_MAX_CHARS and body and (large or shown.bold):
                headings.append((pos, pos + len(line)))
                above = shown if large and not line.endswith(_CLOSERS) else None
            parts.append(line)
            pos += len(line) + 1
    text = "\n".join(parts)
    if not text.strip():
        raise ParseError(f"{name} has no text layer (a scanned image?); OCR is not part of nordcase")
    return text, headings


#: a word hyphenated at a line's end: lower-case letters and a hyphen ("gjennom-"); not a spaced dash, and
#: not after a capital, where the hyphen is the word's own ("EU-", "Ni-baslegeringar", "Oslo-området")
_HYPHENATED = re.compile(r"(?<![^\W\d_])[a-zæøåäöü][^\W\d_]*[a-zæøåäöü]-\Z")
_FIRST_WORD = re.compile(r"\A([a-zæøåäöü][^\s]*)\s*")


@lru_cache(maxsize=1)
def _suspended_joiners() -> frozenset[str]:
    """The words after a suspended compound's hyphen ("hälso- och sjukvård", "for- eller efterår"):
    every language's "and" and "or" words (the reader runs before the language is known)."""
    return frozenset(w.casefold() for code in resources.languages()
                     for key in ("and_words", "or_words") for w in lexicon.phrases(code, key))


def _join_hyphenated(page: list[tuple[str, Optional[Shown]]], gaps: set[int]) -> list[tuple[str, Optional[Shown]]]:
    """A word hyphenated at the end of a line ("gjennom-\nføring") whole again on the first line; a
    suspended compound ("barne- og ungdomsarbeid"), a hyphen after digits or in a word that opens with a
    capital ("EU-", "Oslo-området") stay."""
    out = list(page)
    for i in range(len(out) - 1):
        line, nxt = out[i][0], out[i + 1][0]
        m = _FIRST_WORD.match(nxt)
        if i + 1 in gaps or not line or not _HYPHENATED.search(line) or not m \
                or m.group(1).rstrip(".,;:!?").casefold() in _suspended_joiners():
            continue
        out[i] = (line[:-1] + m.group(1), out[i][1])
        out[i + 1] = (nxt[m.end():], out[i + 1][1])
    return out


#: print this much smaller than the body's, above or below a page's text, is a header or footer
SMALL_PRINT_RATIO = 0.85
_DATE = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b")


def _body_size(pages: list[list[tuple[str, Optional[Shown]]]], running: Optional[set[str]] = None) -> float:
    """The font size most letters of the text are set in, running headers and footers left out."""
    sizes = [shown.size for page in pages for line, shown in page
             if shown and shown.size > 0 and not (running and _DIGITS.sub("#", line) in running) for _ in line]
    return statistics.median(sizes) if sizes else 0.0


def _small_print_edges(page: list[tuple[str, Optional[Shown]]], body: float) -> set[int]:
    """Indexes of a page's header and footer lines told by their print, for a page no other repeats
    them on (a one-page PDF): lines among the first or last RUNNING_LINES set in print smaller than
    the body's, above the first or below the last line of body size. A line with a date stays (the
    document's own date is often in its footer)."""
    sized = [i for i, (line, shown) in enumerate(page) if line and shown and shown.size >= body * SMALL_PRINT_RATIO]
    if not body or not sized:
        return set()
    edges = [i for i in range(len(page)) if i < min(sized) or i > max(sized)]
    return {i for i in edges if (i < RUNNING_LINES or i >= len(page) - RUNNING_LINES)
            and page[i][1] is not None and not _DATE.search(page[i][0])}


def _running_lines(page_lines: list[list[str]]) -> set[str]:
    """Lines (digits as '#') at the top of two or more pages, or at the bottom of two or more: page
    furniture ("Side 2 af 5"; the municipality's switchboard in a footer is no contact of the case).
    A line closing one page and opening the next is text running on."""
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
