"""Colours that stay readable in light, dark and high-contrast palettes.

Secondary ("quiet") text is the text colour mixed towards the background only as far as it keeps a
WCAG contrast of at least 4.5:1 (Qt's PlaceholderText colour promises no contrast at all, and
styles and themes set it freely).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

AA_TEXT = 4.5
AA_GRAPHICS = 3.0


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mix(a: QColor, b: QColor, share_of_b: float) -> QColor:
    t = max(0.0, min(1.0, share_of_b))
    return QColor.fromRgbF(a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
                           a.blueF() * (1 - t) + b.blueF() * t)


def secondary_text(palette: QPalette) -> QColor:
    """The faintest mix of text towards background that still reads at 4.5:1."""
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(QPalette.ColorRole.Window)
    for step in range(40, -1, -5):
        candidate = mix(text, background, step / 100)
        if contrast(candidate, background) >= AA_TEXT:
            return candidate
    return text


# A visible focus ring where the platform style draws none: flat (link-like) buttons, raised-on-
# hover tool buttons ("Why we ask") and the focusable result heading. palette(highlight) follows
# light, dark and high-contrast palettes; 2 px keeps a 3:1 contrast against the page (WCAG 2.4.7).
FOCUS_RING = """
QPushButton:flat:focus, QToolButton[autoRaise="true"]:focus, QLabel:focus {
    border: 2px solid palette(highlight);
    border-radius: 3px;
}
"""
