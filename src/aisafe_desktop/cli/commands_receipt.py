"""`aisafe receipt import|list`: the agency's signed review receipts, on the business's side."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aisafe_desktop.cli.output import CliError, print_json
from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.core.paths import AppPaths


def register(subparsers: Any) -> None:
    group = subparsers.add_parser(
        "receipt", help="import an agency's signed review receipt, list receipts",
        description="A review receipt is the agency's signed answer about a report you sent: "
        "the decision, a due date and comments on your answers.")
    sub = group.add_subparsers(dest="receipt_command", metavar="ACTION", required=True)
    p = sub.add_parser("import", help="verify a receipt and keep it with its assessment")
    p.add_argument("file", metavar="RECEIPT.pdf")
    p.add_argument("--trust", action="append", default=[], metavar="CERT|FINGERPRINT",
                   help="trust this agency certificate or fingerprint for this run")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=import_receipt)
    p = sub.add_parser("list", help="the receipts about one assessment")
    p.add_argument("id", type=int, metavar="ASSESSMENT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_receipts)


def _workspace(args: argparse.Namespace) -> Any:
    from aisafe_desktop.services.workspace import Workspace

    try:
        return Workspace.open(AppPaths.resolve(args.data_dir))
    except AisafeError as error:
        raise CliError.wrap(error) from error


def import_receipt(args: argparse.Namespace) -> int:
    from aisafe_desktop.services.pdf_reports import load_trust

    path = Path(args.file)
    try:
        data = path.read_bytes()
        trust = load_trust(args.trust)
    except OSError as error:
        raise CliError("cannot read {file}: {reason}", 2, file=str(path),
                       reason=error.strerror or str(error)) from error
    except AisafeError as error:
        raise CliError.wrap(error, 2) from error
    from aisafe_desktop.services.verification import combine

    with _workspace(args) as workspace:
        try:
            # your trusted list (an agency's CA or certificate added with `trust add`) + --trust
            stored = workspace.import_receipt(data, combine(workspace.trust_list(), trust))
        except AisafeError as error:
            raise CliError.wrap(error) from error
    if args.json:
        print_json(stored.to_json())
        return 0
    content = stored.content
    trusted = "trusted" if stored.trusted else "NOT in your trusted list"
    print(f"{'already imported: ' if stored.duplicate else ''}receipt for assessment "
          f"{stored.assessment_id}: {content.decision}"
          + (f", resubmit by {content.due_date}" if content.due_date else "")
          + f" — from {content.agency or stored.signer} ({trusted}, {stored.signer_fingerprint})")
    for question, texts in stored.comments_by_question().items():
        for text in texts:
            print(f"  [{question or 'whole report'}] {text}")
    return 0


def list_receipts(args: argparse.Namespace) -> int:
    with _workspace(args) as workspace:
        receipts = workspace.receipts(args.id)
    if args.json:
        print_json([r.to_json() for r in receipts])
        return 0
    for stored in receipts:
        print(f"{stored.content.decided_at:%Y-%m-%d}  {stored.content.decision:<12} "
              f"{stored.content.agency}  ({len(stored.content.comments)} comments)")
    if not receipts:
        print("no receipts for this assessment")
    return 0
