"""The main window's size: from the screen it opens on, never larger than its available area.

A fixed 1100×760 cut off Back/Next on a 1366×768 laptop with a taskbar. The first start takes
most of the available area (up to a comfortable reading size); later starts restore the saved
geometry, pulled back inside the available area if the screen became smaller (a laptop undocked).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

MIN_SIZE = QSize(800, 520)  # every page must work from here (1024×600 with a taskbar, zoomed)
COMFORT = QSize(1280, 900)  # larger than this and lines get too long to read
SHARE = 0.92  # of the available area on a first start


def first_start(available: QRect) -> QRect:
    width = min(COMFORT.width(), round(available.width() * SHARE))
    height = min(COMFORT.height(), round(available.height() * SHARE))
    rect = QRect(0, 0, max(1, width), max(1, height))
    rect.moveCenter(available.center())
    return rect


def inside(saved: QRect, available: QRect) -> QRect:
    """`saved`, shrunk to fit and moved so that all of it is on the available area."""
    width = min(saved.width(), available.width())
    height = min(saved.height(), available.height())
    left = min(max(saved.left(), available.left()), available.right() - width + 1)
    top = min(max(saved.top(), available.top()), available.bottom() - height + 1)
    return QRect(left, top, width, height)
