"""Dates, bare years and periods in Danish, Swedish and Norwegian text.

Numeric dates are always day first (ISO is year first); month names come from resources/<lang>/months.yaml.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from ..lexicon import alternation, fold
from ..resources import load
from .base import Candidate

METHOD = "dates@1"
YEAR_MIN, YEAR_MAX = 1900, 2100
#: two-digit years up to this are 20yy, above it 19yy
TWO_DIGIT_PIVOT = 50
DASHES = "-–—"
#: a run of letters: month names and number words are looked up word by word
WORD = re.compile(r"[^\W\d_]+")
#: recent texts whose analysis is kept: callers run every find_* on the same text in a row
TEXT_CACHE = 16

#: Evidence -> score before context. A 4-digit year with day and month is strong; partial or
#: two-digit-year dates are weaker.
SCORES = {
    "iso": 0.95, "dmy": 0.9, "dm_y": 0.85, "dmy_short_year": 0.6, "day_name": 0.95, "day_abbr": 0.9,
    "month_name": 0.75, "month_abbr": 0.7, "year_cue": 0.9, "year": 0.6, "year_range": 0.9,
    "year_slash": 0.6, "quarter": 0.8, "half": 0.8, "season": 0.75, "week": 0.85,
}
#: how many months a mention of this precision covers from its first day
MONTHS_COVERED = {"month": 1, "quarter": 3, "season": 3, "half": 6}
CUE_BONUS = 0.05


@dataclass(frozen=True)
class DateMention:
    """A located date: value is the first day of the week/month/quarter/season/half/year when precision
    is coarser than a day."""

    start: int
    end: int
    value: date
    precision: str
    score: float
    pattern: str


class DateExtractor:
    """Named date patterns of one language, compiled once, and the checks that reject impossible values."""

    def __init__(self, lang: str):
        months = load(lang, "months")
        numbers = load(lang, "numbers")
        self.lang = lang
        self.month_of: dict[str, int] = {}
        self.abbreviations: set[str] = set()
        for month, names in months.months.items():
            for name in names:
                self.month_of[name.casefold()] = month
        for month, names in months.abbreviations.items():
            for name in names:
                self.month_of[name.casefold()] = month
                self.abbreviations.add(name.casefold())
        self.ambiguous = frozenset(a.casefold() for a in months.ambiguous_abbreviations)
        self.vocabulary = frozenset(self.month_of)
        names = alternation(self.month_of)
        cues = alternation(c.casefold() for c in months.date_cues)
        self.cue_before = re.compile(rf"(?:^|[\s(])(?:{cues})\s*\Z", re.I)
        self.year_cue_before = re.compile(
            rf"(?:^|[\s(])(?:{alternation(months.year_cues)})\s*\Z", re.I)
        self.range_from = re.compile(rf"(?:^|[\s(])(?:{alternation(months.range_from)})\s*\Z", re.I)
        joiners = alternation(months.range_to)
        #: what may stand between the two ends of a period
        self.joiner = re.compile(rf"\s*(?:[{DASHES}]+|(?<=\s)(?:{joiners})(?=\s))\s*", re.I)
        self.joiner_full = re.compile(rf"\s*(?:[{DASHES}]+|(?:{joiners})(?=\s))\s*\Z", re.I)
        self.quarter_of = {w.casefold(): q for q, ws in months.quarter_ordinals.items() for w in ws}
        ordinals = alternation(self.quarter_of)
        quarter_words = alternation(months.quarter_words)
        year_end = r"(?![\d]|[.,]\d)"
        #: "2. kvartal 2023", "2:a kvartalet 2023", "andet kvartal 2023", "kvartal 2 2023", "Q2 2023", "Q2/2023", "2023 Q2"
        self.quarter = re.compile(
            rf"(?:(?<![\w.,])(?P<n>[1-4])(?:\.|:[ae])?|(?<!\w)(?P<o>{ordinals}))\s+(?:{quarter_words})\s*,?\s*"
            rf"(?P<y>\d{{4}}){year_end}"
            rf"|(?<!\w)(?:{quarter_words})\s+(?P<n2>[1-4])\s*[,/]?\s*(?P<y2>\d{{4}}){year_end}"
            rf"|(?<!\w)Q(?P<q>[1-4])\s*[/-]?\s*(?P<y3>\d{{4}}){year_end}"
            rf"|(?<![\w.,])(?P<y4>\d{{4}})\s*[/-]?\s*Q(?P<q4>[1-4])(?!\w)", re.I)
        #: the start of a quarter range written without its year: "Q1–", "1.–", "første til"
        self.quarter_partial = re.compile(
            rf"(?:(?<!\w)Q(?P<q>[1-4])|(?<![\w.,])(?P<n>[1-4])(?:\.|:[ae])?|(?<!\w)(?P<o>{ordinals}))"
            rf"\s*(?:[{DASHES}]+|(?<=\s)(?:{joiners})(?=\s))\s*\Z", re.I)
        #: "foråret 2022", "hösten 2023", "vårterminen 2024": a season or a term before a year
        self.year_part_of = {w.casefold(): (month, "season") for month, ws in months.seasons.items() for w in ws}
        self.year_part_of.update({w.casefold(): (1 if half == 1 else 7, "half")
                                  for half, ws in months.half_year_names.items() for w in ws})
        self.year_part = re.compile(
            rf"(?<!\w)(?P<w>{alternation(self.year_part_of)})\s*,?\s*(?P<y>\d{{4}}){year_end}", re.I)
        #: "1. halvår 2023", "andra halvåret 2023", "H2 2023"
        self.half_of = {w.casefold(): h for h, ws in months.half_year_ordinals.items() for w in ws}
        self.half = re.compile(
            rf"(?:(?<![\w.,])(?P<n>[12])(?:\.|:[ae])?|(?<!\w)(?P<o>{alternation(self.half_of)}))\s+"
            rf"(?:{alternation(months.half_year_words)})\s*,?\s*(?P<y>\d{{4}}){year_end}"
            rf"|(?<!\w)H(?P<h>[12])\s*[/-]?\s*(?P<y2>\d{{4}}){year_end}", re.I)
        #: "uge 26 2023", "vecka 26, 2023", "uke 26/2023", "uge 26–33 2023" (both weeks take the year)
        week_words = alternation(months.week_words)
        week_year = alternation(months.week_year_words)
        self.week = re.compile(
            rf"(?<!\w)(?:{week_words})\.?\s*(?P<w>\d{{1,2}})(?:\s*[{DASHES}]\s*(?P<w2>\d{{1,2}}))?"
            rf"(?:\s*[,/]\s*|\s+(?:(?:{week_year})\s+)?)(?P<y>\d{{4}}){year_end}", re.I)
        #: the start of a week range written without its year: "uge 26 –", "vecka 26 till"
        self.week_partial = re.compile(
            rf"(?<!\w)(?:{week_words})\.?\s*(?P<w>\d{{1,2}})"
            rf"\s*(?:[{DASHES}]+|(?<=\s)(?:{joiners})(?=\s))\s*\Z", re.I)
        not_year_after = alternation(
            [c for c in numbers.currencies] + numbers.percent_words + list(numbers.scales))
        self.not_year_after = re.compile(rf"\s?(?:{not_year_after})(?!\w)", re.I)

        # Patterns open with a digit and check the character before it afterwards ("\d(?<![\d.]\d)"):
        # a leading lookbehind would stop the regex engine from skipping ahead to the next digit.
        self.iso = re.compile(
            r"(?P<y>\d(?<![\d.,/]\d)\d{3})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d]|[.,/]\d)")
        self.dmy = re.compile(
            r"(?P<d>\d(?<![\d.,/:]\d)\d?)(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)"
            r"(?P<y>\d{4}|\d{2})(?![\d]|[.,/]\d)")
        # "1/3 2022", "1/3-2022": day/month, then the year after a space or a hyphen (da, sv)
        # "2024-06 – 2024-08": ISO year-months, only as the two ends of a range (alone, "2011-12"
        # may be December 2011 or 2011-2012)
        self.iso_month_range = re.compile(
            rf"(?P<y1>\d(?<![\d.,/]\d)\d{{3}})-(?P<m1>0[1-9]|1[0-2])\s*[{DASHES}]\s*"
            rf"(?P<y2>\d{{4}})-(?P<m2>0[1-9]|1[0-2])(?![\d]|[.,/-]\d)")
        # "20210301 – 20230228": compact ISO dates, only as the two ends of a range (alone, eight
        # digits are as often a phone number or a case number)
        self.iso_compact_range = re.compile(
            rf"(?P<y1>\d(?<![\w.,/]\d)\d{{3}})(?P<m1>0[1-9]|1[0-2])(?P<d1>[0-3]\d)\s*[{DASHES}]\s*"
            rf"(?P<y2>\d{{4}})(?P<m2>0[1-9]|1[0-2])(?P<d2>[0-3]\d)(?![\w]|[.,/-]\d)")
        self.dm_y = re.compile(
            r"(?P<d>\d(?<![\d.,/:]\d)\d?)/(?P<m>\d{1,2})(?:[ \u00a0]|-)(?P<y>\d{4})(?![\d]|[.,/]\d)")
        # month names are found by looking words up; these read the day before and the year after
        self.day_before = re.compile(r"(?<![\w.,])(?P<d>\d{1,2})(?:\.|:[ae])?\s+\Z")
        self.year_after = re.compile(r"(?P<dot>\.)?,?\s*(?P<y>\d{4})(?![\d]|[.,]\d)")
        self.year = re.compile(r"(?P<y>\d(?<![\w.,:]\d)\d{3})(?![\w]|[.,]\d)")
        self.year_range = re.compile(
            rf"(?P<y1>\d(?<![\w.,:]\d)\d{{3}})(?:(?P<j>\s*[{DASHES}]\s*|/)(?P<y2>\d{{4}}|\d{{2}})"
            rf"|\s+(?:{joiners})\s+(?P<y2w>\d{{4}}))(?![\w]|[.,/{DASHES}]\d)", re.I)
        # Start of a period written without its year, right before a full end date:
        # "1.3.–", "1/3 –", "1. marts –", "1.–", "januari–"
        self.partial_start = re.compile(
            rf"(?:(?<![\w.,/])(?P<d>\d{{1,2}})(?:\.|:[ae]|/(?=\d))?(?:(?P<m>\d{{1,2}})\.?)?\s*)?"
            rf"(?:(?<!\w)(?P<mon>{names})\.?\s*)?"
            rf"(?:[{DASHES}]+|(?<=\s)(?:{joiners}))\s*\Z", re.I)

    # --- checks -------------------------------------------------------------------------------
    @staticmethod
    def validate(year: int, month: int, day: int) -> Optional[date]:
        """The date, or None when it cannot exist (31.02, month 13) or lies outside 1900-2100."""
        if not YEAR_MIN <= year <= YEAR_MAX:
            return None
        try:
            return date(year, month, day)
        except ValueError:
            return None

    @staticmethod
    def expand_year(text: str) -> int:
        year = int(text)
        if len(text) == 2:
            year += 2000 if year <= TWO_DIGIT_PIVOT else 1900
        return year

    def _scored(self, text: str, start: int, base: float) -> float:
        window = text[max(0, start - 20):start]
        return min(1.0, base + (CUE_BONUS if self.cue_before.search(window) else 0.0))

    # --- finders ------------------------------------------------------------------------------
    def dates(self, text: str) -> list[DateMention]:
        found: list[DateMention] = []
        for m in self.iso.finditer(text):
            value = self.validate(int(m["y"]), int(m["m"]), int(m["d"]))
            if value:
                found.append(DateMention(m.start(), m.end(), value, "day",
                                         self._scored(text, m.start(), SCORES["iso"]), "iso"))
        for m in self.iso_month_range.finditer(text):
            for y, mo in (("y1", "m1"), ("y2", "m2")):
                value = self.validate(int(m[y]), int(m[mo]), 1)
                if value:
                    found.append(DateMention(m.start(y), m.end(mo), value, "month",
                                             self._scored(text, m.start(y), SCORES["iso"]), "iso"))
        for m in self.iso_compact_range.finditer(text):
            ends = [self.validate(int(m[f"y{i}"]), int(m[f"m{i}"]), int(m[f"d{i}"])) for i in (1, 2)]
            if all(ends):
                for i, value in zip((1, 2), ends):
                    found.append(DateMention(m.start(f"y{i}"), m.end(f"d{i}"), value, "day",
                                             self._scored(text, m.start(f"y{i}"), SCORES["iso"]), "iso"))
        for m in self.dmy.finditer(text):
            short = len(m["y"]) == 2
            # two-digit years only when day and month are padded ("01.12.19"), not "1.2.19"
            if short and (len(m["d"]) != 2 or len(m["m"]) != 2 or m["sep"] == "-"):
                continue
            value = self.validate(self.expand_year(m["y"]), int(m["m"]), int(m["d"]))
            if value:
                kind = "dmy_short_year" if short else "dmy"
                found.append(DateMention(m.start(), m.end(), value, "day",
                                         self._scored(text, m.start(), SCORES[kind]), kind))
        for m in self.dm_y.finditer(text):
            value = self.validate(int(m["y"]), int(m["m"]), int(m["d"]))
            if value:
                found.append(DateMention(m.start(), m.end(), value, "day",
                                         self._scored(text, m.start(), SCORES["dm_y"]), "dmy"))
        for w_start, w_end, month_word in words(text, self.vocabulary):
            month = self.month_of[month_word]
            if w_start and text[w_start - 1].isdigit():
                continue
            y = self.year_after.match(text, w_end)
            if not y:
                continue
            is_abbr = month_word in self.abbreviations
            year = int(y["y"])
            d = self.day_before.search(text, max(0, w_start - 8), w_start)
            if d:
                value = self.validate(year, month, int(d["d"]))
                kind = "day_abbr" if is_abbr else "day_name"
                start, precision = d.start(), "day"
            else:
                # "jul 2019" is Christmas as often as July: such abbreviations need a day or a dot
                if month_word in self.ambiguous and not y["dot"]:
                    continue
                value = self.validate(year, month, 1)
                kind = "month_abbr" if is_abbr else "month_name"
                start, precision = w_start, "month"
            if value:
                found.append(DateMention(start, y.end(), value, precision,
                                         self._scored(text, start, SCORES[kind]), kind))
        for m in self.quarter.finditer(text):
            quarter = self._quarter_number(m)
            year = int(m["y"] or m["y2"] or m["y3"] or m["y4"])
            value = self.validate(year, 3 * quarter - 2, 1)
            if value:
                found.append(DateMention(m.start(), m.end(), value, "quarter",
                                         self._scored(text, m.start(), SCORES["quarter"]), "quarter"))
        found.extend(self._parts_of_year(text))
        return _drop_overlaps(found)

    def _parts_of_year(self, text: str) -> list[DateMention]:
        """Seasons, terms, halves and ISO weeks with their year."""
        found = []
        for m in self.year_part.finditer(text):
            month, precision = self.year_part_of[fold(m["w"])]
            value = self.validate(int(m["y"]), month, 1)
            if value:
                found.append(DateMention(m.start(), m.end(), value, precision,
                                         self._scored(text, m.start(), SCORES[precision]), precision))
        for m in self.half.finditer(text):
            half = self.half_of[fold(m["o"])] if m["o"] else int(m["n"] or m["h"])
            value = self.validate(int(m["y"] or m["y2"]), 6 * half - 5, 1)
            if value:
                found.append(DateMention(m.start(), m.end(), value, "half",
                                         self._scored(text, m.start(), SCORES["half"]), "half"))
        for m in self.week.finditer(text):
            year = int(m["y"])
            first = week_monday(year, int(m["w"]))
            last = week_monday(year, int(m["w2"])) if m["w2"] else None
            score = self._scored(text, m.start(), SCORES["week"])
            if not first or (m["w2"] and (not last or last < first)):
                continue
            if last:
                # "uge 26–33 2023": two mentions, so the period pairs them like "1.–31. marts 2021"
                found.append(DateMention(m.start(), m.end("w"), first, "week", score, "week"))
                found.append(DateMention(m.start("w2"), m.end(), last, "week", score, "week"))
            else:
                found.append(DateMention(m.start(), m.end(), first, "week", score, "week"))
        return found

    def _quarter_number(self, m: re.Match) -> int:
        """The quarter (1-4) of a `quarter` or `quarter_partial` match."""
        if m["o"]:
            return self.quarter_of[fold(m["o"])]
        return int(next(g for g in (m["n"], m.groupdict().get("n2"), m["q"], m.groupdict().get("q4")) if g))

    def years(self, text: str, dates: list[DateMention]) -> list[DateMention]:
        taken = [(d.start, d.end) for d in dates]
        in_range: set[int] = set()
        for m in self.year_range.finditer(text):
            if _is_year_range(m):
                in_range.update((m.start("y1"), m.start("y2") if m["y2"] else m.start("y2w")))
        found = []
        for m in self.year.finditer(text):
            s, e = m.span()
            if not YEAR_MIN <= int(m["y"]) <= YEAR_MAX or any(a < e and s < b for a, b in taken):
                continue
            if self.not_year_after.match(text, e) or _digit_group_next(text, s, e):
                continue
            cue = (s in in_range or self.year_cue_before.search(text[max(0, s - 20):s])
                   or text[e:e + 1] == ":")
            score = SCORES["year_cue"] if cue else SCORES["year"]
            found.append(DateMention(s, e, date(int(m["y"]), 1, 1), "year", score, "year"))
        return found

    def periods(self, text: str, dates: list[DateMention]) -> list[tuple[DateMention, DateMention]]:
        """Pairs (start, end) of mentions, the start possibly rebuilt from a yearless prefix."""
        pairs: list[tuple[DateMention, DateMention]] = []
        used_ends: set[int] = set()
        for a, b in zip(dates, dates[1:]):
            if self.joiner.fullmatch(text, a.end, b.start):
                pairs.append((a, b))
                used_ends.add(b.start)
        for b in dates:
            if b.start in used_ends or b.pattern in ("iso", "season", "half"):
                continue
            if b.pattern == "week":
                # "uge 26 – uge 33 2023": the start borrows the end's year
                m = self.week_partial.search(text, max(0, b.start - 20), b.start)
                start = m and m.end() == b.start and week_monday(b.value.year, int(m["w"]))
                if start and start <= b.value:
                    pairs.append((DateMention(m.start(), m.end(), start, "week", b.score, "partial"), b))
                continue
            if b.pattern == "quarter":
                # "Q1–Q3 2024", "1.–3. kvartal 2024": the start borrows the end's year
                m = self.quarter_partial.search(text, max(0, b.start - 20), b.start)
                if m and m.end() == b.start:
                    q = self._quarter_number(m)
                    start = self.validate(b.value.year, 3 * q - 2, 1)
                    if start and start <= b.value:
                        pairs.append((DateMention(m.start(), m.end(), start, "quarter", b.score, "partial"), b))
                continue
            m = self.partial_start.search(text, max(0, b.start - 30), b.start)
            if not m or m.end() != b.start or not (m["d"] or m["mon"]):
                continue
            start = self._partial(m, b)
            if start:
                pairs.append((DateMention(m.start(), m.end(), start, b.precision, b.score, "partial"), b))
        for m in self.year_range.finditer(text):
            if not _is_year_range(m):
                continue
            if any(d.start < m.end() and m.start() < d.end for d in dates):
                continue
            y1, y2 = _range_years(m)
            y2_group = "y2" if m["y2"] else "y2w"
            base = (SCORES["year_slash"] if m["j"] == "/" or len(m[y2_group]) == 2
                    else SCORES["year_range"])
            pairs.append((DateMention(m.start("y1"), m.end("y1"), date(y1, 1, 1), "year", base, "year"),
                          DateMention(m.start(y2_group), m.end(y2_group), date(y2, 12, 31), "year",
                                      base, "year")))
        return pairs

    def _partial(self, m: re.Match, end: DateMention) -> Optional[date]:
        if end.precision == "month":
            if m["d"] or not m["mon"]:
                return None
            return self.validate(end.value.year, self.month_of[fold(m["mon"])], 1)
        if m["mon"]:
            if end.pattern not in ("day_name", "day_abbr") or not m["d"]:
                return None
            month = self.month_of[fold(m["mon"])]
        elif m["m"]:
            if end.pattern not in ("dmy",):
                return None
            month = int(m["m"])
        else:
            # "1.–31. marts 2021": the day alone borrows the end's month
            if end.pattern not in ("day_name", "day_abbr"):
                return None
            month = end.value.month
        return self.validate(end.value.year, month, int(m["d"]))


def _range_years(m: re.Match) -> tuple[int, int]:
    """Both years of "2020-2021" / "2020-21" (a two-digit end takes the start's century)."""
    y1 = int(m["y1"])
    if m["y2w"]:
        return y1, int(m["y2w"])
    y2 = y1 // 100 * 100 + int(m["y2"]) if len(m["y2"]) == 2 else int(m["y2"])
    return y1, y2


def _is_year_range(m: re.Match) -> bool:
    y1, y2 = _range_years(m)
    return YEAR_MIN <= y1 <= YEAR_MAX and YEAR_MIN <= y2 <= YEAR_MAX and y1 < y2


def _digit_group_next(text: str, start: int, end: int) -> bool:
    """A year-like token glued by one space to another digit group is part of a phone or amount."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    return bool(re.fullmatch(r"\d[ \u00a0]", before) or re.fullmatch(r"[ \u00a0]\d", after))


def _drop_overlaps(found: list[DateMention]) -> list[DateMention]:
    """Keep the longest mention where two overlap; sorted by start."""
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    kept: list[DateMention] = []
    for d in found:
        if kept and d.start < kept[-1].end:
            continue
        kept.append(d)
    return kept


def month_end(value: date) -> date:
    return date(value.year, value.month, calendar.monthrange(value.year, value.month)[1])


def last_day(value: date, precision: str) -> date:
    """The last day a mention of this precision covers: a week's Sunday, the last day of a month,
    quarter, season or half (all inside the year they start in), or a year's last day."""
    if precision in MONTHS_COVERED:
        return month_end(date(value.year, value.month + MONTHS_COVERED[precision] - 1, 1))
    if precision == "week":
        return value + timedelta(days=6)
    if precision == "year":
        return date(value.year, 12, 31)
    return value


def week_monday(year: int, week: int) -> Optional[date]:
    """The Monday of ISO week `week` of `year`, or None when the year has no such week."""
    if not YEAR_MIN <= year <= YEAR_MAX:
        return None
    try:
        return date.fromisocalendar(year, week, 1)
    except ValueError:
        return None


@lru_cache(maxsize=None)
def extractor(lang: str) -> DateExtractor:
    """The compiled extractor of a language (built once per process)."""
    return DateExtractor(lang)


@lru_cache(maxsize=TEXT_CACHE)
def words(text: str, vocabulary: frozenset) -> tuple[tuple[int, int, str], ...]:
    """Spans of the words of `vocabulary` (lower-case) that stand alone in `text`, in text order.

    A C-level findall and a set intersection rule out most of the vocabulary before any
    position is looked for, which is what keeps a 5 KB document in the sub-millisecond range."""
    lowered, present = _lowered(text)
    if len(lowered) != len(text):  # a rare character whose lower case is longer: word by word
        return tuple((m.start(), m.end(), m.group().casefold()) for m in WORD.finditer(text)
                     if m.group().casefold() in vocabulary)
    hits = []
    for word in vocabulary.intersection(present):
        hits += [(m.start(), m.end(), word) for m in _standalone(word).finditer(lowered)]
    hits.sort()
    return tuple(hits)


@lru_cache(maxsize=TEXT_CACHE)
def _lowered(text: str) -> tuple[str, frozenset]:
    lowered = text.lower()
    return lowered, frozenset(WORD.findall(lowered))


@lru_cache(maxsize=4096)
def _standalone(word: str) -> re.Pattern:
    """`word` not inside a longer run of letters; the literal comes first so the search can skip ahead."""
    return re.compile(rf"{re.escape(word)}(?<![^\W\d_]{re.escape(word)})(?![^\W\d_])")


@lru_cache(maxsize=TEXT_CACHE)
def analyse(text: str, lang: str) -> tuple[tuple[DateMention, ...], tuple[DateMention, ...],
                                           tuple[tuple[DateMention, DateMention], ...]]:
    """Dates, years and period ends of one text, computed once for all find_* calls on it."""
    ex = extractor(lang)
    dates = ex.dates(text)
    return tuple(dates), tuple(ex.years(text, dates)), tuple(ex.periods(text, dates))


def _candidate(text: str, kind: str, value, start: int, end: int, score: float, attrs: dict) -> Candidate:
    return Candidate(kind=kind, value=value, raw=text[start:end], start=start, end=end,
                     score=round(score, 3), method=METHOD, attrs=attrs)


def find_dates(text: str, lang: str) -> list[Candidate]:
    """Full dates (with a year): kind "date", value datetime.date, attrs precision
    day|week|month|quarter|season|half (the value is the first day of the week, month, quarter, ...)."""
    return [_candidate(text, "date", d.value, d.start, d.end, d.score,
                       {"precision": d.precision, "pattern": d.pattern})
            for d in analyse(text, lang)[0]]


def find_years(text: str, lang: str) -> list[Candidate]:
    """Bare years 1900-2100 that are not part of a date, an amount or a phone number."""
    return [_candidate(text, "year", d.value.year, d.start, d.end, d.score, {"precision": "year"})
            for d in analyse(text, lang)[1]]


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 4, "half": 5, "year": 6}


def find_periods(text: str, lang: str) -> list[Candidate]:
    """Ranges of two dates, months or years: kind "period", value (start, end) with start <= end."""
    ex = extractor(lang)
    out: list[Candidate] = []
    for a, b in analyse(text, lang)[2]:
        end = last_day(b.value, b.precision)
        if a.value > end:
            continue
        precision = max(a.precision, b.precision, key=_PRECISION_RANK.__getitem__)
        score = min(a.score, b.score)
        if ex.range_from.search(text[max(0, a.start - 25):a.start]):
            score = min(1.0, score + CUE_BONUS)
        out.append(_candidate(text, "period", (a.value, end), a.start, b.end, score,
                              {"precision": precision, "start_precision": a.precision,
                               "end_precision": b.precision}))
    out.sort(key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for c in out:
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept
