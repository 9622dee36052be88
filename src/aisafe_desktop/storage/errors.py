"""Typed storage errors. The services layer re-exports them; the GUI and CLI word them for users."""

from __future__ import annotations

from pathlib import Path

from aisafe_desktop.core.errors import AisafeError


class StorageError(AisafeError):
    """Something is wrong with the database or its folder; the message says what to do."""


class DatabaseLocked(StorageError):
    """Another AISafe Desktop process has this data folder open."""

    def __init__(self, lock_file: Path, owner: str | None) -> None:
        who = f" (process {owner})" if owner else ""
        super().__init__(f"AISafe Desktop is already running{who} with the data folder "
                         f"{lock_file.parent}. Close the other window first, or use another "
                         "data folder.")
        self.lock_file = lock_file
        self.owner = owner


class DatabaseTooNew(StorageError):
    """The database was written by a newer AISafe Desktop; it is left untouched."""

    def __init__(self, database: Path, revision: str) -> None:
        super().__init__(f"{database} was written by a newer version of AISafe Desktop (schema "
                         f"{revision}). It has not been changed. Install the newer version again, "
                         "or use another data folder.")
        self.database = database
        self.revision = revision


class DatabaseCorrupt(StorageError):
    """The database file is damaged; it is never overwritten."""

    def __init__(self, database: Path, detail: str, latest_backup: Path | None) -> None:
        offer = (f"The latest good backup is {latest_backup}; restore it with "
                 f"'aisafe backup --restore {latest_backup}'." if latest_backup
                 else "No good backup was found.")
        super().__init__(f"{database} is damaged ({detail}). It has not been changed. {offer}")
        self.database = database
        self.detail = detail
        self.latest_backup = latest_backup


class BackupInvalid(StorageError):
    """A file offered for restore is not a usable AISafe backup."""
