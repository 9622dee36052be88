"""The assessment events the change log could not show: every completion (the assessment row keeps
only the latest) and every upgrade (one that changed no answer left no trace). Append-only, like
the answer history.

Data migration: the latest completion of each assessment (its `completed_at`), and each upgrade
that changed answers (their history entries "upgrade to <version>"). Earlier completions and
upgrades that changed no answer were never stored and cannot be recovered.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

STAMP = sa.String(32)  # UtcDateTime's storage: ISO 8601 text

EVENT_TRIGGERS = (
    """CREATE TRIGGER assessment_events_no_update BEFORE UPDATE ON assessment_events
    BEGIN SELECT RAISE(ABORT, 'assessment_events is append-only'); END""",
    """CREATE TRIGGER assessment_events_no_delete BEFORE DELETE ON assessment_events
    WHEN EXISTS (SELECT 1 FROM assessments WHERE assessments.id = OLD.assessment_id)
    BEGIN SELECT RAISE(ABORT, 'assessment_events is append-only'); END""",
)


def upgrade() -> None:
    op.create_table(
        "assessment_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("occurred_at", STAMP, nullable=False),
        sa.Column("os_user", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name="fk_assessment_events_assessment_id_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_assessment_events"),
    )
    op.create_index("ix_assessment_events_assessment_id", "assessment_events", ["assessment_id"])
    op.execute(  # history reasons "upgrade to <version>": 11 characters, then the version
        "INSERT INTO assessment_events (assessment_id, kind, detail, occurred_at, os_user) "
        "SELECT assessment_id, 'upgraded', substr(reason, 12), MIN(changed_at), MIN(os_user) "
        "FROM answer_history WHERE substr(reason, 1, 11) = 'upgrade to ' "
        "GROUP BY assessment_id, reason ORDER BY MIN(id)")
    op.execute(
        "INSERT INTO assessment_events (assessment_id, kind, detail, occurred_at, os_user) "
        "SELECT id, 'completed', '', completed_at, '' FROM assessments "
        "WHERE completed_at IS NOT NULL ORDER BY id")
    for statement in EVENT_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS assessment_events_no_delete")
    op.execute("DROP TRIGGER IF EXISTS assessment_events_no_update")
    op.drop_index("ix_assessment_events_assessment_id", "assessment_events")
    op.drop_table("assessment_events")
