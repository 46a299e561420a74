"""Title, organisation, municipality, status, evaluation, ratings, participants, ages,
period and budget on written cases, per language, with exact values."""
from __future__ import annotations

import pytest

from pipeline.extractors.assessment import find_evaluation, find_ratings, find_status
from pipeline.extractors.budget import find_budget
from pipeline.extractors.identity import find_municipalities, find_organisations, find_titles
from pipeline.extractors.people import find_ages, find_participants
from pipeline.extractors.timeline import find_document_dates, find_period
from pipeline.stages.entities import entities
from pipeline.stages.normalise import choose
from pipeline.stages.sections import find_blocks, segment

COUNTRY = {"da": "DK", "sv": "SE", "nb": "NO", "nn": "NO"}

CASES = {
    "da": """Fælles madklub i Hedensted

Projektejer
Hedensted Kommune

Type indsats

Indsatsen er et projekt

Projektperiode

01.03.2021 – 28.02.2023

Økonomi pr. år

500.000-1.000.000 kr.

Der er i alt bevilget 1,5 mio. kr. til projektet. Kaffe koster ca. 500 kr./måned.

Målgruppe

Ældre borgere på 65+ der bor alene.

Resultater

I alt har tres deltagere været med i madklubberne, og 25 % kom igen.

Evaluering

Ja, eksternt evalueret af et analysefirma.

Egen vurdering

Er formålet opfyldt?
I nogen grad

Er indsatsen gennemført som planlagt?
I høj grad

Kontakt

Anne Marie Lund
Projektleder
Hedensted Kommune
""",
    "sv": """Läsglädje i Sala

Stödmottagare
Sala kommun

Kommuner
Sala

Projektperiod
2019-08-15 – 2021-06-30

Beviljat belopp
2 174 999 kr

Målgrupp

Elever mellan 10 och 12 år i kommunens skolor.

Resultat

Totalt har 70 elever deltagit i läsgrupperna under perioden, version 2021-09-02.

Utvärdering

Projektet har utvärderats internt av skolförvaltningen.

Bedömning

Är syftet uppfyllt?
I hög grad

Har insatsen genomförts som planerat?
I viss grad
""",
    "nb": """Sugen på friluft – turgrupper for unge

Detaljer
Prosjektnavn
Sugen på friluft – turgrupper for unge
Organisasjon
Turlaget Innlandet
Beløp bevilget
2021: kr 400 000, 2022: kr 350 000
Startdato
03.01.2021
Sluttdato
31.12.2022
Status
Avsluttet

Målgruppe

Unge med psykiske plager (opp til 30 år) i Hamar kommune.

Antall deltakere (planlagt)

120

Antall deltakere (nådd)

96
""",
    "nn": """Klimavenleg gardsdrift i Voss

Prosjekteigar
Voss herad

Type tiltak

Tiltaket er i drift frå 1. august 2020.

Budsjett

Ikkje oppgitt

Målgruppe

Bønder i alderen 18–67 år.

Evaluering

Prosjektet er ikkje evaluert.

Vurdering

Er føremålet nådd?
I stor grad
""",
}


def run(lang, fn, *extra):
    text = CASES[lang]
    blocks = find_blocks(text, lang)
    cands = fn(text, lang, *extra, blocks) if extra else fn(text, lang, blocks)
    sections = segment(text, lang)
    out = {}
    for kind in sorted({c.kind for c in cands}):
        out[kind] = choose(kind, [c for c in cands if c.kind == kind], sections).value
    return out


@pytest.mark.parametrize("lang,title", [
    ("da", "Fælles madklub i Hedensted"), ("sv", "Läsglädje i Sala"),
    ("nb", "Sugen på friluft – turgrupper for unge"), ("nn", "Klimavenleg gardsdrift i Voss")])
def test_titles(lang, title):
    assert run(lang, find_titles) == {"title": title}


@pytest.mark.parametrize("lang,first_line,title", [
    ("da", "Slutrapport: Cykelglæde i Ringkøbing-Skjern", "Cykelglæde i Ringkøbing-Skjern"),
    ("sv", "Slutrapport – Simskola för nyanlända vuxna", "Simskola för nyanlända vuxna"),
    ("nb", "Sluttrapport: Aktiv på dagtid", "Aktiv på dagtid"),
    ("nn", "Sluttrapport – Kvardagsglede i Ørsta", "Kvardagsglede i Ørsta"),
    ("nb", "Rapport om friluftsliv for eldre", "Rapport om friluftsliv for eldre"),  # no dash: the name itself
])
def test_title_after_the_report_kind(lang, first_line, title):
    text = f"{first_line}\n\nTeksten om prosjektet.\n"
    assert [c.value for c in find_titles(text, lang, find_blocks(text, lang))] == [title]


@pytest.mark.parametrize("lang,org", [
    ("da", "Hedensted Kommune"), ("sv", "Sala kommun"), ("nb", "Turlaget Innlandet"), ("nn", "Voss herad")])
def test_organisations(lang, org):
    text = CASES[lang]
    cands = find_organisations(text, lang, find_blocks(text, lang), [])
    assert choose("organisation", cands, []).value == org


@pytest.mark.parametrize("lang,sentence,org", [
    ("da", "Projektet drives af Kalundborg Kommune i samarbejde med Sundhedsplejen.", "Kalundborg Kommune"),
    ("sv", "Projektet drivs av Gällivare kommun tillsammans med Arbetsförmedlingen.", "Gällivare kommun"),
    ("nb", "Prosjektet eies av Alta kommune og varer i tre år.", "Alta kommune"),
    ("nn", "Prosjektet vert drive av Sogndal kommune.", "Sogndal kommune"),
])
def test_organisation_told_in_running_text(lang, sentence, org):
    from pipeline.stages.entities import entities

    text = f"Eit lite prosjekt\n\nBakgrunn og mål for arbeidet. {sentence}\n"
    cands = find_organisations(text, lang, find_blocks(text, lang), [], entities(text, lang))
    assert [(c.value, c.method) for c in cands] == [(org, "organisation@1:run_by")]


@pytest.mark.parametrize("lang,line,org", [
    ("nb", "Lillehammer kommune, Enhet for helse og mestring", "Lillehammer kommune, Enhet for helse og mestring"),
    ("da", "Randers Kommune, Børn og Unge", "Randers Kommune, Børn og Unge"),
    ("sv", "Umeå kommun, Kultur- och fritidsförvaltningen", "Umeå kommun, Kultur- och fritidsförvaltningen"),
    ("nn", "Volda kommune, 2023", "Volda kommune"),  # a year after the comma is no unit
    ("da", "Projektrapport, Jobcenter Holstebro", "Jobcenter Holstebro"),
])
def test_preamble_organisation_keeps_its_unit(lang, line, org):
    """The organisation on a short line under the title runs on through its unit after a comma."""
    from pipeline.stages.entities import entities

    text = f"Et lille projekt\n{line}\n\nTeksten om projektet.\n"
    cands = find_organisations(text, lang, find_blocks(text, lang), [], entities(text, lang))
    assert [(c.value, c.method) for c in cands] == [(org, "organisation@1:preamble")]


@pytest.mark.parametrize("lang,muni", [("da", "Hedensted"), ("sv", "Sala"), ("nb", "Hamar"), ("nn", "Voss")])
def test_municipalities(lang, muni):
    text = CASES[lang]
    blocks = find_blocks(text, lang)
    orgs = find_organisations(text, lang, blocks, [])
    cands = find_municipalities(text, lang, COUNTRY[lang], blocks, orgs)
    assert choose("municipality", cands, []).value == muni


@pytest.mark.parametrize("lang,text,org", [
    ("da", "Ansvarlig: Børn og Unge, Næstved Kommune", "Børn og Unge, Næstved Kommune"),
    ("da", "Ansvarlig: Camilla Vestergaard", None),
    ("da", "Ansøger: Næstved Kommune i samarbejde med Professionshøjskolen Absalon", "Næstved Kommune"),
    ("sv", "Ansvarig: Kultur och fritid, Umeå kommun", "Kultur och fritid, Umeå kommun"),
    ("sv", "Ansvarig: Lena Holm", None),
    ("sv", "Fakta\n\nOrganisation: Region Västerbotten i samarbete med Umeå kommun", "Region Västerbotten"),
    ("nb", "Ansvarlig: Helse og omsorg, Hamar kommune", "Helse og omsorg, Hamar kommune"),
    ("nb", "Søker: Hamar kommune i samarbeid med Frivilligsentralen", "Hamar kommune"),
    ("nn", "Ansvarleg: Volda kommune", "Volda kommune"),
    ("nn", "Søkjar: Volda sjukehus i samarbeid med Volda kommune", "Volda sjukehus"),
])
def test_organisation_labels(lang, text, org):
    """"Ansvarlig" may name a person or an organisation: only an organisation's form counts; of
    partners joined by "i samarbejde med" the first is the responsible one."""
    cands = find_organisations(text, lang, find_blocks(text, lang), [])
    assert (choose("organisation", cands, []).value if cands else None) == org


@pytest.mark.parametrize("lang,text,muni", [
    ("da", "Ansøger: Jobcenter Holstebro", "Holstebro"),
    ("da", "Ansøger: Randers Sundhedscenter", "Randers"),
    ("da", "Ansøger: Vejle Idrætsforening", None),
    ("sv", "Sökande: Umeå Friluftsförening", None),
    ("sv", "Sökande: Socialtjänsten Umeå", "Umeå"),
    ("nb", "Prosjekteier: NAV Hamar", "Hamar"),
    ("nb", "Prosjekteier: Hamar Turlag", None),
    ("nn", "Organisasjon: Volda Demensforening", None),
    ("nn", "Organisasjon: Volda sjukehus", "Volda"),
])
def test_municipality_from_organisation_name(lang, text, muni):
    """An organisation named after a municipality gives it, a member association does not."""
    blocks = find_blocks(text, lang)
    orgs = find_organisations(text, lang, blocks, [])
    assert orgs, text
    cands = find_municipalities(text, lang, COUNTRY[lang], blocks, orgs)
    assert (choose("municipality", cands, []).value if cands else None) == muni


@pytest.mark.parametrize("lang,status", [("da", "project"), ("sv", None), ("nb", "completed"),
                                         ("nn", "in_operation")])
def test_status(lang, status):
    assert run(lang, find_status).get("status") == status


@pytest.mark.parametrize("lang,expected", [
    ("da", {"evaluated": True, "evaluation_kind": "external"}),
    ("sv", {"evaluated": True, "evaluation_kind": "internal"}),
    ("nb", {}),
    ("nn", {"evaluated": False}),
])
def test_evaluation(lang, expected):
    assert run(lang, find_evaluation) == expected


@pytest.mark.parametrize("lang,expected", [
    ("da", {"goal_fulfilment": 3, "implemented_as_planned": 4}),
    ("sv", {"goal_fulfilment": 4, "implemented_as_planned": 3}),
    ("nb", {}),
    ("nn", {"goal_fulfilment": 4}),
])
def test_ratings(lang, expected):
    assert run(lang, find_ratings) == expected


SCALE_NB = "Ikke i det hele tatt I liten grad I noen grad I stor grad"


@pytest.mark.parametrize("lang, block, expected", [
    ("da", "Er målene nået?\nJa, i høj grad\n\nEr projektet gennemført som planlagt?\nI nogen grad\n",
     {"goal_fulfilment": (4, "rating@1:label"), "implemented_as_planned": (3, "rating@1:label")}),
    ("da", "Målopfyldelse\nI mindre grad\n\nGennemført som planlagt\nI høj grad\n",
     {"goal_fulfilment": (2, "rating@1:label"), "implemented_as_planned": (4, "rating@1:label")}),
    ("sv", "Måluppfyllelse: I viss grad\nGenomfört som planerat: I hög grad\n",
     {"goal_fulfilment": (3, "rating@1:label"), "implemented_as_planned": (4, "rating@1:label")}),
    ("nb", "Måloppnåelse: I stor grad\nGjennomført som planlagt: Ja\n", {"goal_fulfilment": (4, "rating@1:heading")}),
    ("nn", "Måloppnåing: I nokon grad\n", {"goal_fulfilment": (3, "rating@1:heading")}),
    ("nb", "Resultater\nVi nådde 40 deltakere, i stor grad takket være frivillige.\n", {}),  # running text
    ("da", "Er målene nået?\nNej, i høj grad slet ikke\n", {}),
])
def test_ratings_after_a_yes_or_under_a_label_without_a_question(lang, block, expected):
    text = f"T\n\nProjektet hjælper borgere.\n\n{block}"
    found = {c.kind: (c.value, c.method) for c in find_ratings(text, lang, find_blocks(text, lang))}
    assert found == expected


def test_printed_scale_alone_is_no_answer():
    text = f"T\n\nVurdering\n\nEr formålet oppfylt?\n\n{SCALE_NB}\n"
    assert find_ratings(text, "nb", find_blocks(text, "nb")) == []


def test_answer_glued_to_the_scale_is_read():
    text = f"T\n\nVurdering\n\nEr formålet oppfylt?\n\nI liten grad{SCALE_NB}\n"
    assert [c.value for c in find_ratings(text, "nb", find_blocks(text, "nb"))] == [2]


