"""Plain text (.txt/.md): bytes -> text with the encoding detected, BOMs honoured, mojibake
repaired by ftfy, and the checks every reader shares (binary, empty, too large)."""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import ftfy
import ftfy.badness

from .. import lexicon
from ..config import Config
from ..errors import BinaryInput, EmptyInput, EncodingError, TooLarge, UnreadableFile

#: BOMs in the order they must be tested (UTF-32 LE starts with the UTF-16 LE BOM).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Magic numbers of formats that are certainly not text.
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (docx/xlsx saved as .txt?)"),
    (b"%PDF", "a PDF file"), (b"\x7fELF", "an executable"), (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"), (b"\x1f\x8b", "a gzip archive"),
)
#: Encodings a Nordic archive is written in when it is not Unicode; charset-normalizer
#: chooses among these so that short texts are not read as Cyrillic or Central European.
NORDIC_LEGACY = ["cp1252", "latin_1", "iso8859_15", "mac_roman", "cp850", "cp865"]
#: Share of control / unassigned characters above which bytes are not text.
_MAX_JUNK_SHARE = 0.05
_CONTROL_BYTES = bytes([*range(0x01, 0x09), 0x0b, *range(0x0e, 0x20), 0x7f])
_FIXER = ftfy.TextFixerConfig(unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False,
                              fix_character_width=False, explain=False)


@dataclass(frozen=True)
class Decoded:
    """Text read from bytes and how it was read."""

    text: str
    encoding: str
    confidence: float
    repaired: bool


