"""Date finding, nordcase vs dateparser.search.search_dates, on the same texts: accuracy against
hand-made gold (sentences written for this benchmark) and the dev cases' gold period dates; items/s.

Run from the repository root: python benchmarks/dates.py [path/to/shared]  (default ../shared)
"""
from __future__ import annotations

import json
import sys
import time
import warnings
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pipeline.extractors import dates as dates_module  # noqa: E402
from pipeline.extractors import numbers as numbers_module  # noqa: E402
from pipeline.extractors.amounts import find_amounts  # noqa: E402
from pipeline.extractors.dates import find_dates, find_periods, find_years  # noqa: E402
from pipeline.extractors.numbers import find_numbers  # noqa: E402

FINDERS = (find_dates, find_periods, find_years, find_numbers, find_amounts)

SHARED = REPO / ".." / "shared"

#: (language, text, dates a careful reader finds; a month-only date is its first day).
#: Written for this benchmark; the negatives carry clock times, amounts, phones, versions, ages.
GOLD: list[tuple[str, str, list[str]]] = [
    ("da", "Ansøgningen blev sendt 14.02.2018 og svar kom 3. april 2018.", ["2018-02-14", "2018-04-03"]),
    ("da", "Forløbet løber fra 1. september 2019 til 30. juni 2021.", ["2019-09-01", "2021-06-30"]),
    ("da", "Projektperiode: 01.03.2020 - 28.02.2023", ["2020-03-01", "2023-02-28"]),
    ("da", "Vi startede i januar 2017 med fire hold.", ["2017-01-01"]),
    ("da", "Indsatsen er i drift pr. 1 juni 2022.", ["2022-06-01"]),
    ("da", "Mødet holdes kl. 9.30-11.00 i lokale 1.12 hver tirsdag.", []),
    ("da", "Budgettet er 1.250.000 kr. og tilskuddet 20.902.013 kr.", []),
    ("da", "Ring på 23 45 67 89 eller skriv til os.", []),
    ("da", "Målgruppen er borgere på 65+ og 30 % er mænd.", []),
    ("da", "Næste møde er d. 12. august.", []),
    ("da", "Rapporten er dateret 2021-11-05 og revideret 7/12/2021.", ["2021-11-05", "2021-12-07"]),
    ("da", "Opstart den 3. jan. 2019, afslutning ultimo 2020.", ["2019-01-03"]),
    ("sv", "Projektet pågår från 3 januari 2017 till 30 juni 2018.", ["2017-01-03", "2018-06-30"]),
    ("sv", "Projektperiod 2016-10-03 – 2019-12-31", ["2016-10-03", "2019-12-31"]),
    ("sv", "Beslutet fattades den 1:a mars 2019 av styrelsen.", ["2019-03-01"]),
    ("sv", "Under hösten 2020 startade tre grupper.", []),
    ("sv", "Vi ses klockan 13.15 i sal 2.04.", []),
    ("sv", "Beviljat belopp 2 174 999 kr, varav 25 % från fonden.", []),
    ("sv", "Telefon: 010-516 62 41", []),
    ("sv", "En enkät skickades ut i maj 2018 och igen 15.11.2018.", ["2018-05-01", "2018-11-15"]),
    ("sv", "Version 3.2.1 släpptes den 4 dec. 2020.", ["2020-12-04"]),
    ("sv", "Arbetet avslutades 31/12/2019.", ["2019-12-31"]),
    ("nb", "Prosjektet startet 03.01.2017 og ble avsluttet 02.01.2019.", ["2017-01-03", "2019-01-02"]),
    ("nb", "Vi tar sikte på å åpne de første kursene i september 2017.", ["2017-09-01"]),
    ("nb", "Søknadsfristen var 15. mars 2020 kl. 12.00.", ["2020-03-15"]),
    ("nb", "2017: kr 650 000, 2018: kr 750 000", []),
    ("nb", "Ungdom opp til 30 år, 120 deltakere.", []),
    ("nb", "Fra 1. mai 2019 til 31. desember 2020 ble det holdt 40 møter.", ["2019-05-01", "2020-12-31"]),
    ("nb", "Ring 923 45 678 etter kl. 16.", []),
    ("nb", "Rapporten kom 24. des. 2020.", ["2020-12-24"]),
    ("nn", "Prosjektet vart sett i gang 1. februar 2018.", ["2018-02-01"]),
    ("nn", "Frå 1. mai 2019 til 31. desember 2020 var det møte kvar veke.", ["2019-05-01", "2020-12-31"]),
    ("nn", "Vi har 25 deltakarar og eit budsjett på 1,5 mill. kr.", []),
    ("nn", "Sluttrapporten kom i oktober 2021.", ["2021-10-01"]),
    ("nn", "Perioden er 01.08.2020–31.07.2022.", ["2020-08-01", "2022-07-31"]),
    ("nn", "Møtet er kl. 10.15-12.00 i rom 3.10.", []),
]


