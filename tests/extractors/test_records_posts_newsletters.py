"""Records printed from a funder's grant database as a two-column table, social-media posts with their page's
about box, and two ratings told in one sentence (stop 26, blind set 11). All texts are written for these tests."""
from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.extractors.assessment import find_ratings
from pipeline.readers.text import untable
from pipeline.stages.sections import find_blocks

from written import INTRO, contacts as _contacts, extract_file, sections as _sections, value as _value


# ---- a grant database's record printed as a two-column table ------------------------------------------------

RECORDS = {
    "da": ("Egnsfonden – Bevillingsdatabase\nUdskrift af projektpost\nUdskrevet: 03-11-2025 kl. 14:22    Bruger: KAS\n\n"
           "+--------------------+----------------------------+\n| Felt               | Værdi                      |\n"
           "+--------------------+----------------------------+\n| Projekttitel       | Stærke Unge i Tønder       |\n"
           "+--------------------+----------------------------+\n| Sagsstatus         | Afsluttet                  |\n"
           "+--------------------+----------------------------+\n| Projektstart       | 01-08-2022                 |\n"
           "+--------------------+----------------------------+\n| Projektslut        | 31-07-2024                 |\n"
           "+--------------------+----------------------------+\n| Bevilget beløb     | 550.000 kr.                |\n"
           "+--------------------+----------------------------+\n| Bevilling 2022     | 150.000 kr.                |\n"
           "+--------------------+----------------------------+\n| Bevilling 2023     | 400.000 kr.                |\n"
           "+--------------------+----------------------------+\n",
           ("Stærke Unge i Tønder", "completed", "2022-08-01", "2024-07-31", "2025-11-03", 550000.0,
            {"2022": 150000.0, "2023": 400000.0})),
    "sv": ("Bidragsdatabas – ärendeutskrift\nUtskriven: 2025-11-03 09:14   Användare: AHL\n\n"
           "Fält                    | Värde\n------------------------+------------------------------\n"
           "Projektnamn             | Odlingsskolan i Gullänget\nÄrendestatus            | Beviljat – pågående\n"
           "Projektstart            | 2025-03-01\nProjektslut             | 2027-02-28\n"
           "Beviljat belopp         | 390 000 kr\nBeviljat belopp 2025    | 180 000\nBeviljat belopp 2026    | 210 000\n",
           ("Odlingsskolan i Gullänget", "project", "2025-03-01", "2027-02-28", "2025-11-03", 390000.0,
            {"2025": 180000.0, "2026": 210000.0})),
    "nb": ("Tilskuddsportal\nUtskrift av prosjektpost\nGenerert: 07.04.2025 kl. 10:42   Bruker: plu\n\n"
           "Felt                   | Verdi\n-----------------------+---------------------------\n"
           "Prosjektnavn           | Lørdagskafeen i Arendal\nStatus for tiltaket    | I drift – videreført som fast tilbud\n"
           "Prosjektstart          | 01.03.2022\nProsjektslutt          | 29.02.2024\nInnvilget beløp        | kr 550 000\n"
           "Tilskudd 2022 (kr)     | 250 000\nTilskudd 2023 (kr)     | 300 000\n",
           ("Lørdagskafeen i Arendal", "in_operation", "2022-03-01", "2024-02-29", "2025-04-07", 550000.0,
            {"2022": 250000.0, "2023": 300000.0})),
    "nn": ("Tilskotsdatabase – prosjektkort\nGenerert: 12.05.2025\n\n"
           "Felt                   | Verdi\n-----------------------+---------------------------\n"
           "Prosjektnamn           | Sterk og stødig\nStatus                 | Avslutta\n"
           "Prosjektstart          | 01.03.2022\nProsjektslutt          | 29.02.2024\nInnvilga beløp (kr)    | 380 000\n"
           "Tilskot 2022 (kr)      | 200 000\nTilskot 2023 (kr)      | 180 000\n",
           ("Sterk og stødig", "completed", "2022-03-01", "2024-02-29", "2025-05-12", 380000.0,
            {"2022": 200000.0, "2023": 180000.0})),
}


