"""The action plan on the results page: each recommendation is a checklist item with an owner and
a due date, typed like a person would, checked as typed, saved with the assessment and shown again
when the results are shown again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.action_plan import ActionItem
from aisafe_desktop.core.paths import AppPaths
from tests.gui.conftest import WindowFactory
from tests.gui.driver import open_state, start_assessment, walk_through
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_action_plan_is_edited_checked_saved_and_shown_again(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=20000)
    results = window.results
    assert set(results.action_editors) == {"rec-log"}  # the recommendations triggered
    editor = results.action_editors["rec-log"]
    assert "Keep a log of decisions." in editor.label.text()
    ws, aid = window.ctx.ws, open_state(window.walkthrough).id

    editor.due.setFocus()
    qtbot.keyClicks(editor.due, "31/03/2027")
    qtbot.keyClick(editor.due, Qt.Key.Key_Tab)
    assert editor.problem.isVisible() and "YYYY-MM-DD" in editor.problem.text()
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)
    assert ws.action_plan(aid) == {}  # nothing invalid is saved

    editor.due.selectAll()
    qtbot.keyClicks(editor.due, "2027-03-31")
    editor.owner.setFocus()
    qtbot.keyClicks(editor.owner, "Siti <b>Aminah</b>")
    qtbot.keyClick(editor.owner, Qt.Key.Key_Tab)
    editor.done.setFocus()
    qtbot.keyClick(editor.done, Qt.Key.Key_Space)
    assert not editor.problem.isVisible()
    expected = ActionItem("rec-log", True, "Siti <b>Aminah</b>", "2027-03-31")
    qtbot.waitUntil(lambda: ws.action_plan(aid).get("rec-log") == expected, timeout=10000)

    # shown again (back to the answers, then Finish): the saved plan is read back
    window.results.back_requested.emit()
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=20000)
    shown = window.results.action_editors["rec-log"]
    qtbot.waitUntil(lambda: shown.item() == expected, timeout=10000)
