"""Every language's resource files load and validate; bad files are refused."""
from __future__ import annotations

import pytest
import yaml

from pipeline import resources
from pipeline.resources import ResourceError, validate_file
from pipeline.resources.models_text import HeadingsFile, LabelsFile
from pipeline.schema import SECTION_KEYS

LANGS = ("da", "sv", "nb", "nn")


def test_languages_and_countries_are_found():
    assert resources.languages() == ("da", "nb", "nn", "sv")
    assert resources.countries() == ("DK", "NO", "SE")


def test_every_resource_file_validates():
    assert resources.validate_all() == []


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_every_section_key(lang):
    assert sorted(resources.load(lang, "headings").headings) == sorted(SECTION_KEYS)


@pytest.mark.parametrize("lang,country", [("da", "DK"), ("sv", "SE"), ("nb", "NO"), ("nn", "NO")])
def test_country_of_language(lang, country):
    assert resources.country_of(lang) == country
    assert resources.country(country).currency == {"DK": "DKK", "SE": "SEK", "NO": "NOK"}[country]


def _headings(**changes):
    data = {key: [f"Heading {key}"] for key in SECTION_KEYS}
    data.update(changes)
    return {"headings": data}


def _write(tmp_path, data):
    path = resources.RESOURCE_DIR / "da" / "headings.yaml"
    target = tmp_path / "headings.yaml"
    target.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return target


def test_unknown_section_key_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "RESOURCE_DIR", tmp_path)
    path = _write(tmp_path, _headings(budget_lines=["Budgetlinjer"]))
    with pytest.raises(ResourceError, match="unknown section keys: \\['budget_lines'\\]"):
        validate_file(path, HeadingsFile)


def test_duplicate_heading_variant_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "RESOURCE_DIR", tmp_path)
    path = _write(tmp_path, _headings(purpose=["Formål"], goals=["formål"]))
    with pytest.raises(ResourceError, match="duplicate variant '[Ff]ormål' under 'purpose' and 'goals'"):
        validate_file(path, HeadingsFile)


def test_missing_section_key_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(resources, "RESOURCE_DIR", tmp_path)
    data = _headings()
    del data["headings"]["details"]
    path = _write(tmp_path, data)
    with pytest.raises(ResourceError, match="section keys without variants: \\['details'\\]"):
        validate_file(path, HeadingsFile)


def test_extra_top_level_key_in_labels_is_refused(tmp_path, monkeypatch):
    good = yaml.safe_load((resources.RESOURCE_DIR / "sv" / "labels.yaml").read_text(encoding="utf-8"))
    monkeypatch.setattr(resources, "RESOURCE_DIR", tmp_path)
    good["colours"] = ["röd"]
    path = tmp_path / "labels.yaml"
    path.write_text(yaml.safe_dump(good, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ResourceError, match="colours"):
        validate_file(path, LabelsFile)


@pytest.mark.parametrize("lang", LANGS)
def test_phrase_groups_are_the_same_in_every_language(lang):
    assert sorted(resources.load(lang, "labels").phrases) == sorted(resources.load("da", "labels").phrases)
    assert sorted(resources.load(lang, "labels").labels) == sorted(resources.load("da", "labels").labels)


@pytest.mark.parametrize("lang, text, expected", [
    ("nb", "NAV Hamar", True), ("nb", "Navn: Trond Haugen", False), ("sv", "Region Västerbotten", True),
    ("sv", "Regionala frågor", False), ("da", "Jobcenter Holstebro", True), ("da", "Jobcentrets rolle", False),
])
def test_organisation_openers_are_whole_words(lang, text, expected):
    from pipeline import lexicon

    assert lexicon.is_organisation(text, lang) is expected