@pytest.mark.parametrize("lang", sorted(RECORDS))
def test_a_grant_record_printed_as_a_two_column_table(lang, tmp_path):
    text, expected = RECORDS[lang]
    case = extract_file(tmp_path, f"{lang}.txt", text)
    fields = ("title", "status", "period_start", "period_end", "document_date", "budget_total", "grants_by_year")
    assert tuple(_value(case, f) for f in fields) == expected
    assert case.organisation.value is None or "Felt" not in case.organisation.value


def test_a_printed_table_keeps_every_offset_and_leaves_wide_tables():
    two = "x\n+----+-----+\n| Navn | Ida Holm |\n+----+-----+\n| Rolle | formand |\n"
    assert untable(two) == "x\n" + " " * 12 + "\n  Navn:  Ida Holm  \n" + " " * 12 + "\n  Rolle:  formand  \n"
    wide = "| År | Budget | Forbrug |\n|---|---|---|\n| 2024 | 100 | 90 |\n| 2025 | 200 | 180 |\n"
    assert untable(wide) == wide
    assert untable("Prosjekt: Arbeidsbro | Periode: 2024\n") == "Prosjekt: Arbeidsbro | Periode: 2024\n"


# ---- social-media posts: pictograms before the contact lines, a call as no organisation ---------------------

POSTS = {
    "da": ("📣 NYT TILBUD TIL UNGE I FREDERIKSHAVN! 📣\n\nVi starter op i næste uge.\n\nOm\n\nKontakt\n"
           "Projektleder: Sofie Dahl\n📞 21 43 87 65\n✉️ sofie@havhjertet.dk\n🌐 www.havhjertet.dk\n",
           ("Sofie Dahl", "Projektleder", "+4521438765", "sofie@havhjertet.dk")),
    "sv": ("🎉 NU KÖR VI IGÅNG I PITEÅ! 🎉\n\nFörsta träffen är på tisdag.\n\nOm\n\nKontakt\n"
           "Projektledare: Lina Berg\n📞 070-845 21 36\n✉️ lina@ungrost.se\n🌐 ungrost.se\n",
           ("Lina Berg", "Projektledare", "+46708452136", "lina@ungrost.se")),
    "nb": ("🥾🌄 NYHET! Tur & Prat kommer til Bodø!\n\nVi går hver onsdag.\n\nOm\n\nKontaktinfo\n"
           "Prosjektleder: Sara Eide\n📞 957 43 218\n✉️ sara@turogprat.no\n🌐 turogprat.no\n",
           ("Sara Eide", "Prosjektleder", "+4795743218", "sara@turogprat.no")),
    "nn": ("📣 NYTT TILBOD FOR UNGDOM I ØRSTA! 📣\n\nOpen hall kvar fredag.\n\nOm\n\nKontakt\n"
           "Prosjektleiar: Hanne Lid\n📞 913 47 288\n✉️ hanne@orstafil.no\n🌐 orstafil.no/openhall\n",
           ("Hanne Lid", "Prosjektleiar", "+4791347288", "hanne@orstafil.no")),
}


@pytest.mark.parametrize("lang", sorted(POSTS))
def test_a_posts_about_box_with_pictograms(lang):
    text, contact = POSTS[lang]
    case = extract("Side\n\n" + text)
    assert _contacts(case) == [contact]
    assert case.contacts[0].organisation.value is None
    assert _value(case, "organisation") is None  # the call in capitals names no one


def test_an_entity_never_holds_a_pictogram():
    case = extract("Side\n\n📣 Foreningen Havhjertet inviterer til sommerlejr.\n")
    assert all(e.text == e.text.strip("📣 ") for e in case.entities)
    assert "Foreningen Havhjertet" in [e.text for e in case.entities]


@pytest.mark.parametrize("lang, sentence, organisation", [
    ("nb", "Tur & Prat er et lavterskel turtilbud, drevet av Nordlys Turlag.", "Nordlys Turlag"),
    ("nn", "Gratis fredagstilbod for ungdom. Drive av Ørsta Fleiridrettslag i samarbeid med kommunen.",
     "Ørsta Fleiridrettslag"),
    ("sv", "Ung röst är ett projekt drivet av Föreningen Ung Röst i Piteå.", "Föreningen Ung Röst"),  # not past "i"
])
def test_run_by_told_with_a_participle(lang, sentence, organisation):
    case = extract(INTRO[lang] + sentence + "\n")
    assert (_value(case, "organisation"), case.organisation.method) == (organisation, "organisation@1:run_by")


