"""The app as a person runs it, for test_atspi_bus.py: the real main window on a real X server
(xcb, not offscreen) with Qt's AT-SPI bridge on, the interface in Malay, driven by one command a
line on stdin. Each command is answered with one line `ready <command> <detail>` once the window
has settled (or `failed <command> <reason>`), so the reader outside can then walk the tree.

    python tests/gui/atspi_app.py DATA_DIR QM_DIR [LANGUAGE]
    commands: tabs N | walk | answer | results | export | settings | mismatch | dismiss | quit,
    and those of atspi_more.py
"""

from __future__ import annotations

import contextlib
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QSocketNotifier, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qt_compat import qt_api
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.export_dialog import ExportDialog
from aisafe_desktop.gui.identity_dialogs import ask_create
from aisafe_desktop.gui.launch import build_context
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.question_card import QuestionCard
from aisafe_desktop.services.identities import create_identity
from aisafe_desktop.services.settings import Settings, save_settings
from tests.gui.driver import answer, shown_page, start_assessment, walk_through
from tests.gui.sample_questionnaire import SAMPLE_ID, SAMPLE_YAML

WAIT_MS = 120_000  # per wait; generous: under AT-SPI every key waits for the registry
UI_LANGUAGE = "ms"
PASSPHRASE = "a passphrase for the test"
CONTENT_LANGUAGE = "en"  # the questionnaire runs in English under the Malay interface


def describe(widget: QWidget | None) -> str:
    if widget is None:
        return "none"
    return f"{type(widget).__name__}:{widget.accessibleName() or widget.objectName()}"


def moved_from(widget: QWidget | None) -> Callable[[], bool]:
    return lambda: QApplication.focusWidget() is not widget


class Driver:
    def __init__(self, app: QApplication, window: MainWindow) -> None:
        self.app, self.window = app, window
        # Only QtBot's waiting and input helpers are used: they need no pytest request.
        self.bot = QtBot(cast("object", None))  # type: ignore[arg-type]

    def activate(self) -> None:
        """Xvfb has no window manager to give the window back its focus after a dialog, as a
        desktop does: ask for it, as the window manager would."""
        if not self.window.isActiveWindow():
            self.window.activateWindow()
            self.bot.waitUntil(self.window.isActiveWindow, timeout=WAIT_MS)

    def settle(self, card: QuestionCard) -> None:
        """With the AT-SPI bridge on, Qt hands every key to the registry first and delivers it
        when the registry answers (or after 100 ms without an answer): typed text arrives late on
        a loaded machine. Give it time before the walk looks again (it answers again if not)."""
        with contextlib.suppress(TimeoutError):
            self.bot.waitUntil(lambda: card.answered, timeout=5000)

    def run(self, words: list[str]) -> str | None:
        from tests.gui.atspi_more import NOT_MINE, run_more

        found = run_more(self, words)  # dialogs, the inbox, a language switch (atspi_more.py)
        if found is not NOT_MINE:
            return None if found is None else str(found)
        window, bot = self.window, self.bot
        command = words[0]
        if command == "dismiss":  # close the dialog that is open (as Escape does)
            dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
            if isinstance(dialog, QDialog):
                dialog.reject()
            self.activate()
            return describe(QApplication.focusWidget())
        self.activate()
        if command == "tabs":  # walk the Tab order: focus events go out over the bus
            seen = []
            for _ in range(int(words[1])):
                before = QApplication.focusWidget()
                bot.keyClick(before or window, Qt.Key.Key_Tab)
                with contextlib.suppress(TimeoutError):  # the key may arrive late (see settle)
                    bot.waitUntil(moved_from(before), timeout=5000)
                seen.append(describe(QApplication.focusWidget()))
            return " | ".join(seen)
        if command == "walk":
            start_assessment(bot, window, SAMPLE_ID, language=CONTENT_LANGUAGE)
            page = shown_page(window.walkthrough)
            bot.waitUntil(lambda: page.complete, timeout=WAIT_MS)
            self.activate()
            bot.wait(200)
            return page.section.id
        if command == "answer":  # the first question: the save status changes and is announced
            card = next(iter(shown_page(window.walkthrough).visible_cards()))
            answer(bot, card)
            saved = window.walkthrough.saved
            bot.waitUntil(lambda: bool(saved.text()), timeout=WAIT_MS)
            bot.wait(200)
            return saved.text()
        if command == "results":
            walk_through(bot, window, on_answer=self.settle)
            bot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=WAIT_MS)
            bot.wait(300)
            return describe(QApplication.focusWidget())
        if command == "settings":
            window.show_settings()
            bot.wait(200)
            return describe(QApplication.focusWidget())
        if command == "export":  # sign the walked assessment: its file and fingerprint are said
            create_identity(None, name="Aminah", organisation="Kedai Kopi", country="MY",
                            passphrase=PASSPHRASE, data_dir=window.ctx.paths.data_dir)
            state = window.walkthrough.state
            assert state is not None
            window.reports.export(state)
            export = window.reports.export_dialog
            assert isinstance(export, ExportDialog)
            bot.waitUntil(lambda: export.isVisible() and export.identity.count() > 0,
                          timeout=WAIT_MS)
            export.target.setText(str(window.ctx.paths.data_dir / "report.pdf"))
            export.passphrase.setText(PASSPHRASE)
            export.export_button.click()
            bot.waitUntil(lambda: export.exported is not None, timeout=WAIT_MS)
            bot.wait(200)
            result = export.exported
            assert result is not None
            return f"{result.path} {result.fingerprint}"
        if command == "mismatch":  # a new identity with two different passphrases: the problem
            dialog = ask_create(window.ctx, window, lambda _stored: None)
            bot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
            for field, text in ((dialog.name, "Aminah"), (dialog.organisation, "Kedai Kopi"),
                                (dialog.passphrase, "first passphrase"),
                                (dialog.again, "second passphrase")):
                field.setText(text)
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
            bot.waitUntil(dialog.problem.isVisible, timeout=WAIT_MS)
            bot.wait(200)
            return dialog.problem.text()
        raise ValueError(f"unknown command {command}")


