"""Alembic, run from code: the migration scripts ship inside the package (storage/migrations).

No alembic.ini is needed at run time; the script location is this package's folder, so the same
code works from a source checkout, a wheel and a PyInstaller bundle (which must ship the folder).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported with Alembic, only when a migration runs
    from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> object:
    from alembic.config import Config  # imported lazily: only start-up and tests need Alembic

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions() -> list[str]:
    """Every revision this version of the app knows, oldest first.

    Read from the file names (NNNN_name.py, revision "NNNN", a straight line of revisions) rather
    than through Alembic, whose import costs a quarter of a second at every start; a test checks
    that this list equals Alembic's own view of the scripts.
    """
    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return [name[:4] for name in names]


def alembic_revisions() -> list[str]:
    """The revisions as Alembic sees them, oldest first (for the consistency test)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())  # type: ignore[arg-type]
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    return known_revisions()[-1]


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply the migrations up to `target` in one transaction (SQLite has transactional DDL)."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), target)  # type: ignore[arg-type]
