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
    assert {c.value for c in find_document_dates(text, lang, find_blocks(text, lang))} == {expected}


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


@pytest.mark.parametrize("lang, text, organisation", [
    ("da", "FONDEN SOLSKIN\nStrandvej 1 · 8000 Aarhus C\n\nIdrætsforeningen Vestby\nAtt.: Jonas Kjær\nSkolevej 2\n"
           "7100 Vejle\n\nAarhus, den 3. marts 2025\n\nTilsagn om støtte til projektet \"Svøm med\"\n\n"
           "Fonden yder et tilskud på 150.000 kr. til projektet \"Svøm med\".\n", "Idrætsforeningen Vestby"),
    ("sv", "STIFTELSEN LJUSGLIMT\nBox 1, 111 11 Stockholm\n\nFöreningen Lärkan\nAtt: Styrelsen\nStorgatan 4\n"
           "722 11 Västerås\n\nBESLUT OM PROJEKTSTÖD\n\nStiftelsen beviljar 200 000 kronor till projektet \"Läsande "
           "barn\". Projektet \"Läsande barn\" pågår i två år.\n", "Föreningen Lärkan"),
    ("nb", "STIFTELSEN SAMVÆR\nPostboks 5, 0101 Oslo\n\nHamar turlag\nv/ styreleder Anne Lie\nStorgata 9\n2317 Hamar\n\n"
           "TILSAGN OM TILSKUDD – «TUR FOR ALLE»\n\nVi gir Hamar turlag kr 90 000 til prosjektet «Tur for alle».\n",
     "Hamar turlag"),
    ("nn", "VESTLAND FYLKESKOMMUNE\nAvdeling for kultur\n\nFjell frivilligsentral\nv/ dagleg leiar Siri Fjell\n"
           "Postboks 3\n5353 Straume\n\nTILSEGN OM TILSKOT TIL PROSJEKTET «OPEN KAFÉ»\n\nFjell frivilligsentral får "
           "eit tilskot på kr 80 000 til prosjektet «Open kafé».\n", "Fjell frivilligsentral"),
])
def test_a_grant_letters_recipient_runs_the_case(lang, text, organisation):
    assert _value(extract(text), "organisation") == organisation


@pytest.mark.parametrize("lang, text, contact", [
    ("da", "Sagsfremstilling\n\nSagsbehandler: Mette Lund, tlf. 21 21 21 21\n\nBaggrund\nKommunen vil give flere ældre "
           "adgang til træning i lokalområdet.\n", ("Mette Lund", "+4521212121")),
    ("sv", "Tjänsteskrivelse\n\nHandläggare: Eva Ek, utvecklingsledare\nTel: 0515-11 22 33\nE-post: eva.ek@by.se\n\n"
           "Ärendet\nFörvaltningen vill pröva ett nytt stöd till unga vuxna under två år.\n", ("Eva Ek", "+46515112233")),
    ("nb", "Saksframlegg\n\nSaksbehandler: Line Moe, tlf. 61 14 52 87\n\nSaksopplysninger\nKommunen vil tilby "
           "svømmeopplæring for voksne kvinner i to år.\n", ("Line Moe", "+4761145287")),
    ("nn", "Saksframlegg\n\nSakshandsamar: Siv Dale, tlf. 57 12 34 56\n\nSaksopplysningar\nKommunen vil prøve ut meir "
           "fysisk aktivitet i skuledagen i to år.\n", ("Siv Dale", "+4757123456")),
])
def test_a_case_officer_is_the_contact_where_no_other_is_named(lang, text, contact):
    assert [(c["name"].value, c["phone"].value) for c in find_contacts(text, lang)] == [contact]
    named = text + "\nProsjektleder er Ola Nordmann, tlf. 912 34 567.\n".replace("Prosjektleder", {
        "da": "Projektleder", "sv": "Projektledare", "nb": "Prosjektleder", "nn": "Prosjektleiar"}[lang])
    assert [c["name"].value for c in find_contacts(named, lang)] == ["Ola Nordmann"]


@pytest.mark.parametrize("lang, sentence, role", [
    ("da", "Projektleder er Rasmus Holm, tlf. 98 45 63 21.", "Projektleder"),
    ("sv", "Projektledare är Karin Berg, tel. 070-123 45 67.", "Projektledare"),
    ("nb", "Prosjektleder er Kari Holm, tlf. 912 34 567.", "Prosjektleder"),
    ("nn", "Prosjektleiar er Ola Vik, tlf. 913 45 678.", "Prosjektleiar"),
])
def test_a_role_told_as_the_contact_word_is_the_persons_role(lang, sentence, role):
    text = f"Tittel\n\nTekst om prosjektet. {sentence}\n"
    assert [c["role"].value for c in find_contacts(text, lang)] == [role]


