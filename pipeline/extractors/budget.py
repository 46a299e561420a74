"""Budgets: stated or not, currency, yearly band, total and grants per year.

Gets the text, its language and country and the heading/label blocks; amounts come from the
amounts extractor, label words and cue phrases from labels.yaml.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon, resources
from ..stages.sections import Block, heading_blocks, heading_body
from ..readers.text import COLUMN_GAP
from ..spans import line_end
from .amounts import extractor as amount_extractor
from .amounts import find_amounts
from .numbers import find_numbers
from .base import Candidate

METHOD = "budget@1"
MIN_BUDGET = 100
#: more than any one case's budget: "660 000 652 470" is two cells of a table row the PDF text ran together
MAX_BUDGET = 5_000_000_000
TOTAL_CUE_WINDOW = 80
#: raw score of a yearly amount inside an economy section's first sentence (not opening it)
SENTENCE_PER_YEAR_SCORE = 0.75
#: raw score of a budget told in running text outside any label or economy section
SENTENCE_SCORE = 0.6
#: how far before a total cue a yearly word makes the amount yearly ("eit årleg budsjett på …")
YEAR_WORD_WINDOW = 12
#: weight of a yearly amount told on the same line as the total it divides
YEARLY_BESIDE_TOTAL = 0.9
STATED_FIELDS = ("budget_total", "budget_per_year_max", "budget_per_year_min", "grants_by_year")




def _usable(a: Candidate) -> bool:
    per = a.attrs.get("per")
    if per not in (None, "year"):
        return False
    vals = [v for v in (a.value, a.attrs.get("min"), a.attrs.get("max")) if v is not None]
    return bool(vals) and MIN_BUDGET <= max(vals) <= MAX_BUDGET


class _Zone:
    """A stretch of text that states a budget: a label's value or an economy section."""

    def __init__(self, start: int, end: int, kind: str, per_year: bool, score: float, how: str):
        self.start, self.end, self.kind = start, end, kind
        self.per_year, self.score, self.how = per_year, score, how


#: A line that lists one year's amount under a budget label: "2023: kr 450 000", "- 2024 (300.000 kr)".
_YEAR_ITEM = re.compile(r"[ \t]*(?:[-•*–][ \t]*)?(?:19|20)\d\d[ \t]*[:(]")


def _with_year_lines(text: str, end: int) -> int:
    """End of a label's value, taken over the per-year lines that follow it directly."""
    while True:
        nl = text.find("\n", end)
        if nl < 0:
            return end
        next_end = line_end(text, nl + 1)
        if not _YEAR_ITEM.match(text, nl + 1, next_end):
            return end
        end = next_end


def _zones(text: str, lang: str, blocks: list[Block]) -> list[_Zone]:
    per_year = lexicon.phrase_pattern(lang, "per_year")
    zones: list[_Zone] = []
    for b in blocks:
        if b.kind == "label" and b.value_start < b.value_end:
            if b.key == "budget_total":
                zones.append(_Zone(b.value_start, _with_year_lines(text, b.value_end), "total", False,
                                   0.93, "label"))
            elif b.key == "budget_per_year":
                zones.append(_Zone(b.value_start, b.value_end, "per_year", True, 0.93, "label"))
            elif b.key == "budget_other":
                zones.append(_Zone(b.value_start, b.value_end, "other", False, 0.0, "label"))
    heads = heading_blocks(blocks)
    for i, h in enumerate(heads):
        if h.key == "economy":
            start, end = heading_body(text, heads, i)
            # "INNTEKTER", "KOSTNADER": a table's groups read as headings of their own; the table runs on
            j = i + 1
            while j < len(heads) and heads[j].key is None and COLUMN_GAP in _next_line(text, heads[j].end):
                end = heading_body(text, heads, j)[1]
                j += 1
            # "Økonomi pr. år" is yearly; "Budget: 1.200.000 kr. over tre år (400.000 kr. årligt)" is not
            yearly = bool(per_year.search(h.own_words))
            zones.append(_Zone(start, end, "per_year" if yearly else "section", yearly, 0.9,
                               "section"))
    return zones


def _next_line(text: str, pos: int) -> str:
    """The line after the one holding `pos`."""
    start = line_end(text, pos) + 1
    return text[start:line_end(text, start)]


#: a line of a printed table's value column going on: indented, a year and its amount ("          2025: 380.000 kr.")
_YEAR_UNDER = re.compile(r"[ \t]{4,}(?:19|20)\d\d[ \t]*:[^\n]+")


def _years_under(text: str, pos: int, lang: str, country: str) -> list[Candidate]:
    """The year-labelled amounts on the indented lines right under the line holding `pos`."""
    out = []
    start = line_end(text, pos) + 1
    while start < len(text) and _YEAR_UNDER.fullmatch(text, start, line_end(text, start)):
        found = [a.shifted(start) for a in find_amounts(text[start:line_end(text, start)], lang, country)
                 if _usable(a) and a.value is not None and a.attrs.get("year")]
        if len(found) != 1:
            break
        out.extend(found)
        start = line_end(text, start) + 1
    return out


def _yearly_under(text: str, pos: int, lang: str, country: str) -> Optional[Candidate]:
    """The yearly amount in a currency on the line right under the one holding `pos` (no blank line between)."""
    start = line_end(text, pos) + 1
    if start >= len(text) or not text[start:line_end(text, start)].strip():
        return None
    line = text[start:line_end(text, start)]
    return next((a.shifted(start) for a in find_amounts(line, lang, country)
                 if _usable(a) and a.value is not None and a.attrs.get("per") == "year" and a.attrs.get("currency")),
                None)


