"""The assessment's change log on its own page (a dialog): when, what happened, which question,
details and by whom; exportable as CSV (the answers document carries it too)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
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

from aisafe_desktop.gui.answer_history import write_csv
from aisafe_desktop.gui.assessment_table import local_time
from aisafe_desktop.gui.locale_text import iso_time
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import Heading, resize_within_screen, translate_buttons, wrapped
from aisafe_desktop.services.change_log import ChangeEvent, ChangeKind

if TYPE_CHECKING:
    from aisafe_desktop.core.model import Questionnaire
    from aisafe_desktop.gui.ui_state import UiState


class ChangeLogDialog(Retranslating, QDialog):
    def __init__(self, title: str, events: list[ChangeEvent], questionnaire: Questionnaire,
                 language: str, ui_state: UiState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events, self.questionnaire, self.language = events, questionnaire, language
        self.ui_state = ui_state
        self.title = title
        self.heading = Heading(title, level=2)
        self.empty = wrapped()
        self.table = QTableWidget(0, 5)
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
        resize_within_screen(self, 860, 520)

    def kind_names(self) -> dict[ChangeKind, str]:
        return {ChangeKind.CREATED: self.tr("Created"), ChangeKind.ANSWERED: self.tr("Answered"),
                ChangeKind.COMMENTED: self.tr("Comment changed"),
                ChangeKind.IMPORTED: self.tr("Imported"), ChangeKind.UPGRADED: self.tr("Upgraded"),
                ChangeKind.COMPLETED: self.tr("Completed"),
                ChangeKind.EXPORTED: self.tr("Report exported")}

    def rows(self, when: Callable[[dt.datetime], str] = local_time,
             ) -> list[tuple[str, str, str, str, str]]:
        """(when, what, question, detail, by) — oldest first, as shown and exported (the file
        with ISO 8601 times: `when=iso_time`)."""
        names = self.kind_names()
        index = self.questionnaire.question_index()
        found = []
        for event in self.events:
            question = ""
            if event.question_id is not None:
                known = index.get(event.question_id)
                question = known.text.get(self.language) if known else event.question_id
            detail = event.detail
            if event.kind is ChangeKind.UPGRADED and detail:
                detail = self.tr("to version {version}").format(version=detail)
            found.append((when(event.when), names[event.kind], question, detail, event.by))
        return found

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Change log"))
        headers = [self.tr("When"), self.tr("What"), self.tr("Question"), self.tr("Details"),
                   self.tr("By")]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setAccessibleName(self.tr("Change log"))
        self.empty.setText(self.tr("No changes yet."))
        self.empty.setVisible(not self.events)
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
        chosen = save_file(self.ui_state, self, self.tr("Export the change log"),
                           f"change-log-{stamp}.csv", self.tr("CSV files (*.csv)"))
        if chosen is not None:
            self.write(chosen)

    def write(self, target: Path) -> None:
        write_csv(target, [(self.tr("When"), self.tr("What"), self.tr("Question"),
                                       self.tr("Details"), self.tr("By")),
                           *self.rows(iso_time)])
