"""Helpers shared by the reporting tests (fixtures are in conftest.py)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from aisafe_desktop.core.answers import Answer, AnswersDocument
from aisafe_desktop.core.model import Question, QuestionType
from aisafe_desktop.reporting.identity import Identity
from aisafe_desktop.services import pdf_reports

DATA = Path(__file__).parent / "data"
PASSPHRASE = "correct horse battery staple"


def needs(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (Debian: poppler-utils / qpdf / openssl)")


@dataclass(frozen=True)
class StoredKey:
    path: Path
    identity: Identity


@dataclass(frozen=True)
class SignedReport:
    path: Path
    data: bytes
    result: pdf_reports.ExportResult
    document: AnswersDocument
    steps: tuple[str, ...]


def mini_answers(language: str = "en") -> AnswersDocument:
    return AnswersDocument(
        "test-mini-risk", "1.0.0",
        {
            "purpose": Answer("Sorts loan applications & flags <risky> ones for staff review."),
            "decisions": Answer("yes"),
            "users": Answer(12500),
            "personal-data": Answer("yes", "Names, IC numbers and medical certificates."),
            "data-kinds": Answer(["contact", "health"]),
            "oversight": Answer(1),
        },
        language=language,
        extra={"title": "Loan triage assistant", "ai_system": "LoanSort v2"},
    )  # fmt: skip


def sample_value(question: Question, text: str | None) -> Any:
    """An answer every question accepts: the first option of a multiple choice, the last option
    of a choice, the minimum of a number, a fixed date, else `text`."""
    if question.type is QuestionType.MULTIPLE_CHOICE:
        return [question.options[0].value]
    if question.options:
        return question.options[-1].value
    if question.type is QuestionType.NUMBER:
        return question.minimum if question.minimum is not None else 1
    if question.type is QuestionType.DATE:
        return "2026-12-01"
    return text
