"""The case's own period (start, end) and the document's date.

Gets the text, its language and the heading/label blocks; dates and periods come from the
dates extractor, label words and cue words from labels.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon, resources
from ..readers.text import COLUMN_GAP
from ..stages.sections import Block, heading_blocks, heading_body
from .base import Candidate
from .dates import find_dates, find_periods, last_day
from ..spans import line_end

METHOD = "period@1"
METHOD_DOC = "document_date@1"
START_SECTIONS = ("intervention_type",)
CUE_WINDOW = 60

#: precision of a date -> evidence score (a full date is stronger than a month or a year)
PRECISION_SCORE = {"day": 1.0, "week": 0.95, "month": 0.85, "quarter": 0.75, "half": 0.7, "season": 0.65,
                   "year": 0.6}


def _iso(d) -> str:
    return d.isoformat()




def _p(c: Candidate) -> float:
    return PRECISION_SCORE.get(c.attrs.get("precision", "day"), 0.6)


def find_period(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """period_start / period_end candidates, strongest evidence first in score."""
    out: list[Candidate] = []
    for b in blocks:
        if b.kind != "label" or b.value_start >= b.value_end:
            continue
        value = text[b.value_start:b.value_end]
        if b.key in ("start_date", "end_date"):
            # "Startdato: 01.03.2021   Slutdato: 28.02.2023": the other end's label on the same line
            other = "end_date" if b.key == "start_date" else "start_date"
            second = _inline_label(lang, other).search(value)
            parts = [(b.key, 0, second.start() if second else len(value))]
            if second:
                parts.append((other, second.end(), len(value)))
            for key, lo, hi in parts:
                dates = find_dates(value[lo:hi], lang)
                if not dates:
                    continue
                d = dates[0].shifted(b.value_start + lo)
                field = "period_start" if key == "start_date" else "period_end"
                # "Avslutning: desember 2024": a month (week, quarter, season, half) as the end means its last day
                day = last_day(d.value, d.attrs["precision"]) if field == "period_end" else d.value
                out.append(Candidate(field, _iso(day), d.raw, d.start, d.end,
                                     0.95 * _p(d), METHOD + ":label"))
        elif b.key == "period":
            out.extend(_from_periods(value, lang, b.value_start, 0.93, "label"))
    heads = heading_blocks(blocks)
    for i, h in enumerate(heads):
        start, end = heading_body(text, heads, i)
        if h.key == "period":
            if h.value_start < h.value_end:
                start = h.value_start
            out.extend(_from_periods(text[start:end], lang, start, 0.93, "section"))
        elif h.key in START_SECTIONS:
            # "Indsatsen er i drift\n01/10/2021": the date the current form began
            for d in find_dates(text[start:end], lang)[:1]:
                d = d.shifted(start)
                out.append(Candidate("period_start", _iso(d.value), d.raw, d.start, d.end,
                                     0.7 * _p(d), METHOD + ":type_section"))
    sentences = _from_sentences(text, lang)
    # "Till kultur- och fritidsnämnden, sammanträde 2024-10-15", "som kom in till stiftelsen den 30
    # september 2024": an end told in running text before the period's start is no end of it
    starts = [c.value for c in (*out, *sentences) if c.kind == "period_start"]
    first = min(starts) if starts else None
    out.extend(c for c in sentences if not (c.kind == "period_end" and first is not None and c.value < first))
    return out


@lru_cache(maxsize=None)
def _inline_label(lang: str, key: str) -> re.Pattern:
    """A label of `key` with its colon inside a line ("Slutdato:", "Slut:")."""
    words = lexicon.alternation(resources.load(lang, "labels").labels[key])
    return re.compile(rf"(?<!\w)(?:{words})[ \t]*:[ \t]*", re.I)


#: an extension told beside a period outweighs the period's own end, whatever its precision
EXTENSION_BONUS = 0.02


def _extension(value: str, lang: str, after: int) -> Candidate | None:
    """The date a period's end was moved to, told after it ("(forlænget til 30.06.2020)")."""
    m = lexicon.phrase_pattern(lang, "extended_to").search(value, after)
    if m is None:
        return None
    dates = find_dates(value[m.end():m.end() + 40], lang)
    return dates[0].shifted(m.end()) if dates and dates[0].start < 15 else None


