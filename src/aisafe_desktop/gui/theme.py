"""Colours that stay readable in light, dark and high-contrast palettes.

Secondary ("quiet") text is the text colour mixed towards the background only as far as it keeps a
WCAG contrast of at least 4.5:1 (Qt's PlaceholderText colour promises no contrast at all, and
styles and themes set it freely).
"""

from __future__ import annotations

import copy
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from aisafe_desktop.gui.design import SchemeColours

AA_TEXT = 4.5
AAA_TEXT = 7.0
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


def secondary_text(palette: QPalette,
                   background_role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The faintest mix of text towards background that still reads at 4.5:1 (7:1, WCAG AAA, in
    a high-contrast palette: quiet, not faint)."""
    text = palette.color(QPalette.ColorRole.WindowText)
    background = palette.color(background_role)
    wanted = AAA_TEXT if contrast(text, background) >= 18 else AA_TEXT
    for step in range(40, -1, -5):
        candidate = mix(text, background, step / 100)
        if contrast(candidate, background) >= wanted:
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
    """Settings → Colours. SYSTEM follows the platform's light or dark mode (and its changes while
    the app runs); the others set one explicitly. Every scheme uses the design tokens' accent."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high-contrast"


def _palette(colours: dict[QPalette.ColorRole, str], base: QPalette | None = None) -> QPalette:
    palette = copy.copy(base) if base is not None else QPalette()  # (see platform_palette)
    for role, colour in colours.items():  # all groups: a disabled button stays dark in dark mode
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):
            palette.setColor(group, role, QColor(colour))
    text = palette.color(QPalette.ColorRole.WindowText)
    disabled = copy.copy(text)
    disabled.setAlphaF(0.55)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    # Placeholder text promises no contrast in Qt: the quiet text colour does (4.5:1 on Base).
    quiet = secondary_text(palette, QPalette.ColorRole.Base)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, quiet)
    return palette


R = QPalette.ColorRole
_DARK = {R.Window: "#202124", R.WindowText: "#e8eaed", R.Base: "#2b2c2f", R.AlternateBase: "#303134",
         R.Text: "#e8eaed", R.Button: "#3c4043", R.ButtonText: "#e8eaed",
         R.ToolTipBase: "#303134", R.ToolTipText: "#e8eaed", R.Mid: "#80868b",
         R.Light: "#4a4e52", R.Midlight: "#43474b", R.Dark: "#17181a", R.Shadow: "#000000",
         R.BrightText: "#ffffff"}
# Black and white with a yellow accent: 21:1 for text, 19:1 for the highlight (WCAG AAA).
_HIGH = {R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000",
         R.AlternateBase: "#1a1a1a", R.Text: "#ffffff", R.Button: "#000000",
         R.ButtonText: "#ffffff", R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff",
         R.Mid: "#ffffff", R.Midlight: "#ffffff", R.Light: "#ffffff", R.Dark: "#ffffff",
         R.Shadow: "#ffffff", R.BrightText: "#ffffff"}


