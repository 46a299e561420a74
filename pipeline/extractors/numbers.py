"""Numbers in Nordic text: digits with "." / space thousands and "," decimals, scale words
("1,5 mio."), and spelled numbers ("enogtyve", "tjugofem") from resources/<lang>/numbers.yaml.
Phones, e-mails, clock times, dates and years are masked first."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Optional, Union

from ..lexicon import alternation, fold
from ..resources import load
from ..spans import overlap_test
from .base import Candidate
from .dates import TEXT_CACHE, analyse, words

METHOD = "numbers@1"
Number = Union[int, float]

#: vulgar-fraction signs written after digits ("2½ mio. kr.")
VULGAR_FRACTIONS = {"½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75")}
#: Evidence -> score. Digits are unambiguous; spelled numbers and ordinal-looking digits less so.
SCORES = {"digits": 0.9, "bare_8_digits": 0.5, "ordinal": 0.3, "words": 0.6, "words_compound": 0.7,
          "approx": 0.6}
#: year candidates at or above this score are years, not numbers (all of them: "2000 deltagere" is rarer
#: in case texts than "2020 - uppstart")
YEAR_MASK_SCORE = 0.0
SPACES = " \u00a0\u202f"


@dataclass(frozen=True)
class NumberMention:
    """A located number before it becomes a candidate; amounts build on these."""

    start: int
    end: int
    value: Number
    scale: Optional[int] = None
    words: bool = False
    score: float = SCORES["digits"]
    attrs: dict = field(default_factory=dict, compare=False, hash=False)


def _as_number(value: Decimal) -> Number:
    """int when integral, else float: deterministic and exact for "1,5 mio." (1500000)."""
    return int(value) if value == value.to_integral_value() else float(value)


class NumberExtractor:
    """Number patterns of one language, compiled once; spans that must never yield a number."""

    def __init__(self, lang: str):
        res = load(lang, "numbers")
        self.lang = lang
        self.res = res
        self.scale_of = {w.casefold(): n for w, n in res.scales.items()}
        scales = alternation(self.scale_of)
        # Patterns open with a digit and check the character before it afterwards ("\d(?<![\d.]\d)"):
        # a leading lookbehind would stop the regex engine from skipping ahead to the next digit.
        self.digits = re.compile(
            rf"(?P<int>\d(?<![\w.,+/]\d)(?<![^\W\d]-\d)"  # not glued to a word, not "COVID-19"
            rf"(?:\d{{0,2}}(?:(?P<ts>[.{SPACES}])\d{{3}})(?:(?P=ts)\d{{3}})*|\d*))"
            rf"(?:(?P<dec>,\d+)|\.(?P<dotdec>\d{{1,2}})(?=[{SPACES}]?(?:{scales})(?!\w)))?"
            rf"(?![\d]|[.,]\d)"
            rf"(?:[{SPACES}]?(?P<scale>{scales})(?:\.|(?!\w)))?", re.I)
        self.percent_after = re.compile(rf"[{SPACES}]?(?:{alternation(res.percent_words)})(?!\w)", re.I)
        self.word_of, self.word_kind = self._lexicon(res)
        and_words = alternation(res.and_words)
        self.plain_words = {w.casefold() for w in res.words}
        self.articles = {w.casefold() for w in res.article_words}
        self.word_gap = re.compile(rf"[{SPACES}]+(?:(?:{and_words})[{SPACES}]+)?\Z", re.I)
        edge = r"(?<![\d.]\d)(?<!\d,\d)"  # not inside a number, but "Navn,20 51 24 56" is fine
        end = r"(?![\d]|[.,]\d)"
        sp = "[ \u00a0]"
        # the lookahead lets the engine jump from digit to digit instead of trying every branch everywhere
        self.digit_masks = re.compile("(?=[+\\d])(?:" + "|".join([
            # +45 20 74 93 30, 0045 ...
            r"(?:\+(?<![\w+]\+)|0(?<![\w+]0)0)\d{2,3}[\s\u00a0-]*(?:\(0\)[\s\u00a0]*)?\d[\d\s\u00a0-]{5,14}\d",
            # digits right before ", e-mail" in a contact line
            rf"\d{edge}[\d \u00a0-]{{5,16}}\d(?={sp}*,{sp}*[\w.+-]+@)",
            # Swedish area codes: 010-516 62 41, 0380-554315, 08/123 45
            # (not a thousands group: "100 000–250 000" is a range of amounts)
            rf"0{edge}(?<!\d{sp}0)\d{{1,3}}{sp}?[-–/]{sp}?\d{{2,8}}(?:{sp}\d{{2,4}}){{0,3}}(?!\d)",
            # case and grant numbers: 2018-03120, 2023-01949
            rf"\d{edge}\d{{3}}-\d{{5,}}{end}",
            # a long digit string with a leading zero is a phone or an identifier, never a quantity
            rf"0{edge}\d{{5,}}{end}",
            # 2-2-2-2, 3-2-3 and 4-4 groupings of 8-digit Danish/Norwegian numbers
            rf"\d{edge}\d(?:{sp}\d{{2}}){{3}}{end}",
            rf"\d{edge}\d{{2}}{sp}\d{{2}}{sp}\d{{3}}{end}",
            rf"\d{edge}\d{{3}}{sp}\d{{4}}{end}",
            # an address line's house number and postcode: "Damhaven 12, 7100 Vejle", "Box 5, 123 45 Stad"
            r"(?:\d(?<!\w\d)\d{0,3}(?: ?[A-Za-z])?,(?: [A-ZÆØÅÄÖ][\w-]+,)? \d|\d(?:(?<=, \d)|(?<![^\n]\d)))"
            r"(?:\d{3}|\d{2} \d{2})(?= [A-ZÆØÅÄÖ][\w-]+(?: [A-ZÆØÅÄÖ][\w-]*\.?)?[ \t]*(?:\n|$|,))",
            # clock times: 16.30-17.30, 12:45
            rf"\d(?<![\d.,]\d)\d?[.:]\d{{2}}{sp}*[-–]{sp}*\d{{1,2}}[.:]\d{{2}}(?!\d)",
            r"\d(?<![\d.,:]\d)\d?:\d{2}(?!\d)",
        ]) + ")")
        self.url = re.compile(r"(?:https?://|www\.)\S+", re.I)
        self.email_left = re.compile(r"[\w.+-]+\Z")
        self.email_right = re.compile(r"[\w-]+(?:\.[\w-]+)+")
        # what follows a phone cue ("Tlf: 23997699") or a clock cue ("kl. 16.30-17.30")
        self.phone_cues = {c.casefold().rstrip(".") for c in res.phone_cues}
        self.clock_cues = {c.casefold().rstrip(".") for c in res.clock_cues}
        self.cue_vocabulary = frozenset(self.phone_cues | self.clock_cues)
        self.vocabulary = frozenset(self.word_of)
        # "en halv million", "halvanden mio.", "to og en halv million": a fraction before a large scale
        self.fraction_of = {w.casefold(): Decimal(str(v)) for w, v in res.fractions.items()}
        big = alternation(w for w, n in self.scale_of.items() if n >= 100)  # "et halvt hundrede" is 50
        wholes = alternation(w.casefold() for w, n in res.words.items() if 0 < n < 100)
        self.fraction = re.compile(
            rf"(?<!\w)(?:(?P<whole>{wholes}|\d{{1,3}})[{SPACES}]+(?:{and_words})[{SPACES}]+)?"
            rf"(?:(?:{alternation(res.article_words)})[{SPACES}]+)?(?P<frac>{alternation(self.fraction_of)})"
            rf"[{SPACES}]+(?P<scale>{big})(?:\.|(?!\w))", re.I)
        # "2½ mio. kr.", "¾ million": a vulgar-fraction sign, with or without whole digits, before a large scale
        self.vulgar = re.compile(
            rf"(?P<whole>\d(?<![\w.,]\d)\d{{0,2}})?[{SPACES}]?(?P<frac>[{''.join(VULGAR_FRACTIONS)}])"
            rf"[{SPACES}]*(?P<scale>{big})(?:\.|(?!\w))", re.I)
        self.after_phone_cue = re.compile(rf"\.?:?{sp}*(?:nr\.?:?{sp}*)?\+?\d[\d \u00a0-]{{5,16}}\d")
        self.after_clock_cue = re.compile(
            rf"\.?{sp}*\d{{1,2}}(?:[.:]\d{{2}})?(?:{sp}*[-–]{sp}*\d{{1,2}}(?:[.:]\d{{2}})?)?")

    @staticmethod
    def _lexicon(res) -> tuple[dict[str, int], dict[str, str]]:
        """Every spelled form -> value and kind: words, generated compounds, unit+hundred/thousand."""
        value: dict[str, int] = {}
        kind: dict[str, str] = {}
        for w, n in res.words.items():
            value[w.casefold()], kind[w.casefold()] = n, "small"
        tens = {w.casefold(): n for w, n in res.words.items() if n >= 20 and n % 10 == 0}
        units = {w.casefold(): res.words[w] for w in res.compound_units}
        for t, tn in tens.items():
            for u, un in units.items():
                if res.compound_joiner:
                    value[f"{u}{res.compound_joiner}{t}"] = tn + un
                if res.tens_first:
                    value[f"{t}{u}"] = tn + un
        for form in value:
            kind.setdefault(form, "small")
        # "fyrtiotal", "hundretalls": about that many; stands alone (after an article) in a run
        rounded = {w.casefold(): n for w, n in res.words.items() if n >= 10 and n % 10 == 0}
        rounded.update({w.casefold(): n for w, n in res.scales.items() if n in (100, 1000) and w.isalpha()})
        for suffix in res.approx_suffixes:
            for w, n in rounded.items():
                value[w + suffix], kind[w + suffix] = n, "approx"
        for s, sn in res.scales.items():
            s = s.casefold()
            if not s.isalpha():
                continue
            value[s], kind[s] = sn, ("hundred" if sn == 100 else "thousand" if sn == 1000 else "big")
            if sn in (100, 1000):
                for u, un in units.items():
                    value[f"{u}{s}"], kind[f"{u}{s}"] = un * sn, "small_scaled"
        # hundreds and what follows written as one word: "tvåhundrafemtio" (250), "hundreogtjue" (120)
        joiners = {"", res.compound_joiner or ""}
        tails = {w: n for w, n in value.items() if kind.get(w) == "small" and 0 < n < 100}
        hundreds = {w: n for w, n in value.items() if n in range(100, 1000, 100) and kind[w] in ("hundred", "small_scaled")}
        for h, hn in hundreds.items():
            for tail, tn in tails.items():
                for joiner in joiners:
                    value[f"{h}{joiner}{tail}"], kind[f"{h}{joiner}{tail}"] = hn + tn, "small_scaled"
        return value, kind

    # --- masks --------------------------------------------------------------------------------
    def blocked(self, text: str) -> list[tuple[int, int]]:
        """Sorted spans that are phones, e-mails, URLs, clock times, addresses, dates, periods or years."""
        spans = [m.span() for m in self.digit_masks.finditer(text)]
        at = text.find("@")
        while at >= 0:
            left = self.email_left.search(text, max(0, at - 64), at)
            right = self.email_right.match(text, at + 1)
            if left and right:
                spans.append((left.start(), right.end()))
            at = text.find("@", at + 1)
        if "http" in text or "www." in text:
            spans += [m.span() for m in self.url.finditer(text)]
        for w_start, w_end, folded in words(text, self.cue_vocabulary):
            rx = (self.after_phone_cue if folded in self.phone_cues
                  else self.after_clock_cue if folded in self.clock_cues else None)
            m = rx.match(text, w_end) if rx else None
            if m and any(ch.isdigit() for ch in m.group()):
                spans.append((w_start, m.end()))
        dates, years, periods = analyse(text, self.lang)
        spans += [(d.start, d.end) for d in dates]
        spans += [(a.start, b.end) for a, b in periods]
        spans += [(y.start, y.end) for y in years if y.score >= YEAR_MASK_SCORE]
        spans.sort()
        return spans

    # --- finders ------------------------------------------------------------------------------
    def numbers(self, text: str) -> list[NumberMention]:
        is_blocked = overlap_test(self.blocked(text))
        fractions = self._fraction_numbers(text) + self._vulgar_numbers(text)
        in_fraction = overlap_test([(n.start, n.end) for n in fractions])
        found = [n for n in self._digit_numbers(text)
                 if not is_blocked(n.start, n.end) and not in_fraction(n.start, n.end)]
        # a scale word after digits ("4 millioner") belongs to the digits, not to a spelled number
        taken = overlap_test([(n.start, n.end) for n in found] + [(n.start, n.end) for n in fractions])
        found += [n for n in self._word_numbers(text) if not is_blocked(n.start, n.end) and not taken(n.start, n.end)]
        found += fractions
        found.sort(key=lambda n: (n.start, -n.end))
        return found

    def _fraction_numbers(self, text: str) -> list[NumberMention]:
        out = []
        for m in self.fraction.finditer(text):
            whole = m["whole"]
            base = Decimal(0) if whole is None else (
                Decimal(whole) if whole.isdigit() else Decimal(self.word_of[fold(whole)]))
            scale = self.scale_of[fold(m["scale"])]
            value = (base + self.fraction_of[fold(m["frac"])]) * scale
            out.append(NumberMention(m.start(), m.end(), _as_number(value), scale, True, SCORES["words"],
                                     {"scale": scale}))
        return out

    def _vulgar_numbers(self, text: str) -> list[NumberMention]:
        out = []
        for m in self.vulgar.finditer(text):
            scale = self.scale_of[fold(m["scale"])]
            value = (Decimal(m["whole"] or 0) + VULGAR_FRACTIONS[m["frac"]]) * scale
            out.append(NumberMention(m.start(), m.end(), _as_number(value), scale, False, SCORES["digits"],
                                     {"scale": scale}))
        return out

    def _digit_numbers(self, text: str) -> list[NumberMention]:
        out = []
        for m in self.digits.finditer(text):
            raw_int = m["int"]
            digits = re.sub(rf"[.{SPACES}]", "", raw_int)
            value = Decimal(digits)
            if m["dec"]:
                value = Decimal(f"{digits}.{m['dec'][1:]}")
            elif m["dotdec"]:
                if m["ts"]:
                    continue
                value = Decimal(f"{digits}.{m['dotdec']}")
            scale = self.scale_of[fold(m["scale"])] if m["scale"] else None
            if scale:
                value *= scale
            attrs: dict = {}
            score = SCORES["digits"]
            end = m.end()
            if scale:
                attrs["scale"] = scale
            elif self.percent_after.match(text, end):
                attrs["percent"] = True
            elif text[end:end + 1] == "+":
                attrs["plus"] = True
            elif self._ordinal(text, m.start(), end):
                attrs["ordinal"] = True
                score = SCORES["ordinal"]
            if not scale and not m["ts"] and len(digits) == 8 and not m["dec"]:
                score = SCORES["bare_8_digits"]  # often a phone number written without spaces
            out.append(NumberMention(m.start(), end, _as_number(value), scale, False, score, attrs))
        return out

    @staticmethod
    def _ordinal(text: str, start: int, end: int) -> bool:
        """"2. sal", "5. august", and list items at a line start ("1. Tilbyde", "2) Screening")."""
        if text[end:end + 1] not in ".)" or end - start > 2:
            return False
        nxt = text[end + 1:end + 3]
        if text[end:end + 1] == "." and len(nxt) == 2 and nxt[0] == " " and nxt[1].islower():
            return True
        line_start = text.rfind("\n", 0, start) + 1
        return not text[line_start:start].strip(" \t•-*") and nxt[:1] in (" ", "\t")

    def _word_numbers(self, text: str) -> list[NumberMention]:
        tokens = list(words(text, self.vocabulary))
        out: list[NumberMention] = []
        run: list[tuple[int, int, str]] = []
        for tok in tokens:
            if run and not self.word_gap.match(text, run[-1][1], tok[0]):
                out += self._parse_run(text, run)
                run = []
            run.append(tok)
        if run:
            out += self._parse_run(text, run)
        return out

    def _parse_run(self, text: str, run: list[tuple[int, int, str]]) -> list[NumberMention]:
        """Split a run of number words into numbers by a small grammar (units, tens, hundreds, scales)."""
        out: list[NumberMention] = []
        i = 0
        while i < len(run):
            total, group, last, j, scale = 0, 0, None, i, None
            while j < len(run):
                word = run[j][2]
                kind, value = self.word_kind[word], self.word_of[word]
                if kind == "approx":
                    if last is None:
                        group, last, j = value, kind, j + 1
                    break
                if kind == "small" and last in (None, "hundred", "thousand"):
                    group += value
                elif kind == "small_scaled" and last is None:
                    if value >= 1000:
                        total, group = value, 0
                    else:
                        group = value
                    scale = max(scale or 0, 100 if value < 1000 else 1000)
                    kind = "hundred" if value < 1000 else "thousand"
                elif kind == "hundred" and (last is None or (last == "small" and group < 10)
                                            or last == "thousand"):
                    group = (group or 1) * 100 if last != "thousand" else 100
                    scale = max(scale or 0, 100)
                elif kind == "thousand" and last in (None, "small", "hundred") and total == 0:
                    total, group = (group or 1) * 1000, 0
                    scale = max(scale or 0, 1000)
                elif kind == "big" and last in (None, "small", "hundred", "thousand"):
                    total, group = ((total + group) or 1) * value, 0
                    scale = max(scale or 0, value)
                    last, j = kind, j + 1
                    break
                else:
                    break
                last, j = kind, j + 1
            if j == i:  # the word cannot start a number (an "og" stranded between numbers)
                j = i + 1
                i = j
                continue
            words = [w for _, _, w in run[i:j]]
            start, end = run[i][0], run[j - 1][1]
            lone = len(words) == 1 and (words[0] in self.articles or self.word_kind[words[0]] == "big")
            if not lone:
                compound = len(words) > 1 or words[0] not in self.plain_words
                attrs = {"words": True}
                if scale:
                    attrs["scale"] = scale
                score = SCORES["words_compound"] if compound else SCORES["words"]
                if last == "approx":
                    attrs["approx"], score = True, SCORES["approx"]
                out.append(NumberMention(start, end, total + group, scale, True, score, attrs))
            i = j
        return out


@lru_cache(maxsize=None)
def extractor(lang: str) -> NumberExtractor:
    """The compiled extractor of a language (built once per process)."""
    return NumberExtractor(lang)


@lru_cache(maxsize=TEXT_CACHE)
def mentions(text: str, lang: str) -> tuple[NumberMention, ...]:
    """The numbers of one text, computed once for find_numbers and find_amounts."""
    return tuple(extractor(lang).numbers(text))


def find_numbers(text: str, lang: str) -> list[Candidate]:
    """Numbers as int or float; attrs words/scale/percent/plus/ordinal say how each was written."""
    return [Candidate(kind="number", value=n.value, raw=text[n.start:n.end], start=n.start, end=n.end,
                      score=n.score, method=METHOD, attrs=dict(n.attrs))
            for n in mentions(text, lang)]
