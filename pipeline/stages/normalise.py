"""Normalise stage: candidates -> one winner per field with a calibrated confidence.

Gets every extractor's candidates; confidence comes from the evidence score, agreement
between candidates, competing values, and a calibration table fitted on dev data.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Optional

from ..config import default_models_dir
from ..extractors.base import Candidate
from ..schema import Contact, Field
from ..stages.sections import Section, section_at

AGREEMENT_BONUS = 0.04
COMPETITION_WEIGHT = 0.5
CONFIDENCE_FLOOR = 0.01
CONFIDENCE_CEIL = 0.99
CALIBRATION_FILE = "calibration/calibration.json"


Calibration = dict[str, list[list[float]]]


@lru_cache(maxsize=None)
def _calibration_file(models_dir: str) -> Calibration:
    path = Path(models_dir) / CALIBRATION_FILE
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)["knots"]


def load_calibration(models_dir: Optional[Path] = None, enabled: bool = True) -> Calibration:
    """"field|method" or "field" -> [[raw score, observed accuracy], ...] knots, fitted on the
    dev sets by scripts/calibrate.py; empty (raw scores) when disabled or not shipped."""
    return _calibration_file(str(models_dir or default_models_dir())) if enabled else {}


def calibrate(field: str, method: str, raw: float, table: Calibration) -> float:
    """Map a raw evidence score to the accuracy observed for this field and method."""
    knots = table.get(f"{field}|{method}") or table.get(field)
    if not knots:
        return raw
    if raw <= knots[0][0]:
        return knots[0][1]
    for (x0, y0), (x1, y1) in zip(knots, knots[1:]):
        if raw <= x1:
            return y0 + (y1 - y0) * (raw - x0) / (x1 - x0 or 1.0)
    return knots[-1][1]


def _key(value: Any) -> str:
    if isinstance(value, str):
        return value.strip().casefold()
    return json.dumps(value, sort_keys=True, default=str)


def choose(field: str, candidates: Iterable[Candidate], sections: list[Section],
           calibration: Optional[Calibration] = None) -> Field:
    """The winning candidate of one field as a Field with confidence, span, method, section."""
    cands = [c for c in candidates if c.value is not None]
    if not cands:
        return Field()
    cands.sort(key=lambda c: (-c.score, c.start, c.method))
    best = cands[0]
    same = [c for c in cands[1:] if _key(c.value) == _key(best.value)]
    rivals = [c for c in cands[1:] if _key(c.value) != _key(best.value)]
    raw = best.score
    raw += AGREEMENT_BONUS * min(len({c.method for c in same}), 3)
    if rivals:
        # a close rival with another value means the winner is less certain
        raw -= COMPETITION_WEIGHT * max(c.score for c in rivals) * (1 - (best.score - rivals[0].score))
        raw = max(raw, best.score * 0.5)
    conf = calibrate(field, best.method, min(raw, 1.0), calibration or {})
    conf = round(min(CONFIDENCE_CEIL, max(CONFIDENCE_FLOOR, conf)), 4)
    sec = section_at(sections, best.start)
    return Field(value=best.value, confidence=conf,
                 span=(best.start, best.end) if best.end > best.start else None,
                 method=best.method,
                 section=(sec.key.value if sec is not None and sec.key is not None else None))


def contact_from(parts: dict[str, Candidate], sections: list[Section],
                 calibration: Optional[Calibration] = None) -> Contact:
    """A Contact whose parts carry their own confidence."""
    return Contact(**{part: choose(f"contact_{part}", [c], sections, calibration)
                      for part, c in parts.items()})
