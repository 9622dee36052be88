"""What happens before the first paint, counted, not timed (benchmarks/bench_startup.py has the
times): the window is shown before the database is opened or its code imported, before the
screens' modules and the YAML readers are imported, and before PySide sets up the `Qt` enum
namespace (~15 ms); Home is painted with its newest rows, read with plain read-only SQL, before
the services and the questionnaire model are imported, the data opened, the other screens built,
the questionnaires parsed or all the rows read; and before PySide looks up the type of a
Qt-private object (the table's viewport, the focus chain), which sets up ~55 enum classes.

Checked in fresh processes: this test session has loaded everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.context import HOME_FIRST_ROWS
from aisafe_desktop.gui.ops import op
from aisafe_desktop.services.settings import Settings, save_settings
from aisafe_desktop.services.workspace import Workspace
from tests.gui.conftest import WindowFactory

ROOT = Path(__file__).resolve().parents[2]

# Records every enum class PySide creates, then runs the app as `aisafe-desktop` does in its
# smoke mode, which returns right after the first show has been painted.
FIRST_SHOW = r"""
import enum, json, sys
created = []
_create = enum.EnumType._create_
def _recording(cls, name, *args, **kwargs):
    created.append(name)  # (PySide names the class Qt.Key etc. only once it is made)
    return _create(cls, name, *args, **kwargs)
enum.EnumType._create_ = _recording
from aisafe_desktop.gui.launch import main
code = main(["--data-dir", sys.argv[1]])
print(json.dumps({"code": code, "modules": sorted(sys.modules), "enums": created}))
"""

# The app started as `aisafe-desktop` starts it, with the smoke mode that waits for Home; at
# Home's first paint and when it has all its rows: what is loaded and built.
HOME = r"""
import enum, json, os, sys
os.environ["AISAFE_SMOKE_TEST"] = "home"
created = []
_create = enum.EnumType._create_
def _enum(cls, name, *args, **kwargs):
    created.append(name)
    return _create(cls, name, *args, **kwargs)
enum.EnumType._create_ = _enum
from aisafe_desktop.gui import launch, main_window
seen = []
_painted = main_window.MainWindow._home_painted
def _recording(self, rows, complete):
    seen.append({"rows": rows, "complete": complete, "model_rows": self.home.model.rowCount(),
                 "first_id": self.home.model.rows[0].id,
                 "walkthrough": self._walkthrough is not None,
                 "results": self._results is not None,
                 "workspace": self.ctx.workspace is not None,
                 "enums": list(created),
                 "modules": sorted(sys.modules)})
    _painted(self, rows, complete)
