"""Dates, years and periods: exact values per language, hard negatives, and round-trip properties."""
from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extractors.dates import DateExtractor, find_dates, find_periods, find_years
from pipeline.resources import load

LANGS = ("da", "sv", "nb", "nn")


def _dates(text, lang):
    return [(c.raw, c.value, c.attrs["precision"]) for c in find_dates(text, lang)]


def _periods(text, lang):
    return [(c.value, c.attrs["precision"]) for c in find_periods(text, lang)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text, expected", [
    ("1.1.2019", date(2019, 1, 1)),
    ("01.12.2019", date(2019, 12, 1)),
    ("01/10/2021", date(2021, 10, 1)),
    ("01-10-2021", date(2021, 10, 1)),
    ("2016-10-03", date(2016, 10, 3)),
    ("13.05.2020", date(2020, 5, 13)),
    ("01.12.19", date(2019, 12, 1)),
])
def test_numeric_dates_are_day_first(lang, text, expected):
    found = find_dates(f"Dato: {text}.", lang)
    assert [(c.value, c.attrs["precision"], c.start, c.end) for c in found] == [
        (expected, "day", 6, 6 + len(text))]


NAMED = {
    "da": [("1. januar 2019", date(2019, 1, 1), "day"), ("3. jan. 2017", date(2017, 1, 3), "day"),
           ("den 5. maj 2020", date(2020, 5, 5), "day"), ("pr. 1 juni 2022", date(2022, 6, 1), "day"),
           ("31. december 2021", date(2021, 12, 31), "day"), ("januar 2019", date(2019, 1, 1), "month"),
           ("marts 2020", date(2020, 3, 1), "month"), ("3 sept. 2018", date(2018, 9, 3), "day")],
    "sv": [("3 januari 2017", date(2017, 1, 3), "day"), ("den 1:a maj 2019", date(2019, 5, 1), "day"),
           ("30 juni 2018", date(2018, 6, 30), "day"), ("augusti 2020", date(2020, 8, 1), "month"),
           ("3 jan. 2017", date(2017, 1, 3), "day"), ("mars 2021", date(2021, 3, 1), "month")],
    "nb": [("1. januar 2019", date(2019, 1, 1), "day"), ("17. mai 2021", date(2021, 5, 17), "day"),
           ("september 2017", date(2017, 9, 1), "month"), ("24. des. 2020", date(2020, 12, 24), "day"),
           ("desember 2016", date(2016, 12, 1), "month")],
    "nn": [("1. januar 2019", date(2019, 1, 1), "day"), ("17. mai 2021", date(2021, 5, 17), "day"),
           ("desember 2020", date(2020, 12, 1), "month"), ("2. okt. 2018", date(2018, 10, 2), "day")],
}


@pytest.mark.parametrize("lang, text, expected, precision",
                         [(lang, *case) for lang, cases in NAMED.items() for case in cases])
def test_month_name_dates(lang, text, expected, precision):
    found = find_dates(f"Det skete {text} i byen", lang)
    assert [(c.value, c.attrs["precision"]) for c in found] == [(expected, precision)]
    assert found[0].raw in text and found[0].raw.endswith(text[-4:])


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", [
    "Vi ses kl. 16.30-17.30 på 3. sal i rum 3.02.",
    "65+ borgere, 25% og 1.500.000 kr samt 20.902.013",
    "Tlf: 23 99 76 99 eller 23997699",
    "Næste møde er d. 5. august.",
    "version 1.2.3 og afsnit 4.2",
    "31.02.2019 og 1.13.2019 og 2019-02-30",
    "kl. 9.00 til 12.15",
    "jul 2019",
    "20161003",
])
def test_no_false_dates(lang, text):
    assert find_dates(text, lang) == []


def test_score_reflects_evidence():
    full, short, month = (find_dates(t, "da")[0].score for t in ("1.1.2019", "01.01.19", "januar 2019"))
    assert full == 0.9 and short == 0.6 and month == 0.75
    assert find_dates("den 5. maj 2020", "da")[0].score == 1.0


