"""Gazetteer feature of the NER model: marks capitalised tokens that are known first names,
surnames or Nordic places, and words that open or close organisation names, so the model has a
clue for names it never saw in training.

The lists are built by scripts/train_ner.py (prepare) and stored inside the model folder
(models/ner-nordic/gazetteer/lists.json); the component writes its flags to `Token.tag_`, and,
when `suffix_length` / `prefix_length` are set, the token's last letters to `Token.lemma_` and its
first letters to `Token.morph` ("Pre=..."); the tok2vec embeds all three (no tagger, lemmatizer or
morphologizer runs in this pipeline, so the attributes are free).
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

#: List name -> flag letter; a token's tag is its letters in this order, or NO_FLAG.
#: first/last/place/org_first match capitalised tokens; org_last matches in any case ("kommune"),
#: except abbreviations with inner capitals ("AS", "ApS", "A/S"), which match exactly;
#: org_ending matches capitalised compounds that end in it ("Helsedirektoratet"); both give "E".
FLAGS = {"first": "F", "last": "L", "place": "P", "org_first": "S", "org_last": "E", "org_ending": "E"}
NO_FLAG = "-"
FILE_NAME = "lists.json"
#: An org_ending only counts after a stem this long ("Området" is no "-rådet" compound).
MIN_STEM = 3
#: Characters a morphology value cannot hold ("Pre=a|b" would read as two features).
_MORPH_UNSAFE = re.compile(r"[|=\s]")


def _exact_only(word: str) -> bool:
    """Abbreviations like "AS", "ApS", "A/S" are organisation markers only in their own spelling."""
    return word not in (word.lower(), word[:1] + word[1:].lower())


def _sorted_unique(words: list[str]) -> list[str]:
    """`sorted(set(words))`; lists read from disk already are, and checking costs a tenth of sorting
    the 58,000 place names again at every model load."""
    if all(a < b for a, b in zip(words, words[1:])):
        return list(words)
    return sorted(set(words))


class Gazetteer:
    """spaCy component: `Token.tag_` = which name lists hold the token (see FLAGS)."""

    def __init__(self, lists: Optional[dict[str, list[str]]] = None, suffix_length: int = 0,
                 prefix_length: int = 0, genitive: bool = False) -> None:
        if suffix_length < 0 or prefix_length < 0:
            raise ValueError("gazetteer: suffix_length and prefix_length must be >= 0")
        #: > 0: also write the token's last `suffix_length` letters (lower case) to `Token.lemma_`,
        #: a longer suffix feature than spaCy's 3-letter SUFFIX (no lemmatizer runs in this pipeline).
        self.suffix_length = suffix_length
        #: > 0: the token's first `prefix_length` letters (lower case) as its morphology "Pre=...",
        #: a longer prefix feature than spaCy's 1-letter PREFIX (no morphologizer runs either).
        self.prefix_length = prefix_length
        #: True: a capitalised word that no list holds but whose stem without a final "s" is listed
        #: gets the stem's flags ("Irlands", "Jensens", "Oslos"): the genitive of all four languages.
        self.genitive = genitive
        self.lists: dict[str, list[str]] = {}
        self.flags: dict[str, str] = {}               # casefold -> letters, capitalised tokens
        self.closers: set[str] = set()                # org_last, casefold, any case
        self.closers_exact: set[str] = set()          # org_last abbreviations, own spelling
        self.endings: dict[int, frozenset[str]] = {}  # length -> org_ending entries
        if lists:
            self.set_lists(lists)

    def set_lists(self, lists: dict[str, list[str]]) -> None:
        unknown = sorted(set(lists) - set(FLAGS))
        if unknown:
            raise ValueError(f"gazetteer: unknown list(s) {unknown}; expected {sorted(FLAGS)}")
        for name, words in lists.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise ValueError(f"gazetteer: list {name!r} must be a list of non-empty strings")
        self.lists = {k: _sorted_unique(lists[k]) for k in FLAGS if k in lists}
        self.flags = {}
        for name, words in self.lists.items():  # in FLAGS order, so a tag reads "FLP", never "PF"
            if name not in ("org_last", "org_ending"):
                for key in {w.casefold() for w in words}:
                    self.flags[key] = self.flags.get(key, "") + FLAGS[name]
        closers = self.lists.get("org_last", [])
        self.closers_exact = {w for w in closers if _exact_only(w)}
        self.closers = {w.casefold() for w in closers if not _exact_only(w)}
        folded = {w.casefold() for w in self.lists.get("org_ending", [])}
        self.endings = {n: frozenset(e for e in folded if len(e) == n) for n in sorted({len(e) for e in folded})}

    def flag(self, text: str) -> str:
        key = text.casefold()
        capitalised = text[:1].isupper()
        tag = self.flags.get(key, "") if capitalised else ""
        if not tag and capitalised and self.genitive and len(key) > MIN_STEM and key[-1] == "s":
            tag = self.flags.get(key[:-1], "")
        closes = (text in self.closers_exact or key in self.closers
                  or capitalised and any(len(key) - n >= MIN_STEM and key[-n:] in ends
                                         for n, ends in self.endings.items()))
        return (tag + FLAGS["org_last"] * closes) or NO_FLAG

    def __call__(self, doc: Doc) -> Doc:
        n, m = self.suffix_length, self.prefix_length
        for token in doc:
            token.tag_ = self.flag(token.text)
            if n:
                token.lemma_ = token.text[-n:].lower()
            if m:
                token.set_morph("Pre=" + _MORPH_UNSAFE.sub("_", token.text[:m].lower()))
        return doc

    def initialize(self, get_examples: Callable[[], Iterable] | None = None, *,
                   nlp: Language | None = None, path: str | None = None) -> None:
        """Training start: read the lists built by `scripts/train_ner.py prepare`."""
        if path:
            self.set_lists(json.loads(Path(path).read_text(encoding="utf-8")))

    def to_disk(self, path, *, exclude=()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / FILE_NAME).write_text(json.dumps(self.lists, ensure_ascii=False, indent=0, sort_keys=True) + "\n",
                                      encoding="utf-8")

    def from_disk(self, path, *, exclude=()) -> "Gazetteer":
        self.set_lists(json.loads((Path(path) / FILE_NAME).read_text(encoding="utf-8")))
        return self


@Language.factory("nordcase_gazetteer",
                  default_config={"suffix_length": 0, "prefix_length": 0, "genitive": False})
def make_gazetteer(nlp: Language, name: str, suffix_length: int, prefix_length: int,
                   genitive: bool) -> Gazetteer:
    return Gazetteer(suffix_length=suffix_length, prefix_length=prefix_length, genitive=genitive)
