"""Alembic environment of the inbox database: run from code with a connection handed over."""

from __future__ import annotations

from alembic import context

from aisafe_desktop.storage.inbox_models import InboxBase

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable when someone runs the alembic CLI
    raise RuntimeError("run inbox migrations through aisafe_desktop.storage.inbox_db")

# Its own version table, so an inbox kept in the same PostgreSQL database as other tools (or in
# the workspace file, one day) never mixes its revisions with another chain's.
context.configure(connection=connection, target_metadata=InboxBase.metadata,
                  render_as_batch=connection.dialect.name == "sqlite",
                  version_table="inbox_alembic_version")
with context.begin_transaction():
    context.run_migrations()
