"""Chunked, atomic output: cases.jsonl plus Parquet and CSV for every table, written under
temporary names chunk by chunk and renamed into place only when the run is complete."""
from __future__ import annotations

import csv
import json
import os
import shutil
from pathlib import Path
from typing import Any, Iterable

from .tables import TABLE_NAMES, TABLES, arrow_schema

PARQUET_COMPRESSION = "zstd"


def partial_name(final: Path) -> Path:
    """The temporary name a file is written under until it is complete."""
    return final.with_name(f".{final.name}.partial")


def replace_into(tmp: Path, final: Path) -> None:
    """Move a finished file or folder to its final name (replacing what was there)."""
    if final.is_dir() and not final.is_symlink():
        shutil.rmtree(final)
    elif tmp.is_dir() and final.exists():
        final.unlink()
    os.replace(tmp, final)


def write_text_atomic(final: Path, text: str) -> None:
    tmp = partial_name(final)
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    replace_into(tmp, final)


def write_json_atomic(final: Path, obj: Any) -> None:
    write_text_atomic(final, json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=False) + "\n")


class _CsvTable:
    def __init__(self, final: Path, columns: list[str]):
        self.final, self.tmp, self.columns = final, partial_name(final), columns
        self.fh = open(self.tmp, "w", encoding="utf-8", newline="")
        self.writer = csv.writer(self.fh, lineterminator="\n")
        self.writer.writerow(columns)

    def write(self, rows: list[dict]) -> None:
        columns = self.columns
        self.writer.writerows(
            ["" if v is None else repr(v) if type(v) is float else str(v) for v in map(row.get, columns)]
            for row in rows)  # empty for missing, repr for floats (exact, stable), True/False for bools

    def close(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()


class _ParquetTable:
    """One Parquet file, one row group per written chunk."""

    def __init__(self, final: Path, table: str):
        import pyarrow.parquet as pq

        self.final, self.tmp, self.schema = final, partial_name(final), arrow_schema(table)
        self.writer = pq.ParquetWriter(self.tmp, self.schema, compression=PARQUET_COMPRESSION)

    def write(self, rows: list[dict]) -> None:
        import pyarrow as pa

        if rows:
            self.writer.write_table(pa.Table.from_pylist(rows, schema=self.schema))

    def close(self) -> None:
        self.writer.close()


class _PartitionedParquetTable:
    """A folder of Parquet files, one per chunk (the layout Dask and Spark read and write)."""

    def __init__(self, final: Path, table: str):
        self.final, self.tmp, self.table = final, partial_name(final), table
        self.schema = arrow_schema(table)
        if self.tmp.exists():
            shutil.rmtree(self.tmp)
        self.tmp.mkdir(parents=True)
        self.parts = 0

    def write(self, rows: list[dict], part: int) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if rows:
            pq.write_table(pa.Table.from_pylist(rows, schema=self.schema),
                           self.tmp / f"part-{part:06d}.parquet", compression=PARQUET_COMPRESSION)
            self.parts += 1

    def close(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if not self.parts:  # an empty table still carries its schema
            pq.write_table(pa.Table.from_pylist([], schema=self.schema),
                           self.tmp / "part-000000.parquet", compression=PARQUET_COMPRESSION)


class OutputWriter:
    """All output tables of a run, written chunk by chunk and committed together."""

    def __init__(self, out_dir: Path, partitioned: bool = False):
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.partitioned = partitioned
        self.jsonl_final = self.out_dir / "cases.jsonl"
        self.jsonl = open(partial_name(self.jsonl_final), "w", encoding="utf-8", newline="\n")
        self.csv = {t: _CsvTable(self.out_dir / f"{t}.csv", list(TABLES[t])) for t in TABLE_NAMES}
        kind = _PartitionedParquetTable if partitioned else _ParquetTable
        self.parquet = {t: kind(self.out_dir / f"{t}.parquet", t) for t in TABLE_NAMES}
        self.counts = {t: 0 for t in TABLE_NAMES}

    def write_chunk(self, part: int, jsonl: Iterable[str], tables: dict[str, list[dict]]) -> None:
        for line in jsonl:
            self.jsonl.write(line)
            self.jsonl.write("\n")
        for table in TABLE_NAMES:
            rows = tables.get(table, [])
            self.csv[table].write(rows)
            if self.partitioned:
                self.parquet[table].write(rows, part)
            else:
                self.parquet[table].write(rows)
            self.counts[table] += len(rows)

    def files(self) -> list[Path]:
        return [self.jsonl_final] + [w.final for t in TABLE_NAMES for w in (self.parquet[t], self.csv[t])]

    def commit(self) -> list[Path]:
        """Close everything and move each table to its final name."""
        self.jsonl.flush()
        os.fsync(self.jsonl.fileno())
        self.jsonl.close()
        for table in TABLE_NAMES:
            self.csv[table].close()
            self.parquet[table].close()
        pending = [(partial_name(self.jsonl_final), self.jsonl_final)]
        pending += [(w.tmp, w.final) for t in TABLE_NAMES for w in (self.parquet[t], self.csv[t])]
        for tmp, final in pending:
            replace_into(tmp, final)
        return [final for _, final in pending]

    def abort(self) -> None:
        """Close and delete the temporary files (the previous outputs stay untouched)."""
        for closer in [self.jsonl.close] + [w.close for t in TABLE_NAMES for w in (self.csv[t], self.parquet[t])]:
            try:
                closer()
            except Exception:  # closing half-written files can fail in many ways; we delete them
                pass
        for tmp in [partial_name(self.jsonl_final)] + [w.tmp for t in TABLE_NAMES for w in (self.csv[t], self.parquet[t])]:
            if tmp.is_dir():
                shutil.rmtree(tmp, ignore_errors=True)
            elif tmp.exists():
                tmp.unlink()
