"""Outside text is never interpreted in the views added after the first walker (test_plain_text):
an answer's history, the result so far, the action plan, the change log, the verify view and the
report's answers, the inbox (table, received report with its tabs, "comment on an answer", the
signed receipt dialog, the dashboard) and a business's view of the agency's receipt.

Everything comes from hostile text: the questionnaire, the profile, the answers and comments,
the signer's name and organisation in the certificate, the report's file name, the officer's
comments in the receipt. The checks are those of `tests.gui.hostile`: no rich-text label, tooltip
or document shows it, and the probe image is never read (Python's audit hook, its atime).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.verify_dialog import VerifyDialog
from tests.gui.conftest import WindowFactory
from tests.gui.driver import shown_page, walk_through
from tests.gui.hostile import (
    ENTITY,
    SHORT,
    assert_nothing_interpreted,
    findings,
    make_probe,
    seed,
    stop_watching,
)

PASSPHRASE = "correct horse battery staple"


def signed_report(window: MainWindow, assessment_id: int, folder: Path, markup: str) -> Path:
    """The hostile assessment exported by a signer whose certificate names are hostile too, to a
    file whose name is markup (no '/': a file name cannot hold one)."""
    from aisafe_desktop.services import identities, pdf_reports

    ws = window.ctx.ws
    state = ws.open_assessment(assessment_id)
    me = identities.create_identity(folder / "me.p12", name=f"Ann {SHORT}",
                                    organisation=f"Org {SHORT}", country="MY",
                                    passphrase=PASSPHRASE)
    out = folder / f"r<b>x{ENTITY}.pdf"
    made = pdf_reports.export_report(
        pdf_reports.QuestionnaireRef(state.questionnaire, state.questionnaire_sha256),
        ws.export_answers(assessment_id), identities.open_identity(me.path, PASSPHRASE), out,
        profile={"name": f"Org {markup}", "country": "MY", "sector": f"Sector {markup}"})
    ws.record_export(assessment_id, out, hashlib.sha256(out.read_bytes()).hexdigest(),
                     made.fingerprint)
    return out


def agency_receipt(report: Path, folder: Path, markup: str) -> Path:
    """The agency's signed receipt for `report`, with hostile comments and officer name."""
    from aisafe_desktop.services import identities
    from aisafe_desktop.services.inbox import Inbox
    from aisafe_desktop.services.inbox_receipt import make_receipt
    from aisafe_desktop.services.inbox_verify import VerifierSettings
    from aisafe_desktop.storage.inbox_db import open_inbox
    from aisafe_desktop.storage.inbox_models import ReviewStatus

    inbox = Inbox(open_inbox(f"sqlite:///{folder / 'agency.sqlite'}"), f"Officer {SHORT}")
    sid = inbox.receive([report], VerifierSettings(str(folder / "agency-data"))).added[0]
    inbox.review(sid, ReviewStatus.RETURNED, comment=f"Whole {markup}",
                 question_comments={"system-name": f"About {markup}"})
    agency = identities.create_identity(folder / "agency.p12", name=f"Nurul {SHORT}",
                                        organisation=f"Agensi {SHORT}", country="MY",
                                        passphrase=PASSPHRASE)
    out = folder / "receipt.pdf"
    make_receipt(inbox, sid, identities.open_identity(agency.path, PASSPHRASE), out)
    return out


def close_dialogs() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.done(0)


