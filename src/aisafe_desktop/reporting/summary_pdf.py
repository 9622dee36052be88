"""The inbox's PDF summary: one page of bar charts (ReportLab graphics), fonts embedded."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from aisafe_desktop.reporting.errors import ReportError

Chart = tuple[str, Sequence[tuple[str, int]]]
MAX_BARS = 12


def render_summary(title: str, subtitle: str, charts: Sequence[Chart]) -> bytes:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Spacer

    from aisafe_desktop.reporting import fonts, layout

    fonts.ensure_registered()
    style = layout.styles()
    out = io.BytesIO()
    builder = layout.ReportDoc(header=title)
    doc = builder.make(out, title=title, author="AISafe Desktop", subject=subtitle,
                       creator="AISafe Desktop")
    story: list[Any] = [layout.Heading(title, style["title"], 0),
                        layout.para(subtitle, style["subtitle"]),
                        layout.para(dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
                                    style["small"])]
    for name, counts in charts:
        shown = list(counts)[:MAX_BARS]
        parts: list[Any] = [layout.Heading(name, style["h2"], 1)]
        if not shown:
            parts.append(layout.para("—", style["body"]))
        else:
            height = 8 * mm * len(shown) + 10 * mm
            drawing = Drawing(170 * mm, height)
            chart = HorizontalBarChart()
            chart.x, chart.y = 60 * mm, 5 * mm
            chart.width, chart.height = 100 * mm, height - 10 * mm
            chart.data = [[count for _, count in reversed(shown)]]
            chart.categoryAxis.categoryNames = [(label or "—")[:40] for label, _ in
                                                reversed(shown)]
            chart.categoryAxis.labels.fontName = fonts.BASE_FONT
            chart.valueAxis.labels.fontName = fonts.BASE_FONT
            chart.valueAxis.valueMin = 0
            chart.bars[0].fillColor = layout.ACCENT
            chart.barLabelFormat = "%d"
            chart.barLabels.fontName = fonts.BASE_FONT
            chart.barLabels.nudge = 8
            drawing.add(chart)
            drawing.add(String(0, 0, "", fontName=fonts.BASE_FONT))
            parts.append(drawing)
        parts.append(Spacer(1, 4 * mm))
        story.append(KeepTogether(parts))
    try:
        doc.build(story, canvasmaker=layout.canvas_class("{page} / {pages}", "AISafe Desktop"))
    except Exception as error:  # ReportLab raises bare exceptions for layout failures
        raise ReportError("the summary could not be laid out: {detail}",
                          detail=str(error)) from error
    return out.getvalue()
