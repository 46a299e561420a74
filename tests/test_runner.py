"""Batch runner: error isolation, stable byte-identical output, atomic writes, time limits,
resume after kill -9, process workers and a 2-worker Dask cluster."""
from __future__ import annotations

import importlib.util
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

import pipeline.core as core
from pipeline.config import Config
from pipeline.readers import InputError, read_path
from pipeline.runner import WORK_DIR, extract_corpus, run, run_with_time_limit
from pipeline.schema import dump_case
from pipeline.errors import Timeout
from pipeline.writers import OutputWriter

REPO = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("batch_samples", REPO / "tests" / "readers" / "batch_samples.py")
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)

TABLE_FILES = ["cases.jsonl", "schema.json"] + [f"{t}.{ext}" for t in
                                                ("cases", "contacts", "sections", "entities", "errors")
                                                for ext in ("parquet", "csv")]


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in TABLE_FILES}


def _errors(out: Path) -> list[tuple[str, str]]:
    frame = pd.read_csv(out / "errors.csv", dtype=str)
    return list(zip(frame["case_id"], frame["code"]))


def _case_ids(out: Path) -> list[str]:
    return [json.loads(line)["case_id"] for line in (out / "cases.jsonl").read_text(encoding="utf-8").splitlines()]


def test_bad_files_become_error_rows_and_good_files_are_complete(tmp_path):
    ids = samples.write_folder(tmp_path / "in")
    (tmp_path / "in" / "blank.txt").write_bytes(b"")
    (tmp_path / "in" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    summary = run([tmp_path / "in"], tmp_path / "out", Config(chunk_size=2), progress=False)
    out = tmp_path / "out"
    assert (summary.inputs, summary.cases, summary.errors, summary.chunks) == (6, 4, 2, 3)
    assert summary.errors_by_code == {"E_BINARY": 1, "E_EMPTY": 1}
    assert _errors(out) == [("blank", "E_EMPTY"), ("photo", "E_BINARY")]
    expected = [dump_case(core.extract_document(read_path(tmp_path / "in" / f"{i}.txt"), Config())) for i in ids]
    assert (out / "cases.jsonl").read_text(encoding="utf-8").splitlines() == expected
    assert sorted(p.name for p in out.iterdir()) == sorted(TABLE_FILES + ["run.json"])
    run_json = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run_json["counts"]["rows"]["cases"] == 4
    assert run_json["counts"]["errors_by_code"] == {"E_BINARY": 1, "E_EMPTY": 1}
    assert set(run_json["timings"]) == {"started", "extract_s", "total_s", "docs_per_s"}


def test_output_is_byte_identical_for_one_and_two_workers(tmp_path):
    samples.write_folder(tmp_path / "in", copies=5)
    (tmp_path / "in" / "broken.docx").write_bytes(b"PK\x03\x04 truncated")
    run([tmp_path / "in"], tmp_path / "one", Config(chunk_size=3), progress=False)
    run([tmp_path / "in"], tmp_path / "two", Config(chunk_size=3, workers=2), progress=False)
    again = run([tmp_path / "in"], tmp_path / "one-again", Config(chunk_size=3), progress=False)
    assert again.cases == 20
    assert _outputs(tmp_path / "one") == _outputs(tmp_path / "two") == _outputs(tmp_path / "one-again")


def test_extract_corpus_returns_typed_frames(tmp_path):
    samples.write_folder(tmp_path, langs=("sv", "nn"))
    (tmp_path / "odd.rtf").write_text("{\\rtf1 text}", encoding="utf-8")
    result = extract_corpus(tmp_path)
    assert list(result.cases["case_id"]) == ["nn-00000", "sv-00000"]
    assert str(result.cases["source_bytes"].dtype) == "Int64"
    assert list(result.cases["source_encoding"]) == ["utf-8", "utf-8"]
    assert result.errors.to_dict("records") == [{
        "case_id": "odd", "path": str(tmp_path / "odd.rtf"), "code": "E_FORMAT",
        "message": "odd.rtf: the format '.rtf' is not supported (supported: .txt, .md, .text, .html, .htm, "
                   ".xhtml, .docx, .pdf, .csv, .tsv, .xlsx, .parquet, .jsonl)"}]
    assert list(result.contacts.columns)[:3] == ["case_id", "index", "name"]
    assert result.summary.cases == 2


def test_table_input_with_text_and_id_columns(tmp_path):
    rows = [{"ref": f"R{n}", "description": samples.CASES[lang]} for n, lang in enumerate(samples.LANGS)]
    rows.append({"ref": "R9", "description": ""})
    samples.write_jsonl(tmp_path / "export.jsonl", rows)
    config = Config(text_column="description", id_column="ref", chunk_size=2)
    summary = run([tmp_path / "export.jsonl"], tmp_path / "out", config, progress=False)
    assert _case_ids(tmp_path / "out") == ["R0", "R1", "R2", "R3"]
    assert _errors(tmp_path / "out") == [("R9", "E_EMPTY")]
    assert summary.inputs == 5


def test_slow_document_times_out_and_the_rest_goes_on(tmp_path, monkeypatch):
    samples.write_folder(tmp_path / "in", langs=("da", "sv"))
    (tmp_path / "in" / "slow.txt").write_text("SLOW " + samples.CASES["nb"], encoding="utf-8")
    real = core.extract_document

    def slow_for_one(doc, config=None):
        if doc.text.startswith("SLOW"):
            time.sleep(30)
        return real(doc, config)
    monkeypatch.setattr(core, "extract_document", slow_for_one)
    summary = run([tmp_path / "in"], tmp_path / "out", Config(timeout_s=0.5), progress=False)
    assert _errors(tmp_path / "out") == [("slow", "E_TIMEOUT")]
    assert summary.cases == 2
    frame = pd.read_parquet(tmp_path / "out" / "errors.parquet")
    assert frame.loc[0, "message"] == "processing took longer than 0.5 s (timeout_s); the document was skipped"


def test_time_limit_outside_the_main_thread():
    outcome = {}

    def in_thread():
        try:
            run_with_time_limit(lambda: time.sleep(5), 0.2)
        except Timeout as exc:
            outcome["code"] = exc.code
        outcome["fast"] = run_with_time_limit(lambda: 42, 0.2)
    worker = threading.Thread(target=in_thread)
    worker.start()
    worker.join()
    assert outcome == {"code": "E_TIMEOUT", "fast": 42}


def test_a_crashing_stage_becomes_an_internal_error_row(tmp_path, monkeypatch):
    samples.write_folder(tmp_path / "in", langs=("da", "nn"))
    real = core.extract_document

    def broken_for_nn(doc, config=None):
        if doc.case_id.startswith("nn"):
            raise ZeroDivisionError("division by zero")
        return real(doc, config)
    monkeypatch.setattr(core, "extract_document", broken_for_nn)
    run([tmp_path / "in"], tmp_path / "out", Config(), progress=False)
    frame = pd.read_csv(tmp_path / "out" / "errors.csv", dtype=str)
    assert frame.to_dict("records") == [{
        "case_id": "nn-00000", "path": str(tmp_path / "in" / "nn-00000.txt"), "code": "E_INTERNAL",
        "message": "internal error while processing this document: ZeroDivisionError: division by zero"}]
    assert _case_ids(tmp_path / "out") == ["da-00000"]


def test_a_failed_run_leaves_earlier_tables_whole_and_no_partial_files(tmp_path, monkeypatch):
    samples.write_folder(tmp_path / "in")
    run([tmp_path / "in"], tmp_path / "out", Config(), progress=False)
    before = _outputs(tmp_path / "out")
    (tmp_path / "in" / "extra.txt").write_text(samples.CASES["sv"], encoding="utf-8")
    calls = []
    real = OutputWriter.write_chunk

    def fail_second(self, *args):
        calls.append(1)
        if len(calls) == 2:
            raise OSError("disk full")
        return real(self, *args)
    monkeypatch.setattr(OutputWriter, "write_chunk", fail_second)
    with pytest.raises(OSError):
        run([tmp_path / "in"], tmp_path / "out", Config(chunk_size=2), progress=False)
    assert _outputs(tmp_path / "out") == before
    assert [p.name for p in (tmp_path / "out").iterdir() if p.name.endswith(".partial")] == []


def test_resume_reuses_finished_chunks_and_redoes_changed_files(tmp_path, monkeypatch):
    samples.write_folder(tmp_path / "in", copies=3)  # 12 files, 4 chunks of 3
    monkeypatch.setattr(OutputWriter, "commit", lambda self: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        run([tmp_path / "in"], tmp_path / "out", Config(chunk_size=3), progress=False)
    monkeypatch.undo()
    assert len(list((tmp_path / "out" / WORK_DIR).glob("part-*.pickle"))) == 4
    (tmp_path / "in" / "nb-00001.txt").write_text(samples.CASES["nb"] + "Endret.\n", encoding="utf-8")
    resumed = run([tmp_path / "in"], tmp_path / "out", Config(chunk_size=3), resume=True, progress=False)
    clean = run([tmp_path / "in"], tmp_path / "clean", Config(chunk_size=3), progress=False)
    assert (resumed.chunks, resumed.resumed_chunks, clean.resumed_chunks) == (4, 3, 0)
    assert _outputs(tmp_path / "out") == _outputs(tmp_path / "clean")
    assert not (tmp_path / "out" / WORK_DIR).exists()


def test_resume_with_other_settings_starts_afresh(tmp_path, monkeypatch):
    samples.write_folder(tmp_path / "in")
    monkeypatch.setattr(OutputWriter, "commit", lambda self: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        run([tmp_path / "in"], tmp_path / "out", Config(chunk_size=2), progress=False)
    monkeypatch.undo()
    summary = run([tmp_path / "in"], tmp_path / "out", Config(chunk_size=2, min_chars=5), resume=True,
                  progress=False)
    assert (summary.chunks, summary.resumed_chunks) == (2, 0)


def test_kill_9_in_the_middle_of_a_2k_run_then_resume_equals_a_clean_run(tmp_path):
    samples.write_folder(tmp_path / "in", copies=500)  # 2,000 cases
    config = Config(chunk_size=50)
    script = ("import sys; from pathlib import Path; from pipeline.config import Config; "
              "from pipeline.runner import run; "
              "run([Path(sys.argv[1])], Path(sys.argv[2]), Config(chunk_size=50), progress=False)")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "in"), str(tmp_path / "out")],
                            cwd=REPO, env=env)
    parts = tmp_path / "out" / WORK_DIR
    while proc.poll() is None and len(list(parts.glob("part-*.pickle"))) < 8:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    done = len(list(parts.glob("part-*.pickle")))
    assert 8 <= done < 40
    assert not (tmp_path / "out" / "run.json").exists()
    resumed = run([tmp_path / "in"], tmp_path / "out", config, resume=True, progress=False)
    clean = run([tmp_path / "in"], tmp_path / "clean", config, progress=False)
    assert (resumed.cases, resumed.chunks, resumed.resumed_chunks) == (2000, 40, done)
    assert _outputs(tmp_path / "out") == _outputs(tmp_path / "clean")


