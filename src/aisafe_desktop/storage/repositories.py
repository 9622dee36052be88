"""Repository functions: each takes the caller's Session (one per user action) and never commits."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection, Sequence
from typing import Any, NamedTuple

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from aisafe_desktop.core.status import BY_VALUE, AssessmentStatus
from aisafe_desktop.storage.models import (
    AiSystemRow,
    AnswerRow,
    AssessmentEventRow,
    AssessmentRow,
    ExportRow,
    HistoryRow,
    ProfileRow,
    QuestionnaireSourceRow,
    utc_from_text,
    utc_text,
)

PROFILE_ID = 1


def get_profile(session: Session) -> ProfileRow | None:
    return session.get(ProfileRow, PROFILE_ID)


def save_profile(session: Session, fields: dict[str, str], now: dt.datetime) -> None:
    row = session.get(ProfileRow, PROFILE_ID) or ProfileRow(id=PROFILE_ID)
    for name, value in fields.items():
        setattr(row, name, value)
    row.updated_at = now
    session.add(row)


def list_ai_systems(session: Session) -> Sequence[AiSystemRow]:
    return session.scalars(select(AiSystemRow).order_by(AiSystemRow.name, AiSystemRow.id)).all()


def add_ai_system(session: Session, row: AiSystemRow) -> AiSystemRow:
    session.add(row)
    session.flush()  # assigns the id
    return row


def store_source(session: Session, row: QuestionnaireSourceRow) -> None:
    """Keep a copy of a questionnaire's text; identical texts (same SHA-256) are stored once."""
    if session.get(QuestionnaireSourceRow, row.sha256) is None:
        session.add(row)
        session.flush()


def get_source(session: Session, sha256: str) -> QuestionnaireSourceRow | None:
    return session.get(QuestionnaireSourceRow, sha256)


def sources_for(session: Session, questionnaire_id: str,
                version: str) -> Sequence[QuestionnaireSourceRow]:
    return session.scalars(select(QuestionnaireSourceRow).where(
        QuestionnaireSourceRow.questionnaire_id == questionnaire_id,
        QuestionnaireSourceRow.version == version)).all()


def add_assessment(session: Session, row: AssessmentRow) -> AssessmentRow:
    session.add(row)
    session.flush()
    return row


def get_assessment(session: Session, assessment_id: int) -> AssessmentRow | None:
    return session.get(AssessmentRow, assessment_id)


# The list view's query, as plain SQL on the DB-API cursor: 10,000 rows must come back in well
# under 100 ms, and per-row type processing would cost more than SQLite itself. No ORDER BY: a
# table scan plus a sort in Python is several times faster than walking an index for every row.
_LIST_SQL = """
SELECT a.id, a.title, a.questionnaire_id, a.questionnaire_version, a.questionnaire_sha256,
       s.name, a.language, a.status, a.answered, a.applicable, a.band_id, a.updated_at,
       a.trashed_at
FROM assessments AS a LEFT JOIN ai_systems AS s ON s.id = a.ai_system_id"""


def list_assessments(session: Session, include_trashed: bool) -> list[tuple[Any, ...]]:
    """Plain tuples (timestamps as ISO text), newest first by updated_at."""
    sql = _LIST_SQL if include_trashed else _LIST_SQL + " WHERE a.trashed_at IS NULL"
    driver = session.connection().connection.driver_connection  # same transaction, plain tuples
    assert driver is not None
    rows: list[tuple[Any, ...]] = driver.execute(sql).fetchall()
    rows.sort(key=lambda r: (r[11], r[0]), reverse=True)
    return rows


def source_labels(session: Session) -> dict[str, tuple[str, str]]:
    """sha256 -> (title_json, bands_json) of every stored questionnaire copy."""
    rows = session.execute(select(QuestionnaireSourceRow.sha256, QuestionnaireSourceRow.title_json,
                                  QuestionnaireSourceRow.bands_json)).all()
    return {sha: (title, bands) for sha, title, bands in rows}


