"""Letters, case documents, e-mails, news pages and report forms (stop 22): a letterhead is no title,
the case's name is read from the subject line or from "projektet «X»", an e-mail's subject names the
case and its signature is its contact, a funder's signatures are no contacts, a letter's place-and-date
line and a page's footer date are the text's date, numbered form headings ("1.2 Kontaktperson") are
headings. All texts are written for these tests."""
from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.extractors.contacts import find_contacts
from pipeline.extractors.timeline import find_document_dates
from pipeline.readers.html import html_to_text
from pipeline.stages.sections import find_blocks, segment


def _value(case, field):
    return getattr(case, field).value


LETTERS = {
    "da": ("SKOVLUND KOMMUNE\nTeknik og Miljø\n\nDato: 04.03.2025\nSagsnr.: 25/1184\n\n"
           "Punkt 4: Grønne Gårde i Skovlund – godkendelse\n\nIndstilling\n"
           "Forvaltningen indstiller, at projektet \"Grønne Gårde i Skovlund\" godkendes for 2025-2026.\n\n"
           "Baggrund\nGrønne Gårde i Skovlund skal give beboere i seks boligområder fælles køkkenhaver og "
           "et sted at mødes hen over sommeren.\n", "Grønne Gårde i Skovlund", "2025-03-04"),
    "sv": ("NORRVIKS KOMMUN\nKultur- och fritidsförvaltningen\n\nTJÄNSTESKRIVELSE\nDatum: 2025-01-20\n\n"
           "Projekt Sommarlov i Norrvik – fria aktiviteter för barn\n\nFörslag till beslut\n"
           "Nämnden beslutar att genomföra projektet under 2025 och 2026.\n\nÄrendet\n"
           "Förvaltningen vill erbjuda barn i årskurs fyra till nio aktiviteter varje vecka under sommarlovet.\n",
           "Sommarlov i Norrvik – fria aktiviteter för barn", "2025-01-20"),
    "nb": ("FONDET FOR FELLESSKAP\nPostboks 12, 0101 Oslo\n\nSkogheim idrettslag\nv/ styreleder\n\n"
           "Oslo, 12. mars 2025\n\nTILSAGN OM TILSKUDD – «AKTIV ETTER SKOLETID»\n\n"
           "Styret har vedtatt å gi Skogheim idrettslag kr 200 000 til prosjektet «Aktiv etter skoletid». "
           "Tilskuddet gjelder for perioden 1. april 2025 til 31. mars 2026.\n",
           "Aktiv etter skoletid", "2025-03-12"),
    "nn": ("LIADAL KOMMUNE                                   Sentralbord: 57 00 00 00\n\nSAKSFRAMLEGG\n\n"
           "Arkivsak: 25/77                                  Dato: 03.02.2025\n\n"
           "PROSJEKTET «BYGDEKINO FOR ALLE» – OPPSTART\n\nInnstilling:\n"
           "Kommunen set i gang prosjektet «Bygdekino for alle» for perioden 2025-2026.\n\nSaksopplysningar:\n"
           "Kinoen skal syne filmar i fire grendahus kvar månad, og ungdomsrådet vel filmane.\n",
           "Bygdekino for alle", "2025-03-02"),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_a_letterhead_is_no_title_the_subject_or_the_quoted_project_is(lang):
    text, title, _ = LETTERS[lang]
    case = extract(text)
    assert (_value(case, "language"), _value(case, "title")) == (lang, title)


@pytest.mark.parametrize("lang, expected", [
    ("da", "2025-03-04"),  # "Dato:" label
    ("sv", "2025-01-20"),  # "Datum:" label
    ("nb", "2025-03-12"),  # "Oslo, 12. mars 2025": the letter's place and date
    ("nn", "2025-02-03"),  # "Arkivsak: 25/77      Dato: 03.02.2025": a fact strip, its first label unknown
])
def test_a_letters_date(lang, expected):
    text = LETTERS[lang][0]
    assert _value(extract(text), "document_date") == expected


@pytest.mark.parametrize("lang, text, title, contact, organisation", [
    ("da", "Fra: Mikkel Dam <md@korvest.dk>\nTil: Lise Bonde <lb@fond.dk>\nDato: 2. maj 2025 10:14\n"
           "Emne: Status på Kor i Vest (j.nr. 2024-88)\n\nKære Lise\n\nHer er en kort status. Koret øver hver "
           "onsdag, og 31 sangere er kommet med siden januar.\n\nMed venlig hilsen\n\nMikkel Dam\n"
           "Projektleder, Kor i Vest\nKorforeningen Vestegnen\nTlf. 22 33 44 55\nmd@korvest.dk\n",
     "Kor i Vest", ("Mikkel Dam", "+4522334455"), "Korforeningen Vestegnen"),
    ("sv", "Från: Sara Lind <sara.lind@ekby.se>\nTill: Bo Ek <bo.ek@stiftelse.se>\nDatum: 5 maj 2025\n"
           "Ämne: Lägesrapport Läsglädje, kvartal 1 2025\n\nHej Bo!\n\nHär kommer en kort lägesrapport. "
           "Vi har haft läsecirklar varje vecka sedan februari.\n\nVänliga hälsningar\n\nSara Lind\n"
           "Projektledare, Läsglädje\nEkby kommun\nTel. 070-111 22 33\nsara.lind@ekby.se\n",
     "Läsglädje", ("Sara Lind", "+46701112233"), "Ekby kommun"),
    ("nb", "Fra: Per Moe <per.moe@fjellby.kommune.no>\nTil: Kari Berg <kari@fond.no>\nDato: 6. mai 2025\n"
           "Emne: Statusrapport – Turglede, våren 2025\n\nHei Kari!\n\nHer er en kort status. Gruppene går "
           "som planlagt, og vi har fått med flere menn enn ventet.\n\nMed vennlig hilsen\n\nPer Moe\n"
           "Prosjektleder, Turglede\nFjellby kommune\nTlf. 912 34 567\n",
     "Turglede", ("Per Moe", "+4791234567"), "Fjellby kommune"),
    ("nn", "Frå: Ola Rud <ola.rud@dalby.kommune.no>\nTil: Siri Vik <siri@fond.no>\nDato: 7. mai 2025\n"
           "Emne: Statusrapport mai 2025 – «Ungdomsscena» (sak 2024-9)\n\nHei, Siri!\n\nHer er ein kort status. "
           "Scena har vore open kvar fredag sidan januar.\n\nMed venleg helsing\n\nOla Rud\n"
           "Prosjektleiar, Ungdomsscena\nDalby kommune\nTlf. 913 45 678\n",
     "Ungdomsscena", ("Ola Rud", "+4791345678"), "Dalby kommune"),
])
def test_an_email_subject_names_the_case_and_its_signature_is_the_contact(lang, text, title, contact,
                                                                          organisation):
    case = extract(text)
    assert _value(case, "title") == title
    assert [(c.name.value, c.phone.value) for c in case.contacts] == [contact]
    # the signature's "Projektleder, <case name>" names no organisation
    assert _value(case, "organisation") != title
    # the closing greeting opens the signature, but it is no heading of the text
    assert "contact" not in [s.key for s in case.sections]


@pytest.mark.parametrize("lang, text, contact", [
    ("da", "Tilsagn\n\nKontaktperson for projektet er projektleder Eva Lund, tlf. 21 22 23 24.\n\n"
           "Med venlig hilsen\n\nJens Bak\nDirektør, Fonden Nordlys\n", "Eva Lund"),
    ("sv", "Beslut\n\nKontaktperson för projektet är Eva Lund, projektledare, telefon 070-123 45 67.\n\n"
           "Med vänliga hälsningar\n\nAnna Holm            Per Sten\nOrdförande           Handläggare\n", "Eva Lund"),
    ("nb", "Tilsagn\n\nKontaktperson for prosjektet er Eva Lund, daglig leder, tlf. 912 00 111.\n\n"
           "Med vennlig hilsen\nStiftelsen Nordlys\n\nKari Dahl                     Ole Berg\n"
           "generalsekretær               rådgiver\n", "Eva Lund"),
    ("nn", "Tilsegn\n\nKontaktperson for prosjektet er Eva Lund, dagleg leiar, tlf. 913 00 111.\n\n"
           "Med venleg helsing\n\nKari Dahl\nseksjonsleiar\n", "Eva Lund"),
])
def test_a_funders_signatures_are_no_contacts_when_the_letter_names_one(lang, text, contact):
    contacts = find_contacts(text, lang)
    assert [c["name"].value for c in contacts] == [contact]
    # roles set in columns under two signatures are no one's
    assert all("   " not in c["role"].value for c in contacts if c.get("role"))


@pytest.mark.parametrize("lang, heading", [
    ("da", "1.2 Kontaktperson"), ("sv", "1.2 Kontaktperson"),
    ("nb", "2.1. Kontaktperson"), ("nn", "1.3 Kontaktperson"),
])
def test_a_numbered_form_heading_is_a_heading(lang, heading):
    text = f"Sluttrapport\n\n{heading}\n\nMaja Rye\nTelefon: +47 912 34 567\n\n2. Bakgrunn\n\nTekst om det.\n"
    assert [s.key for s in segment(text, lang)] == ["final_report", "contact", "background"]


@pytest.mark.parametrize("lang, footer, expected", [
    ("da", "Siden er senest opdateret 12. februar 2025", "2025-02-12"),
    ("sv", "Senast uppdaterad: 2025-02-13", "2025-02-13"),
    ("nb", "Sist oppdatert: 14.02.2025", "2025-02-14"),
    ("nn", "Sist oppdatert: 15.02.2025", "2025-02-15"),
])
def test_a_pages_update_date_in_its_footer_is_kept(lang, footer, expected):
    page = (f"<html><body><main><h1>Aktiv fritid</h1><p>Tekst om prosjektet og om dem som er med.</p></main>"
            f"<footer><p>Rådhuset · Tlf. 99 00 00 00 · post@by.dk</p><p>{footer}</p></footer></body></html>")
    text, _ = html_to_text(page)
    assert text.endswith(footer)
    assert "99 00 00 00" not in text  # the rest of the footer stays out
    assert {c.value for c in find_document_dates(text, lang, find_blocks(text, lang))} == {expected}


@pytest.mark.parametrize("lang, byline, expected", [
    ("da", "Af Ida Holm · Publiceret 14. november 2024 kl. 06.30", "2024-11-14"),
    ("sv", "Av Ida Holm · Publicerad 14 november 2024 kl. 06.30", "2024-11-14"),
    ("nb", "Av Ida Holm · Publisert 18.10.2024 kl. 14:32", "2024-10-18"),
    ("nn", "Av Ida Holm · Publisert 28.08.2024 kl. 14.05", "2024-08-28"),
])
def test_a_news_bylines_publication_date(lang, byline, expected):
    text = f"Barn lærer å padle\n{byline}\n\nTekst om prosjektet.\n"
    assert [c.value for c in find_document_dates(text, lang, find_blocks(text, lang))] == [expected]


@pytest.mark.parametrize("lang, text, title, organisation", [
    ("da", "Børn bygger robotter på biblioteket\n\nHver tirsdag er der fuldt hus. Robotklubben Nord er et "
           "projekt under Aalborg Kommune for børn fra 9 til 13 år.\n\nRobotklubben Nord fortsætter "
           "til sommer.\n", "Robotklubben Nord", "Aalborg Kommune"),
    ("sv", "Barnen tog över skogen\n\nI helgen var det fullt i vindskyddet. «Skogsmulle Nord» är ett projekt "
           "i regi av Friluftsfrämjandet Luleå.\n\nSkogsmulle Nord fortsätter i höst.\n",
     "Skogsmulle Nord", "Friluftsfrämjandet Luleå"),
    ("nb", "Her syr ungdommene egne klær\n\nDet er fullt hus i kjelleren. Hva: «Sykafeen – redesign for "
           "ungdom», et toårig prosjekt i regi av Skien kommune.\n", "Sykafeen – redesign for ungdom",
     "Skien kommune"),
    ("nn", "Over 30 ungdommar fann vegen til sjøen\n\nPadleprosjektet «Bølgja» har vorte ein suksess. "
           "«Bølgja» er eit prosjekt i regi av Stord kommune.\n", "Bølgja", "Stord kommune"),
])
def test_a_news_page_names_its_project_in_the_text(lang, text, title, organisation):
    case = extract(text)
    assert (_value(case, "title"), _value(case, "organisation")) == (title, organisation)


@pytest.mark.parametrize("lang, text", [
    ("da", "Indsatsen i Vejby\n\nIndsatsen er en forebyggende indsats for unge. Indsatsen har kørt i to år.\n"),
    ("sv", "Läslust i Ekby\n\nDet är ett projekt för barn. Det har pågått sedan 2023, och det är ett projekt "
           "som fler vill ha.\n"),
])
def test_a_project_word_or_a_pronoun_is_no_name(lang, text):
    assert _value(extract(text), "title") == text.split("\n", 1)[0]