def read_bytes(path: Path, config: Config) -> bytes:
    """The file's bytes; E_TOO_LARGE is decided from the size before anything is read."""
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            raise TooLarge(f"{path.name} is {size:,} bytes, more than the limit of "
                           f"{config.max_bytes:,} bytes (max_bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if not raw:
        raise EmptyInput(f"{path.name} is empty (0 bytes)")
    return raw


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when NUL bytes sit on every other position, as in UTF-16 text."""
    sample = raw[:4096]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / len(sample[0::2])
    odd = sample[1::2].count(0) / len(sample[1::2])
    if odd > 0.3 and even < 0.05:
        return "utf-16-le"
    if even > 0.3 and odd < 0.05:
        return "utf-16-be"
    return None


_JUNK = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ufffe\uffff]")
#: Characters ftfy would change besides mojibake: controls and Unicode line separators.
_SUSPECT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\x1b]")
_LETTER = re.compile(r"[^\W\d_]")
#: UTF-8 read as cp1252/latin-1 puts a lead byte (Â..ô) before a continuation byte (0x80-0xBF);
#: only text with such a pair is handed to ftfy's slower mojibake detector.
_CONTINUATION = "".join(sorted(set(bytes(range(0x80, 0xC0)).decode("latin-1")) | set(
    bytes(range(0x80, 0xC0)).decode("cp1252", errors="ignore"))))
_MOJIBAKE_PAIR = re.compile("[\u00c2-\u00f4][" + re.escape(_CONTINUATION) + "]")


def _junk_share(text: str) -> float:
    """Share of control and private-use characters (not tab, newline, form feed)."""
    return len(_JUNK.findall(text)) / len(text) if text else 0.0


def repair_text(text: str) -> tuple[str, bool]:
    """Line breaks normalised, mojibake and control characters repaired by ftfy (which runs only
    when the text looks damaged: it costs more than the rest of reading)."""
    plain = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    if plain.isascii() and not _SUSPECT.search(plain):
        return plain, False
    if not _SUSPECT.search(plain) and not (_MOJIBAKE_PAIR.search(plain) and ftfy.badness.is_bad(plain)):
        return plain, False
    fixed = ftfy.fix_text(text, _FIXER).lstrip("\ufeff")
    return fixed, fixed != plain


def decode_bytes(raw: bytes, name: str) -> Decoded:
    """Decode bytes whose encoding is not declared; raise E_BINARY / E_ENCODING / E_EMPTY."""
    if not raw:
        raise EmptyInput(f"{name} is empty (0 bytes)")
    for magic, what in _MAGIC:
        if raw.startswith(magic):
            raise BinaryInput(f"{name} is not text: its bytes are {what}")
    encoding, confidence, text, bom_size = None, 1.0, None, 0
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            encoding, bom_size = enc, len(bom)
            break
    if encoding is None and b"\x00" in raw:
        encoding = _utf16_without_bom(raw)
        if encoding is None:
            first_nul = raw.index(0)
            raise BinaryInput(f"{name} is not text: it contains NUL bytes "
                              f"(first at byte {first_nul:,})")
        confidence = 0.9
    if encoding is not None:
        try:
            text = raw[bom_size:].decode(encoding.replace("-sig", ""))
        except UnicodeDecodeError as exc:
            label = encoding.replace("-sig", "").upper()
            raise EncodingError(f"{name} looks like {label} text but byte {exc.start + bom_size:,} "
                                f"cannot be decoded as {label}") from exc
        encoding = encoding.replace("-sig", "")
    else:
        sample = raw[:65536]
        if len(sample.translate(None, _CONTROL_BYTES)) < len(sample) * (1 - _MAX_JUNK_SHARE):
            raise BinaryInput(f"{name} is not text: more than {_MAX_JUNK_SHARE:.0%} of its "
                              f"bytes are control codes")
        try:
            text, encoding = raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            text, encoding, confidence = _detect_legacy(raw, name)
    if _junk_share(text) > _MAX_JUNK_SHARE:
        raise BinaryInput(f"{name} is not text: more than {_MAX_JUNK_SHARE:.0%} of its "
                          f"characters are control codes when read as {encoding}")
    fixed, repaired = repair_text(text)
    return Decoded(fixed, encoding, round(confidence, 4), repaired)


def _detect_legacy(raw: bytes, name: str) -> tuple[str, str, float]:
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=NORDIC_LEGACY).best()
    if best is None:
        raise EncodingError(f"{name} is neither UTF-8 nor a Western European encoding "
                            f"({', '.join(NORDIC_LEGACY)}); it cannot be read reliably")
    encoding = best.encoding
    # 0x80-0x9F are printable in cp1252 but C1 controls in latin-1: prefer cp1252 when both fit.
    if encoding == "latin_1" and any(0x80 <= b <= 0x9F for b in raw):
        try:
            raw.decode("cp1252")
            encoding = "cp1252"
        except UnicodeDecodeError:
            pass
    return raw.decode(encoding), encoding, max(0.0, 1.0 - float(best.chaos))


def check_text(text: str, name: str, config: Config) -> None:
    """E_EMPTY for whitespace-only text or fewer than config.min_chars letters."""
    if not text.strip():
        raise EmptyInput(f"{name} contains only whitespace" if text else f"{name} contains no text")
    letters = 0
    for _ in _LETTER.finditer(text):
        letters += 1
        if letters >= config.min_chars:
            return
    if letters < config.min_chars:
        raise EmptyInput(f"{name} has only {letters} letters; at least {config.min_chars} "
                         f"are needed to read a case (min_chars)")


def read_text(path: Path, config: Config, fmt: str = "text"):
    """A .txt/.md file as a Document (Markdown markup removed, its headings kept as spans)."""
    from ..schema import Source
    from . import Document

    raw = read_bytes(path, config)
    decoded = decode_bytes(raw, path.name)
    check_text(decoded.text, path.name, config)
    source = Source(path=str(path), format=fmt, encoding=decoded.encoding,
                    encoding_confidence=decoded.confidence, bytes=len(raw), sha256=sha256(raw),
                    repaired=decoded.repaired)
    if fmt == "markdown":
        from .markdown import markdown_to_text

        text, headings = markdown_to_text(decoded.text)
        return Document(case_id=path.stem, text=text, source=source, headings=headings)
    return Document(case_id=path.stem, text=unquote_mail(untable(decoded.text)), source=source)


#: an e-mail reply's quoting: "> " (or ">> ") opening a line
_MAIL_QUOTE = re.compile(r"^(?:>[ \t]?)+", re.M)
#: lines in a row that must open with ">" before they are read as a quoted mail, not as text that
#: happens to start with ">" ("> 50 deltagere")
_MIN_QUOTED_LINES = 3


def unquote_mail(text: str) -> str:
    """A forwarded mail's quoted part ("> Prosjektleder: …") with its markers blanked, so its lines
    read like any other; spaces replace the markers one for one, so every offset stays the file's."""
    lines = text.split("\n")
    quoted = [bool(_MAIL_QUOTE.match(line)) for line in lines]
    if sum(quoted) < _MIN_QUOTED_LINES:
        return text
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and quoted[end]:
            end += 1
        if end - i >= _MIN_QUOTED_LINES:  # a run of quoted lines long enough to be a quoted mail
            for j in range(i, end):
                lines[j] = _MAIL_QUOTE.sub(lambda m: " " * len(m.group(0)), lines[j], count=1)
        i = max(end, i + 1)
    return "\n".join(lines)


#: a plain-text table's rule: "+------+------+", "------+------", "======"
_TABLE_RULE = re.compile(r"[ \t]*\+?(?:[-=]{3,}\+)+[-=]*[ \t]*|[ \t]*[-=]{3,}\+[-=+]*[ \t]*")
#: a row of two cells: "| Journalnr. | STF-2022-0147 |", "Saksnummer | VH-2021-0347" (one bar between the cells)
_TWO_CELLS = re.compile(r"[ \t]*\|?(?P<label>[^|\n]*)\|(?P<value>[^|\n]*)\|?[ \t]*")
#: rows and rules in a row before a text is read as a printed two-column table
_MIN_TABLE_LINES = 3


def untable(text: str) -> str:
    """A plain-text table of two columns, as a database prints a record ("| Projekttitel | Stærk i Udskolingen |"),
    read as label lines ("  Projekttitel:  Stærk i Udskolingen  "): the bars become a colon after the label and
    spaces, the rules blank lines, so every offset stays the file's. Tables of three or more columns stay."""
    if "|" not in text:
        return text
    lines = text.split("\n")
    kind = ["rule" if _TABLE_RULE.fullmatch(ln) else "row" if _TWO_CELLS.fullmatch(ln) else "" for ln in lines]
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and kind[end]:
            end += 1
        if end - i >= _MIN_TABLE_LINES and any(k == "row" for k in kind[i:end]):
            for j in range(i, end):
                lines[j] = " " * len(lines[j]) if kind[j] == "rule" or _header_row(lines[j]) else _label_line(lines[j])
        i = max(end, i + 1)
    return "\n".join(lines)


def _header_row(row: str) -> bool:
    """A row naming the table's two columns ("| Felt | Værdi |", "Fält | Värde"), in any language."""
    words = lexicon.any_language_pattern("table_header_words")
    m = _TWO_CELLS.fullmatch(row)
    return all(words.fullmatch(cell.strip()) for cell in (m["label"], m["value"]))


def _label_line(row: str) -> str:
    """A two-cell row as a label line of the same length: "| Navn   | Henrik Ravn |" -> "  Navn:    Henrik Ravn  "."""
    m = _TWO_CELLS.fullmatch(row)
    chars = list(row.replace("|", " "))
    label = m["label"].rstrip()
    if label.strip():
        chars[m.start("label") + len(label)] = ":"
    return "".join(chars)


def sniff_encoding(path: Path, sample_bytes: int = 1 << 20) -> tuple[str, float]:
    """Encoding of a large text file (a CSV) judged from its first bytes."""
    with open(path, "rb") as fh:
        sample = fh.read(sample_bytes)
    for bom, enc in _BOMS:
        if sample.startswith(bom):
            # the BOM-consuming codec names: utf-8-sig, utf-16, utf-32
            return (enc if enc == "utf-8-sig" else enc[:-3]), 1.0
    try:
        codecs.getincrementaldecoder("utf-8")().decode(sample, final=len(sample) < sample_bytes)
        return "utf-8", 1.0
    except UnicodeDecodeError:
        _, encoding, confidence = _detect_legacy(sample, path.name)
        return encoding, round(confidence, 4)


def join_lines(lines) -> tuple[str, list[tuple[int, int]]]:
    """(text, heading spans) from (line, is_heading) pairs of a structured format."""
    parts, headings, pos = [], [], 0
    for line, is_heading in lines:
        if is_heading:
            headings.append((pos, pos + len(line)))
        parts.append(line)
        pos += len(line) + 1
    return "\n".join(parts), headings


#: how a structured format's column gap is written in the text (a PDF form's label and value far apart,
#: a tab in a Word paragraph): three spaces, as in a .txt copy of such a page, where the sections stage
#: reads label/value pairs
COLUMN_GAP = "   "


def table_row_line(cells: list[str]) -> str:
    """One table row as one line: two cells read as a label and its value ("Periode: 2022–2024"); a
    row of more cells is a record whose cells stand apart ("Maria Lund · Projektledare · 026-17 80 00")."""
    cells = [c for c in cells if c]
    return ": ".join(cells) if len(cells) == 2 else " · ".join(cells)

