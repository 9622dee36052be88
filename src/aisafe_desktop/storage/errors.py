"""Typed storage errors. The services layer re-exports them; the GUI and CLI word them for users."""

from __future__ import annotations

from pathlib import Path

from aisafe_desktop.core.errors import AisafeError


class StorageError(AisafeError):
    """Something is wrong with the database or its folder; the message says what to do."""


class DatabaseLocked(StorageError):
    """Another AISafe Desktop process has this data folder open."""

    def __init__(self, lock_file: Path, owner: str | None) -> None:
        if owner:
            super().__init__("AISafe Desktop is already running (process {owner}) with the data "
                             "folder {folder}. Close the other window first, or use another data "
                             "folder.", owner=owner, folder=lock_file.parent)
        else:
            super().__init__("AISafe Desktop is already running with the data folder {folder}. "
                             "Close the other window first, or use another data folder.",
                             folder=lock_file.parent)
        self.lock_file = lock_file
        self.owner = owner


class DatabaseTooNew(StorageError):
    """The database was written by a newer AISafe Desktop; it is left untouched."""

    def __init__(self, database: Path, revision: str) -> None:
        super().__init__("{database} was written by a newer version of AISafe Desktop (schema "
                         "{revision}). It has not been changed. Install the newer version again, "
                         "or use another data folder.", database=database, revision=revision)
        self.database = database
        self.revision = revision


class DatabaseCorrupt(StorageError):
    """The database file is damaged; it is never overwritten. The CLI adds how to restore."""

    def __init__(self, database: Path, detail: str, latest_backup: Path | None) -> None:
        if latest_backup:
            super().__init__("{database} is damaged ({detail}). It has not been changed. The "
                             "latest good backup is {backup}; restore it.", database=database,
                             detail=detail, backup=latest_backup)
        else:
            super().__init__("{database} is damaged ({detail}). It has not been changed. No good "
                             "backup was found.", database=database, detail=detail)
        self.database = database
        self.detail = detail
        self.latest_backup = latest_backup


class BackupInvalid(StorageError):
    """A file offered for restore is not a usable AISafe backup."""
