"""Restart mid-assessment resumes where it was; Home actions (duplicate, delete + undo, import,
search)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from aisafe_desktop.core.paths import shipped_data_dir
from tests.gui.driver import answer, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_restart_mid_assessment_resumes_exactly_where_it_was(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    first = walk.stack.currentWidget()
    answer(qtbot, first.cards["system-name"])
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)
    second = walk.stack.currentWidget()
    answer(qtbot, second.cards["checks"], 1)
    card = second.cards["confidence"]
    card.editor.buttons[1].setFocus()  # the person is now at the scale question
    assessment_id = walk.state.id
    window.close()
    assert window.ctx.workspace is None
    again = make_window(paths)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.walkthrough, timeout=10000)
    walk = again.walkthrough
    assert walk.state.id == assessment_id and walk.current.id == "care"
    page = walk.stack.currentWidget()
    assert page.cards["checks"].editor.boxes[1].isChecked()
    assert not page.cards["checks"].editor.boxes[0].isChecked()
    assert page.cards["confidence"].isAncestorOf(again.focusWidget())
    walk.go_back()
    assert walk.stack.currentWidget().cards["system-name"].editor.field.text() == "Sample answer"


def test_home_duplicate_delete_undo_import_search(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    home = window.home
    examples = sorted((shipped_data_dir("questionnaires") / "examples").glob("*.json"))
    assert examples, "the shipped example answer files are needed"
    for file in examples[:8]:
        assert home.import_file(file) is not None
    assert home.model.rowCount() == 8
    assert home.search.isVisibleTo(home)  # the list is long enough for a search field
    first_title = home.model.rows[0].title
    home.select(home.model.rows[0].id)
    qtbot.mouseClick(home.duplicate_button, Qt.MouseButton.LeftButton)
    assert home.model.rowCount() == 9
    assert any(r.title == f"{first_title} (copy)" for r in home.model.rows)
    chosen = home.selected_id()
    qtbot.mouseClick(home.delete_button, Qt.MouseButton.LeftButton)
    assert home.model.rowCount() == 8 and home.undo_bar.isVisible()
    assert chosen not in [s.id for s in window.ctx.ws.list_assessments()]
    qtbot.mouseClick(home.undo_button, Qt.MouseButton.LeftButton)
    assert home.model.rowCount() == 9 and not home.undo_bar.isVisible()
    assert home.selected_id() == chosen
    qtbot.keyClicks(home.search, "zzz-no-such")
    assert home.proxy.rowCount() == 0
    home.search.clear()
    qtbot.keyClicks(home.search, "jakarta")
    assert 0 < home.proxy.rowCount() < 9


def test_import_of_a_wrong_file_says_what_is_wrong(qtbot, make_window, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}', "utf-8")
    assert window.home.import_file(bad) is None
    assert "aisafe-answers/1" in window.ctx.errors.last_text
    assert "Traceback" not in window.ctx.errors.last_text
    for box in list(window.ctx.errors.dialogs):
        box.close()


def test_new_assessment_starts_in_the_chosen_language(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    assert window.walkthrough.state.language == "en"
    assert window.walkthrough.stack.currentWidget().title.text() == "Basics"


def test_resume_of_an_assessment_trashed_meanwhile_goes_home_quietly(qtbot, make_window,  # type: ignore[no-untyped-def]
                                                                    paths) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    assessment_id = window.walkthrough.state.id
    window.close()  # closed mid-assessment: it would be reopened
    from aisafe_desktop.services.workspace import Workspace

    with Workspace.open(paths) as ws:  # e.g. the CLI moved it to the trash meanwhile
        ws.trash(assessment_id)
    again = make_window(paths)
    qtbot.waitUntil(lambda: again.stack.currentWidget() is again.home, timeout=10000)
    assert not again.ctx.errors.dialogs and again.ctx.ui_state.open_assessment is None
