"""Make the signed review receipt for the report on screen: choose the agency's identity, type
its passphrase, choose where to save; signing runs on the inbox's worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from aisafe_desktop.gui.inbox_session import InboxHandle

if TYPE_CHECKING:
    from aisafe_desktop.gui.inbox_report import ReportDialog
    from aisafe_desktop.services.inbox_receipt import ReceiptResult


class ReceiptDialog(QDialog):
    def __init__(self, report: ReportDialog) -> None:
        super().__init__(report)
        from aisafe_desktop.services.identities import list_identities

        self.report = report
        ctx = report.window_.ctx
        self.setWindowTitle(self.tr("Signed review receipt"))
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("The receipt tells the business your decision and every comment, "
                              "and is signed with your agency's identity so that their app can "
                              "check it came from you."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.identity_box = QComboBox()
        for stored in list_identities(ctx.paths.data_dir):
            self.identity_box.addItem(f"{stored.info.signer} — {stored.info.organisation}",
                                      str(stored.path))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.language_box = QComboBox()
        self.language_box.addItem("English", "en")
        self.language_box.addItem("Bahasa Melayu", "ms")
        self.language_box.setCurrentIndex(max(self.language_box.findData(ctx.language), 0))
        form.addRow(self.tr("&Signing identity"), self.identity_box)
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        form.addRow(self.tr("&Language of the receipt"), self.language_box)
        layout.addLayout(form)
        if self.identity_box.count() == 0:
            missing = QLabel(self.tr("There is no signing identity yet: create one in Settings "
                                     "→ Signing identities first."))
            missing.setWordWrap(True)
            layout.addWidget(missing)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.make)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            self.identity_box.count() > 0)
        layout.addWidget(self.buttons)

    def make(self) -> None:
        from aisafe_desktop.services import identities
        from aisafe_desktop.services.inbox_receipt import make_receipt

        view = self.report.view
        if view is None:
            return
        suggested = f"receipt-{view.detail.submission.id}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipt"), suggested,
                                              self.tr("PDF (*.pdf)"))
        if not name:
            return
        out, key = Path(name), Path(self.identity_box.currentData())
        passphrase, language = self.passphrase.text(), self.language_box.currentData()
        sid = self.report.submission_id

        def work(handle: InboxHandle) -> ReceiptResult:
            agency = identities.open_identity(key, passphrase)
            return make_receipt(handle.inbox, sid, agency, out, language=language,
                                catalogue=handle.catalogue)

        self.buttons.setEnabled(False)
        self.report.window_.session.run(work, self._made, self._failed)

    def _made(self, result: ReceiptResult) -> None:
        self.report.window_.statusBar().showMessage(
            self.tr("Saved the signed receipt to {file}").format(file=str(result.path)))
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.report.window_.ctx.errors.present(error)


def ask_receipt(report: ReportDialog) -> None:
    ReceiptDialog(report).open()
