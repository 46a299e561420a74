"""Participants planned and reached, and the target group's age bounds.

Gets the text, its language and the heading/label blocks; numbers (digits and number
words) come from the numbers extractor, cue words from labels.yaml.
"""
from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..spans import line_end
from ..stages.sections import Block, heading_blocks, heading_body
from .base import Candidate
from .amounts import BRACKET_NOTE
from .numbers import find_numbers

#: weight of an age bound written without "år" ("personer över 65"), read in the target-group section only
BARE_AGE_WEIGHT = 0.8
#: raw score of a bare count under a participants heading that says neither planned nor reached
BARE_COUNT_SCORE = 0.6
METHOD_PART = "participants@1"
METHOD_AGE = "ages@1"
MAX_PARTICIPANTS = 10_000_000
MAX_AGE = 120
#: how far before an age a "most of them" word makes it a description of who came
MOST_OF_WINDOW = 25
AGE_SECTIONS = ("target_group", "participants")
SKIP_NUMBER_KINDS = ("ordinal", "percent", "plus", "scale")


def _count(number: Candidate) -> bool:
    """A whole count of people: not an ordinal, a percentage, "65+" or a scaled amount."""
    value = number.value
    kinds = [k for k in SKIP_NUMBER_KINDS if number.attrs.get(k)]
    if kinds == ["scale"] and number.attrs.get("words"):
        kinds = []  # "hundre elever", "tusen besøkende": a number word, not a scaled amount
    return isinstance(value, (int, float)) and float(value).is_integer() \
        and 0 < value <= MAX_PARTICIPANTS and not kinds


def _names_participants(heading: str, lang: str) -> bool:
    """A heading with a participants part beside another: "Målgruppe og deltagere", "Målgrupp/deltagare"."""
    words = lexicon.alternation(lexicon.phrases(lang, "and_words"))
    parts = re.split(rf"\s*(?:[,/&]|\s(?:{words})\s)\s*", lexicon.normalise_heading(heading), flags=re.I)
    return len(parts) > 1 and any(lexicon.lookup(part, lang, "heading")[0] == "participants" for part in parts)