@pytest.mark.parametrize("y, m, d, ok", [(2019, 2, 29, False), (2020, 2, 29, True), (2021, 13, 1, False),
                                          (2021, 4, 31, False), (1899, 1, 1, False), (2100, 12, 31, True)])
def test_validate(y, m, d, ok):
    assert (DateExtractor.validate(y, m, d) is not None) is ok


@pytest.mark.parametrize("lang", LANGS)
def test_years(lang):
    text = "I 2017 vil vi noget, og 2020-2021 blev anderledes. Tlf 2017 3040. 2018 kr. 01.12.2019"
    assert [(c.value, c.start, c.score) for c in find_years(text, lang)] == [
        (2017, 2, 0.9), (2020, 24, 0.9), (2021, 29, 0.9)]


def test_year_without_cue_scores_lower():
    assert [(c.value, c.score) for c in find_years("2020 - uppstart av grupper", "sv")] == [(2020, 0.6)]


PERIODS = {
    "da": [("01.12.2019 - 31.05.2022", (date(2019, 12, 1), date(2022, 5, 31)), "day"),
           ("fra 1. marts 2020 til 31. december 2021", (date(2020, 3, 1), date(2021, 12, 31)), "day"),
           ("1.3.–31.12.2021", (date(2021, 3, 1), date(2021, 12, 31)), "day"),
           ("marts 2020 – juni 2021", (date(2020, 3, 1), date(2021, 6, 30)), "month"),
           ("2020-2021", (date(2020, 1, 1), date(2021, 12, 31)), "year"),
           ("1.–28. februar 2021", (date(2021, 2, 1), date(2021, 2, 28)), "day")],
    "sv": [("2016-10-03 – 2019-12-31", (date(2016, 10, 3), date(2019, 12, 31)), "day"),
           ("från 3 januari 2017 till 30 juni 2018", (date(2017, 1, 3), date(2018, 6, 30)), "day"),
           ("januari–mars 2019", (date(2019, 1, 1), date(2019, 3, 31)), "month"),
           ("2020–2022", (date(2020, 1, 1), date(2022, 12, 31)), "year")],
    "nb": [("03.01.2017 - 02.01.2019", (date(2017, 1, 3), date(2019, 1, 2)), "day"),
           ("fra 1. mai 2019 til 31. desember 2020", (date(2019, 5, 1), date(2020, 12, 31)), "day"),
           ("februar 2020 - april 2020", (date(2020, 2, 1), date(2020, 4, 30)), "month")],
    "nn": [("frå 1. mai 2019 til 31. desember 2020", (date(2019, 5, 1), date(2020, 12, 31)), "day"),
           ("2018–2020", (date(2018, 1, 1), date(2020, 12, 31)), "year")],
}


@pytest.mark.parametrize("lang, text, expected, precision",
                         [(lang, *case) for lang, cases in PERIODS.items() for case in cases])
def test_periods(lang, text, expected, precision):
    assert _periods(f"Periode: {text}.", lang) == [(expected, precision)]


@pytest.mark.parametrize("lang, text, expected", [
    ("da", "1/3 2022 - 28/2 2024", (date(2022, 3, 1), date(2024, 2, 28))),
    ("sv", "1/3-2022 – 28/2-2024", (date(2022, 3, 1), date(2024, 2, 28))),
    ("nb", "15/8 2022 til 14/8 2024", (date(2022, 8, 15), date(2024, 8, 14))),
    ("nn", "1/9-2023 – 30/6-2024", (date(2023, 9, 1), date(2024, 6, 30))),
])
def test_day_slash_month_then_the_year(lang, text, expected):
    """"1/3 2022", "1/3-2022": day and month with a slash, the year after a space or a hyphen."""
    assert _periods(f"Periode: {text}.", lang) == [(expected, "day")]


