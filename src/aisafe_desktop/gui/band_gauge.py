"""The result on the questionnaire's own scale of bands (e.g. Level I to Level IV), drawn with
QPainter: one segment per band, as wide as its range, coloured from green (least severe) to red
(most severe); the result's band stands out and a marker shows the overall score (unless a red
flag or a floor set the band, away from the score). Replaces a bare
percentage; the whole percentage is still written beside it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from aisafe_desktop.core.display import band_colour, whole_percent
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult
from aisafe_desktop.gui.theme import faint, readable


@dataclass(frozen=True)
class Segment:
    band_id: str
    label: str
    low: float
    high: float
    colour: str
    current: bool


def segments(q: Questionnaire, result: ScoreResult, language: str) -> list[Segment]:
    """The bands in score order (low to high), the result's band marked."""
    bands = sorted(q.scoring.bands, key=lambda b: (b.minimum, b.maximum))
    return [Segment(b.id, b.label.get(language), b.minimum, b.maximum, band_colour(q, b.id),
                    b.id == result.band and result.outcome is None) for b in bands]


LABEL_LINES = 2  # a band's label wraps onto a second line before it is cut ("Tahap impak IV: …")


def label_lines(metrics: QFontMetrics, text: str, width: int) -> str:
    """`text` as drawn under its segment: wrapped at words within LABEL_LINES lines, the last
    one cut with "…" only if the text needs more (a Malay level label was cut on one line)."""
    words, lines, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and metrics.horizontalAdvance(candidate) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    if len(lines) > LABEL_LINES:
        lines = [*lines[: LABEL_LINES - 1], " ".join(lines[LABEL_LINES - 1 :])]
    lines = [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]
    return "\n".join(lines)


class BandGauge(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: list[Segment] = []
        self.score: float | None = None
        self.marked = False  # the score's marker is drawn
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_result(self, q: Questionnaire, result: ScoreResult, language: str) -> None:
        self.segments = segments(q, result, language)
        self.score = None if result.outcome else result.overall
        # The marker shows where the points fall; when a red flag or a floor set the band, they
        # fall in another band (a marker over "Level I" beside a Level IV result): no marker.
        self.marked = self.score is not None and result.band == result.score_band
        self.updateGeometry()
        self.update()

    def position(self) -> tuple[int, int] | None:
        """(1-based number of the result's band, number of bands), or None."""
        for number, segment in enumerate(self.segments, start=1):
            if segment.current:
                return number, len(self.segments)
        return None

    def describe(self, template: str) -> str:
        """The gauge in words for screen readers: `template` has {band}, {number}, {count},
        {bands} and {score}."""
        where = self.position()
        if where is None:
            return ""
        return template.format(band=self.segments[where[0] - 1].label, number=where[0],
                               count=where[1], bands=", ".join(s.label for s in self.segments),
                               score=whole_percent(self.score or 0))

    def _bar_height(self) -> int:
        return int(self.fontMetrics().lineSpacing() * 1.4)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        return QSize(480, self._bar_height() + metrics.lineSpacing() * LABEL_LINES + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.segments:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        metrics = self.fontMetrics()
        low = min(s.low for s in self.segments)
        high = max(s.high for s in self.segments)
        span = (high - low) or 1.0
        width = self.width() - 2
        top = metrics.lineSpacing() // 2 + 8  # room for the marker
        bar_h = self._bar_height()
        for segment in self.segments:
            left = 1 + width * (segment.low - low) / span
            right = 1 + width * (segment.high - low) / span
            rect = QRectF(left, top, right - left, bar_h)
            # the PDF's band colour, made to reach 3:1 on a dark or high-contrast window
            window = palette.color(QPalette.ColorRole.Window)
            colour = readable(QColor(segment.colour), window)
            if not segment.current:
                colour = faint(colour, window)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(rect.adjusted(1, 0, -1, 0))
            if segment.current:  # outlined in the text colour: not told by colour alone
                painter.setPen(QPen(palette.color(QPalette.ColorRole.WindowText), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(1, 1, -1, -1))
            font = painter.font()
            font.setBold(segment.current)
            painter.setFont(font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text_rect = QRectF(left + 1, top + bar_h + 4, right - left - 2,
                               metrics.lineSpacing() * LABEL_LINES)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, label_lines(painter.fontMetrics(),
                                                                     segment.label,
                                                                     int(text_rect.width())))
        if self.score is not None and self.marked:
            x = 1 + width * (min(max(self.score, low), high) - low) / span
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.WindowText))
            size = max(6.0, metrics.lineSpacing() / 3)
            painter.drawPolygon(QPolygonF([QPointF(x - size, top - size - 2),
                                           QPointF(x + size, top - size - 2),
                                           QPointF(x, top - 1)]))
        painter.end()