def find_participants(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """participants_planned / participants_reached from labelled numbers, participants
    sections whose heading says planned or reached, and sentences with a count of people."""
    out: list[Candidate] = []
    planned = lexicon.phrase_pattern(lang, "participants_planned_cue")
    reached = lexicon.phrase_pattern(lang, "participants_reached_cue")
    people = lexicon.phrase_pattern(lang, "people_nouns")
    for b in blocks:
        if b.kind == "label" and b.key in ("participants_planned", "participants_reached") \
                and b.value_start < b.value_end:
            nums = [n for n in find_numbers(b.value(text), lang) if _count(n)]
            if nums:
                n = nums[0].shifted(b.value_start + _lead(text, b))
                out.append(Candidate(b.key, int(n.value), n.raw, n.start, n.end, 0.93,
                                     METHOD_PART + ":label"))
    heads = heading_blocks(blocks)
    # "Planlagt: 40 / Nådd: 57" under a participants heading or question: each count by its row's word
    rowed = set()
    for i, h in enumerate(heads):
        if h.key in (None, "participants") and (h.key or _count_question(h, people)):
            start, end = heading_body(text, heads, i)
            rows = _row_counts(text[start:end], lang)
            out.extend(c.shifted(start) for c in rows)
            if rows:
                rowed.add(i)
    for i, h in enumerate(heads):
        if h.key != "participants" or _count_question(h, people) or i in rowed:
            continue  # a form's "how many" question is read below
        # the heading's own words, not an inline value ("Deltagare: 60 (målet var 75)")
        field = _field_asked(h, planned, reached)
        start, end = heading_body(text, heads, i)
        body = text[start:end]
        nums = [n for n in find_numbers(body, lang) if _count(n)]
        if field is not None and nums and nums[0].start < 40:
            n = nums[0].shifted(start)
            out.append(Candidate(field, int(n.value), n.raw, n.start, n.end, 0.92,
                                 METHOD_PART + ":section"))
        elif field is None and nums and _bare_count(body, nums[0], lang):
            # "Antal deltagere: 45", "Deltakere: 35 (20 kvinner og 15 menn)": a count standing alone under
            # a heading that says neither planned nor reached is most often what the case reached
            n = nums[0].shifted(start)
            out.append(Candidate("participants_reached", int(n.value), n.raw, n.start, n.end,
                                 BARE_COUNT_SCORE, METHOD_PART + ":section_bare"))
            # "ca. 60 (mål: 75)": the goal in the note is the planned count
            note = _GOAL_NOTE.search(text, n.end, line_end(text, n.end))  # after a noun: "134 indskrevet (mål: 150)"
            goal = note and lexicon.phrase_pattern(lang, "rating_goal_words").fullmatch(note["word"])
            if goal:
                out.append(Candidate("participants_planned", int(note["n"]), note["n"], note.start("n"),
                                     note.end("n"), BARE_COUNT_SCORE, METHOD_PART + ":section_goal_note"))
    # a form's question as a heading ("2.1 Hvor mange deltagere forventede I at nå?"): the count answering it
    for i, h in enumerate(heads):
        if h.key not in (None, "participants") or not _count_question(h, people) or i in rowed:
            continue
        field = _field_asked(h, planned, reached)
        start, end = heading_body(text, heads, i)
        n = _answer_count(text[start:end], lang, people) if field else None
        if n is not None:
            n = n.shifted(start)
            out.append(Candidate(field, int(n.value), n.raw, n.start, n.end, QUESTION_COUNT_SCORE,
                                 METHOD_PART + ":question"))
    # a count in the target-group section sizes the group ("i alt kring 110 personar"): who the case
    # is for, not how many it reached; unless the heading names the participants too ("Målgruppe og deltagere")
    groups = [heading_body(text, heads, i) for i, h in enumerate(heads)
              if h.key == "target_group" and not _names_participants(h.own_words, lang)]
    # and a count among the goals is what the case plans, whatever its verb ("Minst 400 besökare har tagit del …")
    # (unless a sentence there plans a count already: "Målet är att minst 250 … ska delta. Hittills har 112
    # personer deltagit")
    goals = [heading_body(text, heads, i) for i, h in enumerate(heads) if h.key == "goals"]
    told = _from_sentences(text, lang, planned, reached)
    goals = [] if any(c.kind == "participants_planned" and any(s <= c.start < e for s, e in goals) for c in told) \
        else goals
    for c in told:
        if c.kind == "participants_reached" and any(s <= c.start < e for s, e in goals):
            c = dataclasses.replace(c, kind="participants_planned", method=METHOD_PART + ":goals_sentence")
        if c.kind != "participants_reached" or not any(s <= c.start < e for s, e in groups):
            out.append(c)
    out.extend(_goal_noted_counts(text, lang, people))
    # "Mål\n- Minst 300 innbyggere deltar på …", "Nå minst 400 innbyggjarar …": a count of people among the goals
    # is the number planned, where nothing else plans one
    if not any(c.kind == "participants_planned" for c in out):
        out.extend(_goal_counts(text, lang, heads))
    # "BARE 30 PLASSER!", "Der er kun 20 pladser": the places offered, where nothing else plans a count
    if not any(c.kind == "participants_planned" for c in out):
        places = lexicon.phrase_pattern(lang, "places_nouns")
        n = next((n for n in find_numbers(text, lang) if _count(n) and places.match(text, _gap_end(text, n.end))), None)
        if n is not None:
            out.append(Candidate("participants_planned", int(n.value), n.raw, n.start, n.end, PLACES_SCORE,
                                 METHOD_PART + ":places"))
    return out


#: the places a case offers weigh less than a planned count told
PLACES_SCORE = 0.45
_GAP = re.compile(r"[ \t\u00a0]+")


def _gap_end(text: str, pos: int) -> int:
    """Where the word after `pos` starts (past spaces)."""
    gap = _GAP.match(text, pos)
    return gap.end() if gap else pos


ROW_COUNT_SCORE = 0.9
#: where a row's word starts: a line, or a pair split by "/", "|", ";", "," or a dot
_ROW_SPLITS = "\n/|;,·•"


def _row_counts(body: str, lang: str) -> list[Candidate]:
    """Counts after a planned or reached row word in a participants section ("Planerat: 40", "Nådd 57",
    "Forventet: ca. 40 / Opnået: 57"), the first of each."""
    rows = (("participants_planned", lexicon.phrase_pattern(lang, "planned_row")),
            ("participants_reached", lexicon.phrase_pattern(lang, "reached_row")))
    approx = lexicon.phrase_pattern(lang, "approx")
    out: dict[str, Candidate] = {}
    for n in find_numbers(body, lang):
        if not _count(n):
            continue
        word = body[max(body.rfind(c, 0, n.start) for c in _ROW_SPLITS) + 1:n.start].strip()
        word = approx.sub("", word).strip().rstrip(":=").strip()
        for field, rx in rows:
            if field not in out and rx.fullmatch(word):
                out[field] = Candidate(field, int(n.value), n.raw, n.start, n.end, ROW_COUNT_SCORE,
                                       METHOD_PART + ":row")
    return list(out.values())


#: a count of people among the goals weighs less than one a sentence plans
GOAL_COUNT_SCORE = 0.45


def _goal_counts(text: str, lang: str, heads: list[Block]) -> list[Candidate]:
    """The first count of people in a goals section ("Minst 300 innbyggere deltar på reparasjonskafeer"),
    as the number planned."""
    people = lexicon.phrase_pattern(lang, "people_nouns")
    for i, h in enumerate(heads):
        if h.key != "goals":
            continue
        start, end = heading_body(text, heads, i)
        body = text[start:end]
        for n in find_numbers(body, lang):
            if _count(n) and not n.attrs.get("percent") and (
                    _people_follow(body, n.end, people) or _compound_of(body[n.end:].lstrip(), lang)):
                n = n.shifted(start)
                return [Candidate("participants_planned", int(n.value), n.raw, n.start, n.end, GOAL_COUNT_SCORE,
                                  METHOD_PART + ":goals")]
    return []


def _field_asked(h: Block, planned: re.Pattern, reached: re.Pattern) -> Optional[str]:
    """The count a participants heading or question asks for, by its own words: reached, planned or neither."""
    if reached.search(h.own_words):
        return "participants_reached"
    return "participants_planned" if planned.search(h.own_words) else None


def _count_question(h: Block, people: re.Pattern) -> bool:
    """A heading that asks for a count of people ("2.2 Kor mange deltakarar har de nådd?")."""
    return h.header.rstrip().endswith("?") and people.search(h.own_words) is not None


def _answer_count(body: str, lang: str, people: re.Pattern) -> Optional[Candidate]:
    """The count that answers a "how many" question: one told as a total ("altså 48 deltakere til sammen",
    "Totalt 74 unika deltagare"), else the first count of people ("41 unge har …"), else a count opening
    the answer ("60 personer.")."""
    total = lexicon.phrase_pattern(lang, "total_cue")
    nums = [n for n in find_numbers(body, lang) if _count(n)]
    of_people = [n for n in nums if _people_follow(body, n.end, people)]
    for n in nums:
        clause_after = re.split(r"[.,;\n]", body[n.end:n.end + TOTAL_NEAR], maxsplit=1)[0]
        if total.search(body[max(0, n.start - TOTAL_NEAR):n.start]) or (n in of_people and total.search(clause_after)):
            return n
    if of_people:
        return of_people[0]
    return nums[0] if nums and nums[0].start < 40 else None


#: how far a total word ("til sammen", "Totalt") may stand from an answer's count
TOTAL_NEAR = 25
QUESTION_COUNT_SCORE = 0.85
_SPACE_AFTER = re.compile(r"[ \t]+")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]+[ \t]+")


