"""Checks the sample corpus and its gold, and the synthetic generator scripts/make_corpus.py.

Gold must be well-formed, match the case files one to one and agree with each case's text.
"""
from __future__ import annotations

import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest

from pipeline.schema import SECTION_KEYS

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
CASES = CORPUS / "cases"
SEED_GOLD = ROOT / ".." / "shared" / "gold" / "seeds.json"
CASE_SUFFIXES = {".txt", ".md", ".html", ".docx", ".pdf"}
#: cases built by scripts/make_office_cases.py from corpus/sources/<stem>.txt
OFFICE_SUFFIXES = {".docx", ".pdf"}
LANGS = ("da", "sv", "nb", "nn")
COUNTRY = {"da": "DK", "sv": "SE", "nb": "NO", "nn": "NO"}
CURRENCY = {"DK": "DKK", "SE": "SEK", "NO": "NOK"}
CALLING_CODE = {"DK": "+45", "SE": "+46", "NO": "+47"}
CASE_FIELDS = (
    "language", "country", "title", "organisation", "municipality", "status", "period_start",
    "period_end", "document_date", "budget_stated", "budget_currency", "budget_per_year_min",
    "budget_per_year_max", "budget_total", "grants_by_year", "contacts", "participants_planned",
    "participants_reached", "target_age_min", "target_age_max", "evaluated", "evaluation_kind",
    "goal_fulfilment", "implemented_as_planned", "sections",
)
OPTIONAL_FIELDS = ("sections_any",)
CONTACT_FIELDS = ("name", "role", "phone", "email")
STATUSES = (None, "project", "in_operation", "completed")
EVALUATION_KINDS = (None, "internal", "external")
EMAIL = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


