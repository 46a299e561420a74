"""Amounts: currency resolution, ranges, bounds, year labels, rates, bare budget lines, negatives."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.extractors.amounts import find_amounts

LANGS = ("da", "sv", "nb", "nn")
LOCAL = {"da": "DKK", "sv": "SEK", "nb": "NOK", "nn": "NOK"}


def _one(text, lang, country=None):
    found = find_amounts(text, lang, country)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("country, code", [("DK", "DKK"), ("SE", "SEK"), ("NO", "NOK")])
def test_plain_kr_is_resolved_by_country(lang, country, code):
    a = _one("Tilskud: 2 174 999 kr.", lang, country)
    assert (a.value, a.raw, a.attrs) == (2174999.0, "2 174 999 kr.",
                                         {"currency": code, "currency_source": "country"})


@pytest.mark.parametrize("lang, country, text, value, code", [
    ("da", "DK", "Budget: 750 t.kr.", 750000.0, "DKK"),
    ("da", "DK", "Samlet: 1.200.000,-", 1200000.0, "DKK"),
    ("nb", "NO", "Tilskudd: 500.000,-", 500000.0, "NOK"),
    ("nn", "NO", "Tilskot: 90 000,-", 90000.0, "NOK"),
    ("sv", "SE", "Bidrag: 25 000:-", 25000.0, "SEK"),
])
def test_whole_kroner_marks_and_thousands_of_kroner(lang, country, text, value, code):
    """',-' and Swedish ':-' after an amount mean kroner; 't.kr.' is thousands of kroner."""
    a = _one(text, lang, country)
    assert (a.value, a.attrs["currency"], a.raw) == (value, code, text.split(": ")[1])


@pytest.mark.parametrize("lang", LANGS)
def test_plain_kr_without_country_uses_the_language(lang):
    a = _one("kr 650 000", lang)
    assert (a.value, a.attrs["currency"], a.attrs["currency_source"]) == (650000.0, LOCAL[lang], "language")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text, value, currency, source, scale", [
    ("DKK 1.000.000", 1000000.0, "DKK", "code", None),
    ("500 000 SEK", 500000.0, "SEK", "code", None),
    ("3 NOK", 3.0, "NOK", "code", None),
    ("5 MSEK", 5000000.0, "SEK", "code", 10**6),
    ("€ 1.500", 1500.0, "EUR", "word", None),
    ("1.500 EUR", 1500.0, "EUR", "code", None),
    ("250 tkr", 250000.0, "DK", "country", 1000),
    ("1,5 mio. kr.", 1500000.0, "DK", "country", 10**6),
])
def test_currency_tokens(lang, text, value, currency, source, scale):
    a = _one(f"Beløb {text} samlet", lang, "DK")
    expected_code = "DKK" if currency == "DK" else currency
    assert (a.value, a.raw, a.attrs["currency"], a.attrs["currency_source"], a.attrs.get("scale")) == (
        value, text, expected_code, source, scale)


def test_language_words():
    assert _one("1.5 mio. kr. til projektet", "da", "DK").value == 1500000.0
    a = _one("25 000 kronor per månad", "sv")
    assert a.attrs == {"currency": "SEK", "currency_source": "word", "per": "month"}
    assert _one("3 mnok", "nb").attrs == {"currency": "NOK", "currency_source": "code", "scale": 10**6}
    a = _one("to millioner kroner", "da", "DK")
    assert (a.value, a.attrs["words"]) == (2000000.0, True)


@pytest.mark.parametrize("lang", LANGS)
def test_bare_range_alone_on_line(lang):
    a = _one("Budget\n500.000 - 1.000.000\n", lang)
    assert (a.value, a.attrs, a.raw, a.score) == (
        None, {"currency": None, "min": 500000.0, "max": 1000000.0}, "500.000 - 1.000.000", 0.55)


@pytest.mark.parametrize("lang", LANGS)
def test_range_with_currency(lang):
    a = _one("ca. 20.000-25.000 kr. ", lang, "DK")
    assert (a.value, a.attrs["min"], a.attrs["max"], a.raw) == (None, 20000.0, 25000.0, "20.000-25.000 kr.")
    a = _one("1-2 mio. kr.", lang, "SE")
    assert (a.attrs["min"], a.attrs["max"], a.attrs["currency"]) == (1e6, 2e6, "SEK")


@pytest.mark.parametrize("lang", LANGS)
def test_less_than_bound(lang):
    a = _one("Økonomi pr. år\n< 50.000\n", lang)
    assert (a.value, a.attrs, a.raw) == (50000.0, {"bound": "lt", "currency": None, "max": 50000.0}, "< 50.000")


@pytest.mark.parametrize("lang, word", [("da", "højst"), ("sv", "högst"), ("nb", "høyst"), ("nn", "høgst"),
                                        ("da", "under"), ("sv", "upp till"), ("nb", "opp til")])
def test_lt_words(lang, word):
    a = _one(f"{word} 50.000 kr", lang, "NO")
    assert (a.value, a.attrs["bound"], a.attrs["max"], a.attrs["currency"]) == (50000.0, "lt", 50000.0, "NOK")


@pytest.mark.parametrize("lang, word", [("da", "over"), ("sv", "över"), ("nb", "over"), ("nn", "minst"),
                                        ("da", ">")])
def test_gt_words(lang, word):
    a = _one(f"{word} 1 mio. kr.", lang, "DK")
    assert (a.value, a.attrs["bound"], a.attrs["min"], a.attrs["scale"]) == (1e6, "gt", 1e6, 10**6)


@pytest.mark.parametrize("lang", ["nb", "nn", "da"])
def test_year_labels(lang):
    found = find_amounts("2017: kr 650 000, 2018: kr 750 000", lang, "NO")
    assert [(a.value, a.attrs["year"], a.attrs["currency"], a.raw) for a in found] == [
        (650000.0, 2017, "NOK", "kr 650 000"), (750000.0, 2018, "NOK", "kr 750 000")]


@pytest.mark.parametrize("lang, text, per", [
    ("da", "25.000 kr. pr. år", "year"), ("da", "300 kr./time", "hour"), ("da", "25.000 kr. pr. mdr.", "month"),
    ("da", "2.000 kr. om året", "year"), ("da", "2.000 kr./måned", "month"),
    ("sv", "25 000 kr per år", "year"), ("sv", "300 kr/timme", "hour"), ("sv", "2 000 kr i månaden", "month"),
    ("nb", "25 000 kr pr. år", "year"), ("nb", "2 000 kr/måned", "month"), ("nn", "2 000 kr i året", "year"),
])
def test_per(lang, text, per):
    assert _one(text, lang).attrs["per"] == per


@pytest.mark.parametrize("lang", LANGS)
def test_bare_lines(lang):
    found = find_amounts("Budget\n20.902.013\n\nEU\n5.225.503\n\nSats\n25%\n\n120\n", lang)
    assert [(a.value, a.attrs, a.score) for a in found] == [
        (20902013.0, {"currency": None}, 0.5), (5225503.0, {"currency": None}, 0.5)]


@pytest.mark.parametrize("lang", LANGS)
def test_not_amounts(lang):
    text = ("I 2017 deltog 120 personer på 65+ og 25 % kl. 16.30-17.30, tlf 23 99 76 99 "
            "den 01.12.2019 og 2016-10-03, 1500 deltagere og 2.01 og 1.500 borgere\n2020\n2020-2021\n")
    assert find_amounts(text, lang, "DK") == []


# --- the seed cases beside the repository (read at test time, never copied) ------------------------

SHARED = Path(os.environ.get("NORDCASE_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared"))
SEEDS = SHARED / "seeds"


def _seed(prefix: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("prefix, lang, country, expected", [
    ("000", "da", "DK", [(50000.0, None, 50000.0, None, None)] * 2),
    ("001", "sv", "SE", []),
    ("002", "nb", "NO", [(650000.0, None, None, 2017, "NOK"), (750000.0, None, None, 2018, "NOK")]),
    ("003", "da", "DK", [(None, 500000.0, 1000000.0, None, None)] * 2 + [
        (1500000.0, None, None, None, "DKK"), (None, 20000.0, 25000.0, None, "DKK"),
        (1500.0, None, None, None, "DKK"), (500.0, None, None, None, "DKK")]),
    ("004", "da", "DK", []),
])
def test_seed_amounts(prefix, lang, country, expected):
    found = find_amounts(_seed(prefix), lang, country)
    assert [(a.value, a.attrs.get("min"), a.attrs.get("max"), a.attrs.get("year"), a.attrs["currency"])
            for a in found] == expected


@pytest.mark.parametrize("lang,text", [("nb", "100 000–250 000 kr"), ("sv", "100 000 – 250 000 kr"),
                                       ("da", "100 000-250 000 kr.")])
def test_space_grouped_range_is_not_a_phone(lang, text):
    found = find_amounts(text, lang, "NO" if lang == "nb" else "SE" if lang == "sv" else "DK")
    assert [(a.value, a.attrs["min"], a.attrs["max"]) for a in found] == [(None, 100000.0, 250000.0)]


@pytest.mark.parametrize("lang, country, text, years", [
    ("nb", "NO", "Bevilget: kr 350 000 i 2023 og kr 400 000 i 2024", {2023: 350000, 2024: 400000}),
    ("sv", "SE", "300 000 kr för 2022 och 350 000 kr under 2023", {2022: 300000, 2023: 350000}),
    ("da", "DK", "400.000 kr. for 2021 og 250.000 kr. i 2022", {2021: 400000, 2022: 250000}),
    ("nn", "NO", "kr 80 000 i 2023, kr 95 000 i 2024", {2023: 80000, 2024: 95000}),
])
def test_year_written_after_the_amount(lang, country, text, years):
    """'kr 350 000 i 2023': the amount is for that year; the span stays the amount's."""
    found = [a for a in find_amounts(text, lang, country) if a.attrs.get("currency")]
    assert {a.attrs.get("year"): a.value for a in found} == years
    assert all(str(a.attrs["year"]) not in text[a.start:a.end] for a in found)


