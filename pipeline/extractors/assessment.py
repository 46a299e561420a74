"""Status, evaluation and the case's own 4-step self-ratings.

Gets the text, its language and the heading/label blocks; phrases come from labels.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon, resources
from ..schema import Field
from ..stages.sections import Block, heading_blocks, heading_body
from ..spans import line_end
from .base import Candidate

METHOD_STATUS = "status@1"
METHOD_EVAL = "evaluation@1"
METHOD_RATING = "rating@1"
STATUS_PHRASES = {"status_completed": "completed", "status_completed_told": "completed",
                  "status_in_operation": "in_operation", "status_project": "project"}
RATING_KEYS = ("rating_1", "rating_2", "rating_3", "rating_4")
STATUS_SECTION_KEYS = ("intervention_type",)



EVALUATION_KINDS = {"evaluation_internal": "internal", "evaluation_external": "external"}


def _evaluation_kind(value: str, lang: str) -> Optional[tuple[str, int, int]]:
    """(kind, start, end): an internal or external phrase, else an evaluator that is a research or
    consulting body ("utvärderats av FoU Nordost", "evaluert av Møreforsking"): external."""
    kind = _first_phrase(value, lang, EVALUATION_KINDS)
    if kind is None:
        m = _external_evaluator(lang).search(value)
        if m:
            return "external", m.start("who"), m.end("who")
    return kind


#: how far after "we did" the survey may be named ("Vi gjorde ei enkel brukarundersøking")
SURVEY_WINDOW = 40


def _own_survey(value: str, lang: str) -> Optional[tuple[str, int, int]]:
    """("internal", start, end) when the writers tell of a survey they ran ("Vi gjorde ei enkel
    brukarundersøking i mai 2025"), else None."""
    for cue in lexicon.phrase_pattern(lang, "own_survey_cue").finditer(value):
        survey = lexicon.phrase_pattern(lang, "survey_words").search(value, cue.end(), cue.end() + SURVEY_WINDOW)
        if survey:
            return "internal", cue.start(), survey.end()
    return None


@lru_cache(maxsize=None)
def _external_evaluator(lang: str) -> re.Pattern:
    by = lexicon.alternation(lexicon.phrases(lang, "evaluator_by"))
    stems = lexicon.alternation(lexicon.phrases(lang, "external_evaluator_stems"))
    return re.compile(rf"(?<!\w)(?:{by})\s+(?P<who>(?:[\w-]+\s+){{0,3}}?[\w-]*(?:{stems})[\w-]*)", re.IGNORECASE)


def _first_phrase(value: str, lang: str, groups: dict[str, str]) -> Optional[tuple[str, int, int]]:
    """(mapped value, start, end) of the earliest phrase of any group in `value`."""
    best = None
    for group, mapped in groups.items():
        m = lexicon.phrase_pattern(lang, group).search(value)
        if m and (best is None or m.start() < best[1]):
            best = (mapped, m.start(), m.end())
    return best


STATUS_VALUE_PHRASES = dict(STATUS_PHRASES, status_word_project="project",
                            status_word_in_operation="in_operation")


def _status_value(value: str, lang: str) -> Optional[tuple[str, int, int]]:
    """The status a label's value states ("Avsluttet", "Prosjekt", "Indsatsen er i drift"),
    read in the text's language first, then in the others (forms travel between them)."""
    for code in lexicon.search_order(lang):
        hit = _first_phrase(value, code, STATUS_VALUE_PHRASES)
        if hit:
            return hit
    return None


def find_status(text: str, lang: str, blocks: list[Block], names: tuple[str, ...] = ()) -> list[Candidate]:
    """project / in_operation / completed from a status label, the intervention-type section
    ("Indsatsen er et projekt") or, with less weight, anywhere in the text (where the case's `names` may
    stand for the project's word)."""
    out: list[Candidate] = []
    heads = heading_blocks(blocks)
    for b in blocks:
        if b.kind == "label" and b.key == "status" and b.value_start < b.value_end:
            found = _status_in_value(text, b, lang, 0.93, ":label")
            if found:
                out.append(found)
        elif b.key == "period" and b.value_start < b.value_end:
            # "Prosjektperiode: 1. januar 2024 – 30. juni 2025 (avslutta)": the end told beside the period
            done = re.search(rf"\([ \t]*((?i:{lexicon.phrase_pattern(lang, 'status_completed').pattern}))[ \t]*\)",
                             text[b.value_start:b.value_end])
            if done:
                s, e = b.value_start + done.start(1), b.value_start + done.end(1)
                out.append(Candidate("status", "completed", text[s:e], s, e, 0.85, METHOD_STATUS + ":period_note"))
    for i, h in enumerate(heads):
        if h.key in STATUS_SECTION_KEYS and h.value_start < h.value_end:
            # "Tiltakstype   Prosjekt", "Type indsats: Projekt": the type on the heading's own line
            found = _status_in_value(text, h, lang, 0.9, ":section_value")
            if found:
                out.append(found)
                continue
        if h.key in STATUS_SECTION_KEYS:
            start, end = heading_body(text, heads, i)
            hit = _first_phrase(text[start:end], lang, STATUS_PHRASES)
            if hit:
                out.append(Candidate("status", hit[0], text[start + hit[1]:start + hit[2]],
                                     start + hit[1], start + hit[2], 0.9,
                                     METHOD_STATUS + ":section"))
    for label in resources.load(lang, "labels").labels["status"]:
        for m in re.finditer(rf"(?<!\w){re.escape(label)}:\s*", text, re.IGNORECASE):
            hit = _status_value(text[m.end():m.end() + 40], lang)
            if hit and hit[1] == 0:
                s = m.end()
                out.append(Candidate("status", hit[0], text[s:s + hit[2]], s, s + hit[2], 0.9,
                                     METHOD_STATUS + ":inline_label"))
    if not out:
        hit = _first_told(text, lang)
        told = _completion_told(text, lang, names)
        if told and (hit is None or told[1] < hit[1]):
            hit = told
        if hit:
            out.append(Candidate("status", hit[0], text[hit[1]:hit[2]], hit[1], hit[2], 0.55,
                                 METHOD_STATUS + ":text"))
    return out


#: weight of a status read off the dates, times the weaker of the two dates' confidences
STATUS_FROM_DATES_SCORE = 0.7


def status_from_dates(period_end: Field, document_date: Field) -> Field:
    """Where the text tells no status: a text dated after its case's period ended reports a completed case (a
    final report mailed in March after a December end), one dated before the end a running time-limited project
    (an application, a mid-term report). Spans the period's end, the evidence the text gives."""
    if period_end.value is None or document_date.value is None:
        return Field()
    status = "completed" if document_date.value > period_end.value else "project"
    confidence = round(STATUS_FROM_DATES_SCORE * min(period_end.confidence, document_date.confidence), 4)
    return Field(value=status, confidence=confidence, span=period_end.span, method=METHOD_STATUS + ":dates",
                 section=period_end.section)


def _status_in_value(text: str, b: Block, lang: str, score: float, how: str) -> Optional[Candidate]:
    """The status a block's value states, as a candidate spanning the status words."""
    hit = _status_value(b.value(text), lang)
    if not hit:
        return None
    start, end = b.value_start + hit[1], b.value_start + hit[2]
    return Candidate("status", hit[0], text[start:end], start, end, score, METHOD_STATUS + how)


def _first_told(text: str, lang: str) -> Optional[tuple[str, int, int]]:
    """The first project or in-operation phrase in running text, in a sentence that does not make it
    a condition or a plan ("tiltaket kan vidareførast innanfor ordinær drift dersom …")."""
    conditional = lexicon.phrase_pattern(lang, "status_conditional")
    for base, sentence in lexicon.iter_sentences(text):
        hit = _first_phrase(sentence, lang, {"status_project": "project", "status_in_operation": "in_operation"})
        if hit and not conditional.search(sentence, 0, hit[1]):
            return hit[0], base + hit[1], base + hit[2]
    return None


def _completion_told(text: str, lang: str, names: tuple[str, ...] = ()) -> Optional[tuple[str, int, int]]:
    """"Projektet blev afsluttet i 2023." opening a sentence, a bracket ("Periode: 04.03.2024–28.02.2025
    (prosjektet er nå avsluttet)"), a clause after a colon or ", og"; with one word before the end ("Prosjektet
    ble formelt avsluttet") and the case's name for the project's word ("Regn & Rødder er afsluttet");
    "Når projektet er afsluttet, …" plans."""
    told = _told_pattern(lang, names)
    ands = lexicon.alternation(lexicon.phrases(lang, "and_words"))
    clause = re.compile(rf"(?:\(|:|,[ \t]*(?i:{ands}))[ \t]*")
    # "Prosjektet startet i september 2022 og ble avsluttet i juni 2024": the project's word opens the
    # sentence, its end follows "and" without the word again
    told_rest = _told_pattern(lang, (), subject=False)
    and_then = re.compile(rf"[ \t]+(?i:{ands})[ \t]+(?={told_rest.pattern})")
    project = lexicon.project_noun(lang)
    for base, sentence in lexicon.iter_sentences(text):
        leads = [len(sentence) - len(sentence.lstrip())] + [b.end() for b in clause.finditer(sentence)]
        m = next((m for m in (told.match(sentence, lead) for lead in leads) if m), None)
        if m is None and project.match(sentence, leads[0]):
            then = and_then.search(sentence)
            m = told_rest.match(sentence, then.end()) if then else None
        if m:
            return "completed", base + m.start(), base + m.end()
    return None


@lru_cache(maxsize=256)
def _told_pattern(lang: str, names: tuple[str, ...], subject: bool = True) -> re.Pattern:
    """The language's phrases telling the case has ended, each allowing one more word before its last
    ("er nu afsluttet", "ble formelt avsluttet"; not "snart", "ikke") and the case's names for the
    project's word. `subject=False`: the phrases that open with the project's word, without it ("ble
    avsluttet")."""
    not_yet = lexicon.alternation(lexicon.phrases(lang, "not_yet_words"))
    project = lexicon.project_noun(lang)
    named = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n.strip())
    phrases = []
    for phrase in lexicon.phrases(lang, "status_completed_told"):
        words = phrase.split()
        if not subject:
            if len(words) < 2 or not project.fullmatch(words[0]):
                continue
            words = words[1:]
        parts = [f"(?:{re.escape(w)}|{named})" if named and project.fullmatch(w) else re.escape(w) for w in words]
        if len(parts) >= (3 if subject else 2):
            parts[-1] = rf"(?:(?!(?:{not_yet})(?!\w))[^\W\d_]+[ \t]+)?" + parts[-1]
        phrases.append(r"[ \t]+".join(parts))
    return re.compile(rf"(?i:{'|'.join(phrases)})(?!\w)")


