"""Export a stored assessment as a signed PDF: the one path the GUI's export dialog and
`aisafe assessment export-pdf` share."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.reporting.identity import Identity
from aisafe_desktop.services.pdf_reports import ExportResult, Progress, QuestionnaireRef, export_report
from aisafe_desktop.services.workspace import Workspace


def export_stored_assessment(ws: Workspace, assessment_id: int, identity: Identity, out: Path, *,
                             language: str | None = None, require_complete: bool = True,
                             progress: Progress | None = None) -> ExportResult:
    """Render, attach, sign and write the report, then record the export with the assessment
    (a complete draft is marked completed first, then exported).

    Blocking (about a second): a GUI runs it in a worker thread.
    """
    state = ws.open_assessment(assessment_id)
    if require_complete and state.status is AssessmentStatus.DRAFT:
        ws.complete(assessment_id)  # raises Incomplete, naming what is missing
    profile = ws.get_profile()
    result = export_report(
        QuestionnaireRef(state.questionnaire, state.questionnaire_sha256),
        ws.export_answers(assessment_id), identity, out, language=language or state.language,
        profile=dataclasses.asdict(profile) if profile else None,
        require_complete=require_complete, progress=progress)
    ws.record_export(assessment_id, out, hashlib.sha256(out.read_bytes()).hexdigest(),
                     result.fingerprint)
    return result