def test_a_year_range_after_an_amount_is_no_year():
    found = find_amounts("500.000 kr. i 2019-2021", "da", "DK")
    assert [(a.value, a.attrs.get("year")) for a in found] == [(500000, None)]


@pytest.mark.parametrize("lang, country, sentence, raw", [
    ("da", "DK", "Indsatsen koster årligt ca. 1,2 mio. kr., som kommunen betaler.", "1,2 mio. kr."),
    ("nb", "NO", "Tiltaket koster årlig rundt 800 000 kroner.", "800 000 kroner."),
    ("sv", "SE", "Verksamheten kostar per år cirka 900 000 kronor.", "900 000 kronor."),
    ("nn", "NO", "Tiltaket kostar kvart år om lag 600 000 kroner.", "600 000 kroner."),
])
def test_per_year_written_before_the_amount(lang, country, sentence, raw):
    """'årligt ca. 1,2 mio. kr.': the period word before the amount (an 'about' between) makes it
    yearly; the span stays the amount's."""
    got = find_amounts(sentence, lang, country)
    assert [(a.raw, a.attrs.get("per")) for a in got] == [(raw, "year")]


@pytest.mark.parametrize("lang, line, value", [
    ("da", "6.441.620 (heraf 2.000.000 fra kommunen)", 6441620.0), ("sv", "10 100 904 (varav EU 5 050 452)", 10100904.0),
    ("nb", "2.450.000 (inkl. mva.)", 2450000.0), ("nn", "850 000 (søkt)", 850000.0),
])
def test_bare_line_with_a_note_in_brackets(lang, line, value):
    """A bare amount alone on its line but for a note in brackets is an amount; a number inside the
    note is not (it is not alone on the line)."""
    found = find_amounts(f"Budget\n{line}\n", lang)
    assert [(a.value, a.raw) for a in found] == [(value, line.split(" (")[0])]


