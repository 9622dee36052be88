"""Why a received report failed verification, in plain words: a closed set of reason templates.

Each reason is an English template with `{fields}`; a check carries the reason and its
parameters, so the CLI prints the English text and the GUI translates the template (the GUI
lists every template for Qt's translation tools in `gui/verify_reason_texts.py`; a test keeps
the two lists equal). No library jargon: a reason says what the agency should conclude.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any


class Reason(enum.Enum):
    """Plain-language reasons. The value is the English template."""

    # reading the file
    CANNOT_OPEN = "The file cannot be opened: it does not exist or may not be read."
    NOT_PDF = "The file is not a PDF document."
    DAMAGED = "The file is damaged or is not a PDF that AISafe Desktop can read."
    FILE_TOO_LARGE = "The file is {size} bytes; reports larger than {limit} bytes are refused."
    STREAM_TOO_LARGE = "Part of the file unpacks to more than {limit} bytes; the file is refused."
    TOO_MANY_PAGES = "The file has more than {limit} pages; the file is refused."
    TOO_MANY_OBJECTS = "The file has more than {limit} internal objects; the file is refused."
    TOO_MANY_REVISIONS = "The file was saved {count} times over (the limit is {limit}); it is refused."
    TOO_DEEP = "The file's internal structure is nested more than {limit} levels deep; it is refused."
    EXTERNAL_REFERENCE = "The file points outside itself ({what}); such files are refused."
    # the signature
    NOT_SIGNED = "The file is not signed."
    WRONG_SIGNATURES = "The file should carry exactly one AISafe signature; it has {count}."
    CHANGED_AFTER_SIGNING = (
        "The file was changed after it was signed: the signature does not match its content."
    )
    NOT_WHOLE_FILE = "The signature does not cover the whole file: something was added around it."
    ADDED_AFTER_SIGNING = "Something was added after signing: {what}."
    # the embedded answers
    NO_ANSWERS = "The file does not contain the signed answers (answers.json)."
    ANSWERS_TWICE = "The file contains answers.json more than once."
    ANSWERS_DAMAGED = "The embedded answers (answers.json) are damaged or stored in an unknown way."
    ANSWERS_TOO_LARGE = "The embedded answers unpack to more than {limit} bytes; they are refused."
    ANSWERS_NOT_JSON = "The embedded answers are not readable JSON text."
    ANSWERS_FIELD = "The embedded answers are wrong at {path}: {problem}."
    # against the questionnaire
    QUESTIONNAIRE_MISSING = (
        "The questionnaire {questionnaire} is not installed here; add its file to re-check the answers."
    )
    NO_QUESTIONNAIRE_HASH = (
        "The embedded answers do not say exactly which questionnaire file was used (no SHA-256)."
    )
    QUESTIONNAIRE_DIFFERS = (
        "The questionnaire installed here differs from the one the report was made with."
    )
    ANSWER_INVALID = "The signed answers break the questionnaire's rules: {problems}."
    INCOMPLETE_NOT_MARKED = (
        "Required questions are unanswered ({questions}) but the report is not marked incomplete."
    )
    RESULT_DIFFERS = (
        "The result stated in the answers ({stated}) differs from re-scoring them ({rescored})."
    )
    PAGES_DIFFER = "The pages state {stated}, the signed answers give {rescored}."
    PAGES_UNREADABLE = "The text of the report's pages could not be read to compare it with the answers."

    @property
    def template(self) -> str:
        return str(self.value)

    def render(self, params: Mapping[str, Any]) -> str:
        try:
            return self.template.format_map(dict(params))
        except (KeyError, IndexError, ValueError):
            return self.template


def plain(reason: Reason, **params: Any) -> str:
    """The English sentence for a reason (what the CLI prints)."""
    return reason.render(params)
