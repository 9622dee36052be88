"""Start-up checks, migrations and backups of the workspace database.

Order matters: lock, then check (read-only), then back up, then migrate. A damaged database or
one from a newer app version is refused before anything is written to it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from pathlib import Path

from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.errors import (
    BackupInvalid,
    DatabaseCorrupt,
    DatabaseTooNew,
    StorageError,
)
from aisafe_desktop.storage import migrate, restore_journal
from aisafe_desktop.storage.backup_store import (
    BackupKind,
    aside_name,
    has_backup_on,
    latest_good_backup,
    list_backups,
    remove_partials,
    rotate_set_aside,
    take_backup,
)
from aisafe_desktop.storage.disk_space import disk_full, environment_problem, is_disk_full
from aisafe_desktop.storage.engine import Database
from aisafe_desktop.storage.lock import InstanceLock
from aisafe_desktop.storage.restore_journal import RestoreJournal, RestoreStep
from aisafe_desktop.storage.sqlite_files import (
    check_file,
    online_backup,
    stored_revision,
    table_names,
)

REPLACED = "replaced"  # the label of databases set aside by a restore


def _is_new(database: Path) -> bool:
    return not database.exists() or database.stat().st_size == 0


def check_existing(paths: AppPaths) -> str | None:
    """The stored revision of an existing database, after refusing damaged or newer files."""
    database = paths.database
    problem = check_file(database)
    if problem and environment_problem(problem):  # could not create -shm, etc.: not damage
        if is_disk_full(problem, paths.data_dir, database):
            raise disk_full(paths.data_dir, database)
        raise StorageError("could not read {database} ({problem}). It has not been changed. "
                           "Check that the folder is readable and the disk is not full, then "
                           "try again.", database=database, problem=problem)
    if problem:
        raise DatabaseCorrupt(database, problem, latest_good_backup(paths.backups_dir))
    revision = stored_revision(database)
    if revision is None and table_names(database) - {"sqlite_sequence"}:
        raise StorageError("{database} is not an AISafe Desktop database; it has not been "
                           "changed. Move it away or use another data folder.", database=database)
    if revision is not None and revision not in migrate.known_revisions():
        raise DatabaseTooNew(database, revision)
    return revision


def prepare_database(paths: AppPaths) -> Database:
    """Create a new database, or check and upgrade an existing one (backing it up first)."""
    database = paths.database
    revision = None if _is_new(database) else check_existing(paths)
    head = migrate.head_revision()
    if revision is not None and revision != head:
        take_backup(database, paths.backups_dir, BackupKind.BEFORE_MIGRATION)
    db = Database(database)
    if revision != head:
        try:
            migrate.upgrade(db.engine)
        except Exception:
            db.dispose()
            raise
    return db


def daily_backup(paths: AppPaths, now: dt.datetime | None = None) -> Path | None:
    """One backup per day (UTC), keeping the last ten."""
    when = now or dt.datetime.now(dt.UTC)
    remove_partials(paths.backups_dir)
    if _is_new(paths.database) or has_backup_on(paths.backups_dir, BackupKind.DAILY, when.date()):
        return None
    return take_backup(paths.database, paths.backups_dir, BackupKind.DAILY, when)


def backup_now(paths: AppPaths) -> Path:
    try:
        return take_backup(paths.database, paths.backups_dir, BackupKind.MANUAL)
    except (sqlite3.Error, OSError) as error:
        if is_disk_full(error, paths.backups_dir, paths.database):
            raise disk_full(paths.backups_dir, paths.database) from error
        raise StorageError("the backup could not be written to {folder}: {error}. Your data "
                           "is unchanged.", folder=paths.backups_dir, error=error) from error


def backups(paths: AppPaths) -> list[Path]:
    return list_backups(paths.backups_dir)


def check_backup(backup: Path) -> None:
    if not backup.is_file():
        raise BackupInvalid("{backup}: no such file", backup=backup)
    problem = check_file(backup)
    if problem:
        raise BackupInvalid("{backup} is damaged or not a database ({problem})", backup=backup,
                            problem=problem)
    revision = stored_revision(backup)
    if revision is None:
        raise BackupInvalid("{backup} is not an AISafe Desktop backup", backup=backup)
    if revision not in migrate.known_revisions():
        raise BackupInvalid("{backup} was made by a newer version of AISafe Desktop",
                            backup=backup)


def restore_backup(paths: AppPaths, backup: Path) -> Path | None:
    """Put a backup in place of the database; the current file is moved aside, never deleted.

    Works while the database is damaged; needs the data folder not to be open elsewhere.
    Returns where the replaced database was put (None if there was none).
    """
    check_backup(backup)
    paths.ensure()
    lock = InstanceLock(paths.data_dir)
    lock.acquire()
    try:
        recover_restore(paths)  # an earlier restore that was cut short is settled first
        staging = paths.database.with_name(paths.database.name + ".restoring")
        kept = aside_name(paths.backups_dir, REPLACED)
        journal = RestoreJournal(RestoreStep.COPYING, str(backup), str(staging), str(kept))
        restore_journal.write(paths.data_dir, journal)
        online_backup(backup, staging)  # a full, checked copy exists before anything is moved
        restore_journal.write(paths.data_dir, replace(journal, step=RestoreStep.SWAPPING))
        had_database = paths.database.exists()
        restore_journal.swap_in(staging, paths.database, kept)
        restore_journal.finish(paths.data_dir)
        rotate_set_aside(paths.backups_dir, REPLACED)
        return kept if had_database else None
    finally:
        lock.release()


def recover_restore(paths: AppPaths) -> Message | None:
    """Settle a restore cut short by a crash (the caller holds the instance lock)."""
    done = restore_journal.recover(paths.data_dir, paths.database)
    if done:
        rotate_set_aside(paths.backups_dir, REPLACED)
    return done
