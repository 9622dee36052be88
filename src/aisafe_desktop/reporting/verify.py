"""Verify a signed report with a strict policy, and take the answers out of the signed revision.

Policy: exactly one signature (our field), cryptographically intact and valid, covering the entire
file, with no later revision at all. pyHanko alone would accept some later updates (metadata-only
changes count as harmless), and poppler's pdfsig calls a file with a replaced attachment "valid";
we accept neither. Any exception while reading a hostile file is a failed check, never a crash.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cryptography import x509

from aisafe_desktop.reporting.errors import ExtractError
from aisafe_desktop.reporting.identity import IdentityInfo, describe, fingerprint
from aisafe_desktop.reporting.pdfa import ATTACHMENT_NAME
from aisafe_desktop.reporting.signing import FIELD_NAME

if TYPE_CHECKING:
    from pyhanko_certvalidator import ValidationContext

MAX_ANSWERS_BYTES = 50 * 1024 * 1024

CHECK_READABLE = "readable"
CHECK_SIGNATURE = "one signature"
CHECK_INTACT = "signature intact"
CHECK_COVERAGE = "whole file signed"
CHECK_UNCHANGED = "no later changes"
CHECK_ANSWERS = "answers attached"
CHECK_TRUST = "trusted signer"


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool | None  # None: not checked (e.g. no trust list given)
    detail: str


@dataclass(frozen=True)
class TrustList:
    """Certificates (trust roots or the signers themselves) and SHA-256 fingerprints."""

    certificates: tuple[x509.Certificate, ...] = ()
    fingerprints: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.certificates or self.fingerprints)


@dataclass(frozen=True)
class VerifyResult:
    source: str
    checks: tuple[Check, ...]
    signer: IdentityInfo | None = None
    signing_time: dt.datetime | None = None
    answers: bytes | None = field(default=None, repr=False)

    @property
    def valid(self) -> bool:
        """Every check that ran passed (trust counts only when a trust list was given)."""
        return all(c.passed is not False for c in self.checks) and self.answers is not None

    @property
    def reason(self) -> str:
        failed = [f"{c.name}: {c.detail}" for c in self.checks if c.passed is False]
        return "; ".join(failed) if failed else "valid"


def _quiet_loggers() -> None:
    """pyHanko logs full tracebacks for the tampered files we expect; the verdict says enough."""
    for name in ("pyhanko", "pyhanko_certvalidator", "pikepdf", "pypdf"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def import_libraries() -> None:
    """Import the validation modules now rather than on the first verification."""
    import pikepdf  # noqa: F401
    import pyhanko.sign.validation  # noqa: F401
    from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: F401


def signed_revision(data: bytes, byte_range: list[int]) -> bytes:
    """The bytes covered by a signature: the file up to the end of its second range."""
    if len(byte_range) != 4 or byte_range[0] != 0:
        raise ExtractError("the signature's byte range is malformed")
    end = int(byte_range[2]) + int(byte_range[3])
    if end > len(data):
        raise ExtractError("the signature's byte range goes past the end of the file")
    return data[:end]


def read_attachment(pdf_bytes: bytes, name: str = ATTACHMENT_NAME) -> bytes:
    """The embedded file `name` of a PDF (a single revision, or a whole file)."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(pdf_bytes)) as pdf:
            if name not in pdf.attachments:
                raise ExtractError("the PDF has no embedded {name}", name=name)
            spec = pdf.attachments[name].get_file()
            if int(spec.size or 0) > MAX_ANSWERS_BYTES:
                raise ExtractError("the embedded {name} is implausibly large", name=name)
            return bytes(spec.read_bytes())
    except ExtractError:
        raise
    except Exception as error:  # damaged or hostile structure
        raise ExtractError("cannot read the embedded {name}: {reason}", name=name,
                           reason=error) from error


def _to_crypto(asn1_cert: object) -> x509.Certificate:
    return x509.load_der_x509_certificate(asn1_cert.dump())  # type: ignore[attr-defined]


