"""ORM repository functions: each takes the caller's Session (one per user action) and never
commits. What start-up, listing, opening an assessment and answering need is plain SQL in
`storage.sql` (the one read or write path of those queries), so those never import SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from aisafe_desktop.storage.models import (
    AiSystemRow,
    AssessmentEventRow,
    AssessmentRow,
    ExportRow,
    HistoryRow,
    ProfileRow,
    QuestionnaireSourceRow,
)
from aisafe_desktop.storage.sql import PROFILE_ID


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


def history_rows(session: Session, assessment_id: int,
                 question_id: str | None) -> Sequence[HistoryRow]:
    query = select(HistoryRow).where(HistoryRow.assessment_id == assessment_id)
    if question_id is not None:
        query = query.where(HistoryRow.question_id == question_id)
    return session.scalars(query.order_by(HistoryRow.id)).all()


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

