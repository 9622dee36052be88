"""The verdict on a signed PDF report, in plain words, with each check and its details."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import Heading, quiet, resize_within_screen, translate_buttons, wrapped

if TYPE_CHECKING:
    from aisafe_desktop.services.pdf_reports import ReportVerification

translate = QCoreApplication.translate


def check_names() -> dict[str, str]:
    """Our words for the checks the verifier names (its own names are English identifiers)."""
    return {"readable": translate("Checks", "The file can be read"),
            "one signature": translate("Checks", "It carries exactly one signature"),
            "signature intact": translate("Checks", "The signature is intact"),
            "whole file signed": translate("Checks", "The signature covers the whole file"),
            "no later changes": translate("Checks", "Nothing was changed after signing"),
            "answers attached": translate("Checks", "The answers are attached"),
            "trusted signer": translate("Checks", "The signer is on your trusted list"),
            "answers document": translate("Checks", "The attached answers are readable"),
            "questionnaire found": translate("Checks", "The questionnaire is installed here"),
            "questionnaire identical": translate("Checks", "It is the same questionnaire text"),
            "result consistent": translate("Checks", "Re-scoring gives the stated result")}


def mark(passed: bool | None) -> str:
    return "✓" if passed else ("✗" if passed is False else "–")


class VerifyDialog(Retranslating, QDialog):
    def __init__(self, verification: ReportVerification, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verification = verification
        self.layout_ = QVBoxLayout(self)
        self.verdict = Heading(level=2)
        self.verdict.setObjectName("verdict")
        self.summary = wrapped()
        self.signer = quiet(wrapped())
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details: list[QLabel] = []
        for widget in (self.verdict, self.summary, self.signer):
            self.layout_.addWidget(widget)
        for _check in verification.all_checks:
            label = wrapped()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.append(label)
            self.layout_.addWidget(label)
        self.layout_.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self._retranslate()
        resize_within_screen(self, 640, self.sizeHint().height())

    def _retranslate(self) -> None:
        v = self.verification
        self.setWindowTitle(self.tr("Verify a signed report"))
        if v.valid:
            self.verdict.setText(self.tr("The report is signed and unchanged"))
            self.summary.setText(self.tr("{file} was signed and has not been changed since. The "
                                         "answers inside give the result it states.")
                                 .format(file=v.path.name))
        else:
            self.verdict.setText(self.tr("Do not rely on this report"))
            self.summary.setText(self.tr("{file} failed at least one check below. It may have "
                                         "been changed after signing, or it is not an AISafe "
                                         "report.").format(file=v.path.name))
        self.signer.setText(self._signer_text(v))
        names = check_names()
        for label, check in zip(self.details, v.all_checks, strict=True):
            label.setText(f"{mark(check.passed)}  {names.get(check.name, check.name)}: "
                          f"{check.detail}")
        translate_buttons(self.buttons)

    def _signer_text(self, v: Any) -> str:
        info = v.signature.signer
        if info is None:
            return ""
        when = v.signature.signing_time.strftime("%Y-%m-%d %H:%M UTC") \
            if v.signature.signing_time else "?"
        return self.tr("Signed by {signer}, {organisation} ({country}) on {when}.\nFingerprint "
                       "(SHA-256): {fingerprint}").format(
            signer=info.signer, organisation=info.organisation, country=info.country, when=when,
            fingerprint=info.fingerprint)
