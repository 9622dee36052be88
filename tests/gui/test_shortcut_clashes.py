"""No key does two things at once: on each page, every active shortcut has its own key.

Qt gives an ambiguous key to neither shortcut (it emits activatedAmbiguously), so a clash makes
both silently dead: Ctrl+I opened nothing on Home while it meant both Import (Home) and Inbox
(the window's toolbar)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from tests.gui.conftest import WindowFactory
from tests.gui.driver import start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def active_keys(window: QWidget) -> Counter[str]:
    """The key sequences of the enabled shortcuts that Qt would match now: a QShortcut whose
    widget is visible, an action of a visible widget (the window, a toolbar, a page)."""
    keys: Counter[str] = Counter()
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and parent.isVisible():
            keys[shortcut.key().toString(QKeySequence.SequenceFormat.PortableText)] += 1
    actions: set[QAction] = set()
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible():
            actions.update(widget.actions())
    for action in actions:
        if action.isEnabled():
            for sequence in action.shortcuts():
                keys[sequence.toString(QKeySequence.SequenceFormat.PortableText)] += 1
    keys.pop("", None)
    return keys


def test_no_two_shortcuts_share_a_key_on_home_or_in_the_walk_through(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    window = make_window(paths)
    qtbot.waitUntil(lambda: window.home.isVisible())
    on_home = active_keys(window)
    assert "Ctrl+I" in on_home  # import, on Home
    assert [key for key, count in on_home.items() if count > 1] == []
    start_assessment(qtbot, window, SAMPLE_ID)
    walking = active_keys(window)
    assert [key for key, count in walking.items() if count > 1] == []



def test_tab_reaches_every_toolbar_button(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    """The issue found Home, New and Settings in the toolbar outside the Tab order; they are
    in it, and a page still starts with its own control focused."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = make_window(paths)
    qtbot.waitUntil(lambda: window.home.isVisible())
    assert window.home.isAncestorOf(QApplication.focusWidget() or window)
    buttons = {window.navigation.widgetForAction(a) for a in window.navigation.actions()
               if a.isVisible() and a.isEnabled()}
    assert len(buttons) == 5
    reached = set()
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        reached.add(QApplication.focusWidget())
    assert buttons <= reached
