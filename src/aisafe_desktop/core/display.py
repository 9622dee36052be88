"""Numbers as people read them, the same in the app, the CLI and the PDF.

Scores are kept with two decimals (17.65); people are shown whole percentages (18 %), rounded half
up (Python's round() rounds 12.5 to 12, which reads as a mistake). One function, so that the app
and the signed report can never disagree (they showed 18 % and 17.65 %).
"""

from __future__ import annotations

import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from aisafe_desktop.core.model import Direction, Questionnaire

# Severity palette, least to most severe; dark enough for white text on it (the PDF's badge, the
# app's band gauge).
BAND_COLOURS = ("#2E7D32", "#7C8B00", "#B26A00", "#C2410C", "#B71C1C")


def whole_percent(value: float) -> int:
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def band_colour(questionnaire: Questionnaire, band_id: str) -> str:
    """Green for the least severe band, red for the most severe, whatever the direction."""
    ids = [b.id for b in questionnaire.scoring.bands]
    if band_id not in ids or len(ids) == 1:
        return BAND_COLOURS[0] if band_id in ids else "#616E7C"
    index = ids.index(band_id)
    if questionnaire.scoring.direction is Direction.READINESS:
        index = len(ids) - 1 - index
    position = round(index * (len(BAND_COLOURS) - 1) / (len(ids) - 1))
    return BAND_COLOURS[position]


# Bidirectional overrides and isolates reorder what a terminal or a PDF viewer shows (a title could
# look like another one); other format characters (zero-width joiners, used in Khmer, Myanmar and
# emoji) are kept.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def one_line(text: str) -> str:
    """A title or name as one plain line: whitespace runs become one space; control characters
    (ESC sequences that would drive a terminal, NUL, DEL, C1) and bidi overrides are dropped."""
    spaced = " ".join(text.split())
    return "".join(c for c in spaced
                   if unicodedata.category(c) != "Cc" and c not in _BIDI_CONTROLS).strip()


# What `plain_text` drops: control characters but newline and tab (a carriage return becomes a
# newline), and the bidi overrides and isolates.
_NOT_PLAIN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain_text(text: str) -> str:
    """A comment or a typed answer as plain lines: line breaks and tabs stay; ESC sequences, other
    control characters and bidi overrides (which drive a terminal or make text read backwards)
    are dropped."""
    return _NOT_PLAIN.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def plain_value(value: object) -> object:
    """`value` with `plain_text` applied to every text in it (lists and mappings included)."""
    if isinstance(value, str):
        return plain_text(value)
    if isinstance(value, list | tuple):
        return [plain_value(item) for item in value]
    if isinstance(value, dict):
        return {key: plain_value(item) for key, item in value.items()}
    return value
