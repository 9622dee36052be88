"""The same inbox on a real PostgreSQL server: migrations, two officers at once, history rules.

The server is the suite's own (`postgres_url`, tests/pg_server.py); each test gets a new database.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from aisafe_desktop.services.inbox import Inbox
from aisafe_desktop.services.inbox_facts import SubmissionFacts
from aisafe_desktop.services.inbox_verify import VerifierSettings
from aisafe_desktop.storage.inbox_db import ConcurrentChange, InboxDatabase, open_inbox
from aisafe_desktop.storage.inbox_models import InboxBase, ReviewStatus, Verdict
from aisafe_desktop.storage.inbox_repository import InboxFilter
from tests.services.inbox_support import BUSINESSES, Reports, make_reports

_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    return make_reports(tmp_path_factory.mktemp("submissions"))


@pytest.fixture()
def pg_inbox_url(postgres_url: str) -> Iterator[str]:
    """A new, empty database on the session's server."""
    url = make_url(postgres_url)
    name = f"inbox_{next(_numbers)}"
    admin = f"host={url.host} port={url.port} user={url.username} dbname=postgres"
    with psycopg.connect(admin, password=url.password, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield url.set(database=name).render_as_string(hide_password=False)
    with psycopg.connect(admin, password=url.password, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def inbox_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'inbox.sqlite'}"
    return str(request.getfixturevalue("pg_inbox_url"))


def test_migrations_match_the_models_on_both_dialects(inbox_url: str) -> None:
    database = open_inbox(inbox_url)
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection,
                                             opts={"version_table": "inbox_alembic_version"})
        assert compare_metadata(context, InboxBase.metadata) == []
    assert database.stored_revision() == "i002"
    open_inbox(inbox_url)  # opening again changes nothing


def test_receive_review_and_filter_on_both_dialects(inbox_url: str, reports: Reports) -> None:
    inbox = Inbox(open_inbox(inbox_url), "Officer Tan")
    trust = VerifierSettings(None, (reports.signer_fingerprints[BUSINESSES[0].name],))
    report = inbox.receive([reports.folder / "received"], trust, workers=1)
    assert len(report.added) == 5
    assert inbox.count(InboxFilter(verdict=Verdict.TRUSTED)) == 1
    assert inbox.count(InboxFilter(search="PINJAM")) == 1
    first = inbox.list(InboxFilter(country="ID"))[0]
    changed = inbox.review(first.id, ReviewStatus.RETURNED, comment="Please add the appeal route.")
    assert changed.status is ReviewStatus.RETURNED and changed.version == first.version + 1
    assert inbox.original(first.id) == reports.genuine[BUSINESSES[1].name].read_bytes()


def test_history_is_append_only_on_postgresql(pg_inbox_url: str, reports: Reports) -> None:
    inbox = Inbox(open_inbox(pg_inbox_url), "Officer Tan")
    inbox.receive([reports.genuine[BUSINESSES[1].name]], VerifierSettings(), workers=1)
    with pytest.raises(DBAPIError), inbox.database.engine.begin() as connection:
        connection.execute(text("UPDATE submission_events SET comment = 'rewritten'"))
    with pytest.raises(DBAPIError), inbox.database.engine.begin() as connection:
        connection.execute(text("DELETE FROM submission_events"))


def test_two_officers_adding_the_same_file_at_once_store_it_once(
        pg_inbox_url: str, reports: Reports) -> None:
    path = reports.genuine[BUSINESSES[2].name]
    facts = SubmissionFacts(file_name=path.name, data=path.read_bytes(),
                            verdict=Verdict.UNTRUSTED, reason="test")
    officers = [Inbox(InboxDatabase(pg_inbox_url).open(), name) for name in ("Alice", "Bob")]
    start = threading.Barrier(len(officers))
    added: list[int] = []
    errors: list[BaseException] = []

    def add(inbox: Inbox) -> None:
        start.wait()
        try:
            added.extend(inbox.add_facts([facts] * 3).added)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=add, args=(officer,)) for officer in officers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(added) == 1
    assert officers[0].count() == 1


