"""The workspace: the one open database of this process, and every use case the GUI and CLI call.

Opened once per process with `Workspace.open(paths)`, which runs the start-up sequence: take the
single-instance lock, check the file read-only, back it up before migrating, migrate, and take the
daily backup. Each use case is one unit of work in its own transaction; the methods are the
services' own functions (see `_Uses`), so a call goes straight to the code that does the work.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, Self, TypeVar, overload

from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model_cache import ModelCache
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services import action_plan as action_plans
from aisafe_desktop.services import (
    assessments,
    assessments_answers,
    assessments_io,
    backups,
    workspace_profile,
)
from aisafe_desktop.services import change_log as change_logs
from aisafe_desktop.services import upgrade as upgrades
from aisafe_desktop.services.assessments_store import Store
from aisafe_desktop.services.errors import StorageError
from aisafe_desktop.services.questionnaires import Catalogue
from aisafe_desktop.storage.disk_space import disk_full, is_disk_full
from aisafe_desktop.storage.engine import Database, database_errors
from aisafe_desktop.storage.lock import InstanceLock

if TYPE_CHECKING:  # the trust store imports `cryptography`: only when it is used
    from aisafe_desktop.reporting.trust_chain import TrustList
    from aisafe_desktop.services.receipts import StoredReceipt
    from aisafe_desktop.services.trust_store import TrustEntry


_Dependency = TypeVar("_Dependency")
_Params = ParamSpec("_Params")
_Result = TypeVar("_Result")


class _Uses(Generic[_Dependency, _Params, _Result]):
    """A service function `f(dependency, ...)` as a workspace method `ws.f(...)`: the workspace
    passes its own `dependency` (an attribute: `store`, `db` or `paths`). Type checkers see the
    function's own signature, minus that first parameter."""

    def __init__(self, attribute: str,
                 function: Callable[Concatenate[_Dependency, _Params], _Result]) -> None:
        self.attribute = attribute
        self.function = function
        self.__doc__ = function.__doc__

    @overload
    def __get__(self, workspace: None, owner: type[Workspace]) -> Self: ...
    @overload
    def __get__(self, workspace: Workspace, owner: type[Workspace]) -> Callable[_Params, _Result]: ...

    def __get__(self, workspace: Workspace | None,
                owner: type[Workspace]) -> Self | Callable[_Params, _Result]:
        if workspace is None:  # looked up on the class (help(), inspect)
            return self
        dependency: _Dependency = getattr(workspace, self.attribute)
        function = self.function

        def bound(*args: _Params.args, **kwargs: _Params.kwargs) -> _Result:
            return function(dependency, *args, **kwargs)

        bound.__name__ = bound.__qualname__ = function.__name__
        bound.__doc__ = function.__doc__
        return bound


