"""The quiet "Saved" indicator of the walk-through, and the queue of writes behind it.

Every answer is written by `Workspace.record_answer` on the task runner's single thread (in the
order given; see tasks.py for why not on the UI thread). The label says "Saving…" while writes are
queued, "Saved at 14:32" when the last one returned.

Nothing typed is ever dropped: a write that fails for a reason outside the person's control (the
database busy, the disk full, a folder gone) is kept, its question is marked "not saved yet", and
it is tried again with back-off (1 s, 2 s, 4 s … 30 s). A newer value for the same question
replaces the kept one. `unsaved` counts what is still waiting, so closing the window can ask.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QTime, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.gui.error_texts import localise
from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import announce, caption

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.workspace import Workspace

Problem = Callable[[str], None]  # shows why the value was refused, next to the question
Key = tuple[str, str]  # ("answer" | "comment", question id) or ("action", recommendation id)
Mark = Callable[[str, bool], None]  # question id, unsaved?: marks the question card
FIRST_RETRY_MS = 1000
LAST_RETRY_MS = 30000


def _target(key: Key) -> tuple[bool, str]:
    """What a key's value belongs to: a question (answer and comment) or an action-plan item."""
    return key[0] == "action", key[1]


@dataclass
class _Pending:
    work: Callable[[Workspace], object]
    generation: int
    attempts: int = 0


class SavedIndicator(Retranslating, QLabel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pending = 0  # writes queued and not yet confirmed
        self.mark: Mark = lambda _question, _unsaved: None
        self.marks: dict[str, Mark] = {}  # a kind's own mark ("action": the results page's)
        self._generation: dict[Key, int] = {}
        self._failed: dict[Key, _Pending] = {}
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.retry_now)
        self.last_reason = ""
        self.setObjectName("saved-indicator")
        caption(self)
        self._retranslate()

    @property
    def unsaved(self) -> int:
        """Questions (and action-plan items) whose latest value is not in the database yet."""
        return len({_target(key) for key in self._failed})

    def _mark(self, key: Key, unsaved: bool) -> None:
        self.marks.get(key[0], self.mark)(key[1], unsaved)

    def save(self, key: Key, work: Callable[[Workspace], object],
             on_problem: Problem | None = None) -> None:
        generation = self._generation.get(key, 0) + 1
        self._generation[key] = generation
        self._failed.pop(key, None)  # the newer value replaces a kept one
        self._start(key, _Pending(work, generation), on_problem)

    def _start(self, key: Key, job: _Pending, on_problem: Problem | None) -> None:
        self.pending += 1
        self._show(self.tr("Saving…"))
        op(self.ctx, job.work).success(lambda _when: self._succeeded(key, job)).failure(
            lambda error: self._failed_with(key, job, error, on_problem)).run()

    def _current(self, key: Key, job: _Pending) -> bool:
        return self._generation.get(key) == job.generation

    def _succeeded(self, key: Key, job: _Pending) -> None:
        self.pending -= 1
        if self._current(key, job) and key in self._failed:
            del self._failed[key]
        if not any(_target(failed) == _target(key) for failed in self._failed):
            self._mark(key, False)
        self._settled()

    def _failed_with(self, key: Key, job: _Pending, error: BaseException,
                     on_problem: Problem | None) -> None:
        from aisafe_desktop.services.errors import InvalidAnswer, StorageError

        self.pending -= 1
        if isinstance(error, InvalidAnswer):  # the value itself is refused: retrying cannot help
            self._show(self.tr("Not saved: see the note at the question"))
            if on_problem is not None:
                on_problem(localise(error.reason))
            else:
                self.ctx.errors.present(error)
            return
        transient = isinstance(error, StorageError | OSError)  # busy, disk full, folder gone
        if not transient and job.attempts == 0:
            self.ctx.errors.present(error)  # a bug: reported once; the value is kept and marked
        if not self._current(key, job):
            self._settled()
            return  # a newer value for this question is already on its way
        job.attempts += 1
        self._failed[key] = job
        self.last_reason = localise(error.text) if isinstance(error, AisafeError) else str(error)
        self._mark(key, True)
        delay = min(LAST_RETRY_MS, FIRST_RETRY_MS * 2 ** (job.attempts - 1))
        if transient and (not self._retry.isActive() or self._retry.remainingTime() > delay):
            self._retry.start(delay)  # a bug is not retried by itself; closing asks about it
        self._settled()

    def retry_now(self) -> None:
        """Write every kept value again (the timer, or the person, asked)."""
        self._retry.stop()
        for key, job in list(self._failed.items()):
            del self._failed[key]
            self._start(key, job, None)

    def discard_unsaved(self) -> None:
        self._retry.stop()
        self._failed.clear()

    def _settled(self) -> None:
        if self.pending:
            return
        if self._failed:
            self._show(self.tr("%n answer(s) not saved yet: trying again", "", self.unsaved),
                       self.last_reason)
        else:
            now = QTime.currentTime().toString("HH:mm")
            self._show(self.tr("Saved at {time}").format(time=now))

    def _show(self, text: str, detail: str = "") -> None:
        self.setText(text)
        self.setToolTip("")
        self.setAccessibleDescription(f"{text} {detail}".strip())
        announce(self, text)

    def clear(self) -> None:
        self.setText("")

    def _retranslate(self) -> None:
        self.setAccessibleName(self.tr("Save status"))
