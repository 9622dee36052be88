"""The inbox table's reads (storage/inbox_listing): short rows, stable pages, indexed plans.

On SQLite and on the suite's real PostgreSQL server. The plans are read with EXPLAIN, after
ANALYZE, on 5,000 rows: the first page and a filter change must walk an index, never the table.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from aisafe_desktop.services.inbox import Inbox
from aisafe_desktop.services.inbox_table import filter_choices, table_count, table_page
from aisafe_desktop.storage.inbox_db import InboxDatabase, open_inbox
from aisafe_desktop.storage.inbox_listing import page_query
from aisafe_desktop.storage.inbox_models import SubmissionRow, Verdict
from aisafe_desktop.storage.inbox_repository import InboxFilter, filtered
from tests.storage.inbox_rows import COUNTRIES, fill

_numbers = itertools.count(1)


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[InboxDatabase]:
    if request.param == "sqlite":
        opened = open_inbox(f"sqlite:///{tmp_path / 'inbox.sqlite'}")
        yield opened
        opened.dispose()
        return
    url = make_url(str(request.getfixturevalue("postgres_url")))
    name = f"listing_{next(_numbers)}"
    admin = f"host={url.host} port={url.port} user={url.username} dbname=postgres"
    with psycopg.connect(admin, password=url.password, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    opened = open_inbox(url.set(database=name).render_as_string(hide_password=False))
    yield opened
    opened.dispose()
    with psycopg.connect(admin, password=url.password, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def plan(database: InboxDatabase, query: object) -> str:
    sql = str(query.compile(database.engine,  # type: ignore[attr-defined]
                            compile_kwargs={"literal_binds": True}))
    explain = "EXPLAIN QUERY PLAN " if database.dialect == "sqlite" else "EXPLAIN "
    with database.engine.connect() as connection:
        return "\n".join(str(row[-1]) for row in connection.execute(text(explain + sql)))


def test_the_page_reads_only_what_the_table_shows(database: InboxDatabase) -> None:
    sql = str(page_query(InboxFilter(), "received_at", True, 60, 0).compile(database.engine))
    assert "answers_json" not in sql and "submission_files" not in sql
    assert "LIMIT" in sql.upper()


def test_pages_meet_every_row_exactly_once_in_every_order(database: InboxDatabase) -> None:
    """Offsets are stable: ties (97 organisations over 500 rows) are broken by the id."""
    fill(database, 500)
    inbox = Inbox(database, "test")
    wanted = InboxFilter(verdict=Verdict.TRUSTED)
    expected = table_count(inbox, wanted)
    for sort, descending in itertools.product(("organisation", "country", "received_at"),
                                              (True, False)):
        seen = [row.id for offset in range(0, 500, 60)
                for row in table_page(inbox, wanted, sort=sort, descending=descending,
                                      limit=60, offset=offset)]
        assert len(seen) == len(set(seen)) == expected, (sort, descending)


def test_filter_choices_are_the_stored_values(database: InboxDatabase) -> None:
    fill(database, 300)
    choices = filter_choices(Inbox(database, "test"))
    assert set(choices) == {"band", "country", "sector", "questionnaire"}
    assert choices["country"] == sorted(choices["country"])
    assert set(choices["country"]) <= set(COUNTRIES) and len(choices["country"]) > 5
    assert choices["questionnaire"] == ["ai-system-risk-triage", "asean-ai-governance-readiness"]


def test_the_first_page_and_a_filter_change_walk_an_index(database: InboxDatabase) -> None:
    fill(database, 5000)
    with database.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    first = plan(database, page_query(InboxFilter(), "received_at", True, 60, 0))
    country = plan(database, page_query(InboxFilter(country="MY"), "received_at", True, 60, 0))
    counted = plan(database, filtered(select(func.count()).select_from(SubmissionRow),
                                      InboxFilter(country="MY")))
    assert "ix_submissions_received" in first, first
    assert "ix_submissions_" in country, country
    assert "ix_submissions_country" in counted, counted
    if database.dialect == "sqlite":
        # the received_at index ends in the row id: the order needs no sort step
        assert "TEMP B-TREE" not in first, first
    else:
        assert "Seq Scan" not in first + country + counted
    # every column header the table sorts by has an index that gives the order, except score
    # and signer (no index: a sort over the filtered rows; a new index needs a revision).
    # PostgreSQL rightly prefers a top-60 sort for a column of two or three values.
    sorts = ("verdict", "status", "organisation", "country", "sector", "questionnaire_id",
             "band", "received_at") if database.dialect == "sqlite" else ("organisation",)
    for sort in sorts:
        shown = plan(database, page_query(InboxFilter(), sort, False, 60, 0))
        assert "ix_submissions_" in shown, (sort, shown)


def test_dashboard_months_and_red_flags_are_counted_by_the_database(
        database: InboxDatabase) -> None:
    """The dashboard groups in SQL (months, distinct red-flag lists); the figures equal a count
    over every report read one by one."""
    from collections import Counter

    from aisafe_desktop.services.inbox_summary import summarise

    fill(database, 400)
    inbox = Inbox(database, "test")
    for wanted in (InboxFilter(), InboxFilter(country="MY")):
        every = inbox.list(wanted)
        summary = summarise(inbox, wanted)
        months = Counter(s.received.strftime("%Y-%m") for s in every)
        assert summary.by_month == tuple(sorted(months.items()))
        assert len(summary.by_month) > 2
        flags = Counter(flag for s in every for flag in s.red_flags)
        assert dict(summary.top_red_flags) == dict(flags) and flags
