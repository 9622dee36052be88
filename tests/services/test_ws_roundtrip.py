"""What goes in comes out: answers through the database and the answers document, for any text
or number; text that cannot be stored is refused with a message instead of a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.dto import OrganisationProfile
from aisafe_desktop.services.errors import (
    ImportRejected,
    InvalidAnswer,
    InvalidInput,
    QuestionnaireUnavailable,
)
from aisafe_desktop.services.workspace import Workspace
from tests.storage.storage_questionnaires import install_questionnaire, questionnaire_yaml

texts = st.text(min_size=1, max_size=300).filter(lambda t: t.strip() != "")
numbers = st.one_of(st.integers(0, 10**15), st.floats(0, 1e12, allow_nan=False))


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=texts, comment=texts, number=numbers)
def test_answers_round_trip_through_database_and_document(workspace: Workspace, text: str,
                                                          comment: str, number: float) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "kept", text, comment=comment)
    workspace.record_answer(aid, "people", number)
    state = workspace.open_assessment(aid)
    assert state.answers["kept"].value == text and state.answers["kept"].comment == comment
    assert state.answers["people"].value == number
    document = parse_answers_document(workspace.export_answers(aid).to_bytes())
    copy = workspace.import_answers(document)
    assert workspace.open_assessment(copy).answers == state.answers


def test_unpaired_surrogates_are_refused_with_a_message(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    with pytest.raises(InvalidAnswer, match="not valid text"):
        workspace.record_answer(aid, "kept", "bad \udcff byte")
    with pytest.raises(InvalidAnswer, match="not valid text"):
        workspace.record_comment(aid, "kept", "\ud800")
    with pytest.raises(InvalidInput):
        workspace.rename(aid, "title \udcff")
    with pytest.raises(InvalidInput):
        workspace.save_profile(OrganisationProfile("Org \ud800"))
    data = json.loads(workspace.export_answers(aid).to_bytes())
    data["answers"] = {"kept": {"value": "x", "comment": "\ud800"}}
    with pytest.raises(ImportRejected, match="not valid text"):
        workspace.import_answers(parse_answers_document(json.dumps(data)))
    assert workspace.history(aid) == []


def test_import_refuses_a_different_text_of_the_same_version(tmp_path: Path,
                                                             paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
        workspace.record_answer(aid, "kept", "Siti")
        document = workspace.export_answers(aid)
    elsewhere = AppPaths.resolve(tmp_path / "colleague").ensure()
    install_questionnaire(elsewhere, questionnaire_yaml().replace(
        "Who owns the AI system?", "Who is responsible for the AI system?"))
    with Workspace.open(elsewhere) as workspace:
        with pytest.raises(QuestionnaireUnavailable, match="different text"):
            workspace.import_answers(document)
        unpinned = parse_answers_document(json.dumps(
            {**json.loads(document.to_bytes()), "questionnaire": {
                "id": "storage-test", "version": "1.0.0"}}))  # no SHA-256: the installed text
        new_id = workspace.import_answers(unpinned)
        assert workspace.open_assessment(new_id).answers["kept"].value == "Siti"
