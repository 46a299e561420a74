"""Slide decks whose slides carry their heading after the slide's number, mid-term reports copied from a PDF with a
running header on every page, application forms and mail threads whose status only their dates tell, timetables
("- 14. august 2023: oppstart"), and a database record's description naming someone to ask (stop 27, blind set
13). All texts are written for these tests."""
from __future__ import annotations

import pytest

from pipeline import extract
from pipeline.extractors.timeline import find_period
from pipeline.readers.html import html_to_text

from written import INTRO, contacts as _contacts, extract_file, sections as _sections, value as _value


# ---- status from the text's date against the period's end ----------------------------------------------------

DATED = {
    "da": ("Sendt: 4. marts 2025\nEmne: Slutrapport for Kom Ud\n\nHej Lise\n\nHermed slutrapporten. Projektperioden "
           "var 1. februar 2023 til 31. januar 2025, og 64 unge deltog.\n\nVenlig hilsen\nPeter Vang\n",
           "Ansøgning om støtte\n\nDato: 14. oktober 2024\n\nKom Ud\n\nProjektperiode: 1. februar 2025 til 31. "
           "januar 2027\n\nVi søger om 400.000 kr. til et forløb for unge.\n"),
    "sv": ("Skickat: den 4 mars 2025\nÄmne: Slutrapport för Kom Ut\n\nHej Lisa\n\nHär kommer slutrapporten. "
           "Projektperioden var 1 februari 2023 till 31 januari 2025, och 64 unga deltog.\n\nMed vänlig hälsning\n"
           "Per Vang\n",
           "Ansökan om stöd\n\nDatum: 14 oktober 2024\n\nKom Ut\n\nProjektperiod: 1 februari 2025 till 31 januari "
           "2027\n\nVi söker 400 000 kronor till en kurs för unga.\n"),
    "nb": ("Sendt: 4. mars 2025\nEmne: Sluttrapport for Kom Ut\n\nHei Lise\n\nHer er sluttrapporten. Prosjektperioden "
           "var 1. februar 2023 til 31. januar 2025, og 64 unge deltok.\n\nVennlig hilsen\nPer Vang\n",
           "Søknad om tilskudd\n\nDato: 14. oktober 2024\n\nKom Ut\n\nProsjektperiode: 1. februar 2025 til 31. januar "
           "2027\n\nVi søker om 400 000 kroner til et kurs for unge.\n"),
    "nn": ("Sendt: 4. mars 2025\nEmne: Sluttrapport for Kom Ut\n\nHei Lise\n\nHer er sluttrapporten. Prosjektperioden "
           "var 1. februar 2023 til 31. januar 2025, og 64 unge var med.\n\nVenleg helsing\nPer Vang\n",
           "Søknad om tilskot\n\nDato: 14. oktober 2024\n\nKom Ut\n\nProsjektperiode: 1. februar 2025 til 31. januar "
           "2027\n\nVi søkjer om 400 000 kroner til eit kurs for unge.\n"),
}


@pytest.mark.parametrize("lang", sorted(DATED))
def test_a_text_dated_after_its_period_reports_a_completed_case(lang):
    case = extract(DATED[lang][0])
    assert (_value(case, "document_date"), _value(case, "period_end"), _value(case, "status")) == \
        ("2025-03-04", "2025-01-31", "completed")
    assert case.status.method == "status@1:dates"
    assert 0 < case.status.confidence < 0.7
    assert case.status.span == case.period_end.span  # the period the dates are read against


@pytest.mark.parametrize("lang", sorted(DATED))
def test_an_application_dated_before_its_period_ends_is_a_running_project(lang):
    case = extract(DATED[lang][1])
    assert (_value(case, "document_date"), _value(case, "period_start"), _value(case, "status")) == \
        ("2024-10-14", "2025-02-01", "project")


def test_a_told_status_outweighs_the_dates():
    text = ("Slutrapport\n\nSendt: 4. marts 2025\n\nKom Ud\n\nProjektperiode: 1. februar 2023 til 31. januar 2025\n\n"
            "Status: I drift\n")
    case = extract(text)
    assert (_value(case, "status"), case.status.method) == ("in_operation", "status@1:label")