@pytest.mark.parametrize("lang,expected", [
    ("da", {"participants_reached": 60}),
    ("sv", {"participants_reached": 70}),
    ("nb", {"participants_planned": 120, "participants_reached": 96}),
    ("nn", {}),
])
def test_participants(lang, expected):
    assert run(lang, find_participants) == expected


@pytest.mark.parametrize("lang,sentence,expected", [
    ("da", "Omkring 85 ældre bruger mødestedet hver uge, men 20 borgere står på venteliste.", 85),
    ("sv", "Ungefär 85 äldre besöker mötesplatsen varje vecka, medan 20 invånare står i kö.", 85),
    ("nb", "Om lag 85 eldre bruker møteplassen hver uke, mens 20 innbyggere står på venteliste.", 85),
    ("nn", "Om lag 85 eldre brukar møteplassen kvar veke, medan 20 innbyggjarar står på venteliste.", 85),
])
def test_participants_using_a_service_are_reached(lang, sentence, expected):
    """People who use the service now are reached; the clause after "men/medan" is another clause."""
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_participants(text, lang, find_blocks(text, lang))} == \
        {"participants_reached": expected}


@pytest.mark.parametrize("lang,sentence,expected", [
    ("da", "Evalueringen blev gennemført af en ekstern konsulent, og den viste god effekt.",
     {"evaluated": True, "evaluation_kind": "external"}),
    ("sv", "Projektet utvärderades internt av styrgruppen.", {"evaluated": True, "evaluation_kind": "internal"}),
    ("nb", "Evalueringen viser at deltakerne leser mer enn før.", {"evaluated": True}),
    ("nn", "Prosjektet vart evaluert av ein ekstern konsulent.", {"evaluated": True, "evaluation_kind": "external"}),
    ("da", "Projektet skal evalueres i 2024.", {}),
    ("sv", "Mot slutet utvärderades en 3D-utskriven gel.", {}),  # research text: anything is evaluated
    ("nb", "Prosjektet er ikke evaluert ennå.", {}),
])
def test_evaluation_told_in_running_text(lang, sentence, expected):
    text = f"T\n\nProjektet løp i to år. {sentence}\n"
    found = {c.kind: (c.value, c.method) for c in find_evaluation(text, lang, find_blocks(text, lang))}
    assert found == {k: (v, "evaluation@1:sentence") for k, v in expected.items()}


@pytest.mark.parametrize("lang,sentence", [
    ("sv", "Ett fyrtiotal deltagare deltog i aktiviteterna under sommaren."),
    ("nb", "Et førtitalls deltakere har vært med på aktivitetene i sommer."),
    ("nn", "Eit førtitals deltakarar har vore med på aktivitetane i sommar."),
])
def test_approximate_tens_of_participants(lang, sentence):
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_participants(text, lang, find_blocks(text, lang))} == \
        {"participants_reached": 40}


@pytest.mark.parametrize("lang,sentence,planned,reached", [
    ("da", "Vi regnede med omkring tredive deltagere, og i alt deltog 41 borgere.", 30, 41),
    ("sv", "Vi räknade med ungefär trettio deltagare. Totalt deltog 35 personer.", 30, 35),
    ("nb", "Vi regnet med rundt femti deltakere. Ved utgangen av 2023 hadde 63 personer vært med.", 50, 63),
    ("nn", "Vi rekna med om lag tretti deltakarar, og 28 deltakarar har vore med.", 30, 28),
    # a goal told in the past ("hadde" alone would read the goal as reached)
    ("da", "Vi forventede 60 deltagere, men i alt deltog 84 borgere.", 60, 84),
    ("sv", "Målet var att nå 50 deltagare. Totalt deltog 62 personer.", 50, 62),
    ("nb", "Vi hadde som mål å nå 40 deltakere. 52 personer har deltatt i minst én aktivitet.", 40, 52),
    ("nn", "Målet var 30 deltakarar. Til saman har 36 eldre vore med.", 30, 36),
])
def test_participants_counted_on_are_planned(lang, sentence, planned, reached):
    """'We counted on about fifty participants' or 'the goal was 50' plans a number, in number words as well."""
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_participants(text, lang, find_blocks(text, lang))} == \
        {"participants_planned": planned, "participants_reached": reached}


@pytest.mark.parametrize("lang,sentence,hi", [
    ("da", "Målgruppen er familier med børn i alderen 0-6 år.", 6), ("sv", "Målgruppen är barn 0–3 år och deras föräldrar.", 3),
    ("nb", "Målgruppen er barn 0–5 år og foreldrene deres.", 5), ("nn", "Målgruppa er barn 0–5 år og foreldra deira.", 5),
])
def test_an_age_range_from_birth(lang, sentence, hi):
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_ages(text, lang, find_blocks(text, lang))} == \
        {"target_age_min": 0, "target_age_max": hi}


@pytest.mark.parametrize("lang,sentence", [
    ("da", "Målgruppen er unge mellem 15 og 19 år."), ("sv", "Målgruppen är unga mellan 15 och 19 år."),
    ("nb", "Målgruppen er unge mellom 15 og 19 år."), ("nn", "Målgruppa er unge mellom 15 og 19 år."),
])
def test_ages_between(lang, sentence):
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_ages(text, lang, find_blocks(text, lang))} == \
        {"target_age_min": 15, "target_age_max": 19}


@pytest.mark.parametrize("lang,expected", [
    ("da", {"target_age_min": 65}),
    ("sv", {"target_age_min": 10, "target_age_max": 12}),
    ("nb", {"target_age_max": 30}),
    ("nn", {"target_age_min": 18, "target_age_max": 67}),
])
def test_ages(lang, expected):
    assert run(lang, find_ages) == expected


@pytest.mark.parametrize("lang,expected", [
    ("da", {"period_start": "2021-03-01", "period_end": "2023-02-28"}),
    ("sv", {"period_start": "2019-08-15", "period_end": "2021-06-30"}),
    ("nb", {"period_start": "2021-01-03", "period_end": "2022-12-31"}),
    ("nn", {"period_start": "2020-08-01"}),
])
def test_period(lang, expected):
    assert run(lang, find_period) == expected


def test_month_end_after_end_cue():
    text = "T\n\nProsjektet startet i januar 2019 og ble avsluttet i desember 2020.\n"
    assert {c.kind: c.value for c in find_period(text, "nb", find_blocks(text, "nb"))} == \
        {"period_start": "2019-01-01", "period_end": "2020-12-31"}


def test_document_date_is_the_latest_version():
    text = "T\n\nKontakt\n\nA B, version 2020-10-20\n\nKontakt\n\nA B, version 2021-09-02\n"
    assert [c.value for c in find_document_dates(text, "sv", find_blocks(text, "sv"))] == ["2021-09-02"]


@pytest.mark.parametrize("lang,expected", [
    ("da", {"budget_stated": True, "budget_currency": "DKK", "budget_per_year_min": 500000.0,
            "budget_per_year_max": 1000000.0, "budget_total": 1500000.0}),
    ("sv", {"budget_stated": True, "budget_currency": "SEK", "budget_total": 2174999.0}),
    ("nb", {"budget_stated": True, "budget_currency": "NOK", "budget_total": 750000.0,
            "grants_by_year": {"2021": 400000.0, "2022": 350000.0}}),
    ("nn", {"budget_stated": False}),
])
def test_budget(lang, expected):
    assert run(lang, find_budget, COUNTRY[lang]) == expected


@pytest.mark.parametrize("lang, country, sentence, total, yearly, currency", [
    ("da", "DK", "Projektet er finansieret af Socialstyrelsen med i alt 1,2 mio. kr. over tre år (400.000 kr. årligt).",
     1200000.0, 400000.0, "DKK"),
    ("sv", "SE", "Den totala budgeten uppgår till 3,6 miljoner kronor, varav 1,2 miljoner kronor per år.",
     3600000.0, 1200000.0, "SEK"),
    ("nb", "NO", "Helsedirektoratet har bevilget totalt 2,4 millioner kroner, fordelt med 800 000 kroner hvert år.",
     2400000.0, 800000.0, "NOK"),
    ("nn", "NO", "Vi har fått 900 000 kroner frå Sparebankstiftinga, 450 000 kroner kvart år.", 900000.0, 450000.0, "NOK"),
    ("da", "DK", "Vi har i alt fået 150.000 kr. fra fonden.", 150000.0, None, "DKK"),
])
def test_budget_told_only_in_running_text(lang, country, sentence, total, yearly, currency):
    text = f"T\n\nProjektet hjælper unge. {sentence} Det går godt.\n"
    got = {c.kind: (c.value, c.method) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    expected = {"budget_total": (total, "budget@1:sentence_cue"), "budget_currency": currency,
                "budget_stated": (True, "budget@1:found")}
    if yearly:
        expected.update(budget_per_year_min=(yearly, "budget@1:sentence_per_year"),
                        budget_per_year_max=(yearly, "budget@1:sentence_per_year"))
    got["budget_currency"] = got["budget_currency"][0]
    assert got == expected


@pytest.mark.parametrize("lang, country, sentence, total", [
    ("sv", "SE", "Budgeten uppgår till 180 000 kronor.", 180000.0),
    ("sv", "SE", "Projektets budget är på 1,2 miljoner kronor.", 1200000.0),
    ("da", "DK", "Budgettet er på 240.000 kr. for hele perioden.", 240000.0),
    ("da", "DK", "Vi har aftalt mange møder. Budget: 95.000 kr.", 95000.0),
    ("nb", "NO", "Totalbudsjettet for prosjektet er på kr 420 000,-.", 420000.0),
    ("nb", "NO", "Budsjettet er på 420.000 kroner over to år.", 420000.0),
    ("nn", "NO", "Budsjettet er på 310 000 kroner.", 310000.0),
    ("nn", "NO", "Vi har mange møte. Budsjett: 310 000 kroner.", 310000.0),
])
def test_budget_noun_before_its_amount_in_running_text(lang, country, sentence, total):
    text = f"T\n\nProsjektet hjelper unge med lekser. {sentence}\n"
    got = {c.kind: (c.value, c.method) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert got["budget_total"] == (total, "budget@1:sentence_cue")


@pytest.mark.parametrize("lang, country, sentence", [
    ("sv", "SE", "Av budgeten går 20 000 kronor till material."),
    ("sv", "SE", "I budgeten ingår 30 000 kronor för lokalhyra."),
    ("da", "DK", "Af budgettet er 50.000 kr. afsat til materialer."),
    ("nb", "NO", "Av budsjettet går 40 000 kroner til leie av lokaler."),
    ("nn", "NO", "Frå budsjettet går 40 000 kroner til leige av lokale."),
])
def test_a_share_of_the_budget_is_not_its_total(lang, country, sentence):
    text = f"T\n\nProsjektet hjelper unge med lekser. {sentence}\n"
    got = {c.kind: c.value for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert got == {"budget_stated": False}


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Deltagerne betalte 200 kr. for kurset."),           # an amount without a total cue
    ("sv", "Totalt deltog 35 personer i kursen."),               # a total cue without an amount
])
def test_no_budget_from_running_text_without_cue_and_amount(lang, sentence):
    text = f"T\n\n{sentence}\n"
    got = {c.kind: c.value for c in find_budget(text, lang, "DK", find_blocks(text, lang))}
    assert got == {"budget_stated": False}


def test_bound_gives_yearly_max_only():
    text = "T\n\nØkonomi pr. år\n\n< 50.000\n\nTekst.\n"
    got = {c.kind: c.value for c in find_budget(text, "da", "DK", find_blocks(text, "da"))}
    assert got == {"budget_per_year_max": 50000.0, "budget_currency": "DKK", "budget_stated": True}


def test_a_paragraph_on_the_first_line_is_no_title():
    text = "Projektet startade i Sala 2019. Det pågår till 2021 och når många elever i kommunen.\n"
    assert find_titles(text, "sv", find_blocks(text, "sv")) == []


def test_a_name_with_a_full_stop_inside_is_still_the_title():
    text = "NM Norr. Konst och kultur för regional tillväxt\n\nBakgrund\n\nText om projektet här.\n"
    assert [c.value for c in find_titles(text, "sv", find_blocks(text, "sv"))] == \
        ["NM Norr. Konst och kultur för regional tillväxt"]


@pytest.mark.parametrize("lang, sentence, age", [
    ("da", "Borgere på 60 år og derover.", 60), ("sv", "Vuxna nyanlända, 18 år och äldre.", 18),
    ("nb", "Voksne innbyggere, 18 år og eldre.", 18), ("nn", "Vaksne innbyggjarar, 20 år og oppover.", 20),
])
def test_age_bound_written_after_the_age(lang, sentence, age):
    """'18 år og eldre' gives a lower bound, like 'over 18 år'."""
    text = f"T\n\nMålgruppe\n\n{sentence}\n"
    assert {(c.kind, c.value) for c in find_ages(text, lang, find_blocks(text, lang))} == {("target_age_min", age)}


@pytest.mark.parametrize("lang, label", [
    ("da", "Projektafslutning"), ("sv", "Projektavslut"), ("nb", "Prosjektavslutning"), ("nn", "Prosjektavslutning"),
])
def test_project_end_labels(lang, label):
    text = f"T\n\nProjektstart: 1.4.2024\n{label}: 31.3.2027\n"
    found = {c.kind: c.value for c in find_period(text, lang, find_blocks(text, lang))}
    assert (found["period_start"], found["period_end"]) == ("2024-04-01", "2027-03-31")


@pytest.mark.parametrize("lang, start, end", [
    ("da", "Opstart", "Slutdato"), ("sv", "Startdatum", "Slutdatum"), ("nb", "Oppstart", "Avslutning"),
    ("nn", "Start", "Avslutning"),
])
def test_an_end_label_with_a_month_means_its_last_day(lang, start, end):
    months = {"da": ("marts", "december"), "sv": ("mars", "december"), "nb": ("mars", "desember"),
              "nn": ("mars", "desember")}[lang]
    text = f"T\n\n{start}: {months[0]} 2023\n{end}: {months[1]} 2024\n"
    found = {c.kind: c.value for c in find_period(text, lang, find_blocks(text, lang))}
    assert (found["period_start"], found["period_end"]) == ("2023-03-01", "2024-12-31")


@pytest.mark.parametrize("lang, start, end", [
    ("da", "Opstart: 2. kvartal 2023", "Slutdato: 4. kvartal 2024"),
    ("sv", "Startdatum: andra kvartalet 2023", "Slutdatum: Q4 2024"),
    ("nb", "Oppstart: Q2 2023", "Avslutning: fjerde kvartal 2024"),
    ("nn", "Start: kvartal 2 2023", "Avslutning: 4. kvartal 2024"),
])
def test_quarters_under_start_and_end_labels(lang, start, end):
    text = f"T\n\n{start}\n{end}\n"
    found = {c.kind: c.value for c in find_period(text, lang, find_blocks(text, lang))}
    assert (found["period_start"], found["period_end"]) == ("2023-04-01", "2024-12-31")


@pytest.mark.parametrize("lang, sentence, status", [
    ("da", "Projektet blev afsluttet i december 2023.", "completed"),
    ("da", "Indsatsen er nu en del af den faste drift.", "in_operation"),
    ("da", "Når projektet er afsluttet, foretages en evaluering.", None),  # a plan, not the end
    ("sv", "Projektet avslutades i juni 2023.", "completed"),
    ("sv", "Verksamheten har implementerats i ordinarie drift.", "in_operation"),
    ("nb", "Prosjektet ble avsluttet i juni 2023.", "completed"),
    ("nn", "Prosjektet vart avslutta i juni 2023.", "completed"),
])
def test_status_told_in_running_text(lang, sentence, status):
    text = f"T\n\nProjektet hjælper borgere. {sentence}\n"
    found = [(c.value, c.method) for c in find_status(text, lang, find_blocks(text, lang))]
    assert found == ([(status, "status@1:text")] if status else [])


@pytest.mark.parametrize("lang, value", [("da", "Igangværende"), ("da", "Pågår"), ("sv", "Pågår"),
                                         ("nb", "Pågår"), ("nn", "Pågår")])
def test_ongoing_status_values(lang, value):
    text = f"T\n\nStatus: {value}\n\nTekst.\n"
    assert [(c.kind, c.value) for c in find_status(text, lang, find_blocks(text, lang))][:1] == [("status", "project")]


def test_a_sentence_may_open_with_a_digit_after_a_full_word():
    """'… deltagere. 57 pårørende …' is two sentences; 'ca. 20' and 'inkl. 25 %' are not broken."""
    from pipeline.lexicon import iter_sentences

    text = "Vi regnede med 40 deltagere. 57 pårørende deltog i ca. 20 møder inkl. 25 % gratis. Tlf. 12 34."
    assert [s for _, s in iter_sentences(text)] == [
        "Vi regnede med 40 deltagere.", "57 pårørende deltog i ca. 20 møder inkl. 25 % gratis.", "Tlf. 12 34."]


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Vi regnede med 40 deltagere. 57 pårørende har deltaget."),
    ("sv", "Vi räknade med 40 deltagare. 57 anhöriga har deltagit."),
    ("nb", "Vi regnet med 40 deltakere. 57 pårørende har deltatt."),
    ("nn", "Vi rekna med 40 deltakarar. 57 pårørande har vore med."),
])
def test_relatives_reached_in_the_sentence_after_the_plan(lang, sentence):
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_participants(text, lang, find_blocks(text, lang))} == \
        {"participants_planned": 40, "participants_reached": 57}


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Vi nåede 48 børn, mod 35 planlagt."), ("sv", "Vi nådde 48 barn, mot 35 planerat."),
    ("nb", "Vi nådde 48 barn, mot 35 planlagt."), ("nn", "Vi nådde 48 born, mot 35 planlagt."),
])
def test_reached_in_the_past_tense(lang, sentence):
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_participants(text, lang, find_blocks(text, lang))} == \
        {"participants_reached": 48}


