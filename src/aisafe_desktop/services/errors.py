"""Typed errors of the services layer. The GUI and CLI catch these and word them for users."""

from __future__ import annotations

from collections.abc import Sequence

from aisafe_desktop.core.errors import AisafeError, Message
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

SHOWN = 5  # how many items of a long list a message names


class WorkspaceError(AisafeError):
    """A user action cannot be done; the message says why and what to do."""


class AssessmentNotFound(WorkspaceError):
    def __init__(self, assessment_id: int) -> None:
        super().__init__("there is no assessment {assessment_id}", assessment_id=assessment_id)
        self.assessment_id = assessment_id


class AssessmentInTrash(WorkspaceError):
    def __init__(self, assessment_id: int) -> None:
        super().__init__("assessment {assessment_id} is in the trash; restore it to change it",
                         assessment_id=assessment_id)
        self.assessment_id = assessment_id


class InvalidAnswer(WorkspaceError):
    """`reason` says why the value does not fit the question (a translatable `Message`)."""

    def __init__(self, question_id: str, reason: Message) -> None:
        super().__init__("{question_id}: {reason}", question_id=question_id, reason=reason)
        self.question_id = question_id
        self.reason = reason


class InvalidInput(WorkspaceError):
    """A field of a form (profile, AI system, title) is not acceptable; `reason` says why."""

    def __init__(self, field_name: str, reason: Message) -> None:
        super().__init__("{reason}", reason=reason)
        self.field_name = field_name
        self.reason = reason


class Incomplete(WorkspaceError):
    def __init__(self, missing: Sequence[str]) -> None:
        if len(missing) > SHOWN:
            super().__init__("required questions not answered yet ({count}): {questions} "
                             "and {more} more", count=len(missing),
                             questions=", ".join(missing[:SHOWN]), more=len(missing) - SHOWN)
        else:
            super().__init__("required questions not answered yet ({count}): {questions}",
                             count=len(missing), questions=", ".join(missing))
        self.missing = list(missing)


class QuestionnaireUnavailable(WorkspaceError):
    """The questionnaire an answers document names is neither installed nor stored here."""


class ImportRejected(WorkspaceError):
    """The answers document does not fit its questionnaire; `problems` lists every reason."""

    def __init__(self, problems: Sequence[Message]) -> None:
        shown = list(problems[:3])
        if len(problems) > 3:
            super().__init__("the answers cannot be imported: {problems} (and {more} more)",
                             problems=shown, more=len(problems) - 3)
        else:
            super().__init__("the answers cannot be imported: {problems}", problems=shown)
        self.problems = list(problems)
