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


def test_lists_survive_a_round_trip_to_disk(tmp_path):
    Gazetteer(LISTS).to_disk(tmp_path)
    again = Gazetteer().from_disk(tmp_path)
    assert again.lists == {k: sorted(v) for k, v in LISTS.items()}
    assert again.flag("Kari") == "FL"


@pytest.mark.parametrize("bad,message", [
    ({"given": ["Per"]}, "unknown list"),
    ({"first": "Per"}, "list of non-empty strings"),
    ({"first": ["Per", " "]}, "list of non-empty strings"),
])
def test_bad_lists_are_rejected_on_load(bad, message):
    with pytest.raises(ValueError, match=message):
        Gazetteer(bad)
