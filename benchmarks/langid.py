"""Language-ID benchmark: nordcase next to langdetect (seeded) and lingua (the four languages).

Held-out half of ud-dev (sentences, 4-sentence paragraphs), short lines, non-Nordic sentences;
each system runs in its own process for clean speed and peak-memory figures. Prints Markdown.
"""
from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from train_langid import SHARED, paragraphs, read_jsonl, split_of  # noqa: E402

from pipeline.stages.language import LANGS, tokens  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
SYSTEMS = ("nordcase", "nordcase-4", "lingua", "langdetect")
DEV_SETS = {"dk-eu": "da", "se-eu": "sv", "se-swecris": "sv"}


def read_tsv(path: Path) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            rows.append((text, lang))
    return rows


def dev_short_lines() -> list[tuple[str, str]]:
    """Distinct headings and label lines of 1-5 words from the dev case pages: lines (or the
    label before a colon) found in at least half the pages of a folder (the page template), and
    lines ending in a colon.
    Titles, names and place lists are left out: they carry no language of their own."""
    out: dict[str, str] = {}
    for folder, lang in DEV_SETS.items():
        seen: dict[str, int] = {}
        pages = sorted((SHARED / "dev" / folder / "cases").glob("*.txt"))
        for path in pages:
            labels = set()
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                label = line.split(":", 1)[0].strip() if ":" in line else line
                if line.endswith(":"):
                    labels.add(label + " ")  # inline heading: kept whatever its count
                elif label:
                    labels.add(label)
            for label in labels:
                seen[label] = seen.get(label, 0) + 1
        for label, count in seen.items():
            text = label.strip()
            if (label.endswith(" ") or count >= len(pages) / 2) and 1 <= len(tokens(text)) <= 5 \
                    and not re.search(r"[\d@]", text):
                out.setdefault(text, lang)
    return sorted((t, l) for t, l in out.items())


def eval_sets() -> dict[str, list[tuple[str, str]]]:
    held = [(r["text"], r["lang"]) for r in read_jsonl(SHARED / "data" / "langid" / "ud-dev.jsonl")
            if split_of(r["text"]) == "heldout"]
    return {
        "sentences": held,
        "sentences >= 5 words": [(t, l) for t, l in held if len(tokens(t)) >= 5],
        "paragraphs (4 sentences)": paragraphs(held),
        "short lines: ud-dev 1-5 words": [(t, l) for t, l in held if 1 <= len(tokens(t)) <= 5],
        "short lines: dev case pages": dev_short_lines(),
        "short lines: written headings": read_tsv(DATA / "short_lines.tsv"),
        "non-Nordic sentences": read_tsv(DATA / "non_nordic.tsv"),
    }


def make_predictor(system: str, restricted: bool = True):
    """A function text -> code (da/sv/nb/nn/no/other) for one system."""
    if system == "nordcase":
        from pipeline.stages.language import detect_language, model

        model()
        return lambda text: detect_language(text).value
    if system == "nordcase-4":
        from pipeline.stages.language import model

        m = model()

        def nordic_only(text: str) -> str:
            words = tokens(text)
            if not words:
                return "other"
            p = m.probabilities(m.evidence(words), len(words), range(len(LANGS)))
            return LANGS[max(range(len(LANGS)), key=p.__getitem__)]
        return nordic_only
    if system == "lingua":
        from lingua import Language, LanguageDetectorBuilder

        codes = {Language.DANISH: "da", Language.SWEDISH: "sv", Language.BOKMAL: "nb",
                 Language.NYNORSK: "nn"}
        builder = (LanguageDetectorBuilder.from_languages(*codes) if restricted
                   else LanguageDetectorBuilder.from_all_languages())
        detector = builder.build()

        def lingua_predict(text: str) -> str:
            lang = detector.detect_language_of(text)
            return codes.get(lang, "other")
        return lingua_predict
    if system == "langdetect":
        from langdetect import DetectorFactory, detect
        from langdetect.lang_detect_exception import LangDetectException

        def langdetect_predict(text: str) -> str:
            DetectorFactory.seed = 0
            try:
                code = detect(text)
            except LangDetectException:
                return "other"
            return code if code in ("da", "sv", "no") else "other"
        return langdetect_predict
    raise ValueError(system)


def run_system(system: str) -> dict:
    """Predictions on every set, load time, sentences per second and peak RSS (child process)."""
    sets = eval_sets()
    base_rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    predict = make_predictor(system)
    load_s = time.perf_counter() - t0
    preds = {}
    for name, items in sets.items():
        if name == "non-Nordic sentences" and system not in ("nordcase", "nordcase-4"):
            other = make_predictor(system, restricted=False)
            preds[name] = [other(t) for t, _ in items]
        else:
            preds[name] = [predict(t) for t, _ in items]
    texts = [t for t, _ in sets["sentences"]]
    # CPU time of this process: sentences per second on one core, whatever else the machine runs.
    t0 = time.process_time()
    for t in texts:
        predict(t)
    per_s = len(texts) / (time.process_time() - t0)
    cold_per_s = cold_batch_per_s = None
    if system == "nordcase":
        import pipeline.stages.language as stage

        stage._MODEL = stage.LanguageModel.load()  # empty word cache: every word is new
        t0 = time.process_time()
        for t in texts:
            stage.detect_language(t)
        cold_per_s = len(texts) / (time.process_time() - t0)
        stage._MODEL = stage.LanguageModel.load()
        t0 = time.process_time()
        stage.detect_lines(texts)
        cold_batch_per_s = len(texts) / (time.process_time() - t0)
        preds["calibration"] = [list(stage.detect_language(t).probabilities.items())
                                for name in ("sentences", "short lines: ud-dev 1-5 words")
                                for t, _ in sets[name]]
    peak_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base_rss) / 1024
    return {"preds": preds, "load_s": load_s, "per_s": per_s, "cold_per_s": cold_per_s,
            "cold_batch_per_s": cold_batch_per_s, "peak_mb": peak_mb}


