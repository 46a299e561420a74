"""Compare cases.jsonl with gold facts, as ../shared/gold/README.md describes.

Gets a gold file ({"cases": {case_id: facts}}) and case records; returns per-field
accuracy, the wrong checks, and the calibration error of the confidences.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Optional

TEXT_FIELDS = ("title", "organisation", "municipality", "name", "role", "email")
_DROP_WORDS = re.compile(r"\b(?:kommune|kommun)\b")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
CALIBRATION_BINS = 10


def norm_text(value: Any) -> str:
    """Case-folded text without punctuation, quotes and the words kommune/kommun."""
    text = str(value).casefold()
    text = _NON_WORD.sub(" ", text)
    text = _DROP_WORDS.sub(" ", text)
    return " ".join(text.split())


def _unwrap(value: Any) -> Any:
    return value.get("value") if isinstance(value, dict) and "value" in value else value


def same_value(field_name: str, gold: Any, got: Any) -> bool:
    """Whether an output value equals a gold value under the README's rules."""
    got = _unwrap(got)
    if gold is None or got is None:
        return gold is None and got is None
    if field_name == "organisation" and isinstance(gold, list):
        return any(same_value(field_name, g, got) for g in gold)
    if isinstance(gold, bool) or isinstance(got, bool):
        return gold is got
    if isinstance(gold, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(float(gold), float(got), rel_tol=1e-9, abs_tol=1e-6)
    if isinstance(gold, dict) and isinstance(got, dict):
        return set(map(str, gold)) == set(map(str, got)) and all(
            same_value("amount", gold[k], got.get(str(k), got.get(k))) for k in gold)
    if field_name in TEXT_FIELDS or field_name == "phone":
        return norm_text(gold) == norm_text(got) if field_name != "phone" else \
            re.sub(r"[^\d+]", "", str(gold)) == re.sub(r"[^\d+]", "", str(got))
    return str(gold) == str(got)


def names_match(a: str, b: str) -> bool:
    """Same name after case-folding, or one is a run of 2+ words of the other."""
    wa, wb = norm_text(a).split(), norm_text(b).split()
    if wa == wb:
        return bool(wa)
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    if len(short) < 2:
        return False
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


@dataclass
class Check:
    case_id: str
    field: str
    right: bool
    gold: Any = None
    got: Any = None
    confidence: Optional[float] = None
    method: Optional[str] = None


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return sum(c.right for c in self.checks) / len(self.checks) if self.checks else 0.0

    def per_field(self) -> dict[str, tuple[int, int]]:
        out: dict[str, list[int]] = {}
        for c in self.checks:
            r = out.setdefault(c.field, [0, 0])
            r[0] += c.right
            r[1] += 1
        return {k: (v[0], v[1]) for k, v in sorted(out.items())}

    def calibration_error(self) -> Optional[float]:
        """Expected calibration error over checks that carry a confidence (10 bins)."""
        scored = [c for c in self.checks if c.confidence is not None]
        if not scored:
            return None
        bins: dict[int, list[Check]] = {}
        for c in scored:
            bins.setdefault(min(int(c.confidence * CALIBRATION_BINS), CALIBRATION_BINS - 1), []).append(c)
        err = 0.0
        for members in bins.values():
            conf = sum(c.confidence for c in members) / len(members)
            acc = sum(c.right for c in members) / len(members)
            err += len(members) / len(scored) * abs(conf - acc)
        return err

    def wrong(self) -> list[Check]:
        return [c for c in self.checks if not c.right]


def _confidence(rec: Optional[dict], name: str) -> Optional[float]:
    if rec is None:
        return None
    val = rec.get(name)
    if isinstance(val, dict) and val.get("value") is not None:
        return float(val.get("confidence", 0.0))
    return None


def _contact_checks(case_id: str, gold: list[dict], got: list[dict]) -> list[Check]:
    checks: list[Check] = []
    used: set[int] = set()
    for g in gold:
        match = None
        for i, o in enumerate(got):
            if i not in used and _unwrap(o.get("name")) and names_match(g["name"], _unwrap(o["name"])):
                match = i
                break
        if match is None:
            checks += [Check(case_id, f"contact_{p}", False, g.get(p), None) for p in
                       ("name", "role", "phone", "email")]
            continue
        used.add(match)
        o = got[match]
        for p in ("name", "role", "phone", "email"):
            gv, ov = g.get(p), _unwrap(o.get(p))
            right = True if p == "name" else same_value(p, gv, ov)
            part = o.get(p) if isinstance(o.get(p), dict) else {}
            conf = part.get("confidence") if ov is not None else None
            checks.append(Check(case_id, f"contact_{p}", right, gv, ov, conf, part.get("method")))
    for i, o in enumerate(got):
        if i not in used:
            checks.append(Check(case_id, "contact_extra", False, None, _unwrap(o.get("name"))))
    return checks


def _section_checks(case_id: str, facts: dict, rec: Optional[dict]) -> list[Check]:
    got = {s.get("key") for s in (rec or {}).get("sections", []) if s.get("key")}
    checks: list[Check] = []
    if "sections_any" in facts:
        groups = [set(g) for g in facts["sections_any"]]
        for g in groups:
            checks.append(Check(case_id, "sections", bool(g & got), sorted(g), sorted(got & g)))
        for k in sorted(got - set().union(*groups)):
            checks.append(Check(case_id, "sections", False, None, k))
    elif "sections" in facts:
        want = set(facts["sections"])
        for k in sorted(want | got):
            checks.append(Check(case_id, "sections", k in want and k in got,
                                k if k in want else None, k if k in got else None))
    return checks


def evaluate(gold: dict, records: Iterable[dict]) -> Report:
    """Every check of every gold case against the records (missing case: all wrong)."""
    by_id = {r["case_id"]: r for r in records}
    report = Report()
    for case_id, facts in sorted(gold["cases"].items()):
        rec = by_id.get(case_id)
        for name, gv in facts.items():
            if name in ("contacts", "sections", "sections_any"):
                continue
            got = _unwrap(rec.get(name)) if rec else None
            right = rec is not None and same_value(name, gv, got)
            method = rec.get(name, {}).get("method") if rec and isinstance(rec.get(name), dict) else None
            report.checks.append(Check(case_id, name, right, gv, got, _confidence(rec, name), method))
        if "contacts" in facts:
            report.checks += _contact_checks(case_id, facts["contacts"] or [],
                                             (rec or {}).get("contacts", []) if rec else [])
        report.checks += _section_checks(case_id, facts, rec)
    return report


class InputError(ValueError):
    """A gold or records file that cannot be read as what it should be (message names file and line)."""


def load_records(path: Path) -> list[dict]:
    """The records of a cases.jsonl, one JSON object with a case_id per line."""
    records = []
    for number, line in enumerate(_read_text(path).split("\n"), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}, line {number}: not JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "case_id" not in record:
            raise InputError(f"{path}, line {number}: not a case record (no case_id)")
        records.append(record)
    return records


def load_gold(path: Path) -> dict:
    """Gold facts: {"cases": {case_id: {field: value}}}."""
    try:
        gold = json.loads(_read_text(path))
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}, line {exc.lineno}: not JSON ({exc.msg})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("cases"), dict) \
            or not all(isinstance(v, dict) for v in gold["cases"].values()):
        raise InputError(f"{path}: gold must be {{\"cases\": {{case_id: {{field: value}}}}}}")
    return gold


def _read_text(path: Path) -> str:
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
