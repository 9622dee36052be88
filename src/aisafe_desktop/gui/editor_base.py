"""The base of the question editors: each emits `answered(value)` (None clears the answer) the
moment a choice is made; text editors emit on editingFinished and after a short idle pause."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QWidget,
)

from aisafe_desktop.core.model import Question
from aisafe_desktop.gui.retranslate import Retranslating

IDLE_SAVE_MS = 800  # a text answer is saved after this pause in typing
NO_DATE = QDate(1900, 1, 1)


class QuestionEditor(Retranslating, QWidget):
    """Signals:
        answered(object): the new answer; None clears it.
    """

    answered = Signal(object)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def flush(self) -> None:
        """Emit a pending (debounced) text answer now."""

    def first_input(self) -> QWidget:
        return self

    def inputs(self) -> list[QWidget]:
        return [self.first_input()]

    def describe(self, name: str, description: str) -> None:
        for widget in self.inputs():
            if not isinstance(widget, QAbstractButton):
                widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)

    def _retranslate(self) -> None:
        """UI-language strings (not questionnaire text)."""
