"""Kill a process that is saving answers, at random moments, and check nothing acknowledged is lost.

A child process records answers in a loop and prints an acknowledgement after each record_answer
call returns. The parent kills it with SIGKILL (no clean-up of any kind runs), then checks the
file with PRAGMA integrity_check and looks for every acknowledged answer. Some kills land during start-up
(lock, checks, daily backup), the rest while answers are being written.
"""

from __future__ import annotations

import collections
import contextlib
import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import aisafe_desktop
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage.sqlite_files import check_file

KILLS = 50
QUESTIONS = ("kept", "dropped", "notes")

# A fresh interpreter imports the app once, then forks one writer per run, so the 50 runs do not
# pay 50 interpreter start-ups. Each writer is an ordinary process with its own file handles and
# locks; SIGKILL ends it with no clean-up. Its acknowledgements go to the shared stdout pipe; the
# server prints "reaped" only after waitpid, so every acknowledgement of a run precedes it.
SERVER = """
import faulthandler, os, signal, sys
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage.sqlite_files import check_file

paths, aid, questions = AppPaths.resolve(sys.argv[1]), int(sys.argv[2]), sys.argv[3].split(",")

def say(text):
    # One write() per line: a pipe write this small is atomic, so a SIGKILL never leaves half a
    # line. print() may write the text and the newline separately (always with
    # PYTHONUNBUFFERED=1, as CI sets it): a kill between the two glued "ack ..." to the server's
    # next "reaped N", and the reader waited for "reaped N" for ever.
    os.write(1, (text + "\\n").encode())

def write_answers(run):
    workspace = Workspace.open(paths)
    workspace.open_assessment(aid)  # as the app does before the first answer
    say("ready")
    i = 0
    while True:
        question, value = questions[i % len(questions)], f"{run}-{i}"
        workspace.record_answer(aid, question, value)
        say(f"ack {question} {value}")
        i += 1

faulthandler.register(signal.SIGUSR1, all_threads=True)  # forked writers inherit it
say("server")
for line in sys.stdin:
    run = int(line)
    pid = os.fork()
    if pid == 0:
        try:
            write_answers(run)
        finally:
            os._exit(70)
    say(f"forked {pid}")
    os.waitpid(pid, 0)
    say(f"reaped {run}")
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")


class Server:
    """The forking writer server, read with a deadline so a hang fails the test instead of CI."""

    # Far longer than any healthy step takes on a loaded machine (a start-up with its checks and
    # backup, or one answer): reaching it means a writer hangs, which is a bug worth a failure.
    QUIET_LIMIT = 120.0

    def __init__(self, data_dir: Path, aid: int, stderr_path: Path) -> None:
        env = dict(os.environ)
        src = str(Path(aisafe_desktop.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
        # stderr goes to a file, not a pipe nobody reads: 50 runs of warnings must never fill a
        # pipe and block a writer (that looks exactly like a hang).
        self.stderr_path = stderr_path
        self._stderr = stderr_path.open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-c", SERVER, str(data_dir), str(aid), ",".join(QUESTIONS)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, env=env)
        self._buffer = b""
        self.seen: collections.deque[bytes] = collections.deque(maxlen=30)  # for a failure
        self.writer_pid: int | None = None
        assert self.readline() == "server"

    def readline(self) -> str:
        assert self.process.stdout is not None
        fd = self.process.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], self.QUIET_LIMIT)
            if not ready:
                self._fail(f"no output for {self.QUIET_LIMIT:.0f} s")
            chunk = os.read(fd, 65536)
            if not chunk:
                self._fail("the writer process ended")
            self._buffer += chunk
        line, _, self._buffer = self._buffer.partition(b"\n")
        self.seen.append(line)
        return line.decode()

    def _fail(self, what: str) -> None:
        # SIGUSR1 makes the server and the writer print their stacks (faulthandler) to stderr
        for pid in (self.writer_pid, self.process.pid):
            if pid is not None:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGUSR1)
        time.sleep(2)
        if self.writer_pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(self.writer_pid, signal.SIGKILL)
        self.process.kill()
        self.process.wait(timeout=30)
        self._stderr.flush()
        raise AssertionError(f"{what}; the last lines read: {list(self.seen)}; its stderr:\n"
                             f"{self.stderr_path.read_text(errors='replace')[-6000:]}")

    def run_and_kill(self, run: int, rng: random.Random, during_start: bool) -> list[str]:
        assert self.process.stdin is not None
        self.process.stdin.write(f"{run}\n".encode())
        self.process.stdin.flush()
        # Parent and child share the pipe: the child's "ready" (even an "ack") may come
        # before the parent's "forked PID" line, so keep whatever arrives first.
        lines = []
        while not (line := self.readline()).startswith("forked "):
            lines.append(line)
        pid = self.writer_pid = int(line.removeprefix("forked "))
        if during_start:  # anywhere in the lock / check / backup sequence, or just after
            time.sleep(rng.uniform(0.0, 0.05))
        else:
            while "ready" not in lines:
                line = self.readline()
                if line == f"reaped {run}":
                    # The writer ended before it was ready (its start failed, e.g. the database
                    # stayed busy on a loaded machine): nothing was acknowledged in this run.
                    # Waiting for "ready" here used to hang the suite.
                    self.writer_pid = None
                    return lines
                lines.append(line)
            time.sleep(rng.uniform(0.0, 0.15))
        os.kill(pid, signal.SIGKILL)
        while (line := self.readline()) != f"reaped {run}":
            lines.append(line)
        self.writer_pid = None
        return lines

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)
        self._stderr.close()


def _check(database: Path, acks: list[tuple[str, str]]) -> None:
    connection = sqlite3.connect(database.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        history = {(q, json.loads(v)) for q, v in connection.execute(
            "SELECT question_id, new_value_json FROM answer_history")}
        current = dict(connection.execute("SELECT question_id, value_json FROM answers"))
    finally:
        connection.close()
    missing = [ack for ack in acks if ack not in history]
    assert not missing, f"acknowledged answers lost: {missing[:5]}"
    for question in QUESTIONS:  # the current answer is the last acknowledged one, or a later one
        sent = [value for q, value in acks if q == question]
        if sent:
            stored = json.loads(current[question])
            assert _order(stored) >= _order(sent[-1]), (question, stored, sent[-1])


def _order(value: str) -> tuple[int, int]:
    run, _, index = value.partition("-")
    return int(run), int(index)


def test_sigkill_never_loses_an_acknowledged_answer(paths: AppPaths, tmp_path: Path) -> None:
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
    rng = random.Random(20261126)
    acks: list[tuple[str, str]] = []
    killed_while_writing = 0
    server = Server(paths.data_dir, aid, tmp_path / "writer-stderr.txt")
    try:
        for run in range(KILLS):
            lines = server.run_and_kill(run, rng, during_start=run % 6 == 5)
            new = [(q, v) for _, q, v in (line.split(" ") for line in lines
                                          if line.startswith("ack "))]
            acks += new
            killed_while_writing += bool(new)
            _check(paths.database, acks)
    finally:
        server.close()
    assert len(acks) > KILLS  # the loop really wrote between the kills
    assert killed_while_writing >= KILLS // 3  # most kills land mid-write, not all
    print(f"{len(acks)} acknowledged answers, {killed_while_writing} of {KILLS} kills mid-write")
    with Workspace.open(paths) as workspace:  # and the app starts normally afterwards
        assert workspace.progress(aid)[0] >= 1
        backups = workspace.list_backups()
    assert backups and all(check_file(backup) is None for backup in backups)
    assert not list(paths.backups_dir.glob("*.partial"))  # half backups of killed runs are gone
