"""Entities stage: the shipped cross-Nordic NER model, the resource ruler and municipality lookup."""
from __future__ import annotations

import pytest

from pipeline.resources import RESOURCE_DIR, country, validate_file
from pipeline.resources.models_entities import EntitiesFile
from pipeline.stages.entities import build_nlp, entities, model_path, municipality_of, resolve_mode

LANGS = ("da", "sv", "nb", "nn")

#: Written for these tests: a contact line with a role title and three organisation cues.
RULER_SENTENCES = {
    "da": "Kontaktperson: Mette Kjær, projektleder i Struer Kommune, samarbejder med Randers "
          "Sundhedscenter og Region Syddanmark.",
    "sv": "Kontaktperson: Anna Lindqvist, projektledare på Lunds kommun, samarbetar med Region Skåne "
          "och Trafikverket.",
    "nb": "Kontaktperson: Kari Nordmann, prosjektleder i Bergen kommune, samarbeider med Universitetet "
          "i Oslo og Helse Bergen.",
    "nn": "Kontaktperson: Ola Nordmann, prosjektleiar i Voss kommune, samarbeider med Høgskulen på "
          "Vestlandet og Helse Førde.",
}
RULER_EXPECTED = {
    "da": [("PER", "Mette Kjær", 0.8), ("ORG", "Struer Kommune", 0.95),
           ("ORG", "Randers Sundhedscenter", 0.9), ("ORG", "Region Syddanmark", 0.85)],
    "sv": [("PER", "Anna Lindqvist", 0.8), ("ORG", "Lunds kommun", 0.95), ("ORG", "Region Skåne", 0.85),
           ("ORG", "Trafikverket", 0.75)],
    "nb": [("PER", "Kari Nordmann", 0.8), ("ORG", "Bergen kommune", 0.95),
           ("ORG", "Universitetet i Oslo", 0.85), ("ORG", "Helse Bergen", 0.85)],
    "nn": [("PER", "Ola Nordmann", 0.8), ("ORG", "Voss kommune", 0.95),
           ("ORG", "Høgskulen på Vestlandet", 0.85), ("ORG", "Helse Førde", 0.85)],
}


@pytest.mark.parametrize("lang", LANGS)
def test_entities_file_validates(lang):
    res = validate_file(RESOURCE_DIR / lang / "entities.yaml", EntitiesFile)
    assert res.country == {"da": "DK", "sv": "SE", "nb": "NO", "nn": "NO"}[lang]
    assert res.municipality_suffixes


def test_entities_file_rejects_duplicates_and_unknown_keys():
    base = validate_file(RESOURCE_DIR / "da" / "entities.yaml", EntitiesFile).model_dump()
    with pytest.raises(ValueError, match="duplicate"):
        EntitiesFile.model_validate({**base, "org_suffixes": ["A/S", "a/s"]})
    with pytest.raises(ValueError, match="extra"):
        EntitiesFile.model_validate({**base, "surnames": []})


@pytest.mark.parametrize("code,n_municipalities,n_regions,currency", [
    ("DK", 98, 5, "DKK"), ("SE", 290, 21, "SEK"), ("NO", 355, 15, "NOK")])
def test_country_files(code, n_municipalities, n_regions, currency):
    cf = country(code)
    assert (len(cf.municipalities), len(cf.regions), cf.currency, cf.phone_region) == (
        n_municipalities, n_regions, currency, code)
    assert all(alias_target in cf.municipalities for alias_target in cf.municipality_aliases.values())
    assert not any(m.casefold().endswith(("kommune", "kommun")) for m in cf.municipalities)


@pytest.mark.parametrize("lang", LANGS)
def test_ruler_entities(lang):
    text = RULER_SENTENCES[lang]
    got = entities(text, lang, ner="ruler")
    assert [(e.label, e.text, e.confidence) for e in got] == RULER_EXPECTED[lang]
    assert all(text[e.start:e.end] == e.text and e.method == "ruler@1" for e in got)


def test_ruler_splits_glued_contact_line():
    text = "Kontaktperson\nMette Kjær,12345678,mk@eksempel.dk"
    assert [(e.label, e.text, e.start, e.end) for e in entities(text, "da", ner="ruler")] == [
        ("PER", "Mette Kjær", 14, 24)]


