"""Named entities (PER, ORG, LOC, MISC) of a text: the trained cross-Nordic model plus resource rules.

Gets raw text and its language; returns pipeline.schema.Entity spans. Also finds municipality names.
"""
from __future__ import annotations

from typing import Optional, Sequence

import bisect
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from thinc.api import Model, NumpyOps

from ..config import default_models_dir
from ..lexicon import alternation, heading_index, label_index, normalise_heading, phrases
from ..resources import country as load_country
from ..resources import languages, load
from ..schema import Entity
from ..spans import PICTOGRAM_CLASS, Intervals, overlap_test
from . import ner_features  # noqa: F401  registers "nordcase_gazetteer" for spacy.load
from . import tok2vec_fast

LABELS = ("PER", "ORG", "LOC", "MISC")
MODEL_NAME = "ner-nordic"
MODEL_METHOD = "ner-nordic@1"
RULER_METHOD = "ruler@1"
NER_MODES = ("auto", "nordic", "ruler")
#: spaCy language class of each written standard (spaCy has no separate Nynorsk class).
SPACY_LANG = {"da": "da", "sv": "sv", "nb": "nb", "nn": "nb"}
#: Rule kinds whose span and label are trusted over an overlapping model entity.
OVERRIDING_KINDS = ("municipality_org", "org_label", "org_suffix", "org_prefix", "role_person")

_UPPER = "A-ZÆØÅÄÖÜÉÈÁ"
#: A capitalised word; dots only inside it ("St.Olav" yes, a sentence-final "Bergen." no).
_CAP = rf"[{_UPPER}][\w'’\-]*(?:\.[\w'’\-]+)*"
_CAP_OR_NUM = rf"(?:{_CAP}|\d+)"

if not Span.has_extension("nordcase_method"):
    Span.set_extension("nordcase_method", default=None)
    Span.set_extension("nordcase_confidence", default=None)


@dataclass(frozen=True)
class RuleSpan:
    """One ruler match: char span, label, the kind of rule that made it and its confidence."""

    start: int
    end: int
    label: str
    kind: str
    confidence: float


def model_path() -> Path:
    """Directory of the shipped cross-Nordic NER pipeline."""
    return default_models_dir() / MODEL_NAME


def resolve_mode(ner: str) -> str:
    """'auto' becomes 'nordic' when the model is shipped, else 'ruler'."""
    if ner not in NER_MODES:
        raise ValueError(f"ner must be one of {NER_MODES}, not {ner!r}")
    if ner == "auto":
        return "nordic" if (model_path() / "meta.json").is_file() else "ruler"
    return ner


def _first_letter_either_case(word: str) -> str:
    """Regex of a cue word that may start lower- or upper-case (kommune/Kommune), abbreviations exact."""
    if word[:1].islower() and word[1:].islower():
        return f"[{re.escape(word[0])}{re.escape(word[0].upper())}]{re.escape(word[1:])}"
    return re.escape(word)


class _Gazetteer:
    """Municipality and region names of one country as one compiled pattern."""

    def __init__(self, code: str) -> None:
        cf = load_country(code)
        self.code = code
        self.canonical: dict[str, str] = {m: m for m in cf.municipalities}
        self.canonical.update(cf.municipality_aliases)
        self.regions = list(cf.regions)
        cue_langs = [lang for lang in languages() if load(lang, "entities").country == code]
        self.needs_cue = {w for lang in cue_langs for w in load(lang, "entities").place_needs_cue}
        suffixes = sorted({s for lang in cue_langs for s in load(lang, "entities").municipality_suffixes},
                          key=lambda s: (-len(s), s))
        cue = "|".join(_first_letter_either_case(s) for s in suffixes)
        self.pattern = re.compile(
            rf"(?<![\w\-])(?P<name>{alternation(list(self.canonical))})(?P<gen>s)?(?![\w\-])"
            rf"(?P<cue>[ \t]+(?:{cue})(?![\w\-]))?")
        self.region_pattern = re.compile(rf"(?<![\w\-])(?:{alternation(self.regions)})(?![\w\-])")

    def find(self, text: str) -> list[tuple[str, int, int, bool]]:
        """(canonical name, start, end, has cue) of every municipality mention."""
        found = []
        for m in self.pattern.finditer(text):
            has_cue = m.group("cue") is not None
            if m.group("gen") and not has_cue:
                continue
            if m.group("name") in self.needs_cue and not has_cue:
                continue
            found.append((self.canonical[m.group("name")], m.start(), m.end("gen") if m.group("gen")
                          else m.end("name"), has_cue))
        return found


