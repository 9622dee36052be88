"""The action plan: each recommendation of an assessment as a checklist item (done, owner, due
date), saved with the assessment (table action_items, revision 0006), carried into the answers
document (key "action_plan", see core.action_plan) and so into the PDF report and an
exported answers file.

Items are keyed by recommendation id; an item is kept when its recommendation no longer applies
(answers change), and shown again if it applies again.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from aisafe_desktop.core.action_plan import ActionItem, plan_from_json, plan_json
from aisafe_desktop.core.errors import Message
from aisafe_desktop.services.assessments_store import BAD_TEXT, Store, one_line, storable
from aisafe_desktop.services.errors import InvalidInput

if TYPE_CHECKING:  # the ORM is loaded when the plan is read or saved, not by the checks above
    from sqlalchemy.orm import Session

MAX_OWNER = 200


def check_owner(owner: str) -> str:
    if not storable(owner):
        raise InvalidInput("owner", BAD_TEXT)
    cleaned = one_line(owner)
    if len(cleaned) > MAX_OWNER:
        raise InvalidInput("owner", Message("keep the owner under {limit} characters",
                                            limit=MAX_OWNER))
    return cleaned


def check_due_date(due: str) -> str:
    """An ISO 8601 calendar date (YYYY-MM-DD) or nothing."""
    due = due.strip()
    if not due:
        return ""
    try:
        return dt.date.fromisoformat(due).isoformat() if len(due) == 10 else _bad_date(due)
    except ValueError:
        return _bad_date(due)


def _bad_date(due: str) -> str:
    raise InvalidInput("due date", Message("write the due date as YYYY-MM-DD, e.g. 2027-03-31 "
                                           "(found {value})", value=due))


def items_in(session: Session, assessment_id: int) -> dict[str, ActionItem]:
    from sqlalchemy import select

    from aisafe_desktop.storage.models import ActionItemRow

    rows = session.scalars(select(ActionItemRow).where(
        ActionItemRow.assessment_id == assessment_id)).all()
    return {r.recommendation_id: ActionItem(r.recommendation_id, r.done, r.owner, r.due_date)
            for r in rows}


def action_plan(store: Store, assessment_id: int) -> dict[str, ActionItem]:
    """The saved checklist items of an assessment, by recommendation id."""
    with store.db.session(read_only=True) as session:
        store.assessment(session, assessment_id)
        return items_in(session, assessment_id)


def save_action_item(store: Store, assessment_id: int, item: ActionItem) -> ActionItem:
    """Save one checklist item (checked: owner and due date are cleaned, the date is ISO).
    Raises InvalidInput for an unreadable date or an owner that is too long."""
    cleaned = ActionItem(item.recommendation_id, bool(item.done), check_owner(item.owner),
                         check_due_date(item.due_date))
    with store.db.session() as session:
        store.assessment(session, assessment_id, writable=True)
        put_item(session, assessment_id, cleaned, store.now())
    return cleaned


def put_item(session: Session, assessment_id: int, item: ActionItem, now: dt.datetime) -> None:
    from aisafe_desktop.storage.models import ActionItemRow

    row = session.get(ActionItemRow, (assessment_id, item.recommendation_id))
    if row is None:
        row = ActionItemRow(assessment_id=assessment_id, recommendation_id=item.recommendation_id)
        session.add(row)
    row.done, row.owner, row.due_date, row.updated_at = (item.done, item.owner, item.due_date,
                                                         now)


__all__ = ["ActionItem", "action_plan", "check_due_date", "check_owner", "items_in",
           "plan_from_json", "plan_json", "put_item", "save_action_item"]
