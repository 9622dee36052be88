"""Closing the window while answers are not saved yet: ask, never drop them silently."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from aisafe_desktop.gui.widgets import message_box, set_informative_text


class CloseGuard(QObject):
    """The words of the question (a QObject so that `tr` carries Qt's plural forms)."""

    def title(self) -> str:
        return self.tr("Answers not saved")

    def question(self, count: int) -> str:
        return self.tr("%n answer(s) could not be saved yet. Save them now, or close and "
                       "discard them?", "", count)

    def discard(self, count: int) -> str:
        return self.tr("Discard %n answer(s) and close", "", count)

    def retry(self) -> str:
        return self.tr("Try to save again")


def ask_unsaved(parent: QWidget, count: int, reason: str, on_retry: Callable[[], None],
                on_discard: Callable[[], None]) -> QMessageBox:
    """"Save, or discard N unsaved answers?" Save tries again and keeps the window open; Discard
    closes without them; Cancel (Esc) keeps everything as it is."""
    words = CloseGuard()
    buttons = QMessageBox.StandardButton
    box = message_box(QMessageBox.Icon.Warning, words.title(), words.question(count),
                      buttons.Save | buttons.Discard | buttons.Cancel, parent)
    if reason:
        set_informative_text(box, reason)
    box.button(buttons.Save).setText(words.retry())
    box.button(buttons.Discard).setText(words.discard(count))
    box.button(buttons.Cancel).setText(QCoreApplication.translate("Buttons", "Cancel"))
    box.setDefaultButton(buttons.Save)
    box.setEscapeButton(buttons.Cancel)

    def finished(result: int) -> None:
        if result == buttons.Save.value:
            on_retry()
        elif result == buttons.Discard.value:
            on_discard()

    box.finished.connect(finished)
    box.finished.connect(box.deleteLater)
    box.open()
    return box
