"""Sections stage: find headings and label/value lines and map them to canonical keys.

Gets the text and its language; returns blocks (headings and labels with spans) from which
sections are cut. Heading variants and labels come from the per-language resources.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .. import lexicon
from ..schema import Section, SectionKey

_LIST_ITEM = re.compile(r"^\s*(?:[•·▪◦*\-–—]|\d{1,2}[.)])\s+\S")
_INLINE = re.compile(r"^(?P<head>[^:\n]{2,80}?)\s*:\s+(?P<rest>\S.*)$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
#: an amount alone after a row's label, in thousands or more, a short unit word around it ("140 000 kr",
#: "kr 1.200.000", "45.000,-", "120000 SEK"); "65 år" and "2024" are no amounts
_AMOUNT_ROW = re.compile(r"(?:[^\W\d_]{1,4}\.?[ \t]*)?(?:\d{1,3}(?:[ .\u00a0]\d{3})+|\d{5,})(?:,\d+|,-)?"
                         r"(?:[ \t]*[^\W\d_]{1,7}\.?)?[ \t.]*")
_VALUE_LIKE = re.compile(r"@|\d{3}|https?://|www\.")
#: the number of a numbered heading ("2. ", "3.1 ", "II. ")
_NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,4}\.)\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.;,]$")

#: Confidence of a heading by how it was recognised (calibrated on seeds + dev).
HEADING_CONFIDENCE = {
    "exact": 0.95, "exact_other_lang": 0.8, "inline": 0.9, "prefix": 0.65,
    "structure": 0.55, "unknown": 0.5,
}
MAX_HEADING_WORDS = 12
MAX_UNKNOWN_HEADING_WORDS = 8
MAX_PREFIX_HEADING_WORDS = 10
MAX_LABEL_VALUE_LINES = 3
MIN_PARAGRAPH_WORDS = 8


@dataclass(frozen=True)
class Line:
    text: str          # stripped line
    start: int         # span of the stripped text in the document
    end: int
    blank_before: bool


@dataclass(frozen=True)
class Block:
    """A heading or a label line with the span of what it introduces.

    kind: "heading" or "label"; key: canonical section key / label key (None for unknown
    headings); value_start/value_end: the label's value or the heading's inline text."""

    kind: str
    key: Optional[str]
    header: str
    start: int
    end: int
    value_start: int
    value_end: int
    how: str
    lang: Optional[str]
    line_index: int

    def value(self, text: str) -> str:
        return text[self.value_start:self.value_end].strip()

    @property
    def own_words(self) -> str:
        """The heading's or label's own words, without an inline value: "Budget" of
        "Budget: 1.200.000 kr. over tre år (400.000 kr. årligt)"."""
        return self.header[:self.value_start - self.start] if self.value_start < self.value_end else self.header


def split_lines(text: str) -> list[Line]:
    """Non-empty lines with their stripped spans and whether a blank line precedes them."""
    return list(_split_lines(text))


@lru_cache(maxsize=8)
def _split_lines(text: str) -> tuple[Line, ...]:
    lines: list[Line] = []
    pos = 0
    blank = True
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped and not _RULE_LINE.fullmatch(stripped):
            lead = len(body) - len(body.lstrip())
            lines.append(Line(stripped, pos + lead, pos + lead + len(stripped), blank))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return tuple(lines)


#: a line drawn across a plain-text page ("--------", "========", "________"): a separator, read as a blank line
_RULE_LINE = re.compile(r"([-=_*~─━])\1{2,}")


@lru_cache(maxsize=None)
def _item_prefix(lang: str) -> re.Pattern:
    """An agenda item's word and number opening a heading ("Sak 12/25: ", "Punkt 4. ", "§ 3 "), or a slide's
    word and number before a dash ("Dias 2 – ", "Lysbilde 5: ")."""
    return re.compile(rf"(?:{lexicon.agenda_number(lang)}|[ \t]*{lexicon.slide_number(lang)}[ \t]*[–—:-][ \t]*)(?=\S)")


def _classify(line: Line, nxt: Optional[Line], lang: Optional[str],
              inside_section: bool = True, first: bool = False, prev: Optional[Line] = None) -> Optional[tuple]:
    """(kind, key, how, found_lang, value_offset) for a heading/label line, else None."""
    text = line.text
    words = text.split()
    norm = lexicon.normalise_heading(text)
    if not norm:
        return None
    ends_colon = text.rstrip().endswith(":")
    list_follows = nxt is not None and bool(_LIST_ITEM.match(nxt.text))
    if ends_colon and list_follows and inside_section and len(words) == 1:
        return None  # "Delmål:" introducing a list inside a section is part of it
    if len(words) <= MAX_HEADING_WORDS + 6:
        key, found = lexicon.lookup(norm, lang, "heading")
        agenda = _item_prefix(lang).match(text) if lang and key is None else None
        if agenda is not None:
            # "Sak 12/25: Økonomi", "Punkt 4. Evaluering", "Dias 2 – Baggrund": an agenda item's or a slide's
            # number before a known heading
            key, found = lexicon.lookup(lexicon.normalise_heading(text[agenda.end():]), lang, "heading")
        if key and not (key == "contact" and not line.blank_before and lexicon.is_role(text, found)
                        and not _running_text(prev)):
            # a role title right under a name ("Jan Hansen\nProjektleder") is not a heading; under a
            # paragraph (a Word file's paragraphs have no blank lines between them) it is one
            return "heading", key, "exact" if found == lang else "exact_other_lang", found, None
        key, found = lexicon.lookup(norm, lang, "label")
        if key:
            return "label", key, "exact", found, None
    inline = _INLINE.match(text)
    if inline:
        head = lexicon.normalise_heading(inline.group("head"))
        offset = inline.start("rest")
        key, found = lexicon.lookup(head, lang, "heading")
        if key and not _AMOUNT_ROW.fullmatch(inline.group("rest")):
            # "Aktiviteter: 140 000 kr" is a budget row, not the description's heading
            return "heading", key, "inline", found, offset
        key, found = lexicon.lookup(head, lang, "label")
        if key is None and _TRAILING_YEARS.search(head):
            # "Total projektbudget 2024–2025: 2,4 mnkr": the label, then the years it covers
            key, found = lexicon.lookup(_TRAILING_YEARS.sub("", head), lang, "label")
        if key is None and lang:
            # "Totalramme for prosjektet: 2,4 mill. kr": the label, then the case it is of
            of_case = _label_of_case(lang).search(head)
            if of_case and of_case.start() > 0:
                key, found = lexicon.lookup(head[:of_case.start()], lang, "label")
                heading_key, heading_lang = lexicon.lookup(head[:of_case.start()], lang, "heading") if key is None \
                    else (None, None)
                if heading_key == "economy":
                    # "Budget för hela projektperioden: 4 200 000 kr": the economy's word, then the case's period
                    return "heading", heading_key, "inline", heading_lang, offset
        if key:
            return "label", key, "inline", found, offset
        source = lexicon.phrase_pattern(lang, "funder_joiners").search(head) if lang else None
        if source and source.start() > 0:
            # "Tilskudd fra Helsedirektoratet: 800 000 kroner": the label, then who gave it
            key, found = lexicon.lookup(head[:source.start()].strip(), lang, "label")
            if key:
                return "label", key, "inline", found, offset
    spaced = _spaced_pair(text, lang)
    if spaced is not None:
        return spaced
    # a heading word opening a longer heading line; the line stands apart (a blank line above it, or, in a
    # Word file whose paragraphs have no blank lines between them, a closed paragraph above it, no colon
    # opening a list ("Projektets mål är att ta fram:") and no lower-case line going on under it)
    apart = line.blank_before or (prev is not None and prev.text.endswith((".", "!", "?", ")"))
                                  and not ends_colon and not (nxt is not None and nxt.text[:1].islower()))
    if not first and len(words) <= MAX_PREFIX_HEADING_WORDS and not _SENTENCE_END.search(text) \
            and apart and not _VALUE_LIKE.search(text):
        for code in lexicon.search_order(lang):
            index = lexicon.heading_index(code)
            for cut in range(len(norm.split()) - 1, 0, -1):
                head = " ".join(norm.split()[:cut])
                if head in index and len(head) >= 4:
                    if lang and lexicon.phrase_pattern(lang, "contact_is").match(norm.split()[cut]):
                        return None  # "Projektleder bliver Mads Holm, …": a sentence naming the contact
                    return "heading", index[head], "prefix", code, None
    return None


@lru_cache(maxsize=None)
def _label_of_case(lang: str) -> re.Pattern:
    """The case's own words closing a normalised label ("totalramme for prosjektet")."""
    return re.compile(rf"[ \t]+(?:{lexicon.alternation(lexicon.normalise_heading(p) for p in lexicon.phrases(lang, 'label_of_case'))})\Z")