def four_way(pred: str) -> str:
    """langdetect has one Norwegian ("no"): scored as Bokmål, the majority written standard."""
    return "nb" if pred == "no" else pred


def accuracy(gold: list[str], pred: list[str], lang: str) -> float | None:
    pairs = [(g, four_way(p)) for g, p in zip(gold, pred) if g == lang]
    return sum(p == g for g, p in pairs) / len(pairs) if pairs else None


def reliability(probabilities: list, gold: list[str]) -> str:
    """Calibration of nordcase's answer confidence on held-out sentences and short lines."""
    bins = [(0.0, 0.5), (0.5, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 0.95), (0.95, 0.99), (0.99, 1.01)]
    rows = ["| confidence | n | mean confidence | accuracy |", "|---|---:|---:|---:|"]
    answers = []
    for probs, lang in zip(probabilities, gold):
        best, conf = max(probs, key=lambda kv: kv[1])
        answers.append((conf, best == lang))
    for lo, hi in bins:
        inside = [(c, ok) for c, ok in answers if lo <= c < hi]
        if inside:
            rows.append(f"| [{lo:.2f}, {min(hi, 1.0):.2f}{']' if hi > 1 else ')'} | {len(inside)} | "
                        f"{sum(c for c, _ in inside) / len(inside):.3f} | "
                        f"{sum(ok for _, ok in inside) / len(inside):.3f} |")
    return "\n".join(rows)


def table(results: dict[str, dict]) -> str:
    sets = eval_sets()
    head = ("| set | system | n | da | sv | nb | nn | 4-way | 3-way (da/sv/no) |\n"
            "|---|---|---:|---:|---:|---:|---:|---:|---:|")
    rows = [head]
    for name, items in sets.items():
        gold = [l for _, l in items]
        for system in SYSTEMS:
            pred = results[system]["preds"][name]
            if name == "non-Nordic sentences":
                if system == "nordcase-4":
                    continue
                acc = sum(p == "other" for p in pred) / len(pred)
                note = "with other" if system == "nordcase" else "all languages"
                rows.append(f"| {name} → other | {system} ({note}) | {len(items)} | | | | | "
                            f"{acc:.3f} | |")
                continue
            cells = []
            for lang in LANGS:
                a = accuracy(gold, pred, lang)
                cells.append("" if a is None else f"{a:.3f}")
            four = sum(four_way(p) == g for g, p in zip(gold, pred)) / len(gold)
            norway = {"nb", "nn", "no"}
            three = sum((p in norway) if g in norway else p == g for g, p in zip(gold, pred)) / len(gold)
            rows.append(f"| {name} | {system} | {len(items)} | " + " | ".join(cells)
                        + f" | {four:.3f} | {three:.3f} |")
    rows.append("")
    rows.append("| system | load s | sentences/s, warm | sentences/s, cold one at a time | "
                "sentences/s, cold batch | peak RSS MB |")
    rows.append("|---|---:|---:|---:|---:|---:|")
    for system in SYSTEMS:
        r = results[system]
        cold = [f"{r[k]:.0f}" if r.get(k) else "" for k in ("cold_per_s", "cold_batch_per_s")]
        rows.append(f"| {system} | {r['load_s']:.2f} | {r['per_s']:.0f} | {cold[0]} | {cold[1]} "
                    f"| {r['peak_mb']:.0f} |")
    rows += ["", reliability(results["nordcase"]["preds"]["calibration"],
                             [l for name in ("sentences", "short lines: ud-dev 1-5 words")
                              for _, l in sets[name]])]
    return "\n".join(rows)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--system", choices=SYSTEMS, help="(internal) run one system, print JSON")
    ap.add_argument("--only", nargs="*", default=list(SYSTEMS))
    args = ap.parse_args()
    if args.system:
        print(json.dumps(run_system(args.system)))
        return
    results = {}
    for system in args.only:
        out = subprocess.run([sys.executable, __file__, "--system", system], check=True,
                             capture_output=True, text=True,
                             env={"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
                                  "RAYON_NUM_THREADS": "1", "PATH": ""})
        results[system] = json.loads(out.stdout)
    missing = [s for s in SYSTEMS if s not in results]
    if missing:
        raise SystemExit(f"--only must include all systems for the table (missing {missing})")
    print(table(results))


if __name__ == "__main__":
    main()
