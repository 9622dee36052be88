"""The assessment's change log (created, answered, commented, imported, every upgrade, every
completion, every export), oldest first, from what storage keeps; carried in the answers document
without account names."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.answers_schema import received_document
from aisafe_desktop.services.change_log import ChangeKind
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage import migrate
from aisafe_desktop.storage.engine import Database
from tests.storage.storage_questionnaires import V2_SECTIONS, install_questionnaire, questionnaire_yaml


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


def test_who_created_an_assessment_is_in_the_log(workspace: Workspace) -> None:
    """Created, copied or imported: the "By" of the Created row is the OS account, as for
    answers (the audit found it empty: the creator was never stored); once, in first place."""
    from aisafe_desktop.services.assessments_store import os_user

    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "uses-ai", "yes")
    copied = workspace.duplicate(aid)
    imported = workspace.import_answers(
        parse_answers_document(workspace.export_answers(aid).to_bytes()))
    for made in (aid, copied, imported):
        events = workspace.change_log(made)
        created = [e for e in events if e.kind is ChangeKind.CREATED]
        assert len(created) == 1 and events[0] is created[0]
        assert created[0].by == os_user() != ""
    raw = json.loads(workspace.export_answers(aid).to_bytes())["change_log"]
    assert [e["event"] for e in raw].count("created") == 1 and all("by" not in e for e in raw)


def test_the_answers_document_carries_the_log_without_account_names(
        workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "uses-ai", "yes")
    raw = workspace.export_answers(aid).to_bytes()
    log = json.loads(raw)["change_log"]
    assert [e["event"] for e in log] == ["created", "answered"]
    assert log[1]["question"] == "uses-ai" and all("by" not in e for e in log)
    received_document(raw)  # a signed report's schema accepts it


def _complete_answers(workspace: Workspace, aid: int) -> None:
    for qid, value in (("uses-ai", "no"), ("people", 40), ("kept", "Alice"), ("dropped", "Bob")):
        workspace.record_answer(aid, qid, value)


def test_every_completion_and_export_is_in_the_log(workspace: Workspace) -> None:
    aid = workspace.create_assessment("storage-test")
    _complete_answers(workspace, aid)
    workspace.complete(aid)
    workspace.complete(aid)  # the same answers completed again: not a new completion
    workspace.record_export(aid, "first.pdf", "ab" * 32, None)
    workspace.record_answer(aid, "people", 41)  # back to a draft
    workspace.complete(aid)
    workspace.record_export(aid, "second.pdf", "cd" * 32, None)
    events = workspace.change_log(aid)
    tail = [(e.kind, e.detail) for e in events if e.question_id is None][1:]
    assert tail == [(ChangeKind.COMPLETED, ""), (ChangeKind.EXPORTED, "first.pdf"),
                    (ChangeKind.COMPLETED, ""), (ChangeKind.EXPORTED, "second.pdf")]
    assert all(e.by for e in events if e.kind is ChangeKind.COMPLETED)
    logged = [e["event"] for e in json.loads(workspace.export_answers(aid).to_bytes())["change_log"]]
    assert logged == [e.kind.value for e in events]  # the answers document carries the same


def test_an_upgrade_that_changes_no_answer_is_in_the_log(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
        _complete_answers(workspace, aid)
        workspace.complete(aid)
        before = len(workspace.history(aid))
    install_questionnaire(paths, questionnaire_yaml("1.1.0"), "storage-test-1.1.yaml")
    with Workspace.open(paths) as workspace:
        entry = workspace.available_upgrade(aid)
        assert entry is not None and entry.questionnaire.version == "1.1.0"
        workspace.upgrade(aid, entry)
        assert len(workspace.history(aid)) == before  # no answer changed
        workspace.complete(aid)
        events = workspace.change_log(aid)
    kinds = [(e.kind, e.detail) for e in events if e.question_id is None]
    assert kinds == [(ChangeKind.CREATED, ""), (ChangeKind.COMPLETED, ""),
                     (ChangeKind.UPGRADED, "1.1.0"), (ChangeKind.COMPLETED, "")]


def test_an_upgrade_that_changes_answers_is_one_event_before_its_changes(paths: AppPaths) -> None:
    with Workspace.open(paths) as workspace:
        aid = workspace.create_assessment("storage-test")
        _complete_answers(workspace, aid)
    install_questionnaire(paths, questionnaire_yaml("2.0.0", V2_SECTIONS), "storage-test-2.yaml")
    with Workspace.open(paths) as workspace:
        entry = workspace.available_upgrade(aid)
        assert entry is not None
        workspace.upgrade(aid, entry)
        events = workspace.change_log(aid)
    upgraded = [e for e in events if e.kind is ChangeKind.UPGRADED]
    assert upgraded[0].question_id is None and upgraded[0].detail == "2.0.0"
    assert [e.question_id for e in upgraded[1:]] == ["dropped"]  # the answer it moved away
    assert [e.kind for e in events].index(ChangeKind.UPGRADED) == len(events) - len(upgraded)


def test_revision_0007_keeps_the_recorded_completion_and_upgrades(paths: AppPaths) -> None:
    """An old database: its latest completion and an upgrade that changed answers (all that was
    ever stored of them) become events; the table is append-only."""
    db = Database(paths.database)
    migrate.upgrade(db.engine, "0006")
    db.dispose()
    stamp = "2026-01-0{}T10:00:00.000000+00:00"
    with sqlite3.connect(paths.database) as connection:
        connection.execute(
            "INSERT INTO questionnaire_sources (sha256, questionnaire_id, version, title_json, "
            "bands_json, source, stored_at) VALUES ('aa', 'q', '2.0.0', '{}', '{}', x'00', ?)",
            (stamp.format(1),))
        for aid, completed in ((1, stamp.format(5)), (2, None)):
            connection.execute(
                "INSERT INTO assessments (id, title, questionnaire_id, questionnaire_version, "
                "questionnaire_sha256, language, status, answered, applicable, created_at, "
                "updated_at, completed_at) VALUES (?, 't', 'q', '2.0.0', 'aa', 'en', ?, 0, 0, ?, "
                "?, ?)", (aid, "completed" if completed else "draft", stamp.format(1),
                          stamp.format(5), completed))
        for qid, reason in (("a", "answer"), ("a", "upgrade to 2.0.0"), ("b", "upgrade to 2.0.0")):
            connection.execute(
                "INSERT INTO answer_history (assessment_id, question_id, old_value_json, "
                "new_value_json, reason, changed_at, os_user) VALUES (1, ?, '1', NULL, ?, ?, "
                "'siti')", (qid, reason, stamp.format(3 if reason == "answer" else 4)))
    migrate.upgrade(Database(paths.database).engine)
    with sqlite3.connect(paths.database) as connection:
        rows = connection.execute("SELECT assessment_id, kind, detail, occurred_at, os_user "
                                  "FROM assessment_events ORDER BY id").fetchall()
        assert rows == [(1, "upgraded", "2.0.0", stamp.format(4), "siti"),
                        (1, "completed", "", stamp.format(5), "")]
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("UPDATE assessment_events SET detail = 'x'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            connection.execute("DELETE FROM assessment_events")


def test_the_signed_reports_log_ends_with_its_completion(workspace: Workspace,
                                                         tmp_path: Path) -> None:
    from aisafe_desktop.reporting import identity as ident
    from aisafe_desktop.services.assessment_reports import export_stored_assessment
    from aisafe_desktop.services.pdf_reports import extract_answers

    data, _certificate = ident.create_identity("Siti Aminah", "Kedai Siti", "MY", "a passphrase")
    signer = ident.load_identity(data, "a passphrase")
    aid = workspace.create_assessment("storage-test")
    _complete_answers(workspace, aid)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    export_stored_assessment(workspace, aid, signer, first)
    export_stored_assessment(workspace, aid, signer, second)  # exported again: no new completion
    signed = [[e["event"] for e in json.loads(extract_answers(pdf))["change_log"]]
              for pdf in (first, second)]
    assert signed[0][-1] == "completed"
    assert signed[1][-2:] == ["completed", "exported"]
    events = [e.kind for e in workspace.change_log(aid)]
    assert events[-3:] == [ChangeKind.COMPLETED, ChangeKind.EXPORTED, ChangeKind.EXPORTED]
    assert events.count(ChangeKind.COMPLETED) == 1


def test_an_export_records_who_signed_it(workspace: Workspace, tmp_path: Path) -> None:
    """The change log's "By" was empty for exports: the signing identity's name is recorded, on
    the page and in the signed answers document (where no OS account name goes)."""
    from aisafe_desktop.reporting import identity as ident
    from aisafe_desktop.services.assessment_reports import export_stored_assessment
    from aisafe_desktop.services.pdf_reports import extract_answers

    data, _certificate = ident.create_identity("Siti Aminah", "Kedai Siti", "MY", "a passphrase")
    signer = ident.load_identity(data, "a passphrase")
    aid = workspace.create_assessment("storage-test")
    _complete_answers(workspace, aid)
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    export_stored_assessment(workspace, aid, signer, first)
    export_stored_assessment(workspace, aid, signer, second)
    exported = [e for e in workspace.change_log(aid) if e.kind is ChangeKind.EXPORTED]
    assert [(e.detail, e.by) for e in exported] == [("first.pdf", "Siti Aminah"),
                                                    ("second.pdf", "Siti Aminah")]
    raw = extract_answers(second)
    log = json.loads(raw)["change_log"]
    assert log[-1] == {**log[-1], "event": "exported", "detail": "first.pdf", "by": "Siti Aminah"}
    assert all("by" not in e for e in log[:-1])  # OS account names stay on this computer
    received_document(raw)  # the signed report's schema accepts it


def test_revision_0008_leaves_earlier_exports_unsigned_by_anyone(paths: AppPaths) -> None:
    db = Database(paths.database)
    migrate.upgrade(db.engine, "0007")
    db.dispose()
    stamp = "2026-01-01T10:00:00.000000+00:00"
    with sqlite3.connect(paths.database) as connection:
        connection.execute(
            "INSERT INTO assessments (id, title, questionnaire_id, questionnaire_version, "
            "questionnaire_sha256, language, status, answered, applicable, created_at, "
            "updated_at) VALUES (1, 't', 'q', '1', 'aa', 'en', 'exported', 0, 0, ?, ?)",
            (stamp, stamp))
        connection.execute("INSERT INTO exports (assessment_id, file_name, sha256, exported_at) "
                           "VALUES (1, 'old.pdf', 'ab', ?)", (stamp,))
    migrate.upgrade(Database(paths.database).engine)
    with sqlite3.connect(paths.database) as connection:
        assert connection.execute("SELECT file_name, signed_by FROM exports").fetchall() == [
            ("old.pdf", "")]
