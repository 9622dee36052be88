"""Three verdicts and the agency CA, driven through `aisafe` like an agency officer would.

Real RSA keys, real signed PDFs; pdfsig and pyHanko (with its own ValidationContext) check the
genuine files independently of our verifier.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.services import pdf_reports
from tests.cli.trust_support import ANSWERS, PASSPHRASE, QUESTIONNAIRE, VICTIM, Cli, expired_identity


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path, capsys)


def _independently_accepted(report: Path, root_pem: Path) -> None:
    """pyHanko with its own trust root, and poppler's pdfsig, accept the genuine file."""
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    root = ident.load_certificate(root_pem.read_bytes())
    der = root.public_bytes(__import__("cryptography").hazmat.primitives.serialization.Encoding.DER)
    context = ValidationContext(trust_roots=[asn1_x509.Certificate.load(der)], allow_fetching=False)
    sig = PdfFileReader(io.BytesIO(report.read_bytes())).embedded_signatures[0]
    status = validate_pdf_signature(sig, context)
    assert status.bottom_line and status.intact and status.trusted
    if shutil.which("pdfsig"):
        out = subprocess.run(["pdfsig", str(report)], capture_output=True, text=True).stdout
        assert "Signature is Valid" in out and "Total document signed" in out


def test_agency_ca_flow_end_to_end(cli: Cli) -> None:
    agency = cli.ca("agency")
    me = cli.identity("me")
    cli.certify(me, agency)
    report = cli.report(me, "report")
    _independently_accepted(report, agency.with_name("agency.crt.pem"))
    # the agency has not trusted its own CA yet: intact, but UNTRUSTED
    code, verdict = cli.verify(str(report))
    assert (code, verdict["verdict"], verdict["intact"], verdict["trusted"]) == (3, "UNTRUSTED", True, False)
    cli.ok("trust", "add", str(agency.with_name("agency.crt.pem")), "--note", "our own CA")
    code, verdict = cli.verify(str(report))
    assert (code, verdict["verdict"], verdict["trusted"]) == (0, "TRUSTED", True), verdict
    assert "Agency AI Registry CA" in str(verdict["trust_reason"])
    signer = verdict["signer"]
    assert isinstance(signer, dict)
    assert signer["issuer"] == "C=MY,O=Digital Agency,CN=Agency AI Registry CA"
    serial = json.loads(cli.ok("identity", "show", str(me), "--json", passphrase=True))["serial"]
    assert serial == signer["serial"]
    # revoke, publish the CRL: rejected with --crl, and once the CRL is kept with the CA
    cli.ok("ca", "revoke", serial, "--ca", str(agency), passphrase=True)
    crl = cli.folder / "agency.crl"
    assert "1 revoked" in cli.ok("ca", "crl", "--ca", str(agency), "--out", str(crl), passphrase=True)
    code, verdict = cli.verify(str(report), "--crl", str(crl))
    assert (code, verdict["verdict"], verdict["intact"]) == (1, "INVALID", True)
    assert "revoked" in str(verdict["reason"])
    code, verdict = cli.verify(str(report))
    assert code == 0  # the CRL given once is not kept
    cli.ok("trust", "add", str(crl))
    code, verdict = cli.verify(str(report))
    assert (code, verdict["verdict"]) == (1, "INVALID") and "revoked" in str(verdict["reason"])
    code, _, err = cli("extract", str(report), "--out", str(cli.folder / "a.json"), "--allow-untrusted",
                       "--questionnaire", str(QUESTIONNAIRE))  # fmt: skip
    assert code == 1 and "INVALID" in err and not (cli.folder / "a.json").exists()


def test_impostor_with_the_victims_exact_name_is_untrusted(cli: Cli) -> None:
    victim = cli.identity("victim")
    impostor = cli.identity("impostor", VICTIM)  # same name, organisation, country, e-mail
    cli.ok("trust", "add", str(victim.with_name("victim.crt.pem")))
    genuine, forged = cli.report(victim, "genuine"), cli.report(impostor, "forged")
    code, verdict = cli.verify(str(forged))
    assert (code, verdict["verdict"], verdict["intact"], verdict["trusted"]) == (3, "UNTRUSTED", True, False)
    signer = verdict["signer"]
    assert isinstance(signer, dict) and signer["name"] == VICTIM[0]
    assert verdict["fingerprint"] != json.loads(cli.ok("trust", "list", "--json"))[0]["fingerprint"]
    code, out, _ = cli("verify", str(forged), "--questionnaire", str(QUESTIONNAIRE))
    assert code == 3 and "UNTRUSTED" in out and re.search(r"\bVALID\b", out) is None
    assert "claimed signing time" in out
    assert cli.verify(str(genuine))[0] == 0


def test_impostor_ca_with_the_agency_name_is_not_trusted(cli: Cli) -> None:
    agency, fake = cli.ca("agency"), cli.ca("fake")  # both "Agency AI Registry CA"
    cli.ok("trust", "add", str(agency.with_name("agency.crt.pem")))
    me = cli.identity("me")
    cli.certify(me, fake)
    code, verdict = cli.verify(str(cli.report(me, "report")))
    assert code != 0 and verdict["verdict"] != "TRUSTED" and not verdict["trusted"]


