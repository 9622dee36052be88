"""The results page: the result on the questionnaire's band scale (a gauge, not a bare
percentage), whole percentages as in the PDF, and safeguards charted apart from risk areas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.display import whole_percent
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.scoring import score
from aisafe_desktop.gui.results import ResultsPage

MINI = Path(__file__).parents[1] / "reporting" / "data" / "mini-risk.yaml"
ANSWERS = {"purpose": "Sorts loans.", "decisions": "assists", "personal-data": "yes",
           "data-kinds": ["contact"], "oversight": 3}


def test_gauge_band_position_and_separate_safeguards(qtbot: QtBot) -> None:
    q = load_file(MINI).questionnaire
    assert q is not None
    result = score(q, ANSWERS)
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_result(1, q, result, "en", "Loan helper")
    page.show()
    assert page.gauge.isVisible()
    band = q.band(result.band)
    assert band is not None
    labels = [s.label for s in page.gauge.segments]
    assert labels == ["Low risk", "Medium risk", "High risk"]
    number = labels.index(band.label.get("en")) + 1
    assert page.gauge.position() == (number, 3)
    description = page.gauge.accessibleDescription()
    assert description.startswith(f"{band.label.get('en')}: band {number} of 3")
    texts = [label.text() for label in page.findChildren(QLabel)]
    percent = whole_percent(result.overall)
    assert f"Band {number} of 3 · overall score {percent} %" in texts
    assert not any(f"{result.overall:g}" in t for t in texts if result.overall % 1)
    assert [c.accessibleName() for c in page.charts] == [
        "Risk areas (a higher score is more serious)", "Safeguards (higher is better)"]
    assert [b.label for b in page.charts[0].bars] == ["Impact"]
    assert [b.label for b in page.charts[1].bars] == ["Safeguards"]


def test_no_score_marker_over_another_band_when_a_red_flag_sets_the_result(
        qtbot: QtBot) -> None:
    """The X-server run: a triage with prohibited practices was Level IV with its marker over
    Level I (the points alone gave 18 %)."""
    q = load_file(MINI).questionnaire
    assert q is not None
    result = score(q, {**ANSWERS, "decisions": "yes", "data-kinds": ["health"]})
    assert result.red_flags and result.band != result.score_band
    page = ResultsPage()
    qtbot.addWidget(page)
    page.show_result(1, q, result, "en", "Loan helper")
    assert page.gauge.position() is not None and not page.gauge.marked
    page.show_result(1, q, score(q, ANSWERS), "en", "Loan helper")
    assert page.gauge.marked  # no flag: the marker shows where the points fall


def test_a_long_band_label_wraps_before_it_is_cut(qtbot: QtBot) -> None:
    """Malay at 1366×768: "Tahap impak IV: impak sangat tinggi" was cut to "… sangat …"."""
    from PySide6.QtWidgets import QWidget

    from aisafe_desktop.gui.band_gauge import label_lines

    metrics = QWidget().fontMetrics()
    text = "Tahap impak IV: impak sangat tinggi"
    width = metrics.horizontalAdvance(text) * 2 // 3
    shown = label_lines(metrics, text, width)
    assert shown.replace("\n", " ") == text and "…" not in shown
    assert all(metrics.horizontalAdvance(line) <= width for line in shown.split("\n"))
    cut = label_lines(metrics, text * 3, width)
    assert cut.count("\n") == 1 and cut.endswith("…")  # two lines at most