def find_budget(text: str, lang: str, country: str, blocks: list[Block]) -> list[Candidate]:
    """Candidates for budget_stated, budget_currency, budget_per_year_min/max,
    budget_total and grants_by_year."""
    default_currency = resources.country(country).currency
    not_stated = lexicon.phrase_pattern(lang, "not_stated")
    total_cue = lexicon.phrase_pattern(lang, "total_cue")
    per_year = lexicon.phrase_pattern(lang, "per_year")
    out: list[Candidate] = []
    zones = _zones(text, lang, blocks)
    other_spans = [(z.start, z.end) for z in zones if z.kind == "other"]
    for z in zones:
        if z.kind == "other":
            continue
        body = text[z.start:z.end]
        head = body.lstrip()[:60]
        ns = not_stated.match(head)
        if ns:
            s = z.start + (len(body) - len(body.lstrip()))
            out.append(Candidate("budget_stated", False, ns.group(0), s, s + len(ns.group(0)),
                                 0.95, f"{METHOD}:not_stated"))
            continue
        # "Beløb i 1.000 kr.:" names the table's unit, no amount
        units = [(m.start(), m.end()) for m in _THOUSANDS_OF.finditer(body)]
        amounts = [a.shifted(z.start) for a in find_amounts(body, lang, country)
                   if _usable(a) and not any(s <= a.start < e for s, e in units)]
        if not amounts:
            continue
        first = amounts[0]
        gap = text[z.start + len(body) - len(body.lstrip()):first.start]
        # "Mellem 100.000 og 500.000", "om lag 300 000 kroner": a range's or an estimate's opening word
        # still leads with the amount
        lead_amount = len(gap) < 5 or any(lexicon.phrase_pattern(lang, group).fullmatch(gap.strip())
                                          for group in ("between", "approx"))
        years = [a for a in amounts if a.attrs.get("year")]
        if len(years) == 1 and z.kind == "per_year":
            # "Bevilling pr. år     2024: 420.000 kr.\n                     2025: 380.000 kr.": a printed table's
            # value going on under itself, one year a line
            years += _years_under(text, z.end, lang, country)
        if len(years) >= 2 or (years and z.kind == "total"):
            grants = {str(a.attrs["year"]): a.value for a in years if a.value is not None}
            span = (years[0].start, years[-1].end)
            out.append(Candidate("grants_by_year", grants, text[span[0]:span[1]], span[0],
                                 span[1], z.score, f"{METHOD}:{z.how}_years"))
            out.append(Candidate("budget_total", float(sum(grants.values())),
                                 text[span[0]:span[1]], span[0], span[1], z.score * 0.95,
                                 f"{METHOD}:{z.how}_years_sum"))
            out.append(_currency(years[0], default_currency, z.score))
            continue
        if (z.per_year or first.attrs.get("per") == "year") and lead_amount:
            out.extend(_per_year(first, z, default_currency))
        elif first.attrs.get("per") == "year" and first.attrs.get("currency") and z.kind == "section" \
                and _in_first_sentence(text, z.start, first.start):
            # "Projektet finansieras med 180 000 kr per år från …": a yearly amount inside the
            # economy section's first sentence, with less weight than one opening the section
            out.extend(_per_year(first, _Zone(z.start, z.end, z.kind, True, SENTENCE_PER_YEAR_SCORE,
                                              "section_sentence"), default_currency))
        elif lead_amount and z.kind in ("total", "section"):
            value = first.value if first.value is not None else first.attrs.get("max")
            out.append(Candidate("budget_total", float(value), first.raw, first.start,
                                 first.end, z.score, f"{METHOD}:{z.how}"))
            out.append(_currency(first, default_currency, z.score))
            # "1.200.000 kr. over tre år (400.000 kr. årligt)": a yearly amount on the total's line
            yearly = next((a for a in amounts[1:] if a.attrs.get("per") == "year" and a.attrs.get("currency")
                           and "\n" not in text[first.end:a.start]), None)
            how = f"{z.how}_beside_total"
            if yearly is None and "\n" not in text[first.end:z.end].strip():
                # "- Samlet budget: 2,4 mio. kr. over tre år\n- Ca. 800.000 kr. pr. år": the yearly amount on the
                # line right under the total's
                yearly, how = _yearly_under(text, z.end, lang, country), f"{z.how}_under_total"
            if yearly is not None:
                inner = _Zone(z.start, z.end, z.kind, True, z.score * YEARLY_BESIDE_TOTAL, how)
                out.extend(c for c in _per_year(yearly, inner, default_currency) if c.kind != "budget_currency")
        # amounts later in an economy section with a total cue ("I alt ... 1,5 mio. kr.")
        for a in amounts[1 if lead_amount else 0:]:
            window = text[max(z.start, a.start - TOTAL_CUE_WINDOW, _own_lines_start(text, a.start)):a.start]
            line_head = text[text.rfind("\n", 0, a.start) + 1:a.start]
            cue = _total_cue(total_cue, lang, window)
            if a.attrs.get("currency") and a.value is not None and a.attrs.get("per") is None \
                    and (cue is not None or _total_line(lang).fullmatch(line_head)) \
                    and not any(s <= a.start < e for s, e in other_spans):
                # (not the tail of a yearly amount right before it: "kr 250 000 per år, totalt kr 750 000")
                tail = any(b.attrs.get("per") == "year" and b.end <= a.start and a.start - b.end <= TOTAL_CUE_WINDOW
                           for b in amounts)
                if cue is not None and not tail \
                        and per_year.search(window[max(0, cue.start() - YEAR_WORD_WINDOW):cue.start()]):
                    # "eit årleg budsjett på 350 000 kroner": a yearly word before the cue
                    out.extend(_per_year(a, _Zone(z.start, z.end, z.kind, True, 0.75, f"{z.how}_cue"),
                                         default_currency))
                    break
                out.append(Candidate("budget_total", float(a.value), a.raw, a.start, a.end,
                                     0.75, f"{METHOD}:{z.how}_cue"))
                out.append(_currency(a, default_currency, 0.75))
                break
    # economy sections, "Budget per år (tkr)" over a table too
    sections = [z for z in zones if z.kind in ("section", "per_year") and z.how == "section"]
    if not any(c.kind in STATED_FIELDS or c.kind == "budget_stated" for c in out):
        for z in sections:
            out.extend(_from_table(text, z, lang, default_currency) or _bare_sum_line(text, z, lang, default_currency))
    elif not any(c.kind == "grants_by_year" for c in out):
        # a total told in a sentence, the years in the section's table ("2025 · 370 000 · … · 540 000")
        for z in sections:
            table = _from_table(text, z, lang, default_currency)
            if any(c.kind == "budget_total" for c in table) and all(
                    c.method.endswith("_cue") for c in out if c.kind == "budget_total"):
                # an amount after a cue word somewhere in the section ("Efter denne bevilling udgør restrammen
                # 2,3 mio. kr.") gives way to the table's total row
                out = [c for c in out if c.kind not in ("budget_total", "budget_currency")] + table
            else:
                out.extend(c for c in table if c.kind == "grants_by_year")
    if not any(c.kind in STATED_FIELDS or c.kind == "budget_stated" for c in out):
        out.extend(_year_label_lines(text, lang, country, default_currency))
    found = _currency_amounts(text, lang, country)  # the text's amounts in a currency, for the sentence readings below
    if not any(c.kind in STATED_FIELDS or c.kind == "budget_stated" for c in out):
        out.extend(_from_sentences(text, lang, country, default_currency, total_cue, found))
    elif any(c.kind == "budget_total" for c in out) and not any(c.kind.startswith("budget_per_year") for c in out):
        # a total from a label or a section, and the yearly band told in a sentence ("1,35 mio. kr. i alt" in the
        # fact box, "Budgettet har ligget på mellem 400.000 og 500.000 kr. om året" in the article)
        out.extend(c for c in _yearly_after_cue(text, lang, default_currency, total_cue, found)
                   if c.kind.startswith("budget_per_year"))
    totals = {c.value for c in out if c.kind == "budget_total"}
    if totals and not any(c.kind == "grants_by_year" for c in out):
        # a record's "Bevilget beløb: 1.150.000 kr." and its "Bevilling 2022: 150.000 kr." lines below: the years
        # are the grants per year where they add up to the total
        out.extend(c for c in _year_label_lines(text, lang, country, default_currency)
                   if c.kind == "grants_by_year" and any(abs(sum(c.value.values()) - t) <= 0.5 for t in totals))
    if not any(c.kind == "grants_by_year" for c in out):
        out = _with_year_pairs(out, text, lang, default_currency, found)
    stated = [c for c in out if c.kind in STATED_FIELDS]
    if stated:
        best = max(stated, key=lambda c: c.score)
        out.append(Candidate("budget_stated", True, best.raw, best.start, best.end,
                             min(0.97, best.score + 0.03), f"{METHOD}:found"))
    elif not any(c.kind == "budget_stated" for c in out):
        out.append(Candidate("budget_stated", False, "", 0, 0, 0.75, f"{METHOD}:absent"))
    return out


