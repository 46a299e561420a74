"""Title, responsible organisation and municipality of a case.

Gets the text, its language and country, the heading/label blocks and the contacts found.
"""
from __future__ import annotations

import dataclasses
import re
from collections import Counter
from functools import lru_cache
from typing import Optional, Sequence

from .. import lexicon, resources
from ..readers.text import COLUMN_GAP
from ..stages.sections import _NUMBERING, TITLE_KIND_KEYS, Block, heading_blocks, heading_body, split_lines
from ..spans import PICTOGRAM_CLASS, line_end
from .base import Candidate
from .timeline import MASTHEAD_LINES, byline_date, masthead_line, slide_marker

METHOD_TITLE = "title@1"
METHOD_ORG = "organisation@1"
METHOD_MUNI = "municipality@1"
MAX_TITLE_CHARS = 200
MAX_TITLE_WORDS = 20
#: a first line standing alone (a blank line under it) may be a long name: research and EU projects
#: are named in up to 30 words ("SWElife Östra Mellansverige: regional tillväxt genom …")
MAX_STANDALONE_TITLE_WORDS = 35
_SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-ZÆØÅÄÖ]")


#: how many lines of page chrome may stand above a case's name
MAX_CHROME_LINES = 6
#: "Forside > Projekter > Grøn By", "Hem › Projekt › Läxhjälp": a breadcrumb trail (a slash or a bar
#: may part a case's own name: "Unga / vuxna / äldre i samverkan")
_BREADCRUMB = re.compile(r"[^\n>›»]{1,60}(?:\s+[>›»]\s+[^\n>›»]{1,60}){2,}")


def _page_header(line: str, text: str, lang: str) -> bool:
    """A PDF page's running header copied with the text: a line that stands again further down and names
    the funder or the kind of document ("Stiftelsen Gröna Spår      Ansökan om projektmedel 2025",
    "Stiftelsen Helseløftet · Søknad om prosjektmidler 2025")."""
    stripped = line.strip()
    if not stripped or _stripped_line_counts(text)[stripped] < 2:
        return False
    first = re.split(rf"{COLUMN_GAP}|[ \t]+·[ \t]+", stripped, maxsplit=1)[0].strip()
    return lexicon.is_organisation(first, lang) or _document_word(lang).search(stripped) is not None


@lru_cache(maxsize=8)
def _stripped_line_counts(text: str) -> Counter:
    """How often each stripped line stands in the text, counted once per text for the page-header test (a page of a
    PDF copied as text may open after a form feed, which str.splitlines breaks at too)."""
    return Counter(ln.strip() for ln in text.splitlines())


@lru_cache(maxsize=None)
def _application_word(lang: str) -> re.Pattern:
    """A word for an application anywhere in a line ("Søknad om forlengelse", "Anmodning om forlængelse")."""
    return re.compile(rf"(?<!\w)(?i:{lexicon.alternation(lexicon.phrases(lang, 'application_kinds'))})(?!\w)")


@lru_cache(maxsize=None)
def _document_word(lang: str) -> re.Pattern:
    """A word for a kind of document anywhere in a line: an application, a report, a press release …"""
    kinds = lexicon.alternation((*lexicon.phrases(lang, "application_kinds"), *lexicon.phrases(lang, "report_kinds"),
                                 *lexicon.phrases(lang, "document_kinds")))
    return re.compile(rf"(?<!\w)(?i:{kinds})(?!\w)")


#: "← Tilbage til søgeresultater", "« Tillbaka till projektdatabasen": a link back, set after an arrow
_BACK_LINK = re.compile(r"[ \t]*[←⟵↩‹«<][ \t]")


@lru_cache(maxsize=None)
def _published_line(lang: str) -> re.Pattern:
    """A page's publication line above its headline: perhaps a section word and a dot, the publication word and
    a date ("Projekt · Publiceret 03.10.2024", "Publicerad 4 mars 2025")."""
    cue = lexicon.phrase_pattern(lang, "published_cue").pattern
    return re.compile(rf"[ \t]*(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+)?[ \t]*[·|•][ \t]*)?(?i:{cue})[ \t]*:?[ \t]*\d[^\n]{{0,30}}")


def find_titles(text: str, lang: str, blocks: list[Block]) -> list[Candidate]:
    """The case's name: the first line, a title label's value, or a repeated page header."""
    lines = split_lines(text)
    skip = {s.casefold() for code in lexicon.search_order(lang)
            for s in resources.load(code, "labels").title_skip}
    # a page saved as text keeps its chrome above the name ("Til indholdet", "Forside > Projekter > …")
    slide = slide_marker(lang)
    masthead = masthead_line(lang)
    published = _published_line(lang)
    lead = next((i for i, ln in enumerate(lines[:MAX_CHROME_LINES + 1])
                 if ln.text.casefold() not in skip and not _BREADCRUMB.fullmatch(ln.text)
                 and not masthead.fullmatch(ln.text) and not published.fullmatch(ln.text)
                 and not _BACK_LINK.match(ln.text) and not slide.fullmatch(ln.text)
                 and not (ln.text.endswith("?") and ln.text == ln.text.upper())  # "VIL DU VERE MED?" over a flyer's name
                 and not _page_header(ln.text, text, lang)), 0)
    if lead and lead < len(lines) and _page_header(lines[lead - 1].text, text, lang) \
            and lines[lead].text == lines[lead].text.upper() \
            and lexicon.lookup(lexicon.normalise_heading(lines[lead].text), lang, "heading")[0]:
        lead += 1  # "PROJEKTBESKRIVNING" under the page header: the form's part, not the case's name
    skipped = lines[:lead]
    if lead:
        lines = lines[lead:]
        blocks = [dataclasses.replace(b, line_index=b.line_index - lead) for b in blocks
                  if b.line_index > lead or (b.line_index == lead and b.key is not None)]
    block_lines = {b.line_index for b in blocks}
    out: list[Candidate] = []
    heads = heading_blocks(blocks)
    contact_parts = [heading_body(text, heads, i) for i, h in enumerate(heads) if h.key == "contact"]
    for b in blocks:
        # "Titel: Naturvejleder" under a contact heading is a person's title; "4. Projektets namn" is not
        if b.kind == "label" and b.key == "title" and b.value_start < b.value_end \
                and (lexicon.project_noun(lang).search(text, b.start, b.value_start) is not None
                     or not any(start <= b.start < end for start, end in contact_parts)):
            out.append(Candidate("title", b.value(text), b.value(text), b.value_start,
                                 b.value_end, 0.9, METHOD_TITLE + ":label"))
    name, last = _wrapped_name(lines, 0, lang, blocks) if lines else ("", 0)
    header = _header_kind(text, lang, lines)
    # a byline under the first line, or a magazine's masthead above it: a news article
    news = byline_date(text, lang) is not None \
        or any(masthead.fullmatch(ln.text) or published.fullmatch(ln.text) for ln in skipped)
    report = None if header else _report_named(text, lang, blocks, lines, last) or _quoted_name(text, lines, news)
    if header == "email":
        subject = _email_subject(text, lang, lines)
        if subject is not None:
            out.append(subject)
    kind_line = _kind_line(lang, "document_kinds").fullmatch(lines[0].text) if lines else None
    minutes = _kind_line(lang, "minutes_kinds").fullmatch(lines[0].text) if lines else None
    if minutes or _is_minutes(lines, lang):
        # minutes of a meeting: the case is the agenda item the text keeps naming
        item = _agenda_item(text, lang, lines)
        if item is not None:
            out.append(item)
    else:
        # a committee's case paper: its one agenda item under the letterhead ("Dagsordenspunkt 7: Madmakkere – status …")
        item = _case_paper_item(text, lang, lines) or _minutes_named(lang, lines)
        if item is not None:
            out.append(item)
    numbered = _numbered_kind(lang).fullmatch(lines[0].text) if len(lines) > 1 else None
    # (the name under the kind may stand apart as a heading of its own: "MIDTVEGSRAPPORT\n\nLesesprinten – …")
    if report is None and numbered and not any(b.line_index == 1 and (b.key is not None or b.kind == "label")
                                               for b in blocks) and not _is_paragraph(lines[1].text) \
            and not lines[1].text.rstrip().endswith((".", ":", ",")):
        # "LÄGESRAPPORT NR 3\nJobbnyckeln Borlänge": the numbered report's kind, then the case's name
        value = _short_name(lines[1].text, [ln.text for ln in skipped if _page_header(ln.text, text, lang)], lang)
        report = Candidate("title", value, value, lines[1].start, lines[1].start + len(value), 0.84,
                           METHOD_TITLE + ":after_numbered_report")
    presented = _presenter(lang, lines)
    if presented is not None:
        # "Aalborg Øst Idrætsforening præsenterer\n\nPIGER I BEVÆGELSE": a flyer's name under who presents it
        ln = presented[1]
        out.append(Candidate("title", ln.text, ln.text, ln.start, ln.end, 0.9, METHOD_TITLE + ":presented"))
    elif report is not None:
        out.append(report)
    elif minutes or kind_line or numbered:
        pass  # "PROTOKOLL", "PRESSEMEDDELELSE" on the first line: the kind of text, no name
    elif lines and not header and 0 not in block_lines and len(lines[0].text) <= MAX_TITLE_CHARS \
            and lines[0].text.casefold() not in skip \
            and not _is_paragraph(name, MAX_STANDALONE_TITLE_WORDS if _stands_alone(text, lines[last].end)
                                  else MAX_TITLE_WORDS):
        start, end = lines[0].start, lines[last].end
        tail = _report_tail(lang).search(name)
        if tail and tail.start() > 0 and "\n" not in text[start:start + tail.start()]:
            value = name[:tail.start()]
            out.append(Candidate("title", value, value, start, start + len(value), 0.86,
                                 METHOD_TITLE + ":before_report_kind"))
        elif news:
            # a news article's headline ("Børn knækker koden på biblioteket"): the case's name only
            # where the text names no project
            out.append(Candidate("title", name, text[start:end], start, end, NEWS_HEADLINE_SCORE,
                                 METHOD_TITLE + ":headline"))
            named_head = _headline_name(text, start, end)
            if named_head is not None:
                out.append(named_head)
        else:
            out.append(Candidate("title", name, text[start:end], start, end, 0.84 if last else 0.88,
                                 METHOD_TITLE + (":wrapped_first_lines" if last else ":first_line")))
    elif lines:
        # the first line is a heading: a short line repeated as a page header is the name
        counts = Counter(ln.text for i, ln in enumerate(lines) if i not in block_lines
                         or any(b.line_index == i and b.key is None for b in blocks))
        for i, ln in enumerate(lines):
            if counts[ln.text] >= 2 and 2 <= len(ln.text.split()) <= 12 and any(c.isalpha() for c in ln.text) \
                    and not ln.text.rstrip().endswith((".", ":", ",")) and not _page_header(ln.text, text, lang):
                out.append(Candidate("title", ln.text, ln.text, ln.start, ln.end, 0.6,
                                     METHOD_TITLE + ":repeated"))
                break
    about = _facts_about(text, lang, lines) or _facts_heading_name(text, lang, blocks)
    if about is not None:
        out.append(about)
    section = _annual_report_project(text, lang, lines, blocks) \
        or _newsletter_item(text, lang, skipped + lines, blocks)
    if section is not None:
        out.append(section)
    project = _project_line(text, lang, lines, news)
    if project is not None:
        out.append(project)
    elif header == "letterhead":
        project = _project_subject(text, lang, lines)
        if project is not None:
            out.append(project)
    named = _named_project(text, lang, lines, trust_quotes=bool(header), headline=lines[0].text if news else None)
    # a name the first line holds is the case's there, unless the line is a news headline
    if named is not None and (header or news or named.value.casefold() not in lines[0].text.casefold()):
        out.append(named)
    # agreement between a label and the first line raises both
    values = Counter(c.value.strip("\"'“”«» ").casefold() for c in out)
    return [Candidate(c.kind, c.value, c.raw, c.start, c.end,
                      min(0.97, c.score + 0.07) if values[c.value.strip("\"'“”«» ").casefold()] > 1
                      else c.score, c.method) for c in out]


