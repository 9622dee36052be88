"""Repository functions: each takes the caller's Session (one per user action) and never commits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Any, NamedTuple

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.storage.models import (
    AiSystemRow,
    AnswerRow,
    AssessmentRow,
    ExportRow,
    HistoryRow,
    ProfileRow,
    QuestionnaireSourceRow,
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


# Hot-path statements are built once with bound parameters, so each answer only binds values
# (building a statement from literal values costs more than the SQLite write itself).
_ANSWERS_OF = (select(AnswerRow.question_id, AnswerRow.value_json, AnswerRow.comment)
               .where(AnswerRow.assessment_id == bindparam("aid")))
_SOME_ANSWERS = _ANSWERS_OF.where(AnswerRow.question_id.in_(bindparam("qids", expanding=True)))
_HEADER = (select(AssessmentRow.questionnaire_id, AssessmentRow.questionnaire_version,
                  AssessmentRow.questionnaire_sha256, AssessmentRow.status,
                  AssessmentRow.updated_at, AssessmentRow.trashed_at)
           .where(AssessmentRow.id == bindparam("aid")))
_HISTORY = insert(HistoryRow)
_REMOVE = delete(AnswerRow).where(AnswerRow.assessment_id == bindparam("aid"),
                                  AnswerRow.question_id == bindparam("qid"))
_INSERT = sqlite_insert(AnswerRow)
_UPSERT = _INSERT.on_conflict_do_update(
    index_elements=[AnswerRow.assessment_id, AnswerRow.question_id],
    set_={"value_json": _INSERT.excluded.value_json, "comment": _INSERT.excluded.comment,
          "updated_at": _INSERT.excluded.updated_at})


def answer_values_of(session: Session, assessment_id: int,
                     question_ids: Collection[str]) -> dict[str, tuple[str | None, str | None]]:
    """question id -> (value JSON, comment) of some questions, without ORM objects (the hot path:
    a save reads what it can change, not every answer of the assessment)."""
    # Core statements on the session's connection: the same transaction, without ORM overhead.
    rows = session.connection().execute(_SOME_ANSWERS, {"aid": assessment_id,
                                                        "qids": list(question_ids)})
    return {qid: (value, comment) for qid, value, comment in rows}


def write_answer(session: Session, assessment_id: int, question_id: str, value_json: str | None,
                 comment: str | None, now: dt.datetime) -> None:
    """The one way answers are written: insert or update the answer, or remove it when neither a
    value nor a comment is left. (Its history entry is the caller's: `append_history`.)"""
    if value_json is None and comment is None:
        session.connection().execute(_REMOVE, {"aid": assessment_id, "qid": question_id})
        return
    session.connection().execute(_UPSERT, {"assessment_id": assessment_id, "question_id": question_id,
                              "value_json": value_json, "comment": comment, "updated_at": now})


class AssessmentHeader(NamedTuple):
    """What saving an answer needs to know about its assessment (no ORM object is built)."""

    questionnaire_id: str
    questionnaire_version: str
    questionnaire_sha256: str
    status: AssessmentStatus
    updated_at: dt.datetime
    trashed_at: dt.datetime | None


def assessment_header(session: Session, assessment_id: int) -> AssessmentHeader | None:
    row = session.connection().execute(_HEADER, {"aid": assessment_id}).first()
    return None if row is None else AssessmentHeader(*row)


# After a save: the time, the progress moved by the difference the save made and, when the
# answer changed a completed assessment, its result dropped (it is provisional again).
_SAVED = (update(AssessmentRow).where(AssessmentRow.id == bindparam("aid"))
          .values(updated_at=bindparam("now"),
                  answered=AssessmentRow.answered + bindparam("answered"),
                  applicable=AssessmentRow.applicable + bindparam("applicable")))
_SAVED_AS_DRAFT = _SAVED.values(status=AssessmentStatus.DRAFT, band_id=None, completed_at=None)


def answer_saved(session: Session, assessment_id: int, now: dt.datetime, answered: int,
                 applicable: int, *, back_to_draft: bool) -> None:
    """Record on the assessment that one answer was saved (the hot path: a prepared statement)."""
    session.connection().execute(_SAVED_AS_DRAFT if back_to_draft else _SAVED, {
        "aid": assessment_id, "now": now, "answered": answered, "applicable": applicable})


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


def append_history(session: Session, entry: HistoryValues) -> None:
    """The one way history is written: a plain INSERT (the hot path; the table is append-only)."""
    session.connection().execute(_HISTORY, entry._asdict())


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

