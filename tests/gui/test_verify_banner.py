"""The verify view: a coloured banner with an icon (green trusted, amber untrusted, red invalid),
failed checks first and marked, and nothing that makes the dialog scroll sideways."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aisafe_desktop.gui.verify_dialog import BANNERS, VerifyDialog, banner_colour, breakable
from aisafe_desktop.services import pdf_reports
from aisafe_desktop.services.verification import Verification, verify_files
from tests.cli.trust_support import ANSWERS, signed_sample_report


@pytest.fixture(scope="module")
def verdicts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Verification]:
    folder = tmp_path_factory.mktemp("verify")
    out, identity, ref = signed_sample_report(
        folder, ANSWERS,
        "report-with-a-rather-long-file-name-0123456789abcdef0123456789abcdef.pdf")
    data = bytearray(out.read_bytes())
    middle = len(data) // 3
    data[middle : middle + 4] = b"XXXX" if data[middle : middle + 4] != b"XXXX" else b"YYYY"
    changed = folder / "changed.pdf"
    changed.write_bytes(bytes(data))
    lookup = pdf_reports.catalogue_lookup(None, [ref])
    trusted = pdf_reports.load_trust([identity.info.fingerprint.lower()])
    nobody = pdf_reports.load_trust([])
    return {"trusted": verify_files([out], trusted, lookup)[0],
            "untrusted": verify_files([out], nobody, lookup)[0],
            "invalid": verify_files([changed], trusted, lookup)[0]}


@pytest.mark.parametrize("kind", ["trusted", "untrusted", "invalid"])
def test_each_verdict_has_its_coloured_banner_and_icon(qtbot: QtBot, kind: str,
                                                       verdicts: dict[str, Verification]) -> None:
    dialog = VerifyDialog(verdicts[kind])
    qtbot.addWidget(dialog)
    dialog.show()
    banner = dialog.banner
    assert banner.property("verdict") == kind
    assert banner_colour(kind) in banner.styleSheet()
    pixmap = banner.icon.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert banner.isVisible() and dialog.verdict.text()
    assert len({banner_colour(k) for k in BANNERS}) == 3


def test_failed_checks_come_first_and_are_marked(qtbot: QtBot,
                                                 verdicts: dict[str, Verification]) -> None:
    verification = verdicts["invalid"]
    failed = [c for c in verification.report.all_checks if c.passed is False]
    assert failed and verification.report.all_checks[0].passed is not False  # not first before
    dialog = VerifyDialog(verification)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.details]
    assert all(t.startswith("✗ Failed — ") for t in texts[: len(failed)])
    assert not any(t.startswith("✗") for t in texts[len(failed):])
    assert all(label.font().bold() for label in dialog.details[: len(failed)])
    assert "failed" in dialog.checks_heading.text()


@pytest.mark.parametrize("kind", ["trusted", "untrusted", "invalid"])
def test_nothing_scrolls_sideways_at_200_percent(qtbot: QtBot, qapp: QApplication, kind: str,
                                                 verdicts: dict[str, Verification]) -> None:
    font = qapp.font()
    size = font.pointSizeF()
    font.setPointSizeF(size * 2)
    qapp.setFont(font)
    try:  # with every button it can show ("Show the answers…", "Trust this signer…")
        dialog = VerifyDialog(verdicts[kind], on_trust=lambda _v: None,
                              on_answers=lambda _v: None)
        qtbot.addWidget(dialog)
        dialog.resize(520, 560)
        dialog.show()
        qtbot.waitExposed(dialog)
        content = dialog.scroller.widget()
        assert content is not None
        viewport = dialog.scroller.viewport().width()
        assert content.minimumSizeHint().width() <= viewport
        assert dialog.scroller.horizontalScrollBar().maximum() == 0
    finally:
        font.setPointSizeF(size)
        qapp.setFont(font)


def test_breakable_keeps_words_and_breaks_long_runs() -> None:
    fingerprint = ":".join(["AB"] * 32)
    shown = breakable(f"Fingerprint: {fingerprint}\nshort words stay")
    assert shown.replace("\u200b", "") == f"Fingerprint: {fingerprint}\nshort words stay"
    assert all(len(piece) <= 24 for piece in shown.replace("\n", " ").replace("\u200b", " ")
               .split(" "))


@pytest.mark.parametrize("kind", ["trusted", "untrusted", "invalid"])
def test_the_checks_use_no_internal_names(qtbot: QtBot, kind: str,
                                          verdicts: dict[str, Verification]) -> None:
    """Plain words: the X-server run read "one signature (AssessorSignature)"."""
    dialog = VerifyDialog(verdicts[kind])
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.details)
    for internal in ("AssessorSignature", "digest", "level-ii"):
        assert internal not in texts, texts
