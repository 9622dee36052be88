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
    p.add_argument("--force", action="store_true", help="replace REPORT.pdf if it exists")
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

    from aisafe_desktop.cli import commands_ca

    commands_ca.register_identity_actions(sub)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _passphrase_args(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the passphrase from the first line of FILE "
                        f"(else ${PASSPHRASE_ENV}, else a prompt)")  # fmt: skip


def existing_file(name: str, what: str) -> Path:
    """Fail before any passphrase prompt when an input file is missing."""
    path = Path(name)
    if not path.is_file():
        raise CliError("{what} {file} does not exist (or is not a file)", 2, what=what, file=name)
    return path


def refuse_overwrite(name: str, force: bool) -> Path:
    path = Path(name)
    if path.exists() and not force:
        raise CliError("{file} already exists; choose another name or add --force", 1, file=path)
    return path


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """The passphrase; `confirm` means a new one: asked twice, and at least
    MIN_PASSPHRASE_LENGTH characters (the GUI's minimum)."""
    from aisafe_desktop.services.identities import MIN_PASSPHRASE_LENGTH

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
    if confirm and len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise CliError("choose a passphrase of at least {count} characters; nothing was created",
                       2, count=MIN_PASSPHRASE_LENGTH)
    return passphrase


def _info_json(info: Any, path: Path | None = None) -> dict[str, Any]:
    data = {
        "signer": info.signer, "organisation": info.organisation, "country": info.country,
        "email": info.email, "issuer": info.issuer, "subject": info.subject,
        "serial": info.serial, "fingerprint": info.fingerprint,
        "fingerprint_sha256": info.fingerprint,
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
    print(f"Serial:       {info.serial}")
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

    path = existing_file(args.file, "the identity file")
    try:
        loaded = identities.open_identity(path, read_passphrase(args))
    except IdentityError as error:
        raise CliError.wrap(error, 1) from None
    if args.json:
        print_json(_info_json(loaded.info, Path(args.file)))
    else:
        _print_info(loaded.info)
    return 0


def identity_export_cert(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import identities

    path = existing_file(args.file, "the identity file")
    # the certificate file beside an identity (or CA) needs no passphrase
    needs_key = not identities.certificate_path_for(path).is_file()
    try:
        identities.export_certificate(path, Path(args.out),
                                      read_passphrase(args) if needs_key else None)
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
    identity_path = existing_file(args.identity, "the identity file")
    refuse_overwrite(args.out, args.force)
    try:
        identity = identities.open_identity(identity_path, read_passphrase(args))
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
          f"reference {result.reference}, signed by {result.fingerprint}")  # fmt: skip
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
    p.add_argument("--force", action="store_true", help="replace REPORT.pdf if it exists")
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

    identity_path = existing_file(args.identity, "the identity file")
    refuse_overwrite(args.out, args.force)
    try:
        identity = identities.open_identity(identity_path, read_passphrase(args))
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