def test_danish_children_who_got_going_are_reached():
    text = "T\n\nResultater\nCa. halvfjerds børn er kommet i gang med en sport. Vi havde et mål om 100 børn.\n"
    assert {c.kind: c.value for c in find_participants(text, "da", find_blocks(text, "da"))} == \
        {"participants_reached": 70, "participants_planned": 100}


def test_a_funder_in_a_label_line_under_the_title_is_not_the_organisation():
    text = ("Frisklivssentral på nett\n\nKommune: Bodø\nTilskudd fra Helsedirektoratet: 800 000 kroner per år\n\n"
            "Resultater\n\nOver 300 innbyggere har tatt i bruk nettkursene.\n")
    blocks = find_blocks(text, "nb")
    assert find_organisations(text, "nb", blocks, [], entities=_org_entity(text, "Helsedirektoratet")) == []
    assert {(c.kind, c.value) for c in find_budget(text, "nb", "NO", blocks)} >= {
        ("budget_per_year_max", 800000.0), ("budget_per_year_min", 800000.0)}


def _org_entity(text, name):
    from pipeline.schema import Entity

    start = text.index(name)
    return [Entity(text=name, label="ORG", start=start, end=start + len(name), confidence=0.9, method="t")]


@pytest.mark.parametrize("lang, country, sentence, first_sentence", [
    ("sv", "SE", "Projektet finansieras med 180 000 kr per år från kommunen under 2023–2025.", True),
    ("da", "DK", "Projektet modtager 180.000 kr. om året fra kommunen.", True),
    ("nb", "NO", "Tiltaket er godt forankret. Det får 180 000 kr per år fra kommunen.", False),
])
def test_a_yearly_amount_in_the_first_sentence_of_the_economy_section(lang, country, sentence, first_sentence):
    heading = {"sv": "Ekonomi", "da": "Økonomi", "nb": "Økonomi"}[lang]
    text = f"T\n\n{heading}\n{sentence}\n"
    found = {(c.kind, c.value) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert (("budget_per_year_max", 180000.0) in found) is first_sentence


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Tilbuddet er for voksne mellem 25 og 64 år."), ("sv", "Verksamheten riktar sig till vuxna mellan 25 och 64 år."),
    ("nb", "Prosjektet har gitt 38 voksne mellom 25 og 64 år et tilbud på dagtid."),
    ("nn", "Tilbodet er for vaksne mellom 25 og 64 år."),
])
def test_ages_of_adults_in_running_text(lang, sentence):
    """Adults, women, seniors, refugees ... name a group of people as children and the young do."""
    text = f"T\n\n{sentence}\n"
    assert {c.kind: (c.value, c.method) for c in find_ages(text, lang, find_blocks(text, lang))} == \
        {"target_age_min": (25, "ages@1:range"), "target_age_max": (64, "ages@1:range")}


def test_students_doing_the_work_are_no_participants():
    text = "T\n\nUnder 2013 har 44 forskare och 12 studenter drivit arbetet i totalt 29 organisationer.\n"
    assert find_participants(text, "sv", find_blocks(text, "sv")) == []


@pytest.mark.parametrize("lang, heading, sentence, expected", [
    ("da", "Evaluering", "Vi indsamlede spørgeskemaer i efteråret. Evalueringen blev gennemført af VIVE i foråret 2024.",
     {"evaluated": True, "evaluation_kind": "external"}),
    ("sv", "Utvärdering", "Under hösten samlade vi in enkäter. Utvärderingen genomfördes av Linnéuniversitetet.",
     {"evaluated": True, "evaluation_kind": "external"}),
    ("nb", "Evaluering", "Evalueringen ble utført av Oslo Economics og viser gode resultater.", {"evaluated": True}),
    ("nn", "Evaluering", "Vi samla inn svar frå deltakarane. Evalueringa vart gjennomført som ei eigenevaluering.",
     {"evaluated": True, "evaluation_kind": "internal"}),
])
def test_evaluation_told_in_the_evaluation_section(lang, heading, sentence, expected):
    """An evaluation section whose first sentence is no yes/no answer: a sentence in it that tells the
    evaluation was done counts, with more weight than one anywhere in the text."""
    text = f"Sluttrapport\n\n{heading}\n{sentence}\n"
    found = {c.kind: (c.value, c.method, c.score) for c in find_evaluation(text, lang, find_blocks(text, lang))}
    assert found == {k: (v, "evaluation@1:section_sentence", 0.8 if k == "evaluated" else 0.75)
                     for k, v in expected.items()}


@pytest.mark.parametrize("lang, country, block, grants, how", [
    ("nb", "NO", "Tilskudd: kr 1 250 000 (2022: 400 000, 2023: 450 000, 2024: 400 000)",
     {"2022": 400000.0, "2023": 450000.0, "2024": 400000.0}, "label"),
    ("nn", "NO", "Tilskot: kr 900 000\n2022: kr 300 000\n2023: kr 350 000\n- 2024: kr 250 000\n\nMål\nVi skal nå 40 born.",
     {"2022": 300000.0, "2023": 350000.0, "2024": 250000.0}, "label"),
    ("da", "DK", "Bevilling: 900.000 kr. fordelt på 2022 (300.000 kr.), 2023 (300.000 kr.) og 2024 (300.000 kr.).",
     {"2022": 300000.0, "2023": 300000.0, "2024": 300000.0}, "label"),
    ("sv", "SE", "Ekonomi\nProjektet har beviljats 1,2 miljoner kronor från Arvsfonden (2023: 600 000 och 2024: 600 000).",
     {"2023": 600000.0, "2024": 600000.0}, "section"),
])
def test_amounts_listed_per_year(lang, country, block, grants, how):
    """Per-year lists: bare amounts after "2023:" inside a list, one year per line under the label,
    "2023 (300.000 kr.)"."""
    text = f"Slutrapport\n\n{block}\n"
    got = {c.kind: (c.value, c.method) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert got["grants_by_year"] == (grants, f"budget@1:{how}_years")
    assert got["budget_total"] == (sum(grants.values()), f"budget@1:{how}_years_sum")


@pytest.mark.parametrize("lang, line", [
    ("sv", "Under 2023: 1500 besökare på biblioteket."), ("nb", "I 2023: 4500 besøkende i alt."),
    ("da", "Status 2023: 1500 deltagere i alt."), ("nn", "Hausten 2023: 2000 besøkjande."),
])
def test_a_count_after_a_year_is_no_amount(lang, line):
    from pipeline.extractors.amounts import find_amounts
    assert find_amounts(f"T\n\n{line}\n", lang, COUNTRY[lang]) == []


@pytest.mark.parametrize("lang, label", [
    ("da", "Rapportdato"), ("sv", "Redovisningsdatum"), ("nb", "Rapporteringsdato"), ("nn", "Rapportdato"),
])
def test_report_date_labels_give_the_document_date(lang, label):
    text = f"Slutrapport\n\n{label}: 15.02.2024\n\nTekst.\n"
    assert [(c.value, c.method) for c in find_document_dates(text, lang, find_blocks(text, lang))] == \
        [("2024-02-15", "document_date@1:label")]


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Vores mål var at nå 80 deltagere."), ("sv", "Vårt mål var att nå 80 deltagare."),
    ("nb", "Vårt mål var å nå 80 deltakere."), ("nn", "Målet vårt var å nå 80 deltakarar."),
])
def test_our_goal_was_plans_participants(lang, sentence):
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_participants(text, lang, find_blocks(text, lang))} == \
        {"participants_planned": 80}


@pytest.mark.parametrize("lang, block, expected", [
    ("sv", "I vilken grad har projektets mål uppnåtts? 3 (i viss mån)", {"goal_fulfilment": 3}),
    ("nb", "Har prosjektet blitt gjennomført som planlagt? 4 - I stor grad", {"implemented_as_planned": 4}),
    ("da", "Er formålet opfyldt? 2 (i mindre grad)", {"goal_fulfilment": 2}),
    ("da", "Er formålet opfyldt? 3 (i mindre grad)", {}),  # number and words disagree: no answer
])
def test_rating_written_as_the_step_number_and_its_words(lang, block, expected):
    text = f"Slutrapport\n\n{block}\n"
    assert {c.kind: c.value for c in find_ratings(text, lang, find_blocks(text, lang))} == expected


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Evalueringen viser, at 8 ud af 10 unge gennemførte første semester."),
    ("sv", "Utvärderingen visar att 8 av 10 deltagare har fullföljt kursen."),
    ("nb", "Evalueringen viser at 7 av 10 deltakere har fullført kurset."),
    ("nn", "Evalueringa viser at 7 av 10 deltakarar har fullført kurset."),
])
def test_a_share_counts_no_participants(lang, sentence):
    """'8 out of 10 young people completed' is a share, not ten participants."""
    text = f"T\n\n{sentence}\n"
    assert find_participants(text, lang, find_blocks(text, lang)) == []