def _people_follow(body: str, end: int, people: re.Pattern) -> bool:
    """A people noun follows the count at `end`, right after it or after one word ("74 unika deltagare")."""
    return any(gap is not None and people.match(body, gap.end())
               for gap in (_SPACE_AFTER.match(body, end), _WORD_AFTER.match(body, end)))


def _bare_count(body: str, n: Candidate, lang: str) -> bool:
    """The body opens with the count, alone on its line but for "ca.", a people noun or a note in
    brackets ("ca. 120 borgere", "35 (heraf 20 kvinder)")."""
    line_start = body.rfind("\n", 0, n.start) + 1
    line_end = body.find("\n", n.end)
    before = body[line_start:n.start].strip()
    after = body[n.end:len(body) if line_end < 0 else line_end].strip(" .")
    if body[:line_start].strip() or (before and not lexicon.phrase_pattern(lang, "approx").fullmatch(before)):
        return False
    after = BRACKET_NOTE.sub("", after).strip()
    nouns = lexicon.phrase_pattern(lang, "people_nouns")
    # "94 børn og deres familier": a people noun and a few more words, no other number
    return not after or nouns.fullmatch(after) is not None or (
        nouns.match(after) is not None and len(after.split()) <= MAX_NOUN_PHRASE_WORDS
        and not any(ch.isdigit() for ch in after))


