"""Verify a signed report with a strict policy, and take the answers out of the signed revision.

Policy: exactly one signature (our field), cryptographically intact and valid, covering the entire
file, with no later revision at all. pyHanko alone would accept some later updates (metadata-only
changes count as harmless), and poppler's pdfsig calls a file with a replaced attachment "valid";
we accept neither. Any exception while reading a hostile file is a failed check, never a crash.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from cryptography import x509

from aisafe_desktop.reporting import pdf_limits, trust_chain
from aisafe_desktop.reporting.errors import ExtractError
from aisafe_desktop.reporting.identity import IdentityInfo, describe
from aisafe_desktop.reporting.pdfa import ATTACHMENT_NAME
from aisafe_desktop.reporting.signing import FIELD_NAME
from aisafe_desktop.reporting.trust_chain import TrustList, TrustOutcome, trust_from
from aisafe_desktop.reporting.verify_reasons import LaterChange, Reason

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader

__all__ = ["Check", "TrustList", "TrustOutcome", "VerifyResult", "trust_from", "verify_pdf"]


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
    # a failed check says why as a translatable template + parameters (see verify_reasons)
    reason: Reason | None = None
    params: Mapping[str, Any] = field(default_factory=dict)


def failed(name: str, reason: Reason, **params: Any) -> Check:
    """A failed check whose detail is the plain English sentence of `reason`."""
    return Check(name, False, reason.render(params), reason, params)


def passed(name: str, reason: Reason, **params: Any) -> Check:
    """A passed check whose detail is the English text of `reason` (the GUI translates it)."""
    return Check(name, True, reason.render(params), reason, params)


@dataclass(frozen=True)
class VerifyResult:
    source: str
    checks: tuple[Check, ...]
    signer: IdentityInfo | None = None
    signing_time: dt.datetime | None = None
    answers: bytes | None = field(default=None, repr=False)
    trust: TrustOutcome | None = None  # None: the file did not get as far as the signer
    signer_certificate: bytes | None = field(default=None, repr=False)  # DER, to trust it

    @property
    def intact(self) -> bool:
        """Every check apart from the signer's trust passed (services.verification decides)."""
        return self.answers is not None and all(
            c.passed is not False for c in self.checks if c.name != CHECK_TRUST
        )

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


def _to_crypto(asn1_cert: object) -> x509.Certificate:
    return x509.load_der_x509_certificate(asn1_cert.dump())  # type: ignore[attr-defined]


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
        # parse every field (a changed tag raises); the certificates are checked by pyHanko.
        # A structural parse, not `.native`: converting to Python values re-encodes (~10 ms).
        signed_data["digest_algorithms"]._parse_children(recurse=True)
        signed_data["signer_infos"]._parse_children(recurse=True)
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


# What a later revision changed, by pyHanko's modification level, in the agency's words
_LATER_CHANGES = {
    "LTA_UPDATES": LaterChange.DOCUMENT_INFO,
    "FORM_FILLING": LaterChange.FORM_FIELDS,
    "ANNOTATIONS": LaterChange.ANNOTATIONS,
    "OTHER": LaterChange.CONTENT,
}


def _integrity_checks(status: object, contents: bytes, gap_ok: bool) -> list[Check]:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    intact = bool(getattr(status, "intact", False) and getattr(status, "valid", False))
    intact = intact and gap_ok and container_is_clean(contents)
    coverage = getattr(status, "coverage", None)
    level = getattr(status, "modification_level", None)
    checks = [
        passed(CHECK_INTACT, Reason.INTACT_OK)
        if intact
        else failed(CHECK_INTACT, Reason.CHANGED_AFTER_SIGNING),
        passed(CHECK_COVERAGE, Reason.COVERAGE_OK)
        if coverage == SignatureCoverageLevel.ENTIRE_FILE
        else failed(CHECK_COVERAGE, Reason.NOT_WHOLE_FILE),
    ]
    if level == ModificationLevel.NONE:
        checks.append(passed(CHECK_UNCHANGED, Reason.NOTHING_ADDED_OK))
    else:
        what = _LATER_CHANGES.get(str(getattr(level, "name", "")), _LATER_CHANGES["OTHER"])
        checks.append(failed(CHECK_UNCHANGED, Reason.ADDED_AFTER_SIGNING, what=what))
    return checks


def _enum_name(value: object) -> str:
    return str(getattr(value, "name", value)).lower().replace("_", " ")


