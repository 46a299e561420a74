"""Grant award letters, associations' annual reports, member-magazine interviews and cooperation agreements
(stop 26): contacts led in by the side they speak for, names cut by a hard line break, a grant told as "decided
to grant" with the amount on a line of its own, magazine mastheads, fact boxes, ISO weeks with "i" before the
year, an annual report's project section and owner, and a project's end told after "and". All texts are written
for these tests."""
from __future__ import annotations

import datetime

import pytest

from pipeline import extract, find_dates
from pipeline.extractors.assessment import find_status
from pipeline.stages.sections import find_blocks

from written import INTRO, contacts as _contacts, extract_file, value as _value


# ---- a contact led in by the side the person speaks for ------------------------------------------------

LED_IN = {
    "da": ("Kontaktpersoner\nHos fonden: konsulent Ida Brink, tlf. 86 12 40 17, e-mail ib@egefonden.dk\n"
           "Hos foreningen (oplyst i ansøgningen): projektleder Ole Vang, mobil 21 43 87 65, e-mail ov@ungbo.dk\n",
           [("Ida Brink", "konsulent", "+4586124017", "ib@egefonden.dk"),
            ("Ole Vang", "projektleder", "+4521438765", "ov@ungbo.dk")]),
    "sv": ("Kontaktpersoner\nHos stiftelsen: handläggare Eva Lund, tel. 08-123 45 67, e-post eva.lund@ekfond.se\n"
           "För föreningen: projektledare Per Ek, mobil 070-123 45 67, e-post per.ek@ungbo.se\n",
           [("Eva Lund", "handläggare", "+4681234567", "eva.lund@ekfond.se"),
            ("Per Ek", "projektledare", "+46701234567", "per.ek@ungbo.se")]),
    "nb": ("Kontaktpersoner\nHos stiftelsen: rådgiver Ingrid Moen, tlf. 62 51 40 17, e-post im@lyngfond.no\n"
           "Hos foreningen (oppgitt i søknaden): prosjektleder Odd Vik, mobil 934 17 582, e-post odd@ungbo.no\n",
           [("Ingrid Moen", "rådgiver", "+4762514017", "im@lyngfond.no"),
            ("Odd Vik", "prosjektleder", "+4793417582", "odd@ungbo.no")]),
    "nn": ("Kontaktpersonar\nHjå stiftinga: rådgjevar Marte Lid, tlf. 57 72 41 09, e-post marte@fjordfond.no\n"
           "Hjå prosjektet: prosjektleiar Siri Hol, mob. 913 47 288, e-post siri@ungbo.no\n",
           [("Marte Lid", "rådgjevar", "+4757724109", "marte@fjordfond.no"),
            ("Siri Hol", "prosjektleiar", "+4791347288", "siri@ungbo.no")]),
}


@pytest.mark.parametrize("lang", sorted(LED_IN))
def test_contacts_led_in_by_their_side(lang):
    text, expected = LED_IN[lang]
    assert _contacts(extract(INTRO[lang] + text)) == expected


# ---- a name cut by a hard line break, written whole in the address block ------------------------------

def test_an_organisation_name_cut_by_a_line_break_is_read_whole():
    text = ("Egefonden\nSøndergade 4\n8000 Aarhus C\n\nForeningen Unge Bønder i Vestjylland\nTorvet 2\n7500 Holstebro\n\n"
            "TILSAGN OM STØTTE\n\nVi har behandlet jeres ansøgning om støtte til projektet \"Gården som klasseværelse\", "
            "som gennemføres af Foreningen Unge Bønder i\nVestjylland i Holstebro Kommune.\n")
    case = extract(text)
    assert (_value(case, "organisation"), case.organisation.method) == \
        ("Foreningen Unge Bønder i Vestjylland", "organisation@1:preamble")
    # the run-by sentence alone, with the name written whole elsewhere
    assert _value(extract(text.replace("Torvet 2", "").replace("\nForeningen Unge Bønder i Vestjylland", "\n")
                          + "\nHilsen til Foreningen Unge Bønder i Vestjylland\n"), "organisation") == \
        "Foreningen Unge Bønder i Vestjylland"