@pytest.mark.parametrize("lang, text, org", [
    ("da", "Projektrapport, Jobcenter Holstebro", "Jobcenter Holstebro"),
    ("nb", "Sluttrapport fra NAV Hamar", "NAV Hamar"),
    ("nn", "Sluttrapport frå NAV Voss", "NAV Voss"),
])
def test_ruler_public_employment_offices_are_organisations(lang, text, org):
    """"Jobcenter <municipality>" / "NAV <municipality>" name an office, never a person or a place."""
    got = [(e.label, e.text, e.method) for e in entities(text, lang, ner="nordic")]
    assert got == [("ORG", org, "ruler@1")]


@pytest.mark.parametrize("lang, text, org", [
    ("da", "Indstillingen går til Sundhedsudvalget.", "Sundhedsudvalget"),
    ("sv", "Beslutet fattades av Socialnämnden.", "Socialnämnden"),
    ("sv", "Rapporten skrevs av Statskontoret.", "Statskontoret"),
    ("nb", "Saken går til Oppvekstutvalget.", "Oppvekstutvalget"),
    ("nn", "Saka går til Oppvekstutvalet.", "Oppvekstutvalet"),
    ("nn", "Prosjektet er eigd av Ulvik herad.", "Ulvik herad"),
])
def test_ruler_committees_boards_and_herad_are_organisations(lang, text, org):
    """Council committees and boards ("-udvalget", "-nämnden", "-utvalet") and the Nynorsk
    municipality "X herad" are organisations."""
    assert [(e.label, e.text) for e in entities(text, lang, ner="ruler")] == [("ORG", org)]


@pytest.mark.parametrize("lang, text, names", [
    ("da", "Kontakt\nLise Holm\nKonsulent\nNetværket Grøn Hverdag\n", ["Lise Holm"]),
    ("sv", "Kontakt\nEva Berg\nProjektledare\nHållbar Vardag Syd\n", ["Eva Berg"]),
    ("nb", "Kontakt\nKari Lie\nRådgiver\nGrønn Hverdag Vest\n", ["Kari Lie"]),
    ("nn", "Kontakt\nOla Vik\nKonsulent\nGrøn Kvardag Vest\n", ["Ola Vik"]),
    ("da", "Kontakt\nLise Holm\nKonsulent\nGrøn Hverdag Vest\n", ["Lise Holm"]),
    # a role above a name (not closing a block) still introduces it
    ("da", "Lise Holm\nKonsulent\n\nProjektleder\nJens Bo Hansen\n", ["Lise Holm", "Jens Bo Hansen"]),
])
def test_ruler_role_closing_a_contact_block_opens_no_second_name(lang, text, names):
    """"Name\nRole\nOrganisation": the line under the role is the organisation, not a person."""
    got = [e.text for e in entities(text, lang, ner="ruler") if e.label == "PER"]
    assert got == names


@pytest.mark.parametrize("lang, text, name", [
    ("da", "Kontakt\nProjektleder Hanne Mølgaard Kristiansen\n", "Hanne Mølgaard Kristiansen"),
    ("sv", "Kontakt\nProjektledare Anna Berg\n", "Anna Berg"),
    ("nb", "Kontaktperson\nProsjektleder Kari Nilsen Lie\n", "Kari Nilsen Lie"),
    ("nn", "Kontakt\nProsjektleiar Ola Vik\n", "Ola Vik"),
])
def test_ruler_person_name_under_a_contact_word_does_not_open_with_a_role(lang, text, name):
    assert [e.text for e in entities(text, lang, ner="ruler") if e.label == "PER"] == [name]