@pytest.mark.parametrize("lang, country, heading, rows, grants", [
    ("da", "DK", "Økonomiske konsekvenser", ["2024 (maj–dec.)          kr. 280.000", "2025                      kr. 570.000"],
     {"2024": 280000.0, "2025": 570000.0}),
    ("sv", "SE", "Ekonomiska konsekvenser", ["2025 (aug–dec):      300 000 kr", "2026:                400 000 kr"],
     {"2025": 300000.0, "2026": 400000.0}),
    ("nb", "NO", "Økonomiske konsekvenser", ["  2024 (aug.–des.)          kr 280 000", "  2025                      kr 570 000"],
     {"2024": 280000.0, "2025": 570000.0}),
    ("nn", "NO", "Økonomiske konsekvensar", ["   2024 (august–desember):   kr 320 000", "   2025:                     kr 680 000"],
     {"2024": 320000.0, "2025": 680000.0}),
])
def test_a_case_documents_cost_table_of_one_row_per_year(lang, country, heading, rows, grants):
    text = f"Saksframlegg\n\n{heading}\n\n" + "\n".join(rows) + "\n\nVedtak\nGodkjent.\n"
    case = extract(text)
    assert (_value(case, "grants_by_year"), _value(case, "budget_total")) == (grants, sum(grants.values()))
    assert "economy" in [s.key for s in case.sections]


@pytest.mark.parametrize("lang, question, answer, field, step", [
    ("da", "Er projektet gennemført som planlagt?", "Svar: I nogen grad", "implemented_as_planned", 3),
    ("sv", "Har projektet genomförts som planerat?", "Svar: I viss grad. Vi fick flytta en träff.",
     "implemented_as_planned", 3),
    ("nb", "I hvilken grad har prosjektet nådd målene sine?", "Svar: I noen grad", "goal_fulfilment", 3),
    ("nn", "Vart prosjektet gjennomført slik det var planlagt?", "Svar: I stor grad", "implemented_as_planned", 4),
])
def test_a_forms_answer_label_before_the_rating(lang, question, answer, field, step):
    text = f"Sluttrapport\n\n4.1 {question}\n{answer}\n\nMer tekst.\n"
    assert _value(extract(text), field) == step


@pytest.mark.parametrize("lang, planned_q, planned_a, reached_q, reached_a, counts", [
    ("da", "2.1 Hvor mange deltagere forventede I at nå?", "48 unge fordelt på seks forløb.",
     "2.2 Hvor mange deltagere har I nået?", "41 unge har gennemført mindst ét forløb.", (48, 41)),
    ("sv", "6.1 Hur många deltagare planerade ni att nå?", "60 personer.",
     "6.2 Hur många deltagare har ni nått?", "Totalt 74 unika deltagare har besökt kaféet.", (60, 74)),
    ("nb", "2.1 Hvor mange deltakere planla prosjektet å nå?",
     "Vi planla fire grupper à tolv deltakere, altså 48 deltakere til sammen.",
     "2.2 Hvor mange deltakere har prosjektet faktisk nådd?", "Totalt 38 unge deltok i gruppene.", (48, 38)),
    ("nn", "2.1 Kor mange deltakarar planla de å nå?", "Vi sette oss som mål å nå førti deltakarar.",
     "2.2 Kor mange deltakarar har vore med i prosjektet?", "52 personar har vore med på minst fem turar.", (40, 52)),
])
def test_a_forms_how_many_questions(tmp_path, lang, planned_q, planned_a, reached_q, reached_a, counts):
    path = tmp_path / f"form_{lang}.md"
    path.write_text(f"# Sluttrapport\n\n## {planned_q}\n\n{planned_a}\n\n## {reached_q}\n\n{reached_a}\n\n"
                    f"## 3. Mål\n\nTekst.\n", encoding="utf-8")
    case = extract(path)
    assert (_value(case, "participants_planned"), _value(case, "participants_reached")) == counts


@pytest.mark.parametrize("lang, sentence, planned", [
    ("da", "Siden start har 46 børn været med, og målet er, at 70 børn har deltaget, inden sommerferien.", 70),
    ("sv", "Målet är att minst 250 kommuninvånare ska delta i projektets aktiviteter.", 250),
    ("nb", "Da vi startet, håpet vi på 30 deltakere. Nå har vi 42.", 30),
    ("nn", "Målet vårt er at 35 ungdommar skal ha vore fast med innan prosjektet er slutt.", 35),
])
def test_a_planned_count_told_after_a_goal_word(lang, sentence, planned):
    assert _value(extract(f"Tittel\n\n{sentence}\n"), "participants_planned") == planned


