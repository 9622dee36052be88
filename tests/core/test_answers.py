"""The answers document: parsing, canonical bytes, and answer checks."""

from __future__ import annotations

import json

import pytest

from aisafe_desktop.core.answers import (
    AnswersDocumentError,
    check_answers,
    parse_answers_document,
)
from tests.core.conftest import load


def doc(answers: dict[str, object], **extra: object) -> bytes:
    return json.dumps({"format": "aisafe-answers/1",
                       "questionnaire": {"id": "demo", "version": "1.0.0"},
                       "answers": answers, **extra}).encode()


def test_round_trip_is_byte_stable() -> None:
    parsed = parse_answers_document(doc({"uses-ai": {"value": "yes", "comment": "since 2024"},
                                         "staff": 12}, title="FY2026"))
    again = parse_answers_document(parsed.to_bytes())
    assert again == parsed and again.to_bytes() == parsed.to_bytes()
    assert parsed.answers["uses-ai"].comment == "since 2024"
    assert parsed.extra["title"] == "FY2026"


@pytest.mark.parametrize(("raw", "fragment"), [
    (b"\xff\xfe", "UTF-8"),
    (b"{", "not valid JSON"),
    (b"[]", "JSON object"),
    (json.dumps({"format": "other"}).encode(), "format"),
    (doc({}, surprise=1), "does not know"),
    (doc({"q": {"value": 1, "note": "x"}}), "does not know"),
])
def test_bad_documents_get_specific_messages(raw: bytes, fragment: str) -> None:
    with pytest.raises(AnswersDocumentError, match=fragment):
        parse_answers_document(raw)


def test_answer_problems_one_per_question(base_text: str) -> None:
    questionnaire = load(base_text).questionnaire
    assert questionnaire is not None
    document = parse_answers_document(doc({"uses-ai": "maybe", "staff": 0, "ghost": 1}))
    problems = {p.question_id: str(p.message) for p in check_answers(questionnaire, document)}
    assert set(problems) == {"ghost", "uses-ai", "staff", "oversight"}
    assert "not among the options" in problems["uses-ai"]
    assert "required" in problems["oversight"]
    document = parse_answers_document(doc({"uses-ai": "yes", "staff": 0, "oversight": 5}))
    problems = {p.question_id: str(p.message) for p in check_answers(questionnaire, document)}
    assert "below the minimum" in problems["staff"] and "oversight" in problems
