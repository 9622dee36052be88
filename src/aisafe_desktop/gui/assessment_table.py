"""The table of assessments on Home: a Qt model over `AssessmentSummary` rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)

from aisafe_desktop.core.status import AssessmentStatus

if TYPE_CHECKING:
    from aisafe_desktop.services.dto import AssessmentSummary

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


translate = QCoreApplication.translate


def column_titles() -> list[str]:
    return [
        translate("AssessmentTable", "Title"),
        translate("AssessmentTable", "Questionnaire"),
        translate("AssessmentTable", "AI system"),
        translate("AssessmentTable", "Status"),
        translate("AssessmentTable", "Progress"),
        translate("AssessmentTable", "Result"),
        translate("AssessmentTable", "Last changed"),
    ]


def status_text(status: AssessmentStatus) -> str:
    return {
        AssessmentStatus.DRAFT: translate("AssessmentTable", "In progress"),
        AssessmentStatus.COMPLETED: translate("AssessmentTable", "Complete"),
        AssessmentStatus.EXPORTED: translate("AssessmentTable", "Report exported"),
    }[status]


def local_time(moment: dt.datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class AssessmentTableModel(QAbstractTableModel):
    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.rows: list[AssessmentSummary] = []
        self.language = language

    def set_rows(self, rows: Sequence[AssessmentSummary], language: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.language = language
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_titles()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._sort_key(row, index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return row.title
        return None

    def _display(self, row: AssessmentSummary, column: int) -> str:
        lang = self.language
        band = row.band_label.get(lang) if row.band_label is not None else ""
        values = [
            row.title,
            row.questionnaire_title.get(lang),
            row.ai_system_name or "",
            status_text(row.status),
            f"{round(100 * row.progress)} %",
            band if row.status is not AssessmentStatus.DRAFT else "",
            local_time(row.updated_at),
        ]
        return values[column]

    def _sort_key(self, row: AssessmentSummary, column: int) -> Any:
        if column == 4:
            return row.progress
        if column == 6:
            return row.updated_at.timestamp()
        return self._display(row, column).casefold()

    def row_of(self, assessment_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == assessment_id), -1)
