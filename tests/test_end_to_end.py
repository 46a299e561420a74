"""Real and written cases end to end: seeds field by field, dev sets and corpus by accuracy."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

import pipeline
from pipeline.evaluate import evaluate, load_gold, load_records
from pipeline.runner import run
from pipeline.config import Config

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared is not beside the repo")


@needs_shared
def test_seed_000_danish_label_page():
    case = pipeline.extract(SHARED / "seeds" / "000_66191689009369f5.txt")
    assert (case.language.value, case.country.value) == ("da", "DK")
    assert date.fromisoformat(case.period_start.value) == date(2019, 1, 1)
    assert case.period_end.value is None
    assert (case.budget_per_year_min.value, case.budget_per_year_max.value) == (None, 50000.0)
    assert case.budget_currency.value == "DKK"
    assert (case.goal_fulfilment.value, case.implemented_as_planned.value) == (3, 3)
    assert case.status.value == "project"
    assert [(c.name.value, c.role.value, c.phone.value, c.email.value) for c in case.contacts] == [
        ("Pernille Simonsen", "Rygestoprådgiver", "+4523997699", "pernille.simonsen@randers.dk")]
    assert case.municipality.value == "Randers"


@needs_shared
def test_seed_001_swedish_without_budget():
    case = pipeline.extract(SHARED / "seeds" / "001_2495768a7bf0f8b2.txt")
    assert case.language.value == "sv"
    assert case.title.value == "Hälsocafé – en del av Hälsa för livet"
    assert case.document_date.value == "2021-09-02"
    assert case.budget_stated.value is False
    assert [c.name.value for c in case.contacts] == ["Birgitta Ekberg", "Louise Nordlund Johansson"]
    assert (case.organisation.value, case.period_start.value) == (None, None)


@needs_shared
def test_seed_002_norwegian_grants_per_year():
    case = pipeline.extract(SHARED / "seeds" / "002_dd338a7023f41d28.txt")
    assert case.language.value == "nb"
    assert case.grants_by_year.value == {"2017": 650000.0, "2018": 750000.0}
    assert case.budget_total.value == 1400000.0
    assert (case.period_start.value, case.period_end.value) == ("2017-01-03", "2019-01-02")
    assert (case.participants_planned.value, case.participants_reached.value) == (120, 26)
    assert case.target_age_max.value == 30
    assert case.status.value == "completed"


@needs_shared
def test_seed_003_danish_period_range_and_total():
    case = pipeline.extract(SHARED / "seeds" / "003_148ea81b14804a02.txt")
    assert (case.period_start.value, case.period_end.value) == ("2019-12-01", "2022-05-31")
    assert (case.budget_per_year_min.value, case.budget_per_year_max.value,
            case.budget_total.value) == (500000.0, 1000000.0, 1500000.0)
    assert (case.evaluated.value, case.evaluation_kind.value) == (True, "internal")
    assert case.participants_reached.value == 139
    span = case.budget_total.span
    text = (SHARED / "seeds" / "003_148ea81b14804a02.txt").read_text(encoding="utf-8")
    assert text[span[0]:span[1]] == "1.5 mio. kr."


@needs_shared
def test_seed_004_in_operation_since():
    case = pipeline.extract(SHARED / "seeds" / "004_69af56098c002719.txt")
    assert (case.status.value, case.period_start.value) == ("in_operation", "2021-10-01")
    assert (case.target_age_min.value, case.evaluation_kind.value) == (65, "external")
    assert case.budget_stated.value is False and case.budget_stated.confidence >= 0.9


def _accuracy(folder: Path, gold: Path, tmp: Path) -> float:
    run([folder], tmp, Config(), progress=False)
    return evaluate(load_gold(gold), load_records(tmp / "cases.jsonl")).accuracy


@needs_shared
def test_seeds_accuracy(tmp_path):
    assert _accuracy(SHARED / "seeds", SHARED / "gold" / "seeds.json", tmp_path) >= 0.95


@needs_shared
@pytest.mark.parametrize("name", ["dk-eu", "se-eu", "se-swecris"])
def test_dev_accuracy(name, tmp_path):
    dev = SHARED / "dev" / name
    assert _accuracy(dev / "cases", dev / "gold.json", tmp_path) >= 0.97


def test_corpus_accuracy(tmp_path):
    assert _accuracy(ROOT / "corpus" / "cases", ROOT / "corpus" / "gold.json", tmp_path) >= 0.95


def test_case_record_carries_value_confidence_span_method(tmp_path):
    run([ROOT / "corpus" / "cases" / "sv02_laslust_gotland.txt"], tmp_path, Config(), progress=False)
    record = json.loads((tmp_path / "cases.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["case_id"] == "sv02_laslust_gotland"
    assert set(record["title"]) == {"value", "confidence", "span", "method", "section"}
    assert record["budget_stated"]["value"] is False
    assert record["language"]["value"] == "sv"
    assert 0 < record["title"]["confidence"] <= 1


@pytest.mark.parametrize("name, text, period, total", [
    ("da_season.txt", "Bevægelse i Skolegården\n\nAnsøger: Skovlunde Idrætsforening\n\n"
     "Projektperiode: foråret 2022 – efteråret 2023\n\nBørn i 3.-6. klasse får flere aktive frikvarterer. "
     "Budgettet er på 240.000 kr.\n", ("2022-03-01", "2023-11-30"), 240000.0),
    ("sv_half.txt", "Läxhjälp i Fittja\n\nSökande: Föreningen Studiebron\n\n"
     "Projekttid: första halvåret 2023 till andra halvåret 2024\n\nProjektet erbjuder läxhjälp två kvällar i veckan. "
     "Budgeten uppgår till 180 000 kronor.\n", ("2023-01-01", "2024-12-31"), 180000.0),
    ("nb_week.txt", "Sommerjobb for ungdom i Grorud\n\nSøker: Grorud Ungdomsklubb\n\nPeriode: uke 26 2023 – uke 33 2023\n\n"
     "Prosjektet gir 30 ungdommer sommerjobb. Budsjettet er på 350 000 kroner.\n", ("2023-06-26", "2023-08-20"), 350000.0),
    ("nn_season.txt", "Kystkultur for alle\n\nSøkjar: Sunnmøre Kystlag\n\nProsjektperiode: hausten 2022 – våren 2024\n\n"
     "Prosjektet skal gje born og unge kjennskap til kystkulturen. Budsjett: 420 000 kroner.\n",
     ("2022-09-01", "2024-05-31"), 420000.0),
])
def test_written_case_with_a_season_half_or_week_period_and_a_budget_in_running_text(tmp_path, name, text, period, total):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    record = pipeline.extract(path).model_dump(mode="json")
    assert (record["period_start"]["value"], record["period_end"]["value"]) == period
    assert record["period_start"]["method"] == "period@1:section"
    assert (record["budget_total"]["value"], record["budget_total"]["method"]) == (total, "budget@1:sentence_cue")
    assert record["language"]["value"] == name[:2]
