"""The workspace: the one open database of this process, and every use case the GUI and CLI call.

Opened once per process with `Workspace.open(paths)`, which runs the start-up sequence: take the
single-instance lock, check the file read-only, back it up before migrating, migrate, and take the
daily backup. Each method is one unit of work in its own transaction.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlalchemy.exc import SQLAlchemyError

from aisafe_desktop.core.answers import AnswersDocument
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.core.scoring import ScoreResult
from aisafe_desktop.services import assessments, assessments_answers, assessments_io, backups
from aisafe_desktop.services import upgrade as upgrades
from aisafe_desktop.services.assessments_store import Store
from aisafe_desktop.services.dto import (
    AiSystemInfo,
    AssessmentState,
    AssessmentSummary,
    HistoryEntry,
    OrganisationProfile,
    UpgradeReport,
)
from aisafe_desktop.services.errors import StorageError
from aisafe_desktop.services.questionnaires import Catalogue, CatalogueEntry
from aisafe_desktop.services.workspace_profile import (
    add_ai_system,
    get_profile,
    list_ai_systems,
    save_profile,
)
from aisafe_desktop.storage.engine import Database

if TYPE_CHECKING:
    from aisafe_desktop.reporting.verify import TrustList
    from aisafe_desktop.services.receipts import StoredReceipt
from aisafe_desktop.storage.lock import InstanceLock


class Workspace:
    def __init__(self, paths: AppPaths, lock: InstanceLock, db: Database,
                 catalogue: Catalogue | None = None) -> None:
        self.paths = paths
        self._lock = lock
        self._db = db
        self._catalogue = catalogue
        self._store = Store(db, lambda: self.catalogue)
        # Problems at start-up that did not stop the workspace from opening (show them once).
        self.startup_warnings: list[Message] = []

    @classmethod
    def open(cls, paths: AppPaths, catalogue: Catalogue | None = None) -> Workspace:
        """Raises DatabaseLocked, DatabaseCorrupt, DatabaseTooNew or StorageError."""
        try:
            paths.ensure()
        except OSError as error:
            raise StorageError("cannot create the data folder {folder}: {reason}",
                               folder=paths.data_dir, reason=error.strerror or error) from None
        lock = InstanceLock(paths.data_dir)
        lock.acquire()
        try:
            db = backups.prepare_database(paths)
        except (sqlite3.Error, SQLAlchemyError, OSError) as error:
            lock.release()
            raise StorageError("cannot open the database {database}: {reason}. It has not "
                               "been changed.", database=paths.database,
                               reason=error) from error
        except BaseException:
            lock.release()
            raise
        workspace = cls(paths, lock, db, catalogue)
        try:
            backups.daily_backup(paths)
        except (sqlite3.Error, OSError) as error:  # work can go on; the user is told
            workspace.startup_warnings.append(Message(
                "today's automatic backup could not be made in {folder}: {reason}",
                folder=paths.backups_dir, reason=error))
        return workspace

    def close(self) -> None:
        self._db.dispose()
        self._lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()

    @property
    def catalogue(self) -> Catalogue:
        """The installed questionnaires, read on first use."""
        if self._catalogue is None:
            self._catalogue = Catalogue(self.paths)
        return self._catalogue

    def reload_catalogue(self) -> Catalogue:
        self._catalogue = None
        return self.catalogue

    # Review receipts from an agency
    def import_receipt(self, data: bytes, trust: TrustList | None = None) -> StoredReceipt:
        from aisafe_desktop.services.receipts import import_receipt

        return import_receipt(self._db, data, trust)

    def receipts(self, assessment_id: int) -> list[StoredReceipt]:
        from aisafe_desktop.services.receipts import receipts_of

        return receipts_of(self._db, assessment_id)

    # Organisation profile and AI systems
    def get_profile(self) -> OrganisationProfile | None:
        return get_profile(self._db)

    def save_profile(self, profile: OrganisationProfile) -> None:
        save_profile(self._db, profile)

    def list_ai_systems(self) -> list[AiSystemInfo]:
        return list_ai_systems(self._db)

    def add_ai_system(self, name: str, purpose: str = "", vendor: str = "",
                      status: str = "in use") -> AiSystemInfo:
        return add_ai_system(self._db, name, purpose, vendor, status)

    # Assessments
    def list_assessments(self, include_trashed: bool = False) -> list[AssessmentSummary]:
        return assessments.list_summaries(self._store, include_trashed)

    def create_assessment(self, questionnaire_id: str, version: str | None = None,
                          title: str | None = None, ai_system_id: int | None = None,
                          language: str = "en") -> int:
        entry = self.catalogue.find(questionnaire_id, version)
        return self.create_assessment_from(entry, title=title, ai_system_id=ai_system_id,
                                           language=language)

    def create_assessment_from(self, entry: CatalogueEntry, *, title: str | None = None,
                               ai_system_id: int | None = None, language: str = "en") -> int:
        return assessments.create_from_entry(self._store, entry, title=title,
                                             ai_system_id=ai_system_id, language=language)

    def open_assessment(self, assessment_id: int) -> AssessmentState:
        return assessments.open_state(self._store, assessment_id)

    def record_answer(self, assessment_id: int, question_id: str, value: Any,
                      comment: str | None = None) -> dt.datetime:
        return assessments_answers.record_answer(self._store, assessment_id, question_id, value,
                                                 comment)

    def record_comment(self, assessment_id: int, question_id: str,
                       comment: str | None) -> dt.datetime:
        return assessments_answers.record_comment(self._store, assessment_id, question_id, comment)

    def progress(self, assessment_id: int) -> tuple[int, int]:
        return assessments_answers.progress(self._store, assessment_id)

    def missing_required(self, assessment_id: int) -> list[str]:
        return assessments_answers.missing_required(self._store, assessment_id)

    def complete(self, assessment_id: int) -> ScoreResult:
        return assessments_answers.complete(self._store, assessment_id)

    def result(self, assessment_id: int) -> ScoreResult:
        return assessments_answers.result(self._store, assessment_id)

    def rename(self, assessment_id: int, title: str) -> None:
        assessments.rename(self._store, assessment_id, title)

    def set_language(self, assessment_id: int, language: str) -> None:
        assessments.set_language(self._store, assessment_id, language)

    def duplicate(self, assessment_id: int, title: str | None = None) -> int:
        return assessments.duplicate(self._store, assessment_id, title)

    def trash(self, assessment_id: int) -> None:
        assessments.trash(self._store, assessment_id)

    def restore(self, assessment_id: int) -> None:
        assessments.restore(self._store, assessment_id)

    def empty_trash(self) -> int:
        return assessments.empty_trash(self._store)

    def history(self, assessment_id: int, question_id: str | None = None) -> list[HistoryEntry]:
        return assessments_answers.history(self._store, assessment_id, question_id)

    def export_answers(self, assessment_id: int) -> AnswersDocument:
        return assessments_io.export_document(self._store, assessment_id)

    def import_answers(self, document: AnswersDocument, *, title: str | None = None) -> int:
        return assessments_io.import_document(self._store, document, title=title)

    def available_upgrade(self, assessment_id: int) -> CatalogueEntry | None:
        return upgrades.available_upgrade(self._store, assessment_id)

    def upgrade(self, assessment_id: int, entry: CatalogueEntry) -> UpgradeReport:
        return upgrades.upgrade(self._store, assessment_id, entry)

    def record_export(self, assessment_id: int, file: Path | str, sha256: str,
                      fingerprint: str | None) -> None:
        assessments.record_export(self._store, assessment_id, file, sha256, fingerprint)

    # Backups
    def backup_now(self) -> Path:
        return backups.backup_now(self.paths)

    def list_backups(self) -> list[Path]:
        return backups.backups(self.paths)

    @staticmethod
    def restore_backup(paths: AppPaths, backup: Path) -> Path | None:
        """Replace the database with a backup (the workspace must not be open)."""
        return backups.restore_backup(paths, backup)