def _period_candidates(per: Candidate, score: float, how: str) -> list[Candidate]:
    """period_start and period_end from one period mention."""
    start, end = per.value
    prec = PRECISION_SCORE.get(per.attrs.get("precision", "day"), 0.6)
    return [Candidate(field, _iso(value), per.raw, per.start, per.end, score * prec,
                      f"{METHOD}:{how}") for field, value in (("period_start", start),
                                                               ("period_end", end))]


def _from_periods(value: str, lang: str, offset: int, score: float, how: str,
                  min_precision: str = "year") -> list[Candidate]:
    out = []
    allowed = [p for p in find_periods(value, lang)
               if min_precision == "year" or p.attrs.get("precision") != "year"]
    for per in allowed[:1]:
        out.extend(_period_candidates(per.shifted(offset), score, how))
        moved = _extension(value, lang, per.end)
        if moved is not None:
            # "2016-10-03 – 2019-12-31 (förlängt till 2020-06-30)": the end as it was moved
            d = moved.shifted(offset)
            out.append(Candidate("period_end", _iso(last_day(d.value, d.attrs["precision"])), d.raw, d.start, d.end,
                                 score + EXTENSION_BONUS, f"{METHOD}:{how}_extended"))
    if not out:
        dates = find_dates(value, lang)
        if dates:
            d = dates[0].shifted(offset)
            out.append(Candidate("period_start", _iso(d.value), d.raw, d.start, d.end,
                                 0.6 * _p(d), f"{METHOD}:{how}_single"))
    return out


#: a period told in a sentence with a period word, a date after a start or end cue
SENTENCE_SCORE = 0.6
CUE_SCORE = 0.62
#: a sentence that tells an extension: its end outweighs the other sentences' (not a label's or a section's)
EXTENDED_BONUS = 0.08


def _from_sentences(text: str, lang: str) -> list[Candidate]:
    """"fra 1. marts 2020 til 31. december 2021", "Indsatsen startede 1. januar 2019",
    "ble avsluttet i desember 2020" (a month as the end means its last day)."""
    start_cue, end_cue = _cue_pattern(lang, "start"), _cue_pattern(lang, "end")
    period_words = lexicon.phrase_pattern(lang, "period_words")
    meeting = _word_before(lang, "meeting_words")
    dated = _word_before(lang, "dated_words")
    extension = lexicon.phrase_pattern(lang, "extension_words")
    out: list[Candidate] = []
    found = find_periods(text, lang)
    all_periods = [p for p in found if p.attrs.get("precision") != "year"]
    # years alone only right after a period word: "Prosjektperioden var 2022–2024"
    year_periods = [p for p in found if p.attrs.get("precision") == "year"]
    told_years = _period_word_before(lang)
    # a season or half told in passing ("bli tillgängligt till våren 2017") is loose talk: alone in
    # a sentence it counts only under a period label or heading, not after a start or end cue
    all_dates = [d for d in find_dates(text, lang) if d.attrs.get("precision") not in ("season", "half", "year")]
    colon_cue: Optional[tuple[str, int]] = None  # "Første gang:" closing its line: (field, the next line's start)
    for base, s in lexicon.iter_sentences(text):
        end = base + len(s)
        after_cue, colon_cue = colon_cue, None
        periods = [p for p in all_periods if base <= p.start < end]
        # "Prosjektperioden for «Trygt hjem» forlenges til og med 30. juni 2025", "Ny prosjektperiode er …": a
        # decided extension outweighs the period first planned, told in an earlier sentence
        moved = extension.search(s) is not None
        if periods and (start_cue.search(s) or period_words.search(s)):
            p = periods[0]
            out.extend(_period_candidates(p, SENTENCE_SCORE + EXTENDED_BONUS * moved, "sentence"))
            continue
        years = [p for p in year_periods if base <= p.start < end and told_years.search(text, max(base, p.start - 30), p.start)]
        if years:
            out.extend(_period_candidates(years[0], SENTENCE_SCORE, "sentence_years"))
            continue
        # "Referat fra møtet 19.09.2024": a meeting's date after a start cue is no start
        # (nor is a document's date: "Oppsummering fra forprosjektet, datert 10. desember 2024")
        dates = [d for d in all_dates if base <= d.start < end and not meeting.search(text, max(0, d.start - 30), d.start)
                 and not dated.search(text, max(0, d.start - 30), d.start)]
        if after_cue is not None and text[after_cue[1]:base].strip() == "":
            # "Første gang:\ntirsdag 13. januar 2026": the date on the line under its cue
            near = [d for d in dates if d.start - base <= CUE_WINDOW]
            if near:
                out.append(_cued(after_cue[0], near[0], 0.0))
                continue
        item = _milestone_item(text, dates, start_cue, end_cue)
        if item is not None:
            out.append(item)
            continue
        for field, cue_rx in (("period_start", start_cue), ("period_end", end_cue)):
            if not dates and s.rstrip().endswith(":") and cue_rx.fullmatch(s.rstrip()[:-1].strip()):
                colon_cue = (field, end)
            for cue in cue_rx.finditer(s):
                near = [d for d in dates if 0 <= d.start - base - cue.end() <= CUE_WINDOW
                        and (not cue["preposition"] or _short_gap(text[base + cue.end():d.start]))]
                if not near:
                    continue
                out.append(_cued(field, near[0], EXTENDED_BONUS if moved and field == "period_end" else 0.0))
                break
    return out