@pytest.mark.parametrize("text,code,expected", [
    ("Struer Kommune og Varde Kommune", "DK", [("Struer", 0, 6), ("Varde", 18, 23)]),
    ("Randers Sundhedscenter", "DK", [("Randers", 0, 7)]),
    ("Vejen er lang; Vejen Kommune", "DK", [("Vejen", 15, 20)]),
    ("Projekt i Århus", "DK", [("Aarhus", 10, 15)]),
    ("Kommuner\nMalmö", "SE", [("Malmö", 9, 14)]),
    ("Lunds kommun och Göteborgs stad", "SE", [("Lund", 0, 5), ("Göteborg", 17, 26)]),
    ("Mark och Marks kommun", "SE", [("Mark", 9, 14)]),
    ("Herøy kommune og Nes", "NO", [("Herøy", 0, 5)]),
    ("Nore og Uvdal kommune", "NO", [("Nore og Uvdal", 0, 13)]),
])
def test_municipality_of(text, code, expected):
    assert municipality_of(text, code) == expected


def test_resolve_mode():
    assert resolve_mode("ruler") == "ruler"
    assert resolve_mode("auto") == ("nordic" if (model_path() / "meta.json").is_file() else "ruler")
    with pytest.raises(ValueError):
        resolve_mode("transformer")


def test_build_nlp_is_cached_and_registered():
    nlp = build_nlp("da", "ruler")
    assert build_nlp("da", "ruler") is nlp
    assert nlp.pipe_names == ["nordcase_entity_rules"]


#: Written for these tests: two people, an organisation by cue and a place, in each language.
MODEL_SENTENCES = {
    "da": "Mette Kjær fra Aalborg Universitet mødtes i går med Lars Holm fra Vejle Kommune i Kolding.",
    "sv": "Anna Lindqvist från Uppsala universitet träffade Johan Berg från Region Skåne i Malmö.",
    "nb": "Kari Nordmann fra Universitetet i Bergen møtte Ole Hansen fra Stavanger kommune i Tromsø.",
    "nn": "Ola Nordmann frå Høgskulen på Vestlandet møtte Sigrid Nilsen frå Voss kommune i Førde.",
}
#: The model's calibrated confidence for a two-word capitalised person and a one-word place
#: (models/ner-nordic/calibration.json): one place to update after a retrain.
MODEL_PER = ("ner-nordic@1", 0.9549)
MODEL_LOC = ("ner-nordic@1", 0.9045)
MODEL_EXPECTED = {
    "da": [("PER", "Mette Kjær", *MODEL_PER), ("ORG", "Aalborg Universitet", "ruler@1", 0.9),
           ("PER", "Lars Holm", *MODEL_PER), ("ORG", "Vejle Kommune", "ruler@1", 0.95),
           ("LOC", "Kolding", *MODEL_LOC)],
    "sv": [("PER", "Anna Lindqvist", *MODEL_PER), ("ORG", "Uppsala universitet", "ruler@1", 0.9),
           ("PER", "Johan Berg", *MODEL_PER), ("ORG", "Region Skåne", "ruler@1", 0.85),
           ("LOC", "Malmö", *MODEL_LOC)],
    "nb": [("PER", "Kari Nordmann", *MODEL_PER), ("ORG", "Universitetet i Bergen", "ruler@1", 0.85),
           ("PER", "Ole Hansen", *MODEL_PER), ("ORG", "Stavanger kommune", "ruler@1", 0.95),
           ("LOC", "Tromsø", *MODEL_LOC)],
    "nn": [("PER", "Ola Nordmann", *MODEL_PER), ("ORG", "Høgskulen på Vestlandet", "ruler@1", 0.85),
           ("PER", "Sigrid Nilsen", *MODEL_PER), ("ORG", "Voss kommune", "ruler@1", 0.95),
           ("LOC", "Førde", *MODEL_LOC)],
}


def test_model_is_shipped():
    assert (model_path() / "meta.json").is_file()
    assert (model_path() / "calibration.json").is_file()
    assert resolve_mode("auto") == "nordic"


@pytest.mark.parametrize("lang", LANGS)
def test_model_entities(lang):
    text = MODEL_SENTENCES[lang]
    got = entities(text, lang, ner="nordic")
    assert [(e.label, e.text, e.method, e.confidence) for e in got] == MODEL_EXPECTED[lang]
    assert all(text[e.start:e.end] == e.text for e in got)
    assert entities(text, lang) == got  # 'auto' picks the shipped model


