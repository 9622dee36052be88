"""Home at 200 % text on a 1024-pixel-wide screen: the title column stays readable (it shrank to
three letters) and the table does not scroll sideways."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui import fonts
from aisafe_desktop.gui.widgets import refresh_headings
from tests.gui.conftest import WindowFactory
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_title_column_keeps_its_share_at_200_percent_and_1024_wide(
        qtbot: QtBot, qapp: QApplication, make_window: WindowFactory, paths: AppPaths) -> None:
    from aisafe_desktop.services.settings import Settings, save_settings

    save_settings(paths, Settings(text_scale=2.0))  # the person chose 200 % text in Settings
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
    try:
        for size in (QSize(1024, 600), QSize(1366, 768)):
            window.resize(size)
            QApplication.processEvents()
            table = window.home.table
            qtbot.waitUntil(lambda table=table: table.viewport().width() > 0)  # type: ignore[misc]
            QApplication.processEvents()
            width = table.viewport().width()
            assert table.columnWidth(0) >= 0.25 * width, (size, table.columnWidth(0), width)
            assert table.horizontalScrollBar().maximum() == 0, size
    finally:
        fonts.apply_text_scale(qapp, 1.0)
        refresh_headings()