@lru_cache(maxsize=None)
def _gazetteer(code: str) -> _Gazetteer:
    return _Gazetteer(code)


def municipality_of(text: str, country: str) -> list[tuple[str, int, int]]:
    """Municipality names (canonical, without "Kommune") in `text` with the span of the name as written.

    A genitive ("Lunds kommun") or a name that is also a common word ("Vejen") needs a
    following municipality word; the span excludes that word.
    """
    return [(name, start, end) for name, start, end, _ in _gazetteer(country).find(text)]


class EntityRules:
    """Resource-based entity patterns of one language: organisation cues, places, role titles."""

    def __init__(self, lang: str) -> None:
        res = load(lang, "entities")
        self.lang = lang
        self.conf = res.rule_confidence
        self.gazetteer = _gazetteer(res.country)
        self.stop_words = {w.casefold() for w in spacy.blank(SPACY_LANG[lang]).Defaults.stop_words}
        conn = alternation(res.name_connectors)
        run = rf"{_CAP}(?:[ \t]+(?:(?:{conn})[ \t]+)?{_CAP_OR_NUM}){{0,5}}"
        suffixes = "|".join(_first_letter_either_case(s)
                            for s in sorted(res.org_suffixes, key=lambda s: (-len(s), s)))
        self.org_suffix = re.compile(rf"(?<![\w\-])(?P<run>{run})[ \t]+(?:{suffixes})(?![\w/])")
        self.org_prefix = re.compile(
            rf"(?<![\w\-])(?:{alternation(res.org_prefixes)})[ \t]+(?:(?:{conn})[ \t]+)?{run}(?![\w\-])")
        self.org_word = re.compile(
            rf"(?<![\w\-])[{_UPPER}][\w\-]+(?:{alternation(res.org_word_endings)})(?![\w\-])")
        roles = "|".join(_first_letter_either_case(r)
                         for r in sorted(res.role_titles, key=lambda r: (-len(r), r)))
        # the name does not open with a role title: "Kontakt\nProjektleder Hanne Holm" names Hanne Holm
        name = rf"(?P<name>(?!(?:{roles})(?![\w\-])){_CAP}(?:[ \t]+{_CAP}){{1,3}})"
        # "Kontaktperson: Mette Kjær" / "Kontaktperson\nMette Kjær,..." (label above the value).
        self.role_person = re.compile(rf"(?<![\w\-])(?:{roles})[ \t]*:?[ \t]*\n?[ \t]*{name}(?![\w\-])")
        self.non_entities = {w.casefold() for w in (*res.non_entities, *res.role_titles, *res.org_labels)}
        # "Kontraktansvarlig partner\nVæksthus Midtjylland": the whole value line is the organisation.
        self.org_label = re.compile(
            rf"^[ \t]*(?:{alternation(res.org_labels)})(?!\w)[ \t]*:?[ \t]*\n?[ \t]*"
            rf"(?P<value>(?-i:[{_UPPER}0-9])[^\n]{{1,100}}?)[ \t]*$", re.MULTILINE | re.IGNORECASE) if res.org_labels else None
        # "Mette Kjær, Sundhedskonsulent" / "Mette Kjær\nSundhedskonsulent".
        role_ends = alternation(res.role_suffixes)
        self.person_role = re.compile(
            rf"(?:^|(?<=\n)|(?<=: )){name}[ \t]*(?:,[ \t]*|\n[ \t]*)[\w\-]*(?i:{role_ends})(?![\w\-])"
            rf"(?![ \t]*:)",  # "…\nKontaktperson: …" opens the next label, it closes no name
            re.MULTILINE)

    def _trim_leading_stop_words(self, text: str, start: int, end: int) -> int:
        """Move `start` past sentence-initial function words swallowed by a capitalised run."""
        while True:
            m = re.match(r"(\S+)[ \t]+", text[start:end])
            if not m or m.group(1).casefold() not in self.stop_words:
                return start
            start += m.end()

    def find(self, text: str) -> list[RuleSpan]:
        """All rule matches in `text`, possibly overlapping, in a fixed order of kinds."""
        c = self.conf
        spans: list[RuleSpan] = []
        muni_spans = []
        for m in self.gazetteer.pattern.finditer(text):
            name, has_cue = m.group("name"), m.group("cue") is not None
            if has_cue:
                spans.append(RuleSpan(m.start(), m.end("cue"), "ORG", "municipality_org", c.municipality_org))
            elif not m.group("gen") and name not in self.gazetteer.needs_cue:
                muni_spans.append(RuleSpan(m.start(), m.end("name"), "LOC", "municipality", c.municipality))
        if self.org_label is not None:
            for m in self.org_label.finditer(text):
                if _placeholder().fullmatch(m.group("value").strip(" .")):
                    continue  # "Stödmottagare\nUPPGIFT SAKNAS": the form names no organisation
                spans.append(RuleSpan(m.start("value"), m.end("value"), "ORG", "org_label", c.org_label))
        for m in self.org_suffix.finditer(text):
            start = self._trim_leading_stop_words(text, m.start(), m.end())
            spans.append(RuleSpan(start, m.end(), "ORG", "org_suffix", c.org_suffix))
        for m in self.org_prefix.finditer(text):
            spans.append(RuleSpan(m.start(), m.end(), "ORG", "org_prefix", c.org_prefix))
        for m in self.gazetteer.region_pattern.finditer(text):
            label = "ORG" if self.org_prefix.match(m.group(0)) else "LOC"
            spans.append(RuleSpan(m.start(), m.end(), label, "region", c.region))
        for m in self.org_word.finditer(text):
            spans.append(RuleSpan(m.start(), m.end(), "ORG", "org_word", c.org_word))
        # A role already closing a "name\nrole" block introduces no second name below it:
        # "Lise Holm\nKonsulent\nNetværket Grøn Hverdag" has one person, then her organisation.
        named = list(self.person_role.finditer(text))
        introduced = [m for m in self.role_person.finditer(text)
                      if not any(n.end("name") < m.start() < n.end() for n in named)]
        for m in (*introduced, *named):
            spans.append(RuleSpan(m.start("name"), m.end("name"), "PER", "role_person", c.role_person))
        return spans + muni_spans


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _select(candidates: list[RuleSpan]) -> list[RuleSpan]:
    """Non-overlapping rule spans: earlier kinds first, then longer spans."""
    chosen: list[RuleSpan] = []
    taken = Intervals()
    for span in candidates:
        if not taken.overlaps(span.start, span.end):
            chosen.append(span)
            taken.add(span.start, span.end)
    return chosen


