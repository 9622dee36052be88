"""Typed errors of the services layer. The GUI and CLI catch these and word them for users."""

from __future__ import annotations

from collections.abc import Sequence

from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.storage.errors import (
    BackupInvalid,
    DatabaseCorrupt,
    DatabaseLocked,
    DatabaseTooNew,
    StorageError,
)

__all__ = [
    "AssessmentInTrash", "AssessmentNotFound", "BackupInvalid", "DatabaseCorrupt",
    "DatabaseLocked", "DatabaseTooNew", "ImportRejected", "Incomplete", "InvalidAnswer",
    "InvalidInput", "QuestionnaireUnavailable", "StorageError", "WorkspaceError",
]


class WorkspaceError(AisafeError):
    """A user action cannot be done; the message says why and what to do."""


class AssessmentNotFound(WorkspaceError):
    def __init__(self, assessment_id: int) -> None:
        super().__init__(f"there is no assessment {assessment_id}; "
                         "'aisafe assessments' lists them")
        self.assessment_id = assessment_id


class AssessmentInTrash(WorkspaceError):
    def __init__(self, assessment_id: int) -> None:
        super().__init__(f"assessment {assessment_id} is in the trash; restore it to change it")
        self.assessment_id = assessment_id


class InvalidAnswer(WorkspaceError):
    def __init__(self, question_id: str, message: str) -> None:
        super().__init__(f"{question_id}: {message}")
        self.question_id = question_id
        self.message = message


class InvalidInput(WorkspaceError):
    """A field of a form (profile, AI system, title) is not acceptable."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(f"{field_name}: {message}")
        self.field_name = field_name


class Incomplete(WorkspaceError):
    def __init__(self, missing: Sequence[str]) -> None:
        shown = ", ".join(missing[:5]) + (f" and {len(missing) - 5} more" if len(missing) > 5
                                          else "")
        super().__init__(f"{len(missing)} required question(s) not answered yet: {shown}")
        self.missing = list(missing)


class QuestionnaireUnavailable(WorkspaceError):
    """The questionnaire an answers document names is neither installed nor stored here."""


class ImportRejected(WorkspaceError):
    """The answers document does not fit its questionnaire; `problems` lists every reason."""

    def __init__(self, problems: Sequence[str]) -> None:
        shown = "; ".join(problems[:3]) + (f" (and {len(problems) - 3} more)"
                                           if len(problems) > 3 else "")
        super().__init__(f"the answers cannot be imported: {shown}")
        self.problems = list(problems)
