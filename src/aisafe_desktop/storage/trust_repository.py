"""Repository functions of the trust store; each takes the caller's Session and never commits."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from aisafe_desktop.storage.models import TrustedCaRow, TrustedSignerRow


def list_signers(session: Session) -> Sequence[TrustedSignerRow]:
    return session.scalars(select(TrustedSignerRow).order_by(TrustedSignerRow.added_at)).all()


def list_cas(session: Session) -> Sequence[TrustedCaRow]:
    return session.scalars(select(TrustedCaRow).order_by(TrustedCaRow.added_at)).all()


def get_signer(session: Session, fingerprint: str) -> TrustedSignerRow | None:
    return session.get(TrustedSignerRow, fingerprint)


def get_ca(session: Session, fingerprint: str) -> TrustedCaRow | None:
    return session.get(TrustedCaRow, fingerprint)


def put(session: Session, row: TrustedSignerRow | TrustedCaRow) -> None:
    session.add(row)
    session.flush()


def delete(session: Session, row: TrustedSignerRow | TrustedCaRow) -> None:
    session.delete(row)
    session.flush()
