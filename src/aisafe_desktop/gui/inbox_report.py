"""One received report: a verdict banner, the answers in the questionnaire's words, the result,
what changed since the previous submission, and the officer's review with its history.

Everything here came in a file from outside: every label is plain text.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.design import TextRole, set_text_role
from aisafe_desktop.gui.inbox_model import VERDICT_TOKENS, status_text
from aisafe_desktop.gui.inbox_session import InboxHandle
from aisafe_desktop.gui.locale_text import (
    date_pattern,
    date_text,
    date_time_text,
    local_date_text,
    number_text,
    stamp_text,
)
from aisafe_desktop.gui.widgets import ask_text, plain_label, scrolled

if TYPE_CHECKING:
    from aisafe_desktop.gui.inbox_window import InboxWindow
    from aisafe_desktop.services.inbox import Event
    from aisafe_desktop.services.inbox_view import ReportView

NEXT_STATUSES = ("under-review", "accepted", "returned")


def text_label(text: str = "", *, bold: bool = False) -> QLabel:
    """A wrapped, selectable plain-text label (outside text: never rich text)."""
    label = plain_label(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    if bold:
        set_text_role(label, TextRole.STRONG)
    return label


class ReportDialog(QDialog):
    """Signals:
        changed(): the review status or the comments changed.
    """

    changed = Signal()

    def __init__(self, window: InboxWindow, submission_id: int) -> None:
        super().__init__(window)
        self.window_ = window
        self.submission_id = submission_id
        self.view: ReportView | None = None
        self.setWindowTitle(self.tr("Received report"))
        self.resize(980, 700)
        layout = QVBoxLayout(self)
        self.banner = text_label(self.tr("Loading…"), bold=True)
        self.banner.setMargin(12)
        self.banner.setAccessibleName(self.tr("Verdict"))
        layout.addWidget(self.banner)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Received report"))  # a focusable container: named
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.load()

    def load(self) -> None:
        language = self.window_.ctx.language
        sid = self.submission_id

        def work(handle: InboxHandle) -> ReportView:
            from aisafe_desktop.services.inbox_view import build_view

            return build_view(handle.inbox.show(sid), handle.catalogue, language)

        self.window_.session.run(work, self._show)

    def _show(self, view: ReportView) -> None:
        self.view = view
        s = view.detail.submission
        words = {
            "trusted": self.tr("✔ Trusted: signed, unchanged, and the signer is in your trusted "
                               "list."),
            "untrusted": self.tr("⚠ Not trusted: signed and unchanged, but nobody you trust vouches "
                                 "for the signer. Compare the fingerprint with the business "
                                 "before relying on it."),
            "invalid": self.tr("✖ Invalid: do not rely on this file."),
        }[s.verdict.value]
        # the reason adds to the words only when something is wrong
        from aisafe_desktop.gui.verify_reason_texts import findings_text

        reason = findings_text(s.findings, s.reason)  # in the officer's language
        self.banner.setText(f"{words}\n{reason}" if s.verdict.value == "invalid" else words)
        from aisafe_desktop.gui.theme import scheme_styled

        token = VERDICT_TOKENS.get(s.verdict.value, "danger")
        scheme_styled(self.banner, f"background: {{{token}}}; color: {{on_{token}}}; "
                                   "border-radius: 6px;")
        current = self.tabs.currentIndex()
        draft = self._draft()  # what the officer typed and has not saved: kept over a reload
        self.tabs.clear()
        self.tabs.addTab(scrolled(self._summary_tab(view)), self.tr("Summary"))
        self.tabs.addTab(scrolled(self._answers_tab(view)), self.tr("Answers"))
        if view.detail.previous is not None:
            self.tabs.addTab(scrolled(self._changes_tab(view)), self.tr("Changes"))
        self.tabs.addTab(self._review_tab(view), self.tr("Review"))
        if draft is not None:
            status, comment, due = draft
            self.status_box.setCurrentIndex(max(self.status_box.findData(status), 0))
            self.comment_edit.setPlainText(comment)
            self.due_edit.setDate(due)
        self.tabs.setCurrentIndex(max(current, 0))

    def _draft(self) -> tuple[object, str, QDate] | None:
        """The review as typed (status, comment, due date), when a comment is typed; a reload
        after a failed save (another officer changed the report, the server went away) or after
        a comment on an answer used to drop it."""
        edit = getattr(self, "comment_edit", None)
        if edit is None or not edit.toPlainText().strip():
            return None
        return self.status_box.currentData(), edit.toPlainText(), self.due_edit.date()

    def _summary_tab(self, view: ReportView) -> QWidget:
        s = view.detail.submission
        page = QWidget()
        form = QFormLayout(page)
        claimed = stamp_text(s.claimed_signing_time) if s.claimed_signing_time else "-"
        for name, value in (
                (self.tr("Signer"), s.signer or "-"),
                (self.tr("Fingerprint (SHA-256)"), s.signer_fingerprint or "-"),
                (self.tr("Organisation"), s.organisation or "-"),
                (self.tr("Country"), s.country or "-"), (self.tr("Sector"), s.sector or "-"),
                (self.tr("AI system"), s.ai_system or "-"),
                (self.tr("Questionnaire"),  # none known in an invalid file: not a blank Tab stop
                 f"{s.questionnaire} {s.questionnaire_version}".strip() or "-"),
                (self.tr("Result (re-scored)"), view.band_title or s.band or "-"),
                (self.tr("Score"), number_text(s.score) if s.score is not None else "-"),
                (self.tr("Reference"), s.reference or "-"),
                (self.tr("Claimed signing time"), claimed),
                (self.tr("Received"), stamp_text(s.received)),
                (self.tr("File"), f"{s.file_name} · SHA-256 {s.sha256}")):
            form.addRow(text_label(name, bold=True), text_label(value))
        if view.red_flags:
            form.addRow(text_label(self.tr("Red flags"), bold=True),
                        text_label("\n".join(f"• {flag}" for flag in view.red_flags)))
        if view.explanation:
            form.addRow(text_label(self.tr("Why this result"), bold=True),
                        text_label("\n".join(view.explanation)))
        if view.detail.submission.verdict.value != "invalid" and not view.questionnaire_found:
            form.addRow(text_label(self.tr("Questionnaire"), bold=True), text_label(
                self.tr("This questionnaire version is not installed here: the answers cannot be "
                        "shown with their questions.")))
        return page

    def _answers_tab(self, view: ReportView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if not view.sections:
            layout.addWidget(text_label(self.tr("There are no verified answers to show.")))
        for section in view.sections:
            heading = text_label(section.title, bold=True)
            heading.setAccessibleDescription(self.tr("Section"))
            layout.addWidget(heading)
            for answer in section.answers:
                box = QFrame()
                box.setFrameShape(QFrame.Shape.StyledPanel)
                inner = QVBoxLayout(box)
                inner.addWidget(text_label(answer.question, bold=True))
                inner.addWidget(text_label(answer.answer or self.tr("(not answered)")))
                if answer.respondent_comment:
                    inner.addWidget(text_label(self.tr("Respondent's comment or evidence: {text}")
                                               .format(text=answer.respondent_comment)))
                for comment in answer.officer_comments:
                    inner.addWidget(text_label(self._comment_line(comment)))
                add = QPushButton(self.tr("Comment on this answer…"))
                add.setAccessibleName(self.tr("Comment on: {question}")
                                      .format(question=answer.question))
                add.clicked.connect(lambda _=False, qid=answer.question_id,
                                    text=answer.question: self._comment_on(qid, text))
                row = QHBoxLayout()
                row.addStretch(1)
                row.addWidget(add)
                inner.addLayout(row)
                layout.addWidget(box)
        layout.addStretch(1)
        return page

    def _changes_tab(self, view: ReportView) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        previous = view.detail.previous
        assert previous is not None
        layout.addWidget(text_label(self.tr("Resubmission of report {id}, received {when}.")
                                    .format(id=previous.id,
                                            when=local_date_text(previous.received))))
        layout.addWidget(text_label(self.tr("Result: {before} → {after}").format(
            before=view.previous_band or "-", after=view.band_title or "-"), bold=True))
        if not view.changes:
            layout.addWidget(text_label(self.tr("No answer changed.")))
        for change in view.changes:
            layout.addWidget(text_label(change.question, bold=True))
            layout.addWidget(text_label(self.tr("Before: {before}\nNow: {after}").format(
                before=change.before or "-", after=change.after or "-")))
        layout.addStretch(1)
        return page

    def _comment_line(self, event: Event) -> str:
        return self.tr("{officer}, {when}: {text}").format(
            officer=event.actor or self.tr("Officer"), when=local_date_text(event.at),
            text=event.comment)

    def _review_tab(self, view: ReportView) -> QWidget:
        s = view.detail.submission
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.status_box = QComboBox()
        for status in NEXT_STATUSES:
            self.status_box.addItem(status_text(status), status)
        self.status_box.setCurrentIndex(max(self.status_box.findData(s.status.value), 0))
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setPlaceholderText(self.tr("A comment on the whole report (optional)"))
        self.comment_edit.setTabChangesFocus(True)
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setLocale(QLocale())
        self.due_edit.setDisplayFormat(date_pattern())
        due = s.due_date or dt.date.today() + dt.timedelta(days=30)
        self.due_edit.setDate(QDate(due.year, due.month, due.day))
        form.addRow(self.tr("&Status"), self.status_box)
        form.addRow(self.tr("C&omment"), self.comment_edit)
        form.addRow(self.tr("&Due date (returned reports)"), self.due_edit)
        form.addRow(self.tr("Current status"), text_label(
            status_text(s.status.value) + (f" · {s.reviewer}" if s.reviewer else "")))
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save review"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save_review)
        self.receipt_button = QPushButton(self.tr("Signed receipt…"))
        self.receipt_button.clicked.connect(self.make_receipt)
        row.addWidget(self.save_button)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(text_label(self.tr("History"), bold=True))
        history = "\n".join(self._history_line(e) for e in view.detail.events)
        layout.addWidget(scrolled(text_label(history)), 1)
        return page

    def _history_line(self, event: Event) -> str:
        when = date_time_text(event.at)
        who = event.actor or "-"
        if event.new_status is not None:
            what = status_text(event.new_status.value)
            if event.due_date:
                what += " " + self.tr("(due {date})").format(date=date_text(event.due_date))
        else:
            what = (f"[{event.question_id}] " if event.question_id else "") + event.comment
        return f"{when}  {who}: {what}"

    def save_review(self) -> None:
        if self.view is None:
            return
        from aisafe_desktop.storage.inbox_models import ReviewStatus

        status = ReviewStatus(self.status_box.currentData())
        comment = self.comment_edit.toPlainText()
        value = self.due_edit.date()
        due = dt.date(value.year(), value.month(), value.day()) \
            if status is ReviewStatus.RETURNED else None
        sid, version = self.submission_id, self.view.detail.submission.version

        def work(handle: InboxHandle) -> object:
            return handle.inbox.review(sid, status, comment=comment, due_date=due,
                                       expected_version=version)

        self.save_button.setEnabled(False)
        self.window_.session.run(work, self._saved, self._save_failed)

    def _saved(self, _result: object) -> None:
        self.save_button.setEnabled(True)
        self.comment_edit.clear()
        self.changed.emit()
        self.load()

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.window_.ctx.errors.present(error)
        self.load()  # show what the other officer did

    def _comment_on(self, question_id: str, question: str, typed: str = "") -> None:
        """Ask for a comment on one answer; `typed`: the comment whose save failed, asked again
        so that it is never lost."""
        text, ok = ask_text(self, self.tr("Comment on an answer"), question, typed)
        if not ok or not text.strip():
            return
        sid = self.submission_id

        def work(handle: InboxHandle) -> None:
            handle.inbox.comment(sid, text, question_id)

        def failed(error: BaseException) -> None:
            self.window_.ctx.errors.present(error)
            self._comment_on(question_id, question, text)

        self.window_.session.run(work, self._commented, failed)

    def _commented(self, _none: None) -> None:
        self.changed.emit()
        self.load()

    def make_receipt(self) -> None:
        from aisafe_desktop.gui.inbox_receipt_dialog import ask_receipt

        ask_receipt(self)

