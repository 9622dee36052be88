"""Numbers as people read them, the same in the app, the CLI and the PDF.

Scores are kept with two decimals (17.65); people are shown whole percentages (18 %), rounded half
up (Python's round() rounds 12.5 to 12, which reads as a mistake). One function, so that the app
and the signed report can never disagree (they showed 18 % and 17.65 %).
"""

from __future__ import annotations

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
