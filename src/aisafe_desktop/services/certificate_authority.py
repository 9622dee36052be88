"""Use cases of the offline agency CA and of certificate requests, shared by the CLI and the GUI.

Business side: `request` a certificate for an identity (PKCS#10), `install_certificate` the one
the agency returns (the identity then signs with the chain embedded).
Agency side: `create_ca`, `issue`, `revoke`, `write_crl`; the CA file's ledger of issued serials
and revocations is kept beside it (reporting.ca_ledger).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from aisafe_desktop.core import files
from aisafe_desktop.reporting import agency_ca, ca_ledger
from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.errors import CertificateAuthorityError, IdentityError
from aisafe_desktop.services.identities import StoredIdentity, certificate_path_for

MAX_INPUT_BYTES = 1024 * 1024  # a request or a certificate chain


@dataclass(frozen=True)
class IssuedCertificate:
    path: Path
    info: ident.IdentityInfo


def _read(path: Path) -> bytes:
    """A request or a certificate file, at most MAX_INPUT_BYTES."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
    except OSError as error:
        raise CertificateAuthorityError("cannot read {path}: {reason}", path=str(path),
                                        reason=error.strerror or str(error)) from error
    if len(data) > MAX_INPUT_BYTES:
        raise CertificateAuthorityError("{path} is too large to be a request or a certificate",
                                        path=str(path))  # fmt: skip
    return data


def write_public(path: Path, data: bytes) -> Path:
    """Write a public file (request, certificate, CRL) atomically; an older one is replaced."""
    try:
        files.write_atomically(path, data, mode=0o644)  # nothing is left behind when it fails
    except OSError as error:
        raise CertificateAuthorityError("cannot write {path}: {reason}", path=str(path),
                                        reason=error.strerror or str(error)) from error
    return path


def open_ca(path: Path, passphrase: str) -> ident.Identity:
    ca = ident.read_identity_file(path, passphrase)
    if not agency_ca.is_issuing_ca(ca.certificate):
        raise CertificateAuthorityError(
            "{path} is a signing identity, not a certificate authority file",
            path=str(path))  # fmt: skip
    return ca


def create_ca(out: Path, *, name: str, organisation: str, country: str,
              passphrase: str) -> StoredIdentity:  # fmt: skip
    """A new agency root in an encrypted PKCS#12 (never overwrites), its certificate beside it
    (`.crt.pem`, to give to every verifier) and an empty ledger."""
    data, certificate = agency_ca.create_ca(name, organisation, country, passphrase)
    ident.write_private_file(out, data)
    cert_path = write_public(certificate_path_for(out), ident.certificate_pem(certificate))
    ca_ledger.write_ledger(out, ca_ledger.Ledger(ident.fingerprint(certificate)))
    return StoredIdentity(out, cert_path, ident.describe(certificate))


def request(identity: ident.Identity, out: Path) -> Path:
    """Write a PKCS#10 request for the identity's key and name (to send to the agency)."""
    return write_public(out, agency_ca.make_request(identity))


def issue(csr: Path, ca_path: Path, passphrase: str, out: Path,
          days: int = agency_ca.DEFAULT_ISSUE_DAYS) -> IssuedCertificate:  # fmt: skip
    """Issue a signing certificate for a request; `out` holds it followed by the CA certificate."""
    request_ = agency_ca.load_request(_read(csr), str(csr))
    ca = open_ca(ca_path, passphrase)
    ledger = ca_ledger.read_ledger(ca_path, ident.fingerprint(ca.certificate))
    certificate = agency_ca.issue(ca, request_, days)
    info = ident.describe(certificate)
    entry = ca_ledger.IssuedEntry(info.serial, info.subject, info.fingerprint,
                                  dt.datetime.now(dt.UTC).isoformat(), info.not_after.isoformat())
    ca_ledger.write_ledger(ca_path, ledger.with_issued(entry))  # recorded before it is handed out
    write_public(out, agency_ca.chain_pem(certificate, (ca.certificate, *ca.chain)))
    return IssuedCertificate(out, info)


