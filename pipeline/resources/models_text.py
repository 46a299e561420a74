"""Pydantic models of the text-lexicon resource files: headings.yaml, labels.yaml, countries/*.yaml."""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from ..schema import SECTION_KEYS

#: Label groups every language's labels.yaml must define (value may be an empty list).
LABEL_KEYS = (
    "title", "organisation", "responsible", "municipality", "period", "start_date", "end_date", "document_date", "meeting_date",
    "budget_total", "budget_per_year", "budget_other", "status", "contact", "contact_name", "case_officer", "contact_role",
    "phone", "email",
    "participants_planned", "participants_reached", "target_age", "evaluated",
    "goal_fulfilment", "implemented_as_planned", "program",
)

#: Phrase groups every language's labels.yaml must define.
PHRASE_KEYS = (
    "not_stated", "status_project", "status_in_operation", "status_completed", "status_completed_told", "not_yet_words", "status_conditional",
    "evaluated_yes", "evaluated_no", "evaluation_internal", "evaluation_external", "evaluation_done", "evaluation_kinded", "evaluator_by", "external_evaluator_stems", "evaluation_report_kinds", "evaluation_refs", "evaluation_negation", "evaluation_stems", "own_survey_cue", "survey_words", "survey_report_kinds", "without_words",
    "rating_1", "rating_2", "rating_3", "rating_4",
    "age_max", "age_min", "age_min_after", "most_of", "age_unit", "start_cue", "end_cue", "start_preposition", "end_preposition", "period_words", "extended_to", "range_joiners",
    "and_words", "or_words", "clause_joiners", "between", "out_of", "slide_words", "page_chrome", "meeting_words", "dated_words", "extension_words", "minutes_kinds", "document_kinds", "facts_about", "issue_words", "newsletter_kinds", "table_header_words", "agenda_item", "application_kinds", "report_kinds", "annual_report_kinds", "report_of", "label_of_case", "name_joiners", "project_words", "definite_endings", "email_headers", "email_subject", "email_from", "email_sent", "first_person", "reply_prefixes", "attention", "org_number_words", "editor_words", "addressed_to", "copulas", "funder_owners", "partner_headings", "presents", "pronoun_is", "lead_of", "own_bodies", "board_roles", "answer_labels", "project_is", "published_cue", "byline_by", "articles", "not_a_name", "closing_greetings", "total_row", "budget_column", "accounts_column", "contact_verbs", "reach_at", "name_titles", "role_at",
    "participants_reached_cue", "participants_planned_cue", "planned_row", "reached_row", "you_are", "places_nouns", "goal_of", "managed_to_reach", "people_nouns", "helper_nouns", "took_part", "approx",
    "municipality_suffix", "partner_joiners", "relative_pronouns", "stands_behind", "run_by", "contact_is", "contact_as", "funder_joiners", "version_cue", "auditor_report", "sum_words", "year_of", "per_year", "per_month", "total_cue", "share_of",
    "rating_goal_words", "rating_plan_words", "goal_reached", "status_word_project", "status_word_in_operation",
)


def check_unique(variants_by_key: dict[str, list[str]], what: str) -> None:
    """Fail on an empty or a duplicate (case-folded) variant across all groups of a file."""
    seen: dict[str, str] = {}
    for key, variants in variants_by_key.items():
        for v in variants:
            folded = v.casefold().strip()
            if not folded:
                raise ValueError(f"{what}: empty variant under {key!r}")
            if folded in seen:
                raise ValueError(f"{what}: duplicate variant {v!r} under {key!r} and {seen[folded]!r}")
            seen[folded] = key


class HeadingsFile(BaseModel):
    """headings.yaml: canonical section key -> heading variants as written in that language."""

    model_config = ConfigDict(extra="forbid")

    headings: dict[str, list[str]]

    @field_validator("headings")
    @classmethod
    def _known_keys(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(SECTION_KEYS))
        if unknown:
            raise ValueError(f"unknown section keys: {unknown}")
        missing = sorted(set(SECTION_KEYS) - set(value))
        if missing:
            raise ValueError(f"section keys without variants: {missing}")
        check_unique(value, "headings")
        return value


class LabelsFile(BaseModel):
    """labels.yaml: field labels, fixed phrases, role titles and the language's country."""

    model_config = ConfigDict(extra="forbid")

    country: str
    labels: dict[str, list[str]]
    phrases: dict[str, list[str]]
    roles: list[str]
    role_suffixes: list[str]
    title_skip: list[str] = []

    @field_validator("labels")
    @classmethod
    def _label_keys(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(LABEL_KEYS))
        missing = sorted(set(LABEL_KEYS) - set(value))
        if unknown or missing:
            raise ValueError(f"labels: unknown keys {unknown}, missing keys {missing}")
        check_unique(value, "labels")
        return value

    @field_validator("phrases")
    @classmethod
    def _phrase_keys(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(PHRASE_KEYS))
        missing = sorted(set(PHRASE_KEYS) - set(value))
        if unknown or missing:
            raise ValueError(f"phrases: unknown keys {unknown}, missing keys {missing}")
        for key, variants in value.items():
            check_unique({key: variants}, f"phrases.{key}")
        return value

    @model_validator(mode="after")
    def _roles_unique(self) -> "LabelsFile":
        check_unique({"roles": self.roles}, "roles")
        check_unique({"role_suffixes": self.role_suffixes}, "role_suffixes")
        return self


class CountryFile(BaseModel):
    """countries/<CC>.yaml: currency, phone region, municipalities and regions of one country."""

    model_config = ConfigDict(extra="forbid")

    code: str
    currency: str
    phone_region: str
    email_tlds: list[str]
    municipalities: list[str]
    regions: list[str] = []
    municipality_aliases: dict[str, str] = {}
    notes: Optional[str] = None

    @model_validator(mode="after")
    def _unique(self) -> "CountryFile":
        check_unique({"municipalities": self.municipalities}, f"{self.code} municipalities")
        return self
