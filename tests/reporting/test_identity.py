"""Signing identities: our own PKCS#12 files and ones made by the openssl command line."""

from __future__ import annotations

import stat
import subprocess
from pathlib import Path

import pytest

from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.errors import IdentityError, WrongPassphraseError
from aisafe_desktop.reporting.signing import sign_pdf
from aisafe_desktop.reporting.verify import verify_pdf
from aisafe_desktop.services import identities
from tests.reporting.support import PASSPHRASE, SignedReport, StoredKey, needs


def test_created_identity_is_private_strongly_encrypted_rsa3072(rsa_key: StoredKey) -> None:
    assert stat.S_IMODE(rsa_key.path.stat().st_mode) == 0o600
    info = rsa_key.identity.info
    assert (info.signer, info.organisation, info.country) == ("Siti Aminah", "Contoh Kewangan Sdn Bhd", "MY")
    assert info.key_type == "RSA-3072" and info.self_signed and info.keeps_pdfa
    raw = rsa_key.path.read_bytes()
    assert b"PRIVATE KEY" not in raw and PASSPHRASE.encode() not in raw
    needs("openssl")
    shown = subprocess.run(
        ["openssl", "pkcs12", "-info", "-noout", "-in", str(rsa_key.path), "-passin", f"pass:{PASSPHRASE}"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "AES-256-CBC" in shown.stderr + shown.stdout
    assert "PBKDF2" in shown.stderr + shown.stdout


def test_fingerprint_matches_openssl(rsa_key: StoredKey) -> None:
    needs("openssl")
    cert = identities.certificate_path_for(rsa_key.path)
    out = subprocess.run(
        ["openssl", "x509", "-in", str(cert), "-noout", "-fingerprint", "-sha256"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip().split("=", 1)[1] == rsa_key.identity.info.fingerprint


def test_wrong_passphrase_is_a_typed_error(rsa_key: StoredKey) -> None:
    with pytest.raises(WrongPassphraseError, match="passphrase does not open"):
        identities.open_identity(rsa_key.path, "not the passphrase")


def test_not_a_pkcs12_file(tmp_path: Path) -> None:
    bogus = tmp_path / "x.p12"
    bogus.write_bytes(b"%PDF-1.7 not a key")
    with pytest.raises(IdentityError, match="not a PKCS#12"):
        identities.open_identity(bogus, "x")


@pytest.mark.parametrize(("country", "problem"), [("Malaysia", "two-letter"), ("", "two-letter")])
def test_bad_fields_are_reported(tmp_path: Path, country: str, problem: str) -> None:
    with pytest.raises(IdentityError, match=problem):
        identities.create_identity(
            tmp_path / "a.p12", name="A", organisation="B", country=country, passphrase="pw"
        )
    assert not (tmp_path / "a.p12").exists()


def test_existing_file_is_never_overwritten(rsa_key: StoredKey) -> None:
    before = rsa_key.path.read_bytes()
    with pytest.raises(IdentityError, match="already exists"):
        identities.create_identity(rsa_key.path, name="A", organisation="B", country="TH", passphrase="pw")
    assert rsa_key.path.read_bytes() == before


def test_fingerprint_normalisation() -> None:
    digits = "ab" * 32
    canonical = ":".join(["AB"] * 32)
    assert ident.normalise_fingerprint(digits) == canonical
    assert ident.normalise_fingerprint(canonical.lower()) == canonical
    assert ident.normalise_fingerprint("AB:CD") is None


def _openssl_p12(folder: Path, kind: str, legacy: bool) -> Path:
    key, crt = folder / f"{kind}.key", folder / f"{kind}.crt"
    if not key.exists():
        newkey = (
            ["-newkey", "rsa:2048"]
            if kind == "rsa"
            else ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256"]
        )
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                *newkey,
                "-nodes",
                "-keyout",
                str(key),
                "-out",
                str(crt),
                "-subj",
                f"/CN=Openssl {kind}/O=Test Org/C=VN",
                "-days",
                "30",
            ],
            check=True,
            capture_output=True,
        )
    out = folder / f"{kind}-{'legacy' if legacy else 'modern'}.p12"
    subprocess.run(
        [
            "openssl",
            "pkcs12",
            "-export",
            *(["-legacy"] if legacy else []),
            "-inkey",
            str(key),
            "-in",
            str(crt),
            "-out",
            str(out),
            "-passout",
            "pass:openssl pass",
        ],
        check=True,
        capture_output=True,
    )
    return out


@pytest.mark.parametrize("kind", ["rsa", "ec"])
@pytest.mark.parametrize("legacy", [False, True], ids=["modern", "legacy"])
def test_openssl_pkcs12_imports_and_signs(
    tmp_path: Path, kind: str, legacy: bool, signed_report: SignedReport
) -> None:
    needs("openssl")
    source = _openssl_p12(tmp_path, kind, legacy)
    stored = identities.import_identity(source, "openssl pass", tmp_path / "data")
    assert stat.S_IMODE(stored.path.stat().st_mode) == 0o600
    loaded = identities.open_identity(stored.path, "openssl pass")  # re-encrypted copy opens
    assert loaded.info.signer == f"Openssl {kind}"
    pdf = signed_report.path.read_bytes()
    unsigned = _strip_to_first_revision(pdf)
    signed = sign_pdf(unsigned, loaded, reason="test")
    assert signed.pdfa_kept is (kind == "rsa")
    if kind == "ec":
        assert "PDF/A" in str(signed.notes[0])
    result = verify_pdf(signed.data)
    assert result.valid, result.reason
    assert result.signer is not None and result.signer.fingerprint == loaded.info.fingerprint


def _strip_to_first_revision(pdf: bytes) -> bytes:
    """The PDF/A file before signing: everything up to the first %%EOF."""
    end = pdf.index(b"%%EOF") + len(b"%%EOF")
    return pdf[:end] + b"\n"


def test_legacy_import_upgrades_encryption(tmp_path: Path) -> None:
    needs("openssl")
    source = _openssl_p12(tmp_path, "rsa", legacy=True)
    stored = identities.import_identity(source, "openssl pass", tmp_path / "data")
    shown = subprocess.run(
        ["openssl", "pkcs12", "-info", "-noout", "-in", str(stored.path), "-passin", "pass:openssl pass"],
        capture_output=True,
        text=True,
    )
    assert "AES-256-CBC" in shown.stdout + shown.stderr
    assert "RC2" not in shown.stdout + shown.stderr
    listed = identities.list_identities(tmp_path / "data")
    assert [s.info.fingerprint for s in listed] == [stored.info.fingerprint]
