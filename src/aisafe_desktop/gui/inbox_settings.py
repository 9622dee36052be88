"""Settings → Inbox database: which inbox this officer works in, and under which name.

The URL is stored without its password. A password the server asks for is typed when the inbox
opens and kept in memory for this session only (or comes from the officer's libpq .pgpass file).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.widgets import announce, escape_rich, plain_label

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext


class InboxSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Inbox database"))
        layout = QVBoxLayout(self)
        note = plain_label(self.tr(
            "Leave the address empty to keep the inbox on this computer. For several officers "
            "sharing one inbox, enter the PostgreSQL address your IT staff gave you, for "
            "example postgresql+psycopg://officer@db.agency.example:5432/inbox. The password "
            "is never saved: you type it when the inbox opens, or your IT staff put it in "
            "your .pgpass file."))
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.url_edit = QLineEdit(getattr(ctx.settings, "inbox_url", ""))
        self.officer_edit = QLineEdit(getattr(ctx.settings, "officer", ""))
        self.officer_edit.setPlaceholderText(self.tr("Your name, as shown in the review history"))
        form.addRow(self.tr("Database &address"), self.url_edit)
        form.addRow(self.tr("Your &name"), self.officer_edit)
        layout.addLayout(form)
        self.error = plain_label()
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        local = QPushButton(self.tr("Use the inbox on this computer"))
        local.clicked.connect(lambda: self.url_edit.setText(""))
        buttons.addButton(local, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        from aisafe_desktop.services.settings import without_password

        url = self.url_edit.text().strip()
        stored = without_password(url)
        if url and not stored:
            self.error.setText(self.tr("This is not a database address."))
            announce(self.error, self.error.text())
            return
        if stored and not stored.startswith(("postgresql", "sqlite")):
            self.error.setText(self.tr("The inbox works with PostgreSQL (or a local file)."))
            announce(self.error, self.error.text())
            return
        self.ctx.update_settings(inbox_url=stored, officer=self.officer_edit.text().strip())
        self.accept()


def ask_password(parent: QWidget, shown_url: str) -> str | None:
    """The server's password for this session, or None when the officer cancels."""
    text, ok = QInputDialog.getText(
        parent, parent.tr("Inbox database password"),
        escape_rich(parent.tr("Password for {where} (kept for this session only):")
                    .format(where=shown_url)),  # the label interprets markup
        QLineEdit.EchoMode.Password)
    return text if ok and text else None
