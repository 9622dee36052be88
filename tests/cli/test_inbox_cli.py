"""`aisafe inbox …` as an officer types it, on a real SQLite inbox and real signed reports."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from openpyxl import load_workbook

from aisafe_desktop.cli.main import main
from aisafe_desktop.services import identities
from tests.services.inbox_support import BUSINESSES, PASSPHRASE, Reports, make_reports


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> Reports:
    return make_reports(tmp_path_factory.mktemp("submissions"))


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AISAFE_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AISAFE_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("AISAFE_OFFICER", "Officer Lim")
    monkeypatch.delenv("AISAFE_INBOX_URL", raising=False)
    return tmp_path / "data"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_an_officer_receives_reviews_and_answers(data_dir: Path, reports: Reports,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    trusted = reports.signer_fingerprints[BUSINESSES[0].name]
    code, out, _ = run(capsys, "inbox", "add", str(reports.folder / "received"),
                       "--trust", trusted, "--json", "--workers", "1")
    assert code == 0 and json.loads(out)["added"] == 5
    code, out, _ = run(capsys, "inbox", "list", "--json")
    rows = json.loads(out)
    assert {"id", "sha256", "verdict", "reason", "signer", "organisation", "questionnaire",
            "band", "status", "received"} <= set(rows[0])
    assert sorted(r["verdict"] for r in rows) == \
        ["invalid", "invalid", "trusted", "untrusted", "untrusted"]
    fintech = next(r for r in rows if r["organisation"] == "PT Pinjam Cepat")
    code, out, _ = run(capsys, "inbox", "review", str(fintech["id"]), "--status", "returned",
                       "--comment", "Describe the appeal route.",
                       "--question-comment", "area=Is it also used for insurance?",
                       "--due", "2027-02-01")
    assert code == 0 and "returned, due 2027-02-01" in out
    code, out, _ = run(capsys, "inbox", "show", str(fintech["id"]), "--json")
    shown = json.loads(out)
    assert [e["kind"] for e in shown["events"]] == ["received", "status", "comment", "comment"]
    assert shown["events"][1]["actor"] == "Officer Lim"

    agency = identities.create_identity(
        data_dir.parent / "agency.p12", name="Nurul Huda",
        organisation="Agensi Keselamatan AI", country="MY", passphrase=PASSPHRASE)
    receipt = data_dir.parent / "receipt.pdf"
    code, out, err = run(capsys, "inbox", "receipt", str(fintech["id"]), "--identity",
                         str(agency.path), "--out", str(receipt))
    assert code == 0, err
    with pikepdf.open(receipt) as pdf:
        content = json.loads(pdf.attachments["receipt.json"].get_file().read_bytes())
    assert content["decision"] == "returned" and content["due_date"] == "2027-02-01"
    assert content["report"]["sha256"] == fintech["sha256"]
    assert [c["question"] for c in content["comments"]] == [None, "area"]
    if shutil.which("pdfsig"):
        checked = subprocess.run(["pdfsig", str(receipt)], capture_output=True, text=True)
        assert "Signature is Valid" in checked.stdout and "Total document signed" in checked.stdout
    code, _, err = run(capsys, "inbox", "receipt", str(fintech["id"]), "--identity",
                       str(agency.path), "--out", str(receipt))
    assert code == 2 and "--force" in err


def test_summary_and_exports_agree_with_the_table(data_dir: Path, reports: Reports,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "inbox", "add", str(reports.folder / "received"), "--workers", "1")
    code, out, _ = run(capsys, "inbox", "summary", "--json")
    figures = json.loads(out)
    assert code == 0
    _, out, _ = run(capsys, "inbox", "list", "--json")
    rows = json.loads(out)
    assert figures["total"] == len(rows) == 5
    assert figures["by_verdict"] == {"untrusted": 3, "invalid": 2}
    assert sum(figures["by_band"].values()) == 5
    xlsx, csv_file = data_dir.parent / "inbox.xlsx", data_dir.parent / "inbox.csv"
    assert run(capsys, "inbox", "export", "--format", "xlsx", "--out", str(xlsx),
               "--answers")[0] == 0
    assert run(capsys, "inbox", "export", "--format", "csv", "--out", str(csv_file))[0] == 0
    sheet = load_workbook(xlsx)["Submissions"]
    table = list(sheet.iter_rows(values_only=True))
    assert len(table) == 1 + len(rows)
    verdicts = [row[table[0].index("verdict")] for row in table[1:]]
    assert sorted(verdicts) == sorted(r["verdict"] for r in rows)
    assert any(str(h).startswith("answer:") for h in table[0])
    assert csv_file.read_text(encoding="utf-8-sig").count("\n") == 1 + len(rows)
    _, out, _ = run(capsys, "inbox", "list", "--verdict", "invalid", "--json")
    assert len(json.loads(out)) == figures["by_verdict"]["invalid"]


def test_an_unreachable_server_names_the_url_without_its_password(
        data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "inbox", "list", "--db-url",
                       "postgresql+psycopg://officer:s3cret@127.0.0.1:9/inbox")
    assert code == 1
    assert "officer:***@127.0.0.1:9/inbox" in err and "s3cret" not in err
    assert "Traceback" not in err


def test_a_folder_of_other_files_is_skipped_with_a_count(
        data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "mail"
    (folder / "deep" / "er").mkdir(parents=True)
    for index in range(300):
        (folder / "deep" / ("er" if index % 2 else "") / f"note{index}.txt").write_text("x")
    code, out, _ = run(capsys, "inbox", "add", str(folder), "--json")
    assert code == 0 and json.loads(out) == {"added": 0, "ids": [], "duplicates": 0,
                                             "skipped_not_pdf": 300, "by_verdict": {},
                                             "cancelled": False}


def test_the_inbox_uses_the_trusted_list_by_default(data_dir: Path, reports: Reports,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    fingerprint = reports.signer_fingerprints[BUSINESSES[2].name]
    assert run(capsys, "trust", "add", fingerprint, "--note", "registered by phone")[0] == 0
    code, out, _ = run(capsys, "inbox", "add", str(reports.genuine[BUSINESSES[2].name]),
                       str(reports.genuine[BUSINESSES[1].name]), "--json", "--workers", "2")
    assert code == 0 and json.loads(out)["by_verdict"] == {"trusted": 1, "untrusted": 1}
