"""NER benchmark: entity P/R/F1 per label and language (all, and names unseen in training), speed, size.

Rows: shipped model + rules ('nordic'), model alone ('model'), EntityRuler alone ('ruler'), on NorNE
nb/nn dev and the Swedish held-out split; plus Danish/Swedish transfer on the dev gold contacts/organisations.
Speeds are per CPU second of this one-thread process, best of REPEATS passes (the machine is shared).
Run: python benchmarks/ner.py [--modes nordic ruler] [--json out.json]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.stages import entities as ent_stage  # noqa: E402

_spec = importlib.util.spec_from_file_location("train_ner", REPO / "scripts" / "train_ner.py")
train_ner = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(train_ner)

SETS = (("nb", "NorNE nb dev"), ("nn", "NorNE nn dev"), ("sv", "sv held-out"))
#: Benchmark rows: 'nordic' is what the pipeline ships; 'thinc' the same with thinc's layer-by-layer
#: tok2vec forward instead of pipeline.stages.tok2vec_fast (the naive way to run the model);
#: 'model' the shipped model without rules.
MODES = ("nordic", "thinc", "model", "ruler")
#: The labels the pipeline's fields read (contacts, organisations, places); MISC feeds no field.
NAME_LABELS = ("PER", "ORG", "LOC")
NAMES = "PER+ORG+LOC"
#: Each speed is the best of this many timed passes: other work on the machine only ever adds time.
REPEATS = 3


class _ModelOnly:
    """Entity of the model alone, shaped like pipeline.schema.Entity for scoring."""

    def __init__(self, text: str, f) -> None:
        self.start, self.end, self.label, self.text = f.start, f.end, f.label, text[f.start:f.end]


def run(text: str, lang: str, mode: str) -> list:
    if mode == "ruler":
        return ent_stage.entities(text, lang, mode)
    nlp = ent_stage.build_nlp(lang, "nordic")
    _tok2vec_forward(nlp, thinc=mode == "thinc")
    if mode == "model":
        return [_ModelOnly(text, f) for f in ent_stage._model_entities(nlp, text)]
    return ent_stage.entities(text, lang, "nordic")


def _tok2vec_forward(nlp, thinc: bool) -> None:
    """Switch the loaded pipeline's tok2vec between the fast forward it ships with and thinc's."""
    pipe = nlp.get_pipe("tok2vec")
    fast = getattr(pipe, "_nordcase_fast_predict", None) or pipe.__dict__.get("predict")
    pipe._nordcase_fast_predict = fast
    if thinc:
        pipe.__dict__.pop("predict", None)
    elif fast is not None:
        pipe.predict = fast


def _key(text: str) -> str:
    return "".join(text.split()).casefold()


def sentences(lang: str) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """(text, gold char spans) of one evaluation set, detokenised the same way as for training."""
    ex = train_ner.load_examples()
    name = "heldout_sv" if lang == "sv" else f"dev_{lang}"
    out = []
    for e in ex[name]:
        words, spaces = e["words"], train_ner.spaces_for(e["words"])
        starts, pos = [], 0
        for w, sp in zip(words, spaces):
            starts.append(pos)
            pos += len(w) + (1 if sp else 0)
        text = "".join(w + (" " if sp else "") for w, sp in zip(words, spaces))
        spans = [(starts[s], starts[e2 - 1] + len(words[e2 - 1]), lab) for s, e2, lab in e["spans"]]
        out.append((text, spans))
    return out


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _in_group(group: str, label: str) -> bool:
    return group == "ALL" or group == label or (group == NAMES and label in NAME_LABELS)


def score(lang: str, mode: str, seen: set[str]) -> dict:
    """Per-label and overall P/R/F1, the same on unseen entities, and sentences per second."""
    data = sentences(lang)
    run("warm up", lang, mode)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # tp, pred, gold
    t0 = time.process_time()
    preds = [run(text, lang, mode) for text, _ in data]
    elapsed = min(time.process_time() - t0, fastest_pass([t for t, _ in data], lang, mode, REPEATS - 1))
    for (text, gold), pred in zip(data, preds):
        g = set(gold)
        p = {(e.start, e.end, e.label) for e in pred}
        for group, keep in (("all", lambda s: True), ("unseen", lambda s: _key(text[s[0]:s[1]]) not in seen)):
            gg = {s for s in g if keep(s)}
            pp = {s for s in p if keep(s)}
            for label in (*ent_stage.LABELS, "ALL", NAMES):
                gl = {s for s in gg if _in_group(label, s[2])}
                pl = {s for s in pp if _in_group(label, s[2])}
                c = counts[f"{group}|{label}"]
                c[0] += len(gl & pl)
                c[1] += len(pl)
                c[2] += len(gl)
    result = {k: dict(zip(("p", "r", "f1"), (round(x, 4) for x in prf(*v))), n_gold=v[2])
              for k, v in sorted(counts.items())}
    result["sentences_per_s"] = round(len(data) / elapsed, 1)
    result["sentences"] = len(data)
    result["sentences_per_s_in_documents"] = document_speed(data, lang, mode)
    return result


def document_speed(data: list, lang: str, mode: str, per_doc: int = 40) -> float:
    """Sentences per CPU second when the sentences arrive as documents of `per_doc` lines.

    Case texts are documents: the model then runs over all lines of a text in one batch.
    The tokenizer cache is warm here (the sentences were just seen), as it is after a few documents.
    """
    texts = ["\n".join(t for t, _ in data[i:i + per_doc]) for i in range(0, len(data), per_doc)]
    return round(len(data) / fastest_pass(texts, lang, mode, REPEATS), 1)


def fastest_pass(texts: list[str], lang: str, mode: str, passes: int) -> float:
    """CPU seconds of the fastest of `passes` runs over `texts` (inf when `passes` is 0)."""
    best = float("inf")
    for _ in range(passes):
        t0 = time.process_time()
        for text in texts:
            run(text, lang, mode)
        best = min(best, time.process_time() - t0)
    return best


def _gold_cases(folder: Path) -> list[tuple[str, dict]]:
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["cases"]
    out = []
    for case_id, facts in sorted(gold.items()):
        path = folder / "cases" / f"{case_id}.txt"
        if path.is_file():
            out.append((path.read_text(encoding="utf-8"), facts))
    return out


def _found(ents: list, label: str, target: str, text: str, strict: bool) -> bool:
    want = _key(target)
    for e in ents:
        if e.label != label:
            continue
        got = _key(e.text)
        if got == want or (not strict and (want in got or (got in want and len(got) >= len(want) // 2))):
            return True
    return False


def transfer(mode: str) -> dict:
    """Share of gold contact names found as PER and organisations as ORG in real case texts."""
    shared = train_ner.SHARED
    groups = {
        "dk-eu (da)": _gold_cases(shared / "dev" / "dk-eu"),
        "se-eu (sv)": _gold_cases(shared / "dev" / "se-eu"),
    }
    seeds = json.loads((shared / "gold" / "seeds.json").read_text(encoding="utf-8"))["cases"]
    groups["seeds"] = [((shared / "seeds" / f"{k}.txt").read_text(encoding="utf-8"), v)
                       for k, v in sorted(seeds.items()) if (shared / "seeds" / f"{k}.txt").is_file()]
    out = {}
    for name, cases in groups.items():
        stats = defaultdict(lambda: [0, 0])
        for text, facts in cases:
            lang = facts.get("language", "da")
            ents = run(text, lang, mode)
            for contact in facts.get("contacts") or []:
                if not contact.get("name") or contact["name"] not in text:
                    continue
                for strict in (True, False):
                    s = stats[f"PER {'exact' if strict else 'overlap'}"]
                    s[0] += _found(ents, "PER", contact["name"], text, strict)
                    s[1] += 1
            orgs = [o for o in facts.get("organisation") or [] if o in text]
            if orgs:
                for strict in (True, False):
                    s = stats[f"ORG {'exact' if strict else 'overlap'}"]
                    s[0] += any(_found(ents, "ORG", o, text, strict) for o in orgs)
                    s[1] += 1
        out[name] = {k: {"found": c, "of": n, "share": round(c / n, 4) if n else None}
                     for k, (c, n) in sorted(stats.items())}
    return out


_LOAD = ("import sys, time; sys.path.insert(0, sys.argv[1]); import spacy; "
         "from pipeline.stages import entities as e; t0 = time.process_time(); {call}; "
         "print(time.process_time() - t0)")


def _fresh_load_s(call: str) -> float:
    """CPU seconds of `call` in a fresh one-thread process (imports done before the clock starts)."""
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    out = subprocess.run([sys.executable, "-c", _LOAD.format(call=call), str(REPO)], env=env,
                         capture_output=True, text=True, check=True).stdout
    return float(out.split()[-1])


def model_facts() -> dict:
    path = ent_stage.model_path()
    if not (path / "meta.json").is_file():
        return {}
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    return {"load_s": round(_fresh_load_s("spacy.load(e.model_path())"), 3),
            "pipeline_load_s": round(_fresh_load_s("e.load_model()"), 3),
            "size_mb": round(size / 1e6, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--modes", nargs="+", default=list(MODES), choices=MODES)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    seen = {_key(t) for t in train_ner.training_entity_texts(train_ner.load_examples())}
    results = {"model": model_facts(), "sets": {}, "transfer": {}}
    for mode in args.modes:
        for lang, _ in SETS:
            results["sets"][f"{mode}|{lang}"] = score(lang, mode, seen)
        if mode != "thinc":  # the same entities as 'nordic'
            results["transfer"][mode] = transfer(mode)
    print_tables(results, args.modes)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def print_tables(results: dict, modes: list[str]) -> None:
    print("| method | set | F1 all | P | R | F1 unseen | PER | ORG | LOC | MISC | F1 PER+ORG+LOC (unseen) "
          "| sent/s single | sent/s in docs |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for mode in modes:
        for lang, title in SETS:
            r = results["sets"][f"{mode}|{lang}"]
            a, u = r["all|ALL"], r["unseen|ALL"]
            per_label = " | ".join(f"{r[f'all|{lab}']['f1']:.3f}" for lab in ent_stage.LABELS)
            names = f"{r[f'all|{NAMES}']['f1']:.3f} ({r[f'unseen|{NAMES}']['f1']:.3f})"
            print(f"| {mode} | {title} | {a['f1']:.3f} | {a['p']:.3f} | {a['r']:.3f} | {u['f1']:.3f} "
                  f"(n={u['n_gold']}) | {per_label} | {names} | {r['sentences_per_s']:.0f} | "
                  f"{r['sentences_per_s_in_documents']:.0f} |")
    print()
    print("| method | texts | check | found | share |")
    print("|---|---|---|---|---|")
    for mode in modes:
        for group, stats in results["transfer"].get(mode, {}).items():
            for check, s in stats.items():
                print(f"| {mode} | {group} | {check} | {s['found']}/{s['of']} | {s['share']} |")
    if results["model"]:
        m = results["model"]
        print(f"\nmodel: {m['size_mb']} MB, load {m['load_s']} s (CPU); as the pipeline loads it "
              f"(numpy products, fast tok2vec checked on probes, folded mixer): {m['pipeline_load_s']} s")


if __name__ == "__main__":
    main()