@pytest.mark.parametrize("lang, head, body, organisation", [
    ("da", "SKOVLUND KOMMUNE", "Udvalget – dagsorden\n\nPunkt 4: Aktiv fritid\n\nBaggrund\nKommunen ønsker at give flere "
           "børn et tilbud efter skoletid i de næste to år.", "Skovlund Kommune"),
    ("sv", "NORRVIKS KOMMUN", "Nämnden – föredragningslista\n\nÄrende 4: Aktiv fritid\n\nBakgrund\nKommunen vill ge fler "
           "barn en aktivitet efter skoltid under de kommande två åren.", "Norrviks kommun"),
    ("nb", "FJELLBY KOMMUNE", "Utvalget – saksliste\n\nSak 4: Aktiv fritid\n\nBakgrunn\nKommunen ønsker å gi flere barn "
           "et tilbud etter skoletid de neste to årene.", "Fjellby kommune"),
    ("nn", "LIADAL KOMMUNE                                   Sentralbord: 57 00 00 00",
     "Utvalet – sakliste\n\nSak 4: Aktiv fritid\n\nBakgrunn\nKommunen ønskjer å gje fleire born eit tilbod etter "
     "skuletid dei neste to åra, og det er ikkje gjort før.", "Liadal kommune"),
])
def test_a_case_documents_letterhead_is_its_organisation(lang, head, body, organisation):
    case = extract(f"{head}\n\n{body}\n")
    assert (_value(case, "language"), _value(case, "organisation")) == (lang, organisation)


@pytest.mark.parametrize("lang, heading, body, organisation", [
    ("da", "2. Organisation og samarbejdspartnere", "Foreningen Grønt Spor, Aabenraa. Vi har samarbejdet med to skoler.",
     "Foreningen Grønt Spor"),
    ("sv", "2. Organisation och samverkan", "Föreningen Lärkan, Västerås. Vi har samarbetat med kyrkan.", "Föreningen Lärkan"),
    ("nb", "2. Organisering", "Hamar turlag\nVi har samarbeidet med frisklivssentralen.", "Hamar turlag"),
    ("nn", "2. Organisering", "Fjell frivilligsentral, Øygarden. Vi har samarbeidd med kyrkja.", "Fjell frivilligsentral"),
])
def test_an_organisation_section_opening_with_the_name(lang, heading, body, organisation):
    text = f"Sluttrapport\n\n1. Prosjektets navn\n\nAktiv fritid\n\n{heading}\n\n{body}\n\n3. Kontakt\n\nTekst.\n"
    assert _value(extract(text), "organisation") == organisation


@pytest.mark.parametrize("lang, signature, organisation", [
    ("da", "Mikkel Dam\nProjektleder, Kor i Vest\nVejle Kommune\nTlf. 22 33 44 55", "Vejle Kommune"),
    ("sv", "Sara Lind\nProjektledare, Läsglädje\nEkby kommun\nTel. 070-111 22 33", "Ekby kommun"),
    ("nb", "Per Moe\nProsjektleder, Turglede\nFjellby kommune | Helse og omsorg\nTlf. 912 34 567",
     "Fjellby kommune | Helse og omsorg"),
    ("nn", "Ola Rud\nProsjektleiar, Ungdomsscena\nDalby kommune – Oppvekst og kultur\nTlf. 913 45 678",
     "Dalby kommune – Oppvekst og kultur"),
])
def test_the_organisation_line_under_a_signatures_role_and_case_name(lang, signature, organisation):
    contacts = find_contacts(f"Hei\n\nKort status her.\n\nMvh\n\n{signature}\n", lang)
    assert [c["organisation"].value for c in contacts] == [organisation]


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Tilbuddet kan videreføres i drift, hvis resultaterne er gode."),
    ("sv", "Insatsen ska ingå i ordinarie verksamhet om utvärderingen visar effekt."),
    ("nb", "Tiltaket kan bli del av ordinær drift dersom det gir gode resultater."),
    ("nn", "Tiltaket kan vidareførast innanfor ordinær drift dersom det gjev gode resultat."),
])
def test_a_status_told_as_a_condition_is_no_status(lang, sentence):
    assert _value(extract(f"Aktiv skole\n\nTekst om tiltaket. {sentence}\n"), "status") is None


