"""Every page and dialog fits 1366×768 and 1024×600, at 100 % and 200 % text: the window can be
that small, no widget lies outside its window (or outside what a scroll area can scroll to), and
no label or button is squeezed below the size its text needs (clipped text, cut descenders)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from aisafe_desktop.gui import fonts
from aisafe_desktop.gui.widgets import refresh_headings
from tests.gui.driver import start_assessment, walk_through
from tests.gui.sample_questionnaire import SAMPLE_ID

SIZES = [QSize(1366, 768), QSize(1024, 600)]
SCALES = [1.0, 2.0]


def scrolled(widget: QWidget, top: QWidget) -> bool:
    """Inside a scroll area's viewport: it can be scrolled into view."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and grand.viewport() is parent:
            return True
        parent = grand
    return False


def visible_children(top: QWidget) -> Iterator[QWidget]:
    for widget in top.findChildren(QWidget):
        if widget.isVisibleTo(top) and widget.width() > 0 and not widget.isWindow():
            yield widget


def problems_of(top: QWidget, size: QSize) -> list[str]:
    QApplication.processEvents()
    found = []
    if top.width() > size.width() or top.height() > size.height():
        found.append(f"{type(top).__name__} is {top.width()}×{top.height()}, larger than "
                     f"{size.width()}×{size.height()} (minimum {top.minimumSizeHint().width()}×"
                     f"{top.minimumSizeHint().height()})")
        return found
    bounds = top.rect()
    for widget in visible_children(top):
        if scrolled(widget, top):
            continue
        where = QRect(widget.mapTo(top, widget.rect().topLeft()), widget.size())
        name = widget.objectName() or type(widget).__name__
        text = widget.text()[:30] if isinstance(widget, QLabel | QAbstractButton) else ""
        if not bounds.contains(where):
            found.append(f"{name} '{text}' at {where.getRect()} is outside {bounds.getRect()}")
        if isinstance(widget, QLabel) and widget.text() and widget.wordWrap():
            need = widget.heightForWidth(widget.width())
            if need > widget.height() + 1:
                found.append(f"{name} '{text}' is {widget.height()} high, needs {need}")
        elif isinstance(widget, QLineEdit | QComboBox) and widget.height() + 1 < \
                widget.minimumSizeHint().height():
            found.append(f"{name} is {widget.height()} high, needs "
                         f"{widget.minimumSizeHint().height()}")
        elif isinstance(widget, QLabel | QAbstractButton) and widget.text():
            hint = widget.minimumSizeHint()
            if widget.height() + 1 < hint.height():
                found.append(f"{name} '{text}' is {widget.height()} high, needs {hint.height()}")
    return found


@pytest.fixture(params=SCALES, ids=["100%", "200%"])
def scale(request, qapp):  # type: ignore[no-untyped-def]
    fonts.apply_text_scale(qapp, request.param)
    refresh_headings()
    yield request.param
    fonts.apply_text_scale(qapp, 1.0)
    refresh_headings()


def check(window: QWidget, top: QWidget, size: QSize, label: str) -> list[str]:
    top.resize(size)
    QApplication.processEvents()
    return [f"{label} {size.width()}×{size.height()}: {p}" for p in problems_of(top, size)]


def test_every_page_fits(qtbot, make_window, paths, scale) -> None:  # type: ignore[no-untyped-def]
    from aisafe_desktop.services.settings import Settings, save_settings

    # The window applies the saved text size when it starts: save the one under test (a size
    # set only on the application was reset to 100 % by the window, so "200 %" measured 100 %).
    save_settings(paths, Settings(text_scale=scale))
    first = make_window(paths, first_run_done=False)
    assert QApplication.font().pointSizeF() == pytest.approx(fonts.BASE_POINT_SIZE * scale)
    found: list[str] = []
    for size in SIZES:
        found += check(first, first, size, "first run: welcome")
    first.first_run.continue_button.click()
    for size in SIZES:
        found += check(first, first, size, "first run: organisation")
    first.first_run.skip_button.click()
    first.close()
    window = make_window(paths)
    for size in SIZES:
        found += check(window, window, size, "home (empty)")
    start_assessment(qtbot, window, SAMPLE_ID)
    for size in SIZES:
        found += check(window, window, size, "walk-through")
    walk_through(qtbot, window)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=10000)
    for size in SIZES:
        found += check(window, window, size, "results")
    state = window.walkthrough.state
    assert state is not None
    from aisafe_desktop.services.identities import create_identity

    # an identity with a long name and organisation, as the export dialog's list shows them
    create_identity(None, name="Nurul Aisyah binti Abdul Rahman", organisation="Kedai Runcit "
                    "Harmoni Sdn. Bhd. (Pulau Pinang)", country="MY",
                    passphrase="a long enough passphrase", data_dir=paths.data_dir)
    window.export_pdf(state.id)
    qtbot.waitUntil(lambda: getattr(window.reports, "export_dialog", None) is not None
                    and window.reports.export_dialog.isVisible())
    for size in SIZES:
        found += check(window, window.reports.export_dialog, size, "export")
    export = window.reports.export_dialog
    export.passphrase.setText("a long enough passphrase")
    export.export_button.click()  # done: the saved path and the fingerprint (95 characters)
    qtbot.waitUntil(lambda: export.exported is not None, timeout=30000)
    for size in SIZES:
        found += check(window, export, size, "export (done)")
    exported = export.exported.path
    export.reject()
    found += other_dialogs(qtbot, window, state.id, exported)
    window.show_settings()
    for size in SIZES:
        found += check(window, window, size, "settings")
    window.show_home()
    qtbot.waitUntil(lambda: window.home.model.rowCount() == 1)
    for size in SIZES:
        found += check(window, window, size, "home")
    window.new_dialog = None  # the one start_assessment used is gone
    window.new_assessment()
    qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None
                    and window.new_dialog.isVisible())
    for size in SIZES:
        found += check(window, window.new_dialog, size, "new assessment")
    window.new_dialog.reject()
    window.home.edit_profile()
    from aisafe_desktop.gui.profile_form import ProfileDialog

    dialog = next(w for w in QApplication.topLevelWidgets()
                  if isinstance(w, ProfileDialog) and w.isVisible())
    for size in SIZES:
        found += check(window, dialog, size, "organisation")
    dialog.reject()
    assert not found, "\n".join(found)


