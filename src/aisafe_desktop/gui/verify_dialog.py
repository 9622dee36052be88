"""The verdict on a signed PDF report (TRUSTED, UNTRUSTED or INVALID, from
services.verification), in plain words, with the signer, each check and its details, and the
"Trust this signer…" action for an intact report from a signer not in the trusted list."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.verify_reason_texts import reason_text
from aisafe_desktop.gui.widgets import (
    Heading,
    no_tab_stop,
    quiet,
    resize_within_screen,
    translate_buttons,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.services.verification import Verification

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
            "result consistent": translate("Checks", "Re-scoring gives the stated result"),
            "answers follow the questionnaire": translate("Checks", "The answers follow the "
                                                          "questionnaire's rules"),
            "pages match the answers": translate("Checks", "The pages state the same result as "
                                                 "the signed answers")}


def mark(passed: bool | None) -> str:
    return "✓" if passed else ("✗" if passed is False else "–")


class VerifyDialog(Retranslating, QDialog):
    """`on_trust(verification)` is called when the person confirmed "Trust this signer…"."""

    def __init__(self, verification: Verification, parent: QWidget | None = None,
                 on_trust: Callable[[Verification], None] | None = None) -> None:
        super().__init__(parent)
        self.verification = verification
        self._on_trust = on_trust
        # Everything but the Close button scrolls: with 14 checks at 200 % text the dialog was
        # taller than a 768-pixel screen and Close was off-screen.
        outer = QVBoxLayout(self)
        content = QWidget()
        self.layout_ = QVBoxLayout(content)
        self.scroller = no_tab_stop(QScrollArea())
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.verdict = Heading(level=2)
        self.verdict.setObjectName("verdict")
        self.summary = wrapped()
        self.signer = quiet(wrapped())
        self.signer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details: list[QLabel] = []
        for widget in (self.verdict, self.summary, self.signer):
            self.layout_.addWidget(widget)
        from aisafe_desktop.gui.trust_dialogs import can_trust

        self.trust_button = QPushButton()
        self.trust_button.setVisible(on_trust is not None and can_trust(verification))
        self.trust_button.clicked.connect(self._confirm_trust)
        self.layout_.addWidget(self.trust_button)
        for _check in verification.report.all_checks:
            label = wrapped()
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details.append(label)
            self.layout_.addWidget(label)
        self.layout_.addStretch(1)
        self.scroller.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.scroller, 1)
        outer.addWidget(self.buttons)
        self._retranslate()
        width = max(640, content.sizeHint().width() + 40)
        resize_within_screen(self, width, content.sizeHint().height()
                             + self.buttons.sizeHint().height() + 40)

    def _confirm_trust(self) -> None:
        from aisafe_desktop.gui.trust_dialogs import confirm_trust

        if self._on_trust is not None and confirm_trust(self, self.verification):
            self.trust_button.setEnabled(False)
            self._on_trust(self.verification)

    def _retranslate(self) -> None:
        from aisafe_desktop.gui.trust_dialogs import verdict_texts

        v = self.verification
        self.setWindowTitle(self.tr("Verify a signed report"))
        self.trust_button.setText(self.tr("Trust this signer…"))
        texts = verdict_texts(v)
        if texts is not None:
            self.verdict.setText(texts[0])
            self.summary.setText(texts[1])
        else:
            self.verdict.setText(self.tr("Do not rely on this report"))
            self.summary.setText(self.tr("{file} failed at least one check below. It may have "
                                         "been changed after signing, or it is not an AISafe "
                                         "report.").format(file=v.path.name))
        self.signer.setText(self._signer_text(v))
        names = check_names()
        for label, check in zip(self.details, v.report.all_checks, strict=True):
            # a failure reason is a template: shown in the person's language
            detail = reason_text(check.reason, check.params) if check.reason else check.detail
            label.setText(f"{mark(check.passed)}  {names.get(check.name, check.name)}: {detail}")
        translate_buttons(self.buttons)

    def _signer_text(self, v: Any) -> str:
        from aisafe_desktop.gui.trust_dialogs import signer_lines

        return signer_lines(v)
