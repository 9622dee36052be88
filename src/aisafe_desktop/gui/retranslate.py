"""One way for a widget to follow a live language switch.

Every widget that shows user-interface words derives from `Retranslating` (before its Qt class:
`class HomePage(Retranslating, QWidget)`) and sets all its words in `_retranslate()`. Qt sends a
LanguageChange event to every widget when a translator is installed or removed; the mixin turns it
into that one call (the Frescobaldi pattern), so no widget repeats the `changeEvent` boilerplate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    _Base = QWidget  # for the type checker: the mixin always sits in front of a QWidget
else:
    _Base = object


class Retranslating(_Base):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """Set every user-interface word of this widget (called on each language change)."""
        raise NotImplementedError
