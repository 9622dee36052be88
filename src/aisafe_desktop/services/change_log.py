"""The assessment's change log: created, answered (each change), imported, upgraded (each time, and
each answer an upgrade changed), completed (each time) and exported (each report), oldest first,
from what storage keeps (the assessment row, the append-only answer history and assessment events,
the exports). Shown on its own page and carried in the answers document (key
"change_log", without the OS account names, which stay on this computer; an export says who
signed it, the name the report's signature carries anyway)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from aisafe_desktop.services.assessments_store import Store

if TYPE_CHECKING:  # the ORM is loaded when the log is read, not at start-up
    from sqlalchemy.orm import Session

MAX_EVENTS = 5_000  # the newest ones, in an answers document (the page shows every one)


class ChangeKind(StrEnum):
    CREATED = "created"
    ANSWERED = "answered"
    COMMENTED = "commented"
    IMPORTED = "imported"
    UPGRADED = "upgraded"
    COMPLETED = "completed"
    EXPORTED = "exported"


@dataclass(frozen=True, slots=True)
class ChangeEvent:
    when: dt.datetime
    kind: ChangeKind
    question_id: str | None = None
    detail: str = ""  # a version upgraded to, a file exported
    by: str = ""  # the OS account; for an export, the signing identity's name

    def to_json(self) -> dict[str, Any]:
        found = {"when": self.when.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "event": self.kind.value, "question": self.question_id, "detail": self.detail}
        if self.kind is ChangeKind.EXPORTED and self.by:
            found["by"] = self.by
        return found


def _history_kind(reason: str, value_changed: bool) -> tuple[ChangeKind, str]:
    if reason.startswith("upgrade"):
        return ChangeKind.UPGRADED, reason.removeprefix("upgrade to ").strip()
    if reason == "import":
        return ChangeKind.IMPORTED, ""
    return (ChangeKind.ANSWERED if value_changed else ChangeKind.COMMENTED), ""


def events_in(session: Session, assessment_id: int) -> list[ChangeEvent]:
    from aisafe_desktop.storage import repositories as repo

    row = repo.get_assessment(session, assessment_id)
    if row is None:
        return []
    rows = repo.event_rows(session, assessment_id)  # who created it, each completion, upgrade
    creator = next((e.os_user for e in rows if e.kind == ChangeKind.CREATED), "")
    events = [ChangeEvent(row.created_at, ChangeKind.CREATED, by=creator)]
    events += [ChangeEvent(e.occurred_at, ChangeKind(e.kind), None, e.detail, e.os_user)
               for e in rows if e.kind != ChangeKind.CREATED]
    for h in repo.history_rows(session, assessment_id, None):
        kind, detail = _history_kind(h.reason, h.old_value_json != h.new_value_json)
        events.append(ChangeEvent(h.changed_at, kind, h.question_id, detail, h.os_user))
    events += [ChangeEvent(e.exported_at, ChangeKind.EXPORTED, None, e.file_name, e.signed_by)
               for e in repo.export_rows(session, assessment_id)]
    order = {kind: i for i, kind in enumerate(ChangeKind)}
    # same moment: the natural order, an upgrade before the answers it changed
    return sorted(events, key=lambda e: (e.when, order[e.kind], e.question_id is not None))


def change_log(store: Store, assessment_id: int) -> list[ChangeEvent]:
    """Every recorded change of one assessment, oldest first."""
    with store.db.session(read_only=True) as session:
        store.assessment(session, assessment_id)
        return events_in(session, assessment_id)


def log_json(events: list[ChangeEvent]) -> list[dict[str, Any]]:
    return [e.to_json() for e in events[-MAX_EVENTS:]]
