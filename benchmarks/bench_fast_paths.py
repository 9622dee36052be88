"""The fast paths of issue 17, each as a ratio against its floor measured in the same run.

    .venv/bin/python benchmarks/bench_fast_paths.py [--saves 200] [--rounds 5] [--only-saves | --only-load]

1. Cold load + validate of a generated questionnaire (1,000 and 5,000 questions, format 2, no
   warning), no cache:
   floor = rapidyaml's parse of the same bytes (and PyYAML's CSafeLoader, for reference).
2. The size limit: load + validate of the largest generated file under MAX_FILE_BYTES.
3. Answer save (own transaction, WAL, synchronous=FULL), CPU time of this process:
   floor = a raw sqlite3 INSERT + COMMIT with the same pragmas; for the largest shipped
   questionnaire and for a generated 1,000-question one (flat = the same ratio for both). The
   floor and the saves are measured in turns, round after round, because the cost of an fsync
   on a shared machine swings several times within a minute.
Prints figures; not a timed test. Idle memory is `bench_memory.py`.
"""

from __future__ import annotations

import argparse
import contextlib
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
    """(best wall ms, best CPU ms) over `runs` runs, GC state as the code under test leaves it.

    What `work` returns is freed after the clock stops: a caller keeps the model it loaded, so
    freeing it (~100,000 objects for 1,000 questions, ~6 ms) is not part of loading.
    """
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
        del result
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
    per_question, floor_per_question = {}, {}
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
        floor_per_question[n] = floor_cpu / n
        print(f"{n:>5} questions, {len(raw) / 1024:,.0f} KiB: load + validate {ours_cpu:.0f} ms "
              f"CPU ({ours:.0f} ms wall) = {ours_cpu / floor_cpu:.1f}x the rapidyaml parse "
              f"({floor_cpu:.1f} ms CPU, {floor:.1f} ms wall); of which reading {fast_cpu:.0f} ms "
              f"({fast_cpu / floor_cpu:.1f}x), checks + build {ours_cpu - fast_cpu:.0f} ms; "
              f"CSafeLoader alone {pyyaml_cpu:.0f} ms; the marked reader (the only reader before) "
              f"{marked_cpu:.0f} ms, so before: ~{marked_cpu + ours_cpu - fast_cpu:.0f} ms")
    ours, floor = (per_question[5000] / per_question[1000],
                   floor_per_question[5000] / floor_per_question[1000])
    print(f"  linearity: CPU per question at 5,000 / at 1,000 = {ours:.2f} (1.00 = linear); "
          f"the rapidyaml floor's own: {floor:.2f} (a larger heap costs per byte on this machine "
          f"too), ours against it: {ours / floor:.2f}")


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


class RawCommitFloor:
    """One INSERT + COMMIT on a bare sqlite3 connection, WAL, synchronous=FULL."""

    def __init__(self, folder: Path) -> None:
        self.connection = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
        self.connection.execute("PRAGMA journal_mode=WAL")
        self.connection.execute("PRAGMA synchronous=FULL")
        self.connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        self.turn = 0

    def __call__(self) -> None:
        self.turn += 1
        self.connection.execute("BEGIN IMMEDIATE")
        self.connection.execute("INSERT INTO t (v) VALUES (?)", (f"value {self.turn}",))
        self.connection.execute("COMMIT")


