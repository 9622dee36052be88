"""Export a stored assessment as a signed PDF: the one path the GUI's export dialog and
`aisafe assessment export-pdf` share."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.reporting.identity import Identity
from aisafe_desktop.services.assessments import record_export_in, state_in
from aisafe_desktop.services.assessments_answers import complete_in
from aisafe_desktop.services.assessments_io import document_in
from aisafe_desktop.services.pdf_reports import ExportResult, Progress, QuestionnaireRef, export_report
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.services.workspace_profile import profile_in
from aisafe_desktop.storage import sql


def export_stored_assessment(ws: Workspace, assessment_id: int, identity: Identity, out: Path, *,
                             language: str | None = None, require_complete: bool = True,
                             progress: Progress | None = None) -> ExportResult:
    """Render, attach, sign and write the report, then record the export with the assessment
    (a complete draft is marked completed first, then exported).

    One unit of work, scored once: the answers are read, checked and scored, and the completion
    and the export recorded, in one transaction, so the report and the record describe the same
    answers. It holds the write lock for the second the report takes; the GUI runs it on its one
    worker thread, after any answer still queued, and the CLI is a single command.
    """
    store = ws.store
    with store.db.session() as session:
        state = state_in(store, sql.driver_of(session), assessment_id)
        document = document_in(session, state)
        result = None
        if require_complete and state.status is AssessmentStatus.DRAFT:
            row = store.assessment(session, assessment_id, writable=True)
            result = complete_in(store, row, state.questionnaire, document.values())
            document = document_in(session, state)  # its change log ends with this completion
        profile = profile_in(sql.driver_of(session))
        exported = export_report(
            QuestionnaireRef(state.questionnaire, state.questionnaire_sha256), document, identity,
            out, language=language or state.language,
            profile=dataclasses.asdict(profile) if profile else None,
            require_complete=require_complete, progress=progress, result=result)
        record_export_in(store, session, assessment_id, out,
                         hashlib.sha256(out.read_bytes()).hexdigest(), exported.fingerprint,
                         identity.info.signer)
    return exported