@Language.factory("nordcase_entity_rules", default_config={"lang": "da", "merge": True})
def make_entity_rules(nlp: Language, name: str, lang: str, merge: bool) -> "EntityRulesComponent":
    return EntityRulesComponent(lang, merge)


@dataclass(frozen=True)
class Found:
    """An entity by char offsets, before it becomes a schema Entity."""

    start: int
    end: int
    label: str
    confidence: float
    method: str


def merge(model_ents: list[Found], rule_spans: list[RuleSpan], non_entities: set[str], text: str) -> list[Found]:
    """Model entities and rule matches as one non-overlapping list.

    Organisation and contact rules win over model entities inside their span (they know where
    "A/S" ends and that "Kontaktperson" is a label); other rules only fill gaps, except that a
    bare municipality relabels a model entity of exactly its span as LOC, and a model PER that
    opens with a one-word organisation name ("Ungdomsstiftelsen Ny Start") becomes ORG.
    """
    model_ents = sorted((m for m in model_ents if text[m.start:m.end].casefold() not in non_entities),
                        key=lambda m: (m.start, m.end))
    starts = [m.start for m in model_ents]
    kept: list[Found] = []
    replaced: set[int] = set()
    for rs in _select(rule_spans):
        # model entities do not overlap each other: the ones overlapping rs lie just before rs.end
        first = bisect.bisect_left(starts, rs.end)
        while first > 0 and model_ents[first - 1].end > rs.start:
            first -= 1
        overlapping = [i for i in range(first, bisect.bisect_left(starts, rs.end))
                       if _overlaps((rs.start, rs.end), (model_ents[i].start, model_ents[i].end))]
        inside = all(rs.start <= model_ents[i].start and model_ents[i].end <= rs.end for i in overlapping)
        exact = [i for i in overlapping if (model_ents[i].start, model_ents[i].end) == (rs.start, rs.end)]
        if rs.kind in OVERRIDING_KINDS and (inside or all(model_ents[i].label != "PER" for i in overlapping)):
            replaced.update(overlapping)
        elif rs.kind == "municipality" and exact:
            m = model_ents[exact[0]]
            if m.label == rs.label:
                model_ents[exact[0]] = Found(m.start, m.end, m.label, max(m.confidence, rs.confidence), m.method)
                continue
            replaced.update(exact)
        elif rs.kind == "org_word" and [model_ents[i].start for i in overlapping] == [rs.start] \
                and model_ents[overlapping[0]].label == "PER":
            m = model_ents[overlapping[0]]
            model_ents[overlapping[0]] = Found(m.start, m.end, "ORG", min(m.confidence, rs.confidence), RULER_METHOD)
            continue
        elif overlapping:
            continue
        kept.append(Found(rs.start, rs.end, rs.label, rs.confidence, RULER_METHOD))
    rules_kept = overlap_test((k.start, k.end) for k in kept)
    kept.extend(m for i, m in enumerate(model_ents) if i not in replaced and not rules_kept(m.start, m.end))
    return sorted(kept, key=lambda f: (f.start, f.end))


