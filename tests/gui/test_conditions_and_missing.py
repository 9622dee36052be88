"""Conditions show and hide questions live, without moving the page; the missing-required list;
invalid numbers are explained, not saved."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from tests.gui.driver import answer, click, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_condition_shows_and_hides_a_question_live(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    page = window.walkthrough.stack.currentWidget()
    gate, follow_up = page.cards["uses-ai"], page.cards["ai-kind"]
    assert not follow_up.isVisible()
    where = gate.mapTo(window, QPoint(0, 0))
    click(qtbot, gate.editor.buttons[0])  # Yes
    qtbot.waitUntil(follow_up.isVisible)
    assert gate.mapTo(window, QPoint(0, 0)) == where  # the page did not jump
    click(qtbot, gate.editor.buttons[1])  # No
    qtbot.waitUntil(lambda: not follow_up.isVisible())
    assert gate.mapTo(window, QPoint(0, 0)) == where
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)  # the write queue is empty
    stored = window.ctx.ws.open_assessment(window.walkthrough.state.id).answers
    assert stored["uses-ai"].value == "no"


def test_missing_required_list_before_completion(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    page = walk.stack.currentWidget()
    answer(qtbot, page.cards["uses-ai"], 1)  # "No"
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)  # to "Safeguards"
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)  # Finish
    assert walk.missing.isVisible()
    expected = window.ctx.ws.missing_required(walk.state.id)
    assert walk.missing.missing == expected == ["system-name", "users", "checks", "confidence"]
    assert window.stack.currentWidget() is walk  # not completed
    # choose the second entry with the keyboard: it opens that question
    walk.missing.list.setFocus()
    qtbot.keyClick(walk.missing.list, Qt.Key.Key_Down)
    qtbot.keyClick(walk.missing.list, Qt.Key.Key_Return)
    target = walk.stack.currentWidget().cards["users"]
    assert walk.current.id == "basics" and target.editor.field.hasFocus()
    answer(qtbot, target)
    assert walk.missing.missing == ["system-name", "checks", "confidence"]  # updated live


def test_invalid_number_is_explained_and_not_saved(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    card = window.walkthrough.stack.currentWidget().cards["users"]
    qtbot.mouseClick(card.editor.field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(card.editor.field, "200000")
    qtbot.keyClick(card.editor.field, Qt.Key.Key_Return)
    assert card.problem.isVisible() and "100000" in card.problem.text()
    qtbot.keyClicks(card.editor.field, "x")
    qtbot.keyClick(card.editor.field, Qt.Key.Key_Return)
    assert "not a number" in card.problem.text()
    assert "users" not in window.ctx.ws.open_assessment(window.walkthrough.state.id).answers
    card.editor.field.clear()
    qtbot.keyClicks(card.editor.field, "42")
    qtbot.keyClick(card.editor.field, Qt.Key.Key_Return)
    assert not card.problem.isVisible()
    qtbot.waitUntil(lambda: window.walkthrough.saved.text().startswith("Saved at"))
    assert window.ctx.ws.open_assessment(window.walkthrough.state.id).answers["users"].value == 42
