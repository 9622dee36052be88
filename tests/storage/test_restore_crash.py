"""A backup restore killed at random moments never loses the data, and the next start never
creates an empty database in its place.

Real processes: a child imports the app, waits for "go", restores a backup, and is killed with
SIGKILL after a random delay spread over the time a whole restore takes. The parent then opens
the workspace as the next start would and checks the data is either all of the old state
(rolled back) or exactly the backup (finished). The steps are also replayed one by one on real
files, so every window of the swap is covered even when no random kill lands in it.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import aisafe_desktop
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage import restore_journal
from aisafe_desktop.storage.backup_store import KEEP, aside_name
from aisafe_desktop.storage.restore_journal import RestoreJournal, RestoreStep
from aisafe_desktop.storage.sqlite_files import online_backup

KILLS = 30
# One interpreter imports the app, then forks one restoring process per run (as test_crash.py
# does), so the runs do not each pay an interpreter start-up. Each fork is an ordinary process
# with its own file handles and lock; SIGKILL ends it with no clean-up of any kind.
SERVER = """
import os, sys
from pathlib import Path
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
paths, backup = AppPaths.resolve(sys.argv[1]), Path(sys.argv[2])

def say(text):  # one atomic write() per line: a SIGKILL never leaves half a line (see test_crash)
    os.write(1, (text + "\\n").encode())

say("server")
for _line in sys.stdin:
    pid = os.fork()
    if pid == 0:
        try:
            Workspace.restore_backup(paths, backup)
            say("done")
        finally:
            os._exit(0)
    say(f"forked {pid}")
    os.waitpid(pid, 0)
    say("reaped")
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def titles(paths: AppPaths) -> set[str]:
    with Workspace.open(paths) as ws:
        return {s.title for s in ws.list_assessments()}


def seed(paths: AppPaths) -> Path:
    """A backup with two sizeable assessments (so that a restore takes a while)."""
    with Workspace.open(paths) as ws:
        for title in ("First", "Second"):
            aid = ws.create_assessment("storage-test", title=title)
            for i in range(40):
                ws.record_answer(aid, "notes", f"{i} " + "x" * 30000)
        return ws.backup_now()


class Server:
    def __init__(self, paths: AppPaths, backup: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = (str(Path(aisafe_desktop.__file__).resolve().parent.parent)
                             + os.pathsep + env.get("PYTHONPATH", ""))
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(paths.data_dir), str(backup)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env)
        assert self.readline() == "server"

    def readline(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def start(self) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()
        line = self.readline()
        assert line.startswith("forked "), line
        return int(line.split()[1])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def test_a_restore_killed_at_random_moments_never_loses_data(paths: AppPaths) -> None:
    backup = seed(paths)
    restored = {"First", "Second"}
    server = Server(paths, backup)
    try:
        started = time.perf_counter()  # one whole restore, to spread the kills over its length
        server.start()
        assert server.readline() == "done" and server.readline() == "reaped"
        span = time.perf_counter() - started
        rng = random.Random(15)
        outcomes = {"rolled back": 0, "finished": 0}
        current = restored
        for run in range(KILLS):
            with Workspace.open(paths) as ws:
                ws.create_assessment("storage-test", title=f"marker {run}")
            before = current | {f"marker {run}"}
            pid = server.start()
            time.sleep(rng.uniform(0, span * 1.1))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            while (line := server.readline()) != "reaped":
                assert line == "done", line
            after = titles(paths)  # the next start: recovers, never creates an empty database
            assert after in (before, restored), f"run {run}: {sorted(after)}"
            outcomes["rolled back" if after == before else "finished"] += 1
            current = after
            assert not restore_journal.journal_path(paths.data_dir).exists()
    finally:
        server.close()
    # Which moments the random kills hit depends on the machine's load (on a busy machine every
    # kill can land before the swap); the safety of each run is asserted above, and every moment
    # of the swap is covered deterministically by the replay test below.
    assert sum(outcomes.values()) == KILLS, outcomes
    replaced = list(paths.backups_dir.glob("replaced-*.sqlite3"))
    assert 0 < len(replaced) <= KEEP  # set-aside databases rotate like the other backups


@pytest.mark.parametrize("moved", [0, 1, 2, 3])
def test_every_moment_of_the_swap_is_finished_at_start_up(paths: AppPaths, moved: int) -> None:
    """Replays the swap on real files, stopping after `moved` of the database's parts were set
    aside (3 = all moved, the copy not yet renamed into place): the start finishes it."""
    backup = seed(paths)
    with Workspace.open(paths) as ws:
        ws.create_assessment("storage-test", title="Later")
        staging = paths.database.with_name(paths.database.name + ".restoring")
        kept = aside_name(paths.backups_dir, "replaced")
        restore_journal.write(paths.data_dir, RestoreJournal(
            RestoreStep.SWAPPING, str(backup), str(staging), str(kept)))
        online_backup(backup, staging)
    for suffix in restore_journal.PARTS[:moved]:
        part = Path(f"{paths.database}{suffix}")
        if part.exists():
            part.rename(Path(f"{kept}{suffix}"))
    with Workspace.open(paths) as ws:
        assert {s.title for s in ws.list_assessments()} == {"First", "Second"}
        assert "finished" in str(ws.startup_warnings[0])
    assert kept.exists() and not staging.exists()


def test_an_interrupted_copy_is_rolled_back(paths: AppPaths) -> None:
    backup = seed(paths)
    with Workspace.open(paths) as ws:
        ws.create_assessment("storage-test", title="Later")
    staging = paths.database.with_name(paths.database.name + ".restoring")
    restore_journal.write(paths.data_dir, RestoreJournal(
        RestoreStep.COPYING, str(backup), str(staging), str(paths.backups_dir / "replaced-x")))
    staging.write_bytes(b"half a copy")
    assert "Later" in titles(paths) and not staging.exists()


def test_a_damaged_journal_stops_the_start_and_creates_nothing(paths: AppPaths) -> None:
    from aisafe_desktop.services.errors import StorageError

    paths.ensure()
    restore_journal.journal_path(paths.data_dir).write_text("{not json", "utf-8")
    with pytest.raises(StorageError, match="journal"):
        Workspace.open(paths)
    assert not paths.database.exists()  # never a new, empty database in its place