class EntityRulesComponent:
    """spaCy component: adds ruler entities; with `merge`, keeps the model's where rules are weaker."""

    def __init__(self, lang: str, merge: bool) -> None:
        self.rules = EntityRules(lang)
        self.merge = merge

    def __call__(self, doc: Doc) -> Doc:
        model_ents = [Found(e.start_char, e.end_char, e.label_, e._.nordcase_confidence or 0.0,
                            e._.nordcase_method or MODEL_METHOD) for e in doc.ents] if self.merge else []
        spans = []
        for f in merge(model_ents, self.rules.find(doc.text), self.rules.non_entities, doc.text):
            span = doc.char_span(f.start, f.end, label=f.label, alignment_mode="expand")
            if span is None or (spans and span.start < spans[-1].end):
                continue
            span._.nordcase_method = f.method
            span._.nordcase_confidence = f.confidence
            spans.append(span)
        doc.ents = spans
        return doc


@Language.factory("nordcase_ner_confidence", default_config={"calibration": {}})
def make_ner_confidence(nlp: Language, name: str, calibration: dict) -> "NerConfidence":
    return NerConfidence(calibration)


class NerConfidence:
    """spaCy component: confidence of model entities from dev precision per label and length bucket.

    The table is measured by scripts/train_ner.py (calibrate) and shipped as calibration.json.
    """

    def __init__(self, calibration: dict) -> None:
        self.table = dict(calibration.get("buckets", {}))
        self.default = float(calibration.get("default", 0.5))

    @staticmethod
    def bucket(span: Span) -> str:
        n = min(len(span), 3)
        cased = all(t.text[:1].isupper() or not t.is_alpha for t in span)
        return f"{span.label_}|{n}|{'cased' if cased else 'mixed'}"

    def __call__(self, doc: Doc) -> Doc:
        for ent in doc.ents:
            if ent._.nordcase_method is None:
                ent._.nordcase_method = MODEL_METHOD
                ent._.nordcase_confidence = self.table.get(self.bucket(ent), self.default)
        return doc


def _calibration() -> dict:
    path = model_path() / "calibration.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


#: Commas with no space next to a letter split tokens ("Mette Kjær,12345678,mk@eksempel.dk"); "2,5" stays one.
EXTRA_INFIXES = (r"(?<=[^\W\d_]),(?=\S)", r"(?<=\S),(?=[^\W\d_])")


