"""Storage benchmarks: answer save latency, and listing 10,000 assessments with their progress.

    PYTHONPATH=src python benchmarks/bench_storage.py [--saves 2000] [--assessments 10000]

Targets: p99 of one saved answer under 10 ms (each save is its own fsync'd transaction), and the
list of 10,000 assessments with progress under 100 ms (progress is stored on the row).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace

SECTIONS, PER_SECTION = 6, 10


def questionnaire_text() -> str:
    """A realistic size: 60 single-choice questions in 6 sections, every other one conditional."""
    lines = ["format: 1", "id: bench", "version: 1.0.0", "title: Benchmark",
             "description: Benchmark questionnaire.", "publisher: AISafe", "licence: CC0-1.0",
             "languages: [en]", "default_language: en", "estimated_minutes: 30",
             "dimensions:", "  - {id: risk, title: Risk}", "sections:"]
    for s in range(SECTIONS):
        lines += [f"  - id: s{s}", f"    title: Section {s}", "    questions:"]
        for q in range(PER_SECTION):
            qid = f"q{s}-{q}"
            lines += [f"      - id: {qid}", "        type: single_choice",
                      f"        text: Question {qid}?"]
            if q % 2:
                lines.append(f"        when: {{question: q{s}-{q - 1}, not_equals: none}}")
            lines += ["        options:"] + [
                f"          - {{value: {v}, label: {v.title()}, score: {{risk: {i}}}}}"
                for i, v in enumerate(("none", "some", "most", "all"))]
    lines += ["scoring:", "  direction: risk", "  bands:",
              "    - {id: low, label: Low, min: 0, max: 50}",
              "    - {id: high, label: High, min: 50, max: 100}"]
    return "\n".join(lines) + "\n"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_saves(workspace: Workspace, count: int) -> None:
    aid = workspace.create_assessment("bench")
    state = workspace.open_assessment(aid)
    questions = [q.id for _, q in state.questionnaire.questions()]
    choices = ("some", "most", "all", "none")
    workspace.record_answer(aid, questions[0], "some")  # warm-up (first parse, connection)
    timings, cpu = [], []
    for i in range(count):
        started, started_cpu = time.perf_counter(), time.process_time()
        workspace.record_answer(aid, questions[i % len(questions)], choices[(i // 7) % 4])
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    print(f"answer save latency over {count} saves (ms): p50 {percentile(timings, 0.5):.2f}  "
          f"p90 {percentile(timings, 0.9):.2f}  p99 {percentile(timings, 0.99):.2f}  "
          f"max {max(timings):.2f}  (target p99 < 10)")
    print(f"  of which CPU time in this process (ms): p50 {percentile(cpu, 0.5):.2f}  "
          f"p99 {percentile(cpu, 0.99):.2f}")


def bench_raw_commits(folder: Path, count: int) -> None:
    """The floor: one INSERT + fsync'd commit with the same pragmas, no application code."""
    connection = sqlite3.connect(folder / "raw.sqlite3", isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    timings = []
    for i in range(count):
        started = time.perf_counter()
        connection.execute("BEGIN")
        connection.execute("INSERT INTO t (v) VALUES (?)", (f"value {i}",))
        connection.execute("COMMIT")
        timings.append((time.perf_counter() - started) * 1000)
    connection.close()
    print(f"  baseline, bare SQLite commit with the same pragmas (ms): p50 "
          f"{percentile(timings, 0.5):.2f}  p99 {percentile(timings, 0.99):.2f}")


def bench_listing(workspace: Workspace, count: int) -> None:
    template = workspace.create_assessment("bench", title="Template")
    workspace.record_answer(template, "q0-0", "some")
    copies = count - len(workspace.list_assessments())
    # Setup only: copy the row in one transaction (creating 10,000 through the API would take
    # 10,000 fsync'd transactions and measure nothing extra).
    connection = sqlite3.connect(workspace.paths.database)
    with connection:
        connection.executemany(
            "INSERT INTO assessments (title, ai_system_id, questionnaire_id, "
            "questionnaire_version, questionnaire_sha256, language, status, answered, "
            "applicable, band_id, created_at, updated_at) SELECT ?, NULL, questionnaire_id, "
            "questionnaire_version, questionnaire_sha256, language, 'draft', "
            "MIN(?, applicable), applicable, NULL, created_at, updated_at "
            "FROM assessments WHERE id = ?",
            [(f"Assessment {i}", i % 40, template) for i in range(copies)])
    connection.close()
    timings, cpu = [], []
    for _ in range(7):
        started, started_cpu = time.perf_counter(), time.process_time()
        rows = workspace.list_assessments()
        timings.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    assert len(rows) == count
    print(f"listing {len(rows)} assessments with progress (ms): first {timings[0]:.1f}  "
          f"median {statistics.median(timings):.1f}  best {min(timings):.1f}  (target < 100)")
    print(f"  of which CPU time in this process (ms): median {statistics.median(cpu):.1f}  "
          f"best {min(cpu):.1f}")


def load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except (AttributeError, OSError):
        return "n/a"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=2000)
    parser.add_argument("--assessments", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.resolve(folder).ensure()
        paths.user_questionnaires_dir.mkdir(parents=True, exist_ok=True)
        (paths.user_questionnaires_dir / "bench.yaml").write_text(questionnaire_text(), "utf-8")
        with Workspace.open(paths) as workspace:
            if workspace.catalogue.invalid and not any(
                    e.questionnaire.id == "bench" for e in workspace.catalogue.entries):
                raise SystemExit("the benchmark questionnaire does not load")
            print(f"database: {Path(paths.database)} (WAL, synchronous=FULL); "
                  f"{os.cpu_count()} CPUs, load average {load()}")
            bench_saves(workspace, args.saves)
            bench_raw_commits(Path(folder), args.saves)
            bench_listing(workspace, args.assessments)


if __name__ == "__main__":
    main()