# ---- two ratings in one sentence --------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, ratings", [
    ("sv", "Styrelsen bedömer att projektets mål i viss mån har uppnåtts – fler deltagare hade varit önskvärt – medan "
           "genomförandet i hög grad har följt den ursprungliga planen.", [("goal_fulfilment", 3),
                                                                           ("implemented_as_planned", 4)]),
    ("da", "Målene er i høj grad nået, men projektet er kun i mindre grad gennemført som planlagt.",
     [("goal_fulfilment", 4), ("implemented_as_planned", 2)]),
    ("nb", "Målene er i noen grad nådd, mens tiltaket i stor grad er gjennomført som planlagt.",
     [("goal_fulfilment", 3), ("implemented_as_planned", 4)]),
    ("nn", "Måla er i stor grad nådd, men tiltaket er berre i liten grad gjennomført som planlagt.",
     [("goal_fulfilment", 4), ("implemented_as_planned", 2)]),
    ("sv", "Målen har uppnåtts i hög grad och i mindre grad.", []),    # two steps, one clause: no rating
])
def test_two_ratings_in_one_sentence_are_read_clause_by_clause(lang, sentence, ratings):
    text = f"Rapport\n\n{sentence}\n"
    assert [(c.kind, c.value) for c in find_ratings(text, lang, find_blocks(text, lang))] == ratings


# ---- a newsletter: the date on its masthead, the case is the news item with the project's headings -------

def _newsletter(lines: list[str]) -> str:
    """A newsletter as HTML: "# " lines are item headings (h2), "## " lines sub-headings (h3), the rest paragraphs."""
    body = "".join(f"<h2>{ln[2:]}</h2>" if ln.startswith("# ") else f"<h3>{ln[3:]}</h3>" if ln.startswith("## ")
                   else f"<p>{ln}</p>" for ln in lines)
    return f"<html><body>{body}</body></html>"


NEWSLETTERS = {
    "da": (["Partnernyt fra Lemvig Bibliotek", "Nyhedsbrev til samarbejdspartnere · Nr. 1 · 13. januar 2026",
            "# Nye åbningstider i Harboøre", "Filialen åbner nu også om lørdagen.",
            "# Læsespire er nu et fast tilbud", "Læsespire bliver en del af bibliotekets drift.",
            "## Baggrund", "Projektet startede i 2023.", "## Resultater", "Vi har mødt 340 familier.",
            "## Kontakt", "Bibliotekar Eva Lund, tlf. 96 63 14 00, eva@lemvig.dk",
            "# Hold datoen: partnerdag i marts", "Partnerdag den 4. marts."], "Læsespire", "2026-01-13"),
    "sv": (["Partnerbrevet", "Nyheter från förvaltningen till våra samverkanspartner", "Nr 3 · 18 september 2025",
            "# Hälsoguider i Rud är nu permanent verksamhet",
            "Efter två års projekttid har Hälsoguider i Rud gått över i ordinarie drift.",
            "## Resultat", "Vi nådde 1 240 invånare.", "## Kontakt",
            "Verksamhetsansvarig Sara Nyström, tfn 054-540 47 12, sara.nystrom@karlstad.se.",
            "# Välkommen Erik Holm, ny folkhälsostrateg", "Erik började den 1 september."],
           "Hälsoguider i Rud", "2025-09-18"),
    "nb": (["Nyhetsbrev for barnehagepartnere – september 2025", "Sendt 18. september 2025",
            "# Jåttå barnehage åpner dørene", "Den nye barnehagen åpner i oktober.",
            "# Lesespiren: halvveis og godt i gang", "Prosjektet er i sitt andre år.", "## Bakgrunn",
            "Mange barn leser lite.", "## Foreløpige resultater", "1 120 barn har fått bøker.", "## Kontakt",
            "Prosjektleder Kari Moe, tlf. 51 50 80 00, kari.moe@stavanger.kommune.no",
            "# Kort fortalt", "Husk konferansen."], "Lesespiren", "2025-09-18"),
    "nn": (["Nr. 2/2025 · 18. juni 2025", "Partnarbrevet", "Nyhende frå kommunen til samarbeidspartnarane våre",
            "# Ny plan ute på høyring", "Planen ligg ute til 1. august.",
            "# Språkløftet er i gang – 34 foreldre med så langt", "Foreldra møtest kvar veke.",
            "## Fakta om prosjektet", "Periode: 2025–2027", "## Kontakt",
            "Prosjektleiar Siri Hol, tlf. 57 72 41 09, siri@sunnfjord.kommune.no",
            "# God sommar!", "Vi ønskjer alle ein fin sommar."], "Språkløftet", "2025-06-18"),
}


