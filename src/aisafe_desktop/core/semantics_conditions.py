"""Condition checks: every comparison names a real question and option, fits the question's type,
and no question depends on itself, directly or through a cycle."""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from aisafe_desktop.core.model import YES_NO_VALUES, QuestionType

if TYPE_CHECKING:
    from aisafe_desktop.core.semantics import SemanticChecker
    from aisafe_desktop.core.yaml_reader import Path

_ORDERING = {"gt", "gte", "lt", "lte"}
_OPERATORS = {"equals", "not_equals", "in", "not_in", "includes", "answered", *_ORDERING}
_ORDERABLE = {QuestionType.NUMBER, QuestionType.SCALE, QuestionType.DATE}


def _comparisons(cond: Any, path: Path) -> Iterator[tuple[Path, dict[str, Any]]]:
    if "all" in cond or "any" in cond:
        key = "all" if "all" in cond else "any"
        for i, child in enumerate(cond[key]):
            yield from _comparisons(child, (*path, key, i))
    elif "not" in cond:
        yield from _comparisons(cond["not"], (*path, "not"))
    else:
        yield path, cond


class ConditionChecker:
    def __init__(self, parent: SemanticChecker) -> None:
        self.parent = parent
        self.questions: dict[str, dict[str, Any]] = {}

    def index_questions(self) -> None:
        self.questions = {q["id"]: q for _, q in self.parent.questions()}

    def run(self) -> None:
        self.index_questions()
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
        for i, flag in enumerate(self.parent.data["scoring"].get("red_flags", [])):
            self.check(flag["when"], ("scoring", "red_flags", i, "when"), set(), "red flag")
        self.find_cycles(depends, where)

    def check(self, cond: Any, path: Path, own: set[str], owner: str) -> set[str]:
        refs: set[str] = set()
        for cpath, comparison in _comparisons(cond, path):
            qid = comparison.get("question")
            if not isinstance(qid, str):
                continue
            if qid in own:
                self.parent.report("E403", (*cpath, "question"), f"this {owner}'s condition "
                                   f"looks at question '{qid}', which only exists when the "
                                   "condition holds; refer to an earlier question instead.")
                continue
            target = self.questions.get(qid)
            if target is None:
                guess = difflib.get_close_matches(qid, list(self.questions), n=1, cutoff=0.6)
                hint = f" — did you mean '{guess[0]}'?" if guess else ""
                self.parent.report("E401", (*cpath, "question"), f"condition refers to "
                                   f"question '{qid}', which does not exist{hint}")
                continue
            refs.add(qid)
            self.check_operand(cpath, comparison, target)
        return refs

    def check_operand(self, path: Path, comparison: dict[str, Any], target: dict[str, Any]) -> None:
        op = next(k for k in comparison if k in _OPERATORS)
        qtype = QuestionType(target["type"])
        if op in _ORDERING and qtype not in _ORDERABLE:
            self.parent.report("E405", (*path, op), f"'{op}' compares numbers or dates, but "
                               f"question '{target['id']}' is {qtype.value}; use equals or in.")
        if op == "includes" and qtype is not QuestionType.MULTIPLE_CHOICE:
            self.parent.report("E405", (*path, op), f"'includes' is for multiple_choice "
                               f"questions; '{target['id']}' is {qtype.value}: use equals.")
        if op in ("equals", "not_equals") and qtype is QuestionType.MULTIPLE_CHOICE:
            self.parent.report("E405", (*path, op), f"'{target['id']}' allows several answers;"
                               " use 'includes: VALUE' or 'in: [VALUES]' instead of equals.")
        if not qtype.has_options or op in _ORDERING or op == "answered":
            return
        values = comparison[op] if isinstance(comparison[op], list) else [comparison[op]]
        allowed = [o["value"] for o in target.get("options", [])]
        if qtype is QuestionType.YES_NO and not allowed:
            allowed = list(YES_NO_VALUES)
        for value in values:
            if value not in allowed:
                self.parent.report("E402", (*path, op), f"question '{target['id']}' has no "
                                   f"option '{value}'; its options are "
                                   f"{', '.join(map(str, allowed))}.")

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
                        self.parent.report("E404", where[child], f"conditions form a cycle: "
                                           f"{chain}; no question can be shown first. Break the "
                                           "cycle by removing one of these conditions.")
                elif not state.get(child):
                    state[child] = 1
                    stack.append((child, iter(sorted(depends.get(child, ())))))
