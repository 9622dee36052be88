"""The Inbox table does little work whatever the inbox's size (issue 13: 10,000 reports, first
paint ≤ 300 ms, filter change ≤ 100 ms). Counted, not timed: statements sent to the database,
rows read, model resets and the view's data() calls. The timings are in benchmarks/README.md."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, event

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.inbox_model import BAND_COLUMN, COLUMNS, InboxTableModel
from aisafe_desktop.gui.inbox_window import FIRST_PAGE, PAGE, InboxWindow
from aisafe_desktop.storage.inbox_db import open_inbox
from tests.gui.conftest import WindowFactory
from tests.storage.inbox_rows import fill

ROWS = 500


@dataclass
class Work:
    statements: list[str] = field(default_factory=list)
    data_rows: list[int] = field(default_factory=list)  # the row of every data() call

    def table_reads(self) -> list[str]:
        return [s for s in self.statements
                if s.startswith("SELECT") and "FROM submissions" in s]

    def clear(self) -> None:
        self.statements.clear()
        self.data_rows.clear()


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> Iterator[Work]:
    counted = Work()

    def statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        counted.statements.append(" ".join(sql.split()))

    original = InboxTableModel.data

    def data(self: InboxTableModel, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        counted.data_rows.append(index.row())
        return original(self, index, role)

    monkeypatch.setattr(InboxTableModel, "data", data)
    event.listen(Engine, "before_cursor_execute", statement)
    yield counted
    event.remove(Engine, "before_cursor_execute", statement)


def open_window(qtbot: QtBot, make_window: WindowFactory, paths: AppPaths,
                tmp_path: Path) -> InboxWindow:
    url = f"sqlite:///{tmp_path / 'agency.sqlite'}"
    database = open_inbox(url)
    fill(database, ROWS)
    database.dispose()
    main = make_window(paths)
    inbox = InboxWindow(main.ctx, url)
    qtbot.addWidget(inbox)
    inbox.resize(1200, 720)
    return inbox


def settle(qtbot: QtBot, inbox: InboxWindow) -> None:
    qtbot.waitUntil(lambda: inbox.settled, timeout=20000)


def resets(inbox: InboxWindow) -> list[int]:
    seen: list[int] = []
    inbox.model.modelReset.connect(lambda: seen.append(1))
    return seen


def test_the_first_paint_reads_one_page_then_counts(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
        work: Work) -> None:
    inbox = open_window(qtbot, make_window, paths, tmp_path)
    reset = resets(inbox)
    work.clear()
    inbox.start()
    settle(qtbot, inbox)
    assert inbox.model.rowCount() == FIRST_PAGE and inbox.total == ROWS
    reads = work.table_reads()
    assert not any("answers_json" in s or "submission_files" in s for s in reads), reads
    pages = [s for s in reads if "LIMIT" in s]
    counts = [s for s in reads if "count(" in s.lower()]
    choices = [s for s in reads if "DISTINCT" in s]
    assert len(pages) == 1 and len(counts) == 1 and len(choices) == 4, reads
    assert len(reads) == 6, reads
    # the band titles (read beside the queries) changed one column, without a reset
    assert inbox.model.band_titles and reset == [1]
    # the view asked only for the rows it shows (fixed heights: no per-row size hints)
    shown = inbox.table.rowAt(inbox.table.viewport().height() - 1)
    assert work.data_rows and max(work.data_rows) <= max(shown, 0) + 1 < FIRST_PAGE
    inbox.close()


def test_a_filter_change_is_one_page_one_count_one_reset(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
        work: Work) -> None:
    inbox = open_window(qtbot, make_window, paths, tmp_path)
    inbox.start()
    settle(qtbot, inbox)
    reset = resets(inbox)
    work.clear()
    inbox.verdict_box.setCurrentIndex(inbox.verdict_box.findData("invalid"))
    settle(qtbot, inbox)
    reads = work.table_reads()
    assert len(reads) == 2 and "LIMIT" in reads[0] and "count(" in reads[1].lower(), reads
    assert reset == [1]
    assert 0 < inbox.model.rowCount() <= FIRST_PAGE
    assert {row.verdict.value for row in inbox.model.rows} == {"invalid"}
    visible = inbox.table.rowAt(inbox.table.viewport().height() - 1) + 1
    assert work.data_rows and max(work.data_rows) <= visible
    # Qt asks a handful of roles per visible cell per paint; each is a lookup
    assert len(work.data_rows) <= visible * len(COLUMNS) * 12 * 2

    # changed and changed back before the event loop ran: nothing is read again
    work.clear()
    inbox.verdict_box.setCurrentIndex(0)
    inbox.verdict_box.setCurrentIndex(inbox.verdict_box.findData("invalid"))
    settle(qtbot, inbox)
    assert work.table_reads() == [] and reset == [1]
    inbox.close()


def test_scrolling_reads_the_next_page_without_a_reset(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
        work: Work) -> None:
    inbox = open_window(qtbot, make_window, paths, tmp_path)
    inbox.start()
    settle(qtbot, inbox)
    reset = resets(inbox)
    inserted: list[tuple[int, int]] = []
    inbox.model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    work.clear()
    inbox.table.scrollToBottom()
    qtbot.waitUntil(lambda: inbox.model.rowCount() == FIRST_PAGE + PAGE, timeout=20000)
    settle(qtbot, inbox)
    reads = work.table_reads()
    assert len(reads) == 1 and "OFFSET" in reads[0], reads
    assert inserted == [(FIRST_PAGE, FIRST_PAGE + PAGE - 1)] and reset == []
    ids = [row.id for row in inbox.model.rows]
    assert len(ids) == len(set(ids))
    inbox.close()


def test_only_the_newest_of_queued_filters_is_read(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
        work: Work) -> None:
    """An officer clicking through filters while the database is busy: the filters asked for
    in between are skipped, not read one after the other."""
    inbox = open_window(qtbot, make_window, paths, tmp_path)
    inbox.start()
    settle(qtbot, inbox)
    gate = threading.Event()
    inbox.session.read(lambda _handle: gate.wait(20), lambda _result: None)
    work.clear()
    for verdict in ("trusted", "untrusted", "invalid"):
        inbox.verdict_box.setCurrentIndex(inbox.verdict_box.findData(verdict))
        inbox.refresh()
    gate.set()
    settle(qtbot, inbox)
    reads = work.table_reads()
    assert len(reads) == 2, reads  # the newest page and its count
    assert {row.verdict.value for row in inbox.model.rows} == {"invalid"}
    inbox.close()


def test_new_band_titles_change_one_column_only(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path) -> None:
    inbox = open_window(qtbot, make_window, paths, tmp_path)
    inbox.start()
    settle(qtbot, inbox)
    reset = resets(inbox)
    changed: list[tuple[int, int]] = []
    inbox.model.dataChanged.connect(
        lambda top, bottom, _roles: changed.append((top.column(), bottom.column())))
    inbox.model.set_band_titles({"level-i": "Tahap I"})
    assert reset == [] and changed == [(BAND_COLUMN, BAND_COLUMN)]
    levels = [row.band for row in inbox.model.rows]
    shown = [inbox.model.index(i, BAND_COLUMN).data() for i in range(len(levels))]
    assert all((text == "Tahap I") == (band == "level-i") for band, text in zip(levels, shown,
                                                                                 strict=True))
    inbox.close()


def test_the_table_reads_while_a_receive_holds_the_worker(
        qtbot: QtBot, make_window: WindowFactory, paths: AppPaths, tmp_path: Path,
        work: Work) -> None:
    """Receiving a thousand files keeps the inbox's worker thread (and, on SQLite, the write
    lock) for half a minute; the table reads beside it, in read-only units of work."""
    from sqlalchemy import update

    from aisafe_desktop.storage.inbox_models import SubmissionRow

    inbox = open_window(qtbot, make_window, paths, tmp_path)
    inbox.start()
    settle(qtbot, inbox)
    gate, writing = threading.Event(), threading.Event()

    def long_write(handle: Any) -> None:
        with handle.inbox.database.session() as session:  # BEGIN IMMEDIATE on SQLite
            session.execute(update(SubmissionRow).where(SubmissionRow.id == 1)
                            .values(reviewer="x"))
            writing.set()
            gate.wait(20)

    inbox.session.run(long_write, lambda _result: None)
    assert writing.wait(10)
    try:
        work.clear()
        inbox.verdict_box.setCurrentIndex(inbox.verdict_box.findData("untrusted"))
        qtbot.waitUntil(lambda: bool(inbox.model.rows) and {
            row.verdict.value for row in inbox.model.rows} == {"untrusted"}, timeout=10000)
        assert inbox.session.tasks.busy  # the write still holds the worker
    finally:
        gate.set()
    settle(qtbot, inbox)
    inbox.close()