@pytest.mark.parametrize("lang, sentence, lo, hi", [
    ("da", "Børnene er mellem 6 og 10 år.", 6, 10), ("sv", "Deltagarna var mellan 18 och 30 år.", 18, 30),
    ("nb", "Elevene er mellom 13 og 16 år.", 13, 16), ("nn", "Barna var mellom 4 og 12 år.", 4, 12),
])
def test_ages_of_a_group_named_in_the_definite_form(lang, sentence, lo, hi):
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_ages(text, lang, find_blocks(text, lang))} == \
        {"target_age_min": lo, "target_age_max": hi}


@pytest.mark.parametrize("lang, first_line, title", [
    ("nb", "Søknad om tilskudd: Digital hverdag for seniorer", "Digital hverdag for seniorer"),
    ("sv", "Ansökan – Läxhjälp i Gottsunda", "Läxhjälp i Gottsunda"),
    ("da", "Ansøgning om støtte: Grønne fællesskaber", "Grønne fællesskaber"),
    ("nn", "Søknad om tilskot – Ut i naturen", "Ut i naturen"),
])
def test_title_after_the_application_kind(lang, first_line, title):
    text = f"{first_line}\n\nTekst om prosjektet her.\n"
    got = find_titles(text, lang, find_blocks(text, lang))
    assert max(got, key=lambda c: c.score).value == title
    assert any(c.method == "title@1:after_report_kind" for c in got)


@pytest.mark.parametrize("lang, label", [
    ("nb", "Søkerorganisasjon"), ("nn", "Søkjarorganisasjon"), ("sv", "Sökande organisation"), ("da", "Ansøgerorganisation"),
])
def test_applicant_organisation_labels(lang, label):
    text = f"Tittel\n\n{label}: Seniornett Tromsø\nKontaktperson: Per Olsen\n"
    got = find_organisations(text, lang, find_blocks(text, lang), [])
    assert [(c.value, c.method) for c in got if c.method.endswith(":label")] == \
        [("Seniornett Tromsø", "organisation@1:label")]


@pytest.mark.parametrize("lang, line, end", [
    ("nb", "Oppstart 1. februar 2025, avslutning 31. desember 2026.", "2026-12-31"),
    ("da", "Opstart 1. februar 2025, afslutning 31. december 2026.", "2026-12-31"),
    ("sv", "Start 1 februari 2025, avslutning 31 december 2026.", "2026-12-31"),
    ("nn", "Oppstart 1. februar 2025, prosjektslutt 31. desember 2026.", "2026-12-31"),
])
def test_period_end_after_a_closing_noun(lang, line, end):
    text = f"T\n\nTidsplan\n{line}\n"
    got = {c.kind: (c.value, c.method) for c in find_period(text, lang, find_blocks(text, lang))}
    assert got["period_start"] == ("2025-02-01", "period@1:start_cue")
    assert got["period_end"] == (end, "period@1:end_cue")


@pytest.mark.parametrize("lang, country, table, total, grants", [
    ("nb", "NO", "Budsjett\nPost\t2025\t2026\tSum\nLønn\t400 000\t420 000\t820 000\nSum\t450 000\t470 000\t920 000",
     920000.0, {"2025": 450000.0, "2026": 470000.0}),
    ("da", "DK", "Budget\n| Post | 2023 | 2024 |\n| Løn | 300.000 | 300.000 |\n| I alt | 350.000 | 360.000 |",
     710000.0, {"2023": 350000.0, "2024": 360000.0}),
    ("sv", "SE", "Budget\nPersonal        600 000\nLokaler         120 000\nSumma           720 000", 720000.0, None),
    ("nn", "NO", "Budsjett\nPost\t2024\t2025\nLøn\t200 000\t210 000\nTil saman\t250 000\t260 000",
     510000.0, {"2024": 250000.0, "2025": 260000.0}),
])
def test_budget_table_total_row(lang, country, table, total, grants):
    """A budget table written as text (tabs, bars or aligned columns): the total row, per year under
    year columns; the amounts carry no currency, the country gives it."""
    text = f"Sluttrapport\n\n{table}\n"
    got = {c.kind: (c.value, c.method) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert got["budget_total"] == (total, "budget@1:table")
    assert got.get("grants_by_year") == ((grants, "budget@1:table_years") if grants else None)
    assert got["budget_currency"] == ({"NO": "NOK", "DK": "DKK", "SE": "SEK"}[country], "budget@1:currency_country")


@pytest.mark.parametrize("lang, country, lines, total", [
    ("nb", "NO", "Lønn: 400 000 kr\nSum: 450 000 kr", 450000.0),
    ("da", "DK", "Løn: 300.000 kr.\nLokaler: 50.000 kr.\nI alt: 350.000 kr.", 350000.0),
    ("sv", "SE", "Personal: 600 000 kr\nSumma: 720 000 kr", 720000.0),
    ("nn", "NO", "Løn: 200 000 kr\nTil saman: 260 000 kr", 260000.0),
])
def test_budget_total_on_its_own_sum_line(lang, country, lines, total):
    heading = {"da": "Økonomi", "sv": "Ekonomi", "nb": "Budsjett", "nn": "Budsjett"}[lang]
    text = f"Sluttrapport\n\n{heading}\n{lines}\n"
    got = {c.kind: (c.value, c.method) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert got["budget_total"] == (total, "budget@1:section_cue")


@pytest.mark.parametrize("lang, sentence", [
    ("sv", "Under 2023 genomfördes 24 trygghetsvandringar med sammanlagt 310 deltagare."),
    ("nb", "I 2023 ble det gjennomført 24 turer med til sammen 310 deltakere."),
    ("nn", "I 2023 vart det gjennomført 24 turar med til saman 310 deltakarar."),
    ("da", "I 2023 blev der gennemført 24 ture med tilsammen 310 deltagere."),
])
def test_participants_counted_together(lang, sentence):
    text = f"T\n\n{sentence}\n"
    assert {c.kind: c.value for c in find_participants(text, lang, find_blocks(text, lang))} == \
        {"participants_reached": 310}


@pytest.mark.parametrize("lang, heading, sentence", [
    ("nn", "Målgruppe", "Bebuarar på dei tre sjukeheimane i Førde, i alt kring 110 personar."),
    ("da", "Målgruppe", "Elever i indskolingen og deres forældre, i alt ca. 400 børn."),
    ("sv", "Målgrupp", "Äldre i Rinkeby, sammanlagt cirka 300 personer."),
    ("nb", "Målgruppe", "Eldre i bydelen, til sammen rundt 300 personer."),
])
def test_the_size_of_the_target_group_is_not_reached(lang, heading, sentence):
    text = f"T\n\n{heading}\n{sentence}\n"
    assert [c.kind for c in find_participants(text, lang, find_blocks(text, lang))] == []


@pytest.mark.parametrize("lang, text, planned", [
    ("da", "I alt har 86 forældre deltaget i forløbene, og målet var at\nnå 100 forældre.", 100),
    ("sv", "Totalt har 86 föräldrar deltagit i träffarna och vårt mål var att\nnå 100 föräldrar.", 100),
    ("nb", "Til sammen har 86 foreldre deltatt på kursene, og målet var å\nnå 100 foreldre.", 100),
    ("nn", "Til saman har 86 foreldre vore med på kursa, og målet var å nå\n100 foreldre.", 100),
])
def test_a_sentence_wrapped_over_two_lines_is_one_sentence(lang, text, planned):
    """Hard-wrapped text (PDF text layers, .txt): a long line ending in lower case, then a line
    opening in lower case or with a digit, continues the sentence."""
    doc = f"T\n\n{text}\n"
    got = {c.kind: c.value for c in find_participants(doc, lang, find_blocks(doc, lang))}
    assert got == {"participants_reached": 86, "participants_planned": planned}


def test_short_label_lines_are_not_joined():
    from pipeline import lexicon

    text = "Projektperiode\n01.02.2021\nmere tekst"
    assert [s for _, s in lexicon.iter_sentences(text)] == ["Projektperiode", "01.02.2021", "mere tekst"]


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Projektet er gennemført i perioden 1. februar 2021 til\n30. juni 2023."),
    ("sv", "Projektet pågick under perioden 1 februari 2021 till 30 juni 2023."),
    ("nb", "Prosjektet ble gjennomført i perioden 1. februar 2021 – 30. juni 2023."),
    ("nn", "Prosjektet vart gjennomført i tidsrommet 1. februar 2021 til 30. juni 2023."),
])
def test_period_in_running_text_after_in_the_period(lang, sentence):
    text = f"T\n\n{sentence}\n"
    got = {c.kind: (c.value, c.method) for c in find_period(text, lang, find_blocks(text, lang))}
    assert got == {"period_start": ("2021-02-01", "period@1:sentence"), "period_end": ("2023-06-30", "period@1:sentence")}


@pytest.mark.parametrize("lang, first, title", [
    ("da", 'Slutrapport for projektet "Stærke\nforældre i Ishøj"', ("Stærke forældre i Ishøj", "title@1:quoted")),
    ("nb", "Prosjektet «Ut i naturen» – sluttrapport", ("Ut i naturen", "title@1:quoted")),
    ("sv", 'Slutredovisning av projektet ”Läxhjälp i Gottsunda”', ("Läxhjälp i Gottsunda", "title@1:quoted")),
    # a quoted tagline after the case's own name, a quoted word inside the name: the whole line
    ("sv", 'Bruksvallarna Snow Factory "Snö i oktober"', ('Bruksvallarna Snow Factory "Snö i oktober"', "title@1:first_line")),
    ("nn", 'Rapport om "trivsel" blant eldre i Voss', ('Rapport om "trivsel" blant eldre i Voss', "title@1:first_line")),
])
def test_title_named_in_quotes(lang, first, title):
    text = f"{first}\n\nTekst om prosjektet her, med nok ord.\n"
    got = find_titles(text, lang, find_blocks(text, lang))
    best = max(got, key=lambda c: c.score)
    assert (best.value, best.method) == title


@pytest.mark.parametrize("lang, text, reached, planned", [
    ("nb", "Rundt femti elever mellom 12 og 16 år har brukt tilbudet jevnlig. Målet var å nå hundre elever.", 50, 100),
    ("da", "Omkring halvtreds elever mellem 12 og 16 år har brugt tilbuddet. Målet var at nå hundrede elever.", 50, 100),
    ("sv", "Ungefär femtio elever mellan 12 och 16 år har använt verksamheten. Målet var att nå hundra elever.", 50, 100),
    ("nn", "Kring femti elevar mellom 12 og 16 år har vore med. Målet var å nå hundre elevar.", 50, 100),
])
def test_counts_in_number_words_around_an_age_range(lang, text, reached, planned):
    """'hundre elever' is a number word, not a scaled amount; 'mellom 12 og 16 år' stays inside one clause."""
    doc = f"T\n\n{text}\n"
    assert {c.kind: c.value for c in find_participants(doc, lang, find_blocks(doc, lang))} == \
        {"participants_reached": reached, "participants_planned": planned}


@pytest.mark.parametrize("lang, block, expected", [
    ("da", "Er formålet opfyldt?\n( ) Slet ikke ( ) I mindre grad (x) I nogen grad ( ) I høj grad\n\n"
           "Er indsatsen gennemført som planlagt?\n[ ] Slet ikke [ ] I mindre grad [ ] I nogen grad [x] I høj grad",
     {"goal_fulfilment": 3, "implemented_as_planned": 4}),
    ("sv", "Har syftet uppnåtts?\n( ) Inte alls ( ) I liten grad (X) I viss grad ( ) I hög grad", {"goal_fulfilment": 3}),
    ("nb", "Er formålet oppfylt?\n☐ Ikke i det hele tatt ☑ I liten grad ☐ I noen grad ☐ I stor grad", {"goal_fulfilment": 2}),
    ("nn", "Er føremålet oppfylt?\n☐ Ikkje i det heile ☐ I liten grad ☒ I nokon grad ☐ I stor grad", {"goal_fulfilment": 3}),
    ("nn", "Er føremålet oppfylt?\n☐ Ikkje i det heile ☐ I liten grad ☐ I nokon grad ☐ I stor grad", {}),  # none ticked
])
def test_ratings_ticked_on_a_form(lang, block, expected):
    """A form prints the whole scale: the step whose box is ticked is the answer; none ticked, none."""
    text = f"Slutrapport\n\n{block}\n"
    assert {c.kind: c.value for c in find_ratings(text, lang, find_blocks(text, lang))} == expected