@pytest.mark.parametrize("lang", LANGS)
def test_a_fraction_or_a_code_with_a_slash_is_no_date(lang):
    assert find_dates("Tlf 12/34 5678, 3/4 af 2020 deltagerne, 31/2 2021", lang) == []


QUARTERS = {
    "da": [("2. kvartal 2023 til 4. kvartal 2024", (date(2023, 4, 1), date(2024, 12, 31))),
           ("andet kvartal 2023 – første kvartal 2025", (date(2023, 4, 1), date(2025, 3, 31))),
           ("1.–3. kvartal 2024", (date(2024, 1, 1), date(2024, 9, 30)))],
    "sv": [("Q2 2023 – Q4 2024", (date(2023, 4, 1), date(2024, 12, 31))),
           ("2:a kvartalet 2022 till 3:e kvartalet 2023", (date(2022, 4, 1), date(2023, 9, 30))),
           ("andra till fjärde kvartalet 2021", (date(2021, 4, 1), date(2021, 12, 31)))],
    "nb": [("Q1–Q3 2024", (date(2024, 1, 1), date(2024, 9, 30))),
           ("kvartal 2 2023 – kvartal 1 2024", (date(2023, 4, 1), date(2024, 3, 31)))],
    "nn": [("frå første til tredje kvartal 2025", (date(2025, 1, 1), date(2025, 9, 30))),
           ("Q3/2022 – Q2/2023", (date(2022, 7, 1), date(2023, 6, 30)))],
}


@pytest.mark.parametrize("lang, text, expected",
                         [(lang, *case) for lang, cases in QUARTERS.items() for case in cases])
def test_quarter_periods_run_from_the_first_to_the_last_day_of_their_quarters(lang, text, expected):
    assert _periods(f"Periode: {text}.", lang) == [(expected, "quarter")]


@pytest.mark.parametrize("lang, text", [("da", "andet kvartal 2023"), ("sv", "2:a kvartalet 2023"),
                                        ("nb", "2. kvartal 2023"), ("nn", "Q2 2023")])
def test_a_quarter_is_a_date_of_quarter_precision(lang, text):
    found = find_dates(f"Det starta {text} i byen", lang)
    assert [(c.value, c.attrs["precision"], c.raw) for c in found] == [(date(2023, 4, 1), "quarter", text)]
    assert find_years(f"Det starta {text} i byen", lang) == []


@pytest.mark.parametrize("lang", LANGS)
def test_no_quarter_without_a_year_or_beyond_the_fourth(lang):
    text = "Vi har 2 kvartal igjen, 5. kvartal 2023 og Q7 2024 finnes ikke."
    assert [c.attrs["precision"] for c in find_dates(text, lang)] == []


PARTS_OF_YEAR = {
    "da": [("foråret 2022 – efteråret 2023", (date(2022, 3, 1), date(2023, 11, 30)), "season"),
           ("1. halvår 2023 til andet halvår 2024", (date(2023, 1, 1), date(2024, 12, 31)), "half"),
           ("uge 26–33 2023", (date(2023, 6, 26), date(2023, 8, 20)), "week"),
           ("forårssemestret 2024 – efterårssemestret 2024", (date(2024, 1, 1), date(2024, 12, 31)), "half")],
    "sv": [("våren 2021 till hösten 2022", (date(2021, 3, 1), date(2022, 11, 30)), "season"),
           ("första halvåret 2023 till andra halvåret 2024", (date(2023, 1, 1), date(2024, 12, 31)), "half"),
           ("vecka 10, 2024 till vecka 20, 2024", (date(2024, 3, 4), date(2024, 5, 19)), "week"),
           ("höstterminen 2023 – vårterminen 2024", (date(2023, 7, 1), date(2024, 6, 30)), "half")],
    "nb": [("sommeren 2022 – høsten 2022", (date(2022, 6, 1), date(2022, 11, 30)), "season"),
           ("H1 2023 – H2 2024", (date(2023, 1, 1), date(2024, 12, 31)), "half"),
           ("uke 26 2023 – uke 33 2023", (date(2023, 6, 26), date(2023, 8, 20)), "week")],
    "nn": [("hausten 2022 – våren 2024", (date(2022, 9, 1), date(2024, 5, 31)), "season"),
           ("fyrste halvår 2025 – andre halvåret 2025", (date(2025, 1, 1), date(2025, 12, 31)), "half"),
           ("frå veke 2 til veke 9 2026", (date(2026, 1, 5), date(2026, 3, 1)), "week")],
}


