"""`aisafe trust add|list|remove`: the trusted list in the workspace database."""

from __future__ import annotations

import argparse
from typing import Any

from aisafe_desktop.cli.output import CliError, print_json
from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.core.paths import AppPaths


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("trust", help="the signers and agency CAs you trust")
    sub = group.add_subparsers(dest="trust_command", metavar="ACTION")
    group.set_defaults(handler=lambda _args: _usage(group))

    p = sub.add_parser(
        "add", help="trust a signer or CA certificate, a fingerprint, or store a CA's CRL",
        description="CERT.pem: a signer's certificate, or an agency CA certificate (trusting "
        "every certificate it issues). FINGERPRINT: a signer's SHA-256 fingerprint, compared "
        "with the signer by phone. A CRL file is kept with the trusted CA that signed it.",
    )  # fmt: skip
    p.add_argument("entry", metavar="CERT.pem|FINGERPRINT|CRL")
    p.add_argument("--note", default="", metavar="TEXT", help="why you trust it (who, how checked)")
    p.set_defaults(handler=trust_add)

    p = sub.add_parser("list", help="list trusted signers and CAs")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=trust_list)

    p = sub.add_parser("remove", help="stop trusting a signer or CA")
    p.add_argument("fingerprint", metavar="FINGERPRINT")
    p.set_defaults(handler=trust_remove)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def _entry_json(entry: Any) -> dict[str, Any]:
    return {"kind": entry.kind.value, "fingerprint": entry.fingerprint, "subject": entry.subject,
            "note": entry.note, "added_by": entry.added_by,
            "added_at": entry.added_at.isoformat(), "has_certificate": entry.has_certificate,
            "crl_issued_at": entry.crl_issued_at.isoformat() if entry.crl_issued_at else None}  # fmt: skip


def _with_store(args: argparse.Namespace, action: Any) -> Any:
    from aisafe_desktop.services.workspace import Workspace

    try:
        with Workspace.open(AppPaths.resolve(args.data_dir)) as ws:
            return action(ws)
    except AisafeError as error:
        raise CliError.wrap(error, 1) from None


def trust_add(args: argparse.Namespace) -> int:
    entry = _with_store(args, lambda ws: ws.trust_add(args.entry, args.note))
    kind = "CA (every certificate it issues)" if entry.kind.value == "ca" else "signer"
    print(f"Trusted {kind}: {entry.subject or '(fingerprint only)'}")
    print(f"  SHA-256: {entry.fingerprint}")
    if entry.crl_issued_at:
        print(f"  CRL of {entry.crl_issued_at:%Y-%m-%d %H:%M} UTC stored with this CA")
    return 0


def trust_list(args: argparse.Namespace) -> int:
    entries = _with_store(args, lambda ws: ws.trust_entries())
    if args.json:
        print_json([_entry_json(e) for e in entries])
        return 0
    if not entries:
        print("Your trusted list is empty: every signed report verifies as UNTRUSTED at best.")
    for e in entries:
        print(f"{e.kind.value:6}  {e.fingerprint}")
        print(f"        {e.subject or '(fingerprint only)'}")
        print(f"        added {e.added_at:%Y-%m-%d %H:%M} UTC by {e.added_by}"
              + (f"; note: {e.note}" if e.note else "")
              + (f"; CRL of {e.crl_issued_at:%Y-%m-%d}" if e.crl_issued_at else ""))  # fmt: skip
    return 0


def trust_remove(args: argparse.Namespace) -> int:
    entry = _with_store(args, lambda ws: ws.trust_remove(args.fingerprint))
    print(f"No longer trusted: {entry.subject or entry.fingerprint}")
    return 0
