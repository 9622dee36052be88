"""Alembic environment: always run from code with a connection handed over in the config."""

from __future__ import annotations

from alembic import context

from aisafe_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reachable when someone runs the alembic CLI
    raise RuntimeError("run migrations through aisafe_desktop.storage.migrate, not the alembic CLI")

# Batch mode: SQLite cannot ALTER most things, so Alembic rebuilds the table instead.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