def _split_glued_commas(nlp: Language) -> None:
    tok = nlp.tokenizer
    tok.infix_finditer = spacy.util.compile_infix_regex(list(nlp.Defaults.infixes or [])
                                                        + list(EXTRA_INFIXES)).finditer
    # Without this the URL/e-mail matcher keeps "Kjær,12345678,mk@eksempel.dk" whole.
    for attr in ("url_match", "token_match"):
        original = getattr(tok, attr)
        if original is not None:
            setattr(tok, attr, _without_commas(original))


#: spaCy's URL pattern backtracks for seconds on a long run without spaces ("a:a:a:…" of a broken
#: export); no address the pipeline reads is this long
MAX_MATCHED_TOKEN = 300


def _without_commas(match):
    return lambda s: None if "," in s or len(s) > MAX_MATCHED_TOKEN else match(s)


def _matmul_in_numpy(nlp: Language) -> None:
    """Run the model's matrix products through numpy's BLAS (OpenBLAS) instead of thinc's default BLIS.

    The BLIS wheel's kernel took 2.4-3x as long on this project's CPUs for the tok2vec's shapes
    (a sentence's 10-40 rows by 384x384): the model alone went from 275 to 435 sentences/s one
    sentence per call, 612 to 1,160 in documents, with the same entities (benchmarks/ner.py).
    """
    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            for node in model.walk():
                node.ops = ops


def load_model(path: Optional[Path] = None) -> Language:
    """The shipped model as the pipeline runs it: matrix products in numpy, the tok2vec's fast forward."""
    nlp = spacy.load(path or model_path())
    _matmul_in_numpy(nlp)
    tok2vec_fast.install(nlp)
    return nlp


@lru_cache(maxsize=None)
def _shared_model() -> Language:
    """The shipped model with its confidence component, loaded once per process: all four languages'
    pipelines run these same component objects (one copy of weights, gazetteer and folded tables
    instead of four; about 60 MB less per further language)."""
    nlp = load_model()
    nlp.add_pipe("nordcase_ner_confidence", config={"calibration": _calibration()})
    _split_glued_commas(nlp)
    return nlp


@lru_cache(maxsize=None)
def build_nlp(lang: str, ner: str = "auto") -> Language:
    """spaCy pipeline for `lang`: the shipped NER model + rules ('nordic') or rules alone ('ruler')."""
    if lang not in SPACY_LANG:
        raise ValueError(f"unsupported language {lang!r}")
    mode = resolve_mode(ner)
    if mode == "nordic":
        model = _shared_model()
        nlp = spacy.blank(model.lang, vocab=model.vocab)
        nlp.tokenizer = model.tokenizer
        for name in model.pipe_names:
            nlp.add_pipe(name, source=model)  # the same component object, not a copy
        nlp.add_pipe("nordcase_entity_rules", config={"lang": lang, "merge": True})
    else:
        nlp = spacy.blank(SPACY_LANG[lang])
        nlp.add_pipe("nordcase_entity_rules", config={"lang": lang, "merge": False})
        _split_glued_commas(nlp)
    return nlp


#: a pictogram or the spaces beside it, which a post sets around its words ("📣 NYTT", "🥾🌄 NYHET")
_PICTOGRAM_EDGE = re.compile(rf"\s|{PICTOGRAM_CLASS}")


