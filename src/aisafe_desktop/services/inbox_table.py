"""What the inbox table reads: short rows a page at a time, the count, the filters' choices.

The table is the officer's first sight of an inbox of thousands of reports, so it reads only what
it shows (services/inbox.Submission, with the answers' facts, is for the report view and the
exports). Each function is one read-only unit of work (never waiting for a receive's write
lock), run on the Inbox window's reader thread.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from aisafe_desktop.reporting.verify_reasons import Finding, findings_from_json
from aisafe_desktop.services.inbox import Inbox
from aisafe_desktop.storage import inbox_listing as listing
from aisafe_desktop.storage import inbox_repository as repo
from aisafe_desktop.storage.inbox_models import ReviewStatus, Verdict
from aisafe_desktop.storage.inbox_repository import InboxFilter


@dataclass(frozen=True)
class TableRow:
    """One line of the inbox table."""

    id: int
    verdict: Verdict
    status: ReviewStatus
    organisation: str
    file_name: str
    country: str
    sector: str
    questionnaire: str
    band: str
    band_title: str
    score: float | None
    signer: str
    received: dt.datetime
    reason: str
    reason_json: str

    @cached_property
    def findings(self) -> tuple[Finding, ...]:
        """The reason as translatable findings: parsed only when a tooltip asks for it."""
        return findings_from_json(self.reason_json)


def table_page(inbox: Inbox, wanted: InboxFilter, *, sort: str = "received_at",
               descending: bool = True, limit: int = 64, offset: int = 0) -> list[TableRow]:
    with inbox.database.reading() as session:
        rows = listing.table_page(session, wanted, sort=sort, descending=descending,
                                  limit=limit, offset=offset)
        return [TableRow(r.id, Verdict(r.verdict), ReviewStatus(r.status), r.organisation,
                         r.file_name, r.country, r.sector, r.questionnaire_id, r.band,
                         r.band_title, r.score, r.signer, r.received_at, r.reason,
                         r.reason_json) for r in rows]


def table_count(inbox: Inbox, wanted: InboxFilter) -> int:
    with inbox.database.reading() as session:
        return repo.count_rows(session, wanted)


def filter_choices(inbox: Inbox) -> dict[str, list[str]]:
    """The stored values of each choice filter (band, country, sector, questionnaire)."""
    with inbox.database.reading() as session:
        return {name: listing.distinct_values(session, name) for name in listing.CHOICE_COLUMNS}