@lru_cache(maxsize=None)
def _kind_line(lang: str, group: str) -> re.Pattern:
    """A word of `group` on a line of its own, the kind of text: minutes ("PROTOKOLL", "MØTEREFERAT") or
    another kind ("PRESSEMEDDELELSE", "Nyhetsbrev", "Faktaark")."""
    return re.compile(rf"[ \t]*(?i:{lexicon.alternation(lexicon.phrases(lang, group))})[ \t:]*")


@lru_cache(maxsize=None)
def _numbered_kind(lang: str) -> re.Pattern:
    """A kind of report, perhaps with its number, on a line of its own ("LÄGESRAPPORT NR 3", "Statusrapport nr. 4",
    "MIDTVEISRAPPORT")."""
    return re.compile(rf"[ \t]*(?i:{lexicon.alternation(lexicon.phrases(lang, 'report_kinds'))})(?:[ \t]+"
                      rf"(?i:nr|no)\.?[ \t]*\d{{1,3}})?[ \t]*")


@lru_cache(maxsize=None)
def _header_named(lang: str) -> re.Pattern:
    """A page header's report kind, perhaps its year, a dash and the case's short name, closing the header
    ("Kolding Kommune · Sundhed & Forebyggelse      Statusrapport – Røgfri Hverdag")."""
    return re.compile(rf"(?<!\w)(?i:{lexicon.alternation(lexicon.phrases(lang, 'report_kinds'))})(?:[ \t]+\d{{4}})?"
                      rf"[ \t]+[–—-][ \t]+(?P<name>\S[^\n]*?)[ \t]*$")


def _short_name(title: str, headers: list[str], lang: str) -> str:
    """The case's name before a subtitle where a page header names it so ("Røgfri Hverdag – rygestop og …"
    under the header "… Statusrapport – Røgfri Hverdag")."""
    for header in headers:
        m = _header_named(lang).search(header)
        if m and title.startswith(m["name"]) and re.match(r"[ \t]+[–—-][ \t]", title[len(m["name"]):]):
            return m["name"]
    return title


@lru_cache(maxsize=None)
def _facts_about_pattern(lang: str) -> re.Pattern:
    """A fact box's heading naming the case: "Fakta om Klimaklar Landsby"."""
    words = lexicon.alternation(lexicon.phrases(lang, "facts_about"))
    return re.compile(rf"[ \t#*]*(?i:{words})[ \t]+(?P<name>[A-ZÆØÅÄÖÜ«»\"“][^\n:]{{1,80}}?)[ \t:*]*$", re.MULTILINE)


def _facts_about(text: str, lang: str, lines) -> Optional[Candidate]:
    """The case's name in a fact box's heading ("Fakta om Klimaklar Landsby"), not the project word itself
    ("Fakta om projektet") and not a paragraph."""
    for m in _facts_about_pattern(lang).finditer(text):
        name = m["name"].strip("«»\"“” ")
        if name and not _is_paragraph(name, 8) and not lexicon.project_noun(lang).fullmatch(name.split()[0]):
            start = text.index(name, m.start("name"))
            return Candidate("title", name, name, start, start + len(name), 0.85, METHOD_TITLE + ":facts_about")
    return None


#: the line breaks (and blank lines) after a heading
_LINE_BREAKS = re.compile(r"[ \t]*\n\s*")
#: a name standing alone under a fact box's heading: a capital, then up to five more words, on a line of its own
#: followed by a blank line
_NAME_LINE = re.compile(r"[ \t]*(?P<name>[A-ZÆØÅÄÖÜ][^\W_]*(?:[ \t]+[^\W_][^\s:,;]*){0,5})[ \t]*\n[ \t]*\n")


#: a fact box's first item naming the case by the project word: "- Projekt: Berättarlådan"
_PROJECT_ITEM = re.compile(r"[ \t]*(?:[-*•][ \t]+)?(?P<word>[^\W\d_]+)[ \t]*:[ \t]*(?P<name>[A-ZÆØÅÄÖÜ«\"“][^\n]{0,80}?)[ \t]*$",
                           re.MULTILINE)


def _facts_heading_name(text: str, lang: str, blocks: list[Block]) -> Optional[Candidate]:
    """The case's name right under a fact box's heading: on a line of its own ("### Fakta\n\n**Familiebussen**\n\n
    - Projektejer: …"), a short line that is no label and no sentence, or as the box's first item after the
    project word ("## Fakta\n- Projekt: Berättarlådan")."""
    words = {w.casefold() for w in lexicon.phrases(lang, "project_words")}
    for b in blocks:
        if b.kind != "heading" or b.key != "details" or b.value_start < b.value_end:
            continue
        gap = _LINE_BREAKS.match(text, b.end)
        at = gap.end() if gap else b.end
        m = _NAME_LINE.match(text, at)
        if m is not None and not any(o.start == m.start("name") or o.start == at for o in blocks):
            return Candidate("title", m["name"], m["name"], m.start("name"), m.end("name"), 0.85,
                             METHOD_TITLE + ":facts_heading")
        item = _PROJECT_ITEM.match(text, at)
        if item is not None and item["word"].casefold() in words and not _is_paragraph(item["name"], 8):
            name = item["name"].strip("«»\"“” ")
            start = text.index(name, item.start("name"))
            return Candidate("title", name, name, start, start + len(name), 0.85, METHOD_TITLE + ":facts_item")
    return None


@lru_cache(maxsize=None)
def _annual_kind(lang: str) -> re.Pattern:
    """A word for an annual report anywhere in a line ("Årsberetning 2024", "Verksamhetsberättelse")."""
    return re.compile(rf"(?<!\w)(?i:{lexicon.alternation(lexicon.phrases(lang, 'annual_report_kinds'))})(?!\w)")


@lru_cache(maxsize=None)
def _project_heading(lang: str) -> re.Pattern:
    """A heading naming a project after the project word: "Projektet Digifika", "Prosjektet «Ung på sjøen»"."""
    words = lexicon.alternation(lexicon.phrases(lang, "project_words"))
    endings = lexicon.alternation(lexicon.phrases(lang, "definite_endings"))
    return re.compile(rf"(?i:(?:{words})(?:{endings})?)[ \t]+(?P<name>[A-ZÆØÅÄÖÜ«\"“][^\n]{{0,60}}?)[ \t]*")


def _annual_report_project(text: str, lang: str, lines, blocks: list[Block]) -> Optional[Candidate]:
    """An annual report's case (the first line names the report: "Årsmelding 2024 – Seniornettverket i Volda"):
    the project a section's heading names ("## Projektet Digifika", "## 5 Prosjektet Turvenn"), one activity of
    the year among others."""
    if not lines or not _annual_kind(lang).search(lines[0].text):
        return None
    for b in blocks:
        if b.kind != "heading" or b.value_start < b.value_end:
            continue
        m = _project_heading(lang).fullmatch(_NUMBERING.sub("", b.header.strip(), count=1))
        if m is not None and not _is_paragraph(m["name"], 6):
            name = m["name"].strip("«»\"“” ")
            start = text.index(name, b.start)
            return Candidate("title", name, name, start, start + len(name), 0.92, METHOD_TITLE + ":annual_report_project")
    return None


