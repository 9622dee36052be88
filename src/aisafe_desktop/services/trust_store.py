"""The trust store in the workspace database: signers and issuing CAs the user relies on.

A certificate that issues others (`agency_ca.is_issuing_ca`) is kept as a trusted CA, anything
else as a trusted signer; a bare SHA-256 fingerprint is a trusted signer without its
certificate. A CRL is kept with the trusted CA that signed it (the newest one wins). Who added
an entry is the operating-system account; when is UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.reporting import agency_ca
from aisafe_desktop.reporting.identity import fingerprint, normalise_fingerprint
from aisafe_desktop.reporting.trust_chain import TrustList
from aisafe_desktop.services.assessments_store import os_user
from aisafe_desktop.services.errors import WorkspaceError
from aisafe_desktop.storage import trust_repository as repo
from aisafe_desktop.storage.engine import Database
from aisafe_desktop.storage.models import TrustedCaRow, TrustedSignerRow
from aisafe_desktop.storage.timestamps import utc_now

MAX_TRUST_FILE_BYTES = 1024 * 1024  # a certificate or CRL; anything bigger is not one of ours
MAX_NOTE_CHARS = 500


class TrustKind(StrEnum):
    SIGNER = "signer"
    CA = "ca"


class TrustStoreError(WorkspaceError):
    """A trust-store action cannot be done; the message says why."""


@dataclass(frozen=True)
class TrustEntry:
    kind: TrustKind
    fingerprint: str
    subject: str
    note: str
    added_by: str
    added_at: dt.datetime
    has_certificate: bool
    crl_issued_at: dt.datetime | None = None


def _signer_entry(row: TrustedSignerRow) -> TrustEntry:
    return TrustEntry(TrustKind.SIGNER, row.fingerprint, row.subject, row.note, row.added_by,
                      row.added_at, row.der is not None)  # fmt: skip


def _ca_entry(row: TrustedCaRow) -> TrustEntry:
    return TrustEntry(TrustKind.CA, row.fingerprint, row.subject, row.note, row.added_by,
                      row.added_at, True, row.crl_issued_at)  # fmt: skip


def _clean_note(note: str) -> str:
    cleaned = " ".join(note.split())
    if len(cleaned) > MAX_NOTE_CHARS:
        raise TrustStoreError("the note is longer than {most} characters", most=MAX_NOTE_CHARS)
    return cleaned


def list_entries(db: Database) -> list[TrustEntry]:
    with db.session() as session:
        cas = [_ca_entry(r) for r in repo.list_cas(session)]
        return cas + [_signer_entry(r) for r in repo.list_signers(session)]


def add_certificate(db: Database, certificate: x509.Certificate, note: str = "") -> TrustEntry:
    """Trust a certificate: as an issuing CA or as a signer. Adding it again updates the note."""
    print_ = fingerprint(certificate)
    subject = certificate.subject.rfc4514_string()
    der = certificate.public_bytes(Encoding.DER)
    note, who, now = _clean_note(note), os_user(), utc_now()
    with db.session() as session:
        if agency_ca.is_issuing_ca(certificate):
            ca = repo.get_ca(session, print_) or TrustedCaRow(fingerprint=print_, subject=subject,
                                                              der=der, added_by=who, added_at=now)
            ca.note = note
            repo.put(session, ca)
            return _ca_entry(ca)
        row = repo.get_signer(session, print_) or TrustedSignerRow(
            fingerprint=print_, added_by=who, added_at=now)
        row.subject, row.der, row.note = subject, der, note
        repo.put(session, row)
        return _signer_entry(row)


def add_fingerprint(db: Database, text: str, note: str = "") -> TrustEntry:
    """Trust a signer known only by its SHA-256 fingerprint (compared by phone, for example)."""
    print_ = normalise_fingerprint(text)
    if print_ is None:
        raise TrustStoreError("{text} is not a SHA-256 fingerprint (64 hexadecimal digits)",
                              text=text[:100])  # fmt: skip
    note = _clean_note(note)
    with db.session() as session:
        if repo.get_ca(session, print_) is not None:
            raise TrustStoreError("{fingerprint} is already trusted as a CA", fingerprint=print_)
        row = repo.get_signer(session, print_) or TrustedSignerRow(
            fingerprint=print_, subject="", der=None, added_by=os_user(), added_at=utc_now())
        row.note = note
        repo.put(session, row)
        return _signer_entry(row)


def add_crl(db: Database, data: bytes, source: str = "the CRL") -> TrustEntry:
    """Keep a CRL with the trusted CA that signed it; an older CRL never replaces a newer one."""
    crl = agency_ca.load_crl(data, source)
    issued = crl.last_update_utc
    with db.session() as session:
        for row in repo.list_cas(session):
            if agency_ca.crl_issued_by(crl, x509.load_der_x509_certificate(row.der)):
                if row.crl_issued_at is not None and row.crl_issued_at > issued:
                    raise TrustStoreError(
                        "{source} is older than the CRL already kept for {ca}", source=source,
                        ca=row.subject)  # fmt: skip
                row.crl_der, row.crl_issued_at = crl.public_bytes(Encoding.DER), issued
                repo.put(session, row)
                return _ca_entry(row)
    raise TrustStoreError(
        "{source} was not signed by a CA in your trusted list; add the CA's certificate first",
        source=source)  # fmt: skip


def _read_file(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_TRUST_FILE_BYTES + 1)
    except OSError as error:
        raise TrustStoreError("cannot read {path}: {reason}", path=str(path),
                              reason=error.strerror or str(error)) from error  # fmt: skip
    if len(data) > MAX_TRUST_FILE_BYTES:
        raise TrustStoreError("{path} is too large to be a certificate or CRL", path=str(path))
    return data


def add(db: Database, value: str, note: str = "") -> TrustEntry:
    """`trust add`: a fingerprint, or a file holding a certificate (PEM/DER) or a CRL."""
    if normalise_fingerprint(value) is not None:
        return add_fingerprint(db, value, note)
    path = Path(value)
    if not path.is_file():
        raise TrustStoreError("{value} is neither a SHA-256 fingerprint nor a certificate or CRL "
                              "file", value=value[:200])  # fmt: skip
    data = _read_file(path)
    if b"X509 CRL" in data or _looks_like_crl(data):
        return add_crl(db, data, str(path))
    certificates = agency_ca.load_certificates(data, str(path))  # CertificateAuthorityError
    return add_certificate(db, certificates[0], note)


def _looks_like_crl(data: bytes) -> bool:
    try:
        x509.load_der_x509_crl(data)
    except ValueError:
        return False
    return True


def remove(db: Database, text: str) -> TrustEntry:
    """Stop trusting the signer or CA with this fingerprint (its CRL goes with it)."""
    print_ = normalise_fingerprint(text)
    if print_ is None:
        raise TrustStoreError("{text} is not a SHA-256 fingerprint (64 hexadecimal digits)",
                              text=text[:100])  # fmt: skip
    with db.session() as session:
        signer = repo.get_signer(session, print_)
        if signer is not None:
            entry = _signer_entry(signer)
            repo.delete(session, signer)
            return entry
        ca = repo.get_ca(session, print_)
        if ca is not None:
            entry = _ca_entry(ca)
            repo.delete(session, ca)
            return entry
    raise TrustStoreError("{fingerprint} is not in your trusted list", fingerprint=print_)


def trust_list(db: Database) -> TrustList:
    """Everything the verifier needs from the store: roots, fingerprints and CRLs."""
    with db.session() as session:
        cas = [(r.der, r.crl_der) for r in repo.list_cas(session)]
        signers = [(r.fingerprint, r.der) for r in repo.list_signers(session)]
    certificates = [x509.load_der_x509_certificate(der) for der, _ in cas]
    certificates += [x509.load_der_x509_certificate(der) for _, der in signers if der is not None]
    prints = {p for p, _ in signers} | {fingerprint(c) for c in certificates}
    crls = tuple(crl for _, crl in cas if crl is not None)
    return TrustList(tuple(certificates), frozenset(prints), crls)


def read_trust_list(paths: AppPaths) -> TrustList:
    """The store read without taking the workspace (the GUI may have it open): a read-only
    SQLite connection; a missing database, or one made before the trust store, trusts nobody."""
    import sqlite3

    from aisafe_desktop.storage.sqlite_files import table_names

    database = paths.database
    if not database.is_file() or database.stat().st_size == 0:
        return TrustList()
    try:
        if "trusted_signers" not in table_names(database):
            return TrustList()
    except sqlite3.Error as error:
        raise TrustStoreError("cannot read your trusted list in {path}: {reason}",
                              path=str(database), reason=str(error)) from error  # fmt: skip
    from sqlalchemy.exc import SQLAlchemyError

    db = Database(database, read_only=True)
    try:
        return trust_list(db)
    except (SQLAlchemyError, ValueError) as error:  # a damaged store or certificate
        raise TrustStoreError("cannot read your trusted list in {path}: {reason}",
                              path=str(database), reason=str(error)[:300]) from error
    finally:
        db.dispose()
