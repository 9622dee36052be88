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


def test_every_upgrade_completion_and_export_is_a_row_and_a_csv_line(
        qtbot: QtBot, tmp_path: Path) -> None:
    import datetime as dt

    from aisafe_desktop.core.loader import load_file
    from aisafe_desktop.gui.locale_text import iso_time
    from aisafe_desktop.gui.ui_state import UiState
    from aisafe_desktop.services.change_log import ChangeEvent, ChangeKind

    loaded = load_file(Path(__file__).parents[1] / "reporting" / "data" / "mini-risk.yaml")
    assert loaded.questionnaire is not None
    start = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    steps = [(ChangeKind.CREATED, None, ""), (ChangeKind.ANSWERED, "decisions", ""),
             (ChangeKind.COMPLETED, None, ""), (ChangeKind.EXPORTED, None, "first.pdf"),
             (ChangeKind.UPGRADED, None, "1.1.0"), (ChangeKind.COMPLETED, None, ""),
             (ChangeKind.EXPORTED, None, "second.pdf")]
    events = [ChangeEvent(start + dt.timedelta(hours=i), kind, qid, detail, "siti")
              for i, (kind, qid, detail) in enumerate(steps)]
    dialog = ChangeLogDialog("Loan triage", events, loaded.questionnaire, "en",
                             UiState.load(tmp_path))
    qtbot.addWidget(dialog)
    rows = dialog.rows()
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Created", "", ""), ("Answered", "Does the system make decisions about people?", ""),
        ("Completed", "", ""), ("Report exported", "", "first.pdf"),
        ("Upgraded", "", "to version 1.1.0"), ("Completed", "", ""),
        ("Report exported", "", "second.pdf")]
    items = [dialog.table.item(r, 1) for r in range(dialog.table.rowCount())]
    assert [item.text() if item else None for item in items] == [r[1] for r in rows]
    out = tmp_path / "log.csv"
    dialog.write(out)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        written = [tuple(line) for line in csv.reader(handle)][1:]
    # the same rows; the table says when in the interface language, the file in ISO 8601
    assert [line[1:] for line in written] == [r[1:] for r in rows]
    assert [line[0] for line in written] == [r[0] for r in dialog.rows(iso_time)]
    assert "December" in rows[0][0]  # the table: the month in words
    assert [line[0][:10] for line in written] == [
        (start + dt.timedelta(hours=i)).astimezone().date().isoformat() for i in range(len(steps))]
