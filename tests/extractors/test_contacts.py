"""Contacts per language: layouts, E.164 phones, roles, organisations; dates are never phones."""
from __future__ import annotations

import pytest

from pipeline.extractors.contacts import find_contacts, normalise_phone


def values(contacts):
    return [{part: c.value for part, c in contact.items()} for contact in contacts]


STACKED = {
    "da": ("Titel\n\nKontakt\n\nMette Lykke Holm\nSundhedskonsulent\nSundhed og Trivsel, Ikast-Brande Kommune\n\n"
           "Tlf: 96 60 12 34\nmette.holm@ikast-brande.dk\n\nFormål\n\nTekst om formålet her.\n",
           {"name": "Mette Lykke Holm", "role": "Sundhedskonsulent",
            "organisation": "Sundhed og Trivsel, Ikast-Brande Kommune",
            "phone": "+4596601234", "email": "mette.holm@ikast-brande.dk"}),
    "sv": ("Titel\n\nKontakt\nProjektledare: Johanna Wikström\nTelefon: 0240-66 71 23\n"
           "E-post: johanna.wikstrom@ludvika.se\n",
           {"name": "Johanna Wikström", "role": "Projektledare", "phone": "+46240667123",
            "email": "johanna.wikstrom@ludvika.se"}),
    "nb": ("Tittel\n\nKontakt\n\nProsjektleder Ola Nordmann Berg, tlf. 932 48 117, ola.berg@gjovik.kommune.no\n",
           {"name": "Ola Nordmann Berg", "role": "Prosjektleder", "phone": "+4793248117",
            "email": "ola.berg@gjovik.kommune.no"}),
    "nn": ("Tittel\n\nKontaktperson\n\nRådgjevar: Ingrid Hauge Skjelde\nTelefon: 57 61 40 22\n"
           "E-post: ingrid.skjelde@forde.kommune.no\n",
           {"name": "Ingrid Hauge Skjelde", "role": "Rådgjevar", "phone": "+4757614022",
            "email": "ingrid.skjelde@forde.kommune.no"}),
}


@pytest.mark.parametrize("lang", ["da", "sv", "nb", "nn"])
def test_contact_layouts(lang):
    text, expected = STACKED[lang]
    assert values(find_contacts(text, lang)) == [expected]


def test_comma_lines_give_one_contact_each_and_drop_trailing_dot():
    text = ("Projekt\n\nKontaktperson\nJens Bo Madsen,20 51 24 56,jbm@vejle.dk.\n"
            "Lise Krogh,,lise.krogh@vejle.dk\n")
    assert values(find_contacts(text, "da")) == [
        {"name": "Jens Bo Madsen", "phone": "+4520512456", "email": "jbm@vejle.dk"},
        {"name": "Lise Krogh", "email": "lise.krogh@vejle.dk"},
    ]


def test_names_in_one_line_without_phone_are_several_contacts():
    text = "Projekt\n\nKontakt\n\nAnna Berg, Lars Holm, version 2021-03-04\n\nResultat\n\nText här.\n"
    assert values(find_contacts(text, "sv")) == [{"name": "Anna Berg"}, {"name": "Lars Holm"}]


def test_placeholder_contact_is_no_contact():
    text = ("Projekt\n\nKontakt\nProjektledare: UPPGIFT SAKNAS\nTelefon: UPPGIFT SAKNAS\n"
            "E-post: UPPGIFT SAKNAS\n")
    assert find_contacts(text, "sv") == []


def test_date_next_to_phone_is_not_a_phone():
    text = "Projekt\n\nKontakt\n\nKari Lund, tlf. 412 88 560, 01.03.2021, kari.lund@bodo.kommune.no\n"
    assert values(find_contacts(text, "nb")) == [
        {"name": "Kari Lund", "phone": "+4741288560", "email": "kari.lund@bodo.kommune.no"}]


def test_same_person_twice_is_one_contact_with_merged_parts():
    text = ("Projekt\n\nKontakt\n\nBirte Skov\nProjektleder\n\nKontakt\n\nBirte Skov\nTlf: 30 61 60 38\n")
    assert values(find_contacts(text, "da")) == [
        {"name": "Birte Skov", "role": "Projektleder", "phone": "+4530616038"}]


def test_spans_point_at_the_text():
    text, _ = STACKED["da"]
    contact = find_contacts(text, "da")[0]
    for part in ("name", "role", "email"):
        c = contact[part]
        assert text[c.start:c.end] == c.value


@pytest.mark.parametrize("raw,region,expected", [
    ("23 99 00 11", "DK", ("+4523990011", True)),
    ("019-602 63 29", "SE", ("+46196026329", True)),
    ("0705 - 47 96 28", "SE", ("+46705479628", True)),
    ("+46 72 527 1984", "SE", ("+46725271984", True)),
    ("908 45 213", "NO", ("+4790845213", True)),
    ("2019", "DK", None),
])
def test_normalise_phone(raw, region, expected):
    assert normalise_phone(raw, region) == expected


def test_entities_turn_a_name_like_organisation_into_the_organisation():
    from pipeline.schema import Entity

    text = "Projekt\n\nKontakt\n\nSiri Dahl\nAktiv Hverdag Hamar\nTlf: 908 45 213\n"
    org_start = text.index("Aktiv Hverdag Hamar")
    name_start = text.index("Siri Dahl")
    ents = [Entity(text="Aktiv Hverdag Hamar", label="ORG", start=org_start, end=org_start + 19, confidence=0.9,
                   method="t"),
            Entity(text="Siri Dahl", label="PER", start=name_start, end=name_start + 9, confidence=0.9, method="t")]
    without = values(find_contacts(text, "nb"))
    with_ner = find_contacts(text, "nb", entities=ents)
    assert [c["name"] for c in without] == ["Siri Dahl", "Aktiv Hverdag Hamar"]
    assert values(with_ner) == [{"name": "Siri Dahl", "organisation": "Aktiv Hverdag Hamar", "phone": "+4790845213"}]
    assert with_ner[0]["name"].score == 0.9


