"""Layouts Word, PDF and HTML pages give (stop 21): a type on its heading's own line, a budget table of
one row per year, a follow-up done by the case itself, an evaluation named in the results, a contact's
name linked to their e-mail, a letter's signature."""
from __future__ import annotations

import pytest

from pipeline import find_contacts
from pipeline.readers.html import html_to_text

from pipeline.extractors.assessment import find_evaluation, find_status
from pipeline.extractors.budget import find_budget
from pipeline.extractors.people import find_participants
from pipeline.stages.sections import find_blocks


@pytest.mark.parametrize("lang, line, status", [
    ("da", "Type indsats   Projekt", "project"),
    ("sv", "Typ av insats   Pågående", "project"),
    ("nb", "Tiltakstype   Prosjekt", "project"),
    ("nn", "Type tiltak: Avslutta", "completed"),
])
def test_the_type_on_an_intervention_type_line_is_the_status(lang, line, status):
    text = f"Aktiv fritid\n\n{line}\n\nBakgrunn\nTekst om prosjektet.\n"
    got = [(c.value, c.method) for c in find_status(text, lang, find_blocks(text, lang))]
    assert got == [(status, "status@1:section_value")]


@pytest.mark.parametrize("lang, country, heading, rows, grants", [
    ("da", "DK", "Budget", ["2023   kr. 250.000", "2024   kr. 300.000"], {"2023": 250000.0, "2024": 300000.0}),
    ("sv", "SE", "Budget", ["2022   400 000 kr", "2023   350 000 kr", "2024   150 000 kr"],
     {"2022": 400000.0, "2023": 350000.0, "2024": 150000.0}),
    ("nb", "NO", "Budsjett", ["2024   kr 320 000", "2025   kr 320 000"], {"2024": 320000.0, "2025": 320000.0}),
    ("nn", "NO", "Økonomi", ["2021 · 180 000", "2022 · 220 000"], {"2021": 180000.0, "2022": 220000.0}),
])
def test_a_budget_table_of_one_row_per_year_gives_the_grants_and_their_sum(lang, country, heading, rows, grants):
    text = f"Prosjekt\n\n{heading}\n\n" + "\n".join(rows) + "\n\nKontakt\nAnna Holm\n"
    got = {c.kind: c.value for c in find_budget(text, lang, country, find_blocks(text, lang))}
    currency = {"DK": "DKK", "SE": "SEK", "NO": "NOK"}[country]
    assert (got["grants_by_year"], got["budget_total"], got["budget_currency"]) == (grants, sum(grants.values()), currency)


@pytest.mark.parametrize("lang, text, kind", [
    ("da", "Opfølgning\nVi har selv fulgt op på forløbet med spørgeskemaer til deltagerne.\n", "internal"),
    ("sv", "Uppföljning\nVi har själva följt upp projektet med enkäter till föräldrarna.\n", "internal"),
    ("nb", "Resultater\nDeltakerne går mer. Vi har selv fulgt opp prosjektet med intervjuer.\n", "internal"),
    ("nn", "Resultat\nI alt fekk 54 eldre ein turvenn. Ei ekstern evaluering frå Høgskulen på Vestlandet syner "
           "at dei går meir.\n", "external"),
])
def test_a_follow_up_by_the_case_itself_or_an_evaluation_named_in_the_results(lang, text, kind):
    got = {c.kind: c.value for c in find_evaluation(text, lang, find_blocks(text, lang))}
    assert got == {"evaluated": True, "evaluation_kind": kind}


