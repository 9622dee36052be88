"""The quiet "Saved" indicator of the walk-through, and the queue of writes behind it.

Every answer is written by `Workspace.record_answer` on the task runner's single thread (in the
order given; see tasks.py for why not on the UI thread). The label says "Saving…" while writes are
queued, "Saved at 14:32" when the last one returned, and "Not saved" if one failed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTime
from PySide6.QtWidgets import QLabel, QWidget

from aisafe_desktop.gui.error_texts import localise
from aisafe_desktop.gui.widgets import language_change, quiet

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext

Problem = Callable[[str], None]  # shows why the value was refused, next to the question


class SavedIndicator(QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending = 0  # writes queued and not yet confirmed
        self.setObjectName("saved-indicator")
        quiet(self)
        self._retranslate()

    def save(self, work: Callable[[], object], on_problem: Problem | None = None) -> None:
        self.pending += 1
        self.setText(self.tr("Saving…"))
        self.ctx.tasks.run(work, lambda _when: self._done(None),
                           lambda error: self._done(error, on_problem))

    def _done(self, error: BaseException | None, on_problem: Problem | None = None) -> None:
        self.pending -= 1
        if error is None:
            if not self.pending:
                now = QTime.currentTime().toString("HH:mm")
                self.setText(self.tr("Saved at {time}").format(time=now))
            return
        self.setText(self.tr("Not saved: see the note at the question"))
        from aisafe_desktop.services.errors import InvalidAnswer

        if isinstance(error, InvalidAnswer) and on_problem is not None:
            on_problem(localise(error.reason))
        else:
            self.ctx.errors.present(error)

    def changeEvent(self, event: QEvent) -> None:
        if language_change(event):
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Save status"))
