"""What every assessment service needs: the database, parsed questionnaire copies, the OS user."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import sqlite3
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from aisafe_desktop.core.answers import is_answered
from aisafe_desktop.core.applicability import Applicability
from aisafe_desktop.core.condition_graph import ConditionGraph
from aisafe_desktop.core.display import one_line as one_line  # re-exported for the services
from aisafe_desktop.core.display import plain_value
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import Question, Questionnaire, Text
from aisafe_desktop.core.model_cache import ModelCache
from aisafe_desktop.core.translations import TranslatedValues
from aisafe_desktop.services.errors import AssessmentInTrash, AssessmentNotFound, StorageError
from aisafe_desktop.services.questionnaires import Catalogue, CatalogueEntry
from aisafe_desktop.storage import sql
from aisafe_desktop.storage.engine import Database
from aisafe_desktop.storage.timestamps import utc_now

if TYPE_CHECKING:  # the ORM is loaded by the use cases that need it, not at start-up
    from sqlalchemy.orm import Session

    from aisafe_desktop.storage.models import AssessmentRow


def os_user() -> str:
    """The OS account name for the history; getuser() fails without a login name (some services)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unknown"


BAD_TEXT = Message("the text contains characters that are not valid text (unpaired UTF-16 "
                   "surrogates)")


def storable(value: Any) -> bool:
    """False if a text in `value` cannot be written as UTF-8 (lone surrogates, e.g. from a JSON
    "\\ud800" escape or an undecodable command-line byte)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, list | tuple):
        return all(storable(item) for item in value)
    if isinstance(value, dict):
        return all(storable(k) and storable(v) for k, v in value.items())
    return True


def dump_value(value: Any) -> str | None:
    """An answer as stored: JSON, its texts without control characters (core.display)."""
    return None if value is None else json.dumps(plain_value(value), ensure_ascii=False,
                                                 sort_keys=True)


def load_value(raw: str | None) -> Any:
    return None if raw is None else json.loads(raw)


def text_json(text: Text) -> str:
    """The questionnaire's own (inline) languages: listing every translation would read them all."""
    values = text.values.inline if isinstance(text.values, TranslatedValues) else text.values
    return json.dumps(dict(values), ensure_ascii=False, sort_keys=True)


def progress_of(questionnaire: Questionnaire, values: dict[str, Any]) -> tuple[int, int]:
    """(answered, applicable), counted the way scoring counts them."""
    state = Applicability(questionnaire, values)
    applicable = [q.id for _, q in questionnaire.questions() if state.applies(q.id)]
    return sum(1 for qid in applicable if is_answered(values.get(qid))), len(applicable)


class Parsed:
    """A stored questionnaire copy as the services use it: the model, its questions by id and
    (built on the first save) which answers each question's conditions read."""

    __slots__ = ("_graph", "model", "questions")

    def __init__(self, model: Questionnaire) -> None:
        self.model = model
        self.questions: Mapping[str, Question] = model.question_index()
        self._graph: ConditionGraph | None = None

    @property
    def graph(self) -> ConditionGraph:
        if self._graph is None:
            self._graph = ConditionGraph.of(self.model)
        return self._graph


class Store:
    """Shared by the assessment services of one Workspace; parsed questionnaires are cached."""

    def __init__(self, db: Database, catalogue: Callable[[], Catalogue],
                 cache: ModelCache | None = None) -> None:
        self.db = db
        self.catalogue = catalogue
        # The stored copy of a questionnaire is looked up by its SHA-256 in the same cache of
        # validated models the catalogue uses: opening an assessment of a 1,000-question
        # questionnaire took ~550 ms re-validating, ~1 ms from the cache.
        self.cache = cache
        self.user = os_user()
        self._models: dict[str, Parsed] = {}

    def now(self) -> dt.datetime:
        return utc_now()

    def model(self, session: Session, sha256: str) -> Questionnaire:
        return self._parsed_in(session, sha256).model

    def questions(self, session: Session, sha256: str) -> Mapping[str, Question]:
        return self._parsed_in(session, sha256).questions

    def _parsed_in(self, session: Session, sha256: str) -> Parsed:
        parsed = self._models.get(sha256)
        return parsed if parsed is not None else self.parsed(sha256, sql.driver_of(session))

    def parsed(self, sha256: str, driver: sqlite3.Connection | None = None) -> Parsed:
        """The parsed copy, read the first time in the caller's unit of work (`driver`) or in a
        read-only one of its own (copies are never changed once stored, so any snapshot has the
        same bytes)."""
        parsed = self._models.get(sha256)
        if parsed is not None:
            return parsed
        if driver is None:
            with self.db.reading() as own:
                return self._parsed(own, sha256)
        return self._parsed(driver, sha256)

    def _parsed(self, driver: sqlite3.Connection, sha256: str) -> Parsed:
        if sha256 not in self._models:
            source = sql.source_of(driver, sha256)
            if source is None:
                raise StorageError("the stored questionnaire {sha256}… is missing from the "
                                   "database; restore a backup", sha256=sha256[:12])
            # The stored bytes are the questionnaire's identity; its translations are those
            # installed now for the same id and version (a reviewed one replaces a draft).
            from aisafe_desktop.core.loader import load_bytes  # (not needed to open the data)

            result = load_bytes(source.source, f"{source.questionnaire_id} {source.version}",
                                self.cache, self.catalogue().translation_folders)
            if result.questionnaire is None:
                raise StorageError("the stored copy of {questionnaire} {version} no longer "
                                   "loads: {problem}", questionnaire=source.questionnaire_id,
                                   version=source.version,
                                   problem=result.errors[0] if result.errors else "")
            self._models[sha256] = Parsed(result.questionnaire)
        return self._models[sha256]

    def record_created(self, session: Session, assessment_id: int, when: dt.datetime) -> None:
        """Who created an assessment (new, copied or imported), for its change log."""
        from aisafe_desktop.storage import repositories as repo
        from aisafe_desktop.storage.models import AssessmentEventKind, AssessmentEventRow

        repo.add_event(session, AssessmentEventRow(
            assessment_id=assessment_id, kind=AssessmentEventKind.CREATED, detail="",
            occurred_at=when, os_user=self.user))

    def keep_source(self, session: Session, entry: CatalogueEntry) -> None:
        """Store the exact YAML bytes the assessment is based on."""
        from aisafe_desktop.storage import repositories as repo
        from aisafe_desktop.storage.models import QuestionnaireSourceRow

        q = entry.questionnaire
        bands = {b.id: json.loads(text_json(b.label)) for b in q.scoring.bands}
        repo.store_source(session, QuestionnaireSourceRow(
            sha256=entry.sha256, questionnaire_id=q.id, version=q.version,
            title_json=text_json(q.title), bands_json=json.dumps(bands, ensure_ascii=False),
            source=entry.source, stored_at=self.now()))
        self._models.setdefault(entry.sha256, Parsed(q))

    @staticmethod
    def assessment(session: Session, assessment_id: int, *,
                   writable: bool = False) -> AssessmentRow:
        from aisafe_desktop.storage import repositories as repo

        row = repo.get_assessment(session, assessment_id)
        if row is None:
            raise AssessmentNotFound(assessment_id)
        if writable and row.trashed_at is not None:
            raise AssessmentInTrash(assessment_id)
        return row

    def values(self, session: Session, assessment_id: int) -> dict[str, Any]:
        return {qid: load_value(value)
                for qid, (value, _) in sql.answers_of(sql.driver_of(session), assessment_id).items()
                if value is not None}
