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



def test_new_signing_identity_opens_wide_enough_for_its_text(qtbot, qapp, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    """At 200 % text it opens about 60 characters wide, or as wide as the screen allows: its
    scroll area alone asked for little, and the dialog opened 536 px wide on a 1024-pixel screen,
    its introduction wrapped into eight lines above one field and a half."""
    from aisafe_desktop.gui import fonts
    from aisafe_desktop.gui.identity_dialogs import CreateIdentityDialog
    from aisafe_desktop.gui.widgets import refresh_headings

    window = make_window(paths)
    fonts.apply_text_scale(qapp, 2.0)
    refresh_headings()
    try:
        dialog = CreateIdentityDialog(window.ctx, window)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        screen = dialog.screen().availableGeometry()
        wanted = min(dialog.fontMetrics().averageCharWidth() * 60, round(screen.width() * 0.95))
        assert dialog.width() >= wanted, (dialog.width(), wanted, screen)
        dialog.reject()
    finally:
        fonts.apply_text_scale(qapp, 1.0)
        refresh_headings()