@pytest.mark.parametrize("lang, block, expected", [
    ("da", "Er projektet evalueret?\n☒ Ja ☐ Nej", True), ("sv", "Har projektet utvärderats?\n[ ] Ja [x] Nej", False),
    ("nb", "Er prosjektet evaluert?\n☐ Ja ☐ Nei", None), ("nn", "Er prosjektet evaluert?\n(X) Ja ( ) Nei", True),
])
def test_evaluated_ticked_on_a_form(lang, block, expected):
    text = f"Sluttrapport\n\n{block}\n"
    got = [c.value for c in find_evaluation(text, lang, find_blocks(text, lang)) if c.kind == "evaluated"]
    assert got == ([] if expected is None else [expected])


@pytest.mark.parametrize("lang, line, expected", [
    ("nb", "Er prosjektet evaluert? Ja, eksternt.", {"evaluated": True, "evaluation_kind": "external"}),
    ("sv", "Har projektet utvärderats? Nej", {"evaluated": False}),
    ("da", "Er indsatsen evalueret? ☒ Ja ☐ Nej", {"evaluated": True}),
    ("nn", "Er prosjektet evaluert? Ja, internt.", {"evaluated": True, "evaluation_kind": "internal"}),
])
def test_evaluation_question_answered_on_its_line(lang, line, expected):
    text = f"Sluttrapport\n\n{line}\n"
    got = {c.kind: (c.value, c.method) for c in find_evaluation(text, lang, find_blocks(text, lang))}
    assert got == {k: (v, "evaluation@1:question") for k, v in expected.items()}


@pytest.mark.parametrize("lang, line, org", [
    ("da", "• Kommune: Vejle Kommune", "Vejle Kommune"), ("nb", "Kommune: Hamar kommune", "Hamar kommune"),
    ("sv", "Kommun: Sala kommun", "Sala kommun"), ("nn", "Kommune: Voss herad", "Voss herad"),
])
def test_municipality_label_naming_an_organisation(lang, line, org):
    """'Kommune: Vejle Kommune' in a fact box names who runs the case when nothing better does (low score)."""
    text = f"Tittel\n\nStatus: Pågår\n{line}\n"
    got = find_organisations(text, lang, find_blocks(text, lang), [])
    assert [(c.value, c.method, c.score) for c in got] == [(org, "organisation@1:municipality_label", 0.6)]


