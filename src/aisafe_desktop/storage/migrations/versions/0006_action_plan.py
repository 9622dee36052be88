"""The action plan: each recommendation of an assessment as a checklist item with an owner and a
due date.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

STAMP = sa.String(32)  # UtcDateTime's storage: ISO 8601 text


def upgrade() -> None:
    op.create_table(
        "action_items",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("recommendation_id", sa.Text(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("owner", sa.Text(), nullable=False),
        sa.Column("due_date", sa.String(10), nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name="fk_action_items_assessment_id_assessments"),
        sa.PrimaryKeyConstraint("assessment_id", "recommendation_id", name="pk_action_items"),
    )


def downgrade() -> None:
    op.drop_table("action_items")
