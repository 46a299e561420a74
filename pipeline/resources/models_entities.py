"""Pydantic model of entities.yaml: what the rule-based entity ruler knows per language."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class RuleConfidence(BaseModel):
    """Confidence of each ruler pattern kind: how specific the evidence is."""

    model_config = ConfigDict(extra="forbid")

    org_suffix: float = Field(ge=0.0, le=1.0)
    org_prefix: float = Field(ge=0.0, le=1.0)
    org_word: float = Field(ge=0.0, le=1.0)
    org_label: float = Field(ge=0.0, le=1.0)
    municipality_org: float = Field(ge=0.0, le=1.0)
    municipality: float = Field(ge=0.0, le=1.0)
    region: float = Field(ge=0.0, le=1.0)
    role_person: float = Field(ge=0.0, le=1.0)


class EntitiesFile(BaseModel):
    """entities.yaml: organisation suffixes/prefixes and other entity cues of one language."""

    model_config = ConfigDict(extra="forbid")

    country: str
    org_suffixes: list[str]
    org_prefixes: list[str] = []
    org_word_endings: list[str] = []
    name_connectors: list[str] = []
    association_endings: list[str] = []
    municipal_office_prefixes: list[str] = []
    municipality_suffixes: list[str]
    role_titles: list[str] = []
    role_suffixes: list[str] = []
    place_needs_cue: list[str] = []
    org_labels: list[str] = []
    non_entities: list[str] = []
    rule_confidence: RuleConfidence

    @model_validator(mode="after")
    def _unique(self) -> "EntitiesFile":
        for name in ("org_suffixes", "org_prefixes", "org_word_endings", "name_connectors", "association_endings",
                     "municipal_office_prefixes", "municipality_suffixes", "role_titles", "role_suffixes",
                     "place_needs_cue", "org_labels", "non_entities"):
            values = getattr(self, name)
            folded = [v.casefold() for v in values]
            dupes = sorted({v for v in folded if folded.count(v) > 1})
            if dupes:
                raise ValueError(f"{name}: duplicate entries {dupes}")
            if any(not v.strip() for v in values):
                raise ValueError(f"{name}: empty entry")
        return self
