"""The upgrade screen, driven like a user: the assessment offers "Upgrade to version 2.0.0", the
screen lists what changed and what happens to each answer, and Upgrade moves the assessment
through the storage's upgrade path with the history kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.upgrade_dialog import UpgradeDialog
from aisafe_desktop.services.workspace import Workspace
from tests.gui.conftest import WindowFactory
from tests.gui.driver import open_state
from tests.gui.upgrade_versions import ANSWERS, UPGRADE_ID, V1, V2


def _assessment_on_v1(paths: AppPaths) -> int:
    (paths.user_questionnaires_dir / "upgrade-demo-1.yaml").write_text(V1, "utf-8")
    with Workspace.open(paths) as ws:
        aid = ws.create_assessment(UPGRADE_ID, title="Loan helper")
        for qid, value in ANSWERS.items():
            ws.record_answer(aid, qid, value)
        ws.record_comment(aid, "purpose", "HR only")
    (paths.user_questionnaires_dir / "upgrade-demo-2.yaml").write_text(V2, "utf-8")
    return aid


def open_upgrade_dialog(qtbot: QtBot, window: MainWindow, aid: int) -> UpgradeDialog:
    window.open_assessment(aid)
    banner = window.walkthrough.upgrade_banner
    qtbot.waitUntil(banner.isVisible, timeout=20000)
    assert "2.0.0" in banner.button.text() and "1.0.0" in banner.message.text()
    qtbot.mouseClick(banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.dialog is not None and banner.dialog.isVisible(), timeout=20000)
    assert banner.dialog is not None
    return banner.dialog


def _items(dialog: UpgradeDialog, name: str) -> list[str]:
    view = dialog.findChild(QListWidget, name)
    assert view is not None
    return [view.item(i).text() for i in range(view.count())] if view.isVisible() else []


def test_upgrade_screen_lists_changes_and_upgrades_keeping_history(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    aid = _assessment_on_v1(paths)
    window = make_window(paths)
    dialog = open_upgrade_dialog(qtbot, window, aid)
    assert dialog.windowTitle() == "Upgrade to version 2.0.0"
    changed = _items(dialog, "changed")
    assert changed == [
        "Different kind of answer: What is the AI used for?",
        "Reworded: About how many people does it affect each month?",
        "Different answer choices: How often are its results reviewed?",
        "New question: Have staff been trained to use it?",
        "Removed: Who approved the AI system?"]
    carried = _items(dialog, "carried")
    assert carried[0] == "Does the organisation use <b>AI</b>? — your answer: Yes"  # plain text
    assert any(c.startswith("About how many people") and "check that your answer" in c
               for c in carried)
    assert any(c.startswith("Who owns the AI system? — your answer: Aina binti Yusof")
               for c in carried)
    new_answers = _items(dialog, "new_answer")
    assert new_answers[0].startswith("What is the AI used for? — your answer (Hiring)")
    assert any(n.startswith("How often are its results reviewed? — your answer (Sometimes)")
               for n in new_answers)
    assert "Have staff been trained to use it? — a new question" in new_answers
    assert _items(dialog, "history") == [
        "Who approved the AI system? — your answer (Encik Lim) stays in the history"]
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText

    qtbot.mouseClick(dialog.upgrade_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.walkthrough.state is not None
                    and open_state(window.walkthrough).questionnaire.version == "2.0.0", timeout=20000)
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=20000)
    assert not window.walkthrough.upgrade_banner.isVisible()
    ws = window.ctx.ws
    state = ws.open_assessment(aid)
    assert {q: a.value for q, a in state.answers.items() if a.value is not None} == {
        "uses-ai": "yes", "people": 40, "owner": "Aina binti Yusof"}
    assert state.answers["purpose"].comment == "HR only"  # the note stays with the question
    assert [(h.old_value, h.new_value, h.reason) for h in ws.history(aid, "approver")] == [
        (None, "Encik Lim", "answer"), ("Encik Lim", None, "upgrade to 2.0.0")]
    assert ws.available_upgrade(aid) is None


def test_cancel_changes_nothing(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    aid = _assessment_on_v1(paths)
    window = make_window(paths)
    dialog = open_upgrade_dialog(qtbot, window, aid)
    dialog.reject()
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=20000)
    state = window.ctx.ws.open_assessment(aid)
    assert state.questionnaire.version == "1.0.0"
    assert state.answers["approver"].value == "Encik Lim"
    assert window.walkthrough.upgrade_banner.isVisible()  # still offered


def test_no_banner_without_a_newer_version(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
                                           tmp_path: Path) -> None:
    (paths.user_questionnaires_dir / "upgrade-demo-1.yaml").write_text(V1, "utf-8")
    with Workspace.open(paths) as ws:
        aid = ws.create_assessment(UPGRADE_ID)
    window = make_window(paths)
    window.open_assessment(aid)
    qtbot.waitUntil(lambda: window.walkthrough.state is not None, timeout=20000)
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy, timeout=20000)
    assert not window.walkthrough.upgrade_banner.isVisible()


def test_upgrade_screen_in_malay(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths) -> None:
    aid = _assessment_on_v1(paths)
    window = make_window(paths)
    window.ctx.translations.switch("ms")
    dialog = open_upgrade_dialog(qtbot, window, aid)
    assert dialog.windowTitle() == "Naik taraf ke versi 2.0.0"
    assert dialog.upgrade_button.text() == "Naik taraf"