@pytest.mark.parametrize("lang, caption, rows, total", [
    ("da", "Budget for projektperioden (t.kr.)", ["2022: 310", "2023: 420", "I alt: 730"], 730000.0),
    ("sv", "Budget per år (tkr)", ["2023: 150", "2024: 250", "Summa: 400"], 400000.0),
    ("nb", "Budsjett (tkr)", ["2024: 200", "2025: 300", "Sum: 500"], 500000.0),
    ("nn", "Budsjett (tkr)", ["2024: 100", "2025: 120", "Sum: 220"], 220000.0),
])
def test_a_budget_table_in_thousands(tmp_path, lang, caption, rows, total):
    economy, sentence = {
        "da": ("Økonomi", "Projektet er finansieret af kommunen og en fond, og det er ikke dyrt."),
        "sv": ("Ekonomi", "Projektet finansieras av kommunen och en stiftelse, och det är inte dyrt."),
        "nb": ("Økonomi", "Prosjektet er finansiert av kommunen og en stiftelse, og det er ikke dyrt."),
        "nn": ("Økonomi", "Prosjektet er finansiert av kommunen og ei stifting, og det er ikkje dyrt."),
    }[lang]
    page = (f"<html><body><main><h1>Aktiv fritid</h1><p>{sentence}</p><h2>{economy}</h2>"
            f"<p>{sentence}</p><table><caption>{caption}</caption>"
            + "".join(f"<tr><td>{r.split(': ')[0]}</td><td>{r.split(': ')[1]}</td></tr>" for r in rows)
            + "</table></main></body></html>")
    path = tmp_path / f"budget_{lang}.html"
    path.write_text(page, encoding="utf-8")
    case = extract(path)
    assert _value(case, "language") == lang
    years = {r.split(": ")[0]: float(r.split(": ")[1]) * 1000 for r in rows[:-1]}
    assert (_value(case, "budget_total"), _value(case, "grants_by_year")) == (total, years)


@pytest.mark.parametrize("lang, text, reached", [
    ("da", "Status\n\nI dag har vi 54 faste deltagere på holdene.\n\nVi har fået elleve frivillige med som hjælpere.\n", 54),
    ("sv", "Status\n\nI dag har vi 54 fasta deltagare i grupperna.\n\nVi har fått med elva volontärer som hjälper till.\n", 54),
    ("nb", "Status\n\nPer i dag har vi 54 faste deltakere fordelt på gruppene.\n\nVi har fått med oss elleve "
           "frivillige trimvenner.\n", 54),
    ("nn", "Status\n\nNo har vi 54 faste deltakarar i gruppene.\n\nVi har fått med oss elleve frivillige turvener.\n", 54),
])
def test_volunteers_counted_apart_from_the_participants_are_no_participants(lang, text, reached):
    assert _value(extract(text), "participants_reached") == reached


@pytest.mark.parametrize("lang, sentence, end", [
    ("da", "Projektet startede i januar 2024 og løber til december 2025.", "2025-12-31"),
    ("sv", "Projektet startade i januari 2024 och löper till december 2025.", "2025-12-31"),
    ("nb", "Prosjektet startet opp i januar 2024 og løper ut desember 2025.", "2025-12-31"),
    ("nn", "Prosjektet starta i januar 2024 og varer ut desember 2025.", "2025-12-31"),
])
def test_a_period_told_with_runs_until(lang, sentence, end):
    case = extract(f"Status\n\n{sentence}\n")
    assert (_value(case, "period_start"), _value(case, "period_end")) == ("2024-01-01", end)


@pytest.mark.parametrize("lang, when, frame, total", [
    ("da", "Hvornår: august 2024 – juni 2025", "Projektet har en ramme på 1,5 mio. kr.", 1500000.0),
    ("sv", "När: augusti 2024 – juni 2025", "Projektet har en ram på 1,5 miljoner kronor.", 1500000.0),
    ("nb", "Når: august 2024 – juni 2025", "Prosjektet har en ramme på 2,5 mill. kr over tre år.", 2500000.0),
    ("nn", "Når: august 2024 – juni 2025", "Prosjektet har ei ramme på 2,5 mill. kr over tre år.", 2500000.0),
])
def test_a_fact_boxs_when_and_a_budget_frame(lang, when, frame, total):
    case = extract(f"Barn lærer å padle\n\nTekst om prosjektet. {frame}\n\nFakta\n{when}\n")
    assert (_value(case, "period_start"), _value(case, "period_end"), _value(case, "budget_total")) == (
        "2024-08-01", "2025-06-30", total)


@pytest.mark.parametrize("lang, headings, keys", [
    ("da", ["1 Oplysninger om projektet", "2 Målgruppe", "3 Budget og regnskab"], ["details", "target_group", "economy"]),
    ("sv", ["1 Uppgifter om projektet", "2 Målgrupp", "3 Ekonomisk redovisning"], ["details", "target_group", "economy"]),
    ("nb", ["1 Prosjektinformasjon", "2 Hvem er prosjektet for?", "3 Budsjett og forbruk"], ["details", "target_group", "economy"]),
    ("nn", ["1 Opplysningar om prosjektet", "2 Kven er prosjektet for?", "3 Budsjett og rekneskap"],
     ["details", "target_group", "economy"]),
])
def test_form_headings_numbered_without_a_stop(lang, headings, keys):
    text = "Statusrapport\n\n" + "".join(f"{h}\n\nTekst om dette punktet her.\n\n" for h in headings)
    assert [s.key for s in segment(text, lang)] == keys


