"""The comparison rules of ../shared/gold/README.md, on hand-made records."""
from __future__ import annotations

import pytest

from pipeline.evaluate import evaluate, names_match, norm_text, same_value

GOLD = {"cases": {"a": {
    "language": "da", "title": "“Sugen på friluft”, turgrupper", "municipality": "Struer",
    "organisation": ["Mental Helse", "Diakonhjemmet Omsorg"], "budget_total": 1400000,
    "grants_by_year": {"2017": 650000, "2018": 750000}, "period_end": None,
    "contacts": [{"name": "Erica Mattsson", "role": None, "phone": "+4523997699", "email": "e@x.dk"}],
    "sections": ["purpose", "contact"],
}, "b": {"title": "X", "sections_any": [["purpose", "goals"], ["effect", "results"]]}}}


def f(value, confidence=0.9):
    return {"value": value, "confidence": confidence}


RECORD_A = {
    "case_id": "a", "language": f("da"), "title": f("Sugen på friluft turgrupper"),
    "municipality": f("Struer Kommune"), "organisation": f("Diakonhjemmet Omsorg"),
    "budget_total": f(1400000.0), "grants_by_year": f({"2017": 650000.0, "2018": 750000.0}),
    "period_end": f(None, 0.0),
    "contacts": [{"name": f("Erica Mattsson, VD"), "role": f(None, 0.0), "phone": f("+4523997699"),
                  "email": f("E@X.DK")},
                 {"name": f("Ole Extra")}],
    "sections": [{"key": "purpose"}, {"key": "contact"}, {"key": None}, {"key": "economy"}],
}


def test_every_check_of_a_case():
    report = evaluate(GOLD, [RECORD_A, {"case_id": "b", "title": f("x"),
                                        "sections": [{"key": "goals"}, {"key": "plan"}]}])
    wrong = sorted((c.case_id, c.field) for c in report.wrong())
    assert wrong == [("a", "contact_extra"), ("a", "sections"), ("b", "sections"), ("b", "sections")]
    # a: 7 scalar fields, 4 contact parts + 1 extra contact, 3 section keys; b: title, 2 groups, 1 extra key
    assert len(report.checks) == 7 + 5 + 3 + 1 + 2 + 1
    assert report.accuracy == pytest.approx(15 / 19)


def test_missing_case_is_wrong_on_every_check():
    report = evaluate(GOLD, [RECORD_A])
    b_checks = [c for c in report.checks if c.case_id == "b"]
    assert [(c.field, c.right) for c in b_checks] == [("title", False), ("sections", False), ("sections", False)]


@pytest.mark.parametrize("a,b,same", [
    ("Erica Mattsson", "Erica Mattsson, VD", True),
    ("Erica Mattsson", "erica mattsson", True),
    ("Ej utsedd   Ansökan Pontus Sandell", "Pontus Sandell", True),
    ("Pontus Sandell", "Pontus", False),
    ("Anna Berg", "Berg Anna", False),
])
def test_names_match(a, b, same):
    assert names_match(a, b) is same


def test_text_rules():
    assert norm_text("“Struer Kommune”!") == "struer"
    assert same_value("municipality", "Malmö", "Malmö kommun")
    assert same_value("budget_total", 50000, 50000.0)
    assert not same_value("evaluated", True, 1)
    assert same_value("period_end", None, None)
    assert not same_value("period_end", None, "2020-01-01")


def test_calibration_error():
    gold = {"cases": {"x": {"language": "da", "country": "DK"}}}
    rec = {"case_id": "x", "language": f("da", 1.0), "country": f("SE", 1.0)}
    assert evaluate(gold, [rec]).calibration_error() == pytest.approx(0.5)
    rec = {"case_id": "x", "language": f("da", 1.0), "country": f("DK", 1.0)}
    assert evaluate(gold, [rec]).calibration_error() == pytest.approx(0.0)
