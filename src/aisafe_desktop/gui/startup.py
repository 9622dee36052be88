"""Plain dialogs for the problems that can stop the data from opening."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.gui.error_texts import localise
from aisafe_desktop.gui.widgets import message_box, translate_buttons

translate = QCoreApplication.translate


def startup_message(error: BaseException) -> tuple[str, str, bool]:
    """(title, text, offers_restore) for a start-up error."""
    from aisafe_desktop.services.errors import DatabaseCorrupt, DatabaseLocked, DatabaseTooNew

    if isinstance(error, DatabaseLocked):
        return (translate("Startup", "Already open"), translate(
            "Startup", "AISafe Desktop is already open in another window with the same data. "
            "Switch to that window, or close it and start the app again."), False)
    if isinstance(error, DatabaseTooNew):
        return (translate("Startup", "Newer data"), translate(
            "Startup", "Your data was saved by a newer version of AISafe Desktop. It has not "
            "been changed. Install that version (or a later one) to open it."), False)
    if isinstance(error, DatabaseCorrupt):
        if error.latest_backup is not None:
            return (translate("Startup", "Data damaged"), translate(
                "Startup", "The data file is damaged and cannot be opened. It has not been "
                "changed. Restore the latest backup ({backup})? The damaged file is kept as a "
                "copy.").format(backup=error.latest_backup.name), True)
        return (translate("Startup", "Data damaged"), translate(
            "Startup", "The data file is damaged and no backup was found. It has not been "
            "changed. Please contact your IT support; they can look at the file in the data "
            "folder."), False)
    text = localise(error, sentence=True) if isinstance(error, AisafeError) else str(error)
    return (translate("Startup", "Cannot open your data"), text, False)


def show_startup_error(parent: QWidget, error: BaseException, on_restore: Callable[[], None],
                       on_quit: Callable[[], None]) -> QMessageBox:
    title, text, offers_restore = startup_message(error)
    buttons = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Close
               if offers_restore else QMessageBox.StandardButton.Close)
    box = message_box(QMessageBox.Icon.Warning, title, text, buttons, parent)
    translate_buttons(box)
    if offers_restore:
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("Startup", "Restore the backup"))

    def finished(result: int) -> None:
        if offers_restore and result == QMessageBox.StandardButton.Yes.value:
            on_restore()
        else:
            on_quit()

    box.finished.connect(finished)
    box.open()
    return box