@pytest.mark.parametrize("lang, country, label, line, total", [
    ("da", "DK", "Budget", "6.441.620 (heraf 2.000.000 fra kommunen)", 6441620.0),
    ("sv", "SE", "Beviljat belopp", "10 100 904 (varav EU 5 050 452)", 10100904.0),
    ("nb", "NO", "Budsjett", "2.450.000 (inkl. mva.)", 2450000.0),
    ("nn", "NO", "Budsjett", "850 000 (søkt)", 850000.0),
])
def test_budget_label_value_with_a_note_in_brackets(lang, country, label, line, total):
    text = f"Prosjekt\n\n{label}\n{line}\n\nBeskrivelse\nTekst.\n"
    got = {c.kind: c.value for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert (got["budget_total"], got["budget_currency"], got["budget_stated"]) == (total, {"DK": "DKK", "SE": "SEK", "NO": "NOK"}[country], True)


LONG_TITLES = {
    "sv": "Samverkan mellan kommuner, regioner och statliga myndigheter i Sverige kring klimatanpassning av "
          "vatten- och avloppssystem i små och medelstora orter i norra Sverige under åren fram till 2030",
    "da": "Udvikling af nye samarbejdsformer mellem kommuner, erhvervsakademier og små og mellemstore virksomheder "
          "om grøn omstilling i fødevareklyngen i Vestjylland og på Fyn i årene frem mod 2030",
    "nb": "Utvikling av nye samarbeidsformer mellom kommuner, fylkeskommuner og frivillige lag om inkludering av "
          "unge som står utenfor arbeid og utdanning i Innlandet og Viken fram mot 2030",
    "nn": "Utvikling av nye samarbeidsformer mellom kommunar, fylkeskommunar og frivillige lag om inkludering av "
          "unge som står utanfor arbeid og utdanning i Vestland og Rogaland fram mot 2030",
}


@pytest.mark.parametrize("lang", ["sv", "da", "nb", "nn"])
def test_long_title_standing_alone_on_the_first_line(lang):
    """A name of 20–35 words on a first line with a blank line under it is the title; the same line
    running on into the next line is a paragraph."""
    title = LONG_TITLES[lang]
    assert 20 < len(title.split()) <= 35
    text = f"{title}\n\nSyfte och mål:\nTekst om projektet.\n"
    assert [(c.value, c.method) for c in find_titles(text, lang, find_blocks(text, lang))] == [(title, "title@1:first_line")]
    text = f"{title}\nfortsätter här\n\nSyfte och mål:\nTekst.\n"
    assert find_titles(text, lang, find_blocks(text, lang)) == []


@pytest.mark.parametrize("lang, country, heading, sentence, total", [
    ("sv", "SE", "Finansiering", "Projektet finansieras av Länsstyrelsen Dalarna med 380 000 kronor för 2023–2024.", 380000.0),
    ("nn", "NO", "Økonomi", "Vi fekk 260 000 kroner i tilskot frå Statsforvaltaren.", 260000.0),
    ("nb", "NO", "Økonomi", "Vi fikk 410 000 kroner fra Helsedirektoratet til prosjektet.", 410000.0),
    ("da", "DK", "Økonomi", "Projektet er finansieret af Trygfonden med 750.000 kr.", 750000.0),
])
def test_budget_told_in_the_economy_section_with_a_verb_of_receiving(lang, country, heading, sentence, total):
    """'Vi fekk 260 000 kroner', 'finansieras av … med 380 000 kronor': a past 'got' or a financing
    verb before the amount makes it the total."""
    text = f"Rapport\n\nBakgrunn\nTekst om prosjektet.\n\n{heading}\nDet har gått bra. {sentence}\n"
    got = {c.kind: (c.value, c.method) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert got["budget_total"] == (total, "budget@1:section_cue")


@pytest.mark.parametrize("lang, sentence", [
    ("nb", "Prosjektperioden var 01.02.2023–31.12.2024."), ("sv", "Projekttiden är 2023-02-01 – 2024-12-31."),
    ("da", "Projektperioden er 1.2.2023-31.12.2024."), ("nn", "Prosjektperioden er 01.02.2023–31.12.2024."),
])
def test_period_range_in_a_sentence_naming_the_period(lang, sentence):
    text = f"T\n\nSammendrag\nProsjektet har gitt tilbud til mange. {sentence}\n"
    got = {c.kind: (c.value, c.method) for c in find_period(text, lang, find_blocks(text, lang))}
    assert got == {"period_start": ("2023-02-01", "period@1:sentence"), "period_end": ("2024-12-31", "period@1:sentence")}


@pytest.mark.parametrize("lang, sentence, planned", [
    ("nb", "Hovedmålet var å rekruttere 60 deltakere.", 60), ("da", "Hovedmålet var at nå 120 familier.", 120),
    ("sv", "Huvudmålet var att nå 200 deltagare.", 200), ("nn", "Hovudmålet var å nå 40 deltakarar.", 40),
])
def test_participants_planned_as_the_main_goal(lang, sentence, planned):
    text = f"T\n\n{sentence}\n"
    assert [(c.kind, c.value) for c in find_participants(text, lang, find_blocks(text, lang))] == [
        ("participants_planned", planned)]


@pytest.mark.parametrize("lang, first, title, method", [
    ("sv", "Lägesrapport: Språkcafé för nyanlända i Ludvika", "Språkcafé för nyanlända i Ludvika", "after_report_kind"),
    ("da", "Delrapport 2: Sund start", "Sund start", "after_report_kind"),
    ("nb", "Aktiv på dagtid – sluttrapport", "Aktiv på dagtid", "before_report_kind"),
    ("nn", "Saman om maten - Statusrapport 2024", "Saman om maten", "before_report_kind"),
])
def test_title_beside_an_interim_or_final_report_kind(lang, first, title, method):
    text = f"{first}\n\nTekst om prosjektet her, med nok ord.\n"
    got = find_titles(text, lang, find_blocks(text, lang))
    assert [(c.value, c.method) for c in got] == [(title, f"title@1:{method}")]


@pytest.mark.parametrize("lang, sentence", [
    ("nn", "Ungdomsloftet er ein open møteplass for ungdom mellom 13 og 18 år."),
    ("nb", "Ungdomsklubben er et tilbud for ungdom mellom 13 og 18 år."),
    ("da", "Klubben er et tilbud til ungdom mellem 13 og 18 år."),
    ("sv", "Fritidsgården är öppen för ungdom mellan 13 och 18 år."),
])
def test_age_range_of_youth_in_the_singular(lang, sentence):
    text = f"T\n\nSammendrag\n{sentence}\n"
    got = {(c.kind, c.value) for c in find_ages(text, lang, find_blocks(text, lang))}
    assert got == {("target_age_min", 13), ("target_age_max", 18)}


@pytest.mark.parametrize("lang, line, org", [
    ("nn", "Prosjektansvarleg: Volda kommune, Kultureininga", "Volda kommune, Kultureininga"),
    ("nb", "Prosjektansvarlig: Hamar kommune, Enhet for kultur", "Hamar kommune, Enhet for kultur"),
    ("da", "Projektansvarlig: Tønder Kommune, Børn og Skole", "Tønder Kommune, Børn og Skole"),
    ("sv", "Projektansvarig: Piteå kommun, Samhällsbyggnad", "Piteå kommun, Samhällsbyggnad"),
])
def test_responsible_organisation_written_as_a_contact_heading(lang, line, org):
    text = f"SLUTTRAPPORT\n\nProsjektnavn: Ungdomsloftet\n{line}\nProsjektleder: Siv Riise\n"
    got = find_organisations(text, lang, find_blocks(text, lang), [])
    assert [(c.value, c.method) for c in got] == [(org, "organisation@1:contact_heading")]


@pytest.mark.parametrize("lang, sentence, planned", [
    ("da", "Vi havde sat os som mål at nå 300 elever.", 300), ("nb", "Vi hadde satt oss som mål å nå 300 elever.", 300),
    ("nn", "Vi hadde sett oss som mål å nå 300 elevar.", 300), ("sv", "Vi hade satt upp som mål att nå 300 elever.", 300),
])
def test_participants_planned_as_a_goal_set(lang, sentence, planned):
    text = f"T\n\n{sentence}\n"
    assert [(c.kind, c.value) for c in find_participants(text, lang, find_blocks(text, lang))] == [
        ("participants_planned", planned)]


@pytest.mark.parametrize("lang, first, title", [
    ("nb", "Prosjekt: Lesevenn i Tromsø", "Lesevenn i Tromsø"), ("nn", "Tiltak: Saman om maten", "Saman om maten"),
    ("da", "Projekt: Naturens Rum", "Naturens Rum"), ("sv", "Insats – Trygg i trafiken", "Trygg i trafiken"),
])
def test_title_after_the_word_project_on_the_first_line(lang, first, title):
    text = f"{first}\n\nTekst om prosjektet her, med nok ord.\n"
    assert [(c.value, c.method) for c in find_titles(text, lang, find_blocks(text, lang))] == [
        (title, "title@1:after_report_kind")]


@pytest.mark.parametrize("lang, country, line, total, yearly", [
    ("da", "DK", "Budget: 1.200.000 kr. over tre år (400.000 kr. årligt)", 1200000.0, 400000.0),
    ("sv", "SE", "Budget: 900 000 kr för hela projektet, 300 000 kr per år", 900000.0, 300000.0),
    ("nb", "NO", "Budsjett: 1,5 mill. kr totalt, 500 000 kr per år", 1500000.0, 500000.0),
    ("nn", "NO", "Budsjett: 600 000 kr over to år (300 000 kr i året)", 600000.0, 300000.0),
])
def test_total_with_its_yearly_share_on_one_line(lang, country, line, total, yearly):
    """The total opens the line; a yearly amount beside it is the yearly band, and a yearly word in the
    inline value does not make the whole economy section yearly."""
    text = f"Prosjekt\n\n{line}\n\nBeskrivelse\nTekst her.\n"
    got = {c.kind: c.value for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert (got["budget_total"], got["budget_per_year_min"], got["budget_per_year_max"]) == (total, yearly, yearly)


@pytest.mark.parametrize("lang, value, status", [
    ("da", "Under opstart", "project"), ("sv", "Slutfört", "completed"), ("nb", "Under oppstart", "project"),
    ("nn", "Oppstart", "project"), ("sv", "Uppstart", "project"), ("da", "Færdigt", "completed"),
])
def test_status_label_values_starting_up_and_finished(lang, value, status):
    text = f"Prosjekt\n\nStatus: {value}\n\nBeskrivelse\nTekst her.\n"
    assert {(c.value, c.method) for c in find_status(text, lang, find_blocks(text, lang))} == {
        (status, "status@1:label"), (status, "status@1:inline_label")}
    text = f"Prosjekt\n\nOppstart: mars 2022\n\nBeskrivelse\nOppstart skjedde i mars.\n"
    assert find_status(text, lang, find_blocks(text, lang)) == []


@pytest.mark.parametrize("lang, body, expected", [
    ("da", "Der er ikke gennemført en egentlig evaluering.", {"evaluated": False}),
    ("nb", "Det er ikke gjennomført noen evaluering.", {"evaluated": False}),
    ("nn", "Det er ikkje gjennomført nokon evaluering.", {"evaluated": False}),
    ("sv", "Det har inte genomförts någon utvärdering.", {"evaluated": False}),
    ("da", "Evalueringen viser, at deltagerne ikke ønsker mere.", {"evaluated": True}),
    ("sv", "En följeforskare från Göteborgs universitet har utvärderat projektet.", {"evaluated": True, "evaluation_kind": "external"}),
    ("nb", "Følgeforskning ved Høgskolen i Innlandet.", {"evaluated": True, "evaluation_kind": "external"}),
    ("nn", "Ekstern, ved Vestlandsforsking.", {"evaluated": True, "evaluation_kind": "external"}),
    ("da", "Intern, foretaget af projektgruppen.", {"evaluated": True, "evaluation_kind": "internal"}),
])
def test_evaluation_section_negated_or_by_follow_research(lang, body, expected):
    """A negation shortly before an evaluation word says no evaluation was made (one after it does
    not); follow research is an external evaluation; a bare 'Ekstern'/'Intern' answers the kind."""
    heading = "Utvärdering" if lang == "sv" else "Evaluering"
    text = f"Prosjekt\n\n{heading}\n{body}\n\nKontakt\nTekst her.\n"
    assert {c.kind: c.value for c in find_evaluation(text, lang, find_blocks(text, lang))} == expected


@pytest.mark.parametrize("lang, block, reached", [
    ("da", "Antal deltagere: 45", 45), ("sv", "Deltagare\nca 120 personer", 120),
    ("nb", "Deltakere: 35 (20 kvinner og 15 menn)", 35), ("nn", "Talet på deltakarar\n45", 45),
])
def test_bare_count_under_a_participants_heading(lang, block, reached):
    """A count standing alone under a heading that says neither planned nor reached is read as reached,
    with a lower score; a count inside a sentence there is left to the sentence rules."""
    text = f"Prosjekt\n\n{block}\n\nBakgrunn\nTekst.\n"
    got = [(c.kind, c.value, c.method, c.score) for c in find_participants(text, lang, find_blocks(text, lang))]
    assert got == [("participants_reached", reached, "participants@1:section_bare", 0.6)]
    text = f"Prosjekt\n\n{block.split(':')[0].split(chr(10))[0]}\nDet var 45 i 2022 og 60 i 2023.\n"
    assert find_participants(text, lang, find_blocks(text, lang)) == []


@pytest.mark.parametrize("lang, line", [
    ("da", "Antal deltagere: ca. 60 (mål: 75)"), ("sv", "Deltagare: 60 (målet var 75)"),
    ("nb", "Deltakere: 60 (mål: 75)"), ("nn", "Deltakarar: 60 (mål 75)"),
])
def test_goal_in_a_note_after_the_count(lang, line):
    """The count is reached, the goal in its note planned; the note's words are not the heading's."""
    text = f"Prosjekt\n\n{line}\n"
    got = {(c.kind, c.value) for c in find_participants(text, lang, find_blocks(text, lang))}
    assert got == {("participants_reached", 60), ("participants_planned", 75)}


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Målet er 150 deltagere, og indtil nu har 98 deltaget."), ("sv", "Målet är 150 deltagare och hittills har 98 deltagit."),
    ("nb", "Målet er 150 deltakere, og så langt har 98 deltatt."), ("nn", "Målet er 150 deltakarar, og så langt har 98 vore med."),
])
def test_count_followed_by_a_verb_of_taking_part(lang, sentence):
    text = f"Prosjekt\n\n{sentence}\n"
    got = [(c.kind, c.value) for c in find_participants(text, lang, find_blocks(text, lang))]
    assert got == [("participants_planned", 150), ("participants_reached", 98)]


@pytest.mark.parametrize("lang, sentence", [
    ("nn", "Til saman 38 har vore med minst éin gong."), ("da", "I alt 38 har været med mindst én gang."),
    ("sv", "Sammanlagt 38 har varit med minst en gång."), ("nb", "Til sammen 38 har vært med minst én gang."),
])
def test_count_followed_by_has_taken_part(lang, sentence):
    text = f"Prosjekt\n\n{sentence}\n"
    assert [(c.kind, c.value) for c in find_participants(text, lang, find_blocks(text, lang))] == [("participants_reached", 38)]


@pytest.mark.parametrize("lang, first, line, title", [
    ("nb", "Søknad om tilskudd fra Sparebankstiftelsen", "Prosjekt: Turvenner i Bodø", "Turvenner i Bodø"),
    ("da", "Ansøgning til Trygfonden", "Projekt: Naturens Rum", "Naturens Rum"),
    ("sv", "Ansökan om bidrag från Allmänna arvsfonden", "Projekt: Hälsa i skogen", "Hälsa i skogen"),
    ("nn", "Søknad om tilskot frå Bufdir", "Tiltak: Ungdomsloftet", "Ungdomsloftet"),
])
def test_title_from_a_project_line_under_the_first(lang, first, line, title):
    text = f"{first}\n\nSøker: Bodø Turlag\n{line}\n\nTekst om prosjektet her, med nok ord.\n"
    best = max(find_titles(text, lang, find_blocks(text, lang)), key=lambda c: c.score)
    assert (best.value, best.method) == (title, "title@1:project_label")


@pytest.mark.parametrize("lang, first, title", [
    ("nn", "Årsmelding 2024 – Kulturkarusellen", "Kulturkarusellen"), ("nb", "Årsrapport 2023: Lesevenn", "Lesevenn"),
    ("da", "Årsberetning 2024 – Naturens Rum", "Naturens Rum"), ("sv", "Verksamhetsberättelse 2023 – Språkcafé", "Språkcafé"),
])
def test_title_after_an_annual_report_kind(lang, first, title):
    text = f"{first}\n\nTekst om prosjektet her, med nok ord.\n"
    assert [(c.value, c.method) for c in find_titles(text, lang, find_blocks(text, lang))] == [(title, "title@1:after_report_kind")]


@pytest.mark.parametrize("lang, country, body", [
    ("nn", "NO", "Tilbodet har eit årleg budsjett på 350 000 kroner."), ("da", "DK", "Indsatsen har et årligt budget på 350.000 kr."),
    ("sv", "SE", "Verksamheten har en årlig budget på 350 000 kr."), ("nb", "NO", "Tiltaket har et årlig budsjett på 350 000 kroner."),
])
def test_yearly_word_before_a_total_cue_makes_the_amount_yearly(lang, country, body):
    text = f"Rapport\n\nTekst.\n\nØkonomi\n{body}\n"
    got = {c.kind: c.value for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert (got.get("budget_total"), got["budget_per_year_min"], got["budget_per_year_max"]) == (None, 350000.0, 350000.0)


@pytest.mark.parametrize("lang, country, lines, total", [
    ("nb", "NO", "Omsøkt beløp: 320 000 kr\nTotal kostnadsramme: 410 000 kr", 410000.0),
    ("nn", "NO", "Omsøkt beløp: 320 000 kr\nTotal kostnadsramme: 410 000 kr", 410000.0),
    ("sv", "SE", "Sökt belopp: 450 000 kr\nTotal kostnad: 600 000 kr", 600000.0),
    ("da", "DK", "Ansøgt beløb: 450.000 kr.\nSamlet projektbudget: 600.000 kr.", 600000.0),
])
def test_application_amount_asked_for_is_not_the_total(lang, country, lines, total):
    text = f"Søknad\n\n{lines}\n\nBeskrivelse\nTekst.\n"
    got = [(c.kind, c.value) for c in find_budget(text, lang, country, find_blocks(text, lang)) if c.kind == "budget_total"]
    assert got == [("budget_total", total)]


@pytest.mark.parametrize("lang, sentence", [
    ("nn", "Kulturkarusellen er no eit fast tilbod i kommunen."), ("nb", "Kulturkarusellen er nå et fast tilbud i kommunen."),
    ("da", "Kulturkarusellen er blevet et fast tilbud i kommunen."), ("sv", "Kulturkarusellen är nu en permanent verksamhet i kommunen."),
])
def test_status_in_operation_told_as_a_permanent_offer(lang, sentence):
    text = f"Rapport\n\n{sentence}\n"
    assert [(c.value, c.method) for c in find_status(text, lang, find_blocks(text, lang))] == [("in_operation", "status@1:text")]
    plan = f"Rapport\n\nMålet er å etablere en permanent verksamhet og et fast tilbud.\n"
    assert find_status(plan, lang, find_blocks(plan, lang)) == []


@pytest.mark.parametrize("lang, question, answer, field, value", [
    ("sv", "Har insatsen genomförts som planerat?", "Inte allsInte alls I liten grad I viss grad I hög grad", "implemented_as_planned", 1),
    ("da", "Er formålet opfyldt?", "Slet ikkeSlet ikke I ringe grad I nogen grad I stor grad", "goal_fulfilment", 1),
    ("nb", "Er formålet oppfylt?", "I liten gradIkke i det hele tatt I liten grad I noen grad I stor grad", "goal_fulfilment", 2),
    ("nn", "Er tiltaket gjennomført som planlagt?", "Ikkje i det heileIkkje i det heile I liten grad I nokon grad I stor grad",
     "implemented_as_planned", 1),
])
def test_first_step_glued_to_the_printed_scale(lang, question, answer, field, value):
    """A web page glues the answer to the printed scale; when the answer is the first step, the scale's
    own first step follows a lower-case letter and must still be read, or the line looks like the bare scale."""
    text = f"Vurdering\n\n{question}\n\n{answer}\n\nKommentarer\nTekst.\n"
    assert [(c.kind, c.value) for c in find_ratings(text, lang, find_blocks(text, lang))] == [(field, value)]


@pytest.mark.parametrize("lang, line", [
    ("nb", "Oppvekst og utdanning, Tromsø kommune"), ("nn", "Ulstein kommune"),
    ("da", "Sundhed og Omsorg, Assens Kommune"), ("sv", "Kultur och fritid, Skövde kommun"),
])
def test_organisation_line_over_a_paragraph_under_the_title(lang, line):
    """A short organisation line over a paragraph reads as an unknown heading; it is still who runs the case."""
    text = (f"Aktiv skoledag\n\nDetaljer: Kommune: Tromsø\n\n{line}\n\nBakgrunn: Undersøkelser på skolene viser at "
            f"mange elever sover for lite og beveger seg for lite gjennom hele dagen.\n")
    got = find_organisations(text, lang, find_blocks(text, lang), [], entities(text, lang, ner="nordic"))
    assert [c.method for c in got] == ["organisation@1:preamble"] and got[0].value in line


@pytest.mark.parametrize("lang, country, org_label, org, budget_label, amount, total", [
    ("da", "DK", "Bevillingsmodtager", "Landbrug & Fødevarer F.m.b.A.", "Tilsagn", "3.250.000 kr.", 3250000.0),
    ("sv", "SE", "Bidragsmottagare", "Umeå universitet", "Tilldelat belopp", "4 800 000 SEK", 4800000.0),
    ("nb", "NO", "Tilskuddsmottaker", "Norges Fiskarlag", "Innvilget beløp", "NOK 1 750 000", 1750000.0),
    ("nn", "NO", "Tilskotsmottakar", "Hardangerrådet", "Innvilga beløp", "kr 900 000", 900000.0),
])
def test_grant_page_labels_for_the_receiver_and_the_amount(lang, country, org_label, org, budget_label, amount, total):
    text = f"Prosjekt\n\n{org_label}\n{org}\n\n{budget_label}\n{amount}\n\nFormål\nTekst om prosjektet.\n"
    blocks = find_blocks(text, lang)
    assert [(c.value, c.method) for c in find_organisations(text, lang, blocks, [])] == [(org, "organisation@1:label")]
    assert {c.kind: c.value for c in find_budget(text, lang, country, blocks)}["budget_total"] == total


@pytest.mark.parametrize("lang, sentence, iso", [
    ("nn", "Rapporten er skriven 12. desember 2024.", "2024-12-12"),
    ("da", "Rapporten er udarbejdet den 3. marts 2024 af projektgruppen.", "2024-03-03"),
    ("nb", "Rapporten er skrevet 1. juni 2023.", "2023-06-01"), ("sv", "Rapporten är skriven 2023-06-01.", "2023-06-01"),
])
def test_document_date_told_as_when_the_report_was_written(lang, sentence, iso):
    text = f"T\n\n{sentence}\n"
    assert [(c.value, c.method) for c in find_document_dates(text, lang, find_blocks(text, lang))] == [
        (iso, "document_date@1:version")]


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Projektet er i gang. Indtil videre har 134 borgere deltaget."), ("sv", "Projektet pågår fortfarande i tre kommuner."),
    ("nb", "Prosjektet er i gang i fire bydeler."), ("nn", "Prosjektet går framleis i to skular."),
])
def test_status_project_told_as_ongoing(lang, sentence):
    text = f"T\n\n{sentence}\n"
    assert [(c.value, c.method) for c in find_status(text, lang, find_blocks(text, lang))] == [("project", "status@1:text")]