def test_no_dates_no_status():
    case = extract(INTRO["da"] + "Projektperiode: 1. februar 2023 til 31. januar 2025\n")
    assert _value(case, "status") is None


# ---- a proposal or a handover plan tells no status ---------------------------------------------------------------

PROPOSALS = {
    "da": "Næste skridt\n\n- Forslag: Kom Ud bliver ordinær drift fra efteråret 2025.\n",
    "sv": "Nästa steg\n\n- Förslag: Kom Ut blir ordinarie verksamhet från hösten 2025.\n"
          "- Ta fram en modell för överlämning till ordinarie verksamhet inför projektets slut.\n",
    "nb": "Neste steg\n\n- Forslag: Kom Ut blir ordinær drift fra høsten 2025.\n",
    "nn": "Neste steg\n\n- Forslag: Kom Ut blir ordinær drift frå hausten 2025.\n",
}


@pytest.mark.parametrize("lang", sorted(PROPOSALS))
def test_a_proposal_to_make_the_case_permanent_is_no_status(lang):
    case = extract(INTRO[lang] + PROPOSALS[lang])
    assert _value(case, "status") is None


# ---- timetables and prepositions --------------------------------------------------------------------------------

TIMETABLES = {
    "da": "Tidsplan\n\n- 14. august 2023: opstart\n- Efteråret 2024: midtvejsevaluering\n- 15. juni 2025: projektet slutter\n",
    "sv": "Tidsplan\n\n- 14 augusti 2023: start\n- Hösten 2024: delutvärdering\n- 15 juni 2025: projektperioden slutar\n",
    "nb": "Tidsplan\n\n- 14. august 2023: oppstart\n- Høsten 2024: midtveisevaluering\n- 15. juni 2025: prosjektet slutter\n",
    "nn": "Tidsplan\n\n- 14. august 2023: oppstart\n- Hausten 2024: midtvegsevaluering\n- 15. juni 2025: prosjektet sluttar\n",
}


@pytest.mark.parametrize("lang", sorted(TIMETABLES))
def test_a_timetables_start_and_end_items_give_the_period(lang):
    case = extract(INTRO[lang] + TIMETABLES[lang])
    assert (_value(case, "period_start"), _value(case, "period_end")) == ("2023-08-14", "2025-06-15")


PRINTED = {
    "da": "Udskrift fra ansøgningsportalen 14.10.2024 kl. 15:22\n\nPlanlagt opstart: 01.03.2025\n",
    "sv": "Utskrift från ansökningsportalen 2024-10-14 kl. 15.22\n\nPlanerad start: 2025-03-01\n",
    "nb": "Utskrift fra søknadsportalen 14.10.2024 kl. 15:22\n\nPlanlagt oppstart: 01.03.2025\n",
    "nn": "Utskrift frå søknadsportalen 14.10.2024 kl. 15:22\n\nPlanlagd oppstart: 01.03.2025\n",
}


@pytest.mark.parametrize("lang", sorted(PRINTED))
def test_a_preposition_cues_a_start_only_right_before_its_date(lang):
    starts = [c.value for c in find_period(PRINTED[lang], lang, []) if c.kind == "period_start"]
    assert starts == ["2025-03-01"]


def test_a_preposition_right_before_its_date_still_cues_it():
    starts = [c.value for c in find_period("Vi har holdt åbent fra den 3. april 2024.\n", "da", [])
              if c.kind == "period_start"]
    assert starts == ["2024-04-03"]


# ---- slide decks ------------------------------------------------------------------------------------------------

