"""Accessibility and layout qualities of the main screens: accessible names and descriptions on
every input, contrast in light and dark palettes, 200 % text, and 30 % longer strings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui import fonts
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.theme import AA_GRAPHICS, AA_TEXT, contrast
from tests.gui.conftest import WindowFactory
from tests.gui.driver import open_state, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID

FIELDS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)


def screens(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """Home, walk-through (with the missing list), results and settings, each shown in turn."""
    window.show_home()
    yield "home", window.home
    start_assessment(qtbot, window, SAMPLE_ID)
    window.walkthrough.finish()
    yield "walkthrough", window.walkthrough
    q = open_state(window.walkthrough).questionnaire
    from aisafe_desktop.core.scoring import score

    result = score(q, {"uses-ai": "yes", "ai-kind": "predict", "confidence": 0, "checks": ["audit"]})
    window.results.show_result(1, q, result, "en", "Sample")
    window.stack.setCurrentWidget(window.results)
    yield "results", window.results
    window.show_settings()
    yield "settings", window.settings


def visible_inputs(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget) if w.isVisible()
            and isinstance(w, (*FIELDS, QAbstractButton)) and w.isEnabled()
            and type(w).__name__ not in {"QScrollBar"} and not w.objectName().startswith("qt_")]


def test_every_input_has_an_accessible_name_and_description(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    problems = []
    for name, screen in screens(qtbot, window):
        for widget in visible_inputs(screen):
            label = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton)
                                                else "")
            if not label.strip():
                problems.append(f"{name}: {type(widget).__name__} {widget.objectName()} has no name")
            if isinstance(widget, FIELDS) and not widget.accessibleDescription().strip():
                problems.append(f"{name}: {type(widget).__name__} '{label}' has no description")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark", "high-contrast"])
def test_text_and_chart_contrast(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, qapp: QApplication, scheme: str,
) -> None:
    from aisafe_desktop.gui.theme import ColourScheme, apply_colours

    original = qapp.palette()
    try:
        window = make_window(paths)
        apply_colours(qapp, ColourScheme(scheme))  # Settings → Colours
        low = []
        for name, screen in screens(qtbot, window):
            for label in screen.findChildren(QLabel):
                if not label.isVisible() or not label.text().strip():
                    continue
                palette = label.palette()
                ratio = contrast(palette.color(label.foregroundRole()),
                                 palette.color(QPalette.ColorRole.Window))
                if ratio < AA_TEXT:
                    low.append(f"{name}: '{label.text()[:40]}' {ratio:.1f}:1")
        assert not low, "\n".join(low)
        chart = window.results.chart.palette()
        assert contrast(chart.color(QPalette.ColorRole.Highlight),
                        chart.color(QPalette.ColorRole.Base)) >= AA_GRAPHICS
    finally:
        qapp.setPalette(original)


def clipped_controls(root: QWidget) -> list[str]:
    """Buttons and fields squeezed below the size their text needs, and wrapped texts cut short."""
    found = [f"label '{label.text()[:40]}' {label.height()} px < {label.heightForWidth(label.width())}"
             for label in root.findChildren(QLabel)
             if label.isVisible() and label.wordWrap() and label.text()
             and label.height() + 1 < label.heightForWidth(label.width())]
    for widget in visible_inputs(root):
        hint = widget.minimumSizeHint()
        if widget.width() + 1 < hint.width() or widget.height() + 1 < hint.height():
            found.append(f"{type(widget).__name__} '{widget.accessibleName()}' "
                         f"{widget.width()}x{widget.height()} < {hint.width()}x{hint.height()}")
    return found


def fit(qtbot: QtBot, window: MainWindow) -> None:
    """Open the window at 1280x800, or larger if its layout asks for more (a person would)."""
    qtbot.wait(30)  # font and language changes reach the layouts through posted events
    hint = window.minimumSizeHint()
    window.resize(max(1280, hint.width()), max(800, hint.height()))
    qtbot.wait(30)


def test_200_percent_text_fits(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, qapp: QApplication,
) -> None:
    window = make_window(paths)
    try:
        window.show_settings()
        window.settings.text_size.setFocus()
        qtbot.keyClick(window.settings.text_size, Qt.Key.Key_End)  # 200 %, chosen like a person
        assert window.ctx.settings.text_scale == 2.0
        problems = []
        for name, screen in screens(qtbot, window):
            fit(qtbot, window)
            assert window.minimumSizeHint().width() <= 2560, f"{name} needs a huge window"
            problems += [f"{name}: {p}" for p in clipped_controls(screen)]
        assert not problems, "\n".join(problems)
        assert window.home.list_title.font().pointSizeF() >= 20  # headings follow the scale
    finally:
        fonts.apply_text_scale(qapp, 1.0)


class Longer(QTranslator):
    """A pseudo-translation: every UI string 30 % longer (tests only)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        extra = max(1, round(len(source) * 0.3))
        return source + " " + "x" * (extra - 1)


def test_layouts_survive_30_percent_longer_strings(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, qapp: QApplication,
) -> None:
    longer = Longer()
    qapp.installTranslator(longer)
    try:
        window = make_window(paths)
        assert window.home.new_button.text().endswith("x")  # the pseudo-translation is active
        problems = []
        for name, screen in screens(qtbot, window):
            fit(qtbot, window)
            assert window.minimumSizeHint().width() <= 1600, f"{name} grew too wide"
            problems += [f"{name}: {p}" for p in clipped_controls(screen)]
        assert not problems, "\n".join(problems)
    finally:
        qapp.removeTranslator(longer)


def test_high_contrast_and_dark_colours_from_settings(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, qapp: QApplication,
) -> None:
    from aisafe_desktop.gui.theme import ColourScheme
    from aisafe_desktop.services.settings import load_settings

    original = qapp.palette()
    try:
        window = make_window(paths)
        window.show_settings()
        box = window.settings.colours
        assert [box.itemText(i) for i in range(box.count())] == [
            "As the system", "Light", "Dark", "High contrast"]
        box.setCurrentIndex(box.findData(ColourScheme.HIGH_CONTRAST.value))
        box.activated.emit(box.currentIndex())
        palette = qapp.palette()
        assert contrast(palette.color(QPalette.ColorRole.WindowText),
                        palette.color(QPalette.ColorRole.Window)) >= 15
        assert contrast(palette.color(QPalette.ColorRole.Highlight),
                        palette.color(QPalette.ColorRole.Base)) >= 7
        assert load_settings(paths).colours == "high-contrast"  # remembered
        box.setCurrentIndex(box.findData(ColourScheme.DARK.value))
        box.activated.emit(box.currentIndex())
        assert qapp.palette().color(QPalette.ColorRole.Window).lightness() < 60
    finally:
        qapp.setPalette(original)
