"""Answering: each answer is committed in its own transaction before the call returns.

The answer, its history entry and the assessment's stored progress change together in that one
transaction, so the list of assessments never disagrees with the answers. This is the hot path of
the app (one call per click), so it uses plain SQL statements rather than ORM objects.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from aisafe_desktop.core.answers import is_answered, value_problem
from aisafe_desktop.core.applicability import applicable_questions
from aisafe_desktop.core.condition_graph import progress_change
from aisafe_desktop.core.display import plain_text
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult, score
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.services.assessments_store import (
    BAD_TEXT,
    Store,
    dump_value,
    load_value,
    progress_of,
    storable,
)
from aisafe_desktop.services.dto import HistoryEntry
from aisafe_desktop.services.errors import (
    AssessmentInTrash,
    AssessmentNotFound,
    Incomplete,
    InvalidAnswer,
)
from aisafe_desktop.storage import sql

if TYPE_CHECKING:  # the ORM is loaded by the use cases that need it, not at start-up
    from sqlalchemy.orm import Session

    from aisafe_desktop.storage.models import AssessmentRow

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


def _new_value(question_value: Any, old: str | None) -> str | None:
    if question_value is _UNCHANGED:
        return old
    return dump_value(question_value) if is_answered(question_value) else None


def _change(store: Store, assessment_id: int, question_id: str, value: Any, comment: Any,
            reason: str) -> dt.datetime:
    now = store.now()
    with store.db.writing() as driver:  # the bare connection: see repositories' write path
        row = sql.assessment_header(driver, assessment_id)
        if row is None:
            raise AssessmentNotFound(assessment_id)
        if row.trashed_at is not None:
            raise AssessmentInTrash(assessment_id)
        model = store.parsed(row.questionnaire_sha256, driver)
        question = model.questions.get(question_id)
        if question is None:
            raise InvalidAnswer(question_id, Message(
                "no such question in {questionnaire} {version}",
                questionnaire=row.questionnaire_id, version=row.questionnaire_version))
        if not storable(value) or not storable(comment):
            raise InvalidAnswer(question_id, BAD_TEXT)
        if value is not _UNCHANGED and is_answered(value):
            why = value_problem(question, value)
            if why:
                raise InvalidAnswer(question_id, why)
        # Read only the answers this one can change the meaning of: the cost of a save does not
        # grow with the questionnaire (the dependents of a question are usually few).
        plan = model.graph.plan(question_id)
        answers = sql.answer_values_of(driver, assessment_id, plan.needed)
        old_value, old_comment = answers.get(question_id, (None, None))
        new_value = _new_value(value, old_value)
        new_comment = old_comment if comment is _UNCHANGED else (plain_text(comment or "")
                                                                  or None)
        if (new_value, new_comment) == (old_value, old_comment):
            return row.updated_at  # nothing changed: no history entry, nothing written
        store_answer(store, driver, assessment_id, question_id, (old_value, new_value),
                     (old_comment, new_comment), reason, now)
        answered = applicable = 0
        if old_value != new_value:
            before = {q: load_value(v) for q, (v, _) in answers.items() if v is not None}
            after = {q: v for q, v in before.items() if q != question_id}
            if new_value is not None:
                after[question_id] = load_value(new_value)
            answered, applicable = progress_change(plan, before, after)
        # A changed answer makes a completed result provisional again.
        sql.answer_saved(driver, assessment_id, now, answered, applicable,
                          back_to_draft=old_value != new_value
                          and row.status is not AssessmentStatus.DRAFT)
        return now


def store_answer(store: Store, driver: sqlite3.Connection, assessment_id: int, question_id: str,
                 values: tuple[str | None, str | None], comments: tuple[str | None, str | None],
                 reason: str, now: dt.datetime) -> None:
    """Store the answer (or clear it) and append its history entry: the one place both are
    written (saving, importing, duplicating and upgrading all come here, on the unit of work's
    DB-API connection: `sql.driver_of(session)` inside a session). A comment is stored without
    control characters (core.display.plain_text); answers are, through `dump_value`."""
    comment = plain_text(comments[1]) if comments[1] else comments[1]
    sql.write_answer(driver, assessment_id, question_id, values[1], comment, now)
    sql.append_history(driver, sql.HistoryValues(
        assessment_id, question_id, values[0], values[1], comments[0], comment, reason, now,
        store.user))


def refresh_progress(store: Store, session: Session, row: AssessmentRow) -> None:
    session.flush()
    model = store.model(session, row.questionnaire_sha256)
    row.answered, row.applicable = progress_of(model, store.values(session, row.id))


def progress(store: Store, assessment_id: int) -> tuple[int, int]:
    with store.db.session(read_only=True) as session:
        row = store.assessment(session, assessment_id)
        return row.answered, row.applicable


def missing_required(store: Store, assessment_id: int) -> list[str]:
    with store.db.session(read_only=True) as session:
        row = store.assessment(session, assessment_id)
        model = store.model(session, row.questionnaire_sha256)
        values = store.values(session, assessment_id)
    return missing_of(model, values)


def missing_of(model: Questionnaire, values: Mapping[str, Any]) -> list[str]:
    """The required questions that apply and have no answer, in questionnaire order."""
    return [q.id for q in applicable_questions(model, values)
            if q.required and not is_answered(values.get(q.id))]


def result(store: Store, assessment_id: int) -> ScoreResult:
    with store.db.session(read_only=True) as session:
        row = store.assessment(session, assessment_id)
        return score(store.model(session, row.questionnaire_sha256),
                     store.values(session, assessment_id))


def complete(store: Store, assessment_id: int) -> ScoreResult:
    """Score a complete assessment and mark it completed; Incomplete lists what is missing."""
    with store.db.session() as session:
        row = store.assessment(session, assessment_id, writable=True)
        return complete_in(store, row, store.model(session, row.questionnaire_sha256),
                           store.values(session, assessment_id))


def complete_in(store: Store, row: AssessmentRow, model: Questionnaire,
                values: Mapping[str, Any]) -> ScoreResult:
    """In the caller's unit of work: check that nothing required is missing (Incomplete names
    it), score once, and mark the assessment completed with its band."""
    missing = missing_of(model, values)
    if missing:
        raise Incomplete(missing)
    outcome = score(model, values)
    if row.status is AssessmentStatus.DRAFT:
        row.status = AssessmentStatus.COMPLETED
    row.band_id = outcome.band
    if row.completed_at is None:  # completed now (not the same answers completed again)
        from sqlalchemy.orm import object_session  # a completion runs in an ORM session

        from aisafe_desktop.storage import repositories as repo
        from aisafe_desktop.storage.models import AssessmentEventKind, AssessmentEventRow

        row.completed_at = store.now()
        session = object_session(row)
        assert session is not None
        repo.add_event(session, AssessmentEventRow(
            assessment_id=row.id, kind=AssessmentEventKind.COMPLETED, detail="",
            occurred_at=row.completed_at, os_user=store.user))
    return outcome


def history(store: Store, assessment_id: int, question_id: str | None = None) -> list[HistoryEntry]:
    from aisafe_desktop.storage import repositories as repo

    with store.db.session(read_only=True) as session:
        store.assessment(session, assessment_id)
        rows = repo.history_rows(session, assessment_id, question_id)
        return [HistoryEntry(h.question_id, load_value(h.old_value_json),
                             load_value(h.new_value_json), h.old_comment, h.new_comment,
                             h.changed_at, h.os_user, h.reason) for h in rows]