SLIDES = {
    "da": ("# Kom Ud\n\n## Dias 1\n\nKom Ud – fællesskab for unge\nStatus for udvalget\n3. september 2025\n\n"
           "## Dias 2 – Baggrund\n\n- Mange unge er ensomme\n\n## Dias 3 – Formål\n\n- Flere unge i fællesskaber\n\n"
           "## Dias 4 – Målgruppe\n\n- Unge mellem 15 og 24 år\n\n## Dias 5 – Økonomi\n\n- Samlet budget: 900.000 kr.\n",
           ["background", "purpose", "target_group", "economy"]),
    "sv": ("# Kom Ut\n\n## Bild 1\n\nKom Ut – gemenskap för unga\nLägesbild för nämnden\n3 september 2025\n\n"
           "## Bild 2 – Bakgrund\n\n- Många unga är ensamma\n\n## Bild 3 – Syfte\n\n- Fler unga i gemenskaper\n\n"
           "## Bild 4 – Målgrupp\n\n- Unga mellan 15 och 24 år\n\n## Bild 5 – Budget\n\n- Total budget: 900 000 kr\n",
           ["background", "purpose", "target_group", "economy"]),
    "nb": ("# Kom Ut\n\n## Lysbilde 1\n\nKom Ut – fellesskap for unge\nStatus for utvalget\n3. september 2025\n\n"
           "## Lysbilde 2 – Bakgrunn\n\n- Mange unge er ensomme\n\n## Lysbilde 3 – Formål\n\n- Flere unge i fellesskap\n\n"
           "## Lysbilde 4 – Målgruppe\n\n- Unge mellom 15 og 24 år\n\n## Lysbilde 5 – Økonomi\n\n- Samlet budsjett: kr 900 000\n",
           ["background", "purpose", "target_group", "economy"]),
    "nn": ("# Kom Ut\n\n## Lysbilete 1\n\nKom Ut – fellesskap for unge\nStatus for utvalet\n3. september 2025\n\n"
           "## Lysbilete 2 – Bakgrunn\n\n- Mange unge er einsame\n\n## Lysbilete 3 – Føremål\n\n- Fleire unge i fellesskap\n\n"
           "## Lysbilete 4 – Målgruppe\n\n- Unge mellom 15 og 24 år\n\n## Lysbilete 5 – Økonomi\n\n- Samla budsjett: kr 900 000\n",
           ["background", "purpose", "target_group", "economy"]),
}


@pytest.mark.parametrize("lang", sorted(SLIDES))
def test_a_slides_heading_after_its_number_maps_and_the_title_slide_dates_the_deck(lang, tmp_path):
    text, keys = SLIDES[lang]
    case = extract_file(tmp_path, f"{lang}.md", text)
    assert _sections(case) == keys
    assert _value(case, "document_date") == "2025-09-03"
    assert _value(case, "title") in ("Kom Ud", "Kom Ut")


# ---- a mid-term report copied from a PDF: running header on every page ------------------------------------------

REPORTS = {
    "da": ("Vejle Kommune · Sundhed            Midtvejsrapport – Kom Ud\n\nMIDTVEJSRAPPORT\n"
           "Kom Ud – fællesskab for unge i Vejle\n\nDato: 15. oktober 2025\n\n1. Baggrund\n\nMange unge er ensomme.\n\n"
           "Side 1 af 2\n\fVejle Kommune · Sundhed            Midtvejsrapport – Kom Ud\n\n2. Resultater\n\n"
           "Vi har nået 40 unge.\n\nSide 2 af 2\n", "Kom Ud"),
    "sv": ("Vejby kommun · Folkhälsa            Halvtidsrapport – Kom Ut\n\nHALVTIDSRAPPORT\n"
           "Kom Ut – gemenskap för unga i Vejby\n\nDatum: 15 oktober 2025\n\n1. Bakgrund\n\nMånga unga är ensamma.\n\n"
           "Sida 1 av 2\n\fVejby kommun · Folkhälsa            Halvtidsrapport – Kom Ut\n\n2. Resultat\n\n"
           "Vi har nått 40 unga.\n\nSida 2 av 2\n", "Kom Ut"),
    "nb": ("Vefsn kommune · Helse            Midtveisrapport 2025 – Kom Ut\n\nMIDTVEISRAPPORT\n"
           "Kom Ut – fellesskap for unge i Vefsn\n\nDato: 15. oktober 2025\n\n1. Bakgrunn\n\nMange unge er ensomme.\n\n"
           "Side 1 av 2\n\fVefsn kommune · Helse            Midtveisrapport 2025 – Kom Ut\n\n2. Resultater\n\n"
           "Vi har nådd 40 unge.\n\nSide 2 av 2\n", "Kom Ut"),
    "nn": ("Voss herad · Helse            Midtvegsrapport – Kom Ut\n\nMIDTVEGSRAPPORT\n\n"
           "Kom Ut – fellesskap for unge på Voss\n\nDato: 15. oktober 2025\n\n1. Bakgrunn\n\nMange unge er einsame.\n\n"
           "Side 1 av 2\n\fVoss herad · Helse            Midtvegsrapport – Kom Ut\n\n2. Resultat\n\n"
           "Vi har nådd 40 unge.\n\nSide 2 av 2\n", "Kom Ut"),
}


