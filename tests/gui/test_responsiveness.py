"""No event-loop stall over 100 ms during a walk-through of the largest shipped questionnaire:
a QTimer heartbeat records the gaps between its ticks while a user-like driver answers."""

from __future__ import annotations

import time

from driver import start_assessment, walk_through
from PySide6.QtCore import QTimer
from sample_questionnaire import SAMPLE_ID

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.services.questionnaires import shipped_questionnaire_files

STALL_MS = 100


class Heartbeat:
    def __init__(self, interval_ms: int = 5) -> None:
        self.last = time.perf_counter()
        self.gaps: list[float] = []
        self.timer = QTimer(interval=interval_ms)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.timer.start()


def largest_questionnaire() -> str:
    sizes = []
    for file in shipped_questionnaire_files():
        q = load_file(file).questionnaire
        if q is not None:
            sizes.append((q.question_count, q.id))
    return max(sizes)[1] if sizes else SAMPLE_ID


def test_no_stall_during_a_walkthrough_of_the_largest_questionnaire(qtbot, make_window, paths) -> None:  # type: ignore[no-untyped-def]
    window = make_window(paths)
    start_assessment(qtbot, window, largest_questionnaire())
    beat = Heartbeat()
    beat.start()
    walk_through(qtbot, window, on_answer=lambda _card: qtbot.wait(2))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.results, timeout=20000)
    qtbot.wait(20)
    beat.timer.stop()
    assert len(beat.gaps) > 50, "the heartbeat did not run"
    worst = max(beat.gaps)
    print(f"heartbeat: {len(beat.gaps)} ticks, worst gap {worst:.1f} ms, "
          f"ticks over 50 ms: {sum(g > 50 for g in beat.gaps)}")
    assert worst < STALL_MS, f"the event loop stalled for {worst:.0f} ms"