def test_a_line_with_its_own_phone_and_email_is_a_new_person_even_if_the_ner_says_org():
    """Glued contact lines, one per person: a model ORG on the second name does not fold that
    person into the first contact (as happened on a real Danish case page)."""
    from pipeline.schema import Entity

    text = "Kontaktperson\nJeanette Dam,56922898,jd@brk.dk.\nFlemming Storm,5692 2897,fs@brk.dk.\n"
    start = text.index("Flemming Storm")
    ents = [Entity(text="Flemming Storm", label="ORG", start=start, end=start + 14, confidence=0.6, method="t")]
    assert values(find_contacts(text, "da", entities=ents)) == [
        {"name": "Jeanette Dam", "phone": "+4556922898", "email": "jd@brk.dk"},
        {"name": "Flemming Storm", "phone": "+4556922897", "email": "fs@brk.dk"}]


def test_long_comma_line_and_many_stacked_contacts():
    people = "".join(f"Person Nummer{n}\nSamordnare\nGävle kommun\nTelefon: 026-17 80 0{n}\np{n}@gavle.se\n\n"
                     for n in range(1, 5))
    long_line = ("Projektledare Lars Karlsson, Kultur- och fritidsförvaltningen, Borås stad, "
                 "tel. 031-201 19 63, lars.karlsson@boras.se\n")
    text = "Titel\n\nKontakt\n\n" + long_line + "\n" + people + "Ekonomi\n\nText.\n"
    got = values(find_contacts(text, "sv"))
    assert [c["name"] for c in got] == ["Lars Karlsson"] + [f"Person Nummer{n}" for n in range(1, 5)]
    assert got[0]["organisation"] == "Kultur- och fritidsförvaltningen, Borås stad"
    assert [c["phone"] for c in got[1:]] == ["+4626178001", "+4626178002", "+4626178003", "+4626178004"]


def test_inline_contact_in_running_text():
    text = ("Projektet Läsglädje i Sala startade 2019-08-15 och pågår till 2021-06-30. "
            "Kontakt: Anna Berg, 0224-74 70 00, anna.berg@sala.se")
    assert values(find_contacts(text, "sv")) == [
        {"name": "Anna Berg", "phone": "+46224747000", "email": "anna.berg@sala.se"}]


@pytest.mark.parametrize("lang, text, expected", [
    ("sv", "Titel\n\nResultat\nText här om resultatet.\n\nProjektledare Anna Berg, tel. 070-123 45 67\n",
     [{"name": "Anna Berg", "role": "Projektledare", "phone": "+46701234567"}]),
    ("da", "Titel\n\nProjektet gik godt.\nProjektleder Mette Holm, mette.holm@vejle.dk\n",
     [{"name": "Mette Holm", "role": "Projektleder", "email": "mette.holm@vejle.dk"}]),
    ("nb", "Titel\n\nRådgiver Ola Nordmann har ringt 22 33 44 55 ganger i år.\n", []),  # a sentence
    ("nn", "Tittel\n\nProsjektleiar Ola Nesheim, ola.nesheim@sogndal.kommune.no\n",
     [{"name": "Ola Nesheim", "role": "Prosjektleiar", "email": "ola.nesheim@sogndal.kommune.no"}]),
])
def test_a_lone_contact_line_outside_contact_sections(lang, text, expected):
    """A role, a name and a phone or e-mail on a line of their own are a contact, with no heading."""
    assert values(find_contacts(text, lang)) == expected


@pytest.mark.parametrize("lang, block, expected", [
    ("da", "Kontakt\n\nMaja Andersen\nKoordinator\nNetværket Grøn Hverdag\nTlf. 41 97 58 68\nmaja.andersen@frederikshavn.dk\n",
     [{"name": "Maja Andersen", "role": "Koordinator", "organisation": "Netværket Grøn Hverdag",
       "phone": "+4541975868", "email": "maja.andersen@frederikshavn.dk"}]),
    ("sv", "Kontakt\n\nLena Ek\nProjektledare\nFöreningen Grön Vardag\nlena.ek@gronvardag.se\n",
     [{"name": "Lena Ek", "role": "Projektledare", "organisation": "Föreningen Grön Vardag", "email": "lena.ek@gronvardag.se"}]),
    ("nn", "12. Kontakt\n\nKoordinator Knut Rise, Frivilligsentralen, Kvinnherad kommune\n\n"
           "Prosjektleiar Leiv Tveit, Frivilligsentralen, tlf. 77 91 85 83, leiv.tveit@kvinnherad.kommune.no\n",
     [{"name": "Knut Rise", "role": "Koordinator", "organisation": "Frivilligsentralen, Kvinnherad kommune"},
      {"name": "Leiv Tveit", "role": "Prosjektleiar", "organisation": "Frivilligsentralen", "phone": "+4777918583",
       "email": "leiv.tveit@kvinnherad.kommune.no"}]),
    ("nb", "Kontakt: Veileder Marit Skjæveland, tlf. 57 84 79 65\n\nProsjektleder Ole Halvorsen, Tromsø kommune, tlf. 52 56 74 84\n",
     [{"name": "Marit Skjæveland", "role": "Veileder", "phone": "+4757847965"},
      {"name": "Ole Halvorsen", "role": "Prosjektleder", "organisation": "Tromsø kommune", "phone": "+4752567484"}]),
])
def test_stacked_workplace_lines_and_contact_lines_read_as_headings(lang, block, expected):
    """Found on the synthetic load-test corpus: a workplace line under the role line is no second
    person; a contact line standing alone (an unknown or prefix heading) does not end the section."""
    from pipeline.stages.entities import entities

    text = f"Titel\n\nTeksten om prosjektet.\n\n{block}"
    assert values(find_contacts(text, lang, entities=entities(text, lang))) == expected