#: what may stand between a preposition cue ("fra", "till") and its date: a few short words ("fra den 1. marts",
#: "till och med den 31 december"), not a noun ("Utskrift fra søknadsportalen 14.10.2024")
PREPOSITION_GAP_WORDS = 3
PREPOSITION_GAP_LETTERS = 5


def _short_gap(gap: str) -> bool:
    words = gap.split()
    return len(words) <= PREPOSITION_GAP_WORDS and all(len(w.strip(".,")) <= PREPOSITION_GAP_LETTERS for w in words)


@lru_cache(maxsize=None)
def _cue_pattern(lang: str, which: str) -> re.Pattern:
    """A start or end cue: a word telling it ("startede", "avsluttes") or a preposition (group `preposition`,
    read only right before its date)."""
    words = lexicon.alternation(lexicon.phrases(lang, f"{which}_cue"))
    preps = lexicon.alternation(lexicon.phrases(lang, f"{which}_preposition"))
    return re.compile(rf"(?<!\w)(?i:(?P<preposition>{preps})|{words})(?!\w)")


#: a timetable's item: a date opening its line (after a bullet) and a colon or dash before what happens then
_ITEM_OPEN = re.compile(r"(?:^|(?<=\n))[ \t]*(?:[-*•–][ \t]+)?\Z")
_ITEM_SEPARATOR = re.compile(r"[ \t]*[:–—-][ \t]*")
#: how many words a timetable item may hold after its date ("projektperioden slutar")
MILESTONE_WORDS = 3


def _milestone_item(text: str, dates: list[Candidate], start_cue: re.Pattern, end_cue: re.Pattern) -> Optional[Candidate]:
    """A timetable's start or end: "- 14 augusti 2023: start", "- 15 juni 2025: projektperioden slutar" (the
    item says no more than that)."""
    if not dates or not _ITEM_OPEN.search(text, max(0, dates[0].start - 40), dates[0].start):
        return None
    d = dates[0]
    sep = _ITEM_SEPARATOR.match(text, d.end)
    rest = text[sep.end():line_end(text, sep.end())].strip().rstrip(".") if sep else ""
    if not rest or len(rest.split()) > MILESTONE_WORDS:
        return None
    field = next((f for f, cue_rx in (("period_start", start_cue), ("period_end", end_cue)) if cue_rx.search(rest)), None)
    return _cued(field, d, 0.0) if field else None


@lru_cache(maxsize=None)
def _period_word_before(lang: str) -> re.Pattern:
    """The project's period noun and perhaps a copula right before what follows: "Prosjektperioden var ",
    "projektperioden er " (not "I perioden 2019-2021", a background's years)."""
    project = lexicon.project_noun(lang)
    nouns = lexicon.alternation([w for w in lexicon.phrases(lang, "period_words") if project.fullmatch(w)])
    copulas = lexicon.alternation(lexicon.phrases(lang, "copulas"))
    return re.compile(rf"(?<!\w)(?i:{nouns})(?:[ \t]+(?i:{copulas}))?[ \t]*:?[ \t]*\Z")