#: a span of years closing a label ("Total projektbudget 2024–2025"; one year, "Tilskudd 2021", labels that
#: year's amount)
_TRAILING_YEARS = re.compile(r"[ \t]+(?:19|20)\d\d[ \t]*[–—-][ \t]*(?:(?:19|20)\d\d|\d\d)\Z")
#: a label and its value on one line without a colon, as PDF text gives a form's two columns: a wide
#: gap ("Kontraktansvarlig partner    Erhvervsakademiet Lillebælt"), or a value opening with a digit or a
#: bound on a short line ("Startdato 01.09.2015", "Budget 20.902.013")
_WIDE_GAP = re.compile(r"[ \t]{3,}|\t+")
_VALUE_OPENING = re.compile(r"[<>≤≥~]?\s?\d")
MAX_SPACED_LABEL_WORDS = 4
MAX_SPACED_LINE_WORDS = 10
MAX_SPACED_VALUE_WORDS = 5


#: two or more numbers apart by wide gaps: a table row's cells
_NUMBER_ROW = re.compile(r"[\d.,\u00a0 ]*\d(?:(?:[ \t]{2,}|\t)[\d.,\u00a0 ]*\d)+[ \t]*")


def _spaced_pair(text: str, lang: Optional[str]) -> Optional[tuple]:
    """(kind, key, "inline", found_lang, value_offset) of a label or heading and its value apart by
    space only, else None."""
    cuts = []
    gap = _WIDE_GAP.search(text)
    if gap and gap.start() > 0:
        cuts.append((gap.start(), gap.end()))
    # "Tilskudd 2021: kr 400 000" is a "head: value" line whose head is no label (a year's amount)
    if len(text.split()) <= MAX_SPACED_LINE_WORDS and not _INLINE.match(text):
        for m in list(re.finditer(r" +", text))[:MAX_SPACED_LABEL_WORDS]:
            # a short value only: "Resultat 2023 viser, at vi nåede målet" is a sentence, not a label
            if _VALUE_OPENING.match(text, m.end()) and len(text[m.end():].split()) <= MAX_SPACED_VALUE_WORDS:
                cuts.append((m.start(), m.end()))
                break
    for a, b in cuts:
        if _NUMBER_ROW.fullmatch(text[b:]):
            continue  # "Aktiviteter       90     185     110": a budget table's row, no heading and its value
        head = lexicon.normalise_heading(text[:a])
        known = _known_head(head, lang) if head and len(head.split()) <= MAX_SPACED_LABEL_WORDS else None
        if known is not None:
            return known[0], known[1], "inline", known[2], b
    return None


