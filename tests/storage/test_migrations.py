"""Alembic migrations: the oldest revision upgrades to a schema identical to the models, an old
database is backed up before it is migrated, and its data survive."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
from aisafe_desktop.storage import migrate
from aisafe_desktop.storage.backup_store import BackupKind, list_backups
from aisafe_desktop.storage.engine import Database
from aisafe_desktop.storage.models import Base
from aisafe_desktop.storage.sqlite_files import check_file, stored_revision, table_names


def test_file_names_list_the_same_revisions_as_alembic() -> None:
    assert migrate.known_revisions() == migrate.alembic_revisions()
    assert len(migrate.known_revisions()) >= 2


def test_first_revision_upgraded_to_head_matches_the_models(tmp_path: Path) -> None:
    db = Database(tmp_path / "db.sqlite3")
    first = migrate.known_revisions()[0]
    migrate.upgrade(db.engine, first)
    assert stored_revision(db.path) == first
    assert "exports" not in table_names(db.path)  # the later revision really adds something
    migrate.upgrade(db.engine)
    assert stored_revision(db.path) == migrate.head_revision()
    with db.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    db.dispose()
    assert diff == []


def test_an_old_database_is_backed_up_then_upgraded_with_its_data(paths: AppPaths) -> None:
    db = Database(paths.database)
    migrate.upgrade(db.engine, "0001")
    with sqlite3.connect(paths.database) as connection:
        connection.execute("INSERT INTO ai_systems (name, purpose, vendor, status, created_at) "
                           "VALUES ('Chatbot', '', '', 'in use', '2026-01-01T00:00:00+00:00')")
    db.dispose()
    with Workspace.open(paths) as workspace:
        assert [s.name for s in workspace.list_ai_systems()] == ["Chatbot"]
    assert stored_revision(paths.database) == migrate.head_revision()
    before = list_backups(paths.backups_dir, BackupKind.BEFORE_MIGRATION)
    assert len(before) == 1
    assert stored_revision(before[0]) == "0001" and check_file(before[0]) is None


def test_a_current_database_is_not_migrated_or_backed_up_again(paths: AppPaths) -> None:
    Workspace.open(paths).close()
    Workspace.open(paths).close()
    assert list_backups(paths.backups_dir, BackupKind.BEFORE_MIGRATION) == []