def test_chain_to_an_untrusted_root_is_untrusted(cli: Cli) -> None:
    trusted, other = cli.ca("agency"), cli.ca("other", "Another Agency CA")
    cli.ok("trust", "add", str(trusted.with_name("agency.crt.pem")))
    me = cli.identity("me")
    cli.certify(me, other)
    code, verdict = cli.verify(str(cli.report(me, "report")))
    assert (code, verdict["verdict"], verdict["intact"]) == (3, "UNTRUSTED", True)
    assert "not in your trusted list" in str(verdict["trust_reason"])


def test_expired_certificate_is_invalid(cli: Cli) -> None:
    agency = cli.ca("agency")
    cli.ok("trust", "add", str(agency.with_name("agency.crt.pem")))
    me = cli.identity("me")
    identity = expired_identity(agency, me)
    crt = cli.folder / "expired.crt"
    crt.write_bytes(ident.certificate_pem(identity.certificate))
    code, _, err = cli("identity", "install-cert", str(me), str(crt), passphrase=True)
    assert code == 1 and "not valid today" in err
    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.core.loader import load_file

    loaded = load_file(QUESTIONNAIRE)
    assert loaded.questionnaire is not None
    report = cli.folder / "expired.pdf"
    pdf_reports.export_report(
        pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256),
        parse_answers_document(json.dumps(ANSWERS).encode()), identity, report,
    )  # fmt: skip
    code, verdict = cli.verify(str(report))
    assert (code, verdict["verdict"], verdict["intact"]) == (1, "INVALID", True)
    assert "not valid at the claimed signing time" in str(verdict["reason"])


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def test_certificate_from_an_openssl_ca_validates_when_its_root_is_trusted(cli: Cli) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    d = cli.folder
    (d / "leaf.ext").write_text("basicConstraints=critical,CA:FALSE\n"
                                "keyUsage=critical,digitalSignature,nonRepudiation\n")  # fmt: skip
    _openssl("req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", "root.key", "-out",
             "root.pem", "-days", "3650", "-subj", "/CN=National Root CA/O=Government/C=TH",
             "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign", cwd=d)  # fmt: skip
    _openssl("req", "-newkey", "rsa:3072", "-nodes", "-keyout", "leaf.key", "-out", "leaf.csr",
             "-subj", "/CN=Somchai Jaidee/O=Bangkok Widgets Co/C=TH", cwd=d)  # fmt: skip
    _openssl("x509", "-req", "-in", "leaf.csr", "-CA", "root.pem", "-CAkey", "root.key",
             "-CAcreateserial", "-out", "leaf.pem", "-days", "365", "-extfile", "leaf.ext", cwd=d)
    _openssl("pkcs12", "-export", "-inkey", "leaf.key", "-in", "leaf.pem", "-certfile", "root.pem",
             "-out", "leaf.p12", "-passout", f"pass:{PASSPHRASE}", cwd=d)  # fmt: skip
    report = cli.report(d / "leaf.p12", "thai")
    assert cli.verify(str(report))[0] == 3
    entry = cli.ok("trust", "add", str(d / "root.pem"))
    assert "CA" in entry
    code, verdict = cli.verify(str(report))
    assert (code, verdict["verdict"]) == (0, "TRUSTED"), verdict
    _independently_accepted(report, d / "root.pem")


def test_trust_add_list_remove_by_fingerprint(cli: Cli) -> None:
    me = cli.identity("me")
    report = cli.report(me, "report")
    fingerprint = ident.describe(ident.load_certificate(me.with_name("me.crt.pem").read_bytes())).fingerprint
    assert cli.ok("trust", "list").startswith("Your trusted list is empty")
    cli.ok("trust", "add", fingerprint.replace(":", "").lower(), "--note", "read out by phone")
    [entry] = json.loads(cli.ok("trust", "list", "--json"))
    assert (entry["kind"], entry["fingerprint"]) == ("signer", fingerprint)
    assert entry["note"] == "read out by phone"
    assert entry["added_by"] and entry["added_at"] and entry["has_certificate"] is False
    assert cli.verify(str(report))[0] == 0
    cli.ok("trust", "remove", fingerprint)
    assert json.loads(cli.ok("trust", "list", "--json")) == []
    code, _, err = cli("trust", "remove", fingerprint)
    assert code == 1 and "not in your trusted list" in err
    assert cli.verify(str(report))[0] == 3


def test_batch_reports_every_file_in_json(cli: Cli) -> None:
    me = cli.identity("me")
    good = cli.report(me, "good")
    bad = cli.folder / "bad.pdf"
    bad.write_bytes(good.read_bytes()[:-4000])
    junk = cli.folder / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n" + b"\x00" * 50)
    missing = cli.folder / "missing.pdf"
    code, out, err = cli("verify", str(good), str(bad), str(junk), str(missing), "--json",
                         "--questionnaire", str(QUESTIONNAIRE), "--trust", str(me.with_name("me.crt.pem")))
    rows = json.loads(out)
    assert [r["verdict"] for r in rows] == ["TRUSTED", "INVALID", "INVALID", "INVALID"]
    assert code == 1 and "Traceback" not in err
    assert all({"intact", "trusted", "intact_reason", "trust_reason", "subject", "fingerprint"} <= r.keys()
               for r in rows)  # fmt: skip


