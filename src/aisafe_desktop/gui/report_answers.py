"""The answers inside a verified report, read-only: section by section with the questionnaire's
question texts, each answer and its comment or evidence (services.answers_view, which the agency
inbox's report view uses too). Opened from the verify view.

Everything here came in a file from outside: every label is plain text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import (
    Heading,
    no_tab_stop,
    quiet,
    resize_within_screen,
    translate_buttons,
    wrapped,
)
from aisafe_desktop.services.answers_view import AnswerView, SectionView

SELECTABLE = (Qt.TextInteractionFlag.TextSelectableByMouse
              | Qt.TextInteractionFlag.TextSelectableByKeyboard)


def _text(text: str, *, bold: bool = False) -> QLabel:
    """Wrapped, selectable (and reachable with Tab, which scrolls to it) plain text."""
    label = wrapped(text)
    label.setTextInteractionFlags(SELECTABLE)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


class AnswerBox(QFrame):
    """One question: its text, the answer, and the comment or evidence given with it."""

    def __init__(self, answer: AnswerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.answer_view = answer
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.question = _text(answer.question, bold=True)
        self.answer = _text(answer.answer)
        self.comment = _text("")
        self.comment.setVisible(bool(answer.respondent_comment))
        for label in (self.question, self.answer, self.comment):
            layout.addWidget(label)


class ReportAnswersDialog(Retranslating, QDialog):
    """`questions_known`: False when the questionnaire is not installed here (answers by id);
    `relied_on`: False when the report's verdict is INVALID (said above the answers)."""

    def __init__(self, title: str, sections: Sequence[SectionView], questions_known: bool,
                 relied_on: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections, self.questions_known = tuple(sections), questions_known
        self.heading = Heading(title, level=2)
        self.warning = wrapped()
        self.warning.setVisible(not relied_on)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)
        self.note = quiet(wrapped())
        self.note.setVisible(not questions_known)
        self.empty = wrapped()
        self.empty.setVisible(not self.sections)
        content = QWidget()
        inner = QVBoxLayout(content)
        self.section_headings: list[Heading] = []
        self.boxes: list[AnswerBox] = []
        for section in self.sections:
            heading = Heading(section.title, level=3)
            self.section_headings.append(heading)
            inner.addWidget(heading)
            for answer in section.answers:
                box = AnswerBox(answer)
                self.boxes.append(box)
                inner.addWidget(box)
        inner.addStretch(1)
        self.scroller = no_tab_stop(QScrollArea())
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(content)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.warning, self.note, self.empty):
            layout.addWidget(widget)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.buttons)
        self._retranslate()
        resize_within_screen(self, 760, 640)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Answers in the report"))
        self.warning.setText(self.tr("This report failed a check: do not rely on these answers."))
        self.note.setText(self.tr("This questionnaire is not installed here: the answers are "
                                  "shown by question id."))
        self.empty.setText(self.tr("The report holds no answers."))
        for box in self.boxes:
            view = box.answer_view
            box.answer.setText(view.answer or self.tr("(not answered)"))
            box.comment.setText(self.tr("Comment or evidence: {text}").format(
                text=view.respondent_comment))
            box.setAccessibleName(view.question)
        translate_buttons(self.buttons)
