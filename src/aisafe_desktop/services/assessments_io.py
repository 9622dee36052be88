"""Moving one assessment between machines as an answers document (JSON).

Importing always creates a new assessment: nothing on this machine is ever overwritten.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from aisafe_desktop import __version__
from aisafe_desktop.core.answers import (
    AnswerProblem,
    AnswersDocument,
    check_answers,
    is_answered,
)
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.services.action_plan import (
    check_due_date,
    check_owner,
    items_in,
    plan_from_json,
    plan_json,
    put_item,
)
from aisafe_desktop.services.assessments import check_language, check_title, state_in
from aisafe_desktop.services.assessments_answers import refresh_progress, store_answer
from aisafe_desktop.services.assessments_store import BAD_TEXT, Store, dump_value, storable
from aisafe_desktop.services.change_log import events_in, log_json
from aisafe_desktop.services.dto import AssessmentState
from aisafe_desktop.services.errors import ImportRejected, QuestionnaireUnavailable
from aisafe_desktop.services.questionnaires import CatalogueEntry, QuestionnaireNotFound
from aisafe_desktop.storage import sql

if TYPE_CHECKING:  # the ORM is loaded by an export or an import, not at start-up
    from sqlalchemy.orm import Session


def export_document(store: Store, assessment_id: int) -> AnswersDocument:
    with store.db.session(read_only=True) as session:  # one snapshot: answers, system, profile
        return document_in(session, state_in(store, sql.driver_of(session), assessment_id))


def document_in(session: Session, state: AssessmentState) -> AnswersDocument:
    """The answers document of an assessment read in the caller's unit of work."""
    from aisafe_desktop.storage.models import AiSystemRow

    extra: dict[str, object] = {"title": state.title,
                                "generator": f"AISafe Desktop {__version__}"}
    system = session.get(AiSystemRow, state.ai_system_id) if state.ai_system_id else None
    if system is not None:
        extra["ai_system"] = system.name
    profile = sql.profile(sql.driver_of(session))
    if profile is not None:
        extra["organisation"] = {"name": profile.name, "country": profile.country,
                                 "registration_number": profile.registration_number}
    plan = plan_json(items_in(session, state.id))
    if plan:
        extra["action_plan"] = plan
    extra["change_log"] = log_json(events_in(session, state.id))
    return AnswersDocument(
        questionnaire_id=state.questionnaire.id, questionnaire_version=state.questionnaire.version,
        answers=dict(state.answers), language=state.language,
        questionnaire_sha256=state.questionnaire_sha256, extra=extra)


def _stored_entry(store: Store, session: Session, sha256: str) -> CatalogueEntry:
    source = sql.source_of(sql.driver_of(session), sha256)
    assert source is not None
    return CatalogueEntry(store.model(session, sha256), Path(f"<stored {source.questionnaire_id} "
                          f"{source.version}>"), sha256, source.source, False)


def find_questionnaire(store: Store, session: Session, document: AnswersDocument) -> CatalogueEntry:
    """The exact questionnaire text the document was answered against (by SHA-256 when given)."""
    wanted = f"{document.questionnaire_id} {document.questionnaire_version}"
    sha = document.questionnaire_sha256
    if sha and sql.source_of(sql.driver_of(session), sha) is not None:
        return _stored_entry(store, session, sha)
    try:
        entry: CatalogueEntry | None = store.catalogue().find(document.questionnaire_id,
                                                              document.questionnaire_version)
    except QuestionnaireNotFound:
        entry = None
    if entry is not None and (sha is None or entry.sha256 == sha):
        return entry
    from aisafe_desktop.storage import repositories as repo

    stored = repo.sources_for(session, document.questionnaire_id, document.questionnaire_version)
    if sha is None and stored:
        return _stored_entry(store, session, stored[-1].sha256)
    if entry is not None or stored:
        raise QuestionnaireUnavailable(
            "the answers were given to a different text of {questionnaire} (SHA-256 {sha256}); "
            "put that questionnaire file in the questionnaires folder of the data folder and "
            "retry", questionnaire=wanted, sha256=sha)
    raise QuestionnaireUnavailable(
        "the questionnaire {questionnaire} is not installed; put its YAML file in the "
        "questionnaires folder of the data folder and retry", questionnaire=wanted)


def import_document(store: Store, document: AnswersDocument, *, title: str | None = None) -> int:
    from aisafe_desktop.storage import repositories as repo
    from aisafe_desktop.storage.models import AssessmentRow

    now = store.now()
    with store.db.session() as session:
        entry = find_questionnaire(store, session, document)
        q = entry.questionnaire
        problems = check_answers(q, document, require_complete=False)
        problems += [AnswerProblem(qid, BAD_TEXT) for qid, answer in document.answers.items()
                     if not storable([answer.value, answer.comment])]
        if problems:
            raise ImportRejected([p.text for p in problems])
        raw_title = title or document.extra.get("title")
        name = check_title(raw_title if isinstance(raw_title, str) and raw_title.strip()
                           else f"{q.title.get(document.language)} (imported)")
        language = check_language(document.language)
        store.keep_source(session, entry)
        row = repo.add_assessment(session, AssessmentRow(
            title=name, questionnaire_id=q.id, questionnaire_version=q.version,
            questionnaire_sha256=entry.sha256, language=language, status=AssessmentStatus.DRAFT,
            answered=0,
            applicable=0, created_at=now, updated_at=now))
        store.record_created(session, row.id, now)
        for qid, answer in document.answers.items():
            value = dump_value(answer.value) if is_answered(answer.value) else None
            if value is None and not answer.comment:
                continue
            store_answer(store, sql.driver_of(session), row.id, qid, (None, value),
                         (None, answer.comment), "import", now)
        for item in plan_from_json(document.extra.get("action_plan")).values():
            put_item(session, row.id, replace(item, owner=check_owner(item.owner),
                                              due_date=check_due_date(item.due_date)), now)
        refresh_progress(store, session, row)
        return row.id