def test_two_officers_reviewing_at_once_lose_no_update(pg_inbox_url: str,
                                                       reports: Reports) -> None:
    alice = Inbox(open_inbox(pg_inbox_url), "Alice")
    bob = Inbox(InboxDatabase(pg_inbox_url).open(), "Bob")
    sid = alice.receive([reports.genuine[BUSINESSES[1].name]], VerifierSettings(),
                        workers=1).added[0]
    seen = alice.get(sid)
    start = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def decide(inbox: Inbox, status: ReviewStatus) -> None:
        start.wait()
        try:
            inbox.review(sid, status, expected_version=seen.version,
                         comment=f"{inbox.actor} decided")
            outcomes[inbox.actor] = "saved"
        except ConcurrentChange:
            outcomes[inbox.actor] = "refused"

    threads = [threading.Thread(target=decide, args=(alice, ReviewStatus.ACCEPTED)),
               threading.Thread(target=decide, args=(bob, ReviewStatus.RETURNED))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(name for name, outcome in outcomes.items() if outcome == "saved")
    final = alice.show(sid)
    assert final.submission.version == seen.version + 1
    assert final.submission.reviewer == winner
    assert [e.comment for e in final.comments] == [f"{winner} decided"]


def _documented_sql_blocks() -> list[str]:
    """The ```sql blocks of docs/inbox.md's PostgreSQL set-up, in the order the page gives them."""
    page = (Path(__file__).resolve().parents[2] / "docs" / "inbox.md").read_text("utf-8")
    section = page[page.index("**Several officers**"):page.index("### Backup and restore")]
    return [block.split("```", 1)[0] for block in section.split("```sql")[1:]]


def test_the_documented_roles_work_as_described(postgres_url: str, reports: Reports) -> None:
    """docs/inbox.md's own SQL, run as written: the owner creates the tables, an officer in the
    group role receives, reviews and comments, and the reporting role reads but cannot write."""
    from aisafe_desktop.core.errors import AisafeError
    from aisafe_desktop.services.inbox_summary import summarise

    url = make_url(postgres_url)
    number = next(_numbers)
    database, password = f"inbox_roles_{number}", f"pw-{number}-x"
    roles = ("officer_tan", "inbox_officers", "inbox_reporting", "inbox_owner")

    def as_admin(sql: str, dbname: str = "postgres") -> None:
        admin = f"host={url.host} port={url.port} user={url.username} dbname={dbname}"
        with psycopg.connect(admin, password=url.password, autocommit=True) as conn:
            sql = re.sub(r"--[^\n]*", "", sql).replace("…", password)
            for statement in sql.replace("aisafe_inbox", database).split(";"):
                if statement.strip():
                    conn.execute(statement)  # our own doc's SQL

    def login(role: str) -> str:
        return url.set(username=role, password=password, database=database).render_as_string(
            hide_password=False)

    owner_block, officers_block, reporting_block = _documented_sql_blocks()
    try:
        as_admin(owner_block)
        open_inbox(login("inbox_owner")).engine.dispose()  # the first connection makes the tables
        as_admin(officers_block, database)
        as_admin(reporting_block, database)

        officer = Inbox(open_inbox(login("officer_tan")), "officer_tan")
        added = officer.receive([reports.genuine[BUSINESSES[1].name]], VerifierSettings(),
                                workers=1).added
        assert len(added) == 1
        officer.comment(added[0], "Please describe the appeal route.")
        officer.review(added[0], ReviewStatus.RETURNED, comment="See the comment.")
        assert officer.get(added[0]).status is ReviewStatus.RETURNED
        with pytest.raises(DBAPIError), officer.database.engine.begin() as connection:
            connection.execute(text("DELETE FROM submission_events"))  # history stays
        officer.database.engine.dispose()

        reporting = Inbox(open_inbox(login("inbox_reporting")), "inbox_reporting")
        figures = summarise(reporting)
        assert figures.total == 1 and dict(figures.by_status) == {"returned": 1}
        with pytest.raises(AisafeError):  # a clear refusal, never a half-stored report
            reporting.receive([reports.genuine[BUSINESSES[0].name]], VerifierSettings(),
                              workers=1)
        assert reporting.count() == 1
        reporting.database.engine.dispose()
    finally:
        as_admin(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        for role in roles:
            as_admin(f"DROP ROLE IF EXISTS {role}")