@pytest.mark.parametrize("lang, block, expected", [
    ("da", "Kontaktperson\nSøren Ø. Kjær,+45 23 45 67 89,sok@ehfyn.dk\n",
     {"name": "Søren Ø. Kjær", "phone": "+4523456789", "email": "sok@ehfyn.dk"}),
    ("sv", "Kontakt\nProjektledare: Åsa Lind-Öberg (Region Örebro län)\nTelefon: 019-602 10 00\n",
     {"name": "Åsa Lind-Öberg", "role": "Projektledare", "organisation": "Region Örebro län", "phone": "+46196021000"}),
    ("nb", "Kontaktperson\nKari B. Nordmann (Bodø kommune), kari.nordmann@bodo.kommune.no\n",
     {"name": "Kari B. Nordmann", "organisation": "Bodø kommune", "email": "kari.nordmann@bodo.kommune.no"}),
    ("nn", "Kontakt\nProsjektleiar: Ola Nesheim (Sogndal kommune)\nTelefon: 57 62 96 00\n",
     {"name": "Ola Nesheim", "role": "Prosjektleiar", "organisation": "Sogndal kommune", "phone": "+4757629600"}),
])
def test_middle_initials_and_a_workplace_in_brackets(lang, block, expected):
    """"Søren Ø. Kjær" is a name; "Name (Region Örebro län)" is a person and where they work, not a unit."""
    assert values(find_contacts(f"Titel\n\n{block}", lang)) == [expected]


@pytest.mark.parametrize("lang, label, role", [("da", "Titel", "Naturvejleder"), ("sv", "Titel", "Naturvägledare"),
                                              ("nb", "Tittel", "Naturveileder"), ("nn", "Tittel", "Naturrettleiar")])
def test_a_title_label_under_a_contact_heading_is_the_persons_role(lang, label, role):
    """A dl/table contact block ("Navn / Titel / Telefon"): the title is the person's, not the case's."""
    from pipeline.extractors.identity import find_titles
    from pipeline.stages.sections import find_blocks

    text = f"Naturrum for alle\n\nKontakt\nNavn\nHenrik Bøgh Larsen\n{label}\n{role}\nTelefon\n54 73 10 00\n"
    assert values(find_contacts(text, lang)) == [{"name": "Henrik Bøgh Larsen", "role": role, "phone": {
        "da": "+4554731000", "sv": "+4654731000", "nb": "+4754731000", "nn": "+4754731000"}[lang]}]
    assert [c.value for c in find_titles(text, lang, find_blocks(text, lang))] == ["Naturrum for alle"]


@pytest.mark.parametrize("lang, sentence, expected", [
    ("nb", "Kontaktperson er prosjektleder Siri Mathisen, tlf. 78 45 50 00, e-post siri.mathisen@alta.kommune.no.",
     {"name": "Siri Mathisen", "role": "prosjektleder", "phone": "+4778455000", "email": "siri.mathisen@alta.kommune.no"}),
    ("da", "Kontaktperson er projektleder Mette Holm, tlf. 59 53 44 00, mette.holm@kalundborg.dk",
     {"name": "Mette Holm", "role": "projektleder", "phone": "+4559534400", "email": "mette.holm@kalundborg.dk"}),
    ("sv", "Vår kontaktperson är Johan Lindqvist, telefon 0970-818 000, johan.lindqvist@gallivare.se",
     {"name": "Johan Lindqvist", "phone": "+46970818000", "email": "johan.lindqvist@gallivare.se"}),
    ("nn", "Kontaktperson er Ola Nesheim, telefon 57 62 96 00, ola.nesheim@sogndal.kommune.no",
     {"name": "Ola Nesheim", "phone": "+4757629600", "email": "ola.nesheim@sogndal.kommune.no"}),
    # a verb asking the reader to get in touch, then a role or a name and a phone or an e-mail
    # (the preposition before the phone is a comma)
    ("sv", "Vill du veta mer? Kontakta projektledaren Sara Lind, sara.lind[at]stockholm.se, tel. +46 (0)70-123 45 67.",
     {"name": "Sara Lind", "role": "projektledaren", "phone": "+46701234567", "email": "sara.lind@stockholm.se"}),
    ("da", "Har du spørgsmål, så kontakt projektleder Mette Kjær på tlf. 20 30 40 50.",
     {"name": "Mette Kjær", "role": "projektleder", "phone": "+4520304050"}),
    ("nb", "Ta kontakt med koordinatoren Kari Nordmann på kari.nordmann@alta.kommune.no.",
     {"name": "Kari Nordmann", "role": "koordinatoren", "email": "kari.nordmann@alta.kommune.no"}),
    ("nn", "Vend deg til prosjektleiar Ola Vik på telefon 915 12 345.",
     {"name": "Ola Vik", "role": "prosjektleiar", "phone": "+4791512345"}),
])
def test_contact_word_and_verb_in_running_text(lang, sentence, expected):
    """"Kontaktperson er …" opening a sentence or line: no colon, still the contact; "Kontakta
    projektledaren Sara Lind, …", "kontakt projektleder Mette Kjær på tlf. …" as well."""
    text = f"Titel\n\nProsjektet varer i tre år.\n\n{sentence}\n"
    assert values(find_contacts(text, lang)) == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("da", "Titel\n\nKontakt\nSøren Holm Andersen\nProjektkoordinator, Aarhus Kommunes Biblioteker\n"
           "Tlf. +45 41 87 22 10\nsha@aarhus.dk\n",
     {"name": "Søren Holm Andersen", "role": "Projektkoordinator", "organisation": "Aarhus Kommunes Biblioteker",
      "phone": "+4541872210", "email": "sha@aarhus.dk"}),
    ("sv", "Titel\n\nKontakt\nMaria Ek Lindgren\nProjektledare, Gävle Folkets Hus\nmaria.ek@gavle.se\n",
     {"name": "Maria Ek Lindgren", "role": "Projektledare", "organisation": "Gävle Folkets Hus",
      "email": "maria.ek@gavle.se"}),
])
def test_the_part_after_a_contacts_own_role_is_the_organisation(lang, text, expected):
    """'Name' then 'Role, Workplace': the workplace is not a second person."""
    assert values(find_contacts(text, lang)) == [expected]


