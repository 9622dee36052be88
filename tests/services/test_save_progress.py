"""Saving an answer reads only the answers it can change the meaning of, and the stored progress
(answered / applicable) stays exactly what counting over every answer gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisafe_desktop.core.applicability import section_node
from aisafe_desktop.core.condition_graph import ConditionGraph, progress_change
from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.assessments_store import progress_of
from aisafe_desktop.services.workspace import Workspace
from tests.storage.storage_questionnaires import install_questionnaire, questionnaire_yaml

# Chains of conditions: a section that depends on an answer, a question that depends on a question
# that depends on another, and many questions nothing depends on.
CHAINED = """\
  - id: first
    title: First
    questions:
      - id: uses-ai
        type: yes_no
        text: Does the organisation use AI?
        options:
          - {value: "yes", label: "Yes", score: {risk: 2}}
          - {value: "no", label: "No", score: {risk: 0}}
      - id: purpose
        type: single_choice
        text: What for?
        when: {question: uses-ai, equals: "yes"}
        options:
          - {value: hiring, label: Hiring, score: {risk: 3}}
          - {value: marketing, label: Marketing, score: {risk: 1}}
      - id: hiring-checks
        type: yes_no
        text: Are hiring decisions checked?
        when: {question: purpose, equals: hiring}
        options:
          - {value: "yes", label: "Yes", score: {risk: 0}}
          - {value: "no", label: "No", score: {risk: 2}}
  - id: second
    title: Second
    when: {question: uses-ai, equals: "yes"}
    questions:
      - id: people
        type: number
        text: How many people?
        min: 0
      - id: owner
        type: short_text
        text: Who owns it?
"""


def _plain_questions(count: int) -> str:
    return "  - id: many\n    title: Many\n    questions:\n" + "".join(
        f"      - {{id: plain-{i}, type: short_text, text: Question {i}?}}\n" for i in range(count))


VALUES: dict[str, list[Any]] = {
    "uses-ai": ["yes", "no", None], "purpose": ["hiring", "marketing", None],
    "hiring-checks": ["yes", "no", None], "people": [0, 12, None], "owner": ["Aina", None],
    "plain-0": ["x", None], "plain-1": ["y", None],
}


@pytest.fixture
def chained(tmp_path: Path) -> Iterator[Workspace]:
    paths = AppPaths.resolve(tmp_path / "data").ensure()
    install_questionnaire(paths, questionnaire_yaml("1.0.0", CHAINED + _plain_questions(200)))
    ws = Workspace.open(paths)
    try:
        yield ws
    finally:
        ws.close()


def _full_count(ws: Workspace, aid: int) -> tuple[int, int]:
    state = ws.open_assessment(aid)
    entry = ws.catalogue.find("storage-test")
    assert entry is not None
    model = load_bytes(entry.source).questionnaire
    assert model is not None
    values = {q: a.value for q, a in state.answers.items() if a.value is not None}
    return progress_of(model, values)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.sampled_from(sorted(VALUES)).flatmap(
    lambda q: st.tuples(st.just(q), st.sampled_from(VALUES[q]))), min_size=1, max_size=12))
def test_stored_progress_always_equals_a_full_count(chained: Workspace,
                                                    steps: list[tuple[str, Any]]) -> None:
    aid = chained.create_assessment("storage-test")
    for question_id, value in steps:
        chained.record_answer(aid, question_id, value)
        assert chained.progress(aid) == _full_count(chained, aid), (question_id, value)


def _answers_read(ws: Workspace, action: Any) -> list[int]:
    """How many answers each SELECT on the answers table asked for during `action` (SQLite's own
    trace of the statements it runs, on the bare connections the save takes from the database's
    pool; the earlier saves left the one it will reuse there)."""
    asked: list[int] = []

    def trace(statement: str) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "FROM answers" in statement:
            listed = statement.partition(" IN (")[2].partition(")")[0]
            asked.append(len(listed.split(",")) if listed else 0)

    idle = [c for kind in ws.db._idle.values() for c in kind]  # the real connections, watched
    assert idle
    for connection in idle:
        connection.set_trace_callback(trace)
    try:
        action()
    finally:
        for connection in idle:
            connection.set_trace_callback(None)
    return asked


def test_a_save_reads_only_the_answers_it_can_change(chained: Workspace) -> None:
    aid = chained.create_assessment("storage-test")
    for i in range(150):
        chained.record_answer(aid, f"plain-{i}", f"answer {i}")
    # A question nothing depends on: its own answer only, however many answers exist.
    assert _answers_read(chained, lambda: chained.record_answer(aid, "plain-7", "new")) == [1]
    # A question others depend on: itself and the chain (purpose, hiring-checks, people, owner).
    assert _answers_read(chained, lambda: chained.record_answer(aid, "uses-ai", "yes")) == [5]
    assert chained.progress(aid) == _full_count(chained, aid)


@pytest.mark.parametrize("plain", [20, 400])
def test_a_save_evaluates_only_the_questions_it_can_change(plain: int) -> None:
    """The recount after a save walks the saved question's closure (its dependents, what their
    conditions read, and their sections), never the whole questionnaire: flat in its size."""
    model = load_bytes(questionnaire_yaml("1.0.0", CHAINED + _plain_questions(plain)).encode()
                       ).questionnaire
    assert model is not None
    graph = ConditionGraph.of(model)
    lone = graph.plan("plain-7")
    assert lone.affected == ("plain-7",) and lone.needed == ("plain-7",)
    assert [step.node for step in lone.steps] == [section_node("many"), "plain-7"]
    chain = graph.plan("uses-ai")
    assert set(chain.affected) == {"uses-ai", "purpose", "hiring-checks", "people", "owner"}
    assert len(chain.steps) == 7  # the five questions and their two sections
    # The recount over the plan gives what a count over every question gives.
    before: dict[str, object] = {"uses-ai": "yes", "purpose": "hiring", "people": 3}
    after = {**before, "uses-ai": "no"}
    full_before, full_after = progress_of(model, before), progress_of(model, after)
    assert progress_change(chain, before, after) == (full_after[0] - full_before[0],
                                                     full_after[1] - full_before[1])
