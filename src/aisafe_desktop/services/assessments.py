"""Assessment life cycle: create, list, open, rename, duplicate, trash and restore, exports."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from aisafe_desktop.core.answers import Answer
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import LANGUAGE_NAMES
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.services.assessments_answers import store_answer
from aisafe_desktop.services.assessments_store import (
    BAD_TEXT,
    Store,
    dump_value,
    load_value,
    one_line,
    progress_of,
    storable,
)
from aisafe_desktop.services.dto import AssessmentState, AssessmentSummary
from aisafe_desktop.services.errors import AssessmentNotFound, InvalidInput
from aisafe_desktop.services.profile_prefill import PREFILL_REASON, prefill_values
from aisafe_desktop.services.questionnaires import CatalogueEntry
from aisafe_desktop.services.summaries import summaries
from aisafe_desktop.services.workspace_profile import profile_in
from aisafe_desktop.storage import sql

if TYPE_CHECKING:  # the ORM is loaded by the use cases that need it, not at start-up
    import sqlite3

    from sqlalchemy.orm import Session


def check_title(title: str) -> str:
    if not storable(title):
        raise InvalidInput("title", BAD_TEXT)
    cleaned = one_line(title)
    if not cleaned:
        raise InvalidInput("title", Message("give the assessment a title"))
    if len(cleaned) > 200:
        raise InvalidInput("title", Message("keep the title under 200 characters"))
    return cleaned


def check_language(language: str) -> str:
    if language not in LANGUAGE_NAMES:
        raise InvalidInput("language", Message("unknown language '{language}' (known: "
                                               "{known})", language=language,
                                               known=", ".join(LANGUAGE_NAMES)))
    return language


def create_from_entry(store: Store, entry: CatalogueEntry, *, title: str | None = None,
                      ai_system_id: int | None = None, language: str = "en") -> int:
    from aisafe_desktop.storage import repositories as repo
    from aisafe_desktop.storage.models import AiSystemRow, AssessmentRow

    q = entry.questionnaire
    name = check_title(title or q.title.get(language))
    check_language(language)
    now = store.now()
    with store.db.session() as session:
        if ai_system_id is not None and session.get(AiSystemRow, ai_system_id) is None:
            raise InvalidInput("ai_system", Message("there is no AI system {ai_system_id}",
                                                    ai_system_id=ai_system_id))
        store.keep_source(session, entry)
        prefilled = prefill_values(q, profile_in(sql.driver_of(session)))
        answered, applicable = progress_of(q, prefilled)
        row = repo.add_assessment(session, AssessmentRow(
            title=name, ai_system_id=ai_system_id, questionnaire_id=q.id,
            questionnaire_version=q.version, questionnaire_sha256=entry.sha256,
            language=language, status=AssessmentStatus.DRAFT, answered=answered, applicable=applicable,
            created_at=now, updated_at=now))
        store.record_created(session, row.id, now)
        for question_id, value in prefilled.items():  # editable answers, marked in the history
            store_answer(store, sql.driver_of(session), row.id, question_id,
                         (None, dump_value(value)),
                         (None, None), PREFILL_REASON, now)
        return row.id


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Building ten thousand small tuples would trigger full garbage-collection passes over every
    object in the process (spikes of 50 ms); none of them can form reference cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def list_summaries(store: Store, include_trashed: bool = False,
                   limit: int | None = None) -> list[AssessmentSummary]:
    """Newest first; `limit`: only that many of the newest (Home's first screenful)."""
    with _gc_paused(), store.db.reading() as driver:
        labels = sql.source_labels(driver)
        rows = sql.list_assessments(driver, include_trashed, limit)
        return summaries(rows, labels)


def open_state(store: Store, assessment_id: int) -> AssessmentState:
    with store.db.reading() as driver:
        return state_in(store, driver, assessment_id)


def state_in(store: Store, driver: sqlite3.Connection, assessment_id: int) -> AssessmentState:
    """The assessment as the GUI and exports see it, read in the caller's unit of work (its
    DB-API connection: `sql.driver_of(session)` in an ORM session)."""
    row = sql.assessment_header(driver, assessment_id)
    if row is None:
        raise AssessmentNotFound(assessment_id)
    answers = {qid: Answer(load_value(value), comment)
               for qid, (value, comment) in sql.answers_of(driver, assessment_id).items()
               if value is not None or comment}
    prefilled = sql.last_reasons(driver, assessment_id, PREFILL_REASON)
    return AssessmentState(
        assessment_id, row.title, store.parsed(row.questionnaire_sha256, driver).model,
        row.questionnaire_sha256, row.language, row.status, answers, row.updated_at,
        row.ai_system_id, row.trashed_at is not None,
        frozenset(q for q in prefilled if q in answers))


def rename(store: Store, assessment_id: int, title: str) -> None:
    name = check_title(title)
    with store.db.session() as session:
        row = store.assessment(session, assessment_id, writable=True)
        row.title, row.updated_at = name, store.now()


def set_language(store: Store, assessment_id: int, language: str) -> None:
    check_language(language)
    with store.db.session() as session:
        row = store.assessment(session, assessment_id, writable=True)
        row.language, row.updated_at = language, store.now()


def duplicate(store: Store, assessment_id: int, title: str | None = None) -> int:
    """A new draft with the same questionnaire copy and answers ("next year's from last year's")."""
    from aisafe_desktop.storage import repositories as repo
    from aisafe_desktop.storage.models import AssessmentRow

    now = store.now()
    with store.db.session() as session:
        old = store.assessment(session, assessment_id)
        new = repo.add_assessment(session, AssessmentRow(
            title=check_title(title or f"{old.title} (copy)"), ai_system_id=old.ai_system_id,
            questionnaire_id=old.questionnaire_id, questionnaire_version=old.questionnaire_version,
            questionnaire_sha256=old.questionnaire_sha256, language=old.language,
            status=AssessmentStatus.DRAFT,
            answered=old.answered, applicable=old.applicable, created_at=now, updated_at=now))
        store.record_created(session, new.id, now)
        driver = sql.driver_of(session)
        for qid, (value, comment) in sql.answers_of(driver, assessment_id).items():
            store_answer(store, driver, new.id, qid, (None, value), (None, comment),
                         f"duplicate of {assessment_id}", now)
        return new.id


def trash(store: Store, assessment_id: int) -> None:
    from aisafe_desktop.storage import repositories as repo

    with store.db.session() as session:
        store.assessment(session, assessment_id)
        repo.set_trashed(session, assessment_id, store.now())


def restore(store: Store, assessment_id: int) -> None:
    from aisafe_desktop.storage import repositories as repo

    with store.db.session() as session:
        store.assessment(session, assessment_id)
        repo.set_trashed(session, assessment_id, None)


def empty_trash(store: Store) -> int:
    from aisafe_desktop.storage import repositories as repo

    with store.db.session() as session:
        return repo.delete_trashed(session)


def record_export(store: Store, assessment_id: int, file: Path | str, sha256: str,
                  fingerprint: str | None, signed_by: str = "") -> None:
    with store.db.session() as session:
        record_export_in(store, session, assessment_id, file, sha256, fingerprint, signed_by)


def record_export_in(store: Store, session: Session, assessment_id: int, file: Path | str,
                     sha256: str, fingerprint: str | None, signed_by: str = "") -> None:
    """Record a written report with its assessment (completed becomes exported), and who
    exported it: the name of the identity that signed it (the change log's "By")."""
    from aisafe_desktop.storage import repositories as repo
    from aisafe_desktop.storage.models import ExportRow

    now = store.now()
    row = store.assessment(session, assessment_id)
    repo.add_export(session, ExportRow(
        assessment_id=assessment_id, file_name=Path(file).name, sha256=sha256,
        signer_fingerprint=fingerprint, exported_at=now, signed_by=signed_by))
    if row.status is AssessmentStatus.COMPLETED:
        row.status = AssessmentStatus.EXPORTED
    row.updated_at = now
