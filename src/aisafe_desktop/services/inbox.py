"""The agency inbox's use cases, shared by `aisafe inbox …` and the GUI's Inbox.

Receive files (verified in worker processes, stored in batches, a file added twice stored once),
list and filter, show one report, review it (new → under review → accepted / returned, every
change kept), and count for the dashboard. Officers at several machines share one PostgreSQL
inbox: a review made on a stale view is refused, never overwrites another officer's.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

from aisafe_desktop.reporting.verify_reasons import Finding, findings_from_json, findings_json
from aisafe_desktop.services.errors import WorkspaceError
from aisafe_desktop.services.inbox_facts import SubmissionFacts, clean_text
from aisafe_desktop.services.inbox_intake import Verifier, discover, verify_all
from aisafe_desktop.storage import inbox_repository as repo
from aisafe_desktop.storage.inbox_db import ConcurrentChange, InboxDatabase
from aisafe_desktop.storage.inbox_models import EventKind, ReviewStatus, SubmissionRow, Verdict
from aisafe_desktop.storage.inbox_repository import InboxFilter

BATCH = 50
RETURN_DAYS = 30  # a returned report's default due date, when the officer gives none
MAX_COMMENT = 10_000

# Which decisions may follow which: a decision can be reopened, nothing goes back to "new".
ALLOWED = {
    ReviewStatus.NEW: {ReviewStatus.UNDER_REVIEW, ReviewStatus.ACCEPTED, ReviewStatus.RETURNED},
    ReviewStatus.UNDER_REVIEW: {ReviewStatus.ACCEPTED, ReviewStatus.RETURNED},
    ReviewStatus.RETURNED: {ReviewStatus.UNDER_REVIEW, ReviewStatus.ACCEPTED},
    ReviewStatus.ACCEPTED: {ReviewStatus.UNDER_REVIEW, ReviewStatus.RETURNED},
}


class SubmissionNotFound(WorkspaceError):
    def __init__(self, submission_id: int) -> None:
        super().__init__("there is no submission {id} in the inbox", id=submission_id)


class ReviewRefused(WorkspaceError):
    """The review change is not allowed (e.g. back to "new")."""


@dataclass(frozen=True)
class Submission:
    """One row of the inbox table."""

    id: int
    sha256: str
    file_name: str
    size: int
    received: dt.datetime
    verdict: Verdict
    reason: str
    signer: str
    signer_fingerprint: str
    organisation: str
    country: str
    sector: str
    ai_system: str
    title: str
    questionnaire: str
    questionnaire_version: str
    band: str
    band_title: str
    score: float | None
    red_flags: tuple[str, ...]
    reference: str
    claimed_signing_time: dt.datetime | None
    status: ReviewStatus
    reviewer: str
    due_date: dt.date | None
    previous_id: int | None
    version: int
    findings: tuple[Finding, ...] = ()  # `reason` as translatable findings (none: older rows)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "sha256": self.sha256, "file": self.file_name, "size": self.size,
            "received": self.received.isoformat(), "verdict": self.verdict.value,
            "reason": self.reason, "signer": self.signer,
            "signer_fingerprint": self.signer_fingerprint, "organisation": self.organisation,
            "country": self.country, "sector": self.sector, "ai_system": self.ai_system,
            "title": self.title, "questionnaire": self.questionnaire,
            "questionnaire_version": self.questionnaire_version, "band": self.band,
            "band_title": self.band_title, "score": self.score, "red_flags": list(self.red_flags),
            "reference": self.reference,
            "claimed_signing_time": (self.claimed_signing_time.isoformat()
                                     if self.claimed_signing_time else None),
            "status": self.status.value, "reviewer": self.reviewer,
            "due_date": self.due_date.isoformat() if self.due_date else None,
            "previous_id": self.previous_id, "version": self.version,
        }


def _json_list(raw: str) -> tuple[str, ...]:
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def to_submission(row: SubmissionRow) -> Submission:
    return Submission(
        id=row.id, sha256=row.sha256, file_name=row.file_name, size=row.size,
        received=row.received_at, verdict=Verdict(row.verdict), reason=row.reason,
        signer=row.signer, signer_fingerprint=row.signer_fingerprint,
        organisation=row.organisation, country=row.country, sector=row.sector,
        ai_system=row.ai_system, title=row.title, questionnaire=row.questionnaire_id,
        questionnaire_version=row.questionnaire_version, band=row.band,
        band_title=row.band_title, score=row.score, red_flags=_json_list(row.red_flags),
        reference=row.reference, claimed_signing_time=row.claimed_signing_time,
        status=ReviewStatus(row.status), reviewer=row.reviewer, due_date=row.due_date,
        previous_id=row.previous_id, version=row.version,
        findings=findings_from_json(row.reason_json))


@dataclass(frozen=True)
class Event:
    at: dt.datetime
    actor: str
    kind: EventKind
    old_status: ReviewStatus | None
    new_status: ReviewStatus | None
    question_id: str | None
    comment: str
    due_date: dt.date | None

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "actor": self.actor, "kind": self.kind.value,
                "old_status": self.old_status.value if self.old_status else None,
                "new_status": self.new_status.value if self.new_status else None,
                "question": self.question_id, "comment": self.comment,
                "due_date": self.due_date.isoformat() if self.due_date else None}


@dataclass(frozen=True)
class AnswerChange:
    question_id: str
    before: object
    after: object


@dataclass(frozen=True)
class SubmissionDetail:
    submission: Submission
    events: tuple[Event, ...]
    answers: Mapping[str, Any]  # the verified answers document (empty for an invalid file)
    previous: Submission | None = None
    changes: tuple[AnswerChange, ...] = ()

    @property
    def comments(self) -> tuple[Event, ...]:
        return tuple(e for e in self.events if e.kind is EventKind.COMMENT)


@dataclass
class ReceiveReport:
    """What one receive did: counts for the officer, ids for the table."""

    added: list[int] = field(default_factory=list)
    duplicates: int = 0
    skipped: int = 0  # files a folder walk passed over (not *.pdf)
    by_verdict: dict[str, int] = field(default_factory=dict)
    cancelled: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"added": len(self.added), "ids": self.added, "duplicates": self.duplicates,
                "skipped_not_pdf": self.skipped, "by_verdict": self.by_verdict,
                "cancelled": self.cancelled}


Progress = Callable[[int, int], None]


def _values(facts: SubmissionFacts, actor: str) -> dict[str, Any]:
    return {
        "sha256": facts.sha256, "file_name": facts.file_name, "size": len(facts.data),
        "received_at": dt.datetime.now(dt.UTC), "received_by": actor,
        "verdict": facts.verdict.value, "reason": facts.reason, "intact": facts.intact,
        "reason_json": findings_json(facts.findings),
        "signer": facts.signer, "signer_fingerprint": facts.signer_fingerprint,
        "organisation": facts.organisation, "country": facts.country, "sector": facts.sector,
        "ai_system": facts.ai_system, "title": facts.title,
        "questionnaire_id": facts.questionnaire_id,
        "questionnaire_version": facts.questionnaire_version,
        "questionnaire_sha256": facts.questionnaire_sha256, "band": facts.band,
        "band_title": facts.band_title, "score": facts.score,
        "red_flags": json.dumps(list(facts.red_flags)),
        "recommendations": json.dumps(list(facts.recommendations)),
        "reference": facts.reference, "claimed_signing_time": facts.claimed_signing_time,
        "answers_json": facts.answers_json, "status": ReviewStatus.NEW.value,
        "reviewer": "", "due_date": None, "version": 1,
    }


class Inbox:
    """The use cases over one inbox database, on behalf of one officer (`actor`)."""

    def __init__(self, database: InboxDatabase, actor: str = "") -> None:
        self.database = database
        self.actor = clean_text(actor, 120)

    # -- receiving ---------------------------------------------------------------------------
    def receive(self, paths: Iterable[Path], factory: Callable[[], Verifier], *,
                progress: Progress | None = None, cancelled: Callable[[], bool] = lambda: False,
                workers: int | None = None) -> ReceiveReport:
        found = discover(paths)
        report = ReceiveReport(skipped=found.skipped)
        total = len(found.files)
        pending: list[SubmissionFacts] = []
        done = 0
        for facts in verify_all(found.files, factory, workers=workers, cancelled=cancelled):
            pending.append(facts)
            done += 1
            if len(pending) >= BATCH:
                self._store(pending, report)
                pending = []
            if progress:
                progress(done, total)
        self._store(pending, report)
        report.cancelled = done < total
        return report

    def add_facts(self, batch: Iterable[SubmissionFacts]) -> ReceiveReport:
        """Store already-verified files (used by receive, and by tests of concurrent officers)."""
        report = ReceiveReport()
        self._store(list(batch), report)
        return report

    def _store(self, batch: list[SubmissionFacts], report: ReceiveReport) -> None:
        if not batch:
            return
        with self.database.session() as session:
            rows = repo.insert_submissions(
                session, [(_values(facts, self.actor), facts.data) for facts in batch], self.actor)
            for facts, row in zip(batch, rows, strict=True):
                if row is None:
                    report.duplicates += 1
                    continue
                report.added.append(row.id)
                report.by_verdict[facts.verdict.value] = \
                    report.by_verdict.get(facts.verdict.value, 0) + 1

    def reverify(self, factory: Callable[[], Verifier],
                 submission_ids: Iterable[int] | None = None) -> dict[str, int]:
        """Verify stored originals again (after a signer or CA was trusted, or a CRL arrived)
        and update each verdict; the review status and history are left as they are."""
        verifier = factory()
        counts: dict[str, int] = {}
        with self.database.session() as session:
            query = select(SubmissionRow.id)
            if submission_ids is not None:
                query = query.where(SubmissionRow.id.in_(list(submission_ids)))
            for sid in list(session.scalars(query)):
                row = session.get(SubmissionRow, sid)
                data = repo.file_bytes(session, sid)
                if row is None or not data:
                    continue
                facts = verifier(data, row.file_name)
                if facts.verdict.value != row.verdict or facts.reason != row.reason:
                    row.verdict, row.reason = facts.verdict.value, facts.reason
                    row.intact = facts.intact
                row.reason_json = findings_json(facts.findings)
                counts[row.verdict] = counts.get(row.verdict, 0) + 1
        return counts

    # -- looking -----------------------------------------------------------------------------
    def list(self, wanted: InboxFilter | None = None, *, sort: str = "received_at",
             descending: bool = True, limit: int | None = None,
             offset: int = 0) -> list[Submission]:
        with self.database.session() as session:
            rows = repo.list_rows(session, wanted or InboxFilter(), sort=sort,
                                  descending=descending, limit=limit, offset=offset)
            return [to_submission(row) for row in rows]

    def count(self, wanted: InboxFilter | None = None) -> int:
        with self.database.session() as session:
            return repo.count_rows(session, wanted or InboxFilter())

    def get(self, submission_id: int) -> Submission:
        with self.database.session() as session:
            return to_submission(self._row(session, submission_id))

    def show(self, submission_id: int) -> SubmissionDetail:
        with self.database.session() as session:
            row = self._row(session, submission_id)
            events = tuple(Event(e.at, e.actor, EventKind(e.kind),
                                 ReviewStatus(e.old_status) if e.old_status else None,
                                 ReviewStatus(e.new_status) if e.new_status else None,
                                 e.question_id, e.comment, e.due_date)
                           for e in repo.events(session, submission_id))
            answers = _answers_of(row)
            previous_row = session.get(SubmissionRow, row.previous_id) if row.previous_id else None
            previous = to_submission(previous_row) if previous_row else None
            changes = _changes(_answers_of(previous_row), answers) if previous_row else ()
            return SubmissionDetail(to_submission(row), events, answers, previous, changes)

    def answer_values(self, submission_ids: Iterable[int]) -> dict[int, dict[str, object]]:
        """Question id → answered value of each listed (intact) report, in one query."""
        wanted = list(submission_ids)
        with self.database.session() as session:
            rows = session.execute(select(SubmissionRow.id, SubmissionRow.answers_json)
                                   .where(SubmissionRow.id.in_(wanted)))
            return {sid: _values_by_question(_parsed(raw)) for sid, raw in rows if raw}

    def original(self, submission_id: int) -> bytes:
        with self.database.session() as session:
            self._row(session, submission_id)
            return repo.file_bytes(session, submission_id) or b""

    # -- reviewing ---------------------------------------------------------------------------
    def review(self, submission_id: int, status: ReviewStatus, *, comment: str = "",
               due_date: dt.date | None = None, expected_version: int | None = None,
               question_comments: Mapping[str, str] | None = None) -> Submission:
        """Change the status (with an optional comment on the whole report and per question).

        `expected_version` is the version the officer looked at; when another officer changed
        the submission since, ConcurrentChange is raised and nothing is written."""
        with self.database.session() as session:
            row = self._row(session, submission_id)
            old = ReviewStatus(row.status)
            if status is not old and status not in ALLOWED[old]:
                raise ReviewRefused("a submission that is {old} cannot become {new}",
                                    old=old.value, new=status.value)
            if status is ReviewStatus.RETURNED and due_date is None:
                due_date = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=RETURN_DAYS)
            version = row.version if expected_version is None else expected_version
            if not repo.set_status(session, submission_id, version, status, self.actor,
                                   due_date if status is ReviewStatus.RETURNED else None):
                raise ConcurrentChange(
                    "submission {id} was changed by {who} while you were looking at it; "
                    "nothing was overwritten. Open it again to see the change.",
                    id=submission_id, who=row.reviewer or "another officer")
            if status is not old:
                repo.add_event(session, submission_id, EventKind.STATUS, self.actor,
                               old_status=old, new_status=status, due_date=due_date)
            self._comments(session, submission_id, comment, question_comments or {})
            session.flush()
            session.expire(row)
            return to_submission(self._row(session, submission_id))

    def comment(self, submission_id: int, text: str, question_id: str | None = None) -> None:
        with self.database.session() as session:
            self._row(session, submission_id)
            self._comments(session, submission_id, "" if question_id else text,
                           {question_id: text} if question_id else {})

    def _comments(self, session: Any, submission_id: int, whole: str,
                  per_question: Mapping[str, str]) -> None:
        if whole.strip():
            repo.add_event(session, submission_id, EventKind.COMMENT, self.actor,
                           comment=whole.strip()[:MAX_COMMENT])
        for question_id, text in per_question.items():
            if text.strip():
                repo.add_event(session, submission_id, EventKind.COMMENT, self.actor,
                               question_id=clean_text(question_id, 120),
                               comment=text.strip()[:MAX_COMMENT])

    @staticmethod
    def _row(session: Any, submission_id: int) -> SubmissionRow:
        row = session.get(SubmissionRow, submission_id)
        if row is None:
            raise SubmissionNotFound(submission_id)
        return row  # type: ignore[no-any-return]


def _answers_of(row: SubmissionRow | None) -> dict[str, Any]:
    return _parsed(row.answers_json) if row is not None else {}


def _parsed(raw: str) -> dict[str, Any]:
    """A stored answers document (written by us from a verified file; {} when absent)."""
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _values_by_question(document: Mapping[str, Any]) -> dict[str, object]:
    answers = document.get("answers")
    if not isinstance(answers, dict):
        return {}
    return {str(qid): (a.get("value") if isinstance(a, dict) else None)
            for qid, a in answers.items()}


def _changes(before_doc: Mapping[str, Any], after_doc: Mapping[str, Any]) -> tuple[AnswerChange, ...]:
    before, after = _values_by_question(before_doc), _values_by_question(after_doc)
    return tuple(AnswerChange(qid, before.get(qid), after.get(qid))
                 for qid in sorted(set(before) | set(after)) if before.get(qid) != after.get(qid))
