"""Compiled conditions agree with a plain tree walk (the rules of docs/questionnaire-format.md,
written out directly) on random conditions and answers."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from aisafe_desktop.core.conditions import AllOf, AnyOf, Compare, Condition, Not, Operator, evaluate

QUESTIONS = ("a", "b", "c")
VALUES = st.one_of(st.sampled_from(["yes", "no", "na", "x", "2026-01-05", "2027-12-31", ""]),
                   st.integers(-3, 5), st.floats(-3, 5, allow_nan=False), st.booleans())
ANSWERS = st.one_of(st.none(), VALUES, st.lists(st.sampled_from(["x", "y", "yes"]), max_size=3))


def _ordered(value: object) -> float | str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def reference(cond: Condition, answers: dict[str, Any]) -> bool:
    if isinstance(cond, AllOf):
        return all(reference(c, answers) for c in cond.conditions)
    if isinstance(cond, AnyOf):
        return any(reference(c, answers) for c in cond.conditions)
    if isinstance(cond, Not):
        return not reference(cond.condition, answers)
    answer, op, wanted = answers.get(cond.question), cond.operator, cond.value
    unanswered = answer is None or answer == []
    if op is Operator.ANSWERED:
        return (not unanswered) == bool(wanted)
    if unanswered:
        return False
    as_set = set(answer) if isinstance(answer, list) else {answer}
    if op is Operator.EQUALS:
        return bool(answer == wanted)
    if op is Operator.NOT_EQUALS:
        return bool(answer != wanted)
    if op in (Operator.IN, Operator.NOT_IN):
        overlap = bool(as_set & set(wanted if isinstance(wanted, tuple) else [wanted]))
        return overlap if op is Operator.IN else not overlap
    if op is Operator.INCLUDES:
        return wanted in as_set
    left, right = _ordered(answer), _ordered(wanted)
    if left is None or right is None or type(left) is not type(right):
        return False
    return {Operator.GT: left > right, Operator.GTE: left >= right,  # type: ignore[operator]
            Operator.LT: left < right, Operator.LTE: left <= right}[op]  # type: ignore[operator]


def compares() -> st.SearchStrategy[Condition]:
    def build(op: Operator) -> st.SearchStrategy[Condition]:
        if op in (Operator.IN, Operator.NOT_IN):
            operand: st.SearchStrategy[Any] = st.lists(VALUES, min_size=1, max_size=3).map(tuple)
        elif op is Operator.ANSWERED:
            operand = st.booleans()
        else:
            operand = VALUES
        return st.builds(Compare, st.sampled_from(QUESTIONS), st.just(op), operand)
    return st.sampled_from(list(Operator)).flatmap(build)


CONDITIONS = st.recursive(compares(), lambda inner: st.one_of(
    st.lists(inner, min_size=1, max_size=3).map(lambda cs: AllOf(tuple(cs))),
    st.lists(inner, min_size=1, max_size=3).map(lambda cs: AnyOf(tuple(cs))),
    inner.map(Not)), max_leaves=6)


@settings(max_examples=400, deadline=None)
@given(CONDITIONS, st.fixed_dictionaries({q: ANSWERS for q in QUESTIONS}))
def test_compiled_conditions_match_the_tree_walk(cond: Condition, answers: dict[str, Any]) -> None:
    assert evaluate(cond, answers.get) == reference(cond, answers)
