"""The inbox table: display values computed once per row, never in `data()` calls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from aisafe_desktop.services.inbox import Submission

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

VERDICT_TOKENS = {"trusted": "success", "untrusted": "warning", "invalid": "danger"}


def verdict_colour(verdict: str) -> QColor:
    """The design tokens' status colour of a verdict in the colour scheme in effect (it reads at
    4.5:1 as text on the page, and black or white text reads on it as a banner)."""
    from aisafe_desktop.gui.theme import scheme_colours

    return QColor(getattr(scheme_colours(), VERDICT_TOKENS.get(verdict, "danger")))


def verdict_text(verdict: str) -> str:
    return {
        "trusted": QCoreApplication.translate("InboxModel", "Trusted"),
        "untrusted": QCoreApplication.translate("InboxModel", "Not trusted"),
        "invalid": QCoreApplication.translate("InboxModel", "Invalid"),
    }.get(verdict, verdict)


def status_text(status: str) -> str:
    return {
        "new": QCoreApplication.translate("InboxModel", "New"),
        "under-review": QCoreApplication.translate("InboxModel", "Under review"),
        "accepted": QCoreApplication.translate("InboxModel", "Accepted"),
        "returned": QCoreApplication.translate("InboxModel", "Returned"),
    }.get(status, status)


class InboxTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Submission] = []
        self._cells: list[tuple[str, ...]] = []
        # band id → title in the officer's language (empty until the questionnaires are read:
        # the rows show the title stored at receive time meanwhile)
        self.band_titles: dict[str, str] = {}

    def set_rows(self, rows: Sequence[Submission]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._cells = [self._display(row) for row in self.rows]
        self.endResetModel()

    def set_band_titles(self, titles: dict[str, str]) -> None:
        self.band_titles = titles
        self.set_rows(self.rows)

    def _display(self, row: Submission) -> tuple[str, ...]:
        score = f"{row.score:.0f}" if row.score is not None else ""
        return (verdict_text(row.verdict.value), status_text(row.status.value),
                row.organisation or row.file_name, row.country, row.sector, row.questionnaire,
                self.band_titles.get(row.band) or row.band_title or row.band, score, row.signer,
                row.received.strftime("%Y-%m-%d %H:%M"))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 0:
            return verdict_colour(self.rows[index.row()].verdict.value)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            # a tooltip is rich text when it looks like HTML: the reason comes from a file
            from html import escape

            from aisafe_desktop.gui.verify_reason_texts import findings_text

            row = self.rows[index.row()]
            return escape(findings_text(row.findings, row.reason))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("InboxModel", str(COLUMNS[section][1]))
        return None
