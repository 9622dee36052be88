"""Colours that stay readable in light, dark and high-contrast palettes.

Secondary ("quiet") text is the text colour mixed towards the background only as far as it keeps a
WCAG contrast of at least 4.5:1 (Qt's PlaceholderText colour promises no contrast at all, and
styles and themes set it freely).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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


class ColourScheme(StrEnum):
    """Settings → Colours. SYSTEM leaves the palette to the platform (which follows the system's
    light or dark mode where Qt supports it); the others set one explicitly."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


def _palette(colours: dict[QPalette.ColorRole, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, role, QColor(colour))
    disabled = QColor(colours[QPalette.ColorRole.WindowText])
    disabled.setAlphaF(0.55)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


R = QPalette.ColorRole
_DARK = {R.Window: "#202124", R.WindowText: "#e8eaed", R.Base: "#2b2c2f", R.AlternateBase: "#303134",
         R.Text: "#e8eaed", R.Button: "#303134", R.ButtonText: "#e8eaed", R.Highlight: "#8ab4f8",
         R.HighlightedText: "#202124", R.Link: "#8ab4f8", R.ToolTipBase: "#303134",
         R.ToolTipText: "#e8eaed", R.PlaceholderText: "#9aa0a6", R.Mid: "#5f6368",
         R.Light: "#3c4043", R.Dark: "#17181a"}
# Black and white with yellow highlight: 21:1 for text, 19:1 for the highlight (WCAG AAA).
_HIGH = {R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000",
         R.AlternateBase: "#1a1a1a", R.Text: "#ffffff", R.Button: "#000000",
         R.ButtonText: "#ffffff", R.Highlight: "#ffff00", R.HighlightedText: "#000000",
         R.Link: "#ffff00", R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff",
         R.PlaceholderText: "#d0d0d0", R.Mid: "#ffffff", R.Light: "#ffffff", R.Dark: "#ffffff"}


def apply_colours(app: QApplication, scheme: ColourScheme) -> None:
    if scheme is ColourScheme.DARK:
        app.setPalette(_palette(_DARK))
    elif scheme is ColourScheme.HIGH_CONTRAST:
        app.setPalette(_palette(_HIGH))
    else:  # light, and "follow the system": the style's own palette
        app.setPalette(app.style().standardPalette())
