"""A whole assessment driven like a user, for the sample and for every shipped questionnaire."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.services.questionnaires import shipped_questionnaire_files
from tests.gui.conftest import WindowFactory
from tests.gui.driver import open_state, start_assessment, walk_through
from tests.gui.sample_questionnaire import SAMPLE_ID

SHIPPED = [pytest.param(f, id=f.stem) for f in shipped_questionnaire_files()]


def finish_and_check(qtbot: QtBot, window: MainWindow, questionnaire_id: str) -> None:
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=20000)
    results = window.results
    assert results.result is not None
    assert results.questionnaire is not None
    band = results.questionnaire.band(results.result.band)
    assert band is not None
    content = window.results.scroller.widget()
    assert content is not None
    label = content.findChild(QLabel, "band-label")
    assert label is not None and band.label.get("en") in label.text()
    # what the person saw is what was stored
    ws = window.ctx.ws
    assessment_id = open_state(window.walkthrough).id
    assert ws.result(assessment_id).band == results.result.band
    summary = next(s for s in ws.list_assessments() if s.id == assessment_id)
    assert summary.status == "completed" and summary.progress == 1.0
    assert summary.ai_system_name == "Loan helper"


def test_sample_walkthrough_to_results(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    window = make_window(paths)
    assert window.stack.currentWidget() is window.home
    assert window.home.stack.currentIndex() == 0  # the empty state
    start_assessment(qtbot, window, SAMPLE_ID)
    finish_and_check(qtbot, window, SAMPLE_ID)
    state = window.ctx.ws.open_assessment(open_state(window.walkthrough).id)
    assert state.answers["system-name"].value == "Sample answer"
    assert state.answers["users"].value == 3
    assert state.answers["checks"].value == ["review"]


@pytest.mark.parametrize("questionnaire_file", SHIPPED)
def test_shipped_questionnaire_walkthrough(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
                                           questionnaire_file: Path) -> None:
    questionnaire = load_file(questionnaire_file).questionnaire
    assert questionnaire is not None
    window = make_window(paths)
    start_assessment(qtbot, window, questionnaire.id)
    finish_and_check(qtbot, window, questionnaire.id)