@pytest.mark.parametrize("lang, text, expected, precision",
                         [(lang, *case) for lang, cases in PARTS_OF_YEAR.items() for case in cases])
def test_seasons_halves_and_weeks_run_from_their_first_to_their_last_day(lang, text, expected, precision):
    assert _periods(f"Periode: {text}.", lang) == [(expected, precision)]


@pytest.mark.parametrize("lang, text, value, precision", [
    ("da", "sommeren 2021", date(2021, 6, 1), "season"), ("sv", "1:a halvåret 2023", date(2023, 1, 1), "half"),
    ("nb", "uke 53 2020", date(2020, 12, 28), "week"), ("nn", "hausten 2019", date(2019, 9, 1), "season"),
])
def test_a_season_half_or_week_is_a_date_of_its_precision(lang, text, value, precision):
    found = find_dates(f"Det starta {text} i byen", lang)
    assert [(c.value, c.attrs["precision"], c.raw) for c in found] == [(value, precision, text)]
    assert find_years(f"Det starta {text} i byen", lang) == []


@pytest.mark.parametrize("lang, text", [
    ("da", "Vi har uge 53 2021 og uge 54 2022, vores 3 halvår 2020 og vinteren 2021."),
    ("sv", "Vår 2023-budget gäller vecka 60 2023 och vintern 2021."),
    ("nb", "Vår 2023-plan har 3. halvår 2022 og uke 0 2023."),
    ("nn", "Vinteren 2021 og veke 54 2022 finst ikkje."),
])
def test_no_week_beyond_the_year_no_third_half_and_no_winter_or_bare_our(lang, text):
    assert [c.attrs["precision"] for c in find_dates(text, lang)] == []


@pytest.mark.parametrize("lang", LANGS)
def test_period_end_before_start_is_rejected(lang):
    assert find_periods("31.12.2021 - 01.01.2020 og 2022-2019", lang) == []


def test_period_span_is_half_open():
    text = "Projektperiod\n2016-10-03 – 2019-12-31\n"
    (p,) = find_periods(text, "sv")
    assert (p.start, p.end, text[p.start:p.end]) == (14, 37, "2016-10-03 – 2019-12-31")
    assert p.method == "dates@1"


# --- properties: every supported rendering of any valid date parses back to itself ---------------

dates_st = st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))


def _renderings(d: date, lang: str) -> list[tuple[str, str]]:
    months = load(lang, "months")
    out = [(f"{d.day}.{d.month}.{d.year}", "day"), (f"{d.day:02d}.{d.month:02d}.{d.year}", "day"),
           (f"{d.day:02d}/{d.month:02d}/{d.year}", "day"), (f"{d.day}-{d.month}-{d.year}", "day"),
           (d.isoformat(), "day")]
    for name in months.months[d.month]:
        out += [(f"{d.day}. {name} {d.year}", "day"), (f"{d.day} {name} {d.year}", "day"),
                (f"den {d.day}. {name.capitalize()} {d.year}", "day"), (f"{name} {d.year}", "month")]
    for abbr in months.abbreviations[d.month]:
        out += [(f"{d.day}. {abbr}. {d.year}", "day"), (f"{d.day} {abbr} {d.year}", "day")]
    return out


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=60, deadline=None)
@given(d=dates_st)
def test_any_rendered_date_parses_back(lang, d):
    for text, precision in _renderings(d, lang):
        expected = d if precision == "day" else d.replace(day=1)
        found = find_dates(f"Startdato: {text}\n", lang)
        assert [(c.value, c.attrs["precision"]) for c in found] == [(expected, precision)], text


