"""Word .docx: body paragraphs and table rows in document order, one per line (a row of one-line
cells reads as the HTML and Markdown readers read it: "Periode: 2022–2024", "Maria Lund ·
Projektledare · …"; cells with several paragraphs stay lines of their own); paragraphs in
Heading/Title styles become Document.headings. A form's content controls, smart tags and text boxes
are read with the text around them (python-docx's Paragraph.text leaves them out); a tab inside a
paragraph stands as a column gap of three spaces."""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from ..config import Config
from ..errors import ParseError
from ..schema import Source
from .text import COLUMN_GAP, check_text, join_lines, read_bytes, sha256, table_row_line

_SPACE = re.compile(r"[ \u00a0]+")
#: a tab between two words of a paragraph ("Kontaktperson<tab>Lone Bech") parts a label from its value, as
#: a wide gap does in a PDF; written as the readers' COLUMN_GAP
_TAB_GAP = re.compile(r" *\t[\t ]*")
#: Built-in heading styles keep their English names inside the file whatever the UI language.
_HEADING_STYLE = re.compile(r"^(heading|title|subtitle|overskrift|rubrik|tittel)\b", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: what a paragraph's text leaves out: deleted and moved-away text, field codes
_NOT_TEXT = {_W + "del", _W + "moveFrom", _W + "instrText", _W + "delText"}


def _local(element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _paragraph_text(p) -> tuple[str, list]:
    """A paragraph's text as Word shows it, including what python-docx's Paragraph.text leaves out
    (content controls of a form, smart tags), and the text boxes anchored in it, read apart."""
    parts: list[str] = []
    boxes: list = []

    def walk(element) -> None:
        for child in element:
            name = _local(child)
            if not name or child.tag in _NOT_TEXT or name.endswith("Pr"):
                continue  # comments, properties (tab stops, styles, a control's placeholder)
            if child.tag == _W + "t":
                parts.append(child.text or "")
            elif child.tag == _W + "tab":
                parts.append("\t")
            elif child.tag in (_W + "br", _W + "cr"):
                parts.append("\n")
            elif child.tag == _W + "noBreakHyphen":
                parts.append("-")
            elif child.tag == _W + "txbxContent":
                boxes.append(child)
            else:
                walk(child)

    walk(p)
    return "".join(parts), boxes


def _blocks(container, document):
    """(text, is_heading) for each paragraph and table row of a body, a table cell, a content control
    or a text box, in document order."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        name = _local(child)
        if name == "p":
            text, boxes = _paragraph_text(child)
            style = Paragraph(child, document).style
            yield text, bool(_HEADING_STYLE.match(style.name if style is not None and style.name else ""))
            for box in boxes:
                yield from _blocks(box, document)
        elif name == "tbl":
            for row in Table(child, document).rows:
                seen = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:  # merged cells repeat the same element
                        continue
                    seen.add(id(cell._tc))
                    cells.append("\n".join(text for text, _ in _blocks(cell._tc, document)))
                if len(cells) >= 2 and not any("\n" in c for c in cells):
                    # a data row ("2023 | 400 000 kr", "Maria Lund | Projektledare | …") is one line
                    yield table_row_line([_clean(c) for c in cells]), False
                else:  # a layout table's cells hold paragraphs: each stands as its own lines
                    yield from ((c, False) for c in cells)
        elif name == "sdt":  # a content control around paragraphs or a table (Word forms)
            content = child.find(_W + "sdtContent")
            if content is not None:
                yield from _blocks(content, document)
        elif name in ("customXml", "smartTag", "ins", "moveTo"):
            yield from _blocks(child, document)


def _clean(line: str) -> str:
    return _TAB_GAP.sub(COLUMN_GAP, _SPACE.sub(" ", line).strip(" \t")).strip()


def docx_to_text(data: bytes, name: str) -> tuple[str, list[tuple[int, int]]]:
    """Text of a .docx file and the spans of its heading paragraphs."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document.element.body, document))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ParseError(f"{name} is not a complete .docx file (damaged or truncated): {exc}") from exc
    except Exception as exc:  # python-docx/lxml raise many types on damaged parts
        raise ParseError(f"{name} could not be read as .docx: {type(exc).__name__}: {exc}") from exc
    lines = ((clean, is_heading) for raw, is_heading in blocks for line in raw.splitlines()
             if (clean := _clean(line)))
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
