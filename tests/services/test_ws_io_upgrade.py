"""Moving assessments between machines, the stored questionnaire copy, and questionnaire upgrades."""

from __future__ import annotations

import json

import pytest

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.dto import OrganisationProfile
from aisafe_desktop.services.errors import ImportRejected, QuestionnaireUnavailable
from aisafe_desktop.services.workspace import Workspace
from tests.storage.storage_questionnaires import V2_SECTIONS, install_questionnaire, questionnaire_yaml


def test_export_then_import_creates_a_new_assessment_and_overwrites_nothing(
        workspace: Workspace) -> None:
    workspace.save_profile(OrganisationProfile("Kedai Runcit Sdn Bhd", country="MY"))
    aid = workspace.create_assessment("storage-test", title="Original")
    workspace.record_answer(aid, "uses-ai", "yes", comment="chatbot on the website")
    workspace.record_answer(aid, "purpose", "marketing")
    document = parse_answers_document(workspace.export_answers(aid).to_bytes())
    assert document.extra["title"] == "Original"
    assert document.extra["organisation"]["name"] == "Kedai Runcit Sdn Bhd"
    assert document.questionnaire_sha256 == workspace.open_assessment(aid).questionnaire_sha256

    first = workspace.import_answers(document)
    second = workspace.import_answers(document, title="Second copy")
    assert len({aid, first, second}) == 3
    assert workspace.open_assessment(first).answers == workspace.open_assessment(aid).answers
    assert workspace.open_assessment(second).title == "Second copy"
    assert workspace.progress(first) == workspace.progress(aid) == (2, 6)
    assert {h.reason for h in workspace.history(first)} == {"import"}
    assert [h.new_value for h in workspace.history(aid, "uses-ai")] == ["yes"]  # untouched


def test_import_rejects_answers_that_do_not_fit(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    data = json.loads(workspace.export_answers(aid).to_bytes())
    data["answers"] = {"purpose": "astrology", "ghost": "boo"}
    with pytest.raises(ImportRejected) as caught:
        workspace.import_answers(parse_answers_document(json.dumps(data)))
    assert len(caught.value.problems) == 2
    assert len(workspace.list_assessments()) == 1


def test_import_of_an_unknown_questionnaire_says_what_to_install(workspace: Workspace) -> None:
    document = parse_answers_document(json.dumps({
        "format": "aisafe-answers/1", "questionnaire": {"id": "elsewhere", "version": "3.0.0"},
        "answers": {}}))
    with pytest.raises(QuestionnaireUnavailable, match=r"elsewhere 3\.0\.0 is not installed"):
        workspace.import_answers(document)


def test_the_stored_copy_keeps_working_when_the_file_changes_or_goes(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
        workspace.record_answer(aid, "uses-ai", "yes")
        sha = workspace.open_assessment(aid).questionnaire_sha256
        exported = workspace.export_answers(aid)
    (paths.user_questionnaires_dir / "storage-test.yaml").unlink()
    with Workspace.open(paths) as workspace:
        state = workspace.open_assessment(aid)
        assert state.questionnaire.version == "1.0.0" and state.questionnaire_sha256 == sha
        assert workspace.result(aid).answered == 1
        workspace.record_answer(aid, "purpose", "hiring")
        copy = workspace.import_answers(exported)  # found by its SHA-256 among stored copies
        assert workspace.open_assessment(copy).questionnaire_sha256 == sha


def test_upgrade_carries_compatible_answers_and_lists_the_rest(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
        for qid, value in (("uses-ai", "yes"), ("purpose", "hiring"), ("people", 12),
                           ("kept", "Alice"), ("dropped", "Bob")):
            workspace.record_answer(aid, qid, value)
        workspace.record_comment(aid, "purpose", "HR only")
        assert workspace.available_upgrade(aid) is None
    install_questionnaire(paths, questionnaire_yaml("2.0.0", V2_SECTIONS), "storage-test-2.yaml")
    with Workspace.open(paths) as workspace:
        entry = workspace.available_upgrade(aid)
        assert entry is not None and entry.questionnaire.version == "2.0.0"
        report = workspace.upgrade(aid, entry)
        assert (report.from_version, report.to_version) == ("1.0.0", "2.0.0")
        assert sorted(report.carried) == ["kept", "people", "uses-ai"]
        reasons = dict(report.needs_confirmation)
        assert set(reasons) == {"purpose", "dropped", "people"}
        assert "type changed" in reasons["purpose"]  # changed: cleared, note kept
        assert "removed" in reasons["dropped"]  # removed
        assert "wording" in reasons["people"]  # reworded: kept, please confirm
        assert report.added == ["training"]  # added

        state = workspace.open_assessment(aid)
        assert state.questionnaire.version == "2.0.0"
        assert {q: a.value for q, a in state.answers.items()} == {
            "uses-ai": "yes", "people": 12, "kept": "Alice", "purpose": None}
        assert state.answers["purpose"].comment == "HR only"
        assert workspace.progress(aid) == (3, 6)
        [summary] = workspace.list_assessments()
        assert summary.questionnaire_version == "2.0.0"
        dropped = workspace.history(aid, "dropped")  # nothing deleted from the history
        assert [(h.old_value, h.new_value, h.reason) for h in dropped] == [
            (None, "Bob", "answer"), ("Bob", None, "upgrade to 2.0.0")]
        assert workspace.available_upgrade(aid) is None


def test_the_upgrade_preview_says_what_the_upgrade_then_does(paths: AppPaths) -> None:
    from aisafe_desktop.services.upgrade import AnswerFate, QuestionChange

    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
        for qid, value in (("uses-ai", "yes"), ("purpose", "hiring"), ("people", 12),
                           ("kept", "Alice"), ("dropped", "Bob")):
            workspace.record_answer(aid, qid, value)
    install_questionnaire(paths, questionnaire_yaml("2.0.0", V2_SECTIONS), "storage-test-2.yaml")
    with Workspace.open(paths) as workspace:
        entry = workspace.available_upgrade(aid)
        assert entry is not None
        plan = workspace.preview_upgrade(aid, entry)
        assert (plan.from_version, plan.to_version) == ("1.0.0", "2.0.0")
        assert {q.question_id: q.change for q in plan.changed()} == {
            "purpose": QuestionChange.TYPE, "people": QuestionChange.WORDING,
            "training": QuestionChange.ADDED, "dropped": QuestionChange.REMOVED}
        assert {q.question_id: q.fate for q in plan.carried()} == {
            "uses-ai": AnswerFate.CARRIED, "people": AnswerFate.CHECK, "kept": AnswerFate.CARRIED}
        assert {q.question_id: q.fate for q in plan.needing_answer()} == {
            "purpose": AnswerFate.NEW_ANSWER, "training": AnswerFate.UNANSWERED}
        assert [q.question_id for q in plan.kept_in_history()] == ["dropped"]
        assert workspace.open_assessment(aid).questionnaire.version == "1.0.0"  # nothing written

        report = workspace.upgrade(aid, entry)
        assert sorted(report.carried) == sorted(q.question_id for q in plan.carried())
        assert report.added == ["training"]
        state = workspace.open_assessment(aid)
        assert {q for q, a in state.answers.items() if a.value is not None} == {
            q.question_id for q in plan.carried()}
