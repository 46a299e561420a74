"""Pydantic models of the numeric resource files: months.yaml and numbers.yaml."""
from __future__ import annotations

import re
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from .models_text import check_unique as _unique

#: What an amount can be quoted per ("pr. år", "/måned", "i timen" ...).
PER_UNITS = ("year", "month", "week", "hour")


class MonthsFile(BaseModel):
    """months.yaml: month number (1-12) -> full names and abbreviations; date and range cue words."""

    model_config = ConfigDict(extra="forbid")

    months: dict[int, list[str]]
    abbreviations: dict[int, list[str]]
    #: abbreviations that are also common words ("jul" is Christmas): before a bare year they need a
    #: dot or a day ("jul. 2019", "3 jul 2019"); the others do not ("jan 2022 – dec 2023")
    ambiguous_abbreviations: list[str]
    #: words before a date that make it more certain ("den", "pr.", "d.")
    date_cues: list[str]
    #: words before a bare year that make it a year ("i", "år", "siden")
    year_cues: list[str]
    #: words opening and joining a range ("fra ... til", "från ... till")
    range_from: list[str]
    range_to: list[str]
    #: the word for a quarter of a year ("kvartal", "kvartalet")
    quarter_words: list[str]
    #: quarter number (1-4) -> its ordinal words ("andet", "andra")
    quarter_ordinals: dict[int, list[str]]
    #: month a season begins (it lasts three months) -> the season's words before a year ("foråret 2022")
    seasons: dict[int, list[str]]
    #: the word for half a year ("halvår") and half number (1, 2) -> its ordinals ("andet", "andra")
    half_year_words: list[str]
    half_year_ordinals: dict[int, list[str]]
    #: half number (1, 2) -> words that name a half by themselves ("vårterminen", "høstsemesteret")
    half_year_names: dict[int, list[str]]
    #: the word before an ISO week number ("uge 26 2023", "vecka 26 2023")
    week_words: list[str]
    #: a word between a week number and its year ("uge 34 i 2023")
    week_year_words: list[str]

    @model_validator(mode="after")
    def _twelve_and_unique(self) -> "MonthsFile":
        for what, table in (("months", self.months), ("abbreviations", self.abbreviations)):
            if sorted(table) != list(range(1, 13)):
                raise ValueError(f"{what} must have exactly the keys 1..12")
        if sorted(self.quarter_ordinals) != [1, 2, 3, 4]:
            raise ValueError("quarter_ordinals must have exactly the keys 1..4")
        names = {f"month {m}": self.months[m] + self.abbreviations[m] for m in range(1, 13)}
        _unique(names, "months")
        _unique({f"quarter {q}": self.quarter_ordinals[q] for q in range(1, 5)}, "quarter_ordinals")
        known = {a.casefold() for names in self.abbreviations.values() for a in names}
        unknown = [a for a in self.ambiguous_abbreviations if a.casefold() not in known]
        if unknown:
            raise ValueError(f"ambiguous_abbreviations not among the abbreviations: {unknown}")
        for what in ("date_cues", "year_cues", "range_from", "range_to", "quarter_words",
                     "half_year_words", "week_words"):
            _unique({what: getattr(self, what)}, what)
        if not self.quarter_words:
            raise ValueError("quarter_words must not be empty")
        if not set(self.seasons) <= set(range(1, 11)):
            raise ValueError("seasons must begin in months 1..10 (a season lasts three months of one year)")
        for what, table in (("half_year_ordinals", self.half_year_ordinals), ("half_year_names", self.half_year_names)):
            if sorted(table) != [1, 2]:
                raise ValueError(f"{what} must have exactly the keys 1 and 2")
        _unique({f"{what} {k}": words for what, table in (
            ("month", {m: self.months[m] + self.abbreviations[m] for m in range(1, 13)}),
            ("season", self.seasons), ("half", self.half_year_names)) for k, words in table.items()},
                "months, seasons and half_year_names")
        _unique({f"half {h}": self.half_year_ordinals[h] for h in (1, 2)}, "half_year_ordinals")
        return self


