"""The NER training script's gazetteer lists (scripts/train_ner.py prepare): where the places come from
and what is kept out of them."""
import importlib.util
from collections import Counter
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_ner.py"


@pytest.fixture(scope="module")
def train_ner():
    spec = importlib.util.spec_from_file_location("train_ner", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def gazetteer(train_ner):
    return train_ner.build_gazetteer(Counter({"bra": 40, "central": 3, "barnet": 2}))


@pytest.mark.parametrize("place", [
    "Tyrkia", "Tyskland", "Østrig", "Österrike", "Austerrike",  # country names in nb, da, sv, nn (Babel)
    "Haifa", "Tenerife", "Köpenhamn", "Reykjavík", "Tromsø",    # GeoNames cities and their other names
    "Kolding", "Voss",                                          # municipalities of the resource files
])
def test_places_from_every_source(gazetteer, place):
    assert place in gazetteer["place"]


@pytest.mark.parametrize("word", [
    "Bra", "Central", "Barnet",  # lower-case words of the training text (counts above)
    "ASHMUN",                    # all capitals (an other name of a GeoNames city)
    "Dubai-stad",                # not in any list
])
def test_common_words_and_capitals_are_no_places(gazetteer, word):
    assert word not in gazetteer["place"]


def test_a_city_that_is_also_a_name_is_in_both_lists(gazetteer):
    assert "Campbell" in gazetteer["place"] and "Campbell" in gazetteer["last"]


def test_no_places_beyond_the_local_lists_without_word_counts(train_ner):
    places = set(train_ner.build_gazetteer()["place"])
    assert "Kolding" in places and "Haifa" not in places


def test_lists_are_sorted_one_word_entries(gazetteer):
    for name, words in gazetteer.items():
        assert words == sorted(set(words)), name
        assert all(" " not in w for w in words), name


def test_annotation_consistency_of_the_training_files(train_ner):
    """The model card's reason the Swedish set scores lower: it is annotated less consistently."""
    figures = train_ner.consistency()
    assert {lang: (f["agreement"], f["annotated"]) for lang, f in figures.items()} == {
        "nb": (0.979, 0.997), "nn": (0.972, 0.998), "sv": (0.961, 0.944)}
    assert figures["sv"]["sentences"] == 6885 and figures["sv"]["occurrences"] == 1788
