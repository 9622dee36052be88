"""The generative-ai-addendum questionnaire: loads cleanly, is complete in English and Malay,
and gives each example respondent the band we expect, for the reasons we expect (the trace)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aisafe_desktop.core.answers import AnswersDocument, check_answers, parse_answers_document
from aisafe_desktop.core.applicability import applicable_questions
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult, TraceEntry, TraceKind, band_for, score
from tests.content.common import load_clean, walk_texts

ROOT = Path(__file__).resolve().parents[2] / "questionnaires"
FILE = ROOT / "generative-ai-addendum.yaml"
EXAMPLES = sorted((ROOT / "examples").glob("generative-ai-addendum--*.json"))

SIX_RISKS = (
    "Mistakes and anthropomorphism",
    "Factually inaccurate responses and disinformation",
    "Deepfakes, impersonation and malicious or fraudulent use",
    "Infringement of intellectual property rights",
    "Privacy and confidentiality",
    "Propagation of embedded biases",
)
NINE_DIMENSIONS = {  # name in the Expanded ASEAN Guide -> our tag
    "Accountability": "asean-genai:accountability",
    "Data": "asean-genai:data",
    "Trusted development and deployment": "asean-genai:trusted-development",
    "Incident reporting": "asean-genai:incident-reporting",
    "Testing and assurance": "asean-genai:testing-assurance",
    "Security": "asean-genai:security",
    "Content provenance": "asean-genai:content-provenance",
    "Safety and alignment R&D": "asean-genai:safety-alignment-rd",
    "AI for public good": "asean-genai:public-good",
}


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_clean(FILE)

def example(slug: str) -> AnswersDocument:
    path = ROOT / "examples" / f"generative-ai-addendum--{slug}.json"
    return parse_answers_document(path.read_bytes())


def entry(result: ScoreResult, kind: TraceKind, question: str | None = None) -> TraceEntry:
    found = [t for t in result.trace if t.kind is kind and t.question_id == question]
    assert len(found) == 1, f"expected one {kind} entry for {question}, found {len(found)}"
    return found[0]


def scored(questionnaire: Questionnaire, slug: str) -> ScoreResult:
    document = example(slug)
    assert check_answers(questionnaire, document) == []
    applicable = {q.id for q in applicable_questions(questionnaire, document.values())}
    assert set(document.answers) <= applicable, "an example answers a hidden question"
    return score(questionnaire, document)


# -- the file itself ------------------------------------------------------------------------------

def test_loads_without_any_problem(questionnaire: Questionnaire) -> None:
    assert questionnaire.id == "generative-ai-addendum"
    assert questionnaire.version == "2.0.0"
    assert questionnaire.scoring.direction.value == "risk"
    assert 20 <= questionnaire.estimated_minutes <= 30


def test_every_text_is_complete_in_every_language(questionnaire: Questionnaire) -> None:
    assert questionnaire.languages == ("en", "ms")
    seen = 0
    for where, text in walk_texts(questionnaire):
        seen += 1
        for language in questionnaire.languages:
            value = text.values.get(language, "")
            assert value.strip(), f"{where} has no {language} text"
        if len(text.values["en"]) > 40:  # a long text copied unchanged is not a translation
            assert text.values["en"] != text.values["ms"], f"{where}: ms is a copy of en"
    assert seen > 300  # the walk really reached questions, options, bands and recommendations


def test_dimensions_are_the_six_risks_plus_safeguards(questionnaire: Questionnaire) -> None:
    titles = tuple(d.title.get("en") for d in questionnaire.dimensions)
    assert titles[:6] == SIX_RISKS
    mitigation = questionnaire.scoring.mitigation
    assert mitigation is not None
    assert (mitigation.dimension, mitigation.threshold, mitigation.reduction) == (
        "safeguards", 80, 15)
    risks = tuple(d.id for d in questionnaire.dimensions[:6])
    assert questionnaire.scoring.overall_dimensions == risks


def test_all_nine_dimensions_are_named_and_asked_about(questionnaire: Questionnaire) -> None:
    safeguards = questionnaire.dimension("safeguards")
    assert safeguards is not None and safeguards.description is not None
    tags = {tag for _, q in questionnaire.questions() for tag in q.tags}
    for name, tag in NINE_DIMENSIONS.items():
        assert name in safeguards.description.get("en")
        assert tag in tags, f"no question is tagged with the dimension {name!r}"


def test_question_counts_fit_the_brief(questionnaire: Questionnaire) -> None:
    assert questionnaire.question_count == 55
    smallest = {"genai-uses": ["internal-drafting"], "audience": "internal",
                "model-source": ["business-plan"], "media": ["text"], "languages": ["en"],
                "stakes": "low", "data-in": ["business-confidential"], "markets": ["sg"],
                "agent-actions": "content-only", "children": "no"}
    assert len(applicable_questions(questionnaire, smallest)) == 27
    for path in EXAMPLES:  # realistic respondents: between 25 and 52 questions
        values = parse_answers_document(path.read_bytes()).values()
        assert 25 <= len(applicable_questions(questionnaire, values)) <= 52, path.name


def test_ships_at_least_three_examples() -> None:
    assert len(EXAMPLES) >= 3


# -- the examples: band and why -------------------------------------------------------------------

def test_penang_chatbot_is_moderate_from_its_gaps(questionnaire: Questionnaire) -> None:
    result = scored(questionnaire, "penang-ecommerce-chatbot")
    assert (result.band, result.score_band, result.red_flags) == ("moderate", "moderate", ())
    assert result.applicable == result.answered == 51
    assert result.overall == pytest.approx(42.86)
    mitigation = entry(result, TraceKind.MITIGATION).detail
    assert mitigation["applied"] is False and mitigation["percent"] < 80
    # exposure: a chatbot answering customers directly, with no one checking each reply
    assert entry(result, TraceKind.POINTS, "audience").points == {"mistakes": 3, "inaccuracy": 3}
    # gaps: unlabelled AI images, no rule on what goes into chatbots, a human-like bot persona
    assert entry(result, TraceKind.POINTS, "label-synthetic").points == {"deepfakes": 3}
    assert entry(result, TraceKind.POINTS, "prompt-policy").points == {"privacy": 3}
    recs = {r.id: r.sources for r in result.recommendations}
    assert recs["rec-bot-honest"] == ("bot-persona",)
    assert recs["rec-stop-pasting"] == ("public-chatbot-pasting",)
    # a good answer gives no risk: order look-ups are limited to the customer's own order
    assert entry(result, TraceKind.POINTS, "retrieval-access").points == {"safeguards": 2}
    assert entry(result, TraceKind.HIDDEN, "high-stakes-review")
    assert result.recommendations[0].id == "rec-bot-honest"  # high priority comes first
    # v2 topics: the chatbot acts (bounded) but cannot be stopped; children may see it
    assert recs["rec-agent-stop"] == ("agent-stop",)
    assert recs["rec-children-content"] == ("children-content",)
    assert recs["rec-text-provenance"] == ("text-provenance",)


def test_jakarta_fintech_is_low_thanks_to_mitigation(questionnaire: Questionnaire) -> None:
    result = scored(questionnaire, "jakarta-fintech-loan-summaries")
    assert (result.band, result.red_flags) == ("low", ())
    mitigation = entry(result, TraceKind.MITIGATION).detail
    assert mitigation["applied"] is True and mitigation["percent"] >= 80
    assert result.overall_before_mitigation == pytest.approx(28.0)
    assert band_for(questionnaire.scoring.bands, result.overall_before_mitigation).id == "moderate"
    assert result.overall == pytest.approx(23.8)
    # the risk that remains is exposure (loan decisions, sensitive data) and local languages
    assert entry(result, TraceKind.POINTS, "stakes").points == {"mistakes": 4, "inaccuracy": 6,
                                                                 "bias": 5, "privacy": 2}
    assert entry(result, TraceKind.POINTS, "high-stakes-review").points == {"safeguards": 3}
    # an open model run in-house has no vendor contract: the question is not asked at all
    assert entry(result, TraceKind.HIDDEN, "vendor-roles")
    assert "rf-unreviewed-decisions" not in result.red_flags
    assert {r.id for r in result.recommendations} == {"rec-language-testing", "rec-bias-check"}


def test_ministry_is_raised_to_high_by_pasting_into_public_chatbots(
        questionnaire: Questionnaire) -> None:
    result = scored(questionnaire, "ministry-benefit-triage")
    assert result.score_band == "moderate"
    assert result.band == "high"
    assert result.red_flags == ("rf-confidential-into-public-chatbots",)
    final = entry(result, TraceKind.FINAL_BAND).detail
    assert final == {"band": "high", "reason": "red_flag:rf-confidential-into-public-chatbots"}
    assert entry(result, TraceKind.POINTS, "public-chatbot-pasting").points == {"privacy": 4}
    recs = {r.id: r.sources for r in result.recommendations}
    assert recs["rec-stop-pasting"] == ("public-chatbot-pasting",
                                        "red_flag:rf-confidential-into-public-chatbots")
    assert "rec-decision-fairness" in recs  # no comparison of outcomes across groups
    assert entry(result, TraceKind.HIDDEN, "ai-disclosure")  # internal use only


def test_agency_cloning_an_actors_voice_must_stop(questionnaire: Questionnaire) -> None:
    result = scored(questionnaire, "kl-creative-agency-voice-clone")
    assert example("kl-creative-agency-voice-clone").language == "ms"
    assert (result.score_band, result.band) == ("moderate", "very-high")
    assert result.red_flags == ("rf-deepfake-without-consent",)
    assert entry(result, TraceKind.FINAL_BAND).detail["reason"] == (
        "red_flag:rf-deepfake-without-consent")
    assert entry(result, TraceKind.POINTS, "real-likeness").points == {"deepfakes": 4}
    assert entry(result, TraceKind.HIDDEN, "language-fallback")  # no customer chat
    recs = {r.id: r.sources for r in result.recommendations}
    assert recs["rec-stop-deepfakes"] == ("real-likeness", "red_flag:rf-deepfake-without-consent")
    stop = questionnaire.recommendation("rec-stop-deepfakes")
    assert stop is not None and stop.priority.value == "high"


# -- every red flag can fire, and forces its band -------------------------------------------------

PENANG, JAKARTA = "penang-ecommerce-chatbot", "jakarta-fintech-loan-summaries"


@pytest.mark.parametrize(("flag", "base", "change", "band"), [
    ("rf-deepfake-without-consent", PENANG, {"real-likeness": "no-consent"}, "very-high"),
    ("rf-deceptive-content", PENANG, {"deceptive-content": "yes"}, "very-high"),
    ("rf-bot-claims-human", PENANG, {"bot-persona": "claims-human"}, "high"),
    ("rf-confidential-into-public-chatbots", PENANG, {"public-chatbot-pasting": "yes"}, "high"),
    ("rf-unreviewed-decisions", JAKARTA, {"high-stakes-review": "none"}, "high"),
])
def test_red_flag_forces_its_band(questionnaire: Questionnaire, flag: str, base: str,
                                  change: dict[str, str], band: str) -> None:
    result = score(questionnaire, {**example(base).values(), **change})
    assert result.red_flags == (flag,)
    assert result.score_band != band  # the points alone give a milder band
    assert result.band == band
    assert entry(result, TraceKind.FINAL_BAND).detail["reason"] == f"red_flag:{flag}"