class BareSaveSql:
    """The statements of one answer save (header, answers it reads, upsert, history, progress),
    on a bare sqlite3 connection to the same database: what SQLite and the fsync cost without any
    Python of ours, to tell the two apart."""

    def __init__(self, saves: Saves) -> None:
        self.connection = sqlite3.connect(saves.workspace.paths.database, isolation_level=None)
        self.connection.execute("PRAGMA synchronous=FULL")
        self.aid = saves.aid
        self.turn = 0

    def __call__(self) -> None:
        self.turn += 1
        c, aid, now = self.connection, self.aid, f"2026-12-07T00:00:{self.turn % 60:02}.000000+00:00"
        c.execute("BEGIN IMMEDIATE")
        c.execute("SELECT questionnaire_id, questionnaire_version, questionnaire_sha256, status, "
                  "updated_at, trashed_at FROM assessments WHERE id = ?", (aid,)).fetchone()
        c.execute("SELECT question_id, value_json, comment FROM answers WHERE assessment_id = ? "
                  "AND question_id IN (?)", (aid, "bare")).fetchall()
        c.execute("INSERT INTO answers (assessment_id, question_id, value_json, comment, "
                  "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, question_id) "
                  "DO UPDATE SET value_json = excluded.value_json, comment = excluded.comment, "
                  "updated_at = excluded.updated_at", (aid, "bare", f'"{self.turn}"', None, now))
        c.execute("INSERT INTO answer_history (assessment_id, question_id, old_value_json, "
                  "new_value_json, old_comment, new_comment, reason, changed_at, os_user) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                  (aid, "bare", None, f'"{self.turn}"', None, None, "answer", now, "bench"))
        c.execute("UPDATE assessments SET updated_at = ?, answered = answered + ?, "
                  "applicable = applicable + ? WHERE id = ?", (now, 0, 0, aid))
        c.execute("COMMIT")


def _value(question: Any, turn: int) -> Any:
    if question.type is QuestionType.NUMBER:
        return 10 + turn % 7
    if question.type is QuestionType.MULTIPLE_CHOICE:
        return [question.options[turn % len(question.options)].value]
    if question.options:
        return question.options[turn % len(question.options)].value
    return f"answer {turn}"


class Saves:
    """Saves into a fully answered assessment, each one changing the answer (so each writes)."""

    def __init__(self, stack: contextlib.ExitStack, folder: Path, source: bytes,
                 name: str) -> None:
        paths = AppPaths.resolve(folder / name).ensure()
        paths.user_questionnaires_dir.mkdir(parents=True, exist_ok=True)
        (paths.user_questionnaires_dir / f"{name}.yaml").write_bytes(source)
        self.workspace = stack.enter_context(Workspace.open(paths))
        self.aid = self.workspace.create_assessment(yaml.safe_load(source)["id"])
        self.questions = [q for _, q in
                          self.workspace.open_assessment(self.aid).questionnaire.questions()]
        self.last: dict[str, Any] = {}
        for question in self.questions:  # every question answered: a save must not read them all
            self.last[question.id] = _value(question, 0)
            self.workspace.record_answer(self.aid, question.id, self.last[question.id])
        self.turn = 0

    def __call__(self) -> None:
        self.turn += 1
        question = self.questions[(self.turn * 7919) % len(self.questions)]
        value = _value(question, self.turn)
        if value == self.last[question.id]:  # a save that changes nothing writes nothing
            value = _value(question, self.turn + 1)
        self.last[question.id] = value
        self.workspace.record_answer(self.aid, question.id, value)


def medians(work: Callable[[], Any], count: int) -> tuple[float, float]:
    """(median wall ms, median CPU ms) of `count` calls."""
    walls, cpus = [], []
    for _ in range(count):
        wall, cpu = time.perf_counter(), time.process_time()
        work()
        walls.append((time.perf_counter() - wall) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus)


def bench_saves(saves: int, rounds: int = 5) -> None:
    print(f"== answer save into a fully answered assessment, {rounds} rounds of {saves} saves, "
          "each round measuring the floor (raw sqlite3 INSERT + COMMIT, FULL) and both "
          "questionnaires one after the other: medians per round, CPU ratio per round")
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        floor = RawCommitFloor(Path(folder))
        kinds = {"shipped": Saves(stack, Path(folder), SHIPPED.read_bytes(), "shipped"),
                 "generated": Saves(stack, Path(folder), questionnaire(1000), "generated")}
        bare = BareSaveSql(kinds["generated"])
        ratios: dict[str, list[float]] = {name: [] for name in [*kinds, "bare SQL"]}
        for round_ in range(rounds):
            floor_wall, floor_cpu = medians(floor, saves)
            line = [f"round {round_ + 1}: floor {floor_wall:.2f} ms wall, {floor_cpu:.3f} ms CPU"]
            bare_wall, bare_cpu = medians(bare, saves)
            ratios["bare SQL"].append(bare_cpu / floor_cpu)
            line.append(f"the save's SQL on a bare connection {bare_wall:.2f} ms wall, "
                        f"{bare_cpu:.3f} ms CPU = {bare_cpu / floor_cpu:.2f}x")
            for name, save in kinds.items():
                wall, cpu = medians(save, saves)
                ratios[name].append(cpu / floor_cpu)
                line.append(f"{name} ({len(save.questions):,} q) {wall:.2f} ms wall, "
                            f"{cpu:.3f} ms CPU = {cpu / floor_cpu:.2f}x")
            print("; ".join(line))
        bare.connection.close()
        for name, values in ratios.items():
            print(f"  {name}: CPU ratio to the floor, median of the rounds "
                  f"{statistics.median(values):.2f} (range {min(values):.2f}-{max(values):.2f})")
        print(f"  flatness: median ratio at 1,000 questions / at the shipped size = "
              f"{statistics.median(ratios['generated']) / statistics.median(ratios['shipped']):.2f}"
              " (1.00 = flat)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only-saves", action="store_true", help="skip the load figures")
    parser.add_argument("--only-load", action="store_true", help="skip the answer-save figures")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, rapidyaml {ryml.version}, PyYAML {yaml.__version__}, "
          f"{os.cpu_count()} CPUs, load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    if not args.only_saves:
        bench_load()
        bench_limit()
    if not args.only_load:
        bench_saves(args.saves, args.rounds)
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