def test_model_pipeline_components():
    nlp = build_nlp("sv", "nordic")
    assert nlp.pipe_names == ["gazetteer", "tok2vec", "ner", "nordcase_ner_confidence", "nordcase_entity_rules"]
    assert sorted(nlp.get_pipe("ner").labels) == ["LOC", "MISC", "ORG", "PER"]


def test_model_matrix_products_run_in_numpy_not_blis():
    """Every layer of the loaded model uses numpy's BLAS (BLIS was 2.4-3x slower here); spaCy's
    default ops are untouched for everyone else in the process."""
    from thinc.api import NumpyOps, get_current_ops

    nlp = build_nlp("nb", "nordic")
    nodes = [node for name in ("tok2vec", "ner") for node in nlp.get_pipe(name).model.walk()]
    assert len(nodes) > 20
    assert all(isinstance(n.ops, NumpyOps) and not n.ops.use_blis for n in nodes)
    assert getattr(get_current_ops(), "use_blis", True)


@pytest.mark.parametrize("lang,text,tags", [
    ("da", "Mette Kjær bor i Kolding", ["F", "L", "-", "-", "P"]),
    ("sv", "Johan Berg reste till Malmö", ["F", "LP", "-", "-", "P"]),  # Berg: surname and a municipality
    ("nb", "Ole Hansen flyttet til Tromsø", ["F", "L", "-", "-", "P"]),
    ("nn", "Sigrid Nilsen budde på Voss", ["F", "L", "-", "-", "P"]),
])
def test_shipped_gazetteer_flags_names_and_places(lang, text, tags):
    """The model's gazetteer (first names, surnames, Nordic places) as the tok2vec reads it."""
    nlp = build_nlp(lang, "nordic")
    assert [t.tag_ for t in nlp(text)] == tags


@pytest.mark.parametrize("lang,text,tags,suffixes,prefixes", [
    ("da", "Socialstyrelsen og Vejle Kommune", ["E", "-", "P", "E"], ["elsen", "og", "vejle", "mmune"],
     ["soci", "og", "vejl", "komm"]),
    ("da", "Jobcenter Holstebro", ["S", "P"], ["enter", "tebro"], ["jobc", "hols"]),
    ("sv", "Arbetsförmedlingen i Lund AB", ["E", "-", "LP", "E"], ["ingen", "i", "lund", "ab"],
     ["arbe", "i", "lund", "ab"]),
    ("nb", "Helsedirektoratet og Statens vegvesen", ["E", "-", "S", "-"], ["ratet", "og", "atens", "vesen"],
     ["hels", "og", "stat", "vegv"]),
    ("nb", "NAV Hamar", ["S", "P"], ["nav", "hamar"], ["nav", "hama"]),
    ("nn", "Noregs forskingsråd og Voss kommune", ["S", "-", "-", "P", "E"], ["oregs", "gsråd", "og", "voss", "mmune"],
     ["nore", "fors", "og", "voss", "komm"]),
])
def test_shipped_gazetteer_marks_organisation_words_and_long_affixes(lang, text, tags, suffixes, prefixes):
    """Organisation openers (S), closers and compound endings (E), the 5-letter suffix and 4-letter
    prefix features."""
    nlp = build_nlp(lang, "nordic")
    doc = nlp(text)
    assert [t.tag_ for t in doc] == tags
    assert [t.lemma_ for t in doc] == suffixes
    assert [str(t.morph) for t in doc] == ["Pre=" + p for p in prefixes]


def test_contact_layout_lines():
    text = "Kontaktperson\nMette Kjær,12345678,mk@eksempel.dk\n\nKontraktansvarlig partner\nVejle Kommune\n"
    assert [(e.label, e.text, e.start, e.end) for e in entities(text, "da", ner="nordic")] == [
        ("PER", "Mette Kjær", 14, 24), ("ORG", "Vejle Kommune", 76, 89)]


def test_entities_are_deterministic():
    text = MODEL_SENTENCES["nb"] + "\n" + MODEL_SENTENCES["nn"]
    assert entities(text, "nb") == entities(text, "nb")