@pytest.mark.parametrize("lang", sorted(REPORTS))
def test_a_running_header_is_chrome_and_names_the_case_under_the_report_kind(lang):
    text, title = REPORTS[lang]
    case = extract(text)
    assert _value(case, "title") == title
    assert case.title.method == "title@1:after_numbered_report"
    assert text[case.title.span[0]:case.title.span[1]] == title


def test_a_version_cue_takes_no_date_from_a_label_further_down():
    text = "GRØN START version 2\n\nStartdato\n01.11.2015\n\nSlutdato\n31.10.2017\n\nBudget\n2.513.500\n"
    case = extract(text)
    assert _value(case, "document_date") is None
    assert _value(case, "status") is None


# ---- a database record's description naming someone to ask -------------------------------------------------------

RECORD = ("Fødevarer fra Vestkysten\n\nStartdato\n01.03.2019\n\nSlutdato\n28.02.2021\n\nBudget\n3.250.000\n\n"
          "Projektbeskrivelse\nProjektet samler små fødevareproducenter i et netværk. Spørgsmål om optagelse i "
          "netværket kan rettes til sekretariatsleder Birgit Lund på tlf. 96 28 71 00 eller bl@vestkost.dk.\n\n"
          "Kontraktansvarlig partner\nVestkystens Fødevarenetværk\n\nKontaktperson\nJens Kragh,24631905,jk@vestkost.dk\n")


def test_a_person_asked_for_in_a_description_is_no_contact_beside_the_records_own():
    case = extract(RECORD)
    assert _contacts(case) == [("Jens Kragh", None, "+4524631905", "jk@vestkost.dk")]


def test_a_person_asked_for_in_a_description_is_the_contact_where_no_contact_section_names_one():
    text = RECORD.split("\n\nKontraktansvarlig partner")[0] + "\n"
    case = extract(text)
    assert [c[0] for c in _contacts(case)] == ["Birgit Lund"]


# ---- application forms: numbered items for the applicant and the contact's parts ---------------------------------

