"""A really full disk (a small tmpfs filled to a few KB): a healthy database is not called damaged,
"Back up now" and the CLI say "the disk is full: free N MB" (no traceback), and nothing is lost.

Mounting needs root (CI runs as root); elsewhere the tmpfs cases are skipped and the RLIMIT_FSIZE
case below still runs (the kernel refuses to grow files exactly as on a full disk)."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import aisafe_desktop
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage.disk_space import DiskFull
from tests.storage.storage_questionnaires import install_questionnaire, questionnaire_yaml

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="tmpfs and RLIMIT are Linux")


def data_in(folder: Path) -> AppPaths:
    paths = AppPaths.resolve(folder).ensure()
    install_questionnaire(paths, questionnaire_yaml())
    return paths


def env() -> dict[str, str]:
    found = dict(os.environ)
    found["PYTHONPATH"] = (str(Path(aisafe_desktop.__file__).resolve().parent.parent)
                           + os.pathsep + found.get("PYTHONPATH", ""))
    return found


@contextlib.contextmanager
def small_disk(folder: Path, size: str = "4m") -> Iterator[Path]:
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def fill(folder: Path, leave: int = 8 * 1024) -> Path:
    """A file that takes all but `leave` bytes of the drive."""
    filler = folder / "filler.bin"
    free = os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize
    with open(filler, "wb") as handle:
        handle.write(b"\0" * max(0, free - leave))
    return filler


def test_a_full_disk_is_named_and_loses_nothing(tmp_path: Path) -> None:
    with small_disk(tmp_path / "disk") as disk:
        paths = data_in(disk / "data")
        with Workspace.open(paths) as ws:
            aid = ws.create_assessment("storage-test", title="Kept")
            ws.record_answer(aid, "notes", "typed before the disk filled up")
        filler = fill(disk)

        with pytest.raises(DiskFull) as caught:  # not "damaged … contact your IT support"
            Workspace.open(paths)
        assert "The disk is full: free" in str(caught.value) and caught.value.megabytes >= 1

        cli = subprocess.run([sys.executable, "-m", "aisafe_desktop.cli.main",
                              "--data-dir", str(paths.data_dir), "backup"], capture_output=True,
                             text=True, env=env(), timeout=120, check=False)
        assert cli.returncode != 0
        assert "disk is full: free" in cli.stderr and "Traceback" not in cli.stderr

        filler.unlink()
        with Workspace.open(paths) as ws:  # room again: everything is there
            state = ws.open_assessment(aid)
            assert state.answers["notes"].value == "typed before the disk filled up"


def test_back_up_now_on_a_full_disk_says_so(tmp_path: Path) -> None:
    """Opening still works (little free space), but the backup copy cannot be written."""
    with small_disk(tmp_path / "disk", "8m") as disk:
        paths = data_in(disk / "data")
        with Workspace.open(paths) as ws:
            aid = ws.create_assessment("storage-test", title="Kept")
            for i in range(30):
                ws.record_answer(aid, "notes", f"{i} " + "x" * 30000)
            fill(disk, leave=256 * 1024)  # room for -shm and a transaction, not for a copy
            with pytest.raises(DiskFull, match="The disk is full: free"):
                ws.backup_now()
            assert ws.open_assessment(aid).title == "Kept"
        assert not list(paths.backups_dir.glob("*.partial"))


WRITER = """
import resource, signal, sys
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
paths = AppPaths.resolve(sys.argv[1])
with Workspace.open(paths) as ws:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
    try:
        ws.backup_now()
    except Exception as error:
        print(type(error).__name__, error, flush=True)
"""


def test_a_backup_that_cannot_be_written_is_a_plain_message(tmp_path: Path) -> None:
    """Without root: the kernel refuses to grow the copy (EFBIG). SQLite reports only "disk I/O
    error" and the drive itself has room, so it is a plain StorageError, never a bug."""
    paths = data_in(tmp_path / "data")
    with Workspace.open(paths) as ws:
        aid = ws.create_assessment("storage-test", title="Kept")
        for i in range(10):
            ws.record_answer(aid, "notes", f"{i} " + "x" * 30000)
    done = subprocess.run([sys.executable, "-c", WRITER, str(paths.data_dir)],
                          capture_output=True, text=True, env=env(), timeout=120, check=False)
    out = done.stdout + done.stderr
    assert done.stdout.startswith(("StorageError the backup could not be written", "DiskFull")), out
    assert "Traceback" not in out and not list(paths.backups_dir.glob("*.partial"))


def test_a_daily_backup_on_a_nearly_full_disk_is_a_warning_that_names_it(tmp_path: Path) -> None:
    """The database opens (it fits), today's backup does not: work goes on, and the warning
    says "the disk is full: free N MB" (translated by the app), not SQLite's English."""
    with small_disk(tmp_path / "disk", "8m") as disk:
        paths = data_in(disk / "data")
        with Workspace.open(paths) as ws:
            aid = ws.create_assessment("storage-test", title="Kept")
            for i in range(30):
                ws.record_answer(aid, "notes", f"{i} " + "x" * 30000)
        for backup in paths.backups_dir.glob("*.sqlite3"):
            backup.unlink()  # today's backup is still to be made
        fill(disk, leave=256 * 1024)
        with Workspace.open(paths) as ws:
            [warning] = ws.startup_warnings
            assert "automatic backup could not be made" in str(warning)
            assert "The disk is full: free" in str(warning)
            assert ws.open_assessment(aid).title == "Kept"
        assert not list(paths.backups_dir.glob("*.partial"))