def test_outputs_inside_the_input_folder_are_not_read_back(tmp_path):
    samples.write_folder(tmp_path, langs=("da",))
    run([tmp_path], tmp_path / "out", Config(), progress=False)
    summary = run([tmp_path], tmp_path / "out", Config(), progress=False)
    assert (summary.inputs, summary.cases, summary.errors) == (1, 1, 0)


def test_dask_engine_on_a_two_worker_local_cluster(tmp_path):
    pytest.importorskip("distributed")
    samples.write_folder(tmp_path / "in", copies=3)
    (tmp_path / "in" / "empty.md").write_text(" \n", encoding="utf-8")
    config = Config(chunk_size=4, workers=2)
    summary = run([tmp_path / "in"], tmp_path / "dask", config, engine="dask", progress=False)
    run([tmp_path / "in"], tmp_path / "local", Config(chunk_size=4), progress=False)
    assert (summary.cases, summary.errors, summary.chunks) == (12, 1, 4)
    for name in ("cases.jsonl", "cases.csv", "sections.csv", "errors.csv", "schema.json"):
        assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "local" / name).read_bytes()
    assert sorted(p.name for p in (tmp_path / "dask" / "cases.parquet").iterdir()) == [
        "part-000000.parquet", "part-000001.parquet", "part-000002.parquet", "part-000003.parquet"]
    for table in ("cases", "errors", "contacts"):
        pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "dask" / f"{table}.parquet"),
                                      pd.read_parquet(tmp_path / "local" / f"{table}.parquet"))


