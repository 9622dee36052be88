"""The action plan of an assessment as plain data: each recommendation as a checklist item (done,
owner, due date), and its form in an answers document (key "action_plan"). Stored by
services.action_plan; printed by the PDF report."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class ActionItem:
    recommendation_id: str
    done: bool = False
    owner: str = ""
    due_date: str = ""  # YYYY-MM-DD, or "" for none

    def to_json(self) -> dict[str, Any]:
        return {"recommendation": self.recommendation_id, "done": self.done,
                "owner": self.owner, "due": self.due_date}

    @property
    def is_blank(self) -> bool:
        return not (self.done or self.owner or self.due_date)


def plan_json(items: Mapping[str, ActionItem]) -> list[dict[str, Any]]:
    """The action plan as the answers document carries it (blank items are left out)."""
    return [items[k].to_json() for k in sorted(items) if not items[k].is_blank]


def plan_from_json(raw: Any) -> dict[str, ActionItem]:
    """The action plan of an answers document (already checked by the schema when received;
    anything malformed in a hand-made file is skipped)."""
    found: dict[str, ActionItem] = {}
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        return found
    for entry in raw:
        if not isinstance(entry, Mapping) or not isinstance(entry.get("recommendation"), str):
            continue
        owner, due = entry.get("owner", ""), entry.get("due", "")
        found[entry["recommendation"]] = ActionItem(
            entry["recommendation"], entry.get("done") is True,
            owner if isinstance(owner, str) else "", due if isinstance(due, str) else "")
    return found
