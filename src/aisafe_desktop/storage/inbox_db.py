"""Open the agency inbox: a local SQLite file by default, or a shared PostgreSQL server.

The URL is SQLAlchemy's (`postgresql+psycopg://officer@db.example:5432/inbox`). It is never shown
with its password: every message uses the masked form. Opening migrates an older schema (a SQLite
file is copied first; a server is the agency's to back up with pg_dump) and refuses a newer one.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from aisafe_desktop.storage.engine import READ_ONLY, make_engine
from aisafe_desktop.storage.errors import StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "inbox_migrations"
VERSION_TABLE = "inbox_alembic_version"
CONNECT_TIMEOUT_S = 10


class InboxUnavailable(StorageError):
    """The inbox database cannot be reached or opened; the message names the masked URL."""


class InboxTooNew(StorageError):
    """The inbox was written by a newer AISafe Desktop; it is left untouched."""


class InboxPermissionDenied(StorageError):
    """The database refused an action to this officer's login (e.g. the read-only role)."""


class ConcurrentChange(StorageError):
    """Another officer changed the same submission first; nothing was overwritten."""


def masked(url: str | URL) -> str:
    """The URL as it may be shown: the password replaced by ***."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return "(not a database URL)"
    return parsed.render_as_string(hide_password=True)


def default_url(data_dir: Path) -> str:
    return f"sqlite:///{data_dir / 'inbox.sqlite'}"


def known_revisions() -> list[str]:
    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("i[0-9][0-9][0-9]_*.py"))
    return [name.split("_", 1)[0] for name in names]


def _alembic_config(connection: Any) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def _make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise InboxUnavailable("the inbox needs a database file, not {url}", url=masked(url))
        path = Path(url.database)
        path.parent.mkdir(parents=True, exist_ok=True)
        return make_engine(path)
    if url.get_backend_name() != "postgresql":
        raise InboxUnavailable("the inbox works with SQLite or PostgreSQL, not {url}",
                               url=masked(url))
    if url.get_driver_name() in ("", "psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, pool_pre_ping=True,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT_S})


# PostgreSQL's SQLSTATE for "permission denied" (a role without the grant).
INSUFFICIENT_PRIVILEGE = "42501"


def _unreachable(url: URL, error: BaseException) -> InboxUnavailable:
    detail = str(getattr(error, "orig", error)).strip().splitlines()[0] if str(error) else ""
    return InboxUnavailable(
        "the inbox database {url} cannot be reached ({detail}). Check the server name and port, "
        "that the server is running and accepts connections from this computer, and the user "
        "name and password.", url=masked(url), detail=detail)


class InboxDatabase:
    """An engine and a session factory over the inbox; one session per officer action."""

    def __init__(self, url: str) -> None:
        try:
            self.url = make_url(url)
            self.engine = _make_engine(self.url)
        except (ArgumentError, NoSuchModuleError) as error:
            raise InboxUnavailable("{url} is not a database URL this app can use",
                                   url=masked(url)) from error
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        # on SQLite a deferred transaction with query_only (storage/engine._on_begin): a read
        # never waits for the write lock; on PostgreSQL the option does nothing
        self._readers = sessionmaker(self.engine.execution_options(**{READ_ONLY: True}),
                                     expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @property
    def shown_url(self) -> str:
        return masked(self.url)

    def open(self) -> InboxDatabase:
        """Create or migrate the schema; refuse a schema from a newer version."""
        try:
            stored = self.stored_revision()
            known = known_revisions()
            if stored is not None and stored not in known:
                raise InboxTooNew(
                    "the inbox {url} was written by a newer version of AISafe Desktop (schema "
                    "{revision}); it has not been changed. Install the newer version.",
                    url=self.shown_url, revision=stored)
            if stored != known[-1]:
                self._backup_before_migrate(stored)
                from alembic import command

                with self.engine.begin() as connection:
                    command.upgrade(_alembic_config(connection), "head")
        except (OperationalError, DBAPIError) as error:
            raise _unreachable(self.url, error) from error
        return self

    def stored_revision(self) -> str | None:
        with self.engine.connect() as connection:
            if not self.engine.dialect.has_table(connection, VERSION_TABLE):
                return None
            # a constant table name, not input: nothing outside reaches this string
            row = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).first()  # noqa: S608
            return str(row[0]) if row else None

    def _backup_before_migrate(self, stored: str | None) -> None:
        if stored is None or self.dialect != "sqlite" or not self.url.database:
            return
        source = Path(self.url.database)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        shutil.copy2(source, source.with_name(f"{source.name}.before-{stamp}.bak"))

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        try:
            with self._sessions() as session, session.begin():
                yield session
        except OperationalError as error:
            if self.dialect == "sqlite":
                raise StorageError("could not write the inbox {url}: {detail}. Nothing of this "
                                   "action was saved; free some disk space or try again.",
                                   url=self.shown_url, detail=str(error.orig)) from error
            raise _unreachable(self.url, error) from error
        except DBAPIError as error:  # after OperationalError, its subclass
            if getattr(getattr(error, "orig", None), "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
                raise
            raise InboxPermissionDenied(
                "the inbox {url} does not allow user {user} to do this; nothing was changed. "
                "Ask the inbox's administrator for an officer's rights (docs/inbox.md).",
                url=self.shown_url, user=self.url.username or "-") from error

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work (the table, its count and choices): one consistent snapshot
        that a receive writing at the same time does not hold up. Writing in it fails."""
        try:
            with self._readers() as session, session.begin():
                yield session
        except OperationalError as error:
            if self.dialect == "sqlite":
                raise StorageError("could not read {database}: {reason}. Nothing was changed; "
                                   "try again.", database=self.shown_url,
                                   reason=error.orig) from error
            raise _unreachable(self.url, error) from error

    def dispose(self) -> None:
        self.engine.dispose()


def open_inbox(url: str) -> InboxDatabase:
    return InboxDatabase(url).open()
