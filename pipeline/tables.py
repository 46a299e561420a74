"""Flat tables of a Case (cases, contacts, sections, entities) and of errors, with an explicit
column order and type per table so that empty tables keep their schema."""
from __future__ import annotations

import json
from typing import Any

from .schema import CASE_FIELDS, Case, Contact

#: Column kinds and their pandas (nullable) and Arrow types.
PANDAS_DTYPES = {"str": "string", "int": "Int64", "float": "Float64", "bool": "boolean"}
_PY_KINDS = {str: "str", int: "int", float: "float", bool: "bool"}


def _field_kind(name: str) -> str:
    (arg,) = Case.model_fields[name].annotation.__pydantic_generic_metadata__["args"]
    return _PY_KINDS.get(arg, "str")  # dicts (grants_by_year) are written as JSON text


SOURCE_COLUMNS = {"source_path": "str", "source_format": "str", "source_encoding": "str",
                  "source_encoding_confidence": "float", "source_bytes": "int",
                  "source_sha256": "str", "source_repaired": "bool"}
CONTACT_FIELDS: tuple[str, ...] = tuple(Contact.model_fields)


def _case_columns() -> dict[str, str]:
    columns = {"case_id": "str", "schema_version": "int", "language_mixed": "bool", **SOURCE_COLUMNS}
    for name in CASE_FIELDS:
        columns[name] = _field_kind(name)
        columns[f"{name}_confidence"] = "float"
        columns[f"{name}_method"] = "str"
        columns[f"{name}_start"] = "int"
        columns[f"{name}_end"] = "int"
    return columns


#: Table name -> {column: kind}, in output order.
TABLES: dict[str, dict[str, str]] = {
    "cases": _case_columns(),
    "contacts": {"case_id": "str", "index": "int", **{f: "str" for f in CONTACT_FIELDS},
                 **{f"{f}_confidence": "float" for f in CONTACT_FIELDS}},
    "sections": {"case_id": "str", "index": "int", "key": "str", "heading": "str",
                 "language": "str", "start": "int", "end": "int", "confidence": "float",
                 "text": "str"},
    "entities": {"case_id": "str", "text": "str", "label": "str", "start": "int", "end": "int",
                 "confidence": "float", "method": "str"},
    "errors": {"case_id": "str", "path": "str", "code": "str", "message": "str"},
}
TABLE_NAMES: tuple[str, ...] = tuple(TABLES)


def pandas_dtypes(table: str) -> dict[str, str]:
    """The explicit pandas dtype of each column of a table."""
    return {col: PANDAS_DTYPES[kind] for col, kind in TABLES[table].items()}


def arrow_schema(table: str):
    """The pyarrow schema of a table (no pandas metadata, so files are byte-stable)."""
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(col, types[kind]) for col, kind in TABLES[table].items()])


def _value(value: Any) -> Any:
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return value


def case_row(case: Case) -> dict[str, Any]:
    """The flat cases-table row of one case."""
    src = case.source
    row: dict[str, Any] = {
        "case_id": case.case_id, "schema_version": case.schema_version,
        "language_mixed": case.language_mixed, "source_path": src.path, "source_format": src.format,
        "source_encoding": src.encoding, "source_encoding_confidence": src.encoding_confidence,
        "source_bytes": src.bytes, "source_sha256": src.sha256, "source_repaired": src.repaired,
    }
    for name in CASE_FIELDS:
        fld = getattr(case, name)
        row[name] = _value(fld.value)
        row[f"{name}_confidence"] = fld.confidence
        row[f"{name}_method"] = fld.method
        row[f"{name}_start"], row[f"{name}_end"] = fld.span if fld.span else (None, None)
    return row


def case_rows(case: Case) -> dict[str, list[dict[str, Any]]]:
    """Rows of the cases, contacts, sections and entities tables for one case."""
    contacts = []
    for index, contact in enumerate(case.contacts):
        row = {"case_id": case.case_id, "index": index}
        row.update({f: getattr(contact, f).value for f in CONTACT_FIELDS})
        row.update({f"{f}_confidence": getattr(contact, f).confidence for f in CONTACT_FIELDS})
        contacts.append(row)
    sections = [{"case_id": case.case_id, "index": index,
                 "key": sec.key.value if sec.key is not None else None, "heading": sec.heading,
                 "language": sec.language, "start": sec.start, "end": sec.end,
                 "confidence": sec.confidence, "text": sec.text}
                for index, sec in enumerate(case.sections)]
    entities = [{"case_id": case.case_id, "text": ent.text, "label": ent.label, "start": ent.start,
                 "end": ent.end, "confidence": ent.confidence, "method": ent.method}
                for ent in case.entities]
    return {"cases": [case_row(case)], "contacts": contacts, "sections": sections,
            "entities": entities}


def error_row(case_id: str, path: str | None, code: str, message: str) -> dict[str, Any]:
    """One row of the errors table."""
    return {"case_id": case_id, "path": path, "code": code, "message": message}


def rows_to_frame(table: str, rows: list[dict[str, Any]]):
    """A pandas DataFrame of rows with the table's exact columns and dtypes."""
    import pandas as pd

    columns = list(TABLES[table])
    frame = pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(
        {col: [] for col in columns})
    return frame.astype(pandas_dtypes(table))


def validate_frame(table: str, frame):
    """Check a frame has the table's columns in order, and cast it to the explicit dtypes."""
    expected = list(TABLES[table])
    if list(frame.columns) != expected:
        raise ValueError(f"table {table!r} must have the columns {expected} in this order, "
                         f"not {list(frame.columns)}")
    return frame.astype(pandas_dtypes(table))
