"""Editing an exported assessment warns first that the signed PDF will no longer match; leaving
it changes nothing, a copy keeps the exported answers as they were, and the export record stays."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui.question_widgets import ChoiceEditor
from aisafe_desktop.services.workspace import Workspace
from tests.gui.conftest import WindowFactory
from tests.gui.driver import click, editor_of, open_state, shown_page
from tests.gui.sample_questionnaire import SAMPLE_ID


def exported(paths: AppPaths) -> int:
    with Workspace.open(paths) as ws:
        aid = ws.create_assessment(SAMPLE_ID, title="Signed one")
        for qid, value in (("uses-ai", "no"), ("system-name", "Bot"), ("users", 5),
                           ("checks", ["review"]), ("confidence", 2)):
            ws.record_answer(aid, qid, value)
        ws.complete(aid)
        ws.record_export(aid, paths.data_dir / "signed.pdf", "ab" * 32, "cd" * 32)
    return aid


def test_editing_an_exported_assessment_asks_first(qtbot: QtBot, make_window: WindowFactory,
                                                   paths: AppPaths) -> None:
    aid = exported(paths)
    window = make_window(paths)
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.walkthrough, timeout=10000)
    walk = window.walkthrough
    card = shown_page(walk).cards["uses-ai"]
    buttons = editor_of(card, ChoiceEditor).buttons
    click(qtbot, buttons[0])  # "Yes" instead of "No"
    box = walk.edit_box
    assert box is not None and box.isVisible() and "will no longer match" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()  # leave it as it is
    assert buttons[1].isChecked()  # the exported answer is shown again
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)
    assert window.ctx.ws.open_assessment(aid).status is AssessmentStatus.EXPORTED

    click(qtbot, buttons[0])
    box = walk.edit_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Yes).click()  # change the answers
    qtbot.waitUntil(lambda: walk.saved.text().startswith("Saved at"), timeout=10000)
    state = window.ctx.ws.open_assessment(aid)
    assert state.answers["uses-ai"].value == "yes"
    assert state.status is AssessmentStatus.DRAFT
    walk.edit_box = None
    click(qtbot, buttons[1])  # asked once per opening, not at every change
    assert walk.edit_box is None
    connection = sqlite3.connect(paths.database)
    try:
        assert connection.execute("SELECT count(*) FROM exports WHERE assessment_id = ?",
                                  (aid,)).fetchone() == (1,)  # the export record is kept
    finally:
        connection.close()


def test_work_on_a_copy_keeps_the_exported_answers(qtbot: QtBot, make_window: WindowFactory,
                                                   paths: AppPaths) -> None:
    aid = exported(paths)
    window = make_window(paths)
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.walkthrough, timeout=10000)
    walk = window.walkthrough
    click(qtbot, editor_of(shown_page(walk).cards["uses-ai"], ChoiceEditor).buttons[0])
    box = walk.edit_box
    assert box is not None
    box.button(QMessageBox.StandardButton.Save).click()  # work on a copy
    qtbot.waitUntil(lambda: walk.state is not None and open_state(walk).id != aid, timeout=10000)
    assert walk.state is not None and open_state(walk).title == "Signed one (copy)"
    assert window.ctx.ws.open_assessment(aid).status is AssessmentStatus.EXPORTED
