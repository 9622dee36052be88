"""Files the app must refuse without writing to them: newer schema, damaged, someone else's."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.errors import (
    DatabaseCorrupt,
    DatabaseTooNew,
    StorageError,
)
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage.sqlite_files import check_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _fill(paths: AppPaths, answers: int = 400) -> int:
    """A database of a useful size, so 'the middle of the file' is inside real data."""
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
        for i in range(answers):
            workspace.record_answer(aid, "notes", f"note {i} " + "x" * 200)
    return aid


def test_a_database_from_a_newer_version_is_refused_untouched(paths: AppPaths) -> None:
    _fill(paths, 5)
    with sqlite3.connect(paths.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before, mtime = _digest(paths.database), paths.database.stat().st_mtime_ns
    with pytest.raises(DatabaseTooNew) as caught:
        Workspace.open(paths)
    assert "newer version" in str(caught.value) and "9999" in str(caught.value)
    assert _digest(paths.database) == before
    assert paths.database.stat().st_mtime_ns == mtime
    with pytest.raises(DatabaseTooNew):  # the lock was released: the same message again
        Workspace.open(paths)


def test_a_damaged_file_is_refused_untouched_and_the_latest_backup_offered(
        paths: AppPaths) -> None:
    _fill(paths)
    good = Workspace.open(paths)
    backup = good.backup_now()
    good.close()
    assert not Path(f"{paths.database}-wal").exists() or os.path.getsize(
        f"{paths.database}-wal") == 0
    size = paths.database.stat().st_size
    with open(paths.database, "r+b") as handle:  # overwrite bytes in the middle of the file
        handle.seek(size // 2 - 2048)
        handle.write(b"\xa5" * 4096)
    damaged = _digest(paths.database)
    with pytest.raises(DatabaseCorrupt) as caught:
        Workspace.open(paths)
    assert _digest(paths.database) == damaged
    assert caught.value.latest_backup is not None
    assert caught.value.latest_backup == backup or check_file(caught.value.latest_backup) is None
    assert str(caught.value.latest_backup) in str(caught.value)

    kept = Workspace.restore_backup(paths, caught.value.latest_backup)
    assert kept is not None and _digest(kept) == damaged  # the damaged file is kept, not deleted
    with Workspace.open(paths) as workspace:
        assert len(workspace.list_assessments()) == 1


def test_a_damaged_file_without_backups_says_so(paths: AppPaths) -> None:
    paths.database.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(DatabaseCorrupt) as caught:
        Workspace.open(paths)
    assert caught.value.latest_backup is None
    assert "No good backup" in str(caught.value)


def test_a_database_of_another_program_is_refused(paths: AppPaths) -> None:
    with sqlite3.connect(paths.database) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY)")
    connection.close()
    before = _digest(paths.database)
    with pytest.raises(StorageError, match="not an AISafe Desktop database"):
        Workspace.open(paths)
    assert _digest(paths.database) == before


def test_after_damage_the_backup_offered_holds_data_not_the_empty_first_start(
        paths: AppPaths) -> None:
    """The first start backs up a still empty database; offering that after damage would
    'restore' nothing. The newest good backup that holds data is offered instead."""
    import datetime as dt

    from aisafe_desktop.storage.backup_store import BackupKind, take_backup
    from tests.storage.storage_questionnaires import QUESTIONNAIRE_ID

    with Workspace.open(paths) as ws:
        ws.create_assessment(QUESTIONNAIRE_ID, title="Kept")
        with_data = ws.backup_now()
    empty_db = paths.data_dir / "empty.sqlite3"
    other = AppPaths.resolve(paths.data_dir / "other").ensure()
    Workspace.open(other).close()  # a fresh start: the schema, no data
    empty_db.write_bytes(other.database.read_bytes())
    assert check_file(empty_db) is None  # a good backup, only an empty one
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)  # newer than the one with data
    empty_backup = take_backup(empty_db, paths.backups_dir, BackupKind.DAILY, later)
    paths.database.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(DatabaseCorrupt) as caught:
        Workspace.open(paths)
    assert caught.value.latest_backup == with_data != empty_backup
