"""Plain SQL on a DB-API (sqlite3) connection: the one read or write path of each query here.

What the app does at start-up, on Home, with an assessment open and on every answer save runs
here, in `Database.reading()` / `Database.writing()`: no SQLAlchemy is loaded for it (its import
alone is ~27 MiB of a GUI process) and rows come back without per-row type processing. Use cases
that work in an ORM session (import, duplicate, upgrade, export) call the same functions on the
session's own connection and transaction: `driver_of(session)`. Timestamps are ISO text (UTC).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Collection
from typing import TYPE_CHECKING, Any, NamedTuple

from aisafe_desktop.core.status import BY_VALUE, AssessmentStatus
from aisafe_desktop.storage.timestamps import utc_from_text, utc_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PROFILE_ID = 1


def driver_of(session: Session) -> sqlite3.Connection:
    """The session's own DB-API connection, in its transaction."""
    driver = session.connection().connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    return driver


# The list view's query: 10,000 rows must come back in well under 100 ms, and per-row type
# processing would cost more than SQLite itself. No ORDER BY: a table scan plus a sort in Python
# is several times faster than walking an index for every row.
_LIST_SQL = """
SELECT a.id, a.title, a.questionnaire_id, a.questionnaire_version, a.questionnaire_sha256,
       s.name, a.language, a.status, a.answered, a.applicable, a.band_id, a.updated_at,
       a.trashed_at
FROM assessments AS a LEFT JOIN ai_systems AS s ON s.id = a.ai_system_id"""


# The newest rows (Home's first screenful): picked by id and time before the join.
_NEWEST = """
WHERE a.id IN (SELECT id FROM assessments ORDER BY updated_at DESC, id DESC LIMIT ?)
ORDER BY a.updated_at DESC, a.id DESC"""
_NEWEST_KEPT = """
WHERE a.id IN (SELECT id FROM assessments WHERE trashed_at IS NULL
               ORDER BY updated_at DESC, id DESC LIMIT ?)
ORDER BY a.updated_at DESC, a.id DESC"""


def list_assessments(driver: sqlite3.Connection, include_trashed: bool,
                     limit: int | None = None) -> list[tuple[Any, ...]]:
    """Plain tuples (timestamps as ISO text), newest first by updated_at (then by id). `limit`:
    only the newest rows, picked by id and time alone (sorting whole joined rows took 13 ms for
    10,000 assessments, this 4 ms: about SQLite's scan of the table)."""
    sql = _LIST_SQL if include_trashed else _LIST_SQL + " WHERE a.trashed_at IS NULL"
    if limit is not None:
        newest = _LIST_SQL + (_NEWEST if include_trashed else _NEWEST_KEPT)
        return driver.execute(newest, (limit,)).fetchall()
    rows: list[tuple[Any, ...]] = driver.execute(sql).fetchall()
    rows.sort(key=lambda r: (r[11], r[0]), reverse=True)
    return rows


