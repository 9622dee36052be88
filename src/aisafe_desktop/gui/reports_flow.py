"""Signed PDF reports from the main window: the export dialog for an assessment, and verifying a
PDF (picked in a file dialog or dropped on Home) on the task thread, then showing the verdict."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QWidget

from aisafe_desktop.gui.ops import op

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.dto import AssessmentState
    from aisafe_desktop.services.workspace import Workspace


class ReportsFlow(QObject):
    """The dialogs it opened last stay reachable (`export_dialog`, `verify_dialog`,
    `answers_dialog`) for tests."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.export_dialog: QDialog | None = None
        self.verify_dialog: QDialog | None = None
        self.receipt_dialog: QDialog | None = None
        self.answers_dialog: QDialog | None = None

    def export(self, state: AssessmentState) -> None:
        from aisafe_desktop.gui.export_dialog import ExportDialog

        self.export_dialog = self._open(ExportDialog(self.ctx, state, self.window))

    def choose_and_verify(self) -> None:
        from aisafe_desktop.gui.file_dialogs import open_file

        chosen = open_file(self.ctx.ui_state, self.window, self.tr("Verify a signed report"),
                           self.tr("PDF files (*.pdf)"))
        name = str(chosen) if chosen is not None else ""
        if name:
            self.verify(Path(name))

    def verify(self, file: Path) -> None:
        """Verify with the trusted list of the workspace (services.verification: three verdicts).
        A dropped review receipt (the agency's answer to a report) is imported instead."""
        from aisafe_desktop.services.pdf_reports import catalogue_lookup
        from aisafe_desktop.services.receipts import MAX_RECEIPT_BYTES, looks_like_receipt
        from aisafe_desktop.services.verification import verify_files

        def receipt_bytes() -> bytes | None:
            try:
                with file.open("rb") as handle:
                    data = handle.read(MAX_RECEIPT_BYTES + 1)
            except OSError:
                return None  # the verifier reports an unreadable file
            return data if looks_like_receipt(data) else None

        def route(receipt: bytes | None) -> None:
            if receipt is not None:
                self.import_receipt(receipt)
                return
            op(self.ctx, lambda ws: verify_files([file], ws.trust_list(),
                                                 catalogue_lookup(ws.catalogue))[0]) \
                .success(self._verified).run()

        self.ctx.tasks.run(receipt_bytes, route)

    def import_receipt(self, data: bytes) -> None:
        """Verify and keep an agency's signed receipt, then show its comments by the answers."""
        from aisafe_desktop.services.receipts import receipt_view

        def work(ws: Workspace) -> Any:
            return receipt_view(ws, ws.import_receipt(data, ws.trust_list()))

        op(self.ctx, work).success(self._receipt_imported).run()

    def _receipt_imported(self, view: Any) -> None:
        from aisafe_desktop.gui.receipt_dialog import ReceiptDialog

        self.receipt_dialog = self._open(ReceiptDialog(view, self.window))

    def _verified(self, verification: Any) -> None:
        from aisafe_desktop.gui.verify_dialog import VerifyDialog

        self.verify_dialog = self._open(VerifyDialog(verification, self.window, self._trust,
                                                     self.show_answers))

    def show_answers(self, verification: Any) -> None:
        """The verified report's answers, read-only, in the questionnaire's words (by question
        id when the questionnaire is not installed here)."""
        from aisafe_desktop.services.answers_view import answer_sections

        document, catalogue, language = verification.report.document, self.ctx.ws.catalogue, \
            self.ctx.language

        from aisafe_desktop.services.verification import Verdict

        relied_on = verification.verdict is not Verdict.INVALID

        def work() -> tuple[str, Any, bool, bool]:
            try:
                entry = catalogue.find(document.questionnaire_id, document.questionnaire_version)
            except LookupError:
                entry = None
            questionnaire = entry.questionnaire if entry is not None else None
            title = str(document.extra.get("title") or "")
            if not title and questionnaire is not None:
                title = questionnaire.title.get(language, questionnaire.default_language)
            return (title or document.questionnaire_id,
                    answer_sections(document, questionnaire, language), questionnaire is not None,
                    relied_on)

        self.ctx.tasks.run(work, self._answers_ready, self.ctx.errors.present)

    def _answers_ready(self, found: tuple[str, Any, bool, bool]) -> None:
        from aisafe_desktop.gui.report_answers import ReportAnswersDialog

        title, sections, known, relied_on = found
        parent = self.verify_dialog if self.verify_dialog is not None else self.window
        self.answers_dialog = self._open(ReportAnswersDialog(title, sections, known, relied_on,
                                                             parent))

    def _trust(self, verification: Any) -> None:
        """Store the signer's certificate as trusted, then verify the file again."""
        from cryptography import x509

        der = verification.signer_certificate
        note = self.tr("trusted from the verify view after comparing the fingerprint")

        def work(ws: Workspace) -> None:
            ws.trust_certificate(x509.load_der_x509_certificate(der), note)

        def done(_result: object) -> None:
            if self.verify_dialog is not None:
                self.verify_dialog.close()
            self.verify(verification.path)

        op(self.ctx, work).success(done).run()

    @staticmethod
    def _open(dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
