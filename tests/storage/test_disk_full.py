"""A full disk: the failing answer is refused with a plain message; everything saved before it
stays, and the file stays sound. The limit is real: RLIMIT_FSIZE makes the kernel refuse to grow
the database files, exactly as a full disk would."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import aisafe_desktop
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace

WRITER = """
import resource, signal, sys
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.errors import StorageError
from aisafe_desktop.services.workspace import Workspace

paths, aid = AppPaths.resolve(sys.argv[1]), int(sys.argv[2])
workspace = Workspace.open(paths)
workspace.open_assessment(aid)
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
limit = paths.database.stat().st_size + 256 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
for i in range(100000):
    try:
        workspace.record_answer(aid, "notes", f"{i} " + "x" * 2000)
    except StorageError as error:
        print("refused", str(error).replace("\\n", " "), flush=True)
        break
    print(f"ack {i}", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_full_disk_loses_nothing_that_was_saved(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
    env = dict(os.environ)
    env["PYTHONPATH"] = (str(Path(aisafe_desktop.__file__).resolve().parent.parent) + os.pathsep
                         + env.get("PYTHONPATH", ""))
    done = subprocess.run([sys.executable, "-c", WRITER, str(paths.data_dir), str(aid)],
                          capture_output=True, text=True, env=env, timeout=120)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr
    acked = [int(line.split()[1]) for line in lines if line.startswith("ack ")]
    assert len(acked) > 10 and lines[-1].startswith("refused could not save to")
    assert "Free some disk space" in lines[-1]

    connection = sqlite3.connect(paths.database)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        saved = {int(json.loads(v).split()[0]) for (v,) in connection.execute(
            "SELECT new_value_json FROM answer_history")}
    finally:
        connection.close()
    assert set(acked) <= saved
    with Workspace.open(paths) as workspace:  # with space again, work simply continues
        workspace.record_answer(aid, "notes", "after the disk was cleaned up")
        assert workspace.open_assessment(aid).answers["notes"].value.startswith("after")
