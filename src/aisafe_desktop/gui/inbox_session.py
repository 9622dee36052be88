"""The Inbox window's connection to its database, and its background work.

The inbox has its own worker thread (a TaskRunner of its own): receiving a thousand files must
never hold up the answers a person saves in the main window, and a shared PostgreSQL server may
take a moment to answer. Receiving reports progress and can be cancelled between files.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal

from aisafe_desktop.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from aisafe_desktop.core.paths import AppPaths
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.inbox import Inbox, ReceiveReport
    from aisafe_desktop.services.questionnaires import Catalogue

T = TypeVar("T")


@dataclass
class InboxHandle:
    """What the worker keeps open: the inbox, and the questionnaire catalogue (question texts and
    re-scoring in the report view), read on first use so that the table shows without it."""

    inbox: Inbox
    paths: AppPaths
    _catalogue: Catalogue | None = None
    _catalogue_lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def catalogue(self) -> Catalogue:
        """Read once, by whichever thread asks first (the side thread reads the band titles)."""
        with self._catalogue_lock:
            if self._catalogue is None:
                from aisafe_desktop.services.questionnaires import Catalogue

                self._catalogue = Catalogue(self.paths)
            return self._catalogue


class InboxSession(QObject):
    """Signals:
        opened(str): the inbox is open; the argument is its URL without the password.
        receive_progressed(int, int): files verified so far, files in all.
    """

    opened = Signal(str)
    receive_progressed = Signal(int, int)

    def __init__(self, ctx: AppContext, url: str, officer: str,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.url = url
        self.officer = officer
        self.tasks = TaskRunner(ctx.errors.present, self)
        # the table's reads have a thread of their own: a receive of a thousand files (on
        # `tasks`) does not hold them up, and they never wait for its write lock
        self.read_tasks = TaskRunner(ctx.errors.present, self)
        # reading the questionnaires (band titles) takes 50-250 ms: never ahead of a query
        self.side_tasks = TaskRunner(ctx.errors.present, self)
        self._handle: InboxHandle | None = None
        self._cancel = threading.Event()

    @property
    def ready(self) -> bool:
        return self._handle is not None

    def open(self, on_failure: Callable[[BaseException], None]) -> None:
        paths = self.ctx.paths

        def work() -> InboxHandle:
            from aisafe_desktop.services.inbox import Inbox
            from aisafe_desktop.storage.inbox_db import open_inbox

            return InboxHandle(Inbox(open_inbox(self.url), self.officer), paths)

        def done(handle: InboxHandle) -> None:
            self._handle = handle
            self.opened.emit(handle.inbox.database.shown_url)

        self.tasks.run(work, done, on_failure)

    def run(self, work: Callable[[InboxHandle], T], on_success: Callable[[T], None],
            on_failure: Callable[[BaseException], None] | None = None) -> None:
        """Run `work(handle)` on the inbox's worker thread; the callbacks run on the UI thread."""
        handle = self._handle
        if handle is None:
            return
        self.tasks.run(lambda: work(handle), on_success, on_failure)

    def read(self, work: Callable[[InboxHandle], T], on_success: Callable[[T], None],
             on_failure: Callable[[BaseException], None] | None = None) -> None:
        """Like `run`, on the reader thread: for read-only work (`inbox.database.reading()`)."""
        handle = self._handle
        if handle is not None:
            self.read_tasks.run(lambda: work(handle), on_success, on_failure)

    def run_beside(self, work: Callable[[InboxHandle], T],
                   on_success: Callable[[T], None]) -> None:
        """Like `run`, on a thread of its own: for work that must not hold up the table's
        queries and does not touch the database."""
        handle = self._handle
        if handle is not None:
            self.side_tasks.run(lambda: work(handle), on_success)

    def receive(self, paths: list[Path], trust: tuple[str, ...],
                on_done: Callable[[ReceiveReport], None]) -> None:
        from aisafe_desktop.services.inbox_verify import VerifierSettings

        self._cancel.clear()
        settings = VerifierSettings(str(self.ctx.paths.data_dir), trust)

        def work(handle: InboxHandle) -> ReceiveReport:
            return handle.inbox.receive(paths, settings, progress=self.receive_progressed.emit,
                                        cancelled=self._cancel.is_set)

        self.run(work, on_done)

    def cancel_receive(self) -> None:
        self._cancel.set()

    def close(self) -> None:
        self._cancel.set()
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.inbox.database.dispose()


def stored_inbox_url(ctx: AppContext) -> str:
    """The inbox URL from the settings (never with a password), else the local file."""
    from aisafe_desktop.storage.inbox_db import default_url

    url: Any = getattr(ctx.settings, "inbox_url", "") or ""
    return str(url) if url else default_url(ctx.paths.data_dir)
