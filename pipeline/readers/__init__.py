"""Readers: one per input format; each returns a Document (text plus source metadata).

`read_path` reads one file, `iter_inputs` walks files and folders in a stable order and
expands tables into one Document per row; unreadable inputs come out as InputError.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Union

from ..config import Config
from ..errors import NordcaseError, UnreadableFile, UnsupportedFormat
from ..schema import Source


@dataclass
class Document:
    """A read input: its id (file stem), the text, where it came from, and heading spans
    known from the format's structure (HTML h1-h6, docx heading styles), if any."""

    case_id: str
    text: str
    source: Source = field(default_factory=Source)
    headings: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True)
class InputError:
    """An input that could not become a Document: one row of the errors table."""

    case_id: str
    path: str
    code: str
    message: str


TEXT_SUFFIXES = (".txt", ".md", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


def _reader(suffix: str):
    from .docx import read_docx
    from .html import read_html
    from .pdf import read_pdf
    from .text import read_text

    if suffix in TEXT_SUFFIXES:
        return lambda path, config: read_text(path, config, "markdown" if suffix == ".md" else "text")
    if suffix in HTML_SUFFIXES:
        return read_html
    if suffix == ".docx":
        return read_docx
    if suffix == ".pdf":
        return read_pdf
    return None


def read_path(path: Path, config: Config | None = None) -> Document:
    """Read one file by its suffix. Raises NordcaseError subclasses (E_FORMAT, E_EMPTY, ...)."""
    from .tabular import TABULAR_SUFFIXES

    path = Path(path)
    config = config or Config()
    suffix = path.suffix.lower()
    if suffix in TABULAR_SUFFIXES:
        raise UnsupportedFormat(f"{path.name} is a table with one case per row; read it "
                                f"with iter_inputs (text_column/id_column)")
    reader = _reader(suffix)
    if reader is None:
        known = ", ".join(TEXT_SUFFIXES + HTML_SUFFIXES + (".docx", ".pdf") + TABULAR_SUFFIXES)
        raise UnsupportedFormat(f"{path.name}: the format {suffix or '(no suffix)'!r} is not "
                                f"supported (supported: {known})")
    return reader(path, config)


def _walk(root: Path, seen_dirs: set[tuple[int, int]], out: list) -> None:
    """Files under root (following directory links once), and InputErrors for link loops."""
    try:
        st = root.stat()
    except OSError as exc:
        err = UnreadableFile(f"cannot open {root.name}: {exc.strerror or exc}"
                             + (" (broken symbolic link)" if root.is_symlink() else ""))
        out.append(InputError(root.stem, str(root), err.code, err.message))
        return
    if not root.is_dir():
        out.append(root)
        return
    ident = (st.st_dev, st.st_ino)
    if ident in seen_dirs:
        err = UnreadableFile(f"{root.name} is a symbolic link back into a folder already read "
                             f"({os.path.realpath(root)}); not followed, to avoid a loop")
        out.append(InputError(root.stem, str(root), err.code, err.message))
        return
    seen_dirs.add(ident)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        err = UnreadableFile(f"cannot list folder {root.name}: {exc.strerror or exc}")
        out.append(InputError(root.stem, str(root), err.code, err.message))
        return
    for entry in entries:
        if entry.name.startswith((".", "~$")):  # hidden files, Office lock files, our work dir
            continue
        _walk(Path(entry.path), seen_dirs, out)


def list_inputs(paths: Iterable[Path]) -> list[Union[Path, InputError]]:
    """Every input file under paths, sorted by case id (file stem) then path; duplicates once."""
    found: list = []
    seen_dirs: set[tuple[int, int]] = set()
    for path in paths:
        _walk(Path(path), seen_dirs, found)
    unique = {}
    for item in found:
        unique.setdefault(str(item) if isinstance(item, Path) else (item.path, item.code), item)

    def key(item):
        return (item.stem, str(item)) if isinstance(item, Path) else (item.case_id, item.path)
    return sorted(unique.values(), key=key)


def is_tabular(item) -> bool:
    from .tabular import TABULAR_SUFFIXES

    return isinstance(item, Path) and item.suffix.lower() in TABULAR_SUFFIXES


def expand_items(listing: Iterable[Union[Path, InputError]], config: Config
                 ) -> Iterator[Union[Path, Document, InputError]]:
    """Work items from a listing: file paths stay paths, tables become one Document per row."""
    from .tabular import iter_table

    for item in listing:
        if is_tabular(item):
            yield from iter_table(item, config)
        else:
            yield item


def iter_items(paths: Iterable[Path], config: Config) -> Iterator[Union[Path, Document, InputError]]:
    """Work items in stable order: file paths to read, table rows already read, input errors."""
    return expand_items(list_inputs(paths), config)


def read_item(item: Union[Path, Document, InputError], config: Config) -> Document:
    """The Document of a work item; raises the NordcaseError an InputError stands for."""
    from ..errors import ERROR_CODES

    if isinstance(item, Document):
        return item
    if isinstance(item, InputError):
        raise ERROR_CODES.get(item.code, NordcaseError)(item.message)
    return read_path(item, config)


def iter_inputs(paths: Iterable[Path], config: Config | None = None) -> Iterator[Union[Document, InputError]]:
    """Documents for every input (folders walked, tables expanded), or InputError for bad ones."""
    config = config or Config()
    for item in iter_items(paths, config):
        if isinstance(item, Path):
            try:
                yield read_path(item, config)
            except NordcaseError as exc:
                yield InputError(item.stem, str(item), exc.code, exc.message)
        else:
            yield item