def _known_head(head: str, lang: Optional[str]) -> Optional[tuple[str, str, str]]:
    """(kind, key, language) of a normalised label or heading word, label first; None for an unknown one."""
    for kind in ("label", "heading"):
        key, found = lexicon.lookup(head, lang, kind)
        if key:
            return kind, key, found
    return None


def _unknown_heading(line: Line, nxt: Optional[Line], is_first: bool, lang: Optional[str] = None) -> bool:
    """A short stand-alone line that introduces a paragraph: kept as a heading with no key."""
    text = _NUMBERING.sub("", line.text, count=1)  # "2. Mål og måloppnåelse"
    words = text.split()
    if is_first or not line.blank_before or not words or len(words) > MAX_UNKNOWN_HEADING_WORDS:
        return False
    if not text[0].isupper() or _SENTENCE_END.search(text) or _VALUE_LIKE.search(text):
        return False
    if " · " in text or len([c for c in _WIDE_GAP.split(text) if c.strip()]) >= 3:
        # "Post · Budsjett · Regnskap", "År      Personal    Buss och drift   Summa": a table's header row
        return False
    if _INLINE.match(text):
        return False  # "Huvudman: Kiruna kommun" is a label and its value, even an unknown label
    if text.endswith(":") and nxt is not None and _LIST_ITEM.match(nxt.text):
        return False
    if nxt is None or _continues(line, nxt, lang):
        return False  # the next line goes on with this one: a paragraph's first line, wrapped
    return len(nxt.text.split()) >= MIN_PARAGRAPH_WORDS


