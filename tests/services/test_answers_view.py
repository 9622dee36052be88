"""A report's answers to read (services.answers_view, shared by the verify view and the inbox):
by section in the questionnaire's words, and by question id when the questionnaire is unknown."""

from __future__ import annotations

import json

from aisafe_desktop.core.answers import parse_answers_document
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.services.answers_view import answer_sections
from tests.cli.trust_support import ANSWERS, QUESTIONNAIRE


def test_sections_in_the_questionnaires_words() -> None:
    loaded = load_file(QUESTIONNAIRE)
    assert loaded.questionnaire is not None
    document = parse_answers_document(json.dumps(ANSWERS).encode())
    sections = answer_sections(document, loaded.questionnaire, "ms")
    assert [s.title for s in sections] == ["Konteks", "Data", "Langkah perlindungan"]
    data = {a.question_id: a for a in sections[1].answers}
    assert data["personal-data"].question == "Adakah ia menggunakan data peribadi?"
    assert data["personal-data"].answer == "Ya" and data["personal-data"].respondent_comment == "Names."
    assert data["data-kinds"].answer == "• Butiran hubungan"
    assert sections[2].answers[0].answer == "2 – Ditetapkan"


def test_an_unknown_questionnaire_still_shows_every_answer_by_id() -> None:
    document = parse_answers_document(json.dumps(ANSWERS).encode())
    [section] = answer_sections(document, None, "en")
    assert section.title == "test-mini-risk 1.0.0"
    shown = {a.question_id: (a.question, a.answer, a.respondent_comment) for a in section.answers}
    assert set(shown) == set(ANSWERS["answers"])
    assert shown["personal-data"] == ("personal-data", "yes", "Names.")
    assert shown["data-kinds"][1] == "• contact" and shown["oversight"][1] == "2"


def test_control_characters_in_a_received_report_never_reach_the_view() -> None:
    """A received report's comments and text answers are outside text: an ESC sequence or a
    right-to-left override in them would drive a terminal or turn a label's text around."""
    answers = json.loads(json.dumps(ANSWERS))
    answers["answers"]["personal-data"]["comment"] = "Names\x1b[2J\u202e.\nAnd more"
    answers["answers"]["purpose"] = "Sorts\x07 loans\u2066."
    document = parse_answers_document(json.dumps(answers).encode())
    loaded = load_file(QUESTIONNAIRE)
    for questionnaire in (loaded.questionnaire, None):
        shown = {a.question_id: a for s in answer_sections(document, questionnaire, "en")
                 for a in s.answers}
        assert shown["personal-data"].respondent_comment == "Names[2J.\nAnd more"
        assert shown["purpose"].answer == "Sorts loans."
