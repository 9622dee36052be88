"""Signing identities as files: create, import, list, open and export the certificate.

Each identity is a PKCS#12 file (mode 0600, AES-256 + PBKDF2) and, next to it, its public
certificate as PEM (`<name>.crt.pem`) so that lists can show the signer and fingerprint without
asking for the passphrase. GUI and CLI call these functions; errors are `reporting.errors` types.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from aisafe_desktop.reporting import identity as ident
from aisafe_desktop.reporting.errors import IdentityError

IDENTITIES_FOLDER = "identities"
# The shortest passphrase accepted for a new identity or CA file, in the GUI and the CLI alike.
MIN_PASSPHRASE_LENGTH = 8
CERT_SUFFIX = ".crt.pem"


@dataclass(frozen=True)
class StoredIdentity:
    path: Path
    certificate_path: Path | None
    info: ident.IdentityInfo


def identities_dir(data_dir: Path) -> Path:
    """`<data dir>/identities`, created readable by the owner only."""
    folder = data_dir / IDENTITIES_FOLDER
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def certificate_path_for(p12_path: Path) -> Path:
    return p12_path.with_name(p12_path.stem + CERT_SUFFIX)


def _write_certificate(p12_path: Path, identity_cert: bytes) -> Path:
    target = certificate_path_for(p12_path)
    target.write_bytes(identity_cert)
    return target


def _default_name(data_dir: Path, signer: str, fingerprint: str) -> Path:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", signer).strip("-").lower() or "identity"
    short = fingerprint.replace(":", "")[:8].lower()
    return identities_dir(data_dir) / f"{slug}-{short}.p12"


def create_identity(
    out: Path | None,
    *,
    name: str,
    organisation: str,
    country: str,
    passphrase: str,
    email: str = "",
    data_dir: Path | None = None,
) -> StoredIdentity:
    """Create an RSA-3072 identity, written to `out` or (when `out` is None) the data folder."""
    data, certificate = ident.create_identity(name, organisation, country, passphrase, email=email)
    info = ident.describe(certificate)
    if out is None:
        if data_dir is None:
            raise IdentityError("say where to save the identity (an output file or the data "
                                "folder)")
        out = _default_name(data_dir, info.signer, info.fingerprint)
    ident.write_private_file(out, data)
    cert = _write_certificate(out, ident.certificate_pem(certificate))
    return StoredIdentity(out, cert, info)


def import_identity(source: Path, passphrase: str, data_dir: Path) -> StoredIdentity:
    """Copy a .p12/.pfx into the data folder, re-encrypted with AES-256 under the same passphrase.

    Re-encrypting upgrades files exported with legacy RC2/3DES encryption (Windows, `openssl
    -legacy`); the private key stays in memory only.
    """
    loaded = ident.read_identity_file(source, passphrase)
    data = ident.pkcs12_bytes(
        loaded.info.signer, loaded.key, loaded.certificate, loaded.chain, passphrase)
    target = _default_name(data_dir, loaded.info.signer, loaded.info.fingerprint)
    ident.write_private_file(target, data)
    cert = _write_certificate(target, ident.certificate_pem(loaded.certificate))
    return StoredIdentity(target, cert, loaded.info)


def list_identities(data_dir: Path) -> list[StoredIdentity]:
    """Identities in the data folder, described from their certificate files (no passphrase)."""
    folder = data_dir / IDENTITIES_FOLDER
    if not folder.is_dir():
        return []
    found = []
    for p12 in sorted(folder.glob("*.p12")):
        cert_path = certificate_path_for(p12)
        if not cert_path.is_file():
            continue
        try:
            cert = ident.load_certificate(cert_path.read_bytes(), str(cert_path))
        except (IdentityError, OSError):
            continue  # a damaged sidecar must not hide the other identities
        found.append(StoredIdentity(p12, cert_path, ident.describe(cert)))
    return found


def open_identity(path: Path, passphrase: str) -> ident.Identity:
    return ident.read_identity_file(path, passphrase)


def export_certificate(path: Path, out: Path, passphrase: str | None = None) -> Path:
    """Write the identity's public certificate (PEM) to `out`, e.g. to send to the agency.

    Uses the `.crt.pem` next to the identity when present; otherwise opens the PKCS#12.
    """
    sidecar = certificate_path_for(path)
    if sidecar.is_file():
        pem = sidecar.read_bytes()
    elif passphrase is not None:
        pem = ident.certificate_pem(ident.read_identity_file(path, passphrase).certificate)
    else:
        raise IdentityError("{file} has no certificate file next to it; give the passphrase",
                            file=path)
    try:
        out.write_bytes(pem)
    except OSError as error:
        raise IdentityError("cannot write {file}: {reason}", file=out,
                            reason=error.strerror) from error
    return out


def delete_identity(path: Path) -> None:
    """Remove an identity and its certificate file."""
    for target in (path, certificate_path_for(path)):
        if target.exists():
            os.remove(target)