def test_a_name_is_not_joined_to_the_next_line_unless_written_whole_elsewhere():
    text = ("Egefonden\nSøndergade 4\n8000 Aarhus C\n\nTILSAGN OM STØTTE\n\nVi har behandlet jeres ansøgning om støtte "
            "til projektet \"Gården som klasseværelse\", som gennemføres af Foreningen Unge Bønder i\nVestjylland i "
            "Holstebro Kommune.\n")
    assert _value(extract(text), "organisation") == "Foreningen Unge Bønder"


# ---- a grant decided in one sentence, its amount on a line of its own ----------------------------------

GRANTED = {
    "da": ("Bestyrelsen har på sit møde den 6. marts 2025 besluttet at bevilge\n\n"
           "        485.000 kr. (skriver firehundredefemogfirstusinde kroner)\n\ntil projektet.\n", 485000.0, "DKK"),
    "sv": ("Styrelsen har vid sitt sammanträde den 6 mars 2025 beslutat att bevilja\n\n"
           "        550 000 kronor (femhundrafemtiotusen kronor)\n\ntill projektet.\n", 550000.0, "SEK"),
    "nb": ("Styret har i møte 6. mars 2025 besluttet å bevilge\n\n"
           "        kr 450 000 (firehundreogfemtitusen kroner)\n\ntil prosjektet.\n", 450000.0, "NOK"),
    "nn": ("Styret har i møte 6. mars 2025 vedteke å løyve\n\n"
           "        kr 450 000 (firehundreogfemtitusen kroner)\n\ntil prosjektet.\n", 450000.0, "NOK"),
}


@pytest.mark.parametrize("lang", sorted(GRANTED))
def test_a_grant_decided_with_the_amount_on_its_own_line(lang):
    text, total, currency = GRANTED[lang]
    case = extract(INTRO[lang] + text)
    assert (_value(case, "budget_total"), _value(case, "budget_currency")) == (total, currency)
    assert case.budget_total.method == "budget@1:sentence_cue"


def test_an_amount_line_with_more_than_a_bracketed_note_is_no_grant():
    text = INTRO["da"] + "Bestyrelsen har besluttet at bevilge\n\n        485.000 kr. til lokaler og 20.000 kr. til kaffe\n"
    assert _value(extract(text), "budget_total") is None


# ---- a member magazine's interview: masthead, quoted headline, fact box -----------------------------------

MAGAZINE = {
    "da": ("*Landsbyliv · Medlemsblad for Landsbyforeningen Sydfyn · Nr. 3 · 2025*\n\n"
           "# \"Vi kørte ud til folk i stedet for at vente på dem\"\n\n*Af Jens Bak · 8. april 2025*\n\n"
           "Der er stille i hallen, da projektlederen låser døren op.\n\n### Fakta\n\n**Bogbussen**\n\n"
           "- **Projektejer:** Foreningen Læselyst Sydfyn\n- **Periode:** marts 2022 – februar 2025\n", "Bogbussen",
           "title@1:facts_heading"),
    "sv": ("*Läsande barn – nyhetsbrev från Föreningen Läsglädje · Nr 3 2025*\n\n"
           "# ”Lådan öppnade dörren till språket”\n\nText: Elin Berg · Publicerad 2025-09-22\n\n"
           "Det är en grå morgon på förskolan.\n\n## Fakta\n\n- **Projekt:** Sagolådan\n- **Period:** augusti 2022 – juni 2025\n",
           "Sagolådan", None),
    "nb": ("*Frivillig Nord – medlemsblad for frivillige organisasjoner · Nr. 2/2025 · Publisert 3. juni 2025*\n\n"
           "# – Ungdommene må få være eksperter på sitt eget liv\n\n*Tekst og foto: Kari Lyng*\n\n"
           "Det lukter kaffe i lokalene.\n\n## Fakta om Veiviseren\n\n- **Hvem:** Ungdomsforeningen Nordlys\n",
           "Veiviseren", "title@1:facts_about"),
    "nn": ("*Tråden – medlemsblad for husflidslaga · Nr. 2/2025 · Publisert 9. april 2025*\n\n"
           "# «Garnet vart eit felles språk for oss alle saman»\n\n*Tekst og foto: Ragnhild Ness*\n\n"
           "Vi møter prosjektleiaren på biblioteket.\n\n## Fakta\n\n**Strikkekafeen**\n\n- **Prosjekteigar:** Ål Husflidslag\n",
           "Strikkekafeen", "title@1:facts_heading"),
}


