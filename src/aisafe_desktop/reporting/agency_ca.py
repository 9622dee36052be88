"""An agency certificate authority, fully offline: root certificate, requests, issuing, CRLs.

So that an agency registers each business once (by issuing it a certificate) rather than each
report. Everything is built with `cryptography`; nothing is fetched. Issued certificates name a
CRL distribution point under the reserved `.invalid` domain: it is never contacted, but pyHanko's
certvalidator only checks revocation for certificates that name a revocation source, so without
it a CRL revoking the certificate would be silently ignored.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from aisafe_desktop.core.display import one_line
from aisafe_desktop.reporting.errors import CertificateAuthorityError
from aisafe_desktop.reporting.identity import (
    RSA_BITS,
    Identity,
    check_identity_fields,
    fingerprint,
    pkcs12_bytes,
)

CA_VALIDITY_DAYS = 10 * 365
DEFAULT_ISSUE_DAYS = 2 * 365
MAX_ISSUE_DAYS = 10 * 365
CRL_VALIDITY_DAYS = 365  # offline agencies publish CRLs at their own pace; see docs/verifying.md
_CLOCK_SKEW = dt.timedelta(minutes=5)
# Only these subject attributes are copied from a request into a certificate.
_COPIED = (NameOID.COMMON_NAME, NameOID.ORGANIZATION_NAME, NameOID.COUNTRY_NAME,
           NameOID.EMAIL_ADDRESS)  # fmt: skip


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def crl_location(ca_certificate: x509.Certificate) -> str:
    """The (never fetched) CRL address written into certificates this CA issues."""
    return f"http://crl.invalid/{fingerprint(ca_certificate).replace(':', '')[:32].lower()}.crl"


def is_issuing_ca(certificate: x509.Certificate) -> bool:
    """A certificate that issues others: CA basic constraint, may sign certificates and CRLs.

    Self-signed signer identities also carry CA:true (so they can be a trust root), but they
    cannot sign CRLs; that tells them apart.
    """
    try:
        if not certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca:
            return False
    except x509.ExtensionNotFound:
        return False
    try:
        usage = certificate.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(usage.key_cert_sign and usage.crl_sign)


def _key_usage(*, sign: bool, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=sign, content_commitment=sign, key_encipherment=False,
        data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
        encipher_only=False, decipher_only=False,
    )  # fmt: skip


def create_ca(
    name: str, organisation: str, country: str, passphrase: str, days: int = CA_VALIDITY_DAYS
) -> tuple[bytes, x509.Certificate]:
    """A new RSA-3072 agency root -> (encrypted PKCS#12 bytes, certificate)."""
    name, organisation = one_line(name), one_line(organisation)
    country = country.strip().upper()
    check_identity_fields(name, organisation, country, "", what="the certificate authority")
    subject = x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, name.strip()),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation.strip()),
        x509.NameAttribute(NameOID.COUNTRY_NAME, country),
    ])  # fmt: skip
    key = rsa.generate_private_key(public_exponent=65537, key_size=RSA_BITS)
    now = _now()
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _CLOCK_SKEW)
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(sign=False, ca=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return pkcs12_bytes(name.strip(), key, certificate, (), passphrase), certificate


def make_request(identity: Identity) -> bytes:
    """A PKCS#10 request (PEM) for the identity's key, with the subject of its certificate."""
    attributes = [a for oid in _COPIED for a in identity.certificate.subject.get_attributes_for_oid(oid)]
    request = (
        x509.CertificateSigningRequestBuilder()
        .subject_name(x509.Name(attributes))
        .sign(identity.key, hashes.SHA256())
    )
    return request.public_bytes(serialization.Encoding.PEM)


def load_request(data: bytes, source: str = "the request") -> x509.CertificateSigningRequest:
    """A PEM or DER PKCS#10 request whose self-signature is valid and which names a person and
    an organisation."""
    try:
        request = (x509.load_pem_x509_csr(data) if b"-----BEGIN" in data
                   else x509.load_der_x509_csr(data))  # fmt: skip
    except ValueError as error:
        raise CertificateAuthorityError(
            "{source} is not a certificate request (PKCS#10, PEM or DER)", source=source
        ) from error
    if not request.is_signature_valid:
        raise CertificateAuthorityError(
            "{source} is damaged: its signature does not match its key", source=source
        )
    if not request.subject.get_attributes_for_oid(NameOID.COMMON_NAME):
        raise CertificateAuthorityError(
            "{source} gives no name in its subject", source=source)
    if not request.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME):
        raise CertificateAuthorityError(
            "{source} gives no organisation in its subject", source=source)
    if not isinstance(request.public_key(), rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise CertificateAuthorityError("{source} is not for an RSA or EC key", source=source)
    return request


def issue(
    ca: Identity, request: x509.CertificateSigningRequest, days: int = DEFAULT_ISSUE_DAYS
) -> x509.Certificate:
    """An end-entity signing certificate for the request's key, signed by the agency CA."""
    if not 1 <= days <= MAX_ISSUE_DAYS:
        raise CertificateAuthorityError(
            "--days must be between 1 and {most}, not {days}", most=MAX_ISSUE_DAYS, days=days
        )
    if not is_issuing_ca(ca.certificate):
        raise CertificateAuthorityError("this identity is not a certificate authority file")
    now = _now()
    end = min(now + dt.timedelta(days=days), ca.certificate.not_valid_after_utc)
    subject = x509.Name([a for oid in _COPIED for a in request.subject.get_attributes_for_oid(oid)])
    public = request.public_key()
    location = x509.UniformResourceIdentifier(crl_location(ca.certificate))
    ca_ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.certificate.subject)
        .public_key(public)  # RSA or EC: checked in load_request
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - _CLOCK_SKEW)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(sign=True, ca=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
        .add_extension(
            x509.CRLDistributionPoints([x509.DistributionPoint([location], None, None, None)]),
            critical=False,
        )
        .sign(ca.key, hashes.SHA256())
    )