@pytest.mark.parametrize("lang, text, low, high", [
    ("sv", "mellan 200 000 och 300 000 kr", 200000.0, 300000.0), ("da", "mellem 200.000 og 300.000 kr.", 200000.0, 300000.0),
    ("nb", "mellom 200 000 og 300 000 kroner", 200000.0, 300000.0), ("nn", "mellom 1,5 og 2 millionar kroner", 1500000.0, 2000000.0),
])
def test_range_between_two_amounts_joined_by_and(lang, text, low, high):
    """'and' joins two amounts into a range only after 'between'; '200 000 och 300 000 kr' alone is
    one amount (the first has no currency and is not alone on its line)."""
    found = find_amounts(text, lang, "SE" if lang == "sv" else "DK" if lang == "da" else "NO")
    assert [(a.value, a.attrs["min"], a.attrs["max"]) for a in found] == [(None, low, high)]
    bare = text.split(" ", 1)[1]
    assert [a.attrs.get("min") for a in find_amounts(bare, lang, "NO")] == [None]


@pytest.mark.parametrize("lang, line, low, high", [
    ("da", "Mellem 100.000 og 500.000", 100000.0, 500000.0), ("da", "fra 100.000 til 500.000", 100000.0, 500000.0),
    ("sv", "från 100 000 till 500 000", 100000.0, 500000.0), ("nb", "mellom 100 000 og 500 000", 100000.0, 500000.0),
    ("nn", "frå 100 000 til 500 000", 100000.0, 500000.0),
])
def test_bare_range_opened_by_from_or_between_alone_on_its_line(lang, line, low, high):
    """The word opening a bare range belongs to it: the range is still alone on its line."""
    found = find_amounts(f"Økonomi pr. år\n{line}\n", lang)
    assert [(a.attrs["min"], a.attrs["max"]) for a in found] == [(low, high)]
    assert find_amounts(f"Vi var {line} personer i alt\n", lang) == []


@pytest.mark.parametrize("lang, country, text, value, currency", [
    ("da", "DK", "Bevilget: 2½ mio. kr.", 2500000.0, "DKK"), ("sv", "SE", "Beviljat: ½ miljon kronor", 500000.0, "SEK"),
    ("nb", "NO", "Vi fikk 1¾ mill. kr i tilskudd.", 1750000.0, "NOK"), ("nn", "NO", "Budsjett: 2 ¼ mill. kroner", 2250000.0, "NOK"),
    ("sv", "SE", "Kostnad: 450 KSEK", 450000.0, "SEK"), ("da", "DK", "Ramme: 450 kDKK", 450000.0, "DKK"),
    ("nb", "NO", "Tilskudd: 1 200 kNOK", 1200000.0, "NOK"),
])
def test_vulgar_fractions_and_thousands_codes(lang, country, text, value, currency):
    assert [(a.value, a.attrs["currency"]) for a in find_amounts(text, lang, country)] == [(value, currency)]
