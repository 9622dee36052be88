"""Idle memory with an assessment open, as a ratio against a bare PySide6 window in the same run.

    .venv/bin/python benchmarks/bench_memory.py [--runs 3]

Each figure is the resident set (VmRSS) of a fresh child process, offscreen, after the event loop
has been idle for a second (with the assessment open: after the walk-through has built, in idle
ticks, the cards it builds ahead, so the figure does not depend on how busy the machine is). Steps
in between show what costs: the imports, the main window with the workspace (checks, questionnaire
catalogue) and the assessment the app reopens, and the assessment opened again. The last line
lists the heavy top-level packages loaded (none of the ORM, PDF or crypto libraries since round 4).
Prints figures; not a timed test.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import json, os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path

def rss_mib():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")

def idle(app, seconds=1.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)

mode, folder = sys.argv[1], Path(sys.argv[2])
steps = {}
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
if mode == "bare":
    window = QMainWindow()
    window.setCentralWidget(QLabel("Hello"))
    window.resize(1366, 768)
    window.show()
    idle(app)
    steps["bare window"] = rss_mib()
else:
    steps["QApplication"] = rss_mib()
    from aisafe_desktop.core.paths import AppPaths
    from aisafe_desktop.gui.launch import build_context
    from aisafe_desktop.gui.main_window import MainWindow
    from aisafe_desktop.services.settings import Settings, save_settings
    steps["imports for the window"] = rss_mib()
    paths = AppPaths.resolve(folder).ensure()
    settings = Settings(); settings.first_run_done = True
    save_settings(paths, settings)
    ctx = build_context(app, paths, install_excepthook=False)
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    window.start()
    while ctx.workspace is None or ctx.tasks.busy:
        app.processEvents(); time.sleep(0.01)
    idle(app)
    steps["main window, workspace open (Home)"] = rss_mib()
    ws = ctx.ws
    existing = [s.id for s in ws.list_assessments()]
    aid = existing[0] if existing else ws.create_assessment("asean-ai-governance-readiness")
    window.open_assessment(aid)
    while window.walkthrough.state is None or ctx.tasks.busy:
        app.processEvents(); time.sleep(0.01)
    while window.walkthrough._builder.isActive():  # the cards built ahead in idle ticks
        app.processEvents(); time.sleep(0.01)
    idle(app, 2.0)
    steps["assessment open, idle"] = rss_mib()
    steps["modules"] = len(sys.modules)
    heavy = sorted({m.split(".")[0] for m in sys.modules})
    steps["top-level packages"] = " ".join(p for p in heavy if p in (
        "sqlalchemy", "alembic", "reportlab", "pyhanko", "pikepdf", "cryptography", "yaml",
        "ryml", "jsonschema", "fontTools", "mako", "lxml", "PIL", "asn1crypto", "platformdirs"))
print(json.dumps(steps))
"""


def run(mode: str, folder: Path) -> dict[str, float | str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(folder / "home"),
               XDG_DATA_HOME=str(folder / "xdg-data"), XDG_CONFIG_HOME=str(folder / "xdg-config"),
               XDG_CACHE_HOME=str(folder / "xdg-cache"),
               PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""))
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(folder / "data")], env=env,
                         check=True, capture_output=True, text=True, timeout=300)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    bare, app = [], []
    with tempfile.TemporaryDirectory() as folder:
        run("app", Path(folder))  # set-up: creates the database and an assessment (first run)
        for _ in range(args.runs):  # interleaved: both see the same machine
            bare.append(float(run("bare", Path(folder))["bare window"]))
            steps = run("app", Path(folder))
            app.append(float(steps["assessment open, idle"]))
            print("  " + "; ".join(f"{k}: {v:.1f} MiB" if isinstance(v, float) else f"{k}: {v}"
                                   for k, v in steps.items()))
    floor, ours = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: {floor:.1f} MiB (runs: {', '.join(f'{x:.0f}' for x in bare)})")
    print(f"aisafe-desktop, assessment open, idle: {ours:.1f} MiB "
          f"(runs: {', '.join(f'{x:.0f}' for x in app)}) = {ours / floor:.2f}x the bare window "
          f"(goal <= 1.8x)")


if __name__ == "__main__":
    main()
