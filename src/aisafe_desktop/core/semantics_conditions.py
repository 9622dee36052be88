"""Condition checks: every comparison names a real question and option, fits the question's type,
compares with a value of the right kind, and no question depends on itself, directly or through a
cycle. Conditions may refer to questions before or after their own (forward references)."""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from aisafe_desktop.core.conditions import Operator
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import YES_NO_VALUES, QuestionType
from aisafe_desktop.core.problems import ProblemCode as P

if TYPE_CHECKING:
    from aisafe_desktop.core.semantics import SemanticChecker
    from aisafe_desktop.core.yaml_reader import Path

_OPERATORS = frozenset(op.value for op in Operator)
_ORDERABLE = {QuestionType.NUMBER, QuestionType.SCALE, QuestionType.DATE}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _comparisons(cond: Any, path: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    if "all" in cond or "any" in cond:
        key = "all" if "all" in cond else "any"
        for i, child in enumerate(cond[key]):
            yield from _comparisons(child, (*path, key, i))
    elif "not" in cond:
        yield from _comparisons(cond["not"], (*path, "not"))
    else:
        yield path, cond


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_date(value: Any) -> bool:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return True  # an unquoted 2026-12-02 is read as a date
    if not isinstance(value, str) or not _DATE.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


def _option_value(option: Any) -> Any:
    return option["value"] if isinstance(option, dict) else option


class ConditionChecker:
    def __init__(self, parent: SemanticChecker) -> None:
        self.parent = parent
        self.questions: dict[str, dict[str, Any]] = {}

    def run(self) -> None:
        self.questions = {q["id"]: q for _, q in self.parent.questions()}
        depends: dict[str, set[str]] = {}
        where: dict[str, Path] = {}
        for spath, section in self.parent.sections():
            section_refs: set[str] = set()
            own = {q["id"] for q in section["questions"]}
            if "when" in section:
                section_refs = self.check(section["when"], (*spath, "when"), own, "section")
            for j, q in enumerate(section["questions"]):
                qpath = (*spath, "questions", j)
                refs = set(section_refs)
                if "when" in q:
                    refs |= self.check(q["when"], (*qpath, "when"), {q["id"]}, "question")
                    where[q["id"]] = (*qpath, "when")
                else:
                    where[q["id"]] = (*spath, "when")
                depends[q["id"]] = refs
        scoring = self.parent.data["scoring"]
        for key, owner in (("red_flags", "red flag"), ("floors", "floor"), ("outcomes", "outcome")):
            for i, rule in enumerate(scoring.get(key, [])):
                self.check(rule["when"], ("scoring", key, i, "when"), set(), owner)
        self.find_cycles(depends, where)

    def check(self, cond: Any, path: Path, own: set[str], owner: str) -> set[str]:
        refs: set[str] = set()
        for cpath, comparison in _comparisons(cond, path):
            qid = comparison.get("question")
            if not isinstance(qid, str):
                continue
            if qid in own:
                self.parent.report(P.SELF_REFERENCE, (*cpath, "question"), owner=owner,
                                   question=qid)
                continue
            target = self.questions.get(qid)
            if target is None:
                guess = difflib.get_close_matches(qid, list(self.questions), n=1, cutoff=0.6)
                self.parent.report(P.UNKNOWN_QUESTION, (*cpath, "question"), question=qid,
                                   hint=Message(" — did you mean '{guess}'?", guess=guess[0])
                                   if guess else ".")
                continue
            refs.add(qid)
            self.check_operator(cpath, comparison, target)
        return refs

    def check_operator(self, path: Path, comparison: dict[str, Any], target: dict[str, Any]) -> None:
        op = next(Operator(k) for k in comparison if k in _OPERATORS)
        qtype = QuestionType(target["type"])
        qid = target["id"]
        params = {"operator": op.value, "question": qid, "qtype": qtype.value}
        misfit = None
        if op.is_ordering and qtype not in _ORDERABLE:
            misfit = P.ORDERING_MISFIT
        elif op is Operator.INCLUDES and qtype is not QuestionType.MULTIPLE_CHOICE:
            misfit = P.INCLUDES_MISFIT
        elif op in (Operator.EQUALS, Operator.NOT_EQUALS) and \
                qtype is QuestionType.MULTIPLE_CHOICE:
            misfit = P.EQUALS_MISFIT
        if misfit:
            self.parent.report(misfit, (*path, op.value), **params)
            return
        if op is Operator.ANSWERED:
            return
        operand = comparison[op.value]
        values = operand if isinstance(operand, list) else [operand]
        if qtype.has_options:
            self.check_options(path, op, values, target, qtype)
        else:
            self.check_value_kind(path, op, values, target, qtype)

    def check_options(self, path: Path, op: Operator, values: list[Any], target: dict[str, Any],
                      qtype: QuestionType) -> None:
        allowed = [_option_value(o) for o in target.get("options", [])]
        if qtype is QuestionType.YES_NO:
            allowed = list(dict.fromkeys(["yes", "no", *allowed]))
            if self.parent.data.get("format", 1) < 2 and "na" not in allowed:
                allowed.append("na")
            allowed = [v for v in YES_NO_VALUES if v in allowed]
        for value in values:
            if op.is_ordering and not (isinstance(value, int) and not isinstance(value, bool)
                                       and value in allowed):
                self.parent.report(P.SCALE_OPERAND, (*path, op.value), operator=op.value,
                                   value=value, question=target["id"],
                                   points=", ".join(map(str, allowed)))
            elif not op.is_ordering and value not in allowed:
                quoted = any(str(a) == str(value) for a in allowed)
                hint = " (write the number without quotes)" if quoted else ""
                self.parent.report(P.UNKNOWN_OPTION, (*path, op.value), question=target["id"],
                                   value=value, options=", ".join(map(str, allowed)) + hint)

    def check_value_kind(self, path: Path, op: Operator, values: list[Any],
                         target: dict[str, Any], qtype: QuestionType) -> None:
        kind = {QuestionType.NUMBER: P.NUMBER_OPERAND, QuestionType.DATE: P.DATE_OPERAND,
                QuestionType.SHORT_TEXT: P.TEXT_OPERAND, QuestionType.LONG_TEXT: P.TEXT_OPERAND}
        fits = {QuestionType.NUMBER: _is_number, QuestionType.DATE: _is_date,
                QuestionType.SHORT_TEXT: _is_text, QuestionType.LONG_TEXT: _is_text}
        for value in values:
            if qtype in fits and not fits[qtype](value):
                self.parent.report(kind[qtype], (*path, op.value), operator=op.value,
                                   question=target["id"], value=value)

    def find_cycles(self, depends: dict[str, set[str]], where: dict[str, Path]) -> None:
        state: dict[str, int] = {}  # 1 = on the current path, 2 = done
        reported: set[frozenset[str]] = set()
        for start in depends:
            if state.get(start):
                continue
            stack: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(depends[start])))]
            state[start] = 1
            while stack:
                node, children = stack[-1]
                child = next(children, None)
                if child is None:
                    state[node] = 2
                    stack.pop()
                elif state.get(child) == 1:
                    cycle = [n for n, _ in stack][[n for n, _ in stack].index(child):]
                    if frozenset(cycle) not in reported:
                        reported.add(frozenset(cycle))
                        chain = " → ".join([*cycle, child])
                        self.parent.report(P.CYCLE, where[child], chain=chain)
                elif not state.get(child):
                    state[child] = 1
                    stack.append((child, iter(sorted(depends.get(child, ())))))