#: headings that name the kind of text when they open its first line with a short value: "Sluttrapport:
#: Språkkafé", "Projektbeskrivelse: Motion på Recept" (the value is the case's name)
TITLE_KIND_KEYS = ("final_report", "description")
MAX_TITLE_VALUE_WORDS = 14

#: how many words a fact strip's first pair with an unknown label may hold ("Vår ref.: 2024/0457-6")
MAX_STRIP_PAIR_WORDS = 5
#: what parts two label/value pairs side by side on one line: a run of spaces, a tab, a bar or a middle dot
_PAIR_GAP = re.compile(r"[ \t]{3,}|\t+|[ \t]+[|·][ \t]+")


#: a label and its colon closing a line, its value on the next
_OPEN_LABEL = re.compile(r"[^:\n]{2,40}:[ \t]*")


def _known_pair(text: str, lang: Optional[str]) -> bool:
    """A known label or heading word, its colon and a value: "Bevilget beløb: 2,4 mio. kr."."""
    inline = _INLINE.match(text)
    return inline is not None and _known_head(lexicon.normalise_heading(inline.group("head")), lang) is not None


def _split_pairs(line: Line, lang: Optional[str]) -> list[Line]:
    """"Ansøger: Aarhus Kommune    Bevilget beløb: 2,4 mio. kr.": label/value pairs side by side (a PDF's
    columns, a fact strip) are read as lines of their own, each ending where the next pair begins."""
    # the first pair's label may be one no lexicon holds when the pair is short: a fact strip
    # ("Arkivsak: 24/318      Dato: 12.02.2024"), not a paragraph opened by a label
    inline = _INLINE.match(line.text)
    # "Prosjekt: Arbeidsbro – arbeidstrening for unge voksne | Prosjektperiode: …": the case's own word as the label
    known = _known_pair(line.text, lang) or bool(lang and inline and lexicon.phrase_pattern(lang, "project_words").fullmatch(
        inline.group("head").strip()))
    if line.text.count(":") < 2 or not (known or inline):
        return [line]
    # the last pair's value may stand on the next line, wrapped by the page ("… | Prosjektperiode:\n01.09.2024–…")
    cuts = [m for m in _PAIR_GAP.finditer(line.text) if _known_pair(line.text[m.end():], lang)
            or _OPEN_LABEL.fullmatch(line.text, m.end()) and _known_head(
                lexicon.normalise_heading(line.text[m.end():]), lang) is not None]
    if not cuts or (not known and len(line.text[:cuts[0].start()].split()) > MAX_STRIP_PAIR_WORDS):
        return [line]
    pieces, pos = [], 0
    for m in cuts:
        pieces.append(Line(line.text[pos:m.start()], line.start + pos, line.start + m.start(),
                           line.blank_before if pos == 0 else False))
        pos = m.end()
    pieces.append(Line(line.text[pos:], line.start + pos, line.end, False))
    return pieces


