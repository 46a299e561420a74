"""Train the da/sv/nb/nn/other identifier into models/langid/ from ../shared/data and word lists.

Seeded and reproducible: `python scripts/train_langid.py` (add `--eval` to print held-out scores).
Needs scikit-learn, scipy and wordfreq; Debian hunspell-da is used when installed.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from collections import Counter
from functools import lru_cache
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.stages.language import (  # noqa: E402
    CLASSES, LANGS, META_FILE, WEIGHTS_FILE, LanguageModel, tokens, word_feature_ids)



def shared_dir() -> Path:
    """../shared beside the repo root (a git worktree one level deeper also finds it)."""
    for base in (REPO / "..", REPO / ".." / ".."):
        if (base / "shared" / "data").is_dir():
            return base / "shared"
    return REPO / ".." / "shared"


SHARED = shared_dir()
DATA = SHARED / "data"
OUT = REPO / "models" / "langid"
HUNSPELL = Path("/usr/share/hunspell")  # Debian's install path for hunspell-da
SPLIT_SALT = "nordcase-langid-split-v1"
SEED = 20240604
N_FEATURES = 1 << 20
MAX_N = 5
NORNE_FILES = {"nb": "ner/norne-nob-train.jsonl", "nn": "ner/norne-nno-train.jsonl",
               "sv": "ner/sv-webnews-train.jsonl"}
# Pseudo-sentences sampled from wordfreq lists: how many per language.
WORDFREQ_NORDIC = {"da": 24000, "sv": 6000, "nb": 4000}
OTHER_LANGS = ("en", "de", "fi", "nl", "fr", "is", "es", "it", "pt", "pl", "cs", "sk", "sl",
               "hu", "lv", "lt", "ro", "ca", "tr", "id", "ms", "fil", "sh", "ru", "el")
OTHER_PER_LANG = 2500
# Languages most likely inside Nordic case reports get extra text sampled at true frequency.
OTHER_BOOST = {"en": 15000, "de": 6000, "fi": 5000, "nl": 5000, "fr": 5000, "is": 4000}
HUNSPELL_DA_SENTENCES = 6000
# Dictionary words alone and in twos and threes: stand-ins for headings and label lines.
HUNSPELL_SHORT = {"da": ("da_DK", 6000), "sv": ("sv_SE", 3000)}
SHORT_WINDOW_SHARE = 0.5


def split_of(text: str) -> str:
    """'heldout', 'calib' or 'fit' for one ud-dev sentence, from a salted hash of its words."""
    key = " ".join(tokens(text))
    h = hashlib.sha256(f"{SPLIT_SALT}:{key}".encode("utf-8")).digest()
    if h[0] % 2 == 0:
        return "heldout"
    return "calib" if h[1] % 4 == 0 else "fit"


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def ud_splits() -> dict[str, list[tuple[str, str]]]:
    """ud-dev sentences as (text, lang) by split (the held-out half is never trained on)."""
    out: dict[str, list[tuple[str, str]]] = {"fit": [], "calib": [], "heldout": []}
    for row in read_jsonl(DATA / "langid" / "ud-dev.jsonl"):
        out[split_of(row["text"])].append((row["text"], row["lang"]))
    return out


@lru_cache(maxsize=None)
def frequency_dict(lang: str) -> dict[str, float]:
    import wordfreq

    return wordfreq.get_frequency_dict(lang, wordlist="small")


@lru_cache(maxsize=None)
def wordfreq_words(lang: str, n: int = 30000) -> tuple[list[str], np.ndarray]:
    """Letter-only words of a wordfreq list, dropping words more frequent in English (or,
    for non-Nordic lists, in any Nordic list) than in the language itself."""
    rivals = [frequency_dict(r) for r in (["en"] if lang in LANGS else ["da", "sv", "nb"])]
    own = frequency_dict(lang)
    top = sorted(own.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
    words, freqs = [], []
    for w, f in top:
        if not w.isalpha() or (lang != "en" and any(r.get(w, 0.0) > f for r in rivals)):
            continue
        words.append(w.lower())
        freqs.append(f)
    p = np.asarray(freqs) ** 0.6
    return words, p / p.sum()


def pseudo_sentences(words: list[str], p: np.ndarray, count: int, rng: np.random.Generator,
                     lo: int = 3, hi: int = 16) -> list[str]:
    lengths = rng.integers(lo, hi, size=count)
    picks = rng.choice(len(words), size=int(lengths.sum()), p=p)
    out, start = [], 0
    for k in lengths:
        out.append(" ".join(words[i] for i in picks[start:start + k]))
        start += k
    return out


def hunspell_stems(name: str) -> list[str]:
    path = HUNSPELL / f"{name}.dic"
    if not path.exists():
        print(f"  {path} not found (apt-get install hunspell-da); skipped", file=sys.stderr)
        return []
    stems = set()
    with path.open(encoding="utf-8", errors="replace") as fh:
        next(fh)
        for line in fh:
            w = line.split("/", 1)[0].strip().lower()
            if w.isalpha() and len(w) > 2:
                stems.add(w)
    return sorted(stems)


def training_corpus(ud: dict, rng: np.random.Generator) -> tuple[list[str], list[str], dict]:
    """(texts, labels, source counts). Rows whose words equal a held-out or calibration
    sentence are dropped (NorNE dev is the UD dev text, so NorNE dev files are not read)."""
    barred = {" ".join(tokens(t)) for split in ("heldout", "calib") for t, _ in ud[split]}
    texts, labels, counts = [], [], Counter()

    def add(text: str, lang: str, source: str):
        if " ".join(tokens(text)) in barred:
            counts[f"dropped:{source}"] += 1
            return
        texts.append(text)
        labels.append(lang)
        counts[source] += 1

    for text, lang in ud["fit"]:
        add(text, lang, f"ud-dev-fit:{lang}")
    real = [(t, l) for t, l in ud["fit"]]
    for lang, rel in NORNE_FILES.items():
        for row in read_jsonl(DATA / rel):
            add(row["text"], lang, f"{rel}")
            real.append((row["text"], lang))
    for text, lang in short_pieces(real, rng):
        if rng.random() < SHORT_WINDOW_SHARE:
            add(text, lang, f"short-window:{lang}")
    for lang, n in WORDFREQ_NORDIC.items():
        if not n:
            continue
        words, p = wordfreq_words(lang)
        for s in pseudo_sentences(words, p, n, rng):
            add(s, lang, f"wordfreq:{lang}")
    da_words, da_p = wordfreq_words("da")
    stems = hunspell_stems("da_DK")
    if stems:
        fillers = pseudo_sentences(da_words, da_p, HUNSPELL_DA_SENTENCES, rng, lo=2, hi=8)
        for filler in fillers:
            mix = [stems[i] for i in rng.integers(0, len(stems), size=int(rng.integers(2, 6)))]
            mix += filler.split()
            rng.shuffle(mix)
            add(" ".join(mix), "da", "hunspell-da")
    for lang, (name, n) in HUNSPELL_SHORT.items():
        words = hunspell_stems(name)
        if words:
            for k in rng.integers(1, 4, size=n):
                add(" ".join(words[i] for i in rng.integers(0, len(words), size=k)), lang,
                    f"hunspell-short:{lang}")
    for lang in OTHER_LANGS:
        words, p = wordfreq_words(lang)
        for s in pseudo_sentences(words, p, OTHER_PER_LANG, rng, lo=1):
            add(s, "other", f"wordfreq-other:{lang}")
    for lang, n in OTHER_BOOST.items():
        words, p = wordfreq_words(lang)
        true_freq = p ** (1 / 0.6)
        for s in pseudo_sentences(words, true_freq / true_freq.sum(), n, rng, lo=1):
            add(s, "other", f"wordfreq-other-boost:{lang}")
    return texts, labels, dict(sorted(counts.items()))


class Featuriser:
    """Sparse rows of hashed word features, scaled by 1/sqrt(words) as at run time."""

    def __init__(self):
        self.cache: dict[str, list[int]] = {}

    def matrix(self, texts: list[str]):
        from scipy.sparse import csr_matrix

        indptr, indices, data = [0], [], []
        for text in texts:
            words = tokens(text)
            row: Counter = Counter()
            for w in words:
                ids = self.cache.get(w)
                if ids is None:
                    ids = self.cache[w] = word_feature_ids(w, N_FEATURES, MAX_N)
                row.update(ids)
            scale = 1 / math.sqrt(len(words)) if words else 0.0
            for k in sorted(row):
                indices.append(k)
                data.append(row[k] * scale)
            indptr.append(len(indices))
        return csr_matrix((np.asarray(data, np.float32), np.asarray(indices, np.int32),
                           np.asarray(indptr, np.int64)), shape=(len(texts), N_FEATURES))


def paragraphs(items: list[tuple[str, str]], size: int = 4) -> list[tuple[str, str]]:
    """Consecutive same-language sentences joined in groups of `size`."""
    out = []
    for lang in LANGS:
        sents = [t for t, l in items if l == lang]
        out += [(" ".join(sents[i:i + size]), lang) for i in range(0, len(sents) - size + 1, size)]
    return out


def short_pieces(items: list[tuple[str, str]], rng: np.random.Generator) -> list[tuple[str, str]]:
    """A 1-5-word window of each sentence: stands in for headings and label lines."""
    out = []
    for text, lang in items:
        words = tokens(text)
        if words:
            k = int(rng.integers(1, 6))
            start = int(rng.integers(0, max(1, len(words) - k + 1)))
            out.append((" ".join(words[start:start + k]), lang))
    return out


def fit_calibration(raw: np.ndarray, n_words: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Scale s and length power q so softmax(raw * s * n**q) minimises log-loss."""
    from scipy.optimize import minimize

    def nll(params):
        s, q = params
        z = raw * s * n_words[:, None] ** q
        z = z - z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        return -logp[np.arange(len(y)), y].mean()

    res = minimize(nll, x0=[1.0, 0.0], method="Nelder-Mead", options={"xatol": 1e-4, "fatol": 1e-7})
    return float(res.x[0]), float(res.x[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--c", type=float, default=0.5, help="LinearSVC regularisation C")
    ap.add_argument("--wordfreq-nb", type=int, default=WORDFREQ_NORDIC["nb"],
                    help="Bokmål pseudo-sentences from wordfreq (its 'nb' list mixes in Nynorsk)")
    ap.add_argument("--eval", action="store_true", help="print accuracy on the held-out half")
    args = ap.parse_args()
    t0 = time.time()
    WORDFREQ_NORDIC["nb"] = args.wordfreq_nb
    rng = np.random.default_rng(SEED)
    ud = ud_splits()
    print({k: Counter(l for _, l in v) for k, v in ud.items()})
    texts, labels, counts = training_corpus(ud, rng)
    print(json.dumps(counts, indent=1))
    feat = Featuriser()
    X = feat.matrix(texts)
    y = np.array([CLASSES.index(l) for l in labels])
    print(f"features {X.shape} nnz {X.nnz} in {time.time() - t0:.0f}s")

    from sklearn.svm import LinearSVC

    clf = LinearSVC(C=args.c, class_weight="balanced", max_iter=3000, random_state=SEED)
    clf.fit(X, y)
    print(f"trained in {time.time() - t0:.0f}s")
    # Stored as float16: quantise now so calibration sees the shipped weights.
    weights = clf.coef_.T.astype(np.float16).astype(np.float32)
    bias = clf.intercept_.astype(np.float64)

    # Calibration set: held-back ud-dev quarter (sentences, short pieces, paragraphs) and fresh
    # pseudo-sentences of the other languages; never the held-out half.
    crng = np.random.default_rng(SEED + 1)
    calib = list(ud["calib"]) + short_pieces(ud["calib"], crng) + paragraphs(ud["calib"])
    for lang in OTHER_LANGS:
        words, p = wordfreq_words(lang)
        calib += [(s, "other") for s in pseudo_sentences(words, p, 40, crng, lo=1)]
    cal_words = [tokens(t) for t, _ in calib]
    keep = [i for i, w in enumerate(cal_words) if w]
    Xc = feat.matrix([calib[i][0] for i in keep])
    yc = np.array([CLASSES.index(calib[i][1]) for i in keep])
    nc = np.array([len(cal_words[i]) for i in keep], dtype=float)
    raw = Xc @ weights.astype(np.float64) + bias
    scale, power = fit_calibration(raw, nc, yc)
    print(f"calibration scale={scale:.4f} length_power={power:.4f}")

    meta = {
        "version": 1, "classes": list(CLASSES), "n_features": N_FEATURES, "max_n": MAX_N,
        "features": "hashed (crc32) char 1-5-grams of '<word>' plus 'w:word', lower-cased letter "
                    "words, row scaled by 1/sqrt(words)",
        "classifier": f"LinearSVC(C={args.c}, class_weight=balanced), one-vs-rest",
        "calibration": {"scale": round(scale, 6), "length_power": round(power, 6),
                        "rule": "p = softmax((sum(word vectors)/sqrt(n) + bias) * scale * n**length_power)"},
        "other_threshold": 0.5,
        "document": {"vote_min_words": 5, "mixed_min_share": 0.2, "min_nordic_words": 8},
        "seed": SEED, "split": {"salt": SPLIT_SALT,
                                "rule": "sha256(salt + ':' + ' '.join(tokens(text))); byte0 even -> "
                                        "heldout; else byte1 % 4 == 0 -> calib; else fit"},
        "training_rows": counts,
    }
    # Threshold for `other`: minimal calibration cost, a Nordic text called `other` (a whole
    # report rejected) counting three times a missed non-Nordic text.
    z = raw * scale * nc[:, None] ** power
    z = np.exp(z - z.max(axis=1, keepdims=True))
    p_other = z[:, -1] / z.sum(axis=1)
    is_other = yc == len(LANGS)
    best = min((float(np.mean(3 * ((p_other >= t) & ~is_other) + ((p_other < t) & is_other))), t)
               for t in np.arange(0.3, 0.96, 0.05))
    meta["other_threshold"] = round(best[1], 2)
    print(f"other threshold {meta['other_threshold']} (calibration error {best[0]:.4f})")

    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out / WEIGHTS_FILE, weights=weights.astype(np.float16), bias=bias)
    (args.out / META_FILE).write_text(json.dumps(meta, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    print(f"wrote {args.out} in {time.time() - t0:.0f}s")
    if args.eval:
        m = LanguageModel.load(args.out)
        held = ud["heldout"]
        for name, items in (("sentences", held), ("paragraphs", paragraphs(held))):
            pred = [m.guess(tokens(t)).value for t, _ in items]
            for lang in LANGS:
                idx = [i for i, (_, l) in enumerate(items) if l == lang]
                acc = np.mean([pred[i] == lang for i in idx])
                print(f"  {name:10s} {lang} n={len(idx):4d} acc={acc:.4f}")


if __name__ == "__main__":
    main()