def test_a_role_label_over_a_unit_gives_no_contact():
    """'Prosjektansvarlig: <a municipal unit>' names who is responsible, not a person to contact."""
    text = ("Tittel\n\nProsjektansvarlig: Lillehammer kommune, Enhet for helse og mestring\n\n"
            "Kontaktperson\nKari Nordby, fysioterapeut\nMobil: 412 34 567\n")
    assert values(find_contacts(text, "nb")) == [
        {"name": "Kari Nordby", "role": "fysioterapeut", "phone": "+4741234567"}]


@pytest.mark.parametrize("lang, line, phone, role", [
    ("nn", "Bibliotekar Solveig Tveiten, telefon 37 93 75 00, solveig.tveiten@valle.kommune.no",
     "+4737937500", "Bibliotekar"),
    ("da", "Bibliotekar Anna Holm, telefonnr. 20 30 40 50, anna.holm@odder.dk", "+4520304050", "Bibliotekar"),
    ("sv", "Bibliotekarie Eva Ek, växel 033-35 70 00, eva.ek@boras.se", "+4633357000", "Bibliotekarie"),
])
def test_phone_after_a_spelled_out_cue_word_and_librarians(lang, line, phone, role):
    """'telefon 37 93 75 00' in a comma line is a phone even though the cue word is longer
    than 'tlf.'; the librarian is a role."""
    contact = values(find_contacts(f"T\n\nKontakt\n\n{line}\n", lang))[0]
    assert (contact["phone"], contact["role"]) == (phone, role)


def test_slash_with_spaces_separates_parts_but_not_inside_a_phone():
    text = "T\n\nKontakt\nFrivillighetskoordinator Lise Aune Hoel\nlise.hoel@molde.kommune.no / 71 11 10 00\n"
    assert values(find_contacts(text, "nb")) == [
        {"name": "Lise Aune Hoel", "role": "Frivillighetskoordinator", "phone": "+4771111000",
         "email": "lise.hoel@molde.kommune.no"}]
    text = "T\n\nKontaktperson\nMaja Nilsson, 0920/45 30 00 / maja.nilsson@lulea.se\n"
    assert values(find_contacts(text, "sv")) == [
        {"name": "Maja Nilsson", "phone": "+46920453000", "email": "maja.nilsson@lulea.se"}]


@pytest.mark.parametrize("lang, block, expected", [
    ("nb", "Navn: Trond Haugen\nStilling: prosjektleder\nTelefon: +47 32 86 40 00\nE-post: trond.haugen@kongsberg.kommune.no",
     [{"name": "Trond Haugen", "role": "prosjektleder", "phone": "+4732864000",
       "email": "trond.haugen@kongsberg.kommune.no"}]),
    ("sv", "Namn: Sara Öberg\nBefattning: projektledare\nTel: 040-34 10 00\n\nNamn: Per Ek\nRoll: ekonom",
     [{"name": "Sara Öberg", "role": "projektledare", "phone": "+4640341000"}, {"name": "Per Ek", "role": "ekonom"}]),
    ("da", "Stilling: Projektleder\nNavn: Jens Kro\nTlf.: 20 30 40 50",
     [{"name": "Jens Kro", "role": "Projektleder", "phone": "+4520304050"}]),
    ("nn", "Namn: Solveig Tveiten\nStilling: dagleg leiar", [{"name": "Solveig Tveiten", "role": "dagleg leiar"}]),
])
def test_name_and_role_labels_in_a_contact_block(lang, block, expected):
    """'Navn: …' / 'Stilling: …' lines: the label is not part of the value ('Navn' is not 'NAV …')."""
    assert values(find_contacts(f"T\n\nKontakt\n{block}\n", lang)) == expected


@pytest.mark.parametrize("lang, line, expected", [
    ("nn", "Kontaktperson: Magnus Storebø (prosjektleiar), tlf. 56 18 10 00",
     {"name": "Magnus Storebø", "role": "prosjektleiar", "phone": "+4756181000"}),
    ("sv", "Kontakt\nAnna Berg (projektledare)\nanna.berg@haparanda.se",
     {"name": "Anna Berg", "role": "projektledare", "email": "anna.berg@haparanda.se"}),
    ("da", "Kontakt\nJens Holm (Vejle)\njh@vejle.dk", {"name": "Jens Holm", "email": "jh@vejle.dk"}),
])
def test_role_in_brackets_after_the_name(lang, line, expected):
    """A bracketed role title is the role, and its span points at it; other brackets are dropped."""
    text = f"T\n\n{line}\n"
    contact = find_contacts(text, lang)[0]
    assert {part: c.value for part, c in contact.items()} == expected
    if "role" in contact:
        assert text[contact["role"].start:contact["role"].end] == expected["role"]


def test_role_heading_in_a_bullet_list_drops_the_marker():
    text = "T\n\n- Prosjektleder: Ragnhild Vik, ragnhild.vik@skien.kommune.no, 35 58 10 00\n"
    contact = find_contacts(text, "nb")[0]
    assert {part: c.value for part, c in contact.items()} == {
        "name": "Ragnhild Vik", "role": "Prosjektleder", "phone": "+4735581000",
        "email": "ragnhild.vik@skien.kommune.no"}
    assert text[contact["role"].start:contact["role"].end] == "Prosjektleder"


@pytest.mark.parametrize("lang, text", [
    ("sv", "Ring oss gärna om du har frågor om projektet."),
    ("da", "Kontakt os på 70 10 10 10, hvis du har spørgsmål."),
    ("nb", "Ta kontakt med kommunen på 77 60 00 00 for mer informasjon."),
])
def test_a_verb_without_a_person_gives_no_contact(lang, text):
    assert find_contacts(f"Tittel\n\nTekst om prosjektet.\n\n{text}\n", lang) == []


