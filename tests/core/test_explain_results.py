"""Results people understand: "Answers that weighed most" lists only answers that added to the
score, with the whole question; the band sentence gives a whole percentage; safeguards (higher is
better) are grouped apart from the risk areas (higher is worse)."""

from __future__ import annotations

from pathlib import Path

from aisafe_desktop.core.display import whole_percent
from aisafe_desktop.core.explain import chart_groups, explain, top_contributions
from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import score

MINI = Path(__file__).parents[1] / "reporting" / "data" / "mini-risk.yaml"
LONG = ("Does the system make decisions about people, such as approving a loan, short-listing a "
        "job applicant or setting an insurance premium, without a person checking each one?")


def mini(long_question: bool = False) -> Questionnaire:
    text = MINI.read_text("utf-8")
    if long_question:
        text = text.replace("Does the system make decisions about people?", f"\"{LONG}\"")
    loaded = load_bytes(text.encode())
    assert loaded.questionnaire is not None, loaded.problems
    return loaded.questionnaire


ANSWERS = {"purpose": "Sorts loans.", "decisions": "yes", "personal-data": "no", "oversight": 3}


def test_only_answers_that_added_points_are_listed_with_the_whole_question() -> None:
    q = mini(long_question=True)
    result = score(q, ANSWERS)
    tops = top_contributions(q, result)
    assert [c.question_id for c in tops] == ["decisions"]  # personal-data "no" added nothing
    [line] = [s for s in explain(q, result, "en") if s.startswith("Answers that weighed most")]
    assert f"“{LONG}” (4/" in line and "…" not in line
    assert "Does it use personal data?" not in line


def test_the_band_sentence_gives_a_whole_percentage() -> None:
    q = mini()
    result = score(q, {**ANSWERS, "personal-data": "yes", "data-kinds": ["contact"]})
    assert result.overall != int(result.overall)  # a score with decimals
    band_line = next(s for s in explain(q, result, "en") if "overall score" in s)
    assert f"is {whole_percent(result.overall)} out of 100" in band_line
    assert f"{result.overall:g}" not in " ".join(explain(q, result, "en"))


def test_safeguards_are_charted_apart_from_the_risk_areas() -> None:
    q = mini()
    areas, safeguards = chart_groups(q, score(q, ANSWERS))
    assert [s.id for s in areas] == ["impact"]
    assert [s.id for s in safeguards] == ["safeguards"]
