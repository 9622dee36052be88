"""A full disk is named as such ("the disk is full: free N MB"), never as damage or a bug.

With a few KB free, SQLite cannot create its -shm file and a quick_check fails with "disk I/O
error"; a backup fails with SQLITE_FULL. Both used to be reported as a damaged database or as a
bug. `is_disk_full` recognises the error (errno ENOSPC/EFBIG/EDQUOT, SQLITE_FULL, or an I/O error
while the drive is nearly full) and `DiskFull` says how much to free.
"""

from __future__ import annotations

import errno
import math
import shutil
import sqlite3
from pathlib import Path

from aisafe_desktop.storage.errors import StorageError

MB = 1024 * 1024
FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
ROOM = 16 * MB  # what the database needs besides its own size (WAL, -shm, a transaction)
# The messages SQLite gives when a file cannot be created or grown (not when it is damaged).
_ENVIRONMENT = ("database or disk is full", "disk i/o error", "unable to open database file")


class DiskFull(StorageError):
    """The drive of the data folder has no room left; nothing was changed or lost."""

    def __init__(self, folder: Path, megabytes: int) -> None:
        super().__init__("The disk is full: free {megabytes} MB on the drive of {folder}, then "
                         "try again. Nothing was lost: everything saved before is safe.",
                         megabytes=megabytes, folder=folder)
        self.folder = folder
        self.megabytes = megabytes


def free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def megabytes_to_free(folder: Path, needed: int) -> int:
    """How much to free so that `needed` bytes fit (at least 1 MB)."""
    free = free_bytes(folder)
    missing = needed - free if free is not None and free < needed else needed
    return max(1, math.ceil(missing / MB))


def needed_for(database: Path) -> int:
    try:
        size = database.stat().st_size
    except OSError:
        size = 0
    return size + ROOM


def nearly_full(folder: Path, database: Path) -> bool:
    free = free_bytes(folder)
    return free is not None and free < needed_for(database)


def is_disk_full(error: BaseException | str, folder: Path, database: Path) -> bool:
    """True if `error` (or a sqlite message) comes from a drive that has no room left."""
    current: BaseException | None = error if isinstance(error, BaseException) else None
    while current is not None:
        if isinstance(current, OSError) and current.errno in FULL_ERRNOS:
            return True
        if isinstance(current, sqlite3.Error) and \
                getattr(current, "sqlite_errorname", "") == "SQLITE_FULL":
            return True
        current = current.__cause__ or current.__context__
    text = str(getattr(error, "orig", None) or error).lower()
    if "database or disk is full" in text:
        return True
    return any(part in text for part in _ENVIRONMENT) and nearly_full(folder, database)


def environment_problem(problem: str) -> bool:
    """A check failed because a file could not be created or grown, not because of damage."""
    return any(part in problem.lower() for part in _ENVIRONMENT)


def disk_full(folder: Path, database: Path) -> DiskFull:
    return DiskFull(folder, megabytes_to_free(folder, needed_for(database)))


def disk_full_behind(error: BaseException) -> DiskFull | None:
    """The DiskFull to show for `error` when a full drive caused it (an OSError with ENOSPC,
    EFBIG or EDQUOT anywhere in its chain: a report, an identity, a CSV or a backup that could
    not be written), else None. The folder named is that of the file being written."""
    current: BaseException | None = error
    while current is not None:
        if isinstance(current, DiskFull):
            return current
        if isinstance(current, OSError) and current.errno in FULL_ERRNOS:
            break
        current = current.__cause__ or current.__context__
    if current is None:
        return None
    assert isinstance(current, OSError)
    params = getattr(error, "params", {})
    written = current.filename or params.get("file") or params.get("path") or params.get("out")
    folder = Path(str(written)).absolute().parent if written else Path.cwd()
    return DiskFull(folder, megabytes_to_free(folder, MB))