@pytest.mark.parametrize("lang, line, email", [
    ("sv", "Kontakt\nSara Lind\nsara.lind[at]stockholm.se", "sara.lind@stockholm.se"),
    ("da", "Kontakt\nAnna Holm\nanna.holm (at) vejle.dk", "anna.holm@vejle.dk"),
    ("nb", "Kontakt\nKari Nordmann\nkari.nordmann(AT)alta.kommune.no", "kari.nordmann@alta.kommune.no"),
])
def test_e_mail_written_against_harvesters(lang, line, email):
    got = find_contacts(f"Tittel\n\n{line}\n", lang)
    assert [(c["email"].value, c["email"].score) for c in got] == [(email, 0.9)]


@pytest.mark.parametrize("lang, block, expected", [
    ("sv", "Projektledare: Prof. Anna Svensson, Lunds universitet\nMedsökande: Docent Erik Holm, Umeå universitet",
     [{"name": "Anna Svensson", "role": "Projektledare", "organisation": "Lunds universitet"},
      {"name": "Erik Holm", "organisation": "Umeå universitet"}]),
    ("da", "Projektleder: Dr. Ole Hansen, Aarhus Universitet", [{"name": "Ole Hansen", "role": "Projektleder",
                                                                "organisation": "Aarhus Universitet"}]),
    ("nb", "Prosjektleder: Førsteamanuensis Kari Nordmann, Universitetet i Bergen",
     [{"name": "Kari Nordmann", "role": "Prosjektleder", "organisation": "Universitetet i Bergen"}]),
    ("nn", "Prosjektleiar: Dosent Ola Vik, Høgskulen på Vestlandet",
     [{"name": "Ola Vik", "role": "Prosjektleiar", "organisation": "Høgskulen på Vestlandet"}]),
])
def test_academic_title_before_the_name_and_a_university_after_it(lang, block, expected):
    """'Projektledare: Prof. Anna Svensson, Lunds universitet': the title is not part of the name, and
    a name before the organisation makes the line a person, not a unit."""
    got = find_contacts(f"Tittel her\n\n{block}\n", lang)
    assert [{k: c.value for k, c in contact.items()} for contact in got] == expected


@pytest.mark.parametrize("lang, line, expected", [
    ("nb", "Prosjektleder var Ingrid Moe (ingrid.moe@bodo.kommune.no).",
     {"name": "Ingrid Moe", "role": "Prosjektleder", "email": "ingrid.moe@bodo.kommune.no"}),
    ("da", "Kontakt\nAnna Holm (20 30 40 50)", {"name": "Anna Holm", "phone": "+4520304050"}),
    ("sv", "Kontakt\nLena Åberg (lena.aberg@boras.se)", {"name": "Lena Åberg", "email": "lena.aberg@boras.se"}),
])
def test_an_address_in_brackets_after_the_name(lang, line, expected):
    got = find_contacts(f"Tittel\n\n{line}\n", lang)
    assert [{k: c.value for k, c in contact.items()} for contact in got] == [expected]


@pytest.mark.parametrize("lang, line, expected", [
    ("nb", "Prosjektleder | Navn: Kari Hansen | Tlf: 900 00 000 | E-post: kari.hansen@hamar.kommune.no",
     {"name": "Kari Hansen", "role": "Prosjektleder", "phone": "+4790000000", "email": "kari.hansen@hamar.kommune.no"}),
    ("sv", "Projektledare | Namn: Anna Berg | Telefon: 070-123 45 67 | E-post: anna.berg@sala.se",
     {"name": "Anna Berg", "role": "Projektledare", "phone": "+46701234567", "email": "anna.berg@sala.se"}),
    ("da", "Projektleder | Navn: Mette Kjær | Tlf.: 20 30 40 50", {"name": "Mette Kjær", "role": "Projektleder",
                                                                 "phone": "+4520304050"}),
    ("nn", "Prosjektleiar | Namn: Ola Vik | E-post: ola.vik@voss.kommune.no",
     {"name": "Ola Vik", "role": "Prosjektleiar", "email": "ola.vik@voss.kommune.no"}),
])
def test_contact_line_in_table_cells(lang, line, expected):
    """A contact row of a table written as text: the role in a cell of its own, then labelled cells."""
    got = find_contacts(f"Tittel\n\nStatus: Pågår\n{line}\n", lang)
    assert [{k: c.value for k, c in contact.items()} for contact in got] == [expected]


@pytest.mark.parametrize("lang, block, expected", [
    ("sv", "Kontakt\nProjektledare: Karin Ek och Per Holm\nTelefon: 0920-49 10 00\nE-post: per.holm@ltu.se",
     [{"name": "Karin Ek", "role": "Projektledare", "phone": "+46920491000"},
      {"name": "Per Holm", "role": "Projektledare", "email": "per.holm@ltu.se"}]),
    ("da", "Kontaktperson\nJens Hansen og Pia Holm,12345678,ph@vaekst.dk",
     [{"name": "Jens Hansen", "phone": "+4512345678"}, {"name": "Pia Holm", "email": "ph@vaekst.dk"}]),
    ("nb", "Kontakt\nProsjektleder: Kari Nordmann og Ola Berg\nE-post: kari.nordmann@alta.kommune.no",
     [{"name": "Kari Nordmann", "role": "Prosjektleder", "email": "kari.nordmann@alta.kommune.no"},
      {"name": "Ola Berg", "role": "Prosjektleder"}]),
    ("nn", "Kontakt\nProsjektleiar: Ola Vik & Siri Aase\nTelefon: 56 51 00 00",
     [{"name": "Ola Vik", "role": "Prosjektleiar", "phone": "+4756510000"}, {"name": "Siri Aase", "role": "Prosjektleiar"}]),
])
def test_two_people_named_together(lang, block, expected):
    """'Karin Ek och Per Holm' are two contacts with the role of both; the e-mail goes to the one its
    address names (a name word or the initials), the phone to the first."""
    got = find_contacts(f"Tittel\n\n{block}\n", lang)
    assert [{k: c.value for k, c in contact.items()} for contact in got] == expected