def _newsletter_item(text: str, lang: str, lines, blocks: list[Block]) -> Optional[Candidate]:
    """A newsletter's case (a masthead with its issue number, or the newsletter's word, on its first lines): the
    news item whose heading is followed by the most known headings before the next item ("Læsefrø er nu et fast
    tilbud" over "Baggrund", "Resultater", "Kontakt"), named by the heading's words before a colon, a dash or its
    verb ("Hälsolotsar i Kronoparken är nu permanent verksamhet")."""
    kinds = lexicon.phrase_pattern(lang, "newsletter_kinds")
    named_kind = any(kinds.search(ln.text) for ln in lines[:MASTHEAD_LINES])
    by = lexicon.phrase_pattern(lang, "byline_by")
    if not (named_kind or any(masthead_line(lang).fullmatch(ln.text) for ln in lines[:MASTHEAD_LINES])) \
            or any(by.match(ln.text.strip()) for ln in lines[:MASTHEAD_LINES + 4]):
        return None  # (a writer's byline under the headline: a magazine's article, one piece, not a newsletter's items)
    heads = [b for b in heading_blocks(blocks) if b.start > lines[0].end]
    names = {i: _item_name(h.header.strip(), lang) for i, h in enumerate(heads)
             if h.key is None and h.value_start == h.value_end}
    # a whole heading is a name where the first lines name the kind of page ("Prosjekter vi har støttet" over
    # "Kystungdom Stord") or the text names it again below it (not a magazine's "Fra prosjekt til fast drift")
    names = {i: n for i, n in names.items() if n is None or named_kind or n != heads[i].header.strip().strip("«»\"“” ")
             or re.search(rf"(?<!\w){re.escape(n)}(?!\w)", text[heads[i].end:])}
    best, name, most = None, None, 0
    for i, own in names.items():
        if own is None:
            continue  # "Foreløpige resultater": a part of an item, not an item
        # the known headings up to the next item that names something
        known = 0
        for j in range(i + 1, len(heads)):
            if names.get(j) is not None:
                break
            known += heads[j].key is not None
        if known > most:
            best, name, most = heads[i], own, known
    if best is None:
        return None
    start = text.index(name, best.start)
    return Candidate("title", name, name, start, start + len(name), 0.9, METHOD_TITLE + ":newsletter_item")


def _item_name(header: str, lang: str) -> Optional[str]:
    """The name opening a news item's heading: before a colon or a spaced dash ("Lesefrø: halvveis og godt i gang"),
    or before its first copula ("Språkstart er i gang", "Hälsolotsar i Kronoparken är nu permanent verksamhet"), or
    the whole heading when short ("Kystungdom Stord")."""
    m = _HEADLINE_NAME.match(header)
    copula = re.search(rf"[ \t]+(?i:{lexicon.alternation(lexicon.phrases(lang, 'copulas'))})[ \t]", header)
    ends = [e for e in (m.end("name") if m else None, copula.start() if copula else None) if e is not None]
    if not ends and header.rstrip().endswith(("?", "!", ":", ".")):
        return None
    # (a heading that is a name alone: "Kystungdom Stord" on a funder's page of the projects it supported)
    name = header[:min(ends, default=len(header))].strip("«»\"“” ")
    return name if name[:1].isupper() and len(name.split()) <= MAX_HEADLINE_NAME_WORDS else None


@lru_cache(maxsize=None)
def _minutes_dash(lang: str) -> re.Pattern:
    """Minutes named with their meeting and, after a dash, the case: "Referat af styregruppemøde – Seniorer i Samspil",
    "Referat frå styringsgruppemøte – «Aktiv saman 65+»"."""
    kinds = lexicon.alternation(lexicon.phrases(lang, "minutes_kinds"))
    return re.compile(rf"[ \t]*(?i:{kinds})(?:[ \t]+[^\W\d_]+){{0,2}}[ \t]+[–—-][ \t]+(?P<name>[A-ZÆØÅÄÖÜ«\"“][^\n]{{1,80}}?)[ \t]*")


def _minutes_named(lang: str, lines) -> Optional[Candidate]:
    m = _minutes_dash(lang).fullmatch(lines[0].text) if lines else None
    if m is None or _is_paragraph(m["name"], MAX_HEADLINE_NAME_WORDS + 2):
        return None
    name = m["name"].strip("«»\"“” ")
    start = lines[0].start + m.start("name") + m["name"].index(name)
    return Candidate("title", name, name, start, start + len(name), 0.9, METHOD_TITLE + ":minutes_named")


def _case_paper_item(text: str, lang: str, lines) -> Optional[Candidate]:
    """The agenda item a case paper's preamble names, when the text names it again below ("Dagsordenspunkt 7:
    Madmakkere – status og videreførelse …" … "Projektet Madmakkere har …")."""
    head_end = lines[min(len(lines), PREAMBLE_LINES + 4) - 1].end if lines else 0
    m = _agenda_pattern(lang).search(text, lines[0].start if lines else 0, head_end)
    if m is None:
        return None
    name = m["name"].strip()
    if _is_paragraph(name, MAX_HEADLINE_NAME_WORDS) or not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[m.end():]):
        return None
    return Candidate("title", name, name, m.start("name"), m.start("name") + len(name), 0.9, METHOD_TITLE + ":case_item")


def _is_minutes(lines, lang: str) -> bool:
    """Whether a minutes word stands on one of the text's first lines (under a letterhead)."""
    return any(_kind_line(lang, "minutes_kinds").fullmatch(ln.text) for ln in lines[:PREAMBLE_LINES + 2])


@lru_cache(maxsize=None)
def _agenda_pattern(lang: str) -> re.Pattern:
    """An agenda item's line: its word and number ("Punkt 3.", "Sak 31/24", "§ 4") or a number alone ("3."),
    a name, then a dash and what the item is about."""
    return re.compile(rf"^{lexicon.agenda_number(lang, word_optional=True)}"
                      rf"(?P<name>[A-ZÆØÅÄÖÜ][^\n–—]{{1,80}}?)[ \t]+[–—-][ \t]+\S", re.MULTILINE)


#: how often an agenda item's name must recur in the minutes (besides the item's own lines) to be the case's
MIN_AGENDA_NAME_REPEATS = 1


def _agenda_item(text: str, lang: str, lines) -> Optional[Candidate]:
    """The case discussed in minutes: the agenda item whose name recurs most in the text outside the items'
    own lines ("Punkt 3. Vejen Videre – status, økonomi og forlængelse" … "Vejen Videre er et …")."""
    items = list(_agenda_pattern(lang).finditer(text))
    if not items:
        return None
    stripped = _agenda_pattern(lang).sub("", text)
    best, count = None, MIN_AGENDA_NAME_REPEATS - 1
    for m in items:
        name = m["name"].strip()
        if _is_paragraph(name, 8):
            continue
        n = stripped.count(name)
        if n > count:
            best, count = m, n
    if best is None:
        return None
    name = best["name"].strip()
    return Candidate("title", name, name, best.start("name"), best.start("name") + len(name), 0.86,
                     METHOD_TITLE + ":agenda_item")


#: A name in quotes after words on the first line, closed on that line or the next:
#: 'Slutrapport for projektet "Stærke forældre i Ishøj"', 'Projektet «Ut i naturen»'.
_QUOTED_NAME = re.compile(r'\S[^"“”«»„\n]*?[ \t]["“«„”](?P<name>[^"“”«»„\n]{2,100}(?:\n[^"“”«»„\n]{1,100})?)["”»“]')


#: a quoted name opening the first line, then a dash and a subtitle or nothing: "«Pust og bevegelse» – lavterskel …"
_QUOTED_OPENING = re.compile(r'[ \t]*["“«„»](?P<name>[^"“”«»„\n]{2,100})["”»“«][ \t]*(?:[–—-][ \t]|$)', re.MULTILINE)


def _quoted_name(text: str, lines, news: bool = False) -> Optional[Candidate]:
    if not lines or len(lines[0].text) > MAX_TITLE_CHARS:
        return None
    opening = _QUOTED_OPENING.match(text, lines[0].start)
    if opening is not None and not _is_paragraph(opening["name"]) \
            and not (news and len(opening["name"].split()) > MAX_NEWS_QUOTED_NAME_WORDS):
        # (a news article's quoted headline of many words is a quotation: "Vi kørte ud til familierne …")
        return Candidate("title", opening["name"].strip(), opening["name"], opening.start("name"), opening.end("name"),
                         0.87, METHOD_TITLE + ":quoted")
    m = _QUOTED_NAME.match(text, lines[0].start)
    if m is None or "\n" in text[lines[0].start:m.start("name")]:
        return None
    # only generic words before the quote ("Slutrapport for projektet"): after a name of its own
    # ('Bruksvallarna Snow Factory "Garanterad snö 1 oktober"') the quote is a tagline; and nothing
    # but a dash and a report word after it ('"trivsel" blandt ældre' is a quoted word)
    lead = text[lines[0].start:m.start("name") - 1].split()
    rest = text[m.end():line_end(text, m.end())].strip()
    if any(w[:1].isupper() for w in lead[1:]) or (rest and not rest.startswith(("–", "—", "-", ":"))):
        return None
    raw = m.group("name").strip()
    start = m.start("name") + m.group("name").index(raw)
    value = " ".join(raw.split())
    if _is_paragraph(value):
        return None
    return Candidate("title", value, raw, start, start + len(raw), 0.87, METHOD_TITLE + ":quoted")


#: a letterhead's first line: an organisation or a place in capitals, perhaps with its switchboard
#: beside it ("ULSTEIN KOMMUNE      Sentralbord: 70 01 78 00", "FONDEN KYSTLYS", "PORSGRUNN")
_CAPS_HEAD = re.compile(r"[^\W\d_]{2,}(?:[ \t&.,/-]+[^\W\d_]{2,}){0,5}\.?")


def _letterhead(lines) -> str:
    """The first line's first column: the sender's name in a letterhead ("ULSTEIN KOMMUNE" beside its
    switchboard, "HAUGESUND KOMMUNE – Arbeid og inkludering" before its unit)."""
    head = lines[0].text.strip().split(COLUMN_GAP, 1)[0].strip()
    unit = _UNIT_DASH.search(head)
    return head[:unit.start()] if unit and head[:unit.start()] == head[:unit.start()].upper() else head


