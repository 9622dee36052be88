"""The design pass: every page keeps to the spacing and type scales (at 100 % and 200 % text),
every colour pair the app draws reaches WCAG AA in the light, dark and high-contrast schemes, no
module hard-codes a colour, and "As the system" follows a dark platform."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QStatusBar,
    QTabBar,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.display import BAND_COLOURS
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui import fonts
from aisafe_desktop.gui.design import COLOURS, TYPE_FACTORS, refresh_spacing, scale_values
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.theme import (
    AA_GRAPHICS,
    AA_TEXT,
    ColourScheme,
    apply_colours,
    contrast,
    faint,
    on_colour,
    palette_for,
    readable,
    scheme_colours,
    secondary_text,
    system_scheme,
)
from aisafe_desktop.gui.widgets import refresh_headings
from tests.gui.conftest import WindowFactory
from tests.gui.driver import start_assessment, walk_through
from tests.gui.sample_questionnaire import SAMPLE_ID

R = QPalette.ColorRole
SCHEMES = [ColourScheme.LIGHT, ColourScheme.DARK, ColourScheme.HIGH_CONTRAST]
GUI = Path(__file__).resolve().parents[2] / "src" / "aisafe_desktop" / "gui"
# Qt's own composite widgets lay out their insides by their own metrics: not ours to check.
QT_COMPOSITES = (QDialogButtonBox, QToolBar, QStatusBar, QTabBar, QComboBox)


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def text_scale(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float]:
    """For widgets made outside a main window; a window's start applies the saved text size, so
    `pages` saves it in the settings."""
    def apply(scale: float) -> None:
        fonts.apply_text_scale(qapp, scale)
        refresh_headings()
        refresh_spacing()

    apply(request.param)
    yield request.param
    apply(1.0)


def _inside_qt_composite(widget: QWidget) -> bool:
    parent: QWidget | None = widget
    while parent is not None:
        if isinstance(parent, QT_COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def _layouts(layout: QLayout) -> Iterator[QLayout]:
    yield layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        child = item.layout() if item is not None else None
        if child is not None:
            yield from _layouts(child)


def _spacings(layout: QLayout) -> list[int]:
    if isinstance(layout, QFormLayout | QGridLayout):
        return [layout.horizontalSpacing(), layout.verticalSpacing()]
    if isinstance(layout, QBoxLayout):
        return [layout.spacing()]
    return []


def off_scale(root: QWidget) -> list[str]:
    """Layout margins and spacings off the spacing scale, and texts off the type scale."""
    allowed = scale_values()
    base = QApplication.font().pointSizeF()
    found: list[str] = []
    checked = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if (not widget.isVisibleTo(root) and widget is not root) or _inside_qt_composite(widget):
            continue
        name = widget.objectName() or type(widget).__name__
        top = widget.layout()
        for layout in _layouts(top) if top is not None else []:
            checked += 1
            margins = layout.contentsMargins()
            sides = [margins.left(), margins.top(), margins.right(), margins.bottom()]
            values = [v for v in sides + _spacings(layout) if v not in allowed]
            if values:
                found.append(f"{name}: {type(layout).__name__} margins {sides} spacing "
                             f"{_spacings(layout)} not in {sorted(allowed)}")
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            factor = widget.font().pointSizeF() / base
            if not any(abs(factor - f) < 0.01 for f in TYPE_FACTORS):
                found.append(f"{name} '{widget.text()[:30]}': font {factor:.2f} × base")
    assert checked, f"no layout in {type(root).__name__}"
    return found


def pages(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, scale: float) -> Iterator[
        tuple[str, QWidget]]:
    from aisafe_desktop.services.settings import Settings, save_settings

    # The saved text size (a live change re-polishes under the app's style sheet: r4-gui's part)
    save_settings(paths, Settings(text_scale=scale))
    first = make_window(paths, first_run_done=False)
    assert abs(QApplication.font().pointSizeF() - fonts.BASE_POINT_SIZE * scale) < 0.01
    yield "welcome", first
    first.first_run.continue_button.click()
    yield "organisation profile", first
    first.first_run.skip_button.click()
    first.close()
    window = make_window(paths)
    yield "home (empty)", window
    start_assessment(qtbot, window, SAMPLE_ID)
    yield "walk-through", window
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=10000)
    yield "results", window
    window.show_settings()
    yield "settings", window
    window.show_home()
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 1)
    yield "home", window
    setattr(window, "new_dialog", None)  # noqa: B010 - the one start_assessment used is gone
    window.new_assessment()
    qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None
                    and getattr(window, "new_dialog").isVisible())  # noqa: B009
    dialog: QDialog = getattr(window, "new_dialog")  # noqa: B009 - set when first opened
    yield "new assessment", dialog
    dialog.reject()
    yield from _dialogs(qtbot, window)


def _dialogs(qtbot: QtBot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    from aisafe_desktop.gui.export_dialog import ExportDialog
    from aisafe_desktop.gui.inbox_window import InboxWindow

    ws = window.ctx.ws
    done = ws.list_assessments()[0]
    export = ExportDialog(window.ctx, ws.open_assessment(done.id), window)
    qtbot.addWidget(export)
    export.show()
    yield "export", export
    export.close()
    window.open_inbox()
    inbox: InboxWindow = window.inbox_window
    qtbot.addWidget(inbox)
    qtbot.waitUntil(lambda: inbox.session.ready and not inbox.session.tasks.busy, timeout=20000)
    yield "inbox", inbox
    inbox.close()


def test_every_page_keeps_to_the_spacing_and_type_scales(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, text_scale: float,
) -> None:
    found: list[str] = []
    for name, page in pages(qtbot, make_window, paths, text_scale):
        QApplication.processEvents()
        found += [f"{name}: {problem}" for problem in off_scale(page)]
    assert not found, "\n".join(found)


def test_the_verify_dialog_keeps_to_the_scales(qtbot: QtBot, text_scale: float,
                                               verdicts: dict[str, object]) -> None:  # noqa: F811
    from aisafe_desktop.gui.verify_dialog import VerifyDialog

    for kind, verification in verdicts.items():
        dialog = VerifyDialog(verification)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        assert not off_scale(dialog), (kind, off_scale(dialog))


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s.value for s in SCHEMES])
def test_every_colour_pair_meets_wcag_aa(qapp: QApplication, scheme: ColourScheme) -> None:
    from aisafe_desktop.gui.design import COLOURS as TOKENS

    palette = palette_for(scheme, qapp.style().standardPalette())
    tokens = TOKENS[scheme.value]
    window, base = palette.color(R.Window), palette.color(R.Base)
    text_pairs = {
        "text on window": (palette.color(R.WindowText), window),
        "text in fields": (palette.color(R.Text), base),
        "button text": (palette.color(R.ButtonText), palette.color(R.Button)),
        "selected text": (palette.color(R.HighlightedText), palette.color(R.Highlight)),
        "tooltip": (palette.color(R.ToolTipText), palette.color(R.ToolTipBase)),
        "placeholder": (palette.color(R.PlaceholderText), base),
        "link on window": (palette.color(R.Link), window),
        "link in fields": (palette.color(R.Link), base),
        "quiet text": (secondary_text(palette), window),
    }
    for name in ("accent", "success", "warning", "danger"):
        colour = QColor(getattr(tokens, name))
        text_pairs[f"{name} text on window"] = (colour, window)  # inbox verdicts, notes
        text_pairs[f"{name} text in tables"] = (colour, base)
        text_pairs[f"text on a {name} banner"] = (on_colour(colour), colour)
    graphics = {
        "chart bar on its track": (palette.color(R.Highlight), base),
        "focus ring": (palette.color(R.Highlight), window),
        "in-progress icon": (palette.color(R.WindowText), base),
        "selected in-progress icon": (palette.color(R.HighlightedText),
                                      palette.color(R.Highlight)),
        "complete icon": (QColor(tokens.success), base),
        "exported icon": (QColor(tokens.accent), base),
        "agency note border": (QColor(tokens.warning), base),
    }
    if scheme is not ColourScheme.LIGHT:  # our radio and check indicators (Fusion's in light)
        graphics["radio and check outline"] = (palette.color(R.Mid), base)
        graphics["field and button outline"] = (palette.color(R.Mid), window)
    for band in (*BAND_COLOURS, "#616E7C"):  # the gauge's bands (shared with the PDF)
        graphics[f"gauge band {band}"] = (readable(QColor(band), window), window)
    low = [f"{name}: {contrast(a, b):.2f}:1" for name, (a, b) in text_pairs.items()
           if contrast(a, b) < AA_TEXT]
    low += [f"{name}: {contrast(a, b):.2f}:1" for name, (a, b) in graphics.items()
            if contrast(a, b) < AA_GRAPHICS]
    assert not low, "\n".join(low)
    for band in BAND_COLOURS:  # other bands are fainter, yet told apart from the window
        assert contrast(faint(readable(QColor(band), window), window), window) >= 1.8


def test_no_module_hard_codes_a_colour() -> None:
    """Colours come from design.py (tokens) and theme.py (palettes); a light colour written in
    a page would stay light in the dark scheme."""
    pattern = re.compile(r"#[0-9A-Fa-f]{6}\b|QColor\(\"(white|black)\"\)|color: (white|black)"
                         r"|GlobalColor\.(white|black)")
    found = [f"{file.name}: {match.group(0)}" for file in sorted(GUI.glob("*.py"))
             if file.name not in {"design.py", "theme.py"}
             for match in pattern.finditer(file.read_text("utf-8"))]
    assert not found, found


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s.value for s in SCHEMES])
def test_icons_banners_and_gauge_follow_the_scheme(qtbot: QtBot, qapp: QApplication,
                                                   scheme: ColourScheme) -> None:
    from aisafe_desktop.gui.status_icons import status_icon

    original = qapp.palette()
    try:
        apply_colours(qapp, scheme)
        assert scheme_colours() == COLOURS[scheme.value]
        image = status_icon(AssessmentStatus.COMPLETED, 32).pixmap(32, 32).toImage()
        inside = image.pixelColor(16, 6)  # above the tick, inside the circle
        assert inside.name() == COLOURS[scheme.value].success.lower()
        selected = status_icon(AssessmentStatus.DRAFT, 32).pixmap(
            QSize(32, 32), QIcon.Mode.Selected).toImage()
        assert selected.pixelColor(8, 16).name() == qapp.palette().color(R.HighlightedText).name()
    finally:
        qapp.setPalette(original)
        apply_colours(qapp, ColourScheme.LIGHT)


def test_as_the_system_follows_a_dark_platform(qtbot: QtBot, qapp: QApplication,
                                               make_window: WindowFactory,
                                               paths: AppPaths) -> None:
    light = qapp.style().standardPalette()
    dark = palette_for(ColourScheme.DARK)
    assert system_scheme(Qt.ColorScheme.Dark, light) is ColourScheme.DARK
    assert system_scheme(Qt.ColorScheme.Light, dark) is ColourScheme.LIGHT
    assert system_scheme(Qt.ColorScheme.Unknown, dark) is ColourScheme.DARK  # no hint: palette
    assert system_scheme(Qt.ColorScheme.Unknown, light) is ColourScheme.LIGHT
    window = make_window(paths)
    try:
        assert window.ctx.settings.colours == "system"
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # the desktop went dark
        assert qapp.palette().color(R.Window).lightness() < 60
        assert scheme_colours() == COLOURS["dark"]
        window.set_colours(ColourScheme.LIGHT.value)  # chosen: the system no longer decides
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().color(R.Window).lightness() > 200
    finally:
        apply_colours(qapp, ColourScheme.LIGHT)


def test_a_colour_switch_reaches_every_widget(qtbot: QtBot, qapp: QApplication,
                                              make_window: WindowFactory,
                                              paths: AppPaths) -> None:
    """Settings → Colours while the app runs: under the app's style sheet (the focus ring) a new
    palette reached no widget already shown, and a dark switch left the Settings page light."""
    window = make_window(paths)
    window.show_settings()
    try:
        for scheme in (ColourScheme.DARK, ColourScheme.HIGH_CONTRAST, ColourScheme.LIGHT):
            window.set_colours(scheme.value)
            QApplication.processEvents()
            wanted = qapp.palette().color(R.Window).name()
            stale = [f"{scheme.value}: {w.objectName() or type(w).__name__}"
                     for w in [window, *window.findChildren(QWidget)]
                     if w.isVisible() and w.palette().color(R.Window).name() != wanted]
            assert not stale, stale
    finally:
        apply_colours(qapp, ColourScheme.LIGHT)


from tests.gui.test_verify_banner import verdicts  # noqa: E402, F401 - the fixture, shared
