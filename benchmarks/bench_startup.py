"""Start-up time: process start → main window shown, for AISafe Desktop and for a bare PySide6
window, measured alternately in the same run (same machine state, same page cache).

    python benchmarks/bench_startup.py [--runs 15]

Each child prints "main window shown" right after its first show (AISAFE_SMOKE_TEST=1 for the
app); the parent times spawn → that line and reports medians and the ratio (target ≤ 1.5).
Measured: an ordinary start (first launch done, data folder exists) and a first launch.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 760)
window.show()
app.processEvents()
print("main window shown", flush=True)
"""


def spawn(args: list[str], env: dict[str, str]) -> float:
    """Seconds from spawning the process to its 'main window shown' line."""
    start = time.perf_counter()
    process = subprocess.Popen(args, stdout=subprocess.PIPE, env=env, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if "main window shown" in line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{args} did not show a window (exit {process.wait()})")
    process.wait()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               AISAFE_SMOKE_TEST="1",
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    sys.path.insert(0, str(ROOT / "src"))
    from aisafe_desktop.core.paths import AppPaths
    from aisafe_desktop.services.settings import Settings, save_settings

    bare_cmd = [sys.executable, "-c", BARE]
    with tempfile.TemporaryDirectory(prefix="aisafe-bench-") as folder:
        regular, fresh = Path(folder) / "regular", Path(folder) / "fresh"
        save_settings(AppPaths.resolve(regular).ensure(), Settings(first_run_done=True))
        app_cmd = [sys.executable, "-m", "aisafe_desktop.gui.launch", "--data-dir"]
        spawn([*app_cmd, str(regular)], env)  # warm the page cache for both
        spawn(bare_cmd, env)
        times: dict[str, list[float]] = {"bare": [], "app": [], "first": []}
        for _ in range(args.runs):
            times["bare"].append(spawn(bare_cmd, env))
            times["app"].append(spawn([*app_cmd, str(regular)], env))
            times["first"].append(spawn([*app_cmd, str(fresh)], env))
    median = {k: statistics.median(v) * 1000 for k, v in times.items()}
    for key, name in (("bare", "bare PySide6 window"), ("app", "AISafe Desktop"),
                      ("first", "AISafe Desktop, first launch")):
        print(f"{name:30}: median {median[key]:5.0f} ms  (min {min(times[key]) * 1000:.0f}) "
              f" ratio {median[key] / median['bare']:.2f}")
    print(f"target ratio ≤ 1.5; {args.runs} runs each, alternating, QPA {env['QT_QPA_PLATFORM']}, "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
