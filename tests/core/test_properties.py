"""Property tests: bounds, red flags never make a result milder, YAML round trips."""

from __future__ import annotations

import dataclasses
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisafe_desktop.core.builder import build_questionnaire
from aisafe_desktop.core.dump import dump_questionnaire
from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import score, severity
from tests.core.strategies import answers_for, questionnaire_data

SETTINGS = settings(max_examples=100, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])


def _load(data: dict[str, Any]) -> Questionnaire:
    text = yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True)
    result = load_bytes(text.encode(), "generated.yaml")
    assert result.errors == [], [str(p) for p in result.errors]
    assert result.questionnaire is not None
    return result.questionnaire


@SETTINGS
@given(st.data())
def test_scores_stay_within_bounds(data: st.DataObject) -> None:
    questionnaire = _load(data.draw(questionnaire_data()))
    result = score(questionnaire, data.draw(answers_for(questionnaire)))
    assert 0 <= result.overall <= 100
    assert 0 <= result.overall_before_mitigation <= 100
    for dim in result.dimensions:
        assert 0 <= dim.points <= dim.maximum or dim.maximum == 0
        assert 0 <= dim.percent <= 100
    assert result.answered <= result.applicable
    assert result.band in {b.id for b in questionnaire.scoring.bands}


@SETTINGS
@given(st.data())
def test_red_flags_never_make_the_band_milder(data: st.DataObject) -> None:
    questionnaire = _load(data.draw(questionnaire_data()))
    values = data.draw(answers_for(questionnaire))
    with_flags = score(questionnaire, values)
    no_flags = dataclasses.replace(
        questionnaire, scoring=dataclasses.replace(questionnaire.scoring, red_flags=()))
    without = score(no_flags, values)
    assert severity(questionnaire, with_flags.band) >= severity(questionnaire, without.band)
    for flag_id in with_flags.red_flags:
        flag = next(f for f in questionnaire.scoring.red_flags if f.id == flag_id)
        assert severity(questionnaire, with_flags.band) >= severity(questionnaire, flag.band)


@SETTINGS
@given(st.data())
def test_answering_a_red_flag_forcing_the_worst_band_gives_the_worst_band(
        data: st.DataObject) -> None:
    raw = data.draw(questionnaire_data())
    if not raw["scoring"]["red_flags"]:
        return
    worst = "high" if raw["scoring"]["direction"] == "risk" else "low"
    raw["scoring"]["red_flags"][0]["band"] = worst
    flag_question = raw["scoring"]["red_flags"][0]["when"]["question"]
    raw["sections"][0]["questions"] = [
        {k: v for k, v in q.items() if k != "when"} if q["id"] == flag_question else q
        for q in raw["sections"][0]["questions"]]
    questionnaire = _load(raw)
    values = data.draw(answers_for(questionnaire))
    before = score(questionnaire, values)
    after = score(questionnaire, {**values, flag_question: "yes"})
    assert after.band == worst
    assert severity(questionnaire, after.band) >= severity(questionnaire, before.band)


@SETTINGS
@given(questionnaire_data())
def test_yaml_model_yaml_round_trip(raw: dict[str, Any]) -> None:
    model = _load(raw)
    dumped = dump_questionnaire(model)
    again = _load(dumped)
    assert again == model
    assert dump_questionnaire(again) == dumped
    assert build_questionnaire(dumped) == model
