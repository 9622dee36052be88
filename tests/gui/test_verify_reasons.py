"""Every verifier failure reason can be shown in Malay: the GUI lists each template literally for
Qt's tools, the list equals the enum, and each has a finished translation with its fields."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from aisafe_desktop.gui.verify_reason_texts import reason_templates, reason_text
from aisafe_desktop.reporting.verify_reasons import Reason
from tests.gui.conftest import TS_FILE
from tests.gui.test_translations import messages


def test_the_gui_lists_every_reason_word_for_word() -> None:
    listed = reason_templates()
    assert set(listed) == set(Reason)
    assert all(listed[r] == r.template for r in Reason)  # English: the template itself


def test_every_reason_has_a_malay_translation_keeping_its_fields() -> None:
    found = messages(TS_FILE)
    for reason in Reason:
        message = found[("VerifyReason", reason.template)]
        translation = message.find("translation")
        assert translation is not None, reason
        text = "".join(translation.itertext())
        assert text and text != reason.template, reason
        for field in ("{limit}", "{what}", "{path}", "{stated}", "{rescored}", "{count}"):
            assert (field in reason.template) == (field in text), (reason, field)


def test_reason_text_fills_in_the_parameters(qtbot: QtBot, qm_dir: Path) -> None:
    del qtbot  # a QApplication must exist for translate()
    assert reason_text(Reason.TOO_MANY_PAGES, {"limit": 2000}) == (
        "The file has more than 2000 pages; the file is refused."
    )
    translator = QTranslator()
    assert translator.load(str(qm_dir / "aisafe_ms.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        assert reason_text(Reason.NOT_SIGNED, {}) == "Fail ini tidak ditandatangani."
    finally:
        QCoreApplication.removeTranslator(translator)
