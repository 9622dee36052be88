"""`aisafe verify` and `aisafe extract`: three verdicts, never two.

Exit codes (scripts at agencies depend on them; see docs/verifying.md): 0 TRUSTED, 3 UNTRUSTED
(intact, signer not trusted), 1 INVALID, 2 usage errors. A batch exits with its worst verdict
and always reports every file; `--json` always prints a list with one object per file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aisafe_desktop.cli.commands_pdf import refuse_overwrite
from aisafe_desktop.cli.output import CliError, print_json
from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.core.paths import AppPaths

MAX_CRL_BYTES = 16 * 1024 * 1024


def _trust_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--trust", action="append", default=[], metavar="CERT|FINGERPRINT",
        help="also trust this certificate file (PEM/DER) or SHA-256 fingerprint for this run; "
        "repeatable. Your trusted list ('aisafe trust list') is always used.",
    )  # fmt: skip
    p.add_argument("--crl", action="append", default=[], metavar="FILE",
                   help="a certificate revocation list to check against; repeatable")
    p.add_argument("--questionnaire", action="append", default=[], metavar="FILE.yaml",
                   help="questionnaire file to re-score with when it is not installed")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "verify", help="verify signed PDF reports: TRUSTED, UNTRUSTED or INVALID",
        description="Check each report: signature intact and covering the whole file, no later "
        "changes, answers taken from the signed revision and re-scored, and the signer's "
        "certificate checked against your trusted list. Exit 0: every file TRUSTED; 3: some "
        "file intact but its signer UNTRUSTED; 1: some file INVALID; 2: usage error.",
    )  # fmt: skip
    p.add_argument("reports", nargs="+", metavar="REPORT.pdf")
    _trust_args(p)
    p.add_argument("--json", action="store_true", help="print the verdicts as JSON")
    p.set_defaults(handler=verify)

    p = subparsers.add_parser(
        "extract", help="write the answers document embedded in a signed report",
        description="Write answers.json exactly as it was signed. Only TRUSTED reports, unless "
        "--allow-untrusted; never INVALID ones. Exit codes as for verify.",
    )  # fmt: skip
    p.add_argument("report", metavar="REPORT.pdf")
    p.add_argument("--out", required=True, metavar="answers.json")
    p.add_argument("--force", action="store_true", help="replace answers.json if it exists")
    p.add_argument("--allow-untrusted", action="store_true",
                   help="also extract from an intact report whose signer you do not trust")
    _trust_args(p)
    p.set_defaults(handler=extract)


def _read_crl(name: str) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    from aisafe_desktop.reporting.agency_ca import load_crl

    try:
        with Path(name).open("rb") as handle:
            data = handle.read(MAX_CRL_BYTES + 1)
    except OSError as error:
        raise CliError("cannot read the CRL {file}: {reason}", 2, file=name,
                       reason=error.strerror or str(error)) from None
    if len(data) > MAX_CRL_BYTES:
        raise CliError("{file} is too large to be a CRL", 2, file=name)
    try:
        return load_crl(data, name).public_bytes(Encoding.DER)
    except AisafeError as error:
        raise CliError.wrap(error, 2) from None


def _setup(args: argparse.Namespace) -> tuple[Any, Any]:
    """The trust list for this run (store + --trust + --crl) and the questionnaire lookup."""
    from aisafe_desktop.core.loader import load_file
    from aisafe_desktop.reporting.trust_chain import TrustList
    from aisafe_desktop.services import pdf_reports, trust_store, verification
    from aisafe_desktop.services.questionnaires import Catalogue

    paths = AppPaths.resolve(args.data_dir)
    try:
        once = pdf_reports.load_trust(args.trust)
        stored = trust_store.read_trust_list(paths)
    except AisafeError as error:
        raise CliError.wrap(error, 2) from None
    crls = tuple(_read_crl(name) for name in args.crl)
    trust = verification.combine(stored, verification.combine(once, TrustList(crls=crls)))
    extra = []
    for name in args.questionnaire:
        loaded = load_file(name)
        if not loaded.ok or loaded.questionnaire is None:
            raise CliError("{name} is not a valid questionnaire (run aisafe validate {name})", 2,
                           name=name)
        extra.append(pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256))
    return trust, pdf_reports.catalogue_lookup(Catalogue(paths), extra)


def _signer_json(info: Any) -> dict[str, Any] | None:
    if info is None:
        return None
    return {"name": info.signer, "organisation": info.organisation, "country": info.country,
            "email": info.email, "subject": info.subject, "serial": info.serial,
            "fingerprint": info.fingerprint, "issuer": info.issuer,
            "self_signed": info.self_signed, "not_before": info.not_before.isoformat(),
            "not_after": info.not_after.isoformat()}  # fmt: skip


def verification_json(item: Any) -> dict[str, Any]:
    report = item.report
    when = item.claimed_signing_time
    return {
        "file": str(item.path), "verdict": item.verdict.word, "exit_code": item.verdict.exit_code,
        "intact": item.intact, "intact_reason": item.intact_reason,
        "trusted": item.trusted, "trust_reason": item.trust_reason, "reason": item.reason,
        "subject": item.subject, "fingerprint": item.fingerprint,
        "signer": _signer_json(item.signer),
        "claimed_signing_time": when.isoformat() if when else None,
        "questionnaire": {"id": report.document.questionnaire_id,
                          "version": report.document.questionnaire_version}
        if report.document else None,
        "stated_band": report.stated_band, "rescored_band": report.rescored_band,
        "incomplete": report.incomplete,
        "checks": [{"name": c.name, "passed": c.passed, "detail": c.detail,
                    "reason": c.reason.name if c.reason else None}
                   for c in report.all_checks],
    }  # fmt: skip


def print_verification(item: Any) -> None:
    print(f"{item.path}: {item.verdict.word}")
    signer = item.signer
    if signer is not None:
        print(f"  signer: {signer.signer}, {signer.organisation} ({signer.country})")
        print(f"  subject: {signer.subject}")
        print(f"  fingerprint (SHA-256): {signer.fingerprint}")
    if item.claimed_signing_time is not None:
        print(f"  claimed signing time: {item.claimed_signing_time:%Y-%m-%d %H:%M:%S %Z} "
              "(the signer's own clock; not proven by a timestamp authority)")  # fmt: skip
    print(f"  intact: {'yes' if item.intact else 'no'} - {item.intact_reason}")
    print(f"  trusted: {'yes' if item.trusted else 'no'} - {item.trust_reason}")
    if item.report.rescored_band is not None:
        print(f"  band: {item.report.stated_band} (re-scored: {item.report.rescored_band})")
    if item.report.incomplete:
        print("  INCOMPLETE: the report is marked incomplete; required questions are unanswered")
    marks = {True: "ok", False: "FAIL", None: "--"}
    for check in item.report.all_checks:
        print(f"  [{marks[check.passed]}] {check.name}: {check.detail}")


def verify(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import verification

    trust, lookup = _setup(args)
    results = verification.verify_files([Path(r) for r in args.reports], trust, lookup)
    if args.json:
        print_json([verification_json(r) for r in results])
    else:
        for item in results:
            print_verification(item)
    return verification.batch_exit_code(r.verdict for r in results)


def extract(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import pdf_reports, verification

    out = refuse_overwrite(args.out, args.force)
    trust, lookup = _setup(args)
    try:
        result, data = verification.extract_answers(Path(args.report), trust, lookup,
                                                    allow_untrusted=args.allow_untrusted)
        pdf_reports.write_atomically(out, data)
    except verification.RefusedReport as error:
        if error.verdict is verification.Verdict.UNTRUSTED:
            raise CliError("{reason} (--allow-untrusted)", error.verdict.exit_code,
                           reason=error) from None
        raise CliError.wrap(error, error.verdict.exit_code) from None
    except AisafeError as error:
        raise CliError.wrap(error, 1) from None
    print(f"Wrote {out} ({len(data):,} bytes, as signed; report {result.verdict.word})")
    return 0
