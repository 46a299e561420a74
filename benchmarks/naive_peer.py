"""The naive peer: what a user would glue together without nordcase (langdetect,
dateparser.search.search_dates, phonenumbers and a few regexes). `extract()` gives the
figures benchmarks/throughput.py scores; `record()` gives a cases.jsonl record for evaluate()."""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Optional

import phonenumbers
from dateparser.search import search_dates
from langdetect import DetectorFactory, detect

from pipeline.schema import Case, Field

DetectorFactory.seed = 0

REGIONS = {"da": "DK", "sv": "SE", "nb": "NO", "nn": "NO"}
CURRENCIES = {"DK": "DKK", "SE": "SEK", "NO": "NOK"}
DATE_LANGUAGES = ["da", "sv", "nb"]
#: dateparser fills a missing day (and "i dag") from today; a fixed day keeps runs
#: deterministic, and mid-month so month-only dates get no free first-of-month.
RELATIVE_BASE = datetime(2024, 1, 15)
#: The one confidence the peer has: it cannot tell a good value from a bad one.
CONFIDENCE = 0.5
#: Scalar fields of the cases.jsonl record, from the schema; all but the few below stay null.
SCALAR_FIELDS = [name for name, info in Case.model_fields.items() if isinstance(info.default, Field)]

#: The keywords a user would think of first, one regex per section key.
HEADINGS = {
    "background": r"baggrund|bakgrund|bakgrunn",
    "purpose": r"formål|syfte|føremål",
    "goals": r"mål|målsætning|målsetting",
    "target_group": r"målgruppe|målgrupp",
    "period": r"projektperiode|projektperiod|prosjektperiode|periode",
    "economy": r"økonomi|ekonomi|budsjett|budget",
    "results": r"resultat|resultater",
    "evaluation": r"evaluering|utvärdering|evalueret",
    "contact": r"kontakt|kontaktperson|prosjektleder|prosjektleiar",
}
_HEADING_LINE = {key: re.compile(rf"^\s*(?:{pattern})\s*:?\s*$", re.I | re.M) for key, pattern in HEADINGS.items()}
_BUDGET_LINE = re.compile(r"^.*\b(?:budget|budsjett|beviljat belopp|bevilget|beløp|økonomi|ekonomi)\b",
                          re.I | re.M)
#: A number with thousands separators ("20.902.013", "2 174 999") or a plain run of digits.
_NUMBER = re.compile(r"\d{1,3}(?:[ .,\u00a0]\d{3})+(?!\d)|\d+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_CAPITALISED = re.compile(r"\b[A-ZÆØÅÄÖÜÉ][\wÆØÅÄÖÜÉæøåäöüé-]*")


def detect_language(text: str) -> str:
    try:
        lang = detect(text)
    except Exception:  # langdetect raises on text without letters
        lang = "other"
    return {"no": "nb"}.get(lang, lang)


def find_dates(text: str) -> list[str]:
    found = search_dates(text, languages=DATE_LANGUAGES, settings={"RELATIVE_BASE": RELATIVE_BASE}) or []
    return [when.date().isoformat() for _, when in found]


def find_phones(text: str, lang: str) -> list[phonenumbers.PhoneNumberMatch]:
    return list(phonenumbers.PhoneNumberMatcher(text, REGIONS.get(lang, "DK")))


def find_sections(text: str) -> list[str]:
    return [key for key, pattern in _HEADING_LINE.items() if pattern.search(text)]


def find_budget_total(text: str) -> Optional[int]:
    """The first number of four or more digits from the first budget keyword line on."""
    line = _BUDGET_LINE.search(text)
    if line is None:
        return None
    for number in _NUMBER.finditer(text, line.start()):
        digits = re.sub(r"\D", "", number.group())
        if len(digits) >= 4:
            return int(digits)
    return None


def find_contacts(text: str, matches: list[phonenumbers.PhoneNumberMatch]) -> list[dict]:
    """One contact per phone: the nearest e-mail on its line or the next, the capitalised
    words before it on its line as the name."""
    contacts = []
    for match in matches:
        line_start = text.rfind("\n", 0, match.start) + 1
        line_end = text.find("\n", match.end)
        line_end = len(text) if line_end < 0 else line_end
        next_end = text.find("\n", line_end + 1)
        next_end = len(text) if next_end < 0 or line_end == len(text) else next_end
        emails = list(_EMAIL.finditer(text, line_start, next_end))
        email = min(emails, key=lambda m: min(abs(m.start() - match.end), abs(match.start - m.end())),
                    default=None)
        name = " ".join(_CAPITALISED.findall(text[line_start:match.start])) or None
        contacts.append({
            "name": name, "role": None,
            "phone": phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164),
            "email": email.group() if email else None})
    return contacts


def read_text(path: Path) -> str:
    """A file's text as a user would get it with each format's usual library: .docx paragraphs with
    python-docx, a PDF's text layer with pypdf, anything else read as UTF-8."""
    if path.suffix == ".docx":
        import docx
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(page.extract_text() or "" for page in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def _field(value) -> dict:
    return {"value": value, "confidence": CONFIDENCE}


def record(case_id: str, text: str) -> dict:
    """One case in the cases.jsonl shape, every value with the peer's one confidence."""
    lang = detect_language(text)
    country = REGIONS.get(lang)
    dates = find_dates(text)
    title = next((line.strip() for line in text.splitlines() if line.strip()), None)
    values = {
        "language": lang, "country": country, "title": title,
        "period_start": dates[0] if dates else None, "period_end": dates[1] if len(dates) > 1 else None,
        "budget_total": find_budget_total(text), "budget_currency": CURRENCIES.get(country),
    }
    out = {"case_id": case_id}
    out.update({name: _field(values.get(name)) for name in SCALAR_FIELDS})
    out["contacts"] = [{part: _field(value) for part, value in contact.items()}
                       for contact in find_contacts(text, find_phones(text, lang))]
    out["sections"] = [{"key": key} for key in find_sections(text)]
    return out


def extract(text: str) -> dict:
    """Language, first date as period start, phone numbers and section keys of one text."""
    lang = detect_language(text)
    dates = find_dates(text)
    phones = [phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
              for m in find_phones(text, lang)]
    return {"language": lang, "period_start": dates[0] if dates else None, "phones": phones,
            "sections": find_sections(text)}
