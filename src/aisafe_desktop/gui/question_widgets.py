"""One editor per question type (see editor_base for what every editor does)."""

from __future__ import annotations

from aisafe_desktop.core.model import Question, QuestionType
from aisafe_desktop.gui.choice_editors import ChoiceEditor, MultiChoiceEditor, option_row
from aisafe_desktop.gui.editor_base import IDLE_SAVE_MS, QuestionEditor
from aisafe_desktop.gui.text_editors import (
    DateEditor,
    LongTextEditor,
    NumberEditor,
    ShortTextEditor,
    parse_number,
)

__all__ = ["IDLE_SAVE_MS", "ChoiceEditor", "DateEditor", "LongTextEditor", "MultiChoiceEditor",
           "NumberEditor", "QuestionEditor", "ShortTextEditor", "editor_for", "option_row",
           "parse_number"]



EDITORS: dict[QuestionType, type[QuestionEditor]] = {
    QuestionType.SINGLE_CHOICE: ChoiceEditor, QuestionType.YES_NO: ChoiceEditor,
    QuestionType.SCALE: ChoiceEditor, QuestionType.MULTIPLE_CHOICE: MultiChoiceEditor,
    QuestionType.SHORT_TEXT: ShortTextEditor, QuestionType.LONG_TEXT: LongTextEditor,
    QuestionType.NUMBER: NumberEditor, QuestionType.DATE: DateEditor,
}


def editor_for(question: Question, language: str) -> QuestionEditor:
    return EDITORS[question.type](question, language)
