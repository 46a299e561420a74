"""Compiled views of the per-language resources: heading/label indexes and phrase patterns.

Everything here is derived from pipeline/resources/<lang>/*.yaml and cached per language.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from . import resources

#: a list marker or a heading's number: "#", "•", "2.", "2)", "1.2", "1.2.", "a)", "2 " before a capital
_LIST_MARKER = re.compile(r"^\s*(?:[#]+|[•·▪◦*\-–—]|\d{1,2}(?:\.\d{1,2})+\.?(?=\s)|\(?\d{1,2}[.)]|\(?[a-zA-Z][.)](?=\s)"
                          r"|\d{1,2}(?=[ \t]+[A-ZÆØÅÄÖ]))\s*")  # "2 Målgruppe": a number without its stop
#: a note in brackets closing a text: " (org.nr 817600-4412)", " (Silkeborg Kommune)"
PAREN_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_SPACES = re.compile(r"\s+")
_QUOTES = "\"'“”„«»‘’"


def normalise_heading(line: str) -> str:
    """Case-folded heading text without list markers, numbering, quotes, a trailing ':'/'?'/','
    or a parenthetical tail: the form lexicon variants are compared in."""
    text = line.strip()
    text = _LIST_MARKER.sub("", text, count=1)
    text = PAREN_TAIL.sub("", text)
    text = text.strip().strip(_QUOTES).rstrip(":?.!,").strip()
    return _SPACES.sub(" ", text).casefold()


def _index(mapping: dict[str, list[str]]) -> dict[str, str]:
    return {normalise_heading(v): key for key, variants in mapping.items() for v in variants}


@lru_cache(maxsize=None)
def heading_index(lang: str) -> dict[str, str]:
    """Normalised heading variant -> canonical section key (a closing greeting opens a contact section)."""
    index = _index(resources.load(lang, "headings").headings)
    index.update((g, "contact") for g in _greetings(lang))
    return index


@lru_cache(maxsize=None)
def _greetings(lang: str) -> frozenset[str]:
    """A language's closing greetings, normalised as headings are."""
    return frozenset(normalise_heading(g) for g in resources.load(lang, "labels").phrases["closing_greetings"])


def is_greeting(header: str, lang: Optional[str]) -> bool:
    """A letter's closing greeting ("Med venlig hilsen"), in any language."""
    norm = normalise_heading(header)
    return any(norm in _greetings(code) for code in search_order(lang))


@lru_cache(maxsize=None)
def label_index(lang: str) -> dict[str, str]:
    """Normalised label word -> label key (start_date, budget_total, ...)."""
    return _index(resources.load(lang, "labels").labels)


def search_order(lang: Optional[str]) -> tuple[str, ...]:
    """The document's language first, then the others (for mixed or mis-detected texts)."""
    langs = resources.languages()
    if lang in langs:
        return (lang,) + tuple(x for x in langs if x != lang)
    return langs


def lookup(norm: str, lang: Optional[str], which: str) -> tuple[Optional[str], Optional[str]]:
    """(key, language it was found in) for a normalised line in the heading or label index."""
    index = heading_index if which == "heading" else label_index
    for code in search_order(lang):
        key = index(code).get(norm)
        if key is not None:
            return key, code
    return None, None


@lru_cache(maxsize=None)
def heading_variants(lang: str, key: str) -> tuple[str, ...]:
    """The heading variants of one canonical key in every language, the text's own first in the
    search order, as one list, longest first (for a regex alternation)."""
    values = {v for code in search_order(lang) for v in resources.load(code, "headings").headings.get(key, [])}
    return tuple(sorted(values, key=lambda v: (-len(v), v)))


@lru_cache(maxsize=None)
def phrases(lang: str, name: str) -> tuple[str, ...]:
    """The phrase variants of one group, longest first."""
    values = resources.load(lang, "labels").phrases[name]
    return tuple(sorted(values, key=lambda v: (-len(v), v)))


def fold(text: str) -> str:
    """A matched phrase as the key it was listed under: case-folded, any run of spaces or a line break
    as one space (`alternation` lets the space inside a phrase match a line break)."""
    return " ".join(text.split()).casefold()


