"""Initial schema: profile, AI systems, questionnaire copies, assessments, answers, history.

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STAMP = sa.String(32)  # UtcDateTime's storage: ISO 8601 text

# The history is append-only. UPDATE is always refused; DELETE only happens as part of removing
# the whole assessment for good (emptying the trash), never to rewrite what was answered.
HISTORY_TRIGGERS = (
    """CREATE TRIGGER answer_history_no_update BEFORE UPDATE ON answer_history
    BEGIN SELECT RAISE(ABORT, 'answer_history is append-only'); END""",
    """CREATE TRIGGER answer_history_no_delete BEFORE DELETE ON answer_history
    WHEN EXISTS (SELECT 1 FROM assessments WHERE assessments.id = OLD.assessment_id)
    BEGIN SELECT RAISE(ABORT, 'answer_history is append-only'); END""",
)


def upgrade() -> None:
    _profile_and_systems()
    _sources_and_assessments()
    _answers_and_history()
    for statement in HISTORY_TRIGGERS:
        op.execute(statement)


def _profile_and_systems() -> None:
    op.create_table(
        "organisation_profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("registration_number", sa.Text(), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("sector", sa.Text(), nullable=False),
        sa.Column("size", sa.Text(), nullable=False),
        sa.Column("contact_name", sa.Text(), nullable=False),
        sa.Column("contact_email", sa.Text(), nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisation_profile"),
    )
    op.create_table(
        "ai_systems",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=False),
        sa.Column("vendor", sa.Text(), nullable=False),
        sa.Column("status", sa.Text(), nullable=False),
        sa.Column("created_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_ai_systems"),
    )


def _sources_and_assessments() -> None:
    op.create_table(
        "questionnaire_sources",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("questionnaire_id", sa.Text(), nullable=False),
        sa.Column("version", sa.Text(), nullable=False),
        sa.Column("title_json", sa.Text(), nullable=False),
        sa.Column("bands_json", sa.Text(), nullable=False),
        sa.Column("source", sa.LargeBinary(), nullable=False),
        sa.Column("stored_at", STAMP, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_questionnaire_sources"),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("ai_system_id", sa.Integer(), nullable=True),
        sa.Column("questionnaire_id", sa.Text(), nullable=False),
        sa.Column("questionnaire_version", sa.Text(), nullable=False),
        sa.Column("questionnaire_sha256", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("applicable", sa.Integer(), nullable=False),
        sa.Column("band_id", sa.Text(), nullable=True),
        sa.Column("created_at", STAMP, nullable=False),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.Column("completed_at", STAMP, nullable=True),
        sa.Column("trashed_at", STAMP, nullable=True),
        sa.CheckConstraint("status IN ('draft', 'completed', 'exported')",
                           name="ck_assessments_status"),
        sa.ForeignKeyConstraint(["ai_system_id"], ["ai_systems.id"], ondelete="SET NULL",
                                name="fk_assessments_ai_system_id_ai_systems"),
        sa.ForeignKeyConstraint(["questionnaire_sha256"], ["questionnaire_sources.sha256"],
                                name="fk_assessments_questionnaire_sha256_questionnaire_sources"),
        sa.PrimaryKeyConstraint("id", name="pk_assessments"),
    )


def _answers_and_history() -> None:
    op.create_table(
        "answers",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Text(), nullable=False),
        sa.Column("value_json", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("updated_at", STAMP, nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name="fk_answers_assessment_id_assessments"),
        sa.PrimaryKeyConstraint("assessment_id", "question_id", name="pk_answers"),
    )
    op.create_table(
        "answer_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Text(), nullable=False),
        sa.Column("old_value_json", sa.Text(), nullable=True),
        sa.Column("new_value_json", sa.Text(), nullable=True),
        sa.Column("old_comment", sa.Text(), nullable=True),
        sa.Column("new_comment", sa.Text(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_at", STAMP, nullable=False),
        sa.Column("os_user", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["assessment_id"], ["assessments.id"], ondelete="CASCADE",
                                name="fk_answer_history_assessment_id_assessments"),
        sa.PrimaryKeyConstraint("id", name="pk_answer_history"),
    )
    op.create_index("ix_answer_history_assessment_id", "answer_history",
                    ["assessment_id", "question_id"])


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS answer_history_no_delete")
    op.execute("DROP TRIGGER IF EXISTS answer_history_no_update")
    op.drop_index("ix_answer_history_assessment_id", "answer_history")
    for table in ("answer_history", "answers", "assessments", "questionnaire_sources",
                  "ai_systems", "organisation_profile"):
        op.drop_table(table)
