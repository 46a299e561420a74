"""The gazetteer feature component of the NER model: flags, validation, round trip to disk."""
import pytest
import spacy

from pipeline.stages.ner_features import NO_FLAG, Gazetteer

LISTS = {"first": ["Kari", "Per", "Sofie"], "last": ["Hansen", "Kari"], "place": ["Kolding", "Voss", "Åre"]}


def test_flags_name_every_list_that_holds_a_capitalised_token():
    g = Gazetteer(LISTS)
    assert [g.flag(w) for w in ("Per", "Hansen", "Kari", "Kolding", "ÅRE", "Mai")] == \
        ["F", "L", "FL", "P", "P", NO_FLAG]


def test_lower_case_words_are_never_flagged():
    g = Gazetteer(LISTS)
    assert [g.flag(w) for w in ("per", "voss", "hansen")] == [NO_FLAG] * 3


@pytest.mark.parametrize("lang,text,tags", [
    ("da", "Sofie Hansen bor i Kolding", ["F", "L", "-", "-", "P"]),
    ("sv", "Per reste till Åre", ["F", "-", "-", "P"]),
    ("nb", "Kari Hansen jobber på Voss", ["FL", "L", "-", "-", "P"]),
])
def test_component_writes_flags_to_the_tag(lang, text, tags):
    nlp = spacy.blank(lang)
    nlp.add_pipe("nordcase_gazetteer").set_lists(LISTS)
    assert [t.tag_ for t in nlp(text)] == tags


def test_lists_are_kept_sorted_and_unique():
    assert Gazetteer({"first": ["Per", "Kari", "Per"], "place": ["Voss"]}).lists == {
        "first": ["Kari", "Per"], "place": ["Voss"]}


def test_lists_survive_a_round_trip_to_disk(tmp_path):
    Gazetteer(LISTS).to_disk(tmp_path)
    again = Gazetteer().from_disk(tmp_path)
    assert again.lists == {k: sorted(v) for k, v in LISTS.items()}
    assert again.flag("Kari") == "FL"


ORG_LISTS = {**LISTS, "org_first": ["Statens", "Region"], "org_last": ["AS", "ApS", "A/S", "kommune", "Region"],
             "org_ending": ["direktoratet", "rådet", "förmedlingen"]}


@pytest.mark.parametrize("word,flag", [
    ("Statens", "S"),            # opens organisation names, capitalised only
    ("statens", NO_FLAG),
    ("Region", "SE"),            # opens and closes them ("Region Midt", "Gotland Region")
    ("kommune", "E"),            # a closing word counts in any case ...
    ("Kommune", "E"),
    ("AS", "E"),                 # ... but abbreviations only in their own spelling
    ("As", NO_FLAG),
    ("as", NO_FLAG),
    ("ApS", "E"),
    ("A/S", "E"),
    ("Helsedirektoratet", "E"),  # compound with an organisation ending
    ("helsedirektoratet", NO_FLAG),
    ("Arbetsförmedlingen", "E"),
    ("Området", NO_FLAG),        # "Om" + "rådet": stem too short to be a compound
    ("Rådet", NO_FLAG),
    ("Voss", "P"),
])
def test_organisation_flags(word, flag):
    assert Gazetteer(ORG_LISTS).flag(word) == flag


@pytest.mark.parametrize("word,flag", [
    ("Kolding", "P"),
    ("Koldings", "P"),    # genitive of a listed place ...
    ("Hansens", "L"),     # ... or surname
    ("Karis", "FL"),
    ("Voss", "P"),        # listed itself: its own flags, not those of "Vos"
    ("koldings", NO_FLAG),
    ("Pers", "F"),
    ("Regions", "S"),     # an opening organisation word too ("Regions Hospital")
    ("Kommunes", NO_FLAG),  # closing words are matched as they are
])
def test_genitive_takes_the_flags_of_its_stem(word, flag):
    assert Gazetteer(ORG_LISTS, genitive=True).flag(word) == flag


def test_genitive_is_off_by_default():
    assert Gazetteer(ORG_LISTS).flag("Koldings") == NO_FLAG


def test_organisation_lists_survive_a_round_trip_to_disk(tmp_path):
    Gazetteer(ORG_LISTS).to_disk(tmp_path)
    again = Gazetteer().from_disk(tmp_path)
    assert [again.flag(w) for w in ("Region", "ApS", "Skattedirektoratet", "kommune")] == ["SE", "E", "E", "E"]


def test_suffix_feature_writes_the_last_letters_to_the_lemma():
    nlp = spacy.blank("sv")
    nlp.add_pipe("nordcase_gazetteer", config={"suffix_length": 5}).set_lists(ORG_LISTS)
    doc = nlp("Arbetsförmedlingen i Voss")
    assert [(t.tag_, t.lemma_) for t in doc] == [("E", "ingen"), ("-", "i"), ("P", "voss")]


def test_suffix_and_prefix_features_are_off_by_default():
    nlp = spacy.blank("nb")
    nlp.add_pipe("nordcase_gazetteer").set_lists(LISTS)
    doc = nlp("Kari i Voss")
    assert [t.lemma_ for t in doc] == ["", "", ""]
    assert [str(t.morph) for t in doc] == ["", "", ""]


@pytest.mark.parametrize("setting", [{"suffix_length": -1}, {"prefix_length": -2}])
def test_negative_affix_length_is_rejected(setting):
    with pytest.raises(ValueError, match=next(iter(setting))):
        Gazetteer(**setting)


@pytest.mark.parametrize("bad,message", [
    ({"given": ["Per"]}, "unknown list"),
    ({"first": "Per"}, "list of non-empty strings"),
    ({"first": ["Per", " "]}, "list of non-empty strings"),
])
def test_bad_lists_are_rejected_on_load(bad, message):
    with pytest.raises(ValueError, match=message):
        Gazetteer(bad)


def test_prefix_feature_writes_the_first_letters_to_the_morphology():
    nlp = spacy.blank("da")
    nlp.add_pipe("nordcase_gazetteer", config={"prefix_length": 4}).set_lists(ORG_LISTS)
    doc = nlp("Sundhedsstyrelsen i Åre | =")
    assert [str(t.morph) for t in doc] == ["Pre=sund", "Pre=i", "Pre=åre", "Pre=_", "Pre=_"]
    assert [t.lemma_ for t in doc] == ["", "", "", "", ""]  # the suffix feature stays off
