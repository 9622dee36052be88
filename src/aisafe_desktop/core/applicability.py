"""Which questions apply, given the answers: section and question conditions.

A question's own answer only counts while the question applies, so a condition that looks at a
hidden question sees "unanswered". Conditions may look forward or back, so the questions are
resolved in dependency order (worked out once per questionnaire), each condition once, in a single
pass. The validator rejects cycles; in an unvalidated model the questions on a cycle, and those
that depend on them, never apply (rather than recursing forever).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from typing import NamedTuple

from aisafe_desktop.core.conditions import Predicate, compile_condition, questions_in
from aisafe_desktop.core.model import Question, Questionnaire, Section

_SECTION = "\x00section:"  # node ids of sections, apart from question ids


class Step(NamedTuple):
    """One node of the dependency order: a section or a question."""

    node: str  # question id, or _SECTION + section id
    section: str  # a question's section node ("" for a section)
    when: Predicate | None


def _order(questionnaire: Questionnaire) -> tuple[Step, ...]:
    steps: dict[str, Step] = {}
    needs: dict[str, set[str]] = {}
    known = {q.id for _, q in questionnaire.questions()}
    for section in questionnaire.sections:
        node = _SECTION + section.id
        steps[node] = Step(node, "", compile_condition(section.when) if section.when else None)
        needs[node] = questions_in(section.when) & known if section.when else set()
        for q in section.questions:
            steps[q.id] = Step(q.id, node, compile_condition(q.when) if q.when else None)
            needs[q.id] = {node} | (questions_in(q.when) & known if q.when else set())
    # Kahn's algorithm, taking nodes in document order whenever they are ready.
    order: list[Step] = []
    done: set[str] = set()
    pending = list(steps)
    progress = True
    while pending and progress:
        progress = False
        waiting = []
        for node in pending:
            if needs[node] <= done:
                order.append(steps[node])
                done.add(node)
                progress = True
            else:
                waiting.append(node)
        pending = waiting
    return tuple(order)  # nodes left pending (cycles) are never reached: they do not apply


_ORDERS: OrderedDict[int, tuple[Questionnaire, tuple[Step, ...]]] = OrderedDict()


def dependency_order(questionnaire: Questionnaire) -> tuple[Step, ...]:
    """Computed once per questionnaire object (the model is immutable; a few recent ones are
    kept, checked by identity)."""
    key = id(questionnaire)
    entry = _ORDERS.get(key)
    if entry is None or entry[0] is not questionnaire:
        entry = (questionnaire, _order(questionnaire))
        _ORDERS[key] = entry
        while len(_ORDERS) > 8:
            _ORDERS.popitem(last=False)
    return entry[1]


def section_node(section_id: str) -> str:
    """The node id of a section in the dependency order."""
    return _SECTION + section_id


def visible_answers(questionnaire: Questionnaire, values: Mapping[str, object]) -> dict[str, object]:
    """Question id → answer (None when unanswered) for every question that applies, and
    section node → True for every section that applies. Questions that do not apply are absent."""
    return visible_in(dependency_order(questionnaire), values)


def visible_in(steps: tuple[Step, ...], values: Mapping[str, object]) -> dict[str, object]:
    """`visible_answers` over some steps of the dependency order, in that order: complete for
    every node whose section and condition inputs are among the steps (a save's closure)."""
    visible: dict[str, object] = {}
    look = visible.get  # what conditions see: None for hidden and for unanswered
    answer = values.get
    for node, section, when in steps:  # the hot loop of re-scoring
        if section and section not in visible:
            continue
        if when is None or when(look):
            visible[node] = answer(node) if section else True
    return visible


class Applicability:
    def __init__(self, questionnaire: Questionnaire, values: Mapping[str, object]) -> None:
        self.questionnaire = questionnaire
        self.visible = visible_answers(questionnaire, values)

    def answer_of(self, question_id: str) -> object:
        """The answer as conditions see it: None when unanswered or not applicable."""
        return self.visible.get(question_id)

    def section_applies(self, section: Section) -> bool:
        return _SECTION + section.id in self.visible

    def applies(self, question_id: str) -> bool:
        return question_id in self.visible


def applicable_questions(questionnaire: Questionnaire,
                         values: Mapping[str, object]) -> list[Question]:
    """The questions that apply, in document order."""
    state = Applicability(questionnaire, values)
    return [q for _, q in questionnaire.questions() if state.applies(q.id)]



def pending_sections(state: Applicability) -> set[str]:
    """Ids of the sections that do not apply yet but still may: their condition looks at a
    question not answered yet that applies, or that may itself apply later (in a pending
    section, or behind a condition on such a question). "0 of 1 sections" on the first page of
    a questionnaire whose other sections wait for its first answer was not the truth."""
    q = state.questionnaire
    open_questions = {x.id for section in q.sections for x in section.questions
                      if state.applies(x.id) and state.answer_of(x.id) is None}
    pending: set[str] = set()
    changed = True
    while changed:  # a few rounds: conditions look at a handful of earlier questions
        changed = False
        for section in q.sections:
            applies = state.section_applies(section)
            if not applies and section.id not in pending and section.when is not None \
                    and questions_in(section.when) & open_questions:
                pending.add(section.id)
                changed = True
            if applies or section.id in pending:
                for x in section.questions:
                    if x.id not in open_questions and not state.applies(x.id) \
                            and (section.id in pending
                                 or (x.when is not None and questions_in(x.when) & open_questions)):
                        open_questions.add(x.id)
                        changed = True
    return pending
