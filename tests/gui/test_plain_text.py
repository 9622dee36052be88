"""Outside text is never interpreted as Qt rich text.

A questionnaire, an answers file, a profile and an error message all carry `<img src=PROBE>` in
every text field. The test walks Home, the profile and new-assessment dialogs, every section of the
walk-through, the results, Settings and the error dialogs, rendering each, and proves:
- no label that shows outside text is in a rich-text mode, no tooltip carries raw markup;
- the probe image is never read: neither by Python (`sys.addaudithook` on "open") nor by Qt's
  image loading (its access time, set older than its modification time, would move: relatime).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QListView, QMessageBox, QWidget

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.dto import OrganisationProfile
from tests.gui.driver import walk_through
from tests.gui.sample_questionnaire import SAMPLE_YAML

HOSTILE_ID = "gui-hostile"
_opened: list[str] = []
_watched: list[str] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _watched and args and str(args[0]) in _watched:
        _opened.append(str(args[0]))


sys.addaudithook(_audit)  # hooks cannot be removed; it only records paths the test watches


def make_probe(folder: Path) -> tuple[Path, str]:
    probe = folder / "probe.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(probe))
    stat = probe.stat()
    os.utime(probe, (stat.st_mtime - 3600, stat.st_mtime))  # atime < mtime: a read moves it
    return probe, f'<img src="{probe}" width="300" height="300"><b>x</b>'


def hostile_yaml(markup: str) -> str:
    data = yaml.safe_load(SAMPLE_YAML)

    def poison(node: Any) -> Any:
        if isinstance(node, dict):
            if set(node) <= {"en", "ms"} and all(isinstance(v, str) for v in node.values()):
                return {k: f"{v} {markup}" for k, v in node.items()}
            return {k: poison(v) for k, v in node.items()}
        if isinstance(node, list):
            return [poison(v) for v in node]
        return node

    data = poison(data)
    data["id"] = HOSTILE_ID
    data["publisher"] = f"Tests {markup}"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def seed(paths: AppPaths, markup: str) -> None:
    from aisafe_desktop.services.workspace import Workspace

    (paths.user_questionnaires_dir / "hostile.yaml").write_text(hostile_yaml(markup), "utf-8")
    ws = Workspace.open(paths)
    try:
        ws.save_profile(OrganisationProfile(name=f"Org {markup}", sector=f"Sector {markup}",
                                            contact_name=f"Ann {markup}", country="MY"))
        system = ws.add_ai_system(f"System {markup}")
        new_id = ws.create_assessment(HOSTILE_ID, title=f"Title {markup}", ai_system_id=system.id)
        ws.record_answer(new_id, "uses-ai", "yes", comment=f"Comment {markup}")
        ws.record_answer(new_id, "system-name", f"Name {markup}")
        ws.record_answer(new_id, "notes", f"Notes {markup}")
    finally:
        ws.close()


def assert_nothing_interpreted(probe: Path, atime: float) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.grab()  # lay out and paint: a rich-text label would load its image now
    QApplication.processEvents()
    problems: list[str] = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and "<img" in widget.text() \
                and widget.textFormat() != Qt.TextFormat.PlainText:
            problems.append(f"label {widget.objectName() or type(widget.parent()).__name__}: "
                            f"{widget.text()[:60]}")
        if "<img" in widget.toolTip():
            problems.append(f"tooltip of {type(widget).__name__}: {widget.toolTip()[:60]}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(widget, QListView) else model.columnCount()
            for row in range(model.rowCount()):
                for column in range(columns):
                    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and "<img" in tip:
                        problems.append(f"item tooltip in {type(widget).__name__}: {tip[:60]}")
    assert not problems, "\n".join(problems)
    assert not _opened, f"Python opened {_opened}"
    assert probe.stat().st_atime == atime, "Qt loaded the image named in outside text"


@pytest.mark.usefixtures("qapp")
def test_hostile_text_is_never_interpreted_anywhere(qtbot, make_window, paths, tmp_path) -> None:  # type: ignore[no-untyped-def]
    probe, markup = make_probe(tmp_path)
    atime = probe.stat().st_atime
    seed(paths, markup)
    _watched.append(str(probe))
    try:
        window = make_window(paths)

        def check() -> None:
            assert_nothing_interpreted(probe, atime)

        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home)
        qtbot.waitUntil(lambda: window.home.model.rowCount() == 1)
        assert "<img" in window.home.org_title.text()  # the text is there, shown literally
        check()

        window.home.edit_profile()
        check()
        for dialog in window.home.findChildren(QWidget):
            if dialog.isWindow() and dialog.isVisible():
                dialog.close()

        window.new_assessment()
        qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None
                        and window.new_dialog.isVisible())
        row = next(i for i, e in enumerate(window.new_dialog.entries)
                   if e.questionnaire.id == HOSTILE_ID)
        window.new_dialog.list.setCurrentRow(row)
        check()
        window.new_dialog.reject()

        assessment_id = window.home.model.rows[0].id
        window.open_assessment(assessment_id)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.walkthrough, timeout=10000)
        page = window.walkthrough
        for card in page.stack.currentWidget().visible_cards():
            if card.guidance_toggle is not None:
                card.guidance_toggle.setChecked(True)
        check()
        walk_through(qtbot, window)
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=10000)
        check()

        window.show_settings()
        check()

        from aisafe_desktop.core.errors import AisafeError
        from aisafe_desktop.gui.startup import show_startup_error
        from aisafe_desktop.storage.errors import StorageError

        window.ctx.errors.present(AisafeError("bad {thing}", thing=markup))
        window.ctx.errors.present(PermissionError(13, f"denied {markup}", f"/x/{markup}"))
        window.ctx.errors.unexpected(RuntimeError(markup), None)
        box = show_startup_error(window, StorageError(f"cannot open {markup}"), lambda: None,
                                 lambda: None)
        check()
        box.done(0)
        for shown in list(window.ctx.errors.dialogs):
            shown.done(0)
    finally:
        _watched.clear()
    assert isinstance(box, QMessageBox)
