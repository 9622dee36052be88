"""The fast paths of issue 17, each as a ratio against its floor measured in the same run.

    .venv/bin/python benchmarks/bench_fast_paths.py [--saves 400]

1. Cold load + validate of a generated questionnaire (1,000 and 5,000 questions, format 2, no
   warning), no cache:
   floor = rapidyaml's parse of the same bytes (and PyYAML's CSafeLoader, for reference).
2. The size limit: load + validate of the largest generated file under MAX_FILE_BYTES.
3. Answer save (own transaction, WAL, synchronous=FULL), CPU time of this process:
   floor = a raw sqlite3 INSERT + COMMIT with the same pragmas; for the largest shipped
   questionnaire and for a generated 1,000-question one (flat = the same ratio for both).
Prints figures; not a timed test. Idle memory is `bench_memory.py`.
"""

from __future__ import annotations

import argparse
import gc
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ryml
import yaml

sys.path.insert(0, str(Path(__file__).parent))
from bench_engine import generate

from aisafe_desktop.core.fast_yaml import read_fast
from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.model import QuestionType
from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.core.yaml_reader import MAX_FILE_BYTES, read_yaml_bytes
from aisafe_desktop.services.workspace import Workspace

SHIPPED = Path(__file__).parents[1] / "questionnaires" / "asean-ai-governance-readiness.yaml"


def questionnaire(n: int) -> bytes:
    """bench_engine's generated questionnaire in today's format: no warning, so no reason for
    the marked reader (a file with any problem, warnings included, is read again by it)."""
    return b"format: 2\n" + generate(n)


def best_of(runs: int, work: Callable[[], Any]) -> tuple[float, float]:
    """(best wall ms, best CPU ms) over `runs` runs, GC state as the code under test leaves it."""
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return min(walls), min(cpus)


def without_gc(work: Callable[[], Any]) -> Callable[[], Any]:
    def run() -> Any:
        gc.disable()
        try:
            return work()
        finally:
            gc.enable()
    return run


def bench_load() -> None:
    print("== cold load + validate (no cache), best of 5; floor = rapidyaml parse, same bytes; "
          "ratios on CPU time (robust on a shared machine), wall clock alongside")
    per_question = {}
    for n in (1000, 5000):
        raw = questionnaire(n)
        result = load_bytes(raw, "generated.yaml")
        assert result.ok and not result.problems and read_fast(raw) is not None, result.problems[:3]
        floor, floor_cpu = best_of(5, without_gc(lambda raw=raw: ryml.parse_in_arena(raw)))
        _, pyyaml_cpu = best_of(1 if n > 1000 else 3, without_gc(
            lambda raw=raw: yaml.load(raw, Loader=yaml.CSafeLoader)))
        _, fast_cpu = best_of(5, without_gc(lambda raw=raw: read_fast(raw)))
        _, marked_cpu = best_of(1 if n > 1000 else 3, without_gc(
            lambda raw=raw: read_yaml_bytes(raw)))  # what reading cost before the fast path
        ours, ours_cpu = best_of(5, lambda raw=raw: load_bytes(raw, "generated.yaml"))
        per_question[n] = ours_cpu / n
        print(f"{n:>5} questions, {len(raw) / 1024:,.0f} KiB: load + validate {ours_cpu:.0f} ms "
              f"CPU ({ours:.0f} ms wall) = {ours_cpu / floor_cpu:.1f}x the rapidyaml parse "
              f"({floor_cpu:.1f} ms CPU, {floor:.1f} ms wall); of which reading {fast_cpu:.0f} ms "
              f"({fast_cpu / floor_cpu:.1f}x), checks + build {ours_cpu - fast_cpu:.0f} ms; "
              f"CSafeLoader alone {pyyaml_cpu:.0f} ms; the marked reader (the only reader before) "
              f"{marked_cpu:.0f} ms, so before: ~{marked_cpu + ours_cpu - fast_cpu:.0f} ms")
    print(f"  linearity: CPU per question at 5,000 / at 1,000 = "
          f"{per_question[5000] / per_question[1000]:.2f} (1.00 = linear)")