#: a dash and a unit written in lower case after a letterhead's name in capitals
_UNIT_DASH = re.compile(r"[ \t]+[–—-][ \t]+(?=[A-ZÆØÅÄÖÜ][a-zæøåäöü])")


def _quoted(group: str) -> str:
    """A quoted name opening with a capital or a digit, captured as `group` (Danish sets »X«, Swedish ”X”)."""
    return rf'["“”«„»](?P<{group}>[A-ZÆØÅÄÖÜ0-9][^"“”«»„\n]{{1,100}}?)["”»“«]'


_QUOTED = re.compile(_quoted("name"))
#: how far into a letter or an e-mail its subject line may stand
SUBJECT_LINES = 25


def _header_kind(text: str, lang: str, lines) -> Optional[str]:
    """"email" when the text opens with an e-mail's header lines ("Fra: …", "Emne: …"), "letterhead"
    when its first line is a sender's name in capitals (an organisation or a place), else None: the
    first line is then no title."""
    if not lines:
        return None
    first = lines[0].text.strip()
    headers = lexicon.phrase_pattern(lang, "email_headers")
    m = headers.match(first)
    if m and first[m.end():m.end() + 1] == ":":
        return "email"
    head = _letterhead(lines)
    if not _CAPS_HEAD.fullmatch(head) or head != head.upper():
        return None
    names = _municipality_names(resources.load(lang, "labels").country)
    if lexicon.is_organisation(head, lang) or head.casefold() in names:
        return "letterhead"
    return None


def _email_subject(text: str, lang: str, lines) -> Optional[Candidate]:
    """The case's name in an e-mail's subject line: the quoted name, or the subject without its report
    kind ("Lägesrapport Jobbspåret, kvartal 1 2025" -> "Jobbspåret") and without a reference in brackets."""
    subject = lexicon.phrase_pattern(lang, "email_subject")
    for ln in lines[:SUBJECT_LINES]:
        m = subject.match(ln.text)
        if not m or ln.text[m.end():m.end() + 1] != ":":
            continue
        start = ln.start + m.end() + 1
        value = text[start:ln.end]
        quoted = _QUOTED.search(value)
        if quoted:
            return Candidate("title", quoted["name"], quoted["name"], start + quoted.start("name"),
                             start + quoted.end("name"), 0.88, METHOD_TITLE + ":email_subject")
        kinds = lexicon.alternation((*lexicon.phrases(lang, "report_kinds"),
                                     *lexicon.heading_variants(lang, "final_report")))
        joiners = lexicon.alternation(lexicon.name_joiners(lang))
        replies = lexicon.alternation(lexicon.phrases(lang, "reply_prefixes"))
        lead = re.match(rf"[ \t]*(?:(?i:{replies}):[ \t]*)*(?:(?i:{kinds})\b[ \t:–—-]*(?:(?i:{joiners})[ \t]+)?)?",
                        value)
        name = re.split(r"\s*(?:,|\(|\s[–—-]\s)", value[lead.end():], maxsplit=1)[0].strip()
        if not name or _is_paragraph(name) or not name[:1].isupper():
            return None
        offset = start + value.index(name, lead.end())
        return Candidate("title", name, name, offset, offset + len(name), 0.8, METHOD_TITLE + ":email_subject")
    return None


def _project_subject(text: str, lang: str, lines) -> Optional[Candidate]:
    """A letter's subject line that opens with the project word and the name ("Projekt Hemmaplan –
    förstärkt stöd till unga vuxna")."""
    words = lexicon.alternation(lexicon.phrases(lang, "project_words"))
    pattern = re.compile(rf"[ \t]*(?i:{words})[ \t]+(?P<name>[A-ZÆØÅÄÖÜ][^\n]*?)[ \t]*$")
    for ln in lines[1:SUBJECT_LINES]:
        m = pattern.match(ln.text)
        if m and not _is_paragraph(m["name"]) and not m["name"].endswith((".", ":", ",")):
            start = ln.start + m.start("name")
            return Candidate("title", m["name"], m["name"], start, start + len(m["name"]), 0.85,
                             METHOD_TITLE + ":project_subject")
    return None


#: a quoted name in a news article is a name, not a quotation, at this many words or fewer
MAX_NEWS_QUOTED_NAME_WORDS = 4


def _named_project(text: str, lang: str, lines, trust_quotes: bool,
                   headline: Optional[str] = None) -> Optional[Candidate]:
    """The case's name told in the text: a quoted name after a project word ('projektet "Ung på
    Vandet"', 'Padleprosjektet «Sjøsprøyt»'), or a name and "is a project" ("Kodeklubben på Biblioteket
    er et projekt", '«Verkstedet», et treårig prosjekt'). Unquoted, the name must recur in the text.
    With `trust_quotes` (the first line is a letterhead or an e-mail header) or a news `headline`, a quoted
    name that recurs is taken too (not a quotation from the headline). A name quoted in capitals is given
    as the text writes it elsewhere; a capitals subject line that opens with it and a dash adds its
    subtitle ("TRYGG I VANNET – SVØMMEOPPLÆRING FOR VOKSNE KVINNER")."""
    noun = lexicon.project_noun(lang).pattern
    score, how = 0.9, ":named_project"
    copula = lexicon.alternation(lexicon.phrases(lang, "project_is"))
    articles = lexicon.alternation(lexicon.phrases(lang, "articles"))
    pattern = _named_pattern(copula, noun, articles, lexicon.alternation(lexicon.phrases(lang, "lead_of")))
    folded = text.casefold()
    found = None
    for m in pattern.finditer(text):
        group = "a" if m["a"] else "b"
        found = (m[group], m.start(group))
        break
    if found is None:
        not_a_name = {w.casefold() for w in lexicon.phrases(lang, "not_a_name")}
        for m in _bare_named_pattern(copula, noun).finditer(text):
            first = m["name"].split()[0]
            # "Indsatsen er en forebyggende indsats": the project word itself is no name
            if folded.count(m["name"].casefold()) >= 2 and first.casefold() not in not_a_name \
                    and not lexicon.project_noun(lang).fullmatch(first):
                found = (m["name"], m.start("name"))
                break
    if found is None:
        found = _unquoted_after_noun(text, lang)
        if found is not None:
            score, how = UNQUOTED_NAME_SCORE, ":named_project_unquoted"
    if found is None and (trust_quotes or headline is not None):
        # a news article's quoted headline is a quotation, no name
        counts = Counter(m["name"] for m in _QUOTED.finditer(text) if not _is_paragraph(m["name"], 12)
                         and not m["name"].rstrip().endswith((".", "!", "?", ","))
                         and (headline is None or (m["name"].casefold() not in headline.casefold()
                                                   and len(m["name"].split()) <= MAX_NEWS_QUOTED_NAME_WORDS)))
        repeated = [n for n in counts if folded.count(n.casefold()) >= 2]
        if repeated:
            name = repeated[0]
            found = (name, text.index(name))
    if found is None or _is_paragraph(found[0], 12):
        return None
    name, start = found
    if name == name.upper():
        # the name as the text writes it in lower case, where it does
        for m in re.finditer(re.escape(name), text, re.IGNORECASE):
            if m.group() != m.group().upper():
                name, start = m.group(), m.start()
                break
    for ln in lines[:SUBJECT_LINES]:
        head = ln.text.strip()
        if head == head.upper() and head.casefold().startswith(name.casefold() + " ") \
                and head[len(name):].lstrip()[:1] in "–—-":
            name = name + head[len(name):].lower()
            break
    return Candidate("title", name, text[start:start + len(name)], start, start + len(name), score,
                     METHOD_TITLE + how)


#: an unquoted name after "the project": above a news headline, below a first line that names the case
UNQUOTED_NAME_SCORE = 0.8
#: how often the name must stand in the text, this mention included
MIN_UNQUOTED_MENTIONS = 2


@lru_cache(maxsize=None)
def _after_noun_pattern(lang: str) -> re.Pattern:
    """The case's own word in its definite form, then a capitalised run of words up to a stop, a comma or
    a dash ("startar projektet Fika på distans, där …")."""
    words = lexicon.alternation(lexicon.phrases(lang, "project_words"))
    endings = lexicon.alternation(lexicon.phrases(lang, "definite_endings"))
    return re.compile(rf"(?<![^\W\d_])(?i:(?:{words})(?:{endings}))[ \t]+"
                      rf"(?P<name>[A-ZÆØÅÄÖÜ][^\W_]*(?:[ \t]+[^\W_][^ \t\n.,;:!?()]*){{0,6}})")


def _unquoted_after_noun(text: str, lang: str) -> Optional[tuple[str, int]]:
    """An unquoted name after "the project" that the text repeats: the run of words after the noun,
    shortened from its end until it stands in the text at least twice, written the same way ("projektet
    Ung i Job blev" -> "Ung i Job")."""
    not_a_name = {w.casefold() for w in lexicon.phrases(lang, "not_a_name")}
    for m in _after_noun_pattern(lang).finditer(text):
        words = m["name"].split()
        while words:
            name = " ".join(words)
            if text.count(name) >= MIN_UNQUOTED_MENTIONS and words[0].casefold() not in not_a_name \
                    and words[-1].casefold() not in lexicon.name_joiners(lang) \
                    and not lexicon.project_noun(lang).fullmatch(words[0]):
                return name, m.start("name")
            words = words[:-1]
    return None


@lru_cache(maxsize=None)
def _bare_named_pattern(copula: str, noun: str) -> re.Pattern:
    """An unquoted name opening a sentence before "is a (three-year) project"."""
    return re.compile(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<name>[A-ZÆØÅÄÖÜ][^\W\d_]*(?:[ \t]+[^\W_][^ \t\n.,;:!?]*){{0,6}}?)"
                      rf"[ \t]+(?i:{copula})[ \t]+(?:[^\W\d_]+[ \t]+)?{noun}\b")


