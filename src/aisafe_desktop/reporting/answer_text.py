"""How an answer reads in the report: option labels, numbers with units, dates, texts."""

from __future__ import annotations

from typing import Any

from aisafe_desktop.core.answers import is_answered
from aisafe_desktop.core.model import Question, QuestionType, Text
from aisafe_desktop.reporting import locale_format


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
        return f"{_number(value, language)} {unit}".strip()
    return str(value)


def _number(value: Any, language: str) -> str:
    """Grouped digits with the language's separators (12,500 or 12.500); a DATE stays ISO."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    if isinstance(value, int) or float(value).is_integer():
        return locale_format.number(value, language)
    decimals = min(6, len(f"{value:.6g}".partition(".")[2]))
    return locale_format.number(value, language, decimals)


def _option_label(question: Question, value: Any, language: str, fallback: str) -> str:
    option = question.option(value)
    if option is None:  # an answer outside the options: show it as given, never drop it
        return str(value)
    label = option.label.get(language, fallback)
    if question.type is QuestionType.SCALE:
        return f"{value} – {label}"
    return label
