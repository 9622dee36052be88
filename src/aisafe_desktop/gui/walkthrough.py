"""The assessment walk-through: sections at the side with completion marks, one section at a time,
every answer saved the moment it is given, conditions applied live, and a missing-required list
before completion."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.core.answers import Answer, is_answered, value_problem
from aisafe_desktop.core.applicability import Applicability, pending_sections
from aisafe_desktop.core.model import Section
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui.error_texts import localise
from aisafe_desktop.gui.memory import release_freed_memory
from aisafe_desktop.gui.missing_panel import MissingPanel
from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.provisional import flag_notes, provisional_score, show_result_so_far
from aisafe_desktop.gui.question_card import QuestionCard
from aisafe_desktop.gui.receipt_dialog import agency_comments_by_question
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.saved_indicator import SavedIndicator
from aisafe_desktop.gui.section_list import SectionList, section_marks
from aisafe_desktop.gui.section_page import SectionPage
from aisafe_desktop.gui.upgrade_dialog import UpgradeBanner
from aisafe_desktop.gui.widgets import (
    Heading,
    caption,
    link_button,
    message_box,
    plain_label,
    quiet,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.gui.ui_state import Position
    from aisafe_desktop.services.dto import AssessmentState
    from aisafe_desktop.services.receipts import StoredReceipt
    from aisafe_desktop.services.workspace import Workspace

FIRST_CARDS = 4  # built at once when a section opens: about a screenful
CARDS_PER_TICK = 2  # then this many per idle tick, keeping each tick well under 50 ms


class WalkthroughPage(Retranslating, QWidget):
    """Signals:
        completed(int, object): assessment id and its ScoreResult.
        copy_requested(int): work on a copy of this (exported) assessment instead.
    """

    completed = Signal(int, object)
    copy_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.state: AssessmentState | None = None
        self.answers: dict[str, Answer] = {}
        self.pages: dict[str, SectionPage] = {}
        self.current: Section | None = None
        self.agency_comments: dict[str, list[str]] = {}  # question id → review receipt comments
        self._flags: dict[str, str] = {}  # question id → the red flag its saved answer raises
        self._builder = QTimer(self)
        self._builder.setInterval(0)
        self._builder.timeout.connect(self._build_step)
        self._build()
        self._retranslate()
        QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[union-attr]

    def _build(self) -> None:
        self.title = Heading(level=1)
        self.subtitle = quiet(wrapped())
        self.upgrade_banner = UpgradeBanner(self.ctx, self.flush)
        self.upgrade_banner.upgraded.connect(self._reopen)
        self.sections = SectionList()
        self.sections.section_chosen.connect(self._section_chosen)
        self.progress = caption(plain_label())
        self.progress.setWordWrap(True)
        self.stack = QStackedWidget()
        self.missing = MissingPanel()
        self.missing.jump_requested.connect(self.go_to_question)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.saved = SavedIndicator(self.ctx)
        self.saved.mark = self._mark_unsaved
        # the tooltip that explains the count cannot be reached from the keyboard: a button can
        self.progress_help = link_button()
        self.progress_help.clicked.connect(self.explain_progress)
        side = QVBoxLayout()
        side.addWidget(self.sections, 1)
        side.addWidget(self.progress)
        side.addWidget(self.progress_help)
        footer = QHBoxLayout()
        footer.addWidget(self.back_button)
        footer.addWidget(self.saved, 1, Qt.AlignmentFlag.AlignCenter)
        self.so_far_button = link_button()
        self.so_far_button.clicked.connect(self.show_result_so_far)
        footer.addWidget(self.so_far_button)
        footer.addWidget(self.next_button)
        main = QVBoxLayout()
        main.addWidget(self.missing)
        main.addWidget(self.stack, 1)
        main.addLayout(footer)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addLayout(main, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.upgrade_banner)
        layout.addLayout(body, 1)
        for keys, slot in ((QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self.go_next),
                           (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self.go_back),
                           (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self.go_next),
                           (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self.go_back)):
            QShortcut(keys, self, slot)
        QShortcut(QKeySequence(Qt.Key.Key_F6), self, self.sections.setFocus)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_S), self, self.show_result_so_far)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The section list takes at most a third of the width, so that the questions keep
        room on a 1024-pixel screen at 200 % text (long section names wrap or elide)."""
        side = max(160, self.width() // 3)
        self.sections.setMaximumWidth(side)
        self.progress.setMaximumWidth(side)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a choice (an option, a check box) goes on, as Enter activates the default
        button of a dialog; in a text field Enter only finishes the text."""
        focus = self.window().focusWidget()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and isinstance(
                focus, QRadioButton | QCheckBox) and self.isAncestorOf(focus):
            self.go_next()
            return
        super().keyPressEvent(event)

    # -- loading ------------------------------------------------------------------------------
    def load(self, state: AssessmentState, position: Position | None = None) -> None:
        self._builder.stop()
        for page in self.pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self.pages = {}
        self.state = state
        self._edit_confirmed = False
        self.edit_box: QMessageBox | None = None
        self.answers = dict(state.answers)
        self._flags = self._flag_notes()
        self.missing.hide()
        self.saved.setText("")
        self.title.setText(state.title)
        q = state.questionnaire
        self.subtitle.setText(f"{q.title.get(state.language)} · {q.publisher}")
        self.sections.set_sections([s.title.get(state.language) for s in q.sections],
                                   [s.id for s in q.sections])
        state_now = self._applicability()
        first = next((s for s in q.sections if state_now.section_applies(s)), q.sections[0])
        wanted = next((s for s in q.sections if position and s.id == position.section), first)
        self.show_section(wanted, question=position.question if position else None)
        self.upgrade_banner.check(state)
        self._load_agency_comments(state.id)

    def _load_agency_comments(self, assessment_id: int) -> None:
        """The comments of the agency's review receipts, shown inside the cards they are about
        (read after the first section is on screen; the receipts are few)."""
        self.agency_comments = {}

        def show(receipts: list[StoredReceipt]) -> None:
            if self.state is None or self.state.id != assessment_id:
                return  # another assessment was opened meanwhile
            self.agency_comments = agency_comments_by_question(receipts)
            for page in self.pages.values():
                self._apply_agency_comments(page)

        op(self.ctx, lambda ws: ws.receipts(assessment_id)).success(show).run()

    def _apply_agency_comments(self, page: SectionPage) -> None:
        for question_id, card in page.cards.items():
            card.set_agency_comments(self.agency_comments.get(question_id, []))

    def _reopen(self, assessment_id: int) -> None:
        """After an upgrade: show the assessment again, on the new version's questions."""
        op(self.ctx, lambda ws: ws.open_assessment(assessment_id)).success(self.load).run()

    def _applicability(self) -> Applicability:
        assert self.state is not None
        return Applicability(self.state.questionnaire,
                             {k: a.value for k, a in self.answers.items()})

    def page_for(self, section: Section, *, whole: bool = False) -> SectionPage:
        page = self.pages.get(section.id)
        if page is None:
            assert self.state is not None
            page = SectionPage(section, self.state.language, self._value_changed,
                               self._comment_changed, on_history=self.show_history)
            self.pages[section.id] = page
            self.stack.addWidget(page)
        count = len(section.questions) if whole else FIRST_CARDS
        if not page.complete:
            page.build_more(count, self.answers, self._applicability(), self._prefilled())
            self._apply_agency_comments(page)
            self._flag_cards(page, spoken=False)
        if not self._builder.isActive():
            self._builder.start()
        return page

    def _build_step(self) -> None:
        """Idle work: finish the current section, then build the next one ahead of need."""
        if self.state is None:
            self._builder.stop()
            return
        current = self.stack.currentWidget()
        todo = current if isinstance(current, SectionPage) and not current.complete else None
        if todo is None:
            for section in self._ahead():
                page = self.pages.get(section.id)
                if page is None or not page.complete:
                    todo = self.page_for(section) if page is None else page
                    break
        if todo is None:
            self._builder.stop()
            release_freed_memory()  # the idle work is done: what building freed goes back
            return
        todo.build_more(CARDS_PER_TICK, self.answers, self._applicability(), self._prefilled())
        self._apply_agency_comments(todo)
        self._flag_cards(todo, spoken=False)

    def _ahead(self) -> list[Section]:
        """The sections built ahead of need: the one after the current (the likely next click).
        Not every section: the cards of a 236-question assessment take ~25 MiB, kept for as long
        as it is open; another section is built when it is opened (a screenful at once, the rest
        in idle ticks)."""
        sections = self.applicable_sections()
        at = next((i for i, s in enumerate(sections)
                   if self.current is not None and s.id == self.current.id), -1)
        return sections[at + 1:at + 2]

    def _prefilled(self) -> frozenset[str]:
        """Questions still answered as prefilled from the organisation profile."""
        return self.state.prefilled if self.state is not None else frozenset()

    # -- navigation ---------------------------------------------------------------------------
    def applicable_sections(self) -> list[Section]:
        assert self.state is not None
        state = self._applicability()
        return [s for s in self.state.questionnaire.sections if state.section_applies(s)]

    def show_section(self, section: Section, question: str | None = None) -> None:
        if self.current is not None and self.current.id in self.pages:
            self.pages[self.current.id].flush()
        self.current = section
        page = self.page_for(section, whole=question is not None)
        self.stack.setCurrentWidget(page)
        self._refresh_marks()
        page.verticalScrollBar().setValue(0)
        self._remember(question)
        self._focus(page, question)

    def _focus(self, page: SectionPage, question: str | None) -> None:
        if question and question in page.cards:
            page.reveal(question)
        elif page.visible_cards():
            page.visible_cards()[0].focus_editor()

    def load_focus(self) -> None:
        """Focus the remembered question once the page is on screen."""
        if self.state is None or self.current is None:
            return
        position = self.ctx.ui_state.positions.get(self.state.id)
        question = position.question if position and position.section == self.current.id \
            else None
        self._focus(self.pages[self.current.id], question)

    def go_next(self) -> None:
        order = self.applicable_sections()
        if self.current in order and order.index(self.current) + 1 < len(order):
            self.show_section(order[order.index(self.current) + 1])
        else:
            self.finish()

    def go_back(self) -> None:
        order = self.applicable_sections()
        if self.current in order and order.index(self.current) > 0:
            self.show_section(order[order.index(self.current) - 1])

    def _section_chosen(self, wanted: str) -> None:
        assert self.state is not None
        section = next(s for s in self.state.questionnaire.sections if s.id == wanted)
        if section is not self.current:
            self.show_section(section)

    def go_to_question(self, question_id: str) -> None:
        assert self.state is not None
        section = self.state.questionnaire.section_of()[question_id]
        self.show_section(section, question=question_id)

    # -- answers ------------------------------------------------------------------------------
    def _exported_unconfirmed(self) -> bool:
        return (self.state is not None and self.state.status is AssessmentStatus.EXPORTED
                and not self._edit_confirmed)

    def _confirm_edit(self, apply: Callable[[], None], question_id: str) -> None:
        """The first change to an exported assessment asks first (see export_guard.py)."""
        from aisafe_desktop.gui.export_guard import ExportGuard

        def change() -> None:
            self._edit_confirmed = True
            apply()

        def revert() -> None:
            for page in self.pages.values():
                card = page.cards.get(question_id)
                if card is not None:
                    card.set_answer(self.answers.get(question_id))

        def copy() -> None:
            revert()
            if self.state is not None:
                self.copy_requested.emit(self.state.id)

        self.edit_box = ExportGuard().ask(self, change, copy, revert)

    def _value_changed(self, question_id: str, value: object) -> None:
        card = self.sender()
        if self._exported_unconfirmed():
            self._confirm_edit(lambda: self._apply_value(card, question_id, value), question_id)
            return
        self._apply_value(card, question_id, value)

    def _apply_value(self, card: object, question_id: str, value: object) -> None:
        """Check the answer here (instantly), show its effects, and queue the write."""
        assert self.state is not None
        question = self.state.questionnaire.question_index()[question_id]
        problem = value_problem(question, value) if is_answered(value) else None
        if problem:
            if isinstance(card, QuestionCard):
                card.show_problem(localise(problem))
            return
        old = self.answers.get(question_id)
        comment = old.comment if old else None
        if is_answered(value) or comment:
            self.answers[question_id] = Answer(value if is_answered(value) else None, comment)
        else:
            self.answers.pop(question_id, None)
        self._conditions_changed(card if isinstance(card, QWidget) else None)
        assessment_id = self.state.id
        self._save(("answer", question_id),
                   lambda ws: ws.record_answer(assessment_id, question_id, value),
                   card if isinstance(card, QuestionCard) else None)

    def _comment_changed(self, question_id: str, comment: str) -> None:
        if self._exported_unconfirmed():
            self._confirm_edit(lambda: self._comment_changed(question_id, comment), question_id)
            return
        assert self.state is not None
        old = self.answers.get(question_id)
        self.answers[question_id] = Answer(old.value if old else None, comment or None)
        assessment_id = self.state.id
        self._save(("comment", question_id),
                   lambda ws: ws.record_comment(assessment_id, question_id, comment), None)

    def _save(self, key: tuple[str, str], work: Callable[[Workspace], object],
              card: QuestionCard | None) -> None:
        self.saved.save(key, work, card.show_problem if card is not None else None)

    def _mark_unsaved(self, question_id: str, unsaved: bool) -> None:
        """A value that is not in the database yet stays visibly marked at its question."""
        for page in self.pages.values():
            card = page.cards.get(question_id)
            if card is not None:
                card.show_unsaved(unsaved)

    def _conditions_changed(self, anchor: QWidget | None) -> None:
        state = self._applicability()
        for page in self.pages.values():
            page.apply(state, anchor if page is self.stack.currentWidget() else None)
        self._refresh_marks()
        self._show_flags()
        if self.missing.isVisible():
            self._show_missing()

    def flush(self) -> None:
        for page in self.pages.values():
            page.flush()

    def _values(self) -> dict[str, object]:
        return {k: a.value for k, a in self.answers.items() if is_answered(a.value)}

    def _flag_notes(self) -> dict[str, str]:
        assert self.state is not None
        q = self.state.questionnaire
        if not q.scoring.red_flags:
            return {}
        return flag_notes(q, provisional_score(q, self._values()), self.state.language)

    def _show_flags(self) -> None:
        """A red flag shows at the answer that raised it, the moment it is given."""
        self._flags = self._flag_notes()
        for page in self.pages.values():
            self._flag_cards(page, spoken=True)

    def _flag_cards(self, page: SectionPage, *, spoken: bool) -> None:
        """The flags of the saved answers also show on cards built later (a resumed assessment,
        a section built ahead), without announcing them again."""
        for question_id, card in page.cards.items():
            card.show_flag(self._flags.get(question_id), spoken=spoken)

    def show_history(self, question_id: str) -> None:
        """The history of one answer, read off the UI thread (saved changes first)."""
        from aisafe_desktop.gui.answer_history import HistoryDialog

        assert self.state is not None
        self.flush()
        state = self.state
        question = state.questionnaire.question_index()[question_id]

        def show(entries: list[Any]) -> None:
            self.history_dialog = HistoryDialog(question, entries, state.language,
                                                self.ctx.ui_state,
                                                state.questionnaire.default_language, self)
            self.history_dialog.finished.connect(self.history_dialog.deleteLater)
            self.history_dialog.open()

        op(self.ctx, lambda ws: ws.history(state.id, question_id)).success(show).run()

    def show_result_so_far(self) -> None:
        assert self.state is not None
        self.flush()
        self.so_far_box = show_result_so_far(self, self.state.questionnaire, self._values(),
                                             self.state.language, *self._counts())

    def _counts(self) -> tuple[int, int]:
        assert self.state is not None
        marks = section_marks(self.state.questionnaire, self._applicability(), self._has_value)
        return sum(m.answered for m in marks), sum(m.applicable for m in marks)

    # -- marks, progress, finishing -----------------------------------------------------------
    def _refresh_marks(self) -> None:
        assert self.state is not None
        q = self.state.questionnaire
        state = self._applicability()  # once per refresh: marks, progress and buttons
        marks = section_marks(q, state, self._has_value)
        pending = pending_sections(state)
        current = q.sections.index(self.current) if self.current is not None else -1
        self.sections.show_marks(marks, current)
        answered = sum(m.answered for m in marks)
        applying = [m for m in marks if m.applicable]
        done = sum(1 for m in applying if m.complete)  # as the list ticks it: required ones
        # sections that wait for an answer still to come count too (the first page of the
        # triage said "0 of 1 sections" before "Is this an AI system?" was answered)
        sections = len(applying) + len(pending)
        # Sections done is the stable measure; the question count can grow as answers make
        # more questions apply, so it says "so far" and the tooltip explains why.
        self.progress.setText(
            self.tr("%n of {total} section(s) done", "", done).format(total=sections)
            + "\n" + self.tr("%n question(s) answered of the {total} that apply so far", "",
                              answered).format(total=sum(m.applicable for m in marks)))
        self.progress.setToolTip(self._progress_explained())
        self.progress.setAccessibleDescription(self.progress.text())
        self._update_buttons(state, pending)

    def _has_value(self, question_id: str) -> bool:
        answer = self.answers.get(question_id)
        return answer is not None and is_answered(answer.value)

    def _update_buttons(self, state: Applicability | None = None,
                        pending: set[str] | None = None) -> None:
        """Back, and Next or Finish. `state`, `pending`: the refresh's own, if at hand."""
        order: list[Section] = []
        if self.state is not None:
            state = state or self._applicability()
            order = [s for s in self.state.questionnaire.sections if state.section_applies(s)]
            pending = pending_sections(state) if pending is None else pending
        last = not order or (self.current is order[-1]
                             and not self._pending_after(pending or set()))
        self.back_button.setEnabled(bool(order) and self.current is not order[0])
        self.next_button.setText(self.tr("&Finish") if last else self.tr("&Next"))
        self.next_button.setToolTip(self.tr("See the result (Alt+Right)") if last
                                    else self.tr("Next section (Alt+Right)"))

    def _progress_explained(self) -> str:
        return self.tr("Some answers make further questions apply, so the number of questions "
                       "can grow as you go.")

    def explain_progress(self) -> None:
        self.progress_box = message_box(QMessageBox.Icon.Information, self.progress_help.text()
                                        .replace("&", ""), self._progress_explained(),
                                        QMessageBox.StandardButton.Ok, self)
        self.progress_box.open()

    def _pending_after(self, pending: set[str]) -> bool:
        """A section after this one may still apply, once a question is answered: Next, not
        Finish (finishing then lists what is still to answer)."""
        if self.state is None or self.current is None:
            return False
        sections = self.state.questionnaire.sections
        return any(s.id in pending for s in sections[sections.index(self.current) + 1:])

    def missing_required(self) -> list[str]:
        assert self.state is not None
        state = self._applicability()
        return [q.id for _, q in self.state.questionnaire.questions()
                if q.required and state.applies(q.id) and not self._has_value(q.id)]

    def _show_missing(self) -> None:
        assert self.state is not None
        self.missing.show_missing(self.missing_required(), self.state.questionnaire,
                                  self.state.language)

    def finish(self) -> None:
        assert self.state is not None
        self.flush()
        if self.missing_required():
            self._show_missing()
            self.missing.focus_list()
            return
        self.missing.hide()
        assessment_id = self.state.id
        self.setEnabled(False)
        op(self.ctx, lambda ws: ws.complete(assessment_id)).success(self._completed).failure(
            self._not_completed).run()

    def _completed(self, result: Any) -> None:
        self.setEnabled(True)
        assert self.state is not None
        self.completed.emit(self.state.id, result)

    def _not_completed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.ctx.errors.present(error)

    # -- position -----------------------------------------------------------------------------
    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.state is None or new is None or not self.isAncestorOf(new):
            return
        widget: QWidget | None = new
        while widget is not None and not isinstance(widget, QuestionCard):
            widget = widget.parentWidget()
        if isinstance(widget, QuestionCard):
            self._remember(widget.question.id)

    def _remember(self, question: str | None) -> None:
        if self.state is not None and self.current is not None:
            self.ctx.ui_state.remember(self.state.id, self.current.id, question)

    # -- language -----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("Previous section (Alt+Left)"))
        self.progress_help.setText(self.tr("How is this counted?"))
        self.progress_help.setToolTip(self._progress_explained())
        self.so_far_button.setText(self.tr("Result &so far"))
        self.so_far_button.setToolTip(self.tr("See the provisional result of the answers given "
                                              "so far (Alt+S)"))
        if self.state is not None:
            self._refresh_marks()
        else:
            self._update_buttons()


def preview(ctx: AppContext) -> QWidget:
    """Sample data: `python -m aisafe_desktop.gui.walkthrough`."""
    page = WalkthroughPage(ctx)
    draft = next(s for s in ctx.ws.list_assessments() if s.status is AssessmentStatus.DRAFT)
    page.load(ctx.ws.open_assessment(draft.id))
    return page


if __name__ == "__main__":
    import sys

    from aisafe_desktop.gui.preview import run_preview

    sys.exit(run_preview(preview))
