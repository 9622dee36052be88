"""Settings → Certificates from an agency: request and install one (businesses), and the
offline agency certificate authority (agency staff): create, issue, revoke, revocation list.

Each `ask_*` method collects files and the passphrase with standard dialogs; the matching plain
method (`request`, `install`, `create_ca`, `issue`, `revoke`, `write_crl`) runs the service in
the background and reports the outcome in `status` (plain text).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QInputDialog,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.file_dialogs import open_file, save_file
from aisafe_desktop.gui.widgets import (
    Heading,
    announce,
    escape_rich,
    language_change,
    quiet,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext


class CreateCaDialog(QDialog):
    """Name, organisation, country and a new passphrase (twice) for an agency CA."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from aisafe_desktop.services.identities import MIN_PASSPHRASE_LENGTH

        self.minimum = MIN_PASSPHRASE_LENGTH
        self.name, self.organisation, self.country = QLineEdit(), QLineEdit(), QLineEdit()
        self.country.setMaxLength(2)
        self.passphrase, self.again = QLineEdit(), QLineEdit()
        for field in (self.passphrase, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = wrapped()
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)  # fmt: skip
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setWindowTitle(self.tr("Create an agency certificate authority"))
        for label, field in ((self.tr("CA name"), self.name),
                             (self.tr("Organisation"), self.organisation),
                             (self.tr("Country (two letters)"), self.country),
                             (self.tr("Passphrase"), self.passphrase),
                             (self.tr("Passphrase again"), self.again)):  # fmt: skip
            self.form.addRow(label, field)

    def _check(self) -> None:
        if len(self.passphrase.text()) < self.minimum:
            self.problem.setText(self.tr("Choose a passphrase of at least {n} characters.")
                                 .format(n=self.minimum))
        elif self.passphrase.text() != self.again.text():
            self.problem.setText(self.tr("The two passphrases are not the same. Type them again."))
        else:
            self.accept()
            return
        announce(self.problem, self.problem.text())


