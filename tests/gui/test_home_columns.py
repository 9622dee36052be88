"""Home at 200 % text on a 1024-pixel-wide screen: no column but the title is cut short (they
elided to "Ques…"), the title keeps a readable share, and the table scrolls sideways when they do
not all fit. Changing the text size in Settings resizes the table's text, rows and status icons
(the table kept its old font: the application style sheet stopped Qt handing it down)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui import fonts
from aisafe_desktop.gui.assessment_table import STATUS_COLUMN
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.widgets import refresh_headings
from tests.gui.conftest import WindowFactory
from tests.gui.sample_questionnaire import SAMPLE_ID


@pytest.fixture
def normal_text(qapp: QApplication) -> Iterator[None]:
    yield
    fonts.apply_text_scale(qapp, 1.0)
    refresh_headings()


def home_with_rows(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
                   text_scale: float) -> MainWindow:
    from aisafe_desktop.services.settings import Settings, save_settings

    save_settings(paths, Settings(text_scale=text_scale))  # the person's choice in Settings
    window = make_window(paths)
    ws = window.ctx.ws
    system = ws.add_ai_system("Customer service chatbot (website and WhatsApp)")
    for questionnaire, title in (
            ("generative-ai-addendum", "Penilaian chatbot khidmat pelanggan"),
            ("ai-system-risk-triage", "Risk check of the loan helper"),
            ("asean-ai-governance-readiness", "Angkor Trails Travel readiness"),
            (SAMPLE_ID, "Sarinah's hiring screen")):
        ws.create_assessment(questionnaire, title=title, ai_system_id=system.id)
    window.show_home()
    window.home.refresh()
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 4, timeout=10000)
    QApplication.processEvents()
    return window


def elided_cells(table: QTableView) -> list[tuple[int, str]]:
    """(column, text) of every non-title cell or header whose text does not fit its column."""
    model, header, metrics = table.model(), table.horizontalHeader(), table.fontMetrics()
    found = []
    for column in range(1, model.columnCount()):
        width = table.columnWidth(column)
        if table.isColumnHidden(column) or header.sectionSizeHint(column) > width:
            found.append((column, str(model.headerData(column, Qt.Orientation.Horizontal))))
        room = width - (table.iconSize().width() + 4 if column == STATUS_COLUMN else 0) - 4
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data())
            if (metrics.elidedText(text, Qt.TextElideMode.ElideRight, room) != text
                    or table.sizeHintForColumn(column) > width):
                found.append((column, text))
    return found


def test_no_column_but_the_title_is_cut_short_at_200_percent_and_1024_wide(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, normal_text: None) -> None:
    window = home_with_rows(qtbot, make_window, paths, 2.0)
    table = window.home.table
    assert table.font().pointSizeF() == 2 * fonts.BASE_POINT_SIZE
    for size in (QSize(1024, 600), QSize(1366, 768)):
        window.resize(size)
        QApplication.processEvents()
        qtbot.waitUntil(lambda: table.viewport().width() > 0)
        QApplication.processEvents()
        assert elided_cells(table) == [], size
        width = table.viewport().width()
        assert table.columnWidth(0) >= 0.25 * width, (size, table.columnWidth(0), width)
        total = sum(table.columnWidth(c) for c in range(table.model().columnCount()))
        assert table.horizontalScrollBar().maximum() == max(0, total - width), size
    window.resize(QSize(1024, 600))
    QApplication.processEvents()
    assert table.horizontalScrollBar().maximum() > 0  # it scrolls sideways rather than cut


def test_changing_the_text_size_resizes_the_table_rows_and_status_icons(
        qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, paths: AppPaths,
        normal_text: None) -> None:
    window = home_with_rows(qtbot, make_window, paths, 1.0)
    table, model = window.home.table, window.home.model
    icon_at = {}
    for scale in (1.0, 2.0):
        window.show_settings()
        box = window.settings.text_size
        box.setCurrentIndex(box.findData(scale))
        box.activated.emit(box.currentIndex())  # what choosing it with mouse or keyboard sends
        window.show_home()
        QApplication.processEvents()
        assert qapp.font().pointSizeF() == scale * fonts.BASE_POINT_SIZE
        assert table.font().pointSizeF() == scale * fonts.BASE_POINT_SIZE
        assert window.home.new_button.font().pointSizeF() == scale * fonts.BASE_POINT_SIZE
        assert table.rowHeight(0) >= table.fontMetrics().height() + 4  # no clipped descenders
        icon = model.data(model.index(0, STATUS_COLUMN), Qt.ItemDataRole.DecorationRole)
        icon_at[scale] = (table.iconSize().width(), icon.availableSizes()[0].width())
    assert icon_at == {1.0: (16, 16), 2.0: (32, 32)}