#: how many words the people noun after a bare count may run to ("børn og deres familier")
MAX_NOUN_PHRASE_WORDS = 5


#: a goal in a note after a count: " (mål: 75)", " (målet var 75)"
_GOAL_NOTE = re.compile(r"[ \t]*\([ \t]*(?P<word>[^\W\d_]+)(?:[ \t]+[^\W\d_]+)?[ \t]*:?[ \t]*(?P<n>\d{1,6})"
                        r"(?:[ \t]+[^\W\d_]+)?[ \t]*\)")  # " (målet var 100 børn)"


#: a goal noted at a line's end, a few words after it: " (mål: 200 i hele perioden)"
_GOAL_NOTE_END = re.compile(r"[ \t]*\([ \t]*(?P<word>[^\W\d_]+)[ \t]*:?[ \t]*(?P<n>\d{1,6})(?:[ \t]+[^\W\d_]+){0,4}"
                            r"[ \t]*\)[ \t.]*$", re.MULTILINE)
#: a line opening with a count, perhaps after a bullet
_COUNT_LINE = re.compile(r"^[ \t]*(?:[-*•–][ \t]+)?(?=\d)", re.MULTILINE)
NOTED_COUNT_SCORE = 0.75


def _goal_noted_counts(text: str, lang: str, people: re.Pattern) -> list[Candidate]:
    """A results line's count of people with the goal in a note at its end ("- 342 unika deltagare sedan starten
    (mål: 200)", "- 142 familier har været med (mål: 200 i hele perioden)"): reached, and the goal planned. The
    first such line only."""
    goal_words = lexicon.phrase_pattern(lang, "rating_goal_words")
    for line in _COUNT_LINE.finditer(text):
        end = line_end(text, line.end())
        note = _GOAL_NOTE_END.search(text, line.end(), end)
        if note is None or not goal_words.fullmatch(note["word"]):
            continue
        nums = [n for n in find_numbers(text[line.end():note.start()], lang) if _count(n)]
        if not nums or nums[0].start != 0 or not _people_follow(text[line.end():note.start()], nums[0].end, people):
            continue
        n = nums[0].shifted(line.end())
        return [Candidate("participants_reached", int(n.value), n.raw, n.start, n.end, NOTED_COUNT_SCORE,
                          METHOD_PART + ":goal_noted"),
                Candidate("participants_planned", int(note["n"]), note["n"], note.start("n"), note.end("n"),
                          NOTED_COUNT_SCORE, METHOD_PART + ":goal_noted")]
    return []


def _lead(text: str, b: Block) -> int:
    raw = text[b.value_start:b.value_end]
    return len(raw) - len(raw.lstrip())


@lru_cache(maxsize=None)
def _share_whole(lang: str) -> re.Pattern:
    """What stands before the whole of a share: "8 ud af " in "8 ud af 10 unge", "Tre ud af " in "Tre ud af
    fire deltagere" (a word there must be a number: `_share_of_words`)."""
    return re.compile(rf"(?:\d|(?<!\w)(?P<word>[^\W\d_]+))\s*(?:{lexicon.phrase_pattern(lang, 'out_of').pattern})\s*\Z",
                      re.I)


def _share_of_words(before: str, lang: str) -> bool:
    """`before` ends with the first part of a share, in digits or in words ("8 ud af ", "ni av ")."""
    m = _share_whole(lang).search(before)
    return m is not None and (m["word"] is None or any(_count(n) for n in find_numbers(m["word"], lang)))


@lru_cache(maxsize=None)
def _clause_breaks(lang: str) -> re.Pattern:
    """Where a clause ends: a comma or semicolon, or "og"/"men" between two clauses."""
    words = "|".join(re.escape(w) for w in (*lexicon.phrases(lang, "and_words"),
                                             *lexicon.phrases(lang, "clause_joiners")))
    # not between two numbers: "mellom 12 og 16 år" is one range
    # and a dash set between spaces: "… än vi räknade med – i dag står 46 personer i kö"
    return re.compile(rf"[,;]\s+|\s+[–—]\s+|(?<!\d)\s+(?:{words})\s+|\s+(?:{words})\s+(?!\d)", re.IGNORECASE)


