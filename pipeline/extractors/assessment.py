"""Status, evaluation and the case's own 4-step self-ratings.

Gets the text, its language and the heading/label blocks; phrases come from labels.yaml.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..stages.sections import Block
from .base import Candidate

METHOD_STATUS = "status@1"
METHOD_EVAL = "evaluation@1"
METHOD_RATING = "rating@1"
STATUS_PHRASES = {"status_completed": "completed", "status_in_operation": "in_operation",
                  "status_project": "project"}
RATING_KEYS = ("rating_1", "rating_2", "rating_3", "rating_4")
STATUS_SECTION_KEYS = ("intervention_type",)


def _section_body(text: str, blocks: list[Block], index: int) -> tuple[int, int]:
    heads = [b for b in blocks if b.kind == "heading"]
    b = heads[index]
    end = heads[index + 1].start if index + 1 < len(heads) else len(text)
    return (b.value_start if b.value_start < b.value_end else b.end), end


def _first_phrase(value: str, lang: str, groups: dict[str, str]) -> Optional[tuple[str, int, int]]:
    """(mapped value, start, end) of the earliest phrase of any group in `value`."""
    best = None
    for group, mapped in groups.items():
        m = lexicon.phrase_pattern(lang, group).search(value)
        if m and (best is None or m.start() < best[1]):
            best = (mapped, m.start(), m.end())
    return best


def find_status(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """project / in_operation / completed from a status label, the intervention-type section
    ("Indsatsen er et projekt") or, with less weight, anywhere in the text."""
    out: list[Candidate] = []
    heads = [b for b in blocks if b.kind == "heading"]
    for b in blocks:
        if b.kind == "label" and b.key == "status" and b.value_start < b.value_end:
            hit = _first_phrase(b.value(text), lang, STATUS_PHRASES)
            if hit:
                s = b.value_start + hit[1]
                out.append(Candidate("status", hit[0], text[s:b.value_start + hit[2]], s,
                                     b.value_start + hit[2], 0.93, METHOD_STATUS + ":label"))
    for i, h in enumerate(heads):
        if h.key in STATUS_SECTION_KEYS:
            start, end = _section_body(text, blocks, i)
            hit = _first_phrase(text[start:end], lang, STATUS_PHRASES)
            if hit:
                out.append(Candidate("status", hit[0], text[start + hit[1]:start + hit[2]],
                                     start + hit[1], start + hit[2], 0.9,
                                     METHOD_STATUS + ":section"))
    if not out:
        hit = _first_phrase(text, lang, {"status_project": "project",
                                         "status_in_operation": "in_operation"})
        if hit:
            out.append(Candidate("status", hit[0], text[hit[1]:hit[2]], hit[1], hit[2], 0.55,
                                 METHOD_STATUS + ":text"))
    return out


def find_evaluation(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """evaluated (bool) and evaluation_kind (internal/external) from the evaluation section's
    answer ("Ja, Internt evalueret") or an evaluation label."""
    out: list[Candidate] = []
    heads = [b for b in blocks if b.kind == "heading"]
    bodies: list[tuple[int, int, str]] = []
    for i, h in enumerate(heads):
        if h.key == "evaluation":
            start, end = _section_body(text, blocks, i)
            first_line_end = text.find("\n", start + len(text[start:end]) - len(text[start:end].lstrip()))
            stop = end if first_line_end == -1 else min(end, first_line_end)
            bodies.append((start, stop, "section"))
    for b in blocks:
        if b.kind == "label" and b.key == "evaluated" and b.value_start < b.value_end:
            bodies.append((b.value_start, b.value_end, "label"))
    for start, end, how in bodies:
        answer = text[start:end]
        kind = _first_phrase(answer, lang, {"evaluation_internal": "internal",
                                            "evaluation_external": "external"})
        yes_no = _first_phrase(answer, lang, {"evaluated_yes": True, "evaluated_no": False})
        if yes_no and yes_no[1] <= 2:
            out.append(Candidate("evaluated", yes_no[0], answer[yes_no[1]:yes_no[2]],
                                 start + yes_no[1], start + yes_no[2], 0.92,
                                 f"{METHOD_EVAL}:{how}"))
        elif kind:
            out.append(Candidate("evaluated", True, answer[kind[1]:kind[2]], start + kind[1],
                                 start + kind[2], 0.85, f"{METHOD_EVAL}:{how}"))
        if kind and (yes_no is None or yes_no[0] is True):
            out.append(Candidate("evaluation_kind", kind[0], answer[kind[1]:kind[2]],
                                 start + kind[1], start + kind[2], 0.9, f"{METHOD_EVAL}:{how}"))
    return out


@lru_cache(maxsize=None)
def _rating_pattern(lang: str, key: str) -> re.Pattern:
    """A rating phrase; web pages glue the answer to the printed scale ("I høj gradSlet ikke"),
    so the phrase may be followed by a capital letter."""
    alts = "|".join(re.escape(p) for p in lexicon.phrases(lang, key))
    return re.compile(rf"(?<!\w)(?i:{alts})(?![a-zæøåäöéüß])")


def find_ratings(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """goal_fulfilment and implemented_as_planned: the answer given after each question,
    on the 4-step scale (1 not at all .. 4 to a high degree). A bare scale is no answer."""
    groups = {key: n for n, key in enumerate(RATING_KEYS, start=1)}
    out: list[Candidate] = []
    for b in blocks:
        if b.kind != "label" or b.key not in ("goal_fulfilment", "implemented_as_planned"):
            continue
        if b.value_start >= b.value_end:
            continue
        value = b.value(text)
        offset = b.value_start + (len(text[b.value_start:b.value_end]) -
                                  len(text[b.value_start:b.value_end].lstrip()))
        hits = sorted((m.start(), m.end(), n) for key, n in groups.items()
                      for m in _rating_pattern(lang, key).finditer(value))
        if not hits:
            continue
        scale_only = [h[2] for h in hits] == [1, 2, 3, 4] and len(hits) == 4
        if scale_only:
            continue
        start, end, n = hits[0]
        score = 0.93 if start <= 2 else 0.6
        out.append(Candidate(b.key, n, value[start:end], offset + start, offset + end, score,
                             METHOD_RATING + ":label"))
    return out