def alternation(words) -> str:
    """Regex alternation of literal words, longest first so "marts" wins over "mar" and "Søknad om
    tilskudd" over "Søknad". The space inside a phrase matches any run of spaces or one line break, as
    a page's width may wrap the phrase ("Vi rekna\nmed om lag 40 deltakarar")."""
    return "|".join(_GAP.join(re.escape(part) for part in w.split(" "))
                    for w in sorted(set(words), key=lambda w: (-len(w), w)))


_GAP = r"(?:[ \t\u00a0]*\n[ \t\u00a0]*|[ \t\u00a0]+)"


@lru_cache(maxsize=None)
def phrase_pattern(lang: str, name: str) -> re.Pattern:
    """A case-insensitive regex matching any phrase of the group as whole words."""
    return re.compile(rf"(?<!\w)(?:{alternation(phrases(lang, name))})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def any_language_pattern(name: str) -> re.Pattern:
    """A case-insensitive regex matching any phrase of the group in any of the languages, as whole words: for
    readers, which run before the language is known ("Ansvarlig redaktør", "Ansvarig utgivare")."""
    words = [w for lang in resources.languages() for w in phrases(lang, name)]
    return re.compile(rf"(?<!\w)(?:{alternation(words)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=None)
def any_language_numbers_words(field: str) -> str:
    """Regex alternation of one word list of every language's numbers.yaml, without their final dots ("tlf",
    "CVR", "Org.nr"): the phone and registry cues, which a text may use in any of the languages."""
    return alternation({c.rstrip(".") for code in resources.languages() for c in getattr(resources.load(code, "numbers"), field)})


@lru_cache(maxsize=None)
def agenda_number(lang: str, word_optional: bool = False) -> str:
    """Regex source of an agenda item's word and number with the blanks after it ("Sak 12/25: ", "Punkt 4. ",
    "§ 3 "); `word_optional`: a number alone ("3. ") too. Minutes' item lines and agenda-prefixed headings
    share it."""
    word = rf"(?i:{alternation(phrases(lang, 'agenda_item'))})[ \t]*"
    if word_optional:
        word = f"(?:{word})?"
    return rf"[ \t]*{word}\d{{1,3}}(?:/\d{{2,4}})?[.:]?[ \t]+"


@lru_cache(maxsize=None)
def slide_number(lang: str) -> str:
    """Regex source of a slide's word and number ("Dias 3", "Bild 1", "Lysbilde 12"): slide markers (chrome) and
    headings after a slide's number share it."""
    return rf"(?i:{alternation(phrases(lang, 'slide_words'))})[ \t]*\d{{1,3}}"


@lru_cache(maxsize=None)
def project_noun(lang: str) -> re.Pattern:
    """A word holding the case's own word ("Prosjektets", "Projektet", "Indsatsen", "førebyggingsprosjekt")."""
    return re.compile(rf"(?i:[^\W\d_]*(?:{alternation(phrases(lang, 'project_words'))})[^\W\d_]*)")


@lru_cache(maxsize=None)
def roles(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(role titles case-folded, role suffixes case-folded) of a language."""
    labels = resources.load(lang, "labels")
    return (frozenset(r.casefold() for r in labels.roles),
            tuple(s.casefold() for s in labels.role_suffixes))


@lru_cache(maxsize=None)
def _all_roles(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """Role titles and suffixes of every language, the text's own first (titles travel)."""
    titles: set[str] = set()
    suffixes: list[str] = []
    for code in search_order(lang):
        t, s = roles(code)
        titles |= t
        suffixes += [x for x in s if x not in suffixes]
    return frozenset(titles), tuple(suffixes)


def is_role(text: str, lang: str) -> bool:
    """True for a role title: "Projektleder", "Fællesskabskoordinator", or a title word
    followed by what it covers in lower case ("Samordnare för anhörig- och äldrestöd")."""
    words = text.strip().strip(",.").split()
    if not words or len(words) > 8 or any(ch.isdigit() or ch == "@" for ch in text):
        return False
    titles, suffixes = _all_roles(lang)

    def title_word(word: str) -> bool:
        w = word.casefold()
        return w in titles or any(w.endswith(s) for s in suffixes)

    if len(words) <= 4 and (" ".join(words).casefold() in titles or title_word(words[-1])):
        return True
    return title_word(words[0]) and all(not w[0].isupper() for w in words[1:])


@lru_cache(maxsize=None)
def _org_words(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    ents = resources.load(lang, "entities")
    suffix_words = frozenset(s.casefold() for s in ents.org_suffixes)
    return suffix_words, tuple(p.casefold() for p in ents.org_prefixes)


def is_organisation(text: str, lang: str, prefixes_too: bool = True) -> bool:
    """True when a short text names an organisation by its form ("… Kommune", "… A/S",
    "Region …", "…sundhedscenter"): suffix words and prefixes from entities.yaml (`prefixes_too=False`: by its
    closing words only, so a unit such as "Helse og velferd" is none)."""
    words = text.strip().strip(",.").split()
    if not words or len(words) > 10:
        return False
    suffix_words, prefixes = _org_words(lang)
    folded = [w.casefold().strip(",.()") for w in words]
    if any(w in suffix_words for w in folded):
        return True
    joined = " ".join(folded)
    if prefixes_too and any(joined.startswith(p) and not joined[len(p):len(p) + 1].isalpha() for p in prefixes):
        return True  # a whole word: "NAV Hamar" opens with "nav", "Navn: …" does not
    return any(len(w) > 6 and any(w.endswith(s) and len(s) >= 5 for s in suffix_words)
               for w in folded)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-ZÆØÅÄÖÉ\"“«(\-–•])|\n"
                             # "… 40 deltagere. 57 pårørende …": a digit opens a sentence after a
                             # full word of six letters or more; "ca. 20", "inkl. 25 %" stay whole
                             r"|(?<=[^\W\d_]{6}[.!?])\s+(?=\d)")


@lru_cache(maxsize=None)
def name_joiners(lang: Optional[str]) -> frozenset[str]:
    """Words a name never ends with (prepositions, conjunctions, articles; `name_joiners` in labels.yaml)
    in every language, the text's own first: a name whose line ends in one was wrapped onto the next."""
    return frozenset(w.casefold() for code in search_order(lang) for w in phrases(code, "name_joiners"))


def head_lines(text: str, n: int) -> list[tuple[int, str]]:
    """The text's first `n` lines, each with where it starts (the rest of the text is not split)."""
    out, pos = [], 0
    for line in text.split("\n", n)[:n]:
        out.append((pos, line))
        pos += len(line) + 1
    return out


def iter_sentences(text: str) -> tuple[tuple[int, str], ...]:
    """(start, sentence) pairs: breaks at a line end (not one that wraps a sentence, `wrapped_at`) or
    at .!? followed by a capital letter, so "1. januar 2019" and "ca. 20" stay inside their sentence. Cached: every extractor
    walks the same document's sentences."""
    return _sentences(text)


#: A line at least this long that ends in a lower-case letter or a comma, followed by a line that opens
#: in lower case or with a digit, or that ends in a digit, followed by a line that opens in lower case,
#: was wrapped inside a sentence (PDF text layers, hard-wrapped .txt).
WRAPPED_LINE_CHARS = 40


def wrapped_at(text: str, newline: int) -> bool:
    """Whether the line break at `newline` only wraps a sentence: "… og målet var at\nnå 100 forældre"."""
    line_start = text.rfind("\n", 0, newline) + 1
    if newline - line_start < WRAPPED_LINE_CHARS or newline + 1 >= len(text):
        return False
    # a list item's hanging indent ("1. … videreføres som et\n   tidsavgrenset prosjekt") opens the next line
    opening = _INDENT.match(text, newline + 1).end()
    if opening >= len(text):
        return False
    before, after = text[newline - 1], text[opening]
    if _NUMBERED_ITEM.match(text, opening):
        return False  # "… når fonden har modtaget accept\n  2. rate: 192.000 kr.": the list's next item
    # "… Vi rekna med om lag 40\ndeltakarar": a number closing the line, a word in lower case opening the next
    return (before.islower() or before == ",") and (after.islower() or after.isdigit()) \
        or before.isdigit() and after.islower()


_INDENT = re.compile(r"[ \t]*")
#: a numbered list item with a label ("2. rate: …", "3) Delmål: …"), unlike a date wrapped onto a line ("1. januar")
_NUMBERED_ITEM = re.compile(r"\d{1,2}(?:[.)][ \t]+[^\W\d_]+[ \t]*:|\)[ \t])")


@lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[tuple[int, str], ...]:
    out = []
    pos = 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.group(0) == "\n" and wrapped_at(text, m.start()):
            continue
        if m.start() > pos:
            out.append((pos, text[pos:m.start()]))
        pos = m.end()
    if pos < len(text):
        out.append((pos, text[pos:]))
    return tuple(out)