def nordcase_dates(text: str, lang: str) -> list[date]:
    return [c.value for c in find_dates(text, lang)]


def dateparser_dates(text: str, lang: str) -> list[date]:
    from dateparser.search import search_dates
    settings = {"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first",
                "RELATIVE_BASE": datetime(2000, 1, 1), "REQUIRE_PARTS": ["month", "year"]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=[lang], settings=settings) or []
    return [d.date() for _, d in found]


def score(pred: list[date], gold: list[date]) -> tuple[int, int, int]:
    """(true positives, predicted, gold) counting each value once per item."""
    p, g = set(pred), set(gold)
    return len(p & g), len(p), len(g)


def run(finder, items) -> dict:
    tp = n_pred = n_gold = exact = 0
    for lang, text, _ in items:  # one untimed pass: both finders keep compiled patterns per process
        finder(text, lang)
    start = time.perf_counter()
    results = [(finder(text, lang), gold) for lang, text, gold in items]
    seconds = time.perf_counter() - start
    for pred, gold in results:
        a, b, c = score(pred, gold)
        tp, n_pred, n_gold = tp + a, n_pred + b, n_gold + c
        exact += set(pred) == set(gold)
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"items": len(items), "precision": precision, "recall": recall, "f1": f1,
            "exact": exact / len(items), "items_per_s": len(items) / seconds if seconds else float("inf")}


def dev_items(shared: Path) -> list[tuple[str, str, list[date]]]:
    """Dev cases whose gold has a period: the start and end must be among the dates found."""
    items = []
    dev = shared / "dev"
    if not dev.is_dir():
        return items
    for folder, lang in (("dk-eu", "da"), ("se-eu", "sv")):
        gold = json.loads((dev / folder / "gold.json").read_text(encoding="utf-8"))["cases"]
        for case_id, facts in sorted(gold.items()):
            if facts.get("period_start") and facts.get("period_end"):
                text = (dev / folder / "cases" / f"{case_id}.txt").read_text(encoding="utf-8")
                items.append((lang, text, [date.fromisoformat(facts["period_start"]),
                                           date.fromisoformat(facts["period_end"])]))
    return items


def dev_recall(finder, items) -> dict:
    found = total = 0
    start = time.perf_counter()
    for lang, text, gold in items:
        pred = set(finder(text, lang))
        found += len(pred & set(gold))
        total += len(gold)
    seconds = time.perf_counter() - start
    return {"docs": len(items), "recall": found / total, "docs_per_s": len(items) / seconds}


def whole_set_ms(text: str, lang: str, repeats: int = 30) -> float:
    """CPU ms for all five find_* on one text with cold per-text caches (median of `repeats`)."""
    times = []
    for _ in range(repeats):
        for cache in (dates_module.words, dates_module._lowered, dates_module.analyse,
                      numbers_module.mentions):
            cache.cache_clear()
        start = time.process_time()
        for finder in FINDERS:
            finder(text, lang)
        times.append((time.process_time() - start) * 1000)
    return sorted(times)[len(times) // 2]


def main() -> None:
    items = [(lang, text, [date.fromisoformat(d) for d in gold]) for lang, text, gold in GOLD]
    finders = {"nordcase": nordcase_dates, "dateparser": dateparser_dates}
    for lang in ("da", "sv", "nb", "nn"):  # build each language's patterns outside the timing
        nordcase_dates("1.1.2019", lang)
        dateparser_dates("1.1.2019", lang)
    print(f"Hand-made sentences ({len(items)}, da/sv/nb/nn, {sum(not g for _, _, g in items)} negatives)\n")
    print("| finder | precision | recall | F1 | exact items | items/s |")
    print("|---|---|---|---|---|---|")
    for name, finder in finders.items():
        r = run(finder, items)
        print(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['exact']:.3f} "
              f"| {r['items_per_s']:,.0f} |")
    dev = dev_items(Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED)
    if dev:
        print(f"\nDev cases (dk-eu, se-eu): gold period start/end among the dates found\n")
        print("| finder | docs | recall | docs/s |")
        print("|---|---|---|---|")
        for name, finder in finders.items():
            r = dev_recall(finder, dev)
            print(f"| {name} | {r['docs']} | {r['recall']:.3f} | {r['docs_per_s']:,.1f} |")
        print("\nWhole find_* set (dates, periods, years, numbers, amounts) on 5 KB of dev text, "
              "cold caches, CPU ms (median)\n")
        print("| text | ms |")
        print("|---|---|")
        for folder, lang in (("dk-eu", "da"), ("se-eu", "sv")):
            doc = "\n".join(text for l, text, _ in dev if l == lang)[:5000]
            print(f"| {folder} ({lang}) | {whole_set_ms(doc, lang):.2f} |")


if __name__ == "__main__":
    main()