#: an evaluation section's opening answer this short ("Svar: Ja.") is read with the sentence after it
SHORT_ANSWER_WORDS = 3


def find_evaluation(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """evaluated (bool) and evaluation_kind (internal/external) from the first sentence of
    the evaluation section ("Ja, Internt evalueret", "Prosjektet evalueres internt ...")
    or an evaluation label."""
    out: list[Candidate] = []
    heads = heading_blocks(blocks)
    bodies: list[tuple[int, int, str]] = []
    sections: list[tuple[int, int]] = []
    for i, h in enumerate(heads):
        if h.key == "evaluation":
            start, end = heading_body(text, heads, i)
            if not text[start:end].strip() and i + 1 < len(heads) and heads[i + 1].key is None \
                    and heads[i + 1].header.strip().endswith("?"):
                # "## 5 Evaluering\n**Er det gjennomført evaluering?**\nSvar: Ja, ekstern.": the form's
                # question set as a heading of its own; its answer is the section's
                start, end = heading_body(text, heads, i + 1)
            sections.append((start, end))
            sentences = [s for s in lexicon.iter_sentences(text[start:end])
                         if not s[1].strip().rstrip("*").endswith("?")]  # the form's question; its answer follows
            if sentences:
                s0, sentence = sentences[0]
                s1 = s0 + len(sentence)
                if len(sentences) > 1 and len(sentence.split()) <= SHORT_ANSWER_WORDS:
                    s1 = sentences[1][0] + len(sentences[1][1])  # "Svar: Ja. Vi har selv gennemført en evaluering …"
                bodies.append((start + s0, start + s1, "section"))
    for b in blocks:
        if b.kind == "label" and b.key == "evaluated" and b.value_start < b.value_end:
            bodies.append((b.value_start, b.value_end, "label"))
    # "Er prosjektet evaluert? Ja": the evaluation question with its answer on the same line
    for q in _QUESTION.finditer(text):
        key, _ = lexicon.lookup(lexicon.normalise_heading(q.group(0)), lang, "label")
        end = line_end(text, q.end())
        if key == "evaluated" and text[q.end():end].strip() \
                and not any(s <= q.end() < e for s, e, _ in bodies):
            bodies.append((q.end(), end, "question"))
    for start, end, how in bodies:
        answer = text[start:end]
        negative = lexicon.phrase_pattern(lang, "evaluated_no").search(answer) \
            or _negated_evaluation(lang).search(answer)
        if _BOX.search(answer):  # a form's boxes: "☒ Ja ☐ Nej"; none ticked is no answer
            ticked = _ticked_answer(answer, lang)
            if ticked is not None:
                value, m = ticked
                out.append(Candidate("evaluated", value, m.group(0), start + m.start(), start + m.end(), 0.9,
                                     f"{METHOD_EVAL}:{how}"))
            continue
        kind = _evaluation_kind(answer, lang) or _own_survey(answer, lang)
        label_end = _after_answer_label(answer, lang, colon=False)
        reply = answer[label_end:].lstrip(" \t:") if label_end else answer.lstrip()  # "Svar: Ja, ekstern."
        yes = lexicon.phrase_pattern(lang, "evaluated_yes").match(reply)
        method = f"{METHOD_EVAL}:{how}"
        if negative:
            out.append(Candidate("evaluated", False, negative.group(0), start + negative.start(),
                                 start + negative.end(), 0.9, method))
            continue
        if yes or kind:
            hit = (kind[1], kind[2]) if kind else (0, len(answer))
            out.append(Candidate("evaluated", True, answer[hit[0]:hit[1]], start + hit[0],
                                 start + hit[1], 0.92 if yes else 0.85, method))
        if kind:
            out.append(Candidate("evaluation_kind", kind[0], answer[kind[1]:kind[2]],
                                 start + kind[1], start + kind[2], 0.9 if yes else 0.82, method))
    if not bodies:
        out.extend(_evaluation_in_sentences(text, lang))
    elif not any(c.kind == "evaluated" for c in out):
        # the section's opening sentence gave no answer; one of its sentences may tell it was done
        for start, end in sections:
            found = _evaluation_in_sentences(text[start:end], lang, start, "section_sentence", 0.8)
            if found:
                out.extend(found)
                break
    if not any(c.kind == "evaluated" for c in out):
        out.extend(_evaluation_report_title(text, lang))
    if bodies and not any(c.kind == "evaluated" for c in out):
        # an evaluation heading whose section tells nothing ("Evaluering av prosjektet «Ung i arbeid Voss»" over who
        # wrote it): a sentence elsewhere may ("… bad Nordvest Analyse om ei ekstern sluttevaluering")
        out.extend(_evaluation_in_sentences(text, lang))
    return out


@lru_cache(maxsize=None)
def _opening(lang: str, group: str, case: bool = False) -> re.Pattern:
    """A phrase of the group as a whole word, for `match` at the start of a line or sentence (with
    `case`, written as listed: "Den" opening a sentence, not "den" inside one)."""
    return re.compile(rf"(?:{lexicon.alternation(lexicon.phrases(lang, group))})(?!\w)", 0 if case else re.I)


def _evaluation_report_title(text: str, lang: str) -> list[Candidate]:
    """The text is itself an evaluation report ("Evaluering af "Sammen om Måltidet"", "Utvärdering av
    …", "Evalueringsrapport: …" on its first line): the case was evaluated."""
    first = re.search(r"\S[^\n]*", text)
    if first is None:
        return []
    m = _opening(lang, "evaluation_report_kinds").match(first.group(0))
    start = first.start()
    if m is not None:
        return [Candidate("evaluated", True, m.group(0), start, start + m.end(), 0.75, f"{METHOD_EVAL}:title")]
    # "Deltagerundersøgelse – Jobbro Nord", "resultat från deltagarenkäten": a survey of the case's participants
    m = lexicon.phrase_pattern(lang, "survey_report_kinds").search(first.group(0))
    if m is None:
        return []
    out = [Candidate("evaluated", True, m.group(0), start + m.start(), start + m.end(), 0.7, f"{METHOD_EVAL}:survey")]
    kind = _survey_kind(text, lang)
    out.append(Candidate("evaluation_kind", kind[0], text[kind[1]:kind[2]], kind[1], kind[2], 0.65,
                         f"{METHOD_EVAL}:survey") if kind else
               Candidate("evaluation_kind", "internal", m.group(0), start + m.start(), start + m.end(), 0.55,
                         f"{METHOD_EVAL}:survey_own"))
    return out


def _survey_kind(text: str, lang: str) -> Optional[tuple[str, int, int]]:
    """The kind a survey report tells of its survey ("gennemført internt", "udført af Rambøll") in a sentence
    naming the survey, skipping a clause that denies it ("uten ekstern evaluator", "någon extern
    utvärdering har inte gjorts"); None where it tells none (the writers' own survey)."""
    surveys = re.compile(rf"{lexicon.phrase_pattern(lang, 'survey_words').pattern}|"
                         rf"{lexicon.phrase_pattern(lang, 'survey_report_kinds').pattern}", re.I)
    for base, sentence in lexicon.iter_sentences(text):
        if not surveys.search(sentence):
            continue
        pos = 0
        for clause in _CLAUSES.split(sentence):
            kind = None if _denial(lang).search(clause) else _evaluation_kind(clause, lang)
            if kind:
                return kind[0], base + pos + kind[1], base + pos + kind[2]
            pos += len(clause)
    return None


#: a sentence's clauses, each keeping the comma or semicolon that closes it
_CLAUSES = re.compile(r"(?<=[;,])")


@lru_cache(maxsize=None)
def _denial(lang: str) -> re.Pattern:
    """A word denying what its clause tells ("ikke", "inte", "uten")."""
    words = (*lexicon.phrases(lang, "evaluation_negation"), *lexicon.phrases(lang, "without_words"))
    return re.compile(rf"(?<!\w)(?i:{lexicon.alternation(words)})(?!\w)")


def _clause_at(sentence: str, pos: int) -> str:
    """The clause of `sentence` (between commas or semicolons) holding `pos`."""
    start = max(sentence.rfind(",", 0, pos), sentence.rfind(";", 0, pos)) + 1
    ends = [e for e in (sentence.find(",", pos), sentence.find(";", pos)) if e >= 0]
    return sentence[start:min(ends, default=len(sentence))]


@lru_cache(maxsize=None)
def _negated_evaluation(lang: str) -> re.Pattern:
    """A negation up to three words before an evaluation word: "ikke gennemført en egentlig evaluering",
    "inte genomförts någon utvärdering" (not "Evalueringen viser, at deltagerne ikke …")."""
    negations = lexicon.alternation(lexicon.phrases(lang, "evaluation_negation"))
    stems = lexicon.alternation(lexicon.phrases(lang, "evaluation_stems"))
    return re.compile(rf"(?<!\w)(?:{negations})(?:\s+\w+){{0,3}}?\s+(?:{stems})\w*", re.IGNORECASE)


@lru_cache(maxsize=None)
def _kinded_pattern(lang: str) -> re.Pattern:
    """An evaluation named by its kind, its last word perhaps a compound of it ("ekstern sluttevaluering",
    "extern slututvärdering" beside "ekstern evaluering")."""
    phrases = []
    for phrase in lexicon.phrases(lang, "evaluation_kinded"):
        *lead, last = phrase.split()
        phrases.append(r"[ \t]+".join([*map(re.escape, lead), rf"[^\W\d_]*{re.escape(last)}"]))
    return re.compile(rf"(?<!\w)(?i:{'|'.join(phrases)})(?!\w)")


def _evaluation_in_sentences(text: str, lang: str, offset: int = 0, how: str = "sentence",
                             score: float = 0.7) -> list[Candidate]:
    """A sentence that tells the evaluation was done ("Evalueringen blev gennemført af en ekstern
    konsulent", "Projektet utvärderades internt"): evaluated, and its kind when the sentence says."""
    done = lexicon.phrase_pattern(lang, "evaluation_done")
    refs = _opening(lang, "evaluation_refs", case=True)
    method = f"{METHOD_EVAL}:{how}"
    sentences = lexicon.iter_sentences(text)
    kinded = _kinded_pattern(lang)
    planned = lexicon.phrase_pattern(lang, "status_conditional")
    stem = _evaluation_stem(lang)
    for i, (base, sentence) in enumerate(sentences):
        found = done.search(sentence)
        hit = (found.start(), found.end()) if found else None
        kind = None
        if not hit:
            # "I september lavede vi en intern midtvejsevaluering": an evaluation named by its kind, not planned
            # ("Vi har selv lavet evalueringen med et spørgeskema": a kind phrase naming the evaluation)
            found = kinded.search(sentence)
            hit = (found.start(), found.end()) if found else None
            if hit is None and stem.search(sentence):  # (the kind phrase must name the evaluation itself)
                kind = _evaluation_kind(sentence, lang)
                hit = kind[1:] if kind and stem.search(sentence, kind[1], kind[2]) else None
            # "någon extern utvärdering har inte gjorts": denied
            if hit is None or planned.search(sentence) or "?" in sentence \
                    or _denial(lang).search(_clause_at(sentence, hit[0])):
                continue
        out = [Candidate("evaluated", True, sentence[hit[0]:hit[1]], offset + base + hit[0], offset + base + hit[1],
                         score, method)]
        kind = kind or _evaluation_kind(sentence, lang)
        if not kind and i + 1 < len(sentences) and refs.match(sentences[i + 1][1]):
            # "Evalueringen bygger på spørgeskemaer … Den er gennemført internt af kommunens konsulenter."
            base, sentence = sentences[i + 1]
            kind = _evaluation_kind(sentence, lang)
        if kind:
            out.append(Candidate("evaluation_kind", kind[0], sentence[kind[1]:kind[2]],
                                 offset + base + kind[1], offset + base + kind[2], score - 0.05, method))
        else:
            later = _kind_told_later(sentences[i + 1:], lang)
            if later is not None:
                kind, at, to = later
                out.append(Candidate("evaluation_kind", kind, text[at:to], offset + at, offset + to,
                                     score - KIND_LATER_PENALTY, method + ":kind_later"))
        return out
    return []


@lru_cache(maxsize=None)
def _evaluation_stem(lang: str) -> re.Pattern:
    """A word of an evaluation stem anywhere ("evalueringen", "utvärderat")."""
    return re.compile(rf"(?i:{lexicon.alternation(lexicon.phrases(lang, 'evaluation_stems'))})")


#: how much less a kind told in a later sentence weighs than one told where the evaluation is
KIND_LATER_PENALTY = 0.15


def _kind_told_later(sentences, lang: str) -> Optional[tuple[str, int, int]]:
    """(kind, start, end) from a later sentence naming the evaluation with its kind ("Evalueringen viser, at …" and
    further down "forskere ved Mittlanda högskola, som har gjort en extern utvärdering"); not a planned or denied one."""
    named = _evaluation_stem(lang)
    planned = lexicon.phrase_pattern(lang, "status_conditional")
    for base, sentence in sentences:
        m = named.search(sentence)
        if m is None or "?" in sentence or planned.search(sentence) or _denial(lang).search(_clause_at(sentence, m.start())):
            continue
        kind = _evaluation_kind(sentence, lang)
        if kind:
            return kind[0], base + kind[1], base + kind[2]
    return None


@lru_cache(maxsize=None)
def _rating_pattern(lang: str, key: str) -> re.Pattern:
    """A rating phrase; web pages glue the answer to the printed scale ("I høj gradSlet ikke",
    "Inte allsInte alls I liten grad"), so the phrase may be followed by a capital letter, and a
    phrase written with its capital may follow a lower-case letter."""
    # (lexicon.alternation: a page's width may wrap the phrase, "hittills i\nhög grad")
    alts = lexicon.alternation(lexicon.phrases(lang, key))
    capitalised = lexicon.alternation(p[0].upper() + p[1:] for p in lexicon.phrases(lang, key))
    return re.compile(rf"(?:(?<!\w)(?i:{alts})|(?<=[a-zæøåäöéüß])(?:{capitalised}))(?![a-zæøåäöéüß])")


def _question_field(question: str, lang: str) -> Optional[str]:
    """Which rating a question asks for: "...som planlagt?" -> implemented_as_planned,
    "Er formålet opfyldt?" -> goal_fulfilment."""
    if lexicon.phrase_pattern(lang, "rating_plan_words").search(question):
        return "implemented_as_planned"
    if lexicon.phrase_pattern(lang, "rating_goal_words").search(question):
        return "goal_fulfilment"
    return None


#: a scale printed in brackets right after a question: its steps apart by slashes
_PRINTED_SCALE = re.compile(r"\A\s*\((?:[^()/\n]+/){2,}[^()/\n]+\)")


def find_ratings(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """goal_fulfilment and implemented_as_planned: the answer given after each question,
    on the 4-step scale (1 not at all .. 4 to a high degree). A bare scale is no answer."""
    out: list[Candidate] = []
    for q in _QUESTION.finditer(text):
        field = _question_field(q.group(0), lang)
        if field is None:
            continue
        labelled = any(b.kind == "label" and b.key == field and b.start <= q.start() < b.end
                       for b in blocks)
        offset = q.end()
        window = text[offset:offset + ANSWER_WINDOW]
        window = window[:_next_question(window)]
        # "(Ikkje i det heile / I liten grad / I nokon grad / I stor grad)\nI stor grad": the scale printed in
        # brackets under the question, then the answer
        window = _PRINTED_SCALE.sub(lambda m: " " * len(m.group(0)), window, count=1)
        # the scale named in the question ("(1–4)") or printed as a legend above it ("Skala: 1 = inte alls, …,
        # 4 = i hög grad"): a bare number answers
        named = _SCALE_NAMED.search(q.group(0)) or _SCALE_LEGEND.search(text, max(0, q.start() - LEGEND_WINDOW), q.start())
        answer = _rating_answer(window, lang, scale_named=bool(named))
        if answer is None:
            continue
        start, end, n = answer
        out.append(Candidate(field, n, window[start:end], offset + start, offset + end,
                             0.93 if labelled else 0.85, METHOD_RATING + (":label" if labelled else ":question")))
    # "Målopfyldelse: I høj grad", "Måloppnåelse: I stor grad" (a results heading): a rating under a
    # label or results heading without a question mark
    asked = {c.kind for c in out}
    heads = heading_blocks(blocks)
    for b in blocks:
        if b.kind == "label" and b.key in ("goal_fulfilment", "implemented_as_planned"):
            field, start = b.key, b.value_start
        elif b.kind == "heading" and b.key == "results" and b in heads:
            field, start = "goal_fulfilment", heading_body(text, heads, heads.index(b))[0]
            start = b.value_start if b.value_start < b.value_end else start
        else:
            continue
        value = text[start:start + ANSWER_WINDOW].split("\n\n", 1)[0]
        answer = None if field in asked else _rating_answer(
            value, lang, scale_named=bool(_SCALE_NAMED.search(text[b.start:b.value_start])))
        if answer is None:
            continue
        lo, hi, n = answer
        asked.add(field)
        out.append(Candidate(field, n, value[lo:hi], start + lo, start + hi,
                             0.9 if b.kind == "label" else 0.8, METHOD_RATING + f":{b.kind}"))
    out.extend(_inline_rating_labels(text, lang, asked))
    out.extend(_ratings_in_sentences(text, lang, asked))
    return out


def _inline_rating_labels(text: str, lang: str, asked: set[str]) -> list[Candidate]:
    """A rating label inside a line, after other sentences ("… med naboer. Måloppnåelse: i noen grad –
    språkmålet er nådd"): the step that answers right after its colon."""
    out: list[Candidate] = []
    labels = resources.load(lang, "labels").labels
    for field in ("goal_fulfilment", "implemented_as_planned"):
        if field in asked:
            continue
        for m in sorted((m for label in labels[field]
                         for m in re.finditer(rf"(?<!\w){re.escape(label)}:[ \t]*", text, re.IGNORECASE)),
                        key=lambda m: m.start()):
            window = text[m.end():m.end() + ANSWER_WINDOW].split("\n", 1)[0]
            answer = _rating_answer(window, lang)
            if answer is not None:
                lo, hi, n = answer
                asked.add(field)
                out.append(Candidate(field, n, window[lo:hi], m.end() + lo, m.end() + hi, 0.85,
                                     METHOD_RATING + ":inline_label"))
                break
    return out


def _ratings_in_sentences(text: str, lang: str, asked: set[str]) -> list[Candidate]:
    """A rating told in running text: "Projektets mål har i hög grad uppnåtts" (a goal word, a verb
    of reaching and a step of the scale in one sentence), "Projektet er i høj grad gennemført som
    planlagt" (the plan words and a step); the first such sentence per field, when no question,
    label or results heading answered it."""
    goal = lexicon.phrase_pattern(lang, "rating_goal_words")
    reached = lexicon.phrase_pattern(lang, "goal_reached")
    plan = lexicon.phrase_pattern(lang, "rating_plan_words")
    # (and a comma before "and": "… mål er opfyldt, og "i nogen grad" på, om projektet er gennemført som planlagt")
    joiner = re.compile(rf"[ \t]+[–—][ \t]+|,?[ \t]+(?i:{lexicon.alternation(lexicon.phrases(lang, 'clause_joiners'))})[ \t]+"
                        rf"|,[ \t]+(?i:{lexicon.alternation(lexicon.phrases(lang, 'and_words'))})[ \t]+")
    out: list[Candidate] = []
    for base, sentence in lexicon.iter_sentences(text):
        if "?" in sentence:
            continue
        pieces = [(0, sentence)]
        if len({h[2] for h in _rating_hits(sentence, lang)}) > 1:
            # "… mål i viss mån har uppnåtts – … – medan genomförandet i hög grad har följt den ursprungliga planen":
            # two steps, one to each clause
            cuts = [0] + [x for m in joiner.finditer(sentence) for x in (m.start(), m.end())] + [len(sentence)]
            pieces = [(a, sentence[a:b]) for a, b in zip(cuts[::2], cuts[1::2])]
        for at, piece in pieces:
            field = "implemented_as_planned" if plan.search(piece) else (
                "goal_fulfilment" if goal.search(piece) and reached.search(piece) else None)
            if field is None or field in asked:
                continue
            hits = _rating_hits(piece, lang)
            if len({h[2] for h in hits}) != 1:
                continue  # no step, or several (the printed scale, "i hög grad … i mindre grad")
            lo, hi, n = hits[0]
            asked.add(field)
            out.append(Candidate(field, n, piece[lo:hi], base + at + lo, base + at + hi, 0.7, METHOD_RATING + ":sentence"))
    return out


def _rating_hits(text: str, lang: str) -> list[tuple[int, int, int]]:
    """(start, end, step 1-4) of every step phrase of the scale in `text`, in text order."""
    return sorted((m.start(), m.end(), n) for n, key in enumerate(RATING_KEYS, start=1)
                  for m in _rating_pattern(lang, key).finditer(text))


def _rating_answer(window: str, lang: str, scale_named: bool = False) -> Optional[tuple[int, int, int]]:
    """(start, end, step 1-4) of the rating that answers at the start of `window`: None when there
    is none, when only the printed scale stands there, or when other words come before it. A step
    may be written as a number on the scale ("3 ud af 4", "4/4"), or bare when the question or label
    names the scale ("Måloppnåelse (1–4): 3")."""
    hits = _rating_hits(window, lang)
    if hits and _BOX.search(window):
        # a form's boxes: an answer only when the box before one step is ticked
        # ("☐ I mindre grad ☒ I nogen grad", "[x] I høj grad  [ ] I nogen grad")
        ticked = [h for h in hits if _TICKED.search(window[max(0, h[0] - 6):h[0]])]
        return ticked[0] if len(ticked) == 1 else None
    if [h[2] for h in hits] == [1, 2, 3, 4]:
        return None  # the printed scale
    if not hits:
        m = _numeric_step(lang).match(window) or (_BARE_STEP.match(window) if scale_named else None)
        label_end = _after_answer_label(window, lang) if m is None else 0
        if label_end:
            m = _BARE_STEP.match(window, label_end)  # "Svar: 2": a bare step after a form's answer label
        return (m.start("n"), m.end("n"), int(m["n"])) if m else None
    gap = window[:hits[0][0]]
    step = _STEP_BEFORE.fullmatch(gap)
    if step and int(step.group(1)) == hits[0][2]:  # "3 (i viss mån)": the step's number, then its words
        gap = ""
    return hits[0] if _answer_opens(gap, lang) else None


def _ticked_answer(answer: str, lang: str) -> Optional[tuple[bool, re.Match]]:
    """Yes or no as a form ticks it ("☒ Ja ☐ Nej", "[ ] Ja [x] Nej"): the one option with a ticked box."""
    ticked = [(value, m) for group, value in (("evaluated_yes", True), ("evaluated_no", False))
              for m in lexicon.phrase_pattern(lang, group).finditer(answer)
              if _TICKED.search(answer[max(0, m.start() - 6):m.start()])]
    return ticked[0] if len(ticked) == 1 else None


#: A ticked box of a form right before an option: ☒, ☑, ✔, ✓, ■, [x], (X).
_TICKED = re.compile(r"(?:[☒☑✔✓■]|\[[xX✓✔]\]|\([xX✓✔]\))\s*\Z")
#: Any box of a form, ticked or not: ☐, □, [ ], ( ) and the ticked ones.
_BOX = re.compile(r"[☐□☒☑■]|\[[ xX✓✔]\]|\([ xX✓✔]\)")
#: A question or label that names the four-step scale: "Måloppnåelse (1–4)", "på en skala fra 1-4".
_SCALE_NAMED = re.compile(r"(?<!\d)1\s*[-–]\s*4(?!\d)")
#: A bare step standing alone as the answer: "3", "3.", "3 (", ": 3" (a table's cell after its question).
_BARE_STEP = re.compile(r"[ \t]*:?[ \t]*\n?[ \t]*(?P<n>[1-4])[ \t]*(?:\.|\(|\n|\Z)")
#: a printed scale's legend: "1 = ikke i det hele tatt, … 4 = i høy grad"
_SCALE_LEGEND = re.compile(r"(?<!\d)1[ \t]*=[^\n]{3,120}?(?<!\d)4[ \t]*=")
LEGEND_WINDOW = 300


@lru_cache(maxsize=None)
def _numeric_step(lang: str) -> re.Pattern:
    """A step written as a number on the four-step scale: "3 ud af 4", "4 av 4", "3/4", "3 (af 4)"."""
    of = lexicon.alternation(lexicon.phrases(lang, "out_of"))
    return re.compile(rf"[ \t]*\n?[ \t]*(?P<n>[1-4])[ \t]*(?:/[ \t]*4|\(?(?:{of})[ \t]+4\)?)(?!\d)", re.I)


#: The step's number written before its words: "3 (", "4 -", "2:".
_STEP_BEFORE = re.compile(r"\s*:?\s*([1-4])\s*[(:.–—-]?\s*")


def _after_answer_label(text: str, lang: str, colon: bool = True) -> int:
    """Where the answer begins after a form's answer label opening `text` ("Svar: …"; with `colon` false
    the colon may be missing); 0 when no label opens it."""
    m = _answer_label(lang).match(text)
    return m.end() if m and (m["colon"] or not colon) else 0


@lru_cache(maxsize=None)
def _answer_label(lang: str) -> re.Pattern:
    return re.compile(rf"\s*(?i:{lexicon.alternation(lexicon.phrases(lang, 'answer_labels'))})(?!\w)[ \t]*(?P<colon>:)?")


def _answer_opens(gap: str, lang: str) -> bool:
    """Nothing, or only a yes ("Ja, i høj grad") or an answer label ("Svar: I noen grad"), stands
    before the rating."""
    gap = gap.strip().rstrip(",.:;–-").strip()
    return not gap or any(lexicon.phrase_pattern(lang, group).fullmatch(gap)
                          for group in ("evaluated_yes", "answer_labels"))


def _next_question(window: str) -> int:
    m = _QUESTION.search(window)
    return m.start() if m else len(window)


ANSWER_WINDOW = 120
_QUESTION = re.compile(r"[^\n?.!:]{3,160}\?")
