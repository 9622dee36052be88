"""The whole loop without a server: a business exports a signed report, the agency receives and
returns it with comments and a signed receipt, the business imports the receipt and sees each
comment with the answer it is about."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from aisafe_desktop.cli.main import main
from aisafe_desktop.services import identities
from tests.services.inbox_support import EXAMPLES, PASSPHRASE

EXAMPLE = "ai-system-risk-triage--jakarta-fintech-credit-scoring.json"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_business_to_agency_and_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AISAFE_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("AISAFE_INBOX_URL", raising=False)
    business, agency = ["--data-dir", str(tmp_path / "business")], \
        ["--data-dir", str(tmp_path / "agency")]
    me = identities.create_identity(tmp_path / "me.p12", name="Budi Santoso",
                                    organisation="PT Pinjam Cepat", country="ID",
                                    passphrase=PASSPHRASE)
    officer = identities.create_identity(tmp_path / "agency.p12", name="Nurul Huda",
                                         organisation="Agensi AI", country="MY",
                                         passphrase=PASSPHRASE)
    assert run(capsys, *business, "assessment", "import", str(EXAMPLES / EXAMPLE))[0] == 0
    report = tmp_path / "report.pdf"
    code, _, err = run(capsys, *business, "assessment", "export-pdf", "1", "--identity",
                       str(me.path), "--out", str(report))
    assert code == 0, err

    code, out, _ = run(capsys, *agency, "inbox", "add", str(report), "--json", "--trust",
                       me.info.fingerprint)
    assert json.loads(out)["by_verdict"] == {"trusted": 1}
    assert run(capsys, *agency, "inbox", "review", "1", "--status", "returned",
               "--comment", "Explain how a refused applicant can ask for a person to look again.",
               "--question-comment", "area=Is the score also used to price insurance?")[0] == 0
    receipt = tmp_path / "receipt.pdf"
    assert run(capsys, *agency, "inbox", "receipt", "1", "--identity", str(officer.path),
               "--out", str(receipt))[0] == 0

    code, out, err = run(capsys, *business, "receipt", "import", str(receipt), "--json",
                         "--trust", officer.info.fingerprint)
    assert code == 0, err
    stored = json.loads(out)
    assert stored["assessment"] == 1 and stored["decision"] == "returned"
    assert stored["trusted"] is True
    assert [c["question"] for c in stored["comments"]] == [None, "area"]
    code, out, _ = run(capsys, *business, "receipt", "import", str(receipt), "--json")
    assert json.loads(out)["duplicate"] is True
    code, out, _ = run(capsys, *business, "receipt", "list", "1", "--json")
    assert len(json.loads(out)) == 1


def test_a_tampered_or_foreign_receipt_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("AISAFE_PASSPHRASE", PASSPHRASE)
    business = ["--data-dir", str(tmp_path / "business")]
    officer = identities.create_identity(tmp_path / "agency.p12", name="Nurul Huda",
                                         organisation="Agensi AI", country="MY",
                                         passphrase=PASSPHRASE)
    # a receipt about a report this business never exported
    agency = ["--data-dir", str(tmp_path / "agency")]
    from tests.services.inbox_support import make_reports

    made = make_reports(tmp_path / "made")
    run(capsys, *agency, "inbox", "add", str(made.genuine["PT Pinjam Cepat"]))
    receipt = tmp_path / "receipt.pdf"
    run(capsys, *agency, "inbox", "receipt", "1", "--identity", str(officer.path), "--out",
        str(receipt))
    code, _, err = run(capsys, *business, "receipt", "import", str(receipt))
    assert code == 1 and "did not export" in err
    data = bytearray(receipt.read_bytes())
    spot = data.find(b"/Title")
    data[spot + 8] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    code, _, err = run(capsys, *business, "receipt", "import", str(tampered))
    assert code == 1 and "cannot be relied on" in err and "Traceback" not in err
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("hello")
    code, _, err = run(capsys, *business, "receipt", "import", str(not_pdf))
    assert code == 1 and "not a PDF" in err
