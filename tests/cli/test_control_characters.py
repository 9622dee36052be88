"""Control characters from outside never reach the terminal raw.

A received report is signed by a certificate whose names hold an ESC sequence (retitle and clear
the terminal), a BEL and a right-to-left override; its file name holds an ESC sequence too; a
questionnaire's title and an officer's comment do as well. `aisafe verify`, `inbox list/show`,
`questionnaires` and `identity show` print them with visible escapes (\\u001b), the JSON output
stays valid and decodes to the same text, and names typed for a new identity are stripped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from aisafe_desktop.reporting import identity as ident
from tests.cli.trust_support import ANSWERS, PASSPHRASE, QUESTIONNAIRE, Cli

NASTY = "\x1b]0;owned\x07\x1b[2J\u202edcba\x9b31m"
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_identity() -> ident.Identity:
    """An identity whose certificate names carry control characters (made outside the app:
    the app strips them from names typed for a new identity)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Ann{NASTY}"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"Org{NASTY}"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "MY")])
    now = dt.datetime.now(dt.UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now - dt.timedelta(minutes=5))
                   .not_valid_after(now + dt.timedelta(days=30))
                   .sign(key, hashes.SHA256()))
    return ident.Identity(key, certificate, (), ident.describe(certificate, key))


@pytest.fixture
def report(tmp_path: Path) -> Path:
    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.core.loader import load_file
    from aisafe_desktop.services import pdf_reports

    loaded = load_file(QUESTIONNAIRE)
    assert loaded.questionnaire is not None
    out = tmp_path / "r\x1b[2Jx.pdf"
    pdf_reports.export_report(pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256),
                              parse_answers_document(json.dumps(ANSWERS).encode()),
                              hostile_identity(), out)
    return out


def assert_no_raw_controls(text: str) -> None:
    found = RAW.findall(text)
    assert not found, f"raw control characters {found!r} in {text!r}"


def test_escape_controls_keeps_lines_and_json() -> None:
    from aisafe_desktop.cli.output import escape_controls

    assert escape_controls("a\tb\nc\x1b[2J\u202e") == "a\tb\nc\\u001b[2J\\u202e"
    text = json.dumps({"name": f"x{NASTY}"}, ensure_ascii=False)
    assert json.loads(escape_controls(text)) == {"name": f"x{NASTY}"}


def test_verify_and_inbox_print_no_raw_control_characters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], report: Path) -> None:
    cli = Cli(tmp_path, capsys)
    _code, out, err = cli("verify", str(report), "--questionnaire", str(QUESTIONNAIRE))
    assert_no_raw_controls(out + err)
    assert "r\\u001b[2Jx.pdf" in out  # the file name, escaped visibly
    assert "signer: Ann]0;owned[2Jdcba31m" in out  # the certificate's names, stripped

    _code, out, err = cli("verify", str(report), "--questionnaire", str(QUESTIONNAIRE), "--json")
    assert_no_raw_controls(out + err)
    assert json.loads(out)[0]["file"] == str(report)  # JSON: escapes that decode to the name

    cli.ok("inbox", "add", str(report))
    _code, out, err = cli("inbox", "review", "1", "--status", "returned",
                          "--comment", f"see{NASTY}")
    assert_no_raw_controls(out + err)
    for argv in (("inbox", "list"), ("inbox", "show", "1"), ("inbox", "show", "1", "--json")):
        _code, out, err = cli(*argv)
        assert_no_raw_controls(out + err)


def test_questionnaire_titles_and_identities_print_no_raw_control_characters(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cli = Cli(tmp_path, capsys)
    title = json.dumps(f"Mini{NASTY}")  # a YAML double-quoted string: \u escapes
    text = QUESTIONNAIRE.read_text("utf-8").replace("  en: Mini AI risk check (test)",
                                                    f"  en: {title}")
    folder = cli.data / "questionnaires"
    folder.mkdir(parents=True)
    (folder / "mini.yaml").write_text(text, "utf-8")
    for argv in (("validate", str(folder / "mini.yaml")), ("questionnaires",)):
        _code, out, err = cli(*argv)
        assert_no_raw_controls(out + err)
    assert "Mini\\u001b]0;owned" in out

    made = cli.identity("me", (f"Siti{NASTY}", f"Kedai{NASTY}", "MY", "siti@contoh.example"))
    info = ident.describe(ident.read_identity_file(made, PASSPHRASE).certificate)
    assert info.signer == "Siti]0;owned[2Jdcba31m" and "\x1b" not in info.subject
    out = cli.ok("identity", "show", str(made), passphrase=True)
    assert_no_raw_controls(out)


def test_a_band_label_with_an_invisible_character_still_verifies(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A zero-width space in a band's label is not drawn on the pages; the page check compared
    the label with it and called every report of such a questionnaire INVALID."""
    cli = Cli(tmp_path, capsys)
    text = QUESTIONNAIRE.read_text("utf-8")
    for label in ("Low risk", "Medium risk", "High risk"):
        text = text.replace(f"label: {{en: {label},", f'label: {{en: "{label}\\u200b",')
    assert text.count("\\u200b") == 3
    questionnaire = tmp_path / "mini.yaml"
    questionnaire.write_text(text, "utf-8")
    identity = cli.identity("me")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(ANSWERS), encoding="utf-8")
    report = tmp_path / "report.pdf"
    cli.ok("export", str(questionnaire), "--answers", str(answers), "--identity", str(identity),
           "--out", str(report), passphrase=True)
    _code, out, _err = cli("verify", str(report), "--questionnaire", str(questionnaire), "--json")
    [verdict] = json.loads(out)
    assert verdict["verdict"] == "UNTRUSTED", verdict  # intact; nobody vouches for the signer
