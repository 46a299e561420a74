"""Small inputs written for the batch tests: one short case per language, and builders for
.docx, .pdf and table files (no shared seed text)."""
from __future__ import annotations

import io
import json
from pathlib import Path

LANGS = ("da", "sv", "nb", "nn")

CASES = {
    "da": ("Aktiv hverdag for ældre\n"
           "Baggrund\n"
           "Mange ældre borgere i kommunen bor alene og savner et fællesskab omkring motion.\n"
           "Formål\n"
           "Vi vil skabe faste mødesteder, hvor borgerne træner sammen to gange om ugen.\n"
           "Kontaktperson\n"
           "Mette Holm, projektleder, telefon 23 45 67 89, mette.holm@example.dk\n"),
    "sv": ("Promenadgrupper för seniorer\n"
           "Bakgrund\n"
           "Många äldre i kommunen rör sig för lite och känner sig ensamma under vintern.\n"
           "Syfte\n"
           "Att starta promenadgrupper som leds av frivilliga två dagar i veckan.\n"
           "Kontaktperson\n"
           "Åsa Lindqvist, samordnare, telefon 070-123 45 67, asa.lindqvist@example.se\n"),
    "nb": ("Sammen på tur i nærmiljøet\n"
           "Bakgrunn for prosjektet\n"
           "Flere eldre i bydelen går sjelden ut alene og ønsker seg noen å gå sammen med.\n"
           "Formål\n"
           "Prosjektet skal gi eldre faste turgrupper med frivillige ledere hver uke.\n"
           "Prosjektleder\n"
           "Kari Nordmann, rådgiver, telefon 912 34 567, kari.nordmann@example.no\n"),
    "nn": ("Saman ut i fjellet\n"
           "Bakgrunn\n"
           "Mange eldre i kommunen kjem seg ikkje ut på tur fordi dei ikkje har nokon å gå med.\n"
           "Føremål\n"
           "Me vil gje eldre faste turgrupper kvar veke, leia av frivillige frå laget.\n"
           "Prosjektleiar\n"
           "Olav Vik, rådgjevar, telefon 934 56 789, olav.vik@example.no\n"),
}

ENGLISH = ("Walking groups for older residents\nBackground\nMany older people in the town rarely "
           "leave their homes in winter and would like company on a walk.\n")
FINNISH = ("Kävelyryhmät ikääntyneille\nTausta\nMonet kunnan ikääntyneet asukkaat liikkuvat liian "
           "vähän talvella ja kaipaavat seuraa kävelylle.\n")


def pdf_bytes(lines: list[tuple[str, float, bool]]) -> bytes:
    """A one-page PDF with a text layer: (text, font size, bold) per line, WinAnsi encoded."""
    return pdf_pages_bytes([lines])


def _pdf_string(text: str) -> bytes:
    return text.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf_pages_bytes(pages: list[list[tuple[str, float, bool]]], word_by_word: bool = False) -> bytes:
    """A PDF of several pages with a text layer: per page, (text, font size, bold) per line; each line
    shown in one piece, or word by word at its own place on the line as pdfTeX and Word's runs do."""
    streams = []
    for lines in pages:
        ops, y = [], 800
        for text, size, bold in lines:
            font = b"F2" if bold else b"F1"
            if word_by_word:
                x = 50
                for word in text.split(" "):
                    ops.append(b"BT /%s %d Tf %d %d Td (" % (font, size, x, y) + _pdf_string(word) + b") Tj ET")
                    x += int((len(word) + 2) * size * 0.6)
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


def case_pdf(lang: str) -> bytes:
    """The language's case as a PDF: title 18 pt, headings bold 12 pt, body 10 pt."""
    lines = CASES[lang].splitlines()
    spec = [(lines[0], 18, False)]
    for index, line in enumerate(lines[1:]):
        spec.append((line, 12, True) if index % 2 == 0 else (line[:90], 10, False))
    return pdf_bytes(spec)


def case_docx(lang: str) -> bytes:
    """The language's case as .docx: title in Title style, headings in Heading 1, a table."""
    import docx

    lines = CASES[lang].splitlines()
    document = docx.Document()
    document.add_paragraph(lines[0], style="Title")
    for index, line in enumerate(lines[1:]):
        document.add_paragraph(line, style="Heading 1" if index % 2 == 0 else None)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Periode"
    table.rows[0].cells[1].text = "2019-2021"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def write_folder(folder: Path, langs=LANGS, copies: int = 1) -> list[str]:
    """Write copies x languages good .txt cases; returns their case ids in sorted order."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for lang in langs:
        for copy in range(copies):
            case_id = f"{lang}-{copy:05d}"
            text = CASES[lang] + f"Ref. {copy + 1}/{copies}\n"
            (folder / f"{case_id}.txt").write_text(text, encoding="utf-8")
            ids.append(case_id)
    return sorted(ids)


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
