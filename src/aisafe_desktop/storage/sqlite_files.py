"""Low-level work on SQLite files that must not change them: checks and online backups.

Every check opens the file read-only (mode=ro), so a damaged or too-new database is never written.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def check_file(path: Path, *, full: bool = False) -> str | None:
    """None if the file passes PRAGMA quick_check (or integrity_check), else what is wrong."""
    pragma = "integrity_check" if full else "quick_check"
    try:
        connection = open_read_only(path)
        try:
            rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return str(error)
    messages = [str(row[0]) for row in rows]
    return None if messages == ["ok"] else "; ".join(messages[:3])


def table_names(path: Path) -> set[str]:
    connection = open_read_only(path)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    finally:
        connection.close()
    return {str(row[0]) for row in rows}


USER_TABLES = ("assessments", "organisation_profile", "ai_systems")


def holds_data(path: Path) -> bool:
    """True if the file holds anything a person entered (an assessment, a profile, a system)."""
    try:
        present = table_names(path)
        connection = open_read_only(path)
        try:
            return any(connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()  # noqa: S608 - fixed names
                       for table in USER_TABLES if table in present)
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False


def stored_revision(path: Path) -> str | None:
    """The Alembic revision stamped in the file, or None if it has none."""
    if "alembic_version" not in table_names(path):
        return None
    connection = open_read_only(path)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    finally:
        connection.close()
    return str(row[0]) if row else None


def _copy(source: Path, partial: Path) -> None:
    src = open_read_only(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one file, no -wal/-shm beside it
            dst.commit()
        finally:
            dst.close()
    finally:
        src.close()


def online_backup(source: Path, target: Path) -> None:
    """Copy a live database with SQLite's backup API into a self-contained file.

    Written to a temporary name and renamed, so a crash never leaves a half backup behind.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))  # owner-only backups
    try:
        _copy(source, partial)
    except BaseException:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)  # a full disk must not stay full of half a copy
        raise
    problem = check_file(partial)
    if problem:
        partial.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"the backup failed its check: {problem}")
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