@pytest.mark.parametrize("lang, line, low, high", [
    ("da", "Målgruppen er 25-64-årige ledige", 25, 64), ("sv", "Målgrupp: 18–30-åringar", 18, 30),
    ("nb", "Målgruppe: 15–20-åringer", 15, 20), ("nn", "Målgruppe: 13–19-åringar", 13, 19),
])
def test_age_range_written_as_a_compound(lang, line, low, high):
    text = f"T\n\nMålgruppe\n{line}\n"
    assert {(c.kind, c.value) for c in find_ages(text, lang, find_blocks(text, lang))} == {
        ("target_age_min", low), ("target_age_max", high)}


@pytest.mark.parametrize("lang, sentence, age", [
    ("sv", "Insatsen riktar sig till personer över 65.", 65), ("da", "Tilbuddet er for borgere over 65.", 65),
    ("nb", "Tilbudet er for eldre over 67.", 67), ("nn", "Tilbodet er for personar over 70.", 70),
])
def test_age_bound_without_the_word_for_years_in_the_target_group(lang, sentence, age):
    """'personer över 65.' in the target-group section is an age (lower score); 'Over 65 procent' is not."""
    text = f"T\n\nMålgruppe\n{sentence}\n"
    got = [(c.kind, c.value, c.method) for c in find_ages(text, lang, find_blocks(text, lang))]
    assert got == [("target_age_min", age, "ages@1:over_bare")]
    text = f"T\n\nMålgruppe\nOver 65 procent af borgerne.\n"
    assert find_ages(text, lang, find_blocks(text, lang)) == []


@pytest.mark.parametrize("lang, country, sentence, total", [
    ("da", "DK", "Fonden støttede projektet med 250.000 kr.", 250000.0), ("da", "DK", "Projektet har kostet 1,2 mio. kr.", 1200000.0),
    ("sv", "SE", "Arvsfonden beviljade 1,8 miljoner kronor.", 1800000.0), ("sv", "SE", "Kostnaden för projektet blev 650 000 kr.", 650000.0),
    ("nb", "NO", "Sparebankstiftelsen ga 300 000 kroner til prosjektet.", 300000.0), ("nn", "NO", "Prosjektet kosta 450 000 kroner.", 450000.0),
])
def test_budget_told_as_cost_or_support_in_running_text(lang, country, sentence, total):
    text = f"Rapport\n\nBeskrivelse\nTekst om prosjektet. {sentence}\n"
    got = {c.kind: (c.value, c.method) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert got["budget_total"] == (total, "budget@1:sentence_cue")


@pytest.mark.parametrize("lang, country, lines, currency", [
    ("nn", "NO", "Løn: 300 000\nLokale: 50 000\nSum: 350 000", "NOK"), ("sv", "SE", "Personal: 300 000\nLokaler: 50 000\nSumma: 350 000", "SEK"),
    ("da", "DK", "Løn: 300.000\nHusleje: 50.000\nI alt: 350.000", "DKK"), ("nb", "NO", "Lønn: 300 000\nLokaler: 50 000\nSum: 350 000", "NOK"),
])
def test_bare_sum_line_closing_the_economy_section(lang, country, lines, currency):
    """A sum line without a currency is the total in the country's currency; 'Sum: 2023' is no amount."""
    heading = {"da": "Økonomi", "sv": "Budget", "nb": "Budsjett", "nn": "Budsjett"}[lang]
    text = f"Rapport\n\nTekst om prosjektet.\n\n{heading}\n{lines}\n"
    got = {c.kind: (c.value, c.method) for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert (got["budget_total"], got["budget_currency"][0]) == ((350000.0, "budget@1:sum_line"), currency)
    text = f"Rapport\n\nTekst.\n\n{heading}\nSum: 2023\n"
    assert [c.value for c in find_budget(text, lang, country, find_blocks(text, lang)) if c.kind == "budget_total"] == []


@pytest.mark.parametrize("lang, heading, group_only, body", [
    ("da", "2. Målgruppe og deltagere", "2. Målgruppe", "Tilbuddet er for ældre, der bor alene. I alt deltog 97 borgere i mindst ét måltid."),
    ("sv", "Målgrupp och deltagare", "Målgrupp", "Verksamheten vänder sig till äldre som bor ensamma. Totalt deltog 97 personer."),
    ("nb", "Målgruppe og deltakere", "Målgruppe", "Tilbudet er for eldre som bor alene. Til sammen deltok 97 personer i løpet av året."),
    ("nn", "Målgruppe/deltakarar", "Målgruppe", "Tilbodet er for eldre som bur åleine. I alt har 97 personar delteke i løpet av året."),
])
def test_a_count_under_a_target_group_and_participants_heading_is_reached(lang, heading, group_only, body):
    """A count under the target-group heading sizes the group; when the heading names the participants
    too, the count the case reports is what it reached."""
    def reached(h):
        text = f"Fællesspisning\n\nIndledning\nTekst om tilbuddet her i et afsnit med nok ord.\n\n{h}\n{body}\n"
        return [c.value for c in find_participants(text, lang, find_blocks(text, lang)) if c.kind == "participants_reached"]
    assert (reached(heading), reached(group_only)) == ([97], [])


@pytest.mark.parametrize("lang, first", [
    ("da", 'Evaluering af "Sammen om Måltidet"'), ("sv", "Utvärdering av Läsfrämjande i Gävle"),
    ("nb", "Evalueringsrapport: Aktiv på dagtid"), ("nn", "Sluttevaluering – Språkkafé i Ørsta"),
])
def test_an_evaluation_report_was_evaluated(lang, first):
    text = f"{first}\n\nTekst om tiltaket her, med nok ord til et avsnitt.\n"
    got = [(c.kind, c.value, c.method) for c in find_evaluation(text, lang, find_blocks(text, lang))]
    assert got == [("evaluated", True, "evaluation@1:title")]
    plain = f"Aktiv på dagtid\n\n{first}\n"
    assert find_evaluation(plain, lang, find_blocks(plain, lang)) == []


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Evalueringen bygger på spørgeskemaer og interviews med deltagerne."),
    ("sv", "Utvärderingen bygger på enkäter och intervjuer med deltagarna."),
    ("nb", "Evalueringen bygger på spørreskjema og intervjuer med deltakerne."),
    ("nn", "Evalueringa byggjer på spørjeskjema og intervju med deltakarane."),
])
def test_an_evaluation_built_on_its_sources_was_done(lang, sentence):
    text = f"Rapport\n\n{sentence}\n"
    assert [(c.kind, c.value) for c in find_evaluation(text, lang, find_blocks(text, lang))] == [("evaluated", True)]


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Tilbuddet er gjort permanent i to af lokalområderne fra april 2023."),
    ("sv", "Verksamheten fortsätter som ordinarie verksamhet i stadsdelen."),
    ("nb", "Kafeen fortsetter som et fast tilbud i frivilligsentralen."),
    ("nn", "Kaféen held fram som eit fast tilbod i frivilligsentralen."),
])
def test_status_in_operation_told_as_made_permanent(lang, sentence):
    text = f"Rapport\n\n{sentence}\n"
    assert [(c.value, c.method) for c in find_status(text, lang, find_blocks(text, lang))] == [("in_operation", "status@1:text")]


@pytest.mark.parametrize("lang, sentence, status", [
    ("da", "Projektet overgår til drift 1. januar 2025 og forankres i Sundhed og Omsorg.", ["in_operation"]),
    ("da", "Værestedet overgår til almindelig drift i Ungdomsskolen efter sommerferien.", ["in_operation"]),
    ("da", "Projektet skal overgå til drift, hvis evalueringen viser effekt.", []),   # a condition, no status
    ("sv", "Projektet övergår till ordinarie verksamhet den 1 januari 2025.", ["in_operation"]),
    ("nb", "Fra 1. januar 2025 går tilbudet over i ordinær drift.", ["in_operation"]),
    ("nn", "Frå 1. januar 2025 går tilbodet over i drift.", ["in_operation"]),
])
def test_status_told_as_the_handover_to_operation(lang, sentence, status):
    text = f"Overdragelse\n\n{sentence}\n"
    assert [c.value for c in find_status(text, lang, find_blocks(text, lang))] == status


@pytest.mark.parametrize("lang, sentence, field, value", [
    ("sv", "Projektets mål har i hög grad uppnåtts.", "goal_fulfilment", 4),
    ("da", "Målene er i nogen grad nået, især for de yngste.", "goal_fulfilment", 3),
    ("nb", "Målet ble i liten grad nådd i det første året.", "goal_fulfilment", 2),
    ("nn", "Tiltaket er i stor grad gjennomført som planlagt.", "implemented_as_planned", 4),
])
def test_a_rating_told_in_running_text(lang, sentence, field, value):
    text = f"Rapport\n\nTekst om tiltaket.\n\n{sentence}\n"
    got = [(c.kind, c.value, c.method) for c in find_ratings(text, lang, find_blocks(text, lang))]
    assert got == [(field, value, "rating@1:sentence")]


@pytest.mark.parametrize("lang, sentence", [
    ("sv", "Vi vill i hög grad nå målen."),                                  # no verb of reaching
    ("da", "Målet er nået i høj grad for nogle og i mindre grad for andre."),  # two steps
    ("nb", "Er målet i stor grad nådd?"),                                    # a question, not an answer
])
def test_no_rating_from_a_sentence_without_one_clear_step(lang, sentence):
    text = f"Rapport\n\n{sentence}\n"
    assert find_ratings(text, lang, find_blocks(text, lang)) == []


@pytest.mark.parametrize("lang, line, value", [
    ("da", "Rapporten er udarbejdet af Center for Sundhed og Pleje, Faaborg-Midtfyn Kommune, juni 2023.", "2023-06-01"),
    ("sv", "Rapporten är skriven av Föreningen Studiebron, Botkyrka, den 3 maj 2024.", "2024-05-03"),
    ("nb", "Rapporten er skrevet av prosjektgruppen i Tromsø Idrettsråd, 12.01.2025", "2025-01-12"),
    ("nn", "Rapporten er skriven av Ørsta frivilligsentral, desember 2023.", "2023-12-01"),
])
def test_document_date_closing_the_report_line(lang, line, value):
    text = f"Rapport\n\n{line}\n\nTekst.\n"
    got = [(c.value, c.method) for c in find_document_dates(text, lang, find_blocks(text, lang))]
    assert got == [(value, "document_date@1:version")]
    period = f"Rapport\n\n{line[:line.index(',')]} for perioden 1.1.2020 – 31.12.2021.\n"
    assert find_document_dates(period, lang, find_blocks(period, lang)) == []


@pytest.mark.parametrize("lang, sentences, kind", [
    ("da", "Evalueringen bygger på spørgeskemaer. Den er gennemført internt af kommunens konsulenter.", "internal"),
    ("sv", "Utvärderingen bygger på intervjuer. Den har gjorts av en extern utvärderare.", "external"),
    ("nb", "Evalueringen bygger på intervjuer. Den er gjort av eksterne forskere ved Nord universitet.", "external"),
    ("nn", "Evalueringa byggjer på intervju. Ho er gjort internt av prosjektgruppa.", "internal"),
])
def test_evaluation_kind_in_the_sentence_after_the_evaluation(lang, sentences, kind):
    text = f"Rapport\n\n{sentences}\n"
    got = {c.kind: c.value for c in find_evaluation(text, lang, find_blocks(text, lang))}
    assert got == {"evaluated": True, "evaluation_kind": kind}
    # a sentence that neither refers to the evaluation nor names one tells nothing of its kind (one naming an
    # evaluation with its kind does, test_slides_reports_mail.py)
    other = text.replace(". Den ", ". Kommunen ").replace(". Ho ", ". Kommunen ").replace("utvärderare", "konsult")
    assert {c.kind: c.value for c in find_evaluation(other, lang, find_blocks(other, lang))} == {"evaluated": True}


@pytest.mark.parametrize("lang, line", [
    ("da", "Startdato: 01.03.2021   Slutdato: 28.02.2023"), ("sv", "Start: 1 mars 2021 Slut: 28 februari 2023"),
    ("nb", "Oppstart: 01.03.2021 – Avslutning: 28.02.2023"), ("nn", "Prosjektstart: 1. mars 2021, Prosjektslutt: 28. februar 2023"),
])
def test_start_and_end_labels_on_one_line(lang, line):
    text = f"Grøn By\n\n{line}\n\nBeskrivelse\nTekst her.\n"
    got = sorted((c.kind, c.value) for c in find_period(text, lang, find_blocks(text, lang)) if c.method == "period@1:label")
    assert got == [("period_end", "2023-02-28"), ("period_start", "2021-03-01")]


@pytest.mark.parametrize("lang, chrome, title", [
    ("da", "Til indholdet\nSøg\nMenu", "Grøn By i Vejle"),
    ("sv", "Hem › Projekt › Läxhjälp i Fittja", "Läxhjälp i Fittja"),
    ("nb", "Hopp til hovedinnhold\nForside > Prosjekter > Aktiv på dagtid", "Aktiv på dagtid"),
    ("nn", "Meny\nLogg inn", "Kystkultur for alle"),
])
def test_page_chrome_above_the_name_is_no_title(lang, chrome, title):
    text = f"{chrome}\n\n{title}\n\nSøker: Grøn Forening\n\nBeskrivelse\nTekst om prosjektet her, med nok ord til et avsnitt.\n"
    assert [(c.value, c.method) for c in find_titles(text, lang, find_blocks(text, lang))] == [(title, "title@1:first_line")]
    slashes = "Unga / vuxna / äldre i samverkan"
    text = f"{slashes}\n\nSökande: Grön Förening\n"
    assert [c.value for c in find_titles(text, lang, find_blocks(text, lang))] == [slashes]