FORMS = {
    "da": ("ANSØGNINGSSKEMA\n\n1. Projektets navn\nKom Ud\n\n2. Ansøger\n2.1 Organisationens navn\nForeningen Lyset\n\n"
           "2.2 Adresse\nHavnegade 4, 5700 Svendborg\n\n3. Kontaktoplysninger\n3.1 Kontaktperson\nMaja Holt\n\n"
           "3.2 Stilling/rolle i projektet\nDaglig leder\n\n3.3 Telefon\n+45 28 14 67 09\n\n3.4 E-mail\nmaja@lyset.dk\n\n"
           "3.5 Projektleder (hvis en anden end kontaktpersonen)\nOle Berg. Ole er frivillig hos os i dag. "
           "E-mail: ole@lyset.dk\n\n4. Projektperiode\nStartdato: 1. februar 2025\n",
           "Foreningen Lyset", [("Maja Holt", "Daglig leder", "+4528146709", "maja@lyset.dk"),
                                ("Ole Berg", "Projektleder", None, "ole@lyset.dk")]),
    "sv": ("ANSÖKNINGSBLANKETT\n\n1. Projektets namn\nKom Ut\n\n2. Sökande\n2.1 Organisationens namn\nFöreningen Ljuset\n\n"
           "2.2 Adress\nHamngatan 4, 784 33 Borlänge\n\n3. Kontaktuppgifter\n3.1 Kontaktperson\nMaja Holt\n\n"
           "3.2 Roll i projektet\nVerksamhetsledare\n\n3.3 Telefon\n070-281 46 70\n\n3.4 E-post\nmaja@ljuset.se\n\n"
           "3.5 Projektledare (om annan än kontaktpersonen)\nOle Berg. Ole är volontär hos oss i dag. "
           "E-post: ole@ljuset.se\n\n4. Projektperiod\nStartdatum: 1 februari 2025\n",
           "Föreningen Ljuset", [("Maja Holt", "Verksamhetsledare", "+46702814670", "maja@ljuset.se"),
                                 ("Ole Berg", "Projektledare", None, "ole@ljuset.se")]),
    "nb": ("SØKNADSSKJEMA\n\n1. Prosjektets navn\nKom Ut\n\n2. Søker\n2.1 Organisasjonens navn\nForeningen Lyset\n\n"
           "2.2 Adresse\nStorgata 4, 9008 Tromsø\n\n3. Kontaktinformasjon\n3.1 Kontaktperson\nMaja Holt\n"
           "3.1.1 Rolle i organisasjonen\nDaglig leder\n3.1.2 Telefon\n+47 913 45 672\n3.1.3 E-post\nmaja@lyset.no\n\n"
           "3.2 Prosjektleder (dersom annen enn kontaktperson)\nOle Berg. Ole er frivillig hos oss i dag. "
           "E-post: ole@lyset.no\n\n4. Prosjektperiode\nPlanlagt oppstart: 01.03.2025\n",
           "Foreningen Lyset", [("Maja Holt", "Daglig leder", "+4791345672", "maja@lyset.no"),
                                ("Ole Berg", "Prosjektleder", None, "ole@lyset.no")]),
    "nn": ("SØKNADSSKJEMA\n\n1. Namn på prosjektet\nKom Ut\n\n2. Søkjar\n2.1 Organisasjonsnamn\nLaget Lyset\n\n"
           "2.2 Adresse\nStorgata 4, 6800 Førde\n\n3. Kontaktinformasjon\n3.1 Kontaktperson\nMaja Holt\n"
           "3.1.1 Rolle i organisasjonen\nDagleg leiar\n3.1.2 Telefon\n+47 913 45 672\n3.1.3 E-post\nmaja@lyset.no\n\n"
           "3.2 Prosjektleiar (dersom ein annan enn kontaktpersonen)\nOle Berg. Ole er frivillig hos oss i dag. "
           "E-post: ole@lyset.no\n\n4. Prosjektperiode\nPlanlagd oppstart: 01.03.2025\n",
           "Laget Lyset", [("Maja Holt", "Dagleg leiar", "+4791345672", "maja@lyset.no"),
                           ("Ole Berg", "Prosjektleiar", None, "ole@lyset.no")]),
}


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_an_application_forms_numbered_items_give_the_applicant_and_the_contacts_parts(lang):
    text, organisation, people = FORMS[lang]
    case = extract(text)
    assert _value(case, "organisation") == organisation
    assert _contacts(case) == people


# ---- evaluations: the kind told in a later sentence, a kind phrase naming the evaluation ---------------------------

EVALUATIONS = {
    "da": ("Evalueringen viser, at deltagerne føler sig mindre ensomme. Forskere ved Fjordby Universitet har lavet "
           "en ekstern evaluering med spørgeskemaer.\n", True, "external"),
    "sv": ("Utvärderingen visar att deltagarna känner sig mindre ensamma. Forskare vid Fjordby högskola har gjort "
           "en extern utvärdering med enkäter.\n", True, "external"),
    "nb": ("Prosjektet er evaluert av Fjordby Analyse AS på oppdrag fra kommunen.\n", True, "external"),
    "nn": ("Vi har evaluert prosjektet sjølve, med ei spørjeundersøking til ungdomane hausten 2024.\n", True, "internal"),
}


