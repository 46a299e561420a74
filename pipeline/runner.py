"""Batch runner: streams inputs in chunks through worker processes or a Dask cluster, turns
every failure into an error row, checkpoints finished chunks for resume, writes atomically."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import pickle
import shutil
import signal
import sys
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

from . import core
from .config import Config
from .errors import NordcaseError, Timeout
from .readers import Document, InputError, expand_items, is_tabular, list_inputs, read_item
from .schema import SCHEMA_VERSION, case_json_schema, dump_case
from .tables import TABLE_NAMES, case_rows, error_row, validate_frame
from .writers import OutputWriter, write_json_atomic

log = logging.getLogger("nordcase.runner")

#: Folder inside out_dir holding finished chunks until the run is committed (used by resume).
WORK_DIR = ".nordcase-run"
ENGINES = ("local", "dask")
#: Chunks in flight per worker: enough to keep workers busy, few enough to keep memory flat.
PENDING_PER_WORKER = 2
#: Threads for numeric libraries inside each worker: parallelism comes from the workers.
_THREAD_ENV = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")

Item = Union[Path, Document, InputError]


@dataclass
class RunSummary:
    """What a run did: counts, where the tables are, how long it took."""

    out_dir: Path
    inputs: int
    cases: int
    errors: int
    errors_by_code: dict[str, int]
    chunks: int
    resumed_chunks: int
    seconds: float
    outputs: list[Path] = field(default_factory=list)

    @property
    def docs_per_s(self) -> float:
        return self.inputs / self.seconds if self.seconds else 0.0


@dataclass
class CorpusResult:
    """The tables of a corpus as pandas DataFrames with the explicit dtypes of pipeline.tables."""

    cases: Any
    contacts: Any
    sections: Any
    entities: Any
    errors: Any
    summary: Optional[RunSummary] = None


# ---------------------------------------------------------------- one document, one chunk

def _identity(item: Item) -> tuple[str, Optional[str]]:
    if isinstance(item, Path):
        return item.stem, str(item)
    if isinstance(item, Document):
        return item.case_id, item.source.path
    return item.case_id, item.path


def item_key(item: Item, config: Config) -> str:
    """What resume compares: case id, path and content hash (size only for oversized files)."""
    case_id, path = _identity(item)
    if isinstance(item, Document):
        content = f"sha256={item.source.sha256}"
    elif isinstance(item, InputError):
        content = f"error={item.code}"
    else:
        try:
            size = item.stat().st_size
            if size > config.max_bytes:
                content = f"size={size}"
            else:
                digest = hashlib.sha256()
                with open(item, "rb") as fh:
                    for block in iter(lambda: fh.read(1 << 20), b""):
                        digest.update(block)
                content = f"sha256={digest.hexdigest()}"
        except OSError as exc:
            content = f"unreadable={exc.errno}"
    return f"{case_id}\t{path}\t{content}"


def run_with_time_limit(fn, seconds: float):
    """fn() or Timeout after `seconds`. A SIGALRM in a process's main thread interrupts the
    work; elsewhere (Dask worker threads) the work is abandoned in a daemon thread."""
    if not seconds or seconds <= 0:
        return fn()
    message = f"processing took longer than {seconds:g} s (timeout_s); the document was skipped"
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def on_alarm(signum, frame):
            raise Timeout(message)
        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            return fn()
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    outcome: dict[str, Any] = {}

    def target():
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed back to the caller's thread below
            outcome["error"] = exc
    worker = threading.Thread(target=target, daemon=True, name="nordcase-doc")
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        raise Timeout(message)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def process_item(item: Item, config: Config) -> tuple[str, Optional[str], dict[str, list[dict]]]:
    """One work item -> (resume key, cases.jsonl line or None, table rows). Never raises."""
    case_id, path = _identity(item)
    read: dict[str, Document] = {}

    def extract():
        read["doc"] = doc = read_item(item, config)
        case = core.extract_document(doc, config)
        return dump_case(case), case_rows(case)
    try:
        line, rows = run_with_time_limit(extract, config.timeout_s)
    except NordcaseError as exc:
        line, rows = None, {"errors": [error_row(case_id, path, exc.code, exc.message)]}
    except Exception as exc:  # any bug in a stage becomes a row; the run goes on
        message = f"internal error while processing this document: {type(exc).__name__}: {exc}"
        line, rows = None, {"errors": [error_row(case_id, path, "E_INTERNAL", message)]}
    doc = read.get("doc")
    if isinstance(item, Path) and doc is not None and doc.source.sha256:
        key = f"{case_id}\t{path}\tsha256={doc.source.sha256}"  # what item_key computes, without a re-read
    else:
        key = item_key(item, config)
    return key, line, rows


def process_chunk(items: list[Item], config: Config) -> dict[str, Any]:
    """A chunk of items -> {"keys", "jsonl", "tables"}: what is checkpointed and written."""
    tables: dict[str, list[dict]] = {name: [] for name in TABLE_NAMES}
    jsonl, keys = [], []
    for item in items:
        key, line, rows = process_item(item, config)
        keys.append(key)
        if line is not None:
            jsonl.append(line)
        for name, table_rows in rows.items():
            tables[name].extend(table_rows)
    return {"keys": keys, "jsonl": jsonl, "tables": tables}


def crashed_item(item: Item, config: Config, reason: str) -> dict[str, Any]:
    """The chunk result for an item whose worker died (segfault, out of memory)."""
    case_id, path = _identity(item)
    message = f"the worker process died while processing this document ({reason})"
    return {"keys": [item_key(item, config)], "jsonl": [],
            "tables": {name: [] for name in TABLE_NAMES} | {
                "errors": [error_row(case_id, path, "E_INTERNAL", message)]}}


def merge_results(results: list[dict[str, Any]]) -> dict[str, Any]:
    merged = {"keys": [], "jsonl": [], "tables": {name: [] for name in TABLE_NAMES}}
    for result in results:
        merged["keys"] += result["keys"]
        merged["jsonl"] += result["jsonl"]
        for name in TABLE_NAMES:
            merged["tables"][name] += result["tables"].get(name, [])
    return merged


# ---------------------------------------------------------------- executors

_WORKER_CONFIG: Optional[Config] = None


def _init_worker(config: Config) -> None:
    """One numeric thread per worker: the environment for libraries loaded later, threadpoolctl for
    the BLAS numpy has already loaded (the NER model's matrix products run there)."""
    global _WORKER_CONFIG
    from threadpoolctl import threadpool_limits

    for name in _THREAD_ENV:
        os.environ.setdefault(name, "1")
    threadpool_limits(limits=1)
    _WORKER_CONFIG = config


def _process_in_worker(items: list[Item]) -> dict[str, Any]:
    return process_chunk(items, _WORKER_CONFIG)


class _Inline:
    """Chunks processed in this process (workers=1): no start-up cost, easy to debug. One core, as a
    worker has: numeric libraries run one thread until close() gives back the caller's setting."""

    max_pending = 0

    def __init__(self, config: Config):
        from threadpoolctl import threadpool_limits

        self.config = config
        self._limits = threadpool_limits(limits=1)

    def submit(self, items):
        return process_chunk(items, self.config)

    def result(self, future, items):
        return future

    def close(self):
        self._limits.restore_original_limits()


class _Processes:
    """A spawn-safe process pool; a worker that dies is replaced and its chunk is redone
    one document at a time, so the document that kills it becomes an error row."""

    def __init__(self, config: Config):
        self.config = config
        self.max_pending = PENDING_PER_WORKER * config.workers
        self._start()

    def _start(self):
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(self.config.workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_init_worker, initargs=(self.config,))

    def submit(self, items):
        return self.pool.submit(_process_in_worker, items)

    def result(self, future, items):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result()
        except BrokenProcessPool:
            return self._isolate(items)

    def _isolate(self, items):
        from concurrent.futures.process import BrokenProcessPool

        self.pool.shutdown(wait=False, cancel_futures=True)
        self._start()
        results = []
        for item in items:
            try:
                results.append(self.pool.submit(_process_in_worker, [item]).result())
            except BrokenProcessPool as exc:
                results.append(crashed_item(item, self.config, str(exc) or "crash"))
                self.pool.shutdown(wait=False, cancel_futures=True)
                self._start()
        return merge_results(results)

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


class _Dask:
    """Chunks as tasks on a Dask cluster: a LocalCluster of config.workers processes, or the
    scheduler at `scheduler` (inputs must then be on a filesystem the workers share)."""

    def __init__(self, config: Config, scheduler: Optional[str]):
        from distributed import Client, LocalCluster

        self.config, self.cluster = config, None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=config.workers, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        workers = len(self.client.scheduler_info().get("workers", {})) or config.workers
        self.max_pending = PENDING_PER_WORKER * workers

    def submit(self, items):
        return self.client.submit(process_chunk, items, self.config, pure=False)

    def result(self, future, items):
        try:
            return future.result()
        except Exception:  # KilledWorker and friends: redo one document per task
            results = []
            for item in items:
                try:
                    results.append(self.client.submit(process_chunk, [item], self.config, pure=False).result())
                except Exception as exc:
                    results.append(crashed_item(item, self.config, f"{type(exc).__name__}: {exc}"))
            return merge_results(results)

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _executor(engine: str, config: Config, scheduler: Optional[str]):
    if engine == "dask":
        return _Dask(config, scheduler)
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    if scheduler:
        raise ValueError("a scheduler address needs engine='dask'")
    return _Inline(config) if config.workers == 1 else _Processes(config)


# ---------------------------------------------------------------- checkpoints

def _fingerprint(config: Config) -> str:
    """Settings that change the output; workers and engine do not."""
    from . import __version__

    settings = config.model_dump(mode="json", exclude={"workers"})
    return json.dumps({"version": __version__, "schema": SCHEMA_VERSION, "config": settings},
                      sort_keys=True)


class _Checkpoints:
    """Finished chunks as part files under out_dir/.nordcase-run, written atomically."""

    def __init__(self, out_dir: Path, config: Config, resume: bool):
        self.dir = out_dir / WORK_DIR
        self.config = config
        fingerprint = _fingerprint(config)
        state = self.dir / "state.json"
        if resume and state.exists():
            previous = json.loads(state.read_text(encoding="utf-8")).get("fingerprint")
            if previous != fingerprint:
                log.warning("resume: the earlier run used other settings; starting afresh")
                resume = False
        if not resume and self.dir.exists():
            shutil.rmtree(self.dir)
        self.dir.mkdir(parents=True, exist_ok=True)
        write_json_atomic(state, {"fingerprint": fingerprint})
        self.resume = resume

    def path(self, index: int) -> Path:
        return self.dir / f"part-{index:06d}.pickle"

    def reusable(self, index: int, items: list[Item]) -> bool:
        """A part from the earlier run whose case ids, paths and content hashes still match."""
        part = self.path(index)
        if not (self.resume and part.exists()):
            return False
        try:
            keys = self.load(index)["keys"]
        except (OSError, EOFError, pickle.UnpicklingError, KeyError):
            return False
        return keys == [item_key(item, self.config) for item in items]

    def save(self, index: int, result: dict[str, Any]) -> None:
        """Pickle (our own files, read back only by this code) under a temporary name, then rename."""
        final = self.path(index)
        tmp = final.with_name(final.name + ".partial")
        with open(tmp, "wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, final)

    def load(self, index: int) -> dict[str, Any]:
        with open(self.path(index), "rb") as fh:
            return pickle.load(fh)

    def remove(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


# ---------------------------------------------------------------- the run

def _chunks(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _outside(out_dir: Path):
    """A filter that drops inputs lying inside out_dir (a run's own outputs are not inputs)."""
    root = os.path.realpath(out_dir)
    real_parents: dict[str, str] = {}

    def keep(item) -> bool:
        path = item.path if isinstance(item, InputError) else str(item)
        parent = os.path.dirname(path)
        if parent not in real_parents:
            real_parents[parent] = os.path.realpath(parent)
        real = real_parents[parent]
        return not (real == root or real.startswith(root + os.sep))
    return keep


def _progress_bar(total: Optional[int], enabled: bool):
    from tqdm import tqdm

    return tqdm(total=total, unit="doc", file=sys.stderr, disable=not enabled, dynamic_ncols=True,
                desc="nordcase")


def missing_inputs(inputs: Iterable[Union[Path, str]]) -> list[Path]:
    """The inputs that name nothing on disk (each becomes an E_IO row when a run reads it)."""
    return [Path(p) for p in inputs if not Path(p).exists() and not Path(p).is_symlink()]


def run(inputs: Union[Path, str, Iterable[Union[Path, str]]], out_dir: Path, config: Optional[Config] = None,
        resume: bool = False, engine: str = "local", scheduler: Optional[str] = None,
        progress: bool = True) -> RunSummary:
    """Extract every input (files, folders, tables) into the tables under out_dir.

    Output order is the input order (case id, then path) for any number of workers; with
    resume=True, chunks finished by an earlier (killed) run with the same settings are reused.
    """
    from . import __version__

    config = config or Config()
    inputs = [Path(p) for p in ([inputs] if isinstance(inputs, (str, Path)) else inputs)]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    started, clock = time.strftime("%Y-%m-%dT%H:%M:%S%z"), time.perf_counter()
    listing = list(filter(_outside(out_dir), list_inputs(inputs)))
    total = None if any(is_tabular(item) for item in listing) else len(listing)
    checkpoints = _Checkpoints(out_dir, config, resume)
    executor = _executor(engine, config, scheduler)
    bar = _progress_bar(total, progress)
    n_items = n_chunks = resumed = 0
    try:
        pending: deque = deque()

        def finish_oldest():
            index, future, items = pending.popleft()
            if future is not None:
                checkpoints.save(index, executor.result(future, items))
            bar.update(len(items))

        for index, items in enumerate(_chunks(expand_items(listing, config), config.chunk_size)):
            n_items += len(items)
            n_chunks += 1
            if checkpoints.reusable(index, items):
                resumed += 1
                pending.append((index, None, items))
            else:
                pending.append((index, executor.submit(items), items))
            while len(pending) > executor.max_pending:
                finish_oldest()
        while pending:
            finish_oldest()
    finally:
        bar.close()
        executor.close()
    extract_s = time.perf_counter() - clock

    writer = OutputWriter(out_dir, partitioned=(engine == "dask"))
    codes: Counter = Counter()
    try:
        for index in range(n_chunks):
            part = checkpoints.load(index)
            codes.update(row["code"] for row in part["tables"].get("errors", []))
            writer.write_chunk(index, part["jsonl"], part["tables"])
        outputs = writer.commit()
    except BaseException:
        writer.abort()
        raise
    write_json_atomic(out_dir / "schema.json", case_json_schema())
    seconds = time.perf_counter() - clock
    summary = RunSummary(out_dir=out_dir, inputs=n_items, cases=writer.counts["cases"],
                         errors=writer.counts["errors"], errors_by_code=dict(sorted(codes.items())),
                         chunks=n_chunks, resumed_chunks=resumed, seconds=round(seconds, 3),
                         outputs=outputs + [out_dir / "schema.json", out_dir / "run.json"])
    write_json_atomic(out_dir / "run.json", {
        "nordcase_version": __version__, "schema_version": SCHEMA_VERSION,
        "engine": engine, "scheduler": scheduler, "workers": config.workers, "resume": resume,
        "inputs": [str(p) for p in inputs], "config": config.model_dump(mode="json"),
        "counts": {"inputs": n_items, "cases": summary.cases, "errors": summary.errors,
                   "errors_by_code": summary.errors_by_code, "rows": dict(writer.counts),
                   "chunks": n_chunks, "resumed_chunks": resumed},
        "timings": {"started": started, "extract_s": round(extract_s, 3), "total_s": summary.seconds,
                    "docs_per_s": round(summary.docs_per_s, 2)},
        "outputs": [p.name for p in summary.outputs],
    })
    checkpoints.remove()
    return summary


def read_tables(out_dir: Path) -> CorpusResult:
    """The tables written by run() as DataFrames with their explicit dtypes."""
    import pandas as pd

    frames = {name: validate_frame(name, pd.read_parquet(Path(out_dir) / f"{name}.parquet"))
              for name in TABLE_NAMES}
    return CorpusResult(**frames)


def extract_corpus(paths: Union[Path, str, Iterable[Union[Path, str]]], config: Optional[Config] = None,
                   **run_options) -> CorpusResult:
    """Extract files/folders/tables into DataFrames .cases .contacts .sections .entities .errors."""
    import tempfile

    if isinstance(paths, (str, Path)):
        paths = [paths]
    run_options.setdefault("progress", False)
    with tempfile.TemporaryDirectory(prefix="nordcase-") as tmp:
        summary = run([Path(p) for p in paths], Path(tmp), config, **run_options)
        result = read_tables(Path(tmp))
    result.summary = summary
    return result
