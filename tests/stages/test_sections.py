"""Headings and labels per language: canonical keys, unknown headings kept, spans exact."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages.sections import find_blocks, segment

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"

WRITTEN = {
    "da": ("Cykelglæde i Ikast\n\nBaggrund\n\nFlere ældre har opgivet cyklen efter en periode med sygdom.\n\n"
           "Formål:\nAt få ældre borgere ud at cykle sammen hver uge i sommerhalvåret.\n\n"
           "Hvad har fungeret godt?\n\nDe faste ture om tirsdagen samlede mange deltagere fra hele byen.\n\n"
           "Lokale indtryk\n\nMange borgere fortalte at de glædede sig til turene hver eneste uge.\n\n"
           "Startdato\n01.04.2021\n"),
    "sv": ("Cykelglädje i Ludvika\n\nBakgrund\n\nMånga äldre har slutat cykla efter en period av sjukdom.\n\n"
           "Syfte och mål: Att få äldre invånare att cykla tillsammans varje vecka under sommaren.\n\n"
           "Vad har fungerat bra?\n\nDe fasta turerna på tisdagar samlade många deltagare från hela orten.\n\n"
           "Lokala intryck\n\nMånga invånare berättade att de såg fram emot turerna varje vecka i år.\n\n"
           "Startdatum\n2021-04-01\n"),
    "nb": ("Sykkelglede i Gjøvik\n\nBakgrunn\n\nMange eldre har sluttet å sykle etter en periode med sykdom.\n\n"
           "Formål:\nÅ få eldre innbyggere ut på sykkeltur sammen hver uke i sommerhalvåret.\n\n"
           "Hva har fungert bra?\n\nDe faste turene på tirsdager samlet mange deltakere fra hele byen.\n\n"
           "Lokale inntrykk\n\nMange innbyggere fortalte at de gledet seg til turene hver eneste uke.\n\n"
           "Startdato\n01.04.2021\n"),
    "nn": ("Sykkelglede i Førde\n\nBakgrunn\n\nMange eldre har slutta å sykle etter ein periode med sjukdom.\n\n"
           "Føremål:\nÅ få eldre innbyggjarar ut på sykkeltur saman kvar veke i sommarhalvåret.\n\n"
           "Kva har fungert bra?\n\nDei faste turane på tysdagar samla mange deltakarar frå heile byen.\n\n"
           "Lokale inntrykk\n\nMange innbyggjarar fortalde at dei gleda seg til turane kvar einaste veke.\n\n"
           "Startdato\n01.04.2021\n"),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_written_headings_map_to_keys(lang):
    text = WRITTEN[lang]
    sections = segment(text, lang)
    assert [s.key.value if s.key else None for s in sections] == \
        ["background", "purpose", "what_worked", None]
    assert sections[-1].heading.startswith(("Lokale", "Lokala"))
    first = sections[0]
    assert text[first.heading_start:first.heading_end] == first.heading
    assert first.confidence == 0.95


@pytest.mark.parametrize("lang,value", [("da", "01.04.2021"), ("sv", "2021-04-01"),
                                        ("nb", "01.04.2021"), ("nn", "01.04.2021")])
def test_label_value_lines_are_labels_not_sections(lang, value):
    text = WRITTEN[lang]
    labels = [b for b in find_blocks(text, lang) if b.kind == "label"]
    assert [(b.key, b.value(text)) for b in labels] == [("start_date", value)]


FACTS_BOX = {
    "da": ("Fakta", "Periode", "Baggrund", "Mange ældre i byen mangler et fast sted at mødes om ugen."),
    "sv": ("Fakta", "Projektperiod", "Bakgrund", "Många äldre på orten saknar en fast plats att träffas på."),
    "nb": ("Detaljer", "Prosjektperiode", "Bakgrunn", "Mange eldre i byen mangler et fast sted å møtes hver uke."),
    "nn": ("Detaljar", "Periode", "Bakgrunn", "Mange eldre i byen manglar ein fast stad å møtast kvar veke."),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_inline_heading_in_a_facts_box_is_a_label(lang):
    """"Periode: …" under "Fakta" is a fact of the case; the same line under no facts box opens a section."""
    box, period, background, body = FACTS_BOX[lang]
    text = f"Sommerkaffe 2022\n\n{box}\n\n{period}: 01.08.2021 – 31.07.2023\n\n{background}\n\n{body}\n"
    assert [s.key.value for s in segment(text, lang)] == ["details", "background"]
    labels = [(b.key, b.value(text)) for b in find_blocks(text, lang) if b.kind == "label"]
    assert labels == [("period", "01.08.2021 – 31.07.2023")]
    loose = f"Sommerkaffe 2022\n\n{period}: 01.08.2021 – 31.07.2023\n\n{background}\n\n{body}\n"
    assert [(s.key.value, s.method) for s in segment(loose, lang)] == \
        [("period", "sections@1:inline"), ("background", "sections@1:exact")]


def test_inline_heading_keeps_its_text():
    text = WRITTEN["sv"]
    purpose = [s for s in segment(text, "sv") if s.key and s.key.value == "purpose"][0]
    assert purpose.text.startswith("Att få äldre invånare")
    assert purpose.method == "sections@1:inline"


def test_list_after_one_word_colon_label_stays_in_its_section():
    text = ("Titel\n\nFormål\n\nAt styrke trivslen blandt ældre i eget hjem.\n\n"
            "Delmål:\n1. Flere besøg.\n2. Færre ensomme.\n\nRekruttering\n\nVia hjemmeplejen.\n")
    assert [s.key.value for s in segment(text, "da")] == ["purpose", "recruitment"]


def test_first_line_is_never_a_prefix_heading():
    text = "Samverkan för hållbara städer\n\nBakgrund\n\nText om bakgrunden till projektet här.\n"
    assert [s.key.value for s in segment(text, "sv")] == ["background"]



@pytest.mark.parametrize("lang, line", [
    ("sv", "Finansieringsform: Allmänna arvsfonden"),
    ("da", "Tema: Fællesskab og trivsel"),
    ("nn", "Fylke: Møre og Romsdal"),
])
def test_unknown_label_line_is_not_an_unknown_heading(lang, line):
    """A 'Label: value' line whose label no list holds stays text; a short line alone before a
    paragraph is still kept as a heading with no key."""
    paragraph = "Ett två tre fyra fem sex sju åtta nio tio ord i ett stycke."
    text = f"Titel på fallet\n\n{line}\n{paragraph}\n\nVåra lärdomar\n\n{paragraph}\n"
    assert [(b.kind, b.key, b.header) for b in find_blocks(text, lang)] == [("heading", None, "Våra lärdomar")]

SEED_SECTIONS = {
    "000_66191689009369f5": ["intervention_type", "economy", "contact", "purpose", "target_group",
                             "intervention_type", "intervention_type", "description", "organisation",
                             "recruitment", "economy", "effect", "assessment", None],
    "002_dd338a7023f41d28": ["summary", "background", "goals", "target_group", "participants",
                             "description", "plan", "final_report", "background", "results",
                             "participants", "description", "results", "summary", "contact", "details"],
}


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the repo")
@pytest.mark.parametrize("stem,lang", [("000_66191689009369f5", "da"), ("002_dd338a7023f41d28", "nb")])
def test_seed_section_keys_in_order(stem, lang):
    text = (SHARED / "seeds" / f"{stem}.txt").read_text(encoding="utf-8")
    assert [s.key.value if s.key else None for s in segment(text, lang)] == SEED_SECTIONS[stem]


def test_spacy_component_by_name():
    import spacy

    nlp = spacy.blank("da")
    nlp.add_pipe("nordcase_sections", config={"lang": "da"})
    doc = nlp(WRITTEN["da"])
    assert [(s.label_, s.text.split("\n")[0]) for s in doc.spans["sections"]] == [
        ("background", "Baggrund"), ("purpose", "Formål:"), ("what_worked", "Hvad har fungeret godt?"),
        ("unknown", "Lokale indtryk")]


@pytest.mark.parametrize("lang, line, key", [
    ("nb", "Tilskudd fra Helsedirektoratet: 800 000 kroner per år", "budget_total"),
    ("da", "Tilskud fra Sundhedsstyrelsen: 1,2 mio. kr.", "budget_total"),
    ("nn", "Tilskot frå Sparebankstiftinga: 90 000 kr", "budget_total"),
    ("sv", "Beviljat stöd från Allmänna arvsfonden: 1 750 000 kr", "budget_total"),
])
def test_a_label_naming_its_source_is_still_the_label(lang, line, key):
    blocks = find_blocks(f"Fjellturar for alle\n\n{line}\n", lang)
    assert [(b.kind, b.key, b.how) for b in blocks] == [("label", key, "inline")]


@pytest.mark.parametrize("lang, heading, key", [
    ("da", "Projektets varighed", "period"), ("nb", "Tidsrom", "period"), ("nn", "Tidsrom", "period"),
    ("sv", "Projektets löptid", "period"), ("da", "Hvad gik godt?", "what_worked"),
    ("nb", "Hva gikk bra?", "what_worked"), ("nn", "Kva gjekk bra?", "what_worked"), ("sv", "Vad gick bra?", "what_worked"),
    ("da", "Om projektet", "description"), ("sv", "Om projektet", "description"), ("nb", "Om prosjektet", "description"),
    ("nn", "Om tiltaket", "description"),
    ("da", "Mål og succeskriterier", "goals"), ("sv", "Mål och delmål", "goals"), ("nb", "Mål og delmål", "goals"),
    ("da", "Erfaringer", "implementation_notes"), ("sv", "Lärdomar", "implementation_notes"),
    ("nb", "Læringspunkter", "implementation_notes"), ("nn", "Erfaringar", "implementation_notes"),
    ("da", "Næste skridt", "plan"), ("sv", "Tidplan", "plan"), ("nb", "Veien videre", "plan"), ("nn", "Vidare arbeid", "plan"),
    ("sv", "Slutsatser", "summary"),
    ("da", "Projektets gennemførelse", "description"), ("sv", "Projektets genomförande", "description"),
    ("nb", "Prosjektets gjennomføring", "description"), ("nn", "Gjennomføringa av prosjektet", "description"),
    ("da", "Hvad har vi gjort?", "description"), ("sv", "Vad har vi gjort?", "description"),
    ("nb", "Hva har vi gjort?", "description"), ("nn", "Kva har vi gjort?", "description"),
    ("da", "Spørgsmål kan rettes til", "contact"), ("sv", "Frågor besvaras av", "contact"),
    ("nb", "Spørsmål kan rettes til", "contact"), ("nn", "Spørsmål kan rettast til", "contact"),
    ("da", "Hvem er med?", "participants"), ("sv", "Vilka deltar?", "participants"),
    ("nb", "Hvem er med?", "participants"), ("nn", "Kven er med?", "participants"),
    ("da", "Hvad var målet med projektet?", "goals"), ("sv", "Vad var målet med projektet?", "goals"),
    ("nb", "Hva er målet med prosjektet?", "goals"), ("nn", "Kva var målet med prosjektet?", "goals"),
    ("da", "Hvor mange deltog?", "participants"), ("sv", "Hur många har deltagit?", "participants"),
    ("nb", "Hvor mange deltok?", "participants"), ("nn", "Kor mange har vore med?", "participants"),
    ("da", "Hvordan er projektet evalueret?", "evaluation"), ("sv", "Hur har projektet utvärderats?", "evaluation"),
    ("nb", "Hvordan har dere evaluert prosjektet?", "evaluation"), ("nn", "Korleis har de evaluert prosjektet?", "evaluation"),
    ("da", "Videre forløb", "plan"), ("sv", "Fortsatt drift", "plan"), ("nb", "Videre drift", "plan"), ("nn", "Vidare drift", "plan"),
    ("sv", "Planerat upplägg och genomförande", "description"), ("sv", "Resultat och förväntade effekter", "results"),
    ("da", "Summary in English", "summary"), ("sv", "English summary", "summary"), ("nb", "Summary", "summary"),
    ("nn", "Samandrag på engelsk", "summary"),
    ("da", "Penge", "economy"), ("sv", "Pengar", "economy"), ("nb", "Penger", "economy"), ("nn", "Pengar", "economy"),
])
def test_more_heading_variants(lang, heading, key):
    text = f"Fjellturar for alle\n\n{heading}\n\nTekst om dette her i eit heilt avsnitt med nok ord til å vere eit avsnitt.\n"
    assert [s.key.value for s in segment(text, lang)] == [key]


@pytest.mark.parametrize("lang, numbered, body", [
    ("da", "2. Mål og målopfyldelse", "Hovedmålet var at nå 60 deltagere, og vi nåede 71 i alt over to år."),
    ("sv", "2.1 Vad vi lärde oss", "Vi lärde oss att små grupper fungerar bättre än stora grupper med många deltagare."),
    ("nb", "5. Forankring", "Tilbudet er videreført som en fast del av Frisklivssentralen fra og med 2025."),
    ("nn", "IV. Forankring", "Tilbodet held fram som ein fast del av frisklivssentralen frå og med 2025."),
])
def test_numbered_unknown_heading(lang, numbered, body):
    """A numbered short line over a paragraph is a heading even when no variant names it; an item
    numbered "3)" inside a section stays a list item."""
    text = f"Tittel\n\n1. Bakgrund\nTekst om bakgrunnen her.\n\n{numbered}\n{body}\n"
    heads = [(b.header, b.key) for b in find_blocks(text, lang) if b.kind == "heading"]
    assert heads[-1] == (numbered, None)
    text = f"Tittel\n\n1. Bakgrund\nTekst om bakgrunnen her.\n\n3) {numbered.split(' ', 1)[1]}\n{body}\n"
    assert [b.header for b in find_blocks(text, lang) if b.kind == "heading"] == ["1. Bakgrund"]


@pytest.mark.parametrize("lang, line, key, value", [
    ("sv", "Fakta: Kommun: Skövde", "municipality", "Skövde"), ("nb", "Detaljer: Kommune: Tromsø", "municipality", "Tromsø"),
    ("da", "Fakta: Projektperiode: 2021-2023", "period", "2021-2023"), ("nn", "Detaljar: Status: Avslutta", "status", "Avslutta"),
])
def test_first_fact_on_the_facts_heading_line(lang, line, key, value):
    """'Fakta: Kommun: Skövde': the facts box heading and its first fact share a line."""
    text = f"Tittel her\n\n{line}\n\nBakgrunn: Tekst her om noe.\n"
    labels = [(b.key, text[b.value_start:b.value_end]) for b in find_blocks(text, lang) if b.kind == "label"]
    assert labels == [(key, value)]


@pytest.mark.parametrize("lang, line, pairs", [
    ("da", "Ansøger: Aarhus Kommune    Bevilget beløb: 2,4 mio. kr.", [("organisation", "Aarhus Kommune"), ("budget_total", "2,4 mio. kr.")]),
    ("sv", "Stödmottagare: Region Gävleborg\tBeviljat belopp: 2 mkr", [("organisation", "Region Gävleborg"), ("budget_total", "2 mkr")]),
    ("nb", "Søker: Tromsø Idrettsråd | Kommune: Tromsø | Status: Pågående",
     [("organisation", "Tromsø Idrettsråd"), ("municipality", "Tromsø"), ("status", "Pågående")]),
    ("nn", "Søkjar: Sunnmøre Kystlag · Kommune: Ålesund", [("organisation", "Sunnmøre Kystlag"), ("municipality", "Ålesund")]),
])
def test_label_pairs_side_by_side_on_one_line(lang, line, pairs):
    """Columns of a PDF or a fact strip: each label/value pair ends where the next begins."""
    text = f"Tittel her\n\n{line}\n\nBakgrunn\nTekst her om noe, med nok ord til et avsnitt.\n"
    labels = [(b.key, text[b.value_start:b.value_end]) for b in find_blocks(text, lang) if b.kind == "label"]
    assert labels == pairs
    # a wide gap with no second label after it stays inside the value
    first_label, first_value = line.split(":", 1)[0], pairs[0][1]
    wide = f"Tittel her\n\n{first_label}: {first_value}    og Folkehøgskolen: Ola\n\nBakgrunn\nTekst.\n"
    assert [(b.key, wide[b.value_start:b.value_end]) for b in find_blocks(wide, lang) if b.kind == "label"] == [
        (pairs[0][0], f"{first_value}    og Folkehøgskolen: Ola")]


@pytest.mark.parametrize("lang, line, key, value", [
    ("da", "Startdato 01.09.2015", "start_date", "01.09.2015"),
    ("da", "Kontraktansvarlig partner    Erhvervsakademiet Lillebælt", "organisation", "Erhvervsakademiet Lillebælt"),
    ("sv", "Kommun\tLjusdal", "municipality", "Ljusdal"),
    ("nb", "Tildelt beløp kr 350 000", None, None),              # a value opening with a word, one space: no pair
    ("nn", "Startdato 1. mars 2021", "start_date", "1. mars 2021"),
    ("da", "Resultat 2023 viser at vi nåede målet med god margin", None, None),  # a sentence
    ("nb", "Tilskudd 2021: kr 400 000", None, None),          # a year's amount, read by the budget lines
])
def test_a_label_and_its_value_apart_by_space_only(lang, line, key, value):
    """PDF text of a form's two columns: "Startdato 01.09.2015", "Kontraktansvarlig partner    Erhvervsakademiet"."""
    text = f"Grøn By\n\n{line}\n\nTekst her.\n"
    got = [(b.key, text[b.value_start:b.value_end]) for b in find_blocks(text, lang) if b.kind == "label"]
    assert got == ([(key, value)] if key else [])
