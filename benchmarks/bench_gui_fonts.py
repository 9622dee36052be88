"""Font registration before the first window: what the interface language costs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui_fonts.py [--runs 5]

Each case runs in a fresh process (QFontDatabase keeps what it registered): CPU ms of
`fonts.load_ui_font(language=...)` (what start-up waits for) and of registering every bundled
font up front (floor of an eager start, the old behaviour plus the Chinese font).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys

CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from aisafe_desktop.gui import fonts
mode = sys.argv[1]
start = time.process_time()
if mode == "all":
    fonts.load_ui_font(); fonts.load_other_scripts()
else:
    fonts.load_ui_font(language=mode)
print((time.process_time() - start) * 1000)
"""


def run(mode: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    out = subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True,
                         env=env, check=True).stdout
    return float(out.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    eager = statistics.median(run("all") for _ in range(args.runs))
    print("| interface language | fonts registered before the window (CPU ms, median) | "
          "every bundled font (eager) | ratio |")
    print("|---|---|---|---|")
    for language in ("en", "th", "km", "my", "zh"):
        lazy = statistics.median(run(language) for _ in range(args.runs))
        print(f"| {language} | {lazy:.1f} | {eager:.1f} | {lazy / eager:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
