"""Three verdicts, never two: the one place that decides what a received report is worth.

The CLI (`aisafe verify`, `aisafe extract`), the GUI's verify view and the agency inbox all call
this module. A file is
- TRUSTED (exit 0): intact, and its signer's certificate chains to something you trust;
- UNTRUSTED (exit 3): intact, but nothing you trust vouches for the signer. Never called valid:
  anyone can make a key with any name on it;
- INVALID (exit 1): changed, damaged, inconsistent, or signed with a certificate that is revoked,
  was not valid at the claimed signing time, or may not sign documents.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from aisafe_desktop.core.verdicts import Verdict

__all__ = ["RefusedReport", "Verdict", "Verification", "batch_exit_code", "combine", "decide",
           "extract_answers", "verify_files"]
from aisafe_desktop.reporting.errors import ExtractError
from aisafe_desktop.reporting.identity import IdentityInfo
from aisafe_desktop.reporting.trust_chain import TrustList, TrustProblem
from aisafe_desktop.reporting.verify_reasons import Finding
from aisafe_desktop.services import pdf_reports

EXIT_USAGE = 2


def batch_exit_code(verdicts: Iterable[Verdict]) -> int:
    """The worst verdict of a batch decides: INVALID (1) over UNTRUSTED (3) over TRUSTED (0)."""
    found = set(verdicts)
    for worst in (Verdict.INVALID, Verdict.UNTRUSTED):
        if worst in found:
            return worst.exit_code
    return Verdict.TRUSTED.exit_code


class RefusedReport(ExtractError):
    """`extract` refused a file because of its verdict (`verdict` says which)."""

    def __init__(self, template: str, verdict: Verdict, **params: object) -> None:
        super().__init__(template, **params)
        self.verdict = verdict


@dataclass(frozen=True)
class Verification:
    path: Path
    verdict: Verdict
    intact: bool
    intact_reason: str
    trusted: bool
    trust_reason: str
    report: pdf_reports.ReportVerification  # every check, the answers, stated and re-scored bands

    @property
    def signer(self) -> IdentityInfo | None:
        return self.report.signature.signer

    @property
    def subject(self) -> str:
        """The signer's certificate subject (RFC 4514), or "" when no signer could be read."""
        return self.signer.subject if self.signer else ""

    @property
    def fingerprint(self) -> str:
        return self.signer.fingerprint if self.signer else ""

    @property
    def claimed_signing_time(self) -> dt.datetime | None:
        """The signer's own clock: no timestamp authority is reachable offline."""
        return self.report.signature.signing_time

    @property
    def reason(self) -> str:
        return self.intact_reason if not self.intact else self.trust_reason

    @property
    def findings(self) -> tuple[Finding, ...]:
        """`reason`, check by check, as translatable findings: the failed checks of a changed
        or inconsistent file, else what was found about the signer's trust."""
        from aisafe_desktop.reporting.verify import CHECK_TRUST
        from aisafe_desktop.reporting.verify_reasons import Reason

        failed = tuple(Finding(c.name, c.reason, c.params) for c in self.report.all_checks
                       if c.passed is False and c.name != CHECK_TRUST and c.reason is not None)
        if failed or not self.intact:
            return failed
        outcome = self.report.signature.trust
        if outcome is None:
            return (Finding(CHECK_TRUST, Reason.SIGNER_UNREADABLE),)
        return (Finding(CHECK_TRUST, outcome.why, outcome.params),)

    @property
    def trust_problem(self) -> TrustProblem | None:
        """Why the signer is not trusted (a closed set the GUI words in the user's language)."""
        outcome = self.report.signature.trust
        return outcome.problem if outcome is not None else None

    @property
    def signer_certificate(self) -> bytes | None:
        """The signer's certificate (DER) as embedded in the file: what "trust this signer"
        stores, after the person compared its fingerprint with the signer."""
        return self.report.signature.signer_certificate


def decide(report: pdf_reports.ReportVerification) -> Verification:
    """The verdict of one verified report."""
    from aisafe_desktop.reporting.verify import CHECK_TRUST
    from aisafe_desktop.reporting.verify_reasons import Reason

    failed = [f"{c.name}: {c.detail}" for c in report.all_checks
              if c.passed is False and c.name != CHECK_TRUST]  # fmt: skip
    intact = report.signature.intact and not failed
    intact_reason = "; ".join(failed) if failed else (
        "signed, unchanged since signing, and the answers inside give the result it states")
    outcome = report.signature.trust
    if outcome is None:
        trusted, trust_reason, rejects = False, Reason.SIGNER_UNREADABLE.template, False
    else:
        trusted, trust_reason = outcome.trusted, outcome.reason
        rejects = outcome.problem is not None and outcome.problem.rejects
    verdict = (Verdict.INVALID if not intact or rejects
               else Verdict.TRUSTED if trusted else Verdict.UNTRUSTED)  # fmt: skip
    if rejects and intact:
        intact_reason = f"intact, but {trust_reason}"
    return Verification(report.path, verdict, intact, intact_reason, trusted, trust_reason, report)


def verify_files(
    paths: Sequence[Path], trust: TrustList, lookup: pdf_reports.Lookup
) -> list[Verification]:
    """Verify every file; each gets a verdict, whatever the others do (never an exception)."""
    return [_verify_one(path, trust, lookup) for path in paths]


def _verify_one(path: Path, trust: TrustList, lookup: pdf_reports.Lookup) -> Verification:
    from aisafe_desktop.reporting.verify import VerifyResult, failed
    from aisafe_desktop.reporting.verify_reasons import Reason

    try:
        return decide(pdf_reports.verify_reports([path], trust, lookup)[0])
    except Exception:  # a hostile file must cost its own verdict only, never the batch
        check = failed("readable", Reason.DAMAGED)
        return decide(pdf_reports.ReportVerification(path, VerifyResult(str(path), (check,))))


def combine(base: TrustList, extra: TrustList) -> TrustList:
    """The stored trust list plus what one run adds (`--trust`, `--crl`)."""
    return TrustList(
        base.certificates + extra.certificates, base.fingerprints | extra.fingerprints,
        base.crls + extra.crls,
    )  # fmt: skip


def extract_answers(
    path: Path, trust: TrustList, lookup: pdf_reports.Lookup, allow_untrusted: bool = False
) -> tuple[Verification, bytes]:
    """The answers document exactly as signed, from a file whose verdict allows it.

    TRUSTED files only; UNTRUSTED ones with `allow_untrusted`; INVALID ones never."""
    result = verify_files([path], trust, lookup)[0]
    answers = result.report.signature.answers
    if result.verdict is Verdict.INVALID or answers is None:
        raise RefusedReport("{file} is INVALID: {reason}", Verdict.INVALID, file=str(path),
                            reason=result.reason)  # fmt: skip
    if result.verdict is Verdict.UNTRUSTED and not allow_untrusted:
        raise RefusedReport(
            "{file} is UNTRUSTED: {reason}. Trust the signer first, or allow untrusted signers",
            Verdict.UNTRUSTED, file=str(path), reason=result.trust_reason,
        )  # fmt: skip
    return result, answers
