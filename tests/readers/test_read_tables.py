"""Tabular inputs: one Document per row from the text and id columns, errors per row."""
from __future__ import annotations

import csv
import hashlib

import pytest

from batch_samples import CASES, LANGS, write_jsonl
from pipeline.config import Config
from pipeline.readers import Document, InputError, iter_inputs


def _rows():
    return [{"id": f"K-{i}", "description": CASES[lang], "year": 2020 + i} for i, lang in enumerate(LANGS)]


def _write(path, rows, fmt):
    if fmt == "csv":
        with open(path, "w", encoding="cp1252", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]), delimiter=";")
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "jsonl":
        write_jsonl(path, rows)
    elif fmt == "parquet":
        import pandas as pd

        pd.DataFrame(rows).to_parquet(path)
    elif fmt == "xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        sheet = book.active
        sheet.append(list(rows[0]))
        for row in rows:
            sheet.append(list(row.values()))
        book.save(path)


@pytest.mark.parametrize("fmt, encoding", [("csv", "cp1252"), ("jsonl", "utf-8"), ("parquet", "utf-8"),
                                           ("xlsx", "utf-8")])
def test_each_row_becomes_a_document(tmp_path, fmt, encoding):
    path = tmp_path / f"cases.{fmt}"
    _write(path, _rows(), fmt)
    config = Config(text_column="description", id_column="id")
    docs = list(iter_inputs([path], config))
    assert [d.case_id for d in docs] == ["K-0", "K-1", "K-2", "K-3"]
    assert [d.text for d in docs] == [CASES[lang].replace("\r\n", "\n") for lang in LANGS]
    assert {d.source.format for d in docs} == {fmt}
    assert {d.source.encoding for d in docs} == {encoding}
    assert docs[1].source.sha256 == hashlib.sha256(CASES["sv"].encode()).hexdigest()


def test_rows_without_id_column_are_numbered_from_one(tmp_path):
    path = tmp_path / "export.jsonl"
    write_jsonl(path, [{"text": CASES["da"]}, {"text": CASES["nb"]}])
    assert [d.case_id for d in iter_inputs([path], Config())] == ["export-1", "export-2"]


def test_bad_rows_become_errors_and_the_rest_is_read(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"id": "a", "text": "' + CASES["da"].replace("\n", "\\n") + '"}\n'
                    '{"id": "b", "text": "   "}\n'
                    'not json at all\n'
                    '{"id": "d", "text": "' + CASES["sv"].replace("\n", "\\n") + '"}\n', encoding="utf-8")
    out = list(iter_inputs([path], Config()))
    assert [type(o).__name__ for o in out] == ["Document", "InputError", "InputError", "Document"]
    assert out[1] == InputError("b", str(path), "E_EMPTY", "mixed.jsonl row 2 contains only whitespace")
    assert out[2] == InputError("mixed-3", str(path), "E_PARSE",
                                "mixed.jsonl row 3: line 3 is not valid JSON: Expecting value")


def test_missing_text_column_is_one_error_for_the_file(tmp_path):
    path = tmp_path / "cases.csv"
    path.write_text("id,body\n1,Noget tekst om ældre borgere i kommunen\n", encoding="utf-8")
    out = list(iter_inputs([path], Config(text_column="description")))
    assert out == [InputError("cases", str(path), "E_PARSE",
                              "cases.csv has no column 'description' to read case text from "
                              "(columns: id, body); set text_column")]


def test_row_larger_than_the_limit(tmp_path):
    path = tmp_path / "big.jsonl"
    write_jsonl(path, [{"id": "x", "text": "ord " * 100}])
    out = list(iter_inputs([path], Config(max_bytes=100)))
    assert out == [InputError("x", str(path), "E_TOO_LARGE",
                              "big.jsonl row 1 has 400 bytes of text, more than the limit of 100 (max_bytes)")]


def test_mojibake_in_a_cell_is_repaired(tmp_path):
    path = tmp_path / "m.jsonl"
    write_jsonl(path, [{"text": CASES["da"].encode().decode("cp1252")}])
    (doc,) = iter_inputs([path], Config())
    assert isinstance(doc, Document)
    assert (doc.text, doc.source.repaired) == (CASES["da"], True)
