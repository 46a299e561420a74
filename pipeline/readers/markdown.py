"""Markdown: the text a reader sees, line for line, with the markup taken out.

ATX ("## Mål") and setext (a line over "===" or "---") headings become heading lines whose
spans go into Document.headings; emphasis ("**Projekttid:**"), links, images, inline code,
block-quote markers, code fences and thematic breaks are removed, so a bold label reads as a
label and a title has no "#"; a table row "| Periode | 2022–2024 |" becomes "Periode: 2022–2024". Every other line stays where it was (list markers kept, blank
lines kept), because the label/value layouts the later stages read are line layouts. A
CommonMark parser (markdown-it-py) would render HTML and merge a paragraph's lines, losing
that layout; case reports use the small part of Markdown handled here. YAML front matter ("---" …
"---" opening the file, as static-site pages have) is left out; its title opens the text when
the body does not.
"""
from __future__ import annotations

import datetime
import re

from .text import join_lines, table_row_line

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(?P<text>.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(?:=+|-+)[ \t]*$")
_BREAK = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_QUOTE = re.compile(r"^ {0,3}>[ ]?")
_LIST = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+|[^@\s<>]+@[^@\s<>]+)>")
_CODE = re.compile(r"`([^`]+)`")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_PRIVATE = 0xE000  # escaped characters wait here while emphasis is removed


def _link(match: re.Match) -> str:
    """A link's text; a mailto/tel target the text does not show is kept after it."""
    text, target = match.group(1), match.group(2)
    for scheme in ("mailto:", "tel:"):
        if target.lower().startswith(scheme):
            address = target[len(scheme):]
            return text if address in text else f"{text} ({address})"
    return text


def inline(text: str) -> str:
    """One line's inline markup removed: "**Projekttid:** 2024" -> "Projekttid: 2024"."""
    escaped: list[str] = []

    def hold(m: re.Match) -> str:
        escaped.append(m.group(1))
        return chr(_PRIVATE + len(escaped) - 1)

    text = _ESCAPE.sub(hold, text)
    text = _CODE.sub(r"\1", text)
    text = _IMAGE.sub(r"\1", text)
    text = _LINK.sub(_link, text)
    text = _AUTOLINK.sub(lambda m: m.group(1).removeprefix("mailto:"), text)
    for pattern in (_STRONG, _STRIKE):
        text = pattern.sub(lambda m: m.group(m.lastindex), text)
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDERSCORE.sub(r"\1", text)
    return "".join(escaped[ord(c) - _PRIVATE] if _PRIVATE <= ord(c) < _PRIVATE + len(escaped) else c
                   for c in text)


#: YAML front matter of static-site pages: "---" opening the file, "---" or "..." closing it
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>(?:.*\n){0,60}?)(?:---|\.\.\.)[ \t]*(?:\n|\Z)")


#: front-matter keys that date the page (read as document_date labels)
FRONT_MATTER_DATES = ("date", "published", "updated", "lastmod")


def front_matter(source: str) -> tuple[dict, str]:
    """(the front matter's mapping, the body after it); ({}, source) when there is none or it is
    not a YAML mapping."""
    import yaml

    m = _FRONT_MATTER.match(source)
    if m is None:
        return {}, source
    try:
        data = yaml.safe_load(m.group("yaml"))
    except yaml.YAMLError:
        return {}, source
    return (data, source[m.end():]) if isinstance(data, dict) else ({}, source)


def markdown_lines(source: str) -> list[tuple[str, bool]]:
    """(line, is_heading) for every source line, markup removed. Front matter is not text: its
    title becomes the first heading when the body does not open with it."""
    meta, source = front_matter(source)
    out: list[tuple[str, bool]] = []
    title = meta.get("title")
    if isinstance(title, str) and title.strip():
        first = next((ln for ln in source.split("\n") if ln.strip()), "")
        atx = _ATX.match(first)
        if not (atx and inline(atx.group("text") or "").strip().casefold() == title.strip().casefold()):
            out += [(title.strip(), True), ("", False)]
    fence = None
    for raw in source.split("\n"):
        if fence is not None:
            closing = _FENCE.match(raw)
            if closing and closing.group(1)[0] == fence[0] and len(closing.group(1)) >= len(fence):
                fence = None
                out.append(("", False))
            else:
                out.append((raw, False))
            continue
        opening = _FENCE.match(raw)
        if opening:
            fence = opening.group(1)
            out.append(("", False))
            continue
        line = raw
        while _QUOTE.match(line):
            line = _QUOTE.sub("", line, count=1)
        atx = _ATX.match(line)
        if atx:
            out.append((inline(atx.group("text") or "").strip(), True))
            continue
        previous = out[-1] if out else ("", True)
        if _SETEXT.match(line) and previous[0].strip() and not previous[1] \
                and not _LIST.match(previous[0]):
            out[-1] = (previous[0].strip(), True)
            out.append(("", False))
            continue
        if _BREAK.match(line) or _TABLE_RULE.match(line) and "|" in line:
            out.append(("", False))
            continue
        row = _TABLE_ROW.match(line)
        if row:
            # "| Periode | 2022–2024 |" reads as the label line "Periode: 2022–2024"
            cells = [inline(c).strip() for c in row.group(1).split("|")]
            cells = [c for c in cells if c]
            out.append((table_row_line(cells), False))
            continue
        out.append((inline(line).rstrip(), False))
    # "date: 2025-05-22", "lastmod: …": the page's date closes the text as a label and its value (its first
    # lines stay the page's own)
    dates = [(key, meta[key]) for key in FRONT_MATTER_DATES if isinstance(meta.get(key), (str, datetime.date))]
    if dates:
        out += [("", False)] + [(f"{key}: {value}", False) for key, value in dates]
    return out


def markdown_to_text(source: str) -> tuple[str, list[tuple[int, int]]]:
    """(plain text, heading spans) of a Markdown document."""
    return join_lines(markdown_lines(source))
