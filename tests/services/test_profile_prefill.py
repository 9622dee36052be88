"""Issue 14: the readiness questionnaire's country, organisation type and size and the
generative-AI addendum's country question start prefilled from the organisation profile; the
answers stay editable, and the state says which are still as prefilled (the GUI marks them).
The CLI's `aisafe assessment new` goes through the same service."""

from __future__ import annotations

import json

import pytest

from aisafe_desktop.cli.main import main
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.dto import OrganisationProfile
from aisafe_desktop.services.workspace import Workspace

READINESS = "asean-ai-governance-readiness"
ADDENDUM = "generative-ai-addendum"


def test_readiness_starts_with_country_and_size_from_the_profile(workspace: Workspace) -> None:
    workspace.save_profile(OrganisationProfile("Kedai Harmoni", country="MY", size="small"))
    state = workspace.open_assessment(workspace.create_assessment(READINESS))
    assert {q: a.value for q, a in state.answers.items()} == {"p-country": "my", "p-size": "small"}
    assert state.prefilled == {"p-country", "p-size"}
    answered, _applicable = workspace.progress(state.id)
    assert answered == 2  # counted like answers the person gave
    history = workspace.history(state.id, "p-country")
    assert [(h.new_value, h.reason) for h in history] == [("my", "profile")]


def test_a_changed_prefilled_answer_is_the_persons_own(workspace: Workspace) -> None:
    workspace.save_profile(OrganisationProfile("Kedai Harmoni", country="MY", size="small"))
    assessment = workspace.create_assessment(READINESS)
    workspace.record_answer(assessment, "p-country", "sg")
    state = workspace.open_assessment(assessment)
    assert state.answers["p-country"].value == "sg" and state.prefilled == {"p-size"}
    workspace.record_answer(assessment, "p-size", "small")  # the same value: nothing changes
    workspace.record_answer(assessment, "p-size", None)  # cleared: no longer marked
    assert workspace.open_assessment(assessment).prefilled == frozenset()


def test_a_public_body_gets_its_organisation_type(workspace: Workspace) -> None:
    workspace.save_profile(OrganisationProfile("Ministry of Digital", country="TH", size="public"))
    state = workspace.open_assessment(workspace.create_assessment(READINESS))
    assert {q: a.value for q, a in state.answers.items()} == {"p-country": "th",
                                                              "p-org-type": "government"}


def test_the_addendum_country_question_is_prefilled(workspace: Workspace) -> None:
    workspace.save_profile(OrganisationProfile("Cửa hàng", country="VN", size="micro"))
    state = workspace.open_assessment(workspace.create_assessment(ADDENDUM))
    assert state.answers["markets"].value == ["vn"] and state.prefilled == {"markets"}


def test_without_a_profile_nothing_is_prefilled(workspace: Workspace) -> None:
    state = workspace.open_assessment(workspace.create_assessment(READINESS))
    assert state.answers == {} and state.prefilled == frozenset()


def test_the_cli_starts_an_assessment_with_the_same_prefill(
    paths: AppPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    with Workspace.open(paths) as ws:
        ws.save_profile(OrganisationProfile("Kedai Harmoni", country="MY", size="medium"))
    code = main(["--data-dir", str(paths.data_dir), "assessment", "new", READINESS, "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["prefilled"] == {"p-country": "my", "p-size": "medium"}
    code = main(["--data-dir", str(paths.data_dir), "assessment", "new", ADDENDUM])
    text = capsys.readouterr().out
    assert code == 0 and 'markets = ["my"] (from the organisation profile' in text