@pytest.mark.parametrize("lang", LANGS)
@settings(max_examples=40, deadline=None)
@given(a=dates_st, b=dates_st)
def test_any_rendered_period_parses_back(lang, a, b):
    a, b = min(a, b), max(a, b)
    text = f"{a.day:02d}.{a.month:02d}.{a.year} - {b.day:02d}.{b.month:02d}.{b.year}"
    assert _periods(text, lang) == [((a, b), "day")]


# --- the seed cases beside the repository (read at test time, never copied) ------------------------

SHARED = Path(os.environ.get("NORDCASE_SHARED", Path(__file__).resolve().parents[2] / ".." / "shared"))


@pytest.mark.parametrize("prefix, lang, dates, periods", [
    ("000", "da", ["2019-01-01"], []),
    ("001", "sv", ["2021-09-02", "2020-03-01", "2020-09-01", "2020-10-20"], [("2019-01-01", "2020-12-31")]),
    ("002", "nb", ["2017-09-01", "2016-12-01", "2017-01-03", "2019-01-02"], []),
    ("003", "da", ["2019-12-01", "2022-05-31", "2022-06-01"],
     [("2019-12-01", "2022-05-31"), ("2020-01-01", "2021-12-31")]),
    ("004", "da", ["2021-10-01"], []),
])
def test_seed_dates(prefix, lang, dates, periods):
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    (path,) = seeds.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    assert [c.value.isoformat() for c in find_dates(text, lang)] == dates
    assert [(a.isoformat(), b.isoformat()) for a, b in (c.value for c in find_periods(text, lang))] == periods


@pytest.mark.parametrize("lang, text, start, end", [
    ("sv", "Period: 2024-06 – 2024-08", "2024-06-01", "2024-08-31"),
    ("da", "Projektperiode: 2023-09 - 2025-06", "2023-09-01", "2025-06-30"),
    ("nb", "Prosjektet varer 2023-01–2024-12.", "2023-01-01", "2024-12-31"),
    ("nn", "Prosjektperiode 2022-08 – 2023-06", "2022-08-01", "2023-06-30"),
])
def test_iso_year_months_as_a_range(lang, text, start, end):
    """ISO year-months count only as the two ends of a range: alone, "2011-12" may be 2011-2012."""
    got = find_periods(text, lang)
    assert [(p.value[0].isoformat(), p.value[1].isoformat(), p.attrs["precision"]) for p in got] == [(start, end, "month")]
    assert [p.value for p in find_periods("Säsongen 2011-12 var bra.", "sv")] != [(date(2011, 12, 1), date(2011, 12, 31))]


@pytest.mark.parametrize("lang, text, start, end", [
    ("sv", "jan 2022 - dec 2023", date(2022, 1, 1), date(2023, 12, 1)),
    ("nb", "okt 2022 – mar 2023", date(2022, 10, 1), date(2023, 3, 1)),
    ("da", "feb 2021 til nov 2021", date(2021, 2, 1), date(2021, 11, 1)),
    ("nn", "sep 2020 – jun 2021", date(2020, 9, 1), date(2021, 6, 1)),
])
def test_bare_month_abbreviations_before_a_year(lang, text, start, end):
    """Abbreviations that are no other word need no dot before a year; "jul" (Christmas) still does."""
    assert [(d.value, d.attrs["precision"]) for d in find_dates(text, lang)] == [(start, "month"), (end, "month")]
    assert find_dates("jul 2019", lang) == [] and len(find_dates("jul. 2019", lang)) == 1


@pytest.mark.parametrize("lang", LANGS)
def test_compact_iso_dates_only_as_the_two_ends_of_a_range(lang):
    assert _periods("Periode: 20210301 – 20230228.", lang) == [((date(2021, 3, 1), date(2023, 2, 28)), "day")]
    assert find_dates("Sag 20210301, tlf. 20210301 - 20230299, 12345678 - 87654321", lang) == []
