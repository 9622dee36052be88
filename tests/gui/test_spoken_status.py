"""Status messages in dialogs are spoken (WCAG 4.1.3), through the one helper `widgets.announce`.

Over AT-SPI (this platform) a message is the name of the window's notification object
(`widgets.Notice`), shown again for each message: what Orca speaks without a focus change
(test_atspi_bus.py checks the events on the real bus, test_orca_speech.py what Orca says).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui import a11y
from aisafe_desktop.gui.ca_panel import CreateCaDialog
from aisafe_desktop.gui.identity_dialogs import CreateIdentityDialog
from aisafe_desktop.gui.inbox_settings import InboxSettingsDialog
from aisafe_desktop.gui.widgets import ANNOUNCE_BY_NOTICE, Notice
from tests.gui.conftest import WindowFactory


@pytest.fixture
def reader_present() -> Iterator[None]:
    """As when a screen reader runs: Qt's accessibility is active (announce() is silent else)."""
    a11y.install()
    before = QAccessible.isActive()
    QAccessible.setActive(True)
    yield
    QAccessible.setActive(before)


def spoken(window: QWidget) -> str:
    notice = window.findChild(Notice, Notice.OBJECT_NAME)
    assert isinstance(notice, Notice), "nothing was announced in this window"
    assert notice.isVisible() and notice.focusPolicy().name == "NoFocus"
    iface = QAccessible.queryAccessibleInterface(notice)
    assert iface.role() == QAccessible.Role.Notification
    return str(iface.text(QAccessible.Text.Name))


def press_ok(qtbot: QtBot, dialog: QDialog, buttons: QDialogButtonBox) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@pytest.mark.skipif(not ANNOUNCE_BY_NOTICE, reason="AT-SPI platforms only")
def test_dialog_problems_are_spoken(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
                                    reader_present: None) -> None:
    window = make_window(paths)
    identity = CreateIdentityDialog(window.ctx, window)
    qtbot.addWidget(identity)
    identity.name.setText("Aminah")
    identity.organisation.setText("Kedai Kopi")
    identity.passphrase.setText("first passphrase")
    identity.again.setText("second passphrase")
    press_ok(qtbot, identity, identity.buttons)
    assert spoken(identity) == "The two passphrases are not the same. Type them again."

    ca = CreateCaDialog(window)
    qtbot.addWidget(ca)
    ca.passphrase.setText("short")
    press_ok(qtbot, ca, ca.buttons)
    assert spoken(ca).startswith("Choose a passphrase of at least")

    inbox = InboxSettingsDialog(window.ctx, window)
    qtbot.addWidget(inbox)
    inbox.show()
    qtbot.waitExposed(inbox)
    inbox.url_edit.setText("mysql://officer@db/inbox")
    inbox.save()
    assert spoken(inbox) == "The inbox works with PostgreSQL (or a local file)."
