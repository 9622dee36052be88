"""Event-loop gaps during a walk-through of the largest shipped questionnaire, wall-clock and
UI-thread CPU, against the same heartbeat with an idle event loop (the floor, same run).

    python benchmarks/bench_responsiveness.py [--runs 3]

It runs tests/gui/test_responsiveness.py (the test asserts only CPU time, with a wide margin) and
prints its heartbeat line for each run; the goal is a worst wall-clock gap under 100 ms.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST = "tests/gui/test_responsiveness.py"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    for run in range(1, args.runs + 1):
        done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-s", "-p", "no:randomly",
                               TEST], cwd=ROOT, env=env, capture_output=True, text=True,
                              check=False)
        lines = [line for line in done.stdout.splitlines() if "heartbeat:" in line]
        if done.returncode != 0 or not lines:
            print(done.stdout[-3000:], done.stderr[-2000:], sep="\n")
            return 1
        print(f"run {run}: {lines[-1][lines[-1].index('heartbeat:'):]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
