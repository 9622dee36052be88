"""`aisafe-desktop` as a process: the installer smoke mode and --data-dir."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.gui.conftest import ROOT


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen",
                       PYTHONPATH=os.pathsep.join([str(ROOT / "src"),
                                                   os.environ.get("PYTHONPATH", "")]), **env)
    return subprocess.run([sys.executable, "-m", "aisafe_desktop.gui.launch", *args],
                          env=environment, capture_output=True, text=True, timeout=120)


def test_smoke_mode_reports_the_first_show_and_exits_0(tmp_path: Path) -> None:
    data = tmp_path / "portable data"
    done = run("--data-dir", str(data), AISAFE_SMOKE_TEST="1")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "main window shown"
    assert data.is_dir() and "Traceback" not in done.stderr


def test_version_and_help() -> None:
    assert run("--version").stdout.startswith("aisafe-desktop ")
    assert "--data-dir" in run("--help").stdout
