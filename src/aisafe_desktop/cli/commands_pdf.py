"""`aisafe identity`, `aisafe export`, `aisafe verify`, `aisafe extract`: signed PDF reports.

Passphrases come from --passphrase-file, $AISAFE_PASSPHRASE or a hidden prompt; they are never
printed, logged or stored.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any

from aisafe_desktop.cli.output import CliError, print_json
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.reporting.errors import IdentityError, ReportingError

PASSPHRASE_ENV = "AISAFE_PASSPHRASE"  # noqa: S105 - the variable name, not a secret


def register(subparsers: Any) -> None:
    _register_identity(subparsers)
    p = subparsers.add_parser(
        "export", help="export a signed PDF/A-3 report of an answers document",
        description="Score the answers, render the report, embed the answers document "
        "(answers.json), make the file PDF/A-3b and sign it. Exit 1 if the answers have problems.",
    )  # fmt: skip
    p.add_argument("questionnaire", metavar="QUESTIONNAIRE", help="an id, id@version, or a path")
    p.add_argument("--answers", required=True, metavar="FILE", help="answers document (JSON)")
    p.add_argument("--identity", required=True, metavar="FILE.p12", help="signing identity")
    p.add_argument("--out", required=True, metavar="REPORT.pdf", help="where to write the PDF")
    p.add_argument("--lang", metavar="CODE", help="report language (default: the document's)")
    p.add_argument(
        "--profile",
        metavar="FILE.json",
        help="organisation profile (JSON object: name, country, sector, ...)",
    )
    p.add_argument(
        "--allow-incomplete",
        action="store_true",
        help="export even if required questions are unanswered",
    )
    _passphrase_args(p)
    p.set_defaults(handler=export)

    p = subparsers.add_parser(
        "verify", help="verify signed PDF reports",
        description="Check each report: signature valid and covering the whole file, no later "
        "changes, answers.json taken from the signed revision, result re-scored and consistent. "
        "Exit 0 only if every file is valid; 1 otherwise.",
    )  # fmt: skip
    p.add_argument("reports", nargs="+", metavar="REPORT.pdf")
    p.add_argument(
        "--trust",
        action="append",
        default=[],
        metavar="CERT_OR_FINGERPRINT",
        help="a trusted signer: certificate file (PEM/DER) or SHA-256 fingerprint; "
        "repeatable. With --trust, an unlisted signer fails verification.",
    )
    p.add_argument(
        "--questionnaire",
        action="append",
        default=[],
        metavar="FILE.yaml",
        help="questionnaire file to re-score with when it is not installed",
    )
    p.add_argument("--json", action="store_true", help="print the verdicts as JSON")
    p.set_defaults(handler=verify)

    p = subparsers.add_parser(
        "extract", help="write the answers document embedded in a signed report",
        description="Write answers.json exactly as it was signed. The report must verify.",
    )  # fmt: skip
    p.add_argument("report", metavar="REPORT.pdf")
    p.add_argument("--out", required=True, metavar="answers.json")
    p.set_defaults(handler=extract)


def _register_identity(subparsers: Any) -> None:
    group = subparsers.add_parser("identity", help="create and inspect signing identities")
    sub = group.add_subparsers(dest="identity_command", metavar="ACTION")
    group.set_defaults(handler=lambda _args: _usage(group))

    p = sub.add_parser(
        "create",
        help="create an RSA-3072 key and self-signed certificate",
        description="Create a signing identity: a PKCS#12 file (AES-256, mode "
        "0600) and its certificate next to it (FILE.crt.pem) for the agency.",
    )
    p.add_argument("--name", required=True, help="the signer's full name")
    p.add_argument("--organisation", required=True)
    p.add_argument("--country", required=True, metavar="CC", help="two-letter code, e.g. MY")
    p.add_argument("--email", default="")
    p.add_argument(
        "--out",
        metavar="FILE.p12",
        help="where to save it (default: the identities folder of the data folder)",
    )
    _passphrase_args(p)
    p.set_defaults(handler=identity_create)

    p = sub.add_parser("show", help="show signer, validity and SHA-256 fingerprint")
    p.add_argument("file", metavar="FILE.p12")
    p.add_argument("--json", action="store_true")
    _passphrase_args(p)
    p.set_defaults(handler=identity_show)

    p = sub.add_parser("export-cert", help="write the certificate (PEM) to send to the agency")
    p.add_argument("file", metavar="FILE.p12")
    p.add_argument("--out", required=True, metavar="CERT.pem")
    _passphrase_args(p)
    p.set_defaults(handler=identity_export_cert)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from the first line of FILE "
                        f"(else ${PASSPHRASE_ENV}, else a prompt)")  # fmt: skip


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    if args.passphrase_file:
        try:
            text = Path(args.passphrase_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise CliError("cannot read the passphrase file {file}: {reason}", 2,
                           file=args.passphrase_file, reason=error) from None
        lines = text.splitlines()
        passphrase = lines[0] if lines else ""
    elif os.environ.get(PASSPHRASE_ENV):
        passphrase = os.environ[PASSPHRASE_ENV]
    elif sys.stdin.isatty():
        passphrase = getpass.getpass("Passphrase: ")
        if confirm and getpass.getpass("Repeat the passphrase: ") != passphrase:
            raise CliError("the two passphrases differ; nothing was created", 2)
    else:
        raise CliError("no passphrase: use --passphrase-file or set {variable}", 2,
                       variable=PASSPHRASE_ENV)
    if not passphrase:
        raise CliError("the passphrase is empty", 2)
    return passphrase


def _info_json(info: Any, path: Path | None = None) -> dict[str, Any]:
    data = {
        "signer": info.signer, "organisation": info.organisation, "country": info.country,
        "email": info.email, "issuer": info.issuer, "fingerprint_sha256": info.fingerprint,
        "key": info.key_type, "self_signed": info.self_signed,
        "not_before": info.not_before.isoformat(), "not_after": info.not_after.isoformat(),
        "keeps_pdfa": info.keeps_pdfa,
    }  # fmt: skip
    if path is not None:
        data["file"] = str(path)
    return data


def _print_info(info: Any) -> None:
    print(f"Signer:       {info.signer}")
    print(f"Organisation: {info.organisation} ({info.country})")
    if info.email:
        print(f"E-mail:       {info.email}")
    print(f"Key:          {info.key_type}{'' if info.keeps_pdfa else ' (reports lose PDF/A)'}")
    print(f"Issuer:       {'self-signed' if info.self_signed else info.issuer}")
    print(f"Valid:        {info.not_before:%Y-%m-%d} to {info.not_after:%Y-%m-%d}")
    print(f"SHA-256:      {info.fingerprint}")


def identity_create(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import identities

    passphrase = read_passphrase(args, confirm=True)
    try:
        stored = identities.create_identity(
            Path(args.out) if args.out else None, name=args.name,
            organisation=args.organisation, country=args.country, passphrase=passphrase,
            email=args.email, data_dir=AppPaths.resolve(args.data_dir).data_dir,
        )  # fmt: skip
    except IdentityError as error:
        raise CliError.wrap(error, 1) from None
    print(f"Created {stored.path} (certificate: {stored.certificate_path})")
    _print_info(stored.info)
    print("Register this SHA-256 fingerprint with the agency that receives your reports.")
    return 0


def identity_show(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import identities

    try:
        loaded = identities.open_identity(Path(args.file), read_passphrase(args))
    except IdentityError as error:
        raise CliError.wrap(error, 1) from None
    if args.json:
        print_json(_info_json(loaded.info, Path(args.file)))
    else:
        _print_info(loaded.info)
    return 0


def identity_export_cert(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import identities

    try:
        identities.export_certificate(Path(args.file), Path(args.out), read_passphrase(args))
    except IdentityError as error:
        raise CliError.wrap(error, 1) from None
    print(f"Wrote {args.out}")
    return 0


def _load_profile(path: str | None, document: Any) -> dict[str, Any] | None:
    if path is None:
        embedded = document.extra.get("organisation")
        return dict(embedded) if isinstance(embedded, dict) else None
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CliError("cannot read the profile {file}: {reason}", 2, file=path,
                       reason=error) from None
    if not isinstance(data, dict):
        raise CliError("{file}: the profile must be a JSON object such as {example}", 2,
                       file=path, example='{"name": …}')
    return data


def export(args: argparse.Namespace) -> int:
    from aisafe_desktop.cli.inputs import read_answers_document, resolve_questionnaire
    from aisafe_desktop.services import identities, pdf_reports

    entry = resolve_questionnaire(args.questionnaire, args.data_dir)
    ref = pdf_reports.QuestionnaireRef(entry.questionnaire, entry.sha256)
    document = read_answers_document(args.answers)
    profile = _load_profile(args.profile, document)
    try:
        identity = identities.open_identity(Path(args.identity), read_passphrase(args))
        result = pdf_reports.export_report(
            ref, document, identity, Path(args.out), language=args.lang, profile=profile,
            require_complete=not args.allow_incomplete,
        )  # fmt: skip
    except ReportingError as error:
        raise CliError.wrap(error, 1) from None
    for note in result.notes:
        print(f"aisafe: note: {note}", file=sys.stderr)
    kind = "PDF/A-3b" if result.pdfa else "not PDF/A"
    print(f"Wrote {result.path}: {result.pages} pages, band '{result.band}', {kind}, "
          f"signed by {result.fingerprint}")  # fmt: skip
    return 0


def _verification_json(item: Any) -> dict[str, Any]:
    signer = item.signature.signer
    return {
        "file": str(item.path),
        "valid": item.valid,
        "reason": item.reason,
        "signer": _info_json(signer) if signer else None,
        "signing_time": item.signature.signing_time.isoformat()
        if item.signature.signing_time else None,
        "questionnaire": {"id": item.document.questionnaire_id,
                          "version": item.document.questionnaire_version}
        if item.document else None,
        "stated_band": item.stated_band,
        "rescored_band": item.rescored_band,
        "checks": [{"name": c.name, "passed": c.passed, "detail": c.detail}
                   for c in item.all_checks],
    }  # fmt: skip


def _print_verification(item: Any) -> None:
    verdict = "VALID" if item.valid else "INVALID"
    print(f"{item.path}: {verdict}")
    signer = item.signature.signer
    if signer is not None:
        print(f"  signer: {signer.signer}, {signer.organisation} ({signer.country})")
        print(f"  fingerprint: {signer.fingerprint}")
    if item.signature.signing_time is not None:
        print(f"  signed: {item.signature.signing_time:%Y-%m-%d %H:%M:%S %Z}")
    if item.rescored_band is not None:
        print(f"  band: {item.stated_band} (re-scored: {item.rescored_band})")
    marks = {True: "ok", False: "FAIL", None: "--"}
    for check in item.all_checks:
        print(f"  [{marks[check.passed]}] {check.name}: {check.detail}")


def verify(args: argparse.Namespace) -> int:
    from aisafe_desktop.core.loader import load_file
    from aisafe_desktop.services import pdf_reports
    from aisafe_desktop.services.questionnaires import Catalogue

    try:
        trust = pdf_reports.load_trust(args.trust)
    except IdentityError as error:
        raise CliError.wrap(error, 2) from None
    extra = []
    for name in args.questionnaire:
        loaded = load_file(name)
        if not loaded.ok or loaded.questionnaire is None:
            raise CliError("{name} is not a valid questionnaire (run aisafe validate {name})", 2,
                           name=name)
        extra.append(pdf_reports.QuestionnaireRef(loaded.questionnaire, loaded.sha256))
    lookup = pdf_reports.catalogue_lookup(Catalogue(AppPaths.resolve(args.data_dir)), extra)
    results = pdf_reports.verify_reports([Path(r) for r in args.reports], trust, lookup)
    if args.json:
        print_json([_verification_json(r) for r in results])
    else:
        for item in results:
            _print_verification(item)
    return 0 if all(r.valid for r in results) else 1


def extract(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import pdf_reports

    try:
        data = pdf_reports.extract_answers(Path(args.report))
        pdf_reports.write_atomically(Path(args.out), data)
    except ReportingError as error:
        raise CliError("{file}: {reason}", 1, file=args.report, reason=error) from None
    print(f"Wrote {args.out} ({len(data):,} bytes, as signed)")
    return 0


def add_export_pdf_parser(assessment_actions: Any) -> None:
    """`aisafe assessment export-pdf ID …`, registered under the `assessment` command group."""
    p = assessment_actions.add_parser(
        "export-pdf", help="export a stored assessment as a signed PDF report",
        description="Render a stored assessment as a PDF/A-3b report with its answers attached, "
        "sign it with your identity, and record the export with the assessment.")
    p.add_argument("id", type=int, metavar="ID", help="assessment number ('aisafe assessments')")
    p.add_argument("--identity", required=True, metavar="FILE.p12", help="signing identity")
    p.add_argument("--out", required=True, metavar="REPORT.pdf")
    p.add_argument("--lang", metavar="CODE", help="report language (default: the assessment's)")
    p.add_argument("--allow-incomplete", action="store_true",
                   help="export even if required questions are unanswered (marked as such)")
    _passphrase_args(p)
    p.set_defaults(handler=export_stored)


def export_stored(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import identities
    from aisafe_desktop.services.assessment_reports import export_stored_assessment
    from aisafe_desktop.services.errors import StorageError, WorkspaceError
    from aisafe_desktop.services.workspace import Workspace

    try:
        identity = identities.open_identity(Path(args.identity), read_passphrase(args))
        with Workspace.open(AppPaths.resolve(args.data_dir)) as ws:
            result = export_stored_assessment(ws, args.id, identity, Path(args.out),
                                              language=args.lang,
                                              require_complete=not args.allow_incomplete)
    except (ReportingError, StorageError, WorkspaceError) as error:
        raise CliError.wrap(error, 1) from None
    except OSError as error:
        raise CliError("{file}: {reason}", 1, file=error.filename or args.out,
                       reason=error.strerror or error) from None
    for note in result.notes:
        print(f"aisafe: note: {note}", file=sys.stderr)
    print(f"Wrote {result.path}: {result.pages} pages, band '{result.band}', signed by "
          f"{result.fingerprint}")
    return 0
