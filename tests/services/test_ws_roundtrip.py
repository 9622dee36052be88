"""What goes in comes out: answers through the database and the answers document, for any text
or number; text that cannot be stored is refused with a message instead of a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.display import plain_text
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

# Control characters and bidi overrides are dropped on input (core.display.plain_text): the texts
# that come out are the plain texts of those that went in.
texts = st.text(min_size=1, max_size=300).filter(lambda t: plain_text(t).strip() != "")
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
    assert state.answers["kept"].value == plain_text(text)
    assert state.answers["kept"].comment == plain_text(comment)
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


NASTY = "\x1b]0;owned\x07\x1b[2J\u202eabc\x9b"


def test_control_characters_are_dropped_from_answers_comments_and_names(
        workspace: Workspace) -> None:
    """Typed, imported or from a profile: ESC sequences, other controls and bidi overrides never
    get stored (they would drive a terminal, or make a name read backwards in the app); line
    breaks and tabs in a comment or a long answer stay."""
    aid = workspace.create_assessment("storage-test", title=f"Title{NASTY}")
    workspace.record_answer(aid, "notes", f"line 1{NASTY}\r\nline 2\tend",
                            comment=f"see{NASTY}\nthere")
    workspace.save_profile(OrganisationProfile(f"Org{NASTY}", sector=f"Retail{NASTY}",
                                               contact_name=f"Siti{NASTY}"))
    system = workspace.add_ai_system(f"Bot{NASTY}", purpose=f"Chat{NASTY}\nsupport",
                                     vendor=f"Acme{NASTY}")
    state = workspace.open_assessment(aid)
    assert state.title == "Title]0;owned[2Jabc"
    assert state.answers["notes"].value == "line 1]0;owned[2Jabc\nline 2\tend"
    assert state.answers["notes"].comment == "see]0;owned[2Jabc\nthere"
    profile = workspace.get_profile()
    assert profile is not None
    assert (profile.name, profile.sector, profile.contact_name) == (
        "Org]0;owned[2Jabc", "Retail]0;owned[2Jabc", "Siti]0;owned[2Jabc")
    assert (system.name, system.purpose, system.vendor) == (
        "Bot]0;owned[2Jabc", "Chat]0;owned[2Jabc\nsupport", "Acme]0;owned[2Jabc")
    data = json.loads(workspace.export_answers(aid).to_bytes())
    data["answers"] = {"notes": {"value": f"imported{NASTY}", "comment": f"from a file{NASTY}"}}
    copy = workspace.open_assessment(workspace.import_answers(parse_answers_document(
        json.dumps(data))))
    assert copy.answers["notes"].value == "imported]0;owned[2Jabc"
    assert copy.answers["notes"].comment == "from a file]0;owned[2Jabc"
