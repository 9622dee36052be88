"""Which questions' conditions read which answers, so saving one answer touches only what it can change.

Saving an answer changes the stored progress (answered / applicable questions). Counting again over
the whole questionnaire makes every save cost more the longer the questionnaire is; but an answer
can only change whether the questions that (directly or through other questions) depend on it
apply. `progress_change` counts over those alone, reading only the answers their conditions read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from aisafe_desktop.core.answers import is_answered
from aisafe_desktop.core.applicability import (
    Step,
    dependency_order,
    section_node,
    visible_in,
)
from aisafe_desktop.core.conditions import questions_in
from aisafe_desktop.core.model import Questionnaire


class SavePlan(NamedTuple):
    """What saving one question's answer reads and recounts (worked out once per question)."""

    affected: tuple[str, ...]  # the question and those whose applicability may follow from it
    needed: tuple[str, ...]  # the answers that decide whether the affected questions apply
    steps: tuple[Step, ...]  # the dependency order restricted to `needed` and their sections


@dataclass(frozen=True)
class ConditionGraph:
    """`inputs[q]`: questions read by q's own and its section's conditions;
    `dependents[q]`: questions whose conditions read q."""

    inputs: Mapping[str, frozenset[str]]
    dependents: Mapping[str, frozenset[str]]
    order: tuple[Step, ...] = ()  # the questionnaire's dependency order (for `plan`)
    sections: Mapping[str, str] = field(default_factory=dict)  # question id -> section node
    _plans: dict[str, SavePlan] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, questionnaire: Questionnaire) -> ConditionGraph:
        inputs: dict[str, frozenset[str]] = {}
        dependents: dict[str, set[str]] = {}
        sections: dict[str, str] = {}
        for section in questionnaire.sections:
            section_reads = questions_in(section.when) if section.when else set()
            for question in section.questions:
                reads = section_reads | (questions_in(question.when)
                                         if question.when else set())
                inputs[question.id] = frozenset(reads)
                sections[question.id] = section_node(section.id)
                for source in reads:
                    dependents.setdefault(source, set()).add(question.id)
        return cls(inputs, {q: frozenset(d) for q, d in dependents.items()},
                   dependency_order(questionnaire), sections)

    def plan(self, question_id: str) -> SavePlan:
        """The save plan of one question, cached: a save then costs what its closure costs,
        whatever the size of the questionnaire."""
        plan = self._plans.get(question_id)
        if plan is None:
            affected = self.affected_by(question_id)
            needed = self.needed_for(affected)
            nodes = needed | {self.sections[q] for q in needed if q in self.sections}
            plan = SavePlan(tuple(sorted(affected)), tuple(sorted(needed)),
                            tuple(step for step in self.order if step.node in nodes))
            self._plans[question_id] = plan
        return plan

    def affected_by(self, question_id: str) -> set[str]:
        """The question and every question whose applicability may follow from its answer."""
        return _closure([question_id], self.dependents)

    def needed_for(self, question_ids: Iterable[str]) -> set[str]:
        """The questions whose answers decide whether these apply (and themselves)."""
        return _closure(question_ids, self.inputs)


def _closure(start: Iterable[str], edges: Mapping[str, frozenset[str]]) -> set[str]:
    seen = set(start)
    todo = list(seen)
    while todo:
        for nxt in edges.get(todo.pop(), ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen


def progress_change(plan: SavePlan, before: Mapping[str, object],
                    after: Mapping[str, object]) -> tuple[int, int]:
    """(change in answered, change in applicable) when the answers go from `before` to `after`
    by saving the plan's question. Both mappings need the answers of `plan.needed` only; the
    others cannot change whether an affected question applies. Counted the way `progress_of`
    counts, but over the plan's steps alone: the cost does not grow with the questionnaire."""

    def counts(values: Mapping[str, object]) -> tuple[int, int]:
        visible = visible_in(plan.steps, values)
        applicable = [q for q in plan.affected if q in visible]
        return sum(1 for q in applicable if is_answered(values.get(q))), len(applicable)

    (answered_before, applicable_before), (answered_after, applicable_after) = (
        counts(before), counts(after))
    return answered_after - answered_before, applicable_after - applicable_before