def source_labels(driver: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """sha256 -> (title_json, bands_json) of every stored questionnaire copy."""
    rows = driver.execute("SELECT sha256, title_json, bands_json FROM questionnaire_sources")
    return {sha: (title, bands) for sha, title, bands in rows}


class StoredSource(NamedTuple):
    """A stored copy of a questionnaire: its id, version and exact YAML bytes."""

    questionnaire_id: str
    version: str
    source: bytes


def source_of(driver: sqlite3.Connection, sha256: str) -> StoredSource | None:
    row = driver.execute("SELECT questionnaire_id, version, source FROM questionnaire_sources "
                         "WHERE sha256 = ?", (sha256,)).fetchone()
    return None if row is None else StoredSource(row[0], row[1], bytes(row[2]))


class Profile(NamedTuple):
    """The organisation profile as stored (one row)."""

    name: str
    registration_number: str
    country: str
    sector: str
    size: str
    contact_name: str
    contact_email: str


def profile(driver: sqlite3.Connection) -> Profile | None:
    row = driver.execute("SELECT name, registration_number, country, sector, size, contact_name, "
                         "contact_email FROM organisation_profile WHERE id = ?",
                         (PROFILE_ID,)).fetchone()
    return None if row is None else Profile(*row)


# The answers and their history are written in one way only: the plain SQL statements below, on
# the DB-API connection of the unit of work (an answer save's `Database.writing()`, or
# `driver_of(session)` inside a session: importing, duplicating, upgrading). Saving an answer is
# the hot path of the app (one call per click): these are a handful of SQLite statements, and
# SQLAlchemy's statement execution (~50 µs each) and session would cost several times what SQLite
# itself does. The sqlite3 module keeps each statement prepared (its statement cache).
_HEADER_SQL = ("SELECT questionnaire_id, questionnaire_version, questionnaire_sha256, status, "
               "updated_at, trashed_at, title, language, ai_system_id FROM assessments "
               "WHERE id = ?")
_ANSWERS_SQL = "SELECT question_id, value_json, comment FROM answers WHERE assessment_id = ?"
_UPSERT_SQL = ("INSERT INTO answers (assessment_id, question_id, value_json, comment, updated_at) "
               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
               "value_json = excluded.value_json, comment = excluded.comment, "
               "updated_at = excluded.updated_at")
_REMOVE_SQL = "DELETE FROM answers WHERE assessment_id = ? AND question_id = ?"
_HISTORY_SQL = ("INSERT INTO answer_history (assessment_id, question_id, old_value_json, "
                "new_value_json, old_comment, new_comment, reason, changed_at, os_user) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
# After a save: the time, the progress moved by the difference the save made and, when the
# answer changed a completed assessment, its result dropped (it is provisional again).
_SAVED_SQL = ("UPDATE assessments SET updated_at = ?, answered = answered + ?, "
              "applicable = applicable + ? WHERE id = ?")
_SAVED_AS_DRAFT_SQL = ("UPDATE assessments SET updated_at = ?, answered = answered + ?, "
                       "applicable = applicable + ?, status = ?, band_id = NULL, "
                       "completed_at = NULL WHERE id = ?")
_SOME_ANSWERS_SQL: dict[int, str] = {}  # by number of question ids: each text prepared once


def answers_of(driver: sqlite3.Connection,
               assessment_id: int) -> dict[str, tuple[str | None, str | None]]:
    """question id -> (value JSON, comment) of every stored answer of the assessment."""
    rows = driver.execute(_ANSWERS_SQL, (assessment_id,))
    return {qid: (value, comment) for qid, value, comment in rows}


def answer_values_of(driver: sqlite3.Connection, assessment_id: int,
                     question_ids: Collection[str]) -> dict[str, tuple[str | None, str | None]]:
    """question id -> (value JSON, comment) of some questions (the hot path: a save reads what it
    can change, not every answer of the assessment)."""
    count = len(question_ids)
    sql = _SOME_ANSWERS_SQL.get(count)
    if sql is None:
        sql = _SOME_ANSWERS_SQL.setdefault(
            count, f"{_ANSWERS_SQL} AND question_id IN ({', '.join('?' * count)})")
    rows = driver.execute(sql, (assessment_id, *question_ids))
    return {qid: (value, comment) for qid, value, comment in rows}


def write_answer(driver: sqlite3.Connection, assessment_id: int, question_id: str,
                 value_json: str | None, comment: str | None, now: dt.datetime) -> None:
    """The one way answers are written: insert or update the answer, or remove it when neither a
    value nor a comment is left. (Its history entry is the caller's: `append_history`.)"""
    if value_json is None and comment is None:
        driver.execute(_REMOVE_SQL, (assessment_id, question_id))
        return
    driver.execute(_UPSERT_SQL, (assessment_id, question_id, value_json, comment, utc_text(now)))


class AssessmentHeader(NamedTuple):
    """An assessment's own fields, as saving an answer and opening the assessment need them (no
    ORM object is built)."""

    questionnaire_id: str
    questionnaire_version: str
    questionnaire_sha256: str
    status: AssessmentStatus
    updated_at: dt.datetime
    trashed_at: dt.datetime | None
    title: str
    language: str
    ai_system_id: int | None


def assessment_header(driver: sqlite3.Connection, assessment_id: int) -> AssessmentHeader | None:
    row = driver.execute(_HEADER_SQL, (assessment_id,)).fetchone()
    if row is None:
        return None
    questionnaire_id, version, sha256, status, updated_at, trashed_at, title, language, system = row
    return AssessmentHeader(questionnaire_id, version, sha256, BY_VALUE[status],
                            utc_from_text(updated_at),
                            None if trashed_at is None else utc_from_text(trashed_at),
                            title, language, system)


def answer_saved(driver: sqlite3.Connection, assessment_id: int, now: dt.datetime, answered: int,
                 applicable: int, *, back_to_draft: bool) -> None:
    """Record on the assessment that one answer was saved (the hot path: a prepared statement)."""
    if back_to_draft:
        driver.execute(_SAVED_AS_DRAFT_SQL, (utc_text(now), answered, applicable,
                                             AssessmentStatus.DRAFT.value, assessment_id))
    else:
        driver.execute(_SAVED_SQL, (utc_text(now), answered, applicable, assessment_id))


class HistoryValues(NamedTuple):
    """One change of one answer, as the history table records it."""

    assessment_id: int
    question_id: str
    old_value_json: str | None
    new_value_json: str | None
    old_comment: str | None
    new_comment: str | None
    reason: str
    changed_at: dt.datetime
    os_user: str


def append_history(driver: sqlite3.Connection, entry: HistoryValues) -> None:
    """The one way history is written: a plain INSERT (the table is append-only: triggers refuse
    UPDATE and DELETE)."""
    driver.execute(_HISTORY_SQL, (*entry[:7], utc_text(entry.changed_at), entry.os_user))


# The questions whose latest history entry has a given reason: two index lookups, only over
# questions that ever had such an entry.
_LAST_REASONS_SQL = """
SELECT question_id FROM answer_history
WHERE reason = ? AND id IN (
    SELECT max(id) FROM answer_history
    WHERE assessment_id = ? AND question_id IN (
        SELECT question_id FROM answer_history WHERE assessment_id = ? AND reason = ?)
    GROUP BY question_id)"""


def last_reasons(driver: sqlite3.Connection, assessment_id: int, reason: str) -> frozenset[str]:
    """The questions whose latest history entry has `reason` (e.g. still as prefilled)."""
    rows = driver.execute(_LAST_REASONS_SQL, (reason, assessment_id, assessment_id, reason))
    return frozenset(qid for (qid,) in rows)


class ReceiptRecord(NamedTuple):
    """A stored review receipt's fields (not its file)."""

    id: int
    assessment_id: int
    decision: str
    decided_at: dt.datetime
    reviewer: str
    due_date: str
    report_sha256: str
    report_reference: str
    agency: str
    comments: str
    signer: str
    signer_fingerprint: str
    trusted: bool
    received_at: dt.datetime


_RECEIPTS_SQL = ("SELECT id, assessment_id, decision, decided_at, reviewer, due_date, "
                 "report_sha256, report_reference, agency, comments, signer, signer_fingerprint, "
                 "trusted, received_at FROM review_receipts WHERE assessment_id = ? "
                 "ORDER BY decided_at DESC, id DESC")


def receipts_of(driver: sqlite3.Connection, assessment_id: int) -> list[ReceiptRecord]:
    """The receipts about an assessment, newest decision first."""
    return [ReceiptRecord(rid, aid, decision, utc_from_text(decided), reviewer, due, report,
                          reference, agency, comments, signer, fingerprint, bool(trusted),
                          utc_from_text(received))
            for (rid, aid, decision, decided, reviewer, due, report, reference, agency, comments,
                 signer, fingerprint, trusted, received)
            in driver.execute(_RECEIPTS_SQL, (assessment_id,))]
