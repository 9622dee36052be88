"""Checks of the signed answers against the questionnaire, exactly as `aisafe score` checks them.

Used by verification after the answers document passed the schema (answers_schema): the
questionnaire must be named by SHA-256 and be the same file; the answers must break none of its
rules (unknown questions, values not among the options, wrong types); required answers may be
missing only when the report says it is incomplete; and the stated result must equal re-scoring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from aisafe_desktop.core.answers import AnswersDocument, check_answers, missing_required
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.scoring import ScoreResult, score
from aisafe_desktop.reporting.verify import Check, failed, passed
from aisafe_desktop.reporting.verify_reasons import Reason

CHECK_QUESTIONNAIRE = "questionnaire found"
CHECK_SAME_QUESTIONNAIRE = "questionnaire identical"
CHECK_ANSWERS_VALID = "answers follow the questionnaire"
CHECK_RESULT = "result consistent"
_SHOWN_PROBLEMS = 5


@dataclass(frozen=True)
class ReceivedOutcome:
    checks: tuple[Check, ...]
    stated_band: str | None = None
    rescored: ScoreResult | None = None
    incomplete: bool = False


def _stated(document: AnswersDocument) -> dict[str, Any]:
    stated = document.extra.get("result")
    return stated if isinstance(stated, dict) else {}


def _listing(items: list[Any]) -> list[Any]:
    """The first few items, then "and N more" (shown joined by "; ")."""
    more = len(items) - _SHOWN_PROBLEMS
    return items[:_SHOWN_PROBLEMS] + ([Message("and {count} more", count=more)] if more > 0 else [])


def _questionnaire_checks(document: AnswersDocument, ref: Any, wanted: str) -> list[Check]:
    checks = [passed(CHECK_QUESTIONNAIRE, Reason.QUESTIONNAIRE_FOUND_OK, questionnaire=wanted)]
    if not document.questionnaire_sha256:
        checks.append(failed(CHECK_SAME_QUESTIONNAIRE, Reason.NO_QUESTIONNAIRE_HASH))
    elif ref.sha256 and document.questionnaire_sha256 != ref.sha256:
        checks.append(failed(CHECK_SAME_QUESTIONNAIRE, Reason.QUESTIONNAIRE_DIFFERS))
    elif ref.sha256:
        checks.append(passed(CHECK_SAME_QUESTIONNAIRE, Reason.SAME_QUESTIONNAIRE_OK))
    return checks


def _answer_checks(document: AnswersDocument, ref: Any) -> tuple[list[Check], bool]:
    problems = check_answers(ref.questionnaire, document, require_complete=True)
    missing = missing_required(problems)
    broken = [p.text for p in problems if p.question_id not in missing]
    marked_incomplete = document.extra.get("complete") is False
    checks = []
    if broken:
        checks.append(failed(CHECK_ANSWERS_VALID, Reason.ANSWER_INVALID, problems=_listing(broken)))
    if missing and not marked_incomplete:
        checks.append(failed(CHECK_ANSWERS_VALID, Reason.INCOMPLETE_NOT_MARKED,
                             questions=_listing(missing)))  # fmt: skip
    if not checks:
        checks.append(passed(CHECK_ANSWERS_VALID, Reason.ANSWERS_VALID_INCOMPLETE, count=len(missing))
                      if missing else passed(CHECK_ANSWERS_VALID, Reason.ANSWERS_VALID_OK))
    return checks, bool(missing)


def _describe(band: Any, overall: Any, flags: Any) -> Message:
    if not flags:
        return Message("band {band}, score {score}, no red flags", band=band, score=overall)
    return Message("band {band}, score {score}, red flags: {flags}", band=band, score=overall,
                   flags=", ".join(map(str, flags)))


def _result_check(document: AnswersDocument, rescored: ScoreResult, ref: Any) -> Check:
    stated = _stated(document)
    band, overall, flags = stated.get("band"), stated.get("overall"), stated.get("red_flags")
    same = (
        band == rescored.band
        and isinstance(overall, int | float)
        and abs(float(overall) - rescored.overall) < 0.01
        and sorted(flags or []) == sorted(rescored.red_flags)
    )
    if same:
        band = ref.questionnaire.band(rescored.band)  # named as the report names it
        shown = band.label.get(document.language) if band is not None else rescored.band
        return passed(CHECK_RESULT, Reason.RESULT_OK, band=shown, score=f"{rescored.overall:g}")
    return failed(CHECK_RESULT, Reason.RESULT_DIFFERS, stated=_describe(band, overall, flags),
                  rescored=_describe(rescored.band, f"{rescored.overall:g}", rescored.red_flags))  # fmt: skip


def check_received(document: AnswersDocument, lookup: Callable[[str, str], Any]) -> ReceivedOutcome:
    """Questionnaire identity, answer validity and the stated result of received answers."""
    stated_band = _stated(document).get("band")
    stated_band = stated_band if isinstance(stated_band, str) else None
    wanted = f"{document.questionnaire_id} {document.questionnaire_version}"
    ref = lookup(document.questionnaire_id, document.questionnaire_version)
    if ref is None:
        check = failed(CHECK_QUESTIONNAIRE, Reason.QUESTIONNAIRE_MISSING, questionnaire=wanted)
        return ReceivedOutcome((check,), stated_band)
    checks = _questionnaire_checks(document, ref, wanted)
    answer_checks, incomplete = _answer_checks(document, ref)
    checks += answer_checks
    if any(c.reason is Reason.ANSWER_INVALID for c in answer_checks):
        # values of the wrong kind cannot be scored; the verdict already says why
        return ReceivedOutcome(tuple(checks), stated_band, None, incomplete)
    rescored = score(ref.questionnaire, document)
    checks.append(_result_check(document, rescored, ref))
    return ReceivedOutcome(tuple(checks), stated_band, rescored, incomplete)
