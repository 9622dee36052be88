"""Start-up time of the installed app against a bare PySide6 window, cold and warm.

    python benchmarks/bench_startup_installed.py [--runs 10] [--app /usr/bin/aisafe-desktop]
                                                 [--python /path/to/python-with-PySide6]

"Installed app": the frozen `aisafe-desktop` from the .deb (or the portable folder) with
AISAFE_SMOKE_TEST=1, which exits right after the main window is shown. "Bare window": the same
Python + PySide6 showing an empty QMainWindow and exiting (the floor any Qt app pays). Also
`aisafe --version` for the CLI. Both run offscreen. Cold runs drop the page cache before each
start (root only: writes /proc/sys/vm/drop_caches); otherwise only warm runs are reported.
Prints medians and the spread in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare")
window.show()
app.processEvents()
print("main window shown", flush=True)
"""


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    except OSError:
        return False
    return True


def time_once(command: list[str], env: dict[str, str], expect: str) -> float:
    start = time.perf_counter()
    run = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=False)
    elapsed = time.perf_counter() - start
    if run.returncode != 0 or expect not in run.stdout:
        raise SystemExit(f"{command[0]} failed (exit {run.returncode}):\n{run.stdout}{run.stderr}")
    return elapsed * 1000


def measure(command: list[str], env: dict[str, str], expect: str, runs: int, cold: bool) -> list[float]:
    times = []
    time_once(command, env, expect)  # warm-up, and a check that it works at all
    for _ in range(runs):
        if cold and not drop_caches():
            return []
        times.append(time_once(command, env, expect))
    return times


def describe(times: list[float]) -> str:
    if not times:
        return "n/a (dropping the page cache needs root)"
    return (f"median {statistics.median(times):7.0f} ms   min {min(times):6.0f}   "
            f"max {max(times):6.0f}   (n={len(times)})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--app", default="/usr/bin/aisafe-desktop",
                        help="the installed GUI executable")
    parser.add_argument("--python", default=sys.executable,
                        help="a Python with PySide6 for the bare-window baseline")
    args = parser.parse_args()
    app = Path(args.app)
    if not app.exists():
        print(f"{app} not found: install the .deb or pass --app", file=sys.stderr)
        return 2
    cli = app.resolve().with_name("aisafe")
    base = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8", "HOME": os.environ.get("HOME", "/tmp")}
    cases = [
        ("bare PySide6 window (python)", [args.python, "-c", BARE_WINDOW], {}, "main window shown"),
        ("installed aisafe-desktop", [str(app)], {"AISAFE_SMOKE_TEST": "1"}, "main window shown"),
        ("installed aisafe --version", [str(cli), "--version"], {}, "aisafe"),
    ]
    print(f"start-up, offscreen, {args.runs} runs each; machine: {os.cpu_count()} CPUs")
    for mode in ("warm", "cold"):
        print(f"\n{mode} page cache")
        for label, command, extra, expect in cases:
            times = measure(command, {**base, **extra}, expect, args.runs, cold=mode == "cold")
            print(f"  {label:32s} {describe(times)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
