"""Applicability resolved in one pass in dependency order is a fixed point of the conditions:
every question applies exactly when its section's and its own conditions hold, as seen through the
answers of the questions that apply — on the shipped questionnaires, with random answers, and with
a forward reference and a cycle."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from aisafe_desktop.core.applicability import Applicability, pending_sections
from aisafe_desktop.core.conditions import evaluate
from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.model import Questionnaire, QuestionType
from tests.core.conftest import load, mutate

ROOT = Path(__file__).resolve().parents[2] / "questionnaires"


def random_answers(q: Questionnaire, rng: random.Random) -> dict[str, object]:
    values: dict[str, object] = {}
    for _, question in q.questions():
        if rng.random() < 0.15:
            continue
        if question.type is QuestionType.MULTIPLE_CHOICE:
            values[question.id] = [o.value for o in question.options if rng.random() < 0.4]
        elif question.options:
            values[question.id] = rng.choice(question.options).value
        elif question.type is QuestionType.NUMBER:
            values[question.id] = rng.randint(0, 100_000)
    return values


def assert_fixed_point(q: Questionnaire, values: dict[str, object]) -> None:
    state = Applicability(q, values)
    for section in q.sections:
        holds = section.when is None or evaluate(section.when, state.answer_of)
        assert state.section_applies(section) == holds, section.id
        for question in section.questions:
            own = question.when is None or evaluate(question.when, state.answer_of)
            assert state.applies(question.id) == (holds and own), question.id
            expected = values.get(question.id) if holds and own else None
            assert state.answer_of(question.id) == expected


@pytest.mark.parametrize("name", sorted(p.name for p in ROOT.glob("*.yaml")))
def test_shipped_questionnaires(name: str) -> None:
    q = load_file(ROOT / name).questionnaire
    assert q is not None
    rng = random.Random(name)
    for _ in range(200):
        assert_fixed_point(q, random_answers(q, rng))


def test_forward_reference() -> None:
    text = mutate('when: {question: uses-ai, equals: "yes"}', "when: {question: oversight, gte: 1}")
    q = load(text).questionnaire
    assert q is not None
    assert Applicability(q, {"oversight": 2, "staff": 5}).applies("staff")
    assert not Applicability(q, {"oversight": 0, "staff": 5}).applies("staff")
    assert_fixed_point(q, {"oversight": 1, "staff": 5})


def test_cycle_in_an_unvalidated_model_never_applies() -> None:
    import dataclasses

    from aisafe_desktop.core.conditions import Compare, Operator

    q = load(mutate("", "")).questionnaire
    assert q is not None
    section = q.sections[0]
    a, b, c = section.questions
    looped = (dataclasses.replace(a, when=Compare(b.id, Operator.ANSWERED, True)),
              dataclasses.replace(b, when=Compare(a.id, Operator.ANSWERED, True)), c)
    broken = dataclasses.replace(q, sections=(dataclasses.replace(section, questions=looped),))
    state = Applicability(broken, {a.id: "yes", b.id: 3, c.id: 1})
    assert not state.applies(a.id) and not state.applies(b.id) and state.applies(c.id)


def test_the_triage_first_page_has_every_other_section_pending() -> None:
    """Before "Is this an AI system?" is answered, the seven sections that wait for it may still
    apply (the walk-through said "0 of 1 sections"); once it is answered, none is pending."""
    q = load_file(ROOT / "ai-system-risk-triage.yaml").questionnaire
    assert q is not None
    state = Applicability(q, {})
    assert [s.id for s in q.sections if state.section_applies(s)] == ["gate"]
    assert pending_sections(state) == {s.id for s in q.sections[1:]}
    for option in q.sections[0].questions[0].options:
        assert pending_sections(Applicability(q, {"ai-gate": option.value})) == set()


@pytest.mark.parametrize("name", sorted(p.name for p in ROOT.glob("*.yaml")))
def test_a_section_that_later_answers_make_apply_was_pending(name: str) -> None:
    """Answering more questions (keeping the answers given) can only make a section apply that
    was counted as pending; pending sections never apply already."""
    q = load_file(ROOT / name).questionnaire
    assert q is not None
    rng = random.Random(name)
    for _ in range(150):
        given = random_answers(q, rng)
        given = {k: v for k, v in given.items() if rng.random() < 0.3}  # a partial walk
        state = Applicability(q, given)
        pending = pending_sections(state)
        assert not any(state.section_applies(s) for s in q.sections if s.id in pending)
        more = {**random_answers(q, rng), **given}
        later = Applicability(q, more)
        for section in q.sections:
            if later.section_applies(section) and not state.section_applies(section):
                assert section.id in pending, (section.id, given)
