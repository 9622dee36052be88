"""The assessment's change log (created, answered, commented, imported, completed, exported),
oldest first, from what storage keeps; carried in the answers document without account names."""

from __future__ import annotations

import json

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.services.answers_schema import received_document
from aisafe_desktop.services.change_log import ChangeKind
from aisafe_desktop.services.workspace import Workspace


def test_the_log_lists_every_step_oldest_first(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "uses-ai", "yes")
    workspace.record_answer(aid, "uses-ai", "no")
    workspace.record_comment(aid, "uses-ai", "checked with IT")
    for qid, value in (("people", 40), ("kept", "Alice"), ("dropped", "Bob")):
        workspace.record_answer(aid, qid, value)
    workspace.complete(aid)
    workspace.record_export(aid, "report.pdf", "ab" * 32, None)
    events = workspace.change_log(aid)
    kinds = [e.kind for e in events]
    assert kinds[0] is ChangeKind.CREATED and kinds[-2:] == [ChangeKind.COMPLETED,
                                                             ChangeKind.EXPORTED]
    assert kinds.count(ChangeKind.ANSWERED) == 5 and kinds.count(ChangeKind.COMMENTED) == 1
    assert [e.when for e in events] == sorted(e.when for e in events)
    assert events[-1].detail == "report.pdf"
    assert all(e.by for e in events if e.question_id is not None)

    copy = workspace.import_answers(parse_answers_document(workspace.export_answers(aid).to_bytes()))
    assert {e.kind for e in workspace.change_log(copy)} == {ChangeKind.CREATED,
                                                            ChangeKind.IMPORTED}


def test_the_answers_document_carries_the_log_without_account_names(
        workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "uses-ai", "yes")
    raw = workspace.export_answers(aid).to_bytes()
    log = json.loads(raw)["change_log"]
    assert [e["event"] for e in log] == ["created", "answered"]
    assert log[1]["question"] == "uses-ai" and all("by" not in e for e in log)
    received_document(raw)  # a signed report's schema accepts it
