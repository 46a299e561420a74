"""Pure core: one Document in, one Case out (language -> sections -> extractors -> normalise)."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Optional, Union

from . import lexicon, resources
from .config import Config
from .errors import EmptyInput, NotNordic
from .extractors.assessment import find_evaluation, find_ratings, find_status, status_from_dates
from .extractors.budget import find_budget
from .extractors.contacts import find_contacts
from .extractors.identity import find_municipalities, find_organisations, find_titles, split_unit
from .extractors.people import find_ages, find_participants
from .extractors.timeline import find_document_dates, find_period
from .readers import Document
from .schema import CASE_FIELDS, Case, Field
from .stages.entities import entities as find_entities
from .stages.language import detect_document, detect_language
from .stages.normalise import choose, contact_from, load_calibration
from .stages.sections import find_blocks, heading_blocks, heading_body, sections_from_blocks

_LETTER = re.compile(r"[^\W\d_]")
COUNTRY_CONFIDENCE = 0.97


MIN_STRUCTURE_HEADINGS = 2
STRUCTURE_LANGUAGE_CONFIDENCE = 0.6


def _language(text: str) -> tuple[str, Optional[str]]:
    """The language to read the text in, and how it was decided when the identifier said
    "other": a text in English under Nordic headings ("Syfte och mål:") is read in the
    headings' language; a text with no Nordic signal is E_NOT_NORDIC."""
    guess = detect_language(text)
    if guess.value in resources.languages():
        return guess.value, None
    votes = Counter(b.lang for b in find_blocks(text, None)
                    if b.kind == "heading" and b.key and b.how != "prefix")
    if sum(votes.values()) >= MIN_STRUCTURE_HEADINGS:
        return votes.most_common(1)[0][0], "structure"
    raise NotNordic(
        f"the text is not Danish, Swedish or Norwegian (language identifier: {guess.value}, "
        f"confidence {guess.confidence:.2f}; {sum(votes.values())} Nordic headings)")


def extract_document(doc: Document, config: Optional[Config] = None) -> Case:
    """Run every stage on one read document. Raises NordcaseError subclasses for bad input."""
    config = config or Config()
    text = doc.text
    if len(_LETTER.findall(text)) < config.min_chars:
        raise EmptyInput(f"the text has fewer than {config.min_chars} letters")
    lang, decided_by = _language(text)
    blocks = find_blocks(text, lang, doc.headings)
    sections = sections_from_blocks(text, blocks)
    doclang = detect_document(text, [(s.start, s.end) for s in sections])
    lang_final = doclang.value if decided_by is None and doclang.value in resources.languages() \
        else lang
    lang_confidence = doclang.confidence if decided_by is None else STRUCTURE_LANGUAGE_CONFIDENCE
    mixed = doclang.mixed or decided_by is not None
    sections = [s.model_copy(update={"language": g.value, "language_confidence": g.confidence})
                for s, g in zip(sections, doclang.sections)] if doclang.sections else sections
    country = resources.country_of(lang_final)

    ents = find_entities(text, lang_final, config.ner, _field_zones(text, blocks)
                         if config.ner_scope == "fields" else None)
    contacts = find_contacts(text, lang_final, blocks, country, ents)
    organisations = find_organisations(text, lang_final, blocks, contacts, ents)
    titles = find_titles(text, lang_final, blocks)
    cands = (
        titles
        + organisations
        + find_municipalities(text, lang_final, country, blocks, organisations)
        + find_status(text, lang_final, blocks, tuple(sorted({c.value for c in titles})))
        + find_evaluation(text, lang_final, blocks)
        + find_ratings(text, lang_final, blocks)
        + find_participants(text, lang_final, blocks)
        + find_ages(text, lang_final, blocks)
        + find_period(text, lang_final, blocks)
        + find_document_dates(text, lang_final, blocks)
        + find_budget(text, lang_final, country, blocks)
    )
    # "Prosjektleder, Trim i grenda" under a signature: the case's own name is no organisation
    titles = {c.value.casefold() for c in cands if c.kind == "title"}
    # "Beslutning", "Syfte": a heading or label word of the form is no organisation either
    # (unless a label says it is the organisation: "Organisation: Föreningen Seniorkraft Ludvika" under a letter
    # whose first line names the sender)
    cands = [c for c in cands if c.kind != "organisation" or not (
        (c.value.casefold() in titles and not c.method.endswith(LABELLED_ORGANISATION))
        or _form_word(c.value, lang_final))]
    by_field: dict[str, list] = {}
    for c in cands:
        by_field.setdefault(c.kind, []).append(c)
    calibration = load_calibration(config.models_dir, config.calibrate)
    fields = {name: choose(name, by_field.get(name, []), sections, calibration)
              for name in CASE_FIELDS if name not in ("language", "country")}
    if fields["status"].value is None:
        fields["status"] = status_from_dates(fields["period_end"], fields["document_date"])
    _drop_budget_currency_without_budget(fields)
    _split_unit(fields, text, lang_final)
    return Case(
        case_id=doc.case_id,
        source=doc.source,
        language=Field[str](value=lang_final, confidence=round(lang_confidence, 4),
                            method="language@1" + (":" + decided_by if decided_by else "")),
        language_mixed=mixed,
        language_shares=doclang.shares,
        country=Field[str](value=country, confidence=round(COUNTRY_CONFIDENCE * lang_confidence, 4),
                           method="country@1:language"),
        contacts=[contact_from(c, sections, calibration) for c in contacts],
        sections=sections,
        entities=ents,
        **fields,
    )