def _cued(field: str, d: Candidate, bonus: float) -> Candidate:
    """The start or end a cue gives its date (an end month or year means its last day)."""
    value = d.value if field == "period_start" else last_day(d.value, d.attrs["precision"])
    return Candidate(field, _iso(value), d.raw, d.start, d.end, (CUE_SCORE + bonus) * _p(d), f"{METHOD}:{field[7:]}_cue")


@lru_cache(maxsize=None)
def _date_label_word(lang: str) -> re.Pattern:
    """A date label's words anywhere in a line, colon or not ("… · Sist oppdatert 12.02.2025")."""
    return re.compile(rf"(?<!\w)(?i:{lexicon.alternation(resources.load(lang, 'labels').labels['document_date'])})(?!\w)")


@lru_cache(maxsize=None)
def _word_before(lang: str, group: str) -> re.Pattern:
    """A word of `group` closing the text before a date: a meeting word ("fra møtet 19.09.2024", "från mötet
    den 28 januari"), a dating word ("datert 10. desember 2024")."""
    words = lexicon.alternation(lexicon.phrases(lang, group))
    return re.compile(rf"(?<!\w)(?i:{words})[ \t]+\Z")


#: how far a version cue's line may run to the date that closes it
CLOSING_DATE_WINDOW = 120
_LINE_CLOSE = re.compile(r"[ \t]*\.?[ \t]*(?:\n|\Z)")


def _closing_date(text: str, start: int, lang: str) -> list[Candidate]:
    """The date that closes a version cue's line, after the author ("Rapporten er udarbejdet af Center
    for Sundhed og Pleje, Faaborg-Midtfyn Kommune, juni 2023."); not the end of a period."""
    end = line_end(text, start)
    if not text[start:end].rstrip().endswith((".", "!", "?", ":")) and end < len(text):
        # a line wrapped inside the sentence (PDF text, hard-wrapped .txt): "… Faaborg-Midtfyn\nKommune, juni 2023."
        end = line_end(text, end + 1)
    if end - start > CLOSING_DATE_WINDOW:
        return []
    line = text[start:end]
    dates = find_dates(line, lang)
    if not dates or not _LINE_CLOSE.match(line, dates[-1].end) or any(
            p.start <= dates[-1].start < p.end for p in find_periods(line, lang)):
        return []
    return [dates[-1].shifted(start)]


#: a letter's place and date on a line of their own: "Odense, den 18. december 2023", "Voss, 3.3.2025",
#: "Kiruna 2025-10-09", "Sunne den 15 oktober 2024" (a full date needs no comma)
_PLACE_DATE = re.compile(r"^[ \t]*[A-ZÆØÅÄÖ][^\W\d_]+(?:[ -][A-ZÆØÅÄÖ][^\W\d_]+){0,2}(?:,[ \t]+(?:[^\W\d_]{1,3}[ \t]+)?"
                         r"(?=\d)|(?P<bare>[ \t]+(?:[^\W\d_]{1,3}\.?[ \t]+)?)(?=\d))(?P<date>[^\n]{6,30}?)[ \t]*$", re.MULTILINE)
#: how far into a letter its place and date may stand, or from the end of a signed form or letter
PLACE_DATE_CHARS = 1500
SIGNED_DATE_CHARS = 600


