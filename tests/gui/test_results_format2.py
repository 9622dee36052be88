"""The results screen with format 2 results: an outcome shows its own title and text and no band
steps; a floor that raised the band is explained under "Why this result"."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.scoring import score
from aisafe_desktop.gui.results import ResultsPage
from tests.core.conftest import load, mutate
from tests.core.test_validator_format2 import FLOOR, OUTCOME, with_scoring

STEPS = mutate("label: {en: Low, ms: Rendah}, min: 0, max: 50",
               "label: {en: Low, ms: Rendah}, min: 0, max: 50, obligations: "
               "[{en: Review yearly., ms: Semak setiap tahun.}]", with_scoring(FLOOR + OUTCOME))


def shown_texts(page: ResultsPage) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel)]


def test_outcome_shows_its_own_text_and_no_band_steps(qtbot: QtBot) -> None:
    q = load(STEPS).questionnaire
    assert q is not None
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_result(1, q, score(q, {"uses-ai": "no", "oversight": 1}), "ms", "Kedai")
    texts = shown_texts(page)
    assert any("Bukan sistem AI" in t for t in texts)  # the heading
    assert "Semakan ini tidak berkaitan." in texts
    assert not any("Semak setiap tahun." in t for t in texts)  # no band steps
    plain = load(STEPS.replace(OUTCOME, "")).questionnaire  # same answers, no outcome rule
    assert plain is not None
    page.show_result(1, plain, score(plain, {"uses-ai": "no", "oversight": 1}), "en", "Shop")
    assert any("Review yearly." in t for t in shown_texts(page))  # band low: its steps


def test_floor_is_explained(qtbot: QtBot) -> None:
    text = mutate("min: 50, max: 100", "min: 90, max: 100",
                  mutate("min: 0, max: 50", "min: 0, max: 90", with_scoring(FLOOR)))
    q = load(text).questionnaire
    assert q is not None
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_result(1, q, score(q, {"uses-ai": "yes", "staff": 300, "oversight": 2}), "en", "")
    texts = " ".join(shown_texts(page))
    assert "Result: High" in texts
    assert "Minimum level: Large organisations" in texts