_RANGE_END = re.compile(r"\d\s*[-–]\s*$")
_SPACED_DASH = re.compile(r"\s[–—]\s")


def _from_sentences(text: str, lang: str, planned: re.Pattern, reached: re.Pattern) -> list[Candidate]:
    """A count of people in a clause that plans ("skal nå 200 unge", "målet om 80") or
    reports ("har 340 ulike ungdomar vore innom", "femti deltakere fulgte")."""
    nouns = lexicon.phrase_pattern(lang, "people_nouns")
    took_part = lexicon.phrase_pattern(lang, "took_part")
    total = lexicon.phrase_pattern(lang, "total_cue")
    goal_of = lexicon.phrase_pattern(lang, "goal_of")
    managed = lexicon.phrase_pattern(lang, "managed_to_reach")
    out: list[tuple[Candidate, bool]] = []  # (candidate, counts helpers)
    numbers = [n for n in find_numbers(text, lang) if _count(n)]
    if not numbers:
        return []
    sentences = lexicon.iter_sentences(text)
    starts = [st for st, _ in sentences]
    by_sentence: dict[int, list[Candidate]] = {}
    for n in numbers:
        i = bisect.bisect_right(starts, n.start) - 1
        if i >= 0 and n.start < starts[i] + len(sentences[i][1]):
            by_sentence.setdefault(i, []).append(n.shifted(-starts[i]))
    helpers = lexicon.phrase_pattern(lang, "helper_nouns")
    for i, in_sentence in sorted(by_sentence.items()):
        s_start, s = sentences[i]
        if not (reached.search(s) or planned.search(s)):
            continue
        bounds = [0] + [m.end() for m in _clause_breaks(lang).finditer(s)] + [len(s)]
        found: list[tuple[Candidate, bool]] = []  # (candidate, counts helpers: volunteers, staff)
        for n in in_sentence:
            if not _count(n) or _RANGE_END.search(s[:n.start]) or _share_of_words(s[:n.start], lang):
                continue
            after = s[n.end:n.end + 40].lstrip()
            if not (nouns.match(after) or nouns.match(after.split(" ", 1)[-1]) or took_part.match(after)
                    or _compound_of(after, lang)):
                continue
            lo = max(b for b in bounds if b <= n.start)
            hi = min(b for b in bounds if b > n.start)
            clause = s[lo:hi]
            # "… har 46 børn været med, og målet er, at 70 børn har deltaget": the cue nearest before the
            # count, since the count before it, says planned although the count's own clause reports
            lead_start = max([m.end for m in in_sentence if m.end <= n.start]
                             + [d.end() for d in _SPACED_DASH.finditer(s, 0, n.start)], default=0)
            lead = s[lead_start:n.start]
            cues = sorted([(m.end(), "planned") for m in planned.finditer(lead)]
                          + [(m.end(), "reached") for m in reached.finditer(lead)])
            if managed.search(clause):
                field, score = "participants_reached", 0.5
            elif planned.search(clause) or (cues and cues[-1][1] == "planned"):
                field, score = "participants_planned", 0.5
            elif reached.search(clause):
                field, score = "participants_reached", 0.5
            else:
                continue
            if total.search(clause):
                score += 0.1
            found.append((Candidate(field, int(n.value), n.raw, s_start + n.start, s_start + n.end,
                                    score, METHOD_PART + ":sentence"), bool(helpers.match(after))))
            goal = goal_of.search(s, n.end) if field == "participants_reached" else None
            later = [g for g in in_sentence if goal and g.start >= goal.end() and _count(g)]
            if later and later[0].start - goal.end() <= 3:
                # "46 eldre har fått en turvenn, mot et mål på 40": the goal beside the reached count
                g = later[0]
                found.append((Candidate("participants_planned", int(g.value), g.raw, s_start + g.start,
                                        s_start + g.end, 0.5, METHOD_PART + ":sentence_goal"), False))
        # "Vi har rekrutteret 24 frivillige …, og 61 elever har haft en læseven": the people reached, not
        # those who run the case, when both are counted in one sentence
        reached_people = {c.kind for c, helper in found if not helper}
        out.extend((c, helper) for c, helper in found if not (helper and c.kind in reached_people))
    # "Vi har fått med oss elleve frivillige" in a text that counts its participants elsewhere, planned or
    # reached ("Målet er å nå 40 deltakere … et nettverk på over 200 frivillige"): the helpers are no
    # participants there either (counted alone, they may be the people the case reached)
    counted = any(not helper for _, helper in out)
    return [c for c, helper in out if not (helper and counted)]


