"""HTML: visible text with block structure kept as lines; h1-h6 and stand-alone strong/b
become heading lines whose spans go into Document.headings."""
from __future__ import annotations

import re
from pathlib import Path

from ..config import Config
from ..errors import ParseError
from ..schema import Source
from .text import check_text, decode_bytes, join_lines, read_bytes, sha256

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_EMPHASIS = {"strong", "b"}
_BLOCKS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table", "section",
           "article", "header", "footer", "aside", "nav", "main", "blockquote", "pre", "form",
           "fieldset", "figure", "figcaption", "address", "caption", "hr", "body", "html"}
_SPACE = re.compile(r"\s+")


class _Lines:
    """Collects text into lines; a line is marked heading when opened by a heading element."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, bool]] = []
        self.pieces: list[str] = []
        self.heading = False

    def add(self, text: str) -> None:
        self.pieces.append(text)

    def break_line(self) -> None:
        line = _SPACE.sub(" ", "".join(self.pieces)).strip()
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
        if name in _SKIP:
            continue
        if name == "br":
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


def html_to_text(markup: str) -> tuple[str, list[tuple[int, int]]]:
    """Text of an HTML page, one block per line, and the (start, end) spans of heading lines."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(markup, "lxml")
    out = _Lines()
    _walk(soup, out)
    out.break_line()
    return join_lines(out.lines)


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
