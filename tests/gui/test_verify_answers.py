"""From the verify view the person opens the report's answers, read-only: section by section in
the questionnaire's words with each answer and its comment or evidence, as plain text; a report
whose questionnaire is not installed here shows its answers by question id; a changed file offers
no answers."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.report_answers import ReportAnswersDialog
from aisafe_desktop.gui.verify_dialog import VerifyDialog
from tests.cli.trust_support import ANSWERS, QUESTIONNAIRE, signed_sample_report
from tests.gui.conftest import WindowFactory

HOSTILE = '<img src="/etc/passwd"><b>Names.</b>'


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("answers")
    answers = json.loads(json.dumps(ANSWERS))
    answers["answers"]["personal-data"]["comment"] = HOSTILE
    out, _identity, _ref = signed_sample_report(folder, answers)
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x01
    changed = folder / "changed.pdf"
    changed.write_bytes(bytes(data))
    return {"report": out, "changed": changed}


def verified(qtbot: QtBot, window: MainWindow, file: Path) -> VerifyDialog:
    window.reports.verify_dialog = None
    window.reports.verify(file)
    qtbot.waitUntil(lambda: window.reports.verify_dialog is not None, timeout=30000)
    dialog = window.reports.verify_dialog
    assert isinstance(dialog, VerifyDialog)
    return dialog


def opened_answers(qtbot: QtBot, window: MainWindow, dialog: VerifyDialog) -> ReportAnswersDialog:
    assert dialog.answers_button.isVisible()
    qtbot.mouseClick(dialog.answers_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.reports.answers_dialog, ReportAnswersDialog),
                    timeout=10000)
    answers = window.reports.answers_dialog
    assert isinstance(answers, ReportAnswersDialog) and answers.isVisible()
    return answers


def test_the_answers_open_from_the_verify_view_in_the_questionnaires_words(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
        reports: dict[str, Path]) -> None:
    shutil.copy(QUESTIONNAIRE, paths.user_questionnaires_dir / "mini-risk.yaml")
    window = make_window(paths)
    dialog = verified(qtbot, window, reports["report"])
    assert dialog.verdict.text().startswith("UNTRUSTED")
    answers = opened_answers(qtbot, window, dialog)
    assert answers.heading.text() == "Loan triage"
    assert [h.text() for h in answers.section_headings] == ["Context", "Data", "Safeguards"]
    shown = {box.question.text(): (box.answer.text(), box.comment.text(), box.comment.isVisible())
             for box in answers.boxes}
    assert shown["Does it use personal data?"] == (
        "Yes", f"Comment or evidence: {HOSTILE}", True)
    assert shown["Does the system make decisions about people?"][0] == \
        "It assists a person who decides"
    assert shown["How mature is human oversight?"][:2] == ("2 – Defined", "Comment or evidence: ")
    assert not shown["How mature is human oversight?"][2]
    assert not answers.note.isVisible() and not answers.warning.isVisible()
    for label in answers.findChildren(QLabel):  # outside text: never interpreted
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert not (label.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable)


def test_an_unknown_questionnaire_shows_the_answers_by_id_and_a_changed_file_none(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
        reports: dict[str, Path]) -> None:
    window = make_window(paths)
    dialog = verified(qtbot, window, reports["report"])
    assert dialog.verdict.text() == "Do not rely on this report"  # its questionnaire is missing
    answers = opened_answers(qtbot, window, dialog)
    assert answers.note.isVisible() and "by question id" in answers.note.text()
    assert answers.warning.isVisible()
    assert [h.text() for h in answers.section_headings] == ["test-mini-risk 1.0.0"]
    shown = {box.question.text(): box.answer.text() for box in answers.boxes}
    assert shown == {"purpose": "Sorts loan applications.", "decisions": "assists",
                     "personal-data": "yes", "data-kinds": "• contact", "oversight": "2"}
    answers.close()
    dialog.close()

    changed = verified(qtbot, window, reports["changed"])
    assert not changed.answers_button.isVisible()
