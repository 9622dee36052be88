"""The GUI saves from its main thread while background work (export, backup) runs in others:
concurrent units of work on one workspace must not lose answers.

SQLite serialises writers and lets one wait at most busy_timeout (5 s of wall-clock time) for the
lock. On an overloaded machine a writer can wait longer; it then gets a plain "stayed busy, try
again" StorageError with nothing half-saved, and the app saves again (the GUI's saved indicator
retries). The threads here do the same, so the test checks what must hold on any machine: no
other error, nothing lost, nothing written twice - not how fast the machine is.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

from aisafe_desktop.services.errors import StorageError
from aisafe_desktop.services.workspace import Workspace

BUSY_ATTEMPTS = 50


def until_not_busy(action: Callable[[], object]) -> None:
    for _attempt in range(BUSY_ATTEMPTS):
        try:
            action()
            return
        except StorageError as error:
            if "stayed busy" not in error.template:
                raise
    raise AssertionError(f"still busy after {BUSY_ATTEMPTS} attempts")


def test_answers_saved_from_several_threads_at_once(workspace: Workspace) -> None:
    aids = [workspace.create_assessment("storage-test") for _ in range(3)]
    errors: list[BaseException] = []
    start = threading.Barrier(len(aids) + 1)

    def save(aid: int) -> None:
        try:
            start.wait()
            for i in range(60):
                until_not_busy(partial(workspace.record_answer, aid, "notes", f"note {i}"))
                until_not_busy(partial(workspace.record_comment, aid, "kept", f"comment {i}"))
        except BaseException as error:  # reported below, in the test's own thread
            errors.append(error)

    def read() -> None:
        try:
            start.wait()
            for _ in range(40):
                assert len(workspace.list_assessments()) == len(aids)
                until_not_busy(workspace.backup_now)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=save, args=(aid,)) for aid in aids]
    threads.append(threading.Thread(target=read))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    for aid in aids:
        state = workspace.open_assessment(aid)
        assert state.answers["notes"].value == "note 59"
        assert state.answers["kept"].comment == "comment 59"
        assert len(workspace.history(aid)) == 120
