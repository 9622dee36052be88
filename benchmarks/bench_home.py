"""Home with 10,000 assessments: the table's model, sort and column sizing, shown and painted,
against a bare QTableView over the same texts in a plain QStandardItemModel (floor, same run).

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_home.py [--rows 10000] [--runs 5]

Prints medians of wall-clock time and the ratio to the floor; also the old way (every column
ResizeToContents) for comparison. Goal: Home visible within 2x a bare window's start-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from aisafe_desktop.core.model import Text
from aisafe_desktop.core.status import AssessmentStatus
from aisafe_desktop.gui.assessment_table import SORT_ROLE, AssessmentTableModel, SourceSortingProxy
from aisafe_desktop.services.dto import AssessmentSummary


def rows(count: int) -> list[AssessmentSummary]:
    now = dt.datetime.now(dt.UTC)
    title = Text({"en": "AI system risk triage", "ms": "Triage risiko sistem AI"})
    band = Text({"en": "Level II", "ms": "Tahap II"})
    statuses = list(AssessmentStatus)
    return [AssessmentSummary(i, f"Assessment {i:05d} of the loan helper", "triage", "2.0.0",
                              title, f"System {i % 37}", "en", statuses[i % 3], i % 40, 40,
                              "level-ii", band, now - dt.timedelta(minutes=i), False)
            for i in range(count)]


def ours(data: list[AssessmentSummary], old_way: bool) -> Callable[[], None]:
    def run() -> None:
        model = AssessmentTableModel("en")
        proxy: QSortFilterProxyModel = QSortFilterProxyModel() if old_way else SourceSortingProxy()
        proxy.setSourceModel(model)
        proxy.setSortRole(SORT_ROLE)
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        header = view.horizontalHeader()
        mode = QHeaderView.ResizeMode.ResizeToContents if old_way else \
            QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(mode)
        model.set_rows(data, "en")
        if not old_way:
            model.sort(6, Qt.SortOrder.DescendingOrder)
            metrics = view.fontMetrics()
            for column in range(1, 7):
                widest = max(metrics.horizontalAdvance(t) for t in model.sample_texts(column))
                header.resizeSection(column, widest + 24)
        view.resize(1200, 700)
        view.show()
        view.grab()
        view.close()
    return run


def floor(data: list[AssessmentSummary]) -> Callable[[], None]:
    texts = [[r.title, "AI system risk triage", r.ai_system_name or "", "In progress", "50 %",
              "Level II", "2026-12-07 14:32"] for r in data]

    def run() -> None:
        model = QStandardItemModel(len(texts), 7)
        for i, line in enumerate(texts):
            for j, text in enumerate(line):
                model.setItem(i, j, QStandardItem(text))
        view = QTableView()
        view.setModel(model)
        view.resize(1200, 700)
        view.show()
        view.grab()
        view.close()
    return run


def median_ms(work: Callable[[], None], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    _app = QApplication.instance() or QApplication([])
    data = rows(args.rows)
    base = median_ms(floor(data), args.runs)
    new = median_ms(ours(data, old_way=False), args.runs)
    old = median_ms(ours(data, old_way=True), max(1, args.runs // 2))
    print(f"rows: {args.rows}")
    print(f"floor (QStandardItemModel + QTableView, same texts): {base:.0f} ms")
    print(f"Home table (cached texts, columns from a sample):     {new:.0f} ms  ratio {new / base:.2f}")
    print(f"old way (proxy sort, ResizeToContents everywhere):   {old:.0f} ms  ratio {old / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
