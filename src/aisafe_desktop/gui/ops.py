"""The one way the GUI calls into the workspace: an op, run off the UI thread.

    op(ctx, lambda ws: ws.duplicate(chosen)).success(self._duplicated).run()

`work(ws)` runs on the task runner's single pool thread (so every database call happens in the
order asked for, one at a time; see tasks.py); `success(result)` or `failure(error)` is then called
on the UI thread. Without a failure handler, the error goes to the one error presenter. While an
op runs, the widgets given to `disabling()` are disabled, so a double click cannot start it twice.
(Shape after Anki's `CollectionOp` / `QueryOp` in qt/aqt/operations.)

Reads and writes use the same helper: both touch SQLite, whose calls may wait on a lock or the
disk (200-600 ms measured on a busy disk), which must never freeze the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.workspace import Workspace

T = TypeVar("T")


class WorkspaceOp(Generic[T]):
    def __init__(self, ctx: AppContext, work: Callable[[Workspace], T]) -> None:
        self._ctx = ctx
        self._work = work
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._disabled: list[QWidget] = []

    def success(self, handler: Callable[[T], None]) -> WorkspaceOp[T]:
        self._on_success = handler
        return self

    def failure(self, handler: Callable[[BaseException], None]) -> WorkspaceOp[T]:
        self._on_failure = handler
        return self

    def disabling(self, *widgets: QWidget) -> WorkspaceOp[T]:
        self._disabled.extend(widgets)
        return self

    def run(self) -> None:
        """Start the op. The workspace is taken now, on the UI thread (it may be swapped later,
        e.g. by a restore, and the op must use the one it was asked on). Asked for while Home shows
        its first rows before the data is open: started once it is."""
        if self._ctx.workspace is None and self._ctx.waiting is not None:
            self._ctx.waiting.append(self.run)
            return
        ws = self._ctx.ws
        for widget in self._disabled:
            widget.setEnabled(False)
        self._ctx.tasks.run(lambda: self._work(ws), self._succeeded, self._failed)

    def _enable(self) -> None:
        for widget in self._disabled:
            widget.setEnabled(True)

    def _succeeded(self, result: Any) -> None:
        self._enable()
        self._on_success(result)

    def _failed(self, error: BaseException) -> None:
        self._enable()
        (self._on_failure or self._ctx.errors.present)(error)


def op(ctx: AppContext, work: Callable[[Workspace], T]) -> WorkspaceOp[T]:
    return WorkspaceOp(ctx, work)
