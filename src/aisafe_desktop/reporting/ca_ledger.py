"""The agency CA's ledger: every certificate it issued and every revocation, beside the CA file.

`AGENCY.p12` keeps its ledger in `AGENCY.ca-ledger.json` (JSON, mode 0600, replaced atomically).
It travels with the CA file (back them up together) and holds nothing secret: a CRL can only be
made with the CA's key, so editing the ledger cannot un-revoke a certificate in a published CRL.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from aisafe_desktop.core import files
from aisafe_desktop.reporting.errors import CertificateAuthorityError

FORMAT = "aisafe-ca-ledger/1"
SUFFIX = ".ca-ledger.json"
MAX_LEDGER_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class IssuedEntry:
    serial: str  # upper-case hex
    subject: str
    fingerprint: str
    issued_at: str  # ISO 8601 UTC
    not_after: str
    revoked_at: str | None = None


@dataclass(frozen=True)
class Ledger:
    ca_fingerprint: str
    next_crl_number: int = 1
    issued: tuple[IssuedEntry, ...] = field(default_factory=tuple)

    def find(self, serial: int) -> IssuedEntry | None:
        return next((e for e in self.issued if int(e.serial, 16) == serial), None)

    def revoked(self) -> list[tuple[int, dt.datetime]]:
        return [(int(e.serial, 16), dt.datetime.fromisoformat(e.revoked_at))
                for e in self.issued if e.revoked_at]  # fmt: skip

    def with_issued(self, entry: IssuedEntry) -> Ledger:
        return replace(self, issued=(*self.issued, entry))

    def with_revoked(self, serial: int, when: dt.datetime) -> Ledger:
        stamp = when.astimezone(dt.UTC).isoformat()
        return replace(self, issued=tuple(
            replace(e, revoked_at=stamp) if int(e.serial, 16) == serial else e
            for e in self.issued))  # fmt: skip


def ledger_path(ca_file: Path) -> Path:
    return ca_file.with_name(ca_file.stem + SUFFIX)


def _parse(data: Any, path: Path) -> Ledger:
    try:
        if data.get("format") != FORMAT:
            raise ValueError("unknown format")
        issued = tuple(
            IssuedEntry(str(e["serial"]), str(e["subject"]), str(e["fingerprint"]),
                        str(e["issued_at"]), str(e["not_after"]),
                        None if e.get("revoked_at") is None else str(e["revoked_at"]))
            for e in data["issued"]
        )  # fmt: skip
        for entry in issued:
            int(entry.serial, 16)
            if entry.revoked_at:
                dt.datetime.fromisoformat(entry.revoked_at)
        return Ledger(str(data["ca_fingerprint"]), int(data["next_crl_number"]), issued)
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        raise CertificateAuthorityError(
            "the CA ledger {path} is damaged ({detail}); restore it from your backup",
            path=str(path), detail=str(error)[:200],
        ) from error  # fmt: skip


def read_ledger(ca_file: Path, ca_fingerprint: str) -> Ledger:
    """The CA's ledger; a CA without one yet starts an empty ledger."""
    path = ledger_path(ca_file)
    if not path.exists():
        return Ledger(ca_fingerprint)
    try:
        if path.stat().st_size > MAX_LEDGER_BYTES:
            raise CertificateAuthorityError("the CA ledger {path} is too large", path=str(path))
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CertificateAuthorityError(
            "cannot read the CA ledger {path}: {detail}", path=str(path), detail=str(error)[:200]
        ) from error
    ledger = _parse(data, path)
    if ledger.ca_fingerprint != ca_fingerprint:
        raise CertificateAuthorityError(
            "the ledger {path} belongs to another CA ({other})", path=str(path),
            other=ledger.ca_fingerprint[:23])  # fmt: skip
    return ledger


def write_ledger(ca_file: Path, ledger: Ledger) -> Path:
    """Replace the ledger atomically (a crash leaves the old one), readable by the owner only."""
    path = ledger_path(ca_file)
    data = {"format": FORMAT, **asdict(ledger), "issued": [asdict(e) for e in ledger.issued]}
    text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    try:  # 0600, like every mkstemp file; nothing is left behind when it fails
        files.write_atomically(path, text.encode("utf-8"), sync=True)
    except OSError as error:
        raise CertificateAuthorityError(
            "cannot write the CA ledger {path}: {detail}", path=str(path),
            detail=error.strerror or str(error),
        ) from error  # fmt: skip
    return path