def _validation_context(trust: TrustList) -> ValidationContext:
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.serialization import Encoding
    from pyhanko_certvalidator import ValidationContext

    roots = [asn1_x509.Certificate.load(c.public_bytes(Encoding.DER)) for c in trust.certificates]
    # explicit (possibly empty) roots: never the system store, never a network fetch
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _trust_check(status: object, signer: IdentityInfo, trust: TrustList) -> Check:
    if not trust:
        return Check(CHECK_TRUST, None, "no trust list given; compare the fingerprint yourself")
    if signer.fingerprint in trust.fingerprints:
        return Check(CHECK_TRUST, True, "signer fingerprint is in the trust list")
    if getattr(status, "trusted", False):
        return Check(CHECK_TRUST, True, "signer certificate chains to a trusted certificate")
    return Check(CHECK_TRUST, False, f"signer {signer.fingerprint} is not in the trust list")


def _der_length(data: bytes) -> int:
    """Total length of the DER element at the start of `data` (0 if it is not one)."""
    if len(data) < 2 or data[0] != 0x30:
        return 0
    first = data[1]
    if first < 0x80:
        return 2 + first
    count = first & 0x7F
    if count == 0 or count > 4 or len(data) < 2 + count:
        return 0
    return 2 + count + int.from_bytes(data[2 : 2 + count], "big")


def der_is_strict(data: bytes) -> bool:
    """Every element has a minimal definite length and children exactly fill their parent.

    A structural check over the bytes (no re-encoding, which costs ~0.4 s in asn1crypto).
    """
    stack = [(0, len(data))]
    while stack:
        position, end = stack.pop()
        while position < end:
            tag = data[position]
            if end - position < 2 or tag == 0 or tag & 0x1F == 0x1F:
                return False  # truncated, end-of-contents/padding, or a high tag number
            constructed = bool(tag & 0x20)
            first = data[position + 1]
            header = 2
            if first < 0x80:
                length = first
            else:
                count = first & 0x7F
                digits = data[position + 2 : position + 2 + count]
                if not 1 <= count <= 4 or len(digits) != count or digits[0] == 0:
                    return False
                length = int.from_bytes(digits, "big")
                if length < 0x80:
                    return False  # long form where the short one fits: not DER
                header += count
            if position + header + length > end:
                return False
            if constructed:
                stack.append((position + header, position + header + length))
            position += header + length
    return True


def container_is_clean(contents: bytes) -> bool:
    """No byte of the signature container can be changed unnoticed.

    /Contents is the one part of the file outside the signed byte ranges, and parts of the CMS
    inside it are not covered by the signature either. pyHanko parses leniently, so we also
    require: zero padding after the CMS, strict DER structure, fully parseable signer infos,
    the SignedData/SignerInfo versions RFC 5652 prescribes, and a `digestAlgorithms` set listing
    the signer's algorithm(s). Found by flipping every byte of /Contents in a signed report.
    """
    from asn1crypto import cms

    length = _der_length(contents)
    if not 0 < length <= len(contents) or any(contents[length:]):
        return False
    der = contents[:length]
    if not der_is_strict(der):
        return False
    try:
        signed_data = cms.ContentInfo.load(der)["content"]
        listed = [a["algorithm"].dotted for a in signed_data["digest_algorithms"]]
        infos = list(signed_data["signer_infos"])
        # parse every field (a changed tag raises); the certificates are checked by pyHanko
        signed_data["digest_algorithms"].native  # noqa: B018
        signed_data["signer_infos"].native  # noqa: B018
        used = {i["digest_algorithm"]["algorithm"].dotted for i in infos}
        expected_version = "v3" if any(i["version"].native == "v3" for i in infos) else "v1"
        version = signed_data["version"].native
        # RFC 5652: SignerInfo version 1 with issuerAndSerialNumber, 3 with subjectKeyIdentifier
        infos_ok = all(
            i["version"].native == ("v3" if i["sid"].name == "subject_key_identifier" else "v1")
            for i in infos
        )
    except Exception:  # any parse problem is a failed check, not a crash
        return False
    return infos_ok and version == expected_version and sorted(listed) == sorted(used)


def gap_is_canonical(data: bytes, byte_range: list[int], contents: bytes) -> bool:
    """The unsigned gap between the two byte ranges is exactly `<HEX>` of the signature value
    (upper case, as pyHanko writes it), so not even the letter case of a digit can change."""
    if len(byte_range) != 4:
        return False
    gap = data[int(byte_range[0]) + int(byte_range[1]) : int(byte_range[2])]
    return gap == b"<" + contents.hex().upper().encode("ascii") + b">"


