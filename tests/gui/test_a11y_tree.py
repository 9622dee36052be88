"""What a screen reader gets, through Qt's accessibility interface (what the AT-SPI bridge and
UIA read): every Tab stop is named and visible, no container is a Tab stop, the focus lands on the
result on arriving at Results, card controls name their question, status is in the tree, and a
flat button shows a focus ring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QWidget,
)

from tests.gui.driver import start_assessment, walk_through
from tests.gui.sample_questionnaire import SAMPLE_ID


def tab_stops(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
            and w.isVisibleTo(root) and not w.isWindow()
            and not isinstance(w.parentWidget(), QAbstractScrollArea | QPlainTextEdit)]


def tree_problems(page: QWidget, label: str) -> list[str]:
    found = []
    for widget in tab_stops(page):
        kind = type(widget).__name__
        if isinstance(widget, QAbstractScrollArea) and not isinstance(
                widget, QAbstractItemView | QPlainTextEdit):
            found.append(f"{label}: container {kind} is a Tab stop")
            continue
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None or not iface.isValid():
            found.append(f"{label}: {kind} has no accessible interface")
            continue
        if not iface.text(QAccessible.Text.Name).strip():
            found.append(f"{label}: {kind} '{getattr(widget, 'text', lambda: '')()}' has no name")
        if widget.width() <= 0 or widget.height() <= 0:
            found.append(f"{label}: {kind} is a Tab stop of size 0")
    return found


def test_the_accessibility_tree_of_every_page(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    found = tree_problems(window.home, "home")
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    found += tree_problems(walk, "walk-through")
    card = walk.stack.currentWidget().cards["uses-ai"]
    question = "Does the system use AI?"
    title = QAccessible.queryAccessibleInterface(walk.stack.currentWidget().title)
    assert title.role() == QAccessible.Role.Heading and title.text(QAccessible.Text.Name) == "Basics"
    group = QAccessible.queryAccessibleInterface(card)
    assert group.role() == QAccessible.Role.Grouping
    assert group.text(QAccessible.Text.Name) == question  # the card names its question
    options = QAccessible.queryAccessibleInterface(card.editor)  # once: Orca said it twice
    assert options.role() != QAccessible.Role.Grouping and not options.text(QAccessible.Text.Name)
    assert question not in card.editor.buttons[0].accessibleDescription()
    assert card.clear_button.accessibleName() == f"Clear answer: {question}"
    toggle = card.guidance_toggle
    assert toggle is not None and toggle.accessibleName() == f"Why we ask: {question}"
    assert toggle.accessibleDescription().startswith("Collapsed")
    toggle.click()
    assert toggle.accessibleDescription().startswith("Expanded")
    assert "Rules written by hand" in toggle.accessibleDescription()
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=10000)
    qtbot.waitUntil(lambda: walk.saved.text().startswith("Saved at"), timeout=10000)
    assert walk.saved.accessibleDescription().startswith("Saved at")  # not hidden by the name
    focus = QApplication.focusWidget()
    assert focus is window.results.result_heading, type(focus).__name__
    name = QAccessible.queryAccessibleInterface(focus).text(QAccessible.Text.Name)
    assert name.startswith("Result: ")
    found += tree_problems(window.results, "results")
    window.show_settings()
    found += tree_problems(window.settings, "settings")
    assert str(paths.data_dir) in window.settings.data_path.accessibleName()
    assert not found, "\n".join(found)


def test_a_flat_button_shows_a_focus_ring(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    button = window.home.edit_org  # a link-like flat button
    window.activateWindow()
    button.clearFocus()  # (Home starts with its first control focused: this button)
    QApplication.processEvents()
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert button.hasFocus()
    focused = button.grab().toImage()
    assert focused != unfocused, "no visible change when the flat button gets the focus"


def test_keyboard_shortcuts_page_and_enter_on_a_choice(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.driver import click

    window = make_window(paths)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible)
    rows = {dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert {"F1", "Ctrl+N", "F6", "Alt+S"} <= rows
    dialog.reject()
    assert "(Ctrl+N)" in window.new_action.toolTip()  # the tooltip names the key too
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    button = walk.stack.currentWidget().cards["uses-ai"].editor.buttons[0]
    click(qtbot, button)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert walk.current.id == "care"  # Enter on a choice = Next


def test_the_focus_shows_on_a_default_button(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    """Fusion draws a default button (Continue, Next, Export) and a focused one alike: under a
    real X server "Continue" looked the same with and without the focus."""
    from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout

    make_window(paths)  # the app's style, as the app runs it
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field, button = QLineEdit(), QPushButton("Continue")
    button.setDefault(True)
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    layout.addWidget(button)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    field.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    unfocused = button.grab().toImage()
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    assert button.hasFocus() and button.isDefault()
    assert button.grab().toImage() != unfocused, "no visible change when Continue gets the focus"


def test_enter_presses_a_focused_button_in_the_main_window(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    """Qt presses a focused button on Enter only in dialogs: on Results, Enter on "Export signed
    PDF…" did nothing under a real X server (Space did)."""
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=20000)
    window.activateWindow()
    pressed: list[bool] = []
    window.results.log_button.clicked.connect(lambda: pressed.append(True))
    window.results.log_button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(window.results.log_button, Qt.Key.Key_Return)
    assert pressed, "Enter did not press the focused Change log… button"
    window.home.edit_org.setFocus(Qt.FocusReason.TabFocusReason)  # a link-like button too
    assert window.home.edit_org.autoDefault()


def test_the_default_button_stays_default_when_the_focus_leaves_it(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    """Outside a dialog an auto-default button stops being the default when it loses the focus:
    Continue must stay the default, so that Enter on a language still continues."""
    window = make_window(paths, first_run_done=False)
    window.activateWindow()
    button = window.first_run.continue_button
    button.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    qtbot.keyClick(button, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert not button.hasFocus() and button.isDefault()
