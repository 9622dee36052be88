"""Moving an assessment to a newer version of its questionnaire.

Answers whose question still exists with the same type, and whose value the new version accepts,
are carried over. The rest are listed for re-confirmation; values that no longer fit are cleared
from the current answers but stay in the history, like every earlier value.
"""

from __future__ import annotations

import re

from aisafe_desktop.core.answers import value_problem
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import Question
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.services.assessments_answers import refresh_progress, store_answer
from aisafe_desktop.services.assessments_store import Store, load_value
from aisafe_desktop.services.dto import UpgradeReport
from aisafe_desktop.services.errors import InvalidInput
from aisafe_desktop.services.questionnaires import CatalogueEntry
from aisafe_desktop.storage import repositories as repo


def version_key(version: str) -> tuple[int, ...]:
    """1.10.0 sorts after 1.9.0; pre-release and build suffixes are ignored."""
    return tuple(int(part) for part in re.findall(r"\d+", version.split("+")[0].split("-")[0]))


def available_upgrade(store: Store, assessment_id: int) -> CatalogueEntry | None:
    with store.db.session() as session:
        row = store.assessment(session, assessment_id)
        qid, version = row.questionnaire_id, row.questionnaire_version
    newer = [e for e in store.catalogue().latest() if e.questionnaire.id == qid
             and version_key(e.questionnaire.version) > version_key(version)]
    return newer[0] if newer else None


def _verdict(old: Question | None, new: Question | None, value: object,
             to_version: str) -> tuple[bool, str | None]:
    """(keep the value?, why the user should look again or None)."""
    if new is None:
        return False, f"removed in version {to_version}; the old answer is kept in the history"
    if value is None:
        return True, None  # only a comment: keep it
    if old is not None and old.type != new.type:
        return False, f"the question type changed from {old.type.value} to {new.type.value}"
    why = value_problem(new, value)
    if why:
        return False, f"the old answer no longer fits: {why}"
    if old is not None and [o.value for o in old.options] != [o.value for o in new.options]:
        return True, "the answer options changed; check that the answer still holds"
    if old is not None and dict(old.text.values) != dict(new.text.values):
        return True, "the wording changed; check that the answer still holds"
    return True, None


def upgrade(store: Store, assessment_id: int, entry: CatalogueEntry) -> UpgradeReport:
    new_q = entry.questionnaire
    now = store.now()
    with store.db.session() as session:
        row = store.assessment(session, assessment_id, writable=True)
        if new_q.id != row.questionnaire_id:
            raise InvalidInput("questionnaire", Message(
                "{new} is not a version of {old}", new=new_q.id, old=row.questionnaire_id))
        old_index = store.questions(session, row.questionnaire_sha256)
        report = UpgradeReport(row.questionnaire_version, new_q.version)
        store.keep_source(session, entry)
        row.questionnaire_version, row.questionnaire_sha256 = new_q.version, entry.sha256
        row.status, row.band_id, row.completed_at = AssessmentStatus.DRAFT, None, None
        new_index = new_q.question_index()
        reason = f"upgrade to {new_q.version}"
        for qid, answer in repo.answer_rows(session, assessment_id).items():
            keep, why = _verdict(old_index.get(qid), new_index.get(qid),
                                 load_value(answer.value_json), new_q.version)
            if why:
                report.needs_confirmation.append((qid, why))
            if keep and answer.value_json is not None:
                report.carried.append(qid)
            if not keep:
                comment = answer.comment if qid in new_index else None
                store_answer(store, session, row.id, qid, (answer.value_json, None),
                             (answer.comment, comment), reason, now)
        report.added.extend(qid for qid in new_index if qid not in old_index)
        refresh_progress(store, session, row)
        row.updated_at = now
        return report
