"""One question on the walk-through page: text, required mark, editor, 'Why we ask' guidance,
an evidence/comment field where the questionnaire asks for one, and an inline problem note."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.answers import Answer
from aisafe_desktop.core.model import LANGUAGE_NAMES, Question, QuestionType
from aisafe_desktop.gui.design import Space, TextRole, px, set_margins, set_text_role
from aisafe_desktop.gui.question_widgets import (
    IDLE_SAVE_MS,
    NumberEditor,
    QuestionEditor,
    editor_for,
)
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.theme import scheme_colours
from aisafe_desktop.gui.widgets import (
    announce,
    follow_interface_locale,
    interface_text,
    link_button,
    plain_label,
    quiet,
    wrapped,
)

CHOICE_TYPES = {QuestionType.SINGLE_CHOICE, QuestionType.YES_NO, QuestionType.SCALE}


class QuestionCard(Retranslating, QFrame):
    """Signals:
        value_changed(str, object): question id, new value (None clears it).
        comment_changed(str, str): question id, comment text.
    """

    value_changed = Signal(str, object)
    comment_changed = Signal(str, str)
    history_requested = Signal(str)

    def __init__(self, question: Question, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.language = language
        self.answered = False
        self.setObjectName(f"card-{question.id}")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.text = wrapped(question.text.get(language))
        set_text_role(self.text, TextRole.STRONG)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.required_mark = interface_text(plain_label("*"))
        self.required_mark.setVisible(question.required)
        self.editor: QuestionEditor = editor_for(question, language)
        self.editor.answered.connect(self._answered)
        if isinstance(self.editor, NumberEditor):
            self.editor.invalid.connect(self.show_problem)
        self.problem = interface_text(wrapped())
        self.problem.setObjectName("problem")
        self.problem.hide()
        # "prefilled from your organisation profile": until the person changes the answer
        self.prefill_note = interface_text(quiet(wrapped()))
        self.prefill_note.setObjectName("prefilled")
        self.prefill_note.hide()
        # what an agency said about this answer in a review receipt (outside text: plain)
        self.agency_note = wrapped()
        self.agency_note.setObjectName("agency-comment")
        self.agency_note.setMargin(px(Space.S))
        self.agency_note.setStyleSheet(f"border-left: {px(Space.XS)}px solid "
                                       f"{scheme_colours().warning}; background: palette(base);")
        self.agency_note.hide()
        self.flag_note = wrapped()  # a red flag raised by this answer, shown at once
        self.flag_note.setObjectName("red-flag")
        self.flag_note.hide()
        self.clear_button = link_button()
        self.clear_button.clicked.connect(self.clear)
        self.clear_button.setVisible(False)
        self.history_button = link_button()  # when and how this answer changed (audit)
        self.history_button.clicked.connect(lambda: self.history_requested.emit(self.question.id))
        layout = QVBoxLayout(self)
        set_margins(layout, Space.NONE, Space.S)
        title_row = QHBoxLayout()
        title_row.addWidget(self.text, 1)
        title_row.addWidget(self.required_mark, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(title_row)
        layout.addWidget(self.agency_note)
        self._add_guidance(layout)
        layout.addWidget(self.prefill_note)
        layout.addWidget(self.editor)
        layout.addWidget(self.problem)
        layout.addWidget(self.flag_note)
        actions = QHBoxLayout()
        actions.addWidget(self.clear_button)
        actions.addWidget(self.history_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self._add_evidence(layout)
        self._retranslate()

    def _add_guidance(self, layout: QVBoxLayout) -> None:
        self.guidance_toggle: QToolButton | None = None
        self.guidance: QLabel | None = None
        if self.question.guidance is None:
            return
        self.guidance_toggle = QToolButton()
        self.guidance_toggle.setCheckable(True)
        self.guidance_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.guidance_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.guidance_toggle.setAutoRaise(True)
        self.guidance = quiet(wrapped(self.question.guidance.get(self.language)))
        self.guidance.setContentsMargins(px(Space.L), 0, 0, px(Space.XS))
        self.guidance.hide()
        self.guidance_toggle.toggled.connect(self._toggle_guidance)
        layout.addWidget(self.guidance_toggle)
        layout.addWidget(self.guidance)

    def _toggle_guidance(self, shown: bool) -> None:
        if self.guidance_toggle is None or self.guidance is None:
            return
        self.guidance.setVisible(shown)
        self.guidance_toggle.setArrowType(Qt.ArrowType.DownArrow if shown
                                          else Qt.ArrowType.RightArrow)
        self._describe_guidance()
        if shown:  # the guidance is read out at once, without moving the focus
            announce(self.guidance, self.guidance.text())

    def _describe_guidance(self) -> None:
        """The expander's state in words (Qt exposes a checkable tool button as a check box)."""
        if self.guidance_toggle is None or self.guidance is None:
            return
        shown = self.guidance_toggle.isChecked()
        self.guidance_toggle.setAccessibleDescription(
            self.tr("Expanded. {guidance}").format(guidance=self.guidance.text()) if shown
            else self.tr("Collapsed. Press Space to show the guidance for this question."))

    def _add_evidence(self, layout: QVBoxLayout) -> None:
        self.evidence: QPlainTextEdit | None = None
        if self.question.evidence is None:
            return
        self.evidence_label = quiet(wrapped(self.question.evidence.get(self.language)))
        self.evidence = QPlainTextEdit()
        self.evidence.setTabChangesFocus(True)
        self.evidence.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self._evidence_timer = QTimer(self)
        self._evidence_timer.setSingleShot(True)
        self._evidence_timer.setInterval(IDLE_SAVE_MS)
        self._evidence_timer.timeout.connect(self.flush_comment)
        self.evidence.textChanged.connect(self._evidence_timer.start)
        self._sent_comment = ""
        layout.addWidget(self.evidence_label)
        layout.addWidget(self.evidence)

    def set_agency_comments(self, comments: list[str]) -> None:
        """Show the agency's comments about this answer (from review receipts), newest first."""
        if not comments:
            self.agency_note.hide()
            return
        heading = self.tr("The agency commented on this answer:")
        self.agency_note.setText("\n".join([heading, *comments]))
        self.agency_note.setAccessibleName(heading)
        self.agency_note.show()

    # -- values -------------------------------------------------------------------------------
    def _answered(self, value: Any) -> None:
        self.clear_problem()
        self.show_prefilled(False)  # the person's own answer now
        self.answered = value is not None
        self.clear_button.setVisible(self.answered and self.question.type in CHOICE_TYPES)
        self.value_changed.emit(self.question.id, value)

    def clear(self) -> None:
        self.editor.set_value(None)
        self._answered(None)
        self.editor.first_input().setFocus()

    def set_answer(self, answer: Answer | None) -> None:
        value = answer.value if answer is not None else None
        self.editor.set_value(value)
        self.answered = value is not None and value != []
        self.clear_button.setVisible(self.answered and self.question.type in CHOICE_TYPES)
        if self.evidence is not None:
            comment = (answer.comment if answer is not None else None) or ""
            self.evidence.blockSignals(True)
            self.evidence.setPlainText(comment)
            self.evidence.blockSignals(False)
            self._sent_comment = comment

    def flush(self) -> None:
        self.editor.flush()
        self.flush_comment()

    def flush_comment(self) -> None:
        if self.evidence is None:
            return
        self._evidence_timer.stop()
        comment = self.evidence.toPlainText()
        if comment != self._sent_comment:
            self._sent_comment = comment
            self.comment_changed.emit(self.question.id, comment)

    def show_problem(self, message: str) -> None:
        self.problem.setText("⚠ " + message)
        self.problem.show()
        self.editor.first_input().setAccessibleDescription(message)

    def show_prefilled(self, prefilled: bool) -> None:
        """Mark an answer the app took from the organisation profile (still editable)."""
        self.prefill_note.setVisible(prefilled)
        self._describe()

    def show_flag(self, note: str | None, *, spoken: bool = True) -> None:
        """What this answer means for the result (a red flag), or nothing. `spoken`: announce a
        new flag (not for one shown again on a page built from saved answers)."""
        shown = bool(note)
        if shown and note != self.flag_note.text().removeprefix("⛔ "):
            self.flag_note.setText("⛔ " + (note or ""))
            if spoken:
                announce(self.flag_note, note or "")
        self.flag_note.setVisible(shown)

    def show_unsaved(self, unsaved: bool) -> None:
        """Mark a value the app could not write yet (it keeps trying; see SavedIndicator)."""
        if unsaved:
            self.show_problem(self.tr("Not saved yet. Your answer is kept here and the app "
                                      "keeps trying to save it."))
            self.problem.setProperty("unsaved", True)
        elif self.problem.property("unsaved"):
            self.problem.setProperty("unsaved", False)
            self.clear_problem()

    def clear_problem(self) -> None:
        if self.problem.isVisible():
            self.problem.hide()
            self._describe()

    def focus_editor(self) -> None:
        self.editor.first_input().setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language -----------------------------------------------------------------------------
    def content_language_note(self) -> str:
        """The card's text is in the questionnaire's language; the widgets carry that locale, and
        when it differs from the interface's, the description says so (a screen reader can then
        switch voice, and the person knows why the words sound different)."""
        content = QLocale(self.language)
        self.setLocale(content)  # the card and every widget in it but the interface's words
        follow_interface_locale(self)
        if QLocale().language() == content.language():
            return ""
        name = LANGUAGE_NAMES.get(self.language, self.language)
        return self.tr("This question is in {language}.").format(language=name)

    def _describe(self) -> None:
        text = self.question.text.get(self.language)
        required = self.tr("Required.") if self.question.required else self.tr("Optional.")
        prefilled = f" {self.prefill_note.text()}" if not self.prefill_note.isHidden() else ""
        note = self.content_language_note()
        self.editor.describe(text, f"{text} {required}{prefilled} {note}".rstrip())

    def _retranslate(self) -> None:
        self.prefill_note.setText("ⓘ " + self.tr("Prefilled from your organisation profile. "
                                                 "Change it if it is not right for this "
                                                 "assessment."))
        self.required_mark.setToolTip(self.tr("Required"))
        self.required_mark.setAccessibleName(self.tr("Required"))
        # Every control of a card names its question: a screen reader user moving by Tab hears
        # "Clear answer: Does the system use AI?", not ten identical "Clear answer" buttons.
        question = self.question.text.get(self.language)
        self.clear_button.setText(self.tr("Clear answer"))
        self.clear_button.setAccessibleName(self.tr("Clear answer: {question}").format(
            question=question))
        self.clear_button.setAccessibleDescription(self.tr("Remove the answer to this question"))
        self.history_button.setText(self.tr("History"))
        self.history_button.setAccessibleName(self.tr("History: {question}").format(
            question=question))
        self.history_button.setAccessibleDescription(self.tr("When and how this answer and its "
                                                             "comment changed"))
        if self.guidance_toggle is not None:
            self.guidance_toggle.setText(self.tr("Why we ask"))
            self.guidance_toggle.setAccessibleName(self.tr("Why we ask: {question}").format(
                question=question))
            self._describe_guidance()
        if self.evidence is not None:
            self.evidence.setAccessibleName(self.tr("Evidence or comment: {question}").format(
                question=question))
            self.evidence.setAccessibleDescription(self.evidence_label.text())
            self.evidence.setPlaceholderText(self.tr("Optional: a note, a document name or a "
                                                     "link to evidence"))
        self._describe()
