"""Conditions show and hide questions live, without moving the page; the missing-required list;
invalid numbers are explained, not saved."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.question_widgets import ChoiceEditor, NumberEditor
from tests.gui.conftest import WindowFactory
from tests.gui.driver import (
    answer,
    click,
    current_section,
    editor_of,
    open_state,
    shown_page,
    start_assessment,
)
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_condition_shows_and_hides_a_question_live(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    page = shown_page(window.walkthrough)
    gate, follow_up = page.cards["uses-ai"], page.cards["ai-kind"]
    assert not follow_up.isVisible()
    where = gate.mapTo(window, QPoint(0, 0))
    click(qtbot, editor_of(gate, ChoiceEditor).buttons[0])  # Yes
    qtbot.waitUntil(follow_up.isVisible)
    assert gate.mapTo(window, QPoint(0, 0)) == where  # the page did not jump
    click(qtbot, editor_of(gate, ChoiceEditor).buttons[1])  # No
    qtbot.waitUntil(lambda: not follow_up.isVisible())
    assert gate.mapTo(window, QPoint(0, 0)) == where
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)  # the write queue is empty
    stored = window.ctx.ws.open_assessment(open_state(window.walkthrough).id).answers
    assert stored["uses-ai"].value == "no"


def test_missing_required_list_before_completion(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    page = shown_page(walk)
    answer(qtbot, page.cards["uses-ai"], 1)  # "No"
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)  # to "Safeguards"
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)  # Finish
    assert walk.missing.isVisible()
    expected = window.ctx.ws.missing_required(open_state(walk).id)
    assert walk.missing.missing == expected == ["system-name", "users", "checks", "confidence"]
    assert window.stack.currentWidget() is walk  # not completed
    # choose the second entry with the keyboard: it opens that question
    walk.missing.list.setFocus()
    qtbot.keyClick(walk.missing.list, Qt.Key.Key_Down)
    qtbot.keyClick(walk.missing.list, Qt.Key.Key_Return)
    target = shown_page(walk).cards["users"]
    assert current_section(walk).id == "basics" and editor_of(target, NumberEditor).field.hasFocus()
    answer(qtbot, target)
    assert walk.missing.missing == ["system-name", "checks", "confidence"]  # updated live


def test_invalid_number_is_explained_and_not_saved(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    card = shown_page(window.walkthrough).cards["users"]
    field = editor_of(card, NumberEditor).field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "200000")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert card.problem.isVisible() and "100000" in card.problem.text()
    qtbot.keyClicks(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "not a number" in card.problem.text()
    assert "users" not in window.ctx.ws.open_assessment(open_state(window.walkthrough).id).answers
    field.clear()
    qtbot.keyClicks(field, "42")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not card.problem.isVisible()
    qtbot.waitUntil(lambda: window.walkthrough.saved.text().startswith("Saved at"))
    assert window.ctx.ws.open_assessment(open_state(window.walkthrough).id).answers["users"].value == 42