def test_model_reads_only_the_given_zones():
    text = "Kontakt: Mette Kjær Hansen\n\nI går talte Anders Jensen med Lars Holm i Aarhus om projektet."
    everywhere = {(e.text, e.method) for e in entities(text, "da", "nordic")}
    first_line = {(e.text, e.method) for e in entities(text, "da", "nordic", zones=[(0, 26)])}
    model_second = {t for t, m in everywhere if m.startswith("ner-nordic") and text.index(t) > 26}
    assert model_second  # the model finds names on the second line when it reads it
    assert not {t for t, m in first_line if m.startswith("ner-nordic") and text.index(t) > 26}


@pytest.mark.parametrize("lang, text, word", [
    ("nb", "Ungdomsstiftelsen Ny Start", "Ungdomsstiftelsen"),
    ("sv", "Trafikverket Mitt", "Trafikverket"),
    ("da", "Sundhedsstyrelsen Nord", "Sundhedsstyrelsen"),
])
def test_model_person_opening_with_an_organisation_word_becomes_org(lang, text, word):
    """A model PER that starts with a one-word organisation name keeps its span as ORG."""
    from pipeline.stages.entities import MODEL_METHOD, RULER_METHOD, EntityRules, Found, merge

    rules = EntityRules(lang)
    found = rules.find(text)
    assert [(text[r.start:r.end], r.kind) for r in found] == [(word, "org_word")]
    model = [Found(0, len(text), "PER", 0.73, MODEL_METHOD)]
    assert merge(model, found, rules.non_entities, text) == [Found(0, len(text), "ORG", 0.73, RULER_METHOD)]
    # A person the model found before it on the line stays a person; the rule fills the gap.
    line = f"Kari Hansen, {text}"
    at = line.index(word)
    person = [Found(0, 11, "PER", 0.9, MODEL_METHOD)]
    assert merge(person, rules.find(line), rules.non_entities, line) == [
        Found(0, 11, "PER", 0.9, MODEL_METHOD), Found(at, at + len(word), "ORG", rules.conf.org_word, RULER_METHOD)]


@pytest.mark.parametrize("lang, text, kept, dropped", [
    # a label glued to a longer word is no label, and its value keeps its capital
    ("nb", "Tittel\n\nSøkerorganisasjon: Seniornett Tromsø\nKontaktperson: Per Olsen",
     ("Per Olsen", "PER"), "organisasjon: Seniornett Tromsø"),
    # a role word opening the next label line ("Kontaktperson:") closes no name above it
    ("da", "Titel\n\nFrivilligcenter Hjørring\nKontaktperson: Lone Dahl",
     ("Lone Dahl", "PER"), "Frivilligcenter Hjørring"),
])
def test_rules_read_labels_as_whole_words(lang, text, kept, dropped):
    from pipeline.stages.entities import EntityRules

    spans = {(text[s.start:s.end], s.label) for s in EntityRules(lang).find(text)}
    assert kept in spans
    assert not any(t == dropped for t, _ in spans)


@pytest.mark.parametrize("lang, text", [
    ("nb", "Prosjektleder var Ingrid Moe (ingrid.moe@bodo.kommune.no)."),
    ("da", "Læs mere om EURES på www.eures.dk eller skriv til Mette Kjær, bfi@sciondtu.dk."),
    ("sv", "Kontakt: John Jeansson, john.jeansson@lnu.se"),
])
def test_an_address_is_never_an_entity(lang, text):
    got = entities(text, lang, ner="nordic")
    assert got and not any("@" in e.text or "www." in e.text for e in got)


