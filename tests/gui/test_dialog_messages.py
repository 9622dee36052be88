"""A message that appears in an open dialog makes the dialog grow, not its fields shrink: under a
real X server the passphrase mismatch in "New signing identity" squashed every field below its
own height (text and dots cut)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.identity_dialogs import ask_create
from tests.gui.conftest import WindowFactory


def test_a_passphrase_mismatch_does_not_squash_the_fields(qtbot: QtBot, make_window: WindowFactory,
                                                          paths: AppPaths) -> None:
    window = make_window(paths)
    dialog = ask_create(window.ctx, window, lambda _stored: None)
    qtbot.waitExposed(dialog)
    dialog.name.setText("Siti Aminah")
    dialog.organisation.setText("Kedai Siti Sdn Bhd")
    dialog.passphrase.setText("correct horse battery")
    dialog.again.setText("correct horse batery")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    QApplication.processEvents()
    assert dialog.problem.isVisible() and dialog.isVisible()
    squashed = [f.accessibleName() or f.objectName() for f in dialog.findChildren(QLineEdit)
                if f.isVisible() and f.height() < f.sizeHint().height()]
    assert not squashed, squashed
    assert dialog.problem.height() >= dialog.problem.heightForWidth(dialog.problem.width())
    dialog.reject()
