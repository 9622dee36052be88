"""Fixtures for the desktop tests: a real data folder in tmp_path, the real services, the real
main window, offscreen. Translations are built from the committed .ts with pyside6-lrelease."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.launch import build_context
from aisafe_desktop.gui.main_window import MainWindow
from tests.gui.sample_questionnaire import SAMPLE_YAML

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "aisafe_ms.ts"


def lrelease() -> str | None:
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else None


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """aisafe_*.qm built from the committed .ts files (the same step the set-up runs)."""
    tool = lrelease()
    assert tool, "pyside6-lrelease is needed to build the translations"
    out = tmp_path_factory.mktemp("qm")
    for ts in sorted(TS_FILE.parent.glob("aisafe_*.ts")):
        subprocess.run([tool, str(ts), "-qm", str(out / f"{ts.stem}.qm")], check=True,
                       capture_output=True)
    return out


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    found = AppPaths.resolve(tmp_path / "data").ensure()
    found.user_questionnaires_dir.mkdir(parents=True, exist_ok=True)
    (found.user_questionnaires_dir / "gui-sample.yaml").write_text(SAMPLE_YAML, "utf-8")
    return found


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, qapp: QApplication, qm_dir: Path) -> Iterator[WindowFactory]:
    windows: list[MainWindow] = []

    def factory(paths: AppPaths, *, first_run_done: bool = True, wait: bool = True) -> MainWindow:
        if first_run_done:
            from aisafe_desktop.services.settings import Settings, load_settings, save_settings

            settings = load_settings(paths) if paths.settings_file.exists() else Settings()
            settings.first_run_done = True
            save_settings(paths, settings)
        ctx = build_context(qapp, paths, translations_dir=qm_dir, install_excepthook=False)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        window.start()
        windows.append(window)
        if wait:
            qtbot.waitUntil(lambda: ctx.workspace is not None and not ctx.tasks.busy,
                            timeout=20000)
        return window

    yield factory
    for window in windows:
        if window.ctx.workspace is not None:
            window.close()
        window.ctx.translations.switch("en")
