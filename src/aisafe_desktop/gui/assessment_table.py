"""The table of assessments on Home: a Qt model over `AssessmentSummary` rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)

from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui.widgets import escape_rich

if TYPE_CHECKING:
    from aisafe_desktop.services.dto import AssessmentSummary

Index = QModelIndex | QPersistentModelIndex
STATUS_COLUMN = 3
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
    """Unambiguous in every locale: the month in words, in the interface language ("7 December
    2026 2:32 pm", "2026年12月7日 14:32"), never "12/7/26" (7 December or 12 July?). Tables sort
    by the time itself (SORT_ROLE), not by this text."""
    from aisafe_desktop.gui.locale_text import date_time_text

    return date_time_text(moment)


class AssessmentTableModel(QAbstractTableModel):
    """Display texts are computed once per row, when a row is first asked for (the rows on
    screen, a sample to size the columns), then for the rest a few hundred rows at a time while
    the window is idle (the search field filters on them): for 10,000 assessments computing them
    all at once held the window 130 ms before Home could be painted. Sort keys are computed for
    the column sorted by, from the row's values (not from the date's text). Qt asks data() ~15
    times per cell while sorting and sizing, so data() only looks values up."""

    FILL_ROWS = 400  # display texts computed per idle step

    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.rows: list[AssessmentSummary] = []
        self.language = language
        self.icon_size = 16
        self._texts: list[tuple[str, ...] | None] = []
        self._row_of: dict[int, int] = {}
        self._statuses: dict[AssessmentStatus, str] = {}
        self._filled = 0  # rows before this one all have their texts
        self._fill = QTimer(self)
        self._fill.setInterval(0)
        self._fill.timeout.connect(self._fill_some)

    def set_rows(self, rows: Sequence[AssessmentSummary], language: str) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.language = language
        self._statuses = {status: status_text(status) for status in AssessmentStatus}
        self._texts = [None] * len(self.rows)
        self._row_of = {row.id: i for i, row in enumerate(self.rows)}
        self._filled = 0
        self.endResetModel()
        if self.rows:
            self._fill.start()

    def texts(self, row: int) -> tuple[str, ...]:
        """The display texts of a row (computed on first use)."""
        texts = self._texts[row]
        if texts is None:
            texts = self._texts[row] = self._display_row(self.rows[row])
        return texts

    def _fill_some(self) -> None:
        end = min(len(self.rows), self._filled + self.FILL_ROWS)
        for row in range(self._filled, end):
            self.texts(row)
        self._filled = end
        if end >= len(self.rows):
            self._fill.stop()

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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.texts(index.row())[index.column()]
        if role == SORT_ROLE:
            return self._sort_key(self.rows[index.row()], index.column())
        if role == ID_ROLE:
            return self.rows[index.row()].id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return escape_rich(self.rows[index.row()].title)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == STATUS_COLUMN:
            return self._icon(self.rows[index.row()].status)
        return None

    def _icon(self, status: AssessmentStatus) -> Any:
        """One icon per status, drawn once per size (data() is called very often)."""
        from aisafe_desktop.gui.status_icons import status_icon

        cache: dict[AssessmentStatus, Any] = self.__dict__.setdefault("_icons", {})
        if status not in cache:
            cache[status] = status_icon(status, self.icon_size)
        return cache[status]

    def set_icon_size(self, size: int) -> None:
        """Status icons drawn at `size` pixels (they follow the text size)."""
        if size != self.icon_size:
            self.icon_size = size
            self.forget_icons()

    def forget_icons(self) -> None:
        """The colours or the size changed (Settings, or the system went dark): draw them again."""
        self.__dict__.pop("_icons", None)
        if self.rows:
            self.dataChanged.emit(self.index(0, STATUS_COLUMN),
                                  self.index(len(self.rows) - 1, STATUS_COLUMN),
                                  [Qt.ItemDataRole.DecorationRole])

    def _display_row(self, row: AssessmentSummary) -> tuple[str, ...]:
        return tuple(self._column_text(row, column) for column in range(7))

    def _column_text(self, row: AssessmentSummary, column: int) -> str:
        lang = self.language
        if column == 0:
            return row.title
        if column == 1:
            return row.questionnaire_title.get(lang)
        if column == 2:
            return row.ai_system_name or ""
        if column == 3:
            return self._statuses[row.status]
        if column == 4:
            return f"{round(100 * row.progress)} %"
        if column == 5:
            if row.band_label is None or row.status is AssessmentStatus.DRAFT:
                return ""
            return row.band_label.get(lang)
        return local_time(row.updated_at)

    def _sort_key(self, row: AssessmentSummary, column: int) -> Any:
        if column == 4:
            return row.progress
        if column == 6:
            return row.updated_at.timestamp()
        return self._column_text(row, column).casefold()

    def row_of(self, assessment_id: int) -> int:
        return self._row_of.get(assessment_id, -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows here, by keys computed once per row for that column, in one Python sort
        (a proxy sort calls data() twice per comparison: ~260,000 calls for 10,000 rows)."""
        if not 0 <= column < 7 or not self.rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_ids = [self.rows[i.row()].id for i in before]
        keys = [self._sort_key(row, column) for row in self.rows]
        order_ = sorted(range(len(self.rows)), key=keys.__getitem__,
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = [self.rows[i] for i in order_]
        self._texts = [self._texts[i] for i in order_]
        self._filled = 0  # (rows already computed are skipped quickly)
        self._row_of = {row.id: i for i, row in enumerate(self.rows)}
        self.changePersistentIndexList(
            before, [self.index(self._row_of[aid], i.column()) for aid, i in zip(old_ids, before,
                                                                                  strict=True)])
        self.layoutChanged.emit()

    def sample_texts(self, column: int, count: int = 60) -> list[str]:
        """Texts of up to `count` rows spread over the list, to size a column without asking
        for every row (ResizeToContents asked for all of them)."""
        if not self.rows:
            return []
        step = max(1, len(self.rows) // count)
        return [self.texts(row)[column] for row in range(0, len(self.rows), step)[:count]]


class SourceSortingProxy(QSortFilterProxyModel):
    """Filters (the search field) but leaves sorting to the table model, which sorts by keys
    computed once per row."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