def answer_rows(session: Session, assessment_id: int) -> dict[str, AnswerRow]:
    rows = session.scalars(select(AnswerRow).where(AnswerRow.assessment_id == assessment_id))
    return {row.question_id: row for row in rows}


def driver_of(session: Session) -> sqlite3.Connection:
    """The session's own DB-API connection, in its transaction (for the answer write path)."""
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


# The answers and their history are written in one way only: the plain SQL statements below, on
# the DB-API connection of the unit of work (an answer save's `Database.writing()`, or
# `driver_of(session)` inside a session: importing, duplicating, upgrading). Saving an answer is
# the hot path of the app (one call per click): these are a handful of SQLite statements, and
# SQLAlchemy's statement execution (~50 µs each) and session would cost several times what SQLite
# itself does. The sqlite3 module keeps each statement prepared (its statement cache).
_HEADER_SQL = ("SELECT questionnaire_id, questionnaire_version, questionnaire_sha256, status, "
               "updated_at, trashed_at FROM assessments WHERE id = ?")
_ANSWERS_SQL = "SELECT question_id, value_json, comment FROM answers WHERE assessment_id = ?"
_UPSERT_SQL = ("INSERT INTO answers (assessment_id, question_id, value_json, comment, updated_at) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
               "value_json = excluded.value_json, comment = excluded.comment, "
               "updated_at = excluded.updated_at")
