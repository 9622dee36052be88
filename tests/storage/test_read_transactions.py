"""Reads never take the write lock: a reader proceeds while another connection is writing, and
sees the last committed state; a read-only unit of work cannot write."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.errors import StorageError
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage.engine import Database
from aisafe_desktop.storage.models import AssessmentRow


@pytest.fixture
def writer(workspace: Workspace, paths: AppPaths) -> Iterator[sqlite3.Connection]:
    """Another connection holding the write lock, with an uncommitted change."""
    workspace.create_assessment("storage-test", title="Committed")
    connection = sqlite3.connect(paths.database, isolation_level=None, timeout=0)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE assessments SET title = 'Not committed yet'")
    try:
        yield connection
    finally:
        connection.execute("ROLLBACK")
        connection.close()


def test_the_write_lock_is_really_held(writer: sqlite3.Connection, paths: AppPaths) -> None:
    other = sqlite3.connect(paths.database, isolation_level=None, timeout=0)
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        other.execute("BEGIN IMMEDIATE")
    other.close()


def test_a_reader_proceeds_while_another_connection_writes(writer: sqlite3.Connection,
                                                           workspace: Workspace,
                                                           paths: AppPaths) -> None:
    # With BEGIN IMMEDIATE these would wait for the lock and then fail with StorageError.
    db = Database(paths.database)
    try:
        with db.session(read_only=True) as session:
            assert session.scalars(select(AssessmentRow.title)).all() == ["Committed"]
    finally:
        db.dispose()
    [summary] = workspace.list_assessments()
    assert summary.title == "Committed"
    assert workspace.open_assessment(summary.id).title == "Committed"
    assert workspace.history(summary.id) == []


def test_a_read_only_unit_of_work_cannot_write(workspace: Workspace, paths: AppPaths) -> None:
    aid = workspace.create_assessment("storage-test", title="Kept")
    db = Database(paths.database)
    try:
        with pytest.raises(StorageError, match="could not read"), db.session(read_only=True) as session:
            row = session.get(AssessmentRow, aid)
            assert row is not None
            row.title = "Changed in a read"
            session.flush()
        with db.session() as session:  # the same pooled connection writes again afterwards
            row = session.get(AssessmentRow, aid)
            assert row is not None and row.title == "Kept"
            row.title = "Renamed"
    finally:
        db.dispose()
    assert workspace.open_assessment(aid).title == "Renamed"


def test_a_bare_reader_proceeds_while_another_connection_writes_and_cannot_write(
        writer: sqlite3.Connection, paths: AppPaths) -> None:
    """`Database.reading`, the plain-SQL read of listing and opening: no write lock taken, the
    last committed state seen, and a write refused (query_only), with the storage message."""
    db = Database(paths.database)
    try:
        with db.reading() as driver:
            assert driver.execute("SELECT title FROM assessments").fetchall() == [("Committed",)]
        with pytest.raises(StorageError, match="could not read"), db.reading() as driver:
            driver.execute("UPDATE assessments SET title = 'Changed in a read'")
        with db.reading() as driver:  # the same connection reads again afterwards
            assert driver.execute("SELECT title FROM assessments").fetchall() == [("Committed",)]
    finally:
        db.dispose()