main_window.MainWindow._home_painted = _recording
code = launch.main(["--data-dir", sys.argv[1]])
print(json.dumps({"code": code, "seen": seen}))
"""


def run(script: str, data: Path) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AISAFE_SMOKE_TEST="1",
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    out = subprocess.run([sys.executable, "-c", script, str(data)], env=env,
                         capture_output=True, text=True, check=False, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def loaded(modules: object, *names: str) -> list[str]:
    assert isinstance(modules, list)
    return sorted(m for m in modules if m in names or m.startswith(tuple(f"{n}." for n in names)))


def test_the_window_is_painted_before_the_data_and_the_screens(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Workspace.open(AppPaths.resolve(data)) as ws:  # an existing database, with a row
        ws.create_assessment("asean-ai-governance-readiness")
    save_settings(AppPaths.resolve(data), Settings(first_run_done=True))
    shown = run(FIRST_SHOW, data)
    assert shown["code"] == 0
    modules = shown["modules"]
    assert "aisafe_desktop.gui.main_window" in loaded(modules, "aisafe_desktop")  # it works
    # no database opened, nor its code imported
    assert loaded(modules, "sqlite3", "_sqlite3", "sqlalchemy", "alembic",
                  "aisafe_desktop.storage", "aisafe_desktop.services.workspace") == []
    # neither the screens, their widgets and texts, nor the questionnaire readers
    assert loaded(modules, "aisafe_desktop.gui.home", "aisafe_desktop.gui.walkthrough",
                  "aisafe_desktop.gui.results", "aisafe_desktop.gui.widgets",
                  "aisafe_desktop.gui.error_texts", "aisafe_desktop.gui.design_style",
                  "aisafe_desktop.core.loader", "yaml", "ryml") == []
    # PySide sets up all of the `Qt` namespace's enums on the first use of any of them (Key has
    # 471 members: ~15 ms). (QStyle's are made: the light palette starts from the style's.)
    enums = shown["enums"]
    assert isinstance(enums, list) and "QtMsgType" in enums  # the recording works
    assert sorted(set(enums) & {"Key", "GlobalColor", "AlignmentFlag", "ItemDataRole"}) == []


def test_home_is_painted_with_its_newest_rows_first(tmp_path: Path) -> None:
    data = tmp_path / "data"
    count = HOME_FIRST_ROWS + 20
    with Workspace.open(AppPaths.resolve(data)) as ws:
        for i in range(count):
            newest = ws.create_assessment("ai-system-risk-triage", title=f"Assessment {i}")
    save_settings(AppPaths.resolve(data), Settings(first_run_done=True))
    result = run(HOME, data)
    assert result["code"] == 0
    first, later = result["seen"][0], result["seen"][1:]
    assert (first["rows"], first["complete"], first["model_rows"]) == (HOME_FIRST_ROWS, False,
                                                                       HOME_FIRST_ROWS)
    assert first["first_id"] == newest  # the newest first
    assert not first["walkthrough"] and not first["results"]  # built after Home is painted
    # the questionnaires are parsed (and the YAML readers imported) after Home is painted
    assert loaded(first["modules"], "aisafe_desktop.core.loader", "yaml", "ryml",
                  "aisafe_desktop.gui.walkthrough", "sqlalchemy") == []
    # the first rows were read with plain SQL: the data is opened, and the services and the
    # questionnaire model imported, once they are painted (~50 ms off the way to Home)
    assert not first["workspace"]
    assert "aisafe_desktop.services.first_rows" in first["modules"]  # the recording works
    assert loaded(first["modules"], "aisafe_desktop.services.workspace",
                  "aisafe_desktop.services.dto", "aisafe_desktop.services.assessments",
                  "aisafe_desktop.core.model", "aisafe_desktop.core.answers",
                  "aisafe_desktop.storage.migrate", "alembic") == []
    # no PySide look-up of a Qt-private object's type (the viewport, the focus chain: it sets up
    # the enums of every QtWidgets class, ~55, e.g. QWizard's and QFileDialog's), and no message
    # box, button box or form layout class (imported where used)
    enums = first["enums"]
    assert "ItemDataRole" in enums  # the recording works
    assert sorted(set(enums) & {"WizardButton", "FileMode", "FontDialogOption", "ButtonLayout",
                                "FieldGrowthPolicy", "RowWrapPolicy"}) == []
    assert later and (later[-1]["rows"], later[-1]["complete"]) == (count, True)
    assert later[-1]["workspace"] and later[-1]["first_id"] == newest


def test_what_is_asked_on_home_before_the_data_is_open_runs_once_it_is(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    """Home is painted with its first rows before the data is opened: an op asked for then (a
    row opened, an import, New) waits for the data instead of failing."""
    with Workspace.open(paths) as ws:
        only = ws.create_assessment("asean-ai-governance-readiness", title="Only")
    seen: list[tuple[int, bool, bool]] = []
    listed: list[list[int]] = []

    def painted(rows: int, complete: bool) -> None:
        seen.append((rows, complete, window.ctx.workspace is None))
        if len(seen) == 1:
            op(window.ctx, lambda ws: ws.list_assessments()).success(
                lambda rows: listed.append([r.id for r in rows])).run()

    window = make_window(paths, wait=False)
    window.home_painted.connect(painted)
    qtbot.waitUntil(lambda: bool(seen) and seen[-1][1], timeout=20000)
    assert seen[0] == (1, False, True)  # painted before the data was open
    qtbot.waitUntil(lambda: bool(listed), timeout=20000)
    assert listed == [[only]] and seen[-1] == (1, True, False)
    assert not window.ctx.errors.last_text


def test_home_painted_while_the_data_is_closed_opens_it_only_at_start_up(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    """Home painted again with rows not yet complete while the data is closed (after a failed
    opening, during a restore) does not open the data a second time."""
    with Workspace.open(paths) as ws:
        ws.create_assessment("asean-ai-governance-readiness", title="Only")
    window = make_window(paths)
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 1, timeout=10000)
    workspace = window.ctx.workspace
    assert workspace is not None
    window.ctx.workspace = None  # as restore_backup does while it works
    try:
        window.home.rows_painted.emit(1, False)
        assert not window.ctx.tasks.busy  # nothing opened
    finally:
        window.ctx.workspace = workspace


def test_switching_to_home_paints_before_it_reads_the_list_again(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    """Home shows the rows it showed last and reads them again once they are painted: reading
    10,000 rows on the pool thread during the paint made the paint wait for the interpreter."""
    with Workspace.open(paths) as ws:
        first = ws.create_assessment("asean-ai-governance-readiness", title="First")
    window = make_window(paths)
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 1, timeout=10000)
    window.open_assessment(first)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.walkthrough
                    and not window.ctx.tasks.busy, timeout=20000)
    window.ctx.ws.create_assessment("asean-ai-governance-readiness", title="Second")
    painted: list[tuple[int, bool]] = []
    window.home.rows_painted.connect(lambda rows, complete: painted.append((rows, complete)))
    window.show_home()
    assert not window.ctx.tasks.busy  # nothing read yet: Home is painted first
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 2, timeout=10000)
    assert painted[0] == (1, False)  # the last list painted, then read again (and painted)
    qtbot.waitUntil(lambda: painted[-1] == (2, True), timeout=10000)
