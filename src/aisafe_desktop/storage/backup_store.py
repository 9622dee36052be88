"""The backups folder: named, rotating copies of the database made with the online backup API.

Names sort by time: aisafe-YYYYMMDD-HHMMSS-<kind>.sqlite3. Daily and pre-migration backups rotate
separately (keep the last N of each); manual ones are kept until the user deletes them.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from pathlib import Path

from aisafe_desktop.storage.sqlite_files import check_file, holds_data, online_backup

KEEP = 10
_NAME = re.compile(r"^aisafe-(\d{8})-(\d{6})(?:-\d+)?-([a-z-]+)\.sqlite3$")


class BackupKind(StrEnum):
    DAILY = "daily"
    BEFORE_MIGRATION = "before-migration"
    MANUAL = "manual"


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.UTC).strftime("%Y%m%d-%H%M%S")


def list_backups(folder: Path, kind: BackupKind | None = None) -> list[Path]:
    """Backups, newest first."""
    if not folder.is_dir():
        return []
    found = [(m.group(1), m.group(2), p) for p in folder.iterdir()
             if (m := _NAME.match(p.name)) and (kind is None or m.group(3) == kind.value)]
    return [p for *_, p in sorted(found, key=lambda t: (t[0], t[1], t[2].stat().st_mtime_ns),
                                  reverse=True)]


def take_backup(database: Path, folder: Path, kind: BackupKind,
                now: dt.datetime | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    when = now or dt.datetime.now(dt.UTC)
    target = folder / f"aisafe-{_stamp(when)}-{kind.value}.sqlite3"
    counter = 2
    while target.exists():
        target = folder / f"aisafe-{_stamp(when)}-{counter}-{kind.value}.sqlite3"
        counter += 1
    online_backup(database, target)
    if kind is not BackupKind.MANUAL:
        rotate(folder, kind)
    return target


def remove_partials(folder: Path) -> list[Path]:
    """Delete half-written backups left by a crash (call only while holding the instance lock)."""
    found = sorted(folder.glob("*.partial")) if folder.is_dir() else []
    for partial in found:
        partial.unlink(missing_ok=True)
    return found


def rotate(folder: Path, kind: BackupKind, keep: int = KEEP) -> list[Path]:
    removed = list_backups(folder, kind)[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def has_backup_on(folder: Path, kind: BackupKind, day: dt.date) -> bool:
    wanted = day.strftime("%Y%m%d")
    return any(_NAME.match(p.name).group(1) == wanted  # type: ignore[union-attr]
               for p in list_backups(folder, kind))


def latest_good_backup(folder: Path) -> Path | None:
    """The newest backup worth restoring: it passes quick_check (a backup can itself be damaged
    on disk) and holds data (the first start backs up a still empty database; offering that after
    damage would "restore" nothing)."""
    return next((p for p in list_backups(folder) if check_file(p) is None and holds_data(p)),
                None)


def aside_name(folder: Path, label: str) -> Path:
    """A free name in the backups folder for a database set aside before a restore."""
    stamp = _stamp(dt.datetime.now(dt.UTC))
    target = folder / f"{label}-{stamp}.sqlite3"
    counter = 2
    while target.exists():
        target = folder / f"{label}-{stamp}-{counter}.sqlite3"
        counter += 1
    return target


def rotate_set_aside(folder: Path, label: str, keep: int = KEEP) -> list[Path]:
    """Databases set aside by restores rotate like the other backups (newest `keep` stay)."""
    found = sorted(folder.glob(f"{label}-*.sqlite3"), key=lambda p: p.stat().st_mtime_ns,
                   reverse=True) if folder.is_dir() else []
    removed = found[keep:]
    for old in removed:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{old}{suffix}").unlink(missing_ok=True)
    return removed
