"""The marks the app puts before its own notes are drawn from the bundled fonts: "ⓘ" (prefilled
from the profile) and "⛔" (a red flag) are in none of them, nor in DejaVu, and the X-server run
showed an empty box before "This answer sets the result to Impact level IV"."""

from __future__ import annotations

from functools import cache

from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # no stubs upstream
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.gui.design import COLOURS
from aisafe_desktop.gui.fonts import fonts_dir
from aisafe_desktop.gui.question_card import QuestionCard
from tests.gui.sample_questionnaire import SAMPLE_YAML


@cache
def bundled_characters() -> frozenset[int]:
    found: set[int] = set()
    for path in fonts_dir().glob("*-Regular.ttf"):
        found.update(TTFont(path).getBestCmap())
    return frozenset(found)


def test_the_marks_of_a_red_flag_and_a_prefilled_answer_are_in_the_bundled_fonts(
        qtbot: QtBot) -> None:
    questionnaire = load_bytes(SAMPLE_YAML.encode("utf-8")).questionnaire
    assert questionnaire is not None
    card = QuestionCard(questionnaire.question_index()["confidence"], "en")
    qtbot.addWidget(card)
    card.show_flag("This answer sets the result to High.")
    card.show_prefilled(True)
    for note in (card.flag_note, card.prefill_note):
        mark = note.text()[0]
        assert ord(mark) in bundled_characters(), f"{mark!r} ({note.objectName()})"
    card.resize(600, 300)
    card.show()
    qtbot.waitExposed(card)
    image = card.flag_note.grab().toImage()  # marked by a bar, not just words
    assert QColor(image.pixel(1, image.height() // 2)).name() == COLOURS["light"].danger.lower()
