"""Text wrapped by a page's width (a PDF's text layer, a hard-wrapped .txt): a name, a sentence, a
contact line or an author line broken over lines reads as it would on one line."""
from __future__ import annotations

import pytest

from pipeline import find_contacts
from pipeline.extractors.identity import find_titles
from pipeline.extractors.people import find_ages, find_participants
from pipeline.extractors.timeline import find_document_dates
from pipeline.stages.sections import find_blocks

# a name whose first line ends in a word no name ends with, or whose next line opens in lower case
WRAPPED_TITLES = [
    ("da", "Vidensbaseret iværksætteri og grøn omstilling for\nsmå virksomheder i Region Sjælland",
     "Vidensbaseret iværksætteri og grøn omstilling for små virksomheder i Region Sjælland"),
    ("sv", "Inkluderande tillväxt i skogssektorn genom innovativ\nsamverkan mellan företag och kommuner",
     "Inkluderande tillväxt i skogssektorn genom innovativ samverkan mellan företag och kommuner"),
    ("nb", "Trygg overgang fra ungdomsskole til videregående skole og\nArbeidslivet i Nordland",
     "Trygg overgang fra ungdomsskole til videregående skole og Arbeidslivet i Nordland"),
    ("nn", "Kvardagsmeistring og meistringsgrupper for eldre heimebuande i\nSunnfjord og Sogn",
     "Kvardagsmeistring og meistringsgrupper for eldre heimebuande i Sunnfjord og Sogn"),
]


@pytest.mark.parametrize("lang, head, title", WRAPPED_TITLES)
def test_a_title_wrapped_over_two_lines_is_one_name(lang, head, title):
    text = f"{head}\n\nBudget\n100.000 kr.\n"
    got = [(c.value, c.method, text[c.start:c.end]) for c in find_titles(text, lang, find_blocks(text, lang))]
    assert got == [(title, "title@1:wrapped_first_lines", head)]


LONG_NB = ("Utvikling av nye samarbeidsformer mellom kommuner, fylkeskommuner, frivillige lag og bedrifter om "
           "inkludering av ungdommer i Innlandet")


@pytest.mark.parametrize("lang, text, title", [
    ("da", "Aktiv hverdag i Næstved\nBaggrund\nTekst om projektet.\n", "Aktiv hverdag i Næstved"),
    ("sv", "Läslust på Gotland\nSyfte\nText om projektet.\n", "Läslust på Gotland"),
    # a first line longer than a page's width was not wrapped: its next line in lower case is no part of it
    ("nb", f"{LONG_NB}\nfortsetter her\n\nBakgrunn\nTekst.\n", LONG_NB),
    ("nn", "Songlag for alle i Volda\nBakgrunn\nTekst om prosjektet.\n", "Songlag for alle i Volda"),
])
def test_a_title_line_under_which_a_heading_or_running_text_stands_stays_alone(lang, text, title):
    got = [c.value for c in find_titles(text, lang, find_blocks(text, lang))]
    assert got == [title]


@pytest.mark.parametrize("lang, text, word", [
    ("da", "Projektet skal skabe nye og varige fællesskaber med et klart\nformål\n\nBaggrund\nTekst.\n", "formål"),
    ("sv", "Projektet bygger på en lång tradition av lokal och regional\nsamverkan\n\nBakgrund\nText.\n", "samverkan"),
    ("nb", "Vi har lagt vekt på et tett og godt lokalt og regionalt\nsamarbeid\n\nBakgrunn\nTekst.\n", "samarbeid"),
    ("nn", "Prosjektet har sett av tid og pengar til ei grundig og open\nevaluering\n\nBakgrunn\nTekst.\n", "evaluering"),
])
def test_a_heading_word_wrapped_onto_its_own_line_is_no_heading(lang, text, word):
    headers = [b.header for b in find_blocks(text, lang) if b.kind == "heading"]
    assert word not in headers and headers[-1] in ("Baggrund", "Bakgrund", "Bakgrunn")


@pytest.mark.parametrize("lang, text, field, value", [
    ("da", "Målgruppe\nVi regnede med at komme i kontakt med omkring 40\ndeltagere i løbet af det første år.\n",
     "participants_planned", 40),
    ("sv", "Deltagare\nUnder projektets två år har sammanlagt 85\ndeltagare varit med i grupperna varje vecka.\n",
     "participants_reached", 85),
    ("nb", "Deltakere\nMålet er at prosjektet skal nå 120 ungdommer og unge\nvoksne i løpet av de to årene.\n",
     "participants_planned", 120),
    ("nn", "Mål\nMålet var å gje fleire innbyggjarar ein stad å møtast. Vi rekna\nmed om lag 40 deltakarar.\n",
     "participants_planned", 40),
])
def test_a_count_and_its_cue_wrapped_over_two_lines(lang, text, field, value):
    got = [(c.kind, c.value) for c in find_participants(text, lang, find_blocks(text, lang))]
    assert got == [(field, value)]


@pytest.mark.parametrize("lang, text, value", [
    ("da", "Målgruppe\nTilbuddet retter sig mod hjemmeboende borgere på 67 år og\nderover, som bor alene.\n", 67),
    ("sv", "Målgrupp\nVerksamheten vänder sig till boende i kommunen som är 65 år och\näldre och bor ensamma.\n", 65),
    ("nb", "Målgruppe\nTilbudet er for hjemmeboende innbyggere i kommunen på 70 år og\neldre som bor alene.\n", 70),
    ("nn", "Målgruppe\nTilbodet er for heimebuande innbyggjarar i kommunen på 67 år og\neldre som bur åleine.\n", 67),
])
def test_a_lower_age_bound_wrapped_before_its_closing_words(lang, text, value):
    got = [(c.kind, c.value) for c in find_ages(text, lang, find_blocks(text, lang))]
    assert got == [("target_age_min", value)]


