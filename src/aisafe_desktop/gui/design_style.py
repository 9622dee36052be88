"""The design tokens' proxy style (gui/design.py): layout metrics from the spacing scale, and
radio and check indicators, button panels and field frames drawn readably on dark palettes.
Installed by `design.install_style` right after the first window is shown."""

from __future__ import annotations

from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from aisafe_desktop.gui.design import Space, px


class DesignStyle(QProxyStyle):
    """The platform style with the spacing scale as its layout metrics: windows and dialogs get
    16 px margins, panels 12 px, and items 8 px apart (all scaled with the text size). Qt's own
    defaults (9 to 11 px margins, 6 px spacing) are on no scale."""

    _MARGIN_METRICS = frozenset({QStyle.PixelMetric.PM_LayoutLeftMargin,
                                 QStyle.PixelMetric.PM_LayoutTopMargin,
                                 QStyle.PixelMetric.PM_LayoutRightMargin,
                                 QStyle.PixelMetric.PM_LayoutBottomMargin})
    _SPACING_METRICS = frozenset({QStyle.PixelMetric.PM_LayoutHorizontalSpacing,
                                  QStyle.PixelMetric.PM_LayoutVerticalSpacing})

    def pixelMetric(self, metric: QStyle.PixelMetric, option: QStyleOption | None = None,
                    widget: QWidget | None = None) -> int:
        if metric in self._MARGIN_METRICS:
            return px(Space.L if widget is not None and widget.isWindow() else Space.M)
        if metric in self._SPACING_METRICS:
            return px(Space.S)
        return super().pixelMetric(metric, option, widget)


    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        """Radio and check indicators drawn in the palette's Mid and Text colours on a dark or
        high-contrast palette: Fusion darkens the window colour for their outline, which on a
        dark window is nearly invisible (WCAG 1.4.11 asks 3:1)."""
        kinds = (QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                 QStyle.PrimitiveElement.PE_IndicatorCheckBox)
        frames = (QStyle.PrimitiveElement.PE_PanelButtonCommand,
                  QStyle.PrimitiveElement.PE_FrameLineEdit, QStyle.PrimitiveElement.PE_Frame)
        if not _is_dark(option.palette) or element not in (*kinds, *frames):
            super().drawPrimitive(element, option, painter, widget)
        elif element in kinds:
            _draw_indicator(element is kinds[0], option, painter)
        else:  # Fusion outlines buttons and fields in a darker window colour: invisible on dark
            _draw_frame(element is frames[0], option, painter)
        if element is frames[0] and option.state & QStyle.StateFlag.State_HasFocus:
            _draw_focus_ring(option, painter)


def _draw_focus_ring(option: QStyleOption, painter: QPainter) -> None:
    """A second ring inside a focused button: Fusion outlines the default button (Continue,
    Next, Export) and a focused one alike, so the focus on a default button did not show
    (WCAG 2.4.7; compared pixel for pixel under a real X server)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QPen

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), 1.5))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(option.rect).adjusted(2.5, 2.5, -2.5, -2.5), 2, 2)
    painter.restore()


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _draw_indicator(radio: bool, option: QStyleOption, painter: QPainter) -> None:
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QPen

    palette, state = option.palette, option.state
    rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
    side = min(rect.width(), rect.height())
    rect = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    enabled = bool(state & QStyle.StateFlag.State_Enabled)
    ink = palette.color(QPalette.ColorRole.Text if enabled else QPalette.ColorRole.Mid)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid) if enabled else ink, 1.5))
    painter.setBrush(palette.color(QPalette.ColorRole.Base))
    if radio:
        painter.drawEllipse(rect)
        if state & QStyle.StateFlag.State_On:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            inner = side * 0.25
            painter.drawEllipse(rect.center(), inner, inner)
    else:
        painter.drawRoundedRect(rect, 2, 2)
        if state & (QStyle.StateFlag.State_On | QStyle.StateFlag.State_NoChange):
            pen = QPen(ink, max(1.5, side / 7))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            left, top = rect.left(), rect.top()
            if state & QStyle.StateFlag.State_NoChange:
                painter.drawLine(QPointF(left + side * 0.25, top + side / 2),
                                 QPointF(left + side * 0.75, top + side / 2))
            else:
                painter.drawPolyline([QPointF(left + side * 0.22, top + side * 0.52),
                                      QPointF(left + side * 0.42, top + side * 0.72),
                                      QPointF(left + side * 0.78, top + side * 0.30)])
    painter.restore()


def _draw_frame(button: bool, option: QStyleOption, painter: QPainter) -> None:
    """A button's panel (also a combo box's) or a field's frame, outlined in the palette's Mid
    colour (3:1 on a dark window), in the accent when focused or the default button."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPen
    from PySide6.QtWidgets import QStyleOptionButton

    palette, state = option.palette, option.state
    rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
    default = (isinstance(option, QStyleOptionButton)
               and bool(option.features & QStyleOptionButton.ButtonFeature.DefaultButton))
    focused = bool(state & QStyle.StateFlag.State_HasFocus)
    edge = palette.color(QPalette.ColorRole.Highlight if focused or default
                         else QPalette.ColorRole.Mid)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(edge, 1))
    if button:
        fill = palette.color(QPalette.ColorRole.Button)
        if state & (QStyle.StateFlag.State_Sunken | QStyle.StateFlag.State_On):
            fill = fill.lighter(140)
        elif state & QStyle.StateFlag.State_MouseOver:
            fill = fill.lighter(120)
        painter.setBrush(fill)
    else:
        from PySide6.QtCore import Qt

        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect, 3, 3)
    painter.restore()