@pytest.mark.parametrize("lang", sorted(EVALUATIONS))
def test_the_evaluations_kind_where_the_text_tells_it(lang):
    text, evaluated, kind = EVALUATIONS[lang]
    case = extract(INTRO[lang] + text)
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (evaluated, kind)


def test_a_kind_phrase_naming_the_evaluation_tells_it_was_done():
    case = extract(INTRO["da"] + "Vi har selv lavet evalueringen med et spørgeskema ved første og sidste gang.\n")
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (True, "internal")


def test_a_planned_evaluation_gives_no_kind_from_a_later_sentence():
    text = ("Evalueringen viser, at deltagerne trives. Næste år skal projektet have en ekstern evaluering.\n")
    case = extract(INTRO["da"] + text)
    assert (_value(case, "evaluated"), _value(case, "evaluation_kind")) == (True, None)


# ---- budgets: years' amounts told in a sentence, a yearly amount under the total, a printed table's years ----------

YEAR_PAIRS = {
    "da": ("Af bevillingen på 475.000 kr. har vi brugt 462.380 kr. Vi har fået udbetalt bevillingen i to rater, "
           "250.000 kr. i 2023 og 225.000 kr. i 2024.\n", 475000.0, {"2023": 250000.0, "2024": 225000.0}),
    "sv": ("Vi tog emot 400 000 kr från fonden för 2023 och 450 000 kr för 2024, alltså 850 000 kr totalt.\n",
           850000.0, {"2023": 400000.0, "2024": 450000.0}),
    "nb": ("Prosjektet har hatt et samlet budsjett på 1,8 millioner kroner. Direktoratet har bidratt med 1,2 millioner "
           "av dette, fordelt med 600 000 kroner i 2022 og 600 000 kroner i 2023.\n",
           1800000.0, {"2022": 600000.0, "2023": 600000.0}),
    "nn": ("Vi fekk 420 000 kr frå stiftinga for 2023 og 380 000 kr for 2024, altså 800 000 kr til saman.\n",
           800000.0, {"2023": 420000.0, "2024": 380000.0}),
}


@pytest.mark.parametrize("lang", sorted(YEAR_PAIRS))
def test_years_amounts_told_in_a_sentence_are_the_grants_where_they_add_up(lang):
    text, total, grants = YEAR_PAIRS[lang]
    case = extract(INTRO[lang] + text)
    assert (_value(case, "budget_total"), _value(case, "grants_by_year")) == (total, grants)


def test_years_amounts_that_add_up_to_nothing_told_are_no_grants():
    case = extract(INTRO["da"] + "Vi brugte 250.000 kr. i 2023 og 225.000 kr. i 2024 på løn og lokaler.\n")
    assert _value(case, "grants_by_year") is None


YEARLY_UNDER = {
    "da": ("- Samlet budget: 2,4 mio. kr. over tre år\n- Ca. 800.000 kr. pr. år\n", 2400000.0, 800000.0),
    "sv": ("Total budget           2 300 000 kr (1 150 000 kr per projektår)\n", 2300000.0, 1150000.0),
    "nb": ("- Samlet budsjett: kr 950 000 for hele prosjektperioden\n- Det vil si om lag kr 475 000 per år\n",
           950000.0, 475000.0),
    "nn": ("- Budsjett: kr 250 000 per år, totalt kr 750 000\n", 750000.0, 250000.0),
}


@pytest.mark.parametrize("lang", sorted(YEARLY_UNDER))
def test_a_yearly_amount_beside_or_under_the_total(lang):
    text, total, yearly = YEARLY_UNDER[lang]
    case = extract(INTRO[lang] + text)
    assert (_value(case, "budget_total"), _value(case, "budget_per_year_min"), _value(case, "budget_per_year_max")) \
        == (total, yearly, yearly)


