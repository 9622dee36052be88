"""Moving an open assessment to a newer version of its questionnaire.

`UpgradeBanner` sits above the walk-through and appears when a newer version is installed; its
button opens `UpgradeDialog`, which lists what changed, which answers carry over and which need a
new answer, before anything is written. Upgrading keeps every earlier value in the history.
Questionnaire texts and answers are shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.error_texts import localise
from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.widgets import Heading, language_change, quiet, translate_buttons, wrapped
from aisafe_desktop.reporting.answer_text import answer_text
from aisafe_desktop.services.upgrade import (
    AnswerFate,
    PlannedQuestion,
    QuestionChange,
    UpgradePlan,
)

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.dto import AssessmentState
    from aisafe_desktop.services.questionnaires import CatalogueEntry


class UpgradeDialog(QDialog):
    """What the upgrade will do; accepted = the user chose to upgrade."""

    def __init__(self, plan: UpgradePlan, state: AssessmentState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.state = state
        self.setObjectName("upgrade_dialog")
        self.heading = Heading(level=2)
        self.summary = wrapped()
        self.sections: list[tuple[Heading, QListWidget, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        for name in ("changed", "carried", "new_answer", "history"):
            title, items, empty = Heading(level=3), QListWidget(), quiet(wrapped())
            items.setObjectName(name)
            items.setWordWrap(True)
            items.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            items.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read-only: Tab reaches it, Up/Down scroll
            self.sections.append((title, items, empty))
            layout.addWidget(title)
            layout.addWidget(items, 1)
            layout.addWidget(empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.upgrade_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.upgrade_button.setProperty("custom_text", True)
        self.upgrade_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._retranslate()

    # -- texts ---------------------------------------------------------------------------------
    def _question_text(self, item: PlannedQuestion) -> str:
        question = item.new or item.old
        assert question is not None
        default = self.plan.questionnaire.default_language
        return question.text.get(self.state.language, default).strip()

    def _answer(self, item: PlannedQuestion) -> str:
        question = item.old or item.new
        assert question is not None
        default = self.plan.questionnaire.default_language
        return answer_text(question, item.value, self.state.language, default) or ""

    def _change_text(self, item: PlannedQuestion) -> str:
        kind = {QuestionChange.ADDED: self.tr("New question"),
                QuestionChange.REMOVED: self.tr("Removed"),
                QuestionChange.TYPE: self.tr("Different kind of answer"),
                QuestionChange.OPTIONS: self.tr("Different answer choices"),
                QuestionChange.WORDING: self.tr("Reworded")}
        assert item.change is not None
        return f"{kind[item.change]}: {self._question_text(item)}"

    def _carried_text(self, item: PlannedQuestion) -> str:
        text = self.tr("{question} — your answer: {answer}").format(
            question=self._question_text(item), answer=self._answer(item).replace("\n", " "))
        if item.fate is AnswerFate.CHECK:
            text += " — " + self.tr("the question changed: check that your answer still holds")
        return text

    def _new_answer_text(self, item: PlannedQuestion) -> str:
        question = self._question_text(item)
        if item.fate is AnswerFate.UNANSWERED:
            return self.tr("{question} — a new question").format(question=question)
        if item.change is QuestionChange.TYPE:
            why = self.tr("it now takes a different kind of answer")
        else:
            why = localise(item.problem) if item.problem else ""
        return self.tr("{question} — your answer ({answer}) no longer fits: {why}").format(
            question=question, answer=self._answer(item).replace("\n", " "), why=why)

    def _history_text(self, item: PlannedQuestion) -> str:
        return self.tr("{question} — your answer ({answer}) stays in the history").format(
            question=self._question_text(item), answer=self._answer(item).replace("\n", " "))

    def _retranslate(self) -> None:
        plan = self.plan
        title = plan.questionnaire.title.get(self.state.language,
                                             plan.questionnaire.default_language)
        self.setWindowTitle(self.tr("Upgrade to version {version}").format(
            version=plan.to_version))
        self.heading.setText(self.tr("Upgrade to version {version}").format(
            version=plan.to_version))
        self.summary.setText(self.tr(
            "{questionnaire}: version {old} → {new}. Every answer and its history is kept; "
            "nothing changes until you choose Upgrade.").format(
            questionnaire=title, old=plan.from_version, new=plan.to_version))
        contents = (
            (self.tr("What changed in the questionnaire ({count})"), plan.changed(),
             self._change_text, self.tr("No question changed.")),
            (self.tr("Answers that carry over ({count})"), plan.carried(), self._carried_text,
             self.tr("No answer carries over.")),
            (self.tr("Questions that need a new answer ({count})"), plan.needing_answer(),
             self._new_answer_text, self.tr("None: every answer still fits.")),
            (self.tr("Answers to removed questions ({count})"), plan.kept_in_history(),
             self._history_text, self.tr("None.")))
        for (heading, items, empty), (label, entries, text_of, nothing) in zip(
                self.sections, contents, strict=True):
            heading.setText(label.format(count=len(entries)))
            items.clear()
            items.addItems([text_of(entry) for entry in entries])  # item texts are plain text
            items.setVisible(bool(entries))
            items.setAccessibleName(label.format(count=len(entries)))
            items.setAccessibleDescription(self.summary.text())
            empty.setText(nothing)
            empty.setVisible(not entries)
        self.upgrade_button.setText(self.tr("Upgrade"))
        translate_buttons(self.buttons)

    def changeEvent(self, event: QEvent) -> None:
        if language_change(event):
            self._retranslate()
        super().changeEvent(event)


class UpgradeBanner(QFrame):
    """A strip that offers "Upgrade to version N" when a newer questionnaire version is installed.

    Signals:
        upgraded(int): the assessment id, after it moved to the new version.
    """

    upgraded = Signal(int)

    def __init__(self, ctx: AppContext, before_upgrade: Callable[[], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.before_upgrade = before_upgrade  # saves what is still being typed
        self.setObjectName("upgrade_banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.state: AssessmentState | None = None
        self.entry: CatalogueEntry | None = None
        self.dialog: UpgradeDialog | None = None
        self.message = wrapped()
        self.button = QPushButton()
        self.button.clicked.connect(self.open_dialog)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.button)
        self.hide()

    def check(self, state: AssessmentState) -> None:
        """Look for a newer version in the background; show the banner if there is one."""
        self.state, self.entry = state, None
        self.hide()
        if self.ctx.workspace is None:
            return
        assessment_id = state.id
        op(self.ctx, lambda ws: (assessment_id, ws.available_upgrade(assessment_id))) \
            .success(self._found).run()

    def _found(self, found: tuple[int, CatalogueEntry | None]) -> None:
        assessment_id, entry = found
        if self.state is None or self.state.id != assessment_id:
            return  # another assessment was opened meanwhile
        self.entry = entry
        self._retranslate()
        self.setVisible(entry is not None)

    def open_dialog(self) -> None:
        if self.state is None or self.entry is None:
            return
        state, entry = self.state, self.entry
        op(self.ctx, lambda ws: ws.preview_upgrade(state.id, entry)) \
            .success(lambda plan: self._confirm(plan, state, entry)).run()

    def _confirm(self, plan: UpgradePlan, state: AssessmentState, entry: CatalogueEntry) -> None:
        dialog = UpgradeDialog(plan, state, self.window())
        screen = self.window().screen().availableGeometry()
        dialog.resize(min(900, screen.width() - 40), min(680, screen.height() - 60))
        self.dialog = dialog  # reachable while open (tests, screenshots)
        def upgrade() -> None:
            self.before_upgrade()  # queued first: the single worker keeps the order
            op(self.ctx, lambda ws: ws.upgrade(state.id, entry)).success(self._done).run()

        dialog.accepted.connect(upgrade)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()  # window-modal, without a nested event loop

    def _done(self, _report: Any) -> None:
        if self.state is not None:
            self.hide()
            self.upgraded.emit(self.state.id)

    def _retranslate(self) -> None:
        if self.entry is None or self.state is None:
            return
        version = self.entry.questionnaire.version
        self.message.setText(self.tr(
            "A newer version of this questionnaire ({new}) is installed; this assessment uses "
            "version {old}.").format(new=version, old=self.state.questionnaire.version))
        self.button.setText(self.tr("Upgrade to version {version}…").format(version=version))

    def changeEvent(self, event: QEvent) -> None:
        if language_change(event):
            self._retranslate()
        super().changeEvent(event)