@lru_cache(maxsize=None)
def _share_before(lang: str) -> re.Pattern:
    """A share-of word right before a total cue: "av budgeten", "af budgettet", "i budsjettet"."""
    return re.compile(rf"(?<!\w)(?:{lexicon.alternation(lexicon.phrases(lang, 'share_of'))})\s+\Z", re.I)


def _total_cue(total_cue: re.Pattern, lang: str, window: str) -> Optional[re.Match]:
    """The first total cue in the window that does not name a share of the budget
    ("Av budgeten går 20 000 kronor till material" states no total)."""
    share = _share_before(lang)
    return next((m for m in total_cue.finditer(window) if not share.search(window, 0, m.start())), None)


@lru_cache(maxsize=None)
def _total_line(lang: str) -> re.Pattern:
    """A line's opening that makes its amount the total: "Sum: " in "Sum: 450 000 kr"."""
    return re.compile(rf"[ \t]*(?:{lexicon.phrase_pattern(lang, 'total_row').pattern})[ \t]*:?[ \t]*", re.I)


_BARE_AMOUNT = re.compile(r"\d[\d .\u00a0]*(?:,\d+)?")


def _bare_sum_line(text: str, z: _Zone, lang: str, default_currency: str) -> list[Candidate]:
    """"Sum: 350 000" closing an economy section's lines without a currency: the total, in the
    country's currency, with a table's weight."""
    pos = z.start
    for line in text[z.start:z.end].split("\n"):
        head = _total_line(lang).match(line)
        if head:
            rest = _first_cell(line[head.end():].strip(" ."))
            nums = find_numbers(rest, lang)
            if len(nums) == 1 and nums[0].raw == rest and _BARE_AMOUNT.fullmatch(rest) \
                    and not _YEAR_CELL.fullmatch(rest) and nums[0].value >= MIN_BUDGET:
                start = pos + line.index(rest, head.end())
                total = Candidate("budget_total", float(nums[0].value), rest, start, start + len(rest),
                                  TABLE_SCORE, f"{METHOD}:sum_line")
                return [total, Candidate("budget_currency", default_currency, rest, start, start + len(rest),
                                         TABLE_SCORE * 0.9, f"{METHOD}:currency_country")]
        pos += len(line) + 1
    return []


_SPACE_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+")


