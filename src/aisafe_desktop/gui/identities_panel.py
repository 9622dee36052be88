"""Settings → Signing identities: list (with fingerprints), create, import, export the certificate
to send to the agency that receives the reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.identity_dialogs import ask_create, ask_import
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import Heading, quiet, wrapped

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext

STORED_ROLE = Qt.ItemDataRole.UserRole + 1


class IdentitiesPanel(Retranslating, QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = Heading(level=2)
        self.text = quiet(wrapped())
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        self.create_button, self.import_button, self.export_button = (
            QPushButton(), QPushButton(), QPushButton())
        self.create_button.clicked.connect(self._create)
        self.import_button.clicked.connect(lambda: ask_import(ctx, self, self._added))
        self.export_button.clicked.connect(self._export_certificate)
        row = QHBoxLayout()
        for button in (self.create_button, self.import_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.text, self.list):
            layout.addWidget(widget)
        layout.addLayout(row)
        self._retranslate()

    def refresh(self, select: Path | None = None) -> None:
        from aisafe_desktop.services.identities import list_identities

        self.list.clear()
        for stored in list_identities(self.ctx.paths.data_dir):
            info = stored.info
            item = QListWidgetItem(f"{info.signer} · {info.organisation} ({info.country})\n"
                                   f"SHA-256 {info.fingerprint}")
            item.setData(STORED_ROLE, stored)
            self.list.addItem(item)
            if stored.path == select or self.list.count() == 1:
                self.list.setCurrentItem(item)
        self.export_button.setEnabled(self.list.count() > 0)

    def _added(self, stored: Any) -> None:
        self.refresh(select=stored.path)

    def _create(self) -> None:
        self.create_dialog = ask_create(self.ctx, self, self._added)

    def _export_certificate(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        stored = item.data(STORED_ROLE)
        from aisafe_desktop.gui.file_dialogs import save_file

        chosen = save_file(self.ctx.ui_state, self, self.tr("Save the certificate"),
                           f"{stored.path.stem}.crt.pem", self.tr("Certificates (*.pem *.crt)"))
        if chosen is not None:
            self.export_certificate(stored.path, chosen)

    def export_certificate(self, identity: Path, out: Path) -> None:
        from aisafe_desktop.services.identities import export_certificate

        try:
            export_certificate(identity, out)
        except Exception as error:
            self.ctx.errors.present(error)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Signing identities"))
        self.text.setText(self.tr("Used to sign your PDF reports. Send the certificate (not the "
                                  "identity file) to the agency, so it can check your reports."))
        self.list.setAccessibleName(self.tr("Signing identities"))
        self.list.setAccessibleDescription(self.tr("Each with the fingerprint the agency can "
                                                   "check"))
        self.create_button.setText(self.tr("New identity…"))
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setAccessibleDescription(self.tr("Import a .p12 or .pfx file"))
        self.export_button.setText(self.tr("Export certificate…"))
        self.export_button.setAccessibleDescription(self.tr("Save the public certificate to "
                                                            "send to the agency"))
