"""Throughput benchmark: docs/s and peak RSS of `run()` with 1 and 2 workers on synthetic
cases, beside the naive peer (benchmarks/naive_peer.py) with accuracy against the same gold.

    python benchmarks/throughput.py --sizes 1000 10000 --workers 1 2 --peer-limit 200
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
MAKE_CORPUS = REPO / "scripts" / "make_corpus.py"

# A fallback corpus, used only while scripts/make_corpus.py is not on this branch: short
# templates written for this benchmark, about 5 KB per case.
_FALLBACK = {
    "da": {"heads": {"background": "Baggrund", "purpose": "Formål", "target_group": "Målgruppe",
                     "period": "Projektperiode", "economy": "Økonomi", "contact": "Kontaktperson"},
           "body": ["Kommunen har i flere år set, at mange borgere mister kontakten til foreningslivet.",
                    "Indsatsen bygger på faste aftaler, hvor frivillige og medarbejdere mødes hver uge.",
                    "Vi har lagt vægt på, at tilbuddet er gratis og ligger tæt på borgernes bolig.",
                    "Erfaringerne viser, at deltagerne kommer igen, når de kender holdet i forvejen.",
                    "Samarbejdet med den lokale idrætsforening har givet adgang til lokaler og udstyr."],
           "period": "Projektet løber fra {d}. {m} {y}.", "months": ["januar", "marts", "august", "oktober"],
           "phone": "{a} {b} {c} {d}", "prefix": "+45", "region": "dk"},
    "sv": {"heads": {"background": "Bakgrund", "purpose": "Syfte", "target_group": "Målgrupp",
                     "period": "Projektperiod", "economy": "Ekonomi", "contact": "Kontaktperson"},
           "body": ["Kommunen har under flera år sett att många invånare tappar kontakten med föreningslivet.",
                    "Insatsen bygger på fasta träffar där frivilliga och personal möts varje vecka.",
                    "Vi har lagt vikt vid att verksamheten är gratis och ligger nära invånarnas bostad.",
                    "Erfarenheterna visar att deltagarna kommer tillbaka när de känner gruppen sedan tidigare.",
                    "Samarbetet med den lokala idrottsföreningen har gett tillgång till lokaler och utrustning."],
           "period": "Projektet pågår från {d} {m} {y}.", "months": ["januari", "mars", "augusti", "oktober"],
           "phone": "070-{a}{b[0]} {b[1]}{c[0]} {c[1]}{d[0]}", "prefix": "+46", "region": "se"},
    "nb": {"heads": {"background": "Bakgrunn", "purpose": "Formål", "target_group": "Målgruppe",
                     "period": "Prosjektperiode", "economy": "Budsjett", "contact": "Prosjektleder"},
           "body": ["Kommunen har i flere år sett at mange innbyggere mister kontakten med frivilligheten.",
                    "Tiltaket bygger på faste avtaler der frivillige og ansatte møtes hver uke.",
                    "Vi har lagt vekt på at tilbudet er gratis og ligger nær der folk bor.",
                    "Erfaringene viser at deltakerne kommer tilbake når de kjenner gruppen fra før.",
                    "Samarbeidet med det lokale idrettslaget har gitt tilgang til lokaler og utstyr."],
           "period": "Prosjektet varer fra {d}. {m} {y}.", "months": ["januar", "mars", "august", "oktober"],
           "phone": "{a} {b} {c} {d}", "prefix": "+47", "region": "no"},
    "nn": {"heads": {"background": "Bakgrunn", "purpose": "Føremål", "target_group": "Målgruppe",
                     "period": "Prosjektperiode", "economy": "Budsjett", "contact": "Prosjektleiar"},
           "body": ["Kommunen har i fleire år sett at mange innbyggjarar mistar kontakten med friviljuga.",
                    "Tiltaket byggjer på faste avtalar der friviljuge og tilsette møtest kvar veke.",
                    "Me har lagt vekt på at tilbodet er gratis og ligg nær der folk bur.",
                    "Erfaringane viser at deltakarane kjem att når dei kjenner gruppa frå før.",
                    "Samarbeidet med det lokale idrettslaget har gjeve tilgang til lokale og utstyr."],
           "period": "Prosjektet varer frå {d}. {m} {y}.", "months": ["januar", "mars", "august", "oktober"],
           "phone": "{a} {b} {c} {d}", "prefix": "+47", "region": "no"},
}
_MONTH_NUMBER = [1, 3, 8, 10]


def _fallback_case(index: int, rng: random.Random) -> tuple[str, dict]:
    lang = ("da", "sv", "nb", "nn")[index % 4]
    spec = _FALLBACK[lang]
    day, month, year = rng.randint(1, 28), rng.randrange(4), rng.randint(2015, 2023)
    digits = [f"{rng.randint(90 if lang in ('nb', 'nn') else 20, 99)}"] + [f"{rng.randint(10, 99)}" for _ in range(3)]
    phone = spec["phone"].format(a=digits[0], b=digits[1], c=digits[2], d=digits[3])
    keys = list(spec["heads"])
    lines = [f"Case {index:06d}"]
    for key in keys:
        lines.append(spec["heads"][key])
        if key == "period":
            lines.append(spec["period"].format(d=day, m=spec["months"][month], y=year))
        elif key == "contact":
            lines.append(f"Kim Berg, tlf. {phone}, kim.berg{index}@example.{spec['region']}")
        else:
            lines.append(" ".join(rng.choice(spec["body"]) for _ in range(rng.randint(8, 12))))
    gold = {"language": lang, "period_start": f"{year}-{_MONTH_NUMBER[month]:02d}-{day:02d}",
            "contacts": [{"name": "Kim Berg", "phone": spec["prefix"] + "".join(c for c in phone if c.isdigit())
                          .lstrip("0")}], "sections": keys}
    return "\n".join(lines) + "\n", gold


def make_corpus(n: int, out: Path) -> Path:
    """scripts/make_corpus.py N OUT when it exists, else the fallback templates above."""
    out.mkdir(parents=True, exist_ok=True)
    if MAKE_CORPUS.exists():
        subprocess.run([sys.executable, str(MAKE_CORPUS), str(n), str(out)], check=True, cwd=REPO)
        if (out / "gold.json").exists():  # the gold is not an input document
            (out / "gold.json").rename(out.parent / f"{out.name}.gold.json")
        return out
    rng = random.Random(0)
    gold = {}
    for index in range(n):
        text, gold[f"case-{index:06d}"] = _fallback_case(index, rng)
        (out / f"case-{index:06d}.txt").write_text(text, encoding="utf-8")
    (out.parent / f"{out.name}.gold.json").write_text(json.dumps({"schema_version": 1, "cases": gold}, ensure_ascii=False),
                                   encoding="utf-8")
    return out


def load_gold(folder: Path) -> dict[str, dict]:
    data = json.loads((folder.parent / f"{folder.name}.gold.json").read_text(encoding="utf-8"))
    cases = data.get("cases", data) if isinstance(data, dict) else data
    if isinstance(cases, list):
        cases = {c["case_id"]: c for c in cases}
    return cases


def _value(record: dict, name: str):
    item = record.get(name)
    return item.get("value") if isinstance(item, dict) else item


def accuracy(predictions: dict[str, dict], gold: dict[str, dict]) -> dict[str, float]:
    """Share right per field: language, period_start, contact phones (recall), section keys (F1)."""
    scores = {"language": [], "period_start": [], "phones": [], "sections": []}
    for case_id, truth in gold.items():
        pred = predictions.get(case_id)
        if pred is None:
            continue
        scores["language"].append(pred["language"] == truth.get("language"))
        if truth.get("period_start"):
            scores["period_start"].append(pred["period_start"] == truth["period_start"])
        phones = [c.get("phone") for c in truth.get("contacts") or [] if c.get("phone")]
        if phones:
            scores["phones"].append(sum(p in pred["phones"] for p in phones) / len(phones))
        true_sections, found = set(truth.get("sections") or []), set(pred["sections"])
        if true_sections or found:
            hit = len(true_sections & found)
            scores["sections"].append(2 * hit / (len(true_sections) + len(found)))
    return {k: round(sum(v) / len(v), 3) if v else float("nan") for k, v in scores.items()}


def nordcase_predictions(out_dir: Path) -> dict[str, dict]:
    predictions = {}
    for line in (out_dir / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        predictions[record["case_id"]] = {
            "language": _value(record, "language"), "period_start": _value(record, "period_start"),
            "phones": [_value(c, "phone") for c in record.get("contacts", [])],
            "sections": [s["key"] for s in record.get("sections", []) if s.get("key")]}
    return predictions


#: --stub-core: the runner alone (read, checkpoint, write) with a core that returns an empty case.
_STUB = ("import pipeline.core as core; from pipeline.schema import Case; "
         "core.extract_document = lambda doc, config=None: Case(case_id=doc.case_id, source=doc.source); ")


def measure_run(corpus: Path, out_dir: Path, workers: int, stub: bool = False) -> dict:
    """run() in a child process; peak RSS summed over the process and its workers."""
    script = ("import sys; from pathlib import Path; from pipeline.config import Config; "
              + (_STUB if stub else "") + "from pipeline.runner import run; "
              "s = run([Path(sys.argv[1])], Path(sys.argv[2]), Config(workers=int(sys.argv[3])), progress=False); "
              "import resource; u = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]; "
              "print(s.inputs, s.seconds, sum(r.ru_utime + r.ru_stime for r in u))")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", script, str(corpus), str(out_dir), str(workers)],
                            cwd=REPO, stdout=subprocess.PIPE, text=True)
    parent, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            procs = [parent] + parent.children(recursive=True)
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.1)
    wall = time.perf_counter() - started
    inputs, seconds, cpu = proc.stdout.read().split()
    return {"docs": int(inputs), "seconds": float(seconds), "wall_s": round(wall, 2),
            "docs_per_s": round(int(inputs) / float(seconds), 1),
            "docs_per_cpu_s": round(int(inputs) / float(cpu), 1), "peak_rss_mib": round(peak / 2**20)}


def measure_peer(corpus: Path, limit: int) -> tuple[dict, dict]:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import naive_peer

    files = sorted(corpus.glob("*.txt"))[:limit]
    naive_peer.extract("Opvarmning af biblioteker: 1. januar 2020.")  # load dateparser's data first
    started, cpu, predictions = time.perf_counter(), time.process_time(), {}
    for path in files:
        predictions[path.stem] = naive_peer.extract(path.read_text(encoding="utf-8"))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {"docs": len(files), "seconds": round(seconds, 2), "docs_per_s": round(len(files) / seconds, 2),
            "docs_per_cpu_s": round(len(files) / cpu, 2),
            "peak_rss_mib": round(psutil.Process().memory_info().rss / 2**20)}, predictions


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--peer-limit", type=int, default=200, help="documents the naive peer reads")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--stub-core", action="store_true",
                        help="measure the runner alone (one worker: spawned workers load the real core)")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory(prefix="nordcase-bench-") as tmp:
        for size in args.sizes:
            corpus = make_corpus(size, Path(tmp) / f"corpus-{size}")
            gold = load_gold(corpus)
            for workers in ([1] if args.stub_core else args.workers):
                out = Path(tmp) / f"out-{size}-{workers}"
                row = measure_run(corpus, out, workers, args.stub_core)
                row.update(system="runner only" if args.stub_core else "nordcase", size=size, workers=workers,
                           accuracy=accuracy(nordcase_predictions(out), gold))
                results.append(row)
                print(json.dumps(row), flush=True)
            if args.peer_limit:
                row, predictions = measure_peer(corpus, min(size, args.peer_limit))
                row.update(system="naive peer", size=size, workers=1, accuracy=accuracy(predictions, gold))
                results.append(row)
                print(json.dumps(row), flush=True)
    print("\n| system | docs | workers | docs/s | docs/CPU-s | peak RSS MiB | language | period_start | phones "
          "| sections F1 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        acc = r["accuracy"]
        print(f"| {r['system']} | {r['docs']} | {r['workers']} | {r['docs_per_s']} | {r['docs_per_cpu_s']} | "
              f"{r['peak_rss_mib']} | "
              f"{acc['language']} | {acc['period_start']} | {acc['phones']} | {acc['sections']} |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
