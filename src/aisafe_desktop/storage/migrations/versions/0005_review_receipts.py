"""Review receipts: the signed answers of an agency about an exported report.

Revision ID: 0005
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"
branch_labels = None
depends_on = None

STAMP = sa.String(32)  # UtcDateTime's storage: ISO 8601 text


def upgrade() -> None:
    op.create_table(
        "review_receipts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("report_sha256", sa.String(64), nullable=False),
        sa.Column("report_reference", sa.Text(), nullable=False),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("decided_at", STAMP, nullable=False),
        sa.Column("due_date", sa.String(10), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("agency", sa.Text(), nullable=False),
        sa.Column("signer", sa.Text(), nullable=False),
        sa.Column("signer_fingerprint", sa.String(64), nullable=False),
        sa.Column("trusted", sa.Boolean(), nullable=False),
        sa.Column("comments", sa.Text(), nullable=False),
        sa.Column("received_at", STAMP, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name="fk_review_receipts_assessment_id_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_review_receipts"),
        sa.UniqueConstraint("sha256", name="uq_review_receipts_sha256"),
    )
    op.create_index("ix_review_receipts_assessment_id", "review_receipts", ["assessment_id"])


def downgrade() -> None:
    op.drop_index("ix_review_receipts_assessment_id", "review_receipts")
    op.drop_table("review_receipts")
