"""One error presenter for the whole app.

A user error (bad input, an unfinished assessment, a file that is not an answers file: any
`AisafeError`) says what to do, in the user's language (`error_texts.localise`). An
environment problem (disk full, no permission) says which file and what to check. Anything else
is a bug: a calm dialog, a report file in the log folder, and never a traceback on screen.
Dialogs are opened window-modal with `open()`, not `exec()`, so nothing nests event loops.

The presenter is made before the first window is shown; what it needs to show a message (the
error texts, the message box helpers, QMessageBox's enums) is imported when it first shows one.
"""

from __future__ import annotations

import datetime as dt
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from aisafe_desktop import __version__
from aisafe_desktop.core.errors import AisafeError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget


def write_report(log_dir: Path, error: BaseException, tb: TracebackType | None) -> Path | None:
    """A plain-text report for the developers; None when even the log folder is not writable."""
    import platform  # 25 ms at start-up otherwise

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    lines = [f"AISafe Desktop {__version__}", f"Python {sys.version.split()[0]} on "
             f"{platform.platform()}", f"Time {dt.datetime.now().isoformat()}", "",
             *traceback.format_exception(type(error), error, tb)]
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        target = log_dir / f"error-{stamp}.txt"
        target.write_text("\n".join(line.rstrip("\n") for line in lines) + "\n", "utf-8")
    except OSError:
        return None
    return target


class ErrorPresenter(QObject):
    """Shows errors to the person at the keyboard; `last_text` is kept for tests."""

    def __init__(self, log_dir: Path, parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.log_dir = log_dir
        self.parent_widget = parent_widget
        self.last_text = ""
        self.last_report: Path | None = None
        self.dialogs: list[QMessageBox] = []

    def install(self) -> None:
        sys.excepthook = self._excepthook

    def _excepthook(self, kind: type[BaseException], error: BaseException,
                    tb: TracebackType | None) -> None:
        if isinstance(error, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        self.present(error, tb)

    def present(self, error: BaseException, tb: TracebackType | None = None) -> None:
        from aisafe_desktop.storage.disk_space import disk_full_behind

        error = disk_full_behind(error) or error  # "the disk is full: free N MB", translated
        if isinstance(error, AisafeError):
            from aisafe_desktop.gui.error_texts import localise

            self.user_error(self.tr("Please check"), localise(error, sentence=True))
        elif isinstance(error, OSError):
            self.environment_error(error)
        else:
            self.unexpected(error, tb or error.__traceback__)

    def user_error(self, title: str, message: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        return self._show(QMessageBox.Icon.Information, title, message)

    def environment_error(self, error: OSError) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        where = f"\n\n{error.filename}" if error.filename else ""
        text = self.tr("A file could not be read or written: {reason}. Check that the folder "
                       "exists, that you may write to it and that the disk is not full, then try "
                       "again.").format(reason=error.strerror or str(error)) + where
        return self._show(QMessageBox.Icon.Warning, self.tr("File problem"), text)

    def unexpected(self, error: BaseException, tb: TracebackType | None) -> QMessageBox:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        from aisafe_desktop.gui.widgets import set_informative_text

        self.last_report = write_report(self.log_dir, error, tb)
        text = self.tr("Something went wrong inside AISafe Desktop. Your answers so far are saved. "
                       "You can carry on, or restart the app if something looks wrong.")
        box = self._show(QMessageBox.Icon.Warning, self.tr("Something went wrong"), text)
        if self.last_report is not None:
            set_informative_text(box, self.tr("A report for the developers was saved in:\n"
                                              "{folder}").format(folder=self.log_dir))
            folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
            folder.clicked.connect(lambda: QDesktopServices.openUrl(
                QUrl.fromLocalFile(str(self.log_dir))))
        return box

    def _show(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        from PySide6.QtWidgets import QMessageBox

        from aisafe_desktop.gui.widgets import message_box, translate_buttons

        self.last_text = text
        box = message_box(icon, title, text, QMessageBox.StandardButton.Ok, self.parent_widget)
        translate_buttons(box)
        box.setAccessibleName(title)
        box.setAccessibleDescription(text)
        box.finished.connect(lambda _result: self._forget(box))
        self.dialogs.append(box)
        box.open()
        return box

    def _forget(self, box: QMessageBox) -> None:
        if box in self.dialogs:
            self.dialogs.remove(box)
        box.deleteLater()