def _without_pictograms(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity's span without the pictograms at its edges."""
    while start < end and _PICTOGRAM_EDGE.match(text, start):
        start += 1
    while end > start and _PICTOGRAM_EDGE.match(text, end - 1):
        end -= 1
    return start, end


def _clip_to_line(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity never crosses a line break: keep its longest line."""
    if "\n" not in text[start:end]:
        return start, end
    best, pos = (start, start), start
    for part in text[start:end].split("\n"):
        s, e = pos, pos + len(part)
        if len(part.strip()) > best[1] - best[0]:
            best = (s, e)
        pos = e + 1
    s, e = best
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


#: An e-mail or web address inside a model entity: the entity is the address, not a name.
_ADDRESS = re.compile(r"@|://|(?<!\w)www\.")


def _names_nothing(line: str) -> bool:
    """A layout line the model need not read: a form's "UPPGIFT SAKNAS" (the model tags "UPPGIFT" ORG)
    or a heading or label of any language standing alone ("Kommune", tagged PER above a value)."""
    return _placeholder().fullmatch(line.strip(" \t.:")) is not None \
        or ("(" not in line and normalise_heading(line) in _layout_words())


@lru_cache(maxsize=None)
def _layout_words() -> frozenset[str]:
    """Heading and label variants of every language, normalised as headings are."""
    return frozenset(w for code in languages() for w in (*heading_index(code), *label_index(code)))


@lru_cache(maxsize=None)
def _placeholder() -> re.Pattern:
    """The "not stated" phrases of every language ("Uppgift saknas", "Ikke oplyst"), any case."""
    return re.compile(alternation([p for code in languages() for p in phrases(code, "not_stated")]),
                      re.IGNORECASE)


def _model_entities(nlp: Language, text: str,
                    zones: Optional[Sequence[tuple[int, int]]] = None) -> list[Found]:
    """Model entities, one line at a time: the model was trained on sentences, not on layouts.
    With `zones`, only lines that overlap one of the (start, end) spans are read."""
    lines, pos = [], 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip() and not _names_nothing(line) \
                and (zones is None or any(s < end and pos < e for s, e in zones)):
            lines.append((pos, line))
        pos = end + 1
    found = []
    disable = [n for n in nlp.pipe_names if n == "nordcase_entity_rules"]
    for (offset, line), doc in zip(lines, nlp.pipe((line for _, line in lines), disable=disable)):
        for e in doc.ents:
            if line[e.end_char:].lstrip(" \t").startswith(":") and normalise_heading(e.text) in _layout_words():
                continue  # "Kommune: Kvinnherad": the label, tagged PER, names nothing
            if _ADDRESS.search(e.text) or (e.label_ != "MISC" and not any(ch.isalpha() for ch in e.text)):
                # "ingrid.moe@bodo.kommune.no" tagged ORG: an address names no one; nor does "08" of a
                # phone number (a work may be called "1984": MISC keeps its digits)
                continue
            found.append(Found(offset + e.start_char, offset + e.end_char, e.label_,
                               float(e._.nordcase_confidence or 0.0), e._.nordcase_method or MODEL_METHOD))
    return _drop_capitalised_common_words(found, text)


def _drop_capitalised_common_words(found: list[Found], text: str) -> list[Found]:
    """Drop one-word model entities at a sentence start whose word also occurs lower-cased in the text.

    Danish nouns the model never saw ("Projektet", "Forventningen") look like names only when
    they open a sentence; the same text using them in lower case shows what they are.
    """
    lowered = None
    kept = []
    for f in found:
        word = text[f.start:f.end]
        before = text[max(0, f.start - 2):f.start]
        at_start = f.start == 0 or before.endswith("\n") or re.fullmatch(r"[.!?:]\s", before) is not None
        if at_start and word.isalpha() and word[:1].isupper() and word[1:].islower():
            if lowered is None:
                lowered = set(re.findall(r"\b[^\W\d_]+\b", text))
            if word.lower() in lowered:
                continue
        kept.append(f)
    return kept


def entities(text: str, lang: str, ner: str = "auto",
             zones: Optional[Sequence[tuple[int, int]]] = None) -> list[Entity]:
    """Entities of `text` in language `lang` with half-open char spans, confidence and method.
    The rules read the whole text; the model reads every line, or with `zones` only the lines
    overlapping those (start, end) spans (the pipeline's `ner_scope="fields"`: much faster)."""
    nlp = build_nlp(lang, ner)
    rules = nlp.get_pipe("nordcase_entity_rules").rules
    model_ents = _model_entities(nlp, text, zones) if resolve_mode(ner) == "nordic" else []
    out = []
    for f in merge(model_ents, rules.find(text), rules.non_entities, text):
        start, end = _clip_to_line(text, f.start, f.end)
        start, end = _without_pictograms(text, start, end)
        if start < end:
            out.append(Entity(text=text[start:end], label=f.label, start=start, end=end,
                              confidence=round(f.confidence, 4), method=f.method))
    return out