@lru_cache(maxsize=None)
def _named_pattern(copula: str, noun: str, articles: str, lead_of: str) -> re.Pattern:
    """A quoted name after a project word (group a; "prosjektleder for «Digital i hverdagen»" too), or before
    "is a (three-year) project" (group b)."""
    return re.compile(rf"(?<![^\W\d_]){noun}(?:[ \t]+(?i:{lead_of}))?[ \t]+{_quoted('a')}"
                      rf"|{_quoted('b')}(?:,?[ \t]+(?i:{copula})|,[ \t]+(?i:{articles}))[ \t]+"
                      rf"(?:[^\W\d_]+[ \t]+)?{noun}\b")


def _run_by(text: str, lang: str, entities: Sequence) -> Optional[Candidate]:
    """"Projektet drives af Kalundborg Kommune", "Prosjektet eies av Alta kommune": the organisation
    entity right after the first run-by phrase of the text."""
    orgs = [e for e in entities if e.label == "ORG"]
    for m in lexicon.phrase_pattern(lang, "run_by").finditer(text):
        org = next((e for e in orgs if m.end() <= e.start <= m.end() + 2), None)
        if org is not None:
            value = text[org.start:org.end]
            end = _wrapped_name_end(text, org.end, value)
            return Candidate("organisation", " ".join(text[org.start:end].split()), text[org.start:end], org.start,
                             end, 0.62, METHOD_ORG + ":run_by")
        named = _organisation_after(text, m.end(), lang)
        if named is not None:
            return named
    return None


#: a name broken at a line's end after a joiner: " i\nSalling" (the joiner, the line break, the next words)
_WRAPPED_REST = re.compile(r"[ \t]+(?P<rest>[^\W\d_]+[ \t]*\n[ \t]*[A-ZÆØÅÄÖ][^\W\d_-]*(?:-[^\W\d_]+)?)")


def _wrapped_name_end(text: str, end: int, value: str) -> int:
    """Where a name found up to `end` really ends when a hard line break cut it ("gennemføres af Foreningen Aktive
    Ældre i\nSalling i Skive Kommune"): after the next line's first word, when the text writes the longer name
    on one line elsewhere (the letter's address block: "Foreningen Aktive Ældre i Salling")."""
    m = _WRAPPED_REST.match(text, end)
    if m is None:
        return end
    longer = value + " " + " ".join(m["rest"].split())
    on_one_line = re.compile(rf"(?<![^\W\d_]){re.escape(longer)}(?![^\W\d_])")
    return m.end() if on_one_line.search(text) else end


def _stands_behind(text: str, lang: str) -> Optional[Candidate]:
    """"…, et toårigt projekt, som Varde Kommunes Ældre og Sundhed står bag": the organisation a relative clause
    says stands behind the case, when it names an organisation."""
    which = lexicon.alternation(lexicon.phrases(lang, "relative_pronouns"))
    behind = lexicon.alternation(lexicon.phrases(lang, "stands_behind"))
    clause = re.compile(rf"(?<!\w)(?i:{which})[ \t\n]+(?P<org>[A-ZÆØÅÄÖ][^\n,.;]{{2,60}}?)[ \t\n]+"
                        rf"(?i:{behind})(?!\w)")
    for m in clause.finditer(text):
        org = m["org"]
        words = org.split()
        # "Varde Kommunes Ældre og Sundhed": a unit of an organisation named in the genitive
        owned = any(w.endswith("s") and lexicon.is_organisation(" ".join(words[:i] + [w[:-1]]), lang)
                    for i, w in enumerate(words[:-1]))
        if (lexicon.is_organisation(org, lang) or owned) and len(words) <= MAX_PREAMBLE_ORG_WORDS:
            return Candidate("organisation", org, org, m.start("org"), m.end("org"), 0.62, METHOD_ORG + ":stands_behind")
    return None


#: a name after a run-by phrase: a capital, then up to five more words on the line
_NAME_AFTER = re.compile(r"[ \t]*(?P<name>[A-ZÆØÅÄÖ][^\W\d_]*(?:[ \t]+[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?){0,5})")


def _organisation_after(text: str, pos: int, lang: str) -> Optional[Candidate]:
    """The organisation a run-by phrase names where no entity was found: the longest run of words after
    it that names an organisation by its form ("i regi av Kvinnherad padleklubb for ungdom" -> "Kvinnherad
    padleklubb"), not running on past a joiner ("for", "i")."""
    m = _NAME_AFTER.match(text, pos)
    if m is None:
        return None
    words = m["name"].split()
    joiners = lexicon.name_joiners(lang)
    best = None
    for k in range(1, len(words) + 1):
        if best is not None and words[k - 1].casefold() in joiners:
            break
        if lexicon.is_organisation(" ".join(words[:k]), lang):
            best = k
    if best is None:
        return None
    value = " ".join(words[:best])
    start = text.index(words[0], m.start("name"))
    end = start + len(text[start:].split(words[best - 1], 1)[0]) + len(words[best - 1])
    return Candidate("organisation", value, text[start:end], start, end, 0.6, METHOD_ORG + ":run_by_name")


def _report_named(text: str, lang: str, blocks: list[Block], lines, last: int) -> Optional[Candidate]:
    """"Slutrapport: Cykelglæde i Ringkøbing-Skjern", "Sluttrapport – Aktiv på dagtid": the first line
    names the kind of report, then the case (the report-kind words are the final_report headings). `last`:
    the last line the first line's name was wrapped onto (`_wrapped_name`)."""
    if not lines or len(lines[0].text) > MAX_TITLE_CHARS:
        return None
    first = lines[0]
    inline = next((b for b in blocks if b.line_index == 0 and b.kind == "heading"), None)
    if inline is not None:
        if inline.key != "final_report" or inline.value_start >= inline.value_end:
            return None
        start, end = inline.value_start, inline.value_end
    else:
        m = _report_dash(lang).match(first.text)
        if not m:
            return None
        start, end = first.start + m.end(), first.end
    value = text[start:end].strip()
    if value[:1] in "\"“”«„»" and value:
        if len(value) < 3 or value[-1] not in "\"”»“«":
            return None  # a quoted name closed on the next line: read by _quoted_name
        value = value[1:-1].strip()  # 'Sluttrapport for prosjektet «Språkkafé»': the name, not its quotes
    if not value or _is_paragraph(value):
        return None
    start = text.index(value, start)
    if last and end == first.end:
        # "Slutrapport: Simkunnighet för nyanlända barn och\nföräldrar i Borlänge": the name runs on
        end = lines[last].end
        value = " ".join([value] + [ln.text for ln in lines[1:last + 1]])
        return Candidate("title", value, text[start:end], start, end, 0.84, METHOD_TITLE + ":after_report_kind_wrapped")
    return Candidate("title", value, value, start, start + len(value), 0.86, METHOD_TITLE + ":after_report_kind")


@lru_cache(maxsize=None)
def _report_dash(lang: str) -> re.Pattern:
    """A report or application kind and a colon or dash opening a line ("Slutrapport – ",
    "Sluttrapport: ", "Søknad om tilskudd: "), or the kind and "for the project" before a name
    ("Slutrapport för projektet ")."""
    words = "|".join(re.escape(w) for key in TITLE_KIND_KEYS for w in lexicon.heading_variants(lang, key))
    kinds = lexicon.alternation((*lexicon.phrases(lang, "application_kinds"), *lexicon.phrases(lang, "report_kinds"),
                                 *lexicon.phrases(lang, "project_words")))
    number = r"(?:\s+(?:nr\.?\s*)?\d{1,4})?"  # "Delrapport 2: ", "Lägesrapport 2024: "
    of = lexicon.alternation(lexicon.phrases(lang, "report_of"))
    # "Slutrapport för projektet Digital delaktighet …": the kind, then "for the project", then the name
    return re.compile(rf"(?:{words}|{kinds}){number}(?:\s*[:–—-]|\s+(?:{of})(?-i:(?=\s+[A-ZÆØÅÄÖÜ«»\"“])))\s+",
                      re.IGNORECASE)


#: a news article's headline as its title: below a project label or a named project anywhere in the text
NEWS_HEADLINE_SCORE = 0.7


#: a headline's opening name, then a colon or a spaced dash and the rest: "Sommarjobbslotsen – vägen in till …"
_HEADLINE_NAME = re.compile(r"[ \t]*(?P<name>[A-ZÆØÅÄÖÜ«\"“][^\n:–—]{1,60}?)[ \t]*(?::|[ \t][–—-])[ \t]+\S")
#: how many words a name opening a headline may have
MAX_HEADLINE_NAME_WORDS = 5


def _headline_name(text: str, start: int, end: int) -> Optional[Candidate]:
    """The case's name opening a news headline before a colon or a dash ("Broen til Job: Mentorer hjælper …",
    "Sommarjobbslotsen – vägen in till första jobbet"), when the article names it again below the headline."""
    m = _HEADLINE_NAME.match(text, start, end)
    if m is None or len(m["name"].split()) > MAX_HEADLINE_NAME_WORDS:
        return None
    name = m["name"].strip("«»\"“” ")
    if not re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[end:]):
        return None
    at = text.index(name, m.start("name"))
    return Candidate("title", name, name, at, at + len(name), NEWS_HEADLINE_SCORE + 0.1, METHOD_TITLE + ":headline_name")


def _project_line(text: str, lang: str, lines, news: bool) -> Optional[Candidate]:
    """"Prosjekt: Turvenner i Bodø" in the fact lines under the first ("Søknad om tilskudd fra …"); in a
    news article (`news`) anywhere, as its fact box names the project further down."""
    pattern = _project_label(lang)
    for i, ln in enumerate(lines[1:], start=1):
        if i >= PREAMBLE_LINES + 4 and not news:
            break  # a news article's fact box names the project further down ("Projekt: Seniorstyrke Møn, …")
        m = pattern.match(ln.text)
        if m and not _is_paragraph(m["name"]) and not m["name"].rstrip().endswith((".", ":")):
            name = m["name"]
            gap = _NEXT_PAIR.search(name)
            if gap:
                name = name[:gap.start()]  # "Prosjekt: Arbeidsbro   |   Prosjektperiode: …": the next fact
            head, comma, tail = name.rpartition(",")
            if comma and head.strip() and lexicon.is_organisation(tail.strip(), lang):
                name = head.strip()  # "Seniorstyrke Møn, Vordingborg Kommune": the project, then who runs it
            start = ln.start + m.start("name")
            return Candidate("title", name, name, start, start + len(name), 0.9, METHOD_TITLE + ":project_label")
    return None


