"""Before the first change to an exported assessment: say that the signed PDF will no longer
match, and let the person change it, work on a copy instead, or leave it as it is.

Changing an answer makes the result provisional again (the assessment is "In progress"), while
the record of the exported PDF (file, hash, signer) stays in the database and in the history.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from aisafe_desktop.gui.widgets import message_box


class ExportGuard(QObject):
    def ask(self, parent: QWidget, on_change: Callable[[], None], on_copy: Callable[[], None],
            on_keep: Callable[[], None]) -> QMessageBox:
        buttons = QMessageBox.StandardButton
        box = message_box(
            QMessageBox.Icon.Warning, self.tr("Change an exported assessment?"),
            self.tr("This assessment was exported as a signed PDF. If you change an answer, the "
                    "PDF will no longer match the answers kept here, and the result becomes "
                    "provisional until you finish again. The record of the exported PDF is "
                    "kept.\n\nTo leave the exported answers as they are, work on a copy."),
            buttons.Yes | buttons.Save | buttons.Cancel, parent)
        box.button(buttons.Yes).setText(self.tr("Change the answers"))
        box.button(buttons.Save).setText(self.tr("Work on a copy"))
        box.button(buttons.Cancel).setText(self.tr("Leave it as it is"))
        box.setDefaultButton(buttons.Cancel)
        box.setEscapeButton(buttons.Cancel)

        def finished(result: int) -> None:
            if result == buttons.Yes.value:
                on_change()
            elif result == buttons.Save.value:
                on_copy()
            else:
                on_keep()

        box.finished.connect(finished)
        box.finished.connect(box.deleteLater)
        box.open()
        return box
