"""Moving an assessment to a newer version of its questionnaire.

`preview_upgrade` says, before anything is written, what changed between the two versions and what
happens to each answer; `upgrade` carries it out from the same plan. Answers whose question still
exists with the same type, and whose value the new version accepts, are carried over (to be checked
again when the wording or the options changed). Values that no longer fit are cleared from the
current answers but stay in the history, like every earlier value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from aisafe_desktop.core.answers import value_problem
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import Question, Questionnaire, QuestionType
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.services.assessments_answers import refresh_progress, store_answer
from aisafe_desktop.services.assessments_store import Store, dump_value, load_value
from aisafe_desktop.services.dto import UpgradeReport
from aisafe_desktop.services.errors import AssessmentNotFound, InvalidInput
from aisafe_desktop.services.profile_prefill import PREFILL_REASON, prefill_values
from aisafe_desktop.services.questionnaires import CatalogueEntry
from aisafe_desktop.services.workspace_profile import profile_in
from aisafe_desktop.storage import sql

if TYPE_CHECKING:  # the ORM is loaded by a preview or an upgrade, not at start-up
    from sqlalchemy.orm import Session

    from aisafe_desktop.storage.models import AssessmentRow


def version_key(version: str) -> tuple[int, ...]:
    """1.10.0 sorts after 1.9.0; pre-release and build suffixes are ignored."""
    return tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0].split("-")[0]))


def available_upgrade(store: Store, assessment_id: int) -> CatalogueEntry | None:
    with store.db.reading() as driver:
        row = sql.assessment_header(driver, assessment_id)
    if row is None:
        raise AssessmentNotFound(assessment_id)
    qid, version = row.questionnaire_id, row.questionnaire_version
    newer = [e for e in store.catalogue().latest() if e.questionnaire.id == qid
             and version_key(e.questionnaire.version) > version_key(version)]
    return newer[0] if newer else None


class QuestionChange(StrEnum):
    """How a question differs between the two versions (the most important difference)."""

    ADDED = "added"
    REMOVED = "removed"
    TYPE = "type"
    OPTIONS = "options"
    WORDING = "wording"


class AnswerFate(StrEnum):
    """What the upgrade does with the answer to one question."""

    CARRIED = "carried"  # kept as it is
    CHECK = "check"  # kept, but the question changed: look at it again
    NEW_ANSWER = "new-answer"  # cleared (type changed or no longer fits): answer again
    UNANSWERED = "unanswered"  # a question new in this version
    HISTORY_ONLY = "history-only"  # the question is gone; the answer stays in the history


@dataclass(frozen=True)
class PlannedQuestion:
    question_id: str
    old: Question | None
    new: Question | None
    change: QuestionChange | None  # None: the same in both versions
    fate: AnswerFate | None  # None: not answered and nothing to do
    value: object  # the current answer (None when there is none)
    problem: Message | None = None  # why the value no longer fits, in the validator's words


@dataclass(frozen=True)
class UpgradePlan:
    assessment_id: int
    from_version: str
    to_version: str
    questionnaire: Questionnaire  # the new version
    questions: tuple[PlannedQuestion, ...]  # new version's order, then removed questions

    def changed(self) -> list[PlannedQuestion]:
        return [q for q in self.questions if q.change is not None]

    def carried(self) -> list[PlannedQuestion]:
        return [q for q in self.questions if q.fate in (AnswerFate.CARRIED, AnswerFate.CHECK)]

    def needing_answer(self) -> list[PlannedQuestion]:
        return [q for q in self.questions
                if q.fate in (AnswerFate.NEW_ANSWER, AnswerFate.UNANSWERED)]

    def kept_in_history(self) -> list[PlannedQuestion]:
        return [q for q in self.questions if q.fate is AnswerFate.HISTORY_ONLY]


def _yes_no_grew_into_a_choice(old: Question, new: Question) -> bool:
    """A yes/no question that became a single choice still offering "yes" and "no" (say, with an
    extra "yes, and checked regularly") keeps its answers: only the list of answers grew."""
    return (old.type is QuestionType.YES_NO and new.type is QuestionType.SINGLE_CHOICE
            and {"yes", "no"} <= {o.value for o in new.options})


def _change(old: Question | None, new: Question | None) -> QuestionChange | None:
    if old is None:
        return QuestionChange.ADDED
    if new is None:
        return QuestionChange.REMOVED
    if old.type != new.type and not _yes_no_grew_into_a_choice(old, new):
        return QuestionChange.TYPE
    if [o.value for o in old.options] != [o.value for o in new.options]:
        return QuestionChange.OPTIONS
    if dict(old.text.values) != dict(new.text.values):
        return QuestionChange.WORDING
    return None


def _planned(qid: str, old: Question | None, new: Question | None, value: object,
             answered: bool) -> PlannedQuestion:
    change = _change(old, new)
    fate: AnswerFate | None = None
    problem = None
    if new is None:
        fate = AnswerFate.HISTORY_ONLY if answered else None
    elif old is None:
        fate = AnswerFate.UNANSWERED
    elif value is not None:
        problem = None if change is QuestionChange.TYPE else value_problem(new, value)
        if change is QuestionChange.TYPE or problem:
            fate = AnswerFate.NEW_ANSWER
        else:
            fate = AnswerFate.CHECK if change is not None else AnswerFate.CARRIED
    return PlannedQuestion(qid, old, new, change, fate, value, problem)


def _plan(store: Store, session: Session, row: AssessmentRow,
          entry: CatalogueEntry) -> UpgradePlan:
    new_q = entry.questionnaire
    if new_q.id != row.questionnaire_id:
        raise InvalidInput("questionnaire", Message(
            "{new} is not a version of {old}", new=new_q.id, old=row.questionnaire_id))
    old_index: Mapping[str, Question] = store.questions(session, row.questionnaire_sha256)
    new_index = new_q.question_index()
    answers = {qid: (load_value(value), value is not None or comment is not None)
               for qid, (value, comment) in sql.answers_of(sql.driver_of(session), row.id).items()}
    order = list(new_index) + [qid for qid in old_index if qid not in new_index]
    planned = tuple(_planned(qid, old_index.get(qid), new_index.get(qid),
                             *answers.get(qid, (None, False))) for qid in order)
    return UpgradePlan(row.id, row.questionnaire_version, new_q.version, new_q, planned)


def preview_upgrade(store: Store, assessment_id: int, entry: CatalogueEntry) -> UpgradePlan:
    """What `upgrade` would do; nothing is written."""
    with store.db.session() as session:
        return _plan(store, session, store.assessment(session, assessment_id), entry)


def _why(item: PlannedQuestion, to_version: str) -> str | None:
    """The English reason the CLI prints for an answer to look at again."""
    if item.fate is AnswerFate.HISTORY_ONLY:
        return f"removed in version {to_version}; the old answer is kept in the history"
    if item.fate is AnswerFate.NEW_ANSWER and item.change is QuestionChange.TYPE:
        assert item.old is not None and item.new is not None
        return (f"the question type changed from {item.old.type.value} to "
                f"{item.new.type.value}")
    if item.fate is AnswerFate.NEW_ANSWER:
        return f"the old answer no longer fits: {item.problem}"
    if item.fate is AnswerFate.CHECK and item.change is QuestionChange.OPTIONS:
        return "the answer options changed; check that the answer still holds"
    if item.fate is AnswerFate.CHECK:
        return "the wording changed; check that the answer still holds"
    return None


def upgrade(store: Store, assessment_id: int, entry: CatalogueEntry) -> UpgradeReport:
    from aisafe_desktop.storage import repositories as repo
    from aisafe_desktop.storage.models import AssessmentEventKind, AssessmentEventRow

    new_q = entry.questionnaire
    now = store.now()
    with store.db.session() as session:
        row = store.assessment(session, assessment_id, writable=True)
        plan = _plan(store, session, row, entry)
        driver = sql.driver_of(session)
        rows = sql.answers_of(driver, assessment_id)
        report = UpgradeReport(row.questionnaire_version, new_q.version)
        store.keep_source(session, entry)
        row.questionnaire_version, row.questionnaire_sha256 = new_q.version, entry.sha256
        row.status, row.band_id, row.completed_at = AssessmentStatus.DRAFT, None, None
        repo.add_event(session, AssessmentEventRow(
            assessment_id=row.id, kind=AssessmentEventKind.UPGRADED, detail=new_q.version, occurred_at=now,
            os_user=store.user))
        reason = f"upgrade to {new_q.version}"
        for item in plan.questions:
            if item.fate is AnswerFate.UNANSWERED:
                report.added.append(item.question_id)
                continue
            if item.question_id not in rows:
                continue
            value, old_comment = rows[item.question_id]
            why = _why(item, new_q.version)
            if why:
                report.needs_confirmation.append((item.question_id, why))
            if item.fate in (AnswerFate.CARRIED, AnswerFate.CHECK) or (
                    item.fate is None and item.new is not None):
                if value is not None:
                    report.carried.append(item.question_id)
                continue
            comment = old_comment if item.new is not None else None
            store_answer(store, driver, row.id, item.question_id, (value, None),
                         (old_comment, comment), reason, now)
        # a new question the organisation profile answers starts prefilled, as in a new
        # assessment (e.g. the addendum's country question, new in 2.0.0)
        prefilled = prefill_values(new_q, profile_in(driver))
        for qid in report.added:
            if qid in prefilled and rows.get(qid, (None, None))[0] is None:
                comment = rows[qid][1] if qid in rows else None
                store_answer(store, driver, row.id, qid, (None, dump_value(prefilled[qid])),
                             (comment, comment), PREFILL_REASON, now)
        refresh_progress(store, session, row)
        row.updated_at = now
        return report