#: a second label and value on the project label's line, set apart by a gap, a bar or a middle dot
_NEXT_PAIR = re.compile(r"(?:[ \t]{3,}|\t|[ \t]+[|·][ \t]+)(?=[^\n:]{1,40}:)")


@lru_cache(maxsize=None)
def _project_label(lang: str) -> re.Pattern:
    """The case's own word and a colon opening a line, then a name with a capital, digit or quote."""
    words = lexicon.alternation(lexicon.phrases(lang, "project_words"))
    return re.compile(rf"[ \t]*(?i:{words})[ \t]*:[ \t]*(?P<name>[A-ZÆØÅÄÖÜ0-9«»\"“][^\n]*?)[ \t]*$")


@lru_cache(maxsize=None)
def _report_tail(lang: str) -> re.Pattern:
    """A dash and a report-kind word closing the first line ("Aktiv hverdag – slutrapport"), perhaps with
    what the report is ("Steget vidare – sammanfattning av slutrapport från extern utvärdering")."""
    words = lexicon.alternation((*lexicon.heading_variants(lang, "final_report"),
                                 *lexicon.phrases(lang, "report_kinds")))
    return re.compile(rf"\s+[–—-]\s*(?:{words})(?:\s+\d{{4}}|\s+[^\W\d_][^\n]*)?\s*$", re.IGNORECASE)


PREAMBLE_LINES = 4
MAX_PREAMBLE_ORG_WORDS = 8
#: what may follow an organisation that opens a preamble line and still belong to it: its unit after
#: a comma ("Lillehammer kommune, Enhet for helse og mestring"), no digits or sentence marks ("…, 2021")
_UNIT_AFTER = re.compile(r",[ \t]*[A-ZÆØÅÄÖÜ][^\d,.;:!?()\[\]\n]*")


@lru_cache(maxsize=None)
def _id_line() -> re.Pattern:
    """A line opening with a registry or file-number label of any language's numbers.yaml ("Dnr", "J.nr.",
    "Saksnr."), then digits later on the line."""
    return re.compile(rf"[ \t]*(?i:{lexicon.any_language_numbers_words('id_cues')})\.?[ \t]*[:#]?[ \t]*[^\n]*\d",
                      re.IGNORECASE)


#: a question or an exclamation closing a line, perhaps before pictograms
_CALLED_OUT = re.compile(rf"[?!](?:\s|{PICTOGRAM_CLASS})*\Z")


def _called_out(line: str) -> bool:
    """A question or an exclamation, perhaps between pictograms: "VILL DU VARA MED?", "📣 NYTT TILBOD FOR UNGDOM! 📣"."""
    return _CALLED_OUT.search(line) is not None


def _shouted_word(name: str, text: str) -> bool:
    """One word in capitals that the text also writes in lower case: a common word set in capitals ("TILSAGN OM
    STØTTE"), no acronym ("NAV", "KFUM")."""
    return " " not in name and name.isupper() and len(name) > 1 \
        and re.search(rf"(?<!\w){re.escape(name.lower())}(?!\w)", text) is not None


#: a joiner word and a name closing a line after an organisation: " i Vestjylland" in "Foreningen Unge Bønder i
#: Vestjylland"
_JOINED_NAME = re.compile(r"[ \t]+(?P<joiner>[^\W\d_]+)[ \t]+(?P<place>[A-ZÆØÅÄÖÜ][^\W\d_-]*(?:-[^\W\d_]+)?)")


def _place_after(rest: str, at: int, lang: str, entities: Sequence) -> bool:
    """The rest of an organisation's line is a joiner ("i", "på") and a place the model or the rules found ("i
    Vestjylland", "i Växjö"): the place belongs to the organisation's name, which the line holds alone."""
    m = _JOINED_NAME.fullmatch(rest)
    if m is None or m["joiner"].casefold() not in lexicon.name_joiners(lang):
        return False
    start, end = at + m.start("place"), at + m.end("place")
    return any(e.label == "LOC" and e.start == start and e.end == end for e in entities)


#: how many lines a name wrapped by the layout may run over
MAX_NAME_LINES = 3
#: a line longer than this was not wrapped by a page's width (a PDF line holds about 60–110 characters)
MAX_WRAPPED_LINE_CHARS = 120
_NOT_A_NAME_LINE = re.compile(r"@|https?:|www\.")


def _wrapped_name(lines, i: int, lang: str, blocks: list[Block]) -> tuple[str, int]:
    """The name that opens at line `i` and the index of its last line: the lines it was wrapped onto
    (PDF text, hard-wrapped .txt) belong to it. A line that ends in a word a name never ends with
    ("… Entreprenørskab for", "… och"), or in a dash, or whose next line opens in lower case, goes on."""
    joiners = lexicon.name_joiners(lang)
    headed = {b.line_index for b in blocks if b.key is not None}
    parts = [lines[i].text]
    j = i
    while j + 1 < len(lines) and j + 1 - i < MAX_NAME_LINES and len(lines[j].text) <= MAX_WRAPPED_LINE_CHARS:
        cur, nxt = lines[j].text, lines[j + 1]
        if nxt.blank_before or j + 1 in headed or cur.endswith((".", "!", "?", ":", ";", ",")) \
                or _NOT_A_NAME_LINE.search(nxt.text) \
                or sum(map(len, parts)) + len(nxt.text) > MAX_TITLE_CHARS:
            break
        if not (nxt.text[:1].islower() or cur.endswith((" -", " –"))
                or cur.rsplit(None, 1)[-1].casefold() in joiners):
            break
        parts.append(nxt.text)
        j += 1
    return " ".join(parts), j


def _stands_alone(text: str, end: int) -> bool:
    """A blank line (or the text's end) follows the line ending at `end`."""
    rest = text[end:end + 200].lstrip(" \t\r")
    return not rest.strip() or rest.startswith("\n") and not rest[1:].split("\n", 1)[0].strip()


def _is_paragraph(line: str, max_words: int = MAX_TITLE_WORDS) -> bool:
    """Running text rather than a name: many words, several full sentences, or an e-mail.
    ("NM Norr. Adderat värde …" is a name: it has a break inside but no closing stop.)"""
    stripped = line.rstrip()
    return (len(line.split()) > max_words or "@" in line
            or (bool(_SENTENCE_INSIDE.search(stripped)) and stripped.endswith((".", "!", "?"))))


#: a first line's two parts apart by a dash or a colon: "Foreningen Kystliv Hjørring – Årsberetning 2024"
_TWO_PARTS = re.compile(r"[ \t]*(?P<a>[^\n]+?)[ \t]+[–—-][ \t]+(?P<b>[^\n]+?)[ \t]*|[ \t]*(?P<c>[^\n:]+?):[ \t]+(?P<d>[^\n]+?)[ \t]*")


def _annual_report_owner(lang: str, lines) -> Optional[Candidate]:
    """Whose annual report the text is: the other part of a first line that names the report and its owner
    ("Foreningen Kystliv Hjørring – Årsberetning 2024", "Årsmelding 2024 – Seniornettverket i Volda")."""
    m = _TWO_PARTS.fullmatch(lines[0].text) if lines else None
    if m is None:
        return None
    kind = _annual_kind(lang)
    for part, other in (("a", "b"), ("b", "a"), ("c", "d"), ("d", "c")):
        if m[part] and kind.search(m[part]) and not kind.search(m[other]):
            name = m[other]
            if name[:1].isupper() and not any(ch.isdigit() for ch in name) \
                    and len(name.split()) <= MAX_PREAMBLE_ORG_WORDS and not _is_paragraph(name):
                start = lines[0].start + m.start(other)
                return Candidate("organisation", name, name, start, start + len(name), 0.75,
                                 METHOD_ORG + ":annual_report_owner")
    return None