@pytest.mark.parametrize("lang, line, name", [
    ("sv", "Projektledare: Karin Ek (tjänstledig), ersätts av Per Holm", "Per Holm"),
    ("da", "Projektleder: fra 2024 Mette Kjær", "Mette Kjær"),
    ("nb", "Prosjektleder: fungerende Kari Hansen", "Kari Hansen"),
    ("nn", "Prosjektleiar: konstituert Ola Vik", "Ola Vik"),
])
def test_lower_case_words_before_a_name_under_a_role_label(lang, line, name):
    got = find_contacts(f"Tittel\n\nKontakt\n{line}\n", lang)
    assert [contact["name"].value for contact in got] == [name]


@pytest.mark.parametrize("lang, block, expected", [
    ("da", "Spørgsmål kan rettes til\nSundhedsplejerske og projektkoordinator Lene Bak Thomsen\nlebt@horsens.dk · 24 80 11 22",
     {"name": "Lene Bak Thomsen", "role": "Sundhedsplejerske og projektkoordinator", "phone": "+4524801122",
      "email": "lebt@horsens.dk"}),
    ("sv", "Frågor besvaras av\nSamordnare och projektledare Nadia Haddad\nnadia.haddad@ludvika.se · 0240-86 000",
     {"name": "Nadia Haddad", "role": "Samordnare och projektledare", "phone": "+4624086000",
      "email": "nadia.haddad@ludvika.se"}),
    ("nb", "Spørsmål kan rettes til\nKoordinator og prosjektleder Tone Haugen\ntone.haugen@gjovik.kommune.no",
     {"name": "Tone Haugen", "role": "Koordinator og prosjektleder", "email": "tone.haugen@gjovik.kommune.no"}),
    ("nn", "Spørsmål kan rettast til\nKoordinator og prosjektleiar Kari Bjørndal\nTelefon 70 04 98 00",
     {"name": "Kari Bjørndal", "role": "Koordinator og prosjektleiar", "phone": "+4770049800"}),
])
def test_two_role_titles_before_the_name_under_a_questions_heading(lang, block, expected):
    got = find_contacts(f"Tittel\n\nTekst om prosjektet.\n\n{block}\n", lang)
    assert [{k: c.value for k, c in contact.items()} for contact in got] == [expected]


@pytest.mark.parametrize("lang, line, role", [
    ("sv", "Eva Lindqvist, trafikplanerare", "trafikplanerare"), ("da", "Jens Holm, byplanlægger", "byplanlægger"),
    ("nb", "Kari Dahl, trafikkingeniør", "trafikkingeniør"), ("nn", "Ola Vik, arealplanleggjar", "arealplanleggjar"),
])
def test_occupational_titles_after_the_name_are_roles(lang, line, role):
    got = find_contacts(f"Tittel\n\nKontakt\n{line}\nola@example.org\n", lang)
    assert [(c["name"].value.split()[0], c["role"].value) for c in got] == [(line.split()[0], role)]


@pytest.mark.parametrize("lang, block, expected", [
    ("sv", "Kontaktperson: Anna Berg, projektledare, Sala kommun. Tel 0224-74 70 00. E-post: anna.berg@sala.se",
     {"name": "Anna Berg", "role": "projektledare", "phone": "+46224747000", "email": "anna.berg@sala.se"}),
    ("da", "Kontaktperson: Mette Kjær, projektleder, Vejle Kommune. Tlf. 20 30 40 50. Mail: mk@vejle.dk",
     {"name": "Mette Kjær", "role": "projektleder", "phone": "+4520304050", "email": "mk@vejle.dk"}),
    ("nb", "Kontaktperson: Kari Hansen, prosjektleder, Hamar kommune. Tlf. 900 00 000. E-post: kari@hamar.kommune.no",
     {"name": "Kari Hansen", "role": "prosjektleder", "phone": "+4790000000", "email": "kari@hamar.kommune.no"}),
    ("nn", "Kontaktperson: Ola Vik, prosjektleiar, Voss herad. Tlf. 56 51 00 00. E-post: ola.vik@voss.kommune.no",
     {"name": "Ola Vik", "role": "prosjektleiar", "phone": "+4756510000", "email": "ola.vik@voss.kommune.no"}),
])
def test_phone_and_e_mail_in_sentences_after_the_contact(lang, block, expected):
    got = find_contacts(f"Tittel\n\nTekst om prosjektet her.\n\n{block}\n", lang)
    assert [{k: c.value for k, c in x.items() if k != "organisation"} for x in got] == [expected]


@pytest.mark.parametrize("lang, block, expected", [
    ("da", "Kontakt\nMette Kjær\nProjektleder, Vejle Kommune\nE-mail: mk@vejle.dk",
     {"name": "Mette Kjær", "role": "Projektleder", "organisation": "Vejle Kommune", "email": "mk@vejle.dk"}),
    ("sv", "Kontakt\nAnna Berg\nProjektledare, Sala kommun\nE-post: anna.berg@sala.se",
     {"name": "Anna Berg", "role": "Projektledare", "organisation": "Sala kommun", "email": "anna.berg@sala.se"}),
    ("nb", "Kontakt\nKari Hansen\nRådgiver, Hamar kommune\nE-post: kari@hamar.kommune.no",
     {"name": "Kari Hansen", "role": "Rådgiver", "organisation": "Hamar kommune", "email": "kari@hamar.kommune.no"}),
    ("nn", "Kontakt\nOla Vik\nProsjektleiar, Voss herad\nE-post: ola.vik@voss.kommune.no",
     {"name": "Ola Vik", "role": "Prosjektleiar", "organisation": "Voss herad", "email": "ola.vik@voss.kommune.no"}),
])
def test_role_and_workplace_on_the_line_under_the_name(lang, block, expected):
    """'Projektleder, Vejle Kommune' under the name: the role, then the workplace (not one organisation)."""
    got = find_contacts(f"Tittel\n\nTekst om prosjektet her.\n\n{block}\n", lang)
    assert [{k: c.value for k, c in x.items()} for x in got] == [expected]


