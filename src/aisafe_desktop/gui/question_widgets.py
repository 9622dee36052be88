"""One editor per question type. Each emits `answered(value)` (None clears the answer) the moment
a choice is made; text editors emit on editingFinished and after a short idle pause."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.model import Option, Question, QuestionType
from aisafe_desktop.gui.widgets import language_change, quiet, wrapped

IDLE_SAVE_MS = 800  # a text answer is saved after this pause in typing
NO_DATE = QDate(1900, 1, 1)


class QuestionEditor(QWidget):
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

    def retranslate(self) -> None:
        """UI-language strings (not questionnaire text)."""

    def changeEvent(self, event: QEvent) -> None:
        if language_change(event):
            self.retranslate()
        super().changeEvent(event)


class _ClickLabel(QLabel):
    """An option's text, wrapped (a button's own text never wraps, which clipped long options at
    200 % text): clicking it chooses the option, like the button's own text would."""

    def __init__(self, text: str, target: QAbstractButton, centred: bool = False) -> None:
        super().__init__(text)
        self._target = target
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment((Qt.AlignmentFlag.AlignHCenter if centred else Qt.AlignmentFlag.AlignLeft)
                          | Qt.AlignmentFlag.AlignTop)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._target.click()
        super().mouseReleaseEvent(event)


def option_row(button: QAbstractButton, option: Option, language: str) -> QWidget:
    """[button] wrapped label, with the option's description (if any) below the label."""
    row = QWidget()
    grid = QGridLayout(row)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setVerticalSpacing(0)
    grid.addWidget(button, 0, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(_ClickLabel(option.label.get(language), button), 0, 1)
    if option.description is not None:
        note = quiet(wrapped(option.description.get(language)))
        note.setContentsMargins(0, 0, 0, 4)
        grid.addWidget(note, 1, 1)
    grid.setColumnStretch(1, 1)
    return row


class ChoiceEditor(QuestionEditor):
    """single_choice (a column), yes_no (a row) and scale (labelled points in a row)."""

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: list[QRadioButton] = []
        kind = question.type
        if kind is QuestionType.SCALE:
            self._build_scale()
        else:
            layout = QVBoxLayout(self) if kind is QuestionType.SINGLE_CHOICE else QHBoxLayout(self)
            layout.setContentsMargins(0, 0, 0, 0)
            for option in question.options:
                layout.addWidget(self._option_widget(option))
            if isinstance(layout, QHBoxLayout):
                layout.addStretch(1)
        self.group.idClicked.connect(self._clicked)

    def _radio(self, option: Option, text: str) -> QRadioButton:
        button = QRadioButton(text)
        button.setAccessibleName(option.label.get(self.language))
        self.group.addButton(button, len(self.buttons))
        self.buttons.append(button)
        return button

    def _option_widget(self, option: Option) -> QWidget:
        if self.question.type is QuestionType.YES_NO:  # short labels in a row
            return self._radio(option, option.label.get(self.language))
        return option_row(self._radio(option, ""), option, self.language)

    def _build_scale(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, option in enumerate(self.question.options):
            button = self._radio(option, str(option.value))
            button.setAccessibleName(f"{option.value}: {option.label.get(self.language)}")
            grid.addWidget(button, 0, column, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(_ClickLabel(option.label.get(self.language), button, centred=True), 1,
                           column)
            grid.setColumnStretch(column, 1)

    def _clicked(self, index: int) -> None:
        self.answered.emit(self.question.options[index].value)

    def set_value(self, value: Any) -> None:
        index = next((i for i, o in enumerate(self.question.options) if o.value == value), None)
        self.group.setExclusive(False)  # exclusive groups cannot be emptied otherwise
        for i, button in enumerate(self.buttons):
            button.setChecked(i == index)
        self.group.setExclusive(True)

    def first_input(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked or self.buttons[0]

    def inputs(self) -> list[QWidget]:
        return list(self.buttons)


class MultiChoiceEditor(QuestionEditor):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QCheckBox] = []
        for option in question.options:
            box = QCheckBox()
            box.setAccessibleName(option.label.get(language))
            box.clicked.connect(self._changed)
            self.boxes.append(box)
            layout.addWidget(option_row(box, option, language))

    def _changed(self) -> None:
        chosen = [o.value for o, b in zip(self.question.options, self.boxes, strict=True)
                  if b.isChecked()]
        self.answered.emit(chosen or None)

    def set_value(self, value: Any) -> None:
        chosen = value if isinstance(value, list) else []
        for option, box in zip(self.question.options, self.boxes, strict=True):
            box.setChecked(option.value in chosen)

    def first_input(self) -> QWidget:
        return self.boxes[0]

    def inputs(self) -> list[QWidget]:
        return list(self.boxes)


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


def parse_number(text: str) -> float | None:
    cleaned = text.strip().replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
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
        self.unit = QLabel(question.unit.get(language) if question.unit else "")
        self.range = quiet(wrapped())
        row = QHBoxLayout()
        row.addWidget(self.field)
        row.addWidget(self.unit)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.range)
        self.retranslate()

    def retranslate(self) -> None:
        low, high = self.question.minimum, self.question.maximum
        if low is not None and high is not None:
            text = self.tr("A number from {low} to {high}.").format(low=f"{low:g}",
                                                                    high=f"{high:g}")
        elif low is not None:
            text = self.tr("A number of at least {low}.").format(low=f"{low:g}")
        elif high is not None:
            text = self.tr("A number up to {high}.").format(high=f"{high:g}")
        else:
            text = self.tr("A number.")
        self.range.setText(text)
        self.field.setPlaceholderText(self.tr("Number"))

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
                                      "12 or 3.5.").format(text=self.field.text()))
            return
        if isinstance(value, int | float) and ((low is not None and value < low)
                                               or (high is not None and value > high)):
            self._timer.stop()
            self.invalid.emit(self.range.text())
            return
        super().flush()

    def set_value(self, value: Any) -> None:
        self._sent = value
        self.field.setText("" if value is None else f"{value:g}" if isinstance(value, float)
                           else str(value))

    def first_input(self) -> QWidget:
        return self.field


class DateEditor(QuestionEditor):
    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(question, language, parent)
        self.field = QDateEdit()
        self.field.setCalendarPopup(True)
        self.field.setDisplayFormat("yyyy-MM-dd")
        self.field.setMinimumDate(NO_DATE)
        self.field.setDate(NO_DATE)
        self.field.dateChanged.connect(self._changed)
        self.today = QPushButton()
        self.today.clicked.connect(lambda: self.field.setDate(QDate.currentDate()))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field)
        row.addWidget(self.today)
        row.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setSpecialValueText(self.tr("Not set"))
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


EDITORS: dict[QuestionType, type[QuestionEditor]] = {
    QuestionType.SINGLE_CHOICE: ChoiceEditor, QuestionType.YES_NO: ChoiceEditor,
    QuestionType.SCALE: ChoiceEditor, QuestionType.MULTIPLE_CHOICE: MultiChoiceEditor,
    QuestionType.SHORT_TEXT: ShortTextEditor, QuestionType.LONG_TEXT: LongTextEditor,
    QuestionType.NUMBER: NumberEditor, QuestionType.DATE: DateEditor,
}


def editor_for(question: Question, language: str) -> QuestionEditor:
    return EDITORS[question.type](question, language)
