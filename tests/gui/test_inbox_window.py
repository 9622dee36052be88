"""The Inbox window, driven like an officer: receive, filter, open a report, review, dashboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.inbox_dashboard import BarChart, DashboardDialog
from aisafe_desktop.gui.inbox_report import ReportDialog
from aisafe_desktop.gui.inbox_window import InboxWindow
from tests.gui.conftest import WindowFactory
from tests.services.inbox_support import BUSINESSES, Reports, make_reports


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    return make_reports(tmp_path_factory.mktemp("submissions"))


def open_inbox(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> InboxWindow:
    window = make_window(paths)
    window.open_inbox()
    inbox: InboxWindow = window.inbox_window
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.settled, timeout=20000)
    return inbox


def receive(qtbot: QtBot, inbox: InboxWindow, paths: list[Path]) -> None:
    inbox.receive(paths)
    qtbot.waitUntil(lambda: not inbox.progress.isVisible() and inbox.settled, timeout=60000)


def test_an_officer_receives_filters_and_reviews(qtbot: QtBot, make_window: WindowFactory,
                                                 paths: AppPaths, reports: Reports) -> None:
    inbox = open_inbox(qtbot, make_window, paths)
    receive(qtbot, inbox, [reports.folder / "received"])
    assert inbox.model.rowCount() == 5 and inbox.total == 5
    assert "Added 5" in inbox.statusBar().currentMessage()
    inbox.verdict_box.setCurrentIndex(inbox.verdict_box.findData("invalid"))
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=10000)
    inbox.verdict_box.setCurrentIndex(0)
    inbox.search.setText("pinjam")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10000)
    assert inbox.model.rows[0].organisation == BUSINESSES[1].name

    dialog = ReportDialog(inbox, inbox.model.rows[0].id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    assert "Not trusted" in dialog.banner.text()
    assert dialog.tabs.count() == 3  # summary, answers, review (no previous submission)
    dialog.status_box.setCurrentIndex(dialog.status_box.findData("returned"))
    dialog.comment_edit.setPlainText("Please describe the appeal route.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.view is not None and
                    dialog.view.detail.submission.status.value == "returned", timeout=10000)
    assert dialog.view is not None
    assert [c.comment for c in dialog.view.detail.comments] == \
        ["Please describe the appeal route."]
    dialog.close()

    dashboard = DashboardDialog(inbox, inbox.current_filter())
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.summary is not None, timeout=10000)
    charts = dashboard.findChildren(BarChart)
    assert charts and dashboard.summary is not None and dashboard.summary.total == 1
    assert "1" in charts[0].accessibleDescription()
    inbox.close()


def test_hostile_text_from_a_report_is_never_rich_text(qtbot: QtBot, make_window: WindowFactory,
                                                        paths: AppPaths, reports: Reports) -> None:
    inbox = open_inbox(qtbot, make_window, paths)
    receive(qtbot, inbox, [reports.genuine[BUSINESSES[0].name]])
    dialog = ReportDialog(inbox, inbox.model.rows[0].id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
    labels = dialog.findChildren(QLabel)
    assert labels
    rich = [label.text()[:60] for label in labels
            if label.textFormat() != Qt.TextFormat.PlainText and label.text()
            and label.buddy() is None]
    assert rich == []
    dialog.close()
    inbox.close()


def test_the_database_setting_never_keeps_a_password(qtbot: QtBot, make_window: WindowFactory,
                                                     paths: AppPaths) -> None:
    from aisafe_desktop.gui.inbox_settings import InboxSettingsDialog
    from aisafe_desktop.services.settings import load_settings

    window = make_window(paths)
    dialog = InboxSettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("postgresql+psycopg://officer:s3cret@db.example:5432/inbox")
    dialog.officer_edit.setText("Officer Tan")
    dialog.save()
    stored = load_settings(paths)
    assert stored.inbox_url == "postgresql+psycopg://officer@db.example:5432/inbox"
    assert stored.officer == "Officer Tan"
    assert "s3cret" not in paths.settings_file.read_text("utf-8")


def test_a_business_drops_the_receipt_and_sees_the_comments_by_its_answers(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path) -> None:
    """The loop in the desktop app: export, the agency returns it, the receipt is dropped on
    Home and each comment shows beside the question and the business's own answer."""
    import hashlib

    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.gui.receipt_dialog import ReceiptDialog
    from aisafe_desktop.services import identities, pdf_reports
    from aisafe_desktop.services.inbox import Inbox
    from aisafe_desktop.services.inbox_receipt import make_receipt
    from aisafe_desktop.services.inbox_verify import VerifierSettings
    from aisafe_desktop.storage.inbox_db import open_inbox
    from aisafe_desktop.storage.inbox_models import ReviewStatus
    from tests.services.inbox_support import EXAMPLES, PASSPHRASE

    window = make_window(paths)
    ws = window.ctx.ws
    document = parse_answers_document(
        (EXAMPLES / "ai-system-risk-triage--jakarta-fintech-credit-scoring.json").read_bytes())
    assessment = ws.import_answers(document)
    state = ws.open_assessment(assessment)
    me = identities.create_identity(tmp_path / "me.p12", name="Budi", organisation="PT Pinjam",
                                    country="ID", passphrase=PASSPHRASE)
    report = tmp_path / "report.pdf"
    made = pdf_reports.export_report(
        pdf_reports.QuestionnaireRef(state.questionnaire, state.questionnaire_sha256),
        ws.export_answers(assessment), identities.open_identity(me.path, PASSPHRASE), report)
    ws.record_export(assessment, report, hashlib.sha256(report.read_bytes()).hexdigest(),
                     made.fingerprint)
    inbox = Inbox(open_inbox(f"sqlite:///{tmp_path / 'agency.sqlite'}"), "Officer Tan")
    sid = inbox.receive([report], VerifierSettings(str(tmp_path / "agency-data"))).added[0]
    inbox.review(sid, ReviewStatus.RETURNED, comment="Add the appeal route.",
                 question_comments={"area": "Also used for insurance?"})
    agency = identities.create_identity(tmp_path / "agency.p12", name="Nurul",
                                        organisation="Agensi AI", country="MY",
                                        passphrase=PASSPHRASE)
    receipt = tmp_path / "receipt.pdf"
    make_receipt(inbox, sid, identities.open_identity(agency.path, PASSPHRASE), receipt)

    window.reports.verify(receipt)  # what dropping a PDF on Home does
    qtbot.waitUntil(lambda: window.reports.receipt_dialog is not None, timeout=30000)
    dialog = window.reports.receipt_dialog
    assert isinstance(dialog, ReceiptDialog)
    assert "Returned for changes" in dialog.banner.text()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    area_question = state.questionnaire.question_index()["area"].text.get("en")
    assert area_question in texts
    assert "Agency: Also used for insurance?" in texts
    assert any(text.startswith("Your answer: ") and "(not answered)" not in text
               for text in texts)
    assert all(label.textFormat() == Qt.TextFormat.PlainText
               for label in dialog.findChildren(QLabel) if label.text() in texts[:3])
    dialog.close()

    # ...and inside the walk-through, in the card of the question it is about
    window.open_assessment(assessment)
    walk = window.walkthrough
    qtbot.waitUntil(lambda: "area" in walk.agency_comments, timeout=20000)
    section = next(s for s in state.questionnaire.sections
                   if any(q.id == "area" for q in s.questions))
    walk.show_section(section, question="area")
    card = walk.pages[section.id].cards["area"]
    qtbot.waitUntil(card.agency_note.isVisible, timeout=10000)
    note = card.agency_note.text()
    assert "Also used for insurance?" in note and "Agensi AI" in note
    assert "Returned for changes" in note
    assert card.agency_note.textFormat() == Qt.TextFormat.PlainText
    other = next(c for qid, c in walk.pages[section.id].cards.items() if qid != "area")
    assert not other.agency_note.isVisible()


