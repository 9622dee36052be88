"""Hypothesis strategies: random but valid questionnaires, and random answers for them."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from aisafe_desktop.core.model import Questionnaire, QuestionType

DIMS = ["d1", "d2", "mit"]
WORDS = st.text(alphabet="abcdefghij klmnop", min_size=1, max_size=12).map(
    lambda s: s.strip() or "x")


def _text(draw: Any) -> dict[str, str]:
    return {"en": draw(WORDS), "ms": draw(WORDS)}


def _options(draw: Any, qtype: str) -> list[dict[str, Any]]:
    if qtype == "yes_no":
        values: list[Any] = ["yes", "no", "na"]
    elif qtype == "scale":
        values = list(range(draw(st.integers(2, 5))))
    else:
        values = [f"o{i}" for i in range(draw(st.integers(2, 4)))]
    out = []
    for value in values:
        score = {d: draw(st.integers(0, 4)) for d in draw(st.sets(st.sampled_from(DIMS)))}
        option: dict[str, Any] = {"value": value, "label": _text(draw)}
        if score:
            option["score"] = score
        out.append(option)
    return out


def _condition(draw: Any, earlier: list[dict[str, Any]]) -> dict[str, Any] | None:
    targets = [q for q in earlier if q["type"] in ("yes_no", "single_choice", "number")]
    if not targets or not draw(st.booleans()):
        return None
    q = draw(st.sampled_from(targets))
    if q["type"] == "number":
        return {"question": q["id"], "gt": draw(st.integers(0, 10))}
    value = draw(st.sampled_from([o["value"] for o in q["options"]]))
    cond = {"question": q["id"], "equals": value}
    return {"not": cond} if draw(st.booleans()) else cond


@st.composite
def questionnaire_data(draw: Any) -> dict[str, Any]:
    questions: list[dict[str, Any]] = []
    types = ["yes_no", "single_choice", "multiple_choice", "scale", "number", "short_text"]
    for i in range(draw(st.integers(1, 12))):
        qtype = draw(st.sampled_from(types))
        q: dict[str, Any] = {"id": f"q{i}", "type": qtype, "text": _text(draw),
                             "required": draw(st.booleans())}
        if qtype in ("yes_no", "single_choice", "multiple_choice", "scale"):
            q["options"] = _options(draw, qtype)
        if qtype == "number":
            q["min"], q["max"] = 0, 20
        cond = _condition(draw, questions)
        if cond:
            q["when"] = cond
        questions.append(q)
    cut = draw(st.integers(1, 99))
    flags = []
    flaggable = [q for q in questions if q["type"] == "yes_no"]
    if flaggable:
        flags.append({"id": "flag", "when": {"question": flaggable[0]["id"], "equals": "yes"},
                      "band": draw(st.sampled_from(["low", "high"])),
                      "message": {"en": "flag", "ms": "bendera"}})
    scoring: dict[str, Any] = {
        "direction": draw(st.sampled_from(["risk", "readiness"])),
        "bands": [{"id": "low", "label": _text(draw), "min": 0, "max": cut},
                  {"id": "high", "label": _text(draw), "min": cut, "max": 100}],
        "red_flags": flags,
    }
    if draw(st.booleans()):
        scoring["mitigation"] = {"dimension": "mit", "threshold": draw(st.integers(0, 100)),
                                 "reduction": draw(st.integers(0, 100))}
    return {
        "format": 1, "id": "generated", "version": "1.0.0", "title": _text(draw),
        "description": _text(draw), "publisher": "p", "licence": "CC0-1.0",
        "languages": ["en", "ms"], "default_language": "en", "estimated_minutes": 5,
        "dimensions": [{"id": d, "title": _text(draw)} for d in DIMS],
        "sections": [{"id": "s", "title": _text(draw), "questions": questions}],
        "scoring": scoring,
    }


@st.composite
def answers_for(draw: Any, questionnaire: Questionnaire) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for _, q in questionnaire.questions():
        if not draw(st.booleans()):
            continue
        if q.type is QuestionType.MULTIPLE_CHOICE:
            values[q.id] = draw(st.lists(st.sampled_from([o.value for o in q.options]),
                                         unique=True))
        elif q.type.has_options:
            values[q.id] = draw(st.sampled_from([o.value for o in q.options]))
        elif q.type is QuestionType.NUMBER:
            values[q.id] = draw(st.integers(0, 20))
        else:
            values[q.id] = draw(WORDS)
    return values
