"""The Home table: texts and sort keys computed once per row, sorting by the keys in the model,
columns sized from a sample, and dates that cannot be misread (ISO 8601, never 12/7/26)."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.model import Text
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui.assessment_table import AssessmentTableModel, local_time
from aisafe_desktop.services.dto import AssessmentSummary


def summaries(count: int) -> list[AssessmentSummary]:
    now = dt.datetime(2026, 12, 7, 6, 30, tzinfo=dt.UTC)
    title = Text({"en": "Triage"})
    return [AssessmentSummary(i, f"Assessment {(i * 7) % count:03d}", "t", "1", title, None,
                              "en", AssessmentStatus.DRAFT, i % 5, 5, None, None,
                              now - dt.timedelta(hours=i), False) for i in range(count)]


def test_the_model_sorts_by_its_keys_and_keeps_lookups(qapp: QApplication) -> None:
    model = AssessmentTableModel("en")
    model.set_rows(summaries(50), "en")
    model.sort(6, Qt.SortOrder.AscendingOrder)  # oldest first
    times = [r.updated_at for r in model.rows]
    assert times == sorted(times)
    model.sort(0, Qt.SortOrder.AscendingOrder)
    titles = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert titles == sorted(titles)
    for i, row in enumerate(model.rows):
        assert model.row_of(row.id) == i
    assert 0 < len(model.sample_texts(1, count=10)) <= 10


def test_dates_are_unambiguous() -> None:
    shown = local_time(dt.datetime(2026, 7, 12, 8, 5, tzinfo=dt.UTC))
    assert re.fullmatch(r"2026-07-1[12] \d\d:\d\d", shown), shown
