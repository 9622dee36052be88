"""The inbox dashboard: counts and shares by verdict, result, status, country, sector and
questionnaire, the most frequent red flags and submissions per month, drawn with QPainter, for
the same filter as the table, and exportable as a PDF summary."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.inbox_model import status_text, verdict_text
from aisafe_desktop.gui.inbox_session import InboxHandle
from aisafe_desktop.gui.theme import secondary_text
from aisafe_desktop.gui.widgets import no_tab_stop, plain_label

if TYPE_CHECKING:
    from aisafe_desktop.gui.inbox_window import InboxWindow
    from aisafe_desktop.services.inbox_summary import InboxSummary
    from aisafe_desktop.storage.inbox_repository import InboxFilter

MAX_BARS = 12


class BarChart(QWidget):
    """Horizontal bars with their label, count and share; labels are drawn as plain text."""

    def __init__(self, title: str, counts: list[tuple[str, int]], total: int) -> None:
        super().__init__()
        self.title = title
        self.counts = counts[:MAX_BARS]
        self.total = max(total, 1)
        lines = "\n".join(f"{label}: {count}" for label, count in self.counts)
        self.setAccessibleName(title)
        self.setAccessibleDescription(lines)
        self.setMinimumWidth(320)

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).height() + 8
        return QSize(420, line * (len(self.counts) + 1) + 12)

    def minimumSizeHint(self) -> QSize:
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        line = metrics.height() + 8
        text_colour = self.palette().windowText().color()
        font = self.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         self.title)
        painter.setFont(self.font())
        label_width = min(self.width() * 0.4, 220)
        number_width = metrics.horizontalAdvance("00000 (100 %)") + 8
        bar_space = max(self.width() - label_width - number_width - 8, 20)
        if not self.counts:
            painter.setPen(secondary_text(self.palette()))
            painter.drawText(QRectF(0, line, self.width(), line), Qt.AlignmentFlag.AlignVCenter,
                             self.tr("None"))
        biggest = max((count for _, count in self.counts), default=1)
        bar = self.palette().color(QPalette.ColorRole.Highlight)  # the accent
        for row, (label, count) in enumerate(self.counts, start=1):
            top = row * line
            shown = metrics.elidedText(label or "—", Qt.TextElideMode.ElideRight,
                                       int(label_width) - 6)
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, top, label_width, line),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)
            width = bar_space * count / max(biggest, 1)
            painter.fillRect(QRectF(label_width, top + 4, width, line - 8), bar)
            share = round(100 * count / self.total)
            painter.drawText(QRectF(label_width + width + 6, top, number_width, line),
                             Qt.AlignmentFlag.AlignVCenter, f"{count} ({share} %)")
        painter.end()


class DashboardDialog(QDialog):
    def __init__(self, window: InboxWindow, wanted: InboxFilter) -> None:
        super().__init__(window)
        self.window_ = window
        self.wanted = wanted
        self.summary: InboxSummary | None = None
        self.setWindowTitle(self.tr("Inbox dashboard"))
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        self.total_label = plain_label(self.tr("Counting…"))
        layout.addWidget(self.total_label)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        area = no_tab_stop(QScrollArea())
        area.setWidgetResizable(True)
        area.setWidget(self.grid_host)
        layout.addWidget(area, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = QPushButton(self.tr("Export PDF summary…"))
        self.pdf_button.setEnabled(False)
        self.pdf_button.clicked.connect(self.export_pdf)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        language = window.ctx.language

        def work(handle: InboxHandle) -> InboxSummary:
            from aisafe_desktop.services.inbox_summary import named, summarise

            return named(summarise(handle.inbox, wanted), handle.catalogue, language)

        window.session.read(work, self._show)  # beside a receive, as the table

    def charts(self, summary: InboxSummary) -> list[tuple[str, list[tuple[str, int]]]]:
        return [
            (self.tr("Verdict"), [(verdict_text(v), n) for v, n in summary.by_verdict]),
            (self.tr("Result"), list(summary.by_band_title)),
            (self.tr("Review status"), [(status_text(v), n) for v, n in summary.by_status]),
            (self.tr("Country"), list(summary.by_country)),
            (self.tr("Sector"), list(summary.by_sector)),
            (self.tr("Questionnaire"), list(summary.by_questionnaire)),
            (self.tr("Most frequent red flags"), list(summary.top_red_flags)),
            (self.tr("Most frequent recommendations"), list(summary.top_recommendations)),
            (self.tr("Received per month"), list(summary.by_month)),
        ]

    def _show(self, summary: InboxSummary) -> None:
        self.summary = summary
        self.total_label.setText(self.tr("%n report(s) match the table's filters.", "",
                                         summary.total))
        for index, (title, counts) in enumerate(self.charts(summary)):
            self.grid.addWidget(BarChart(title, counts, summary.total), index // 2, index % 2)
        self.pdf_button.setEnabled(True)

    def export_pdf(self) -> None:
        if self.summary is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF summary"),
                                              "inbox-summary.pdf", self.tr("PDF (*.pdf)"))
        if not name:
            return
        from aisafe_desktop.services.inbox_summary import write_summary_pdf

        charts = self.charts(self.summary)
        title = self.tr("Inbox summary")
        total = self.total_label.text()
        out = Path(name)

        def work(_handle: InboxHandle) -> Path:
            write_summary_pdf(out, title, total, charts)
            return out

        self.window_.session.run(work, lambda path: self.window_.statusBar().showMessage(
            self.tr("Saved the summary to {file}").format(file=str(path))))
