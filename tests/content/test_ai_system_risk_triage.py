"""The shipped questionnaire ai-system-risk-triage: it loads cleanly, every text is translated,
and each example respondent gets the impact level we expect for the reasons we expect."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aisafe_desktop.core.answers import check_answers, parse_answers_document
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult, TraceEntry, TraceKind, score
from tests.content.common import load_clean, sources, walk_texts

ROOT = Path(__file__).resolve().parents[2]
FILE = ROOT / "questionnaires" / "ai-system-risk-triage.yaml"
EXAMPLES = ROOT / "questionnaires" / "examples"
RED_FLAG_QUESTIONS = {
    "manipulation": "rf-manipulation",
    "exploiting-vulnerability": "rf-vulnerability",
    "social-scoring": "rf-social-scoring",
    "crime-prediction": "rf-crime-prediction",
    "face-scraping": "rf-face-scraping",
    "emotion-work-school": "rf-emotion",
    "biometric-categorisation": "rf-biometric-categorisation",
    "live-biometric-identification": "rf-live-rbi-public",
    "deceptive-simulation": "rf-deceptive-simulation",
    "harmful-false-content": "rf-harmful-false-content",
    "unlawful-data": "rf-unlawful-data",
    "oversight-obstruction": "rf-oversight-obstruction",
    "intimate-content": "rf-intimate-content",
}
RED_FLAG_ANSWER = {"rf-intimate-content": "not-blocked"}


@pytest.fixture(scope="module")
def questionnaire() -> Questionnaire:
    return load_clean(FILE)

def example(slug: str) -> dict[str, Any]:
    path = EXAMPLES / f"ai-system-risk-triage--{slug}.json"
    return {qid: a.value for qid, a in parse_answers_document(path.read_bytes()).answers.items()}


def points_of(result: ScoreResult, question_id: str) -> TraceEntry:
    return next(t for t in result.trace
                if t.kind is TraceKind.POINTS and t.question_id == question_id)


def only(result: ScoreResult, kind: TraceKind) -> TraceEntry:
    entries = [t for t in result.trace if t.kind is kind]
    assert len(entries) == 1
    return entries[0]


# -- the file itself ----------------------------------------------------------------------------

def test_loads_without_errors_or_warnings(questionnaire: Questionnaire) -> None:
    assert questionnaire.id == "ai-system-risk-triage"
    assert questionnaire.version == "2.0.0"
    assert questionnaire.format == 2  # yes/no questions offer only yes and no
    assert questionnaire.languages == ("en", "ms")
    assert 25 <= questionnaire.estimated_minutes <= 35


def test_every_text_is_complete_in_every_language(questionnaire: Questionnaire) -> None:
    texts = list(walk_texts(questionnaire))
    assert len(texts) > 300  # the walk really reaches questions, options, bands and flags
    for path, text in texts:
        assert set(text.values) == set(questionnaire.languages), path
        for language, value in text.values.items():
            assert value.strip(), f"{path} is empty in {language}"
        # A long text that is the same in both languages was copied, not translated.
        if len(text.values["en"]) > 30:
            assert text.values["en"] != text.values["ms"], f"{path} is not translated"


def test_scoring_follows_the_canadian_aia(questionnaire: Questionnaire) -> None:
    scoring = questionnaire.scoring
    assert scoring.direction.value == "risk"
    assert [(b.id, b.minimum, b.maximum) for b in scoring.bands] == [
        ("level-i", 0, 25), ("level-ii", 25, 50), ("level-iii", 50, 75), ("level-iv", 75, 100)]
    assert scoring.mitigation is not None
    assert (scoring.mitigation.dimension, scoring.mitigation.threshold,
            scoring.mitigation.reduction) == ("mitigation", 80, 15)
    assert {f.band for f in scoring.red_flags} == {"level-iv"}
    assert all(f.recommend == ("stop-legal",) for f in scoring.red_flags)


def test_each_band_names_its_human_involvement(questionnaire: Questionnaire) -> None:
    expected = {"level-i": "human-out-of-the-loop", "level-ii": "human-over-the-loop",
                "level-iii": "human-in-the-loop", "level-iv": "human-in-the-loop"}
    for band in questionnaire.scoring.bands:
        assert band.meaning is not None
        assert expected[band.id] in band.meaning.get("en")
        assert expected[band.id] in band.meaning.get("ms")  # the term is kept in brackets
        duties = " ".join(o.get("en") for o in band.obligations)
        for duty in ("Notice:", "Explanation:", "Review:", "Approval:", "Monitoring:"):
            assert duty in duties, (band.id, duty)
    level_iii = questionnaire.band("level-iii")
    assert level_iii is not None
    assert any(o.get("en").startswith("Human final decision") for o in level_iii.obligations)


# -- gates --------------------------------------------------------------------------------------

def test_a_rules_only_system_skips_everything_and_says_so(questionnaire: Questionnaire) -> None:
    answers = example("rules-based-fee-waiver")
    doc = parse_answers_document((EXAMPLES / "ai-system-risk-triage--rules-based-fee-waiver.json")
                                 .read_bytes())
    assert check_answers(questionnaire, doc) == []
    result = score(questionnaire, answers)
    assert result.applicable == 1
    hidden = {t.question_id for t in result.trace if t.kind is TraceKind.HIDDEN}
    assert hidden == {q.id for _, q in questionnaire.questions()} - {"ai-gate"}
    # its own outcome: no impact level, no band steps, one text that stands alone
    assert (result.band, result.outcome, result.red_flags) == ("not-ai", "not-ai", ())
    assert only(result, TraceKind.FINAL_BAND).detail["reason"] == "outcome:not-ai"
    assert result.recommendations == ()
    outcome = questionnaire.scoring.outcomes[0]
    assert outcome.id == "not-ai" and "Art. 3(1)" in outcome.text.get("en")
    assert "Perkara 3(1)" in outcome.text.get("ms")


def test_generative_ai_points_to_the_addendum(questionnaire: Questionnaire) -> None:
    base = example("warehouse-demand-forecast")
    with_genai = score(questionnaire, {**base, "genai": "yes"})
    assert sources(with_genai)["genai-addendum"] == ("genai",)
    for genai_only in ("rf-intimate-content", "rf-harmful-false-content"):
        assert not any(t.kind is TraceKind.HIDDEN and t.question_id == genai_only
                       for t in with_genai.trace)
    without = score(questionnaire, base)
    assert "genai-addendum" not in sources(without)
    for genai_only in ("rf-intimate-content", "rf-harmful-false-content"):
        assert any(t.kind is TraceKind.HIDDEN and t.question_id == genai_only
                   for t in without.trace)


def test_unsure_counts_as_ai(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, {**example("warehouse-demand-forecast"), "ai-gate": "unsure"})
    assert result.applicable > 30
    assert sources(result)["unsure-ai"] == ("ai-gate",)


@pytest.mark.parametrize(("flag", "question"), sorted(RED_FLAG_QUESTIONS.items()))
def test_any_red_flag_forces_level_iv(questionnaire: Questionnaire, flag: str,
                                      question: str) -> None:
    # Start from the lowest-risk example and say yes to one practice only.
    answers = {**example("warehouse-demand-forecast"), "area": "biometrics", "genai": "yes",
               "rf-harmful-false-content": "no", "rf-intimate-content": "blocked",
               question: RED_FLAG_ANSWER.get(question, "yes")}
    result = score(questionnaire, answers)
    assert result.score_band in ("level-i", "level-ii")
    assert result.red_flags == (flag,)
    assert result.band == "level-iv"
    assert only(result, TraceKind.FINAL_BAND).detail == {"band": "level-iv",
                                                         "reason": f"red_flag:{flag}"}
    assert sources(result)["stop-legal"] == (f"red_flag:{flag}",)
    message = questionnaire.scoring.red_flags[list(RED_FLAG_QUESTIONS).index(flag)].message
    assert "legal advice" in message.get("en")
    assert "nasihat undang-undang" in message.get("ms")


def test_every_red_flag_has_a_question(questionnaire: Questionnaire) -> None:
    assert [f.id for f in questionnaire.scoring.red_flags] == list(RED_FLAG_QUESTIONS)


# -- the example respondents --------------------------------------------------------------------

EXAMPLE_SLUGS = ["penang-shop-chatbot", "jakarta-fintech-credit-scoring",
                 "ministry-benefit-triage", "contact-centre-emotion-analytics",
                 "warehouse-demand-forecast", "rules-based-fee-waiver",
                 "station-security-face-recognition", "hospital-triage-support"]


def test_every_example_file_is_covered() -> None:
    shipped = sorted(p.name for p in EXAMPLES.glob("ai-system-risk-triage--*.json"))
    assert shipped == sorted(f"ai-system-risk-triage--{s}.json" for s in EXAMPLE_SLUGS)


@pytest.mark.parametrize("slug", EXAMPLE_SLUGS)
def test_example_is_valid_and_complete(questionnaire: Questionnaire, slug: str) -> None:
    doc = parse_answers_document(
        (EXAMPLES / f"ai-system-risk-triage--{slug}.json").read_bytes())
    assert (doc.questionnaire_id, doc.questionnaire_version) == (questionnaire.id,
                                                                 questionnaire.version)
    assert check_answers(questionnaire, doc) == []
    result = score(questionnaire, doc)
    # Nothing answered is wasted: every answer belongs to a question that applies.
    hidden = {t.question_id for t in result.trace if t.kind is TraceKind.HIDDEN}
    assert not hidden & set(doc.answers), slug
    assert result.answered == result.applicable


@pytest.mark.parametrize("slug", [s for s in EXAMPLE_SLUGS if s != "rules-based-fee-waiver"])
def test_typical_respondents_see_35_to_52_questions(questionnaire: Questionnaire,
                                                    slug: str) -> None:
    assert 35 <= score(questionnaire, example(slug)).applicable <= 52


def test_penang_chatbot_is_level_i(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("penang-shop-chatbot"))
    assert (result.band, result.score_band, result.red_flags) == ("level-i", "level-i", ())
    assert not result.mitigation_applied
    # Why: an FAQ chatbot that decides nothing about people; acting on its own adds no points.
    assert points_of(result, "area").points == {"use-area": 1.0}
    assert not any(t.kind is TraceKind.POINTS and t.question_id == "automation-level"
                   and t.points for t in result.trace)
    recs = sources(result)
    assert recs["genai-addendum"] == ("genai",)
    assert recs["cross-border"] == ("cross-border",)
    assert recs["supplier-contract"] == ("mit-supplier-contract",)
    assert recs["law-my"] == ("markets",) and recs["law-sg"] == ("markets",)
    assert "high-risk-area" not in recs


def test_jakarta_fintech_is_level_iii_despite_the_mitigation_credit(
        questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("jakarta-fintech-credit-scoring"))
    assert (result.band, result.score_band, result.red_flags) == ("level-iii", "level-iii", ())
    assert result.mitigation_applied
    assert 50 <= result.overall < result.overall_before_mitigation < 75
    # Why: credit scoring of low-income applicants, with profiling and sensitive data.
    assert points_of(result, "area").points == {"use-area": 10.0}
    assert points_of(result, "decision-about-people").points == {"people": 4.0}
    assert points_of(result, "most-vulnerable").points == {"people": 4.0}
    recs = sources(result)
    assert recs["high-risk-area"] == ("area",)
    assert recs["profiling"] == ("decision-about-people",)
    assert recs["sensitive-data"] == ("personal-data",)
    assert recs["law-id"] == ("markets",)


def test_ministry_triage_is_level_iii_without_credit(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("ministry-benefit-triage"))
    assert (result.band, result.score_band, result.red_flags) == ("level-iii", "level-iii", ())
    assert not result.mitigation_applied
    # Officers decide every case (human-in-the-loop): automation gives no points either way ...
    assert not any(t.kind is TraceKind.POINTS and t.question_id == "automation-level"
                   and t.points for t in result.trace)
    # ... but missing safeguards for a vulnerable group are what the report asks for first.
    recs = sources(result)
    for rec, question in (("bias-testing", "mit-bias"), ("notice", "mit-notice"),
                          ("consultation", "mit-consultation"), ("vulnerable", "most-vulnerable")):
        assert recs[rec] == (question,)


def test_emotion_analytics_is_forced_to_level_iv(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("contact-centre-emotion-analytics"))
    assert result.score_band == "level-iii"  # the points alone
    assert result.red_flags == ("emotion-work-school",)
    assert result.band == "level-iv"
    assert only(result, TraceKind.FINAL_BAND).detail["reason"] == "red_flag:emotion-work-school"
    assert sources(result)["stop-legal"] == ("red_flag:emotion-work-school",)
    stop = questionnaire.recommendation("stop-legal")
    assert stop is not None and stop.priority.value == "high"


def test_warehouse_forecast_is_level_i_with_credit(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("warehouse-demand-forecast"))
    assert (result.band, result.red_flags) == ("level-i", ())
    assert result.mitigation_applied
    assert result.overall < 10
    # No personal data: the data-source and cross-border questions never apply.
    hidden = {t.question_id for t in result.trace if t.kind is TraceKind.HIDDEN}
    assert {"data-source", "cross-border", "mit-privacy-assessment", "mit-data-security",
            "mit-bias"} <= hidden
    # Its results are not about people, so notice and recourse questions do not apply either.
    assert {"mit-notice", "mit-recourse"} <= hidden
    assert points_of(result, "mit-supplier-evidence").points == {"mitigation": 2.0}


def test_automation_is_compared_not_scored(questionnaire: Questionnaire) -> None:
    base = example("penang-shop-chatbot")
    levels = {score(questionnaire, {**base, "automation-level": level}).overall
              for level in ("information", "recommends", "acts-monitored", "acts-alone")}
    assert len(levels) == 1
    acting_alone = score(questionnaire, {**base, "automation-level": "acts-alone"})
    assert sources(acting_alone)["human-oversight"][0] == "automation-level"


def test_not_knowing_the_error_rate_is_its_own_answer(questionnaire: Questionnaire) -> None:
    base = example("penang-shop-chatbot")
    unknown = score(questionnaire, {**base, "likelihood": "unknown"})
    likely = score(questionnaire, {**base, "likelihood": "likely"})
    assert points_of(unknown, "likelihood").points == {"likelihood": 3.0}
    assert points_of(likely, "likelihood").points == {"likelihood": 4.0}
    assert sources(unknown)["testing"][0] == "likelihood"


def test_live_face_recognition_is_asked_of_every_ai_system(questionnaire: Questionnaire) -> None:
    for area in ("customer", "internal", "biometrics", "law-enforcement"):
        result = score(questionnaire, {**example("warehouse-demand-forecast"), "area": area,
                                       "rf-live-rbi-public": "yes"})
        assert result.red_flags == ("live-biometric-identification",), area
        assert result.band == "level-iv"


def test_no_path_shows_more_than_55_or_fewer_than_35_questions(
        questionnaire: Questionnaire) -> None:
    # Everything that opens extra questions: a supplier-built generative system used by the
    # police on sensitive data ...
    widest = {**example("jakarta-fintech-credit-scoring"), "role": "adapt", "genai": "yes",
              "area": "law-enforcement"}
    assert score(questionnaire, widest).applicable == questionnaire.question_count <= 55
    # ... and everything that closes them: an in-house model with no personal data that
    # decides nothing about people.
    narrowest = {**example("warehouse-demand-forecast"), "role": "build"}
    assert score(questionnaire, narrowest).applicable >= 35


def test_station_security_face_recognition_must_stop(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("station-security-face-recognition"))
    # "security" rather than "law enforcement" does not avoid the stop
    assert result.red_flags == ("live-biometric-identification",)
    assert result.band == "level-iv"
    assert only(result, TraceKind.FINAL_BAND).detail["reason"] == (
        "red_flag:live-biometric-identification")
    recs = sources(result)
    assert recs["stop-legal"] == ("red_flag:live-biometric-identification",)
    assert recs["law-bn"] == ("markets",)


def test_hospital_triage_gets_the_device_regulator_step(questionnaire: Questionnaire) -> None:
    result = score(questionnaire, example("hospital-triage-support"))
    assert (result.band, result.red_flags) == ("level-iii", ())
    assert result.mitigation_applied  # nurses decide and safeguards are in place
    recs = sources(result)
    assert recs["product-regulator"] == ("regulated-product", "floor:floor-regulated-product")
    assert recs["irreversible"] == ("reversibility",)
    assert recs["law-th"] == ("markets",)


FLOOR_REASON_WORDS = {"floor-high-risk-decisions": "Annex III",
                      "floor-regulated-product": "Annex I",
                      "floor-infrastructure-control": "Annex III 2"}


def test_floors_raise_high_risk_uses_and_say_why(questionnaire: Questionnaire) -> None:
    floors = {f.id: f for f in questionnaire.scoring.floors}
    assert set(floors) == set(FLOOR_REASON_WORDS)
    for floor_id, words in FLOOR_REASON_WORDS.items():
        assert floors[floor_id].band == "level-iii"
        assert words in floors[floor_id].reason.get("en")
        assert floors[floor_id].reason.get("en").endswith(".")
        assert floors[floor_id].reason.get("ms").endswith(".")
    # a credit scorer whose officers review every case and that has every safeguard: the points
    # alone give Level II, the profiling floor keeps it at Level III
    careful = {**example("jakarta-fintech-credit-scoring"), "automation-level": "recommends",
               "most-vulnerable": "adults", "severity": "moderate", "duration": "short",
               **{q: "yes" for q in ("mit-bias", "mit-notice", "mit-explanation", "mit-recourse",
                                     "mit-consultation", "mit-data-quality", "mit-records")}}
    result = score(questionnaire, careful)
    assert result.score_band in ("level-i", "level-ii")
    assert result.band == "level-iii"
    assert only(result, TraceKind.FINAL_BAND).detail["reason"] == "floor:floor-high-risk-decisions"
    assert sources(result)["human-final-decision"] == ("floor:floor-high-risk-decisions",)
