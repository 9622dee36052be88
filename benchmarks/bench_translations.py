"""What translation files cost at load time, and the first text shown in a language.

    .venv/bin/python benchmarks/bench_translations.py

1. Load of each shipped questionnaire from a warm model cache (the start-up path), CPU time:
   with its translation files beside it vs. the same bytes without (floor): finding the files
   reads only their headers, so the ratio should stay near 1.
2. The first text asked for in each language: parses that language's file (once per process).
3. The same questionnaire with every language parsed up front (what an eager loader would cost).
Prints figures; not a timed test.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.model_cache import ModelCache
from aisafe_desktop.core.translations import _parsed

ROOT = Path(__file__).parents[1]


def cpu_ms(work: Callable[[], Any], runs: int = 7) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        work()
        best = min(best, (time.process_time() - start) * 1000)
    return best


def main() -> int:
    with tempfile.TemporaryDirectory() as temp:
        bare = Path(temp) / "bare"
        bare.mkdir()
        cache = ModelCache(Path(temp) / "cache")
        print("| questionnaire | languages | load, translations beside (CPU ms) | "
              "load without (floor) | ratio | first text per language (CPU ms, median) | "
              "all languages parsed |")
        print("|---|---|---|---|---|---|---|")
        for path in sorted((ROOT / "questionnaires").glob("*.yaml")):
            copy = bare / path.name
            shutil.copyfile(path, copy)
            load_file(path, cache)  # warm the cache (same bytes, same entry for both)
            with_files = cpu_ms(lambda p=path: load_file(p, cache))
            floor = cpu_ms(lambda c=copy: load_file(c, cache))
            q = load_file(path, cache).questionnaire
            assert q is not None
            extra = [lang for lang in q.languages if lang in q.translation_status]
            firsts = []
            for language in extra:
                _parsed.cache_clear()
                start = time.process_time()
                q.title.get(language)
                firsts.append((time.process_time() - start) * 1000)
            _parsed.cache_clear()
            start = time.process_time()
            for language in extra:
                q.title.get(language)
            everything = (time.process_time() - start) * 1000
            firsts.sort()
            median = firsts[len(firsts) // 2] if firsts else 0.0
            print(f"| {q.id} | {len(q.languages)} | {with_files:.1f} | {floor:.1f} | "
                  f"{with_files / floor:.2f} | {median:.1f} | {everything:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
