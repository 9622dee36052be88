"""The one SQLite file: DB-API connections with the pragmas that keep answers safe, and the
SQLAlchemy engine over the same file, made only when a use case needs the ORM.

Start-up, listing, opening an assessment and answering work on bare sqlite3 connections
(`Database.reading` / `Database.writing`); importing SQLAlchemy costs ~27 MiB, so a GUI process
that only opens and answers assessments never loads it. Both kinds of connection come from
`connect`, so they run with the same pragmas.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aisafe_desktop.storage.disk_space import disk_full, is_disk_full
from aisafe_desktop.storage.errors import StorageError

if TYPE_CHECKING:  # SQLAlchemy is imported on first use of the ORM (see Database.engine)
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

BUSY_TIMEOUT_MS = 5000
READ_ONLY = "aisafe_read_only"  # execution option of the engine behind Database.session(read_only)
KEEP_IDLE = 5  # bare connections kept open for reuse, per kind (as SQLAlchemy's pool does)


def connect(database: Path, read_only: bool = False, *, query_only: bool = False) -> sqlite3.Connection:
    """A DB-API connection to the database with our pragmas; every connection is made here (the
    bare ones of `Database` and those of SQLAlchemy's pool). It may be used from any thread, one
    thread at a time (the pools hand it to one user at a time)."""
    if read_only:  # mode=ro: never writes, never creates; readers do not block the app (WAL)
        connection = sqlite3.connect(database.resolve().as_uri() + "?mode=ro", uri=True,
                                     isolation_level=None, check_same_thread=False)
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        return connection
    # isolation_level None: we (or SQLAlchemy, via the "begin" hook below) issue BEGIN; the
    # sqlite3 module's own implicit transactions would skip BEGIN before DDL and break Alembic.
    connection = sqlite3.connect(database, isolation_level=None, check_same_thread=False)
    try:
        # WAL: a reader sees the last committed state while a writer works, and neither waits for
        # the other, as long as the reader does not ask for the write lock (see _on_begin).
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA foreign_keys=ON")
        # FULL, not NORMAL: in WAL mode NORMAL keeps the file consistent after a power cut but may
        # drop the last committed transactions; FULL syncs the log on every commit, so an answer
        # we have acknowledged to the user survives a power cut too. One fsync per answer is cheap.
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if query_only:
            connection.execute("PRAGMA query_only=ON")
    except BaseException:
        connection.close()
        raise
    return connection


def database_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """What a failing database operation raises (with `also`): sqlite3's errors, and
    SQLAlchemy's once it is loaded (none of its errors can be raised before)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    errors: tuple[type[Exception], ...] = (sqlite3.Error, *also)
    return errors if loaded is None else (*errors, loaded.SQLAlchemyError)


def _on_begin(connection: Any) -> None:
    """Start an ORM transaction: write units of work take the write lock at once, reads never do.

    A write unit of work (`Database.session`) begins IMMEDIATE: it takes the write lock at the
    start, waiting up to busy_timeout for it. A deferred transaction that reads and then writes
    fails at once (SQLITE_BUSY) if another connection committed in between; units of work here
    are a few milliseconds, so waiting is better. A read-only unit of work
    (`Database.session(read_only=True)`) begins DEFERRED and takes no write lock, so it never
    waits for a writer; `query_only` makes SQLite refuse any write in it.
    """
    read_only = bool(connection.get_execution_options().get(READ_ONLY, False))
    if connection.info.get(READ_ONLY, False) != read_only:  # per DBAPI connection, kept in pool
        connection.exec_driver_sql(f"PRAGMA query_only={'ON' if read_only else 'OFF'}")
        connection.info[READ_ONLY] = read_only
    connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def _on_begin_read_only(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(database: Path, read_only: bool = False) -> Engine:
    """SQLAlchemy's engine over the file; its pool's connections are made by `connect`."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{database}", creator=lambda: connect(database, read_only))
    event.listen(engine, "begin", _on_begin_read_only if read_only else _on_begin)
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
    """The database of one workspace: bare connections for the plain-SQL paths, and the ORM's
    sessions (one per user action, opened by the services) made on first use."""

    def __init__(self, database: Path, read_only: bool = False) -> None:
        self.path = database
        self.read_only = read_only
        if not read_only:
            make_private(database)
        self._guard = threading.Lock()
        self._idle: dict[bool, list[sqlite3.Connection]] = {False: [], True: []}  # by query_only
        self._engine: Engine | None = None
        self._factories: dict[bool, sessionmaker[Session]] = {}

    @property
    def engine(self) -> Engine:
        """SQLAlchemy's engine, made (and SQLAlchemy imported) on the first use of the ORM."""
        with self._guard:
            if self._engine is None:
                self._engine = make_engine(self.path, self.read_only)
            return self._engine

    @contextmanager
    def _bare(self, query_only: bool) -> Iterator[sqlite3.Connection]:
        """A bare connection from this database's small pool (made when none is idle)."""
        with self._guard:
            idle = self._idle[query_only]
            connection = idle.pop() if idle else None
        if connection is None:
            connection = connect(self.path, self.read_only, query_only=query_only)
        try:
            yield connection
        finally:
            with self._guard:
                keep = len(self._idle[query_only]) < KEEP_IDLE and not connection.in_transaction
                if keep:
                    self._idle[query_only].append(connection)
            if not keep:
                connection.close()

    @contextmanager
    def session(self, *, read_only: bool = False) -> Iterator[Session]:
        """An ORM unit of work. Writing (the default, BEGIN IMMEDIATE): committed when the block
        ends normally, rolled back otherwise. Read-only: one snapshot, no write lock (see
        `_on_begin`); writing in it fails.

        Environment failures (disk full, read-only medium, I/O error, a lock held too long)
        become StorageError with a plain message; the action's changes are rolled back whole.
        """
        from sqlalchemy.exc import OperationalError

        try:
            with self._sessions(read_only)() as session, session.begin():
                yield session
        except OperationalError as error:
            if read_only:
                raise self._read_failure(error.orig or error) from error
            raise self._write_failure(error.orig or error) from error

    def _sessions(self, read_only: bool) -> sessionmaker[Session]:
        factory = self._factories.get(read_only)
        if factory is None:
            from sqlalchemy.orm import sessionmaker

            engine = self.engine
            if read_only:
                engine = engine.execution_options(**{READ_ONLY: True})
            factory = self._factories.setdefault(
                read_only, sessionmaker(engine, expire_on_commit=False))
        return factory

    @contextmanager
    def writing(self) -> Iterator[sqlite3.Connection]:
        """A write unit of work on a bare DB-API connection, for the answer save (the hot path:
        one per click): the same transaction as `session` (BEGIN IMMEDIATE, committed when the
        block ends normally, rolled back otherwise, the same StorageError messages), without
        the ORM session and statement layers."""
        try:
            with self._bare(query_only=False) as driver:
                driver.execute("BEGIN IMMEDIATE")
                try:
                    yield driver
                    driver.commit()  # with isolation_level None: COMMIT if a transaction is open
                finally:
                    with suppress(sqlite3.Error):
                        driver.rollback()  # after a failure; nothing to do after a commit
        except sqlite3.OperationalError as error:
            raise self._write_failure(error) from error

    @contextmanager
    def reading(self) -> Iterator[sqlite3.Connection]:
        """A read-only unit of work on a bare DB-API connection (listing, opening an assessment):
        one consistent snapshot (a deferred BEGIN), no write lock, never blocked by a writer.
        Writing in it fails (the connection is `query_only`)."""
        try:
            with self._bare(query_only=True) as driver:
                driver.execute("BEGIN")
                try:
                    yield driver
                finally:
                    with suppress(sqlite3.Error):
                        driver.rollback()
        except sqlite3.OperationalError as error:
            raise self._read_failure(error) from error

    def _read_failure(self, reason: BaseException) -> Exception:
        return StorageError("could not read {database}: {reason}. Nothing was changed; try "
                            "again.", database=self.path, reason=reason)

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

    def dispose(self) -> None:
        """Close the idle connections and SQLAlchemy's pool (either is made again if the database
        is used afterwards, as SQLAlchemy's own `dispose` allows)."""
        with self._guard:
            idle = [c for kind in self._idle.values() for c in kind]
            for kind in self._idle.values():
                kind.clear()
            engine = self._engine
        for connection in idle:
            connection.close()
        if engine is not None:
            engine.dispose()
