"""Scoring with the format 2 features: floors, outcomes, band edges, rounding, yes/no without an
implicit "not applicable" — exact results, the trace and the sentences that explain them."""

from __future__ import annotations

from aisafe_desktop.core.builder import build_questionnaire
from aisafe_desktop.core.dump import dump_questionnaire
from aisafe_desktop.core.explain import explain, raisers
from aisafe_desktop.core.model import BandEdges, Questionnaire, Rounding
from aisafe_desktop.core.scoring import ScoreResult, TraceEntry, TraceKind, band_for, round_half_up, score
from tests.core.conftest import BASE, load, mutate
from tests.core.test_validator_format2 import FLOOR, OUTCOME, with_scoring


def questionnaire(text: str = BASE) -> Questionnaire:
    result = load(text)
    assert result.questionnaire is not None, [str(p) for p in result.problems]
    assert result.problems == [], [str(p) for p in result.problems]
    return result.questionnaire


def steps(result: ScoreResult, kind: TraceKind) -> list[TraceEntry]:
    return [t for t in result.trace if t.kind is kind]


def test_floor_raises_the_band_and_is_explained() -> None:
    q = questionnaire(with_scoring(FLOOR))
    result = score(q, {"uses-ai": "no", "staff": 300, "oversight": 1})
    assert result.score_band == "low"
    assert result.floors == () and result.band == "low"  # staff only applies when uses-ai is yes
    result = score(q, {"uses-ai": "yes", "staff": 300, "oversight": 2})
    assert result.overall == 85 and result.score_band == "high"  # nothing to raise
    assert result.floors == ("floor-big",) and raisers(q, result) == []
    low = mutate("min: 50, max: 100", "min: 90, max: 100",
                 mutate("min: 0, max: 50", "min: 0, max: 90", with_scoring(FLOOR)))
    q = questionnaire(low)
    result = score(q, {"uses-ai": "yes", "staff": 300, "oversight": 2})
    assert (result.score_band, result.band) == ("low", "high")
    final = steps(result, TraceKind.FINAL_BAND)[0].detail
    assert final == {"band": "high", "reason": "floor:floor-big"}
    assert [(r.kind, r.id) for r in raisers(q, result)] == [(TraceKind.FLOOR, "floor-big")]
    assert result.red_flags == ()  # a floor is not a red flag
    lines = explain(q, result, "en")
    assert lines[0].startswith("Minimum level: Large organisations. Because of it")
    assert explain(q, result, "ms")[0].startswith("Tahap minimum: Organisasi besar")


def test_outcome_replaces_the_band() -> None:
    q = questionnaire(with_scoring(OUTCOME))
    result = score(q, {"uses-ai": "no", "oversight": 1})
    assert result.outcome == "no-ai" and result.band == "no-ai"
    assert result.score_band == "low"  # still computed, for the record
    assert steps(result, TraceKind.OUTCOME)[0].detail == {"outcome": "no-ai"}
    title = q.result_title(result.band)
    assert title is not None and title.get("ms") == "Bukan sistem AI"
    lines = explain(q, result, "en")
    assert lines[0].startswith("Result: “Not an AI system”. This check does not apply.")
    assert not any(line.startswith("Your overall score") for line in lines)
    assert result.to_json()["outcome"] == "no-ai"


def test_red_flag_wins_over_an_outcome() -> None:
    q = questionnaire(with_scoring(OUTCOME))
    result = score(q, {"uses-ai": "no", "oversight": 0})
    assert result.red_flags == ("none-at-all",)
    assert result.outcome is None and result.band == "high"


def test_band_edges() -> None:
    q = questionnaire()
    bands = q.scoring.bands
    assert band_for(bands, 50).id == "high"  # today's default: lower edge inclusive
    assert band_for(bands, 50, BandEdges.UPPER_INCLUSIVE).id == "low"
    assert band_for(bands, 0, BandEdges.UPPER_INCLUSIVE).id == "low"
    assert band_for(bands, 100, BandEdges.UPPER_INCLUSIVE).id == "high"
    assert band_for(bands, 100).id == "high"
    assert band_for(bands, 50.01, BandEdges.UPPER_INCLUSIVE).id == "high"


def test_rounding_half_up_before_banding() -> None:
    assert [round_half_up(x) for x in (49.5, 49.49, 50.5, 0.5, 2.5)] == [50, 49, 51, 1, 3]
    text = mutate("direction: risk", "direction: risk\n  rounding: half_up\n"
                  "  band_edges: upper_inclusive")
    q = questionnaire(text)
    assert q.scoring.rounding is Rounding.HALF_UP
    assert q.scoring.band_edges is BandEdges.UPPER_INCLUSIVE
    # uses-ai yes (1/1) + oversight 1 (1/2): 2 of 3 = 66.67 % → 67, in "high"
    result = score(q, {"uses-ai": "yes", "oversight": 1})
    assert result.overall == 67 and result.band == "high"
    (entry,) = steps(result, TraceKind.ROUNDING)
    assert entry.detail == {"before": 66.67, "after": 67.0}
    assert any("rounded to 67" in line for line in explain(q, result, "en"))


def test_yes_no_without_listed_na_has_no_na() -> None:
    text = mutate("          - na\n", "")
    q = questionnaire(text)
    uses_ai = q.question_index()["uses-ai"]
    assert [o.value for o in uses_ai.options] == ["yes", "no"]
    result = score(q, {"uses-ai": "na", "oversight": 2})
    # "na" is not an answer here: it cannot drop the question from the score
    assert steps(result, TraceKind.NOT_APPLICABLE) == []
    gov = result.dimension("gov")
    assert gov is not None and gov.maximum == 3.0


def test_format_1_keeps_the_implicit_na() -> None:
    text = mutate("          - na\n", "").replace("format: 2\n", "format: 1\n")
    q = load(text).questionnaire
    assert q is not None
    assert [o.value for o in q.question_index()["uses-ai"].options] == ["yes", "no", "na"]
    result = score(q, {"uses-ai": "na", "oversight": 2})
    assert [t.question_id for t in steps(result, TraceKind.NOT_APPLICABLE)] == ["uses-ai"]


def test_model_round_trips_with_the_new_keys() -> None:
    text = mutate("direction: risk", "direction: risk\n  rounding: half_up\n"
                  "  band_edges: upper_inclusive")
    q = questionnaire(with_scoring(FLOOR + OUTCOME, text))
    assert build_questionnaire(dump_questionnaire(q)) == q
    q2 = questionnaire(mutate("          - na\n", ""))
    assert build_questionnaire(dump_questionnaire(q2)) == q2


def test_trace_is_built_on_reading_and_matches() -> None:
    q = questionnaire(with_scoring(FLOOR))
    result = score(q, {"uses-ai": "yes", "staff": 300, "oversight": 1})
    assert "trace" not in result.__dict__  # not built yet
    kinds = [t.kind for t in result.trace]
    assert kinds[-1] is TraceKind.FINAL_BAND and TraceKind.FLOOR in kinds
    assert [t.question_id for t in result.trace if t.kind is TraceKind.POINTS] == [
        "uses-ai", "oversight"]


def test_unknown_language_falls_back_to_english_visibly() -> None:
    q = questionnaire()
    result = score(q, {"uses-ai": "yes", "oversight": 1})
    lines = explain(q, result, "pt")  # no texts file for Portuguese (Tetum's fallback)
    assert lines[0] == ("(These explanations are in English: AISafe Desktop has no Português "
                        "text for them yet.)")
    assert lines[1].startswith("Your overall score")
    assert not explain(q, result, "ms")[0].startswith("(")
