"""The life of an assessment: a closed set, stored in the database as these same strings."""

from __future__ import annotations

from enum import StrEnum


class AssessmentStatus(StrEnum):
    DRAFT = "draft"  # answers may change; any result is provisional
    COMPLETED = "completed"  # every required question answered and scored
    EXPORTED = "exported"  # a signed report was written from the completed answers


# Text from the database -> member, without Enum.__call__ (the list view builds 10,000 rows).
BY_VALUE: dict[str, AssessmentStatus] = {status.value: status for status in AssessmentStatus}
