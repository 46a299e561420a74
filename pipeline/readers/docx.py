"""Word .docx: body paragraphs and table rows in document order, one per line (a row of one-line
cells reads as the HTML and Markdown readers read it: "Periode: 2022–2024", "Maria Lund ·
Projektledare · …"; cells with several paragraphs stay lines of their own); paragraphs in
Heading/Title styles become Document.headings."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..config import Config
from ..errors import ParseError
from ..schema import Source
from .text import check_text, join_lines, read_bytes, sha256, table_row_line

_SPACE = re.compile(r"[ \t\u00a0]+")
#: Built-in heading styles keep their English names inside the file whatever the UI language.
_HEADING_STYLE = re.compile(r"^(heading|title|subtitle|overskrift|rubrik|tittel)\b", re.I)


def _blocks(document):
    """(text, is_heading) for each paragraph and table cell, in body order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            style = para.style.name if para.style is not None else ""
            yield para.text, bool(_HEADING_STYLE.match(style or ""))
        elif tag == "tbl":
            for row in Table(child, document).rows:
                seen = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat the same element
                        continue
                    seen.add(id(cell._tc))
                    cells.append(cell.text)
                if len(cells) >= 2 and not any("\n" in c for c in cells):
                    # a data row ("2023 | 400 000 kr", "Maria Lund | Projektledare | …") is one line
                    yield table_row_line([_SPACE.sub(" ", c).strip() for c in cells]), False
                else:  # a layout table's cells hold paragraphs: each stands as its own lines
                    yield from ((c, False) for c in cells)


def docx_to_text(data: bytes, name: str) -> tuple[str, list[tuple[int, int]]]:
    """Text of a .docx file and the spans of its heading paragraphs."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ParseError(f"{name} is not a complete .docx file (damaged or truncated): {exc}") from exc
    except Exception as exc:  # python-docx/lxml raise many types on damaged parts
        raise ParseError(f"{name} could not be read as .docx: {type(exc).__name__}: {exc}") from exc
    lines = ((clean, is_heading) for raw, is_heading in blocks for line in raw.splitlines()
             if (clean := _SPACE.sub(" ", line).strip()))
    return join_lines(lines)


def read_docx(path: Path, config: Config):
    """A .docx file as a Document."""
    from . import Document

    raw = read_bytes(path, config)
    text, headings = docx_to_text(raw, path.name)
    check_text(text, path.name, config)
    source = Source(path=str(path), format="docx", encoding="utf-8", encoding_confidence=1.0,
                    bytes=len(raw), sha256=sha256(raw))
    return Document(case_id=path.stem, text=text, source=source, headings=headings)
