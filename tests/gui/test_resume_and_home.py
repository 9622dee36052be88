"""Restart mid-assessment resumes where it was; Home actions (duplicate, delete + undo, import,
search)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths, shipped_data_dir
from aisafe_desktop.gui.question_widgets import ChoiceEditor, MultiChoiceEditor, ShortTextEditor
from tests.gui.conftest import WindowFactory
from tests.gui.driver import answer, current_section, editor_of, open_state, shown_page, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_restart_mid_assessment_resumes_exactly_where_it_was(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    first = shown_page(walk)
    answer(qtbot, first.cards["system-name"])
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)
    second = shown_page(walk)
    answer(qtbot, second.cards["checks"], 1)
    card = second.cards["confidence"]
    editor_of(card, ChoiceEditor).buttons[1].setFocus()  # the person is now at the scale question
    assessment_id = open_state(walk).id
    window.close()
    assert window.ctx.workspace is None
    again = make_window(paths)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.walkthrough, timeout=10000)
    walk = again.walkthrough
    assert open_state(walk).id == assessment_id and current_section(walk).id == "care"
    page = shown_page(walk)
    assert editor_of(page.cards["checks"], MultiChoiceEditor).boxes[1].isChecked()
    assert not editor_of(page.cards["checks"], MultiChoiceEditor).boxes[0].isChecked()
    assert page.cards["confidence"].isAncestorOf(again.focusWidget())
    walk.go_back()
    assert editor_of(shown_page(walk).cards["system-name"], ShortTextEditor).field.text() == "Sample answer"


def test_home_duplicate_delete_undo_import_search(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    home = window.home
    examples = sorted((shipped_data_dir("questionnaires") / "examples").glob("*.json"))
    assert examples, "the shipped example answer files are needed"
    for file in examples[:8]:  # each import runs off the UI thread through the op helper
        with qtbot.waitSignal(home.imported, timeout=10000):
            home.import_file(file)
    assert home.model.rowCount() == 8
    assert home.search.isVisibleTo(home)  # the list is long enough for a search field
    first_title = home.model.rows[0].title
    home.select(home.model.rows[0].id)
    qtbot.mouseClick(home.duplicate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.model.rowCount() == 9)
    assert any(r.title == f"{first_title} (copy)" for r in home.model.rows)
    chosen = home.selected_id()
    qtbot.mouseClick(home.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.model.rowCount() == 8)
    assert home.undo_bar.isVisible()
    assert chosen not in [s.id for s in window.ctx.ws.list_assessments()]
    qtbot.mouseClick(home.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.model.rowCount() == 9)
    assert not home.undo_bar.isVisible()
    assert home.selected_id() == chosen
    qtbot.keyClicks(home.search, "zzz-no-such")
    assert home.proxy.rowCount() == 0
    home.search.clear()
    qtbot.keyClicks(home.search, "jakarta")
    assert 0 < home.proxy.rowCount() < 9


def test_import_of_a_wrong_file_says_what_is_wrong(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
) -> None:
    window = make_window(paths)
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}', "utf-8")
    window.home.import_file(bad)
    qtbot.waitUntil(lambda: "aisafe-answers/1" in window.ctx.errors.last_text)
    assert "Traceback" not in window.ctx.errors.last_text
    for box in list(window.ctx.errors.dialogs):
        box.close()


def test_new_assessment_starts_in_the_chosen_language(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    assert open_state(window.walkthrough).language == "en"
    assert shown_page(window.walkthrough).title.text() == "Basics"


def test_resume_of_an_assessment_trashed_meanwhile_goes_home_quietly(qtbot: QtBot, make_window: WindowFactory,
                                                                    paths: AppPaths) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    assessment_id = open_state(window.walkthrough).id
    window.close()  # closed mid-assessment: it would be reopened
    from aisafe_desktop.services.workspace import Workspace

    with Workspace.open(paths) as ws:  # e.g. the CLI moved it to the trash meanwhile
        ws.trash(assessment_id)
    again = make_window(paths)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.home, timeout=10000)
    assert not again.ctx.errors.dialogs and again.ctx.ui_state.open_assessment is None


def test_an_empty_home_focuses_start_your_first_assessment(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    """The first focus on an empty Home is its main action, so Enter starts an assessment (it
    was "Edit" of the organisation, the first control in the Tab order)."""
    window = make_window(paths)
    home = window.home
    qtbot.waitUntil(lambda: window.stack.currentWidget() is home and home.empty_new.isVisible())
    window.activateWindow()
    window._focus_into_page()
    qtbot.waitUntil(lambda: window.focusWidget() is home.empty_new)
