"""Scoring on a known questionnaire: exact numbers and the trace that explains them."""

from __future__ import annotations

from aisafe_desktop.core.explain import explain
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult, TraceEntry, TraceKind, score
from tests.core.conftest import BASE, load, mutate


def questionnaire(text: str = BASE) -> Questionnaire:
    result = load(text)
    assert result.questionnaire is not None, [str(p) for p in result.problems]
    return result.questionnaire


def kinds(result: ScoreResult, kind: TraceKind) -> list[TraceEntry]:
    return [t for t in result.trace if t.kind is kind]


def test_points_are_normalised_by_what_applies() -> None:
    result = score(questionnaire(), {"uses-ai": "yes", "oversight": 1})
    gov = result.dimension("gov")
    assert gov is not None and (gov.points, gov.maximum) == (2.0, 3.0)
    assert result.overall_before_mitigation == round(200 / 3, 2)
    assert result.score_band == "high" and result.band == "high"
    assert [t.question_id for t in kinds(result, TraceKind.POINTS)] == ["uses-ai", "oversight"]
    assert kinds(result, TraceKind.UNANSWERED) == []  # staff is a number: no points to miss


def test_hidden_questions_count_on_neither_side() -> None:
    text = mutate("        when: {question: uses-ai, equals: \"yes\"}\n", "")
    text = mutate("        type: scale\n",
                  "        type: scale\n        when: {question: uses-ai, equals: \"yes\"}\n", text)
    result = score(questionnaire(text), {"uses-ai": "no", "oversight": 2})
    gov = result.dimension("gov")
    assert gov is not None and (gov.points, gov.maximum) == (0.0, 1.0)
    assert [t.question_id for t in kinds(result, TraceKind.HIDDEN)] == ["oversight"]
    assert result.applicable == 2  # uses-ai and staff


def test_not_applicable_answer_is_excluded() -> None:
    result = score(questionnaire(), {"uses-ai": "na", "oversight": 2})
    gov = result.dimension("gov")
    assert gov is not None and (gov.points, gov.maximum) == (2.0, 2.0)
    assert [t.question_id for t in kinds(result, TraceKind.NOT_APPLICABLE)] == ["uses-ai"]


def test_mitigation_credit_reduces_the_overall_score() -> None:
    result = score(questionnaire(), {"uses-ai": "yes", "oversight": 2})
    (entry,) = kinds(result, TraceKind.MITIGATION)
    assert entry.detail["applied"] is True and entry.detail["percent"] == 100
    assert result.overall_before_mitigation == 100 and result.overall == 85
    assert result.mitigation_applied


def test_red_flag_forces_band_and_triggers_recommendation_order() -> None:
    result = score(questionnaire(), {"uses-ai": "no", "oversight": 0})
    assert result.score_band == "low" and result.band == "high"
    assert result.red_flags == ("none-at-all",)
    (final,) = kinds(result, TraceKind.FINAL_BAND)
    assert final.detail == {"band": "high", "reason": "red_flag:none-at-all"}
    assert [r.id for r in result.recommendations] == ["write-policy"]
    assert result.recommendations[0].sources == ("uses-ai",)


def test_red_flag_on_hidden_question_does_not_fire() -> None:
    text = mutate("        type: scale\n",
                  "        type: scale\n        when: {question: uses-ai, equals: \"yes\"}\n")
    result = score(questionnaire(text), {"uses-ai": "no", "oversight": 0})
    assert result.red_flags == () and result.band == "low"


def test_explanation_in_both_languages() -> None:
    q = questionnaire()
    result = score(q, {"uses-ai": "no", "oversight": 0})
    english = explain(q, result, "en")
    malay = explain(q, result, "ms")
    assert english[0].startswith("Red flag: No oversight.")
    assert malay[0].startswith("Tanda amaran: Tiada pengawasan.")
    assert any("Low" in line for line in english) and any("Rendah" in line for line in malay)


def test_scoring_is_repeatable() -> None:
    q = questionnaire()
    answers = {"uses-ai": "yes", "staff": 12, "oversight": 1}
    assert score(q, answers) == score(q, answers)
