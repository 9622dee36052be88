"""The history of an answer from its card: when, old → new, comment changes, by whom; exported
as CSV with formula-looking cells made inert."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.answer_history import HistoryDialog, write_csv
from aisafe_desktop.gui.question_widgets import ShortTextEditor
from tests.gui.conftest import WindowFactory
from tests.gui.driver import editor_of, open_state, shown_page, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_history_of_an_answer_and_its_export(qtbot: QtBot, make_window: WindowFactory,
                                             paths: AppPaths, tmp_path: Path) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    card = shown_page(walk).cards["system-name"]
    field = editor_of(card, ShortTextEditor).field
    for text in ("Loan helper", "=HYPERLINK(1)"):
        field.clear()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=10000)
        assert window.ctx.ws.open_assessment(open_state(walk).id).answers["system-name"].value \
            == text
    assert card.history_button.accessibleName() == "History: What is the system called?"
    card.history_button.click()
    qtbot.waitUntil(lambda: isinstance(getattr(walk, "history_dialog", None), HistoryDialog),
                    timeout=10000)
    dialog = walk.history_dialog
    rows = dialog.rows()
    assert rows[0][1] == "Loan helper → =HYPERLINK(1)" and rows[1][1] == "— → Loan helper"
    assert dialog.table.rowCount() == len(rows) >= 2
    out = tmp_path / "history.csv"
    write_csv(out, rows)
    with open(out, encoding="utf-8-sig", newline="") as handle:
        cells = list(csv.reader(handle))
    assert cells[0][1] == "Loan helper → =HYPERLINK(1)"  # starts with text: left as it is
    write_csv(out, [("=1+1", "-2", "@x", "ok")])
    with open(out, encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle)) == ["'=1+1", "'-2", "'@x", "ok"]
    dialog.reject()