@pytest.mark.parametrize("lang, greeting, signature, contact", [
    ("da", "Mange hilsner", "Anders Kjeldsen\nProjektleder\nTlf. 28 91 44 07", ("Anders Kjeldsen", "+4528914407")),
    ("sv", "Hälsningar", "Karin Berg\nProjektledare\nTel. 070-123 45 67", ("Karin Berg", "+46701234567")),
    ("nb", "Beste hilsen", "Lars Nome\nProsjektleder\nMobil: 476 18 233", ("Lars Nome", "+4747618233")),
    ("nn", "Helsing", "Eirik Haugland\nProsjektleiar\nMobil: 917 30 264", ("Eirik Haugland", "+4791730264")),
])
def test_more_closing_greetings_open_the_signature(lang, greeting, signature, contact):
    text = f"Hei\n\nEin kort status om prosjektet.\n\n{greeting}\n\n{signature}\n"
    assert [(c["name"].value, c["phone"].value) for c in find_contacts(text, lang)] == [contact]


@pytest.mark.parametrize("lang, paragraph, contact", [
    ("da", "Projektleder bliver Mads Holm, afdelingsleder i Ungdomsskolen. Han kan kontaktes på tlf. 24 61 07 93.",
     ("Mads Holm", "Projektleder", "+4524610793")),
    ("sv", "Föreningen har angett projektledaren Malin Strand som kontaktperson för projektet, tel. 070-318 42 66.",
     ("Malin Strand", "projektledare", "+46703184266")),
    ("nb", "Prosjektleder blir Kari Holm fra kulturskolen. Hun kan nås på tlf. 912 34 567.",
     ("Kari Holm", "Prosjektleder", "+4791234567")),
    ("nn", "Vi har registrert dagleg leiar Marit Nesse som kontaktperson for\nprosjektet. Ho kan nåast på tlf. 948 21 376.",
     ("Marit Nesse", "dagleg leiar", "+4794821376")),
])
def test_a_contact_named_in_a_sentence_with_the_phone_later_in_the_paragraph(lang, paragraph, contact):
    text = f"Tittel\n\nTekst om prosjektet.\n\n{paragraph}\n\nMer tekst.\n"
    got = [(c["name"].value, c["role"].value if c.get("role") else None, c["phone"].value)
           for c in find_contacts(text, lang)]
    assert got == [contact]


@pytest.mark.parametrize("lang, header", [
    ("da", "Fra: Anders Holm <ah@klub.dk>\nTil: Hanne Berg <hb@fond.dk>\nEmne: Status"),
    ("sv", "Från: Anders Holm <ah@klubb.se>\nTill: Hanna Berg <hb@fond.se>\nÄmne: Status"),
    ("nb", "Fra: Anders Holm <ah@klubb.no>\nTil: Hanne Berg <hb@fond.no>\nEmne: Status"),
    ("nn", "Frå: Anders Holm <ah@klubb.no>\nTil: Hanne Berg <hb@fond.no>\nEmne: Status"),
])
def test_an_emails_sender_is_its_contact_without_a_signature(lang, header):
    text = f"{header}\n\nHei\n\nKort status uten underskrift.\n"
    assert [(c["name"].value, c["email"].value) for c in find_contacts(text, lang)] == [
        ("Anders Holm", header.split("<", 1)[1].split(">", 1)[0])]


@pytest.mark.parametrize("lang, byline, fact, title, date", [
    ("da", "Af Rikke Holm · 14. februar 2024, kl. 06.45", "Projekt: Seniorstyrke Møn, Vordingborg Kommune",
     "Seniorstyrke Møn", "2024-02-14"),
    ("sv", "Av Lisa Ek · Publicerad 3 mars 2025", "Projekt: Digitalt fika, Vimmerby kommun", "Digitalt fika",
     "2025-03-03"),
    ("nb", "Av Eline Tveten · Publisert 18.10.2024 kl. 14:32", "Prosjekt: Lørdagsåpent, Harstad kommune",
     "Lørdagsåpent", "2024-10-18"),
    ("nn", "Av Torunn Eide · 14.06.2025", "Prosjekt: Ut på fjorden, Fjaler kommune", "Ut på fjorden", "2025-06-14"),
])
def test_a_news_articles_headline_gives_way_to_the_project_its_fact_box_names(lang, byline, fact, title, date):
    headline, body = {
        "da": ("Seniorer bliver stærkere sammen i forsamlingshuset", "Hver mandag skubbes stolene ind til væggen, og "
               "de ældre går i gang med træningen. Det er ikke svært, siger de."),
        "sv": ("Seniorerna lär sig surfa på biblioteket", "Varje tisdag fylls biblioteket av äldre som vill lära sig "
               "använda surfplattan. Det är inte svårt, säger de."),
        "nb": ("Ungdommene fyller hallen på lørdager", "Hver lørdag er hallen full av ungdom som vil spille og henge. "
               "Det er ikke vanskelig å komme i gang, sier de."),
        "nn": ("Ungdommane padlar ut på fjorden", "Kvar tysdag er det fullt i naustet, og ungdommane er ikkje redde "
               "for vatnet. Det er ikkje vanskeleg, seier dei."),
    }[lang]
    text = f"{headline}\n{byline}\n\n{body}\n\nFakta\n{fact}\n"
    case = extract(text)
    assert (_value(case, "title"), _value(case, "document_date")) == (title, date)


