"""The inbox table's reads: one page of the columns the table shows, the count, the filter choices.

Plain column selects (no ORM objects, never the answers or the file): the window asks for a page
that fills its viewport first and the next pages as the officer scrolls (Qt's fetchMore), so a
filter change reads a few dozen short rows whatever the size of the inbox. Every filter and sort
column has an index (inbox_models); tests/storage/test_inbox_listing.py checks the plans on
SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from aisafe_desktop.storage.inbox_models import SubmissionRow
from aisafe_desktop.storage.inbox_repository import SORTABLE, InboxFilter, filtered

# What one table row needs, in this order (services/inbox_table.TableRow has the same fields).
TABLE_COLUMNS = (
    SubmissionRow.id, SubmissionRow.verdict, SubmissionRow.status, SubmissionRow.organisation,
    SubmissionRow.file_name, SubmissionRow.country, SubmissionRow.sector,
    SubmissionRow.questionnaire_id, SubmissionRow.band, SubmissionRow.band_title,
    SubmissionRow.score, SubmissionRow.signer, SubmissionRow.received_at, SubmissionRow.reason,
    SubmissionRow.reason_json,
)

# The filters whose choices come from the stored values.
CHOICE_COLUMNS = {"band": SubmissionRow.band, "country": SubmissionRow.country,
                  "sector": SubmissionRow.sector, "questionnaire": SubmissionRow.questionnaire_id}


def page_query(wanted: InboxFilter, sort: str, descending: bool, limit: int,
               offset: int) -> Any:
    column = getattr(SubmissionRow, sort if sort in SORTABLE else "received_at")
    order = column.desc() if descending else column.asc()
    # id breaks ties in the same direction, so the received_at index (which ends in the row id
    # on SQLite) gives the order without a sort step
    tie = SubmissionRow.id.desc() if descending else SubmissionRow.id.asc()
    columns = cast("Select[Any]", select(*TABLE_COLUMNS))
    return (filtered(columns, wanted).order_by(order, tie)
            .limit(limit).offset(offset))


def table_page(session: Session, wanted: InboxFilter, *, sort: str = "received_at",
               descending: bool = True, limit: int = 64,
               offset: int = 0) -> Sequence[Row[Any]]:
    return session.execute(page_query(wanted, sort, descending, limit, offset)).all()


def distinct_values(session: Session, column_name: str) -> list[str]:
    """The stored values of one filter column (an index-only read), sorted, without blanks."""
    column = CHOICE_COLUMNS[column_name]
    values = session.scalars(select(column).distinct().where(column != "")).all()
    return sorted(str(v) for v in values if v)
