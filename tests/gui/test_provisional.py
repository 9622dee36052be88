"""A red flag shows at the answer that raises it, at once; "Result so far" is available at any
point and says it is provisional; progress counts sections done and the questions that apply."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui.driver import answer, click, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_a_red_flag_shows_at_once_and_the_result_so_far(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    assert walk.progress.text().startswith("0 of 2 sections done")
    assert "question answered" not in walk.progress.text()  # plural forms: "0 questions"
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)
    card = walk.stack.currentWidget().cards["confidence"]
    assert not card.flag_note.isVisible()
    click(qtbot, card.editor.buttons[0])  # "Not at all": raises the no-checks red flag
    assert card.flag_note.isVisible()
    assert "sets the result to High" in card.flag_note.text()
    assert "You do not trust the data." in card.flag_note.text()
    click(qtbot, card.editor.buttons[2])  # "Very": the flag is gone
    assert not card.flag_note.isVisible()
    click(qtbot, card.editor.buttons[0])
    walk.so_far_button.click()
    box = walk.so_far_box
    assert box.isVisible() and box.text().startswith("Provisional result: High")
    assert "1 answered question of the" in box.text() and "can still change" in box.text()
    assert "You do not trust the data." in box.text()
    box.done(0)
    answer(qtbot, card)
    assert "1 question answered of the" in walk.progress.text() or \
        "questions answered of the" in walk.progress.text()


def test_a_saved_red_flag_shows_when_the_assessment_is_resumed(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    """A red flag given earlier shows on its card when the assessment is opened again (before,
    only an answer changed in this session showed one)."""
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    assert walk.state is not None
    assessment_id = walk.state.id
    window.ctx.ws.record_answer(assessment_id, "confidence", 0)  # "Not at all": a red flag
    window.show_home()
    window.open_assessment(assessment_id)
    qtbot.waitUntil(lambda: walk.isVisible() and "confidence" in walk.answers)
    walk.go_to_question("confidence")
    card = walk.stack.currentWidget().cards["confidence"]
    qtbot.waitUntil(card.flag_note.isVisible)
    assert "You do not trust the data." in card.flag_note.text()
