"""Whole percentages, rounded half up, one function for the app and the PDF."""

from __future__ import annotations

from aisafe_desktop.core.display import whole_percent


def test_whole_percent_rounds_half_up() -> None:
    assert whole_percent(17.65) == 18
    assert whole_percent(12.5) == 13  # round() would say 12
    assert whole_percent(0.49) == 0 and whole_percent(99.5) == 100 and whole_percent(100.0) == 100
