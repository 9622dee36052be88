"""Roles Qt does not give our widgets by itself, for screen readers (AT-SPI, UIA):
- a Heading is a heading (Orca and NVDA jump between headings with H), not a plain label;
- a question card is a group named with its question, so that moving into it reads the question
  first ("Does the system use AI?, grouping"). The options of a choice question are in no group
  of their own: one named with the question too made Orca say it twice;
- a tool bar's name follows its title (Qt's own interface keeps the title it was made with, so
  after a live language switch the bar was still "Navigation" in Malay);
- each of them gives its widget's locale (AT-SPI Accessible.GetLocale, UIA's Culture), as Qt's
  own interfaces do: a question card in English under a Malay interface is read in English;
- a window's status notice (`widgets.Notice`) is a notification, which Orca speaks when it shows.

Installed once with `install()` (launch.build_context). The interfaces are created by Qt's
accessibility cache on demand, only while an assistive technology (or a test) asks.
"""

from __future__ import annotations

from typing import cast

import shiboken6
from PySide6.QtCore import QLocale, QObject
from PySide6.QtGui import QAccessible, QAccessibleAttributesInterface, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QToolBar, QWidget

_installed: list[bool] = []
_alive: dict[int, QAccessibleInterface] = {}  # the Python side must outlive Qt's use of it


class _Named(QAccessibleWidget, QAccessibleAttributesInterface):
    def __init__(self, widget: QWidget, role: QAccessible.Role, name: str) -> None:
        QAccessibleWidget.__init__(self, widget, role)
        QAccessibleAttributesInterface.__init__(self)
        self._name = name

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        """A Python subclass of QAccessibleWidget loses Qt's attributes interface (the bridge
        then reports the interface language for every heading and group): give our own, the
        C++ half of this object that is a QAccessibleAttributesInterface. PySide6 wants a
        VoidPtr here (its stub says int; a plain int or None crashes); VoidPtr(0): "none"."""
        if kind == QAccessible.InterfaceType.AttributesInterface:
            return cast(int, shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1]))
        found = QAccessibleWidget.interface_cast(self, kind)
        return found if found is not None else cast(int, shiboken6.VoidPtr(0))

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Locale]

    def attributeValue(self, key: QAccessible.Attribute) -> QLocale | None:
        return self.widget().locale() if key == QAccessible.Attribute.Locale else None

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            widget = self.widget()
            return widget.accessibleName() or self._name or widget.windowTitle()
        return str(super().text(kind))


def _interface(_key: str, target: QObject) -> QAccessibleInterface | None:
    from aisafe_desktop.gui.question_card import QuestionCard
    from aisafe_desktop.gui.widgets import Heading, Notice

    made: QAccessibleInterface | None = None
    if isinstance(target, Notice):
        made = _Named(target, QAccessible.Role.Notification, "")
    elif isinstance(target, QToolBar):
        made = _Named(target, QAccessible.Role.ToolBar, "")
    elif isinstance(target, Heading):
        made = _Named(target, QAccessible.Role.Heading, target.text())
    elif isinstance(target, QuestionCard):
        language = target.language
        made = _Named(target, QAccessible.Role.Grouping, target.question.text.get(language))
    if made is not None:
        key = id(target)
        _alive[key] = made

        def forget(*_args: object) -> None:
            _alive.pop(key, None)

        target.destroyed.connect(forget)
    return made


def install() -> None:
    if not _installed:
        QAccessible.installFactory(_interface)
        _installed.append(True)
