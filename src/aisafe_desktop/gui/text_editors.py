"""Editors typed into: short and long text, number (with its range), date."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.model import Question
from aisafe_desktop.gui.editor_base import IDLE_SAVE_MS, NO_DATE, QuestionEditor
from aisafe_desktop.gui.locale_text import date_pattern, input_number_text
from aisafe_desktop.gui.widgets import interface_text, plain_label, quiet, wrapped


class _Debounced(QuestionEditor):
    """Text-like editors: save after an idle pause and when the field is left."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(IDLE_SAVE_MS)
        self._timer.timeout.connect(self.flush)
        self._sent: object = None

    def _typed(self) -> None:
        self._timer.start()

    def current(self) -> object:
        raise NotImplementedError

    def flush(self) -> None:
        self._timer.stop()
        value = self.current()
        if value != self._sent:
            self._sent = value
            self.answered.emit(value)


class ShortTextEditor(_Debounced):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.field = QLineEdit()
        self.field.textEdited.connect(self._typed)
        self.field.editingFinished.connect(self.flush)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)

    def current(self) -> object:
        text = self.field.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self._sent = value if isinstance(value, str) and value.strip() else None
        self.field.setText(value if isinstance(value, str) else "")

    def first_input(self) -> QWidget:
        return self.field


class _LeaveWatcher(QObject):
    def __init__(self, editor: _Debounced) -> None:
        super().__init__(editor)
        self._editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._editor.flush()
        return False


class LongTextEditor(_Debounced):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.field = QPlainTextEdit()
        self.field.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.field.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.field.setSizeAdjustPolicy(QPlainTextEdit.SizeAdjustPolicy.AdjustToContents)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(_LeaveWatcher(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)

    def current(self) -> object:
        text = self.field.toPlainText()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        self._sent = value if isinstance(value, str) and value.strip() else None
        self.field.blockSignals(True)
        self.field.setPlainText(value if isinstance(value, str) else "")
        self.field.blockSignals(False)

    def first_input(self) -> QWidget:
        return self.field


def parse_number(text: str, locale: QLocale | None = None) -> float | None:
    """A typed number: as the interface language writes it ("3,5" in Indonesian, "1,234.5" in
    English, Myanmar digits), else with a point or a single comma as the decimal sign; NaN when
    it is not a number. The answer is stored as a plain number, whatever was typed."""
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not cleaned:
        return None
    number, ok = (locale or QLocale()).toDouble(cleaned)
    if ok:
        return number
    try:
        number = float(cleaned.replace(",", ".") if cleaned.count(",") == 1
                       and "." not in cleaned else cleaned.replace(",", ""))
    except ValueError:
        return math.nan
    return number


class NumberEditor(_Debounced):
    """A number with its allowed range shown; a wrong entry is explained, not saved."""

    invalid = Signal(str)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.field = QLineEdit()
        self.field.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 18)
        self.field.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
        self.field.textEdited.connect(self._typed)
        self.field.editingFinished.connect(self.flush)
        self.unit = plain_label(question.unit.get(language) if question.unit else "")
        self.range = interface_text(quiet(wrapped()))
        row = QHBoxLayout()
        row.addWidget(self.field)
        row.addWidget(self.unit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.range)
        self._retranslate()

    def _retranslate(self) -> None:
        low, high = self.question.minimum, self.question.maximum
        if low is not None and high is not None:
            text = self.tr("A number from {low} to {high}.").format(low=input_number_text(low),
                                                                    high=input_number_text(high))
        elif low is not None:
            text = self.tr("A number of at least {low}.").format(low=input_number_text(low))
        elif high is not None:
            text = self.tr("A number up to {high}.").format(high=input_number_text(high))
        else:
            text = self.tr("A number.")
        self.range.setText(text)
        self.field.setPlaceholderText(self.tr("Number"))
        if isinstance(self._sent, int | float) and self.current() == self._sent:
            self.set_value(self._sent)  # shown again with the new language's decimal sign

    def current(self) -> object:
        number = parse_number(self.field.text())
        if number is None:
            return None
        if math.isnan(number):
            return ""  # never sent: see flush
        return int(number) if number.is_integer() else number

    def flush(self) -> None:
        value = self.current()
        low, high = self.question.minimum, self.question.maximum
        if value == "":
            self._timer.stop()
            self.invalid.emit(self.tr("“{text}” is not a number. Type digits only, for example "
                                      "{whole} or {example}.").format(  # in the language's digits
                text=self.field.text(), whole=input_number_text(12),
                example=input_number_text(3.5)))
            return
        if isinstance(value, int | float) and ((low is not None and value < low)
                                               or (high is not None and value > high)):
            self._timer.stop()
            self.invalid.emit(self.range.text())
            return
        super().flush()

    def set_value(self, value: Any) -> None:
        self._sent = value
        self.field.setText("" if value is None else input_number_text(value)
                           if isinstance(value, int | float) else str(value))

    def first_input(self) -> QWidget:
        return self.field


class DateEditor(QuestionEditor):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.field = QDateEdit()
        self.field.setCalendarPopup(True)
        self.field.setMinimumDate(NO_DATE)
        self.field.setDate(NO_DATE)
        self.field.dateChanged.connect(self._changed)
        self.today = interface_text(QPushButton())
        self.today.clicked.connect(lambda: self.field.setDate(QDate.currentDate()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        row.addWidget(self.today)
        row.addStretch(1)
        self._retranslate()

    def _retranslate(self) -> None:
        self.field.setSpecialValueText(self.tr("Not set"))
        # the month in words, in the interface language; the answer stays ISO 8601
        self.field.setLocale(QLocale())
        self.field.setDisplayFormat(date_pattern())
        self.today.setText(self.tr("Today"))
        self.today.setAccessibleDescription(self.tr("Fill in today's date"))

    def _changed(self, date: QDate) -> None:
        self.answered.emit(None if date == NO_DATE else date.toString(Qt.DateFormat.ISODate))

    def set_value(self, value: Any) -> None:
        date = NO_DATE
        if isinstance(value, str):
            try:
                parsed = dt.date.fromisoformat(value)
                date = QDate(parsed.year, parsed.month, parsed.day)
            except ValueError:
                pass
        self.field.blockSignals(True)
        self.field.setDate(date)
        self.field.blockSignals(False)

    def first_input(self) -> QWidget:
        return self.field

    def inputs(self) -> list[QWidget]:
        return [self.field, self.today]
