"""Numbers as people read them, the same in the app, the CLI and the PDF.

Scores are kept with two decimals (17.65); people are shown whole percentages (18 %), rounded half
up (Python's round() rounds 12.5 to 12, which reads as a mistake). One function, so that the app
and the signed report can never disagree (they showed 18 % and 17.65 %).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal


def whole_percent(value: float) -> int:
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
