"""Calibration of the generative-ai-addendum: the band follows the harm a use can do, not only the
number of missing controls (issue 14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aisafe_desktop.core.applicability import applicable_questions
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import score
from tests.content import addendum_profiles as p
from tests.content.common import load_clean, sources

FILE = Path(__file__).resolve().parents[2] / "questionnaires" / "generative-ai-addendum.yaml"

# (name, answers, expected band, why: one line from the sources)
CASES: list[tuple[str, dict[str, Any], str, str]] = [
    ("faq-chatbot-basic-controls", p.FAQ_CHATBOT_BASIC, "moderate",
     "A low-stakes FAQ chatbot that says it is AI, hands over to a human and answers from checked "
     "pages is the case the review asked to land Low or Moderate."),
    ("faq-chatbot-few-controls", p.FAQ_CHATBOT_FEW_CONTROLS, "moderate",
     "Missing controls alone must not make a low-stakes use High: exposure (who sees the output, "
     "what it is used for) carries most of the score."),
    ("internal-drafting", p.INTERNAL_DRAFTING, "low",
     "Internal first drafts that a person rewrites, with no personal data, are the lowest-exposure "
     "use in the Expanded ASEAN Guide's terms."),
    ("casework-summaries-with-gaps", p.CASEWORK_SUMMARIES, "high",
     "Summaries that feed decisions on benefits affect access to public services (EU AI Act "
     "Annex III 5(a)); sampling reviews and no fairness check leave serious harm likely."),
    ("booking-agent-with-wide-access", p.BOOKING_AGENT_OPEN, "high",
     "An agent that books and refunds on its own with wide access and no stop switch is what "
     "Singapore's agentic-AI framework asks to bound upfront."),
]


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_clean(FILE)


@pytest.mark.parametrize(("name", "answers", "band", "why"), CASES, ids=[c[0] for c in CASES])
def test_profile_band(questionnaire: Questionnaire, name: str, answers: dict[str, Any],
                      band: str, why: str) -> None:
    applicable = {q.id for q in applicable_questions(questionnaire, answers)}
    assert set(answers) == applicable, name  # every question seen is answered, nothing extra
    result = score(questionnaire, answers)
    assert result.band == band, (name, why, result.overall)
    assert result.red_flags == ()


def test_viet_nam_market_brings_the_binding_art_11_duties(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, p.VIETNAM_SHOP_CHATBOT)
    # the same shop chatbot as in Malaysia, but the binding notice duty is not met: at least High
    assert score(questionnaire, p.FAQ_CHATBOT_BASIC).band == "moderate"
    assert (result.score_band, result.band) == ("moderate", "high")
    assert result.red_flags == ()
    recs = sources(result)
    assert recs["rec-vn-art11"] == ("markets", "floor:floor-vn-ai-notice")
    assert "rec-disclose-ai" in recs  # the notice is only in the fine print
    text = questionnaire.recommendation("rec-vn-art11")
    assert text is not None and "Art. 11" in text.text.get("en")
    assert "Perkara 11" in text.text.get("ms")
    assert "rec-vn-art11" not in sources(score(questionnaire, p.FAQ_CHATBOT_BASIC))


def test_agent_and_children_questions_appear_only_when_relevant(
        questionnaire: Questionnaire) -> None:
    plain = {q.id for q in applicable_questions(questionnaire, p.INTERNAL_DRAFTING)}
    assert not plain & {"agent-limits", "agent-approval", "agent-stop", "children-content",
                        "children-data"}
    agent = {q.id for q in applicable_questions(questionnaire, p.BOOKING_AGENT_OPEN)}
    assert {"agent-limits", "agent-approval", "agent-stop", "children-content"} <= agent
    recs = sources(score(questionnaire, p.BOOKING_AGENT_OPEN))
    assert {"rec-agent-limits", "rec-agent-approval", "rec-agent-stop"} <= set(recs)