@pytest.mark.parametrize("lang", sorted(MAGAZINE))
def test_a_magazine_interview_is_named_by_its_fact_box(lang, tmp_path):
    text, title, method = MAGAZINE[lang]
    case = extract_file(tmp_path, f"{lang}.md", text)
    assert _value(case, "title") == title
    if method:
        assert case.title.method == method


def test_a_masthead_line_is_no_title_and_makes_the_headline_a_news_headline():
    text = ("Medlemsblad · Nr. 4 · 2024\n\nBørn knækker koden på biblioteket\n\n"
            "Lektiecaféen i Gellerup hjælper 40 børn hver uge.\n")
    case = extract(text)
    assert (_value(case, "title"), case.title.method) == ("Børn knækker koden på biblioteket", "title@1:headline")


def test_a_numbered_report_with_a_dash_is_no_masthead():
    text = "Statusrapport nr. 3 – Jobbroen Holstebro\n\nProjektet hjælper unge i job.\n"
    assert _value(extract(text), "title") != "Projektet hjælper unge i job."


# ---- ISO weeks with a word before the year ----------------------------------------------------------------

@pytest.mark.parametrize("lang, text, raw", [
    ("da", "Projektet kørte fra uge 34 i 2023 og sluttede i november 2024.", "uge 34 i 2023"),
    ("sv", "Projektet startade vecka 34 år 2023 och slutade i november 2024.", "vecka 34 år 2023"),
    ("nb", "Prosjektet startet i uke 34 i 2023 og sluttet i november 2024.", "uke 34 i 2023"),
    ("nn", "Prosjektet starta opp i veke 34 i 2023 og varte til november 2024.", "veke 34 i 2023"),
])
def test_a_week_with_a_word_before_its_year(lang, text, raw):
    first = find_dates(text, lang)[0]
    assert (first.value, first.raw) == (datetime.date(2023, 8, 21), raw)


# ---- a contact told in the perfect tense ------------------------------------------------------------------

@pytest.mark.parametrize("lang, sentence, expected", [
    ("da", "Projektleder har været Kasper Holm, tlf. 21 43 87 65, kh@kystliv.dk.",
     ("Kasper Holm", "Projektleder", "+4521438765", "kh@kystliv.dk")),
    ("sv", "Projektledare har varit Birgitta Sand, tel. 073-842 19 06, birgitta@glantan.se, som svarar på frågor.",
     ("Birgitta Sand", "Projektledare", "+46738421906", "birgitta@glantan.se")),
    ("nb", "Prosjektleder har vært Eirik Hansen, ansatt i 40 % stilling (tlf. 975 30 218, e-post eh@kystlag.no).",
     ("Eirik Hansen", "Prosjektleder", "+4797530218", "eh@kystlag.no")),
    ("nn", "Prosjektleiar har vore Ingrid Aarflot, tlf. 48 01 23 77, e-post ingrid@turvenn.no.",
     ("Ingrid Aarflot", "Prosjektleiar", "+4748012377", "ingrid@turvenn.no")),
])
def test_a_contact_told_in_the_perfect(lang, sentence, expected):
    assert _contacts(extract(INTRO[lang] + sentence + "\n")) == [expected]


# ---- an association's annual report: the project's section names the case, the first line its owner --------