def make_crl(
    ca: Identity, revoked: Iterable[tuple[int, dt.datetime]], number: int,
    days: int = CRL_VALIDITY_DAYS,
) -> bytes:  # fmt: skip
    """A DER CRL listing (serial, revocation time) pairs, numbered, signed by the CA."""
    now = _now()
    ca_ski = ca.certificate.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.certificate.subject)
        .last_update(now - _CLOCK_SKEW)
        .next_update(now + dt.timedelta(days=days))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False
        )
    )
    for serial, when in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder().serial_number(serial).revocation_date(when).build()
        )
    return builder.sign(ca.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def chain_pem(certificate: x509.Certificate, issuers: Iterable[x509.Certificate]) -> bytes:
    """The certificate followed by its issuers, PEM: what `ca issue` writes."""
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (certificate, *issuers))


def load_certificates(data: bytes, source: str = "the certificate file") -> list[x509.Certificate]:
    """Every certificate in a PEM bundle, or the one in a DER file."""
    try:
        if b"-----BEGIN" in data:
            found = x509.load_pem_x509_certificates(data)
        else:
            found = [x509.load_der_x509_certificate(data)]
    except ValueError as error:
        raise CertificateAuthorityError(
            "{source} holds no readable X.509 certificate (PEM or DER)", source=source
        ) from error
    return found


def load_crl(data: bytes, source: str = "the CRL") -> x509.CertificateRevocationList:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError as error:
        raise CertificateAuthorityError(
            "{source} is not a certificate revocation list (CRL, PEM or DER)", source=source
        ) from error


def crl_issued_by(crl: x509.CertificateRevocationList, ca_certificate: x509.Certificate) -> bool:
    """The CRL names this CA as issuer and carries its valid signature."""
    public = ca_certificate.public_key()
    return crl.issuer == ca_certificate.subject and isinstance(
        public, rsa.RSAPublicKey | ec.EllipticCurvePublicKey
    ) and crl.is_signature_valid(public)  # fmt: skip


def same_key(identity: Identity, certificate: x509.Certificate) -> bool:
    def der(key: object) -> bytes:
        return key.public_bytes(  # type: ignore[attr-defined, no-any-return]
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    return der(identity.key.public_key()) == der(certificate.public_key())