@pytest.mark.parametrize("lang, label, value, organisation", [
    ("da", "Tilskudsmodtager", "Foreningen Beboerhuset, Søholtvej 8, 8600 Silkeborg (Silkeborg Kommune)",
     "Foreningen Beboerhuset"),
    ("sv", "Stödmottagare", "Hallstahammars Bordtennisklubb (org.nr 817600-4412)", "Hallstahammars Bordtennisklubb"),
    ("nb", "Tilskuddsmottaker", "Gjøvik Pårørendeforening, Storgata 3, 2815 Gjøvik", "Gjøvik Pårørendeforening"),
    ("nn", "Tilskotsmottakar", "Sykkylven Klatreklubb, Ikornnesvegen 22, 6230 Sykkylven", "Sykkylven Klatreklubb"),
])
def test_an_organisation_label_without_its_address(lang, label, value, organisation):
    text = f"Sluttrapport\n\n{label}: {value}\n\nTekst om prosjektet.\n"
    assert _value(extract(text), "organisation") == organisation


@pytest.mark.parametrize("lang, lines, role", [
    ("da", "1.3 Projektleder\n\nAmir Rahimi\nTlf. 48 13 06 62", "Projektleder"),
    ("sv", "1.2 Kontaktperson\n\nEmir Kovač\nRoll i projektet: projektansvarig\nTel. 073-562 18 09", "projektansvarig"),
    ("nb", "1.3 Prosjektleder\n\nAmir Rahimi\nTlf. 481 30 662", "Prosjektleder"),
    ("nn", "1.2 Kontaktperson\n\nGunnhild Vik\nRolle i prosjektet: prosjektleiar\nTlf. 952 61 048", "prosjektleiar"),
])
def test_a_roles_form_number_and_label_are_no_part_of_it(lang, lines, role):
    text = f"Statusrapport\n\n{lines}\n\n2. Mål\n\nTekst.\n"
    assert [c["role"].value for c in find_contacts(text, lang)] == [role]


def test_a_danish_quote_the_other_way_round_names_the_project():
    text = ("FONDEN LYSGAARD\nStrandvej 1, 8000 Aarhus C\n\nGenerationshuset\nAtt.: Lene Bach\nØstergade 41\n9800 Hjørring\n\n"
            "Bevilling til projektet »Sammen i Køkkenet«\n\nFonden støtter projektet »Sammen i Køkkenet« med 720.000 kr.\n")
    assert _value(extract(text), "title") == "Sammen i Køkkenet"


@pytest.mark.parametrize("lang, text, period", [
    ("da", "Indstilling\n\nTil udvalget, møde 2024-10-15 kl. 13.00.\n\nProjektet starter den 1. februar 2025 og "
           "afsluttes den 31. december 2026.\n", ("2025-02-01", "2026-12-31")),
    ("sv", "Tjänsteskrivelse\n\nTill kultur- och fritidsnämnden, sammanträde 2024-10-15 kl. 13.00\n\nProjektet startar den "
           "1 februari 2025 och avslutas den 31 december 2026.\n", ("2025-02-01", "2026-12-31")),
    ("sv", "Beslut\n\nTack för er ansökan, som kom in till stiftelsen den 30 september 2024.\n\nProjektet ska bedrivas "
           "under tiden 1 mars 2025 – 31 december 2027.\n", ("2025-03-01", "2027-12-31")),
    ("nn", "Tilsegn\n\nVi viser til søknaden dykkar, motteken 15. oktober 2024.\n\nPeriode\nProsjektperioden er frå "
           "1. mars 2025 til 31. mai 2027.\n", ("2025-03-01", "2027-05-31")),
])
def test_a_date_told_with_to_before_the_period_is_no_end_of_it(lang, text, period):
    case = extract(text)
    assert (_value(case, "period_start"), _value(case, "period_end")) == period


