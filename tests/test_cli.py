"""The nordcase command line: version, schema, extract + evaluate, exit codes."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from pipeline import __version__
from pipeline.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def test_version():
    result = runner.invoke(app, ["--version"])
    assert (result.exit_code, result.stdout.strip()) == (0, f"nordcase {__version__}")


def test_schema_lists_every_field():
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert result.exit_code == 0
    assert {"case_id", "period_start", "budget_total", "contacts", "sections"} <= set(schema["properties"])


def test_extract_then_evaluate(tmp_path):
    cases = tmp_path / "in"
    cases.mkdir()
    for stem in ("da01_groen_omstilling_smv", "sv03_motesplats_vaxjo"):
        shutil.copy(ROOT / "corpus" / "cases" / f"{stem}.txt", cases)
    (cases / "empty.txt").write_text("", encoding="utf-8")
    (cases / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(cases), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "2 cases, 2 errors (E_BINARY: 1, E_EMPTY: 1)" in result.stdout
    for name in ("cases.jsonl", "cases.parquet", "cases.csv", "contacts.parquet", "sections.csv",
                 "entities.parquet", "errors.csv", "schema.json", "run.json"):
        assert (out / name).is_file(), name
    gold = json.loads((ROOT / "corpus" / "gold.json").read_text(encoding="utf-8"))
    gold["cases"] = {k: v for k, v in gold["cases"].items() if k in ("da01_groen_omstilling_smv", "sv03_motesplats_vaxjo")}
    (tmp_path / "gold.json").write_text(json.dumps(gold), encoding="utf-8")
    ok = runner.invoke(app, ["evaluate", str(tmp_path / "gold.json"), str(out / "cases.jsonl"),
                             "--min-accuracy", "0.8"])
    assert ok.exit_code == 0, ok.output
    assert "ALL" in ok.stdout
    too_high = runner.invoke(app, ["evaluate", str(tmp_path / "gold.json"), str(out / "cases.jsonl"),
                                   "--min-accuracy", "1.01"])
    assert too_high.exit_code == 1


def test_evaluate_unreadable_inputs_exit_2_with_one_line(tmp_path):
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps({"cases": {"a": {"language": "da"}}}), encoding="utf-8")
    records = tmp_path / "cases.jsonl"
    # U+2028 inside a string is one JSONL line, not two
    records.write_text(json.dumps({"case_id": "a", "title": "x\u2028y"}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"cases": {\n"a": }', encoding="utf-8")
    (tmp_path / "list.json").write_text("[]", encoding="utf-8")
    (tmp_path / "norecord.jsonl").write_text('{"case_id": "a"}\n\n[1, 2]\n', encoding="utf-8")
    (tmp_path / "latin1.jsonl").write_bytes('{"case_id": "Å"}'.encode("latin-1"))
    cases = {
        ("missing.json", "cases.jsonl"): "missing.json: no such file",
        ("broken.json", "cases.jsonl"): "broken.json, line 2: not JSON (Expecting value)",
        ("list.json", "cases.jsonl"): 'list.json: gold must be {"cases": {case_id: {field: value}}}',
        ("gold.json", "norecord.jsonl"): "norecord.jsonl, line 3: not a case record (no case_id)",
        ("gold.json", "latin1.jsonl"): "latin1.jsonl: not UTF-8 text (byte 13)",
        ("gold.json", "."): ".: a folder, not a file",
    }
    for (g, c), message in cases.items():
        paths = [str(tmp_path / g), str(tmp_path / c) if c != "." else str(tmp_path)]
        result = runner.invoke(app, ["evaluate", *paths])
        assert result.exit_code == 2, (g, c, result.output)
        expected = message if c != "." else f"{tmp_path}: a folder, not a file"
        assert result.stderr.strip().endswith(expected), (g, c, result.stderr)
    ok = runner.invoke(app, ["evaluate", str(gold), str(records)])
    assert ok.exit_code == 0, ok.output


def test_extract_of_inputs_that_do_not_exist_exits_2_and_writes_nothing(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "cases"), "--out", str(tmp_path / "out"), "--no-progress"])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"nordcase extract: no such file or folder: {tmp_path / 'cases'}"
    assert not (tmp_path / "out").exists()


def test_extract_of_a_missing_input_beside_one_that_exists_is_an_error_row(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Aktiv hverdag\n\nBaggrund\nMange ældre borgere bor alene og savner "
                                           "et fællesskab omkring motion.\n", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), str(tmp_path / "typo"), "--out", str(tmp_path / "out"),
                                 "--no-progress", "--workers", "1"])
    assert result.exit_code == 0
    errors = (tmp_path / "out" / "errors.csv").read_text(encoding="utf-8").splitlines()
    assert errors[0] == "case_id,path,code,message" and errors[1].split(",")[:3] == ["typo", str(tmp_path / "typo"), "E_IO"]
