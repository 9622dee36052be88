"""All four arrow keys move within an unanswered option group (without answering) whatever its
layout, Space chooses, Tab leaves the group;
the content language is exposed when the questionnaire's language differs from the interface's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.gui.choice_editors import ChoiceEditor
from aisafe_desktop.gui.question_card import QuestionCard

MINI = Path(__file__).parents[1] / "reporting" / "data" / "mini-risk.yaml"


@pytest.fixture(scope="module")
def mini() -> Questionnaire:
    q = load_file(MINI).questionnaire
    assert q is not None
    return q


def focused() -> QWidget | None:
    return QApplication.focusWidget()


ARROWS = ((Qt.Key.Key_Down, Qt.Key.Key_Up), (Qt.Key.Key_Right, Qt.Key.Key_Left))


@pytest.mark.parametrize("question_id", [
    "decisions",  # single choice: a column (Right did nothing)
    "personal-data",  # yes / no: a row (Down found no option below and scrolled the page)
    "oversight",  # scale: labelled points in a row
])
def test_every_arrow_moves_within_an_unanswered_group_and_space_chooses(
        qtbot: QtBot, mini: Questionnaire, question_id: str) -> None:
    card = QuestionCard(mini.question_index()[question_id], "en")
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    editor = card.editor
    assert isinstance(editor, ChoiceEditor)
    buttons = editor.buttons
    answers: list[object] = []
    editor.answered.connect(answers.append)
    card.activateWindow()
    card.focus_editor()
    qtbot.waitUntil(lambda: focused() is buttons[0])
    for forward, back in ARROWS:  # Down and Right go on, Up and Left go back: any layout
        qtbot.keyClick(buttons[0], forward)
        assert focused() is buttons[1], (forward, focused())
        qtbot.keyClick(buttons[1], back)
        assert focused() is buttons[0], (back, focused())
        qtbot.keyClick(buttons[0], back)  # at the first option: it stays there
        assert focused() is buttons[0]
    assert not any(b.isChecked() for b in buttons) and answers == []  # nothing chosen or saved
    qtbot.keyClick(buttons[0], Qt.Key.Key_Down)
    qtbot.keyClick(buttons[1], Qt.Key.Key_Space)  # Space chooses the option in focus
    options = mini.question_index()[question_id].options
    assert buttons[1].isChecked() and answers == [options[1].value]
    if len(buttons) > 2:  # an answered group: the choice moves with the arrow, as usual
        qtbot.keyClick(buttons[1], Qt.Key.Key_Right)
        assert focused() is buttons[2] and buttons[2].isChecked()
        assert answers == [options[1].value, options[2].value]
    here = focused()
    assert here is not None
    qtbot.keyClick(here, Qt.Key.Key_Tab)  # one Tab stop for the whole group
    assert focused() not in buttons


@pytest.mark.parametrize("question_id", ["decisions", "personal-data", "oversight"])
def test_tab_into_an_answered_group_lands_on_the_chosen_option(
        qtbot: QtBot, mini: Questionnaire, question_id: str) -> None:
    """A saved or prefilled answer (set, not clicked): Tab landed on the first option, and Space
    there changed the answer (the X-server run changed a prefilled size this way)."""
    card = QuestionCard(mini.question_index()[question_id], "en")
    qtbot.addWidget(card)
    editor = card.editor
    assert isinstance(editor, ChoiceEditor)
    options = mini.question_index()[question_id].options
    editor.set_value(options[1].value)
    card.show()
    qtbot.waitExposed(card)
    card.activateWindow()
    card.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    card.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: focused() is card)
    for _ in range(6):  # past "Why we ask" and the like, into the group
        here = focused()
        assert here is not None
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        if focused() in editor.buttons:
            break
    assert focused() is editor.buttons[1], focused()
    editor.set_value(None)  # cleared: the first option is the Tab stop again
    assert [b.focusPolicy() == Qt.FocusPolicy.StrongFocus for b in editor.buttons].index(True) == 0


@pytest.fixture
def malay_interface() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale("ms"))
    yield
    QLocale.setDefault(before)


def test_an_english_question_under_a_malay_interface_says_its_language(
        qtbot: QtBot, mini: Questionnaire, malay_interface: None) -> None:
    card = QuestionCard(mini.question_index()["decisions"], "en")
    qtbot.addWidget(card)
    assert isinstance(card.editor, ChoiceEditor)
    assert card.locale().language() is QLocale.Language.English
    assert card.editor.buttons[0].locale().language() is QLocale.Language.English
    description = card.editor.buttons[0].accessibleDescription()
    assert description.endswith("This question is in English.")
    same = QuestionCard(mini.question_index()["decisions"], "ms")
    qtbot.addWidget(same)
    assert isinstance(same.editor, ChoiceEditor)
    assert "This question is in" not in same.editor.buttons[0].accessibleDescription()


def locale_given(widget: QWidget) -> QLocale.Language:
    """The locale the platform bridge reads (AT-SPI Accessible.GetLocale asks for this)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    attributes = iface.attributesInterface()
    assert attributes is not None, f"{type(widget).__name__} gives no attributes"
    found = attributes.attributeValue(QAccessible.Attribute.Locale)
    assert isinstance(found, QLocale)
    return found.language()


def test_groups_and_headings_give_the_content_language_to_the_bridge(
        qtbot: QtBot, mini: Questionnaire, malay_interface: None) -> None:
    from aisafe_desktop.gui import a11y
    from aisafe_desktop.gui.section_page import SectionPage

    a11y.install()  # our own interfaces (heading, named groups) must not lose the locale
    page = SectionPage(mini.sections[0], "en", lambda _q, _v: None, lambda _q, _c: None)
    qtbot.addWidget(page)
    card = QuestionCard(mini.question_index()["decisions"], "en")
    qtbot.addWidget(card)
    english = QLocale.Language.English
    assert locale_given(page.title) is english  # the section title is the questionnaire's
    assert locale_given(card) is english and locale_given(card.editor) is english
    assert isinstance(card.editor, ChoiceEditor)
    assert locale_given(card.editor.buttons[0]) is english
    assert locale_given(card.required_mark) is QLocale.Language.Malay  # "Wajib": interface
