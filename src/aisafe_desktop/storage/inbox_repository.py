"""Queries and writes on the inbox tables. Each function takes the caller's Session."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, String, and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from aisafe_desktop.storage.inbox_models import (
    EventKind,
    ReviewStatus,
    SubmissionEventRow,
    SubmissionFileRow,
    SubmissionRow,
    Verdict,
)
from aisafe_desktop.storage.timestamps import utc_now


@dataclass(frozen=True)
class InboxFilter:
    """What the officer narrowed the table to; empty fields do not filter."""

    verdict: Verdict | None = None
    band: str | None = None
    country: str | None = None
    sector: str | None = None
    questionnaire: str | None = None
    status: ReviewStatus | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None  # inclusive
    search: str = ""


SORTABLE = ("received_at", "organisation", "signer", "country", "sector", "band", "score",
            "status", "verdict", "questionnaire_id", "claimed_signing_time", "id")


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time.min, tzinfo=dt.UTC)


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def filtered(query: Select[Any], wanted: InboxFilter) -> Select[Any]:
    conditions: list[Any] = []
    for column, value in ((SubmissionRow.verdict, wanted.verdict), (SubmissionRow.band, wanted.band),
                          (SubmissionRow.country, wanted.country),
                          (SubmissionRow.sector, wanted.sector),
                          (SubmissionRow.questionnaire_id, wanted.questionnaire),
                          (SubmissionRow.status, wanted.status)):
        if value:
            conditions.append(column == str(value))
    if wanted.received_from:
        conditions.append(SubmissionRow.received_at >= _day_start(wanted.received_from))
    if wanted.received_to:
        end = _day_start(wanted.received_to + dt.timedelta(days=1))
        conditions.append(SubmissionRow.received_at < end)
    if wanted.search.strip():
        pattern = _like(wanted.search.strip().lower())
        conditions.append(or_(*(func.lower(column).like(pattern, escape="\\") for column in (
            SubmissionRow.organisation, SubmissionRow.signer, SubmissionRow.ai_system,
            SubmissionRow.title, SubmissionRow.reference, SubmissionRow.file_name))))
    return query.where(and_(*conditions)) if conditions else query


def list_rows(session: Session, wanted: InboxFilter, *, sort: str = "received_at",
              descending: bool = True, limit: int | None = None,
              offset: int = 0) -> Sequence[SubmissionRow]:
    column = getattr(SubmissionRow, sort if sort in SORTABLE else "received_at")
    order = column.desc() if descending else column.asc()
    query = filtered(select(SubmissionRow), wanted).order_by(order, SubmissionRow.id.desc())
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return session.scalars(query).all()


def count_rows(session: Session, wanted: InboxFilter) -> int:
    query = filtered(select(func.count()).select_from(SubmissionRow), wanted)
    return int(session.scalar(query) or 0)


def find_by_sha256(session: Session, sha256: str) -> SubmissionRow | None:
    return session.scalars(select(SubmissionRow).where(SubmissionRow.sha256 == sha256)).first()


def _lineage_key(row: SubmissionRow) -> tuple[str, str, str] | None:
    if not (row.organisation and row.questionnaire_id) or not row.intact:
        return None
    return row.organisation, row.ai_system, row.questionnaire_id


def _relink(lineage: Sequence[SubmissionRow]) -> None:
    ordered = sorted(lineage, key=lambda r: (r.claimed_signing_time or r.received_at, r.id))
    previous: SubmissionRow | None = None
    for item in ordered:
        wanted = previous.id if previous else None
        if item.previous_id != wanted:
            item.previous_id = wanted
        previous = item


def relink_lineage(session: Session, row: SubmissionRow) -> None:
    """Link every intact report of the same organisation, AI system and questionnaire to the one
    signed before it. Files arrive in any order (a folder is read alphabetically), so the whole
    (small) lineage is ordered again by claimed signing time, then by arrival."""
    key = _lineage_key(row)
    if key is None:
        return
    _relink(session.scalars(select(SubmissionRow).where(
        SubmissionRow.organisation == key[0], SubmissionRow.ai_system == key[1],
        SubmissionRow.questionnaire_id == key[2], SubmissionRow.intact.is_(True))
    ).all())


def relink_lineages(session: Session, rows: Sequence[SubmissionRow]) -> None:
    """relink_lineage for every lineage the rows belong to, read in one query: each lineage is
    ordered again as a whole, so the links are the same as after relinking row by row."""
    keys = {key for key in map(_lineage_key, rows) if key is not None}
    if not keys:
        return
    organisations = sorted({key[0] for key in keys})
    found: dict[tuple[str, str, str], list[SubmissionRow]] = {key: [] for key in keys}
    for start in range(0, len(organisations), 500):  # bounded IN lists
        for row in session.scalars(select(SubmissionRow).where(
                SubmissionRow.organisation.in_(organisations[start:start + 500]),
                SubmissionRow.intact.is_(True))):
            lineage = found.get((row.organisation, row.ai_system, row.questionnaire_id))
            if lineage is not None:
                lineage.append(row)
    for lineage in found.values():
        _relink(lineage)


def insert_submission(session: Session, values: dict[str, Any], data: bytes,
                      actor: str) -> SubmissionRow | None:
    """Store one submission; None when a file with the same SHA-256 is there already — also when
    another officer stored it a moment ago (the unique constraint decides, in a savepoint)."""
    if find_by_sha256(session, values["sha256"]) is not None:
        return None
    try:
        with session.begin_nested():
            row = SubmissionRow(**values)
            session.add(row)
            session.flush()
            session.add(SubmissionFileRow(submission_id=row.id, data=data))
            relink_lineage(session, row)
            add_event(session, row.id, EventKind.RECEIVED, actor, new_status=ReviewStatus.NEW)
            session.flush()
    except IntegrityError:
        return None
    return row


def insert_submissions(session: Session, items: Sequence[tuple[dict[str, Any], bytes]],
                       actor: str) -> list[SubmissionRow | None]:
    """insert_submission for a batch, in a few statements: the files not there yet (by SHA-256,
    one query; the first of two equal files in the batch) are inserted together in one
    savepoint. If the unique constraint refuses the batch (another officer stored one of its
    files a moment ago), each file is inserted on its own as insert_submission does."""
    shas = [values["sha256"] for values, _ in items]
    stored = set(session.scalars(select(SubmissionRow.sha256).where(SubmissionRow.sha256.in_(shas))))
    fresh: list[int] = []
    for index, sha in enumerate(shas):
        if sha not in stored:
            stored.add(sha)
            fresh.append(index)
    results: list[SubmissionRow | None] = [None] * len(items)
    try:
        with session.begin_nested():
            rows = [SubmissionRow(**items[index][0]) for index in fresh]
            session.add_all(rows)
            session.flush()
            for index, row in zip(fresh, rows, strict=True):
                session.add(SubmissionFileRow(submission_id=row.id, data=items[index][1]))
                add_event(session, row.id, EventKind.RECEIVED, actor, new_status=ReviewStatus.NEW)
            relink_lineages(session, rows)
            session.flush()
    except IntegrityError:
        return [insert_submission(session, values, data, actor) for values, data in items]
    for index, row in zip(fresh, rows, strict=True):
        results[index] = row
    return results


def add_event(session: Session, submission_id: int, kind: EventKind, actor: str, *,
              old_status: ReviewStatus | None = None, new_status: ReviewStatus | None = None,
              question_id: str | None = None, comment: str = "",
              due_date: dt.date | None = None) -> SubmissionEventRow:
    event = SubmissionEventRow(
        submission_id=submission_id, at=utc_now(), actor=actor, kind=kind.value,
        old_status=old_status.value if old_status else None,
        new_status=new_status.value if new_status else None,
        question_id=question_id, comment=comment, due_date=due_date)
    session.add(event)
    return event


def set_status(session: Session, submission_id: int, expected_version: int,
               status: ReviewStatus, reviewer: str, due_date: dt.date | None) -> bool:
    """Compare-and-set on the version column: False when someone else changed the row first."""
    result = session.execute(
        update(SubmissionRow)
        .where(SubmissionRow.id == submission_id, SubmissionRow.version == expected_version)
        .values(status=status.value, reviewer=reviewer, due_date=due_date,
                version=SubmissionRow.version + 1)
        .execution_options(synchronize_session=False))
    return bool(getattr(result, "rowcount", 0) == 1)


def events(session: Session, submission_id: int) -> Sequence[SubmissionEventRow]:
    return session.scalars(select(SubmissionEventRow)
                           .where(SubmissionEventRow.submission_id == submission_id)
                           .order_by(SubmissionEventRow.id)).all()


def file_bytes(session: Session, submission_id: int) -> bytes | None:
    row = session.get(SubmissionFileRow, submission_id)
    return bytes(row.data) if row is not None else None


def grouped_counts(session: Session, column_name: str, wanted: InboxFilter) -> list[tuple[str, int]]:
    column = getattr(SubmissionRow, column_name)
    query = filtered(select(column, func.count()).group_by(column), wanted)
    return sorted(((str(value or ""), int(n)) for value, n in session.execute(query)),
                  key=lambda item: (-item[1], item[0]))


def json_list_counts(session: Session, column_name: str, wanted: InboxFilter) -> list[tuple[str, int]]:
    """How often each id occurs across the JSON lists of a column (red flags, recommendations).
    Grouped by the stored list first: each distinct list is parsed once, not once per report."""
    column = getattr(SubmissionRow, column_name)
    totals: dict[str, int] = {}
    for raw, count in session.execute(filtered(select(column, func.count()).group_by(column),
                                               wanted)):
        try:
            ids = json.loads(raw or "[]")
        except ValueError:
            continue
        for item in ids if isinstance(ids, list) else ():
            totals[str(item)] = totals.get(str(item), 0) + int(count)
    return sorted(totals.items(), key=lambda item: (-item[1], item[0]))


def received_months(session: Session, wanted: InboxFilter) -> list[tuple[str, int]]:
    """Reports per "YYYY-MM" of the received time (UTC), oldest first, counted by the database
    (the stored time is ISO 8601 text in UTC, so its first seven characters are the month)."""
    month: Any = func.substr(SubmissionRow.received_at, 1, 7, type_=String)
    query = filtered(select(month, func.count()).group_by(month).order_by(month), wanted)
    return [(str(value), int(n)) for value, n in session.execute(query)]
