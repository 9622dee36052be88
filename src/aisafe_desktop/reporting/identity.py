"""Signing identities: a private key and its certificate, kept in a passphrase-protected PKCS#12.

The private key only exists unencrypted in memory. Files are written with mode 0600 from the start
(`os.open`), never created world-readable and chmod-ed afterwards. Passphrases are never logged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from aisafe_desktop.core.display import one_line
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.files import write_atomically, write_new_file
from aisafe_desktop.reporting.errors import (
    IdentityError,
    UnsupportedIdentityError,
    WrongPassphraseError,
)

RSA_BITS = 3072
DEFAULT_VALIDITY_DAYS = 5 * 365
# PBKDF2-SHA256 rounds for the key and certificate bags (OWASP 2023 figure for PBKDF2-SHA256),
# and PKCS#12-KDF rounds for the MAC, which `cryptography` fixes at 2,048: pkcs12_mac recomputes it.
PKCS12_KDF_ROUNDS = 600_000
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass(frozen=True)
class IdentityInfo:
    """What a user needs to see about an identity; no secrets."""

    signer: str
    organisation: str
    country: str
    email: str
    issuer: str
    fingerprint: str
    key_type: str
    not_before: dt.datetime
    not_after: dt.datetime
    self_signed: bool
    subject: str = ""  # RFC 4514, e.g. "CN=Siti Aminah,O=Contoh Sdn Bhd,C=MY"
    serial: str = ""  # upper-case hexadecimal, as `ca revoke` takes it

    @property
    def keeps_pdfa(self) -> bool:
        """RSA keeps PDF/A-3; pyHanko marks ECDSA signatures as PDF 2.0, which breaks it."""
        return self.key_type.startswith("RSA")


@dataclass(frozen=True)
class Identity:
    """A loaded identity: key and certificate in memory, plus any CA certificates of the chain."""

    key: SigningKey
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    info: IdentityInfo


def fingerprint(certificate: x509.Certificate) -> str:
    """SHA-256 of the DER certificate as upper-case colon-separated hex (AB:CD:...)."""
    return ":".join(f"{b:02X}" for b in certificate.fingerprint(hashes.SHA256()))


def format_serial(serial: int) -> str:
    return f"{serial:X}"


def parse_serial(text: str) -> int | None:
    """A serial as `format_serial` writes it (hex; "0x" and colons allowed), or None."""
    digits = re.sub(r"[\s:]", "", text)
    digits = digits[2:] if digits.lower().startswith("0x") else digits
    if not re.fullmatch(r"[0-9A-Fa-f]{1,40}", digits):
        return None
    return int(digits, 16)


def normalise_fingerprint(text: str) -> str | None:
    """Accept AB:CD.., ab cd.., or plain hex; return the canonical form, or None if not SHA-256."""
    digits = re.sub(r"[\s:]", "", text).upper()
    if not re.fullmatch(r"[0-9A-F]{64}", digits):
        return None
    return ":".join(digits[i : i + 2] for i in range(0, 64, 2))


def _name_attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    """One name of a certificate as one plain line: a received certificate's names are outside
    text, and an ESC sequence or a bidi override in them must reach no terminal and no label."""
    values = name.get_attributes_for_oid(oid)
    return one_line(str(values[0].value)) if values else ""


def _key_type(key: SigningKey) -> str:
    if isinstance(key, rsa.RSAPrivateKey):
        return f"RSA-{key.key_size}"
    return f"EC {key.curve.name}"


def describe(certificate: x509.Certificate, key: SigningKey | None = None) -> IdentityInfo:
    subject = certificate.subject
    public = certificate.public_key()
    key_type = (
        _key_type(key)
        if key is not None
        else (
            f"RSA-{public.key_size}"
            if isinstance(public, rsa.RSAPublicKey)
            else f"EC {public.curve.name}"
            if isinstance(public, ec.EllipticCurvePublicKey)
            else type(public).__name__
        )
    )
    return IdentityInfo(
        signer=_name_attr(subject, NameOID.COMMON_NAME),
        organisation=_name_attr(subject, NameOID.ORGANIZATION_NAME),
        country=_name_attr(subject, NameOID.COUNTRY_NAME),
        email=_name_attr(subject, NameOID.EMAIL_ADDRESS),
        issuer=one_line(certificate.issuer.rfc4514_string()),
        fingerprint=fingerprint(certificate),
        key_type=key_type,
        not_before=certificate.not_valid_before_utc,
        not_after=certificate.not_valid_after_utc,
        self_signed=certificate.issuer == subject,
        subject=one_line(subject.rfc4514_string()),
        serial=format_serial(certificate.serial_number),
    )


def check_identity_fields(
    name: str, organisation: str, country: str, email: str, what: str = "the identity"
) -> None:
    problems = []
    if not name.strip():
        problems.append(Message("the signer name is empty"))
    if not organisation.strip():
        problems.append(Message("the organisation is empty"))
    if not _COUNTRY.match(country):
        problems.append(Message("country {country} is not a two-letter ISO code such as MY, TH "
                                "or VN", country=repr(country)))
    if email and not _EMAIL.match(email):
        problems.append(Message("e-mail {email} does not look like name@example.org",
                                email=repr(email)))
    if problems:
        if what == "the certificate authority":
            raise IdentityError("cannot create the certificate authority: {problems}",
                                problems=problems)
        raise IdentityError("cannot create the identity: {problems}", problems=problems)


def _self_signed(key: rsa.RSAPrivateKey, subject: x509.Name, days: int) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))  # tolerate small clock skew
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def create_identity(
    name: str,
    organisation: str,
    country: str,
    passphrase: str,
    email: str = "",
    validity_days: int = DEFAULT_VALIDITY_DAYS,
) -> tuple[bytes, x509.Certificate]:
    """New RSA-3072 key and self-signed certificate -> (PKCS#12 bytes, certificate). Control
    characters and bidi overrides typed into the names are dropped (core.display.one_line)."""
    name, organisation, email = one_line(name), one_line(organisation), one_line(email)
    country = country.strip().upper()
    check_identity_fields(name, organisation, country, email)
    if not passphrase:
        raise IdentityError("choose a passphrase: the private key is never stored unencrypted")
    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()),
        x509.NameAttribute(NameOID.COUNTRY_NAME, country),
    ]
    if email:
        attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email.strip()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    certificate = _self_signed(key, x509.Name(attributes), validity_days)
    return pkcs12_bytes(name.strip(), key, certificate, (), passphrase), certificate


def pkcs12_encryption(passphrase: str) -> serialization.KeySerializationEncryption:
    """AES-256-CBC with PBKDF2-SHA256 at PKCS12_KDF_ROUNDS for key and certificates, SHA-256 MAC."""
    return (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(PKCS12_KDF_ROUNDS)
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(passphrase.encode("utf-8"))
    )


def pkcs12_bytes(
    label: str,
    key: SigningKey,
    certificate: x509.Certificate,
    chain: tuple[x509.Certificate, ...] | list[x509.Certificate],
    passphrase: str,
) -> bytes:
    """A PKCS#12 file's bytes, always with `pkcs12_encryption` (never unencrypted)."""
    if not passphrase:
        raise IdentityError("choose a passphrase: the private key is never stored unencrypted")
    from aisafe_desktop.reporting.pkcs12_mac import with_strong_mac

    data = pkcs12.serialize_key_and_certificates(
        label.encode("utf-8") or None, key, certificate, list(chain) or None,
        pkcs12_encryption(passphrase),
    )  # fmt: skip
    return with_strong_mac(data, passphrase, PKCS12_KDF_ROUNDS)


def _looks_like_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return bool(pfx["version"].native == "v3")
    except Exception:
        return False


def load_identity(data: bytes, passphrase: str, source: str = "the identity file") -> Identity:
    """Open PKCS#12 bytes (ours, openssl's, Windows' legacy RC2/3DES ones; RSA or EC keys)."""
    if not _looks_like_pkcs12(data):
        raise IdentityError("{source} is not a PKCS#12 (.p12/.pfx) file", source=source)
    secret = passphrase.encode("utf-8") if passphrase else None
    try:
        key, certificate, extra = pkcs12.load_key_and_certificates(data, secret)
    except ValueError as error:
        raise WrongPassphraseError(
            "the passphrase does not open {source}; check it and try again (passphrases are "
            "case-sensitive)", source=source) from error
    except Exception as error:  # e.g. an algorithm this OpenSSL build refuses
        raise UnsupportedIdentityError("cannot read {source}: {reason}", source=source,
                                       reason=error) from error
    if key is None or certificate is None:
        raise UnsupportedIdentityError(
            "{source} has no private key or no certificate; export it again including the key",
            source=source)
    if not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise UnsupportedIdentityError(
            "{source} holds a {kind}; only RSA and EC keys can sign reports", source=source,
            kind=type(key).__name__)
    return Identity(key, certificate, tuple(extra), describe(certificate, key))


def read_identity_file(path: Path, passphrase: str) -> Identity:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise IdentityError("cannot read identity file {file}: {reason}", file=path,
                            reason=error.strerror) from error
    return load_identity(data, passphrase, source=str(path))


def write_private_file(path: Path, data: bytes, overwrite: bool = False) -> None:
    """Write bytes to a file readable by its owner only (mode 0600 from creation on). A write
    that fails (a full disk) leaves no file, or the old one when overwriting."""
    try:
        if overwrite:
            write_atomically(path, data, mode=0o600, sync=True)
        else:
            write_new_file(path, data)
    except FileExistsError as error:
        raise IdentityError("{file} already exists; choose another file name",
                            file=path) from error
    except OSError as error:
        raise IdentityError("cannot write {file}: {reason}", file=path,
                            reason=error.strerror or str(error)) from error


def certificate_pem(certificate: x509.Certificate) -> bytes:
    return certificate.public_bytes(serialization.Encoding.PEM)


def load_certificate(data: bytes, source: str = "the certificate") -> x509.Certificate:
    """A PEM or DER certificate (for trust lists)."""
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_certificate(data)
        return x509.load_der_x509_certificate(data)
    except ValueError as error:
        raise IdentityError("{source} is not a PEM or DER X.509 certificate",
                            source=source) from error
