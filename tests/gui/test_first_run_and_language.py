"""First launch and switching the language live (no restart)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.settings import load_settings
from tests.gui.conftest import WindowFactory
from tests.gui.driver import click, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def test_first_run_in_malay_with_profile(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    window = make_window(paths, first_run_done=False)
    first = window.first_run
    assert window.stack.currentWidget() is first
    assert first.title.text() == "Welcome to AISafe Desktop"
    assert "stays on this computer" in first.privacy.text()
    malay = first.findChild(type(first.languages.buttons()[0]), "language-ms")
    assert malay is not None
    click(qtbot, malay)
    qtbot.waitUntil(lambda: first.title.text() == "Selamat datang ke AISafe Desktop")
    assert first.continue_button.text() == "Teruskan"
    assert window.home_action.text() == "Laman utama"
    assert window.settings.language.currentData() == "ms"  # Settings shows the language in use
    qtbot.mouseClick(first.continue_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(first.form.name, "Kedai Runcit Harmoni")
    qtbot.keyClicks(first.form.contact_email, "nurul@example.com")
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home and not window.ctx.tasks.busy)
    assert window.home.org_title.text() == "Kedai Runcit Harmoni"
    assert window.home.empty_title.text() == "Belum ada penilaian"
    saved = load_settings(paths)
    assert saved.first_run_done and saved.language == "ms"
    profile = window.ctx.ws.get_profile()
    assert profile is not None and profile.contact_email == "nurul@example.com"


def test_first_run_can_be_skipped(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    window = make_window(paths, first_run_done=False)
    qtbot.mouseClick(window.first_run.continue_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.first_run.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
    assert window.ctx.ws.get_profile() is None
    assert window.home.edit_org.text() == "Add details"


def visible_texts(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.isVisible()}


def test_language_switches_live_in_every_open_screen(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    assert walk.next_button.text() == "&Next"
    window.settings_action.trigger()
    settings = window.settings
    assert window.stack.currentWidget() is settings
    combo = settings.language
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # English -> Bahasa Melayu, as a keyboard user does
    qtbot.waitUntil(lambda: settings.general_title.text() == "Umum")
    assert "Data anda" in visible_texts(settings)
    assert window.settings_action.text() == "Tetapan"
    assert walk.next_button.text() == "&Seterusnya"  # a screen in the background, too
    assert walk.back_button.text() == "&Kembali"
    assert "soalan dijawab" in walk.progress.text()
    assert window.home.new_button.text() == "&Penilaian baharu"
    assert window.home.model.headerData(0, Qt.Orientation.Horizontal) == "Tajuk"
    assert load_settings(paths).language == "ms"
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: settings.general_title.text() == "General")
    assert walk.next_button.text() == "&Next"


def test_an_invalid_email_is_shown_as_you_type_in_malay_and_nothing_is_lost(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    window = make_window(paths, first_run_done=False)
    first = window.first_run
    malay = first.findChild(type(first.languages.buttons()[0]), "language-ms")
    assert malay is not None
    click(qtbot, malay)
    qtbot.waitUntil(lambda: first.continue_button.text() == "Teruskan")
    qtbot.mouseClick(first.continue_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(first.form.name, "Kedai Runcit Harmoni")
    qtbot.keyClicks(first.form.contact_email, "nurul-at-example")
    note = first.form.notes["contact_email"]
    assert note.isVisible()  # while typing, next to the field
    assert "nurul-at-example" in note.text() and "e-mail" not in note.text()  # in Malay
    assert first.form.contact_email.accessibleDescription() == note.text()
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is first  # not closed, not marked done
    assert first.form.name.text() == "Kedai Runcit Harmoni"  # nothing typed is lost
    assert first.form.contact_email.hasFocus() or not window.isActiveWindow()
    assert not load_settings(paths).first_run_done
    qtbot.keyClicks(first.form.contact_email, "@example.com")  # now nurul-at-example@example.com
    assert not note.isVisible()
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home and not window.ctx.tasks.busy)
    profile = window.ctx.ws.get_profile()
    assert profile is not None and profile.name == "Kedai Runcit Harmoni"
