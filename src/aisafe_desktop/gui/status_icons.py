"""Status icons of an assessment, drawn with QPainter in the palette's colours (so they follow
the light, dark and high-contrast themes): in progress is a half-filled circle, complete a
filled circle with a tick, report exported a filled circle with a tick in the accent colour.
Shape, not colour alone, tells them apart; the status is also written next to the icon."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.status import AssessmentStatus

COMPLETE_GREEN = "#2E7D32"


def status_icon(status: AssessmentStatus, size: int = 16) -> QIcon:
    palette = QApplication.palette()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = QRectF(1.5, 1.5, size - 3, size - 3)
    text = palette.color(QPalette.ColorRole.WindowText)
    if status is AssessmentStatus.DRAFT:
        painter.setPen(QPen(text, 1.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(ring)
        half = QPainterPath()
        half.moveTo(ring.center())
        half.arcTo(ring, 90, 180)  # the left half: started, not finished
        half.closeSubpath()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text)
        painter.drawPath(half)
    else:
        fill = (QColor(COMPLETE_GREEN) if status is AssessmentStatus.COMPLETED
                else palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(ring)
        tick = QPen(QColor("white"), max(1.5, size / 9))
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(tick)
        painter.drawPolyline([QPointF(size * 0.28, size * 0.52), QPointF(size * 0.44, size * 0.68),
                              QPointF(size * 0.72, size * 0.34)])
        if status is AssessmentStatus.EXPORTED:  # a second tick: sent on, as a report
            painter.drawLine(QPointF(size * 0.56, size * 0.68), QPointF(size * 0.80, size * 0.42))
    painter.end()
    return QIcon(pixmap)