class Workspace:
    def __init__(self, paths: AppPaths, lock: InstanceLock, db: Database,
                 catalogue: Catalogue | None = None) -> None:
        self.paths = paths
        self._lock = lock
        self._db = db
        self._catalogue = catalogue
        self._store = Store(db, lambda: self.catalogue,
                            ModelCache(paths.cache_dir / "questionnaires"))
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
            recovered = backups.recover_restore(paths)
            db = backups.prepare_database(paths)
        except database_errors(OSError) as error:
            lock.release()
            if is_disk_full(error, paths.data_dir, paths.database):
                raise disk_full(paths.data_dir, paths.database) from error
            raise StorageError("cannot open the database {database}: {reason}. It has not "
                               "been changed.", database=paths.database,
                               reason=error) from error
        except BaseException:
            lock.release()
            raise
        workspace = cls(paths, lock, db, catalogue)
        if recovered:
            workspace.startup_warnings.append(recovered)
        try:
            backups.daily_backup(paths)
        except (sqlite3.Error, OSError) as error:  # work can go on; the user is told
            reason: object = error
            if is_disk_full(error, paths.backups_dir, paths.database):  # in their language
                reason = disk_full(paths.backups_dir, paths.database)
            workspace.startup_warnings.append(Message(
                "today's automatic backup could not be made in {folder}: {reason}",
                folder=paths.backups_dir, reason=reason))
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

    @property
    def store(self) -> Store:
        """The database and parsed questionnaires every use case works on (one per workspace)."""
        return self._store

    @property
    def db(self) -> Database:
        return self._db

    def create_assessment(self, questionnaire_id: str, version: str | None = None,
                          title: str | None = None, ai_system_id: int | None = None,
                          language: str = "en") -> int:
        """A new assessment of an installed questionnaire (the newest version by default)."""
        entry = self.catalogue.find(questionnaire_id, version)
        return assessments.create_from_entry(self._store, entry, title=title,
                                             ai_system_id=ai_system_id, language=language)

    # Every other use case is the service function itself, offered as a method that passes the
    # store (or the database, or the paths) for the caller: one signature, no forwarding code.
    # Organisation profile and AI systems
    get_profile = _Uses("db", workspace_profile.get_profile)
    save_profile = _Uses("db", workspace_profile.save_profile)
    list_ai_systems = _Uses("db", workspace_profile.list_ai_systems)
    add_ai_system = _Uses("db", workspace_profile.add_ai_system)
    # Assessments
    list_assessments = _Uses("store", assessments.list_summaries)
    create_assessment_from = _Uses("store", assessments.create_from_entry)
    open_assessment = _Uses("store", assessments.open_state)
    rename = _Uses("store", assessments.rename)
    set_language = _Uses("store", assessments.set_language)
    duplicate = _Uses("store", assessments.duplicate)
    trash = _Uses("store", assessments.trash)
    restore = _Uses("store", assessments.restore)
    empty_trash = _Uses("store", assessments.empty_trash)
    record_export = _Uses("store", assessments.record_export)
    # Answers, results and history
    record_answer = _Uses("store", assessments_answers.record_answer)
    record_comment = _Uses("store", assessments_answers.record_comment)
    progress = _Uses("store", assessments_answers.progress)
    missing_required = _Uses("store", assessments_answers.missing_required)
    complete = _Uses("store", assessments_answers.complete)
    result = _Uses("store", assessments_answers.result)
    history = _Uses("store", assessments_answers.history)
    # The action plan: recommendations as checklist items (owner, due date)
    action_plan = _Uses("store", action_plans.action_plan)
    save_action_item = _Uses("store", action_plans.save_action_item)
    # The change log: created, answered, imported, upgraded, completed, exported
    change_log = _Uses("store", change_logs.change_log)
    # Answers documents and questionnaire upgrades
    export_answers = _Uses("store", assessments_io.export_document)
    import_answers = _Uses("store", assessments_io.import_document)
    available_upgrade = _Uses("store", upgrades.available_upgrade)
    # what `upgrade` would change, answer by answer; nothing is written
    preview_upgrade = _Uses("store", upgrades.preview_upgrade)
    upgrade = _Uses("store", upgrades.upgrade)
    # Backups
    backup_now = _Uses("paths", backups.backup_now)
    list_backups = _Uses("paths", backups.backups)
    # Replace the database with a backup (the workspace must not be open).
    restore_backup = staticmethod(backups.restore_backup)

    # Review receipts from an agency (services.receipts)
    def import_receipt(self, data: bytes, trust: TrustList | None = None) -> StoredReceipt:
        from aisafe_desktop.services.receipts import import_receipt

        return import_receipt(self.db, data, trust)

    def receipts(self, assessment_id: int) -> list[StoredReceipt]:
        from aisafe_desktop.services.receipts import receipts_of

        return receipts_of(self.db, assessment_id)

    # Trust store (services.trust_store)
    def trust_entries(self) -> list[TrustEntry]:
        from aisafe_desktop.services import trust_store

        return trust_store.list_entries(self.db)

    def trust_add(self, value: str, note: str = "") -> TrustEntry:
        """A certificate or CRL file, or a SHA-256 fingerprint."""
        from aisafe_desktop.services import trust_store

        return trust_store.add(self.db, value, note)

    def trust_certificate(self, certificate: Any, note: str = "") -> TrustEntry:
        from aisafe_desktop.services import trust_store

        return trust_store.add_certificate(self.db, certificate, note)

    def trust_remove(self, fingerprint: str) -> TrustEntry:
        from aisafe_desktop.services import trust_store

        return trust_store.remove(self.db, fingerprint)

    def trust_list(self) -> TrustList:
        from aisafe_desktop.services import trust_store

        return trust_store.trust_list(self.db)