def find_organisations(text: str, lang: str, blocks: list[Block],
                       contacts: list[dict[str, Candidate]], entities: Sequence = ()) -> list[Candidate]:
    """The responsible organisation: an organisation label's value, the contact's
    organisation, or an organisation entity on a short line just under the title
    ("Projektrapport, Jobcenter Holstebro")."""
    out: list[Candidate] = []
    all_lines = split_lines(text)
    lines = all_lines[1:PREAMBLE_LINES + 1]
    # a label or heading line of another kind ("Tilskudd fra Helsedirektoratet: …") names a funder
    # or a person, not who runs the case
    # (a short organisation line over a paragraph reads as an unknown heading: it stays a candidate)
    other_lines = {b.line_index for b in blocks if b.key not in ("organisation", "responsible", None)}
    # an application's "Til: Nordvestfonden" is addressed to the funder
    applying = any(_application_word(lang).search(ln.text) for ln in all_lines[:SUBJECT_LINES])
    addressed = re.compile(rf"[ \t]*(?i:{lexicon.alternation(lexicon.phrases(lang, 'addressed_to'))})[ \t]*:")
    owner = _annual_report_owner(lang, all_lines)
    if owner is not None:
        out.append(owner)
    for index, ln in enumerate(lines, start=1):
        if len(ln.text.split()) > MAX_PREAMBLE_ORG_WORDS or index in other_lines \
                or (applying and addressed.match(ln.text)) or _called_out(ln.text) or _id_line().match(ln.text):
            continue  # (a question, "VILL DU VARA MED?", or a call, "📣 NYTT TILBOD!", names no one; nor does a file
            # number, "Dnr KS 2025/0183")
        # "1. Prosjektets navn": the case's own word is no organisation
        # (nor a common word in capitals: "STØTTE" in "TILSAGN OM STØTTE", written "støtte" in the text; nor a
        # word called out: "NYHET!")
        orgs = [e for e in entities if e.label == "ORG" and ln.start <= e.start and e.end <= ln.end
                and not lexicon.project_noun(lang).fullmatch(text[e.start:e.end])
                and not _shouted_word(text[e.start:e.end], text) and not text.startswith("!", e.end)]
        if orgs:
            first = orgs[0]
            # the organisation runs to the end of the line when more name parts follow it
            end = max(e.end for e in orgs)
            rest = text[first.end:ln.end].rstrip()
            if not text[ln.start:first.start].strip() and (
                    _UNIT_AFTER.fullmatch(rest) or _place_after(rest, first.end, lang, entities)):
                end = first.end + len(rest)
            value = text[first.start:end]
            out.append(Candidate("organisation", value, value, first.start, end, 0.65,
                                 METHOD_ORG + ":preamble"))
            break
    for b, value in _label_lines(text, blocks, ("organisation", "responsible")):
        # "Region Västerbotten i samarbete med Umeå kommun": the first is responsible
        partner = lexicon.phrase_pattern(lang, "partner_joiners").search(value)
        value = value[:partner.start()].rstrip(" ,") if partner and partner.start() else value
        clause = re.split(r"[,.;]", value, maxsplit=1)[0]
        named = _NAMED_IN_SENTENCE.fullmatch(clause)
        if named and lexicon.phrase_pattern(lang, "copulas").fullmatch(clause.split()[1]):
            # "Ansøger er den frivillige forening UngeKraft Holstebro": the name closing the sentence
            b_start = b.value_start + value.rindex(named["name"])
            out.append(Candidate("organisation", named["name"], named["name"], b_start, b_start + len(named["name"]),
                                 0.8, METHOD_ORG + ":label_sentence"))
            continue
        if not value or lexicon.phrase_pattern(lang, "not_stated").fullmatch(value):
            continue
        value = _without_town(value, lang)
        if b.key == "organisation":
            out.append(Candidate("organisation", value, value, b.value_start,
                                 b.value_start + len(value), 0.9, METHOD_ORG + ":label"))
        elif lexicon.is_organisation(value, lang):
            out.append(Candidate("organisation", value, value, b.value_start,
                                 b.value_start + len(value), 0.8, METHOD_ORG + ":responsible"))
    # "Prosjektansvarleg: Volda kommune, Kultureininga": a contact heading with an organisation as its
    # inline value names who is responsible, not a person
    for b, value in _label_lines(text, blocks, ("contact",), kind="heading"):
        if lexicon.is_organisation(value, lang) and not any(ch.isdigit() or ch == "@" for ch in value):
            out.append(Candidate("organisation", value, value, b.value_start, b.value_start + len(value),
                                 0.8, METHOD_ORG + ":contact_heading"))
    # "Kommune: Vejle Kommune" in a fact box: the municipality, named as an organisation, runs the case
    # when nothing better says who does
    suffix = lexicon.phrase_pattern(lang, "municipality_suffix")
    for b, value in _label_lines(text, blocks, ("municipality",)):
        if suffix.search(value) and lexicon.is_organisation(value, lang) and "," not in value:
            out.append(Candidate("organisation", value, value, b.value_start, b.value_start + len(value),
                                 0.6, METHOD_ORG + ":municipality_label"))
    run_by = _run_by(text, lang, entities) or _stands_behind(text, lang)
    if run_by is not None:
        out.append(run_by)
    owner = _numbered_owner(text, lang)
    if owner is not None:
        out.append(owner)
    presented = _presenter(lang, all_lines)
    if presented is not None:
        org = presented[0]
        out.append(Candidate("organisation", org[0], org[0], org[1], org[2], 0.85, METHOD_ORG + ":presents"))
    if _header_kind(text, lang, all_lines) == "letterhead":
        # a grant letter's recipient runs the case; a case document without one is its sender's
        found = _recipient(lang, all_lines) or _letterhead_sender(lang, all_lines)
        if found is not None:
            out.append(found)
    # "2. Organisation och samarbetspartner\nFöreningen Fröslunda Träffpunkt": an organisation section
    # opening with the organisation's name on a line of its own
    heads = heading_blocks(blocks)
    partners = lexicon.phrase_pattern(lang, "partner_headings")
    for i, h in enumerate(heads):
        value = text[h.value_start:h.value_end].strip()
        if h.key == "organisation" and value and lexicon.is_organisation(value, lang) \
                and not partners.fullmatch(lexicon.normalise_heading(h.own_words)):
            # "Organisation: Föreningen Seniorkraft Ludvika" read as a heading with its value on its line
            start = text.index(value, h.value_start)
            out.append(Candidate("organisation", value, value, start, start + len(value), 0.88,
                                 METHOD_ORG + ":heading_value"))
        # "Samarbeidspartnarar:" lists partners, not who runs the case
        if h.key == "organisation" and h.value_start >= h.value_end \
                and not partners.fullmatch(lexicon.normalise_heading(h.header)):
            start, end = heading_body(text, heads, i)
            # the name on its own line, or opening the section's first sentence before a comma or a stop
            # ("Föreningen Fröslunda Träffpunkt, Eskilstuna. Vi har samarbetat med …")
            body = text[start:end].strip()
            line, _, after = body.partition("\n")
            first = re.split(r"[,.;:]\s|\.$", line.strip(), maxsplit=1)[0].strip()
            copula = lexicon.phrase_pattern(lang, "contact_is")
            # not a sentence wrapped by the page ("Tilbuddet er organiseret i Center for træning og\n…")
            wrapped = first == line.strip() and (after[:1].islower() or first.split()[-1].casefold() in lexicon.name_joiners(lang))
            if first and len(first.split()) <= MAX_PREAMBLE_ORG_WORDS and lexicon.is_organisation(first, lang) \
                    and not wrapped and not copula.search(first):
                s = text.index(first, start)
                out.append(Candidate("organisation", first, first, s, s + len(first), 0.8,
                                     METHOD_ORG + ":section"))
                break
    for contact in contacts:
        org = contact.get("organisation")
        if org is not None:
            # "Boligforeningen Lindebo, Lindeparken 2, st., 4220 Korsør": the name without its address
            value = _without_town(org.value, lang)
            # "Prosjektleder, Helse og velferd" on a municipality's page ("Ringsaker kommune\nOrg.nr. …"): the
            # contact's unit, no organisation's name, weighs less than the page's owner
            unit = owner is not None and not lexicon.is_organisation(value, lang, prefixes_too=False)
            out.append(Candidate("organisation", value, org.raw, org.start, org.start + len(value) if org.raw.startswith(value)
                                 else org.end, UNIT_SCORE if unit else 0.75, METHOD_ORG + ":contact"))
    # "Mottagare: Styrgruppen": the case's own board or group is whom a report goes to
    bodies = lexicon.phrase_pattern(lang, "own_bodies")
    return [c for c in out if not bodies.fullmatch(c.value)]


#: a contact's unit that names no organisation, where the text's owner is known (below OWNER_SCORE)
UNIT_SCORE = 0.65
#: what may part an organisation's name from its number on one line: " · ", " | ", a comma, a column gap
_OWNER_PARTS = re.compile(r"[ \t]+[·|][ \t]+|,[ \t]+|[ \t]{3,}")
OWNER_SCORE = 0.7


def _numbered_owner(text: str, lang: str) -> Optional[Candidate]:
    """The organisation an organisation number belongs to ("Foreningen Klimanaboerne Viborg · CVR 42 90 13 58 · …",
    "FORENINGEN GJENBRUK NORD\nOrg.nr. 923 118 604"): who runs a case whose own papers or site give it (the HTML
    reader keeps no newspaper's footer)."""
    number = re.compile(rf"(?<!\w)(?i:{lexicon.alternation(lexicon.phrases(lang, 'org_number_words'))})(?!\w)[ \t.:]*\d")
    lines = split_lines(text)
    for i, ln in enumerate(lines):
        m = number.search(ln.text)
        if m is None:
            continue
        before = ln.text[:m.start()]
        parts = [p for p in _OWNER_PARTS.split(before) if p.strip()]
        if parts:
            name, start = parts[0].strip(), ln.start + ln.text.index(parts[0].strip())
        elif i > 0 and not lines[i - 1].text.rstrip().endswith((".", ":", "!", "?")):
            name, start = lines[i - 1].text.strip(), lines[i - 1].start
        else:
            continue
        if name[:1].isupper() and len(name.split()) <= MAX_PREAMBLE_ORG_WORDS and not any(c.isdigit() for c in name) \
                and lexicon.is_organisation(name, lang):
            return Candidate("organisation", name, name, start, start + len(name), OWNER_SCORE, METHOD_ORG + ":numbered")
    return None


def _presenter(lang: str, lines) -> Optional[tuple[tuple[str, int, int], "Line"]]:
    """((organisation, start, end), name line) of a flyer that opens with who presents it ("Aalborg Øst
    Idrætsforening præsenterer", "IL BRATSBERG ALLIANSE\npresenterer") and the case's name under it."""
    presents = re.compile(rf"(?P<org>.*?)[ \t]*(?i:{lexicon.alternation(lexicon.phrases(lang, 'presents'))})[ \t:]*")
    for i, ln in enumerate(lines[:2]):
        m = presents.fullmatch(ln.text)
        if m is None:
            continue
        org = (m["org"], ln.start, ln.start + len(m["org"])) if m["org"] else None
        if org is None and i == 1:
            org = (lines[0].text, lines[0].start, lines[0].end)
        if org is not None and i + 1 < len(lines) and lexicon.is_organisation(org[0], lang):
            return org, lines[i + 1]
    return None


