"""Inbox: submissions, their original files and the append-only review history.

Revision ID: i001
Revises:
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i001"
down_revision = None
branch_labels = None
depends_on = None

STAMP = sa.String(32)  # UtcDateTime's storage: ISO 8601 text, on both dialects

# The review history is append-only on both dialects: an officer's decision is never rewritten.
# Deleting a whole submission (CASCADE) is the one way its events go.
SQLITE_TRIGGERS = (
    """CREATE TRIGGER submission_events_no_update BEFORE UPDATE ON submission_events
    BEGIN SELECT RAISE(ABORT, 'submission_events is append-only'); END""",
    """CREATE TRIGGER submission_events_no_delete BEFORE DELETE ON submission_events
    WHEN EXISTS (SELECT 1 FROM submissions WHERE submissions.id = OLD.submission_id)
    BEGIN SELECT RAISE(ABORT, 'submission_events is append-only'); END""",
)
POSTGRESQL_TRIGGERS = (
    """CREATE FUNCTION submission_events_append_only() RETURNS trigger AS $$
    BEGIN
      IF TG_OP = 'DELETE' AND NOT EXISTS
         (SELECT 1 FROM submissions WHERE submissions.id = OLD.submission_id) THEN
        RETURN OLD;
      END IF;
      RAISE EXCEPTION 'submission_events is append-only';
    END $$ LANGUAGE plpgsql""",
    """CREATE TRIGGER submission_events_append_only BEFORE UPDATE OR DELETE ON submission_events
    FOR EACH ROW EXECUTE FUNCTION submission_events_append_only()""",
)


def upgrade() -> None:
    _submissions()
    op.create_table(
        "submission_files",
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["submission_id"], ["submissions.id"], ondelete="CASCADE",
                                name="fk_submission_files_submission_id_submissions"),
        sa.PrimaryKeyConstraint("submission_id", name="pk_submission_files"),
    )
    op.create_table(
        "submission_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("at", STAMP, nullable=False),
        sa.Column("actor", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("old_status", sa.String(16), nullable=True),
        sa.Column("new_status", sa.String(16), nullable=True),
        sa.Column("question_id", sa.Text(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.CheckConstraint("kind IN ('received', 'status', 'comment')",
                           name="ck_submission_events_kind"),
        sa.ForeignKeyConstraint(["submission_id"], ["submissions.id"], ondelete="CASCADE",
                                name="fk_submission_events_submission_id_submissions"),
        sa.PrimaryKeyConstraint("id", name="pk_submission_events"),
    )
    op.create_index("ix_submission_events_submission", "submission_events",
                    ["submission_id", "id"])
    dialect = op.get_bind().dialect.name
    for statement in {"sqlite": SQLITE_TRIGGERS, "postgresql": POSTGRESQL_TRIGGERS}.get(dialect, ()):
        op.execute(statement)


def _submissions() -> None:
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("received_at", STAMP, nullable=False),
        sa.Column("received_by", sa.Text(), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("intact", sa.Boolean(), nullable=False),
        sa.Column("signer", sa.Text(), nullable=False),
        sa.Column("signer_fingerprint", sa.String(64), nullable=False),
        sa.Column("organisation", sa.Text(), nullable=False),
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("sector", sa.Text(), nullable=False),
        sa.Column("ai_system", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("questionnaire_id", sa.Text(), nullable=False),
        sa.Column("questionnaire_version", sa.Text(), nullable=False),
        sa.Column("questionnaire_sha256", sa.String(64), nullable=False),
        sa.Column("band", sa.Text(), nullable=False),
        sa.Column("band_title", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("red_flags", sa.Text(), nullable=False),
        sa.Column("recommendations", sa.Text(), nullable=False),
        sa.Column("reference", sa.Text(), nullable=False),
        sa.Column("claimed_signing_time", STAMP, nullable=True),
        sa.Column("answers_json", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reviewer", sa.Text(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("previous_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("verdict IN ('trusted', 'untrusted', 'invalid')",
                           name="ck_submissions_verdict"),
        sa.CheckConstraint("status IN ('new', 'under-review', 'accepted', 'returned')",
                           name="ck_submissions_status"),
        sa.ForeignKeyConstraint(["previous_id"], ["submissions.id"], ondelete="SET NULL",
                                name="fk_submissions_previous_id_submissions"),
        sa.PrimaryKeyConstraint("id", name="pk_submissions"),
        sa.UniqueConstraint("sha256", name="uq_submissions_sha256"),
    )
    for name, columns in (("received", ["received_at"]), ("verdict", ["verdict"]),
                          ("status", ["status"]), ("band", ["band"]), ("country", ["country"]),
                          ("sector", ["sector"]), ("questionnaire", ["questionnaire_id"]),
                          ("lineage", ["organisation", "ai_system", "questionnaire_id"])):
        op.create_index(f"ix_submissions_{name}", "submissions", columns)


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS submission_events_append_only ON submission_events")
        op.execute("DROP FUNCTION IF EXISTS submission_events_append_only()")
    else:
        op.execute("DROP TRIGGER IF EXISTS submission_events_no_delete")
        op.execute("DROP TRIGGER IF EXISTS submission_events_no_update")
    for table in ("submission_events", "submission_files", "submissions"):
        op.drop_table(table)