def other_dialogs(qtbot, window, assessment_id: int, exported: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The verify view and the report's answers, the change log, an answer's history and a new
    signing identity showing a problem: each at every size."""
    from aisafe_desktop.gui.identity_dialogs import CreateIdentityDialog

    found: list[str] = []
    reports = window.reports
    reports.verify(exported)
    qtbot.waitUntil(lambda: getattr(reports, "verify_dialog", None) is not None
                    and reports.verify_dialog.isVisible(), timeout=30000)
    for size in SIZES:
        found += check(window, reports.verify_dialog, size, "verify")
    reports.show_answers(reports.verify_dialog.verification)
    qtbot.waitUntil(lambda: getattr(reports, "answers_dialog", None) is not None
                    and reports.answers_dialog.isVisible(), timeout=10000)
    for size in SIZES:
        found += check(window, reports.answers_dialog, size, "verify: answers")
    reports.answers_dialog.close()
    reports.verify_dialog.close()
    window.show_change_log(assessment_id)
    qtbot.waitUntil(lambda: getattr(window, "change_log_dialog", None) is not None
                    and window.change_log_dialog.isVisible())
    for size in SIZES:
        found += check(window, window.change_log_dialog, size, "change log")
    window.change_log_dialog.close()
    walk = window.walkthrough
    assert walk.state is not None
    walk.show_history(walk.state.questionnaire.sections[0].questions[0].id)
    qtbot.waitUntil(lambda: getattr(walk, "history_dialog", None) is not None
                    and walk.history_dialog.isVisible())
    for size in SIZES:
        found += check(window, walk.history_dialog, size, "answer history")
    walk.history_dialog.close()
    identity = CreateIdentityDialog(window.ctx, window)
    identity.show()
    identity.passphrase.setText("one long passphrase")
    identity.again.setText("another long passphrase")
    identity._check()  # the two passphrases differ: the problem is shown in the dialog
    assert identity.problem.isVisible()
    for size in SIZES:
        found += check(window, identity, size, "new signing identity (a problem shown)")
    identity.reject()
    return found


def test_first_start_uses_the_available_screen_and_a_saved_size_stays_on_it() -> None:
    from aisafe_desktop.gui.window_fit import first_start, inside

    laptop = QRect(0, 0, 1366, 728)  # 1366×768 with a 40 px taskbar
    rect = first_start(laptop)
    assert laptop.contains(rect) and rect.height() >= 600
    small = QRect(0, 0, 1024, 560)
    assert small.contains(first_start(small))
    big_saved = QRect(200, 150, 1600, 1000)  # saved on a larger monitor, now undocked
    assert laptop.contains(inside(big_saved, laptop))
    off = QRect(-500, 900, 800, 600)
    assert laptop.contains(inside(off, laptop)) and inside(off, laptop).size() == off.size()


def test_the_window_opens_inside_the_screen(qtbot, qapp, qm_dir, paths) -> None:  # type: ignore[no-untyped-def]
    from aisafe_desktop.gui.launch import build_context
    from aisafe_desktop.gui.main_window import MainWindow

    ctx = build_context(qapp, paths, translations_dir=qm_dir, install_excepthook=False)
    window = MainWindow(ctx)  # no saved geometry: sized from the screen (not a fixed 1100×760)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry()) or available.contains(window.geometry())
    assert window.width() >= 0.8 * min(available.width(), 1280)
