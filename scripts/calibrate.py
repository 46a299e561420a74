"""Fit the confidence calibration table on the dev sets: raw evidence score -> observed accuracy.

Runs the pipeline with calibration off over ../shared/dev/*/cases, compares each field with
the gold, and fits, per "field|method" (and per field as a fallback), a monotone step curve
(pool-adjacent-violators) with every bin shrunk toward its raw score. Writes
models/calibration/calibration.json. Deterministic: same data, same table.

    python scripts/calibrate.py [--check corpus]   # --check: ECE on held-apart data after fitting
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.config import Config  # noqa: E402
from pipeline.evaluate import Check, Report, evaluate, load_gold, load_records  # noqa: E402
from pipeline.runner import run  # noqa: E402

SHARED = ROOT / ".." / "shared"
DEV_SETS = ("dk-eu", "se-eu", "se-swecris")
MIN_SAMPLES = 20
PRIOR_WEIGHT = 4.0  # pseudo-observations pulling a bin toward its raw score
OUT = ROOT / "models" / "calibration" / "calibration.json"


def collect(folder: Path, gold: Path, calibrate: bool) -> list[Check]:
    with tempfile.TemporaryDirectory() as tmp:
        run([folder], Path(tmp), Config(calibrate=calibrate), progress=False)
        report = evaluate(load_gold(gold), load_records(Path(tmp) / "cases.jsonl"))
    return [c for c in report.checks if c.confidence is not None]


def pav(points: list[tuple[float, int]]) -> list[list[float]]:
    """Monotone (non-decreasing) accuracy over sorted raw scores, as [raw, accuracy] knots."""
    blocks: list[list[float]] = []  # [sum_raw, sum_right, n]
    for raw, right in sorted(points):
        blocks.append([raw, float(right), 1.0])
        while len(blocks) > 1 and _rate(blocks[-2]) >= _rate(blocks[-1]):
            last = blocks.pop()
            for i in range(3):
                blocks[-1][i] += last[i]
    return [[round(b[0] / b[2], 4), round(_rate(b), 4)] for b in blocks]


def _rate(block: list[float]) -> float:
    """Accuracy of a block, shrunk toward its mean raw score by PRIOR_WEIGHT pseudo-counts."""
    mean_raw = block[0] / block[2]
    return (block[1] + PRIOR_WEIGHT * mean_raw) / (block[2] + PRIOR_WEIGHT)


def fit(checks: list[Check]) -> dict[str, dict]:
    groups: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for c in checks:
        if c.field in ("contact_extra", "sections"):
            continue
        groups[c.field].append((c.confidence, int(c.right)))
        if c.method:
            groups[f"{c.field}|{c.method}"].append((c.confidence, int(c.right)))
    return {key: {"knots": pav(points), "n": len(points)}
            for key, points in sorted(groups.items()) if len(points) >= MIN_SAMPLES}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", nargs="*", default=[], help="corpus and/or seeds: ECE after fitting")
    args = parser.parse_args(argv)
    raw: list[Check] = []
    for name in DEV_SETS:
        dev = SHARED / "dev" / name
        raw += collect(dev / "cases", dev / "gold.json", calibrate=False)
    table = fit(raw)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({
        "about": "raw evidence score -> observed accuracy, fitted by scripts/calibrate.py on "
                 "../shared/dev (dk-eu, se-eu, se-swecris); keys 'field|method' or 'field'",
        "prior_weight": PRIOR_WEIGHT, "min_samples": MIN_SAMPLES,
        "counts": {k: v["n"] for k, v in table.items()},
        "knots": {k: v["knots"] for k, v in table.items()},
    }, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"dev: {len(raw)} scored checks, raw ECE {Report(raw).calibration_error():.3f}; "
          f"{len(table)} curves -> {OUT.relative_to(ROOT)}")
    sets = {"corpus": (ROOT / "corpus" / "cases", ROOT / "corpus" / "gold.json"),
            "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.json")}
    for name in args.check:
        folder, gold = sets[name]
        before = Report(collect(folder, gold, calibrate=False)).calibration_error()
        after = Report(collect(folder, gold, calibrate=True)).calibration_error()
        print(f"{name}: ECE raw {before:.3f} -> calibrated {after:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
