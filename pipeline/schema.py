"""Pydantic models of nordcase output: Field, Contact, Section, Entity, Case.

The one source of field names; the JSON Schema of a case record is generated from here.
"""
from __future__ import annotations

import json
from enum import Enum
from typing import Any, Generic, Optional, TypeVar

from pydantic import BaseModel, ConfigDict, Field as PydField

SCHEMA_VERSION = 1

T = TypeVar("T")


class SectionKey(str, Enum):
    """Canonical section keys (../shared/gold/README.md)."""

    background = "background"
    purpose = "purpose"
    goals = "goals"
    target_group = "target_group"
    participants = "participants"
    description = "description"
    intervention_type = "intervention_type"
    period = "period"
    organisation = "organisation"
    recruitment = "recruitment"
    economy = "economy"
    effect = "effect"
    results = "results"
    evaluation = "evaluation"
    assessment = "assessment"
    comments = "comments"
    implementation_notes = "implementation_notes"
    barriers = "barriers"
    facilitators = "facilitators"
    what_worked = "what_worked"
    challenges = "challenges"
    milestones = "milestones"
    changes = "changes"
    plan = "plan"
    summary = "summary"
    final_report = "final_report"
    materials = "materials"
    contact = "contact"
    details = "details"


SECTION_KEYS: tuple[str, ...] = tuple(k.value for k in SectionKey)


class Field(BaseModel, Generic[T]):
    """One extracted value with its evidence: confidence, half-open char span, method, section."""

    model_config = ConfigDict(frozen=True)

    value: Optional[T] = None
    confidence: float = PydField(0.0, ge=0.0, le=1.0)
    span: Optional[tuple[int, int]] = None
    method: Optional[str] = None
    section: Optional[str] = None


class Contact(BaseModel):
    """A person named as contact or project lead."""

    name: Field[str] = Field[str]()
    role: Field[str] = Field[str]()
    phone: Field[str] = Field[str]()
    email: Field[str] = Field[str]()
    organisation: Field[str] = Field[str]()


class Section(BaseModel):
    """A heading and the text under it; key is None for headings with no canonical key."""

    key: Optional[SectionKey] = None
    heading: str
    language: Optional[str] = None
    language_confidence: float = 0.0
    start: int
    end: int
    heading_start: int
    heading_end: int
    confidence: float = PydField(0.0, ge=0.0, le=1.0)
    method: str = "sections@1"
    text: str = ""


class Entity(BaseModel):
    """A named entity: PER, ORG, LOC or MISC."""

    text: str
    label: str
    start: int
    end: int
    confidence: float = PydField(0.0, ge=0.0, le=1.0)
    method: str
    section: Optional[str] = None


class Source(BaseModel):
    """Where a case came from and how it was read."""

    path: Optional[str] = None
    format: str = "text"
    encoding: Optional[str] = None
    encoding_confidence: Optional[float] = None
    bytes: Optional[int] = None
    sha256: Optional[str] = None
    repaired: bool = False


class Case(BaseModel):
    """One input document turned into the cross-Nordic schema."""

    case_id: str
    schema_version: int = SCHEMA_VERSION
    source: Source = Source()
    language: Field[str] = Field[str]()
    language_mixed: bool = False
    language_shares: dict[str, float] = {}
    country: Field[str] = Field[str]()
    title: Field[str] = Field[str]()
    organisation: Field[str] = Field[str]()
    #: the unit of a municipality named with it ("Sundhed og Omsorg" of "Sundhed og Omsorg, Struer Kommune")
    organisation_unit: Field[str] = Field[str]()
    municipality: Field[str] = Field[str]()
    status: Field[str] = Field[str]()
    period_start: Field[str] = Field[str]()
    period_end: Field[str] = Field[str]()
    document_date: Field[str] = Field[str]()
    budget_stated: Field[bool] = Field[bool]()
    budget_currency: Field[str] = Field[str]()
    budget_per_year_min: Field[float] = Field[float]()
    budget_per_year_max: Field[float] = Field[float]()
    budget_total: Field[float] = Field[float]()
    grants_by_year: Field[dict[str, float]] = Field[dict[str, float]]()
    participants_planned: Field[int] = Field[int]()
    participants_reached: Field[int] = Field[int]()
    target_age_min: Field[int] = Field[int]()
    target_age_max: Field[int] = Field[int]()
    evaluated: Field[bool] = Field[bool]()
    evaluation_kind: Field[str] = Field[str]()
    goal_fulfilment: Field[int] = Field[int]()
    implemented_as_planned: Field[int] = Field[int]()
    contacts: list[Contact] = []
    sections: list[Section] = []
    entities: list[Entity] = []


#: Scalar fields of a case, in output order (every one a Field).
CASE_FIELDS: tuple[str, ...] = tuple(
    name for name, info in Case.model_fields.items()
    if isinstance(info.default, Field)
)


def case_json_schema() -> dict[str, Any]:
    """JSON Schema of one line of cases.jsonl."""
    schema = Case.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "nordcase case record"
    return schema


def dump_case(case: Case) -> str:
    """Serialise a case as one deterministic JSON line (no sets, sorted maps, no NaN)."""
    return json.dumps(case.model_dump(mode="json"), ensure_ascii=False, sort_keys=False,
                      separators=(",", ":"), allow_nan=False)
