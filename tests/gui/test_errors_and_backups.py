"""The one error presenter, start-up problems in plain words, backups and restore from Settings,
and keyboard navigation of the walk-through."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.errors import ErrorPresenter
from tests.gui.conftest import WindowFactory
from tests.gui.driver import answer, current_section, open_state, shown_page, start_assessment
from tests.gui.sample_questionnaire import SAMPLE_ID


def close_dialogs(presenter: ErrorPresenter) -> None:
    for box in list(presenter.dialogs):
        box.close()


def test_unexpected_error_is_calm_and_writes_a_report(qtbot: QtBot, tmp_path: Path) -> None:
    presenter = ErrorPresenter(tmp_path / "logs")
    try:
        raise KeyError("internal detail nobody should see")
    except KeyError as error:
        presenter._excepthook(KeyError, error, error.__traceback__)  # as sys.excepthook would
    assert "answers so far are saved" in presenter.last_text
    assert "KeyError" not in presenter.last_text and "Traceback" not in presenter.last_text
    report = presenter.last_report
    assert report is not None and report.parent == tmp_path / "logs"
    text = report.read_text("utf-8")
    assert "Traceback" in text and "internal detail nobody should see" in text
    box = presenter.dialogs[-1]
    assert box.icon() == QMessageBox.Icon.Warning and str(tmp_path / "logs") in box.informativeText()
    close_dialogs(presenter)


def test_user_and_environment_errors_say_what_to_do(qtbot: QtBot, tmp_path: Path) -> None:
    from aisafe_desktop.services.errors import Incomplete

    presenter = ErrorPresenter(tmp_path / "logs")
    presenter.present(Incomplete(["q1", "q2"]))
    assert "Required questions not answered yet (2)" in presenter.last_text
    presenter.present(PermissionError(13, "Permission denied", "/readonly/report.pdf"))
    assert "Permission denied" in presenter.last_text and "/readonly/report.pdf" in presenter.last_text
    assert presenter.last_report is None  # not a bug: no report file
    close_dialogs(presenter)


def test_second_window_on_the_same_data_explains_and_quits(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    first = make_window(paths)
    second = make_window(paths, wait=False)
    qtbot.waitUntil(lambda: not second.ctx.tasks.busy, timeout=20000)
    boxes = [w for w in second.findChildren(QMessageBox) if w.isVisible()]
    assert boxes, "a start-up dialog is shown"
    assert "already open in another window" in boxes[0].text()
    assert second.ctx.workspace is None and first.ctx.workspace is not None
    boxes[0].button(QMessageBox.StandardButton.Close).click()
    qtbot.waitUntil(lambda: not second.isVisible())


def test_back_up_and_restore_from_settings(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    page = shown_page(window.walkthrough)
    answer(qtbot, page.cards["system-name"])
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)
    window.show_settings()
    settings = window.settings
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)  # the list of backups is read off-thread
    before = settings.backups.count()
    qtbot.mouseClick(settings.backup_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings.backups.count() == before + 1, timeout=20000)
    backup = settings.backups.item(0).data(Qt.ItemDataRole.UserRole)
    assessment_id = open_state(window.walkthrough).id
    window.ctx.ws.record_answer(assessment_id, "users", 7)  # a change after the backup
    settings.backups.setCurrentRow(0)
    qtbot.mouseClick(settings.restore, Qt.MouseButton.LeftButton)
    box = next(w for w in settings.findChildren(QMessageBox) if w.isVisible())
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: window.ctx.workspace is not None and not window.ctx.tasks.busy
                    and window.stack.currentWidget() is window.home, timeout=20000)
    answers = window.ctx.ws.open_assessment(assessment_id).answers
    assert answers["system-name"].value == "Sample answer" and "users" not in answers
    assert str(backup).endswith(".sqlite3")


def test_keyboard_moves_through_sections(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    walk = window.walkthrough
    assert current_section(walk).id == "basics"
    window.activateWindow()  # offscreen does not hand activation back when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)
    focus = window.focusWidget()
    assert focus is not None and walk.isAncestorOf(focus)  # the first question has the focus
    qtbot.keyClick(focus, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert current_section(walk).id == "care"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert current_section(walk).id == "basics"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_F6)
    assert walk.sections.hasFocus()
    qtbot.keyClick(walk.sections, Qt.Key.Key_Down)
    qtbot.keyClick(walk.sections, Qt.Key.Key_Return)
    assert current_section(walk).id == "care"


def test_damaged_database_offers_the_latest_backup(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    start_assessment(qtbot, window, SAMPLE_ID)
    answer(qtbot, shown_page(window.walkthrough).cards["system-name"])
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)
    window.ctx.ws.backup_now()
    window.close()
    with open(paths.database, "r+b") as database:  # a disk error scribbles over the file
        database.seek(0)
        database.write(b"\0" * 4096)
    for leftover in (paths.database.with_name(paths.database.name + "-wal"),
                     paths.database.with_name(paths.database.name + "-shm")):
        leftover.unlink(missing_ok=True)
    again = make_window(paths, wait=False)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in again.findChildren(QMessageBox)),
                    timeout=20000)
    box = next(w for w in again.findChildren(QMessageBox) if w.isVisible())
    assert "damaged" in box.text() and "Restore the latest backup" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: again.ctx.workspace is not None and not again.ctx.tasks.busy,
                    timeout=20000)
    rows = again.ctx.ws.list_assessments()
    assert len(rows) == 1
    assert again.ctx.ws.open_assessment(rows[0].id).answers["system-name"].value == "Sample answer"


def test_start_up_messages_are_plain_and_say_what_to_do(qapp: QApplication, tmp_path: Path) -> None:
    from aisafe_desktop.gui.startup import startup_message
    from aisafe_desktop.services.errors import DatabaseCorrupt, DatabaseLocked, DatabaseTooNew

    database = tmp_path / "aisafe.sqlite3"
    title, text, restore = startup_message(DatabaseTooNew(database, "9999_future"))
    assert "newer version" in text and "Install" in text and not restore
    title, text, restore = startup_message(DatabaseLocked(tmp_path / ".lock", "4242"))
    assert "already open" in text and not restore
    backup = tmp_path / "backups" / "aisafe-20261126-daily.sqlite3"
    title, text, restore = startup_message(DatabaseCorrupt(database, "malformed", backup))
    assert restore and backup.name in text and "kept as a copy" in text
    title, text, restore = startup_message(DatabaseCorrupt(database, "malformed", None))
    assert not restore and "no backup" in text
    for message in (title, text):
        assert "Traceback" not in message and "sqlite3" not in message.lower()


def test_a_file_that_cannot_be_written_on_a_full_disk_says_so_in_malay(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
) -> None:
    """Export to a full drive (a filled tmpfs): "the disk is full: free N MB" in the interface
    language, not the system's English "No space left on device"."""
    import os

    from aisafe_desktop.core.errors import AisafeError
    from aisafe_desktop.services import pdf_reports
    from tests.storage.test_disk_really_full import fill, small_disk

    window = make_window(paths)
    window.set_language("ms")
    with small_disk(tmp_path / "disk", "1m") as disk:
        fill(disk, leave=0)
        try:
            pdf_reports.write_atomically(disk / "report.pdf", os.urandom(64 * 1024))
        except AisafeError as error:
            window.ctx.errors.present(error)
    text = window.ctx.errors.last_text
    assert text.startswith("Cakera sudah penuh: kosongkan 1 MB pada pemacu"), text
    assert str(disk) in text and "No space left" not in text
    close_dialogs(window.ctx.errors)
