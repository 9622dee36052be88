"""Nothing typed is lost when a save fails: the value stays marked, is retried with back-off, and
closing the window asks "save, or discard N unsaved answers?".

The failure is real: another connection holds the SQLite write lock (as a second program or a
backup tool would), so the app's write waits out its busy timeout and fails."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.inbox_report import ReportDialog
from aisafe_desktop.gui.main_window import MainWindow
from tests.gui.conftest import WindowFactory
from tests.gui.driver import open_state, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_failed_save_is_kept_marked_retried_and_guarded_at_close(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    card = walk.stack.currentWidget().cards["system-name"]
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # the write lock, held by someone else
    try:
        qtbot.mouseClick(card.editor.field, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(card.editor.field, "Loan helper")
        qtbot.keyClick(card.editor.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: walk.saved.unsaved == 1, timeout=20000)
        assert card.problem.isVisible() and "Not saved yet" in card.problem.text()
        assert "not saved yet" in walk.saved.text()
        assert card.editor.field.text() == "Loan helper"  # the typed text is still there

        window.close()  # the retry keeps failing: the window must ask, not close
        qtbot.waitUntil(lambda: getattr(window, "unsaved_box", None) is not None, timeout=20000)
        box = window.unsaved_box
        assert window.isVisible() and box.isVisible()
        assert "1 answer could not be saved yet" in box.text()
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    box.button(QMessageBox.StandardButton.Save).click()  # "Try to save again"
    qtbot.waitUntil(lambda: walk.saved.unsaved == 0 and not walk.ctx.tasks.busy, timeout=20000)
    assert not card.problem.isVisible()
    assert walk.saved.text().startswith("Saved at")
    state = window.ctx.ws.open_assessment(walk.state.id)
    assert state.answers["system-name"].value == "Loan helper"
    window.close()
    assert not window.isVisible()  # nothing unsaved: closes without asking


def test_discarding_at_close_is_an_explicit_choice(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    card = walk.stack.currentWidget().cards["system-name"]
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.mouseClick(card.editor.field, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(card.editor.field, "Gone")
        qtbot.keyClick(card.editor.field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: walk.saved.unsaved == 1, timeout=20000)
        window.close()
        qtbot.waitUntil(lambda: getattr(window, "unsaved_box", None) is not None, timeout=20000)
        window.unsaved_box.button(QMessageBox.StandardButton.Discard).click()
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20000)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def received_report_dialog(qtbot: QtBot, window: MainWindow, folder: Path) -> ReportDialog:
    """The inbox with one received report (its questionnaire installed), opened."""
    import json
    import shutil

    from tests.cli.trust_support import ANSWERS, QUESTIONNAIRE, signed_sample_report

    shutil.copy(QUESTIONNAIRE, window.ctx.paths.user_questionnaires_dir / "mini-risk.yaml")
    report, _identity, _ref = signed_sample_report(folder, json.loads(json.dumps(ANSWERS)))
    window.open_inbox()
    inbox = window.inbox_window
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.settled, timeout=20000)
    inbox.receive([report])
    qtbot.waitUntil(lambda: not inbox.progress.isVisible() and inbox.settled
                    and inbox.model.rowCount() == 1, timeout=60000)
    dialog = ReportDialog(inbox, inbox.model.rows[0].id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    return dialog


def test_an_officers_review_comment_survives_a_failed_save(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path) -> None:
    """Another officer changed the report first: the save is refused, and the reload that shows
    their change used to empty the comment box."""
    from aisafe_desktop.services.inbox import Inbox
    from aisafe_desktop.storage.inbox_db import default_url, open_inbox
    from aisafe_desktop.storage.inbox_models import ReviewStatus

    window = make_window(paths)
    dialog = received_report_dialog(qtbot, window, tmp_path)
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("returned"))
    dialog.comment_edit.setPlainText("Please describe the appeal route.")
    other = Inbox(open_inbox(default_url(paths.data_dir)), "Officer Lim")
    try:
        other.review(dialog.submission_id, ReviewStatus.UNDER_REVIEW)
    finally:
        other.database.dispose()
    version = dialog.view.detail.submission.version if dialog.view else None
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.save_button.isEnabled()
                    and dialog.view.detail.submission.version != version, timeout=10000)
    for shown in list(window.ctx.errors.dialogs):
        shown.done(0)
    assert dialog.comment_edit.toPlainText() == "Please describe the appeal route."
    assert dialog.status_box.currentData() == "returned"
    dialog.save_button.click()  # saved now, over the other officer's change they have seen
    qtbot.waitUntil(lambda: dialog.view is not None and
                    dialog.view.detail.submission.status.value == "returned", timeout=10000)
    assert dialog.comment_edit.toPlainText() == ""


def test_a_comment_on_an_answer_survives_a_failed_save(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path) -> None:
    """The inbox database is locked (a backup tool, another program): the comment typed in the
    question dialog is asked again with its text, not dropped."""
    from aisafe_desktop.storage.inbox_db import default_url

    window = make_window(paths)
    dialog = received_report_dialog(qtbot, window, tmp_path)
    asked: list[str] = []

    def answer_dialogs() -> None:
        for shown in QApplication.topLevelWidgets():
            if isinstance(shown, QInputDialog) and shown.isVisible():
                asked.append(shown.textValue())
                if len(asked) == 1:
                    shown.setTextValue("Is a person told before a refusal?")
                    shown.accept()
                else:
                    shown.reject()

    ticker = QTimer()
    ticker.timeout.connect(answer_dialogs)
    ticker.start(100)
    holder = sqlite3.connect(default_url(paths.data_dir).removeprefix("sqlite:///"),
                             isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        comment = next(b for b in dialog.findChildren(QPushButton)
                       if b.text().startswith("Comment on this answer"))
        comment.click()
        qtbot.waitUntil(lambda: len(asked) == 2, timeout=30000)
    finally:
        ticker.stop()
        holder.execute("ROLLBACK")
        holder.close()
        for shown in list(window.ctx.errors.dialogs):
            shown.done(0)
    assert asked == ["", "Is a person told before a refusal?"]


def test_an_action_plan_item_survives_a_failed_save(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    """The owner typed on the results page while another program holds the write lock: it is
    kept, marked, retried, and closing the window asks about it like an answer."""
    from aisafe_desktop.core.action_plan import ActionItem
    from tests.gui.driver import open_state, walk_through

    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=20000)
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)  # the saved plan is read and shown
    editor = window.results.action_editors["rec-log"]
    saved = window.walkthrough.saved
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        editor.owner.setFocus()
        qtbot.keyClicks(editor.owner, "Siti Aminah")
        qtbot.keyClick(editor.owner, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: saved.unsaved == 1, timeout=20000)
        assert editor.problem.isVisible() and "Not saved yet" in editor.problem.text()
        assert editor.owner.text() == "Siti Aminah"
        window.results.set_action_plan({})  # the saved plan, read late: what was typed stays
        assert editor.owner.text() == "Siti Aminah"
        window.close()
        qtbot.waitUntil(lambda: getattr(window, "unsaved_box", None) is not None, timeout=20000)
        box = window.unsaved_box
        assert window.isVisible() and "1 answer could not be saved yet" in box.text()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    box.button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: saved.unsaved == 0 and not window.ctx.tasks.busy, timeout=20000)
    assert not editor.problem.isVisible()
    aid = open_state(window.walkthrough).id
    assert window.ctx.ws.action_plan(aid)["rec-log"] == ActionItem("rec-log", owner="Siti Aminah")


def test_evidence_typed_while_the_database_is_locked_is_kept_and_retried(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    """The evidence or comment of a question goes through the same kept, marked, retried queue."""
    from tests.gui.driver import current_section

    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    section = next(s for s in open_state(walk).questionnaire.sections if s.id == "care")
    walk.show_section(section, question="checks")
    assert current_section(walk).id == "care"
    card = walk.pages["care"].cards["checks"]
    assert card.evidence is not None
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        card.evidence.setFocus()
        qtbot.keyClicks(card.evidence, "Policy binder, page 4")
        qtbot.keyClick(card.evidence, Qt.Key.Key_Tab)  # leaving the field saves it
        qtbot.waitUntil(lambda: walk.saved.unsaved == 1, timeout=20000)
        assert card.problem.isVisible() and "Not saved yet" in card.problem.text()
        assert card.evidence.toPlainText() == "Policy binder, page 4"
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: walk.saved.unsaved == 0 and walk.saved.pending == 0
                    and not window.ctx.tasks.busy, timeout=20000)  # retried by itself
    assert not card.problem.isVisible()
    state = window.ctx.ws.open_assessment(open_state(walk).id)
    assert state.answers["checks"].comment == "Policy binder, page 4"
