"""The action plan: recommendations as checklist items (done, owner, due date), saved with the
assessment (revision 0006), carried in the answers document and imported with it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect

from aisafe_desktop.core.action_plan import ActionItem
from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.services.answers_schema import received_document
from aisafe_desktop.services.errors import InvalidInput
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage.migrate import known_revisions


def test_revision_0006_adds_the_action_items_table(workspace: Workspace) -> None:
    assert {"0005", "0006"} <= set(known_revisions())
    assert "action_items" in inspect(workspace.db.engine).get_table_names()


def test_items_are_saved_cleaned_and_read_back(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    assert workspace.action_plan(aid) == {}
    saved = workspace.save_action_item(aid, ActionItem("human-review", True, "  Siti\x1b[31m  "
                                                       "Aminah ", " 2027-03-31 "))
    assert saved == ActionItem("human-review", True, "Siti[31m Aminah", "2027-03-31")
    workspace.save_action_item(aid, ActionItem("log-decisions", False, "IT team", ""))
    workspace.save_action_item(aid, ActionItem("human-review", False, "Siti", "2027-04-01"))
    assert workspace.action_plan(aid) == {
        "human-review": ActionItem("human-review", False, "Siti", "2027-04-01"),
        "log-decisions": ActionItem("log-decisions", False, "IT team", "")}


@pytest.mark.parametrize("due", ["31/03/2027", "2027-3-31", "2027-02-30", "tomorrow"])
def test_a_due_date_that_is_not_iso_is_refused_with_the_field_named(workspace: Workspace,
                                                                    due: str) -> None:
    aid = workspace.create_assessment("storage-test")
    with pytest.raises(InvalidInput, match="YYYY-MM-DD") as caught:
        workspace.save_action_item(aid, ActionItem("human-review", due_date=due))
    assert caught.value.field_name == "due date"
    assert workspace.action_plan(aid) == {}


def test_the_plan_travels_in_the_answers_document_and_is_imported(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "uses-ai", "yes")
    workspace.save_action_item(aid, ActionItem("human-review", True, "Siti", "2027-03-31"))
    workspace.save_action_item(aid, ActionItem("blank-one"))  # nothing set: not exported
    raw = workspace.export_answers(aid).to_bytes()
    assert json.loads(raw)["action_plan"] == [
        {"recommendation": "human-review", "done": True, "owner": "Siti", "due": "2027-03-31"}]
    received_document(raw)  # the verifier's schema accepts it (a signed report carries it)
    copy = workspace.import_answers(parse_answers_document(raw))
    assert workspace.action_plan(copy) == {
        "human-review": ActionItem("human-review", True, "Siti", "2027-03-31")}


def test_the_schema_names_a_malformed_action_plan(workspace: Workspace) -> None:
    from aisafe_desktop.services.answers_schema import SchemaError

    aid = workspace.create_assessment("storage-test")
    data = json.loads(workspace.export_answers(aid).to_bytes())
    data["action_plan"] = [{"recommendation": "x", "done": "yes"}]
    with pytest.raises(SchemaError) as caught:
        received_document(json.dumps(data).encode())
    assert caught.value.path == "action_plan[0].done"