def _auditor_part(text: str, lang: str) -> Optional[int]:
    """Where an auditor's report heading opens a line in the text's last part ("DEN UAFHÆNGIGE REVISORS
    ERKLÆRING", "UAVHENGIG REVISORS BERETNING", "Revisionsberättelse"), if it does."""
    words = lexicon.alternation(lexicon.phrases(lang, "auditor_report"))
    found = [m.start() for m in re.finditer(rf"^[ \t]*[^\n]{{0,30}}(?i:{words})", text, re.MULTILINE)
             if m.start() >= len(text) // 3]
    return found[0] if found else None


#: how far under an answer's heading its place-and-date line may stand
ANSWER_DATE_CHARS = 200


def _answer_date(text: str, lang: str) -> list[Candidate]:
    """The place-and-date line under an answer's heading ("SVAR PÅ SKRIFTLIG FRÅGA …\n\nVäxjö den 24 februari
    2025"): a question and its answer in one text are dated by the answer."""
    words = lexicon.alternation(lexicon.phrases(lang, "answer_labels"))
    for m in re.finditer(rf"^[ \t]*(?i:{words})(?![\w:])[^\n:]*$", text, re.MULTILINE):
        line = _PLACE_DATE.search(text, m.end(), m.end() + ANSWER_DATE_CHARS)
        dates = find_dates(line["date"], lang) if line else []
        if len(dates) == 1 and dates[0].attrs.get("precision") == "day" and not text[m.end():line.start()].strip():
            d = dates[0].shifted(line.start("date"))
            return [Candidate("document_date", _iso(d.value), d.raw, d.start, d.end, 0.93 * _p(d),
                              METHOD_DOC + ":answer_date")]
    return []


def _place_date(text: str, lang: str) -> list[Candidate]:
    """The date of a letter's place-and-date line, where the date is all the line holds after the place:
    under the letterhead, or above the signature of a form or a letter ("Næstved, 26. marts 2025"). An
    auditor's report closing a set of accounts is dated by its auditor: the accounts' own date is the one
    before the report."""
    end = len(text)
    auditor = _auditor_part(text, lang)
    if auditor is not None:
        end = auditor  # the accounts' signing date stands before the auditor's report
    for lo, hi in ((0, min(PLACE_DATE_CHARS, end)), (max(PLACE_DATE_CHARS, end - SIGNED_DATE_CHARS), end)):
        for m in _PLACE_DATE.finditer(text, lo, hi):
            dates = find_dates(m["date"], lang)
            if m["bare"] is not None and not (dates and dates[0].attrs.get("precision") == "day"):
                continue  # without a comma ("Sunne den 15 oktober 2024", "Kiruna 2025-10-09") only a full date
            if len(dates) == 1 and dates[0].raw.strip() == m["date"].strip():
                d = dates[0].shifted(m.start("date"))
                return [Candidate("document_date", _iso(d.value), d.raw, d.start, d.end, 0.8 * _p(d),
                                  METHOD_DOC + ":place_date")]
    return []


@lru_cache(maxsize=None)
def slide_marker(lang: str) -> re.Pattern:
    """A slide's number on a line of its own in text exported from a presentation ("Dias 3", "Bild 1",
    "--- Lysbilde 2 ---", "Slide 4 av 12"): page chrome, no heading, title or content."""
    return re.compile(rf"[ \t#*=–—-]*{lexicon.slide_number(lang)}(?:[ \t]*(?:/|(?i:{lexicon.alternation(lexicon.phrases(lang, 'out_of'))}))"
                      rf"[ \t]*\d{{1,3}})?[ \t#*=:–—-]*")


#: how many lines a presentation's first slide may hold, and how many lines (the deck's name) may stand before it
TITLE_SLIDE_LINES = 8
TITLE_LINES_BEFORE_SLIDE = 1


def _title_slide_date(text: str, lang: str) -> list[Candidate]:
    """The date closing a line of a presentation's first slide ("Netværksdag om læsning, Vejle – 23.01.2025"):
    the day it was given."""
    marker = slide_marker(lang)
    lines = lexicon.head_lines(text, TITLE_SLIDE_LINES + 4)
    filled = [i for i, (_, ln) in enumerate(lines) if ln.strip()][:TITLE_LINES_BEFORE_SLIDE + 1]
    # the first slide's number opens the text or follows the deck's name ("# Familiestien\n\n## Dias 1")
    first = next((i for i in filled if marker.fullmatch(lines[i][1])), None)
    if first is None:
        return []
    for start, line in lines[first + 1:]:
        if marker.fullmatch(line):
            break
        dates = find_dates(line, lang)
        if dates and _LINE_CLOSE.match(line, dates[-1].end) and not find_periods(line, lang):
            d = dates[-1].shifted(start)
            return [Candidate("document_date", _iso(d.value), d.raw, d.start, d.end, 0.8 * _p(d),
                              METHOD_DOC + ":title_slide")]
    return []


#: a cell of a row apart by wide gaps, without its leading spaces
_COLUMN_CELL = re.compile(rf"(?:(?<=^)|(?<={COLUMN_GAP}))[ \t]*(?P<cell>\S.*?)(?=[ \t]*(?:{COLUMN_GAP}|$))")
#: how far a value's cell may open from its label's column in a letter's reference line (hand-aligned text)
COLUMN_SLACK = 3
#: how many lines of a letter's head may hold its reference line, or an e-mail's header lines
HEAD_LINES = 25


def _column_label_date(text: str, lang: str) -> list[Candidate]:
    """The date under a date label in a column of a letter's reference line ("Vår ref.: 2025/118-3
    Deres ref.: søknad av 15.01.2025      Dato: 27.03.2025"); labels open lines only elsewhere."""
    head = lexicon.head_lines(text, HEAD_LINES)
    for n, (start, line) in enumerate(head):
        if COLUMN_GAP not in line.strip():
            continue
        for cell in re.finditer(rf"(?:(?<=^)|(?<={COLUMN_GAP}))[ \t]*(?P<label>[^:\n]{{1,30}}):[ \t]*(?P<value>.*?)"
                                rf"(?=[ \t]*(?:{COLUMN_GAP}|$))", line):
            key, _ = lexicon.lookup(lexicon.normalise_heading(cell["label"]), lang, "label")
            if key != "document_date":
                continue
            at, value = start + cell.start("value"), cell["value"]
            if not value and n + 1 < len(head):
                # "Deres ref.:      Vår ref.:      Dato:" over its values' row: the cell under the label
                below_start, below = head[n + 1]
                # the value's cell opens in the label's column, give or take a few characters
                under = next((c for c in _COLUMN_CELL.finditer(below)
                              if abs(c.start("cell") - cell.start("label")) <= COLUMN_SLACK), None)
                value, at = (under["cell"], below_start + under.start("cell")) if under else ("", at)
            dates = find_dates(value, lang)
            if dates:
                d = dates[0].shifted(at)
                return [Candidate("document_date", _iso(d.value), d.raw, d.start, d.end, 0.9 * _p(d),
                                  METHOD_DOC + ":label")]
    return []


def _email_date(text: str, lang: str) -> list[Candidate]:
    """The date an e-mail printed as text was sent, from its header lines ("Sendt: 6. marts 2025 10:42")."""
    headers = lexicon.phrase_pattern(lang, "email_headers")
    sent = lexicon.phrase_pattern(lang, "email_sent")
    for start, line in lexicon.head_lines(text, HEAD_LINES):
        head = headers.match(line.strip())
        if not head or line.strip()[head.end():head.end() + 1] != ":":
            return []  # the header lines end at the first line that is none
        m = sent.match(line)
        if m and line[m.end():m.end() + 1] == ":":
            dates = find_dates(line[m.end() + 1:], lang)
            if dates:
                d = dates[0].shifted(start + m.end() + 1)
                return [Candidate("document_date", _iso(d.value), d.raw, d.start, d.end, 0.9 * _p(d),
                                  METHOD_DOC + ":email_sent")]
    return []


#: how many lines under a news article's headline its byline may stand
BYLINE_LINES = 6
MAX_BYLINE_WORDS = 20


def byline_date(text: str, lang: str) -> Optional[Candidate]:
    """The date of a news article's byline under its headline: a publication word and a date
    ("Publisert 18.10.2024 kl. 14:32"), or the writer and a date ("Af Rikke Holm · 14. februar 2024")."""
    published = lexicon.phrase_pattern(lang, "published_cue")
    by = lexicon.phrase_pattern(lang, "byline_by")
    for start, line in lexicon.head_lines(text, BYLINE_LINES + 1)[1:]:
        if not line.strip() or len(line.split()) > MAX_BYLINE_WORDS:
            continue
        cue = published.search(line)
        writer = by.match(line.strip())
        if cue is not None and re.match(r"[ \t:]*\d", line[cue.end():]):
            at = cue.end()
        elif writer is not None and line.strip()[writer.end():].strip()[:1].isupper():
            at = 0
        else:
            continue
        dates = find_dates(line[at:], lang)
        if dates:
            d = dates[0].shifted(start + at)
            return Candidate("document_date", _iso(d.value), d.raw, d.start, d.end, 0.85 * _p(d), METHOD_DOC + ":byline")
    return None


@lru_cache(maxsize=None)
def masthead_line(lang: str) -> re.Pattern:
    """A magazine's or newsletter's masthead: its issue number ("Nr. 2/2025", "Nr 3 2025") among parts set
    apart by a middle dot or a bar ("Landsbyliv · Medlemsblad for Landsbyforeningen Fyn · Nr. 2 · 2025"); not an
    organisation number ("Org.nr. 997 415 263 · www.lie-fond.no")."""
    issue = lexicon.alternation(lexicon.phrases(lang, "issue_words"))
    return re.compile(rf"(?=[^\n]*[·|•])[^\n]*(?<![\w.])(?i:{issue})[ \t]*\d{{1,3}}(?:[ \t]*/[ \t]*\d{{2,4}})?(?!\w)[^\n]*")


#: how many of its first lines a newsletter's masthead may stand on
MASTHEAD_LINES = 4


def _masthead_date(text: str, lang: str) -> list[Candidate]:
    """The date on a newsletter's masthead line ("Nr 3 · 18 september 2025"): the issue's date."""
    for start, line in lexicon.head_lines(text, MASTHEAD_LINES):
        if masthead_line(lang).fullmatch(line):
            dates = [d for d in find_dates(line, lang) if d.attrs.get("precision", "day") == "day"]
            if dates:
                d = dates[-1].shifted(start)
                return [Candidate("document_date", _iso(d.value), d.raw, d.start, d.end, 0.85 * _p(d), METHOD_DOC + ":masthead")]
    return []


def find_document_dates(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """The text's own date: a date label's value or a date after a version cue
    ("version 2021-09-02"); the latest version wins."""
    out: list[Candidate] = []
    for b in blocks:
        if b.kind == "label" and b.key == "document_date" and b.value_start < b.value_end:
            if text[text.rfind("\n", 0, b.start) + 1:b.start].strip() and "\n" in text[b.end:b.value_start]:
                continue  # "Deres ref.:    Vår ref.:    Dato:" over a row of values: read by its column below
            value = text[b.value_start:b.value_end]
            dates = find_dates(value, lang)
            if len(dates) > 1 and _date_label_word(lang).search(value, dates[0].end, dates[1].start):
                # "Publisert 28.08.2024 · Sist oppdatert 12.02.2025": a second date label on the line
                dates = [max(dates[:2], key=lambda d: d.value)]
            if dates:
                d = dates[0].shifted(b.value_start)
                out.append(Candidate("document_date", _iso(d.value), d.raw, d.start, d.end,
                                     0.9 * _p(d), METHOD_DOC + ":label"))
    if len(out) > 1:
        # "Publisert 04.04.2024 … Sist oppdatert 12.06.2025": the text's latest version
        out = [max(out, key=lambda c: c.value)]
    if not out:
        # minutes: "Møtedato: torsdag 14. november 2024" where no date label dates the text itself
        for b in blocks:
            dates = find_dates(text[b.value_start:b.value_end], lang) \
                if b.kind == "label" and b.key == "meeting_date" and b.value_start < b.value_end else []
            if dates:
                d = dates[0].shifted(b.value_start)
                out.append(Candidate("document_date", _iso(d.value), d.raw, d.start, d.end,
                                     0.85 * _p(d), METHOD_DOC + ":meeting_date"))
                break
    if not out:
        out.extend(_column_label_date(text, lang))
    out.extend(_email_date(text, lang))
    out.extend(_title_slide_date(text, lang))
    out.extend(_place_date(text, lang))
    out.extend(_answer_date(text, lang))
    byline = byline_date(text, lang)
    if byline is not None:
        out.append(byline)
    out.extend(_masthead_date(text, lang))
    cue = lexicon.phrase_pattern(lang, "version_cue")
    versions = []
    for m in cue.finditer(text):
        # the date on the cue's line, or on the next line under a cue that ends its own ("Version:\n12.03.2024");
        # not a label's value further down ("NEXT STEP version 2\n\nStartdato\n01.11.2015")
        stop = line_end(text, m.end())
        if not text[m.end():stop].strip(" \t:"):
            stop = line_end(text, min(stop + 1, len(text)))
        near = find_dates(text[m.end():min(m.end() + 30, stop)], lang)[:1]
        versions.extend(d.shifted(m.end()) for d in near)
        if not near:
            versions.extend(_closing_date(text, m.end(), lang))
    if versions:
        latest = max(versions, key=lambda d: d.value)
        out.append(Candidate("document_date", _iso(latest.value), latest.raw, latest.start,
                             latest.end, 0.85 * _p(latest), METHOD_DOC + ":version"))
    return out
