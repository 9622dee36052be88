"""The desktop app (PySide6). The only package that imports Qt."""

from aisafe_desktop.gui.qt_compat import protect_none

protect_none()
