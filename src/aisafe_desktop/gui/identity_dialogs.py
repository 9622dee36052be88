"""Signing identities from the GUI: create one (RSA-3072 key + self-signed certificate in a
passphrase-protected PKCS#12 file in the data folder) or import a .p12/.pfx.

The passphrase lives only in the dialog's field and the worker call; it is never stored or logged.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.profile_form import ASEAN_COUNTRIES, country_names
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import (
    add_form_row,
    announce,
    escape_rich,
    grow_to_fit,
    resize_within_screen,
    scrolled,
    set_row_label,
    translate_buttons,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.dto import OrganisationProfile
    from aisafe_desktop.services.identities import StoredIdentity

translate = QCoreApplication.translate
Done = Callable[["StoredIdentity"], None]


class CreateIdentityDialog(Retranslating, QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.name, self.organisation, self.email = QLineEdit(), QLineEdit(), QLineEdit()
        self.country = QComboBox()
        for code in ASEAN_COUNTRIES:
            self.country.addItem(code, code)
        self.passphrase, self.again = QLineEdit(), QLineEdit()
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.intro, self.problem = wrapped(), wrapped()
        self.problem.hide()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.rows = [self.name, self.organisation, self.country, self.email, self.passphrase,
                     self.again]
        for widget in self.rows:
            add_form_row(self.form, widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.intro)
        fields.addLayout(self.form)
        fields.addWidget(self.problem)
        fields.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolled(body), 1)  # scrolls at 1024×600 and 200 % with a problem shown
        layout.addWidget(self.buttons)
        self._prefill()
        self._retranslate()
        self._first_size(body, layout)

    def _first_size(self, body: QWidget, layout: QVBoxLayout) -> None:
        """As large as its fields and text need, within the screen (a scroll area alone asks for
        little, and the dialog opened showing one field and a half at 200 % text)."""
        width = max(body.sizeHint().width(), self.fontMetrics().averageCharWidth() * 60)
        height = max(body.sizeHint().height(),
                     body.heightForWidth(width) if body.hasHeightForWidth() else 0)
        margins = layout.contentsMargins()
        resize_within_screen(self, width + margins.left() + margins.right(),
                             height + self.buttons.sizeHint().height() + margins.top()
                             + margins.bottom() + 2 * self.fontMetrics().height())

    def _prefill(self) -> None:
        if self.ctx.workspace is not None:
            op(self.ctx, lambda ws: ws.get_profile()).success(self._prefill_from).run()

    def _prefill_from(self, profile: OrganisationProfile | None) -> None:
        """Only into fields the person has not typed in yet: never overwrite their input."""
        if profile is None:
            return
        if not self.organisation.text():
            self.organisation.setText(profile.name)
        if not self.name.text():
            self.name.setText(profile.contact_name)
            self.email.setText(profile.contact_email)
            self.country.setCurrentIndex(max(0, self.country.findData(profile.country)))

    def _check(self) -> None:
        # Imported here: services.identities loads `cryptography` (~11 MiB), which the Settings
        # page (built at start-up) must not pull in before anyone signs anything.
        from aisafe_desktop.services.identities import MIN_PASSPHRASE_LENGTH as MIN_PASSPHRASE

        problem = ""
        if not self.name.text().strip() or not self.organisation.text().strip():
            problem = self.tr("Enter your name and the organisation's name.")
        elif len(self.passphrase.text()) < MIN_PASSPHRASE:
            problem = self.tr("Choose a passphrase of at least {n} characters.").format(
                n=MIN_PASSPHRASE)
        elif self.passphrase.text() != self.again.text():
            problem = self.tr("The two passphrases are not the same. Type them again.")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        grow_to_fit(self)
        announce(self.problem, problem)
        if not problem:
            self.accept()

    def create_in_background(self, on_done: Done) -> None:
        """Create in the background (key generation takes about a second)."""
        from aisafe_desktop.services.identities import create_identity

        name, organisation = self.name.text().strip(), self.organisation.text().strip()
        country, email = str(self.country.currentData()), self.email.text().strip()
        passphrase, data_dir = self.passphrase.text(), self.ctx.paths.data_dir
        self.passphrase.clear()
        self.again.clear()
        self.ctx.tasks.run(lambda: create_identity(
            None, name=name, organisation=organisation, country=country, email=email,
            passphrase=passphrase, data_dir=data_dir), on_done, self.ctx.errors.present)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("New signing identity"))
        self.intro.setText(self.tr(
            "A signing identity lets you sign your reports, so that the agency can check who sent "
            "them and that nothing was changed. It is kept in your data folder, locked with your "
            "passphrase. The passphrase cannot be recovered: write it down somewhere safe."))
        names = country_names()
        for i, code in enumerate(ASEAN_COUNTRIES):
            self.country.setItemText(i, names[code])
        labels = [(self.tr("Your name"), self.tr("The person who signs")),
                  (self.tr("Organisation"), self.tr("Shown in the signature")),
                  (self.tr("Country"), self.tr("Where the organisation is based")),
                  (self.tr("Email (optional)"), self.tr("Shown in the certificate")),
                  (self.tr("Passphrase"), self.tr("At least 8 characters; needed every time "
                                                  "you sign")),
                  (self.tr("Passphrase again"), self.tr("The same passphrase once more"))]
        for row, (widget, (label, hint)) in enumerate(zip(self.rows, labels, strict=True)):
            set_row_label(self.form, row, label)
            widget.setAccessibleName(label)
            widget.setAccessibleDescription(hint)
        translate_buttons(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))


def ask_create(ctx: AppContext, parent: QWidget, on_done: Done) -> CreateIdentityDialog:
    """Open the create-identity dialog (window-modal); the key is made in the background and
    `on_done` gets the stored identity. Returns the dialog so the caller (or a test) can reach it."""
    dialog = CreateIdentityDialog(ctx, parent)
    dialog.accepted.connect(lambda: dialog.create_in_background(on_done))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog


def ask_import(ctx: AppContext, parent: QWidget, on_done: Done) -> None:
    """Pick a .p12/.pfx, ask its passphrase, copy it into the data folder (re-encrypted)."""
    from aisafe_desktop.gui.file_dialogs import open_file
    from aisafe_desktop.services.identities import import_identity

    chosen = open_file(ctx.ui_state, parent, translate("Identities", "Import a signing identity"),
                       translate("Identities", "Signing identities (*.p12 *.pfx);;All files (*)"))
    if chosen is None:
        return
    name = str(chosen)
    passphrase, ok = QInputDialog.getText(
        parent, translate("Identities", "Passphrase"),
        escape_rich(translate("Identities", "The passphrase of {file}:").format(
            file=Path(name).name)),
        QLineEdit.EchoMode.Password)
    if ok:
        ctx.tasks.run(lambda: import_identity(Path(name), passphrase, ctx.paths.data_dir),
                      on_done, ctx.errors.present)


def identity_text(stored: Any) -> str:
    info = stored.info
    return f"{info.signer} · {info.organisation} · {info.fingerprint[:23]}…"


def make_passphrase_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
    return field
