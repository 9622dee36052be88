"""The change log page, opened from Results with Alt+L: every step in plain words, and the CSV
export (formula-like cells made harmless)."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.change_log import ChangeLogDialog
from tests.gui.conftest import WindowFactory
from tests.gui.driver import start_assessment, walk_through
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_change_log_from_results_shows_and_exports(qtbot: QtBot, make_window: WindowFactory,
                                                   paths: AppPaths, tmp_path: Path) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=20000)
    window.activateWindow()
    qtbot.keyClick(window.results.result_heading, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "change_log_dialog", None),
                                       ChangeLogDialog), timeout=10000)
    dialog = window.change_log_dialog
    rows = dialog.rows()
    assert rows[0][1] == "Created" and rows[-1][1] == "Completed"
    answered = [r for r in rows if r[1] == "Answered"]
    assert answered and any(r[2] == "Does the system use AI?" for r in answered)
    assert dialog.table.rowCount() == len(rows)
    out = tmp_path / "log.csv"
    dialog.write(out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        written = list(csv.reader(handle))
    assert written[0] == ["When", "What", "Question", "Details", "By"]
    assert len(written) == len(rows) + 1
