"""Dates and numbers in a report's language (CLDR data in resources/translations/locale.yaml).

Always unambiguous: a long date names its month in words and is followed by the ISO 8601 form;
the Gregorian calendar only (a Thai report says ค.ศ. 2026, never the Buddhist year), and what is
signed as data (answers.json, the signature time) stays ISO 8601.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Any

import yaml

from aisafe_desktop.core.paths import shipped_data_dir

_TOKENS = re.compile(r"'([^']*)'|(d+|M+|y+|G+)")


@functools.cache
def _table() -> Mapping[str, Mapping[str, Any]]:
    path = shipped_data_dir("resources") / "translations" / "locale.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def _entry(language: str) -> Mapping[str, Any]:
    table = _table()
    return table.get(language) or table.get("en") or {
        "date": "d MMMM y", "era": "AD", "decimal": ".", "group": ",",
        "months": ["January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]}


def long_date(day: dt.date, language: str) -> str:
    """e.g. "7 December 2026", "7 ธันวาคม ค.ศ. 2026", "2026年12月7日"."""
    entry = _entry(language)

    def field(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return match.group(1)
        token = match.group(2)
        if token[0] == "d":
            return f"{day.day:0{len(token)}d}"
        if token[0] == "M":
            return str(entry["months"][day.month - 1]) if len(token) >= 3 else \
                f"{day.month:0{len(token)}d}"
        if token[0] == "G":
            return str(entry["era"])
        return str(day.year)

    return _TOKENS.sub(field, str(entry["date"]))


def stamp(moment: dt.datetime, language: str) -> str:
    """A long date in the language, then the ISO 8601 date and time in UTC."""
    utc = moment.astimezone(dt.UTC)
    return f"{long_date(utc.date(), language)} ({utc.strftime('%Y-%m-%d %H:%M')} UTC)"


def number(value: float, language: str, decimals: int = 0) -> str:
    """Grouped digits with the language's separators: 12,500.5 or 12.500,5."""
    entry = _entry(language)
    text = f"{value:,.{decimals}f}"
    table: dict[str, str | int | None] = {",": str(entry["group"]), ".": str(entry["decimal"])}
    return text.translate(str.maketrans(table))
