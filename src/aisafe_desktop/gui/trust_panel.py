"""Settings → Trusted signers and agencies: the trust store, listed, added to and removed from.

Signals:
    changed(): an entry was added or removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.locale_text import local_date_text
from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.widgets import Heading, language_change, quiet, wrapped

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


class TrustPanel(QWidget):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[Any] = []
        self.title = Heading(level=2)
        self.text = quiet(wrapped())
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # entries span several lines: tell them apart
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 9)
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self._choose_file)
        self.remove_button.clicked.connect(self._confirm_remove)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.text, self.list):
            layout.addWidget(widget)
        layout.addLayout(row)
        self._retranslate()
        self._enable()

    def refresh(self) -> None:
        op(self.ctx, lambda ws: ws.trust_entries()).success(self._show).run()

    def _show(self, entries: list[Any]) -> None:
        self.entries = entries
        self.list.clear()
        for entry in entries:
            item = QListWidgetItem(self._entry_text(entry))  # QListWidget items are plain text
            item.setData(ENTRY_ROLE, entry)
            self.list.addItem(item)
        self._enable()

    def _entry_text(self, entry: Any) -> str:
        kind = (self.tr("Agency CA (trusts every certificate it issues)") if entry.kind.value == "ca"
                else self.tr("Signer"))  # fmt: skip
        subject = entry.subject or self.tr("(known by fingerprint only)")
        lines = [f"{kind}: {subject}", f"SHA-256 {entry.fingerprint}",
                 self.tr("Added {when} by {who}").format(
                     when=local_date_text(entry.added_at), who=entry.added_by)]  # fmt: skip
        if entry.note:
            lines.append(entry.note)
        if entry.crl_issued_at:
            lines.append(self.tr("Revocation list of {when}").format(
                when=local_date_text(entry.crl_issued_at)))
        return "\n".join(lines)

    def _enable(self) -> None:
        self.remove_button.setEnabled(self.list.currentItem() is not None)

    def _choose_file(self) -> None:
        from aisafe_desktop.gui.file_dialogs import open_file

        chosen = open_file(
            self.ctx.ui_state, self, self.tr("Trust a certificate"),
            self.tr("Certificates and revocation lists (*.pem *.crt *.cer *.der *.crl);;All files (*)"))
        if chosen is not None:
            self.add_file(chosen)

    def add_file(self, path: Path) -> None:
        """Trust the certificate in `path`, or keep the CRL in it with its trusted CA."""
        op(self.ctx, lambda ws: ws.trust_add(str(path))).success(self._changed).run()

    def _confirm_remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        entry = item.data(ENTRY_ROLE)
        box = QMessageBox(self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Stop trusting"))
        box.setText(self.tr("Stop trusting {name}? Its reports will then verify as UNTRUSTED.")
                    .format(name=entry.subject or entry.fingerprint))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Yes:
            self.remove(entry.fingerprint)

    def remove(self, fingerprint: str) -> None:
        op(self.ctx, lambda ws: ws.trust_remove(fingerprint)).success(self._changed).run()

    def _changed(self, _entry: object) -> None:
        self.refresh()
        self.changed.emit()

    def changeEvent(self, event: QEvent) -> None:
        if language_change(event):
            self._retranslate()
            self._show(self.entries)
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Trusted signers and agencies"))
        self.text.setText(self.tr(
            "Reports from these signers, or with a certificate from these agency CAs, verify as "
            "trusted. Anyone else's reports are shown as UNTRUSTED, however their name reads."))
        self.list.setAccessibleName(self.tr("Trusted signers and agencies"))
        self.list.setAccessibleDescription(self.text.text())
        self.add_button.setText(self.tr("Add a certificate or revocation list…"))
        self.remove_button.setText(self.tr("Stop trusting…"))