def test_band_names_follow_the_officers_language(qtbot: QtBot, make_window: WindowFactory,
                                                 paths: AppPaths, reports: Reports) -> None:
    """The inbox stores the band id; the table, the band filter and the dashboard show the
    questionnaire's own title in the language the officer uses, not the English of receipt."""
    window = make_window(paths)
    window.set_language("ms")
    window.open_inbox()
    inbox: InboxWindow = window.inbox_window
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.settled, timeout=20000)
    receive(qtbot, inbox, [reports.genuine[BUSINESSES[0].name]])
    qtbot.waitUntil(lambda: bool(inbox.model.band_titles), timeout=20000)
    row = inbox.model.rows[0]
    shown = inbox.model.data(inbox.model.index(0, 6))
    assert row.band_title.startswith("Impact level")  # stored as received
    assert shown.startswith("Tahap impak"), shown
    choices = [inbox.band_box.itemText(i) for i in range(1, inbox.band_box.count())]
    assert choices and all(not c.startswith(("level-", "Impact")) for c in choices), choices

    dashboard = DashboardDialog(inbox, inbox.current_filter())
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.summary is not None, timeout=10000)
    assert dashboard.summary is not None
    assert [title for title, _ in dashboard.summary.by_band_title] == [shown]
    inbox.close()

def test_why_a_file_was_judged_reads_in_malay(qtbot: QtBot, make_window: WindowFactory,
                                              paths: AppPaths, reports: Reports) -> None:
    """Issue 12: the inbox's reasons (table tooltip, report banner) are in the officer's
    language, from the findings kept with each submission; the English stays for the CLI."""
    inbox = open_inbox(qtbot, make_window, paths)
    receive(qtbot, inbox, [reports.folder / "received"])
    inbox.ctx.translations.switch("ms")
    rows = {row.file_name: i for i, row in enumerate(inbox.model.rows)}
    tips = {name: inbox.model.data(inbox.model.index(i, 0), Qt.ItemDataRole.ToolTipRole)
            for name, i in rows.items()}
    assert "Fail ini bukan dokumen PDF." in tips["notes.pdf"]
    assert tips["ID-Budi Santoso.pdf"].startswith("Senarai dipercayai anda kosong")
    assert "trusted list" not in tips["ID-Budi Santoso.pdf"]
    dialog = ReportDialog(inbox, inbox.model.rows[rows["notes.pdf"]].id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.view is not None, timeout=10000)
    assert "Fail ini bukan dokumen PDF." in dialog.banner.text()
    assert "not a PDF" not in dialog.banner.text()
