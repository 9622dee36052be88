"""An agency's review receipt, as the business sees it: the decision, the due date, and each
comment next to the question and the answer it is about, so the answers can be revised.

Everything shown came in a file from outside (the agency's words) or from the person's own
answers: every label is plain text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.inbox_report import text_label as plain
from aisafe_desktop.gui.locale_text import date_text, local_date_text
from aisafe_desktop.gui.widgets import scrolled

if TYPE_CHECKING:
    from collections.abc import Sequence

    from aisafe_desktop.services.receipts import ReceiptView, StoredReceipt

DECISION_TOKENS = {"accepted": "success", "returned": "warning", "under-review": "accent",
                   "new": "accent"}  # design tokens of the colour scheme in effect


def decision_text(decision: str) -> str:
    return {
        "accepted": QCoreApplication.translate("ReceiptDialog", "Accepted by the agency"),
        "returned": QCoreApplication.translate("ReceiptDialog", "Returned for changes"),
        "under-review": QCoreApplication.translate("ReceiptDialog", "Under review at the agency"),
        "new": QCoreApplication.translate("ReceiptDialog", "Received by the agency"),
    }.get(decision, decision)


def agency_comments_by_question(receipts: Sequence[StoredReceipt]) -> dict[str, list[str]]:
    """question id → "Agency (decision, date): comment" lines, newest receipt first."""
    found: dict[str, list[str]] = {}
    for receipt in receipts:  # receipts_of lists the newest decision first
        content = receipt.content
        for comment in content.comments:
            if comment.question_id is None:
                continue
            found.setdefault(comment.question_id, []).append(
                QCoreApplication.translate(
                    "ReceiptDialog", "{agency} ({decision}, {date}): {comment}").format(
                    agency=content.agency or receipt.signer or "-",
                    decision=decision_text(content.decision),
                    date=local_date_text(content.decided_at), comment=comment.text))
    return found


class ReceiptDialog(QDialog):
    def __init__(self, view: ReceiptView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        receipt = view.receipt
        content = receipt.content
        self.setWindowTitle(self.tr("Review from {agency}").format(
            agency=content.agency or receipt.signer))
        self.resize(820, 620)
        layout = QVBoxLayout(self)
        lines = [decision_text(content.decision)]
        if content.due_date:
            lines.append(self.tr("Please resubmit by {date}").format(
                date=date_text(content.due_date)))
        if not receipt.trusted:
            lines.append(self.tr("The receipt is signed and unchanged, but its signer is not in "
                                 "your trusted list: check the fingerprint with the agency."))
        self.banner = plain("\n".join(lines), bold=True)
        self.banner.setMargin(12)
        from aisafe_desktop.gui.theme import scheme_styled

        token = DECISION_TOKENS.get(content.decision, "accent")
        scheme_styled(self.banner, f"background: {{{token}}}; color: {{on_{token}}}; "
                                   "border-radius: 6px;")
        self.banner.setAccessibleName(self.tr("Decision"))
        layout.addWidget(self.banner)
        layout.addWidget(plain(self.tr("Signed by {signer} ({fingerprint}); decided on {date}.")
                               .format(signer=receipt.signer or "-",
                                       fingerprint=receipt.signer_fingerprint or "-",
                                       date=local_date_text(content.decided_at))))
        body = QWidget()
        inner = QVBoxLayout(body)
        if not view.items:
            inner.addWidget(plain(self.tr("The agency made no comments.")))
        for item in view.items:
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            rows = QVBoxLayout(box)
            rows.addWidget(plain(item.question or self.tr("About the whole report"), bold=True))
            if item.question_id is not None:
                rows.addWidget(plain(self.tr("Your answer: {answer}").format(
                    answer=item.answer or self.tr("(not answered)"))))
            for text in item.comments:
                rows.addWidget(plain(self.tr("Agency: {comment}").format(comment=text)))
            inner.addWidget(box)
        inner.addStretch(1)
        layout.addWidget(scrolled(body), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