def prepare(data_dir: Path, language: str = UI_LANGUAGE) -> AppPaths:
    paths = AppPaths.resolve(data_dir).ensure()
    paths.user_questionnaires_dir.mkdir(parents=True, exist_ok=True)
    (paths.user_questionnaires_dir / f"{SAMPLE_ID}.yaml").write_text(SAMPLE_YAML, "utf-8")
    save_settings(paths, Settings(first_run_done=True, language=language))
    return paths


def main(argv: list[str]) -> int:
    qt_api.set_qt_api("pyside6")  # what pytest-qt's plugin does at start-up
    app = QApplication([sys.argv[0]])
    paths = prepare(Path(argv[0]), *argv[2:3])
    ctx = build_context(app, paths, translations_dir=Path(argv[1]), install_excepthook=False)
    window = MainWindow(ctx)
    window.resize(1366, 740)
    window.show()
    window.start()
    driver = Driver(app, window)
    driver.bot.waitUntil(lambda: ctx.workspace is not None and not ctx.tasks.busy
                         and window.stack.currentWidget() is window.home, timeout=WAIT_MS)
    window.activateWindow()
    driver.bot.wait(200)
    print(f"ready start {describe(QApplication.focusWidget())}", flush=True)

    def on_line() -> None:
        line = sys.stdin.readline()
        words = line.split()
        if not words or words[0] == "quit":
            notifier.setEnabled(False)
            ctx.ui_state.closed()
            window.close()
            app.quit()
            return
        try:
            detail = driver.run(words)
        except Exception as error:  # any failure is reported to the test, which fails with it
            traceback.print_exc()
            print(f"failed {words[0]} {error!r}", flush=True)
            return
        if detail is not None:  # None: answered later (a dialog that is still opening)
            print(f"ready {words[0]} {detail}", flush=True)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(on_line)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
