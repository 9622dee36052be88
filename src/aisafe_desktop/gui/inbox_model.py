"""The inbox table: a page at a time, display texts computed once per row, never in `data()`.

The window reads the first page (enough to fill the viewport) and Qt asks for the next ones as
the officer scrolls (`canFetchMore` / `fetchMore` → `more_wanted`); the rows come back through
`append_rows`. Qt calls `data()` for about ten roles per visible cell on every paint, so it only
looks values up.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from aisafe_desktop.gui.locale_text import date_time_text, number_text

if TYPE_CHECKING:
    from aisafe_desktop.services.inbox_table import TableRow

Index = QModelIndex | QPersistentModelIndex

# (sort key in the service, header): the header is marked for lupdate, translated when shown
COLUMNS: tuple[tuple[str, object], ...] = (
    ("verdict", QT_TRANSLATE_NOOP("InboxModel", "Verdict")),
    ("status", QT_TRANSLATE_NOOP("InboxModel", "Status")),
    ("organisation", QT_TRANSLATE_NOOP("InboxModel", "Organisation")),
    ("country", QT_TRANSLATE_NOOP("InboxModel", "Country")),
    ("sector", QT_TRANSLATE_NOOP("InboxModel", "Sector")),
    ("questionnaire_id", QT_TRANSLATE_NOOP("InboxModel", "Questionnaire")),
    ("band", QT_TRANSLATE_NOOP("InboxModel", "Result")),
    ("score", QT_TRANSLATE_NOOP("InboxModel", "Score")),
    ("signer", QT_TRANSLATE_NOOP("InboxModel", "Signer")),
    ("received_at", QT_TRANSLATE_NOOP("InboxModel", "Received")),
)
BAND_COLUMN = 6

VERDICT_TOKENS = {"trusted": "success", "untrusted": "warning", "invalid": "danger"}


def verdict_colour(verdict: str) -> QColor:
    """The design tokens' status colour of a verdict in the colour scheme in effect (it reads at
    4.5:1 as text on the page, and black or white text reads on it as a banner)."""
    from aisafe_desktop.gui.theme import scheme_colours

    return QColor(getattr(scheme_colours(), VERDICT_TOKENS.get(verdict, "danger")))


_DISPLAY = Qt.ItemDataRole.DisplayRole
_ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


def verdict_texts() -> dict[str, str]:
    return {
        "trusted": QCoreApplication.translate("InboxModel", "Trusted"),
        "untrusted": QCoreApplication.translate("InboxModel", "Not trusted"),
        "invalid": QCoreApplication.translate("InboxModel", "Invalid"),
    }


def status_texts() -> dict[str, str]:
    return {
        "new": QCoreApplication.translate("InboxModel", "New"),
        "under-review": QCoreApplication.translate("InboxModel", "Under review"),
        "accepted": QCoreApplication.translate("InboxModel", "Accepted"),
        "returned": QCoreApplication.translate("InboxModel", "Returned"),
    }


def verdict_text(verdict: str) -> str:
    return verdict_texts().get(verdict, verdict)


def status_text(status: str) -> str:
    return status_texts().get(status, status)


class InboxTableModel(QAbstractTableModel):
    """Signals:
        more_wanted(int): Qt wants the rows from this offset on (the view scrolled near the end).
    """

    more_wanted = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[TableRow] = []
        self._cells: list[list[str]] = []
        self._more = False  # the last page read was full: there may be more rows
        self._fetching = False
        # band id → title in the officer's language (empty until the questionnaires are read:
        # the rows show the title stored at receive time meanwhile)
        self.band_titles: dict[str, str] = {}
        self._texts: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self._locale = QLocale()

    def set_rows(self, rows: Sequence[TableRow], more: bool = False) -> None:
        """The first page of a new filter, sort or language: the one model reset."""
        self.beginResetModel()
        self._texts = (verdict_texts(), status_texts())
        self._locale = QLocale()  # the interface language's, for dates and scores
        self.rows = list(rows)
        self._cells = [self._display(row) for row in self.rows]
        self._more, self._fetching = more, False
        self.endResetModel()

    def append_rows(self, rows: Sequence[TableRow], more: bool) -> None:
        """The next page, asked for by `fetchMore`: inserted, not reset (the view keeps its
        scroll position and selection)."""
        self._more, self._fetching = more, False
        if not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self._cells.extend(self._display(row) for row in rows)
        self.endInsertRows()

    def fetch_failed(self) -> None:
        self._fetching = False

    def set_band_titles(self, titles: dict[str, str]) -> None:
        """Only the band column changes: its texts are redone, the rest is left alone."""
        self.band_titles = titles
        for row, cells in zip(self.rows, self._cells, strict=True):
            cells[BAND_COLUMN] = self._band(row)
        if self.rows:
            self.dataChanged.emit(self.index(0, BAND_COLUMN),
                                  self.index(len(self.rows) - 1, BAND_COLUMN), [_DISPLAY])

    def _band(self, row: TableRow) -> str:
        return self.band_titles.get(row.band) or row.band_title or row.band

    def _display(self, row: TableRow) -> list[str]:
        verdicts, statuses = self._texts
        score = number_text(row.score, 0, self._locale) if row.score is not None else ""
        return [verdicts.get(row.verdict.value, row.verdict.value),
                statuses.get(row.status.value, row.status.value),
                row.organisation or row.file_name, row.country, row.sector, row.questionnaire,
                self._band(row), score, row.signer, date_time_text(row.received, self._locale)]

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self.more_wanted.emit(len(self.rows))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = _DISPLAY) -> Any:
        if role in (_DISPLAY, _ACCESSIBLE):
            return self._cells[index.row()][index.column()] if index.isValid() else None
        if index.column() != 0 or not index.isValid():
            return None
        if role == _FOREGROUND:
            return verdict_colour(self.rows[index.row()].verdict.value)
        if role == _TOOLTIP:
            # a tooltip is rich text when it looks like HTML: the reason comes from a file
            from html import escape

            from aisafe_desktop.gui.verify_reason_texts import findings_text

            row = self.rows[index.row()]
            return escape(findings_text(row.findings, row.reason))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = _DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return QCoreApplication.translate("InboxModel", str(COLUMNS[section][1]))
        return None
