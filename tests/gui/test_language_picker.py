"""All twelve languages are offered; draft translations are marked in their own language and in
the interface language, in the first-run picker and in Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.language_status import is_draft
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.i18n import DRAFT_WORDS, UI_LANGUAGES
from aisafe_desktop.gui.main_window import MainWindow
from aisafe_desktop.gui.new_assessment import NewAssessmentDialog
from tests.gui.conftest import WindowFactory
from tests.gui.driver import click, click_item


def button(window: MainWindow, code: str) -> QRadioButton:
    found = window.first_run.findChild(QRadioButton, f"language-{code}")
    assert isinstance(found, QRadioButton)
    return found

TWELVE = ["en", "ms", "id", "th", "vi", "fil", "km", "lo", "my", "zh", "ta", "tet"]


def test_pickers_mark_draft_translations(qtbot: QtBot, make_window: WindowFactory,
                                         paths: AppPaths) -> None:
    assert list(UI_LANGUAGES) == TWELVE
    window = make_window(paths, first_run_done=False)
    first = window.first_run
    labels = {b.objectName().removeprefix("language-"): b.text() for b in first.languages.buttons()}
    assert list(labels) == TWELVE
    assert labels["en"] == "English" and labels["ms"] == "Bahasa Melayu"  # reviewed: no mark
    assert is_draft("th")
    assert labels["th"] == "ไทย — คำแปลฉบับร่าง (draft translation)"
    assert labels["zh"] == "中文（简体） — 翻译草稿 (draft translation)"
    settings = {window.settings.language.itemData(i): window.settings.language.itemText(i)
                for i in range(window.settings.language.count())}
    assert settings == labels
    click(qtbot, button(window, "ms"))
    qtbot.waitUntil(lambda: first.continue_button.text() == "Teruskan")
    malay = {b.objectName().removeprefix("language-"): b.text() for b in first.languages.buttons()}
    assert malay["th"] == "ไทย — คำแปลฉบับร่าง (terjemahan draf)"
    click(qtbot, button(window, "th"))
    qtbot.waitUntil(lambda: window.ctx.language == "th")
    qtbot.waitUntil(lambda: button(window, "vi").text().endswith("(คำแปลฉบับร่าง)"))
    thai = {b.objectName().removeprefix("language-"): b.text() for b in first.languages.buttons()}
    assert thai["th"] == "ไทย — คำแปลฉบับร่าง"  # the interface language's own word, once
    assert thai["vi"] == "Tiếng Việt — bản dịch nháp (คำแปลฉบับร่าง)"



def test_new_assessment_marks_draft_questionnaire_languages(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
) -> None:
    window = make_window(paths)
    window.activateWindow()
    window.new_action.trigger()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "new_dialog", None), NewAssessmentDialog)
                    and window.new_dialog.isVisible())
    dialog = window.new_dialog
    row = next(i for i, e in enumerate(dialog.entries)
               if e.questionnaire.id == "ai-system-risk-triage")
    click_item(qtbot, dialog.list, row)
    items = {dialog.language.itemData(i): dialog.language.itemText(i)
             for i in range(dialog.language.count())}
    q = dialog.entries[row].questionnaire
    assert list(items) == list(q.languages) and items["en"] == "English"
    assert items["ms"] == "Bahasa Melayu"
    for code in q.translation_status:  # every translation is a draft until reviewed
        assert items[code].endswith(f"— {DRAFT_WORDS[code]} (draft translation)"), items[code]
    dialog.reject()
