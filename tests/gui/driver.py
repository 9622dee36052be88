"""Drive the walk-through like a user: clicks and (ASCII-only) key presses."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.model import QuestionType, Section
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.new_assessment import NewAssessmentDialog
from aisafe_desktop.gui.question_card import QuestionCard
from aisafe_desktop.gui.question_widgets import (
    ChoiceEditor,
    DateEditor,
    LongTextEditor,
    MultiChoiceEditor,
    NumberEditor,
    QuestionEditor,
    ShortTextEditor,
)
from aisafe_desktop.gui.section_page import SectionPage
from aisafe_desktop.gui.walkthrough import WalkthroughPage
from aisafe_desktop.services.dto import AssessmentState

LEFT = Qt.MouseButton.LeftButton
EditorT = TypeVar("EditorT", bound=QuestionEditor)


def shown_page(walk: WalkthroughPage) -> SectionPage:
    """The section page the walk-through shows now (the stack is typed as holding any QWidget)."""
    page = walk.stack.currentWidget()
    assert isinstance(page, SectionPage), f"the walk-through shows {page!r}, not a section"
    return page


def open_state(walk: WalkthroughPage) -> AssessmentState:
    assert walk.state is not None, "no assessment is open in the walk-through"
    return walk.state


def editor_of(card: QuestionCard, kind: type[EditorT]) -> EditorT:
    """The card's editor as the kind the test expects (cards hold any QuestionEditor)."""
    assert isinstance(card.editor, kind), f"{card.question.id} has a {type(card.editor).__name__}"
    return card.editor


def current_section(walk: WalkthroughPage) -> Section:
    assert walk.current is not None, "the walk-through shows no section"
    return walk.current


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))


def click_item(qtbot: QtBot, view: QListWidget, row: int) -> None:
    rect = view.visualItemRect(view.item(row))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())


def start_assessment(qtbot: QtBot, window: MainWindow, questionnaire_id: str,
                     system: str = "Loan helper", language: str | None = None) -> None:
    """Ctrl+N, pick the questionnaire, type an AI system name (and pick the language of the
    questions, when given), Start."""
    window.activateWindow()
    window.new_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "new_dialog", None), NewAssessmentDialog)
                    and window.new_dialog.isVisible())
    dialog = window.new_dialog
    row = next(i for i, e in enumerate(dialog.entries) if e.questionnaire.id == questionnaire_id)
    click_item(qtbot, dialog.list, row)
    field = dialog.system.lineEdit()
    assert field is not None
    field.clear()
    qtbot.keyClicks(field, system)
    if language is not None:
        index = dialog.language.findData(language)
        assert index >= 0, f"{questionnaire_id} has no {language}"
        dialog.language.setCurrentIndex(index)
    ok = dialog.buttons.buttons()[0] if dialog.buttons.buttons() else None
    from PySide6.QtWidgets import QDialogButtonBox

    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.walkthrough, timeout=10000)


def answer(qtbot: QtBot, card: QuestionCard, choice: int = 0) -> None:
    """Give an answer the way a person would."""
    editor = card.editor
    q = card.question
    card.window().activateWindow()
    if isinstance(editor, ChoiceEditor):
        target = editor.buttons[min(choice, len(editor.buttons) - 1)]
        if q.type is QuestionType.YES_NO and choice == 0:
            target = editor.buttons[0]
        click(qtbot, target)
    elif isinstance(editor, MultiChoiceEditor):
        click(qtbot, editor.boxes[min(choice, len(editor.boxes) - 1)])
    elif isinstance(editor, ShortTextEditor):
        qtbot.mouseClick(editor.field, LEFT)
        qtbot.keyClicks(editor.field, "Sample answer")
        qtbot.keyClick(editor.field, Qt.Key.Key_Return)
    elif isinstance(editor, LongTextEditor):
        qtbot.mouseClick(editor.field.viewport(), LEFT)
        qtbot.keyClicks(editor.field, "A longer answer, typed by a person.")
        editor.field.clearFocus()  # leaving the field saves it, as Tab would
    elif isinstance(editor, NumberEditor):
        low = q.minimum if q.minimum is not None else 0
        high = q.maximum if q.maximum is not None else low + 10
        qtbot.mouseClick(editor.field, LEFT)
        qtbot.keyClicks(editor.field, f"{int(min(max(low, 3), high))}")
        qtbot.keyClick(editor.field, Qt.Key.Key_Return)
    elif isinstance(editor, DateEditor):
        qtbot.mouseClick(editor.today, LEFT)
    QApplication.processEvents()


def built(page: SectionPage) -> Callable[[], bool]:
    return lambda: page.complete


def walk_through(qtbot: QtBot, window: MainWindow, choice: int = 0,
                 on_answer: Callable[[QuestionCard], object] | None = None) -> None:
    """Answer every visible question of every section, then press Next / Finish."""
    page = window.walkthrough
    for _ in range(200):
        section_page = shown_page(page)
        qtbot.waitUntil(built(section_page))  # long sections finish building on idle
        for _round in range(50):
            todo = [c for c in section_page.visible_cards() if not c.answered]
            if not todo:
                break
            section_page.ensureWidgetVisible(todo[0])
            answer(qtbot, todo[0], choice)
            if on_answer is not None:
                on_answer(todo[0])
        was_last = page.next_button.text() == page.tr("&Finish")
        qtbot.mouseClick(page.next_button, LEFT)
        qtbot.wait(5)  # a person reads before the next click: let the window repaint
        if was_last:
            return
    raise AssertionError("the walk-through did not end")
