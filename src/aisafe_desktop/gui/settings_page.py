"""Settings: language (switches live), text size, where the data lives, backups, about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop import __version__
from aisafe_desktop.gui.about import FONTS, library_lines
from aisafe_desktop.gui.assessment_table import local_time
from aisafe_desktop.gui.i18n import UI_LANGUAGES, picker_label
from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.theme import ColourScheme
from aisafe_desktop.gui.widgets import (
    Heading,
    add_form_row,
    message_box,
    no_tab_stop,
    plain_label,
    quiet,
    set_row_label,
    translate_buttons,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext

TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)


def open_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class SettingsPage(Retranslating, QScrollArea):
    """Signals:
        language_chosen(str), text_scale_chosen(float), colours_chosen(str), restore_requested(Path)
    """

    language_chosen = Signal(str)
    text_scale_chosen = Signal(float)
    colours_chosen = Signal(str)
    restore_requested = Signal(Path)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        no_tab_stop(self)
        content = QWidget()
        content.setMaximumWidth(860)
        self.layout_ = QVBoxLayout(content)
        self._general()
        self._data()
        from aisafe_desktop.gui.identities_panel import IdentitiesPanel

        self.identities = IdentitiesPanel(ctx)
        self.layout_.addWidget(self.identities)
        from aisafe_desktop.gui.ca_panel import CertificatesPanel
        from aisafe_desktop.gui.trust_panel import TrustPanel

        self.certificates = CertificatesPanel(ctx)  # agency-issued certificates and the agency CA
        self.trust = TrustPanel(ctx)
        self.certificates.certificate_installed.connect(self.identities.refresh)
        self.layout_.addWidget(self.certificates)
        self.layout_.addWidget(self.trust)
        self._about()
        self.layout_.addStretch(1)
        self.setWidget(content)
        self._retranslate()

    def _general(self) -> None:
        self.general_title = Heading(level=2)
        self.language = QComboBox()
        for code, name in UI_LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        self.language.activated.connect(
            lambda _i: self.language_chosen.emit(str(self.language.currentData())))
        self.text_size = QComboBox()
        for scale in TEXT_SCALES:
            self.text_size.addItem(f"{round(scale * 100)} %", scale)
        self.text_size.setCurrentIndex(max(0, self.text_size.findData(
            self.ctx.settings.text_scale)))
        self.text_size.activated.connect(
            lambda _i: self.text_scale_chosen.emit(float(self.text_size.currentData())))
        self.colours = QComboBox()
        for scheme in ColourScheme:
            self.colours.addItem("", scheme.value)
        self.colours.setCurrentIndex(max(0, self.colours.findData(self.ctx.settings.colours)))
        self.colours.activated.connect(
            lambda _i: self.colours_chosen.emit(str(self.colours.currentData())))
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        add_form_row(self.form, self.language)
        add_form_row(self.form, self.text_size)
        add_form_row(self.form, self.colours)
        self.layout_.addWidget(self.general_title)
        self.layout_.addLayout(self.form)

    def _data(self) -> None:
        self.data_title = Heading(level=2)
        self.data_text = wrapped()
        self.data_path = plain_label(str(self.ctx.paths.data_dir))
        self.data_path.setWordWrap(True)
        self.open_data = QPushButton()
        self.open_data.clicked.connect(lambda: open_folder(self.ctx.paths.data_dir))
        self.backups_title = Heading(level=3)
        self.backups_text = quiet(wrapped())
        self.backups = QListWidget()
        self.backups.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self.backup_now = QPushButton()
        self.backup_now.clicked.connect(self.make_backup)
        self.open_backups = QPushButton()
        self.open_backups.clicked.connect(lambda: open_folder(self.ctx.paths.backups_dir))
        self.restore = QPushButton()
        self.restore.clicked.connect(self._confirm_restore)
        row = QHBoxLayout()
        for button in (self.backup_now, self.open_backups):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.restore)
        self.open_data.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        widgets: list[QWidget] = [self.data_title, self.data_text, self.data_path, self.open_data,
                                  self.backups_title, self.backups_text, self.backups]
        for widget in widgets:
            self.layout_.addWidget(widget)
        self.layout_.addLayout(row)

    def _about(self) -> None:
        self.about_title = Heading(level=2)
        self.about_text = wrapped()
        self.licences: QLabel = quiet(wrapped("\n".join([*library_lines(), f"{FONTS[0]} — {FONTS[1]}"])))
        self.licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.about_title, self.about_text, self.licences):
            self.layout_.addWidget(widget)

    # -- backups ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.identities.refresh()
        self.trust.refresh()
        if self.ctx.workspace is None:
            return
        op(self.ctx, lambda ws: ws.list_backups()).success(self.show_backups).run()

    def show_backups(self, files: list[Path]) -> None:
        self.backups.clear()
        import datetime as dt

        for file in files:
            try:
                when = local_time(dt.datetime.fromtimestamp(file.stat().st_mtime, dt.UTC))
            except OSError:
                continue
            item = QListWidgetItem(f"{when} — {file.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(file))
            self.backups.addItem(item)
        if self.backups.count():
            self.backups.setCurrentRow(0)
        self.restore.setEnabled(self.backups.count() > 0)

    def make_backup(self) -> None:
        op(self.ctx, lambda ws: ws.backup_now()).success(self._backed_up).failure(
            self._backup_failed).disabling(self.backup_now).run()

    def _backed_up(self, _file: Any) -> None:
        self.refresh()

    def _backup_failed(self, error: BaseException) -> None:
        self.backup_now.setEnabled(True)
        self.ctx.errors.present(error)

    def _confirm_restore(self) -> None:
        item = self.backups.currentItem()
        if item is None:
            return
        chosen = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        box = message_box(QMessageBox.Icon.Question, self.tr("Restore a backup"), self.tr(
            "Go back to the data as it was in this backup? Changes made since then will not be "
            "in the restored data, but the current data is kept as a copy first."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        translate_buttons(box)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.accepted.connect(lambda: self.restore_requested.emit(chosen))
        box.finished.connect(box.deleteLater)
        box.open()

    # -- language -----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        # The box shows the language in use, also when it was switched elsewhere (first run).
        self.language.setCurrentIndex(max(0, self.language.findData(self.ctx.language)))
        for index in range(self.language.count()):
            self.language.setItemText(index, picker_label(str(self.language.itemData(index))))
        self.general_title.setText(self.tr("General"))
        names = {ColourScheme.SYSTEM: self.tr("As the system"), ColourScheme.LIGHT: self.tr("Light"),
                 ColourScheme.DARK: self.tr("Dark"),
                 ColourScheme.HIGH_CONTRAST: self.tr("High contrast")}
        for i, scheme in enumerate(ColourScheme):
            self.colours.setItemText(i, names[scheme])
        for row, (widget, label, hint) in enumerate((
                (self.language, self.tr("Language"), self.tr("The language of the app. "
                                                             "Changes at once.")),
                (self.text_size, self.tr("Text size"), self.tr("Makes all text larger")),
                (self.colours, self.tr("Colours"), self.tr("Light, dark or high contrast; "
                                                           "changes at once")))):
            set_row_label(self.form, row, label)
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(hint)
        self.data_title.setText(self.tr("Your data"))
        self.data_text.setText(self.tr("Everything you enter is kept in this folder on this "
                                       "computer, and nowhere else:"))
        self.data_path.setAccessibleName(self.tr("Data folder: {folder}").format(
            folder=self.ctx.paths.data_dir))  # the name is what is read: it carries the path
        self.open_data.setText(self.tr("Open data folder"))
        self.backups_title.setText(self.tr("Backups"))
        self.backups_text.setText(self.tr("A backup is made every day you use the app and before "
                                          "every update. Copy the backups folder to a USB stick "
                                          "now and then."))
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.backups.setAccessibleDescription(self.tr("Choose a backup to restore"))
        self.backup_now.setText(self.tr("Back up now"))
        self.open_backups.setText(self.tr("Open backups folder"))
        self.restore.setText(self.tr("Restore selected backup…"))
        self.about_title.setText(self.tr("About"))
        self.about_text.setText(self.tr(
            "AISafe Desktop {version}. Works offline; never sends data anywhere. Built with "
            "these libraries and fonts, under their licences:").format(version=__version__))


def preview(ctx: AppContext) -> QWidget:
    """Sample data: `python -m aisafe_desktop.gui.settings_page`."""
    page = SettingsPage(ctx)
    page.refresh()
    return page


if __name__ == "__main__":
    import sys

    from aisafe_desktop.gui.preview import run_preview

    sys.exit(run_preview(preview))
