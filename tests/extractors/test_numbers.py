"""Numbers: digits with thousands separators and decimals, scale words, number words in four languages,
masks (phones, clocks, dates, years), and the months/numbers resource files."""
from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from pipeline.extractors.numbers import find_numbers
from pipeline.resources import RESOURCE_DIR, load
from pipeline.resources.models_numeric import MonthsFile, NumbersFile

LANGS = ("da", "sv", "nb", "nn")


def _values(text, lang):
    return [(c.raw, c.value) for c in find_numbers(text, lang)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("raw, value", [
    ("1.500", 1500), ("1 500", 1500), ("1\u00a0500", 1500), ("1,5", 1.5), ("20.902.013", 20902013),
    ("2 174 999", 2174999), ("120", 120), ("0,25", 0.25), ("1.000.000,50", 1000000.5),
])
def test_digit_numbers(lang, raw, value):
    found = find_numbers(f"Tallet er {raw} i alt", lang)
    assert [(c.raw, c.value, c.start, c.end, c.method) for c in found] == [
        (raw, value, 10, 10 + len(raw), "numbers@1")]
    assert type(found[0].value) is type(value)


SCALED = {
    "da": [("1,5 mio.", 1500000, 10**6), ("1.5 mio.", 1500000, 10**6), ("4 millioner", 4000000, 10**6),
           ("3 mia.", 3000000000, 10**9), ("2 tusind", 2000, 1000)],
    "sv": [("2,3 miljoner", 2300000, 10**6), ("1,5 milj.", 1500000, 10**6), ("2 miljarder", 2 * 10**9, 10**9)],
    "nb": [("1,5 mill.", 1500000, 10**6), ("4 millioner", 4000000, 10**6), ("2 mrd.", 2 * 10**9, 10**9)],
    "nn": [("4 millionar", 4000000, 10**6), ("1,5 mill.", 1500000, 10**6)],
}


@pytest.mark.parametrize("lang, raw, value, scale", [(l, *c) for l, cs in SCALED.items() for c in cs])
def test_scale_words(lang, raw, value, scale):
    (c,) = find_numbers(f"om lag {raw} i alt", lang)
    assert (c.raw.rstrip("."), c.value, c.attrs) == (raw.rstrip("."), value, {"scale": scale})


WORDS = {
    "da": [("en", None), ("et", None), ("to", 2), ("tre", 3), ("syv", 7), ("tolv", 12), ("tyve", 20),
           ("enogtyve", 21), ("tredive", 30), ("fyrre", 40), ("halvtreds", 50), ("tres", 60),
           ("halvfjerds", 70), ("firs", 80), ("halvfems", 90), ("femogfyrre", 45), ("hundrede", 100),
           ("tusind", 1000), ("to hundrede og tyve", 220), ("et hundrede", 100), ("to millioner", 2000000)],
    "sv": [("en", None), ("ett", None), ("två", 2), ("sju", 7), ("tjugo", 20), ("tjugofem", 25),
           ("trettio", 30), ("fyrtio", 40), ("femtio", 50), ("sextio", 60), ("sjuttio", 70), ("åttio", 80),
           ("nittio", 90), ("hundra", 100), ("tusen", 1000), ("tvåhundra", 200), ("tre miljoner", 3000000)],
    "nb": [("en", None), ("ett", None), ("to", 2), ("sju", 7), ("syv", 7), ("tjue", 20), ("tjuefem", 25),
           ("femogtjue", 25), ("tretti", 30), ("førti", 40), ("femti", 50), ("seksti", 60), ("sytti", 70),
           ("åtti", 80), ("nitti", 90), ("hundre", 100), ("tusen", 1000), ("en million", 1000000)],
    "nn": [("ein", None), ("eitt", None), ("to", 2), ("sju", 7), ("tjue", 20), ("tjuefem", 25),
           ("tretti", 30), ("førti", 40), ("femti", 50), ("hundre", 100), ("tusen", 1000),
           ("ein million", 1000000)],
}


@pytest.mark.parametrize("lang, text, expected", [
    ("sv", "Ett fyrtiotal deltagare och ett hundratal anhöriga", [("fyrtiotal", 40), ("hundratal", 100)]),
    ("sv", "ett tiotal skolor, ett tusental besökare", [("tiotal", 10), ("tusental", 1000)]),
    ("nb", "Et førtitalls deltakere og et hundretalls foreldre", [("førtitalls", 40), ("hundretalls", 100)]),
    ("nn", "Eit tjuetals deltakarar og eit hundretalls foreldre", [("tjuetals", 20), ("hundretalls", 100)]),
    ("da", "Omkring fyrretyve deltagere", [("fyrretyve", 40)]),
])
def test_approximate_tens_are_numbers_marked_approx(lang, text, expected):
    found = find_numbers(text, lang)
    assert [(c.raw, c.value) for c in found] == expected
    assert [bool(c.attrs.get("approx")) for c in found] == [lang != "da"] * len(expected)


@pytest.mark.parametrize("lang, raw, value", [(l, *c) for l, cs in WORDS.items() for c in cs])
def test_number_words(lang, raw, value):
    found = find_numbers(f"Vi har {raw} nye", lang)
    if value is None:  # a lone article ("en", "ett", "ein") is not read as one
        assert found == []
        return
    assert [(c.raw, c.value, c.attrs.get("words"), c.start) for c in found] == [(raw, value, True, 7)]
    assert 0 < found[0].score < 0.9


@pytest.mark.parametrize("lang", LANGS)
def test_masked_spans_give_no_numbers(lang):
    text = ("kl. 16.30-17.30, lokale 2.01, tlf 23 99 76 99, mobil 23997699, +45 20 74 93 30, "
            "070-123 45 67, a1.b2@x9.dk, 01.12.2019, 2016-10-03, I 2017 og 12:45, dnr 2018-03120, "
            "Vestergade 12, 7100 Vejle\n")
    assert find_numbers(text, lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_percent_plus_and_ordinals_are_flagged(lang):
    found = find_numbers("65+ og 25 % og 2. sal\n1. Punkt", lang)
    assert [(c.value, c.attrs, c.score) for c in found] == [
        (65, {"plus": True}, 0.9), (25, {"percent": True}, 0.9),
        (2, {"ordinal": True}, 0.3), (1, {"ordinal": True}, 0.3)]


def test_candidates_sorted_and_half_open():
    text = "tjugofem personer, 1 500 kr och tolv till"
    found = find_numbers(text, "sv")
    assert [(c.start, c.end) for c in found] == sorted((c.start, c.end) for c in found)
    assert [text[c.start:c.end] for c in found] == ["tjugofem", "1 500", "tolv"]


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=80, deadline=None)
@given(n=st.integers(min_value=0, max_value=999_999_999_999),
       sep=st.sampled_from([".", " ", "\u00a0"]))
def test_grouped_integers_parse_back(lang, n, sep):
    raw = f"{n:,}".replace(",", sep)
    found = find_numbers(f"Beløb: {raw} i alt", lang)
    assert [(c.value, c.raw) for c in found] == [(n, raw)]


# --- resources -----------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_resources_load(lang):
    months, numbers = load(lang, "months"), load(lang, "numbers")
    assert sorted(months.months) == list(range(1, 13))
    assert numbers.local_currency == {"da": "DKK", "sv": "SEK", "nb": "NOK", "nn": "NOK"}[lang]


def test_every_language_has_the_same_keys():
    keys = {lang: {name: set(yaml.safe_load((RESOURCE_DIR / lang / f"{name}.yaml").read_text("utf-8")))
                   for name in ("months", "numbers")} for lang in LANGS}
    assert all(keys[lang] == keys["da"] for lang in LANGS)


def _raw(lang, name):
    return yaml.safe_load((RESOURCE_DIR / lang / f"{name}.yaml").read_text("utf-8"))


def test_duplicate_month_name_fails():
    data = _raw("da", "months")
    data["months"][2] = ["februar", "Januar"]
    with pytest.raises(ValidationError, match="duplicate"):
        MonthsFile.model_validate(data)


def test_missing_month_fails():
    data = _raw("sv", "months")
    del data["abbreviations"][12]
    with pytest.raises(ValidationError, match="1..12"):
        MonthsFile.model_validate(data)


@pytest.mark.parametrize("patch, message", [
    (lambda d: d["quarter_ordinals"].pop(4), "1..4"),
    (lambda d: d["quarter_ordinals"][3].append("Andre"), "duplicate"),
    (lambda d: d.update(quarter_words=[]), "must not be empty"),
    (lambda d: d["seasons"].update({11: ["vinteren"]}), "months 1..10"),
    (lambda d: d["seasons"][3].append("Mai"), "duplicate"),
    (lambda d: d["half_year_names"].pop(2), "keys 1 and 2"),
    (lambda d: d["half_year_ordinals"][2].append("første"), "duplicate"),
    (lambda d: d.update(week_words=["uke", "Uke"]), "duplicate"),
])
def test_bad_quarter_season_half_or_week_words_fail(patch, message):
    data = _raw("nb", "months")
    patch(data)
    with pytest.raises(ValidationError, match=message):
        MonthsFile.model_validate(data)


@pytest.mark.parametrize("name, model", [("months", MonthsFile), ("numbers", NumbersFile)])
def test_unknown_key_fails(name, model):
    data = _raw("nb", name)
    data["weekdays"] = ["mandag"]
    with pytest.raises(ValidationError, match="weekdays"):
        model.model_validate(data)


@pytest.mark.parametrize("patch, message", [
    (lambda d: d["scales"].update({"Tusen": 1000}), "duplicate"),
    (lambda d: d["scales"].update({"dusin": 12}), "powers of ten"),
    (lambda d: d["words"].update({"hundretjue": 120}), "0..99"),
    (lambda d: d["currencies"].update({"kroon": {"code": "EEKK"}}), "ISO 4217"),
    (lambda d: d["per"].update({"decade": ["per tiår"]}), "unknown per units"),
    (lambda d: d["article_words"].append("eine"), "not among words"),
])
def test_bad_numbers_file_fails(patch, message):
    data = _raw("nb", "numbers")
    patch(data)
    with pytest.raises(ValidationError, match=message):
        NumbersFile.model_validate(data)


@pytest.mark.parametrize("lang, text, value", [
    ("da", "en halv million kroner", 500000), ("da", "halvanden mio. kr.", 1500000), ("da", "2 og en halv mio. kr.", 2500000),
    ("sv", "en och en halv miljon kronor", 1500000), ("sv", "två och en halv miljon kronor", 2500000),
    ("nb", "halvannen million kroner", 1500000), ("nb", "to og en halv million kroner", 2500000),
    ("nn", "ein halv million kroner", 500000), ("nn", "halvannan million kroner", 1500000),
    ("da", "et halvt hundrede deltagere", 50), ("sv", "ett halvt hundra deltagare", 50), ("nb", "et halvt hundre deltakere", 50),
])
def test_fractions_before_a_large_scale(lang, text, value):
    """'en halv million', 'halvanden mio.', 'to og en halv million': one number over the whole phrase."""
    got = find_numbers(text, lang)
    assert [(n.value, n.raw) for n in got] == [(value, text.rsplit(" ", 1)[0])]
    assert find_numbers("en halv time", lang) == []


@pytest.mark.parametrize("lang, word, value", [
    ("sv", "tvåhundrafemtio", 250), ("sv", "etthundratjugofem", 125), ("nb", "tohundreogfemti", 250),
    ("nn", "hundreogtjue", 120), ("da", "hundredeogtyve", 120),
])
def test_hundreds_and_what_follows_in_one_word(lang, word, value):
    assert [(n.value, n.raw) for n in find_numbers(f"{word} deltagere", lang)] == [(value, word)]