def bench_limit() -> None:
    n = 5000
    while len(questionnaire(n + 250)) < MAX_FILE_BYTES:
        n += 250
    raw = questionnaire(n)
    ours, cpu = best_of(3, lambda: load_bytes(raw, "largest.yaml"))
    ok = load_bytes(raw, "largest.yaml").ok
    print(f"== size limit {MAX_FILE_BYTES / 2**20:.0f} MiB: {n:,} questions, "
          f"{len(raw) / 2**20:.2f} MiB load + validate {ours:.0f} ms (CPU {cpu:.0f} ms), "
          f"loads: {ok}")


def raw_commit_floor(folder: Path, count: int) -> tuple[float, float]:
    """(median wall ms, median CPU ms) of one INSERT + COMMIT, WAL, synchronous=FULL."""
    connection = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    walls, cpus = [], []
    for i in range(count):
        wall, cpu = time.perf_counter(), time.process_time()
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO t (v) VALUES (?)", (f"value {i}",))
        connection.execute("COMMIT")
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    connection.close()
    return statistics.median(walls), statistics.median(cpus)


def _value(question: Any, turn: int) -> Any:
    if question.type is QuestionType.NUMBER:
        return 10 + turn % 7
    if question.type is QuestionType.MULTIPLE_CHOICE:
        return [question.options[turn % len(question.options)].value]
    if question.options:
        return question.options[turn % len(question.options)].value
    return f"answer {turn}"


def save_cost(folder: Path, source: bytes, name: str, saves: int) -> tuple[int, float, float]:
    """(questions, median wall ms, median CPU ms) of a save into a fully answered assessment."""
    paths = AppPaths.resolve(folder / name).ensure()
    paths.user_questionnaires_dir.mkdir(parents=True, exist_ok=True)
    (paths.user_questionnaires_dir / f"{name}.yaml").write_bytes(source)
    questionnaire_id = yaml.safe_load(source)["id"]
    with Workspace.open(paths) as ws:
        aid = ws.create_assessment(questionnaire_id)
        questions = [q for _, q in ws.open_assessment(aid).questionnaire.questions()]
        for question in questions:  # every question answered: a save must not read them all
            ws.record_answer(aid, question.id, _value(question, 0))
        walls, cpus = [], []
        for turn in range(saves):
            question = questions[(turn * 7919) % len(questions)]
            wall, cpu = time.perf_counter(), time.process_time()
            ws.record_answer(aid, question.id, _value(question, turn + 1))
            walls.append((time.perf_counter() - wall) * 1000)
            cpus.append((time.process_time() - cpu) * 1000)
    return len(questions), statistics.median(walls), statistics.median(cpus)


def bench_saves(saves: int) -> None:
    print(f"== answer save, median of {saves} saves into a fully answered assessment; "
          "floor = raw sqlite3 INSERT + COMMIT (FULL)")
    with tempfile.TemporaryDirectory() as folder:
        floor_wall, floor_cpu = raw_commit_floor(Path(folder), saves)
        print(f"floor: {floor_wall:.2f} ms wall, {floor_cpu:.3f} ms CPU")
        ratios = []
        for name, source in (("shipped", SHIPPED.read_bytes()),
                             ("generated", questionnaire(1000))):
            count, wall, cpu = save_cost(Path(folder), source, name, saves)
            ratios.append(cpu / floor_cpu)
            print(f"{name}, {count:,} questions: {wall:.2f} ms wall ({wall / floor_wall:.1f}x), "
                  f"{cpu:.3f} ms CPU ({cpu / floor_cpu:.1f}x the floor)")
        print(f"  flatness: CPU ratio at 1,000 questions / at the shipped size = "
              f"{ratios[1] / ratios[0]:.2f} (1.00 = flat)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=400)
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, rapidyaml {ryml.version}, PyYAML {yaml.__version__}, "
          f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    bench_load()
    bench_limit()
    bench_saves(args.saves)
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
