"""Answering: each answer is committed in its own transaction before the call returns.

The answer, its history entry and the assessment's stored progress change together in that one
transaction, so the list of assessments never disagrees with the answers.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from aisafe_desktop.core.answers import is_answered, value_problem
from aisafe_desktop.core.applicability import applicable_questions
from aisafe_desktop.core.scoring import ScoreResult, score
from aisafe_desktop.services.assessments_store import Store, dump_value, load_value, progress_of
from aisafe_desktop.services.dto import HistoryEntry
from aisafe_desktop.services.errors import Incomplete, InvalidAnswer
from aisafe_desktop.storage import repositories as repo
from aisafe_desktop.storage.models import AnswerRow, AssessmentRow, HistoryRow

_UNCHANGED: Any = object()


def record_answer(store: Store, assessment_id: int, question_id: str, value: Any,
                  comment: str | None = None) -> dt.datetime:
    """Save one answer (None, "" or [] clears it). `comment=None` leaves the comment as it is."""
    return _change(store, assessment_id, question_id, value,
                   _UNCHANGED if comment is None else comment, "answer")


def record_comment(store: Store, assessment_id: int, question_id: str,
                   comment: str | None) -> dt.datetime:
    """Save the comment / evidence note of one question ("" or None clears it)."""
    return _change(store, assessment_id, question_id, _UNCHANGED, comment, "comment")


def _change(store: Store, assessment_id: int, question_id: str, value: Any, comment: Any,
            reason: str) -> dt.datetime:
    now = store.now()
    with store.db.session() as session:
        row = store.assessment(session, assessment_id, writable=True)
        question = store.questions(session, row.questionnaire_sha256).get(question_id)
        if question is None:
            raise InvalidAnswer(question_id, f"no such question in {row.questionnaire_id} "
                                f"{row.questionnaire_version}")
        if value is not _UNCHANGED and is_answered(value):
            why = value_problem(question, value)
            if why:
                raise InvalidAnswer(question_id, why)
        current = repo.answer_rows(session, assessment_id).get(question_id)
        old_value = current.value_json if current else None
        old_comment = current.comment if current else None
        new_value = old_value if value is _UNCHANGED else (
            dump_value(value) if is_answered(value) else None)
        new_comment = old_comment if comment is _UNCHANGED else (comment or None)
        if (new_value, new_comment) == (old_value, old_comment):
            return row.updated_at  # nothing changed: no history entry, nothing to write
        write_answer(store, session, row, question_id, (old_value, new_value),
                     (old_comment, new_comment), reason, now)
        return now


def write_answer(store: Store, session: Session, row: AssessmentRow, question_id: str,
                 values: tuple[str | None, str | None], comments: tuple[str | None, str | None],
                 reason: str, now: dt.datetime) -> None:
    """Store the answer, append its history and refresh the assessment's progress."""
    if values[1] is None and comments[1] is None:
        repo.remove_answer(session, row.id, question_id)
    else:
        repo.put_answer(session, AnswerRow(assessment_id=row.id, question_id=question_id,
                                           value_json=values[1], comment=comments[1],
                                           updated_at=now))
    repo.append_history(session, HistoryRow(
        assessment_id=row.id, question_id=question_id, old_value_json=values[0],
        new_value_json=values[1], old_comment=comments[0], new_comment=comments[1],
        reason=reason, changed_at=now, os_user=store.user))
    if values[0] != values[1]:
        session.flush()
        refresh_progress(store, session, row)
        if row.status != "draft":  # a changed answer makes the result provisional again
            row.status, row.band_id, row.completed_at = "draft", None, None
    row.updated_at = now


def refresh_progress(store: Store, session: Session, row: AssessmentRow) -> None:
    model = store.model(session, row.questionnaire_sha256)
    row.answered, row.applicable = progress_of(model, store.values(session, row.id))


def progress(store: Store, assessment_id: int) -> tuple[int, int]:
    with store.db.session() as session:
        row = store.assessment(session, assessment_id)
        return row.answered, row.applicable


def missing_required(store: Store, assessment_id: int) -> list[str]:
    with store.db.session() as session:
        row = store.assessment(session, assessment_id)
        model = store.model(session, row.questionnaire_sha256)
        values = store.values(session, assessment_id)
    return [q.id for q in applicable_questions(model, values)
            if q.required and not is_answered(values.get(q.id))]


def result(store: Store, assessment_id: int) -> ScoreResult:
    with store.db.session() as session:
        row = store.assessment(session, assessment_id)
        return score(store.model(session, row.questionnaire_sha256),
                     store.values(session, assessment_id))


def complete(store: Store, assessment_id: int) -> ScoreResult:
    """Score a complete assessment and mark it completed; Incomplete lists what is missing."""
    missing = missing_required(store, assessment_id)
    if missing:
        raise Incomplete(missing)
    with store.db.session() as session:
        row = store.assessment(session, assessment_id, writable=True)
        outcome = score(store.model(session, row.questionnaire_sha256),
                        store.values(session, assessment_id))
        if row.status == "draft":
            row.status = "completed"
        row.band_id, row.completed_at = outcome.band, store.now()
        return outcome


def history(store: Store, assessment_id: int, question_id: str | None = None) -> list[HistoryEntry]:
    with store.db.session() as session:
        store.assessment(session, assessment_id)
        rows = repo.history_rows(session, assessment_id, question_id)
        return [HistoryEntry(h.question_id, load_value(h.old_value_json),
                             load_value(h.new_value_json), h.old_comment, h.new_comment,
                             h.changed_at, h.os_user, h.reason) for h in rows]