@pytest.mark.parametrize("lang, block, role", [
    ("nb", "Ansvarlig for søknaden\nMarit Pedersen, daglig leder\nmarit@bodoturlag.no / 988 77 665", "daglig leder"),
    ("nn", "Ansvarleg for søknaden\nMarit Pedersen, dagleg leiar\nmarit@bodoturlag.no / 988 77 665", "dagleg leiar"),
    ("da", "Ansvarlig for ansøgningen\nMarit Pedersen, daglig leder\nmarit@bodoturlag.no / 988 77 665", "daglig leder"),
    ("sv", "Ansvarig för ansökan\nMarit Pedersen, verksamhetschef\nmarit@bodoturlag.no / 988 77 665", "verksamhetschef"),
])
def test_contact_label_value_over_two_lines_keeps_the_role(lang, block, role):
    got = find_contacts(f"Tittel\n\nTekst om prosjektet her.\n\n{block}\n", lang)
    assert [(c["name"].value, c["role"].value, c["email"].value) for c in got] == [
        ("Marit Pedersen", role, "marit@bodoturlag.no")]


@pytest.mark.parametrize("lang, sentence, expected", [
    ("sv", "Du når Anna Berg på 070-123 45 67 eller anna.berg@sala.se.",
     {"name": "Anna Berg", "phone": "+46701234567", "email": "anna.berg@sala.se"}),
    ("da", "Henvendelser om projektet kan ske til projektleder Mette Kjær, mk@vejle.dk.",
     {"name": "Mette Kjær", "role": "projektleder", "email": "mk@vejle.dk"}),
    ("nb", "Spørsmål kan rettes til Kari Hansen på tlf. 900 00 000.", {"name": "Kari Hansen", "phone": "+4790000000"}),
    ("nn", "Du når Ola Vik på 56 51 00 00.", {"name": "Ola Vik", "phone": "+4756510000"}),
])
def test_contact_told_as_how_to_reach_someone(lang, sentence, expected):
    got = find_contacts(f"Tittel\n\nTekst om prosjektet.\n\n{sentence}\n", lang)
    assert [{k: c.value for k, c in x.items()} for x in got] == [expected]
    assert find_contacts(f"Tittel\n\nDu når målet ved å trene 3 ganger i uka.\n", lang) == []


@pytest.mark.parametrize("lang, line, sep", [
    ("da", "Jens Hansen,12345678,jh@vaekst.dk{sep}Pia Holm,87654321,ph@vaekst.dk", "; "),
    ("sv", "Anna Berg, 070-123 45 67, anna.berg@sala.se{sep}Per Lund, 070-765 43 21, per.lund@sala.se", " / "),
    ("nb", "Kari Hansen, 900 00 000, kari@hamar.kommune.no{sep}Ola Berg, 911 11 111, ola@hamar.kommune.no", "; "),
    ("nn", "Ola Vik, 56 51 00 00, ola.vik@voss.kommune.no{sep}Siri Aase, 56 51 00 01, siri.aase@voss.kommune.no", " / "),
])
def test_two_people_on_one_line_apart(lang, line, sep):
    """People listed on one line, each with a phone and an e-mail, are apart; two phones of one person
    ("12 34 56 78 / 87 65 43 21") stay one person."""
    got = find_contacts(f"Tittel\n\nKontaktperson\n{line.format(sep=sep)}\n", lang)
    people = [person.split(",") for person in line.split("{sep}")]
    assert [(c["name"].value, c["email"].value) for c in got] == [(p[0], p[2].strip()) for p in people]
    one = find_contacts("Tittel\n\nKontaktperson\nJens Hansen,12 34 56 78 / 87 65 43 21,jh@vaekst.dk\n", lang)
    assert [c["name"].value for c in one] == ["Jens Hansen"]


@pytest.mark.parametrize("lang, head, question", [
    ("nn", "Prosjektleiar: Ingrid Vik, tlf. 452 19 833", "Kva var det viktigaste de lærte?"),
    ("nb", "Prosjektleder: Ingrid Vik, tlf. 452 19 833", "Hva lærte dere underveis?"),
    ("da", "Projektleder: Ingrid Vik, tlf. 45 21 98 33", "Hvad lærte I undervejs?"),
    ("sv", "Projektledare: Ingrid Vik, tel. 070-452 19 83", "Vad lärde ni er på vägen?"),
])
def test_a_question_heading_ends_the_contact_section(lang, head, question):
    """A short unknown heading may be a contact line ("Koordinator Knut Rise, Frivilligsentralen"); a
    question never is, so it is not read as the contact's organisation."""
    text = f"Språkkafé\n\n{head}\n\n{question}\nTekst om det her i eit heilt avsnitt med nok ord til å vere eit avsnitt.\n"
    (contact,) = values(find_contacts(text, lang))
    assert contact["name"] == "Ingrid Vik" and "organisation" not in contact


@pytest.mark.parametrize("lang, idline, phone_line, phone", [
    ("da", "CVR 31234567", "Tlf. 23 45 67 89", "+4523456789"), ("da", "Fax 23 45 67 00", "Tlf. 23 45 67 89", "+4523456789"),
    ("sv", "Bg 5123-4567", "Tel. 070-123 45 67", "+46701234567"),
    ("nb", "Orgnr 22334455", "Tlf. 412 34 567", "+4741234567"),
    ("nn", "Orgnr 22334455", "Mobil 412 34 567", "+4741234567"),
])
def test_a_registry_or_account_number_is_no_phone(lang, idline, phone_line, phone):
    text = f"Projekt\n\nKontakt\nAnna Holm\n{idline}\n{phone_line}\nanna@groen.dk\n"
    assert [c["phone"] for c in values(find_contacts(text, lang))] == [phone]
    alone = f"Projekt\n\nKontakt\nAnna Holm, {idline}, anna@groen.dk\n"
    assert "phone" not in values(find_contacts(alone, lang))[0]


