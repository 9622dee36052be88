"""Assessments made with version 1.0.0 of the shipped questionnaires move to version 2.0.0 through
the workspace's upgrade path: most answers carry over, split or replaced questions are listed as
needing a new answer, and nothing leaves the history. The version-1 files and examples are kept in
tests/content/v1 exactly as they shipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.upgrade import AnswerFate, QuestionChange
from aisafe_desktop.services.workspace import Workspace

V1 = Path(__file__).resolve().parent / "v1"

# questionnaire -> (v1 example, ids that must carry unchanged, ids replaced by new ones in v2)
CASES = {
    "ai-system-risk-triage": (
        "penang-shop-chatbot", {"ai-gate", "genai", "role", "area", "severity", "mit-owner"},
        {"mit-oversight", "mit-monitoring", "mit-privacy", "mit-testing-own",
         "mit-testing-supplier", "rf-sexual-content"}),
    "generative-ai-addendum": (
        "penang-ecommerce-chatbot", {"genai-uses", "audience", "stakes", "owner", "grounding"},
        {"vendor-documentation", "security-controls"}),
    "asean-ai-governance-readiness": (
        "jakarta-fintech-loan-scoring", {"p-country", "p-size", "gov-inventory", "op-testing"},
        set()),
}


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    data = AppPaths.resolve(tmp_path / "data").ensure()
    folder = data.user_questionnaires_dir
    folder.mkdir(parents=True, exist_ok=True)
    for qid in CASES:  # version 1 sits beside the shipped version 2
        (folder / f"{qid}-1.0.0.yaml").write_bytes((V1 / f"{qid}-1.0.0.yaml").read_bytes())
    return data


@pytest.mark.parametrize("qid", sorted(CASES))
def test_a_version_1_assessment_upgrades_to_version_2(paths: AppPaths, qid: str) -> None:
    slug, unchanged, replaced = CASES[qid]
    document = parse_answers_document((V1 / f"{qid}--{slug}.json").read_bytes())
    assert document.questionnaire_version == "1.0.0"
    with Workspace.open(paths) as workspace:
        aid = workspace.import_answers(document)
        assert workspace.open_assessment(aid).questionnaire.version == "1.0.0"
        entry = workspace.available_upgrade(aid)
        assert entry is not None and entry.questionnaire.version == "2.0.0"
        plan = workspace.preview_upgrade(aid, entry)
        fate = {q.question_id: q.fate for q in plan.questions}
        carried = {q.question_id for q in plan.carried()}
        assert unchanged <= carried
        # most answers carry over (some with "look again"): ids were kept where meaning was kept
        answered = set(document.answers)
        assert len(carried & answered) >= 0.6 * len(answered), sorted(answered - carried)
        for old_id in replaced & answered:
            assert fate[old_id] is AnswerFate.HISTORY_ONLY, old_id
        workspace.upgrade(aid, entry)
        state = workspace.open_assessment(aid)
        assert state.questionnaire.version == "2.0.0"
        for qid_kept in unchanged:
            assert state.answers[qid_kept].value == document.answers[qid_kept].value
        for old_id in replaced & answered:  # nothing deleted from the history
            assert [h.old_value for h in workspace.history(aid, old_id)][-1] is not None


def test_readiness_yes_no_that_became_a_choice_keeps_its_answer(paths: AppPaths) -> None:
    document = parse_answers_document(
        (V1 / "asean-ai-governance-readiness--jakarta-fintech-loan-scoring.json").read_bytes())
    with Workspace.open(paths) as workspace:
        aid = workspace.import_answers(document)
        entry = workspace.available_upgrade(aid)
        assert entry is not None
        plan = {q.question_id: q for q in workspace.preview_upgrade(aid, entry).questions}
        owner = plan["gov-owner"]  # yes/no in 1.0.0, single choice with "yes-reviewed" in 2.0.0
        assert (owner.change, owner.fate) == (QuestionChange.OPTIONS, AnswerFate.CHECK)
        workspace.upgrade(aid, entry)
        assert workspace.open_assessment(aid).answers["gov-owner"].value == (
            document.answers["gov-owner"].value)
