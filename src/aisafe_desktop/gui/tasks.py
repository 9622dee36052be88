"""Background work (opening the workspace, scoring, backups) on a QThreadPool.

`TaskRunner.run(work, on_success, on_failure)` runs `work()` on a pool thread and calls one of the
callbacks back on the UI thread. The pool has ONE thread, so work runs strictly in the order it was
asked for and the database is used by one thread at a time: an answer saved before "Finish" is
always written before the score is computed.

Why answers are saved here and not on the UI thread: `record_answer` commits with a full fsync
(nothing acknowledged may be lost). It takes 5-15 ms on an idle disk, but measured 200-600 ms
while the disk was busy, which froze the window. The UI shows the answer at once and reports
"Saved" when the write returns.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the UI thread; signals emitted from the pool thread are queued to it."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as error:
            self._relay.failed.emit(error)
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """Signals:
        busy_changed(bool): True while at least one task runs.
    """

    busy_changed = Signal(bool)

    def __init__(self, on_unexpected: Failure, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._on_unexpected = on_unexpected
        self._relays: set[_Relay] = set()

    @property
    def busy(self) -> bool:
        return bool(self._relays)

    def run(self, work: Callable[[], Any], on_success: Success,
            on_failure: Failure | None = None) -> None:
        relay = _Relay(self)
        failure = on_failure or self._on_unexpected

        def succeeded(result: object) -> None:
            self._finish(relay)
            on_success(result)

        def failed(error: object) -> None:
            self._finish(relay)
            failure(error if isinstance(error, BaseException) else RuntimeError(str(error)))

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        self._relays.add(relay)
        if len(self._relays) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(work, relay))

    @Slot()
    def _finish(self, relay: _Relay) -> None:
        self._relays.discard(relay)
        relay.deleteLater()
        if not self._relays:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the pool is idle (shutdown and tests)."""
        return self._pool.waitForDone(msecs)