def _answers_check(data: bytes, reader: PdfFileReader, sig: object,
                   attachment: str = ATTACHMENT_NAME) -> tuple[Check, bytes | None]:
    """answers.json (or `attachment`) from the signed revision (the same reader when nothing
    follows it)."""
    try:
        byte_range = [int(x) for x in sig.sig_object["/ByteRange"]]  # type: ignore[attr-defined]
        revision = signed_revision(data, byte_range)
        source = reader if len(revision) == len(data) else pdf_limits.open_reader(revision)
        answers = pdf_limits.read_answers(source, attachment)
    except pdf_limits.PdfLimitError as error:
        return failed(CHECK_ANSWERS, error.reason, **error.params), None
    except Exception:  # a malformed byte range or signature dictionary
        return failed(CHECK_ANSWERS, Reason.ANSWERS_DAMAGED), None
    return passed(CHECK_ANSWERS, Reason.ANSWERS_READ_OK, attachment=attachment), answers


def _signature_check(names: list[str]) -> Check:
    if names == [FIELD_NAME]:
        return passed(CHECK_SIGNATURE, Reason.ONE_SIGNATURE_OK)
    if not names:
        return failed(CHECK_SIGNATURE, Reason.NOT_SIGNED)
    return failed(CHECK_SIGNATURE, Reason.WRONG_SIGNATURES, count=len(names))


def _verify(data: bytes, trust: TrustList, source: str, attachment: str = ATTACHMENT_NAME,
            opened: list[PdfFileReader] | None = None) -> VerifyResult:

    try:
        reader = pdf_limits.open_reader(data)
        pdf_limits.check_structure(reader)
        signatures = list(reader.embedded_signatures)
        if opened is not None:
            opened.append(reader)
    except pdf_limits.PdfLimitError as error:
        return VerifyResult(source, (failed(CHECK_READABLE, error.reason, **error.params),))
    checks = [passed(CHECK_READABLE, Reason.READ_OK)]
    signature_check = _signature_check([s.field_name for s in signatures])
    checks.append(signature_check)
    if not signature_check.passed:
        return VerifyResult(source, tuple(checks))
    sig = signatures[0]
    status = trust_chain.validate_signature(sig, trust)  # the signer's trust: trust_chain.py
    signer = describe(_to_crypto(status.signing_cert))
    contents = bytes(sig.sig_object["/Contents"])
    byte_range = [int(x) for x in sig.sig_object["/ByteRange"]]
    gap_ok = gap_is_canonical(data, byte_range, contents)
    checks.extend(_integrity_checks(status, contents, gap_ok))
    answers_check, answers = _answers_check(data, reader, sig, attachment)
    checks.append(answers_check)
    outcome = trust_chain.assess(sig, status, signer, trust)
    # an empty trust list checks nothing here (None); services.verification still says UNTRUSTED
    checks.append(Check(CHECK_TRUST, outcome.trusted if trust else None, outcome.reason,
                        outcome.why, outcome.params))
    claimed = getattr(status, "signer_reported_dt", None)
    return VerifyResult(source, tuple(checks), signer, claimed, answers, outcome,
                        status.signing_cert.dump())


def verify_pdf(data: bytes, trust: TrustList | None = None, source: str = "the PDF",
               attachment: str = ATTACHMENT_NAME,
               opened: list[PdfFileReader] | None = None) -> VerifyResult:
    """Verify signed report bytes; never raises for bad input, the result says what failed.
    `attachment`: the embedded file the signature must cover (a review receipt carries
    receipt.json instead of answers.json). `opened`, if given, receives the reader that read
    `data` (its structure checked and its objects cached), for a caller that reads the pages
    next (services.page_claims); the result itself never holds it."""
    _quiet_loggers()
    try:
        return _verify(data, trust or TrustList(), source, attachment, opened)
    except RecursionError:
        check = failed(CHECK_READABLE, Reason.TOO_DEEP, limit=pdf_limits.MAX_DEPTH)
        return VerifyResult(source, (check,))
    except Exception:  # hostile or damaged files may break any parser step
        return VerifyResult(source, (failed(CHECK_READABLE, Reason.DAMAGED),))


def extract_answers(data: bytes) -> bytes:
    """The answers document from the signed revision of an intact report (whoever signed it:
    the signer's trust is decided by services.verification)."""
    result = verify_pdf(data)
    if result.answers is None or not result.intact:
        raise ExtractError("cannot extract the answers: {reason}", reason=result.reason)
    return result.answers
