"""The GUI saves from its main thread while background work (export, backup) runs in others:
concurrent units of work on one workspace must neither fail nor lose answers."""

from __future__ import annotations

import threading

from aisafe_desktop.services.workspace import Workspace


def test_answers_saved_from_several_threads_at_once(workspace: Workspace) -> None:
    aids = [workspace.create_assessment("storage-test") for _ in range(3)]
    errors: list[BaseException] = []
    start = threading.Barrier(len(aids) + 1)

    def save(aid: int) -> None:
        try:
            start.wait()
            for i in range(60):
                workspace.record_answer(aid, "notes", f"note {i}")
                workspace.record_comment(aid, "kept", f"comment {i}")
        except BaseException as error:  # reported below, in the test's own thread
            errors.append(error)

    def read() -> None:
        try:
            start.wait()
            for _ in range(40):
                assert len(workspace.list_assessments()) == len(aids)
                workspace.backup_now()
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
