"""Questionnaire engine figures: load + validate a generated 1,000-question questionnaire (target
< 150 ms), and the scoring rate over 1,000 answer sets. Prints figures; not a timed test.

    .venv/bin/python benchmarks/bench_engine.py
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from pathlib import Path

import yaml

from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.model_cache import ModelCache
from aisafe_desktop.core.scoring import score

DIMS = [f"d{i}" for i in range(7)]


def generate(n_questions: int = 1000) -> bytes:
    rng = random.Random(7)
    questions = []
    for i in range(n_questions):
        kind = ("yes_no", "single_choice", "scale", "multiple_choice", "number")[i % 5]
        q: dict[str, object] = {"id": f"q{i}", "type": kind,
                                "text": {"en": f"Question {i}?", "ms": f"Soalan {i}?"},
                                "guidance": {"en": "Why we ask.", "ms": "Mengapa kami bertanya."},
                                "tags": [f"asean:{rng.choice(DIMS)}"]}
        if kind == "number":
            q.update(min=0, max=1000)
        else:
            values = {"yes_no": ["yes", "no", "na"], "scale": [0, 1, 2, 3, 4]}.get(
                kind, ["a", "b", "c", "d"])
            q["options"] = [{"value": v, "label": {"en": f"Option {v}", "ms": f"Pilihan {v}"},
                             "score": {rng.choice(DIMS): rng.randint(0, 4)}} for v in values]
        if i % 10 == 3:
            q["when"] = {"question": f"q{i - 3}", "equals": "yes"}
        questions.append(q)
    data = {
        "id": "generated", "version": "1.0.0", "title": {"en": "Generated", "ms": "Dijana"},
        "description": {"en": "Benchmark", "ms": "Penanda aras"}, "publisher": "bench",
        "licence": "CC0-1.0", "languages": ["en", "ms"], "default_language": "en",
        "estimated_minutes": 300,
        "dimensions": [{"id": d, "title": {"en": d, "ms": d}} for d in DIMS],
        "sections": [{"id": f"s{j}", "title": {"en": f"S{j}", "ms": f"B{j}"},
                      "questions": questions[j * 50:(j + 1) * 50]} for j in range(n_questions // 50)],
        "scoring": {"direction": "readiness", "bands": [
            {"id": "low", "label": {"en": "Low", "ms": "Rendah"}, "min": 0, "max": 50},
            {"id": "high", "label": {"en": "High", "ms": "Tinggi"}, "min": 50, "max": 100}]},
    }
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False).encode()


def main() -> None:
    raw = generate()
    times = []
    for _ in range(7):
        start = time.perf_counter()
        result = load_bytes(raw, "generated.yaml")
        times.append(time.perf_counter() - start)
    assert result.ok and result.questionnaire is not None, result.problems[:3]
    q = result.questionnaire
    with tempfile.TemporaryDirectory() as folder:
        load_bytes(raw, "generated.yaml", ModelCache(Path(folder)))  # validates and fills the cache
        cached = []
        for _ in range(7):
            start = time.perf_counter()
            again = load_bytes(raw, "generated.yaml", ModelCache(Path(folder)))  # new process-like
            cached.append(time.perf_counter() - start)
        assert again.questionnaire == q
    print(f"load of the same file validated before (disk cache, SHA-256 checked): median "
          f"{statistics.median(cached) * 1000:.0f} ms")
    # The floor, in the same run: PyYAML's C loader alone on the same bytes (no checks, no lines).
    floor = []
    for _ in range(7):
        start = time.perf_counter()
        yaml.load(raw, Loader=yaml.CSafeLoader)
        floor.append(time.perf_counter() - start)
    print(f"load + validate, {q.question_count} questions, {len(raw) / 1024:.0f} KiB YAML: "
          f"median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms "
          f"(target < 150 ms); floor yaml.CSafeLoader median "
          f"{statistics.median(floor) * 1000:.0f} ms, ratio "
          f"{statistics.median(times) / statistics.median(floor):.2f}")
    rng = random.Random(11)
    answer_sets = []
    for _ in range(1000):
        values: dict[str, object] = {}
        for _, question in q.questions():
            if question.type.value == "number":
                values[question.id] = rng.randint(0, 1000)
            elif question.type.value == "multiple_choice":
                values[question.id] = [o.value for o in question.options if rng.random() < 0.5]
            else:
                values[question.id] = rng.choice(question.options).value
        answer_sets.append(values)
    start = time.perf_counter()
    for values in answer_sets:
        score(q, values)
    elapsed = time.perf_counter() - start
    print(f"score 1,000 answer sets: {elapsed:.2f} s, {1000 / elapsed:.0f} sets/s "
          f"({elapsed:.3f} ms per set of {q.question_count} answers)")


if __name__ == "__main__":
    main()