class CurrencyWord(BaseModel):
    """One currency token: its ISO 4217 code ("local" = the country's krone) and built-in scale."""

    model_config = ConfigDict(extra="forbid")

    code: str
    scale: int = 1
    #: how the code was found: a code proper (DKK, MSEK) or a word/symbol (kroner, kr, €)
    source: Literal["code", "word"] = "word"

    @field_validator("code")
    @classmethod
    def _iso(cls, value: str) -> str:
        if value != "local" and not re.fullmatch(r"[A-Z]{3}", value):
            raise ValueError(f"currency code must be ISO 4217 or 'local', got {value!r}")
        return value


class NumbersFile(BaseModel):
    """numbers.yaml: number words, scale words, currency words and the cue words around amounts."""

    model_config = ConfigDict(extra="forbid")

    #: units, teens and tens as written (0..99); compounds are built from these
    words: dict[str, int]
    #: number words that are also articles ("en", "et"): a number only inside a compound or before a scale
    article_words: list[str]
    #: "og" in Danish "enogtyve"; None when the language has no unit-first compounds
    compound_joiner: Optional[str]
    #: True when tens come first, glued ("tjugofem", "tjuefem")
    tens_first: bool
    #: units that may open a unit-first compound ("en" in "enogtyve", not "et")
    compound_units: list[str]
    #: words joining parts of a spelled number ("hundrede og tyve")
    and_words: list[str]
    #: multipliers: hundrede 100, tusind 1000, mio. 1e6, mia. 1e9
    scales: dict[str, int]
    currencies: dict[str, CurrencyWord]
    #: ISO code a plain "kr" means in this language when no country is given
    local_currency: str
    #: ISO code a plain "kr" means in a text from a given country (DK, SE, NO)
    krone_by_country: dict[str, str]
    bound_lt: list[str]
    bound_gt: list[str]
    per: dict[str, list[str]]
    #: words between an amount and the year it is for: "kr 350 000 i 2023", "400 000 kr för 2024"
    year_after: list[str]
    #: "ett fyrtiotal" (about 40): tens words, hundred and thousand with this suffix (attrs approx)
    approx_suffixes: list[str]
    #: fraction words before a scale of a hundred or more: "en halv million" 0.5, "et halvt hundrede" 0.5 (50), "halvanden mio." 1.5;
    #: after a whole number and "og": "to og en halv million" 2.5
    fractions: dict[str, float]
    percent_words: list[str]
    phone_cues: list[str]
    #: registry, account and fax number labels: the digits after them are no phone to call ("CVR 31234567")
    id_cues: list[str]
    clock_cues: list[str]

    @field_validator("words")
    @classmethod
    def _small(cls, value: dict[str, int]) -> dict[str, int]:
        bad = {w: n for w, n in value.items() if not 0 <= n <= 99}
        if bad:
            raise ValueError(f"number words must be 0..99: {bad}")
        return value

    @field_validator("scales")
    @classmethod
    def _powers(cls, value: dict[str, int]) -> dict[str, int]:
        bad = [w for w, n in value.items() if n < 100 or str(n).rstrip("0") != "1"]
        if bad:
            raise ValueError(f"scales must be powers of ten >= 100: {bad}")
        return value

    @field_validator("per")
    @classmethod
    def _per_units(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(PER_UNITS))
        if unknown:
            raise ValueError(f"unknown per units {unknown}; known: {PER_UNITS}")
        _unique(value, "per")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> "NumbersFile":
        _unique({"words": list(self.words), "scales": list(self.scales),
                 "currencies": list(self.currencies)}, "numbers")
        _unique({"bound_lt": self.bound_lt, "bound_gt": self.bound_gt}, "bounds")
        for what in ("percent_words", "phone_cues", "id_cues", "clock_cues", "and_words", "approx_suffixes"):
            _unique({what: getattr(self, what)}, what)
        missing = [w for w in self.article_words + self.compound_units if w not in self.words]
        if missing:
            raise ValueError(f"article_words/compound_units not among words: {missing}")
        for code in [self.local_currency, *self.krone_by_country.values()]:
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"currency codes must be ISO 4217, got {code!r}")
        return self
