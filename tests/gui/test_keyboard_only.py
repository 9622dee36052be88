"""A keyboard-only journey, from the first launch to a verified signed PDF: every step is a QTest
key event sent where the focus is (Tab, arrows, Space, Enter, shortcuts and mnemonics); no mouse
and no calls into the widgets. The only help is the window manager's part: when a dialog closes,
the window under it becomes active again (the offscreen platform does not do that itself)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.export_dialog import ExportDialog
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.new_assessment import NewAssessmentDialog
from aisafe_desktop.gui.question_card import QuestionCard
from aisafe_desktop.gui.section_page import SectionPage
from aisafe_desktop.gui.text_editors import NumberEditor
from aisafe_desktop.gui.verify_dialog import VerifyDialog
from tests.gui.conftest import WindowFactory
from tests.gui.sample_questionnaire import SAMPLE_ID

NONE = Qt.KeyboardModifier.NoModifier
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
PASSPHRASE = "correct horse battery"


class Keyboard:
    def __init__(self, qtbot: QtBot, window: MainWindow) -> None:
        self.qtbot, self.window = qtbot, window

    def focus(self) -> QWidget | None:
        if QApplication.activeWindow() is None:  # the window manager's part (see above)
            top = QApplication.activeModalWidget() or self.window
            top.activateWindow()
            self.qtbot.waitUntil(lambda: QApplication.activeWindow() is not None)
        return QApplication.focusWidget() or QApplication.activeWindow()

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:
        target = self.focus()
        assert target is not None
        QTest.keyClick(target, key, modifier)
        QApplication.processEvents()

    def type(self, text: str) -> None:
        target = self.focus()
        assert target is not None
        QTest.keyClicks(target, text)

    def tab_to(self, wanted: QWidget, limit: int = 60) -> None:
        for _ in range(limit):
            if QApplication.focusWidget() is wanted:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {wanted!r} (focus: {QApplication.focusWidget()!r})")


def card_of(widget: QWidget | None) -> QuestionCard | None:
    while widget is not None and not isinstance(widget, QuestionCard):
        widget = widget.parentWidget()
    return widget


def answer_section(keys: Keyboard, page: SectionPage) -> None:
    """Tab through the section and answer every required question that is still open."""
    for _ in range(200):
        todo = [c for c in page.visible_cards() if c.question.required and not c.answered]
        if not todo:
            return
        widget = keys.focus()
        card = card_of(widget)
        if card is not None and not card.answered and card.question.required:
            if isinstance(widget, QRadioButton | QCheckBox):
                keys.press(Qt.Key.Key_Space)
            elif isinstance(widget, QLineEdit):
                keys.type("3" if isinstance(card.editor, NumberEditor) else "Loan helper")
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                keys.type("Typed with the keyboard only.")
            elif isinstance(widget, QAbstractButton) and widget.text() == "Today":
                keys.press(Qt.Key.Key_Space)
        keys.press(Qt.Key.Key_Tab)
    raise AssertionError("the section's questions could not all be answered by keyboard")


def test_keyboard_only_from_first_launch_to_a_verified_export(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path) -> None:
    window = make_window(paths, first_run_done=False)
    keys = Keyboard(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.first_run)
    # First launch: Enter continues; type the organisation name; Enter saves.
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.first_run.form.name)
    keys.type("Kedai Runcit Harmoni")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home
                    and not window.ctx.tasks.busy, timeout=20000)

    # Ctrl+N, arrows to the questionnaire, Tab to the title, Enter starts.
    keys.press(Qt.Key.Key_N, CTRL)
    def new_dialog() -> NewAssessmentDialog | None:
        found = getattr(window, "new_dialog", None)
        return found if isinstance(found, NewAssessmentDialog) and found.isVisible() else None

    qtbot.waitUntil(lambda: new_dialog() is not None)
    dialog = new_dialog()
    assert dialog is not None
    keys.tab_to(dialog.list)
    row = next(i for i, e in enumerate(dialog.entries) if e.questionnaire.id == SAMPLE_ID)
    for _ in range(len(dialog.entries)):
        if dialog.list.currentRow() == row:
            break
        keys.press(Qt.Key.Key_Down if dialog.list.currentRow() < row else Qt.Key.Key_Up)
    assert dialog.list.currentRow() == row
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.walkthrough, timeout=10000)

    # The walk-through: answer by Tab, Space and typing; Alt+→ goes on (and finishes).
    walk = window.walkthrough
    for _ in range(20):
        page = walk.stack.currentWidget()
        assert isinstance(page, SectionPage)
        qtbot.waitUntil(lambda page=page: page.complete)  # type: ignore[misc]
        answer_section(keys, page)
        keys.press(Qt.Key.Key_Right, ALT)
        qtbot.waitUntil(lambda page=page: walk.stack.currentWidget() is not page  # type: ignore[misc]
                        or window.stack.currentWidget() is window.results, timeout=20000)
        if window.stack.currentWidget() is window.results:
            break
    assert window.stack.currentWidget() is window.results
    assert QApplication.focusWidget() is window.results.result_heading  # the result is read

    # Alt+E: export. Tab to "New…", Space; fill the identity form; Enter creates it.
    keys.press(Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: isinstance(window.reports.export_dialog, ExportDialog))
    export = window.reports.export_dialog
    assert isinstance(export, ExportDialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is export)
    keys.tab_to(export.create_button)
    keys.press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(export, "create_dialog", None) is not None)
    create = export.create_dialog
    # a person reads the form while it fills in the organisation from the profile
    qtbot.waitUntil(lambda: create.organisation.text() == "Kedai Runcit Harmoni", timeout=30000)
    keys.tab_to(create.name)
    keys.type("Nurul Aisyah")
    keys.tab_to(create.passphrase)
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Tab)
    keys.type(PASSPHRASE)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: export.identity.count() == 1, timeout=30000)
    keys.tab_to(export.passphrase)
    keys.type(PASSPHRASE)
    target = tmp_path / "report.pdf"
    keys.tab_to(export.target)
    keys.press(Qt.Key.Key_A, CTRL)
    keys.type(str(target))
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: export.exported is not None, timeout=60000)
    assert target.is_file()
    keys.press(Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not export.isVisible())

    # Alt+Home, then Alt+V on Home: type the file's path in the file dialog, Enter.
    keys.press(Qt.Key.Key_Home, ALT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)

    attempts = [0]

    def type_the_path() -> None:
        """In the file dialog: Tab to its file name field, type the path, Enter. If the
        dialog is somehow still open later, Escape closes it: the test fails, never hangs."""
        chooser = QApplication.activeModalWidget()
        if not isinstance(chooser, QFileDialog):
            attempts[0] += 1
            if attempts[0] < 400:
                QTimer.singleShot(50, type_the_path)
            return
        if QApplication.activeWindow() is not chooser:  # the window manager's part
            chooser.activateWindow()
            attempts[0] += 1
            if attempts[0] < 400:
                QTimer.singleShot(50, type_the_path)
            return
        for _ in range(30):  # Tab to the dialog's file name field
            field = QApplication.focusWidget() or chooser
            if field.objectName() == "fileNameEdit":
                break
            QTest.keyClick(field, Qt.Key.Key_Tab)
        QTest.keyClick(field, Qt.Key.Key_A, CTRL)
        QTest.keyClicks(field, str(target))
        QTest.keyClick(field, Qt.Key.Key_Return)
        QTimer.singleShot(5000, give_up)

    def give_up() -> None:
        chooser = QApplication.activeModalWidget()
        if isinstance(chooser, QFileDialog):
            QTest.keyClick(chooser, Qt.Key.Key_Escape)

    QTimer.singleShot(50, type_the_path)
    keys.press(Qt.Key.Key_V, ALT)
    qtbot.waitUntil(lambda: isinstance(window.reports.verify_dialog, VerifyDialog), timeout=30000)
    verified = window.reports.verify_dialog
    assert isinstance(verified, VerifyDialog)
    assert verified.banner.kind == "untrusted"  # intact; a new key vouches for nobody yet
    assert not any(c.passed is False for c in verified.checks)
    assert "Nurul Aisyah" in verified.signer.text()
