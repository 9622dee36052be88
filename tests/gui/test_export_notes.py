"""After an export the dialog says, in plain text and in the interface language, which answers had
characters no bundled font can draw and that an ECDSA identity made the file lose PDF/A."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.export_dialog import ExportDialog
from aisafe_desktop.services import identities
from tests.gui.conftest import WindowFactory
from tests.gui.sample_questionnaire import SAMPLE_ID
from tests.reporting.support import needs

PASSPHRASE = "openssl pass"
ANSWERS = {"uses-ai": "yes", "ai-kind": "predict", "system-name": "Loan bot 👍 ᚠᚢ",
           "users": 3, "checks": ["review"], "confidence": 2}


def ec_identity(folder: Path) -> Path:
    """An ECDSA (P-256) identity made by openssl, as a business might bring one."""
    needs("openssl")
    key, crt, p12 = folder / "ec.key", folder / "ec.crt", folder / "ec.p12"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:P-256", "-nodes", "-keyout", str(key), "-out", str(crt),
                    "-subj", "/CN=Ec Signer/O=Kedai Harmoni/C=MY", "-days", "30"],
                   check=True, capture_output=True)  # fmt: skip
    subprocess.run(["openssl", "pkcs12", "-export", "-inkey", str(key), "-in", str(crt), "-out",
                    str(p12), "-passout", f"pass:{PASSPHRASE}"], check=True, capture_output=True)
    return p12


def export_with_notes(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
                      language: str) -> ExportDialog:
    window = make_window(paths)
    ws = window.ctx.ws
    assessment = ws.create_assessment(SAMPLE_ID)
    for question, value in ANSWERS.items():
        ws.record_answer(assessment, question, value)
    identities.import_identity(ec_identity(tmp_path), PASSPHRASE, paths.data_dir)
    window.ctx.translations.switch(language)
    dialog = ExportDialog(window.ctx, ws.open_assessment(assessment), window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.notes.isVisible()  # nothing to say before an export
    dialog.target.setText(str(tmp_path / "report.pdf"))
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=60000)
    return dialog


def test_the_dialog_names_replaced_characters_and_the_lost_pdfa(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path
) -> None:
    dialog = export_with_notes(qtbot, make_window, paths, tmp_path, "en")
    exported = dialog.exported
    assert exported is not None and not exported.pdfa
    assert dialog.notes.isVisible() and dialog.notes.textFormat() == Qt.TextFormat.PlainText
    text = dialog.notes.text()
    # the question by its text, not its id
    assert "'What is the system called?'" in text and "👍" in text and "ᚠ" in text
    assert "\ufffd" in text
    assert "no longer PDF/A-3b" in text and "an EC secp256r1 key" in text


def test_the_notes_are_in_malay(
    qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path
) -> None:
    dialog = export_with_notes(qtbot, make_window, paths, tmp_path, "ms")
    text = dialog.notes.text()
    assert text.startswith("Sila ambil perhatian:")
    assert "'Apakah nama sistem itu?'" in text and "👍" in text  # in the interface language
    assert "fon" in text and "PDF/A-3b" in text
    assert "no bundled font" not in text and "the signature is valid" not in text
    dialog.ctx.translations.switch("en")  # live: the notes follow the language
    qtbot.waitUntil(lambda: "no bundled font can draw" in dialog.notes.text())