ANNUAL = {
    "da": ("# Foreningen Havliv Hjørring – Årsberetning 2024\n\n## Medlemmer\n\nForeningen har 212 medlemmer.\n\n"
           "## Projektet Ud på fjorden\n\nProjektet kørte fra uge 34 i 2023 og blev afsluttet med udgangen af "
           "november 2024.\n", "Ud på fjorden", "Foreningen Havliv Hjørring", "completed"),
    "sv": ("# Verksamhetsberättelse 2024 – Seniorföreningen Gläntan i Växjö\n\n## Medlemmar\n\nFöreningen har 412 "
           "medlemmar.\n\n## Projektet Digitalfika\n\nProjektet startade i mars och avslutades i november 2024.\n",
           "Digitalfika", "Seniorföreningen Gläntan i Växjö", "completed"),
    "nb": ("# Årsmelding 2024 – Saltstraumen Kystlag\n\n## Medlemmer\n\nLaget har 180 medlemmer og er aktivt hele året.\n\n"
           "## Prosjektet «Ung på fjorden»\n\nProsjektet startet i september 2022 og ble avsluttet i juni 2024.\n",
           "Ung på fjorden", "Saltstraumen Kystlag", "completed"),
    "nn": ("# Årsmelding 2024 – Seniornettverket i Ørsta\n\n## 3 Medlemer\n\nLaget har 95 medlemer.\n\n"
           "## 5 Prosjektet Gåvenn\n\nProsjektet starta i 2023 og vart avslutta i desember 2024.\n",
           "Gåvenn", "Seniornettverket i Ørsta", "completed"),
}


@pytest.mark.parametrize("lang", sorted(ANNUAL))
def test_an_annual_report_names_the_project_of_its_section(lang, tmp_path):
    text, title, organisation, status = ANNUAL[lang]
    case = extract_file(tmp_path, f"{lang}.md", text)
    assert (_value(case, "title"), case.title.method) == (title, "title@1:annual_report_project")
    assert (_value(case, "organisation"), case.organisation.method) == \
        (organisation, "organisation@1:annual_report_owner")
    assert _value(case, "status") == status


@pytest.mark.parametrize("lang, sentence", [
    ("nb", "2024 ble et aktivt og innholdsrikt år for laget."),
    ("nn", "2024 vart eit aktivt år, og prosjektet er pågåande i fleire bygder."),
])
def test_an_active_year_is_no_project_status(lang, sentence):
    text = f"Årsmelding\n\n{sentence}\n"
    assert find_status(text, lang, find_blocks(text, lang)) == []


@pytest.mark.parametrize("lang, value", [("nb", "Aktivt"), ("nn", "Pågåande")])
def test_an_active_status_label_is_a_project(lang, value):
    assert _value(extract(INTRO[lang] + f"Status: {value}\n"), "status") == "project"


@pytest.mark.parametrize("lang, sentence", [
    ("da", "Projektet kører videre og bliver snart afsluttet."),
    ("sv", "Projektet fortsätter och ska avslutas nästa år."),
    ("nb", "Prosjektet går godt og avsluttes i 2026."),
])
def test_an_end_not_yet_come_is_no_completion(lang, sentence):
    text = f"Rapport\n\n{sentence}\n"
    assert [c.value for c in find_status(text, lang, find_blocks(text, lang))] != ["completed"]


# ---- a cooperation agreement: the parties' contacts, a file number, the project after the kind of text ----

