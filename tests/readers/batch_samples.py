"""Small inputs written for the batch tests: one short case per language, and builders for
.docx, .pdf and table files (no shared seed text)."""
from __future__ import annotations

import importlib.util
import io
import json
import sys
from pathlib import Path


def office_cases():
    """scripts/make_office_cases.py, whose PDF writer builds the corpus's PDF cases too."""
    path = Path(__file__).resolve().parents[2] / "scripts" / "make_office_cases.py"
    spec = importlib.util.spec_from_file_location("make_office_cases", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


#: a PDF of several pages with a text layer: per page, (text, font size, bold) per line
pdf_pages_bytes = office_cases().pdf_pages_bytes

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
