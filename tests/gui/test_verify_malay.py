"""The verify view in Malay has no English left in it: every check's finding (passed or failed),
the signer's trust, and the closed-set words inside reasons (what points outside the file, what
was added after signing, "no red flags") come from the translation, with real attack files."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aisafe_desktop.core.answers import answers_document_from_json
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.scoring import score
from aisafe_desktop.gui.verify_dialog import VerifyDialog
from aisafe_desktop.gui.verify_reason_texts import word_templates
from aisafe_desktop.reporting.trust_chain import TrustList
from aisafe_desktop.reporting.verify_reasons import LaterChange, OutsideReference, Reason, word_types
from aisafe_desktop.services import identities, pdf_reports
from aisafe_desktop.services.verification import Verification, verify_files
from tests.gui.conftest import TS_FILE
from tests.gui.test_translations import messages
from tests.reporting import hostile
from tests.reporting.support import DATA, PASSPHRASE, mini_answers


@pytest.fixture
def malay(qapp: QApplication, qm_dir: Path) -> Iterator[None]:
    del qapp
    translator = QTranslator()
    assert translator.load(str(qm_dir / "aisafe_ms.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, pdf_reports.Lookup, bytes]:
    folder = tmp_path_factory.mktemp("malay-verify")
    stored = identities.create_identity(folder / "me.p12", name="Siti Aminah",
                                        organisation="Contoh Sdn Bhd", country="MY",
                                        passphrase=PASSPHRASE)  # fmt: skip
    identity = identities.open_identity(stored.path, PASSPHRASE)
    loaded = load_file(DATA / "mini-risk.yaml")
    assert loaded.questionnaire is not None
    ref = pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256)
    out = folder / "report.pdf"
    pdf_reports.export_report(ref, mini_answers(), identity, out)
    return identity, pdf_reports.catalogue_lookup(None, [ref]), out.read_bytes()


def verified(data: bytes, lookup: pdf_reports.Lookup, folder: Path) -> Verification:
    path = folder / "received.pdf"
    path.write_bytes(data)
    return verify_files([path], TrustList(), lookup)[0]


def shown_in_malay(qtbot: QtBot, verification: Verification) -> list[str]:
    """Each check's line in the dialog; none may still hold the English finding."""
    dialog = VerifyDialog(verification)
    qtbot.addWidget(dialog)
    lines = [label.text() for label in dialog.details]
    for line, check in zip(lines, verification.report.all_checks, strict=True):
        assert check.reason is not None, check  # every finding is a translatable template
        assert check.detail not in line, (check.detail, line)
    english = [w.fill({"target": ""}).split("{")[0] for t in word_types() for w in t]
    assert not [w for w in english if any(w in line for line in lines)]
    return lines


def test_every_reason_word_has_a_malay_translation() -> None:
    found = messages(TS_FILE)
    assert set(word_templates()) == {w for t in word_types() for w in t}
    for words in word_types():
        for word in words:
            translation = found[("VerifyReason", word.value)].find("translation")
            assert translation is not None and translation.get("type") != "unfinished", word
            text = "".join(translation.itertext())
            assert text and text != word.value and ("{target}" in text) == ("{target}" in word.value)


def test_a_genuine_untrusted_report_is_described_in_malay(
    qtbot: QtBot, malay: None, made: tuple[Any, pdf_reports.Lookup, bytes], tmp_path: Path
) -> None:
    _identity, lookup, data = made
    lines = shown_in_malay(qtbot, verified(data, lookup, tmp_path))
    text = "\n".join(lines)
    assert "senarai dipercayai anda kosong" in text  # the signer's trust, not only the verdict
    assert "bait yang ditandatangani sepadan dengan tandatangan" in text


def test_a_link_to_a_device_file_is_named_in_malay(
    qtbot: QtBot, malay: None, made: tuple[Any, pdf_reports.Lookup, bytes], tmp_path: Path
) -> None:
    identity, lookup, data = made
    pdf = hostile.with_link(hostile.unsigned_revision(data), {"S": "/URI", "URI": "/dev/zero"})
    verification = verified(hostile.sign(pdf, identity), lookup, tmp_path)
    [bad] = [c for c in verification.report.all_checks if c.passed is False]
    assert bad.reason is Reason.EXTERNAL_REFERENCE and bad.params["what"] is OutsideReference.LINK
    assert "a link to '/dev/zero'" in bad.detail  # the CLI's English is unchanged
    lines = shown_in_malay(qtbot, verification)
    assert any("pautan ke '/dev/zero'" in line for line in lines)


def test_something_added_after_signing_is_named_in_malay(
    qtbot: QtBot, malay: None, made: tuple[Any, pdf_reports.Lookup, bytes], tmp_path: Path
) -> None:
    from pypdf import PdfWriter

    _identity, lookup, data = made
    writer = PdfWriter(io.BytesIO(data), incremental=True)
    writer.add_metadata({"/Title": "A changed title"})
    out = io.BytesIO()
    writer.write(out)
    verification = verified(out.getvalue(), lookup, tmp_path)
    later = [c for c in verification.report.all_checks if c.reason is Reason.ADDED_AFTER_SIGNING]
    assert later and isinstance(later[0].params["what"], LaterChange)
    malay_words = {word_templates()[w] for w in LaterChange}
    assert any(w in line for line in shown_in_malay(qtbot, verification) for w in malay_words)


def test_pages_that_differ_from_the_answers_are_described_in_malay(
    qtbot: QtBot, malay: None, made: tuple[Any, pdf_reports.Lookup, bytes], tmp_path: Path
) -> None:
    identity, lookup, data = made
    answers = hostile.answers_of(data)
    lower: Callable[[dict[str, Any]], None] = lambda d: d["answers"].update(  # noqa: E731
        {"decisions": {"value": "no"}, "data-kinds": {"value": ["contact"]},
         "personal-data": {"value": "no"}})  # fmt: skip
    lower(answers)
    ref = lookup("test-mini-risk", "1.0.0")
    assert ref is not None
    answers["result"] = score(ref.questionnaire, answers_document_from_json(answers)).to_json()
    pdf = hostile.with_answers(hostile.unsigned_revision(data), answers)
    verification = verified(hostile.sign(pdf, identity), lookup, tmp_path)
    lines = shown_in_malay(qtbot, verification)
    [line] = [x for x in lines if "Halaman menyatakan" in x]
    assert "tanda amaran" in line and "red flags" not in line and "none" not in line


def test_a_rejected_receipt_says_why_in_malay(
    malay: None, made: tuple[Any, pdf_reports.Lookup, bytes]
) -> None:
    from aisafe_desktop.gui.error_texts import localise
    from aisafe_desktop.services.receipts import ReceiptRejected, verify_receipt

    _identity, _lookup, data = made  # a report, not a receipt: no receipt.json inside
    with pytest.raises(ReceiptRejected) as caught:
        verify_receipt(data, None)
    assert "answers attached: " in str(caught.value)  # the CLI's English
    shown = localise(caught.value, sentence=True)
    assert shown.startswith("Resit ini tidak boleh dipercayai: Jawapan dilampirkan: ")
    assert "answers attached" not in shown and "does not contain" not in shown


def test_every_reason_translation_keeps_all_its_fields() -> None:
    import string

    def fields(text: str) -> list[str]:
        return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name)

    found = messages(TS_FILE)
    for reason in Reason:
        translation = found[("VerifyReason", reason.template)].find("translation")
        assert translation is not None and translation.get("type") != "unfinished", reason
        assert fields("".join(translation.itertext())) == fields(reason.template), reason
