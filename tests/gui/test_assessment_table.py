"""The Home table: texts and sort keys computed once per row, sorting by the keys in the model,
columns sized from a sample, and dates that cannot be misread (the month in words, never
12/7/26; tests/gui/test_locale_text.py has the other languages)."""

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


def test_dates_are_unambiguous(qapp: QApplication) -> None:
    shown = local_time(dt.datetime(2026, 7, 12, 8, 5, tzinfo=dt.UTC))
    assert "July" in shown and "2026" in shown, shown
    assert not re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", shown), shown


def test_each_status_has_its_own_icon(qapp: QApplication) -> None:
    """Status icons (the design pass): a distinct drawn icon per status, beside its words."""
    from aisafe_desktop.gui.assessment_table import STATUS_COLUMN
    from aisafe_desktop.gui.status_icons import status_icon

    images = {s: status_icon(s).pixmap(16, 16).toImage() for s in AssessmentStatus}
    assert not any(image.isNull() for image in images.values())
    assert len({bytes(image.constBits()) for image in images.values()}) == len(images)
    model = AssessmentTableModel()
    model.set_rows(summaries(3), "en")
    icon = model.data(model.index(0, STATUS_COLUMN), Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole) is None


def test_texts_are_computed_for_the_rows_asked_for_then_while_idle(qapp: QApplication) -> None:
    """10,000 rows: computing every row's texts when they arrive held the window 130 ms before
    Home could be painted. Only the rows asked for have them at once; the rest come in idle
    steps, so the search (which asks for every row) finds them ready."""
    model = AssessmentTableModel("en")
    model.set_rows(summaries(2000), "en")
    assert model.index(5, 6).data() == local_time(model.rows[5].updated_at)
    assert sum(texts is not None for texts in model._texts) == 1
    model.sort(0, Qt.SortOrder.AscendingOrder)  # by title: keys from the values, no texts
    assert sum(texts is not None for texts in model._texts) == 1
    for _ in range(200):
        if None not in model._texts:
            break
        QApplication.processEvents()
    assert None not in model._texts
    assert [model.index(i, 0).data() for i in range(3)] == sorted(
        r.title for r in model.rows)[:3]