def on_colour(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (text on banners, ticks on icons)."""
    white, black = QColor("#ffffff"), QColor("#000000")
    return white if contrast(white, background) >= contrast(black, background) else black


def _accented(colours: dict[QPalette.ColorRole, str], accent: str) -> dict[QPalette.ColorRole, str]:
    on_accent = on_colour(QColor(accent)).name()
    return {**colours, R.Highlight: accent, R.HighlightedText: on_accent, R.Link: accent,
            R.LinkVisited: accent, R.Accent: accent}


def palette_for(scheme: ColourScheme, platform: QPalette | None = None) -> QPalette:
    """The palette of LIGHT, DARK or HIGH_CONTRAST (`platform`: the style's light palette)."""
    from aisafe_desktop.gui.design import COLOURS

    if scheme is ColourScheme.DARK:
        return _palette(_accented(_DARK, COLOURS["dark"].accent))
    if scheme is ColourScheme.HIGH_CONTRAST:
        return _palette(_accented(_HIGH, COLOURS["high-contrast"].accent))
    return _palette(_accented({}, COLOURS["light"].accent), platform)


def system_scheme(hint: object, platform: QPalette) -> ColourScheme:
    """LIGHT or DARK as the system is: the platform's colour-scheme hint (a Qt.ColorScheme) where
    it gives one, else whether the platform palette draws light text on a dark window.

    Compared by name: the first use of the `Qt` namespace (asking QStyleHints.colorScheme() too)
    costs 90-190 ms, which must not happen before the first window is shown, so start-up passes
    no hint and the main window asks once it is shown."""
    name = getattr(hint, "name", "")
    if name == "Dark":
        return ColourScheme.DARK
    if name == "Light":
        return ColourScheme.LIGHT
    window = luminance(platform.color(QPalette.ColorRole.Window))
    text = luminance(platform.color(QPalette.ColorRole.WindowText))
    return ColourScheme.DARK if window < text else ColourScheme.LIGHT


SCHEME_PROPERTY = "aisafe_colour_scheme"  # the scheme in effect (never "system"), on the app


PLATFORM_ATTRIBUTE = "_aisafe_platform_palette"  # the platform's palette, before we set ours


def platform_palette(app: QApplication) -> QPalette:
    """Kept as a Python attribute of the application object, not a Qt property: wrapping a
    QPalette in a QVariant makes PySide create the Python classes of the whole `Qt` enum
    namespace (95 enums, ~15 ms before the first paint), and so does QPalette's copy
    constructor (its overloads are tried against Qt.GlobalColor): copy.copy copies directly."""
    kept = getattr(app, PLATFORM_ATTRIBUTE, None)
    if isinstance(kept, QPalette):
        return kept
    palette = copy.copy(app.palette())
    setattr(app, PLATFORM_ATTRIBUTE, palette)
    return palette


def apply_colours(app: QApplication, scheme: ColourScheme, hint: object = None) -> ColourScheme:
    """Set the palette of `scheme` and return the scheme in effect (SYSTEM → LIGHT or DARK, by
    the platform's colour-scheme `hint` if given, else by the platform's palette)."""
    platform = platform_palette(app)
    effective = (system_scheme(hint, platform) if scheme is ColourScheme.SYSTEM else scheme)
    palette = palette_for(effective, app.style().standardPalette())
    changed = palette != app.palette()  # (the same scheme again repaints nothing)
    app.setProperty(SCHEME_PROPERTY, effective.value)
    if changed:
        app.setPalette(palette)
        if app.styleSheet():
            # Under an application style sheet (the focus ring) a new palette does not reach
            # widgets already polished (a dark switch left the Settings page light): re-polish.
            app.setStyleSheet(app.styleSheet())
        _recolour_quiet_text(app)
        _restyle_scheme_styled(app)
    return effective


QUIET_PROPERTY = "aisafe_quiet"  # a label in secondary text (widgets.quiet)


def _recolour_quiet_text(app: QApplication) -> None:
    """Quiet labels hold their own text colour; the palette-change event that re-colours them
    does not reach every one under the app's style sheet (1.8:1 in dark in a test run)."""
    colour = secondary_text(app.palette())
    for widget in app.allWidgets():
        if widget.property(QUIET_PROPERTY):
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour)
            widget.setPalette(palette)


STYLE_PROPERTY = "aisafe_scheme_style"  # a widget's style sheet template (scheme_styled)


def scheme_style(template: str) -> str:
    """`template` with the scheme's tokens filled in: {accent} {success} {warning} {danger},
    and {on_accent} … (black or white, whichever reads on that colour)."""
    from dataclasses import asdict

    tokens = asdict(scheme_colours())
    tokens.update({f"on_{k}": on_colour(QColor(v)).name() for k, v in list(tokens.items())})
    return template.format(**tokens)


def scheme_styled(widget: QWidget, template: str) -> None:
    """Style `widget` from a template of design tokens (see scheme_style), now and again after
    every switch of colour scheme: a banner already open took its colours once and kept the
    light ones in dark mode (Settings → Colours, or the desktop going dark)."""
    widget.setProperty(STYLE_PROPERTY, template)
    widget.setStyleSheet(scheme_style(template))


def _restyle_scheme_styled(app: QApplication) -> None:
    for widget in app.allWidgets():
        template = widget.property(STYLE_PROPERTY)
        if isinstance(template, str) and template:
            restyled = scheme_style(template)
            if widget.styleSheet() != restyled:
                widget.setStyleSheet(restyled)


def current_scheme() -> ColourScheme:
    app = QApplication.instance()
    value = app.property(SCHEME_PROPERTY) if app is not None else None
    return ColourScheme(value) if value in {"light", "dark", "high-contrast"} else ColourScheme.LIGHT


def scheme_colours() -> SchemeColours:
    """The design tokens' accent and status colours of the scheme in effect."""
    from aisafe_desktop.gui.design import COLOURS

    return COLOURS[current_scheme().value]


def readable(colour: QColor, background: QColor, ratio: float = AA_GRAPHICS) -> QColor:
    """`colour`, moved towards black or white just far enough to reach `ratio` on `background`
    (band colours shared with the PDF, drawn on a dark or high-contrast window)."""
    target = on_colour(background)
    for step in range(0, 101, 5):
        candidate = mix(colour, target, step / 100)
        if contrast(candidate, background) >= ratio:
            return candidate
    return target


def faint(colour: QColor, background: QColor, ratio: float = 1.8) -> QColor:
    """`colour` mixed towards `background` as far as it stays told apart from it (`ratio`): the
    bands of a gauge other than the result's."""
    for step in range(70, -1, -5):
        candidate = mix(colour, background, step / 100)
        if contrast(candidate, background) >= ratio:
            return candidate
    return colour