def find_blocks(text: str, lang: Optional[str], structure: list[tuple[int, int]] = ()) -> list[Block]:
    """Every heading and label line of a text, in order."""
    lines = split_lines(text)
    starts_structure = {s for s, _ in structure}
    blocks: list[Block] = []
    for i, whole in enumerate(lines):
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        # a line set as a heading (a PDF's font) that goes on with the heading above it is part of it
        wrapped = i > 0 and _continues(lines[i - 1], whole, lang) \
            and (whole.start not in starts_structure or lines[i - 1].start in starts_structure)
        for line in _split_pairs(whole, lang):
            inside = any(b.kind == "heading" for b in blocks)
            found = _classify(line, nxt, lang, inside_section=inside, first=(i == 0),
                              prev=lines[i - 1] if i else None)
            if wrapped and (found is None or found[0] == "heading" and found[4] is None):
                continue  # "… genom innovativ\nsamverkan": a word wrapped onto its own line is no heading
            if found is None:
                if _unknown_heading(line, nxt, i == 0, lang) or (line.start in starts_structure and i > 0):
                    how = "structure" if line.start in starts_structure else "unknown"
                    blocks.append(Block("heading", None, line.text, line.start, line.end,
                                        line.end, line.end, how, None, i))
                continue
            kind, key, how, found_lang, offset = found
            if i == 0 and kind == "heading" and how == "inline" and key in TITLE_KIND_KEYS \
                    and len(line.text[offset:].split()) <= MAX_TITLE_VALUE_WORDS and not _SENTENCE_END.search(line.text):
                continue  # "Sluttrapport: Språkkafé for nye innbyggjarar" is the report's title, not a section
            if kind == "heading" and how == "inline" and _in_details(blocks) and key in _label_keys(lang):
                # "Periode: 01.08.2021 – 31.07.2023" under "Fakta" is a fact of the case, not a section
                kind = "label"
            if offset is not None:
                vstart, vend = line.start + offset, line.end
            else:
                vstart = vend = line.end
                if kind == "label":
                    # the value: following lines up to a blank line or the next heading/label
                    j = i + 1
                    while j < len(lines) and j - i <= MAX_LABEL_VALUE_LINES:
                        cand = lines[j]
                        if cand.blank_before and j > i + 1:
                            break
                        nxt2 = lines[j + 1] if j + 1 < len(lines) else None
                        if _classify(cand, nxt2, lang) is not None:
                            break
                        if j == i + 1:
                            vstart = cand.start
                        vend = cand.end
                        j += 1
            blocks.append(Block(kind, key, line.text, line.start, line.end, vstart, vend, how,
                                found_lang, i))
            if kind == "heading" and key == "details" and offset is not None:
                # "Fakta: Kommune: Skövde": the facts box's first fact on the heading's line, read as the
                # line under the heading would be (a heading word naming a fact is a label here)
                fact_line = Line(line.text[offset:], vstart, line.end, False)
                fact = _classify(fact_line, None, lang)
                if fact and fact[2] == "inline" and (fact[0] == "label" or fact[1] in _label_keys(lang)):
                    _, fact_key, _, fact_lang, fact_offset = fact
                    blocks.append(Block("label", fact_key, fact_line.text, vstart, line.end,
                                        vstart + fact_offset, line.end, "inline", fact_lang, i))
    return blocks


#: a line of running text rather than a name: this many words or more
RUNNING_TEXT_WORDS = 8


def _running_text(line: Optional[Line]) -> bool:
    return line is not None and len(line.text.split()) >= RUNNING_TEXT_WORDS