@pytest.mark.parametrize("lang", sorted(NEWSLETTERS))
def test_a_newsletter_is_named_by_its_project_item(lang, tmp_path):
    lines, title, date = NEWSLETTERS[lang]
    case = extract_file(tmp_path, f"{lang}.html", _newsletter(lines))
    assert (_value(case, "title"), case.title.method) == (title, "title@1:newsletter_item")
    assert _value(case, "document_date") == date


def test_an_organisation_number_beside_a_web_address_is_no_masthead():
    text = ("STIFTELSEN LYNGFOND\nPostboks 1042, 2305 Hamar\nOrg.nr. 997 415 263 · www.lyngfond.no\n\nTILSAGN OM TILSKUDD\n\n"
            "Vi viser til søknaden om støtte til prosjektet «Turvenn 70+».\n\nKontakt\nRådgiver Ingrid Moe\n\n"
            "Vilkår\nTilskuddet skal brukes som beskrevet.\n")
    assert _value(extract(text), "title") == "Turvenn 70+"


# ---- a committee's case paper and an evaluation's summary ------------------------------------------------------

@pytest.mark.parametrize("lang, text, title, officer", [
    ("da", "Faaborg Kommune\nÆldre- og Sundhedsudvalget\n\nDagsordenspunkt 7: Spisevenner – status og videreførelse af "
           "projekt\n\nSagsbehandler: Jonas Holm, tlf. 62 23 41 87, e-mail: joho@faaborg.dk\n\nResume\nProjektet "
           "Spisevenner har kørt i et år.\n", "Spisevenner", ("Jonas Holm", "Sagsbehandler", "+4562234187", "joho@faaborg.dk")),
    ("sv", "Kalmar kommun\nOmsorgsnämnden\n\nÄrende 9: Aktiv vardag – fortsättning efter projekttiden\n\n"
           "Handläggare: Lina Berg, tfn 0470-43 61 20, lina.berg@kalmar.se\n\nSammanfattning\nAktiv vardag har pågått "
           "sedan 2023.\n", "Aktiv vardag", ("Lina Berg", "Handläggare", "+46470436120", "lina.berg@kalmar.se")),
])
def test_a_case_paper_names_its_agenda_item_and_its_officer(lang, text, title, officer):
    case = extract(text)
    assert (_value(case, "title"), case.title.method) == (title, "title@1:case_item")
    assert _contacts(case) == [officer]


@pytest.mark.parametrize("lang, sentence, evaluated", [
    ("nb", "Nordvik Analyse AS har gjennomført en ekstern sluttevaluering av prosjektet.", (True, "external")),
    ("sv", "Linnea Analys AB har genomfört en extern slututvärdering av projektet.", (True, "external")),
    ("da", "Vi har lavet en intern slutevaluering med deltagerne.", (True, "internal")),
    ("sv", "Vi planerar en extern slututvärdering nästa år.", (None, None)),
    ("nb", "Vi planlegger en ekstern sluttevaluering neste år.", (None, None)),
])
def test_an_evaluation_named_by_a_compound_of_its_kind(lang, sentence, evaluated):
    case = extract(INTRO[lang] + sentence + "\n")
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == evaluated


@pytest.mark.parametrize("lang, sentence, period", [
    ("nb", "Prosjektperioden var 2022–2024, og prosjektet er nå avsluttet.", ("2022-01-01", "2024-12-31")),
    ("da", "Projektperioden er 2022-2024.", ("2022-01-01", "2024-12-31")),
    ("sv", "Projektet pågick 1 september 2022–31 augusti 2025 och avslutades enligt plan.", ("2022-09-01", "2025-08-31")),
    ("nn", "Tiltaket varte frå 1. mars 2023 til 31. mai 2024.", ("2023-03-01", "2024-05-31")),
    ("da", "I perioden 2019-2021 faldt ledigheden i kommunen.", (None, None)),   # a background's years
])
def test_a_period_told_in_a_sentence(lang, sentence, period):
    case = extract(INTRO[lang] + sentence + "\n")
    assert (_value(case, "period_start"), _value(case, "period_end")) == period


