"""Hostile outside text for the plain-text tests: a probe image that must never be read, markup
in every field, and the check that nothing shown was interpreted as Qt rich text.

The markup carries two markers: `<img src=PROBE>` (interpreted, Qt reads the file) and the entity
`&lt;u&gt;` (interpreted, Qt shows `<u>`; escaped into our own rich text it is `&amp;lt;u…`, so
the raw entity in a rich-text place means the text went in unescaped). Qt's `mightBeRichText`
takes both for rich text, so either one in a label that is not plain text, in a tooltip or in an
item's tooltip is a finding; a text document with an image in it (U+FFFC) is one too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QListView,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.dto import OrganisationProfile
from tests.gui.sample_questionnaire import SAMPLE_YAML

HOSTILE_ID = "gui-hostile"
ENTITY = "&lt;u&gt;"  # never produced by escaping: the markup has no raw <u>
# Short markup for places with a length limit (a certificate's names: 64 characters).
SHORT = f"<b>S</b>{ENTITY}"
_opened: list[str] = []
_watched: list[str] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _watched and args and str(args[0]) in _watched:
        _opened.append(str(args[0]))


sys.addaudithook(_audit)  # hooks cannot be removed; it only records paths the test watches


def make_probe(folder: Path, *, relative: bool = False) -> tuple[Path, str]:
    """The probe image (atime older than mtime: a read moves it, relatime) and the markup.
    `relative`: the markup names it relative to `folder`, which must then be the working folder
    (a short name: a band label in a signed report must fit a line to be found on its page)."""
    probe = folder / "probe.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(probe))
    stat = probe.stat()
    os.utime(probe, (stat.st_mtime - 3600, stat.st_mtime))
    _watched.extend((str(probe), probe.name))
    name = probe.name if relative else probe
    return probe, f'<img src="{name}" width="300" height="300"><b>x</b> {ENTITY}'


def stop_watching() -> None:
    _watched.clear()


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


def seed(paths: AppPaths, markup: str) -> int:
    """The hostile questionnaire, a profile, an AI system and an assessment with answers,
    comments, a changed answer (for its history) and an action-plan item; returns its id."""
    from aisafe_desktop.core.action_plan import ActionItem
    from aisafe_desktop.services.workspace import Workspace

    (paths.user_questionnaires_dir / "hostile.yaml").write_text(hostile_yaml(markup), "utf-8")
    ws = Workspace.open(paths)
    try:
        ws.save_profile(OrganisationProfile(name=f"Org {markup}", sector=f"Sector {markup}",
                                            contact_name=f"Ann {markup}", country="MY"))
        system = ws.add_ai_system(f"System {markup}")
        new_id = ws.create_assessment(HOSTILE_ID, title=f"Title {markup}", ai_system_id=system.id)
        ws.record_answer(new_id, "uses-ai", "yes", comment=f"Comment {markup}")
        ws.record_answer(new_id, "ai-kind", "predict", comment=f"Kind {markup}")
        ws.record_answer(new_id, "system-name", f"Old {markup}")
        ws.record_answer(new_id, "system-name", f"Name {markup}", comment=f"Why {markup}")
        ws.record_answer(new_id, "notes", f"Notes {markup}")
        ws.save_action_item(new_id, ActionItem("rec-log", done=False, owner=f"Owner {markup}"))
    finally:
        ws.close()
    return new_id


def findings(probe: Path) -> list[str]:
    """Every place where hostile text is shown in a rich-text way, in the windows now open."""
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.grab()  # lay out and paint: a rich-text label would load its image now
    QApplication.processEvents()
    problems: list[str] = []

    def where(widget: QWidget) -> str:
        window = widget.window()
        return (f"{type(widget).__name__} {widget.objectName()!r} in "
                f"{type(window).__name__} {window.windowTitle()!r}")

    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.PlainText \
                and ("<img" in widget.text() or ENTITY in widget.text()):
            problems.append(f"label {where(widget)}: {widget.text()[:80]}")
        if "<img" in widget.toolTip() or ENTITY in widget.toolTip():
            problems.append(f"tooltip of {where(widget)}: {widget.toolTip()[:80]}")
        if isinstance(widget, QTextEdit | QPlainTextEdit) and \
                "\ufffc" in widget.document().toPlainText():
            problems.append(f"image in the document of {where(widget)}")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(widget, QListView) else model.columnCount()
            for row in range(model.rowCount()):
                for column in range(columns):
                    tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and ("<img" in tip or ENTITY in tip):
                        problems.append(f"item tooltip in {where(widget)}: {tip[:80]}")
    return problems


def assert_nothing_interpreted(probe: Path, atime: float) -> None:
    problems = findings(probe)
    assert not problems, "\n".join(problems)
    assert not _opened, f"Python opened {_opened}"
    assert probe.stat().st_atime == atime, "Qt loaded the image named in outside text"