def _continues(prev: Line, line: Line, lang: Optional[str]) -> bool:
    """`line` may go on with the text of `prev` (PDF text, hard-wrapped .txt): right under a line that no
    stop, colon or closing bracket ends, it opens in lower case or with "&", or `prev` ends in a word no name ends
    with ("… for ældre borgere i\nViborg og Skive"; "version 2022-11-07" under an address may still be a
    label with its value)."""
    if line.blank_before or prev.text.endswith(_LINE_CLOSERS):
        return False
    return line.text[:1].islower() or line.text[:1] in _JOINING_MARKS \
        or prev.text.rsplit(None, 1)[-1].casefold() in lexicon.name_joiners(lang)


#: a line opening with one of these goes on with the line above ("Projekt Netværk\n& Fællesskab")
_JOINING_MARKS = ("&", "+")


_LINE_CLOSERS = (".", "!", "?", ":", ";", ")", "]", "»", "”", '"')


def _in_details(blocks: list[Block]) -> bool:
    """Whether the last heading so far opens a facts box ("Fakta", "Detaljer")."""
    heads = [b for b in blocks if b.kind == "heading"]
    return bool(heads) and heads[-1].key == "details"


@lru_cache(maxsize=None)
def _label_keys(lang: Optional[str]) -> frozenset[str]:
    return frozenset(key for code in lexicon.search_order(lang) for key in lexicon.label_index(code).values())


def heading_blocks(blocks: list[Block]) -> list[Block]:
    """The heading blocks, in order."""
    return [b for b in blocks if b.kind == "heading"]


def heading_body(text: str, heads: list[Block], index: int) -> tuple[int, int]:
    """(start, end) of what heading `index` introduces: its inline text or the lines below,
    up to the next heading."""
    b = heads[index]
    end = heads[index + 1].start if index + 1 < len(heads) else len(text)
    return (b.value_start if b.value_start < b.value_end else b.end), end


def sections_from_blocks(text: str, blocks: list[Block]) -> list[Section]:
    """Cut the text at each heading: a section runs to the next heading."""
    heads = [b for b in blocks if b.kind == "heading"]
    out: list[Section] = []
    for n, b in enumerate(heads):
        end = heads[n + 1].start if n + 1 < len(heads) else len(text)
        body_start = b.value_start if b.value_start < b.value_end else b.end
        # a closing greeting opens a contact block for the contact reader, but is no heading of the text
        key = None if b.key == "contact" and lexicon.is_greeting(b.header, b.lang) else b.key
        out.append(Section(
            key=SectionKey(key) if key else None,
            heading=b.header, language=b.lang, start=b.start, end=end,
            heading_start=b.start, heading_end=b.end,
            confidence=HEADING_CONFIDENCE[b.how], method=f"sections@1:{b.how}",
            text=text[body_start:end].strip()))
    return out


def segment(text: str, lang: Optional[str] = None,
            structure: list[tuple[int, int]] = ()) -> list[Section]:
    """Sections of a text: canonical key (or None), heading, span, confidence, text."""
    return sections_from_blocks(text, find_blocks(text, lang, structure))


def section_at(sections: list[Section], pos: int) -> Optional[Section]:
    """The section containing char offset `pos`, if any."""
    for s in sections:
        if s.start <= pos < s.end:
            return s
    return None


def _register_spacy_component() -> None:
    """`nlp.add_pipe("nordcase_sections", config={"lang": "da"})` puts the canonical sections
    of a Doc into doc.spans["sections"] (label = key, or "unknown")."""
    from spacy.language import Language

    if "nordcase_sections" in Language.factories:
        return

    @Language.factory("nordcase_sections", default_config={"lang": None})
    def make_sections(nlp, name, lang):
        def component(doc):
            spans = []
            for s in segment(doc.text, lang or doc.lang_):
                span = doc.char_span(s.heading_start, s.end, label=s.key.value if s.key else "unknown",
                                     alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans["sections"] = spans
            return doc
        return component


_register_spacy_component()
