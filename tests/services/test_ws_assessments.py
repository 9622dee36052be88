"""Workspace use cases on a real database: answering, progress, completion, trash, duplicate."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.services.errors import (
    AssessmentInTrash,
    AssessmentNotFound,
    Incomplete,
    InvalidAnswer,
    InvalidInput,
)
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage import sql
from aisafe_desktop.storage.engine import Database


def _answer_all(ws: Workspace, aid: int) -> None:
    for qid, value in (("uses-ai", "yes"), ("purpose", "hiring"), ("people", 40),
                       ("kept", "Alice"), ("dropped", "Bob")):
        ws.record_answer(aid, qid, value)


def test_create_and_list_with_progress(workspace: Workspace) -> None:
    system = workspace.add_ai_system("CV screener", purpose="shortlisting", vendor="Acme")
    aid = workspace.create_assessment("storage-test", title="HR 2026", ai_system_id=system.id)
    [summary] = workspace.list_assessments()
    assert (summary.id, summary.title, summary.ai_system_name) == (aid, "HR 2026", "CV screener")
    assert summary.questionnaire_title.get("en") == "Storage test questionnaire"
    assert (summary.status, summary.answered, summary.applicable) == (AssessmentStatus.DRAFT, 0, 5)
    assert summary.status is AssessmentStatus.DRAFT  # the member, not a look-alike string
    assert summary.updated_at.tzinfo is not None and summary.progress == 0.0


def test_answers_are_saved_validated_and_counted(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    saved = workspace.record_answer(aid, "uses-ai", "yes")
    assert saved.tzinfo == dt.UTC
    assert workspace.progress(aid) == (1, 6)  # 'purpose' now applies
    with pytest.raises(InvalidAnswer) as caught:
        workspace.record_answer(aid, "purpose", "astrology")
    assert caught.value.question_id == "purpose" and "not among the options" in str(caught.value)
    with pytest.raises(InvalidAnswer, match="below the minimum"):
        workspace.record_answer(aid, "people", -3)
    with pytest.raises(InvalidAnswer, match="no such question"):
        workspace.record_answer(aid, "nope", "x")
    workspace.record_answer(aid, "uses-ai", "no")
    assert workspace.progress(aid) == (1, 5)
    assert workspace.list_assessments()[0].answered == 1  # stored with the answer
    state = workspace.open_assessment(aid)
    assert state.answers["uses-ai"].value == "no" and state.questionnaire.id == "storage-test"


def test_comments_and_clearing(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "kept", "Alice", comment="see the org chart")
    workspace.record_answer(aid, "kept", "Alicia")  # comment=None keeps the comment
    assert workspace.open_assessment(aid).answers["kept"].comment == "see the org chart"
    workspace.record_answer(aid, "kept", None)  # clears the value, keeps the note
    answer = workspace.open_assessment(aid).answers["kept"]
    assert (answer.value, answer.comment) == (None, "see the org chart")
    workspace.record_comment(aid, "kept", "")
    assert "kept" not in workspace.open_assessment(aid).answers
    assert workspace.progress(aid) == (0, 5)


def test_history_records_every_change_with_user_and_time(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "kept", "Alice")
    workspace.record_answer(aid, "kept", "Alice")  # no change: no entry
    workspace.record_answer(aid, "kept", "Bob", comment="new owner")
    workspace.record_answer(aid, "people", 3)
    entries = workspace.history(aid, "kept")
    assert [(h.old_value, h.new_value) for h in entries] == [(None, "Alice"), ("Alice", "Bob")]
    assert entries[1].new_comment == "new owner" and entries[1].old_comment is None
    assert all(h.os_user and h.changed_at.tzinfo for h in entries)
    assert len(workspace.history(aid)) == 3


def test_complete_needs_every_required_answer(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "uses-ai", "yes")
    assert workspace.missing_required(aid) == ["purpose", "people", "kept", "dropped"]
    with pytest.raises(Incomplete) as caught:
        workspace.complete(aid)
    assert caught.value.missing == ["purpose", "people", "kept", "dropped"]
    _answer_all(workspace, aid)
    result = workspace.complete(aid)
    assert result.band == "high" and workspace.result(aid).overall == result.overall
    [summary] = workspace.list_assessments()
    assert (summary.status, summary.band_id) == (AssessmentStatus.COMPLETED, "high")
    assert summary.band_label is not None and summary.band_label.get("en") == "High risk"
    workspace.record_export(aid, "/tmp/report.pdf", "ab" * 32, "cd" * 32)
    assert workspace.list_assessments()[0].status is AssessmentStatus.EXPORTED
    assert workspace.open_assessment(aid).status is AssessmentStatus.EXPORTED
    with sqlite3.connect(workspace.paths.database) as connection:
        # the database keeps the same text values as before the enum (no migration)
        assert connection.execute("SELECT status FROM assessments").fetchall() == [("exported",)]
        assert connection.execute("SELECT assessment_id, file_name, sha256, signer_fingerprint "
                                  "FROM exports").fetchall() == [
            (aid, "report.pdf", "ab" * 32, "cd" * 32)]
    connection.close()
    workspace.record_answer(aid, "purpose", "marketing")  # a change reopens it
    assert workspace.list_assessments()[0].status is AssessmentStatus.DRAFT


def test_trash_restore_and_empty(workspace: Workspace) -> None:
    keep = workspace.create_assessment("storage-test", title="Keep")
    gone = workspace.create_assessment("storage-test", title="Gone")
    workspace.record_answer(gone, "kept", "Alice")
    workspace.trash(gone)
    assert [s.title for s in workspace.list_assessments()] == ["Keep"]
    assert {s.title: s.trashed for s in workspace.list_assessments(include_trashed=True)} == {
        "Keep": False, "Gone": True}
    with pytest.raises(AssessmentInTrash):
        workspace.record_answer(gone, "kept", "Eve")
    workspace.restore(gone)
    assert len(workspace.list_assessments()) == 2
    workspace.trash(gone)
    assert workspace.empty_trash() == 1
    assert workspace.empty_trash() == 0
    with pytest.raises(AssessmentNotFound):
        workspace.open_assessment(gone)
    assert [s.id for s in workspace.list_assessments(include_trashed=True)] == [keep]


def test_the_newest_rows_are_the_first_of_the_whole_list(workspace: Workspace) -> None:
    """Home is first shown with `limit` rows read in SQL: the same rows, in the same order, as
    the first of the whole list (newest first, then by id; trashed ones left out)."""
    ids = [workspace.create_assessment("storage-test", title=f"A {i}") for i in range(12)]
    workspace.record_answer(ids[3], "kept", "Alice")  # changed last: the newest
    workspace.trash(ids[5])
    whole = [(s.id, s.title, s.updated_at) for s in workspace.list_assessments()]
    assert whole[0][0] == ids[3] and ids[5] not in [row[0] for row in whole]
    for limit in (1, 5, 11, 50):
        assert [(s.id, s.title, s.updated_at)
                for s in workspace.list_assessments(limit=limit)] == whole[:limit]
    with_trashed = [s.id for s in workspace.list_assessments(include_trashed=True)]
    assert [s.id for s in workspace.list_assessments(include_trashed=True, limit=4)] == \
        with_trashed[:4]


def test_duplicate_copies_answers_into_a_new_draft(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test", title="HR 2025")
    _answer_all(workspace, aid)
    workspace.record_comment(aid, "kept", "from the 2025 review")
    workspace.complete(aid)
    copy = workspace.duplicate(aid, title="HR 2026")
    state = workspace.open_assessment(copy)
    assert state.title == "HR 2026" and state.status == "draft"
    assert state.answers == workspace.open_assessment(aid).answers
    assert workspace.progress(copy) == workspace.progress(aid)
    assert {h.reason for h in workspace.history(copy)} == {f"duplicate of {aid}"}
    workspace.record_answer(copy, "kept", "Carol")
    assert workspace.open_assessment(aid).answers["kept"].value == "Alice"


def test_rename_language_and_bad_input(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.rename(aid, "  Chatbot   review ")
    workspace.set_language(aid, "ms")
    state = workspace.open_assessment(aid)
    assert (state.title, state.language) == ("Chatbot review", "ms")
    with pytest.raises(InvalidInput):
        workspace.rename(aid, "   ")
    with pytest.raises(InvalidInput):
        workspace.set_language(aid, "klingon")
    with pytest.raises(InvalidInput):
        workspace.create_assessment("storage-test", ai_system_id=99)
    with pytest.raises(AssessmentNotFound):
        workspace.rename(12345, "x")


def test_answers_survive_closing_and_reopening(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "people", 7.5)
    workspace.close()
    with Workspace.open(workspace.paths) as again:
        assert again.open_assessment(aid).answers["people"].value == 7.5


def test_control_characters_never_reach_a_title(workspace: Workspace) -> None:
    """An ESC sequence would drive the terminal of whoever lists the assessments; a bidi override
    would make a title read as another. They are dropped on input; joiners used by SEA scripts stay."""
    hostile = "Loan\x1b[2J\x1b]0;pwned\x07 helper\x00\u202egnp.exe\x7f \u200dok"
    aid = workspace.create_assessment("storage-test", title=hostile)
    title = workspace.open_assessment(aid).title
    assert title == "Loan[2J]0;pwned helpergnp.exe \u200dok"
    assert not any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 for c in title)
    workspace.rename(aid, "Tab\tand\nnewline\x9b31m")
    assert workspace.open_assessment(aid).title == "Tab and newline31m"
    system = workspace.add_ai_system("Bot\x1b[31m red")
    assert system.name == "Bot[31m red"


def test_assessment_header_is_a_typed_row(workspace: Workspace, paths: AppPaths) -> None:
    aid = workspace.create_assessment("storage-test", title="Typed")
    db = Database(paths.database)  # a second connection to the same file, as a reader
    try:
        with db.reading() as driver:
            header = sql.assessment_header(driver, aid)
            assert isinstance(header, sql.AssessmentHeader)
            assert header.questionnaire_id == "storage-test" and header.title == "Typed"
            assert header.status is AssessmentStatus.DRAFT and header.trashed_at is None
            assert header.updated_at.tzinfo is not None
            assert sql.assessment_header(driver, aid + 1) is None
    finally:
        db.dispose()


def test_opening_a_stored_copy_uses_the_validated_model_cache(paths: AppPaths) -> None:
    """The copy stored with an assessment (here of a version no longer installed) is validated
    once, then rebuilt from the SHA-256 cache of validated models on every later opening."""
    import shutil

    from tests.storage.storage_questionnaires import install_questionnaire, questionnaire_yaml

    with Workspace.open(paths) as ws:
        aid = ws.create_assessment("storage-test")
        sha = ws.open_assessment(aid).questionnaire_sha256
    install_questionnaire(paths, questionnaire_yaml(version="2.0.0"))  # v1 is only stored now
    shutil.rmtree(paths.cache_dir / "questionnaires", ignore_errors=True)
    with Workspace.open(paths) as ws:
        ws.open_assessment(aid)
    assert (paths.cache_dir / "questionnaires" / f"{sha}.json").exists()
