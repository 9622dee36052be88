"""How an answer reads in the report: option labels, numbers with units, dates, texts."""

from __future__ import annotations

from typing import Any

from aisafe_desktop.core.answers import is_answered
from aisafe_desktop.core.model import Question, QuestionType, Text


def localized(text: Text | None, language: str, fallback: str) -> str:
    return "" if text is None else text.get(language, fallback)


def answer_text(question: Question, value: Any, language: str, fallback: str) -> str | None:
    """The answer as a reader sees it, or None if unanswered."""
    if not is_answered(value):
        return None
    if question.type is QuestionType.MULTIPLE_CHOICE and isinstance(value, list):
        labels = [_option_label(question, v, language, fallback) for v in value]
        return "\n".join(f"• {label}" for label in labels)
    if question.type.has_options:
        return _option_label(question, value, language, fallback)
    if question.type is QuestionType.NUMBER:
        unit = localized(question.unit, language, fallback)
        number = f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"
        return f"{number} {unit}".strip()
    return str(value)


def _option_label(question: Question, value: Any, language: str, fallback: str) -> str:
    option = question.option(value)
    if option is None:  # an answer outside the options: show it as given, never drop it
        return str(value)
    label = option.label.get(language, fallback)
    if question.type is QuestionType.SCALE:
        return f"{value} – {label}"
    return label
