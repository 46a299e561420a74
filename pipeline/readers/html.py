"""HTML: visible text with block structure kept as lines; h1-h6 and stand-alone strong/b
become heading lines whose spans go into Document.headings.

Page chrome stays out: a page with one <main> (or else one <article>) is read from there; <nav>,
<footer>, a <header> without an <h1> and blocks whose class, id or role names chrome (cookie
banners, breadcrumbs, share buttons, menus; unless they hold a heading) are skipped (the site's switchboard number and address
in a footer are no contact of the case). A link whose text hides its address ("e-post" pointing
at mailto:…, "Ring" at tel:…, a name linked to its mail) keeps the address beside its text, in brackets. A data table's row is one line
("2023: 400 000 kr"; three or more cells apart: "Maria Lund · Projektledare · 026-17 80 00")."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .. import lexicon, resources
from ..config import Config
from ..errors import ParseError
from ..schema import Source
from .text import check_text, decode_bytes, join_lines, read_bytes, sha256, table_row_line

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_EMPHASIS = {"strong", "b"}
_BLOCKS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "section",
           "article", "header", "footer", "aside", "nav", "main", "blockquote", "pre", "form",
           "fieldset", "figure", "figcaption", "address", "caption", "hr", "body", "html"}
_SPACE = re.compile(r"\s+")
#: page chrome: never the case's own text
_CHROME = {"nav", "footer"}
#: class, id or ARIA role naming page chrome: cookie banners, breadcrumbs, share buttons, menus
_CHROME_MARK = re.compile(r"(?<![a-z])(?:cookies?|consent|gdpr|breadcrumbs?|share|sharing|social|some|navbar|"
                          r"navigation|menu|skip-?links?|contentinfo|banner|search)(?![a-z])", re.I)
#: marks of boxes that are chrome even with headings of their own: a news page's related articles and
#: its readers' comments ("Les også", "Kommentarer (7)")
_CHROME_BOX_MARK = re.compile(r"(?<![a-z])(?:related|read-?more|more-?articles|comments?)(?![a-z])", re.I)
#: link schemes whose address is content ("mailto:anna@x.dk", "tel:+4512345678")
_ADDRESS_LINKS = ("mailto:", "tel:")
#: the space a link's bracketed address leaves before the punctuation after the link
_BRACKET_THEN_MARK = re.compile(r"\) (?=[,.;:])")


class _Lines:
    """Collects text into lines; a line is marked heading when opened by a heading element."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, bool]] = []
        self.pieces: list[str] = []
        self.heading = False

    def add(self, text: str) -> None:
        self.pieces.append(text)

    def break_line(self) -> None:
        line = _BRACKET_THEN_MARK.sub(")", _SPACE.sub(" ", "".join(self.pieces)).strip())
        if line:
            self.lines.append((line, self.heading))
        self.pieces, self.heading = [], False


def _is_alone(tag) -> bool:
    """A strong/b is a heading when it is the whole text of its block parent."""
    parent = tag.parent
    while parent is not None and parent.name not in _BLOCKS:
        parent = parent.parent
    if parent is None:
        return False
    return _SPACE.sub(" ", parent.get_text()).strip() == _SPACE.sub(" ", tag.get_text()).strip()