def _recipient(lang: str, lines) -> Optional[Candidate]:
    """The organisation a letter from a letterhead is sent to: the line above its attention line
    ("Foreningen Grøn Havn Svendborg\nAtt.: Camilla Frost Nørgaard"); a grant letter's recipient runs
    the case."""
    attention = re.compile(rf"(?i:{lexicon.alternation(lexicon.phrases(lang, 'attention'))})(?:[ \t]*:)?[ \t]")
    for above, ln in zip(lines[1:SUBJECT_LINES], lines[2:SUBJECT_LINES]):
        value = above.text.strip()
        if attention.match(ln.text.strip()) and not ln.blank_before and value[:1].isupper() \
                and len(value.split()) <= MAX_PREAMBLE_ORG_WORDS and not any(ch.isdigit() for ch in value):
            start = above.start + above.text.index(value)
            return Candidate("organisation", value, value, start, start + len(value), 0.85,
                             METHOD_ORG + ":recipient")
    return None


def _without_town(value: str, lang: str) -> str:
    """An organisation without its address, town or a note in brackets after it ("Foreningen Grønne Spor,
    Aabenraa", "Klatreklubb, Ikornnesvegen 22, 6230 Sykkylven", "Bordtennisklubb (org.nr 817600-4412)"); a
    unit after the comma ("Sundhedsplejen, Ringkøbing-Skjern Kommune") stays."""
    value = lexicon.PAREN_TAIL.sub("", value).strip() or value
    names = _municipality_names(resources.load(lang, "labels").country)
    parts = [part.strip() for part in value.split(",")]
    kept = [parts[0]]
    for part in parts[1:]:
        if any(ch.isdigit() for ch in part) or part.casefold() in names:
            break
        kept.append(part)
    return ", ".join(kept)


#: the parts of an organisation value, between commas or middle dots: "Struer Kommune, Sundhed og Omsorg",
#: "Næstved Kommune · Center for Dagtilbud og Skole"
_VALUE_PART = re.compile(r"[^,·]+")
MAX_UNIT_WORDS = 8


def split_unit(value: str, lang: str) -> Optional[tuple[str, int, Optional[str], int]]:
    """A municipality and its unit named together, in either order: (the municipality, its offset in
    `value`, the unit or None, its offset). The municipality is the organisation that answers for the case;
    a unit written in lower case ("kommunalsjef helse og omsorg …") is no unit's name. None when `value`
    is not a municipality with one unit."""
    parts = [(m.start(), m.group(0)) for m in _VALUE_PART.finditer(value) if m.group(0).strip()]
    if len(parts) != 2:
        return None
    suffix = lexicon.phrase_pattern(lang, "municipality_suffix")

    def municipality(part: str) -> bool:  # its municipality word ("… Kommune", "… herad") closes it
        m = suffix.search(part)
        return m is not None and m.end() == len(part) and lexicon.is_organisation(part, lang)

    bodies = [i for i, (_, part) in enumerate(parts) if municipality(part.strip())]
    if len(bodies) != 1:
        return None
    (b_off, body), (u_off, unit) = parts[bodies[0]], parts[1 - bodies[0]]
    b_off += len(body) - len(body.lstrip())
    u_off += len(unit) - len(unit.lstrip())
    body, unit = body.strip(), unit.strip()
    named = unit[:1].isupper() and len(unit.split()) <= MAX_UNIT_WORDS and not any(ch.isdigit() for ch in unit)
    return body, b_off, (unit if named else None), u_off


def _letterhead_sender(lang: str, lines) -> Optional[Candidate]:
    """A case document's sender in its letterhead ("FREDERIKSHAVN KOMMUNE" over "Ældreudvalget –
    dagsorden"), written as a name: the municipality or body whose case it is, where the letter has no
    recipient (a grant letter's letterhead is the funder's)."""
    head = _letterhead(lines)
    if not lexicon.is_organisation(head, lang):
        return None
    # the language's own spelling of a joiner or a municipality word ("Gjøvik kommune", "Skive Kommune")
    spelled = {w.casefold(): w.lower() for w in lexicon.name_joiners(lang)}
    spelled.update((w.casefold(), w) for w in lexicon.phrases(lang, "municipality_suffix") if " " not in w)
    value = " ".join(spelled.get(w.casefold(), w.capitalize()) for w in head.split())
    start = lines[0].start + lines[0].text.index(head)
    return Candidate("organisation", value, head, start, start + len(head), 0.7, METHOD_ORG + ":letterhead")


#: a sentence as a label's value, closing with a name in capitals ("Ansøger er den frivillige forening UngeKraft
#: Holstebro")
_NAMED_IN_SENTENCE = re.compile(r"[^\W\d_]+(?:[ \t]+[a-zæøåäö][^\W\d_]*){2,}[ \t]+"
                                r"(?P<name>[A-ZÆØÅÄÖ][\w-]*(?:[ \t]+[A-ZÆØÅÄÖ][\w-]*){0,4})")


def _label_lines(text: str, blocks: list[Block], keys: tuple[str, ...], kind: str = "label"):
    """(block, the first line of its value, stripped) of every label block (or, with `kind`, inline
    heading) of `keys` with a value."""
    for b in blocks:
        if b.kind == kind and b.key in keys and b.value_start < b.value_end:
            yield b, b.value(text).splitlines()[0].strip()


def _municipality_names(country: str) -> dict[str, str]:
    data = resources.country(country)
    names = {m.casefold(): m for m in data.municipalities}
    names.update({alias.casefold(): canon for alias, canon in data.municipality_aliases.items()})
    return names


def find_municipalities(text: str, lang: str, country: str, blocks: list[Block],
                        organisations: list[Candidate]) -> list[Candidate]:
    """The municipality: a single-valued municipality label, "<Name> Kommune", or an
    organisation named after a municipality ("Randers Sundhedscenter")."""
    names = _municipality_names(country)
    out: list[Candidate] = []
    listed = False  # a municipality label listing several
    for b, value in _label_lines(text, blocks, ("municipality",)):
        parts = [p for p in _list_split(lang).split(value) if p]
        listed = listed or len(parts) > 1
        if len(parts) == 1 and _strip_suffix(parts[0], lang).casefold() in names:
            canon = names[_strip_suffix(parts[0], lang).casefold()]
            out.append(Candidate("municipality", canon, value, b.value_start,
                                 b.value_start + len(value), 0.92, METHOD_MUNI + ":label"))
    suffix = lexicon.phrase_pattern(lang, "municipality_suffix")
    counts: Counter = Counter()
    first_span: dict[str, tuple[int, int]] = {}
    for m in suffix.finditer(text):
        window = max(0, m.start() - 40)
        words = text[window:m.start()].split()
        for n in (2, 1):
            if len(words) >= n:
                phrase = " ".join(words[-n:]).strip("(\"'“”,.")
                cand = _strip_genitive(phrase, names)
                if cand:
                    counts[cand] += 1
                    pos = text.rfind(phrase, window, m.start())
                    first_span.setdefault(cand, (pos, m.end()))
                    break
    if counts:
        (best, n), *rest = counts.most_common()
        tie = bool(rest) and rest[0][1] == n
        start, end = first_span[best]
        out.append(Candidate("municipality", best, text[start:end], start, end,
                             (0.8 if n > 1 else 0.7) - (0.25 if tie else 0.0),
                             METHOD_MUNI + ":suffix"))
    for org in organisations:
        canon = _municipality_of_organisation(org.value, lang, names, joined=not listed)
        if canon:
            out.append(Candidate("municipality", canon, org.raw, org.start, org.end, 0.6,
                                 METHOD_MUNI + ":organisation"))
    return out


#: Association endings shorter than this match only as the whole last word ("IF", "IK").
_MIN_ENDING = 3


def _municipality_of_organisation(name: str, lang: str, names: dict[str, str], joined: bool = True) -> Optional[str]:
    """The municipality an organisation is named after: "Randers Sundhedscenter" or a municipality's
    own office ("Jobcenter Holstebro"); none for a member association ("Volda Demensforening"). With `joined`,
    also the place closing its name after a joiner ("Föreningen Unga Röster i Borlänge"); not where a label lists
    several municipalities ("Högskolan i Skövde" among 49)."""
    words = [w.strip(",.") for w in name.split()]
    if not words or not words[0]:
        return None
    res = resources.load(lang, "entities")
    last = words[-1].casefold()
    if any(last == e or len(e) >= _MIN_ENDING and last.endswith(e)
           for e in (a.casefold() for a in res.association_endings)):
        return None
    canon = _strip_genitive(words[0], names)
    if canon:
        return canon
    if joined and len(words) >= 3 and words[-2].casefold() in lexicon.name_joiners(lang) and words[-1] in names.values():
        return words[-1]  # "Föreningen Unga Röster i Borlänge": a place closing the name after "i"
    for prefix in res.municipal_office_prefixes:
        head = prefix.split()
        if len(words) == len(head) + 1 and [w.casefold() for w in words[:-1]] == [h.casefold() for h in head]:
            return _strip_genitive(words[-1], names)
    return None


@lru_cache(maxsize=None)
def _list_split(lang: str) -> re.Pattern:
    """Between the items of a list: "Volda og Ørsta", "Umeå, Vännäs"."""
    words = "|".join(re.escape(w) for w in lexicon.phrases(lang, "and_words"))
    return re.compile(rf"\s*[,;]\s*|\s+(?:{words})\s+", re.IGNORECASE)


def _strip_suffix(value: str, lang: str) -> str:
    return lexicon.phrase_pattern(lang, "municipality_suffix").sub("", value).strip()


def _strip_genitive(word: str, names: dict[str, str]) -> Optional[str]:
    """Canonical municipality for "Struer", "Hässleholms", "Malmö" (genitive -s allowed)."""
    folded = word.casefold()
    if folded in names:
        return names[folded]
    if folded.endswith("s") and folded[:-1] in names:
        return names[folded[:-1]]
    return None
