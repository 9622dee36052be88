"""The SQLAlchemy engine over the one SQLite file, with the pragmas that keep answers safe."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from aisafe_desktop.storage.disk_space import disk_full, is_disk_full
from aisafe_desktop.storage.errors import StorageError

BUSY_TIMEOUT_MS = 5000
READ_ONLY = "aisafe_read_only"  # execution option of the engine behind Database.reading()


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy (via the "begin" hook below) issue BEGIN itself: the sqlite3 module's own
    # implicit transactions would otherwise skip BEGIN before DDL and break Alembic migrations.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL: a reader sees the last committed state while a writer works, and neither waits for
    # the other, as long as the reader does not ask for the write lock (see _on_begin).
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL, not NORMAL: in WAL mode NORMAL keeps the file consistent after a power cut but may
    # drop the last committed transactions; FULL syncs the log on every commit, so an answer we
    # have acknowledged to the user survives a power cut too. One fsync per answer is cheap.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def _on_begin(connection: Any) -> None:
    """Start a transaction: write units of work take the write lock at once, reads never do.

    A write unit of work (`Database.session`) begins IMMEDIATE: it takes the write lock at the
    start, waiting up to busy_timeout for it. A deferred transaction that reads and then writes
    fails at once (SQLITE_BUSY) if another connection committed in between; units of work here
    are a few milliseconds, so waiting is better. A read-only unit of work
    (`Database.reading`) begins DEFERRED and takes no write lock, so it never waits for a
    writer; `query_only` makes SQLite refuse any write in it.
    """
    read_only = bool(connection.get_execution_options().get(READ_ONLY, False))
    if connection.info.get(READ_ONLY, False) != read_only:  # per DBAPI connection, kept in pool
        connection.exec_driver_sql(f"PRAGMA query_only={'ON' if read_only else 'OFF'}")
        connection.info[READ_ONLY] = read_only
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _on_connect_read_only(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    dbapi_connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def _on_begin_read_only(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(database: Path, read_only: bool = False) -> Engine:
    if read_only:  # mode=ro: never writes, never creates; readers do not block the app (WAL)
        engine = create_engine(f"sqlite:///{database.resolve().as_uri()}?mode=ro&uri=true")
        event.listen(engine, "connect", _on_connect_read_only)
        event.listen(engine, "begin", _on_begin_read_only)
        return engine
    engine = create_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def make_private(database: Path) -> None:
    """Create the database file readable by its owner only (0600), or make an existing one so.

    SQLite gives its -wal and -shm files the mode of the database file.
    """
    try:
        fd = os.open(database, os.O_WRONLY | os.O_CREAT, 0o600)
    except OSError:
        return  # the engine reports the real problem with a plain message
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


class Database:
    """An engine plus a session factory: one session per user action, opened by the services."""

    def __init__(self, database: Path, read_only: bool = False) -> None:
        self.path = database
        if not read_only:
            make_private(database)
        self.engine = make_engine(database, read_only)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._readers = sessionmaker(self.engine.execution_options(**{READ_ONLY: True}),
                                     expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A write unit of work (BEGIN IMMEDIATE): committed when the block ends normally,
        rolled back otherwise.

        Environment failures (disk full, read-only medium, I/O error, a lock held too long)
        become StorageError with a plain message; the action's changes are rolled back whole.
        """
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            raise self._write_failure(error.orig or error) from error

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A write unit of work on the bare DB-API connection, for the answer save (the hot
        path: one per click): the same transaction as `session` (BEGIN IMMEDIATE, committed
        when the block ends normally, rolled back otherwise, the same StorageError messages),
        on a connection of the same pool, without the ORM session and statement layers."""
        pooled = self.engine.raw_connection()
        try:
            driver = pooled.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            try:
                if pooled.info.get(READ_ONLY, False):  # last used by `reading` (see _on_begin)
                    driver.execute("PRAGMA query_only=OFF")
                    pooled.info[READ_ONLY] = False
                driver.execute("BEGIN IMMEDIATE")
                try:
                    yield driver
                    driver.commit()  # with isolation_level None: COMMIT if a transaction is open
                finally:
                    with suppress(sqlite3.Error):  # the pool rolls back again on return
                        driver.rollback()  # after a failure; nothing to do after a commit
            except sqlite3.OperationalError as error:
                raise self._write_failure(error) from error
        finally:
            pooled.close()  # back to the pool

    def _write_failure(self, reason: BaseException) -> Exception:
        if is_disk_full(reason, self.path.parent, self.path):
            return disk_full(self.path.parent, self.path)
        if "locked" in str(reason) or "busy" in str(reason):
            return StorageError(
                "could not save to {database}: {reason}. This last change was not saved; "
                "everything saved before it is safe. The database stayed busy for too long; "
                "try again.", database=self.path, reason=reason)
        return StorageError(
            "could not save to {database}: {reason}. This last change was not saved; "
            "everything saved before it is safe. Free some disk space or check that the "
            "folder is writable, then try again.", database=self.path, reason=reason)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work: one consistent snapshot, no write lock, never blocked by a
        writer. Writing in it fails (SQLite's query_only)."""
        try:
            with self._readers() as session, session.begin():
                yield session
        except OperationalError as error:
            raise StorageError("could not read {database}: {reason}. Nothing was changed; try "
                               "again.", database=self.path, reason=error.orig) from error

    def dispose(self) -> None:
        self.engine.dispose()
