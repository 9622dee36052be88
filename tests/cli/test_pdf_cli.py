"""`aisafe identity`, `export`, `verify`, `extract` driven like a user would, in-process."""

from __future__ import annotations

import hashlib
import json
import re
import stat
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest

from aisafe_desktop.cli.main import main

QUESTIONNAIRE = Path(__file__).parents[1] / "reporting" / "data" / "mini-risk.yaml"
ANSWERS = {
    "format": "aisafe-answers/1",
    "questionnaire": {"id": "test-mini-risk", "version": "1.0.0"},
    "language": "ms",
    "title": "Pembantu saringan pinjaman",
    "organisation": {"name": "Contoh Sdn Bhd", "country": "MY"},
    "answers": {
        "purpose": "Menyaring permohonan pinjaman.",
        "decisions": "assists",
        "personal-data": {"value": "yes", "comment": "Nama dan nombor IC."},
        "data-kinds": ["contact"],
        "oversight": 2,
    },
}


@dataclass(frozen=True)
class Setup:
    folder: Path
    identity: Path
    passphrase_file: Path
    report: Path
    fingerprint: str


@pytest.fixture(autouse=True)
def _own_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """verify and extract read the trusted list of the data folder: never the user's own."""
    monkeypatch.setenv("AISAFE_DATA_DIR", str(tmp_path / "data"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Setup:
    folder = tmp_path_factory.mktemp("cli")
    secret = folder / "pass.txt"
    secret.write_text("a long passphrase\n", encoding="utf-8")
    answers = folder / "answers.json"
    answers.write_text(json.dumps(ANSWERS, ensure_ascii=False), encoding="utf-8")
    identity, report = folder / "me.p12", folder / "report.pdf"
    data = str(folder / "data")
    assert (
        main(
            [
                "--data-dir",
                data,
                "identity",
                "create",
                "--name",
                "Siti Aminah",
                "--organisation",
                "Contoh Sdn Bhd",
                "--country",
                "my",
                "--out",
                str(identity),
                "--passphrase-file",
                str(secret),
            ]
        )
        == 0
    )
    assert (
        main(
            [
                "--data-dir",
                data,
                "export",
                str(QUESTIONNAIRE),
                "--answers",
                str(answers),
                "--identity",
                str(identity),
                "--out",
                str(report),
                "--passphrase-file",
                str(secret),
            ]
        )
        == 0
    )
    cert = identity.with_name("me.crt.pem").read_bytes()
    from aisafe_desktop.reporting.identity import fingerprint, load_certificate

    return Setup(folder, identity, secret, report, fingerprint(load_certificate(cert)))


def test_identity_file_is_private_and_shown_with_fingerprint(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    assert stat.S_IMODE(setup.identity.stat().st_mode) == 0o600
    code, out, _ = run(
        capsys,
        "identity",
        "show",
        str(setup.identity),
        "--json",
        "--passphrase-file",
        str(setup.passphrase_file),
    )
    shown = json.loads(out)
    assert code == 0 and shown["fingerprint_sha256"] == setup.fingerprint
    assert (shown["signer"], shown["country"], shown["key"]) == ("Siti Aminah", "MY", "RSA-3072")
    assert "a long passphrase" not in out


def test_passphrase_from_environment_and_wrong_passphrase(
    setup: Setup, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AISAFE_PASSPHRASE", "a long passphrase")
    assert run(capsys, "identity", "show", str(setup.identity))[0] == 0
    monkeypatch.setenv("AISAFE_PASSPHRASE", "wrong")
    code, _, err = run(capsys, "identity", "show", str(setup.identity))
    assert code == 1 and "passphrase does not open" in err and "Traceback" not in err


def test_no_passphrase_source_is_a_usage_error(
    setup: Setup, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AISAFE_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "identity", "show", str(setup.identity))
    assert code == 2 and "--passphrase-file" in err


def test_verify_valid_with_trust_and_json(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    cert = setup.identity.with_name("me.crt.pem")
    code, out, _ = run(
        capsys,
        "verify",
        str(setup.report),
        "--questionnaire",
        str(QUESTIONNAIRE),
        "--trust",
        str(cert),
        "--json",
    )
    [verdict] = json.loads(out)
    assert code == 0 and verdict["verdict"] == "TRUSTED", verdict["reason"]
    assert verdict["intact"] and verdict["trusted"]
    assert verdict["stated_band"] == verdict["rescored_band"] == "medium"
    assert verdict["signer"]["fingerprint"] == verdict["fingerprint"] == setup.fingerprint
    assert verdict["subject"] == "C=MY,O=Contoh Sdn Bhd,CN=Siti Aminah"
    assert {c["name"] for c in verdict["checks"]} >= {
        "signature intact",
        "whole file signed",
        "no later changes",
        "trusted signer",
        "result consistent",
    }


def test_verify_exit_1_if_any_file_fails(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    tampered = setup.folder / "tampered.pdf"
    data = bytearray(setup.report.read_bytes())
    data[len(data) // 3] ^= 0x01
    tampered.write_bytes(bytes(data))
    code, out, _ = run(
        capsys,
        "verify",
        str(setup.report),
        str(tampered),
        "--questionnaire",
        str(QUESTIONNAIRE),
        "--trust",
        setup.fingerprint,
    )
    assert code == 1
    assert f"{setup.report}: TRUSTED" in out and f"{tampered}: INVALID" in out


def test_verify_untrusted_signer_and_bad_trust_entry(
    setup: Setup, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        capsys, "verify", str(setup.report), "--questionnaire", str(QUESTIONNAIRE), "--trust", "AB" * 32
    )
    assert code == 3 and f"{setup.report}: UNTRUSTED" in out and "[FAIL] trusted signer" in out
    assert re.search(r"\bVALID\b", out) is None
    code, _, err = run(capsys, "verify", str(setup.report), "--trust", "not-a-fingerprint")
    assert code == 2 and "neither a SHA-256 fingerprint" in err


def test_extract_writes_the_signed_answers(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    out_file = setup.folder / "extracted.json"
    out_file.unlink(missing_ok=True)
    base = ("extract", str(setup.report), "--out", str(out_file), "--questionnaire", str(QUESTIONNAIRE))
    code, _, err = run(capsys, *base)
    assert code == 3 and "UNTRUSTED" in err and not out_file.exists()
    code, _, err = run(capsys, *base, "--trust", setup.fingerprint)
    assert code == 0, err
    code, _, err = run(capsys, *base, "--allow-untrusted")
    assert code == 1 and "already exists" in err and "--force" in err
    code, _, err = run(capsys, *base, "--allow-untrusted", "--force")
    assert code == 0, err
    with pikepdf.open(setup.report) as pdf:
        embedded = pdf.attachments["answers.json"].get_file().read_bytes()
    assert out_file.read_bytes() == embedded
    document = json.loads(embedded)
    assert document["answers"]["personal-data"]["comment"] == "Nama dan nombor IC."
    assert document["organisation"]["name"] == "Contoh Sdn Bhd"
    assert hashlib.sha256(embedded).hexdigest()[:32].encode() in _page_text(setup.report)


def _page_text(path: Path) -> bytes:
    import subprocess

    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True).stdout


def test_extract_refuses_a_tampered_file(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    truncated = setup.folder / "short.pdf"
    truncated.write_bytes(setup.report.read_bytes()[:5000])
    code, _, err = run(capsys, "extract", str(truncated), "--out", str(setup.folder / "x.json"))
    assert code == 1 and "INVALID" in err
    assert not (setup.folder / "x.json").exists()


def test_export_refuses_incomplete_answers(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    partial = dict(ANSWERS, answers={"purpose": "x"})
    answers = setup.folder / "partial.json"
    answers.write_text(json.dumps(partial), encoding="utf-8")
    code, _, err = run(
        capsys,
        "export",
        str(QUESTIONNAIRE),
        "--answers",
        str(answers),
        "--identity",
        str(setup.identity),
        "--out",
        str(setup.folder / "p.pdf"),
        "--passphrase-file",
        str(setup.passphrase_file),
    )
    assert code == 1 and "required, but not answered" in err
    assert not (setup.folder / "p.pdf").exists()


def test_identity_in_data_folder_and_certificate_export(
    setup: Setup, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AISAFE_PASSPHRASE", "another passphrase")
    data = setup.folder / "data2"
    code, out, _ = run(
        capsys,
        "--data-dir",
        str(data),
        "identity",
        "create",
        "--name",
        "Nguyễn Thị Hằng",
        "--organisation",
        "Công ty ABC",
        "--country",
        "VN",
    )
    assert code == 0
    [created] = list((data / "identities").glob("*.p12"))
    assert stat.S_IMODE((data / "identities").stat().st_mode) == 0o700
    cert = setup.folder / "for-agency.pem"
    code, out, _ = run(capsys, "identity", "export-cert", str(created), "--out", str(cert))
    assert code == 0 and cert.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    code, out, _ = run(capsys, "identity", "show", str(created), "--json")
    assert json.loads(out)["signer"] == "Nguyễn Thị Hằng"


def test_verify_json_for_a_broken_file(setup: Setup, capsys: pytest.CaptureFixture[str]) -> None:
    broken = setup.folder / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    code, out, err = run(capsys, "verify", str(broken), "--json")
    [verdict] = json.loads(out)
    assert code == 1 and verdict["verdict"] == "INVALID" and not verdict["intact"]
    assert verdict["reason"].startswith("readable")
    assert "Traceback" not in err
