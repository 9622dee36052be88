"""Answers prefilled from the organisation profile when an assessment starts.

A question opts in with a tag `profile:<field>` (`profile:country`, `profile:org-type`,
`profile:size`); the shipped questionnaires tag the readiness questionnaire's country,
organisation type and size and the generative-AI addendum's country question (`markets`). The
value is written like any answer, with "profile" as the history's reason, so it stays editable;
`AssessmentState.prefilled` names the questions whose answer is still the prefilled one, and the
GUI marks them. The CLI (`aisafe assessment new`) and the GUI share `create_from_entry`.
"""

from __future__ import annotations

import enum
from typing import Any

from aisafe_desktop.core.model import Question, Questionnaire, QuestionType
from aisafe_desktop.services.dto import OrganisationProfile

PREFILL_REASON = "profile"  # answer_history.reason of a prefilled answer
TAG_PREFIX = "profile:"


class ProfileField(enum.StrEnum):
    """The profile facts a question can be prefilled with (the part after "profile:")."""

    COUNTRY = "country"
    ORG_TYPE = "org-type"
    SIZE = "size"


# profile size (gui/profile_form.SIZES) → the organisation type it implies; "public" is the
# profile's "Government agency or public body", which says nothing about the number of staff
_ORG_TYPE_OF_SIZE = {"public": "government"}
_STAFF_SIZES = frozenset({"micro", "small", "medium", "large"})


def profile_facts(profile: OrganisationProfile) -> dict[ProfileField, str]:
    """What the profile says, as option values (country codes are lower-case options)."""
    facts: dict[ProfileField, str] = {}
    if profile.country:
        facts[ProfileField.COUNTRY] = profile.country.strip().lower()
    size = profile.size.strip().lower()
    if size in _STAFF_SIZES:
        facts[ProfileField.SIZE] = size
    if size in _ORG_TYPE_OF_SIZE:
        facts[ProfileField.ORG_TYPE] = _ORG_TYPE_OF_SIZE[size]
    return facts


def _field_of(question: Question) -> ProfileField | None:
    for tag in question.tags:
        if tag.startswith(TAG_PREFIX):
            try:
                return ProfileField(tag.removeprefix(TAG_PREFIX))
            except ValueError:
                continue  # e.g. profile:sector: the profile's sector is free text
    return None


def prefill_values(
    questionnaire: Questionnaire, profile: OrganisationProfile | None
) -> dict[str, Any]:
    """Question id → the answer the profile gives it (only values among the options)."""
    if profile is None:
        return {}
    facts = profile_facts(profile)
    values: dict[str, Any] = {}
    for _section, question in questionnaire.questions():
        field = _field_of(question)
        fact = facts.get(field) if field is not None else None
        if fact is None or question.option(fact) is None:
            continue
        if question.type is QuestionType.SINGLE_CHOICE:
            values[question.id] = fact
        elif question.type is QuestionType.MULTIPLE_CHOICE:
            values[question.id] = [fact]
    return values
