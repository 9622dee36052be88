"""Nothing typed is lost when a save fails: the value stays marked, is retried with back-off, and
closing the window asks "save, or discard N unsaved answers?".

The failure is real: another connection holds the SQLite write lock (as a second program or a
backup tool would), so the app's write waits out its busy timeout and fails."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.driver import start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_failed_save_is_kept_marked_retried_and_guarded_at_close(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    card = walk.stack.currentWidget().cards["system-name"]
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # the write lock, held by someone else
    try:
        qtbot.mouseClick(card.editor.field, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(card.editor.field, "Loan helper")
        qtbot.keyClick(card.editor.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: walk.saved.unsaved == 1, timeout=20000)
        assert card.problem.isVisible() and "Not saved yet" in card.problem.text()
        assert "not saved yet" in walk.saved.text()
        assert card.editor.field.text() == "Loan helper"  # the typed text is still there

        window.close()  # the retry keeps failing: the window must ask, not close
        qtbot.waitUntil(lambda: getattr(window, "unsaved_box", None) is not None, timeout=20000)
        box = window.unsaved_box
        assert window.isVisible() and box.isVisible()
        assert "1 answer could not be saved yet" in box.text()
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    box.button(QMessageBox.StandardButton.Save).click()  # "Try to save again"
    qtbot.waitUntil(lambda: walk.saved.unsaved == 0 and not walk.ctx.tasks.busy, timeout=20000)
    assert not card.problem.isVisible()
    assert walk.saved.text().startswith("Saved at")
    state = window.ctx.ws.open_assessment(walk.state.id)
    assert state.answers["system-name"].value == "Loan helper"
    window.close()
    assert not window.isVisible()  # nothing unsaved: closes without asking


def test_discarding_at_close_is_an_explicit_choice(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    card = walk.stack.currentWidget().cards["system-name"]
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.mouseClick(card.editor.field, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(card.editor.field, "Gone")
        qtbot.keyClick(card.editor.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: walk.saved.unsaved == 1, timeout=20000)
        window.close()
        qtbot.waitUntil(lambda: getattr(window, "unsaved_box", None) is not None, timeout=20000)
        window.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