@pytest.mark.parametrize("lang, sentence, contact", [
    ("sv", "Projektet leds av projektledare Jonas Ek, tfn 070-312 45 88, jonas.ek@vaxjo.se, som sitter vid enheten.",
     ("Jonas Ek", "projektledare", "+46703124588", "jonas.ek@vaxjo.se")),
    ("da", "Projektet ledes af projektleder Mette Holm, tlf. 21 43 87 65, mh@vejle.dk, og har en styregruppe.",
     ("Mette Holm", "projektleder", "+4521438765", "mh@vejle.dk")),
    ("nb", "Prosjektet ledes av prosjektleder Ola Dahl, tlf. 934 17 582, ola.dahl@bodo.kommune.no.",
     ("Ola Dahl", "prosjektleder", "+4793417582", "ola.dahl@bodo.kommune.no")),
    ("nn", "Kontaktperson hjå oppdragsgjevar: Gunn Rise, prosjektleiar (gunn.rise@voss.herad.no)",
     ("Gunn Rise", "prosjektleiar", None, "gunn.rise@voss.herad.no")),
    ("da", "Kontaktperson hos bygherren: Ida Lund, projektleder (ida.lund@vejle.dk)",
     ("Ida Lund", "projektleder", None, "ida.lund@vejle.dk")),
])
def test_a_lead_told_with_led_by_or_a_qualified_contact_label(lang, sentence, contact):
    assert _contacts(extract(INTRO[lang] + sentence + "\n")) == [contact]


def test_a_markup_heading_ends_a_contact_section(tmp_path):
    html = ("<html><body><h1>Partnerbrevet</h1><p>Nr 3 · 18 september 2025</p><h2>Kontakt</h2>"
            "<p>Kontakta verksamhetsansvarig Sara Nyström, tfn 054-540 47 12, sara.nystrom@karlstad.se.</p>"
            "<h2>Välkommen Erik Holm, ny folkhälsostrateg</h2><p>Erik började den 1 september.</p></body></html>")
    case = extract_file(tmp_path, "sv.html", html)
    assert [c[0] for c in _contacts(case)] == ["Sara Nyström"]


@pytest.mark.parametrize("lang, sentence, yearly", [
    ("sv", "Kommunfullmäktige har avsatt 850 000 kronor per år för att finansiera verksamheten.", 850000.0),
    ("da", "Byrådet har afsat 400.000 kr. om året til tilbuddet.", 400000.0),
    ("nb", "Kommunestyret har satt av 600 000 kroner per år til tiltaket.", 600000.0),
    ("nn", "Kommunestyret har sett av 600 000 kroner i året til tiltaket.", 600000.0),
])
def test_a_yearly_amount_set_aside(lang, sentence, yearly):
    case = extract(INTRO[lang] + sentence + "\n")
    assert (_value(case, "budget_per_year_min"), _value(case, "budget_per_year_max")) == (yearly, yearly)


def test_an_evaluation_heading_that_tells_nothing_leaves_the_sentences_to_tell_it(tmp_path):
    text = ("# Sluttrapport\n\n## Samandrag\n\nVoss herad bad Nordvest Analyse om ei ekstern sluttevaluering som "
            "grunnlag for vidare arbeid.\n\n## Evaluering av prosjektet «Ung i arbeid»\n\nUtarbeidd av Nordvest "
            "Analyse AS, august 2025.\n")
    case = extract_file(tmp_path, "nn.md", text)
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (True, "external")


# ---- a steering group's minutes, a funder's page of the projects it supported ------------------------------------

