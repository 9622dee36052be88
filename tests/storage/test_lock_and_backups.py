"""The single-instance lock, the append-only history trigger, and rotating backups."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import aisafe_desktop
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services import backups
from aisafe_desktop.services.errors import BackupInvalid, DatabaseLocked
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage.backup_store import BackupKind, list_backups, take_backup
from aisafe_desktop.storage.sqlite_files import check_file

HOLDER = """
import sys, time
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
workspace = Workspace.open(AppPaths.resolve(sys.argv[1]))
print("open", flush=True)
time.sleep(60)
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    src = str(Path(aisafe_desktop.__file__).resolve().parent.parent)
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    return env


def test_a_second_workspace_on_the_same_folder_is_refused(paths: AppPaths) -> None:
    with Workspace.open(paths), pytest.raises(DatabaseLocked) as caught:
        Workspace.open(paths)
    assert "already running" in str(caught.value)
    assert str(os.getpid()) in str(caught.value)
    Workspace.open(paths).close()  # released on close


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_lock_of_a_killed_process_does_not_block(paths: AppPaths) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(paths.data_dir)],
                              stdout=subprocess.PIPE, text=True, env=_env())
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(DatabaseLocked) as caught:
            Workspace.open(paths)
        assert str(holder.pid) in str(caught.value)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=10)
    assert (paths.data_dir / "aisafe.lock").exists()  # the stale file is still there...
    with Workspace.open(paths) as workspace:  # ...and does not block
        assert workspace.list_assessments() == []


def test_history_refuses_update_and_delete(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "kept", "Alice")
    connection = sqlite3.connect(workspace.paths.database)
    try:
        for sql in ("UPDATE answer_history SET new_value_json = '\"Eve\"'",
                    "DELETE FROM answer_history"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                connection.execute(sql)
        count = connection.execute("SELECT count(*) FROM answer_history").fetchone()[0]
    finally:
        connection.close()
    assert count == 1
    assert [h.new_value for h in workspace.history(aid)] == ["Alice"]


def test_daily_backup_once_a_day_and_only_the_last_ten_kept(workspace: Workspace) -> None:
    paths = workspace.paths
    today = list_backups(paths.backups_dir, BackupKind.DAILY)
    assert len(today) == 1  # taken when the workspace opened
    assert backups.daily_backup(paths) is None  # not twice on one day
    start = dt.datetime(2026, 1, 1, 9, tzinfo=dt.UTC)
    for day in range(12):
        assert backups.daily_backup(paths, start + dt.timedelta(days=day)) is not None
    kept = list_backups(paths.backups_dir, BackupKind.DAILY)
    assert len(kept) == 10
    assert kept[0] == today[0]  # newest first: today's, then 12 Jan back to 4 Jan
    assert kept[-1].name.startswith("aisafe-20260104-")


def test_a_backup_is_one_checked_file_and_listed_newest_first(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "kept", "Alice")
    first = workspace.backup_now()
    second = workspace.backup_now()
    assert workspace.list_backups()[:2] == [second, first]
    assert not Path(f"{first}-wal").exists() and check_file(first, full=True) is None
    with sqlite3.connect(first) as connection:
        assert connection.execute("SELECT value_json FROM answers").fetchone() == ('"Alice"',)
    connection.close()


def test_restore_refuses_a_file_that_is_not_a_backup(paths: AppPaths, tmp_path: Path) -> None:
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff" + b"0" * 5000)
    with pytest.raises(BackupInvalid):
        Workspace.restore_backup(paths, bogus)
    with pytest.raises(BackupInvalid, match="no such file"):
        Workspace.restore_backup(paths, tmp_path / "missing.sqlite3")


def test_restore_needs_the_workspace_closed(workspace: Workspace) -> None:
    backup = take_backup(workspace.paths.database, workspace.paths.backups_dir, BackupKind.MANUAL)
    with pytest.raises(DatabaseLocked):
        Workspace.restore_backup(workspace.paths, backup)


def test_a_failed_daily_backup_does_not_stop_work_but_is_reported(paths: AppPaths) -> None:
    paths.backups_dir.write_text("a file where the backups folder should be", encoding="utf-8")
    with Workspace.open(paths) as workspace:
        [warning] = workspace.startup_warnings
        assert "automatic backup could not be made" in str(warning)
        aid = workspace.create_assessment("storage-test")
        workspace.record_answer(aid, "kept", "Alice")
    with Workspace.open(paths) as workspace:
        assert workspace.open_assessment(aid).answers["kept"].value == "Alice"