PRINTED_YEARS = {
    "da": "Samlet budget        1.050.000 kr.\nBevilling pr. år     2024: 420.000 kr.\n                     2025: 380.000 kr.\n"
          "                     2026: 250.000 kr.\n",
    "sv": "Total budget         1 050 000 kr\nBeviljat per år      2024: 420 000 kr\n                     2025: 380 000 kr\n"
          "                     2026: 250 000 kr\n",
    "nb": "Totalbudsjett        kr 1 050 000\nTilskudd per år      2024: kr 420 000\n                     2025: kr 380 000\n"
          "                     2026: kr 250 000\n",
    "nn": "Totalbudsjett        kr 1 050 000\nTilskot per år       2024: kr 420 000\n                     2025: kr 380 000\n"
          "                     2026: kr 250 000\n",
}


@pytest.mark.parametrize("lang", sorted(PRINTED_YEARS))
def test_a_printed_tables_years_going_on_under_their_label(lang):
    case = extract(INTRO[lang] + PRINTED_YEARS[lang])
    assert (_value(case, "budget_total"), _value(case, "grants_by_year")) == \
        (1050000.0, {"2024": 420000.0, "2025": 380000.0, "2026": 250000.0})


# ---- a municipality's news page: the footer's owner and a contact's unit ---------------------------------------

PAGES = {
    "da": ("Vejle Kommune", "Sundhed og omsorg", "Vejle"),
    "sv": ("Ljusdals kommun", "Vård och omsorg", "Ljusdal"),
    "nb": ("Ringsaker kommune", "Helse og velferd", "Ringsaker"),
    "nn": ("Volda kommune", "Helse og omsorg", "Volda"),
}
PAGE = ("<html><head><title>Nyt fællesskab – {owner}</title></head><body>"
        "<header><a href='/'><img alt='{owner}'></a><nav><a href='/'>Forside</a></nav></header>"
        "<main><article><h1>Over 200 seniorer mødes til middag</h1><p>{body}</p></article>"
        "<aside><h2>Kontakt</h2><p><strong>Ida Berg</strong><br>{role}, {unit}<br>{phone}</p></aside></main>"
        "<footer><p><strong>{owner}</strong><br>Torvet 1<br>{number}</p><p>Cookies</p></footer></body></html>")
