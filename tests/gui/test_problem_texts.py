"""Issue 14: the questionnaire validator's problems are shown in the interface language: every
`ProblemCode` template (and the "did you mean …?" hints inside them) has a Malay translation that
keeps its fields, and the New assessment dialog names the files in the user's folder it cannot
use, with their problems, in Malay."""

from __future__ import annotations

import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.core.problems import ProblemCode
from aisafe_desktop.gui.new_assessment import NewAssessmentDialog
from aisafe_desktop.gui.problem_texts import problem_templates, problem_text
from tests.gui.conftest import TS_FILE, WindowFactory
from tests.gui.sample_questionnaire import SAMPLE_YAML
from tests.gui.test_translations import messages

# a misspelt key with a near miss ("tittle") and an unknown language code with a did-you-mean
BROKEN = SAMPLE_YAML.replace("id: gui-sample", "id: gui-broken", 1).replace(
    "title:", "tittle:", 1)


def fields(template: str) -> list[tuple[str, str]]:
    return sorted((name, spec or "") for _, name, spec, _ in string.Formatter().parse(template)
                  if name is not None)


@pytest.fixture
def malay(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    del qapp
    translator = QTranslator()
    assert translator.load(str(qm_dir / "aisafe_ms.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_gui_lists_every_problem_template_word_for_word(qapp: QApplication) -> None:
    del qapp
    listed = problem_templates()
    assert set(listed) == set(ProblemCode)
    assert all(listed[kind] == kind.value.template for kind in ProblemCode)


def test_every_problem_has_a_malay_translation_keeping_its_fields() -> None:
    found = messages(TS_FILE)
    for kind in ProblemCode:
        translation = found[("Problems", kind.value.template)].find("translation")
        assert translation is not None and translation.get("type") != "unfinished", kind
        text = "".join(translation.itertext())
        assert text and text != kind.value.template, kind
        assert fields(text) == fields(kind.value.template), kind


def test_a_problem_reads_in_malay_with_its_hint(tmp_path: Path, malay: None) -> None:
    file = tmp_path / "broken.yaml"
    file.write_text(BROKEN, "utf-8")
    result = load_file(file)
    [unknown] = [p for p in result.errors if p.code == "E101" and "tittle" in p.message]
    assert "did you mean 'title'?" in unknown.message  # the CLI's English is unchanged
    shown = problem_text(unknown)
    assert shown.startswith("broken.yaml:") and "E101" in shown
    assert "kunci 'tittle' tidak dikenali" in shown and "adakah maksud anda 'title'?" in shown
    assert "unknown key" not in shown and "did you mean" not in shown


def test_new_assessment_names_unusable_files_with_their_problems_in_malay(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths
) -> None:
    (paths.user_questionnaires_dir / "broken.yaml").write_text(BROKEN, "utf-8")
    window = make_window(paths)
    window.ctx.translations.switch("ms")
    window.new_action.trigger()
    qtbot.waitUntil(lambda: getattr(window, "new_dialog", None) is not None, timeout=10000)
    dialog = getattr(window, "new_dialog")  # noqa: B009 - set when the dialog opens
    assert isinstance(dialog, NewAssessmentDialog) and dialog.problems.isVisible()
    text = dialog.problems.text()
    assert text.startswith("Fail soal selidik dalam folder anda ini tidak boleh digunakan")
    assert "broken.yaml:" in text and "adakah maksud anda 'title'?" in text
    assert "unknown key" not in text
    dialog.reject()
