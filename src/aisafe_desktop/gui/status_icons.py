"""Status icons of an assessment, drawn with QPainter in the palette's colours (so they follow
the light, dark and high-contrast themes): in progress is a half-filled circle, complete a
filled circle with a tick in the scheme's "good" colour, report exported a filled circle with two
ticks in the accent colour (design tokens; the tick is black or white, whichever reads on the fill).
Shape, not colour alone, tells them apart; the status is also written next to the icon."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui.theme import on_colour, scheme_colours


def status_icon(status: AssessmentStatus, size: int = 16) -> QIcon:
    """The icon, with a variant for a selected row drawn in the highlighted-text colour (the
    half-filled circle in the text colour disappeared on the accent of a selected row)."""
    palette = QApplication.palette()
    icon = QIcon(_pixmap(status, size, palette.color(QPalette.ColorRole.WindowText), None))
    on_highlight = palette.color(QPalette.ColorRole.HighlightedText)
    icon.addPixmap(_pixmap(status, size, on_highlight, on_highlight), QIcon.Mode.Selected)
    return icon


def _pixmap(status: AssessmentStatus, size: int, text: QColor, fill: QColor | None) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = QRectF(1.5, 1.5, size - 3, size - 3)
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
        if fill is None:
            fill = QColor(scheme_colours().success if status is AssessmentStatus.COMPLETED
                          else scheme_colours().accent)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(ring)
        tick = QPen(on_colour(fill), max(1.5, size / 9))
        tick.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(tick)
        painter.drawPolyline([QPointF(size * 0.28, size * 0.52), QPointF(size * 0.44, size * 0.68),
                              QPointF(size * 0.72, size * 0.34)])
        if status is AssessmentStatus.EXPORTED:  # a second tick: sent on, as a report
            painter.drawLine(QPointF(size * 0.56, size * 0.68), QPointF(size * 0.80, size * 0.42))
    painter.end()
    return pixmap
