"""One received report, ready to read: answers by section in the questionnaire's own words, the
re-scored result with its explanation, and what changed since the previous submission.

Built from the verified answers only; for an invalid file there is nothing to read but the reason.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aisafe_desktop.core.answers import AnswersDocumentError, parse_answers_document
from aisafe_desktop.core.explain import explain
from aisafe_desktop.core.model import Questionnaire, RedFlag
from aisafe_desktop.core.scoring import score
from aisafe_desktop.reporting.answer_text import answer_text
from aisafe_desktop.services.answers_view import SectionView, answer_sections
from aisafe_desktop.services.inbox import Event, SubmissionDetail
from aisafe_desktop.services.questionnaires import Catalogue


@dataclass(frozen=True)
class ChangeView:
    question: str
    before: str
    after: str


@dataclass(frozen=True)
class ReportView:
    detail: SubmissionDetail
    questionnaire_found: bool
    sections: tuple[SectionView, ...] = ()
    band_title: str = ""
    red_flags: tuple[str, ...] = ()
    explanation: tuple[str, ...] = ()
    changes: tuple[ChangeView, ...] = ()
    previous_band: str = ""
    whole_report_comments: tuple[Event, ...] = field(default_factory=tuple)


def _answers(document_json: Mapping[str, Any]) -> Any:
    import json

    try:
        return parse_answers_document(json.dumps(dict(document_json)).encode("utf-8"))
    except AnswersDocumentError:
        return None


def build_view(detail: SubmissionDetail, catalogue: Catalogue, language: str) -> ReportView:
    s = detail.submission
    whole = tuple(e for e in detail.comments if e.question_id is None)
    document = _answers(detail.answers) if detail.answers else None
    try:
        entry = catalogue.find(s.questionnaire, s.questionnaire_version) if document else None
    except LookupError:
        entry = None
    by_question: dict[str, list[Event]] = {}
    for event in detail.comments:
        if event.question_id:
            by_question.setdefault(event.question_id, []).append(event)
    if document is None or entry is None:  # an unknown questionnaire: the answers by id
        sections = answer_sections(document, None, language, by_question) if document else ()
        return ReportView(detail, entry is not None, sections, whole_report_comments=whole)
    questionnaire = entry.questionnaire
    fallback = questionnaire.default_language
    sections = answer_sections(document, questionnaire, language, by_question)
    result = score(questionnaire, document)
    band = next((b for b in questionnaire.scoring.bands if b.id == result.band), None)
    flags = {f.id: f for f in questionnaire.scoring.red_flags}
    return ReportView(
        detail, True, sections,
        band_title=band.label.get(language, fallback) if band else result.band,
        red_flags=tuple(_flag_text(flags.get(fid), fid, language, fallback)
                        for fid in result.red_flags),
        explanation=tuple(explain(questionnaire, result, language)),
        changes=_changes(detail, questionnaire, language),
        previous_band=_band_title(questionnaire, detail.previous.band, language)
        or detail.previous.band_title if detail.previous else "",
        whole_report_comments=whole)


def band_titles(catalogue: Catalogue, language: str) -> dict[str, str]:
    """Band id → the band's title in `language`, from every installed questionnaire.

    The inbox stores a report's band id (and its English title as received); the table, the
    filters and the dashboard show the title in the officer's language from this map.
    """
    titles: dict[str, str] = {}
    for entry in catalogue.entries:
        questionnaire = entry.questionnaire
        for band in questionnaire.scoring.bands:
            titles.setdefault(band.id, band.label.get(language, questionnaire.default_language))
    return titles


def _band_title(questionnaire: Questionnaire, band_id: str, language: str) -> str:
    band = next((b for b in questionnaire.scoring.bands if b.id == band_id), None)
    return band.label.get(language, questionnaire.default_language) if band else ""


def _flag_text(flag: RedFlag | None, flag_id: str, language: str, fallback: str) -> str:
    return flag.message.get(language, fallback) if flag is not None else flag_id


def _changes(detail: SubmissionDetail, questionnaire: Questionnaire,
             language: str) -> tuple[ChangeView, ...]:
    index = questionnaire.question_index()
    fallback = questionnaire.default_language
    out = []
    for change in detail.changes:
        question = index.get(change.question_id)
        if question is None:
            out.append(ChangeView(change.question_id, str(change.before or ""),
                                  str(change.after or "")))
            continue
        out.append(ChangeView(question.text.get(language, fallback),
                              answer_text(question, change.before, language, fallback) or "",
                              answer_text(question, change.after, language, fallback) or ""))
    return tuple(out)
