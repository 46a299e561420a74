"""Per-language resources (pipeline/resources/<lang>/*.yaml), validated on load.

Languages are data: adding a language means adding a folder with the same files.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel

from .models_entities import EntitiesFile
from .models_numeric import MonthsFile, NumbersFile
from .models_text import CountryFile, HeadingsFile, LabelsFile

RESOURCE_DIR = Path(__file__).resolve().parent

#: file stem -> model that validates it; every language folder holds each of these.
LANGUAGE_FILES: dict[str, type[BaseModel]] = {
    "headings": HeadingsFile,
    "labels": LabelsFile,
    "months": MonthsFile,
    "numbers": NumbersFile,
    "entities": EntitiesFile,
}


class ResourceError(ValueError):
    """A resource file is missing or does not validate."""


@lru_cache(maxsize=None)
def languages() -> tuple[str, ...]:
    """Language codes that have a resource folder (da, nb, nn, sv ...)."""
    return tuple(sorted(p.name for p in RESOURCE_DIR.iterdir()
                        if p.is_dir() and len(p.name) == 2 and p.name.islower()))


def _load_yaml(path: Path) -> Any:
    if not path.is_file():
        raise ResourceError(f"missing resource file {path.relative_to(RESOURCE_DIR)}")
    with path.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def validate_file(path: Path, model: type[BaseModel]) -> BaseModel:
    """Load one YAML file and validate it; errors name the file."""
    try:
        return model.model_validate(_load_yaml(path))
    except ResourceError:
        raise
    except Exception as exc:  # pydantic.ValidationError or a YAML error
        raise ResourceError(f"{path.relative_to(RESOURCE_DIR)}: {exc}") from exc


@lru_cache(maxsize=None)
def load(lang: str, name: str) -> Any:
    """The validated resource `name` (headings, labels, months, numbers) of language `lang`."""
    if name not in LANGUAGE_FILES:
        raise ResourceError(f"unknown resource {name!r}")
    return validate_file(RESOURCE_DIR / lang / f"{name}.yaml", LANGUAGE_FILES[name])


@lru_cache(maxsize=None)
def country(code: str) -> CountryFile:
    """The validated country file countries/<code>.yaml (DK, SE, NO)."""
    return validate_file(RESOURCE_DIR / "countries" / f"{code}.yaml", CountryFile)


@lru_cache(maxsize=None)
def countries() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in (RESOURCE_DIR / "countries").glob("*.yaml")))


def country_of(lang: str) -> str:
    """Country code of a language's texts (da -> DK, sv -> SE, nb/nn -> NO)."""
    return load(lang, "labels").country


def validate_all() -> list[str]:
    """Validate every file of every language and country; return the problems found."""
    problems: list[str] = []
    for lang in languages():
        for name in LANGUAGE_FILES:
            try:
                load.__wrapped__(lang, name)
            except ResourceError as exc:
                problems.append(str(exc))
    for code in countries():
        try:
            country.__wrapped__(code)
        except ResourceError as exc:
            problems.append(str(exc))
    return problems