@pytest.mark.parametrize("lang, text, word", [
    # a form's placeholder under an organisation label (the model alone tags "UPPGIFT" ORG, the label
    # rule would tag the whole value)
    ("sv", "Projekt i Norr\n\nStödmottagare\nUPPGIFT SAKNAS\n\nKommuner\nKiruna\n", "uppgift"),
    ("da", "Projekt i Syd\n\nKontraktansvarlig partner\nIkke oplyst\n\nAdresse\nVejle\n", "oplyst"),
    ("nb", "Prosjekt i Nord\n\nProsjekteier\nIkke oppgitt\n\nKommune\nAlta\n", "oppgitt"),
    ("nn", "Prosjekt i Vest\n\nProsjekteigar\nIkkje oppgitt\n\nKommune\nVoss\n", "oppgitt"),
    # a label standing alone above its value ("Kommune", which the model alone tags PER)
    ("da", "Grøn omstilling\n\nKommune\nVejle\n", "kommune"), ("sv", "Mötesplats\n\nMålgrupp\nUnga vuxna i Växjö\n", "målgrupp"),
    ("nb", "Ren fjord\n\nKommune\nStavanger\n", "kommune"), ("nn", "Klimavenleg landbruk\n\nKommune\nSunndal\n", "kommune"),
    # a label before its colon
    ("nn", "Grøn kvardag\n\nKommune: Kvinnherad\n", "kommune"), ("sv", "Mötesplats\n\nStatus: Pågår i Växjö\n", "status"),
    ("sv", "Kultur på recept\n\nStart: 2021-03-01 i Umeå\n", "start"), ("da", "Sund skoledag\n\nKommune: Næstved\n", "kommune"),
])
def test_layout_words_are_never_entities(lang, text, word):
    """Placeholders, labels and headings of a form name nothing; the names around them are still found."""
    got = entities(text, lang, ner="nordic")
    assert got and not any(word in e.text.casefold() for e in got)


@pytest.mark.parametrize("lang, text", [
    ("da", "Kunst og trivsel i Faxe\n\n*Opdateret 29.02.2024 · Tlf. 42 08 69 15*\n"),
    ("sv", "Projektet i Sala\n\nBudget < 50 000 kr enligt beslut 2023-04-12.\n"),
    ("nb", "Prosjekt i Hamar\n\nTlf. 62 56 30 00 · 08:00–15:30\n"),
    ("nn", "Prosjekt i Voss\n\nTelefon 56 51 94 00 · 08.00–15.30\n"),
])
def test_an_entity_without_a_letter_is_dropped(lang, text):
    got = entities(text, lang, ner="nordic")
    assert got and all(any(ch.isalpha() for ch in e.text) for e in got)


@pytest.mark.parametrize("lang, text, org", [
    ("da", "Fakta\n\nNetværket Grøn Hverdag står bag.\n", "Netværket Grøn Hverdag"),
    ("nb", "Fakta\n\nLaget Nabohjelp står bak.\n", "Laget Nabohjelp"),
    ("nn", "Fakta\n\nLaget Nabohjelp står bak.\n", "Laget Nabohjelp"),
    ("sv", "Fakta\n\nNätverket Grön Vardag står bakom.\n", "Nätverket Grön Vardag"),
])
def test_networks_and_teams_named_as_organisations(lang, text, org):
    assert (org, "ORG") in [(e.text, e.label) for e in entities(text, lang, ner="nordic")]


def test_tokenizer_address_match_skips_commas_and_very_long_runs():
    """spaCy's URL pattern backtracks for seconds on a long run without spaces ("a:a:a:…"): such a run,
    like a comma-glued contact line, is never one address token."""
    from pipeline.stages.entities import MAX_MATCHED_TOKEN, _without_commas

    match = _without_commas(lambda s: "matched")
    assert match("mk@eksempel.dk") == "matched"
    assert match("Kjær,12345678,mk@eksempel.dk") is None
    assert match("a:" * (MAX_MATCHED_TOKEN // 2 + 1)) is None


def test_merge_of_many_rule_and_model_spans_keeps_the_rules_order():
    """Rule spans override model entities inside them and fill gaps; checked on a long list (the merge
    runs in log time per span)."""
    from pipeline.stages.entities import Found, RuleSpan, merge

    text = "Hamar kommune og Kari Hansen. " * 200
    model = [Found(i * 30, i * 30 + 5, "LOC", 0.8, "ner-nordic@1") for i in range(200)]
    model += [Found(i * 30 + 17, i * 30 + 28, "PER", 0.9, "ner-nordic@1") for i in range(200)]
    rules = [RuleSpan(i * 30, i * 30 + 13, "ORG", "municipality_org", 0.95) for i in range(200)]
    got = merge(model, rules, set(), text)
    assert [(f.start, f.end, f.label) for f in got[:2]] == [(0, 13, "ORG"), (17, 28, "PER")]
    assert len(got) == 400 and all(a.end <= b.start for a, b in zip(got, got[1:]))
