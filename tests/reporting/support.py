"""Helpers shared by the reporting tests (fixtures are in conftest.py)."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from aisafe_desktop.core.answers import Answer, AnswersDocument
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
