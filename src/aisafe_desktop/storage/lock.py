"""Single-instance lock: one AISafe process per data folder.

The lock is an OS lock on a small file (flock on POSIX, msvcrt on Windows), not the file's mere
existence: the OS releases it when the process dies, so a crash never leaves a stale lock behind.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from aisafe_desktop.storage.errors import DatabaseLocked, StorageError

LOCK_NAME = "aisafe.lock"


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _read_owner(handle: IO[str]) -> str | None:
    try:  # Windows refuses to read a locked byte; the pid is only a courtesy in the message
        handle.seek(0)
        return handle.read(32).strip() or None
    except OSError:
        return None


class InstanceLock:
    """Held from Workspace.open to close; raises DatabaseLocked if another process holds it."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        try:
            # "a+": never truncates, so a failed attempt cannot erase the owner's pid.
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held until release
        except OSError as error:
            raise StorageError("cannot create the lock file {file}: {reason}. Check the "
                               "folder's permissions.", file=self.path,
                               reason=error.strerror or error) from None
        if not _try_lock(handle):
            owner = _read_owner(handle)
            handle.close()
            raise DatabaseLocked(self.path, owner)
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing the file releases the OS lock
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None
