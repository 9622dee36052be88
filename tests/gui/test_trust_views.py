"""Settings → certificates and trusted list: the agency CA flow and the trust store from the GUI,
with real keys and the real workspace."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from aisafe_desktop.gui.ca_panel import CertificatesPanel
from aisafe_desktop.services import identities

PASSPHRASE = "a long passphrase"


def _wait_status(qtbot: QtBot, panel: CertificatesPanel, start: str) -> str:
    qtbot.waitUntil(lambda: panel.status.text().startswith(start), timeout=60000)
    return str(panel.status.text())


def test_agency_ca_flow_and_trusted_list_from_settings(qtbot, make_window, paths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from tests.cli.trust_support import QUESTIONNAIRE

    paths.user_questionnaires_dir.mkdir(parents=True, exist_ok=True)
    (paths.user_questionnaires_dir / QUESTIONNAIRE.name).write_bytes(QUESTIONNAIRE.read_bytes())
    window = make_window(paths)
    window.show_settings()
    panel, trust = window.settings.certificates, window.settings.trust
    ca = tmp_path / "agency.p12"
    panel.create_ca(ca, "Agency AI Registry CA", "Digital Agency", "MY", PASSPHRASE)
    assert "agency.crt.pem" in _wait_status(qtbot, panel, "Created the CA")
    me = identities.create_identity(tmp_path / "me.p12", name="Nurul Aisyah",
                                    organisation="Kedai Runcit Harmoni", country="MY",
                                    passphrase=PASSPHRASE).path  # fmt: skip
    csr, crt, crl = tmp_path / "me.csr", tmp_path / "me.crt", tmp_path / "agency.crl"
    panel.request(me, PASSPHRASE, csr)
    _wait_status(qtbot, panel, "Saved the request")
    panel.issue(csr, ca, PASSPHRASE, crt, 30)
    issued = _wait_status(qtbot, panel, "Issued")
    serial = issued.rsplit("serial ", 1)[1].rstrip(".")
    panel.install(me, crt, PASSPHRASE)
    assert "Agency AI Registry CA" in _wait_status(qtbot, panel, "Installed")
    report = _signed_report(me, tmp_path)
    panel.revoke(ca, PASSPHRASE, serial)
    _wait_status(qtbot, panel, "Revoked")
    panel.write_crl(ca, PASSPHRASE, crl)
    assert "(1 revoked)" in _wait_status(qtbot, panel, "Saved the revocation list")

    trust.add_file(tmp_path / "agency.crt.pem")
    qtbot.waitUntil(lambda: trust.list.count() == 1, timeout=30000)
    assert trust.list.item(0).text().startswith("Agency CA")
    trust.add_file(crl)
    qtbot.waitUntil(lambda: "Revocation list" in trust.list.item(0).text(), timeout=30000)
    window.reports.verify(report)  # signed before the revocation: rejected all the same
    qtbot.waitUntil(lambda: window.reports.verify_dialog is not None, timeout=30000)
    dialog = window.reports.verify_dialog
    assert dialog.verdict.text() == "Do not rely on this report"
    assert "unchanged" in dialog.summary.text() and "it has been revoked" in dialog.summary.text()
    assert not dialog.trust_button.isVisible()
    dialog.close()
    trust.remove(trust.entries[0].fingerprint)
    qtbot.waitUntil(lambda: trust.list.count() == 0, timeout=30000)

    panel.install(me, tmp_path / "agency.crt.pem", PASSPHRASE)  # not for this key: explained
    qtbot.waitUntil(lambda: "not a certificate for the key" in (window.ctx.errors.last_text or ""),
                    timeout=30000)
    assert panel.status.text() == ""


def _signed_report(identity: Path, folder: Path) -> Path:
    import json

    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.core.loader import load_file
    from aisafe_desktop.services import pdf_reports
    from tests.cli.trust_support import ANSWERS, QUESTIONNAIRE

    loaded = load_file(QUESTIONNAIRE)
    assert loaded.questionnaire is not None
    out = folder / "report.pdf"
    pdf_reports.export_report(
        pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256),
        parse_answers_document(json.dumps(ANSWERS).encode()),
        identities.open_identity(identity, PASSPHRASE), out)  # fmt: skip
    return out


def test_create_ca_dialog_asks_for_the_same_minimum_passphrase(qtbot) -> None:  # type: ignore[no-untyped-def]
    from aisafe_desktop.gui.ca_panel import CreateCaDialog

    dialog = CreateCaDialog()
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("short")
    dialog.again.setText("short")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "at least 8 characters" in dialog.problem.text() and dialog.result() == 0
