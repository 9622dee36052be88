"""Is the signer of a PDF someone the reader trusts? Decided by pyHanko's certvalidator.

Trust roots are the reader's trusted issuing CAs and trusted signer certificates (a signer
trusted by fingerprint alone contributes its own certificate once the fingerprint matches). The
chain, key usage (digital signature or non-repudiation) and validity are checked by a
`ValidationContext` at the *claimed* signing time: without a timestamp authority (none is
reachable offline) that time is the signer's own clock. Revocation is checked a second time *as
of now*: a claimed time cannot prove that a signature predates a revocation, so any certificate
now revoked is rejected (certvalidator ignores CRLs issued after the validation moment).
Nothing is ever fetched.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.serialization import Encoding

from aisafe_desktop.reporting.identity import IdentityInfo, fingerprint
from aisafe_desktop.reporting.verify_reasons import Reason

if TYPE_CHECKING:
    from pyhanko_certvalidator import ValidationContext

# A signing certificate must allow one of these (RFC 5280 names; non-repudiation is also called
# content commitment).
SIGNING_KEY_USAGES = frozenset({"digital_signature", "non_repudiation"})


@dataclass(frozen=True)
class TrustList:
    """What the reader trusts: certificates (trust roots), fingerprints, and CRLs (DER)."""

    certificates: tuple[x509.Certificate, ...] = ()
    fingerprints: frozenset[str] = frozenset()
    crls: tuple[bytes, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.certificates or self.fingerprints)


class TrustProblem(StrEnum):
    """Why a signer is not trusted. UNKNOWN_SIGNER alone leaves the file usable once the reader
    decides to trust the signer; every other problem is a rejection whatever the trust list."""

    UNKNOWN_SIGNER = "unknown signer"
    REVOKED = "revoked"
    NOT_VALID_AT_SIGNING_TIME = "not valid at the claimed signing time"
    KEY_USAGE = "key usage"
    CHAIN_REJECTED = "chain rejected"

    @property
    def rejects(self) -> bool:
        return self is not TrustProblem.UNKNOWN_SIGNER


@dataclass(frozen=True)
class TrustOutcome:
    trusted: bool
    problem: TrustProblem | None
    why: Reason  # the reason as a template + `params`, for the GUI to translate
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """The reason in English (the CLI, --json, the inbox)."""
        return self.why.render(self.params)


def trust_from(
    entries: Iterable[x509.Certificate | str], crls: Iterable[bytes] = ()
) -> TrustList:
    """Build a trust list from certificates and (already normalised) fingerprint strings."""
    items = list(entries)
    certs = tuple(e for e in items if isinstance(e, x509.Certificate))
    prints = {e for e in items if isinstance(e, str)} | {fingerprint(c) for c in certs}
    return TrustList(certs, frozenset(prints), tuple(crls))


def _asn1(certificate: x509.Certificate) -> Any:
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(certificate.public_bytes(Encoding.DER))


def issuing_cas(trust: TrustList) -> list[x509.Certificate]:
    """The trusted certificates that may vouch for others. A trusted *signer* certificate only
    ever vouches for itself: our self-signed identities carry CA:true and certificate signing,
    and trusting one business must not trust whatever certificates it makes for others."""
    from aisafe_desktop.reporting.agency_ca import is_issuing_ca

    return [c for c in trust.certificates if is_issuing_ca(c)]


def _roots(trust: TrustList, signer_cert: Any) -> list[Any]:
    """The trust roots for one signature, as asn1crypto certificates (certvalidator's type):
    the trusted CAs, plus the signer's own certificate when its fingerprint is trusted."""
    roots = [_asn1(c) for c in issuing_cas(trust)]
    if signer_cert is not None:
        listed = fingerprint(x509.load_der_x509_certificate(signer_cert.dump()))
        if listed in trust.fingerprints and not any(r.dump() == signer_cert.dump() for r in roots):
            roots.append(signer_cert)
    return roots


def validation_context(
    trust: TrustList, signer_cert: Any, moment: dt.datetime | None, any_crl_date: bool = False
) -> ValidationContext:
    """Roots from the trust list only (never the system store), given CRLs, no fetching.

    Soft-fail: a certificate whose CA has no CRL here is not refused for that (an agency CA
    trusted without a CRL still works); a CRL that lists it always wins. `any_crl_date` counts
    a CRL whatever its issue date (a verifier's clock running a little behind must not hide a
    revocation).
    """
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(
        trust_roots=_roots(trust, signer_cert), crls=list(trust.crls), allow_fetching=False,
        moment=moment, revocation_mode="soft-fail", retroactive_revinfo=any_crl_date,
    )  # fmt: skip


def key_usage_settings() -> Any:
    from pyhanko.sign.validation.settings import KeyUsageConstraints

    return KeyUsageConstraints(key_usage=set(SIGNING_KEY_USAGES), match_all_key_usages=False)


def validate_signature(sig: Any, trust: TrustList) -> Any:
    """pyHanko's status for an embedded signature, validated at its claimed signing time."""
    from pyhanko.sign.validation import validate_pdf_signature

    claimed = sig.self_reported_timestamp
    context = validation_context(trust, sig.signer_cert, claimed)
    return validate_pdf_signature(sig, context, key_usage_settings=key_usage_settings())


def revoked_now(sig: Any, trust: TrustList) -> bool:
    """Whether any certificate of the signer's chain is revoked by a CRL the reader holds.

    Validated at min(now, the certificate's expiry) so that an expired certificate is still
    looked up in the CRLs rather than refused for its age.
    """
    from pyhanko_certvalidator import CertificateValidator
    from pyhanko_certvalidator.errors import RevokedError

    if not trust.crls:
        return False
    cert = sig.signer_cert
    expiry = cert["tbs_certificate"]["validity"]["not_after"].native
    moment = min(dt.datetime.now(dt.UTC), expiry - dt.timedelta(seconds=2))
    validator = CertificateValidator(
        cert, intermediate_certs=list(sig.other_embedded_certs),
        validation_context=validation_context(trust, cert, moment, any_crl_date=True),
    )  # fmt: skip
    try:
        asyncio.run(validator.async_validate_usage(set()))  # type: ignore[no-untyped-call]
    except RevokedError:
        return True
    except Exception:  # any other failure is judged by the first validation
        return False
    return False


def _problem(indication: Any) -> TrustProblem:
    name = str(getattr(indication, "name", indication))
    if "REVOKED" in name:
        return TrustProblem.REVOKED
    if "NO_CERTIFICATE_CHAIN_FOUND" in name:
        return TrustProblem.UNKNOWN_SIGNER
    if name in ("EXPIRED", "NOT_YET_VALID") or "OUT_OF_BOUNDS" in name:
        return TrustProblem.NOT_VALID_AT_SIGNING_TIME
    if name == "SIG_CONSTRAINTS_FAILURE":
        return TrustProblem.KEY_USAGE
    return TrustProblem.CHAIN_REJECTED


def _outcome(problem: TrustProblem, signer: IdentityInfo, trust: TrustList) -> TrustOutcome:
    """An untrusted outcome with its reason as a template and parameters."""
    if problem is TrustProblem.UNKNOWN_SIGNER:
        if not trust:
            return TrustOutcome(False, problem, Reason.TRUST_LIST_EMPTY)
        return TrustOutcome(False, problem, Reason.SIGNER_UNKNOWN,
                            {"fingerprint": signer.fingerprint})
    if problem is TrustProblem.NOT_VALID_AT_SIGNING_TIME:
        return TrustOutcome(False, problem, Reason.SIGNER_NOT_VALID_THEN, {
            "start": f"{signer.not_before:%Y-%m-%d}", "end": f"{signer.not_after:%Y-%m-%d}"})
    why = {TrustProblem.REVOKED: Reason.SIGNER_REVOKED, TrustProblem.KEY_USAGE:
           Reason.SIGNER_KEY_USAGE, TrustProblem.CHAIN_REJECTED: Reason.SIGNER_CHAIN_REJECTED}
    return TrustOutcome(False, problem, why[problem])


def anchored(sig: Any, trust: TrustList) -> bool:
    """Whether the signer's chain reaches anything the reader trusts at all: the signer itself
    (by fingerprint), or a certificate in the chain really issued by a trusted certificate
    (same issuer name *and* a signature its key verifies: a look-alike name is not enough).
    Only then is a failed validation a rejection (expired, revoked, ...) rather than an unknown
    signer. The trust decision itself is certvalidator's; this only words why it failed."""
    if not trust:
        return False
    chain = [x509.load_der_x509_certificate(c.dump())
             for c in (sig.signer_cert, *sig.other_embedded_certs)]  # fmt: skip
    if fingerprint(chain[0]) in trust.fingerprints:
        return True
    for cert in chain:
        for issuer in issuing_cas(trust):
            if cert.issuer != issuer.subject:
                continue
            try:
                cert.verify_directly_issued_by(issuer)
            except (ValueError, TypeError, InvalidSignature):
                continue
            return True
    return False


def assess(sig: Any, status: Any, signer: IdentityInfo, trust: TrustList) -> TrustOutcome:
    """The trust outcome from pyHanko's status and the revocation check (as of now)."""
    if getattr(status, "revoked", False) or revoked_now(sig, trust):
        return _outcome(TrustProblem.REVOKED, signer, trust)
    if getattr(status, "trusted", False):
        path = getattr(status, "validation_path", None)
        name = path.trust_anchor.authority.name.human_friendly if path is not None else "?"
        return TrustOutcome(True, None, Reason.TRUSTED_CHAIN, {"anchor": name})
    problem = (_problem(getattr(status, "trust_problem_indic", None)) if anchored(sig, trust)
               else TrustProblem.UNKNOWN_SIGNER)  # fmt: skip
    return _outcome(problem, signer, trust)