class CertificatesPanel(QWidget):
    """Signals:
        certificate_installed(): an identity now carries an agency's certificate.
    """

    certificate_installed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title, self.agency_title = Heading(level=2), Heading(level=3)
        self.text, self.agency_text = quiet(wrapped()), quiet(wrapped())
        self.status = wrapped()
        self.status.setObjectName("certificate_status")
        self.request_button, self.install_button = QPushButton(), QPushButton()
        self.create_button, self.issue_button = QPushButton(), QPushButton()
        self.revoke_button, self.crl_button = QPushButton(), QPushButton()
        for button, slot in ((self.request_button, self.ask_request),
                             (self.install_button, self.ask_install),
                             (self.create_button, self.ask_create_ca),
                             (self.issue_button, self.ask_issue),
                             (self.revoke_button, self.ask_revoke),
                             (self.crl_button, self.ask_crl)):  # fmt: skip
            button.clicked.connect(slot)
        business, agency = QGridLayout(), QGridLayout()
        business.addWidget(self.request_button, 0, 0)
        business.addWidget(self.install_button, 0, 1)
        for i, button in enumerate((self.create_button, self.issue_button, self.revoke_button,
                                    self.crl_button)):  # fmt: skip
            agency.addWidget(button, i // 2, i % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addLayout(business)
        layout.addWidget(self.agency_title)
        layout.addWidget(self.agency_text)
        layout.addLayout(agency)
        layout.addWidget(self.status)
        self._retranslate()

    # -- running a use case --------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: Callable[[Any], str]) -> None:
        self.status.setText(self.tr("Working…"))

        def failed(error: BaseException) -> None:
            self.status.setText("")
            self.ctx.errors.present(error)

        def finished(result: Any) -> None:
            self.status.setText(done(result))
            announce(self.status, self.status.text())

        self.ctx.tasks.run(work, finished, failed)

    def request(self, identity: Path, passphrase: str, out: Path) -> None:
        from aisafe_desktop.services import certificate_authority as ca
        from aisafe_desktop.services.identities import open_identity

        self._run(lambda: ca.request(open_identity(identity, passphrase), out),
                  lambda path: self.tr("Saved the request {file}. Send it to the agency.")
                  .format(file=str(path)))  # fmt: skip

    def install(self, identity: Path, certificate: Path, passphrase: str) -> None:
        from aisafe_desktop.services import certificate_authority as ca

        def done(info: Any) -> str:
            self.certificate_installed.emit()
            return self.tr("Installed the certificate from {issuer}. Your reports now carry it."
                           ).format(issuer=info.issuer)  # fmt: skip

        self._run(lambda: ca.install_certificate(identity, certificate, passphrase), done)

    def create_ca(self, out: Path, name: str, organisation: str, country: str,
                  passphrase: str) -> None:  # fmt: skip
        from aisafe_desktop.services import certificate_authority as ca

        self._run(lambda: ca.create_ca(out, name=name, organisation=organisation, country=country,
                                       passphrase=passphrase),
                  lambda stored: self.tr("Created the CA {file}. Give {certificate} to every "
                                         "verifier; its fingerprint is {fingerprint}.").format(
                      file=str(stored.path), certificate=str(stored.certificate_path),
                      fingerprint=stored.info.fingerprint))  # fmt: skip

    def issue(self, csr: Path, ca_file: Path, passphrase: str, out: Path, days: int) -> None:
        from aisafe_desktop.services import certificate_authority as ca

        self._run(lambda: ca.issue(csr, ca_file, passphrase, out, days),
                  lambda issued: self.tr("Issued {file} to {subject}, serial {serial}.").format(
                      file=str(issued.path), subject=issued.info.subject,
                      serial=issued.info.serial))  # fmt: skip

    def revoke(self, ca_file: Path, passphrase: str, serial: str) -> None:
        from aisafe_desktop.services import certificate_authority as ca

        self._run(lambda: ca.revoke(ca_file, passphrase, serial),
                  lambda entry: self.tr("Revoked {serial} ({subject}). Write a new revocation "
                                        "list and give it to verifiers.").format(
                      serial=entry.serial, subject=entry.subject))  # fmt: skip

    def write_crl(self, ca_file: Path, passphrase: str, out: Path) -> None:
        from aisafe_desktop.services import certificate_authority as ca

        self._run(lambda: ca.write_crl(ca_file, passphrase, out),
                  lambda result: self.tr("Saved the revocation list {file} ({count} revoked).")
                  .format(file=str(result[0]), count=result[1]))  # fmt: skip

    # -- asking --------------------------------------------------------------------------------
    def _open(self, title: str, pattern: str) -> Path | None:
        return open_file(self.ctx.ui_state, self, title, pattern)

    def _save(self, title: str, suggested: str, pattern: str) -> Path | None:
        return save_file(self.ctx.ui_state, self, title, suggested, pattern)

    def _passphrase(self, file: Path) -> str | None:
        text, ok = QInputDialog.getText(  # the label interprets markup: the file name is escaped
            self, self.tr("Passphrase"),
            escape_rich(self.tr("The passphrase of {file}:").format(file=file.name)),
            QLineEdit.EchoMode.Password)
        return text if ok else None

    def _identities(self) -> str:
        return self.tr("Signing identities (*.p12 *.pfx)")

    def ask_request(self) -> None:
        identity = self._open(self.tr("Which identity?"), self._identities())
        passphrase = self._passphrase(identity) if identity else None
        out = self._save(self.tr("Save the request"), f"{identity.stem}.csr",
                         self.tr("Requests (*.csr)")) if identity and passphrase else None
        if identity and passphrase and out:
            self.request(identity, passphrase, out)

    def ask_install(self) -> None:
        identity = self._open(self.tr("Which identity?"), self._identities())
        cert = self._open(self.tr("The certificate from the agency"),
                          self.tr("Certificates (*.crt *.pem *.cer)")) if identity else None
        passphrase = self._passphrase(identity) if identity and cert else None
        if identity and cert and passphrase:
            self.install(identity, cert, passphrase)

    def ask_create_ca(self) -> None:
        dialog = CreateCaDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        out = self._save(self.tr("Save the CA file"), "agency-ca.p12", self._identities())
        if out:
            self.create_ca(out, dialog.name.text(), dialog.organisation.text(),
                           dialog.country.text(), dialog.passphrase.text())

    def ask_issue(self) -> None:
        csr = self._open(self.tr("The request to sign"), self.tr("Requests (*.csr)"))
        ca_file = self._open(self.tr("The CA file"), self._identities()) if csr else None
        passphrase = self._passphrase(ca_file) if csr and ca_file else None
        days, ok = (QInputDialog.getInt(self, self.tr("Validity"), self.tr("Valid for (days):"),
                                        730, 1, 3650) if passphrase else (0, False))  # fmt: skip
        out = self._save(self.tr("Save the certificate"), f"{csr.stem}.crt",
                         self.tr("Certificates (*.crt)")) if csr and ok else None
        if csr and ca_file and passphrase and out:
            self.issue(csr, ca_file, passphrase, out, days)

    def ask_revoke(self) -> None:
        ca_file = self._open(self.tr("The CA file"), self._identities())
        serial, ok = (QInputDialog.getText(self, self.tr("Revoke"),
                                           self.tr("Serial number of the certificate to revoke:"))
                      if ca_file else ("", False))  # fmt: skip
        passphrase = self._passphrase(ca_file) if ca_file and ok and serial else None
        if ca_file and passphrase:
            self.revoke(ca_file, passphrase, serial)

    def ask_crl(self) -> None:
        ca_file = self._open(self.tr("The CA file"), self._identities())
        passphrase = self._passphrase(ca_file) if ca_file else None
        out = self._save(self.tr("Save the revocation list"), "agency.crl",
                         self.tr("Revocation lists (*.crl)")) if passphrase else None
        if ca_file and passphrase and out:
            self.write_crl(ca_file, passphrase, out)

    def changeEvent(self, event: QEvent) -> None:
        if language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Certificates from an agency"))
        self.text.setText(self.tr(
            "An agency can vouch for your identity once, for all your reports: send it a request, "
            "then install the certificate it returns."))
        self.request_button.setText(self.tr("Request a certificate…"))
        self.install_button.setText(self.tr("Install a certificate…"))
        self.agency_title.setText(self.tr("Agency certificate authority"))
        self.agency_text.setText(self.tr(
            "For agency staff: issue certificates to the businesses you register, and revoke "
            "them. Keep the CA file and its ledger offline and backed up."))
        self.create_button.setText(self.tr("Create a CA…"))
        self.issue_button.setText(self.tr("Issue a certificate…"))
        self.revoke_button.setText(self.tr("Revoke a certificate…"))
        self.crl_button.setText(self.tr("Write the revocation list…"))
