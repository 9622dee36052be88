"""`aisafe ca create|issue|revoke|crl` (agency side) and `aisafe identity request|install-cert`
(business side): an offline agency certificate authority.

The CA's ledger of issued serials and revocations lives beside the CA file
(`AGENCY.ca-ledger.json`); back both up together.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from aisafe_desktop.cli.commands_pdf import _passphrase_args, existing_file, read_passphrase
from aisafe_desktop.cli.output import CliError
from aisafe_desktop.core.errors import AisafeError


def register(subparsers: Any) -> None:
    group = subparsers.add_parser("ca", help="an offline agency certificate authority")
    sub = group.add_subparsers(dest="ca_command", metavar="ACTION")
    group.set_defaults(handler=lambda _args: _usage(group))

    p = sub.add_parser(
        "create", help="create an agency root key and certificate (encrypted PKCS#12)",
        description="Create AGENCY.p12 (RSA-3072, mode 0600), its certificate AGENCY.crt.pem to "
        "give to every verifier ('aisafe trust add AGENCY.crt.pem') and its ledger "
        "AGENCY.ca-ledger.json of issued and revoked certificates.",
    )  # fmt: skip
    p.add_argument("--name", required=True, help="the CA's name, e.g. 'Agency AI Registry CA'")
    p.add_argument("--organisation", required=True)
    p.add_argument("--country", required=True, metavar="CC", help="two-letter code, e.g. MY")
    p.add_argument("--out", required=True, metavar="AGENCY.p12")
    _passphrase_args(p)
    p.set_defaults(handler=ca_create)

    p = sub.add_parser("issue", help="issue a signing certificate for a request (CSR)")
    p.add_argument("csr", metavar="ME.csr")
    p.add_argument("--ca", required=True, metavar="AGENCY.p12")
    p.add_argument("--out", required=True, metavar="ME.crt",
                   help="the certificate followed by the CA certificate (PEM)")
    p.add_argument("--days", type=int, default=None, metavar="N",
                   help="validity in days (default 730)")
    _passphrase_args(p)
    p.set_defaults(handler=ca_issue)

    p = sub.add_parser("revoke", help="revoke a certificate this CA issued (then run 'ca crl')")
    p.add_argument("serial", metavar="SERIAL", help="hexadecimal, as 'identity show' prints it")
    p.add_argument("--ca", required=True, metavar="AGENCY.p12")
    _passphrase_args(p)
    p.set_defaults(handler=ca_revoke)

    p = sub.add_parser("crl", help="write the CA's certificate revocation list")
    p.add_argument("--ca", required=True, metavar="AGENCY.p12")
    p.add_argument("--out", required=True, metavar="AGENCY.crl")
    _passphrase_args(p)
    p.set_defaults(handler=ca_crl)


def register_identity_actions(sub: Any) -> None:
    """`identity request` and `identity install-cert`, added to the `identity` group."""
    p = sub.add_parser("request", help="write a certificate request (PKCS#10) for an identity")
    p.add_argument("file", metavar="ME.p12")
    p.add_argument("--out", required=True, metavar="ME.csr")
    _passphrase_args(p)
    p.set_defaults(handler=identity_request)

    p = sub.add_parser("install-cert",
                       help="put the certificate the agency issued into the identity file")
    p.add_argument("file", metavar="ME.p12")
    p.add_argument("certificate", metavar="ME.crt")
    _passphrase_args(p)
    p.set_defaults(handler=identity_install_cert)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def ca_create(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import certificate_authority as ca

    if Path(args.out).exists():
        raise CliError("{file} already exists; a CA file is never overwritten", 1, file=args.out)
    passphrase = read_passphrase(args, confirm=True)
    try:
        stored = ca.create_ca(Path(args.out), name=args.name, organisation=args.organisation,
                              country=args.country, passphrase=passphrase)  # fmt: skip
    except AisafeError as error:
        raise CliError.wrap(error, 1) from None
    print(f"Created the CA {stored.path} (certificate: {stored.certificate_path})")
    print(f"  SHA-256: {stored.info.fingerprint}")
    print("Give the certificate to every verifier: 'aisafe trust add "
          f"{stored.certificate_path}', and compare this fingerprint with them.")
    return 0


def ca_issue(args: argparse.Namespace) -> int:
    from aisafe_desktop.reporting.agency_ca import DEFAULT_ISSUE_DAYS
    from aisafe_desktop.services import certificate_authority as ca

    csr = existing_file(args.csr, "the request")
    ca_file = existing_file(args.ca, "the CA file")
    try:
        issued = ca.issue(csr, ca_file, read_passphrase(args), Path(args.out),
                          args.days if args.days is not None else DEFAULT_ISSUE_DAYS)
    except AisafeError as error:
        raise CliError.wrap(error, 1) from None
    info = issued.info
    print(f"Issued {issued.path} to {info.subject}")
    print(f"  serial: {info.serial}")
    print(f"  valid: {info.not_before:%Y-%m-%d} to {info.not_after:%Y-%m-%d}")
    print(f"  SHA-256: {info.fingerprint}")
    return 0


def ca_revoke(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import certificate_authority as ca

    ca_file = existing_file(args.ca, "the CA file")
    try:
        entry = ca.revoke(ca_file, read_passphrase(args), args.serial)
    except AisafeError as error:
        raise CliError.wrap(error, 1) from None
    print(f"Revoked {entry.serial} ({entry.subject}) at {entry.revoked_at}")
    print("Publish it: 'aisafe ca crl --ca ... --out AGENCY.crl', and give the CRL to verifiers.")
    return 0


def ca_crl(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import certificate_authority as ca

    ca_file = existing_file(args.ca, "the CA file")
    try:
        out, count = ca.write_crl(ca_file, read_passphrase(args), Path(args.out))
    except AisafeError as error:
        raise CliError.wrap(error, 1) from None
    print(f"Wrote {out}: {count} revoked certificate(s)")
    return 0


def identity_request(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import certificate_authority as ca
    from aisafe_desktop.services import identities

    path = existing_file(args.file, "the identity file")
    try:
        identity = identities.open_identity(path, read_passphrase(args))
        out = ca.request(identity, Path(args.out))
    except AisafeError as error:
        raise CliError.wrap(error, 1) from None
    print(f"Wrote the certificate request {out} for {identity.info.subject}")
    print("Send it to the agency; install the certificate it returns with "
          f"'aisafe identity install-cert {path} ME.crt'.")
    return 0


def identity_install_cert(args: argparse.Namespace) -> int:
    from aisafe_desktop.services import certificate_authority as ca

    path = existing_file(args.file, "the identity file")
    certificate = existing_file(args.certificate, "the certificate file")
    try:
        info = ca.install_certificate(path, certificate, read_passphrase(args))
    except AisafeError as error:
        raise CliError.wrap(error, 1) from None
    print(f"Installed the certificate issued by {info.issuer} into {path}")
    print(f"  serial: {info.serial}")
    print(f"  SHA-256: {info.fingerprint}")
    return 0
