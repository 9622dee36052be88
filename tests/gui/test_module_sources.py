"""The app keeps PySide6 from holding the source of every module imported after Qt in memory."""

from __future__ import annotations

import importlib
import linecache
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.launch import build_context
from aisafe_desktop.gui.module_sources import _mentions_pyside


def test_modules_imported_after_start_up_are_not_kept_as_source(
        qapp: QApplication, tmp_path: Path, qm_dir: Path) -> None:
    build_context(qapp, AppPaths.resolve(tmp_path / "data").ensure(), translations_dir=qm_dir,
                  install_excepthook=False)
    module_file = tmp_path / "late_module_for_source_test.py"
    module_file.write_text("VALUE = 'x' * 10\n" * 50, "utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        module = importlib.import_module("late_module_for_source_test")
    finally:
        sys.path.remove(str(tmp_path))
        sys.modules.pop("late_module_for_source_test", None)
    assert module.VALUE == "x" * 10
    assert str(module_file) not in linecache.cache


def test_the_check_gives_the_same_answer_as_pyside(tmp_path: Path) -> None:
    import aisafe_desktop.core.model as plain_module
    import aisafe_desktop.gui.widgets as qt_module

    assert _mentions_pyside(qt_module) and not _mentions_pyside(plain_module)
    assert not _mentions_pyside(sys)  # built in: no source
