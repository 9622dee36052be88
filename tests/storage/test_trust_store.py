"""The trust store in the workspace database (revision 0003), and a private database file."""

from __future__ import annotations

import datetime as dt
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.reporting import agency_ca
from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.errors import CertificateAuthorityError
from aisafe_desktop.services import trust_store
from aisafe_desktop.services.trust_store import TrustKind, TrustStoreError
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage import migrate
from aisafe_desktop.storage.engine import Database
from aisafe_desktop.storage.sqlite_files import table_names


@pytest.fixture(scope="module")
def ca() -> ident.Identity:
    data, _cert = agency_ca.create_ca("Agency CA", "Digital Agency", "MY", "passphrase!")
    return ident.load_identity(data, "passphrase!")


def _signer_cert() -> x509.Certificate:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Siti")])
    now = dt.datetime.now(dt.UTC)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(7).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1)).sign(key, hashes.SHA256()))  # fmt: skip


def test_revision_0003_adds_the_trust_tables(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.sqlite3")
    migrate.upgrade(db.engine, "0002")
    assert "trusted_signers" not in table_names(db.path)
    migrate.upgrade(db.engine, "0003")
    assert {"trusted_signers", "trusted_cas"} <= table_names(db.path)
    db.dispose()


def test_certificates_fingerprints_and_crls(workspace: Workspace, ca: ident.Identity,
                                            tmp_path: Path) -> None:
    pem = tmp_path / "ca.pem"
    pem.write_bytes(ident.certificate_pem(ca.certificate))
    entry = workspace.trust_add(str(pem), "handed over in person")
    assert (entry.kind, entry.subject, entry.note) == (TrustKind.CA, "C=MY,O=Digital Agency,CN=Agency CA",
                                                      "handed over in person")
    signer = workspace.trust_certificate(_signer_cert())
    assert signer.kind is TrustKind.SIGNER and signer.has_certificate
    bare = workspace.trust_add("ab" * 32)
    assert bare.fingerprint == ":".join(["AB"] * 32) and not bare.has_certificate
    crl = tmp_path / "agency.crl"
    crl.write_bytes(agency_ca.make_crl(ca, [(5, dt.datetime.now(dt.UTC))], 1))
    assert workspace.trust_add(str(crl)).crl_issued_at is not None
    trust = workspace.trust_list()
    assert len(trust.certificates) == 2 and len(trust.crls) == 1
    assert bare.fingerprint in trust.fingerprints and entry.fingerprint in trust.fingerprints
    assert [e.kind for e in workspace.trust_entries()] == [TrustKind.CA, TrustKind.SIGNER, TrustKind.SIGNER]
    workspace.trust_remove(entry.fingerprint)
    assert workspace.trust_list().crls == ()  # the CRL goes with its CA
    with pytest.raises(TrustStoreError, match="not in your trusted list"):
        workspace.trust_remove(entry.fingerprint)


def test_a_crl_from_an_untrusted_ca_is_refused(workspace: Workspace, ca: ident.Identity,
                                               tmp_path: Path) -> None:
    crl = tmp_path / "other.crl"
    crl.write_bytes(agency_ca.make_crl(ca, [], 1))
    with pytest.raises(TrustStoreError, match="not signed by a CA in your trusted list"):
        workspace.trust_add(str(crl))
    with pytest.raises(TrustStoreError, match="neither a SHA-256 fingerprint"):
        workspace.trust_add("no-such-file.pem")
    junk = tmp_path / "junk.pem"
    junk.write_bytes(b"not a certificate")
    with pytest.raises(CertificateAuthorityError, match=r"no readable X\.509 certificate"):
        workspace.trust_add(str(junk))


def test_read_only_while_the_workspace_is_open(paths: AppPaths, ca: ident.Identity) -> None:
    assert not trust_store.read_trust_list(paths)  # no database yet: trusts nobody
    with Workspace.open(paths) as ws:
        ws.trust_certificate(ca.certificate)
        before = paths.database.read_bytes()
        trust = trust_store.read_trust_list(paths)  # the lock is held: read without it
        assert [c.public_bytes(Encoding.DER) for c in trust.certificates] == [
            ca.certificate.public_bytes(Encoding.DER)]
        assert paths.database.read_bytes() == before


def test_database_and_backups_are_private(workspace: Workspace, paths: AppPaths) -> None:
    workspace.trust_add("cd" * 32)
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
    backup = workspace.backup_now()
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    wal = paths.database.with_name(paths.database.name + "-wal")
    if wal.exists():
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600


def test_an_existing_world_readable_database_is_made_private(paths: AppPaths) -> None:
    with Workspace.open(paths):
        pass
    paths.database.chmod(0o644)
    with Workspace.open(paths):
        assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
