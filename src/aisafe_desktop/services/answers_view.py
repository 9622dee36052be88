"""A report's answers to read, section by section in the questionnaire's own words, as plain text:
the one builder behind the verify view's "Show the answers" page and the agency inbox's report
view. When the questionnaire is not installed here the answers are still shown, by question id,
in one section named after the questionnaire's id and version."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from aisafe_desktop.core.answers import AnswersDocument, is_answered
from aisafe_desktop.core.display import plain_text
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.reporting.answer_text import answer_text

if TYPE_CHECKING:
    from aisafe_desktop.services.inbox import Event


@dataclass(frozen=True)
class AnswerView:
    question_id: str
    question: str  # the question's text, or its id when the questionnaire is unknown
    answer: str  # "" when not answered
    respondent_comment: str
    officer_comments: tuple[Event, ...] = ()

    def __post_init__(self) -> None:
        # A received report's answers and comments are outside text: no ESC sequence or bidi
        # override reaches a label (or a terminal) from them.
        for name in ("question", "answer", "respondent_comment"):
            object.__setattr__(self, name, plain_text(getattr(self, name)))


@dataclass(frozen=True)
class SectionView:
    title: str
    answers: tuple[AnswerView, ...]


def raw_answer_text(value: Any) -> str:
    """An answer without its question: choices by their stored value, one per line."""
    if not is_answered(value):
        return ""
    if isinstance(value, list):
        return "\n".join(f"• {item}" for item in value)
    return str(value)


def answer_sections(document: AnswersDocument, questionnaire: Questionnaire | None,
                    language: str, comments: Mapping[str, Sequence[Event]] | None = None,
                    ) -> tuple[SectionView, ...]:
    """The answered (or commented) questions by section, in questionnaire order."""
    by_question = comments or {}
    if questionnaire is None:
        rows = tuple(AnswerView(qid, qid, raw_answer_text(given.value), given.comment or "",
                                tuple(by_question.get(qid, ())))
                     for qid, given in document.answers.items())
        title = f"{document.questionnaire_id} {document.questionnaire_version}"
        return (SectionView(title, rows),) if rows else ()
    fallback = questionnaire.default_language
    sections = []
    for section in questionnaire.sections:
        rows_ = []
        for question in section.questions:
            given = document.answers.get(question.id)
            if given is None and question.id not in by_question:
                continue
            shown = answer_text(question, given.value, language, fallback) if given else None
            rows_.append(AnswerView(question.id, question.text.get(language, fallback),
                                    shown or "", (given.comment or "") if given else "",
                                    tuple(by_question.get(question.id, ()))))
        if rows_:
            sections.append(SectionView(section.title.get(language, fallback), tuple(rows_)))
    return tuple(sections)
