"""Signed PDF from the GUI: create an identity on the spot, export with progress, then verify the
file (and a tampered copy) from Home; the identity shows in Settings and exports its certificate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.export_dialog import ExportDialog
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.verify_dialog import VerifyDialog
from aisafe_desktop.services.pdf_reports import catalogue_lookup, verify_reports
from tests.gui.conftest import WindowFactory
from tests.gui.driver import start_assessment, walk_through
from tests.gui.sample_questionnaire import SAMPLE_ID

LEFT = Qt.MouseButton.LeftButton
PASSPHRASE = "correct horse battery"


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def completed_window(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> MainWindow:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=20000)
    return window


def shown_export_dialog(window: MainWindow) -> ExportDialog:
    dialog = window.reports.export_dialog
    assert isinstance(dialog, ExportDialog), f"no export dialog is open: {dialog!r}"
    return dialog


def shown_verify_dialog(window: MainWindow) -> VerifyDialog:
    dialog = window.reports.verify_dialog
    assert isinstance(dialog, VerifyDialog), f"no verify dialog is open: {dialog!r}"
    return dialog


def create_identity(qtbot: QtBot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.create_button, LEFT)
    create = dialog.create_dialog
    type_into(qtbot, create.name, "Nurul Aisyah")
    type_into(qtbot, create.organisation, "Kedai Runcit Harmoni")
    type_into(qtbot, create.passphrase, PASSPHRASE)
    type_into(qtbot, create.again, "something else")
    ok = create.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    assert create.problem.isVisible() and create.isVisible()  # mismatch is explained
    type_into(qtbot, create.again, PASSPHRASE)
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(lambda: dialog.identity.count() == 1, timeout=30000)


def trust_after_comparing(qtbot: QtBot, dialog: VerifyDialog) -> None:
    """Click "Trust this signer…", check the fingerprint shown, and confirm it matches."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    seen: list[str] = []

    def confirm() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
        seen.append(box.text())
        accept = next(b for b in box.buttons()
                      if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        accept.click()

    QTimer.singleShot(200, confirm)
    qtbot.mouseClick(dialog.trust_button, LEFT)
    fingerprint = dialog.verification.fingerprint
    assert seen and fingerprint.split(":")[0] in seen[0] and "phone" in seen[0]


# QDragEnterEvent has only the QPoint constructor, which PySide marks deprecated.
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_export_signed_pdf_then_verify_it(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
) -> None:
    window = completed_window(qtbot, make_window, paths)
    assert window.results.export_button.isVisible()
    qtbot.mouseClick(window.results.export_button, LEFT)
    dialog = shown_export_dialog(window)
    assert not dialog.export_button.isEnabled()  # no identity yet
    assert "no signing identity yet" in dialog.status.text()
    create_identity(qtbot, dialog)
    assert "no signing identity yet" not in dialog.status.text()  # the note goes with it
    target = tmp_path / "report.pdf"
    type_into(qtbot, dialog.target, str(target))
    type_into(qtbot, dialog.passphrase, "wrong passphrase")
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=30000)
    assert "passphrase does not open" in dialog.status.text() and not target.exists()
    type_into(qtbot, dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.export_button, LEFT)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    exported = dialog.exported
    assert exported is not None
    assert dialog.progress.value() == 100 and dialog.folder_button.isVisible()
    said = dialog.status.accessibleDescription()  # (the text has break hints: see breakable)
    assert str(target) in said and exported.fingerprint in said
    assert said == dialog.status.text().replace("\u200b", "")
    ws = window.ctx.ws
    verdict = verify_reports([target], None, catalogue_lookup(ws.catalogue))[0]
    assert verdict.valid, verdict.reason
    assert next(s for s in ws.list_assessments()).status == "exported"
    dialog.close()

    window.reports.verify(target)
    qtbot.waitUntil(lambda: window.reports.verify_dialog is not None, timeout=30000)
    first = shown_verify_dialog(window)
    assert first.verdict.text().startswith("UNTRUSTED")  # a self-signed key vouches for nobody
    assert "Nurul Aisyah" in first.signer.text() and "Not in your trusted list" in first.signer.text()
    shown = first.signer.text().replace("\u200b", "")  # wrap points of the long fingerprint
    assert dialog.exported is not None and dialog.exported.fingerprint in shown
    assert first.trust_button.isVisible()
    trust_after_comparing(qtbot, first)
    qtbot.waitUntil(lambda: window.reports.verify_dialog is not first, timeout=30000)
    trusted = shown_verify_dialog(window)
    assert trusted.verdict.text().startswith("Trusted") and not trusted.trust_button.isVisible()
    assert "In your trusted list" in trusted.signer.text()
    trusted.close()
    window.reports.verify_dialog = None

    tampered = tmp_path / "tampered.pdf"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    window.show_home()  # a person drops the tampered file on Home
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tampered))])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, LEFT,
                            Qt.KeyboardModifier.NoModifier)
    assert QApplication.sendEvent(window.home, enter) and enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, LEFT,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.home, drop)
    qtbot.waitUntil(lambda: window.reports.verify_dialog is not None, timeout=30000)
    assert shown_verify_dialog(window).verdict.text() == "Do not rely on this report"
    assert any(label.text().startswith("✗") for label in shown_verify_dialog(window).details)
    shown_verify_dialog(window).close()

    window.show_settings()
    trust_panel = window.settings.trust
    qtbot.waitUntil(lambda: trust_panel.list.count() == 1, timeout=30000)
    assert "Nurul Aisyah" in trust_panel.list.item(0).text()
    trust_panel.remove(trust_panel.entries[0].fingerprint)
    qtbot.waitUntil(lambda: trust_panel.list.count() == 0, timeout=30000)
    panel = window.settings.identities
    assert panel.list.count() == 1 and exported.fingerprint in panel.list.item(0).text()
    certificate = tmp_path / "for-the-agency.pem"
    panel.export_certificate(panel.list.item(0).data(Qt.ItemDataRole.UserRole + 1).path,
                             certificate)
    assert certificate.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
