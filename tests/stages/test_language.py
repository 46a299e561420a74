"""Language stage: exact answers on written and real sentences, seed and dev documents."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.stages.language import (CLASSES, LANGS, LanguageGuess, _blocks, detect_document,
                                      detect_language, detect_lines, model)

REPO = Path(__file__).resolve().parents[2]


def _shared() -> Path:
    for base in (REPO / "..", REPO / ".." / ".."):
        if (base / "shared" / "data").is_dir():
            return base / "shared"
    return REPO / ".." / "shared"


SHARED = _shared()
NON_NORDIC = REPO / "benchmarks" / "data" / "non_nordic.tsv"

WRITTEN = {
    "da": ["Jeg ved ikke, hvad vi skal gøre med pengene.",
           "Kommunen har søgt om støtte til et nyt projekt for unge ledige.",
           "Formålet er at hjælpe borgerne med at finde et job."],
    "sv": ["Jag vet inte vad vi ska göra med pengarna.",
           "Kommunen har sökt stöd för ett nytt projekt för unga arbetslösa.",
           "Syftet är att hjälpa invånarna att hitta ett arbete."],
    "nb": ["Jeg vet ikke hva vi skal gjøre med pengene.",
           "Kommunen har søkt om støtte til et nytt prosjekt for unge arbeidsledige.",
           "Formålet er å hjelpe innbyggerne med å finne en jobb."],
    "nn": ["Eg veit ikkje kva vi skal gjere med pengane.",
           "Kommunen har søkt om stønad til eit nytt prosjekt for unge arbeidsledige.",
           "Føremålet er å hjelpe innbyggjarane med å finne ein jobb."],
}

SEEDS = {"000": "da", "001": "sv", "002": "nb", "003": "da", "004": "da"}
DEV = {"dk-eu": "da", "se-eu": "sv", "se-swecris": "sv"}


def _files(folder: str) -> list[Path]:
    return sorted((SHARED / "dev" / folder / "cases").glob("*.txt"))


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("index", range(3))
def test_written_sentence(lang, index):
    assert detect_language(WRITTEN[lang][index]).value == lang


def _real_sentences(lang: str, count: int = 3) -> list[str]:
    """The first held-out ud-dev sentences of 8+ words for one language (read at test time)."""
    import sys
    sys.path.insert(0, str(REPO / "scripts"))
    from train_langid import split_of

    rows = [json.loads(line) for line in
            (SHARED / "data" / "langid" / "ud-dev.jsonl").read_text(encoding="utf-8").splitlines()]
    picked = [r["text"] for r in rows if r["lang"] == lang and split_of(r["text"]) == "heldout"
              and len(r["text"].split()) >= 8]
    return picked[:count]


@pytest.mark.parametrize("lang", LANGS)
def test_real_heldout_sentences(lang):
    sentences = _real_sentences(lang)
    assert len(sentences) == 3
    assert [g.value for g in detect_lines(sentences)] == [lang, lang, lang]


@pytest.mark.parametrize("text", ["", "   ", "12 345,00 – 2019-01-01", "@@ ## !!"])
def test_no_letters_is_other_with_zero_confidence(text):
    assert detect_language(text) == LanguageGuess("other", 0.0, {})
    doc = detect_document(text, [])
    assert (doc.value, doc.confidence, doc.mixed, doc.shares) == ("other", 0.0, False, {})


def test_probabilities_cover_every_class_and_sum_to_one():
    guess = detect_language(WRITTEN["nn"][0])
    assert tuple(guess.probabilities) == CLASSES
    assert sum(guess.probabilities.values()) == pytest.approx(1.0, abs=1e-3)
    assert guess.confidence == guess.probabilities["nn"]


def test_lines_batch_matches_single_calls_and_repeats():
    lines = [s for lang in LANGS for s in WRITTEN[lang]] + ["This is the final report of the project."]
    first = detect_lines(lines)
    assert first == [detect_language(s) for s in lines]
    assert first == detect_lines(lines)
    assert first[-1].value == "other"


def _non_nordic() -> dict[str, list[str]]:
    by_lang: dict[str, list[str]] = {}
    for line in NON_NORDIC.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            lang, text = line.split("\t", 1)
            by_lang.setdefault(lang, []).append(text)
    return by_lang


@pytest.mark.parametrize("lang", ["en", "de", "fi", "nl", "fr", "is"])
def test_non_nordic_document_is_other(lang):
    text = "\n\n".join(_non_nordic()[lang])
    doc = detect_document(text, _blocks(text))
    assert doc.value == "other"
    assert doc.shares == {"other": 1.0}


@pytest.mark.parametrize("lang", ["en", "de", "fi"])
def test_non_nordic_sentences_are_other(lang):
    sentences = [s for s in _non_nordic()[lang] if len(s.split()) >= 5]
    assert {g.value for g in detect_lines(sentences)} == {"other"}


@pytest.mark.parametrize("prefix,lang", sorted(SEEDS.items()))
def test_seed_document_language(prefix, lang):
    path = next((SHARED / "seeds").glob(f"{prefix}_*.txt"))
    text = _read(path)
    doc = detect_document(text, _blocks(text))
    assert (doc.value, doc.mixed) == (lang, False)
    assert doc.confidence >= 0.99


@pytest.mark.parametrize("folder", sorted(DEV))
def test_dev_documents_language(folder):
    answers = {p.name: detect_document(_read(p), _blocks(_read(p))).value for p in _files(folder)}
    assert answers == {name: DEV[folder] for name in answers}
    assert len(answers) == {"dk-eu": 43, "se-eu": 116, "se-swecris": 51}[folder]


def test_swedish_template_around_english_abstract_is_swedish_and_mixed():
    path = SHARED / "dev" / "se-swecris" / "cases" / "se-swecris-2017-03424_Vinnova.txt"
    doc = detect_document(_read(path), _blocks(_read(path)))
    assert (doc.value, doc.mixed, doc.shares) == ("sv", True, {"other": 1.0})


def test_sections_that_disagree_are_mixed_with_word_shares():
    da = "Formålet med projektet er at hjælpe unge ledige med at finde et arbejde i kommunen."
    sv = "Syftet med projektet är att hjälpa unga arbetslösa att hitta ett arbete i kommunen."
    text = f"{da}\n\n{sv}\n\n{sv}"
    spans = _blocks(text)
    doc = detect_document(text, spans)
    assert [g.value for g in doc.sections] == ["da", "sv", "sv"]
    assert (doc.value, doc.mixed) == ("sv", True)
    assert doc.shares == {"da": 0.3488, "sv": 0.6512}  # 15 Danish words, 2 x 14 Swedish


def test_nynorsk_document_votes_over_ambiguous_sections():
    shared = "Prosjektet har fått midlar frå fylkeskommunen."
    nn = "Eg trur ikkje at kommunen kan gjere dette åleine, men vi skal prøve."
    text = f"{shared}\n\n{shared}\n\n{nn}"
    doc = detect_document(text, _blocks(text))
    assert doc.value == "nn"
    assert doc.mixed is False


def test_model_file_is_small_and_numpy_only():
    directory = REPO / "models" / "langid"
    assert (directory / "langid.npz").stat().st_size < 100 * 2**20
    assert model().weights.shape == (model().n_features, len(CLASSES))