def _first_cell(rest: str) -> str:
    """The first of two amounts a PDF's text ran together in a row ("660 000 652 470": budget and
    accounts, each "660 000"-like), where the whole would exceed any case's budget; else `rest`."""
    if not _SPACE_GROUPS.fullmatch(rest):
        return rest
    groups = rest.split(" ")
    if len(groups) >= 4 and len(groups) % 2 == 0 and float("".join(groups)) > MAX_BUDGET:
        return " ".join(groups[:len(groups) // 2])
    return rest


#: Cells of a table row written as text: tabs, "|" or runs of 2+ spaces between them.
#: between two table cells: tabs, a bar, two spaces or more, or the " · " the readers join a table row's cells with
_CELL_BREAK = re.compile(r"\t+|[ \t]*\|[ \t]*| {2,}|[ \t]+·[ \t]+")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
#: a two-cell table row written as a label line: "2022: 310", "I alt: 1.000"
_PAIR_ROW = re.compile(r"[ \t]*([^:\n]{1,30}?)[ \t]*:[ \t]+(\S[^:\n]{0,30}?)[ \t]*")
TABLE_SCORE = 0.8


@lru_cache(maxsize=None)
def _year_label(lang: str) -> re.Pattern:
    """"Budget 2022: 300.000 kr.": an economy or budget word, a year and a colon opening a line."""
    words = lexicon.alternation((*lexicon.heading_variants(lang, "economy"),
                                 *resources.load(lang, "labels").labels.get("budget_total", [])))
    return re.compile(rf"^[ \t]*(?:{words})[ \t]+(?P<y>(?:19|20)\d\d)(?:[ \t]*\([^()\n]{{1,12}}\))?[ \t]*:[ \t]*"
                      rf"(?P<value>[^\n]+)$", re.IGNORECASE | re.MULTILINE)


def _year_label_lines(text: str, lang: str, country: str, default_currency: str) -> list[Candidate]:
    """"Budget 2022: 300.000 kr.\nBudget 2023: 350.000 kr.": two or more years each with a labelled
    amount are the grants per year, their sum the total; one such line is the total."""
    grants: dict[str, float] = {}
    spans, first = [], None
    for m in _year_label(lang).finditer(text):
        amounts = [a for a in find_amounts(m["value"], lang, country) if _usable(a) and a.value is not None]
        if amounts and m["y"] not in grants:
            grants[m["y"]] = float(amounts[0].value)
            spans.append((m.start(), m.end()))
            first = first or amounts[0]
    if not grants:
        return []
    start, end = spans[0][0], spans[-1][1]
    if len(grants) == 1:  # "Budget 2022: 300.000 kr.": one year's budget is the case's total
        return [Candidate("budget_total", float(sum(grants.values())), text[start:end], start, end, 0.6,
                          f"{METHOD}:year_label"), _currency(first, default_currency, 0.6)]
    return [Candidate("grants_by_year", grants, text[start:end], start, end, 0.8, f"{METHOD}:year_labels"),
            Candidate("budget_total", float(sum(grants.values())), text[start:end], start, end, 0.76,
                      f"{METHOD}:year_labels_sum"),
            _currency(first, default_currency, 0.8)]


def _year_of(cell: str) -> Optional[str]:
    """The year a table's heading cell names, without a unit in brackets ("2024 (kr)" -> "2024")."""
    bare = _BRACKET_UNIT.sub("", cell.strip("* ")).strip()
    return bare if _YEAR_CELL.fullmatch(bare) else None


_BRACKET_UNIT = re.compile(r"\s*\([^()]*\)")


def _year_row_column(named: Optional[list[str]], width: int, lang: str) -> Optional[int]:
    """Which cell of a year row of `width` cells holds the year's amount: the column the heading row names
    as the sum ("Summa"), else as the budget ("Tildelt", "Budget"); None without such a heading row. A row
    may be narrower than its heading row where its last cells are empty ("2026 · 820 000 · –" under "År ·
    Budget · Utfall · Kommentar")."""
    if named is None or len(named) < width:
        return None
    total_word = lexicon.phrase_pattern(lang, "total_row")
    budget_col = lexicon.phrase_pattern(lang, "budget_column")
    for match in (lambda c: total_word.fullmatch(c), lambda c: budget_col.match(c)):
        found = [i for i, c in enumerate(named) if 0 < i < width and match(c)]
        if found:
            return found[0]
    return None


def _cells(line: str) -> list[str]:
    return [c.strip() for c in _CELL_BREAK.split(line.strip().strip("|")) if c.strip()]


def _cell_amount(cell: str, lang: str, scale: int = 1) -> Optional[float]:
    """The amount a table cell holds ("450 000", "kr 1.200.000"): one number and at most a currency
    word of the language's numbers.yaml; None for a cell of other words. A bare number is multiplied
    by the table's unit (`scale`: "Budget (t.kr.)" gives 1000)."""
    numbers = [n for n in find_numbers(cell, lang) if n.value is not None and not n.attrs.get("percent")]
    if len(numbers) != 1:
        return None
    rest = cell.replace(numbers[0].raw, "").strip().rstrip(".").casefold()
    if rest and rest not in amount_extractor(lang).currency_of:
        return None
    return float(numbers[0].value) * (scale if not rest else amount_extractor(lang).currency_of[rest].scale)


#: a table's unit in brackets over its rows: "Budget for projektperioden (t.kr.)", "Belopp (tkr)"
_UNIT_IN_BRACKETS = re.compile(r"\((?:i[ \t]+)?(?P<unit>[^()\n\d]{2,8}?)\.?\)")


def _table_scale(zone: str, lang: str) -> int:
    """The unit a budget table's caption or heading row gives its bare amounts: 1000 for thousands of
    kroner ("(t.kr.)", "(tkr)", "(TSEK)"), else 1."""
    currencies = amount_extractor(lang).currency_of
    for m in (*_UNIT_IN_BRACKETS.finditer(zone), *_UNIT_AFTER_IN.finditer(zone)):
        word = currencies.get(m["unit"].strip().casefold())
        if word is not None and word.scale > 1:
            return word.scale
    # "Beløb i 1.000 kr.:", "(1 000 kr)": thousands written as a number before a currency word
    for m in _THOUSANDS_OF.finditer(zone):
        word = currencies.get(m["unit"].casefold())
        if word is not None and word.scale == 1:
            return 1000
    return 1


#: a unit after "i" closing a caption: "Beløb i tkr.:", "Belopp i tkr"
_UNIT_AFTER_IN = re.compile(r"(?<!\w)i[ \t]+(?P<unit>[^\W\d_][^\s():]{1,7}?)\.?[ \t]*(?::|$)", re.M | re.I)
#: thousands of a currency: "i 1.000 kr.", "(1 000 kr)"
_THOUSANDS_OF = re.compile(r"(?:(?<!\w)i[ \t]+|\()1[ .\u00a0]?000[ \t]+(?P<unit>[^\W\d_]+)\.?", re.I)


def _from_table(text: str, z: _Zone, lang: str, default_currency: str) -> list[Candidate]:
    """A budget table in an economy section: the total row's amounts ("Sum\t450 000\t470 000\t920 000"),
    per year when the header row names years, the total from the total column or the years' sum.
    The amounts carry no currency: the case's country gives it."""
    total_word = lexicon.phrase_pattern(lang, "total_row")
    budget_col = lexicon.phrase_pattern(lang, "budget_column")
    accounts_col = lexicon.phrase_pattern(lang, "accounts_column")
    header: Optional[list[str]] = None
    named: Optional[list[str]] = None  # "Post · Budsjett · Regnskap": columns named by what they hold
    from_left = False  # the names stand over the amounts from the left ("Budget · Utfall · Not")
    # the unit may stand in the heading over the table ("Budget for projektperioden (t.kr.)")
    scale = _table_scale(text[text.rfind("\n", 0, max(0, z.start - 1)) + 1:z.end], lang)
    # a header row of column names read as the section's heading ("Budget   Utfall   Not"): its cells name the columns
    head_line = text.rfind("\n", 0, max(0, z.start - 1)) + 1
    pos = head_line if COLUMN_GAP in text[head_line:z.start] else z.start
    first = pos
    years: dict[str, float] = {}  # "2024   kr 320 000": a row per year, the year in its first cell
    year_rows: list[tuple[int, int]] = []
    for line in text[first:z.end].split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = _cells(line)
        pair = _PAIR_ROW.fullmatch(line) if len(cells) < 2 else None
        if pair and (_YEAR_CELL.fullmatch(pair[1]) or (years and total_word.fullmatch(pair[1]))):
            cells = [pair[1], pair[2]]  # "2022: 310", "I alt: 1.000": a two-cell row as the readers write it
        if len(cells) < 2:
            continue
        year = _year_of(cells[0])  # "2023 (aug.–dec.)": the year without its note
        if year is not None and year not in years:
            # "2024   kr 320 000"; in a wider row the column the heading row names as the sum or the budget
            # ("År · Personal · Buss · Summa", "År | Tildelt | Brukt")
            column = 1 if len(cells) == 2 else _year_row_column(named, len(cells), lang)
            amount = _cell_amount(cells[column].strip("*"), lang, scale) if column is not None else None
            if amount is not None:
                years[year] = amount
                raw = line.strip()
                year_rows.append((start + line.index(raw), start + line.index(raw) + len(raw)))
                continue
        if header is None and sum(bool(_year_of(c)) for c in cells) >= 2:
            header = [_year_of(c) or c for c in cells]  # "2024 (kr)": the year without its unit
            continue
        if named is None and (budget_col.fullmatch(cells[0]) or accounts_col.fullmatch(cells[0])):
            # "Budget   Utfall   Not" over the rows: the names of the amount columns alone, read from the left
            named, from_left = [""] + cells, True
            continue
        if named is None and any(budget_col.match(c) or accounts_col.match(c) or total_word.fullmatch(c)
                                 for c in cells[1:]):
            named = cells
            continue
        if not total_word.fullmatch(cells[0].strip("*")):
            continue
        values = [_cell_amount(c.strip("*"), lang, scale) for c in cells[1:]]
        if not any(v is not None for v in values):
            continue
        grants, total = {}, None
        if header is not None:
            heads = header[-len(values):] if len(header) >= len(values) else [""] * len(values)
            for head, value in zip(heads, values):
                if value is None:
                    continue
                if _YEAR_CELL.fullmatch(head):
                    grants[head] = value
                elif total_word.fullmatch(head):
                    total = value
        if not grants and total is None and named is not None:
            # the budget column's sum, not what was spent ("Sum · 420 000 · 405 000" under "Budsjett · Regnskap")
            heads = named[1:len(values) + 1] if from_left else \
                named[-len(values):] if len(named) >= len(values) else [""] * len(values)
            total = next((v for head, v in zip(heads, values) if v is not None and budget_col.match(head)), None)
            if total is None:
                total = next((v for head, v in zip(heads, values) if v is not None and not accounts_col.match(head)), None)
        if not grants and total is None:
            total = next((v for v in reversed(values) if v is not None), None)
        if total is None:
            total = float(sum(grants.values()))
        if len(grants) < 2 and len(years) >= 2:
            grants = dict(years)  # a row per year above the total row
        raw = line.strip()
        span = (start + line.index(raw), start + line.index(raw) + len(raw))
        out = [Candidate("budget_total", total, raw, *span, TABLE_SCORE, f"{METHOD}:table")]
        if len(grants) >= 2:
            out.append(Candidate("grants_by_year", grants, raw, *span, TABLE_SCORE, f"{METHOD}:table_years"))
        out.append(Candidate("budget_currency", default_currency, raw, *span, TABLE_SCORE * 0.9,
                             f"{METHOD}:currency_country"))
        return out
    if len(years) >= 2:
        # no total row: the years' rows are the grants per year, their sum the total
        span = (year_rows[0][0], year_rows[-1][1])
        raw = text[span[0]:span[1]]
        return [Candidate("grants_by_year", years, raw, *span, TABLE_SCORE, f"{METHOD}:table_year_rows"),
                Candidate("budget_total", float(sum(years.values())), raw, *span, TABLE_SCORE * 0.95,
                          f"{METHOD}:table_year_rows_sum"),
                Candidate("budget_currency", default_currency, raw, *span, TABLE_SCORE * 0.9,
                          f"{METHOD}:currency_country")]
    return []


def _from_sentences(text: str, lang: str, country: str, default_currency: str,
                    total_cue: re.Pattern, found: list[Candidate]) -> list[Candidate]:
    """A budget told only in running text, when no label or economy section gives one: in the first
    sentence with a total cue before an amount in a currency ("har bevilget totalt 2,4 millioner
    kroner, fordelt med 800 000 kroner per år"), that amount is the total and a yearly amount in the
    same sentence the yearly budget."""
    amounts = [a for a in found if a.value is not None]
    per_year = lexicon.phrase_pattern(lang, "per_year")
    for base, sentence in lexicon.iter_sentences(text):
        end = base + len(sentence)
        inside = [a for a in amounts if base <= a.start and a.end <= end]
        # (window, cue, amount): the text before the amount in its sentence and the cue in it
        told = next(((window, c, a) for a in inside if a.attrs.get("per") is None
                     for window in [text[max(base, a.start - TOTAL_CUE_WINDOW):a.start]]
                     for c in [_total_cue(total_cue, lang, window)] if c is not None), None)
        if told is None:
            # "… får tilsagn om et tilskud på\n\n    kr. 640.000": the amount on a line of its own under the cue
            under = _amount_under(text, end, sentence, lang, amounts, total_cue)
            window = sentence[-TOTAL_CUE_WINDOW:]
            told = (window, _total_cue(total_cue, lang, window), under) if under is not None else None
        if told is None:
            continue
        window, cue, total = told
        # "450 000 kr for 2023, 500 000 kr for 2024 og 350 000 kr for 2025, til saman 1,3 mill. kroner": the sum
        # told after the parts is the total, and the parts the grants of their years
        summed = _sum_after(text, lang, inside, total)
        if summed is not None:
            parts, total = summed
            years = _years_of(text, lang, parts)
            if years is not None:
                return [Candidate("budget_total", float(total.value), total.raw, total.start, total.end,
                                  SENTENCE_SCORE, f"{METHOD}:sentence_sum"),
                        _currency(total, default_currency, SENTENCE_SCORE), years]
        if per_year.search(window[max(0, cue.start() - YEAR_WORD_WINDOW):cue.start()]) \
                and not any(a.attrs.get("per") == "year" and a.end <= total.start for a in inside):
            # "Den årlige rammen er 1,8 mill. kroner": a yearly word before the cue (not the tail of a
            # yearly amount before it: "525 000 kroner per år, til sammen 1 050 000 kroner")
            return _per_year(total, _Zone(base, end, "sentence", True, SENTENCE_SCORE, "sentence_yearly_cue"),
                             default_currency)
        out = [Candidate("budget_total", float(total.value), total.raw, total.start, total.end,
                         SENTENCE_SCORE, f"{METHOD}:sentence_cue"),
               _currency(total, default_currency, SENTENCE_SCORE)]
        yearly = next((a for a in inside if a.attrs.get("per") == "year"), None)
        if yearly is not None:
            zone = _Zone(base, end, "sentence", True, SENTENCE_SCORE, "sentence")
            out.extend(c for c in _per_year(yearly, zone, default_currency) if c.kind != "budget_currency")
        else:
            out.extend(_years_listed(text, float(total.value), lang, country))
        return out
    # a yearly amount after a total cue, where no sentence tells a total
    return _yearly_after_cue(text, lang, default_currency, total_cue, found)


def _currency_amounts(text: str, lang: str, country: str) -> list[Candidate]:
    """The text's usable amounts in a currency, single amounts and ranges."""
    return [a for a in find_amounts(text, lang, country) if _usable(a) and a.attrs.get("currency")]


def _yearly_after_cue(text: str, lang: str, default_currency: str, total_cue: re.Pattern,
                      found: list[Candidate]) -> list[Candidate]:
    """"Projektet har et budget på 450.000 kr. om året", "Budsjettet er 800 000 kr per år": the first yearly amount
    after a total cue, among the text's amounts in a currency (`_currency_amounts`)."""
    per_year = lexicon.phrase_pattern(lang, "per_year")
    amounts = [a for a in found if a.value is not None]
    # a yearly range too ("ei årleg ramme på 1,2–1,5 mill. kr", the yearly word before its cue)
    ranges = [dataclasses.replace(a, attrs={**a.attrs, "per": "year"})
              for a in found if a.value is None and (a.attrs.get("min") or 0) >= MIN_BUDGET and a.attrs.get("max")
              and (a.attrs.get("per") == "year" or per_year.search(
                  text, max(_sentence_start(text, a.start), a.start - TOTAL_CUE_WINDOW), a.start))]
    for a in sorted(amounts + ranges, key=lambda c: c.start):
        if a.attrs.get("per") == "year" and (a.value if a.value is not None else a.attrs["min"]) >= MIN_BUDGET \
                and _total_cue(total_cue, lang, text[max(_sentence_start(text, a.start), a.start - TOTAL_CUE_WINDOW):a.start]):
            zone = _Zone(a.start, a.end, "sentence", True, SENTENCE_SCORE, "sentence")
            return _per_year(a, zone, default_currency)
    return []


def _sum_after(text: str, lang: str, inside: list[Candidate], first: Candidate) -> Optional[tuple[list, Candidate]]:
    """(parts, sum): a later amount of the sentence after a sum word ("til saman", "i alt") that adds up the
    amounts from `first` up to it."""
    sum_word = re.compile(rf"(?<!\w)(?i:{lexicon.alternation(lexicon.phrases(lang, 'sum_words'))})[ \t\n:]*\Z")
    parts = []
    for a in inside:
        if a.start < first.start:
            continue
        before = text[max(first.start, a.start - SUM_WORD_WINDOW):a.start]
        if len(parts) >= 2 and sum_word.search(before) \
                and abs(sum(float(p.value) for p in parts) - float(a.value)) <= 0.5:
            return parts, a
        parts.append(a)
    return None


#: how far before the sum its sum word may stand
SUM_WORD_WINDOW = 20


def _years_of(text: str, lang: str, parts: list[Candidate]) -> Optional[Candidate]:
    """The grants per year when every part is followed by its year ("450 000 kr for 2023")."""
    of = lexicon.alternation(lexicon.phrases(lang, "year_of"))
    grants: dict[str, float] = {}
    for a in parts:
        m = re.match(rf"[ \t\n]+(?i:{of})[ \t\n]+(?P<y>(?:19|20)\d\d)(?!\d)", text[a.end:a.end + 12])
        if m is None or m["y"] in grants:
            return None
        grants[m["y"]] = float(a.value)
    return Candidate("grants_by_year", grants, text[parts[0].start:parts[-1].end], parts[0].start, parts[-1].end,
                     SENTENCE_SCORE, f"{METHOD}:sentence_years")


#: how far an amount's year may stand after it ("420 000 kr frå stiftinga for 2023"), and how far before the
#: sentence the sum of the years' amounts may have been told ("Af bevillingen på 475.000 kr. har vi brugt …")
YEAR_AFTER_AMOUNT = 30
SUM_BEFORE_CHARS = 300


@lru_cache(maxsize=None)
def _year_after(lang: str) -> re.Pattern:
    """An amount's year a few words after it, in its clause ("… frå stiftinga for 2023")."""
    of = lexicon.alternation(lexicon.phrases(lang, "year_of"))
    return re.compile(rf"[^\n.;!?]{{0,{YEAR_AFTER_AMOUNT}}}?(?<!\w)(?i:{of})[ \t]+(?P<y>(?:19|20)\d\d)(?!\d)")


def _year_pairs(text: str, lang: str, inside: list[Candidate], end: int) -> list[tuple[Candidate, str]]:
    """The amounts of a sentence each followed by its year ("250.000 kr. i 2023 og 225.000 kr. i 2024"), in order;
    empty unless two or more, of different years."""
    year = _year_after(lang)
    pairs = []
    for i, a in enumerate(inside):
        stop = inside[i + 1].start if i + 1 < len(inside) else end
        m = year.match(text, a.end, stop)
        if a.attrs.get("per") is None and (m is not None or a.attrs.get("year")):
            pairs.append((a, m["y"] if m is not None else str(a.attrs["year"])))
    return pairs if len(pairs) >= 2 and len({y for _, y in pairs}) == len(pairs) else []


def _with_year_pairs(out: list[Candidate], text: str, lang: str, default_currency: str,
                     found: list[Candidate]) -> list[Candidate]:
    """Grants per year told in a sentence as amounts with their years, where they add up to an amount the text
    tells beside them: in the sentence ("Vi tog emot 400 000 kr från fonden för 2023 och 450 000 kr för 2024, alltså
    850 000 kr totalt"), just before it ("Af bevillingen på 475.000 kr. …. Vi har fået udbetalt bevillingen i to
    rater, 250.000 kr. i 2023 og 225.000 kr. i 2024") or as the total found. Where the total found is one of the
    years' amounts, or none was found, their sum told in the text is the total (`found`: the text's amounts in a
    currency)."""
    amounts = [a for a in found if a.value is not None]
    totals = [c for c in out if c.kind == "budget_total"]
    for base, sentence in lexicon.iter_sentences(text):
        end = base + len(sentence)
        inside = [a for a in amounts if base <= a.start and a.end <= end]
        pairs = _year_pairs(text, lang, inside, end)
        if not pairs:
            continue
        parts = [a for a, _ in pairs]
        whole = sum(float(a.value) for a in parts)
        # the sum may go without its currency ("1,2 millioner av dette, fordelt med 600 000 kroner i 2022 og …")
        told_amounts = amounts + [n for n in find_numbers(text, lang) if n.value is not None and n.value >= MIN_BUDGET]
        told = next((a for a in told_amounts if not any(p.start <= a.start < p.end for p in parts)
                     and abs(float(a.value) - whole) <= 0.5
                     and base - SUM_BEFORE_CHARS <= a.start < end), None)
        if told is None and not any(abs(c.value - whole) <= 0.5 for c in totals):
            continue
        grants = {y: float(a.value) for a, y in pairs}
        out = out + [Candidate("grants_by_year", grants, text[parts[0].start:parts[-1].end], parts[0].start,
                               parts[-1].end, SENTENCE_SCORE, f"{METHOD}:sentence_year_pairs")]
        if told is not None and all(any(abs(c.value - float(a.value)) <= 0.5 for a in parts) for c in totals):
            # the total found was one year's amount ("Vi fekk 420 000 kr … for 2023"), or none was found
            out = [c for c in out if c.kind not in ("budget_total", "budget_currency")] + [
                Candidate("budget_total", whole, told.raw, told.start, told.end, SENTENCE_SCORE,
                          f"{METHOD}:sentence_year_pairs_sum"),
                _currency(parts[0], default_currency, SENTENCE_SCORE)]
        return out
    return out


#: a line of a list of years and their amounts: "    2025 ........ 340.000 kr."
_YEAR_LINE = re.compile(r"[ \t]*(?P<y>(?:19|20)\d\d)[ \t]*[:.·…–-]*[ \t]*(?P<value>[^\n]+)")


def _years_listed(text: str, total: float, lang: str, country: str) -> list[Candidate]:
    """The years a sentence's total is shared out over, listed on lines of their own ("… et tilskudd på
    inntil 640.000 kr., fordelt slik:\n\n    2025 ........ 340.000 kr.\n    2026 ........ 300.000 kr."): the
    grants per year, when a run of such lines adds up to the total."""
    grants: dict[str, float] = {}
    first = last = 0
    pos = 0
    for line in text.split("\n") + [""]:
        m = _YEAR_LINE.fullmatch(line)
        amounts = [a for a in find_amounts(m["value"], lang, country) if _usable(a) and a.value is not None] if m else []
        if amounts and m["y"] not in grants:
            first = first if grants else pos + m.start("y")
            grants[m["y"]] = float(amounts[0].value)
            last = pos + len(line.rstrip())
        elif line.strip() or not grants:
            if len(grants) >= 2 and abs(sum(grants.values()) - total) <= 0.5:
                break
            grants = {}
        pos += len(line) + 1
    if len(grants) < 2 or abs(sum(grants.values()) - total) > 0.5:
        return []
    return [Candidate("grants_by_year", grants, text[first:last], first, last, SENTENCE_SCORE, f"{METHOD}:sentence_years")]


def _amount_under(text: str, end: int, sentence: str, lang: str, amounts: list[Candidate],
                  total_cue: re.Pattern) -> Optional[Candidate]:
    """An amount set on a line of its own under a sentence that ends in a total cue ("… får tilsagn om et
    tilskud på\n\n    kr. 640.000\n"), perhaps with the amount in words in brackets after it ("… besluttet at bevilge\n\n
    485.000 kr. (skriver firehundredefemogfirstusinde kroner)")."""
    share = _share_before(lang)
    tail = sentence.rstrip()
    if not any(m.end() == len(tail) and not share.search(tail, 0, m.start()) for m in total_cue.finditer(tail)):
        return None
    gap = _BLANK_RUN.match(text, end)
    line = _TRAILING_BRACKET.sub("", text[gap.end():line_end(text, gap.end())]).strip() if gap else ""
    return next((a for a in amounts if gap.end() <= a.start < gap.end() + len(line) + 4
                 and a.attrs.get("per") is None and len(a.raw) >= len(line) - 1), None) if line else None


#: a bracketed note closing a line: "(skriver firehundredefemogfirstusinde kroner)"
_TRAILING_BRACKET = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")
#: the line breaks and indentation between a sentence and the next line's first character
_BLANK_RUN = re.compile(r"[ \t]*\n\s*")


def _own_lines_start(text: str, pos: int) -> int:
    """Where the line holding `pos` begins when it is a list item or a label's line of its own ("Rate 2: kr 240 000
    når …" under "Rate 1: kr 300 000 når akseptskjema er mottatt" has no total cue for rate 2), else 0."""
    start = text.rfind("\n", 0, pos) + 1
    return start if _ITEM_OPENING.match(text, start, pos) else 0


#: how a list item or a label's line opens: a bullet, a number, a short label and its colon
_ITEM_OPENING = re.compile(r"[ \t]*(?:[-•*–][ \t]|\d{1,2}[.)][ \t]|[^\W\d_][^:\n]{0,30}:)")


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins."""
    return next((base for base, sentence in lexicon.iter_sentences(text) if base <= pos <= base + len(sentence)), 0)


def _in_first_sentence(text: str, zone_start: int, pos: int) -> bool:
    """Whether nothing but the start of pos's own sentence lies between zone_start and pos."""
    return sum(1 for _, sentence in lexicon.iter_sentences(text[zone_start:pos]) if sentence.strip()) <= 1


def _per_year(a: Candidate, z: _Zone, default_currency: str) -> list[Candidate]:
    out = []
    lo, hi = a.attrs.get("min"), a.attrs.get("max")
    bound = a.attrs.get("bound")
    if bound == "lt":
        hi, lo = (a.value if a.value is not None else hi), None
    elif bound == "gt":
        lo, hi = (a.value if a.value is not None else lo), None
    elif lo is None and hi is None:
        lo = hi = a.value
    for field, v in (("budget_per_year_min", lo), ("budget_per_year_max", hi)):
        if v is not None:
            out.append(Candidate(field, float(v), a.raw, a.start, a.end, z.score,
                                 f"{METHOD}:{z.how}_per_year"))
    out.append(_currency(a, default_currency, z.score))
    return out


def _currency(a: Candidate, default: str, score: float) -> Candidate:
    code: Optional[str] = a.attrs.get("currency")
    source = a.attrs.get("currency_source") or ("code" if code else "country")
    if code is None or source == "language":
        code = default  # the case's country decides what a plain "kr" is
        source = "country"
    return Candidate("budget_currency", code, a.raw, a.start, a.end,
                     score * (0.97 if source != "country" else 0.9), f"{METHOD}:currency_{source}")
