"""Who exported a report: the name of the identity that signed it, for the change log's "By"
column and the signed answers document's change log (exports recorded no one).

Exports recorded before this revision keep an empty name: the identity of a fingerprint may be
gone from this computer, and a migration does not open identity files.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("exports") as batch:
        batch.add_column(sa.Column("signed_by", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("exports") as batch:
        batch.drop_column("signed_by")
