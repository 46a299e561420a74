"""The naive peer: what a user would glue together without nordcase (langdetect,
dateparser.search.search_dates, phonenumbers and a heading-keyword regex)."""
from __future__ import annotations

import re

import phonenumbers
from dateparser.search import search_dates
from langdetect import DetectorFactory, detect

DetectorFactory.seed = 0

REGIONS = {"da": "DK", "sv": "SE", "nb": "NO", "nn": "NO"}
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


def extract(text: str) -> dict:
    """Language, first date as period start, phone numbers and section keys of one text."""
    try:
        lang = detect(text)
    except Exception:  # langdetect raises on text without letters
        lang = "other"
    lang = {"no": "nb"}.get(lang, lang)
    found = search_dates(text, languages=["da", "sv", "nb"]) or []
    period_start = found[0][1].date().isoformat() if found else None
    phones = [phonenumbers.format_number(m.number, phonenumbers.PhoneNumberFormat.E164)
              for m in phonenumbers.PhoneNumberMatcher(text, REGIONS.get(lang, "DK"))]
    sections = [key for key, pattern in _HEADING_LINE.items() if pattern.search(text)]
    return {"language": lang, "period_start": period_start, "phones": phones, "sections": sections}
