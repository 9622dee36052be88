"""Which questions' conditions read which answers, so saving one answer touches only what it can change.

Saving an answer changes the stored progress (answered / applicable questions). Counting again over
the whole questionnaire makes every save cost more the longer the questionnaire is; but an answer
can only change whether the questions that (directly or through other questions) depend on it
apply. `progress_change` counts over those alone, reading only the answers their conditions read.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from aisafe_desktop.core.answers import is_answered
from aisafe_desktop.core.applicability import Applicability
from aisafe_desktop.core.conditions import questions_in
from aisafe_desktop.core.model import Questionnaire


@dataclass(frozen=True)
class ConditionGraph:
    """`inputs[q]`: questions read by q's own and its section's conditions;
    `dependents[q]`: questions whose conditions read q."""

    inputs: Mapping[str, frozenset[str]]
    dependents: Mapping[str, frozenset[str]]

    @classmethod
    def of(cls, questionnaire: Questionnaire) -> ConditionGraph:
        inputs: dict[str, frozenset[str]] = {}
        dependents: dict[str, set[str]] = {}
        for section in questionnaire.sections:
            section_reads = questions_in(section.when) if section.when else set()
            for question in section.questions:
                reads = section_reads | (questions_in(question.when)
                                         if question.when else set())
                inputs[question.id] = frozenset(reads)
                for source in reads:
                    dependents.setdefault(source, set()).add(question.id)
        return cls(inputs, {q: frozenset(d) for q, d in dependents.items()})

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


def progress_change(questionnaire: Questionnaire, affected: Iterable[str],
                    before: Mapping[str, object], after: Mapping[str, object]) -> tuple[int, int]:
    """(change in answered, change in applicable) when the answers go from `before` to `after`.

    Both mappings need the answers of `graph.needed_for(affected)` only; the others cannot change
    whether an affected question applies. Counted the way `progress_of` counts.
    """
    affected = list(affected)

    def counts(values: Mapping[str, object]) -> tuple[int, int]:
        state = Applicability(questionnaire, values)
        applicable = [q for q in affected if state.applies(q)]
        return sum(1 for q in applicable if is_answered(values.get(q))), len(applicable)

    (answered_before, applicable_before), (answered_after, applicable_after) = (
        counts(before), counts(after))
    return answered_after - answered_before, applicable_after - applicable_before
