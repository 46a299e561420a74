"""Accuracy benchmark: nordcase beside the naive peer (benchmarks/naive_peer.py) on the same
documents and gold, scored by pipeline.evaluate; prints Markdown tables.

    python benchmarks/accuracy.py [--json accuracy.json]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from pipeline import extract
from pipeline.config import Config
from pipeline.evaluate import Report, evaluate, load_gold, load_records
from pipeline.runner import run

sys.path.insert(0, str(Path(__file__).resolve().parent))
import naive_peer  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
#: (name, documents folder, gold file), relative to the repository root.
DATASETS = [
    ("seeds", "../shared/seeds", "../shared/gold/seeds.json"),
    ("dk-eu", "../shared/dev/dk-eu/cases", "../shared/dev/dk-eu/gold.json"),
    ("se-eu", "../shared/dev/se-eu/cases", "../shared/dev/se-eu/gold.json"),
    ("se-swecris", "../shared/dev/se-swecris/cases", "../shared/dev/se-swecris/gold.json"),
    ("corpus", "corpus/cases", "corpus/gold.json"),
]


def run_nordcase(folder: Path, gold: dict, out_dir: Path) -> tuple[Report, dict]:
    """run() on the folder; docs/s from the extraction phase run() itself times (perf_counter)."""
    config = Config()
    extract(sorted(p for p in folder.iterdir() if p.is_file())[0], config)  # warm-up: models and resources
    summary = run([folder], out_dir, config, progress=False)
    extract_s = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))["timings"]["extract_s"]
    report = evaluate(gold, load_records(out_dir / "cases.jsonl"))
    return report, {"documents": summary.inputs, "errors": summary.errors, "seconds": extract_s,
                    "docs_per_s": summary.inputs / extract_s if extract_s else None}


def run_naive(folder: Path, gold: dict) -> tuple[Report, dict]:
    """naive_peer.record() on every file of the folder, read the way a user would (`naive_peer.read_text`)."""
    files = sorted(p for p in folder.iterdir() if p.is_file())
    naive_peer.record(files[0].stem, naive_peer.read_text(files[0]))  # warm-up: dateparser's data
    started = time.perf_counter()
    records = [naive_peer.record(path.stem, naive_peer.read_text(path)) for path in files]
    seconds = time.perf_counter() - started
    return evaluate(gold, records), {"documents": len(files), "seconds": seconds,
                                     "docs_per_s": len(files) / seconds if seconds else None}


def _pct(value: Optional[float]) -> str:
    return "–" if value is None else f"{100 * value:.1f} %"


def _rate(value: Optional[float]) -> str:
    return "–" if value is None else f"{value:.1f}"


def _share(right: int, total: int) -> str:
    return f"{right}/{total} ({100 * right / total:.0f} %)" if total else "–"


def summary_table(rows: list[dict]) -> str:
    lines = ["| data set | documents | checks | nordcase accuracy | naive accuracy | nordcase ECE "
             "| nordcase docs/s | naive docs/s |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['name']} | {r['documents']} | {r['checks']} | {_pct(r['nordcase']['accuracy'])} | "
                     f"{_pct(r['naive']['accuracy'])} | {_pct(r['nordcase']['ece'])} | "
                     f"{_rate(r['nordcase']['docs_per_s'])} | {_rate(r['naive']['docs_per_s'])} |")
    return "\n".join(lines)


def field_table(nordcase: Report, naive: Report) -> str:
    ours, theirs = nordcase.per_field(), naive.per_field()
    lines = ["| field | nordcase right | naive right |", "|---|---:|---:|"]
    for name in sorted(set(ours) | set(theirs)):
        lines.append(f"| {name} | {_share(*ours.get(name, (0, 0)))} | {_share(*theirs.get(name, (0, 0)))} |")
    return "\n".join(lines)


def _figures(report: Report, timing: dict) -> dict:
    return {"accuracy": report.accuracy, "ece": report.calibration_error(),
            "right": sum(c.right for c in report.checks),
            "per_field": {k: {"right": r, "checks": n} for k, (r, n) in report.per_field().items()}, **timing}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    rows, union = [], {"nordcase": Report(), "naive": Report()}
    with tempfile.TemporaryDirectory(prefix="nordcase-accuracy-") as tmp:
        for name, docs, gold_path in DATASETS:
            folder, gold_file = REPO / docs, REPO / gold_path
            if not folder.is_dir() or not gold_file.is_file():
                print(f"skipped {name}: {docs} or {gold_path} is missing", file=sys.stderr)
                continue
            gold = load_gold(gold_file)
            ours, our_time = run_nordcase(folder, gold, Path(tmp) / name)
            theirs, their_time = run_naive(folder, gold)
            if our_time["documents"] != their_time["documents"]:
                raise SystemExit(f"{name}: nordcase read {our_time['documents']} documents, "
                                 f"the naive peer {their_time['documents']}")
            union["nordcase"].checks += ours.checks
            union["naive"].checks += theirs.checks
            rows.append({"name": name, "documents": our_time["documents"], "checks": len(ours.checks),
                         "cases_dir": docs, "gold": gold_path,
                         "nordcase": _figures(ours, our_time), "naive": _figures(theirs, their_time)})
            print(f"{name}: done", file=sys.stderr, flush=True)
    total = {"name": "all", "documents": sum(r["documents"] for r in rows),
             "checks": len(union["nordcase"].checks)}
    for side in ("nordcase", "naive"):
        seconds = sum(r[side]["seconds"] for r in rows)
        total[side] = _figures(union[side], {"documents": total["documents"], "seconds": seconds,
                                             "docs_per_s": total["documents"] / seconds if seconds else None})
    print("## Accuracy by data set\n")
    print(summary_table(rows + [total]))
    print("\n## Per field, all data sets\n")
    print(field_table(union["nordcase"], union["naive"]))
    if args.json:
        args.json.write_text(json.dumps({"datasets": rows, "all": total}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