BODIES = {
    "da": ("Projektet Spis Sammen har samlet ældre borgere til fællesspisning i to år.", "Projektleder",
           "Telefon: 76 81 00 00", "CVR 29 18 97 15"),
    "sv": ("Projektet Äta Tillsammans har samlat äldre till gemensamma måltider i två år.", "Projektledare",
           "Telefon: 0651-180 00", "Organisationsnummer: 212000-2270"),
    "nb": ("Prosjektet Spis Sammen har samlet eldre til felles middager i to år.", "Prosjektleder",
           "Telefon: 482 17 593", "Org.nr. 971 234 587"),
    "nn": ("Prosjektet Et Saman har samla eldre til felles middagar i to år.", "Prosjektleiar",
           "Telefon: 482 17 593", "Org.nr. 964 976 318"),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_municipal_pages_footer_names_its_owner_over_a_contacts_unit(lang, tmp_path):
    owner, unit, municipality = PAGES[lang]
    body, role, phone, number = BODIES[lang]
    html = PAGE.format(owner=owner, body=body, role=role, unit=unit, phone=phone, number=number)
    case = extract_file(tmp_path, f"{lang}.html", html)
    assert (_value(case, "organisation"), _value(case, "municipality")) == (owner, municipality)
    text, _ = html_to_text(html)
    assert text.endswith(f"\n{owner}\n{number}") and "Cookies" not in text and "Torvet" not in text


def test_a_footer_without_an_organisation_number_stays_out(tmp_path):
    owner, unit, _ = PAGES["nb"]
    body, role, phone, _ = BODIES["nb"]
    html = PAGE.format(owner=owner, body=body, role=role, unit=unit, phone=phone, number="Postboks 13")
    case = extract_file(tmp_path, "nb.html", html)
    assert owner not in (case.organisation.value or "")


# ---- ratings told in a mail or a wrapped report: two steps split at ", og", a step wrapped over a line ------------

RATINGS = {
    "da": ('I jeres skema har vi svaret "i høj grad" på spørgsmålet om, hvorvidt projektets mål er opfyldt, og '
           '"i nogen grad" på, om projektet er gennemført som planlagt.\n', 4, 3),
    "sv": ("Sammantaget bedömer styrgruppen att projektet hittills i\nhög grad har genomförts enligt plan. Målen har "
           "hittills uppnåtts till\nviss del.\n", 3, 4),
    "nb": ("I rapportskjemaet har vi krysset av for at målene er nådd «i stor grad», og at prosjektet er gjennomført "
           "som planlagt «i noen grad».\n", 4, 3),
    "nn": ("I rapportskjemaet har vi kryssa av for at måla er nådde «i stor grad», og at prosjektet er gjennomført "
           "som planlagt «i noko grad».\n", 4, 3),
}


@pytest.mark.parametrize("lang", sorted(RATINGS))
def test_two_ratings_told_in_one_sentence_or_wrapped_over_a_line(lang):
    text, goal, plan = RATINGS[lang]
    case = extract(INTRO[lang] + text)
    assert (_value(case, "goal_fulfilment"), _value(case, "implemented_as_planned")) == (goal, plan)


# ---- a results line's count with its goal in a note ---------------------------------------------------------------

NOTED = {
    "da": "Resultater indtil nu\n\n- 142 familier har været med (mål: 200 i hele perioden)\n- 19 grupper gennemført\n",
    "sv": "Resultat\n\n- 342 unika deltagare sedan starten (mål: 200)\n- 29 ungdomar har börjat träna i förening\n",
    "nb": "Resultater så langt\n\n- 142 deltakere har vært med (mål: 200)\n- 19 grupper gjennomført\n",
    "nn": "Resultat så langt\n\n- 142 faste deltakarar per januar 2025 (mål: 200)\n- 29 av 142 har halde fram\n",
}


@pytest.mark.parametrize("lang", sorted(NOTED))
def test_a_results_lines_count_with_its_goal_in_a_note(lang):
    case = extract(INTRO[lang] + NOTED[lang])
    assert (_value(case, "participants_reached"), _value(case, "participants_planned")) == (142 if lang != "sv" else 342, 200)


# ---- heading variants of forms and decks --------------------------------------------------------------------------

HEADINGS = {
    "da": (["4. Kort resumé af projektet (maks. 500 tegn)", "10. Plan for evaluering", "Resultater indtil nu",
            "Tidsplan og næste skridt", "13. Øvrige oplysninger"], ["summary", "evaluation", "results", "plan", "comments"]),
    "sv": (["4. Kort sammanfattning av projektet (max 500 tecken)", "10. Plan för utvärdering", "Resultat hittills",
            "Tidsplan och nästa steg", "13. Övriga upplysningar"], ["summary", "evaluation", "results", "plan", "comments"]),
    "nb": (["4. Kort sammendrag av prosjektet (maks 500 tegn)", "10. Plan for evaluering", "Resultater så langt",
            "Videre fremdriftsplan", "13. Øvrige opplysninger"], ["summary", "evaluation", "results", "plan", "comments"]),
    "nn": (["4. Kort samandrag av prosjektet (maks 500 teikn)", "10. Plan for evaluering", "Resultat så langt",
            "Vidare framdriftsplan", "13. Andre opplysningar"], ["summary", "evaluation", "results", "plan", "comments"]),
}


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_heading_variants_of_forms_and_decks_map(lang):
    headings, keys = HEADINGS[lang]
    body = {"da": "Vi mødes hver uge.", "sv": "Vi träffas varje vecka.", "nb": "Vi møtes hver uke.",
            "nn": "Vi møtest kvar veke."}[lang]
    text = INTRO[lang] + "".join(f"{h}\n\n{body}\n\n" for h in headings)
    assert _sections(extract(text)) == keys