def _walk(node, out: _Lines) -> None:
    from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction

    for child in node.children:
        if isinstance(child, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        if isinstance(child, NavigableString):
            out.add(str(child))
            continue
        name = child.name
        if name in _SKIP or name in _CHROME or (name == "header" and child.find("h1") is None) \
                or (_is_chrome(child) and child.find(_HEADINGS) is None) or _is_chrome(child, _CHROME_BOX_MARK):
            continue
        address = _link_address(child) if name == "a" else ""
        if address:
            _walk(child, out)
            out.add(" (" + address + ") ")  # in brackets, as the Markdown reader writes it: "Lone Holm (lh@x.dk)"
        elif name == "br":
            out.break_line()
        elif name == "tr" and _plain_row(child):
            # "<tr><td>2023</td><td>400 000 kr</td></tr>": a row of a data table is one line
            cells = []
            for cell in child.find_all(("td", "th"), recursive=False):
                inner = _Lines()
                _walk(cell, inner)
                inner.break_line()
                cells.append(" ".join(text for text, _ in inner.lines))
            out.break_line()
            out.add(table_row_line(cells))
            out.break_line()
        elif name in _HEADINGS or (name in _EMPHASIS and _is_alone(child)):
            out.break_line()
            out.heading = True
            _walk(child, out)
            out.heading = True
            out.break_line()
        elif name in _BLOCKS:
            out.break_line()
            _walk(child, out)
            out.break_line()
        else:
            _walk(child, out)


def _plain_row(tr) -> bool:
    """A data-table row: two or more cells, none holding blocks of its own (a layout table's cells
    hold paragraphs, headings or line breaks and are read as blocks)."""
    cells = tr.find_all(("td", "th"), recursive=False)
    return len(cells) >= 2 and not any(c.find(_ROW_BLOCKS) for c in cells)


_ROW_BLOCKS = ("p", "div", "table", "ul", "ol", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article")


def _is_chrome(tag, mark: re.Pattern = _CHROME_MARK) -> bool:
    """An element marked as chrome by its class, id or role ("cookie-banner", "breadcrumb",
    "share-buttons", role="navigation")."""
    marks = " ".join([*(tag.get("class") or []), tag.get("id") or "", tag.get("role") or ""])
    return bool(marks.strip()) and mark.search(marks) is not None


def _link_address(tag) -> str:
    """The e-mail address or phone number of a mailto:/tel: link whose text does not show it."""
    href = (tag.get("href") or "").strip()
    scheme = next((s for s in _ADDRESS_LINKS if href.lower().startswith(s)), None)
    if scheme is None:
        return ""
    address = href[len(scheme):].split("?", 1)[0].strip()
    shown = tag.get_text()
    if not address or ("@" in address and "@" in shown) or (scheme == "tel:" and any(c.isdigit() for c in shown)):
        return ""
    return address


def _content_root(soup):
    """The page's one <main>, else its one <article>, else the whole page."""
    for name in ("main", "article"):
        found = soup.find_all(name)
        if len(found) == 1 and found[0].get_text(strip=True):
            return found[0]
    return soup


def html_to_text(markup: str) -> tuple[str, list[tuple[int, int]]]:
    """Text of an HTML page, one block per line, and the (start, end) spans of heading lines."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    out = _Lines()
    root = _content_root(soup)
    _walk(root, out)
    out.break_line()
    for box in _contact_boxes(soup, root):
        _walk(box, out)
        out.break_line()
    out.lines.extend((line, False) for line in _dated_footer_lines(soup))
    return join_lines(out.lines)


def _contact_boxes(soup, root) -> list:
    """Boxes (<aside>) beside the page's <main> whose heading names a contact ("Kontakt", "Kontaktperson"):
    the case's contact, read after the main text; other side boxes stay out."""
    if root is soup:
        return []
    boxes = []
    for aside in soup.find_all("aside"):
        if root in aside.parents or aside in root.parents:
            continue
        # a box's own heading, or one of its parts' ("Projektfakta" … "Kontakt" … "Arkiv")
        headings = aside.find_all(_HEADINGS) or [h for h in [aside.find(_EMPHASIS)] if h is not None]
        keys = [lexicon.lookup(lexicon.normalise_heading(h.get_text(" ", strip=True)), None, "heading")[0]
                for h in headings]
        if "contact" in keys:
            boxes.append(aside)
    return boxes


@lru_cache(maxsize=None)
def _version_cue() -> re.Pattern:
    """A version cue or a document-date label of any of the languages ("Sist oppdatert", "Publiceret")."""
    words = [w for lang in resources.languages() for w in (*lexicon.phrases(lang, "version_cue"),
                                               *resources.load(lang, "labels").labels["document_date"])]
    return re.compile(rf"(?<!\w)(?:{lexicon.alternation(words)})(?!\w)", re.IGNORECASE)


def _dated_footer_lines(soup) -> list[str]:
    """The lines of the page's footers that tell when the page was updated or published ("Sist
    oppdatert: 12.11.2024"): the page's own date, kept (at the text's end) where the rest of the footer
    is left out."""
    cue = _version_cue()
    number = lexicon.any_language_pattern("org_number_words")
    lines = []
    for footer in soup.find_all("footer"):
        inner = _Lines()
        _walk(footer, inner)
        inner.break_line()
        # and the line naming the page's owner with its organisation number ("Foreningen Klimanaboerne Viborg · CVR
        # 42 90 13 58 · …"): who runs a project's own site
        # (not a newspaper's: its footer names its editor, and the article's case is someone else's)
        owned = not lexicon.any_language_pattern("editor_words").search(" ".join(text for text, _ in inner.lines))
        kept = [text for text, _ in inner.lines if (cue.search(text) or (owned and number.search(text)))
                and any(c.isdigit() for c in text)]
        # the footer's own name over its address where the number stands alone ("Ringsaker kommune\nPostboks 13, …
        # \nOrg.nr. 971 234 587"): kept just before the number, whose owner it is
        head = inner.lines[0][0].strip() if inner.lines else ""
        alone = next((i for i, text in enumerate(kept) if number.match(text.strip())), None)
        if owned and alone is not None and head not in kept \
                and not any(c.isdigit() for c in head) and _names_organisation(head):
            kept.insert(alone, head)
        lines.extend(kept)
    return lines


def _names_organisation(line: str) -> bool:
    """Whether a line is an organisation's name in any of the languages ("Ringsaker kommune", "Hammarviks kommun")."""
    return 0 < len(line.split()) <= MAX_OWNER_WORDS and any(lexicon.is_organisation(line, code)
                                                             for code in resources.languages())


#: how many words a footer's name of its owner may have
MAX_OWNER_WORDS = 6


def read_html(path: Path, config: Config):
    """An .html/.htm file as a Document."""
    from . import Document

    raw = read_bytes(path, config)
    decoded = decode_bytes(raw, path.name)
    try:
        text, headings = html_to_text(decoded.text)
    except Exception as exc:  # lxml/bs4 raise many types on pathological markup
        raise ParseError(f"{path.name} could not be parsed as HTML: {exc}") from exc
    check_text(text, path.name, config)
    source = Source(path=str(path), format="html", encoding=decoded.encoding,
                    encoding_confidence=decoded.confidence, bytes=len(raw), sha256=sha256(raw),
                    repaired=decoded.repaired)
    return Document(case_id=path.stem, text=text, source=source, headings=headings)
