"""The naive peer of benchmarks/ on a short Danish case, so the accuracy benchmark's
comparison cannot break without a failing test."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import naive_peer  # noqa: E402

TEXT = """Sund hverdag for ældre i Vejle

Baggrund
Mange ældre borgere i kommunen bor alene og mister kontakten til naboer og venner.

Projektperiode
Projektet løber fra 1. marts 2020 til 31. december 2021.

Økonomi
Kommunen har bevilget 450.000 kr. til hele perioden.

Kontakt
Lone Madsen, tlf. 23 45 67 89, lone.madsen@vejle.dk
"""


def value(record: dict, name: str):
    return record[name]["value"]


def test_record_of_a_danish_case():
    record = naive_peer.record("vejle", TEXT)
    assert record["case_id"] == "vejle"
    assert value(record, "language") == "da"
    assert value(record, "country") == "DK"
    assert value(record, "title") == "Sund hverdag for ældre i Vejle"
    assert value(record, "period_start") == "2020-03-01"
    assert value(record, "period_end") == "2021-12-31"
    assert value(record, "budget_total") == 450000
    assert value(record, "budget_currency") == "DKK"
    assert value(record, "municipality") is None
    assert record["contacts"] == [{"name": {"value": "Lone Madsen", "confidence": 0.5},
                                   "role": {"value": None, "confidence": 0.5},
                                   "phone": {"value": "+4523456789", "confidence": 0.5},
                                   "email": {"value": "lone.madsen@vejle.dk", "confidence": 0.5}}]
    assert [s["key"] for s in record["sections"]] == ["background", "period", "economy", "contact"]


def test_extract_used_by_the_throughput_benchmark():
    assert naive_peer.extract(TEXT) == {"language": "da", "period_start": "2020-03-01",
                                        "phones": ["+4523456789"],
                                        "sections": ["background", "period", "economy", "contact"]}
