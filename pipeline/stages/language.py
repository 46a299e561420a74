"""Language stage: da / sv / nb / nn (or other) for a text, each section and the document.

First version: langdetect (seeded) plus marker words; the trained identifier replaces the
scorer behind the same functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

LANGS = ("da", "sv", "nb", "nn")

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NN = {"ikkje", "eg", "kva", "korleis", "kven", "berre", "frå", "dei", "vere", "vore", "gjennom",
       "mykje", "noko", "nokre", "kvar", "heile", "saman", "òg", "ein", "eit", "fleire", "korleis"}
_NB = {"ikke", "jeg", "hva", "hvordan", "hvem", "bare", "fra", "de", "være", "vært", "mye",
       "noe", "noen", "hver", "hele", "sammen", "også", "en", "et", "flere", "prosjektet", "og"}
_DA = {"ikke", "jeg", "hvad", "hvordan", "hvem", "kun", "fra", "de", "være", "været", "meget",
       "noget", "nogle", "hver", "hele", "sammen", "også", "en", "et", "flere", "projektet", "og"}


@dataclass(frozen=True)
class LanguageGuess:
    """A language answer: code (da/sv/nb/nn/other), confidence, probability per language."""

    value: str
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentLanguage:
    """The document's language with per-section answers; mixed when sections disagree."""

    value: str
    confidence: float
    mixed: bool
    shares: dict[str, float]
    sections: tuple[LanguageGuess, ...] = ()


def detect_language(text: str) -> LanguageGuess:
    """Language of one text (a line, a section or a whole document)."""
    from langdetect import DetectorFactory, detect_langs
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return LanguageGuess("other", 0.0, {})
    try:
        raw = {g.lang: g.prob for g in detect_langs(text)}
    except LangDetectException:
        raw = {}
    probs = {"da": raw.get("da", 0.0), "sv": raw.get("sv", 0.0), "no": raw.get("no", 0.0)}
    nordic = sum(probs.values())
    if nordic < 0.5:
        return LanguageGuess("other", round(1 - nordic, 4), {"other": round(1 - nordic, 4)})
    nn = sum(w in _NN for w in words)
    nb = sum(w in _NB for w in words)
    da = sum(w in _DA for w in words)
    no_share = probs.pop("no")
    if no_share:
        probs["nn"] = no_share * (nn + 1) / (nn + nb + 2)
        probs["nb"] = no_share - probs["nn"]
    if probs.get("da", 0) and nb > da:
        probs["nb"] = probs.get("nb", 0) + probs["da"] / 2
        probs["da"] /= 2
    total = sum(probs.values()) or 1.0
    probs = {k: round(v / total, 4) for k, v in probs.items() if v}
    best = max(sorted(probs), key=probs.get)
    return LanguageGuess(best, probs[best], probs)


def detect_document(text: str, section_spans: list[tuple[int, int]] = ()) -> DocumentLanguage:
    """Language of the whole text and of each (start, end) section; flags mixed documents."""
    whole = detect_language(text)
    guesses = tuple(detect_language(text[s:e]) for s, e in section_spans)
    weights: dict[str, float] = {}
    for (s, e), g in zip(section_spans, guesses):
        if g.value != "other" and e - s >= 80:
            weights[g.value] = weights.get(g.value, 0.0) + (e - s)
    total = sum(weights.values())
    shares = {k: round(v / total, 4) for k, v in sorted(weights.items())} if total else {}
    mixed = len([v for v in shares.values() if v >= 0.2]) > 1 and not (
        set(shares) <= {"nb", "nn"})
    return DocumentLanguage(whole.value, whole.confidence, mixed, shares, guesses)
