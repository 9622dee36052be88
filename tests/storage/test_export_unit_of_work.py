"""Exporting a stored assessment is one unit of work: one transaction reads, completes and
records the export; an incomplete draft changes nothing and writes no file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.services.assessment_reports import export_stored_assessment
from aisafe_desktop.services.errors import Incomplete
from aisafe_desktop.services.workspace import Workspace

PASSPHRASE = "a long passphrase"


@pytest.fixture(scope="module")
def identity() -> ident.Identity:
    data, _certificate = ident.create_identity("Siti Aminah", "Kedai Siti", "MY", PASSPHRASE)
    return ident.load_identity(data, PASSPHRASE)


@pytest.fixture
def transactions(workspace: Workspace) -> Iterator[list[Any]]:
    """Every transaction the workspace's database begins, reads and writes alike."""
    begun: list[Any] = []

    def count(connection: Any) -> None:
        begun.append(connection)

    event.listen(workspace.db.engine, "begin", count)
    yield begun
    event.remove(workspace.db.engine, "begin", count)


def _answer_all(ws: Workspace, aid: int) -> None:
    for qid, value in (("uses-ai", "yes"), ("purpose", "hiring"), ("people", 40),
                       ("kept", "Alice"), ("dropped", "Bob")):
        ws.record_answer(aid, qid, value)


def test_exporting_a_complete_draft_is_one_transaction(workspace: Workspace, tmp_path: Path,
                                                       identity: ident.Identity,
                                                       transactions: list[Any]) -> None:
    aid = workspace.create_assessment("storage-test")
    _answer_all(workspace, aid)
    transactions.clear()
    out = tmp_path / "report.pdf"
    result = export_stored_assessment(workspace, aid, identity, out)
    assert len(transactions) == 1
    assert out.is_file() and result.band == "high"
    [summary] = workspace.list_assessments()
    assert (summary.status, summary.band_id) == (AssessmentStatus.EXPORTED, "high")


def test_an_incomplete_draft_is_refused_and_nothing_changes(workspace: Workspace, tmp_path: Path,
                                                            identity: ident.Identity) -> None:
    aid = workspace.create_assessment("storage-test")
    workspace.record_answer(aid, "uses-ai", "yes")
    out = tmp_path / "report.pdf"
    with pytest.raises(Incomplete) as caught:
        export_stored_assessment(workspace, aid, identity, out)
    assert caught.value.missing == ["purpose", "people", "kept", "dropped"]
    assert not out.exists()
    assert workspace.list_assessments()[0].status is AssessmentStatus.DRAFT
