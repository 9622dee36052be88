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


def test_a_section_with_only_optional_questions_left_counts_as_done(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    """The list ticks a section once its required questions are answered; the progress line
    counted it done only when the optional ones were answered too (the X-server run showed
    three ticks beside "2 of 8 sections done")."""
    from tests.gui.driver import built, shown_page

    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    qtbot.mouseClick(walk.next_button, Qt.MouseButton.LeftButton)
    page = shown_page(walk)
    qtbot.waitUntil(built(page))
    for question_id in ("checks", "confidence"):  # the required ones; notes and date left
        answer(qtbot, page.cards[question_id], 1)
    walk.flush()
    ticked = [walk.sections.item(r).text() for r in range(walk.sections.count())]
    assert ticked[1].startswith("✓"), ticked
    assert walk.progress.text().startswith("1 of 2 sections done"), walk.progress.text()


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


def test_the_first_triage_page_counts_the_sections_still_to_come(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    """Before "Is this an AI system?" is answered, the other sections may still apply: the page
    says "0 of 8 sections done" with Next (it said "0 of 1" with Finish)."""
    window = make_window(paths)
    start_assessment(qtbot, window, "ai-system-risk-triage")
    walk = window.walkthrough
    assert walk.progress.text().startswith("0 of 8 sections done"), walk.progress.text()
    assert walk.next_button.text() == "&Next"
    card = walk.stack.currentWidget().cards["ai-gate"]
    rules = next(i for i, o in enumerate(card.question.options) if o.value == "rules")
    click(qtbot, card.editor.buttons[rules])  # fixed rules only: nothing else applies
    qtbot.waitUntil(lambda: walk.next_button.text() == "&Finish")
    assert walk.progress.text().startswith("1 of 1 section"), walk.progress.text()


def test_how_progress_is_counted_is_reachable_from_the_keyboard(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    """The explanation of the growing question count was only a tooltip on a label that takes no
    focus: a button in the Tab order now shows it."""
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    button = walk.progress_help
    assert button.isVisible() and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(walk, "progress_box", None) is not None
                    and walk.progress_box.isVisible())
    assert "number of questions can grow" in walk.progress_box.text()
    assert walk.progress_box.textFormat() == Qt.TextFormat.PlainText
    walk.progress_box.done(0)
