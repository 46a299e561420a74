"""Pydantic models of the numeric resource files: months.yaml and numbers.yaml."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator


class MonthsFile(BaseModel):
    """months.yaml: month number (1-12) -> names and abbreviations as written."""

    model_config = ConfigDict(extra="forbid")

    months: dict[int, list[str]]

    @field_validator("months")
    @classmethod
    def _twelve(cls, value: dict[int, list[str]]) -> dict[int, list[str]]:
        if sorted(value) != list(range(1, 13)):
            raise ValueError("months must have exactly the keys 1..12")
        seen: dict[str, int] = {}
        for month, names in value.items():
            for name in names:
                folded = name.casefold()
                if folded in seen:
                    raise ValueError(f"duplicate month name {name!r} ({seen[folded]} and {month})")
                seen[folded] = month
        return value


class NumbersFile(BaseModel):
    """numbers.yaml: number words, scale words and currency words of one language."""

    model_config = ConfigDict(extra="forbid")

    words: dict[str, int]
    scales: dict[str, int]
    currency_words: dict[str, str]
