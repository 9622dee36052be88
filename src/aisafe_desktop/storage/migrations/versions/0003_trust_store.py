"""The trust store: trusted signer certificates and trusted issuing CAs (with their latest CRL).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_signers",
        sa.Column("fingerprint", sa.String(95), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.Text(), nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("fingerprint", name="pk_trusted_signers"),
    )
    op.create_table(
        "trusted_cas",
        sa.Column("fingerprint", sa.String(95), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("der", sa.LargeBinary(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_by", sa.Text(), nullable=False),
        sa.Column("added_at", sa.String(32), nullable=False),
        sa.Column("crl_der", sa.LargeBinary(), nullable=True),
        sa.Column("crl_issued_at", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("fingerprint", name="pk_trusted_cas"),
    )


def downgrade() -> None:
    op.drop_table("trusted_cas")
    op.drop_table("trusted_signers")
