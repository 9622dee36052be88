"""Scoring speed on the shipped triage questionnaire, against the floor measured in the same run.

Floor: a plain table sum — for each answer set, add up precomputed points per (question, answer)
from one dict, no conditions, no bands: the least any scorer must do. Ours: `core.scoring.score`
(conditions, maxima, mitigation, bands, red flags, floors, outcomes; the trace of the questions
built only when read). Also shown: the same with the trace read, as the results screen does.
Prints figures; not a timed test.

    .venv/bin/python benchmarks/bench_scoring.py
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.model import Questionnaire, QuestionType
from aisafe_desktop.core.scoring import score

ROOT = Path(__file__).resolve().parents[1]
SETS = 4000
GOAL = 15_000  # sets per second (issue 17)


def answer_sets(q: Questionnaire, count: int) -> list[dict[str, Any]]:
    rng = random.Random(17)
    out = []
    for _ in range(count):
        values: dict[str, Any] = {}
        for _, question in q.questions():
            if question.type is QuestionType.MULTIPLE_CHOICE:
                values[question.id] = [o.value for o in question.options if rng.random() < 0.4]
            elif question.options:
                values[question.id] = rng.choice(question.options).value
            elif question.type is QuestionType.NUMBER:
                values[question.id] = rng.randint(0, 500)
        out.append(values)
    return out


def table_sum(q: Questionnaire) -> Callable[[dict[str, Any]], float]:
    table = {(question.id, o.value): sum(o.score.values())
             for _, question in q.questions() for o in question.options}

    def run(values: dict[str, Any]) -> float:
        total = 0.0
        for qid, value in values.items():
            for v in value if isinstance(value, list) else (value,):
                total += table.get((qid, v), 0.0)
        return total
    return run


def rate(fn: Callable[[dict[str, Any]], object], sets: list[dict[str, Any]]) -> float:
    best = []
    for _ in range(5):
        start = time.process_time()
        for values in sets:
            fn(values)
        best.append(len(sets) / (time.process_time() - start))
    return statistics.median(best)


def main() -> None:
    result = load_file(ROOT / "questionnaires" / "ai-system-risk-triage.yaml")
    assert result.questionnaire is not None, result.problems[:3]
    q = result.questionnaire
    sets = answer_sets(q, SETS)
    floor = rate(table_sum(q), sets)
    ours = rate(lambda v: score(q, v), sets)
    traced = rate(lambda v: score(q, v).trace, sets)
    print(f"triage ({q.question_count} questions), {SETS:,} random answer sets, median of 5 runs")
    print(f"  floor, plain table sum:          {floor:9,.0f} sets/s")
    print(f"  score():                         {ours:9,.0f} sets/s  ratio {floor / ours:.1f}x "
          f"floor; goal ≥ {GOAL:,}: {'met' if ours >= GOAL else 'MISSED'}")
    print(f"  score() and read the trace:      {traced:9,.0f} sets/s  ratio {floor / traced:.1f}x")


if __name__ == "__main__":
    main()
