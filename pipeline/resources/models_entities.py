"""Pydantic model of entities.yaml: what the rule-based entity ruler knows per language."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class EntitiesFile(BaseModel):
    """entities.yaml: organisation suffixes/prefixes and other entity cues of one language."""

    model_config = ConfigDict(extra="forbid")

    org_suffixes: list[str]
    org_prefixes: list[str] = []