class _KillsItsWorker(InputError):
    """An input whose unpickling ends the worker process, as a segfault would."""

    def __reduce__(self):
        return (os._exit, (3,))


def test_a_dying_worker_costs_one_error_row_and_the_pool_recovers(tmp_path):
    from pipeline.runner import _Processes

    samples.write_folder(tmp_path, langs=("da", "sv"))
    killer = _KillsItsWorker("killer", "killer.txt", "E_IO", "unused")
    items = [tmp_path / "da-00000.txt", killer, tmp_path / "sv-00000.txt"]
    pool = _Processes(Config(workers=2))
    try:
        result = pool.result(pool.submit(items), items)
        after = pool.result(pool.submit(items[:1]), items[:1])
    finally:
        pool.close()
    assert [json.loads(line)["case_id"] for line in result["jsonl"]] == ["da-00000", "sv-00000"]
    assert [(r["case_id"], r["code"]) for r in result["tables"]["errors"]] == [("killer", "E_INTERNAL")]
    assert result["tables"]["errors"][0]["message"].startswith(
        "the worker process died while processing this document (")
    assert result["keys"][1] == "killer\tkiller.txt\terror=E_IO"
    assert [json.loads(line)["case_id"] for line in after["jsonl"]] == ["da-00000"]


def _blas_threads() -> list[int]:
    from threadpoolctl import threadpool_info

    return [pool["num_threads"] for pool in threadpool_info()]


def test_workers_and_the_inline_run_use_one_numeric_thread_each():
    """Parallelism comes from the workers: a worker's BLAS (where the NER model's matrix products
    run) has one thread, and a one-worker run limits this process only until it ends."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from threadpoolctl import threadpool_info

    from pipeline.runner import _init_worker, _Inline

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                             initializer=_init_worker, initargs=(Config(),)) as pool:
        in_worker = pool.submit(threadpool_info).result()
    assert in_worker and all(p["num_threads"] == 1 for p in in_worker)
    before = _blas_threads()
    inline = _Inline(Config())
    assert set(_blas_threads()) == {1}
    inline.close()
    assert _blas_threads() == before
