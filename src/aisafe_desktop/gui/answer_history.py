"""The history of one answer (when, old → new, comment changes, by whom), from its question card;
exportable as CSV for an audit. The storage keeps every change (answer_history, by trigger)."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.assessment_table import local_time
from aisafe_desktop.gui.locale_text import iso_time
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import Heading, resize_within_screen, translate_buttons, wrapped
from aisafe_desktop.reporting.answer_text import answer_text

if TYPE_CHECKING:
    from aisafe_desktop.core.model import Question
    from aisafe_desktop.gui.ui_state import UiState
    from aisafe_desktop.services.dto import HistoryEntry


class HistoryDialog(Retranslating, QDialog):
    def __init__(self, question: Question, entries: list[HistoryEntry], language: str,
                 ui_state: UiState, fallback: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question, self.entries, self.language = question, entries, language
        self.fallback = fallback
        self.ui_state = ui_state
        self.heading = Heading(question.text.get(language), level=2)
        self.empty = wrapped()
        self.table = QTableWidget(0, 4)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.empty, self.table, self.buttons):
            layout.addWidget(widget)
        self._retranslate()
        resize_within_screen(self, 760, 460)

    def rows(self, when: Callable[[dt.datetime], str] = local_time,
             ) -> list[tuple[str, str, str, str]]:
        """(when, answer change, comment change, by) — newest first, as shown and exported (the
        file with ISO 8601 times: `when=iso_time`)."""
        default = self.fallback
        found = []
        # newest first; entries come oldest first, and two changes can share a timestamp
        ordered = sorted(enumerate(self.entries), key=lambda pair: (pair[1].changed_at, pair[0]),
                         reverse=True)
        for _position, entry in ordered:
            old = answer_text(self.question, entry.old_value, self.language, default) or "—"
            new = answer_text(self.question, entry.new_value, self.language, default) or "—"
            change = "" if entry.old_value == entry.new_value else f"{old} → {new}"
            comment = "" if entry.old_comment == entry.new_comment else \
                f"{entry.old_comment or '—'} → {entry.new_comment or '—'}"
            found.append((when(entry.changed_at), change, comment, entry.os_user))
        return found

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("History of this answer"))
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Answer"),
                                              self.tr("Comment"), self.tr("By")])
        self.table.setAccessibleName(self.tr("History of this answer"))
        self.empty.setText(self.tr("No changes yet."))
        self.empty.setVisible(not self.entries)
        self.export_button.setText(self.tr("Export as CSV…"))
        rows = self.rows()
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        translate_buttons(self.buttons)

    def _export(self) -> None:
        from aisafe_desktop.gui.file_dialogs import save_file

        stamp = dt.datetime.now().strftime("%Y%m%d")
        chosen = save_file(self.ui_state, self, self.tr("Export the history"),
                           f"history-{self.question.id}-{stamp}.csv", self.tr("CSV files (*.csv)"))
        if chosen is not None:
            write_csv(chosen, [(self.tr("When"), self.tr("Answer"), self.tr("Comment"),
                                self.tr("By")), *self.rows(iso_time)])


def write_csv(target: Path, rows: Sequence[Sequence[str]]) -> None:
    """UTF-8 with a byte-order mark, so that spreadsheet programs read Malay and Thai right.
    Answers are outside text: a cell starting with = + - @ would run as a spreadsheet formula,
    so it is prefixed with an apostrophe (shown as text)."""
    def safe(cell: str) -> str:
        return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell

    with open(target, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([[safe(cell) for cell in row] for row in rows])