#: organisation methods that read a label's value, or the owner beside an annual report's name on the first line
#: ("Foreningen Kystliv Hjørring – Årsberetning 2024"): the organisation even where a title candidate has its name
LABELLED_ORGANISATION = (":label", ":heading_value", ":annual_report_owner")


def _form_word(value: str, lang: str) -> bool:
    """A heading or label of the lexicon ("Beslutning", "Syfte"), in the text's language or another, or the
    kind of text ("VERKSAMHETSBERÄTTELSE", "PRESSEMELDING")."""
    norm = lexicon.normalise_heading(value)
    words = norm.split()
    # "STATUSRAPPORT NR. 4": the kind of text and its number
    numbered = len(words) == 2 and words[0] in _kind_words(lang) and words[1] in _NUMBER_WORDS
    return numbered or norm in _kind_words(lang) or any(lexicon.lookup(norm, lang, which)[0] for which in ("heading", "label"))


#: what numbers a kind of text ("Statusrapport nr. 4", "Delrapport no 2")
_NUMBER_WORDS = frozenset({"nr", "no", "nummer", "number"})


@lru_cache(maxsize=None)
def _kind_words(lang: str) -> frozenset[str]:
    """The kinds of text of a language, normalised as headings are ("pressemelding", "protokoll")."""
    return frozenset(lexicon.normalise_heading(k) for group in ("document_kinds", "minutes_kinds", "report_kinds")
                     for k in lexicon.phrases(lang, group))


FIELD_ZONE_PREAMBLE_CHARS = 400


def _field_zones(text: str, blocks) -> list[tuple[int, int]]:
    """Where entities feed fields: contact sections, label values and the top of the text."""
    heads = heading_blocks(blocks)
    zones = [(0, min(len(text), FIELD_ZONE_PREAMBLE_CHARS))]
    for i, h in enumerate(heads):
        if h.key == "contact":
            zones.append((h.start, heading_body(text, heads, i)[1]))
    zones += [(b.start, b.value_end) for b in blocks if b.kind == "label"]
    return zones


def _split_unit(fields: dict[str, Field], text: str, lang: str) -> None:
    """"Sundhed og Omsorg, Struer Kommune": the municipality as the organisation, the unit beside it."""
    org = fields["organisation"]
    found = split_unit(org.value, lang) if org.value else None
    if found is None:
        return
    body, b_off, unit, u_off = found
    exact = org.span is not None and text[org.span[0]:org.span[1]] == org.value

    def part(value: str, offset: int, how: str) -> Field:
        span = (org.span[0] + offset, org.span[0] + offset + len(value)) if exact else org.span
        return org.model_copy(update={"value": value, "span": span, "method": f"{org.method}:{how}"})

    fields["organisation"] = part(body, b_off, "municipality")
    if unit is not None:
        fields["organisation_unit"] = part(unit, u_off, "unit")


def _drop_budget_currency_without_budget(fields: dict[str, Field]) -> None:
    if fields["budget_stated"].value is not True:
        fields["budget_currency"] = Field()


def extract(text_or_path: Union[str, Path], config: Optional[Config] = None,
            case_id: Optional[str] = None) -> Case:
    """Extract one case from a text or a file path (any supported format)."""
    config = config or Config()
    if isinstance(text_or_path, Path) or (
            isinstance(text_or_path, str) and "\n" not in text_or_path
            and len(text_or_path) < 4096 and Path(text_or_path).is_file()):
        from .readers import read_path
        doc = read_path(Path(text_or_path), config)
    else:
        from .readers.text import unquote_mail
        doc = Document(case_id=case_id or "text", text=unquote_mail(str(text_or_path)))  # read as a .txt file is
    if case_id:
        doc.case_id = case_id
    return extract_document(doc, config)


__all__ = ["extract", "extract_document"]