def revoke(ca_path: Path, passphrase: str, serial_text: str) -> ca_ledger.IssuedEntry:
    """Record the revocation of a certificate this CA issued (publish it with `write_crl`)."""
    serial = ident.parse_serial(serial_text)
    if serial is None:
        raise CertificateAuthorityError(
            "{serial} is not a serial number (hexadecimal, as the identity's details show it)",
            serial=serial_text[:60])  # fmt: skip
    ca = open_ca(ca_path, passphrase)
    ledger = ca_ledger.read_ledger(ca_path, ident.fingerprint(ca.certificate))
    entry = ledger.find(serial)
    if entry is None:
        raise CertificateAuthorityError(
            "this CA's ledger has no certificate with serial {serial}",
            serial=ident.format_serial(serial))
    if entry.revoked_at is None:
        ledger = ledger.with_revoked(serial, dt.datetime.now(dt.UTC).replace(microsecond=0))
        ca_ledger.write_ledger(ca_path, ledger)
    return ledger.find(serial) or entry


def write_crl(ca_path: Path, passphrase: str, out: Path) -> tuple[Path, int]:
    """A new numbered CRL of every revocation in the ledger -> (path, revoked count)."""
    ca = open_ca(ca_path, passphrase)
    ledger = ca_ledger.read_ledger(ca_path, ident.fingerprint(ca.certificate))
    revoked = ledger.revoked()
    data = agency_ca.make_crl(ca, revoked, ledger.next_crl_number)
    ca_ledger.write_ledger(ca_path, ca_ledger.Ledger(ledger.ca_fingerprint,
                                                     ledger.next_crl_number + 1, ledger.issued))
    write_public(out, data)
    return out, len(revoked)


def _check_signing_certificate(certificate: x509.Certificate, source: str) -> None:
    now = dt.datetime.now(dt.UTC)
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        raise CertificateAuthorityError(
            "the certificate in {source} is not valid today (valid {start} to {end})",
            source=source, start=f"{certificate.not_valid_before_utc:%Y-%m-%d}",
            end=f"{certificate.not_valid_after_utc:%Y-%m-%d}")  # fmt: skip
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise CertificateAuthorityError(
            "the certificate in {source} may not sign documents (key usage)", source=source)


def install_certificate(identity_path: Path, certificate_file: Path,
                        passphrase: str) -> ident.IdentityInfo:  # fmt: skip
    """Put the certificate the agency issued (and its chain) into the identity file.

    The key must match; the file is rewritten atomically under the same passphrase, so the old
    self-signed certificate is replaced and every later report embeds the agency's chain.
    """
    identity = ident.read_identity_file(identity_path, passphrase)
    found = agency_ca.load_certificates(_read(certificate_file),
                                        str(certificate_file))
    mine = [c for c in found if agency_ca.same_key(identity, c)]
    if not mine:
        raise CertificateAuthorityError(
            "{source} is not a certificate for the key in {identity}",
            source=str(certificate_file), identity=str(identity_path))  # fmt: skip
    certificate = mine[0]
    _check_signing_certificate(certificate, str(certificate_file))
    chain = [c for c in found if c is not certificate]
    data = ident.pkcs12_bytes(identity.info.signer, identity.key, certificate, chain, passphrase)
    _replace_private(identity_path, data)
    sidecar = certificate_path_for(identity_path)
    write_public(sidecar, ident.certificate_pem(certificate))
    return ident.describe(certificate, identity.key)


def _replace_private(path: Path, data: bytes) -> None:
    try:
        files.write_atomically(path, data, sync=True)  # 0600; nothing is left behind on failure
    except OSError as error:
        raise IdentityError("cannot write {path}: {reason}", path=str(path),
                            reason=error.strerror or str(error)) from error