@pytest.mark.parametrize("lang, html, contact", [
    ("da", "<p>Kontakt: <a href='mailto:lba@viborg.dk'>Lone Bech Andersen</a>, projektleder, tlf. 87 87 52 16</p>",
     ("Lone Bech Andersen", "projektleder", "+4587875216", "lba@viborg.dk")),
    ("sv", "<p>Kontakt: <a href='mailto:amira.hassan@borlange.se'>Amira Hassan</a>, projektledare, 0243-742 15</p>",
     ("Amira Hassan", "projektledare", "+4624374215", "amira.hassan@borlange.se")),
    ("nb", "<p>Kontakt: <a href='mailto:ih@skien.kommune.no'>Ingrid Haugen</a>, prosjektleder, tlf. 35 58 10 22</p>",
     ("Ingrid Haugen", "prosjektleder", "+4735581022", "ih@skien.kommune.no")),
    ("nn", "<p>Kontakt: <a href='mailto:kari.loen@stryn.kommune.no'>Kari Loen</a>, prosjektleiar, tlf. 57 87 40 12</p>",
     ("Kari Loen", "prosjektleiar", "+4757874012", "kari.loen@stryn.kommune.no")),
])
def test_a_contact_whose_name_links_to_their_mail_on_a_web_page(lang, html, contact):
    text = html_to_text(f"<body><main><h1>Prosjekt</h1>{html}</main></body>")[0]
    got = [tuple(c[k].value if k in c else None for k in ("name", "role", "phone", "email"))
           for c in find_contacts(text, lang)]
    assert got == [contact]


@pytest.mark.parametrize("lang, greeting, lines, contact", [
    ("da", "Med venlig hilsen", ["Lone Bech Andersen", "Projektleder", "Randers Kommune, Børn og Skole", "Tlf. 89 15 15 15",
                                 "lone.bech.andersen@randers.dk"],
     ("Lone Bech Andersen", "Projektleder", "+4589151515", "lone.bech.andersen@randers.dk", "Randers Kommune, Børn og Skole")),
    ("sv", "Med vänliga hälsningar", ["Karin Lund", "Projektledare", "Gävle kommun, Utbildningsförvaltningen",
                                      "Tel. 026-17 80 00", "karin.lund@gavle.se"],
     ("Karin Lund", "Projektledare", "+4626178000", "karin.lund@gavle.se", "Gävle kommun, Utbildningsförvaltningen")),
    ("nb", "Vennlig hilsen", ["Ingrid Haugen", "Prosjektleder", "Skien kommune, Oppvekst", "Tlf. 35 58 10 22",
                              "ingrid.haugen@skien.kommune.no"],
     ("Ingrid Haugen", "Prosjektleder", "+4735581022", "ingrid.haugen@skien.kommune.no", "Skien kommune, Oppvekst")),
    ("nn", "Med venleg helsing", ["Kari Loen", "Prosjektleiar", "Stryn kommune, Oppvekst", "Tlf. 57 87 40 12",
                                  "kari.loen@stryn.kommune.no"],
     ("Kari Loen", "Prosjektleiar", "+4757874012", "kari.loen@stryn.kommune.no", "Stryn kommune, Oppvekst")),
])
def test_a_letters_signature_after_its_closing_greeting_is_a_contact(lang, greeting, lines, contact):
    text = "Statusnotat: Lesevenner\n\nProsjektet har gått i eitt år.\n\n" + greeting + ",\n\n" + "\n".join(lines) + "\n"
    got = [tuple(c[k].value if k in c else None for k in ("name", "role", "phone", "email", "organisation"))
           for c in find_contacts(text, lang)]
    assert got == [contact]


@pytest.mark.parametrize("lang, sentence, reached", [
    ("da", "Vi har rekrutteret 24 frivillige læsevenner, og 61 elever har haft en fast læseven hver uge.", 61),
    ("sv", "Vi har rekryterat 24 frivilliga läsvänner, och 61 elever har haft en fast läsvän varje vecka.", 61),
    ("nb", "Vi har rekruttert 24 frivillige lesevenner, og 61 elever har hatt en fast lesevenn hver uke.", 61),
    # volunteers counted alone are the people the case reached
    ("nn", "I alt 30 frivillige har vore med i prosjektet.", 30),
])
def test_the_people_reached_not_the_volunteers_counted_beside_them(lang, sentence, reached):
    text = f"Prosjekt\n\n{sentence}\n"
    got = [(c.kind, c.value) for c in find_participants(text, lang, find_blocks(text, lang))]
    assert got == [("participants_reached", reached)]