def test_hostile_text_is_never_interpreted_in_the_newer_views(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # Qt would read "probe.png" from here
    probe, markup = make_probe(tmp_path, relative=True)
    atime = probe.stat().st_atime
    assessment_id = seed(paths, markup)
    try:
        window = make_window(paths)

        def check() -> None:
            assert_nothing_interpreted(probe, atime)

        # the walk-through: an answer's history, the result so far
        window.open_assessment(assessment_id)
        walk = window.walkthrough
        qtbot.waitUntil(lambda: window.stack.currentWidget() is walk, timeout=10000)
        card = shown_page(walk).cards["system-name"]
        card.history_button.click()
        qtbot.waitUntil(lambda: getattr(walk, "history_dialog", None) is not None
                        and walk.history_dialog.isVisible(), timeout=10000)
        check()
        close_dialogs()
        walk.so_far_button.click()
        qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=10000)
        check()
        close_dialogs()

        # the results with the action plan, the change log, the shortcuts
        walk_through(qtbot, window)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=10000)
        qtbot.waitUntil(lambda: bool(window.results.action_editors), timeout=10000)
        check()
        window.show_change_log(assessment_id)
        qtbot.waitUntil(lambda: getattr(window, "change_log_dialog", None) is not None
                        and window.change_log_dialog.isVisible(), timeout=10000)
        check()
        close_dialogs()
        window.show_shortcuts()
        check()
        close_dialogs()

        # the verify view of a hostile signed report, and its answers
        report = signed_report(window, assessment_id, tmp_path, markup)
        window.reports.verify(report)
        qtbot.waitUntil(lambda: window.reports.verify_dialog is not None, timeout=30000)
        check()
        verify = window.reports.verify_dialog
        assert isinstance(verify, VerifyDialog)
        verify.answers_button.click()
        qtbot.waitUntil(lambda: window.reports.answers_dialog is not None
                        and window.reports.answers_dialog.isVisible(), timeout=10000)
        check()
        close_dialogs()

        # the inbox: the table, the received report (every tab), a comment on an answer, the
        # receipt dialog, the dashboard
        from aisafe_desktop.gui.inbox_dashboard import DashboardDialog
        from aisafe_desktop.gui.inbox_report import ReportDialog
        from aisafe_desktop.services import identities

        identities.create_identity(None, name=f"Officer {SHORT}", organisation=f"Agency {SHORT}",
                                   country="MY", passphrase=PASSPHRASE, data_dir=paths.data_dir)
        window.open_inbox()
        inbox = window.inbox_window
        qtbot.addWidget(inbox)
        qtbot.waitUntil(lambda: inbox.settled, timeout=20000)
        inbox.receive([report])
        qtbot.waitUntil(lambda: not inbox.progress.isVisible() and inbox.settled
                        and inbox.model.rowCount() == 1, timeout=60000)
        check()
        dialog = ReportDialog(inbox, inbox.model.rows[0].id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            check()
        seen: list[list[str]] = []

        def in_the_question_dialog() -> None:
            asked = [w for w in QApplication.topLevelWidgets()
                     if isinstance(w, QInputDialog) and w.isVisible()]
            seen.append(findings(probe) if asked else ["no question dialog"])
            for shown in asked:
                shown.reject()

        comment = next(b for b in dialog.findChildren(QPushButton)
                       if b.text().startswith("Comment on this answer"))
        QTimer.singleShot(200, in_the_question_dialog)
        comment.click()  # a modal QInputDialog: checked while it is open
        assert seen == [[]], seen
        dialog.status_box.setCurrentIndex(dialog.status_box.findData("returned"))
        dialog.comment_edit.setPlainText(f"Note {markup}")
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.view is not None and
                        dialog.view.detail.submission.status.value == "returned", timeout=10000)
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
        check()
        dialog.receipt_button.click()
        check()
        close_dialogs()
        dashboard = DashboardDialog(inbox, inbox.current_filter())
        qtbot.addWidget(dashboard)
        dashboard.show()
        qtbot.waitUntil(lambda: dashboard.summary is not None, timeout=10000)
        check()
        dashboard.close()
        inbox.close()

        # the business opens the agency's receipt, and sees its comments by the answer
        window.reports.verify(agency_receipt(report, tmp_path, markup))
        qtbot.waitUntil(lambda: window.reports.receipt_dialog is not None, timeout=30000)
        check()
        close_dialogs()
        window.open_assessment(assessment_id)
        qtbot.waitUntil(lambda: "system-name" in walk.agency_comments, timeout=20000)
        check()
    finally:
        stop_watching()


def test_question_dialogs_show_file_names_and_addresses_as_plain_text(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    """QInputDialog's label interprets markup (it has no plain-text switch): the identity file
    name asked for in Settings and the inbox database's address are escaped into it."""
    from aisafe_desktop.gui.ca_panel import CertificatesPanel
    from aisafe_desktop.gui.inbox_settings import ask_password

    window = make_window(paths)
    panel = CertificatesPanel(window.ctx, window)
    qtbot.addWidget(panel)
    labels: list[str] = []
    problems: list[str] = []

    def answer_it() -> None:
        for shown in QApplication.topLevelWidgets():
            if isinstance(shown, QInputDialog) and shown.isVisible():
                labels.append(shown.labelText())
                problems.extend(p for p in findings(Path("probe.png")) if "QInputDialog" in p)
                shown.reject()  # first: a failed assertion here would leave it open

    QTimer.singleShot(100, answer_it)
    assert panel._passphrase(Path(f"<b>ca{ENTITY}.p12")) is None
    QTimer.singleShot(100, answer_it)
    assert ask_password(window, f"postgresql://<b>x</b>{ENTITY}@db/inbox") is None
    assert len(labels) == 2 and not problems, problems
    assert "&lt;b&gt;ca&amp;lt;u&amp;gt;.p12" in labels[0]
    assert "postgresql://&lt;b&gt;x" in labels[1]
