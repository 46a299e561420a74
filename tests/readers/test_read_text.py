"""Plain-text reader: encodings, BOMs, mojibake repair and the shared input checks."""
from __future__ import annotations

import codecs

import pytest

from batch_samples import CASES, LANGS
from pipeline.config import Config
from pipeline.errors import BinaryInput, EmptyInput, EncodingError, TooLarge
from pipeline.readers import read_path
from pipeline.readers.text import decode_bytes

NORDIC = "Æblegrød på Ærø; Göteborg, Ålesund og Übersee æ ø å ä ö"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("encoding, recorded", [
    ("utf-8", "utf-8"), ("cp1252", "cp1252"), ("utf-16", "utf-16-le"), ("utf-8-sig", "utf-8"),
])
def test_each_language_reads_back_in_each_encoding(tmp_path, lang, encoding, recorded):
    path = tmp_path / f"{lang}.txt"
    path.write_bytes(CASES[lang].encode(encoding))
    doc = read_path(path, Config())
    assert doc.text == CASES[lang]
    assert doc.case_id == lang
    assert doc.source.encoding == recorded
    assert doc.source.format == "text"
    assert doc.source.bytes == len(CASES[lang].encode(encoding))
    assert doc.source.repaired is False


def test_latin1_text_is_read_as_a_western_encoding():
    decoded = decode_bytes(NORDIC.encode("latin-1"), "x.txt")
    assert decoded.text == NORDIC
    assert decoded.encoding == "cp1252"


def test_cp1252_punctuation_is_not_read_as_latin1_controls():
    decoded = decode_bytes("Tidsplan – “faser” for ældre borgere i byen".encode("cp1252"), "x.txt")
    assert decoded.text == "Tidsplan – “faser” for ældre borgere i byen"
    assert decoded.encoding == "cp1252"


@pytest.mark.parametrize("bom, encoding", [
    (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_utf16_with_bom(bom, encoding):
    decoded = decode_bytes(bom + NORDIC.encode(encoding), "x.txt")
    assert (decoded.text, decoded.encoding, decoded.confidence) == (NORDIC, encoding, 1.0)


def test_utf16_without_bom_is_recognised_from_its_nul_pattern():
    decoded = decode_bytes(NORDIC.encode("utf-16-le"), "x.txt")
    assert (decoded.text, decoded.encoding, decoded.confidence) == (NORDIC, "utf-16-le", 0.9)


def test_mojibake_is_repaired_and_flagged():
    broken = NORDIC.encode("utf-8").decode("cp1252").encode("utf-8")
    decoded = decode_bytes(broken, "x.txt")
    assert decoded.text == NORDIC
    assert decoded.repaired is True


def test_control_characters_are_removed_and_flagged():
    decoded = decode_bytes("Baggrund\x07 for\x1b projektet i kommunen\r\nFormål".encode(), "x.txt")
    assert decoded.text == "Baggrund for projektet i kommunen\nFormål"
    assert decoded.repaired is True


@pytest.mark.parametrize("raw, error, message", [
    (b"", EmptyInput, "x.txt is empty (0 bytes)"),
    (b"  \n\t\r\n ", EmptyInput, "x.txt contains only whitespace"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInput, "x.txt is not text: its bytes are a PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", BinaryInput, "x.txt is not text: its bytes are a JPEG image"),
    (b"Baggrund\x00\x00\x01\x02 for projektet", BinaryInput,
     "x.txt is not text: it contains NUL bytes (first at byte 8)"),
    (bytes(range(1, 32)) * 20, BinaryInput, "x.txt is not text: more than 5% of its bytes are control codes"),
    (codecs.BOM_UTF8 + b"Bad \xff\xfe utf-8 after a BOM", EncodingError,
     "x.txt looks like UTF-8 text but byte 7 cannot be decoded as UTF-8"),
])
def test_bad_bytes_raise_with_a_readable_message(tmp_path, raw, error, message):
    path = tmp_path / "x.txt"
    path.write_bytes(raw)
    with pytest.raises(error) as info:
        read_path(path, Config())
    assert info.value.message == message


def test_too_few_letters_is_empty(tmp_path):
    path = tmp_path / "short.txt"
    path.write_text("Mål: 12 %\n", encoding="utf-8")
    with pytest.raises(EmptyInput) as info:
        read_path(path, Config())
    assert info.value.code == "E_EMPTY"
    assert info.value.message == "short.txt has only 3 letters; at least 20 are needed to read a case (min_chars)"


def test_size_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: 50 MB without writing them
    with pytest.raises(TooLarge) as info:
        read_path(path, Config())
    assert info.value.message == ("big.txt is 52,428,800 bytes, more than the limit of "
                                  "20,000,000 bytes (max_bytes)")


def test_sha256_and_markdown_format(tmp_path):
    path = tmp_path / "notes.md"
    path.write_bytes(b"# Baggrund\nEt projekt for aeldre borgere i byen.\n")
    doc = read_path(path, Config())
    assert doc.source.format == "markdown"
    assert doc.source.sha256 == "557a6b7bdae3da05a95ceeac795e5568d1311947948c5fd3332df36c512fe60f"
