"""A horizontal bar chart of the dimension scores, drawn with QPainter in the palette's colours
(so it follows light, dark and high-contrast themes)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from aisafe_desktop.core.status import AssessmentStatus

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext


@dataclass(frozen=True)
class Bar:
    label: str
    percent: float  # 0..100
    value_text: str  # what is written at the end of the bar, e.g. "62 %" or "2.5 / 4"


class DimensionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self.setAccessibleDescription("; ".join(f"{b.label}: {b.value_text}" for b in bars))
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return int(self.fontMetrics().lineSpacing() * 2.2)

    def sizeHint(self) -> QSize:
        return QSize(480, max(1, len(self.bars)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 16, int(self.width() * 0.4))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        label_w = self._label_width()
        value_w = max((metrics.horizontalAdvance(b.value_text) for b in self.bars), default=0) + 12
        track_w = max(40, self.width() - label_w - value_w - 4)
        row_h = self._row_height()
        bar_h = metrics.lineSpacing()
        for i, bar in enumerate(self.bars):
            top = 4 + i * row_h
            text_rect = QRectF(0, top, label_w - 8, row_h)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             label)
            track = QRectF(label_w, top + (row_h - bar_h) / 2, track_w, bar_h)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(track, 3, 3)
            filled = QRectF(track.left(), track.top(),
                            track.width() * max(0.0, min(bar.percent, 100.0)) / 100, track.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(filled, 3, 3)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(QRectF(track.right() + 8, top, value_w, row_h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             bar.value_text)
        painter.end()


def preview(ctx: AppContext) -> QWidget:
    """`python -m aisafe_desktop.gui.chart`: the bars of a completed sample assessment."""
    from aisafe_desktop.gui.results import dimension_bars

    done = next(s for s in ctx.ws.list_assessments() if s.status is AssessmentStatus.COMPLETED)
    state = ctx.ws.open_assessment(done.id)
    chart = DimensionChart()
    chart.set_bars(dimension_bars(state.questionnaire, ctx.ws.result(done.id), state.language))
    return chart


if __name__ == "__main__":
    import sys

    from aisafe_desktop.gui.preview import run_preview

    sys.exit(run_preview(preview))
