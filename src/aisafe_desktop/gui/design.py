"""Design tokens: one spacing scale, one type scale and one set of colours for every screen.

- Spacing: 0, 4, 8, 12, 16, 24 and 32 px at 100 % text, growing with the text size (half as fast:
  200 % text gets 1.5× the room, see `spacing_scale`). Layouts get their default margins and
  spacing from `DesignStyle`; a layout that needs other values sets them with `set_margins` /
  `set_spacing`, which remember the step and re-apply it when the text size changes
  (`refresh_spacing`).
- Type: page title, section heading, sub-heading, body and caption, as multiples of the user's
  base font (Settings → Text size). `set_text_role` gives a widget its role's font and keeps it
  when the text size changes.
- Colour: one calm accent (a deep teal blue) with dark and high-contrast variants, and status
  colours (good / caution / problem) per colour scheme. theme.py builds the palettes from them and
  picks readable text on top (`theme.on_colour`); tests check every pair the app draws reaches
  WCAG AA (4.5:1 for text, 3:1 for graphics) in each scheme.

Nothing here imports Qt's `Qt` namespace: the style is made before the first window is shown.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from enum import Enum, IntEnum

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLayout, QWidget

BASE_POINT_SIZE = 10.0  # fonts.BASE_POINT_SIZE: the application font at 100 % text


class Space(IntEnum):
    """The spacing scale, in pixels at 100 % text."""

    NONE = 0
    XS = 4
    S = 8
    M = 12
    L = 16
    XL = 24
    XXL = 32


class TextRole(Enum):
    """The type scale: point size as a multiple of the base font, and weight."""

    PAGE_TITLE = (1.6, True)
    SECTION = (1.25, True)
    SUBSECTION = (1.1, True)
    BODY = (1.0, False)
    STRONG = (1.0, True)  # body text that must stand out (a question, a red flag)
    CAPTION = (0.9, False)

    @property
    def factor(self) -> float:
        return self.value[0]

    @property
    def bold(self) -> bool:
        return self.value[1]


TYPE_FACTORS = frozenset(role.factor for role in TextRole)
HEADING_ROLES = {1: TextRole.PAGE_TITLE, 2: TextRole.SECTION, 3: TextRole.SUBSECTION}


@dataclass(frozen=True)
class SchemeColours:
    """The colours of one scheme. `accent` is the palette's highlight and link colour; the status
    colours are used for icons, banners, chart marks and coloured text on the page, so each
    reaches 4.5:1 against the scheme's window and base colours."""

    accent: str
    success: str
    warning: str
    danger: str


# Light: a calm teal blue (5.7:1 on white), status colours dark enough for text on white.
# Dark: the same hues lightened to read on #202124. High contrast: saturated light colours on black.
COLOURS = {
    "light": SchemeColours(accent="#1F6E8C", success="#1B6B2A", warning="#8A4B00",
                           danger="#B3261E"),
    "dark": SchemeColours(accent="#8CCDE8", success="#81C995", warning="#F0B45A",
                          danger="#F28B82"),
    "high-contrast": SchemeColours(accent="#FFFF00", success="#5CFF7A", warning="#FFC34D",
                                   danger="#FF8A80"),
}


def text_scale() -> float:
    """The user's text size (1.0 = 100 %), read from the application font."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return 1.0
    size = app.font().pointSizeF()
    return size / BASE_POINT_SIZE if size > 0 else 1.0


def spacing_scale() -> float:
    """Spacing grows half as fast as the text: 200 % text gets 1.5× the room. Doubling it too
    took 48 px of margins from a 1024-pixel-wide walk-through at 200 % and squeezed its buttons."""
    return 1 + (text_scale() - 1) / 2


def px(step: Space | int) -> int:
    """A spacing step in device-independent pixels at the current text size."""
    return round(int(step) * spacing_scale())


def scale_values() -> set[int]:
    """Every margin or spacing the scale allows at the current text size."""
    return {px(step) for step in Space}


_MARGINS = "design_margins"
_SPACING = "design_spacing"


def set_margins(layout: QLayout, left: Space, top: Space | None = None,
                right: Space | None = None, bottom: Space | None = None) -> None:
    """Contents margins from the scale (CSS order shorthand: one value for all four sides)."""
    top = left if top is None else top
    right = left if right is None else right
    bottom = top if bottom is None else bottom
    steps = [int(left), int(top), int(right), int(bottom)]
    layout.setProperty(_MARGINS, steps)
    layout.setContentsMargins(*(px(s) for s in steps))


def set_spacing(layout: QLayout, step: Space) -> None:
    layout.setProperty(_SPACING, int(step))
    layout.setSpacing(px(step))


def text_font(role: TextRole, base: QFont | None = None) -> QFont:
    # copies; not QFont(font), whose overloads set up Qt's enums (theme.platform_palette)
    font = copy.copy(base) if base is not None else QApplication.font()
    font.setPointSizeF(QApplication.font().pointSizeF() * role.factor)
    font.setBold(role.bold)
    return font


_ROLE = "design_text_role"


def set_text_role(widget: QWidget, role: TextRole) -> None:
    widget.setProperty(_ROLE, role.name)
    widget.setFont(text_font(role))


def _layouts(layout: QLayout) -> list[QLayout]:
    found = [layout]
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            found.extend(_layouts(child))
    return found


def refresh_spacing() -> None:
    """After the text size changed: re-apply every explicit spacing step and text role."""
    for widget in QApplication.allWidgets():
        role = widget.property(_ROLE)
        if isinstance(role, str) and role in TextRole.__members__:
            widget.setFont(text_font(TextRole[role]))
        top = widget.layout()
        if top is None:
            continue
        for layout in _layouts(top):
            margins = layout.property(_MARGINS)
            if margins is not None:
                layout.setContentsMargins(*(px(int(s)) for s in margins))
            spacing = layout.property(_SPACING)
            if spacing is not None:
                layout.setSpacing(px(int(spacing)))


def install_style(app: QApplication) -> None:
    """Wrap the application's style in `DesignStyle` (once; gui/design_style.py, imported here:
    the window is first shown without it, see launch.finish_style)."""
    from aisafe_desktop.gui.design_style import DesignStyle

    if not app.property("aisafe_design_style"):
        app.setStyle(DesignStyle(app.style().name()))
        app.setProperty("aisafe_design_style", True)
