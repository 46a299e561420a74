"""The bad-input matrix: each bad file becomes an error row or a flagged result, and every
good file beside them is fully processed."""
from __future__ import annotations

import codecs
import importlib.util
import json
import os
from pathlib import Path

import pandas as pd
import pytest

import pipeline.core as core
from pipeline.config import Config
from pipeline.readers import read_path
from pipeline.runner import run
from pipeline.schema import dump_case

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("batch_samples", REPO / "tests" / "readers" / "batch_samples.py")
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)
CASES = samples.CASES


def _write_matrix(folder: Path) -> None:
    folder.mkdir()
    samples.write_folder(folder)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "whitespace.txt").write_bytes(b" \n\t\r\n   \n")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "picture.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF")
    (folder / "cp1252.txt").write_bytes(("Tidsplan – “fase 1”\n" + CASES["da"]).encode("cp1252"))
    (folder / "latin1.txt").write_bytes(CASES["sv"].encode("latin-1"))
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + CASES["nb"].encode("utf-16-le"))
    (folder / "nul.txt").write_bytes(CASES["nn"].encode() + b"\x00\x00\x00")
    (folder / "control.txt").write_bytes(CASES["da"].replace("Formål", "Formål\x07\x1b").encode())
    with open(folder / "huge.txt", "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    (folder / "english.txt").write_text(samples.ENGLISH * 3, encoding="utf-8")
    (folder / "finnish.txt").write_text(samples.FINNISH * 3, encoding="utf-8")
    (folder / "mixed.txt").write_text(CASES["da"] + CASES["sv"], encoding="utf-8")
    docx = samples.case_docx("sv")
    (folder / "truncated.docx").write_bytes(docx[: len(docx) // 2])
    pdf = samples.case_pdf("da")
    (folder / "truncated.pdf").write_bytes(pdf[: len(pdf) // 2])
    (folder / "broken.html").write_text("<html><body><h1>Formål</h1><p>" + CASES["nb"] + "<div><b>slut",
                                        encoding="utf-8")
    (folder / "navn med mellemrum.txt").write_text(CASES["da"], encoding="utf-8")
    (folder / "Ærø – søndag.txt").write_text(CASES["da"], encoding="utf-8")
    (folder / "loop").mkdir()
    os.symlink(folder, folder / "loop" / "parent")


@pytest.fixture(scope="module")
def matrix(tmp_path_factory):
    root = tmp_path_factory.mktemp("matrix")
    _write_matrix(root / "in")
    summary = run([root / "in"], root / "out", Config(chunk_size=4), progress=False)
    cases = {json.loads(line)["case_id"]: json.loads(line)
             for line in (root / "out" / "cases.jsonl").read_text(encoding="utf-8").splitlines()}
    errors = {row["case_id"]: row for row in pd.read_csv(root / "out" / "errors.csv", dtype=str)
              .to_dict("records")}
    return root, summary, cases, errors


@pytest.mark.parametrize("case_id, code", [
    ("empty", "E_EMPTY"), ("whitespace", "E_EMPTY"), ("image", "E_BINARY"), ("picture", "E_FORMAT"),
    ("nul", "E_BINARY"), ("huge", "E_TOO_LARGE"), ("truncated", "E_PARSE"), ("parent", "E_IO"),
])
def test_bad_file_is_one_error_row(matrix, case_id, code):
    _, _, cases, errors = matrix
    assert errors[case_id]["code"] == code
    assert case_id not in cases


def test_error_messages_name_the_file_and_the_reason(matrix):
    _, _, _, errors = matrix
    assert errors["huge"]["message"] == ("huge.txt is 52,428,800 bytes, more than the limit of "
                                         "20,000,000 bytes (max_bytes)")
    first_nul = len(CASES["nn"].encode("utf-8"))
    assert errors["nul"]["message"] == f"nul.txt is not text: it contains NUL bytes (first at byte {first_nul})"
    assert errors["picture"]["message"].startswith("picture.jpg: the format '.jpg' is not supported")


def test_both_truncated_files_are_reported(matrix):
    root, _, _, _ = matrix
    frame = pd.read_parquet(root / "out" / "errors.parquet")
    rows = frame[frame["case_id"] == "truncated"].sort_values("path")
    assert [Path(p).name for p in rows["path"]] == ["truncated.docx", "truncated.pdf"]
    assert list(rows["code"]) == ["E_PARSE", "E_PARSE"]


@pytest.mark.parametrize("case_id, encoding, repaired", [
    ("cp1252", "cp1252", False), ("latin1", "cp1252", False), ("utf16", "utf-16-le", False),
    ("control", "utf-8", True), ("navn med mellemrum", "utf-8", False), ("Ærø – søndag", "utf-8", False),
])
def test_legacy_encodings_and_odd_names_are_read(matrix, case_id, encoding, repaired):
    _, _, cases, errors = matrix
    assert case_id not in errors
    assert (cases[case_id]["source"]["encoding"], cases[case_id]["source"]["repaired"]) == (encoding, repaired)


def test_cp1252_text_is_decoded_exactly(matrix):
    root, _, _, _ = matrix
    doc = read_path(root / "in" / "cp1252.txt", Config())
    assert doc.text == "Tidsplan – “fase 1”\n" + CASES["da"]


def test_broken_html_is_processed(matrix):
    _, _, cases, _ = matrix
    assert cases["broken"]["source"]["format"] == "html"


@pytest.mark.parametrize("case_id", ["english", "finnish"])
def test_non_nordic_text_is_rejected(matrix, case_id):
    _, _, cases, errors = matrix
    assert case_id not in cases
    assert errors[case_id]["code"] == "E_NOT_NORDIC"


def test_mixed_language_text_is_a_case(matrix):
    _, _, cases, errors = matrix
    assert "mixed" not in errors
    assert cases["mixed"]["language"]["value"] in ("da", "sv")


@pytest.mark.parametrize("lang", samples.LANGS)
def test_good_files_beside_the_bad_ones_are_complete(matrix, lang):
    root, _, cases, _ = matrix
    path = root / "in" / f"{lang}-00000.txt"
    assert json.dumps(cases[f"{lang}-00000"], ensure_ascii=False, separators=(",", ":")) == dump_case(
        core.extract_document(read_path(path, Config()), Config()))


def test_counts(matrix):
    _, summary, cases, errors = matrix
    assert (summary.cases, summary.errors) == (len(cases), 11)
    assert summary.cases + summary.errors == summary.inputs
