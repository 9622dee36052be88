"""A live switch of colour scheme (Settings → Colours, or the desktop going dark while "As the
system" is chosen) repaints what is already open: the verify banner and the agency's comment
took their colours from the scheme once and kept the light ones in dark and high contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.design import COLOURS
from aisafe_desktop.gui.question_card import QuestionCard
from aisafe_desktop.gui.theme import ColourScheme, apply_colours
from aisafe_desktop.gui.verify_dialog import VerifyDialog
from aisafe_desktop.services.verification import Verification
from tests.gui.conftest import WindowFactory
from tests.gui.driver import start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID
from tests.gui.test_verify_banner import verdicts  # noqa: F401 - the fixture, shared


def banner_fill(dialog: VerifyDialog) -> str:
    """The colour the banner is painted in (inside its rounded corners, right of the text)."""
    banner = dialog.banner
    image = banner.grab().toImage()
    return QColor(image.pixel(image.width() - 4, image.height() // 2)).name()


def test_open_banners_repaint_after_a_scheme_switch(
        qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, paths: AppPaths,
        verdicts: dict[str, Verification]) -> None:  # noqa: F811 - the shared fixture
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    card = next(iter(window.findChildren(QuestionCard)))
    dialog = VerifyDialog(verdicts["untrusted"], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    try:
        assert banner_fill(dialog) == COLOURS["light"].warning.lower()
        for scheme in (ColourScheme.DARK, ColourScheme.HIGH_CONTRAST, ColourScheme.LIGHT):
            window.set_colours(scheme.value)  # Settings → Colours
            QApplication.processEvents()
            wanted = COLOURS[scheme.value].warning
            assert banner_fill(dialog) == wanted.lower(), scheme
            assert wanted in card.agency_note.styleSheet(), scheme
        window.set_colours(ColourScheme.SYSTEM.value)
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop went dark
        QApplication.processEvents()
        assert banner_fill(dialog) == COLOURS["dark"].warning.lower()
        assert COLOURS["dark"].warning in card.agency_note.styleSheet()
    finally:
        dialog.close()
        apply_colours(qapp, ColourScheme.LIGHT)
        window.ctx.update_settings(colours=ColourScheme.LIGHT.value)
