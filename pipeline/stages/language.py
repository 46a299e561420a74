"""Language stage: da / sv / nb / nn (or other) for a line, a section and the whole document.

A linear model over hashed character 1-5-grams and words (weights in models/langid/, numpy only
at run time); probabilities are temperature-calibrated, documents vote over their sections.
"""
from __future__ import annotations

import json
import math
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional, Sequence

import numpy as np

LANGS = ("da", "sv", "nb", "nn")
CLASSES = LANGS + ("other",)
MODEL_DIR = Path(__file__).resolve().parents[2] / "models" / "langid"
WEIGHTS_FILE = "langid.npz"
META_FILE = "langid.json"

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_BLOCK = re.compile(r"\n\s*\n")
_WORD_CACHE_SIZE = 500_000


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


def tokens(text: str) -> list[str]:
    """Lower-cased letter words: the one normalisation used in training and prediction."""
    return _WORD.findall(text.lower())


def word_feature_ids(word: str, n_features: int, max_n: int = 5) -> list[int]:
    """Hashed ids of a word's character 1..max_n-grams (with boundary marks) and the word itself.

    n_features is a power of two, so the mask equals the modulo; the bare marks "<" and ">"
    are not features.
    """
    padded = f"<{word}>"
    size = len(padded)
    mask = n_features - 1
    crc = zlib.crc32
    ids = [crc(padded[i:i + n].encode("utf-8")) & mask
           for n in range(2, max_n + 1) for i in range(size - n + 1)]
    ids += [crc(ch.encode("utf-8")) & mask for ch in word]
    ids.append(crc(("w:" + word).encode("utf-8")) & mask)
    return ids


class LanguageModel:
    """Learned weights plus calibration; scores words with a per-word cache (pure function)."""

    def __init__(self, weights: np.ndarray, bias: np.ndarray, meta: dict):
        self.weights = weights.astype(np.float32)
        self.bias = [float(b) for b in bias]
        self.meta = meta
        self.n_features = int(meta["n_features"])
        self.max_n = int(meta["max_n"])
        self.scale = float(meta["calibration"]["scale"])
        self.length_power = float(meta["calibration"]["length_power"])
        self.other_threshold = float(meta["other_threshold"])
        self.vote_min_words = int(meta["document"]["vote_min_words"])
        self.mixed_min_share = float(meta["document"]["mixed_min_share"])
        self.doc_min_nordic_words = int(meta["document"]["min_nordic_words"])
        self._cache: dict[str, tuple[float, ...]] = {}

    @classmethod
    def load(cls, directory: Path = MODEL_DIR) -> "LanguageModel":
        meta = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
        with np.load(directory / WEIGHTS_FILE) as data:
            return cls(data["weights"], data["bias"], meta)

    def _learn_words(self, words: Iterable[str]) -> None:
        """Cache the summed feature weights of every new word (one numpy pass per batch; each
        word's sum is the same whatever else is in the batch)."""
        new = [w for w in dict.fromkeys(words) if w not in self._cache]
        if not new:
            return
        if len(self._cache) + len(new) > _WORD_CACHE_SIZE:
            self._cache.clear()
        ids = [word_feature_ids(w, self.n_features, self.max_n) for w in new]
        starts = np.cumsum([0] + [len(i) for i in ids[:-1]])
        rows = self.weights[np.fromiter((k for i in ids for k in i), dtype=np.int64)]
        sums = np.add.reduceat(rows.astype(np.float64), starts, axis=0).tolist()
        self._cache.update(zip(new, map(tuple, sums)))

    def evidence(self, words: Sequence[str]) -> list[float]:
        """Sum of the word vectors (raw linear evidence, before length scaling and bias)."""
        if not words:
            return [0.0] * len(CLASSES)
        cache = self._cache
        if any(w not in cache for w in words):
            self._learn_words(words)
        return [math.fsum(column) for column in zip(*(cache[w] for w in words))]

    def probabilities(self, evidence: Sequence[float], n_words: int,
                      classes: Sequence[int] = range(len(CLASSES))) -> list[float]:
        """Calibrated probabilities over `classes` for summed evidence of n_words words."""
        factor = self.scale * n_words ** self.length_power
        root = math.sqrt(n_words)
        logits = [(evidence[i] / root + self.bias[i]) * factor for i in classes]
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = math.fsum(exps)
        return [e / total for e in exps]

    def guess(self, words: Sequence[str]) -> LanguageGuess:
        if not words:
            return LanguageGuess("other", 0.0, {})
        return self._answer(self.probabilities(self.evidence(words), len(words)))

    def _answer(self, p: Sequence[float]) -> LanguageGuess:
        probs = {c: round(v, 4) for c, v in zip(CLASSES, p)}
        if p[-1] >= self.other_threshold:
            return LanguageGuess("other", probs["other"], probs)
        best = max(range(len(LANGS)), key=p.__getitem__)
        return LanguageGuess(LANGS[best], probs[LANGS[best]], probs)


