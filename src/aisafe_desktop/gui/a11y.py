"""Roles Qt does not give our widgets by itself, for screen readers (AT-SPI, UIA):
- a Heading is a heading (Orca and NVDA jump between headings with H), not a plain label;
- a question card, and the group of options of a choice question, is a named group, so that
  moving into it reads the question first ("Does the system use AI?, grouping").

Installed once with `install()` (launch.build_context). The interfaces are created by Qt's
accessibility cache on demand, only while an assistive technology (or a test) asks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QWidget

_installed: list[bool] = []
_alive: dict[int, QAccessibleInterface] = {}  # the Python side must outlive Qt's use of it


class _Named(QAccessibleWidget):
    def __init__(self, widget: QWidget, role: QAccessible.Role, name: str) -> None:
        super().__init__(widget, role)
        self._name = name

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self.widget().accessibleName() or self._name
        return str(super().text(kind))


def _interface(_key: str, target: QObject) -> QAccessibleInterface | None:
    from aisafe_desktop.gui.choice_editors import ChoiceEditor
    from aisafe_desktop.gui.question_card import QuestionCard
    from aisafe_desktop.gui.widgets import Heading

    made: QAccessibleInterface | None = None
    if isinstance(target, Heading):
        made = _Named(target, QAccessible.Role.Heading, target.text())
    elif isinstance(target, QuestionCard | ChoiceEditor):
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
