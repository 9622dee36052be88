"""Storing a batch in a few statements (inbox_repository.insert_submissions) stores the same as
storing its files one by one: the same rows, duplicates, resubmission links and history."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from aisafe_desktop.services.inbox import Inbox
from aisafe_desktop.services.inbox_intake import verify_path
from aisafe_desktop.services.inbox_verify import VerifierSettings
from aisafe_desktop.storage import inbox_repository as repo
from aisafe_desktop.storage.inbox_db import open_inbox
from aisafe_desktop.storage.inbox_models import SubmissionEventRow, SubmissionRow
from tests.services.inbox_support import Reports, make_reports


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    return make_reports(tmp_path_factory.mktemp("submissions"))


def _stored(inbox: Inbox) -> list[tuple[Any, ...]]:
    with inbox.database.session() as session:
        rows = session.scalars(select(SubmissionRow).order_by(SubmissionRow.id)).all()
        sha = {row.id: row.sha256 for row in rows}
        events = dict(session.execute(select(SubmissionEventRow.submission_id, func.count())
                                      .group_by(SubmissionEventRow.submission_id)).all())
        return [(row.sha256, row.verdict, row.band, row.organisation,
                 sha.get(row.previous_id) if row.previous_id else None, events.get(row.id),
                 len(repo.file_bytes(session, row.id) or b"")) for row in rows]


def test_a_batch_is_stored_as_its_files_one_by_one(reports: Reports, tmp_path: Path) -> None:
    verifier = VerifierSettings()()
    # the newer report first, an older one of the same business later, a file twice, the rest
    paths = [reports.resubmission, *reports.genuine.values(), reports.resubmission,
             reports.tampered, reports.not_pdf]
    facts = [verify_path(path, verifier) for path in paths]
    batch = Inbox(open_inbox(f"sqlite:///{tmp_path / 'batch.sqlite'}"), "Officer Tan")
    single = Inbox(open_inbox(f"sqlite:///{tmp_path / 'single.sqlite'}"), "Officer Tan")
    first = batch.add_facts(facts[:2])  # a batch, then a batch with a file stored already
    second = batch.add_facts([facts[1], *facts[2:]])
    singles = [single.add_facts([one]) for one in [*facts[:2], facts[1], *facts[2:]]]
    assert len(first.added) + len(second.added) == sum(len(r.added) for r in singles) == 6
    assert second.duplicates == sum(r.duplicates for r in singles) == 2
    stored = _stored(batch)
    assert stored == _stored(single)
    linked = [row for row in stored if row[4] is not None]
    # the newer report (stored first) links to the older one of the same business (stored next)
    assert [(row[0], row[4]) for row in linked] == [(stored[0][0], stored[1][0])]
