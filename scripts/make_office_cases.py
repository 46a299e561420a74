"""Build the sample corpus's Word and PDF cases from their readable sources, byte for byte the same on
every run.

    python scripts/make_office_cases.py            # writes corpus/cases/<stem>.docx / .pdf
    python scripts/make_office_cases.py --check    # fails when a committed file differs from its source

A source (`corpus/sources/<stem>.txt`) is the case as its author typed it, in a small markup:
`# ` the title, `## ` a heading, `- ` a bullet, `| a | b |` a table row, any other line a paragraph,
a blank line between blocks. The .docx gets Word's Title, Heading 1 and List Bullet styles and real
tables; the .pdf is set as a word processor sets a page (title 18 pt, headings 12 pt bold, body 10 pt
wrapped at the page's width, white space between paragraphs, table cells apart by a wide gap, a
running header and a "page n of m" footer) and shows each line word by word, as pdfTeX and Word's
runs do. `tests/readers/batch_samples.py` uses the same PDF writer for the reader tests.
"""
from __future__ import annotations

import argparse
import io
import sys
import textwrap
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "corpus" / "sources"
CASES = ROOT / "corpus" / "cases"
#: a fixed time for the files' own dates (docx core properties and zip entries), so builds agree
FIXED_TIME = datetime(2024, 1, 1, 0, 0, 0)
TITLE_SIZE, HEADING_SIZE, BODY_SIZE, FURNITURE_SIZE = 18, 12, 10, 8
#: characters per line at each size on an A4 page with 2.5 cm margins, Helvetica
TITLE_WIDTH, BODY_WIDTH = 48, 95
LINES_PER_PAGE = 46


@dataclass(frozen=True)
class Layout:
    """How one case is set: its format and, for a PDF, the running header and the footer's pattern."""
    format: str
    header: str = ""
    footer: str = ""  # "{page}" and "{pages}" filled in


LAYOUTS = {
    "da07_digital_hverdag_viborg": Layout("docx"),
    "sv07_simskola_borlange": Layout("pdf", "Borlänge kommun · Fritid och kultur", "Sida {page} av {pages}"),
    "nb07_lesevenner_skien": Layout("pdf", "Skien kommune – Prosjektbeskrivelse", "Side {page} av {pages}"),
    "nn07_turvenn_stryn": Layout("docx"),
}


def _pdf_string(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_pages_bytes(pages: list[list[tuple[str, float, bool]]], word_by_word: bool = False) -> bytes:
    """A PDF of several pages with a text layer: per page, (text, font size, bold) per line (" " for
    white space); each line shown in one piece, or word by word at its own place on the line (a tab
    then parts two columns by six font sizes)."""
    streams = []
    for lines in pages:
        ops, y = [], 800
        for text, size, bold in lines:
            font = b"F2" if bold else b"F1"
            if word_by_word:
                x = 50
                for cell in text.split("\t"):  # a tab parts the columns of a table or a form
                    for word in cell.split(" "):
                        ops.append(b"BT /%s %d Tf %d %d Td (" % (font, size, x, y) + _pdf_string(word) + b") Tj ET")
                        x += int((len(word) * 0.6 + 0.6) * size)
                    x += 6 * size
            else:
                ops.append(b"BT /%s %d Tf 50 %d Td (" % (font, size, y) + _pdf_string(text) + b") Tj ET")
            y -= int(size * 1.6)
        streams.append(b"\n".join(ops))
    n = len(pages)
    fonts = 3 + 2 * n  # object numbers of the two fonts, after catalog, pages and each page + stream
    kids = b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(n))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n]
    for i, stream in enumerate(streams):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (4 + 2 * i, fonts, fonts + 1))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objects += [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def parse_source(text: str) -> list[tuple[str, object]]:
    """Blocks of a source: ("title"|"heading"|"paragraph"|"bullet", text) or ("table", [cells...])."""
    blocks: list[tuple[str, object]] = []
    for line in text.splitlines():
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("## "):
            blocks.append(("heading", line[3:]))
        elif line.startswith("# "):
            blocks.append(("title", line[2:]))
        elif line.startswith("- "):
            blocks.append(("bullet", line[2:]))
        elif line.startswith("|") and line.endswith("|"):
            blocks.append(("table", [cell.strip() for cell in line.strip("|").split("|")]))
        else:
            blocks.append(("paragraph", line))
    return blocks


def build_pdf(blocks: list[tuple[str, object]], layout: Layout) -> bytes:
    lines: list[tuple[str, float, bool]] = []
    previous = None
    for kind, value in blocks:
        if lines and not (kind == previous and kind in ("bullet", "table")):
            lines.append((" ", BODY_SIZE, False))  # white space between blocks
        if kind == "title":
            lines += [(part, TITLE_SIZE, False) for part in textwrap.wrap(value, TITLE_WIDTH)]
        elif kind == "heading":
            lines.append((value, HEADING_SIZE, True))
        elif kind == "bullet":
            wrapped = textwrap.wrap(value, BODY_WIDTH - 2)
            lines += [(("• " if i == 0 else "  ") + part, BODY_SIZE, False) for i, part in enumerate(wrapped)]
        elif kind == "table":
            lines.append(("\t".join(value), BODY_SIZE, False))
        else:
            lines += [(part, BODY_SIZE, False) for part in textwrap.wrap(value, BODY_WIDTH)]
        previous = kind
    body = LINES_PER_PAGE - 4
    chunks = [lines[i:i + body] for i in range(0, len(lines), body)]
    pages = []
    for number, chunk in enumerate(chunks, 1):
        while chunk and chunk[0][0] == " ":
            chunk = chunk[1:]
        page = [(layout.header, FURNITURE_SIZE, False), (" ", BODY_SIZE, False)] if layout.header else []
        page += chunk
        if layout.footer:
            page += [(" ", BODY_SIZE, False),
                     (layout.footer.format(page=number, pages=len(chunks)), FURNITURE_SIZE, False)]
        pages.append(page)
    return pdf_pages_bytes(pages, word_by_word=True)


def build_docx(blocks: list[tuple[str, object]]) -> bytes:
    import docx

    document = docx.Document()
    props = document.core_properties
    props.author, props.last_modified_by, props.revision = "nordcase", "nordcase", 1
    props.created = props.modified = props.last_printed = FIXED_TIME
    index = 0
    while index < len(blocks):
        kind, value = blocks[index]
        if kind == "table":
            rows = []
            while index < len(blocks) and blocks[index][0] == "table":
                rows.append(blocks[index][1])
                index += 1
            table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            for r, cells in enumerate(rows):
                for c, cell in enumerate(cells):
                    table.rows[r].cells[c].text = cell
            continue
        style = {"title": "Title", "heading": "Heading 1", "bullet": "List Bullet"}.get(kind)
        document.add_paragraph(value, style=style)
        index += 1
    raw = io.BytesIO()
    document.save(raw)
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same archive with every entry dated FIXED_TIME and in name order (zip stamps the build's time)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(source.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(name))
    return out.getvalue()


def build(stem: str) -> bytes:
    layout = LAYOUTS[stem]
    blocks = parse_source((SOURCES / f"{stem}.txt").read_text(encoding="utf-8"))
    return build_pdf(blocks, layout) if layout.format == "pdf" else build_docx(blocks)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    args = ap.parse_args()
    stale = []
    for stem, layout in sorted(LAYOUTS.items()):
        path = CASES / f"{stem}.{layout.format}"
        data = build(stem)
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path.name)
        else:
            path.write_bytes(data)
            print(f"{path.relative_to(ROOT)}: {len(data)} bytes")
    if stale:
        print("out of date with corpus/sources: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
