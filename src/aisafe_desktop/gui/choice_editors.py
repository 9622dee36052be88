"""Editors for the questions with options: single choice, yes / no / not applicable, scale with
labelled points, multiple choice. Option texts wrap (a button's own text never does)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.model import Option, Question, QuestionType
from aisafe_desktop.core.word_breaks import with_break_hints
from aisafe_desktop.gui.design import Space, px
from aisafe_desktop.gui.editor_base import QuestionEditor
from aisafe_desktop.gui.widgets import quiet, wrapped

ARROW_STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}


class _ClickLabel(QLabel):
    """An option's text, wrapped (a button's own text never wraps, which clipped long options at
    200 % text): clicking it chooses the option, like the button's own text would."""

    def __init__(self, text: str, target: QAbstractButton, centred: bool = False) -> None:
        super().__init__(with_break_hints(text.strip()))  # Khmer etc. wrap at words (widgets)
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
        note.setContentsMargins(0, 0, 0, px(Space.XS))
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
        button.installEventFilter(self)  # arrow keys: see eventFilter
        self.group.addButton(button, len(self.buttons))
        self.buttons.append(button)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """All four arrow keys move to the previous (Up, Left) or next (Down, Right) option, in
        a column, a row or a scale alike. Qt moves only towards an option that lies in the
        arrow's direction on screen: Down in a Yes / No row found none and scrolled the page
        instead, Right in a column did nothing. In an unanswered group only the focus moves,
        nothing is chosen or saved until Space; in an answered one the choice moves with it, as
        radio buttons do everywhere."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and watched in self.buttons and event.key() in ARROW_STEPS
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            step = ARROW_STEPS[Qt.Key(event.key())]
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft and event.key() in (
                    Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = -step
            index = self.buttons.index(watched) + step
            if 0 <= index < len(self.buttons):
                target = self.buttons[index]
                target.setFocus(Qt.FocusReason.TabFocusReason if step > 0
                                else Qt.FocusReason.BacktabFocusReason)
                if self.group.checkedButton() is not None:
                    target.click()
            return True  # at the first or last option: stay (the page does not scroll away)
        return super().eventFilter(watched, event)

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
        # Tab into the group lands on the chosen option (or the first): Qt moves the group's one
        # Tab stop only when a button gets the focus, so a saved or prefilled answer left it on
        # the first option, and Space there changed the answer.
        stop = self.buttons[index] if index is not None else self.buttons[0]
        for button in self.buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is stop
                                  else Qt.FocusPolicy.ClickFocus)

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

