"""Flat tables: exact rows of a case, explicit column order and dtypes, empty tables."""
from __future__ import annotations

from pipeline.schema import CASE_FIELDS, Case, Contact, Entity, Field, Section, SectionKey, Source
from pipeline.tables import (TABLES, arrow_schema, case_rows, error_row, pandas_dtypes, rows_to_frame,
                             validate_frame)


def _case() -> Case:
    return Case(
        case_id="k1",
        source=Source(path="in/k1.txt", format="text", encoding="cp1252", encoding_confidence=0.98,
                      bytes=120, sha256="ab", repaired=True),
        language=Field[str](value="da", confidence=0.97, span=None, method="language@1"),
        period_start=Field[str](value="2019-01-01", confidence=0.8, span=(40, 50), method="dates@1"),
        budget_total=Field[float](value=650000.0, confidence=0.7, span=(60, 71), method="amounts@1"),
        grants_by_year=Field[dict[str, float]](value={"2018": 2.5, "2017": 650000.0}, confidence=0.6,
                                               method="amounts@1"),
        evaluated=Field[bool](value=False, confidence=0.55, method="evaluation@1"),
        participants_planned=Field[int](value=40, confidence=0.5, span=(80, 82), method="numbers@1"),
        contacts=[Contact(name=Field[str](value="Mette Holm", confidence=0.9),
                          phone=Field[str](value="+4523456789", confidence=0.95))],
        sections=[Section(key=SectionKey.background, heading="Baggrund", language="da", start=10, end=30,
                          heading_start=0, heading_end=8, confidence=0.9, text="Mange ældre"),
                  Section(key=None, heading="Andet", start=30, end=40, heading_start=30, heading_end=35)],
        entities=[Entity(text="Randers", label="LOC", start=5, end=12, confidence=0.8, method="ner@1")],
    )


def test_case_row_has_every_column_in_order_with_exact_values():
    rows = case_rows(_case())
    (row,) = rows["cases"]
    assert list(row) == list(TABLES["cases"])
    assert list(row)[:10] == ["case_id", "schema_version", "language_mixed", "source_path", "source_format",
                              "source_encoding", "source_encoding_confidence", "source_bytes",
                              "source_sha256", "source_repaired"]
    assert len(row) == 10 + 5 * len(CASE_FIELDS)
    assert (row["source_encoding"], row["source_repaired"]) == ("cp1252", True)
    assert [row[f"period_start{s}"] for s in ("", "_confidence", "_method", "_start", "_end")] == [
        "2019-01-01", 0.8, "dates@1", 40, 50]
    assert row["grants_by_year"] == '{"2017":650000.0,"2018":2.5}'
    assert (row["evaluated"], row["participants_planned"], row["budget_total"]) == (False, 40, 650000.0)
    assert (row["title"], row["title_confidence"], row["title_method"], row["title_start"]) == (None, 0.0, None, None)


def test_contact_section_and_entity_rows():
    rows = case_rows(_case())
    assert rows["contacts"] == [{
        "case_id": "k1", "index": 0, "name": "Mette Holm", "role": None, "phone": "+4523456789",
        "email": None, "organisation": None, "name_confidence": 0.9, "role_confidence": 0.0,
        "phone_confidence": 0.95, "email_confidence": 0.0, "organisation_confidence": 0.0}]
    assert rows["sections"] == [
        {"case_id": "k1", "index": 0, "key": "background", "heading": "Baggrund", "language": "da",
         "start": 10, "end": 30, "confidence": 0.9, "text": "Mange ældre"},
        {"case_id": "k1", "index": 1, "key": None, "heading": "Andet", "language": None,
         "start": 30, "end": 40, "confidence": 0.0, "text": ""}]
    assert rows["entities"] == [{"case_id": "k1", "text": "Randers", "label": "LOC", "start": 5, "end": 12,
                                 "confidence": 0.8, "method": "ner@1"}]


def test_frames_have_explicit_dtypes_even_when_empty():
    assert pandas_dtypes("errors") == {"case_id": "string", "path": "string", "code": "string",
                                       "message": "string"}
    empty = rows_to_frame("sections", [])
    assert list(empty.columns) == ["case_id", "index", "key", "heading", "language", "start", "end",
                                   "confidence", "text"]
    assert [str(t) for t in empty.dtypes] == ["string", "Int64", "string", "string", "string", "Int64",
                                              "Int64", "Float64", "string"]
    cases = rows_to_frame("cases", case_rows(_case())["cases"])
    assert str(cases["evaluated"].dtype) == "boolean"
    assert str(cases["budget_total"].dtype) == "Float64"
    assert str(cases["grants_by_year"].dtype) == "string"
    assert cases.loc[0, "participants_planned"] == 40


def test_arrow_schema_matches_the_column_map():
    schema = arrow_schema("entities")
    assert [(f.name, str(f.type)) for f in schema] == [
        ("case_id", "string"), ("text", "string"), ("label", "string"), ("start", "int64"),
        ("end", "int64"), ("confidence", "double"), ("method", "string")]


def test_error_row_and_validation():
    row = error_row("x", "in/x.txt", "E_EMPTY", "x.txt is empty (0 bytes)")
    assert row == {"case_id": "x", "path": "in/x.txt", "code": "E_EMPTY", "message": "x.txt is empty (0 bytes)"}
    frame = rows_to_frame("errors", [row])
    assert validate_frame("errors", frame).loc[0, "code"] == "E_EMPTY"
    try:
        validate_frame("errors", frame[["path", "case_id", "code", "message"]])
    except ValueError as exc:
        assert str(exc) == ("table 'errors' must have the columns ['case_id', 'path', 'code', 'message'] "
                            "in this order, not ['path', 'case_id', 'code', 'message']")
    else:
        raise AssertionError("a frame with columns out of order must be rejected")