def _load_script(name: str):
    """scripts/<name>.py as a module (registered, as its dataclasses look their module up)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _load_make_corpus():
    return _load_script("make_corpus")


def _case_files(folder: Path) -> dict[str, Path]:
    return {p.stem: p for p in sorted(folder.iterdir())
            if p.suffix in CASE_SUFFIXES and p.name != "README.md"}


def _case_text(path: Path) -> str:
    """A case's text: the file itself, or for a Word or PDF case the text the pipeline's reader gives."""
    if path.suffix in OFFICE_SUFFIXES:
        from pipeline.config import Config
        from pipeline.readers import read_path
        return read_path(path, Config()).text
    return path.read_text(encoding="utf-8")


def _plain(text: str) -> str:
    """Text without markup, so gold strings can be looked up in .md and .html cases."""
    return re.sub(r"<[^>]+>|\*\*|^#+ ", "", text, flags=re.MULTILINE)


def _national_digits(phone: str) -> str:
    """E.164 back to the digits a Nordic reader writes (Swedish numbers keep their trunk 0)."""
    digits = phone[3:]
    return "0" + digits if phone.startswith("+46") else digits


def check_case_gold(stem: str, facts: dict, text: str) -> None:
    """Assert that one gold record is well-formed and agrees with its case text."""
    assert set(facts) - set(OPTIONAL_FIELDS) == set(CASE_FIELDS), stem
    lang = facts["language"]
    assert lang in LANGS
    assert facts["country"] == COUNTRY[lang]
    plain = _plain(text)
    lines = [ln.strip() for ln in plain.splitlines() if ln.strip() and not ln.lstrip().startswith("<")]
    first_line = lines[0]
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", text)
    if h1:  # a page's heading names the case; its <title> may name the site ("… – Stiftelsen Dam")
        first_line = h1.group(1).strip()
    # the first line is the title, or holds it after a report kind ("Slutrapport – …", 'Evaluering af "…"'),
    # or a PDF's title wrapped over two lines holds it
    assert first_line == facts["title"] or facts["title"] in first_line \
        or not h1 and facts["title"] in " ".join(lines[:2]), stem
    assert facts["status"] in STATUSES
    assert facts["evaluation_kind"] in EVALUATION_KINDS
    if facts["evaluation_kind"] is not None:
        assert facts["evaluated"] is True
    for field in ("period_start", "period_end", "document_date"):
        if facts[field] is not None:
            date.fromisoformat(facts[field])
    if facts["period_start"] and facts["period_end"]:
        assert facts["period_start"] < facts["period_end"], stem
    if facts["organisation"] is not None:
        assert isinstance(facts["organisation"], list) and facts["organisation"]
        assert any(org in plain for org in facts["organisation"]), stem
    if facts["municipality"] is not None:
        assert facts["municipality"] in plain, stem
        assert "kommun" not in facts["municipality"].lower()
    assert isinstance(facts["budget_stated"], bool)
    if facts["budget_stated"]:
        assert facts["budget_currency"] == CURRENCY[facts["country"]], stem
    else:
        assert facts["budget_currency"] is None
        assert facts["budget_total"] is None and facts["grants_by_year"] is None
    if facts["grants_by_year"] is not None:
        assert facts["budget_total"] == sum(facts["grants_by_year"].values()), stem
        for year in facts["grants_by_year"]:
            assert re.fullmatch(r"20\d\d", year) and year in plain, stem
    if facts["budget_per_year_min"] is not None:
        assert facts["budget_per_year_min"] < facts["budget_per_year_max"], stem
    if facts["target_age_min"] is not None and facts["target_age_max"] is not None:
        assert facts["target_age_min"] < facts["target_age_max"], stem
    for field in ("goal_fulfilment", "implemented_as_planned"):
        assert facts[field] in (None, 1, 2, 3, 4)
    for contact in facts["contacts"]:
        assert set(contact) == set(CONTACT_FIELDS), stem
        assert contact["name"] in plain, stem
        if contact["role"] is not None:
            assert contact["role"] in plain, stem
        if contact["email"] is not None:
            assert EMAIL.match(contact["email"]) and contact["email"] in plain, stem
        if contact["phone"] is not None:
            assert contact["phone"].startswith(CALLING_CODE[facts["country"]]), stem
            assert _national_digits(contact["phone"]) in re.sub(r"\D", "", plain), stem
    assert len(set(facts["sections"])) == len(facts["sections"]), stem
    assert set(facts["sections"]) <= set(SECTION_KEYS), stem
    for group in facts.get("sections_any", []):
        assert set(group) <= set(SECTION_KEYS) and set(group) & set(facts["sections"]), stem


@pytest.fixture(scope="module")
def corpus_gold() -> dict:
    return json.loads((CORPUS / "gold.json").read_text(encoding="utf-8"))


def test_gold_has_the_seed_gold_layout(corpus_gold):
    assert corpus_gold["schema_version"] == 1
    assert set(corpus_gold) == {"schema_version", "about", "cases"}
    if SEED_GOLD.exists():
        seed = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
        seed_fields = set().union(*(set(c) for c in seed["cases"].values()))
        assert seed_fields == set(CASE_FIELDS)


def test_every_case_file_has_gold_and_vice_versa(corpus_gold):
    files = _case_files(CASES)
    assert sorted(files) == sorted(corpus_gold["cases"])
    assert len(files) == 28


@pytest.mark.parametrize("lang", LANGS)
def test_seven_cases_per_language(corpus_gold, lang):
    stems = [s for s, c in corpus_gold["cases"].items() if c["language"] == lang]
    assert len(stems) == 7
    assert all(s.startswith(lang) for s in stems)


def test_case_files_are_utf8_and_sized():
    for path in _case_files(CASES).values():
        size = len(path.read_bytes())
        if path.suffix in OFFICE_SUFFIXES:
            assert size <= 64 * 1024, path.name
            source = CORPUS / "sources" / f"{path.stem}.txt"
            assert 1000 <= len(source.read_bytes()) <= 5120, source.name
            source.read_text(encoding="utf-8")
            continue
        assert 1000 <= size <= 5120, path.name
        path.read_text(encoding="utf-8")


def test_word_and_pdf_cases_are_built_from_their_sources():
    """The committed .docx and .pdf are what scripts/make_office_cases.py builds from corpus/sources."""
    module = _load_script("make_office_cases")
    built = {f"{stem}.{layout.format}" for stem, layout in module.LAYOUTS.items()}
    assert built == {p.name for p in _case_files(CASES).values() if p.suffix in OFFICE_SUFFIXES}
    assert sorted(p.stem for p in (CORPUS / "sources").glob("*.txt")) == sorted(module.LAYOUTS)
    for stem, layout in module.LAYOUTS.items():
        assert (CASES / f"{stem}.{layout.format}").read_bytes() == module.build(stem), stem


def test_layout_formats_present():
    suffixes = sorted(p.suffix for p in _case_files(CASES).values())
    assert suffixes.count(".md") == 2
    assert suffixes.count(".html") == 3
    assert suffixes.count(".txt") == 19
    assert suffixes.count(".docx") == 2
    assert suffixes.count(".pdf") == 2


@pytest.mark.parametrize("stem", sorted(_case_files(CASES)))
def test_case_gold_agrees_with_text(corpus_gold, stem):
    text = _case_text(_case_files(CASES)[stem])
    check_case_gold(stem, corpus_gold["cases"][stem], text)


@pytest.mark.parametrize(("stem", "field", "expected"), [
    ("da02_venskabsbaenken_faxe", "budget_per_year_max", 50000),
    ("da03_ung_i_job_holstebro", "participants_reached", 60),
    ("da05_sund_skoledag_naestved", "budget_total", 950000),
    ("sv02_laslust_gotland", "period_start", "2017-01-03"),
    ("sv03_motesplats_vaxjo", "period_end", "2022-12-31"),
    ("nb01_aktiv_ungdom_bodo", "target_age_max", 30),
    ("nb05_jobbsjansen_tromso", "document_date", "2021-05-02"),
    ("nn01_songlag_for_alle_volda", "participants_reached", 50),
    ("nn05_klimavenleg_landbruk_sunndal", "implemented_as_planned", 2),
])
def test_gold_hard_case_values(corpus_gold, stem, field, expected):
    assert corpus_gold["cases"][stem][field] == expected


@pytest.mark.parametrize("lang", LANGS)
def test_no_seed_sentences_copied(lang):
    seeds = ROOT / ".." / "shared" / "seeds"
    if not seeds.exists():
        pytest.skip("shared seeds not beside the repo")
    seed_words = [re.findall(r"\w+", p.read_text(encoding="utf-8").lower()) for p in seeds.glob("*.txt")]
    runs = {tuple(w[i:i + 9]) for w in seed_words for i in range(len(w) - 8)}
    for path in _case_files(CASES).values():
        if not path.name.startswith(lang):
            continue
        words = re.findall(r"\w+", _plain(_case_text(path)).lower())
        assert not any(tuple(words[i:i + 9]) in runs for i in range(len(words) - 8)), path.name


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("synthetic")
    make_corpus = _load_make_corpus()
    make_corpus.make_corpus(56, out, seed=7)
    return out, json.loads((out / "gold.json").read_text(encoding="utf-8"))


def test_make_corpus_is_deterministic_for_a_seed(synthetic, tmp_path):
    out, _ = synthetic
    make_corpus = _load_make_corpus()
    make_corpus.make_corpus(56, tmp_path / "again", seed=7)
    make_corpus.make_corpus(8, tmp_path / "other", seed=8)
    for path in sorted(out.iterdir()):
        assert (tmp_path / "again" / path.name).read_bytes() == path.read_bytes(), path.name
    first = sorted(out.glob("syn000000_*"))[0]
    assert not (tmp_path / "other" / first.name).exists() or \
        (tmp_path / "other" / first.name).read_bytes() != first.read_bytes()


def test_make_corpus_prefix_does_not_depend_on_n(synthetic, tmp_path):
    out, gold = synthetic
    _load_make_corpus().make_corpus(4, tmp_path, seed=7)
    small = json.loads((tmp_path / "gold.json").read_text(encoding="utf-8"))["cases"]
    assert small == {stem: gold["cases"][stem] for stem in small}


def test_make_corpus_files_match_gold(synthetic):
    out, gold = synthetic
    assert gold["schema_version"] == 1
    assert sorted(_case_files(out)) == sorted(gold["cases"])
    assert len(gold["cases"]) == 56


@pytest.mark.parametrize("lang", LANGS)
def test_make_corpus_covers_language_layouts(synthetic, lang):
    _, gold = synthetic
    stems = [s for s, c in gold["cases"].items() if c["language"] == lang]
    assert len(stems) == 14
    assert all(f"_{lang}_" in s for s in stems)


def test_make_corpus_covers_layouts_and_hard_cases(synthetic):
    out, gold = synthetic
    layouts = {stem.split("_", 2)[2] for stem in gold["cases"]}
    assert layouts == {"page", "narrative", "numbered", "inline", "labels", "markdown", "html"}
    cases = gold["cases"].values()
    assert {c["status"] for c in cases} == {None, "project", "in_operation", "completed"}
    assert {c["evaluation_kind"] for c in cases} == {None, "internal", "external"}
    assert any(c["grants_by_year"] for c in cases)
    assert any(c["budget_per_year_min"] for c in cases)
    assert any(c["budget_stated"] is False for c in cases)


@pytest.mark.parametrize("seed", [0, 7])
def test_make_corpus_gold_agrees_with_text(seed, tmp_path):
    make_corpus = _load_make_corpus()
    cases = make_corpus.make_corpus(28, tmp_path, seed=seed)
    for stem, path in _case_files(tmp_path).items():
        check_case_gold(stem, cases[stem], path.read_text(encoding="utf-8"))
        # every layout writes the evaluation and the ratings its gold holds under their own headings
        facts = cases[stem]
        assert (facts["evaluated"] is True) == ("evaluation" in facts["sections"]), stem
        assert (facts["goal_fulfilment"] is not None) == ("assessment" in facts["sections"]), stem


def test_make_corpus_case_sizes(synthetic):
    out, _ = synthetic
    sizes = [len(p.read_bytes()) for p in _case_files(out).values()]
    assert min(sizes) >= 4000
    assert max(sizes) <= 7000


def test_make_corpus_known_case():
    make_corpus = _load_make_corpus()
    name, text, gold = make_corpus.make_case(make_corpus.load_vocab(), 1, 2)
    assert name == "syn000002_nb_page.txt"
    assert text.startswith("Jobbsjansen Ung Lillehammer\n")
    assert gold["period_start"] == "2019-05-11"
    assert gold["budget_total"] == 2783000
    assert gold["contacts"][0]["phone"] == "+4725549159"
