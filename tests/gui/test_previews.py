"""Every `python -m aisafe_desktop.gui.<module>` preview opens with the sample data, and the module
really runs as a program (one of them is started as a subprocess)."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from aisafe_desktop.gui.preview import sample_context

MODULES = ["home", "walkthrough", "results", "settings_page", "welcome", "new_assessment",
           "chart", "main_window"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("name", MODULES)
def test_preview_builds_with_sample_data(qtbot: QtBot, qapp: QApplication, tmp_path: Path, name: str) -> None:
    ctx = sample_context(qapp, tmp_path / "data")
    try:
        widget = importlib.import_module(f"aisafe_desktop.gui.{name}").preview(ctx)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitUntil(lambda: not ctx.tasks.busy)
        texts = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
        assert texts or name == "chart"
        if name == "chart":
            assert len(widget.bars) >= 3
        widget.close()
    finally:
        ctx.tasks.wait()
        if ctx.workspace is not None:
            ctx.workspace.close()


def test_a_preview_runs_as_a_program(tmp_path: Path) -> None:
    """Started with -m, shown, then closed by a timer in the child (offscreen)."""
    code = ("import sys, runpy;"
            "from PySide6.QtCore import QTimer;"
            "from PySide6.QtWidgets import QApplication;"
            "app = QApplication(sys.argv);"
            "QTimer.singleShot(1500, app.quit);"
            "sys.argv = ['home'];"
            "runpy.run_module('aisafe_desktop.gui.home', run_name='__main__')")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-2000:]
