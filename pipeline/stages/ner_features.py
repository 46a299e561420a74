"""Gazetteer feature of the NER model: marks capitalised tokens that are known first names,
surnames or Nordic places, so the model has a clue for names it never saw in training.

The lists are built by scripts/train_ner.py (prepare) and stored inside the model folder
(models/ner-nordic/gazetteer/lists.json); the component writes its flags to `Token.tag_`,
which the tok2vec embeds (no tagger runs in this pipeline, so the attribute is free).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc

#: List name -> flag letter; a token's tag is its letters in this order, or NO_FLAG.
FLAGS = {"first": "F", "last": "L", "place": "P"}
NO_FLAG = "-"
FILE_NAME = "lists.json"


class Gazetteer:
    """spaCy component: `Token.tag_` = which name lists hold the token (capitalised tokens only)."""

    def __init__(self, lists: Optional[dict[str, list[str]]] = None) -> None:
        self.lists: dict[str, list[str]] = {}
        self.flags: dict[str, str] = {}
        if lists:
            self.set_lists(lists)

    def set_lists(self, lists: dict[str, list[str]]) -> None:
        unknown = sorted(set(lists) - set(FLAGS))
        if unknown:
            raise ValueError(f"gazetteer: unknown list(s) {unknown}; expected {sorted(FLAGS)}")
        for name, words in lists.items():
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise ValueError(f"gazetteer: list {name!r} must be a list of non-empty strings")
        self.lists = {k: sorted(set(lists[k])) for k in FLAGS if k in lists}
        self.flags = {}
        for name, words in self.lists.items():  # in FLAGS order, so a tag reads "FLP", never "PF"
            for key in {w.casefold() for w in words}:
                self.flags[key] = self.flags.get(key, "") + FLAGS[name]

    def flag(self, text: str) -> str:
        if not text[:1].isupper():
            return NO_FLAG
        return self.flags.get(text.casefold(), NO_FLAG)

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            token.tag_ = self.flag(token.text)
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


@Language.factory("nordcase_gazetteer")
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer()