@pytest.mark.parametrize("lang, heading, question, answer, evaluated, kind", [
    ("da", "5. Evaluering", "Er projektet evalueret?", "Svar: Ja. Vi har selv gennemført en evaluering med spørgeskema.",
     True, "internal"),
    ("sv", "5. Utvärdering", "Har projektet utvärderats?", "Svar: Ja, externt. Högskolan gjorde en uppföljning.", True,
     "external"),
    ("nb", "5 Evaluering", "Er det gjennomført evaluering?", "Svar: Ja, ekstern. Senter for omsorgsforskning leverte den.",
     True, "external"),
    ("nn", "4 Evaluering", "Er prosjektet evaluert?", "Svar: Nei, ikkje enno.", False, None),
])
def test_a_forms_evaluation_question_and_its_answer(tmp_path, lang, heading, question, answer, evaluated, kind):
    path = tmp_path / f"eval_{lang}.md"
    path.write_text(f"# Statusrapport\n\n## {heading}\n\n**{question}**\n{answer}\n\n## 6 Økonomi\n\nTekst.\n", encoding="utf-8")
    case = extract(path)
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (evaluated, kind)


@pytest.mark.parametrize("lang, sentence, evaluated, kind", [
    ("da", "I september lavede vi en intern midtvejsevaluering med børn og forældre.", True, "internal"),
    ("sv", "En extern utvärdering är planerad till våren 2026.", None, None),
    ("nb", "Agder Analyse har gjort en ekstern evaluering av prosjektet.", True, "external"),
    ("nn", "I oktober gjennomførte vi ei intern evaluering med spørjeskjema.", True, "internal"),
])
def test_an_evaluation_named_by_its_kind_in_an_email(lang, sentence, evaluated, kind):
    case = extract(f"Hei\n\nHer er ein kort status. {sentence} Elles går det bra.\n")
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (evaluated, kind)


@pytest.mark.parametrize("lang, question, answer, step", [
    ("da", "I hvilken grad er projektets mål nået?", "Svar: 2", 2),
    ("sv", "I vilken utsträckning har projektets mål uppnåtts?", "- [ ] I begränsad utsträckning\n- [x] I ganska stor "
           "utsträckning\n- [ ] I mycket stor utsträckning", 3),
    ("nb", "I hvilken grad har prosjektet nådd målene sine?", "Svar: 3", 3),
    ("nn", "I kva grad har prosjektet nådd måla sine?", "Svar: 2", 2),
])
def test_a_rating_as_a_bare_step_after_an_answer_label_or_in_other_words(lang, question, answer, step):
    text = f"Statusrapport\n\n3.1 {question}\n{answer}\n\nMeir tekst.\n"
    assert _value(extract(text), "goal_fulfilment") == step


@pytest.mark.parametrize("lang, sentence, contact", [
    ("da", "Fonden har noteret Lene Bach, projektleder i Generationshuset, som projektets kontaktperson (tlf. 41 87 26 05).",
     ("Lene Bach", "projektleder", "+4541872605")),
    ("sv", "Stiftelsen har noterat Eva Lind, projektledare i Föreningen Lärkan, som projektets kontaktperson, tel. 070-318 42 66.",
     ("Eva Lind", "projektledare", "+46703184266")),
    ("nb", "Vi har registrert Kari Holm, prosjektleder i Hamar turlag, som prosjektets kontaktperson, tlf. 912 34 567.",
     ("Kari Holm", "prosjektleder", "+4791234567")),
    ("nn", "Vi har registrert Ola Vik, prosjektleiar i Fjell frivilligsentral, som kontaktperson for prosjektet, tlf. 913 45 678.",
     ("Ola Vik", "prosjektleiar", "+4791345678")),
])
def test_a_contact_named_before_its_role_and_the_contact_phrase(lang, sentence, contact):
    got = [(c["name"].value, c["role"].value, c["phone"].value) for c in find_contacts(f"Tittel\n\n{sentence}\n", lang)]
    assert got == [contact]


@pytest.mark.parametrize("lang, lines, phone, organisation", [
    ("da", "Anders Holm\nProjektleder, Kystliv\nSurfklubben Vesterhavet\nDirekte: +45 28 91 44 07", "+4528914407",
     "Surfklubben Vesterhavet"),
    ("sv", "Cecilia Berg\nProjektledare, Kvällsöppet\nSollefteå Bordtennisklubb\nDirektnummer: 0620-68 25 14", "+46620682514",
     "Sollefteå Bordtennisklubb"),
    ("nb", "Lars Nome\nProsjektleder, Fiks og Del\nArendal sykkelklubb\nDirektenummer: 476 18 233", "+4747618233",
     "Arendal sykkelklubb"),
    ("nn", "Eirik Haugland\nProsjektleiar, Friluftsskulen\nHemsedal klatreklubb\nDirektenummer: 917 30 264", "+4791730264",
     "Hemsedal klatreklubb"),
])
def test_a_signatures_club_and_direct_number(lang, lines, phone, organisation):
    contacts = find_contacts(f"Hei\n\nKort status.\n\nMvh\n\n{lines}\n", lang)
    assert [(c["phone"].value, c["organisation"].value) for c in contacts] == [(phone, organisation)]


