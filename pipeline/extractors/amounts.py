"""Money amounts: a number with a currency (kr, DKK, MSEK, €), ranges, bounds ("< 50.000"), a year
label ("2017: kr 650 000") and a rate ("pr. år"); bare large numbers alone on a line score lower.
Built on the number mentions of numbers.py; cue words come from resources/<lang>/numbers.yaml."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..lexicon import alternation, fold
from ..resources import load
from ..spans import line_end
from .base import Candidate
from .numbers import NumberMention
from .numbers import mentions

METHOD = "amounts@1"
#: a number without a currency counts as an amount only from this size, and only alone on its line
BARE_MIN = 1000
SCORES = {"code": 0.95, "word": 0.9, "country": 0.9, "language": 0.85, "bare": 0.5, "bare_bound": 0.55}
GAP = r"[ \u00a0]*"


class AmountExtractor:
    """Amount context patterns of one language, compiled once."""

    def __init__(self, lang: str):
        res = load(lang, "numbers")
        months = load(lang, "months")
        self.lang = lang
        self.res = res
        self.currency_of = {w.casefold(): c for w, c in res.currencies.items()}
        cur = alternation(self.currency_of)
        self.cur_after = re.compile(rf"\.?{GAP}(?P<cur>{cur})(?!\w)\.?", re.I)
        self.cur_before = re.compile(rf"(?<!\w)(?P<cur>{cur})\.?{GAP}\Z", re.I)
        self.bound_of = {w.casefold(): "lt" for w in res.bound_lt}
        self.bound_of.update({w.casefold(): "gt" for w in res.bound_gt})
        bounds = alternation(self.bound_of)
        self.bound_before = re.compile(rf"(?<!\w)(?P<b>{bounds})\.?{GAP}\Z", re.I)
        self.plain_year = re.compile(r"(?:19|20)\d\d|2100")
        self.list_item_end = re.compile(
            rf"{GAP}(?:[,;)\n]|\.(?!\d)|\Z|(?:{alternation(res.and_words)})(?!\w))", re.I)
        # "2023: 450 000", "2023 (300.000 kr)": the year an amount of a per-year list belongs to
        self.year_before = re.compile(rf"(?<![\w.,])(?P<y>(?:19|20)\d\d){GAP}[:(]{GAP}\Z")
        # "2024 (aug.–des.)      kr 280 000", "  2025:      kr 680 000": a year opening a table row, its
        # months in brackets, then the amount after a run of spaces
        self.year_row = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-•*–][ \t]*)?(?P<y>(?:19|20)\d\d)"
                                   r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*:?[ \t]+\Z")
        self.year_after = re.compile(rf"[ \u00a0]+(?:{alternation(res.year_after)})[ \u00a0]+(?P<y>(?:19|20)\d\d)"
                                     rf"(?![\d]|[-./–]\d)", re.I)
        self.per_of = {p.casefold(): unit for unit, phrases in res.per.items() for p in phrases}
        self.per_after = re.compile(rf"{GAP}(?P<per>{alternation(self.per_of)})(?!\w)", re.I)
        # "koster årligt ca. 1,2 mio. kr.": the period word before the amount, an "about" between
        labels = load(lang, "labels").phrases
        approx = alternation(labels["approx"])
        self.per_before = re.compile(rf"(?<!\w)(?P<per>{alternation(self.per_of)})"
                                     rf"(?:{GAP}(?:{approx}))?{GAP}\Z", re.I)
        joiners = alternation(months.range_to)
        self.range_gap = re.compile(
            rf"{GAP}(?:(?P<cur>{cur})(?!\w)\.?{GAP})?(?:[-–—]|(?:{joiners})(?!\w)){GAP}", re.I)
        # "mellan 200 000 och 300 000 kr": "and" joins a range only after "between"
        self.between_before = re.compile(rf"(?<!\w)(?:{alternation(labels['between'])}){GAP}\Z", re.I)
        self.and_gap = re.compile(rf"{GAP}(?:{alternation(labels['and_words'])}){GAP}", re.I)
        self.range_from = re.compile(rf"(?<!\w)(?:{alternation(months.range_from)}){GAP}\Z", re.I)

    def _currency(self, word: str, country: Optional[str]) -> tuple[str, str, int]:
        """ISO code, where it came from (code/word/country/language) and the token's own scale."""
        entry = self.currency_of[fold(word)]
        if entry.code != "local":
            return entry.code, entry.source, entry.scale
        if country:
            return self.res.krone_by_country[country.upper()], "country", entry.scale
        return self.res.local_currency, "language", entry.scale

    def amounts(self, text: str, country: Optional[str]) -> list[Candidate]:
        numbers = [n for n in mentions(text, self.lang)
                   if not ({"percent", "plus", "ordinal"} & set(n.attrs))]
        out: list[Candidate] = []
        i = 0
        while i < len(numbers):
            first = numbers[i]
            second = None
            if i + 1 < len(numbers):
                gap = self.range_gap.fullmatch(text, first.end, numbers[i + 1].start) or (
                    self.between_before.search(text, max(0, first.start - 12), first.start)
                    and self.and_gap.fullmatch(text, first.end, numbers[i + 1].start))
                if gap:
                    second = numbers[i + 1]
            cand = self._amount(text, first, second, country)
            if cand is None and second is not None:
                cand, second = self._amount(text, first, None, country), None
            if cand is not None:
                out.append(cand)
            i += 2 if second is not None else 1
        return out

    def _amount(self, text: str, first: NumberMention, second: Optional[NumberMention],
                country: Optional[str]) -> Optional[Candidate]:
        last = second or first
        start, end = first.start, last.end
        attrs: dict = {}
        currency_word = None
        m = self.cur_after.match(text, end)
        if m:
            currency_word, end = m["cur"], m.end()
        elif second is not None:
            gap = self.range_gap.match(text, first.end)
            if gap and gap["cur"]:
                currency_word = gap["cur"]
        if currency_word is None:
            m = self.cur_before.search(text, max(0, start - 8), start)
            if m:
                currency_word, start = m["cur"], m.start()
        if currency_word is None and first.words:
            return None
        m = self.bound_before.search(text, max(0, start - 15), start)
        if m and second is None:
            attrs["bound"] = self.bound_of[fold(m["b"])]
            start = m.start()
        m = self.year_before.search(text, max(0, start - 10), start) \
            or self.year_row.search(text, text.rfind("\n", 0, start) + 1, start)
        if m:
            attrs["year"] = int(m["y"])
        elif currency_word:
            m = self.year_after.match(text, end)
            if m:
                attrs["year"] = int(m["y"])  # "kr 350 000 i 2023"; the span stays the amount's
        m = self.per_after.match(text, end)
        if m and text[end - 1] == "." and m["per"][:1].isupper():
            m = None  # "… 5,4 mill. kroner. Årlig ramme er …": the next sentence's word
        if m:
            attrs["per"] = self.per_of[fold(m["per"])]
            end = m.end()
        else:
            m = self.per_before.search(text, max(0, start - 30), start)
            if m:
                attrs["per"] = self.per_of[fold(m["per"])]  # the span stays the amount's

        token_scale = 1
        if currency_word:
            code, source, token_scale = self._currency(currency_word, country)
            attrs["currency"], attrs["currency_source"] = code, source
            score = SCORES[source]
        else:
            attrs["currency"] = None
            # "fra 100.000 til 500.000", "Mellem 100.000 og 500.000": the word opening a range is part of it
            lead = None if second is None else (self.range_from.search(text, max(0, start - 15), start)
                                                or self.between_before.search(text, max(0, start - 15), start))
            if self.plain_year.fullmatch(text, start, end) or not (
                    self._alone_on_line(text, start if lead is None else lead.start(), end)
                    or ("year" in attrs and self._closes_list_item(text, end))):
                return None
            score = SCORES["bare_bound"] if (second or "bound" in attrs) else SCORES["bare"]

        low, high = first.value, last.value
        if second is not None and first.scale is None and second.scale:
            low *= second.scale  # "1-2 mio. kr."
        low, high = low * token_scale, high * token_scale
        scale = max(first.scale or 1, last.scale or 1) * token_scale
        if scale > 1:
            attrs["scale"] = scale
        if currency_word is None and max(low, high) < BARE_MIN:
            return None
        if second is not None:
            if low > high:
                return None
            attrs["min"], attrs["max"] = float(low), float(high)
            value = None
        else:
            value = float(low)
            if attrs.get("bound") == "lt":
                attrs["max"] = value
            elif attrs.get("bound") == "gt":
                attrs["min"] = value
        if first.words:
            attrs["words"] = True
        return Candidate(kind="amount", value=value, raw=text[start:end], start=start, end=end,
                         score=score, method=METHOD, attrs=attrs)

    def _closes_list_item(self, text: str, end: int) -> bool:
        """A bare amount ends an item of a list ("(2022: 400 000, 2023: 450 000)", "2023: 300.000 og
        2024: …"): a comma, semicolon, bracket, full stop, "and" or the line's end follows, not
        another word ("2023: 1500 besøkende")."""
        return self.list_item_end.match(text, end) is not None

    @staticmethod
    def _alone_on_line(text: str, start: int, end: int) -> bool:
        """Nothing else on the line but a note in brackets after it ("6.441.620 (heraf 2.000.000 fra
        kommunen)")."""
        line_start = text.rfind("\n", 0, start) + 1
        rest = text[end:line_end(text, end)].strip(" \t\r.;")
        return not text[line_start:start].strip() and (not rest or BRACKET_NOTE.fullmatch(rest) is not None)


#: a note in brackets ("(heraf 2.000.000 fra kommunen)", "(20 kvinner og 15 menn)")
BRACKET_NOTE = re.compile(r"\([^()\n]*\)")


@lru_cache(maxsize=None)
def extractor(lang: str) -> AmountExtractor:
    """The compiled extractor of a language (built once per process)."""
    return AmountExtractor(lang)


def find_amounts(text: str, lang: str, country: Optional[str] = None) -> list[Candidate]:
    """Money amounts: value float (None for a range), attrs currency, currency_source, min, max,
    bound, year, per, scale. `country` (DK/SE/NO) decides what a plain "kr" means."""
    return extractor(lang).amounts(text, country)