@pytest.mark.parametrize("lang, footer", [
    ("da", "© 2024 Vejle Kommune · Cookiepolitik"), ("sv", "Copyright Region Skåne"),
    ("nb", "(c) Stiftelsen Dam 2024"), ("nn", "© Sunnmøre Kystlag"),
])
def test_a_page_footer_ends_the_contact_block(lang, footer):
    text = f"Projekt\n\nKontakt\nAnna Holm\nTlf. 23 45 67 89\nanna@groen.dk\n\n{footer}\n"
    (contact,) = values(find_contacts(text, lang))
    assert (contact["name"], contact["email"], "organisation" in contact) == ("Anna Holm", "anna@groen.dk", False)


@pytest.mark.parametrize("lang, line, role, org", [
    ("da", "Anna Holm, projektleder i Vejle Kommune, 23 45 67 89", "projektleder", "Vejle Kommune"),
    ("sv", "Anna Berg, projektledare på Region Skåne, 070-123 45 67", "projektledare", "Region Skåne"),
    ("nb", "Kari Nilsen, daglig leder ved Frivilligsentralen, 412 34 567", "daglig leder", "Frivilligsentralen"),
    ("nn", "Kari Nilsen, dagleg leiar i Sunnmøre Kystlag, 412 34 567", "dagleg leiar", "Sunnmøre Kystlag"),
    ("da", "Anna Holm\nKonsulent hos Socialstyrelsen\n23 45 67 89", "Konsulent", "Socialstyrelsen"),
])
def test_a_role_at_a_workplace_is_role_and_organisation(lang, line, role, org):
    (contact,) = values(find_contacts(f"Projekt\n\nKontakt\n{line}\n", lang))
    assert (contact["role"], contact["organisation"]) == (role, org)


@pytest.mark.parametrize("lang, text, expected", [
    ("da", "Kontakt: Anna Holm – projektleder – 23 45 67 89 – anna@x.dk",
     {"name": "Anna Holm", "role": "projektleder", "phone": "+4523456789", "email": "anna@x.dk"}),
    ("sv", "Kontakt\nAnna Berg — projektledare — 070-123 45 67",
     {"name": "Anna Berg", "role": "projektledare", "phone": "+46701234567"}),
    ("da", "Kontakt\nAnna Holm\nRegion Syddanmark – Regional Udvikling\n23 45 67 89",
     {"name": "Anna Holm", "phone": "+4523456789", "organisation": "Region Syddanmark – Regional Udvikling"}),
])
def test_spaced_dashes_part_a_contact_line_with_an_address(lang, text, expected):
    assert values(find_contacts(f"Projekt\n\n{text}\n", lang)) == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("da", "Kontakt\nFor mere information kontakt projektleder Anna Holm (23 45 67 89) eller koordinator Jens Bo Madsen (jens@x.dk).",
     [{"name": "Anna Holm", "role": "projektleder", "phone": "+4523456789"},
      {"name": "Jens Bo Madsen", "role": "koordinator", "email": "jens@x.dk"}]),
    ("sv", "Mer information\nKontakta projektledare Anna Berg, 070-123 45 67, eller samordnare Per Holm, per.holm@x.se.",
     [{"name": "Anna Berg", "role": "projektledare", "phone": "+46701234567"},
      {"name": "Per Holm", "role": "samordnare", "email": "per.holm@x.se"}]),
    ("nb", "Ta kontakt med prosjektleder Kari Nilsen på 412 34 567 eller kari@x.no for mer informasjon.",
     [{"name": "Kari Nilsen", "role": "prosjektleder", "phone": "+4741234567", "email": "kari@x.no"}]),
    ("nn", "Ta kontakt med prosjektleiar Ola Vik, 412 34 567, eller koordinator Siri Dale, siri@x.no.",
     [{"name": "Ola Vik", "role": "prosjektleiar", "phone": "+4741234567"},
      {"name": "Siri Dale", "role": "koordinator", "email": "siri@x.no"}]),
])
def test_two_people_asked_for_in_one_sentence(lang, text, expected):
    assert values(find_contacts(f"Prosjekt\n\nTekst her.\n\n{text}\n", lang)) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("sv", "Kontakt\nProjektledare: Anna Berg, Per Holm\nTelefon: 070-123 45 67\nE-post: per.holm@x.se",
     [{"name": "Anna Berg", "role": "Projektledare", "phone": "+46701234567"},
      {"name": "Per Holm", "role": "Projektledare", "email": "per.holm@x.se"}]),
    ("da", "Kontaktpersoner\nAnna Holm, Jens Bo Madsen\njens@x.dk\nanna@x.dk",
     [{"name": "Anna Holm", "email": "anna@x.dk"}, {"name": "Jens Bo Madsen", "email": "jens@x.dk"}]),
    ("nb", "Kontakt\nProsjektleder: Kari Nilsen, Ola Lie\nE-post: ola.lie@x.no",
     [{"name": "Kari Nilsen", "role": "Prosjektleder"}, {"name": "Ola Lie", "role": "Prosjektleder", "email": "ola.lie@x.no"}]),
    ("nn", "Kontakt\nProsjektleiar: Siri Dale, Ola Vik\nE-post: siri.dale@x.no",
     [{"name": "Siri Dale", "role": "Prosjektleiar", "email": "siri.dale@x.no"}, {"name": "Ola Vik", "role": "Prosjektleiar"}]),
])
def test_names_apart_by_commas_share_the_addresses_below_by_name(lang, text, expected):
    assert values(find_contacts(f"Prosjekt\n\n{text}\n", lang)) == expected
