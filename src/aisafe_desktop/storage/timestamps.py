"""How timestamps are stored: aware UTC, ISO 8601 text with microseconds (sorts as text).

Apart from the models so that the plain-SQL read and write paths need no SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt


def utc_text(value: dt.datetime) -> str:
    """How a timestamp is stored: UTC, ISO 8601 with microseconds (sorts as text)."""
    if value.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return value.astimezone(dt.UTC).isoformat(timespec="microseconds")


def utc_from_text(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
