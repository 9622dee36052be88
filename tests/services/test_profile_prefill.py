"""Issue 14: the readiness questionnaire's country, organisation type and size and the
generative-AI addendum's country question start prefilled from the organisation profile; the
answers stay editable, and the state says which are still as prefilled (the GUI marks them).
The CLI's `aisafe assessment new` goes through the same service."""

from __future__ import annotations

import json
from pathlib import Path

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


def test_an_upgrade_prefills_a_new_profile_question(tmp_path: Path) -> None:
    """A 1.0.0 addendum assessment has no country question; upgraded to 2.0.0 it gets `markets`
    from the profile (marked as prefilled), like a new assessment."""
    from aisafe_desktop.core.answers import parse_answers_document

    v1 = Path(__file__).resolve().parents[1] / "content" / "v1"
    paths = AppPaths.resolve(tmp_path / "data").ensure()
    paths.user_questionnaires_dir.mkdir(parents=True, exist_ok=True)
    (paths.user_questionnaires_dir / f"{ADDENDUM}-1.0.0.yaml").write_bytes(
        (v1 / f"{ADDENDUM}-1.0.0.yaml").read_bytes())
    document = parse_answers_document(
        (v1 / f"{ADDENDUM}--penang-ecommerce-chatbot.json").read_bytes())
    with Workspace.open(paths) as ws:
        ws.save_profile(OrganisationProfile("Kedai Harmoni", country="MY", size="small"))
        aid = ws.import_answers(document)
        assert "markets" not in ws.open_assessment(aid).answers
        entry = ws.available_upgrade(aid)
        assert entry is not None
        report = ws.upgrade(aid, entry)
        state = ws.open_assessment(aid)
    assert "markets" in report.added
    assert state.answers["markets"].value == ["my"] and "markets" in state.prefilled
