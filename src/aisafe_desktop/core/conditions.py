"""Conditions written as data: which questions and sections apply, given the answers so far.

A condition is a tree of comparisons on other questions' answers combined with all / any / not.
It is never turned into code: `evaluate` walks the tree. An unanswered (or not applicable) question
makes every comparison on it false, except `answered: false`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Union


class Operator(StrEnum):
    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    IN = "in"
    NOT_IN = "not_in"
    INCLUDES = "includes"  # a multiple-choice answer contains the value
    ANSWERED = "answered"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"


@dataclass(frozen=True, slots=True)
class Compare:
    question: str
    operator: Operator
    value: object


@dataclass(frozen=True, slots=True)
class AllOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True)
class Not:
    condition: Condition


Condition = Union[Compare, AllOf, AnyOf, Not]  # noqa: UP007 - a runtime alias used before 3.12 syntax
AnswerLookup = Callable[[str], object]  # question id -> answer value, or None when unanswered


def comparisons(condition: Condition) -> Iterator[Compare]:
    """Every comparison in the tree, depth first."""
    if isinstance(condition, Compare):
        yield condition
    elif isinstance(condition, AllOf | AnyOf):
        for child in condition.conditions:
            yield from comparisons(child)
    else:
        yield from comparisons(condition.condition)


def evaluate(condition: Condition, answer_of: AnswerLookup) -> bool:
    if isinstance(condition, Compare):
        return _compare(condition, answer_of(condition.question))
    if isinstance(condition, AllOf):
        return all(evaluate(c, answer_of) for c in condition.conditions)
    if isinstance(condition, AnyOf):
        return any(evaluate(c, answer_of) for c in condition.conditions)
    return not evaluate(condition.condition, answer_of)


def _as_set(answer: object) -> set[object]:
    return set(answer) if isinstance(answer, list | tuple | set) else {answer}


def _ordered(value: object) -> float | str | None:
    """Numbers compare as numbers, dates as ISO strings (which order like dates)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            return None
    return None


def _compare(c: Compare, answer: object) -> bool:
    op = c.operator
    if op is Operator.ANSWERED:
        return (answer is not None and answer != []) == bool(c.value)
    if answer is None or answer == []:
        return False
    if op is Operator.EQUALS:
        return answer == c.value
    if op is Operator.NOT_EQUALS:
        return answer != c.value
    if op in (Operator.IN, Operator.NOT_IN):
        overlap = bool(_as_set(answer) & set(c.value if isinstance(c.value, list | tuple) else [c.value]))
        return overlap if op is Operator.IN else not overlap
    if op is Operator.INCLUDES:
        return c.value in _as_set(answer)
    left, right = _ordered(answer), _ordered(c.value)
    if left is None or right is None or type(left) is not type(right):
        return False
    if op is Operator.GT:
        return left > right  # type: ignore[operator]
    if op is Operator.GTE:
        return left >= right  # type: ignore[operator]
    if op is Operator.LT:
        return left < right  # type: ignore[operator]
    return left <= right  # type: ignore[operator]