#: the shortest people noun that may close a compound ("kommuninvånare", "hjemmeboende")
MIN_COMPOUND_NOUN = 5


def _compound_of(after: str, lang: str) -> bool:
    """The word after a count is a compound that ends in a people noun ("250 kommuninvånare")."""
    word = after.split(" ", 1)[0].strip(",.;:").casefold()
    return any(len(noun) >= MIN_COMPOUND_NOUN and len(word) > len(noun) and word.endswith(noun)
               for noun in _people_nouns(lang))


@lru_cache(maxsize=None)
def _people_nouns(lang: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in lexicon.phrases(lang, "people_nouns") if " " not in w)


_AGE_PLUS = re.compile(r"(?<![\d.,+])(\d{2,3})\s?\+(?!\d)")
_AGE_RANGE_BARE = re.compile(r"(?<![\d.,])(\d{1,2})\s*[-–]\s*(\d{2})(?=\s*(?:[.;),]|$))")


@lru_cache(maxsize=None)
def _age_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """The language's age patterns: range, between, max, min, min after ("og derover"), bare min, and
    a people noun right before a bare range."""
    unit, upto, over, joiners, between, and_words, after, nouns = (
        lexicon.alternation(lexicon.phrases(lang, key)) for key in (
            "age_unit", "age_max", "age_min", "range_joiners", "between", "and_words", "age_min_after", "people_nouns"))
    return (
        re.compile(rf"(?<![\d.,])(\d{{1,3}})\s*(?:{joiners})\s*(\d{{1,3}})\s*(?:{unit})(?!\w)", re.I),
        re.compile(rf"(?:{between})\s+(\d{{1,3}})\s+(?:{and_words})\s+(\d{{1,3}})\s*(?:{unit})(?!\w)", re.I),
        re.compile(rf"(?<!\w)(?:{upto})\s+(\d{{1,3}})\s*(?:{unit})(?!\w)", re.I),
        re.compile(rf"(?<!\w)(?:{over})\s+(\d{{1,3}})\s*(?:{unit})(?!\w)", re.I),
        re.compile(rf"(?<![\d.,])(\d{{1,3}})\s*(?:{unit})\s+(?:{after})(?!\w)", re.I),
        # "personer över 65." in the target-group section: a bound and a two-digit number closing the clause
        re.compile(rf"(?<!\w)(?:{over})\s+([1-9]\d)(?=\s*(?:[.;)]|$))", re.I),
        # "unge mellem 15-25.": a range without "år" right after a people noun, closing the clause
        re.compile(rf"(?<!\w)(?:{nouns})\s+(?:(?:{between})\s+)?\Z", re.I),
    )