PARTIES = {
    "da": ("8. Kontaktpersoner\n\nNæstved Kommune:\n   Louise Holm, projektleder\n   Tlf. 55 88 43 17, e-mail loh@naestved.dk\n\n"
           "For Foreningen Grønne Fingre:\n   Poul Sand, formand\n   Mobil 40 18 72 95, e-mail poul@groennefingre.dk\n",
           [("Louise Holm", "projektleder", "Næstved Kommune"), ("Poul Sand", "formand", "Foreningen Grønne Fingre")]),
    "sv": ("8. Kontaktpersoner\n\nFör Kristianstads kommun:\nSara Ek, enhetschef\nTfn 044-13 52 70, sara.ek@kristianstad.se\n\n"
           "För Föreningen Rörelse:\nDaniel Berg, projektledare\nTfn 0702-44 18 93, daniel@rorelse.se\n",
           [("Sara Ek", "enhetschef", "Kristianstads kommun"), ("Daniel Berg", "projektledare", "Föreningen Rörelse")]),
    "nb": ("8. Kontaktpersoner\n\nFor Kristiansand kommune:\nLene Moe, spesialrådgiver\ntlf. 38 07 52 19, e-post lene@krs.no\n\n"
           "For Veiviser Sør:\nAhmed Farah, prosjektleder\ntlf. 457 88 031, e-post ahmed@veiviser.no\n",
           [("Lene Moe", "spesialrådgiver", "Kristiansand kommune"), ("Ahmed Farah", "prosjektleder", "Veiviser Sør")]),
    "nn": ("8. Kontaktpersonar\n\nFor Stord kommune:\nKari Lid, rådgjevar\ntlf. 53 45 60 00, e-post kari@stord.no\n\n"
           "For Næringsforum Sunnhordland:\nOla Vik, dagleg leiar\ntlf. 917 60 422, e-post ola@nfs.no\n",
           [("Kari Lid", "rådgjevar", "Stord kommune"), ("Ola Vik", "dagleg leiar", "Næringsforum Sunnhordland")]),
}


@pytest.mark.parametrize("lang", sorted(PARTIES))
def test_each_party_line_names_the_workplace_of_the_contact_under_it(lang):
    text, expected = PARTIES[lang]
    case = extract(INTRO[lang] + text)
    assert [(c.name.value, c.role.value, c.organisation.value) for c in case.contacts] == expected


@pytest.mark.parametrize("lang, text, title", [
    ("da", "SAMARBEJDSAFTALE\n\nom projektet \"Haver til Sjælen\"\n\nDato: 9. december 2024\n\n1. Parter\n\nAftalen er "
           "indgået mellem Næstved Kommune og Foreningen Grønne Fingre om projektet \"Haver til Sjælen\".\n", "Haver til Sjælen"),
    ("sv", "SAMVERKANSAVTAL\navseende projektet Rörelsebron\n\nDnr KS 2025/0183\n\n1. Parter\n\nAvtalet gäller projektet "
           "Rörelsebron i Kristianstads kommun. Rörelsebron startar i januari.\n", "Rörelsebron"),
    ("nb", "SAMARBEIDSAVTALE\n\nom prosjektet «Neste trinn»\n\n1. Parter\n\nDenne avtalen gjelder prosjektet «Neste trinn» i "
           "Kristiansand kommune.\n", "Neste trinn"),
    ("nn", "SAMARBEIDSAVTALE\n\nom prosjektet «Fyrste steget»\n\n1. Partar\n\nDenne avtalen gjeld prosjektet «Fyrste steget» "
           "i Stord kommune.\n", "Fyrste steget"),
])
def test_an_agreement_is_named_by_its_project_not_its_kind(lang, text, title):
    case = extract(text)
    assert _value(case, "title") == title
    assert _value(case, "organisation") not in ("KS", "SAMARBEJDSAFTALE")


def test_a_file_number_line_names_no_organisation():
    text = "Tilsagn\n\nJ.nr. KS 2025/0183\n\nVi har bevilget 100.000 kr. til projektet.\n"
    assert _value(extract(text), "organisation") is None


@pytest.mark.parametrize("lang, text, municipality", [
    ("sv", "Ljudverkstan\n\nFöreningen Unga Röster i Borlänge\n\nFöreningen driver en studio för unga.\n", "Borlänge"),
    ("da", "Gåvenner\n\nForeningen Aktive Ældre i Skive\n\nForeningen laver gåture for ældre.\n", "Skive"),
])
def test_an_association_named_after_its_municipality_with_a_joiner(lang, text, municipality):
    case = extract(text)
    assert (_value(case, "municipality"), case.municipality.method) == (municipality, "municipality@1:organisation")


