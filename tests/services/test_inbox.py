"""The agency inbox on a real SQLite file: receive, dedupe, link resubmissions, review, history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from aisafe_desktop.reporting.verify_reasons import Reason
from aisafe_desktop.services.inbox import Inbox, ReviewRefused, SubmissionNotFound
from aisafe_desktop.services.inbox_verify import VerifierSettings
from aisafe_desktop.storage.inbox_db import ConcurrentChange, InboxDatabase, open_inbox
from aisafe_desktop.storage.inbox_models import EventKind, ReviewStatus, Verdict
from aisafe_desktop.storage.inbox_repository import InboxFilter
from tests.services.inbox_support import BUSINESSES, Reports, make_reports


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    return make_reports(tmp_path_factory.mktemp("submissions"))


def trusting(reports: Reports, *names: str) -> VerifierSettings:
    return VerifierSettings(None, tuple(reports.signer_fingerprints[n] for n in names))


@pytest.fixture()
def inbox(tmp_path: Path) -> Inbox:
    return Inbox(open_inbox(f"sqlite:///{tmp_path / 'inbox.sqlite'}"), actor="Officer Tan")


def test_a_folder_is_received_with_a_verdict_per_file(inbox: Inbox, reports: Reports) -> None:
    (reports.folder / "received" / "readme.txt").write_text("not a report")
    seen: list[tuple[int, int]] = []
    report = inbox.receive([reports.folder / "received"],
                           trusting(reports, BUSINESSES[0].name, BUSINESSES[2].name),
                           progress=lambda done, total: seen.append((done, total)), workers=2)
    assert report.skipped == 1  # the .txt file
    assert len(report.added) == 5 and seen[-1] == (5, 5)
    rows = {row.file_name: row for row in inbox.list()}
    assert rows["MY-Siti Aminah.pdf"].verdict is Verdict.TRUSTED
    assert rows["ID-Budi Santoso.pdf"].verdict is Verdict.UNTRUSTED
    assert "not in your trusted list" in rows["ID-Budi Santoso.pdf"].reason
    assert rows["tampered.pdf"].verdict is Verdict.INVALID
    assert rows["notes.pdf"].verdict is Verdict.INVALID
    assert rows["notes.pdf"].reason == Reason.NOT_PDF.template
    # the reasons are kept as findings too, for the GUI to show in the officer's language
    assert [(f.check, f.reason) for f in rows["notes.pdf"].findings] == [("readable",
                                                                          Reason.NOT_PDF)]
    [untrusted] = rows["ID-Budi Santoso.pdf"].findings
    assert untrusted.reason is Reason.SIGNER_UNKNOWN and str(untrusted).endswith(
        rows["ID-Budi Santoso.pdf"].reason)
    assert rows["tampered.pdf"].findings and all(
        f.reason is not None for f in rows["tampered.pdf"].findings)
    siti = rows["MY-Siti Aminah.pdf"]
    assert (siti.organisation, siti.country, siti.sector) == ("Kedai Siti Sdn Bhd", "MY", "Retail")
    assert siti.questionnaire == "ai-system-risk-triage" and siti.band and siti.score is not None
    assert siti.signer == "Siti Aminah" and len(siti.signer_fingerprint) == 64
    assert siti.claimed_signing_time is not None and siti.status is ReviewStatus.NEW
    # kept byte for byte
    assert inbox.original(siti.id) == reports.genuine[BUSINESSES[0].name].read_bytes()


def test_a_file_added_twice_is_stored_once(inbox: Inbox, reports: Reports) -> None:
    path = reports.genuine[BUSINESSES[1].name]
    first = inbox.receive([path], VerifierSettings())
    again = inbox.receive([path, path], VerifierSettings())
    assert len(first.added) == 1 and again.duplicates == 2 and inbox.count() == 1


def test_a_newer_report_is_linked_as_a_resubmission(inbox: Inbox, reports: Reports) -> None:
    inbox.receive([reports.genuine[BUSINESSES[0].name]], VerifierSettings())
    added = inbox.receive([reports.resubmission], VerifierSettings()).added
    detail = inbox.show(added[0])
    assert detail.previous is not None
    assert detail.previous.file_name == "MY-Siti Aminah.pdf"
    assert detail.answers["answers"]  # the verified answers are there to show
    assert detail.changes == ()  # only a comment changed, no answer value


def test_review_moves_through_statuses_and_keeps_history(inbox: Inbox, reports: Reports) -> None:
    sid = inbox.receive([reports.genuine[BUSINESSES[1].name]], VerifierSettings()).added[0]
    inbox.review(sid, ReviewStatus.UNDER_REVIEW)
    returned = inbox.review(sid, ReviewStatus.RETURNED, comment="Please describe the appeal route.",
                            question_comments={"mit-oversight": "Who reviews refusals?"},
                            due_date=dt.date(2027, 1, 31))
    assert returned.status is ReviewStatus.RETURNED and returned.due_date == dt.date(2027, 1, 31)
    assert returned.reviewer == "Officer Tan"
    detail = inbox.show(sid)
    kinds = [e.kind for e in detail.events]
    assert kinds == [EventKind.RECEIVED, EventKind.STATUS, EventKind.STATUS, EventKind.COMMENT,
                     EventKind.COMMENT]
    assert {c.question_id for c in detail.comments} == {None, "mit-oversight"}
    with pytest.raises(ReviewRefused):
        inbox.review(sid, ReviewStatus.NEW)
    with pytest.raises(SubmissionNotFound):
        inbox.review(999, ReviewStatus.ACCEPTED)


def test_history_is_append_only_in_the_database(inbox: Inbox, reports: Reports) -> None:
    sid = inbox.receive([reports.genuine[BUSINESSES[1].name]], VerifierSettings()).added[0]
    with pytest.raises(DBAPIError), inbox.database.engine.begin() as connection:
        connection.execute(text("UPDATE submission_events SET comment = 'rewritten'"))
    with pytest.raises(DBAPIError), inbox.database.engine.begin() as connection:
        connection.execute(text("DELETE FROM submission_events WHERE submission_id = :s"),
                           {"s": sid})


def test_a_review_on_a_stale_view_is_refused(tmp_path: Path, reports: Reports) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite'}"
    alice, bob = Inbox(open_inbox(url), "Alice"), Inbox(InboxDatabase(url).open(), "Bob")
    sid = alice.receive([reports.genuine[BUSINESSES[1].name]], VerifierSettings()).added[0]
    seen_by_alice, seen_by_bob = alice.get(sid), bob.get(sid)
    bob.review(sid, ReviewStatus.ACCEPTED, expected_version=seen_by_bob.version)
    with pytest.raises(ConcurrentChange):
        alice.review(sid, ReviewStatus.RETURNED, expected_version=seen_by_alice.version)
    assert alice.get(sid).status is ReviewStatus.ACCEPTED


def test_filters_search_and_sort(inbox: Inbox, reports: Reports) -> None:
    inbox.receive([reports.folder / "received"], trusting(reports, BUSINESSES[0].name), workers=1)
    assert inbox.count(InboxFilter(verdict=Verdict.TRUSTED)) == 1
    assert inbox.count(InboxFilter(country="MY")) == 2
    assert [s.organisation for s in inbox.list(InboxFilter(search="pinjam"))] == \
        ["PT Pinjam Cepat"]
    assert inbox.count(InboxFilter(search="100%_")) == 0  # LIKE wildcards are literal
    today = dt.datetime.now(dt.UTC).date()
    assert inbox.count(InboxFilter(received_from=today, received_to=today)) == 5
    assert inbox.count(InboxFilter(received_to=today - dt.timedelta(days=1))) == 0
    names = [s.organisation for s in inbox.list(sort="organisation", descending=False)
             if s.organisation]
    assert names == sorted(names)


def test_cancel_stops_the_batch(inbox: Inbox, reports: Reports) -> None:
    report = inbox.receive([reports.folder / "received"], VerifierSettings(),
                           cancelled=lambda: True, workers=1)
    assert report.cancelled and report.added == []


def test_reports_arriving_out_of_order_are_linked_by_signing_time(inbox: Inbox,
                                                                  reports: Reports) -> None:
    later = inbox.receive([reports.resubmission], VerifierSettings()).added[0]
    earlier = inbox.receive([reports.genuine[BUSINESSES[0].name]], VerifierSettings()).added[0]
    assert inbox.get(later).previous_id == earlier
    assert inbox.get(earlier).previous_id is None


def test_a_stored_url_never_keeps_its_password(tmp_path: Path) -> None:
    from aisafe_desktop.core.paths import AppPaths
    from aisafe_desktop.services.settings import Settings, load_settings, save_settings

    paths = AppPaths.resolve(tmp_path / "data").ensure()
    save_settings(paths, Settings(inbox_url="postgresql+psycopg://tan:pw@db:5432/inbox"))
    assert "pw@" not in paths.settings_file.read_text("utf-8")
    assert load_settings(paths).inbox_url == "postgresql+psycopg://tan@db:5432/inbox"


def test_a_newer_inbox_schema_is_refused_untouched(tmp_path: Path) -> None:
    from aisafe_desktop.storage.inbox_db import InboxTooNew

    url = f"sqlite:///{tmp_path / 'inbox.sqlite'}"
    database = open_inbox(url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE inbox_alembic_version SET version_num = 'i999'"))
    database.dispose()
    before = (tmp_path / "inbox.sqlite").read_bytes()
    with pytest.raises(InboxTooNew):
        open_inbox(url)
    assert (tmp_path / "inbox.sqlite").read_bytes() == before


def test_verifying_again_after_trusting_a_signer_updates_the_verdict(inbox: Inbox,
                                                                     reports: Reports) -> None:
    sid = inbox.receive([reports.genuine[BUSINESSES[2].name]], VerifierSettings()).added[0]
    inbox.review(sid, ReviewStatus.UNDER_REVIEW)
    assert inbox.get(sid).verdict is Verdict.UNTRUSTED
    counts = inbox.reverify(trusting(reports, BUSINESSES[2].name))
    assert counts == {"trusted": 1}
    again = inbox.get(sid)
    assert again.verdict is Verdict.TRUSTED and again.status is ReviewStatus.UNDER_REVIEW


def test_an_inbox_from_before_findings_upgrades_keeping_its_rows(
    tmp_path: Path, reports: Reports
) -> None:
    """i001 → i002 adds the findings column in place: rows received before keep their English
    reason (shown as it is) and get findings from "Verify again"."""
    from alembic import command

    from aisafe_desktop.storage import inbox_db

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    database = InboxDatabase(url)
    with database.engine.begin() as connection:
        command.upgrade(inbox_db._alembic_config(connection), "i001")
        connection.execute(text(
            "INSERT INTO submissions (sha256, file_name, size, received_at, received_by, verdict,"
            " reason, intact, signer, signer_fingerprint, organisation, country, sector, "
            "ai_system, title, questionnaire_id, questionnaire_version, questionnaire_sha256, "
            "band, band_title, red_flags, recommendations, reference, answers_json, status, "
            "reviewer, version) VALUES ('" + "0" * 64 + "', 'old.pdf', 3, "
            "'2026-12-01T10:00:00+00:00', 'Officer Tan', 'invalid', 'the file is not a PDF', 0, "
            "'', '', '', '', '', '', '', '', '', '', '', '', '[]', '[]', '', '', 'new', '', 1)"))
    database.dispose()
    inbox = Inbox(open_inbox(url), actor="Officer Tan")
    assert inbox.database.stored_revision() == "i002"
    [old] = inbox.list()
    assert old.reason == "the file is not a PDF" and old.findings == ()
    assert list(tmp_path.glob("old.sqlite.before-*.bak"))  # backed up before the migration
