"""Conditions written as data: which questions and sections apply, given the answers so far.

A condition is a tree of comparisons on other questions' answers combined with all / any / not.
It is never turned into code from text: `compile_condition` turns the tree into closures, once
per questionnaire. An unanswered (or not applicable) question makes every comparison on it false,
except `answered: false`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Union


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

    @property
    def is_ordering(self) -> bool:
        return self in (Operator.GT, Operator.GTE, Operator.LT, Operator.LTE)


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


Predicate = Callable[[AnswerLookup], bool]


def questions_in(condition: Condition) -> set[str]:
    """The ids of the questions a condition looks at."""
    if isinstance(condition, Compare):
        return {condition.question}
    if isinstance(condition, AllOf | AnyOf):
        return set().union(*(questions_in(c) for c in condition.conditions))
    return questions_in(condition.condition)


def evaluate(condition: Condition, answer_of: AnswerLookup) -> bool:
    return compile_condition(condition)(answer_of)


def compile_condition(condition: Condition) -> Predicate:
    """The condition as a function of the answers: closures built from the data (never code from
    text), so a questionnaire's conditions are walked once, not at every evaluation."""
    if isinstance(condition, Compare):
        return _compile_compare(condition)
    if isinstance(condition, AllOf | AnyOf):
        parts = tuple(compile_condition(c) for c in condition.conditions)
        if isinstance(condition, AllOf):
            return lambda answer_of: all(p(answer_of) for p in parts)
        return lambda answer_of: any(p(answer_of) for p in parts)
    inner = compile_condition(condition.condition)
    return lambda answer_of: not inner(answer_of)


def _unanswered(answer: object) -> bool:
    return answer is None or answer == []


def _compile_compare(c: Compare) -> Predicate:
    qid, op, wanted = c.question, c.operator, c.value
    if op is Operator.ANSWERED:
        return lambda answer_of: (not _unanswered(answer_of(qid))) == bool(wanted)
    if op is Operator.EQUALS:
        if wanted is None or wanted == []:
            return lambda answer_of: False  # an unanswered question equals nothing
        return lambda answer_of: answer_of(qid) == wanted
    if op is Operator.NOT_EQUALS:
        return lambda answer_of: (a := answer_of(qid)) is not None and a != [] and a != wanted
    if op in (Operator.IN, Operator.NOT_IN):
        choices = frozenset(wanted if isinstance(wanted, list | tuple) else [wanted])
        negate = op is Operator.NOT_IN

        def member(answer_of: AnswerLookup) -> bool:
            answer = answer_of(qid)
            if answer is None or answer == []:
                return False
            try:
                if isinstance(answer, list | tuple | set):
                    overlap = any(v in choices for v in answer)
                else:
                    overlap = answer in choices
            except TypeError:  # an unhashable answer (a mapping) matches nothing
                return False
            return overlap is not negate
        return member
    if op is Operator.INCLUDES:
        return lambda answer_of: not _unanswered(a := answer_of(qid)) and wanted in _as_set(a)
    right = _ordered(wanted)
    test = _ORDERINGS[op]

    def ordered(answer_of: AnswerLookup) -> bool:
        answer = answer_of(qid)
        if _unanswered(answer) or right is None:
            return False
        left = _ordered(answer)
        return left is not None and type(left) is type(right) and test(left, right)
    return ordered


_ORDERINGS: dict[Operator, Callable[[Any, Any], bool]] = {
    Operator.GT: lambda a, b: a > b, Operator.GTE: lambda a, b: a >= b,
    Operator.LT: lambda a, b: a < b, Operator.LTE: lambda a, b: a <= b,
}


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
