"""A recoverable backup restore: a journal of the step reached, finished or rolled back at start-up.

A restore is three file operations that cannot be one atomic step: copy the backup to a staging
file, move the current database (and its -wal/-shm) aside, rename the staging file into place.
A crash between the last two used to leave no database at all, and the next start created an empty
one while the data sat in `backups/replaced-*`. Now each step is written to a journal first
(fsynced, renamed into place), and `recover()` runs under the instance lock before the database is
opened:

- COPYING (the copy may be half-written; nothing was moved): roll back, delete the staging file.
- SWAPPING (the copy is complete and checked; the swap may be half done): roll forward, move what
  is left of the old database aside and rename the copy into place.

While a journal exists the database is never created afresh (`pending()` is checked first).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from enum import StrEnum
from pathlib import Path

from aisafe_desktop.core.errors import Message
from aisafe_desktop.storage.errors import StorageError
from aisafe_desktop.storage.sqlite_files import check_file

JOURNAL_NAME = "restore-journal.json"
PARTS = ("", "-wal", "-shm")  # the database file and the files SQLite keeps beside it


class RestoreStep(StrEnum):
    COPYING = "copying"
    SWAPPING = "swapping"


@dataclass(frozen=True)
class RestoreJournal:
    step: RestoreStep
    backup: str
    staging: str
    kept: str  # where the current database goes (backups/replaced-*.sqlite3)


def journal_path(data_dir: Path) -> Path:
    return data_dir / JOURNAL_NAME


def _sync_folder(folder: Path) -> None:
    """Make renames in `folder` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def write(data_dir: Path, journal: RestoreJournal) -> None:
    target = journal_path(data_dir)
    partial = target.with_name(target.name + ".partial")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump(asdict(journal), handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, target)
    _sync_folder(data_dir)


def pending(data_dir: Path) -> RestoreJournal | None:
    """The journal of an unfinished restore; a damaged journal is an error, never ignored."""
    target = journal_path(data_dir)
    if not target.exists():
        return None
    try:
        raw = json.loads(target.read_text("utf-8"))
        return RestoreJournal(RestoreStep(raw["step"]), str(raw["backup"]), str(raw["staging"]),
                              str(raw["kept"]))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise StorageError("a backup restore was interrupted and its journal {journal} cannot "
                           "be read ({error}). Nothing was changed; your data is in {folder}.",
                           journal=target, error=error, folder=data_dir) from None


def finish(data_dir: Path) -> None:
    journal_path(data_dir).unlink(missing_ok=True)
    _sync_folder(data_dir)


def move_aside(database: Path, kept: Path) -> None:
    """Move the database and its -wal/-shm (those still there) to `kept`, keeping them together."""
    kept.parent.mkdir(parents=True, exist_ok=True)
    for suffix in PARTS:
        part = Path(f"{database}{suffix}")
        if part.exists():
            shutil.move(part, Path(f"{kept}{suffix}"))
    _sync_folder(database.parent)
    _sync_folder(kept.parent)


def swap_in(staging: Path, database: Path, kept: Path) -> None:
    move_aside(database, kept)
    os.replace(staging, database)
    _sync_folder(database.parent)


def recover(data_dir: Path, database: Path) -> Message | None:
    """Finish or roll back an interrupted restore (call holding the instance lock). Returns a
    message for the person when something was done, None when there was nothing to do."""
    journal = pending(data_dir)
    if journal is None:
        return None
    staging, kept, backup = Path(journal.staging), Path(journal.kept), Path(journal.backup)
    if journal.step is RestoreStep.COPYING:
        for leftover in (staging, staging.with_name(staging.name + ".partial")):
            leftover.unlink(missing_ok=True)
        finish(data_dir)
        return Message("The restore of {backup} was interrupted before it changed anything; "
                       "your data is as it was before.", backup=backup.name)
    if staging.exists():
        problem = check_file(staging)
        if problem:  # cannot happen (checked before SWAPPING), but never install a bad copy
            raise StorageError("an interrupted restore left a damaged copy {staging} ({problem})."
                               " Your previous data is in {kept}.", staging=staging,
                               problem=problem, kept=kept)
        swap_in(staging, database, kept)
    elif not database.exists():
        raise StorageError("an interrupted restore left no database. Your previous data is in "
                           "{kept}; the backup is {backup}.", kept=kept, backup=backup)
    finish(data_dir)
    return Message("The restore of {backup} was interrupted; it has now been finished. The data "
                   "you had before is kept in {kept}.", backup=backup.name, kept=kept)
