"""Inbox: each submission's reason also as findings (reason templates with their parameters, as
JSON), so that the inbox shows why a file was judged in the officer's language.

Revision ID: i002
Revises: i001
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "i002"
down_revision = "i001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # a plain ADD COLUMN on both dialects: SQLite must not rebuild `submissions`, which the
    # files and the append-only history refer to
    op.add_column("submissions",
                  sa.Column("reason_json", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    op.drop_column("submissions", "reason_json")
