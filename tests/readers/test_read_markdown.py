"""Markdown reader: markup out, lines kept, ATX and setext headings as heading spans."""
from __future__ import annotations

import json

import pytest

from pipeline.config import Config
from pipeline.readers import read_path
from pipeline.readers.markdown import inline, markdown_to_text
from pipeline.runner import run

NATURSKOLA = """# Naturskola för nyanlända – Kiruna

**Huvudman:** Kiruna kommun, Barn- och utbildningsförvaltningen
**Projekttid:** 1 januari 2024 – 31 december 2025
**Beviljat belopp:** 1,2 mkr

## Bakgrund
Nyanlända elever har sällan varit ute i fjällmiljön och saknar ord för naturen.

## Målgrupp
Nyanlända elever i åldern 10–16 år.

## Kontakt
Projektledare Johan Lantto, 0980-123 45, [mejla Johan](mailto:johan.lantto@kiruna.se)
"""


def test_markup_removed_and_headings_kept_as_spans():
    text, headings = markdown_to_text(NATURSKOLA)
    lines = text.split("\n")
    assert lines[0] == "Naturskola för nyanlända – Kiruna"
    assert lines[2:5] == ["Huvudman: Kiruna kommun, Barn- och utbildningsförvaltningen",
                          "Projekttid: 1 januari 2024 – 31 december 2025",
                          "Beviljat belopp: 1,2 mkr"]
    assert lines[-2] == "Projektledare Johan Lantto, 0980-123 45, mejla Johan (johan.lantto@kiruna.se)"
    assert [text[s:e] for s, e in headings] == [
        "Naturskola för nyanlända – Kiruna", "Bakgrund", "Målgrupp", "Kontakt"]
    assert len(lines) == len(NATURSKOLA.split("\n"))  # every line stays where it was


def test_setext_headings_fences_breaks_and_quotes():
    text, headings = markdown_to_text(
        "Tiltaket\n========\nTekst om tiltaket.\n\nØkonomi\n-------\n> Sitat fra **rapporten**\n\n"
        "---\n```\n# ikke en overskrift\n```\n| år | kr |\n|---|---:|\n| 2024 | 100 |")
    assert text == ("Tiltaket\n\nTekst om tiltaket.\n\nØkonomi\n\nSitat fra rapporten\n\n\n\n"
                    "# ikke en overskrift\n\når: kr\n\n2024: 100")
    assert [text[s:e] for s, e in headings] == ["Tiltaket", "Økonomi"]


@pytest.mark.parametrize("source, plain", [
    ("**Periode:** 2023", "Periode: 2023"),
    ("__Budsjett__: 50 000 kr", "Budsjett: 50 000 kr"),
    ("*Mål* og _delmål_", "Mål og delmål"),
    ("anna_berg@skive.dk og per_olsen@skive.dk", "anna_berg@skive.dk og per_olsen@skive.dk"),
    ("2*3*4 = 24", "2*3*4 = 24"),
    (r"\*ikke fremhævet\*", "*ikke fremhævet*"),
    ("`kode` og ~~streget~~", "kode og streget"),
    ("[hjemmeside](https://skive.dk) og <https://skive.dk>", "hjemmeside og https://skive.dk"),
    ("<anna@skive.dk>, [anna@skive.dk](mailto:anna@skive.dk)", "anna@skive.dk, anna@skive.dk"),
    ("Ring [her](tel:+4597151234)", "Ring her (+4597151234)"),
    ("![Logo](logo.png) Skive", "Logo Skive"),
])
def test_inline_markup(source, plain):
    assert inline(source) == plain


def test_a_markdown_case_reads_like_plain_text(tmp_path):
    """Bold labels are labels, the title has no '#', headings are the sections' headings."""
    path = tmp_path / "sv_naturskola_kiruna.md"
    path.write_text(NATURSKOLA, encoding="utf-8")
    doc = read_path(path, Config())
    assert doc.source.format == "markdown" and doc.text.startswith("Naturskola")
    out = tmp_path / "out"
    run([path], out, Config(), progress=False)
    record = json.loads((out / "cases.jsonl").read_text(encoding="utf-8").splitlines()[0])
    values = {f: record[f]["value"] for f in ("title", "organisation", "organisation_unit", "municipality",
                                              "period_start", "period_end", "budget_total", "budget_currency",
                                              "target_age_min", "target_age_max")}
    assert values == {"title": "Naturskola för nyanlända – Kiruna",
                      "organisation": "Kiruna kommun", "organisation_unit": "Barn- och utbildningsförvaltningen",
                      "municipality": "Kiruna", "period_start": "2024-01-01", "period_end": "2025-12-31",
                      "budget_total": 1200000.0, "budget_currency": "SEK",
                      "target_age_min": 10, "target_age_max": 16}
    assert [(s["key"], s["heading"]) for s in record["sections"]] == [
        ("period", "Projekttid: 1 januari 2024 – 31 december 2025"), ("background", "Bakgrund"),
        ("target_group", "Målgrupp"), ("contact", "Kontakt")]
    contact = record["contacts"][0]
    assert (contact["name"]["value"], contact["email"]["value"]) == ("Johan Lantto", "johan.lantto@kiruna.se")


def test_table_rows_read_as_label_lines():
    """Two cells are a label and its value; a row of more cells is a record whose cells stand apart."""
    text, _ = markdown_to_text("| Felt | Verdi |\n|---|---|\n| Periode | 2022–2024 |\n| **Budsjett** | 1 100 000 kr |\n"
                               "| År | Beløp | Kilde |\n")
    assert text.split("\n") == ["Felt: Verdi", "", "Periode: 2022–2024", "Budsjett: 1 100 000 kr", "År · Beløp · Kilde", ""]


@pytest.mark.parametrize("source, text", [
    ("---\ntitle: \"Grønne skolegårde\"\ndate: 2023-05-01\n---\n\n# Grønne skolegårde\n\nTekst her.\n",
     "Grønne skolegårde\n\nTekst her.\n\n\ndate: 2023-05-01"),
    ("---\ntitle: Sund start i Horsens\nlayout: post\n---\n\nProjektet giver hjemmebesøg.\n",
     "Sund start i Horsens\n\n\nProjektet giver hjemmebesøg."),
    ("---\n\nIkke front matter, bare en streg.\n", "\nIkke front matter, bare en streg."),
])
def test_yaml_front_matter_is_no_text(source, text):
    """Static-site front matter is left out but for its title, which opens the text unless the body's first heading
    is it, and its date, which closes the text as a label line."""
    assert markdown_to_text(source)[0].strip("\n") == text.strip("\n")
