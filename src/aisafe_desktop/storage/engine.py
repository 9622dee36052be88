"""The SQLAlchemy engine over the one SQLite file, with the pragmas that keep answers safe."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from aisafe_desktop.storage.errors import StorageError

BUSY_TIMEOUT_MS = 5000


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy (via the "begin" hook below) issue BEGIN itself: the sqlite3 module's own
    # implicit transactions would otherwise skip BEGIN before DDL and break Alembic migrations.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer; crash-safe
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL, not NORMAL: in WAL mode NORMAL keeps the file consistent after a power cut but may
    # drop the last committed transactions; FULL syncs the log on every commit, so an answer we
    # have acknowledged to the user survives a power cut too. One fsync per answer is cheap.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # IMMEDIATE: take the write lock at the start, waiting up to busy_timeout for it. A deferred
    # transaction that reads and then writes fails at once (SQLITE_BUSY) if another thread
    # committed in between; units of work here are a few milliseconds, so waiting is better.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(database: Path) -> Engine:
    engine = create_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Database:
    """An engine plus a session factory: one session per user action, opened by the services."""

    def __init__(self, database: Path) -> None:
        self.path = database
        self.engine = make_engine(database)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise.

        Environment failures (disk full, read-only medium, I/O error, a lock held too long)
        become StorageError with a plain message; the action's changes are rolled back whole.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            busy = "locked" in str(error.orig) or "busy" in str(error.orig)
            if busy:
                raise StorageError(
                    "could not save to {database}: {reason}. This last change was not saved; "
                    "everything saved before it is safe. The database stayed busy for too long; "
                    "try again.", database=self.path, reason=error.orig) from error
            raise StorageError(
                "could not save to {database}: {reason}. This last change was not saved; "
                "everything saved before it is safe. Free some disk space or check that the "
                "folder is writable, then try again.", database=self.path,
                reason=error.orig) from error

    def dispose(self) -> None:
        self.engine.dispose()