def test_a_place_in_an_organisation_name_is_no_municipality_where_a_label_lists_several():
    text = ("Samverkan för hållbara byggnader\n\nStödmottagare\nHögskolan i Skövde\n\nKommuner\nAle, Alingsås, Borås, "
            "Skövde\n\nProjektbeskrivning\nProjektet bygger upp samverkan.\n")
    assert _value(extract(text), "municipality") is None


# ---- a web page's publication line above the headline, the name opening the headline -------------------

@pytest.mark.parametrize("lang, text, title", [
    ("da", "Projekt · Publiceret 03.10.2024\nJobbroen: Mentorer hjælper unge videre i job\nMed en fast voksen ved sin side "
           "er 200 unge kommet i job. Nu er Jobbroen en fast del af Ungeindsatsen.\n", "Jobbroen"),
    ("sv", "Publicerad 4 mars 2025\nSommarlotsen – vägen in till första jobbet\nSommarlotsen hjälper unga i Skellefteå att "
           "skriva cv.\n", "Sommarlotsen"),
    ("nb", "Nyhet · Publisert 12.05.2025\nTurvenn: Eldre går sammen hver uke\nTurvenn kobler eldre med frivillige.\n",
     "Turvenn"),
    ("nn", "Publisert 12.05.2025\nTurvenn – eldre går saman kvar veke\nTurvenn koplar eldre med frivillige.\n", "Turvenn"),
])
def test_a_page_names_the_case_at_its_headlines_opening(lang, text, title):
    case = extract(text)
    assert (_value(case, "title"), case.title.method) == (title, "title@1:headline_name")


def test_a_headline_opening_the_text_does_not_repeat_is_no_name():
    text = "Publiceret 03.10.2024\nFlere unge: Mentorer hjælper dem videre i job\nMed en fast voksen er 200 unge i job.\n"
    assert _value(extract(text), "title") == "Flere unge: Mentorer hjælper dem videre i job"


# ---- target ages in words, a yearly band beside a total ---------------------------------------------------

@pytest.mark.parametrize("lang, line, ages", [
    ("da", "Målgruppe: børn mellem tre og seks år\n", (3, 6)),
    ("sv", "- **Målgrupp:** barn mellan tre och fem år\n", (3, 5)),
    ("nb", "Målgruppe: ungdom mellom femten og tjuefem år\n", (15, 25)),
    ("nn", "Målgruppe: born mellom tre og fem år\n", (3, 5)),
])
def test_target_ages_in_words(lang, line, ages):
    case = extract(INTRO[lang] + line)
    assert (_value(case, "target_age_min"), _value(case, "target_age_max")) == ages
    assert case.target_age_min.method == "ages@1:range"


@pytest.mark.parametrize("lang, text, band", [
    ("da", "Økonomi: 1,35 mio. kr. i alt\n\nBudgettet har ligget på mellem 400.000 og 500.000 kr. om året, mest til løn.\n",
     (400000.0, 500000.0)),
    ("sv", "Ekonomi: 3,9 miljoner kronor totalt\n\nProjektet har en årlig ram på 1,2–1,5 miljoner kronor.\n",
     (1200000.0, 1500000.0)),
    ("nb", "Budsjett: 3,9 mill. kroner totalt\n\nProsjektet har en årlig ramme på 1,2–1,5 mill. kroner.\n",
     (1200000.0, 1500000.0)),
    ("nn", "Budsjett: ca. 3,9 mill. kr\n\nProsjektet har ei årleg ramme på 1,2–1,5 mill. kr, finansiert med kompetansemidlar.\n",
     (1200000.0, 1500000.0)),
])
def test_a_yearly_band_told_in_a_sentence_beside_a_total(lang, text, band):
    case = extract(INTRO[lang] + text)
    assert (_value(case, "budget_per_year_min"), _value(case, "budget_per_year_max")) == band
    assert _value(case, "budget_total") is not None
    assert case.budget_per_year_max.method == "budget@1:sentence_per_year"
