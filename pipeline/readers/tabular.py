"""Tabular input (.csv/.xlsx/.parquet/.jsonl): one Document per row, streamed, from the text
column (config.text_column, default "text") and id column (config.id_column, default "id")."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator

from ..config import Config
from ..errors import NordcaseError, ParseError, TooLarge, UnreadableFile
from ..schema import Source
from .text import check_text, repair_text, sha256, sniff_encoding

TABULAR_SUFFIXES = (".csv", ".tsv", ".xlsx", ".parquet", ".jsonl")
DEFAULT_TEXT_COLUMN = "text"
DEFAULT_ID_COLUMN = "id"


def _cell(value: Any) -> str | None:
    """A cell as text: None stays None, 12.0 from a spreadsheet becomes "12"."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:  # NaN
            return None
        if value.is_integer():
            return str(int(value))
    return str(value)


def _columns(path: Path, header: list[str], config: Config) -> tuple[str, str | None]:
    text_col = config.text_column or DEFAULT_TEXT_COLUMN
    if text_col not in header:
        raise ParseError(f"{path.name} has no column {text_col!r} to read case text from "
                         f"(columns: {', '.join(map(str, header)) or 'none'}); set text_column")
    id_col = config.id_column or DEFAULT_ID_COLUMN
    if id_col not in header:
        if config.id_column:
            raise ParseError(f"{path.name} has no id column {id_col!r} "
                             f"(columns: {', '.join(map(str, header))}); set id_column")
        id_col = None
    return text_col, id_col


def _csv_rows(path: Path, config: Config) -> Iterator[tuple[dict, str, float]]:
    encoding, confidence = sniff_encoding(path)
    csv.field_size_limit(max(config.max_bytes, 1 << 20))
    with open(path, encoding=encoding, newline="") as fh:
        sample = fh.read(1 << 16)
        fh.seek(0)
        if path.suffix.lower() == ".tsv":
            dialect = csv.excel_tab
        else:
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
            except csv.Error:
                dialect = csv.excel
        for row in csv.DictReader(fh, dialect=dialect):
            yield row, encoding.replace("-sig", ""), confidence


def _xlsx_rows(path: Path, config: Config) -> Iterator[tuple[dict, str, float]]:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        rows = workbook.active.iter_rows(values_only=True)
        header = [_cell(v) or "" for v in next(rows, ())]
        for values in rows:
            yield dict(zip(header, values)), "utf-8", 1.0
    finally:
        workbook.close()


def _parquet_rows(path: Path, config: Config) -> Iterator[tuple[dict, str, float]]:
    import pyarrow.parquet as pq

    table = pq.ParquetFile(path)
    names = table.schema_arrow.names
    text_col, id_col = _columns(path, names, config)
    columns = [text_col] + ([id_col] if id_col else [])
    for batch in table.iter_batches(batch_size=config.chunk_size, columns=columns):
        for row in batch.to_pylist():
            yield row, "utf-8", 1.0


def _jsonl_rows(path: Path, config: Config) -> Iterator[tuple[dict, str, float]]:
    encoding, confidence = sniff_encoding(path)
    with open(path, encoding=encoding) as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                row = {"__error__": f"line {number} is not valid JSON: {exc.msg}"}
            yield (row if isinstance(row, dict) else {"__error__": f"line {number} is not a JSON object"},
                   encoding.replace("-sig", ""), confidence)


_ROW_READERS = {".csv": _csv_rows, ".tsv": _csv_rows, ".xlsx": _xlsx_rows,
                ".parquet": _parquet_rows, ".jsonl": _jsonl_rows}


def iter_table(path: Path, config: Config) -> Iterator:
    """Documents (or InputErrors) for each row of a table, in row order; row numbers start at 1."""
    from . import Document, InputError

    fmt = path.suffix.lower().lstrip(".")
    columns: tuple[str, str | None] | None = None
    try:
        if path.stat().st_size == 0:
            yield InputError(path.stem, str(path), "E_EMPTY", f"{path.name} is empty (0 bytes)")
            return
        number = 0
        for number, (row, encoding, confidence) in enumerate(_ROW_READERS[path.suffix.lower()](
                path, config), 1):
            if columns is None and "__error__" not in row:
                columns = _columns(path, list(row), config)
            text_col, id_col = columns or (None, None)
            raw_id = _cell(row.get(id_col)) if id_col else None
            case_id = raw_id.strip() if raw_id and raw_id.strip() else f"{path.stem}-{number}"
            where = f"{path.name} row {number}"
            try:
                if "__error__" in row:
                    raise ParseError(f"{where}: {row['__error__']}")
                text = _cell(row.get(text_col)) or ""
                size = len(text.encode("utf-8"))
                if size > config.max_bytes:
                    raise TooLarge(f"{where} has {size:,} bytes of text, more than the limit of "
                                   f"{config.max_bytes:,} (max_bytes)")
                text, repaired = repair_text(text)
                check_text(text, where, config)
            except NordcaseError as exc:
                yield InputError(case_id, str(path), exc.code, exc.message)
                continue
            source = Source(path=str(path), format=fmt, encoding=encoding,
                            encoding_confidence=confidence, bytes=size,
                            sha256=sha256(text.encode("utf-8")), repaired=repaired)
            yield Document(case_id=case_id, text=text, source=source)
        if number == 0:
            yield InputError(path.stem, str(path), "E_EMPTY", f"{path.name} has no data rows")
    except NordcaseError as exc:
        yield InputError(path.stem, str(path), exc.code, exc.message)
    except (OSError, UnicodeDecodeError) as exc:
        err = UnreadableFile(f"cannot read {path.name}: {exc}")
        yield InputError(path.stem, str(path), err.code, err.message)
    except Exception as exc:  # openpyxl/pyarrow/csv raise many types on damaged files
        err = ParseError(f"{path.name} could not be read as {fmt}: {type(exc).__name__}: {exc}")
        yield InputError(path.stem, str(path), err.code, err.message)