@pytest.mark.parametrize("lang, text, iso", [
    ("da", "Evaluering af Sammen om Maden\n\nRapporten er udarbejdet af Center for Sundhed og Pleje, Faaborg-Midtfyn\n"
           "Kommune, juni 2023.\n", "2023-06-01"),
    ("sv", "Slutrapport\n\nRapporten är upprättad av Förvaltningen för vård och omsorg, Skövde\nkommun, "
           "mars 2024.\n", "2024-03-01"),
    ("nb", "Sluttrapport\n\nRapporten er utarbeidet av Enhet for helse og mestring, Lillehammer\nkommune, "
           "oktober 2022.\n", "2022-10-01"),
    ("nn", "Sluttrapport\n\nRapporten er utarbeidd av Eining for helse og meistring, Sunnfjord\nkommune, "
           "mai 2021.\n", "2021-05-01"),
])
def test_a_date_closing_a_wrapped_author_line_dates_the_document(lang, text, iso):
    got = [(c.value, c.method) for c in find_document_dates(text, lang, find_blocks(text, lang))]
    assert got == [(iso, "document_date@1:version")]


@pytest.mark.parametrize("lang, text, contact", [
    ("da", "Kontakt\n\nProjektleder Mette Holm, Vejle Kommune, tlf. 76\n81 55 20, mette.holm@vejle.dk\n",
     ("Mette Holm", "Projektleder", "+4576815520", "mette.holm@vejle.dk")),
    ("sv", "Kontakt\n\nProjektledare Karin Hedlund, Region Gotland,\nkarin.hedlund@gotland.se, 0498-26 91 40\n",
     ("Karin Hedlund", "Projektledare", "+46498269140", "karin.hedlund@gotland.se")),
    ("nb", "Kontakt\n\nProsjektleder Ole Halvorsen, Tromsø kommune, tlf. 77\n79 04 12, ole.halvorsen@tromso.kommune.no\n",
     ("Ole Halvorsen", "Prosjektleder", "+4777790412", "ole.halvorsen@tromso.kommune.no")),
    ("nn", "9. Kontakt\n\nProsjektleiar Ragnhild Myklebust, Sunnfjord kommune, tlf. 57\n"
           "72 20 45, ragnhild.myklebust@sunnfjord.kommune.no\n",
     ("Ragnhild Myklebust", "Prosjektleiar", "+4757722045", "ragnhild.myklebust@sunnfjord.kommune.no")),
])
def test_a_contact_line_wrapped_inside_a_phone_or_after_a_comma(lang, text, contact):
    got = [tuple(c[k].value if k in c else None for k in ("name", "role", "phone", "email"))
           for c in find_contacts(text, lang)]
    assert got == [contact]



@pytest.mark.parametrize("lang, text, key, header", [
    ("da", "Projektet fortsætter i den daglige drift efter projektperioden.\nProjektleder\nLone Bech Andersen\n",
     "contact", "Projektleder"),
    ("sv", "Arbetet fortsätter inom den ordinarie verksamheten efter projekttiden.\nProjektledare\nKarin Lund\n",
     "contact", "Projektledare"),
    ("nb", "Lesestundene fortsetter på biblioteket hver tirsdag etter skoletid (tolv elever er med)\n"
           "Prosjektleder\nIngrid Haugen\n", "contact", "Prosjektleder"),
    ("nn", "Det vart sett av tid til å planleggje vidare drift.\nTal på deltakarar prosjektet planlegg å nå i år\n120\n",
     "participants", "Tal på deltakarar prosjektet planlegg å nå i år"),
])
def test_a_heading_under_a_closed_paragraph_without_a_blank_line(lang, text, key, header):
    """A Word file's paragraphs have no blank line between them: a role title or a longer heading line
    under a paragraph that closes is a heading, not a role under a name or a line of the paragraph."""
    got = [(b.key, b.header) for b in find_blocks(text, lang) if b.kind == "heading"]
    assert got == [(key, header)]


@pytest.mark.parametrize("lang, country, text, per, value", [
    ("da", "DK", "Tilskuddet er 12.000 kr. pr.\nmdr. i hele perioden.", "month", 12000.0),
    ("sv", "SE", "Bidraget är 15 000 kronor per\nmånad under hela perioden.", "month", 15000.0),
    ("nb", "NO", "Tilskuddet er 10 000 kroner per\nmåned i hele perioden.", "month", 10000.0),
    ("nn", "NO", "Tilskotet er 10 000 kroner per\nmånad i heile perioden.", "month", 10000.0),
])
def test_a_per_phrase_wrapped_over_a_line_break_is_read_whole(lang, country, text, per, value):
    """A phrase of the resources may be wrapped by the page's width; its key is looked up whole
    (it crashed the document once: KeyError 'pr.\\nmdr')."""
    from pipeline.extractors.amounts import find_amounts
    got = [(a.value, a.attrs.get("per")) for a in find_amounts(text, lang, country)]
    assert got == [(value, per)]