@pytest.mark.parametrize("lang, text, title, keys", [
    ("da", "# Referat af styregruppemøde – Seniorer i Fællesskab\n\n**Mødedato:** 12. november 2024\n\n"
           "### Punkt 3. Økonomi\n\nForbruget følger budgettet.\n\n### 5. Midtvejsevaluering\n\nLV fremlagde den "
           "interne midtvejsevaluering, som er gennemført af projektgruppen.\n\nSpørgsmål til referatet rettes til "
           "projektleder Lene Holm, tlf. +45 99 31 12 47, leho@aalborg.dk\n", "Seniorer i Fællesskab",
     ["economy", "evaluation"]),
    ("nb", "# Referat fra styringsgruppemøte – «Digital hverdag 70+»\n\n**Dato:** 10. juni 2025\n\n"
           "## Sak 12/25: Økonomi\n\nForbruket er som planlagt.\n\n## Sak 13/25: Rekruttering\n\nVi har fått 40 nye.\n",
     "Digital hverdag 70+", ["economy", "recruitment"]),
    ("nn", "# Referat frå styringsgruppemøte – «Aktiv saman 70+»\n\n## Sak 3/25: Økonomi\n\nForbruket er som planlagt.\n\n"
           "## Sak 4/25: Evaluering\n\nEvalueringa er ikkje starta.\n", "Aktiv saman 70+", ["economy", "evaluation"]),
    ("sv", "# Protokoll – styrgruppsmöte nr 4\n\n**Projekt:** Aktiv hela året\n\n## § 3 Ekonomi\n\nBudgeten följs.\n\n"
           "## § 4 Rekrytering\n\nVi har 30 nya deltagare.\n", "Aktiv hela året", ["economy", "recruitment"]),
])
def test_steering_group_minutes(lang, text, title, keys, tmp_path):
    case = extract_file(tmp_path, f"{lang}.md", text)
    assert _value(case, "title") == title
    assert [k for k in _sections(case) if k in ("economy", "evaluation", "recruitment")] == keys


def test_minutes_tell_an_internal_evaluation_and_whom_to_ask(tmp_path):
    text = ("# Referat af styregruppemøde – Seniorer i Fællesskab\n\n### 5. Midtvejsevaluering\n\nLV fremlagde "
            "den interne midtvejsevaluering, som er gennemført af projektgruppen.\n\nSpørgsmål til referatet "
            "rettes til projektleder Lene Holm, tlf. +45 99 31 12 47, leho@aalborg.dk\n")
    case = extract_file(tmp_path, "da.md", text)
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (True, "internal")
    assert _contacts(case) == [("Lene Holm", "projektleder", "+4599311247", "leho@aalborg.dk")]


@pytest.mark.parametrize("lang, page, title", [
    ("da", ["Projekter vi har støttet", "Fonden støtter projekter, der skaber nye fællesskaber.",
            "# Ung Brobygger – Fælleshuset Vollsmose, Odense", "Projektet bygger bro mellem unge og foreninger.",
            "## Formål", "At flere unge bliver en del af et fællesskab.", "## Målgruppe", "Unge mellem 15 og 24 år.",
            "## Kontakt", "Projektleder Sara Holm, tlf. 21 43 87 65", "# Andre projekter vi har støttet",
            "# Læsemakkere på biblioteket – Skive", "Børn læser med frivillige."], "Ung Brobygger"),
    ("nb", ["Prosjekter vi har støttet", "Publisert 03.10.2025", "Stiftelsen gir hvert år støtte til lokale tiltak.",
            "# Kystungdom Bømlo", "Ungdommer bygger båter sammen med frivillige.", "## Bakgrunn", "Mange unge mangler et sted å være.",
            "## Resultater", "74 ungdommer har vært med.", "## Kontakt", "Prosjektleder Ola Vik, tlf. 934 17 582",
            "# Lesevenner i Sunnfjord", "Frivillige leser med barn.", "# Vil du søke støtte?", "Søknadsfristen er 1. mars."],
     "Kystungdom Bømlo"),
])
def test_a_funders_page_of_supported_projects_is_named_by_its_main_item(lang, page, title, tmp_path):
    case = extract_file(tmp_path, f"{lang}.html", _newsletter(page))
    assert (_value(case, "title"), case.title.method) == (title, "title@1:newsletter_item")


def test_a_magazine_article_is_no_newsletter(tmp_path):
    text = ("*Frivillig Nord – medlemsblad · Nr. 2/2025 · Publisert 3. juni 2025*\n\n# – Ungdommene må få være med\n\n"
            "*Tekst og foto: Kari Lyng*\n\nDet lukter kaffe.\n\n## Fra prosjekt til fast drift\n\nFra januar er tilbudet fast.\n\n"
            "## Fakta om Veiviseren\n\n- **Hvem:** Ungdomsforeningen Nordlys\n\n## Kontakt\n\nKari Lyng\n")
    assert _value(extract_file(tmp_path, "nb.md", text), "title") == "Veiviseren"