def _integrity_checks(status: object, contents: bytes, gap_ok: bool) -> list[Check]:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    intact = bool(getattr(status, "intact", False) and getattr(status, "valid", False))
    intact = intact and gap_ok and container_is_clean(contents)
    coverage = getattr(status, "coverage", None)
    level = getattr(status, "modification_level", None)
    return [
        Check(
            CHECK_INTACT,
            intact,
            "the signed bytes match the signature"
            if intact
            else "the file was changed after signing (digest or signature mismatch)",
        ),
        Check(
            CHECK_COVERAGE,
            coverage == SignatureCoverageLevel.ENTIRE_FILE,
            "the signature covers the entire file"
            if coverage == SignatureCoverageLevel.ENTIRE_FILE
            else f"the signature does not cover the whole file ({_enum_name(coverage)})",
        ),
        Check(
            CHECK_UNCHANGED,
            level == ModificationLevel.NONE,
            "nothing was added after signing"
            if level == ModificationLevel.NONE
            else f"a later revision changes the document ({_enum_name(level)})",
        ),
    ]


def _enum_name(value: object) -> str:
    return str(getattr(value, "name", value)).lower().replace("_", " ")


def _answers_check(data: bytes, sig: object,
                   attachment: str = ATTACHMENT_NAME) -> tuple[Check, bytes | None]:
    try:
        byte_range = list(sig.sig_object["/ByteRange"])  # type: ignore[attr-defined]
        answers = read_attachment(signed_revision(data, byte_range), attachment)
    except ExtractError as error:
        return Check(CHECK_ANSWERS, False, str(error)), None
    return Check(CHECK_ANSWERS, True, f"{attachment} read from the signed revision"), answers


def _verify(data: bytes, trust: TrustList, source: str,
            attachment: str = ATTACHMENT_NAME) -> VerifyResult:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature

    reader = PdfFileReader(io.BytesIO(data))
    signatures = list(reader.embedded_signatures)
    names = [s.field_name for s in signatures]
    checks = [Check(CHECK_READABLE, True, "the PDF structure could be read")]
    if names != [FIELD_NAME]:
        detail = (
            "the file is not signed"
            if not names
            else f"expected one signature '{FIELD_NAME}', found {len(names)}: {', '.join(names)}"
        )
        return VerifyResult(source, (*checks, Check(CHECK_SIGNATURE, False, detail)))
    checks.append(Check(CHECK_SIGNATURE, True, f"one signature ({FIELD_NAME})"))
    sig = signatures[0]
    status = validate_pdf_signature(sig, _validation_context(trust))
    signer = describe(_to_crypto(status.signing_cert))
    contents = bytes(sig.sig_object["/Contents"])
    byte_range = [int(x) for x in sig.sig_object["/ByteRange"]]
    gap_ok = gap_is_canonical(data, byte_range, contents)
    checks.extend(_integrity_checks(status, contents, gap_ok))
    answers_check, answers = _answers_check(data, sig, attachment)
    checks.append(answers_check)
    checks.append(_trust_check(status, signer, trust))
    return VerifyResult(source, tuple(checks), signer, getattr(status, "signer_reported_dt", None), answers)


def verify_pdf(data: bytes, trust: TrustList | None = None, source: str = "the PDF",
               attachment: str = ATTACHMENT_NAME) -> VerifyResult:
    """Verify signed report bytes; never raises for bad input, the result says what failed.
    `attachment`: the embedded file the signature must cover (a review receipt carries
    receipt.json instead of answers.json)."""
    _quiet_loggers()
    try:
        return _verify(data, trust or TrustList(), source, attachment)
    except Exception as error:  # hostile or damaged files may break any parser step
        reason = f"cannot read the file as a signed PDF ({type(error).__name__}: {error})"
        return VerifyResult(source, (Check(CHECK_READABLE, False, reason[:500]),))


def extract_answers(data: bytes) -> bytes:
    """The answers document from the signed revision of a report that passes verification."""
    result = verify_pdf(data)
    if result.answers is None or not result.valid:
        raise ExtractError("cannot extract the answers: {reason}", reason=result.reason)
    return result.answers


def trust_from(entries: Iterable[x509.Certificate | str]) -> TrustList:
    """Build a trust list from certificates and fingerprint strings (already normalised)."""
    items = list(entries)
    certs = tuple(e for e in items if isinstance(e, x509.Certificate))
    prints = {e for e in items if isinstance(e, str)} | {fingerprint(c) for c in certs}
    return TrustList(certs, frozenset(prints))