@pytest.mark.parametrize("lang, block, value", [
    ("da", "Er formålet opfyldt?\n3 ud af 4", 3), ("da", "Er formålet opfyldt?\n[x] I høj grad  [ ] I nogen grad", 4),
    ("sv", "Måluppfyllelse: 4 av 4", 4), ("sv", "Har målen uppnåtts?\n2 (av 4)", 2),
    ("nb", "Måloppnåelse (1–4): 3", 3), ("nb", "Er målet nådd? 3/4", 3),
    ("nn", "Er måla nådde (1-4)?\n2", 2), ("nn", "Er måla nådde?\n☐ I liten grad ☒ I stor grad", 4),
])
def test_a_rating_as_a_number_on_the_scale_or_a_ticked_box(lang, block, value):
    text = f"Rapport\n\n{block}\n"
    assert [(c.kind, c.value) for c in find_ratings(text, lang, find_blocks(text, lang))] == [("goal_fulfilment", value)]


@pytest.mark.parametrize("lang, block", [
    ("da", "Er formålet opfyldt?\n3"),                       # a bare number without the scale named
    ("da", "Er formålet opfyldt?\n12 af 40 deltagere"),      # a share, not a step
    ("nb", "Er målet nådd?\n[x] I stor grad [x] I liten grad"),  # two ticks
])
def test_no_rating_from_a_bare_number_a_share_or_two_ticks(lang, block):
    text = f"Rapport\n\n{block}\n"
    assert find_ratings(text, lang, find_blocks(text, lang)) == []


@pytest.mark.parametrize("lang, block, expected", [
    ("nb", "Evaluering\nProsjektet evalueres av Nordlandsforskning.", {"evaluated": True, "evaluation_kind": "external"}),
    ("da", "Evaluering\nVi har selv evalueret forløbet gennem spørgeskemaer.", {"evaluated": True, "evaluation_kind": "internal"}),
    ("da", "Effektmåling\nDer er lavet en effektmåling af et konsulentfirma.", {"evaluated": True, "evaluation_kind": "external"}),
    ("sv", "Utvärdering\nVi har själva utvärderat verksamheten med enkäter.", {"evaluated": True, "evaluation_kind": "internal"}),
    ("nn", "Effektevaluering\nTiltaket vart evaluert av Møreforsking.", {"evaluated": True, "evaluation_kind": "external"}),
])
def test_evaluation_by_someone_or_ourselves(lang, block, expected):
    text = f"Rapport\n\nTekst.\n\n{block}\n"
    assert {c.kind: c.value for c in find_evaluation(text, lang, find_blocks(text, lang))} == expected


@pytest.mark.parametrize("lang, sentence, status", [
    ("nb", "Status: Gjennomført", "completed"), ("nn", "Prosjektet er ferdig.", "completed"),
    ("da", "Indsatsen er forankret i den daglige drift.", "in_operation"), ("sv", "Verksamheten drivs nu vidare av kommunen.", "in_operation"),
    ("nb", "Tiltaket er nå en del av kommunens ordinære tilbud.", "in_operation"), ("sv", "Projektet är slutfört.", "completed"),
    ("sv", "Status: Implementerad", "in_operation"), ("da", "Status: Implementeret", "in_operation"),
])
def test_more_status_phrases(lang, sentence, status):
    text = f"Rapport\n\n{sentence}\n"
    assert {c.value for c in find_status(text, lang, find_blocks(text, lang))} == {status}


@pytest.mark.parametrize("lang, text, ages", [
    ("da", "Målgruppen er unge mellem 15-25.", (15, 25)), ("sv", "Målgrupp\nUnga 16–24, främst tjejer.", (16, 24)),
    ("nb", "Målgruppe\nUngdom mellom 13-19.", (13, 19)), ("nn", "Målgruppa er born 6-12.", (6, 12)),
    ("da", "Målgruppe\nFamilier i lejlighederne 12-14.", (None, None)),   # house numbers, no people noun right before
    ("sv", "Vi har 20-30 deltagare i varje grupp.", (None, None)),          # no target group
])
def test_an_age_range_without_years_right_after_a_people_noun(lang, text, ages):
    text = f"Rapport\n\n{text}\n"
    got = {c.kind: c.value for c in find_ages(text, lang, find_blocks(text, lang))}
    assert (got.get("target_age_min"), got.get("target_age_max")) == ages


@pytest.mark.parametrize("lang, value, end", [
    ("sv", "2016-10-03 – 2019-12-31 (förlängt till 2020-06-30)", "2020-06-30"),
    ("da", "01.03.2021 – 28.02.2023 (forlænget til 31.08.2023)", "2023-08-31"),
    ("nb", "01.03.2021 – 28.02.2023, forlenget til desember 2023", "2023-12-31"),
    ("nn", "1. mars 2021 – 28. februar 2023 (forlengt til 30. juni 2023)", "2023-06-30"),
])
def test_a_period_extended_ends_where_it_was_moved(lang, value, end):
    text = f"Tittel\n\nProjektperiode\n{value}\n\nBeskrivelse\nTekst.\n"
    sections = segment(text, lang)
    cands = find_period(text, lang, find_blocks(text, lang))
    assert choose("period_end", [c for c in cands if c.kind == "period_end"], sections).value == end
    plain = text.replace(value, value[:value.index(" (") if " (" in value else value.index(",")])
    cands = find_period(plain, lang, find_blocks(plain, lang))
    assert choose("period_end", [c for c in cands if c.kind == "period_end"], segment(plain, lang)).value != end


@pytest.mark.parametrize("lang, country, header, total_row, total", [
    ("nb", "NO", "Post · Budsjett · Regnskap", "Sum · 420 000 · 405 000", 420000.0),
    ("da", "DK", "Post | Regnskab | Budget", "I alt | 380.000 | 400.000", 400000.0),
    ("sv", "SE", "Post\tBudget\tUtfall", "Summa\t600 000\t590 000", 600000.0),
    ("nn", "NO", "Post · Rekneskap · Budsjett", "Sum · 290 000 · 300 000", 300000.0),
])
def test_a_budget_table_total_from_the_budget_column_not_the_accounts(lang, country, header, total_row, total):
    text = f"Rapport\n\nØkonomi\n\n{header}\n\nLønn · 100 000 · 90 000\n{total_row}\n\nVidere\nTekst.\n"
    got = {c.kind: c.value for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert got["budget_total"] == total
    assert all(b.header != header for b in find_blocks(text, lang))  # a table's header row is no heading


@pytest.mark.parametrize("lang, sentence, reached, planned", [
    ("nb", "I løpet av prosjektperioden har 46 eldre fått en fast turvenn, mot et mål på 40.", 46, 40),
    ("da", "I alt deltog 97 borgere mod et mål på 120.", 97, 120),
    ("sv", "Totalt har 212 ungdomar deltagit, mot ett mål på 180.", 212, 180),
    ("nn", "Til saman har 63 personar vore med, mot eit mål på 40.", 63, 40),
])
def test_a_goal_beside_a_reached_count_is_planned(lang, sentence, reached, planned):
    text = f"Rapport\n\n{sentence}\n"
    got = {c.kind: c.value for c in find_participants(text, lang, find_blocks(text, lang))}
    assert (got.get("participants_reached"), got.get("participants_planned")) == (reached, planned)


@pytest.mark.parametrize("lang, first, title", [
    ("sv", "Slutrapport för projektet Digital delaktighet för seniorer i Norrtälje", "Digital delaktighet för seniorer i Norrtälje"),
    ("nb", "Sluttrapport for prosjektet «Turvenner i Bodø»", "Turvenner i Bodø"),
    ("da", "Statusrapport for indsatsen Sund Start", "Sund Start"),
    ("nn", "Sluttrapport for prosjektet Kystkultur for alle", "Kystkultur for alle"),
])
def test_title_after_a_report_kind_and_for_the_project(lang, first, title):
    text = f"{first}\n\nSøker: Bodø Turlag\n\nTekst om prosjektet her, med nok ord.\n"
    assert [(c.value, c.method) for c in find_titles(text, lang, find_blocks(text, lang))] == [(title, "title@1:after_report_kind")]


@pytest.mark.parametrize("lang, sentence, kind", [
    ("sv", "Projektet har utvärderats av FoU Nordost.", "external"), ("nb", "Prosjektet evalueres av Nordlandsforskning.", "external"),
    ("nn", "Tiltaket vart evaluert av Møreforsking.", "external"), ("da", "Projektet er evalueret af VIVE.", "external"),
    ("da", "Projektet er evalueret af projektgruppen.", None),
])
def test_evaluated_by_a_research_or_consulting_body_is_external(lang, sentence, kind):
    text = f"Rapport\n\nTekst.\n\nEvaluering\n{sentence}\n" if lang != "sv" else f"Rapport\n\nText.\n\nUtvärdering\n{sentence}\n"
    got = {c.kind: c.value for c in find_evaluation(text, lang, find_blocks(text, lang))}
    assert (got["evaluated"], got.get("evaluation_kind")) == (True, kind)


@pytest.mark.parametrize("lang, first, title", [
    ("da", "Projektbeskrivelse: Motion på Recept i Lolland", "Motion på Recept i Lolland"),
    ("sv", "Projektbeskrivning: Läxhjälp i Fittja", "Läxhjälp i Fittja"),
    ("nb", "Prosjektbeskrivelse – Aktiv på dagtid", "Aktiv på dagtid"),
    ("nn", "Prosjektskildring: Kystkultur for alle", "Kystkultur for alle"),
])
def test_title_after_a_description_kind_on_the_first_line(lang, first, title):
    text = f"{first}\n\nSøker: Bodø Turlag\n\nBakgrunn\nTekst om prosjektet her, med nok ord til et avsnitt.\n"
    assert [c.value for c in find_titles(text, lang, find_blocks(text, lang))] == [title]
    assert "description" not in [s.key.value for s in segment(text, lang) if s.key]


@pytest.mark.parametrize("lang, sentence, field, value", [
    ("nn", "Målet var å skape ein møteplass, og å nå om lag 150 ungdomar i løpet av prosjektperioden.", "participants_planned", 150),
    ("sv", "Syftet är att nå 500 unga i kommunen.", "participants_planned", 500),
    ("nb", "Vi klarte å nå 150 ungdommer i løpet av året.", "participants_reached", 150),
    ("da", "Det lykkedes at nå 200 familier i første år.", "participants_reached", 200),
])
def test_to_reach_is_a_plan_unless_it_was_managed(lang, sentence, field, value):
    text = f"Rapport\n\n{sentence}\n"
    assert [(c.kind, c.value) for c in find_participants(text, lang, find_blocks(text, lang))] == [(field, value)]


@pytest.mark.parametrize("lang, country, block, expected", [
    ("da", "DK", "Økonomi pr. år\n\nMellem 100.000 og 500.000", {"budget_per_year_min": 100000.0, "budget_per_year_max": 500000.0}),
    ("nn", "NO", "Årleg budsjett: om lag 300 000 kroner", {"budget_per_year_min": 300000.0, "budget_per_year_max": 300000.0}),
    ("nb", "NO", "Årlig budsjett: 300 000 kroner", {"budget_per_year_min": 300000.0, "budget_per_year_max": 300000.0}),
    ("sv", "SE", "Budget\nCirka 1,2 miljoner kronor", {"budget_total": 1200000.0}),
])
def test_a_budget_opening_with_between_or_about(lang, country, block, expected):
    text = f"Projekt X\n\nTekst.\n\n{block}\n\nBeskrivelse\nTekst her om projektet.\n"
    got = {c.kind: c.value for c in find_budget(text, lang, country, find_blocks(text, lang))
           if c.kind not in ("budget_currency", "budget_stated")}
    assert got == expected


@pytest.mark.parametrize("lang, country, lines, grants, total", [
    ("da", "DK", "Budget 2022: 300.000 kr.\nBudget 2023: 350.000 kr.", {"2022": 300000.0, "2023": 350000.0}, 650000.0),
    ("sv", "SE", "Budget 2022: 300 000 kr\nBudget 2023: 350 000 kr", {"2022": 300000.0, "2023": 350000.0}, 650000.0),
    ("nb", "NO", "Tilskudd 2021: kr 400 000\nTilskudd 2022: kr 350 000", {"2021": 400000.0, "2022": 350000.0}, 750000.0),
    ("nn", "NO", "Budsjett 2024: 200 000 kroner", None, 200000.0),
])
def test_budget_lines_labelled_with_a_year(lang, country, lines, grants, total):
    text = f"Projekt X\n\nTekst.\n\n{lines}\n\nBeskrivelse\nTekst her om projektet.\n"
    got = {c.kind: c.value for c in find_budget(text, lang, country, find_blocks(text, lang))}
    assert (got.get("grants_by_year"), got["budget_total"]) == (grants, total)