@pytest.mark.parametrize("lang, table, grants", [
    ("da", ["  År      Løn        Lokaler     I alt", "  2025    300.000    40.000      340.000",
            "  2026    310.000    45.000      355.000", "  I alt                           695.000 kr."],
     {"2025": 340000.0, "2026": 355000.0}),
    ("sv", ["  År      Personal    Buss och drift   Material     Summa", "  2025    370 000     140 000          30 000       540 000",
            "  2026    405 000     155 000          25 000       585 000", "  Totalt                                            1 125 000 kr"],
     {"2025": 540000.0, "2026": 585000.0}),
    ("nb", ["| År | Tildelt (kr) | Brukt (kr) |", "|---|---:|---:|", "| 2023 | 180 000 | 172 400 |",
            "| 2024 | 420 000 | 198 900 |", "| **Sum** | **600 000** | **371 300** |"], {"2023": 180000.0, "2024": 420000.0}),
    ("nn", ["| Post | 2024 (kr) | 2025 (kr) | Rekneskap (kr) |", "|---|---:|---:|---:|", "| Honorar | 110 000 | 150 000 | 92 400 |",
            "| Utstyr | 80 000 | 80 000 | 20 900 |", "| **Sum** | **190 000** | **230 000** | **113 300** |"],
     {"2024": 190000.0, "2025": 230000.0}),
])
def test_a_budget_tables_years_beside_a_total_told_in_a_sentence(tmp_path, lang, table, grants):
    heading, sentence = {
        "da": ("Økonomi", "Projektets samlede budget er på 695.000 kr."),
        "sv": ("Ekonomiska konsekvenser", "Projektet finansieras med sammanlagt 1 125 000 kronor."),
        "nb": ("Budsjett og forbruk", "Totalt er det bevilget 600 000 kroner."),
        "nn": ("Budsjett og rekneskap", "Samla budsjett for prosjektet er kr 420 000."),
    }[lang]
    path = tmp_path / f"table_{lang}.md"
    path.write_text(f"# Rapport\n\n## {heading}\n\n{sentence}\n\n" + "\n".join(table) + "\n\n## Kontakt\n\nTekst.\n",
                    encoding="utf-8")
    assert _value(extract(path), "grants_by_year") == grants


@pytest.mark.parametrize("lang, body", [
    ("da", "Tilbuddet er organiseret i Center for træning og\nomsorg, som har ansvaret for holdene."),
    ("sv", "Projektet Läsglädje är ett samarbetsprojekt\nmellan biblioteket och skolorna i kommunen."),
    ("nb", "Tiltaket er organisert i Senter for helse og\nmestring, som har ansvaret for gruppene."),
    ("nn", "Prosjektet Turvenn er eit samarbeidsprosjekt\nmellom frivilligsentralen og kommunen."),
])
def test_an_organisation_sections_sentence_wrapped_by_the_page_names_no_organisation(lang, body):
    text = f"Rapport\n\nFormål\nTekst om formålet.\n\nOrganisering\n{body}\n\nKontakt\nTekst.\n"
    from pipeline.extractors.identity import find_organisations
    found = [c.method for c in find_organisations(text, lang, find_blocks(text, lang), [])]
    assert "organisation@1:section" not in found


@pytest.mark.parametrize("lang, sentence, contact", [
    ("da", "Grundejere kan ringe til projektleder Jakob Friis på 76 29 14 52 eller skrive til janf@horsens.dk.",
     ("Jakob Friis", "projektleder", "+4576291452")),
    ("sv", "Kontaktperson hos bidragsmottagaren är projektledare Sara Nyberg, 070-382 15 46, sara.nyberg@ungaroster.se.",
     ("Sara Nyberg", "projektledare", "+46703821546")),
    ("nb", "Klubben har oppgitt Eirik Bakken som prosjektleder (tlf. 976 31 582, e-post eirik@klatring.no).",
     ("Eirik Bakken", "prosjektleder", "+4797631582")),
    ("nn", "Laget har meldt inn Siri Dale som prosjektleiar (tlf. 913 45 678, siri@laget.no).",
     ("Siri Dale", "prosjektleiar", "+4791345678")),
])
def test_contacts_told_with_a_call_verb_a_place_word_or_as_a_role(lang, sentence, contact):
    got = [(c["name"].value, c["role"].value, c["phone"].value) for c in find_contacts(f"Tittel\n\n{sentence}\n", lang)]
    assert got == [contact]


@pytest.mark.parametrize("lang, word", [("da", "Beslutning"), ("sv", "Beslut"), ("nb", "Vedtak"), ("nn", "Vedtak")])
def test_a_one_word_heading_ends_a_contact_block(lang, word):
    text = (f"Sak\n\nKontaktperson\nAnna Holm, projektleder\nTlf. 912 34 567\n\n{word}\nGodkjent som innstilt i møtet "
            f"i dag og sendt videre til kommunestyret.\n")
    assert [c["name"].value for c in find_contacts(text, lang)] == ["Anna Holm"]
