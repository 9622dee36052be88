"""What Home shows first, without the questionnaire model: the organisation profile and the
assessment list's rows (re-exported by `dto`), and their making from the plain SQL rows of
`storage.sql` (`services.first_rows` reads Home's newest rows with these before the workspace and
its services are imported).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from typing import Any, NamedTuple

from aisafe_desktop.core.status import BY_VALUE, AssessmentStatus
from aisafe_desktop.core.text import Text


@dataclass(frozen=True)
class OrganisationProfile:
    name: str
    registration_number: str = ""
    country: str = ""  # one of ASEAN_COUNTRIES, or "" when not given
    sector: str = ""
    size: str = ""
    contact_name: str = ""
    contact_email: str = ""



class AssessmentSummary(NamedTuple):
    """One line of the assessment list (a named tuple: ten thousand are built in milliseconds)."""

    id: int
    title: str
    questionnaire_id: str
    questionnaire_version: str
    questionnaire_title: Text
    ai_system_name: str | None
    language: str
    status: AssessmentStatus
    answered: int
    applicable: int
    band_id: str | None
    band_label: Text | None
    updated_at: dt.datetime
    trashed: bool

    @property
    def progress(self) -> float:
        return 0.0 if self.applicable <= 0 else min(1.0, self.answered / self.applicable)


@cache
def _text(raw: str) -> Text:
    return Text(json.loads(raw))


@cache
def _bands(raw: str) -> dict[str, Text]:
    return {band: Text(labels) for band, labels in json.loads(raw).items()}


def summaries(rows: list[tuple[Any, ...]],
              labels: dict[str, tuple[str, str]]) -> list[AssessmentSummary]:
    """`storage.sql.list_assessments` rows, with `source_labels` for their questionnaires."""
    parse = dt.datetime.fromisoformat  # stored as ISO 8601 with "+00:00": already aware UTC
    return [AssessmentSummary(aid, title, qid, version, _text(labels[sha][0]), system, language,
                              BY_VALUE[status], answered, applicable, band,
                              _bands(labels[sha][1]).get(band) if band else None, parse(updated),
                              trashed is not None)
            for (aid, title, qid, version, sha, system, language, status, answered, applicable,
                 band, updated, trashed) in rows]