_MODEL: Optional[LanguageModel] = None


def model() -> LanguageModel:
    """The shipped model, loaded once."""
    global _MODEL
    if _MODEL is None:
        _MODEL = LanguageModel.load()
    return _MODEL


def detect_language(text: str) -> LanguageGuess:
    """Language of one text (a line, a section or a whole document)."""
    return model().guess(tokens(text))


def detect_lines(lines: Iterable[str]) -> list[LanguageGuess]:
    """Language of each line of a batch (same answers as detect_language, one call)."""
    m = model()
    words = [tokens(line) for line in lines]
    m._learn_words(w for ws in words for w in ws)
    return [m.guess(ws) for ws in words]


def _blocks(text: str) -> list[tuple[int, int]]:
    """Blank-line separated blocks: the sections used when the caller gives none."""
    spans, start = [], 0
    for sep in _BLOCK.finditer(text):
        spans.append((start, sep.start()))
        start = sep.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def detect_document(text: str, section_spans: Sequence[tuple[int, int]] = ()) -> DocumentLanguage:
    """Language of the whole text and of each (start, end) section; flags mixed documents.

    The value pools the evidence of every word (so nb/nn cues from all sections vote together).
    A text that is non-Nordic as a whole still gets a Nordic value when enough of its lines are
    confidently Nordic (a Swedish template around an English abstract); it is then mixed.
    Shares count the words of sections (blank-line blocks if none given) of `vote_min_words`+.
    """
    m = model()
    words = tokens(text)
    spans = list(section_spans)
    guesses = tuple(m.guess(tokens(text[s:e])) for s, e in spans)
    if not words:
        return DocumentLanguage("other", 0.0, False, {}, guesses)
    votes: dict[str, float] = {}
    for s, e in spans or _blocks(text):
        sec_words = tokens(text[s:e])
        if len(sec_words) >= m.vote_min_words:
            g = m.guess(sec_words)
            votes[g.value] = votes.get(g.value, 0.0) + len(sec_words)
    total = sum(votes.values())
    shares = {k: round(v / total, 4) for k, v in sorted(votes.items())} if total else {}
    mixed = sum(v >= m.mixed_min_share for v in shares.values()) > 1

    evidence, n_words = m.evidence(words), len(words)
    whole = m._answer(m.probabilities(evidence, n_words))
    p_nordic = 1 - whole.probabilities["other"]
    if whole.value == "other":
        nordic_lines = [w for w in map(tokens, text.splitlines()) if w and m.guess(w).value != "other"]
        n_words = sum(map(len, nordic_lines))
        if n_words < m.doc_min_nordic_words:
            return DocumentLanguage("other", whole.confidence, mixed, shares, guesses)
        evidence = m.evidence([w for line in nordic_lines for w in line])
        p_nordic, mixed = n_words / len(words), True
    nordic = m.probabilities(evidence, n_words, range(len(LANGS)))
    best = max(range(len(LANGS)), key=nordic.__getitem__)
    return DocumentLanguage(LANGS[best], round(nordic[best] * p_nordic, 4), mixed, shares,
                            guesses)