def find_ages(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """target_age_min / target_age_max: "65+", "opp til 30 år", "18–25 år", "over 65 år", "18 år og eldre"
    in the target-group section or a sentence that names a group of people."""
    rx_range, rx_between, rx_max, rx_min, rx_min_after, rx_min_bare, noun_right_before = _age_patterns(lang)
    rx_plus, rx_range_bare = _AGE_PLUS, _AGE_RANGE_BARE
    unit = lexicon.phrase_pattern(lang, "age_unit")
    heads = heading_blocks(blocks)
    zones: list[tuple[int, int, float]] = []
    for i, h in enumerate(heads):
        if h.key in AGE_SECTIONS:
            s, e = heading_body(text, heads, i)
            zones.append((s, e, 0.88))
    nouns = lexicon.phrase_pattern(lang, "people_nouns")

    def people_before(sentence: str, pos: int) -> bool:
        """A people noun shortly before the bound ("personer över 65")."""
        return nouns.search(sentence[max(0, pos - 30):pos]) is not None

    most = lexicon.phrase_pattern(lang, "most_of")

    def ages_of_who_came(sentence: str, found: list) -> list:
        """Drop ages told of most of those who came ("dei fleste mellom 20 og 45 år"): no bound of the group."""
        return [m for m in found if not most.search(sentence[max(0, m.start() - MOST_OF_WINDOW):m.start()])]

    # "Er du mellem 12 og 16 år?": a flyer asks its target group
    addressed = re.compile(rf"\s*(?:{lexicon.alternation(lexicon.phrases(lang, 'you_are'))})(?!\w)")
    out: list[Candidate] = []
    asked_at = -1  # where a sentence asking "are you …" ended ("Er du pige\nog mellem 12 og 16 år?" on two lines)
    for s0, s in lexicon.iter_sentences(text):
        in_zone = next((z[2] for z in zones if z[0] <= s0 < z[1]), None)
        opens = addressed.match(s) is not None
        asked = opens or (asked_at >= 0 and text[asked_at:s0].strip(" \t") == "\n")
        asked_at = s0 + len(s) if opens and not s.rstrip().endswith("?") else -1
        score = in_zone if in_zone else (0.7 if nouns.search(s) or "målgrupp" in s.casefold() or asked else None)
        if score is None:
            continue
        # "mellan tre och fem år" read as "mellan 3   och 5   år" (only a sentence with an age unit has ages in words)
        d = _digitised(s, lang) if unit.search(s) else s
        for m in ages_of_who_came(s, list(rx_range.finditer(d)) + list(rx_between.finditer(d))):
            lo, hi = int(m.group(1)), int(m.group(2))
            if 0 <= lo < hi <= MAX_AGE:  # "børn i alderen 0-6 år" starts at birth
                out.append(Candidate("target_age_min", lo, s[m.start():m.end()], s0 + m.start(), s0 + m.end(), score, METHOD_AGE + ":range"))
                out.append(Candidate("target_age_max", hi, s[m.start():m.end()], s0 + m.start(), s0 + m.end(), score, METHOD_AGE + ":range"))
        for m in ages_of_who_came(s, list(rx_max.finditer(d))):
            if 0 < int(m.group(1)) <= MAX_AGE and not _inside(m, rx_range, d):
                out.append(Candidate("target_age_max", int(m.group(1)), s[m.start():m.end()], s0 + m.start(), s0 + m.end(), score, METHOD_AGE + ":upto"))
        for m in ages_of_who_came(s, list(rx_min.finditer(d)) + list(rx_min_after.finditer(d))):
            if 0 < int(m.group(1)) <= MAX_AGE and not _inside(m, rx_range, d):
                out.append(Candidate("target_age_min", int(m.group(1)), s[m.start():m.end()], s0 + m.start(), s0 + m.end(), score, METHOD_AGE + ":over"))
        if in_zone or "målgrupp" in s.casefold():
            for m in ages_of_who_came(s, list(rx_range_bare.finditer(d))):
                lo, hi = int(m.group(1)), int(m.group(2))
                if 0 <= lo < hi <= MAX_AGE and noun_right_before.search(s, 0, m.start()) and not _inside(m, rx_range, d):
                    for field, value in (("target_age_min", lo), ("target_age_max", hi)):
                        out.append(Candidate(field, value, s[m.start():m.end()], s0 + m.start(), s0 + m.end(),
                                             score * BARE_AGE_WEIGHT, METHOD_AGE + ":range_bare"))
        if in_zone:
            for m in rx_min_bare.finditer(d):
                if people_before(s, m.start()):
                    out.append(Candidate("target_age_min", int(m.group(1)), s[m.start():m.end()], s0 + m.start(), s0 + m.end(),
                                         score * BARE_AGE_WEIGHT, METHOD_AGE + ":over_bare"))
        for m in ages_of_who_came(s, list(rx_plus.finditer(d))):
            if 10 <= int(m.group(1)) <= MAX_AGE:
                out.append(Candidate("target_age_min", int(m.group(1)), s[m.start():m.end()], s0 + m.start(), s0 + m.end(), score, METHOD_AGE + ":plus"))
    return out


def _digitised(sentence: str, lang: str) -> str:
    """The sentence with its number words from two up written in digits, padded to the word's length so
    positions hold ("barn mellan tre och fem år" -> "barn mellan 3   och 5   år"); "en"/"ett" stay words."""
    out = sentence
    for n in find_numbers(sentence, lang):
        if n.attrs.get("words") and isinstance(n.value, int) and 2 <= n.value <= MAX_AGE \
                and len(str(n.value)) <= n.end - n.start:
            out = out[:n.start] + str(n.value).ljust(n.end - n.start) + out[n.end:]
    return out


def _inside(m: re.Match, rx: re.Pattern, s: str) -> bool:
    return any(r.start() <= m.start() < r.end() for r in rx.finditer(s))
