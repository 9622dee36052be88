"""Record exported reports (file, SHA-256 of the PDF, signer fingerprint, time).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("signer_fingerprint", sa.Text(), nullable=True),
        sa.Column("exported_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name="fk_exports_assessment_id_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_exports"),
    )
    op.create_index("ix_exports_assessment_id", "exports", ["assessment_id"])


def downgrade() -> None:
    op.drop_index("ix_exports_assessment_id", "exports")
    op.drop_table("exports")
