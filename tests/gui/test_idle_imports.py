"""The GUI process with an assessment open and idle has not loaded the heavy libraries: the ORM
(SQLAlchemy, Alembic), PDF making and signing (ReportLab, pikepdf, pyHanko) or cryptography. Each
costs memory for as long as the app runs (SQLAlchemy alone ~27 MiB); they load when a use case
needs them (an export, a duplicate, an upgrade, the trust list...).

A module list, not a memory figure (that one is `benchmarks/bench_memory.py`), checked in a fresh
process: this test session has loaded everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]

HEAVY = ("sqlalchemy", "alembic", "mako", "reportlab", "pikepdf", "pyhanko", "pyhanko_certvalidator",
         "cryptography", "asn1crypto", "fontTools", "PIL", "lxml", "openpyxl", "uharfbuzz")

# Start the app as `launch.main` does (offscreen), open an assessment of a shipped questionnaire,
# save one answer (the plain-SQL write path), let the event loop go idle, and list the top-level
# packages loaded.
CHILD = r"""
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.launch import build_context
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.services.settings import Settings, save_settings

app = QApplication([])
paths = AppPaths.resolve(Path(sys.argv[1])).ensure()
settings = Settings()
settings.first_run_done = True
save_settings(paths, settings)
ctx = build_context(app, paths, install_excepthook=False)
window = MainWindow(ctx)
window.show()
window.start()

def settle(until):
    while not until() or ctx.tasks.busy:
        app.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + 0.5
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)

settle(lambda: ctx.workspace is not None)
aid = int(sys.argv[2])
window.open_assessment(aid)
settle(lambda: window.walkthrough.state is not None)
state = window.walkthrough.state
question = next(q for _, q in state.questionnaire.questions()
                if q.type.value == "single_choice" and q.id not in state.answers)
ctx.ws.record_answer(aid, question.id, question.options[0].value)
settle(lambda: True)
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_no_heavy_library_is_loaded_with_an_assessment_open(tmp_path: Path) -> None:
    # The database exists already (a new one is made by the migrations, which need Alembic).
    with Workspace.open(AppPaths.resolve(tmp_path / "data")) as ws:
        aid = ws.create_assessment("asean-ai-governance-readiness")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "data"), str(aid)], env=env,
                         capture_output=True, text=True, check=False, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    assert "aisafe_desktop" in loaded and "PySide6" in loaded  # the check itself works
    assert sorted(loaded.intersection(HEAVY)) == []