_REMOVE_SQL = "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?"
_HISTORY_SQL = ("INSERT INTO answer_history (assessment_id, question_id, old_value_json, "
                "new_value_json, old_comment, new_comment, reason, changed_at, os_user) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
# After a save: the time, the progress moved by the difference the save made and, when the
# answer changed a completed assessment, its result dropped (it is provisional again).
_SAVED_SQL = ("UPDATE assessments SET updated_at = ?, answered = answered + ?, "
              "applicable = applicable + ? WHERE id = ?")
_SAVED_AS_DRAFT_SQL = ("UPDATE assessments SET updated_at = ?, answered = answered + ?, "
                       "applicable = applicable + ?, status = ?, band_id = NULL, "
                       "completed_at = NULL WHERE id = ?")
_SOME_ANSWERS_SQL: dict[int, str] = {}  # by number of question ids: each text prepared once


def answer_values_of(driver: sqlite3.Connection, assessment_id: int,
                     question_ids: Collection[str]) -> dict[str, tuple[str | None, str | None]]:
    """question id -> (value JSON, comment) of some questions (the hot path: a save reads what it
    can change, not every answer of the assessment)."""
    count = len(question_ids)
    sql = _SOME_ANSWERS_SQL.get(count)
    if sql is None:
        sql = _SOME_ANSWERS_SQL.setdefault(
            count, f"{_ANSWERS_SQL} AND question_id IN ({', '.join('?' * count)})")
    rows = driver.execute(sql, (assessment_id, *question_ids))
    return {qid: (value, comment) for qid, value, comment in rows}


def write_answer(driver: sqlite3.Connection, assessment_id: int, question_id: str,
                 value_json: str | None, comment: str | None, now: dt.datetime) -> None:
    """The one way answers are written: insert or update the answer, or remove it when neither a
    value nor a comment is left. (Its history entry is the caller's: `append_history`.)"""
    if value_json is None and comment is None:
        driver.execute(_REMOVE_SQL, (assessment_id, question_id))
        return
    driver.execute(_UPSERT_SQL, (assessment_id, question_id, value_json, comment, utc_text(now)))


class AssessmentHeader(NamedTuple):
    """What saving an answer needs to know about its assessment (no ORM object is built)."""

    questionnaire_id: str
    questionnaire_version: str
    questionnaire_sha256: str
    status: AssessmentStatus
    updated_at: dt.datetime
    trashed_at: dt.datetime | None


def assessment_header(driver: sqlite3.Connection, assessment_id: int) -> AssessmentHeader | None:
    row = driver.execute(_HEADER_SQL, (assessment_id,)).fetchone()
    if row is None:
        return None
    questionnaire_id, version, sha256, status, updated_at, trashed_at = row
    return AssessmentHeader(questionnaire_id, version, sha256, BY_VALUE[status],
                            utc_from_text(updated_at),
                            None if trashed_at is None else utc_from_text(trashed_at))


def answer_saved(driver: sqlite3.Connection, assessment_id: int, now: dt.datetime, answered: int,
                 applicable: int, *, back_to_draft: bool) -> None:
    """Record on the assessment that one answer was saved (the hot path: a prepared statement)."""
    if back_to_draft:
        driver.execute(_SAVED_AS_DRAFT_SQL, (utc_text(now), answered, applicable,
                                             AssessmentStatus.DRAFT.value, assessment_id))
    else:
        driver.execute(_SAVED_SQL, (utc_text(now), answered, applicable, assessment_id))


class HistoryValues(NamedTuple):
    """One change of one answer, as the history table records it."""

    assessment_id: int
    question_id: str
    old_value_json: str | None
    new_value_json: str | None
    old_comment: str | None
    new_comment: str | None
    reason: str
    changed_at: dt.datetime
    os_user: str


def append_history(driver: sqlite3.Connection, entry: HistoryValues) -> None:
    """The one way history is written: a plain INSERT (the table is append-only: triggers refuse
    UPDATE and DELETE)."""
    driver.execute(_HISTORY_SQL, (*entry[:7], utc_text(entry.changed_at), entry.os_user))


def history_rows(session: Session, assessment_id: int,
                 question_id: str | None) -> Sequence[HistoryRow]:
    query = select(HistoryRow).where(HistoryRow.assessment_id == assessment_id)
    if question_id is not None:
        query = query.where(HistoryRow.question_id == question_id)
    return session.scalars(query.order_by(HistoryRow.id)).all()


def last_reasons(session: Session, assessment_id: int, reason: str) -> frozenset[str]:
    """The questions whose latest history entry has `reason` (e.g. still as prefilled): two
    index lookups, only over questions that ever had such an entry."""
    having = select(HistoryRow.question_id).where(
        HistoryRow.assessment_id == assessment_id, HistoryRow.reason == reason)
    latest = (select(func.max(HistoryRow.id)).where(
        HistoryRow.assessment_id == assessment_id, HistoryRow.question_id.in_(having))
        .group_by(HistoryRow.question_id))
    return frozenset(session.scalars(select(HistoryRow.question_id).where(
        HistoryRow.id.in_(latest), HistoryRow.reason == reason)))


def set_trashed(session: Session, assessment_id: int, when: dt.datetime | None) -> None:
    session.execute(update(AssessmentRow).where(AssessmentRow.id == assessment_id)
                    .values(trashed_at=when))


def delete_trashed(session: Session) -> int:
    """Remove trashed assessments for good; answers, history and exports go with them."""
    ids = session.scalars(select(AssessmentRow.id).where(
        AssessmentRow.trashed_at.is_not(None))).all()
    if ids:
        session.execute(delete(AssessmentRow).where(AssessmentRow.id.in_(ids)))
    return len(ids)


def add_export(session: Session, row: ExportRow) -> None:
    session.add(row)


def add_event(session: Session, row: AssessmentEventRow) -> None:
    """Append a completion or an upgrade (the table is append-only: triggers refuse changes)."""
    session.add(row)


def event_rows(session: Session, assessment_id: int) -> Sequence[AssessmentEventRow]:
    return session.scalars(select(AssessmentEventRow).where(
        AssessmentEventRow.assessment_id == assessment_id).order_by(AssessmentEventRow.id)).all()


def export_rows(session: Session, assessment_id: int) -> Sequence[ExportRow]:
    return session.scalars(select(ExportRow).where(ExportRow.assessment_id == assessment_id)
                           .order_by(ExportRow.id)).all()