def test_new_passphrases_have_the_guis_minimum_length(cli: Cli) -> None:
    short = cli.folder / "short.txt"
    short.write_text("seven77\n")
    code, _, err = cli("identity", "create", "--name", "A", "--organisation", "B", "--country", "MY",
                       "--out", str(cli.folder / "a.p12"), "--passphrase-file", str(short))
    assert code == 2 and "at least 8 characters" in err and not (cli.folder / "a.p12").exists()
    code, _, err = cli("ca", "create", "--name", "A", "--organisation", "B", "--country", "MY",
                       "--out", str(cli.folder / "ca.p12"), "--passphrase-file", str(short))
    assert code == 2 and "at least 8 characters" in err


def test_missing_identity_is_reported_before_the_passphrase(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AISAFE_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": pytest.fail("asked for a passphrase"))
    answers = cli.folder / "answers.json"
    answers.write_text(json.dumps(ANSWERS))
    code, _, err = cli("export", str(QUESTIONNAIRE), "--answers", str(answers), "--identity",
                       str(cli.folder / "nope.p12"), "--out", str(cli.folder / "r.pdf"))
    assert code == 2 and "nope.p12 does not exist" in err
    code, _, err = cli("identity", "request", str(cli.folder / "nope.p12"), "--out", "x.csr")
    assert code == 2 and "does not exist" in err


def test_export_refuses_to_overwrite_without_force(cli: Cli) -> None:
    me = cli.identity("me")
    report = cli.report(me, "report")
    before = report.read_bytes()
    answers = cli.folder / "answers.json"
    code, _, err = cli("export", str(QUESTIONNAIRE), "--answers", str(answers), "--identity", str(me),
                       "--out", str(report), passphrase=True)  # fmt: skip
    assert code == 1 and "already exists" in err and "--force" in err
    assert report.read_bytes() == before


def test_identity_and_ca_files_use_pbkdf2_sha256_600000(cli: Cli) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    for path in (cli.identity("me"), cli.ca("agency")):
        info = subprocess.run(["openssl", "pkcs12", "-in", str(path), "-info", "-noout",
                               "-passin", f"pass:{PASSPHRASE}"], capture_output=True, text=True)  # fmt: skip
        text = info.stdout + info.stderr
        strong = "PBES2, PBKDF2, AES-256-CBC, Iteration 600000, PRF hmacWithSHA256"
        assert f"Shrouded Keybag: {strong}" in text and f"PKCS7 Encrypted data: {strong}" in text
        assert "MAC: sha256, Iteration 600000" in text  # recomputed: cryptography writes 2048
    # the CA file's certificate exports without its passphrase (it sits beside the file)
    out = cli.folder / "agency-cert.pem"
    cli.ok("identity", "export-cert", str(cli.folder / "agency.p12"), "--out", str(out))
    assert out.read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")


def test_revoking_an_unknown_serial_is_refused(cli: Cli) -> None:
    agency = cli.ca("agency")
    code, _, err = cli("ca", "revoke", "ABCDEF", "--ca", str(agency), passphrase=True)
    assert code == 1 and "has no certificate with serial" in err
    code, _, err = cli("ca", "revoke", "not-hex", "--ca", str(agency), passphrase=True)
    assert code == 1 and "not a serial number" in err


def test_a_trusted_signer_cannot_vouch_for_others(cli: Cli) -> None:
    """Self-signed identities may sign certificates (CA:true); trusting one business must not
    trust a certificate it made for someone else."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa

    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.core.loader import load_file
    from aisafe_desktop.reporting import agency_ca

    business = cli.identity("business")
    cli.ok("trust", "add", str(business.with_name("business.crt.pem")))
    issuer = ident.read_identity_file(business, PASSPHRASE)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    now = dt.datetime.now(dt.UTC)
    made = (x509.CertificateBuilder().subject_name(x509.Name([
        x509.NameAttribute(x509.oid.NameOID.COMMON_NAME, "Someone Else"),
        x509.NameAttribute(x509.oid.NameOID.ORGANIZATION_NAME, "Other Co")]))
        .issuer_name(issuer.certificate.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(agency_ca._key_usage(sign=True, ca=False), critical=True)
        .sign(issuer.key, hashes.SHA256()))  # fmt: skip
    other = ident.Identity(key, made, (issuer.certificate,), ident.describe(made, key))
    loaded = load_file(QUESTIONNAIRE)
    assert loaded.questionnaire is not None
    report = cli.folder / "other.pdf"
    pdf_reports.export_report(pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256),
                              parse_answers_document(json.dumps(ANSWERS).encode()), other, report)
    code, verdict = cli.verify(str(report))
    assert (code, verdict["verdict"]) == (3, "UNTRUSTED"), verdict
