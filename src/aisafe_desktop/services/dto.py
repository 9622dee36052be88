"""Plain data handed to the GUI and CLI: no ORM rows ever leave the services layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from aisafe_desktop.core.answers import Answer
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.services.summaries import AssessmentSummary as AssessmentSummary
from aisafe_desktop.services.summaries import OrganisationProfile as OrganisationProfile

# ISO 3166-1 alpha-2 codes of the 11 ASEAN member states (Timor-Leste joined in October 2025).
ASEAN_COUNTRIES: Mapping[str, str] = MappingProxyType({
    "BN": "Brunei Darussalam", "KH": "Cambodia", "ID": "Indonesia", "LA": "Lao PDR",
    "MY": "Malaysia", "MM": "Myanmar", "PH": "Philippines", "SG": "Singapore",
    "TH": "Thailand", "TL": "Timor-Leste", "VN": "Viet Nam",
})

@dataclass(frozen=True)
class AiSystemInfo:
    id: int
    name: str
    purpose: str = ""
    vendor: str = ""
    status: str = "in use"




@dataclass(frozen=True)
class AssessmentState:
    id: int
    title: str
    questionnaire: Questionnaire  # built from the copy stored with the assessment
    questionnaire_sha256: str
    language: str
    status: AssessmentStatus
    answers: Mapping[str, Answer]
    updated_at: dt.datetime
    ai_system_id: int | None = None
    trashed: bool = False
    # questions whose answer is still the one prefilled from the organisation profile
    prefilled: frozenset[str] = frozenset()


@dataclass(frozen=True)
class HistoryEntry:
    question_id: str
    old_value: object
    new_value: object
    old_comment: str | None
    new_comment: str | None
    changed_at: dt.datetime
    os_user: str
    reason: str = "answer"  # answer | comment | import | duplicate | upgrade


@dataclass(frozen=True)
class UpgradeReport:
    from_version: str
    to_version: str
    carried: list[str] = field(default_factory=list)  # answers whose value was kept
    # Answers the user should look at again, with why: removed, type or options changed (value
    # cleared; the history keeps it), or wording / options changed (value kept, please confirm).
    needs_confirmation: list[tuple[str, str]] = field(default_factory=list)
    added: list[str] = field(default_factory=list)  # questions new in this version
