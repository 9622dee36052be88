"""Agency inbox figures: receiving 1,000 reports, and the table/dashboard queries at 10,000.

    .venv/bin/python benchmarks/bench_inbox.py [--reports 1000] [--rows 10000] [--postgres]

1. Receive: a folder of signed reports (a mix of genuine-and-trusted, untrusted and tampered
   files, made once and kept in benchmarks/.cache/inbox-reports) is added to a new SQLite inbox.
   Floor, same run: pyHanko's own signature validation of the same files in the same number of
   worker processes. Peak memory: this process and the largest worker (ru_maxrss).
2. Queries: 10,000 stored reports (rows written directly); the first page of the table (200 rows +
   the count), a filter change, and the dashboard's figures. Floor, same run: a bare
   `SELECT * … LIMIT 200` on the same database. With --postgres the same on a throw-away server
   (tests/pg_server.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # for tests.services.inbox_support and tests.pg_server

CACHE = ROOT / "benchmarks" / ".cache" / "inbox-reports"


def _sign_batch(job: tuple[str, str, list[int]]) -> None:
    """Sign one report per index with the given key (a worker process)."""
    from dataclasses import replace

    from tests.services.inbox_support import EXAMPLES, PASSPHRASE

    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.services import identities, pdf_reports
    from aisafe_desktop.services.questionnaires import Catalogue

    key, out, indexes = job
    identity = identities.open_identity(Path(key), PASSPHRASE)
    document = parse_answers_document(
        (EXAMPLES / "ai-system-risk-triage--penang-shop-chatbot.json").read_bytes())
    entry = Catalogue().find(document.questionnaire_id, document.questionnaire_version)
    ref = pdf_reports.QuestionnaireRef(entry.questionnaire, entry.sha256)
    for index in indexes:
        if (Path(out) / f"report-{index:05d}.pdf").exists():
            continue  # made by an earlier, interrupted run
        titled = replace(document, extra={**document.extra, "title": f"Chatbot {index}"})
        profile = {"name": f"Business {index}", "country": "MY", "sector": "Retail"}
        pdf_reports.export_report(ref, titled, identity, Path(out) / f"report-{index:05d}.pdf",
                                  profile=profile)


def make_folder(count: int, workers: int) -> tuple[Path, tuple[str, ...]]:
    """`count` distinct signed files: 40 % from trusted signers, 30 % from signers nobody
    trusts, 30 % tampered (one byte changed inside the signed range). Made once, then cached."""
    from tests.services.inbox_support import PASSPHRASE

    from aisafe_desktop.services import identities

    folder = CACHE / str(count)
    trust_file = folder / "trusted.json"
    if trust_file.exists():
        return folder / "files", tuple(json.loads(trust_file.read_text()))
    out = folder / "files"
    out.mkdir(parents=True, exist_ok=True)
    keys = [identities.StoredIdentity(folder / f"key{k}.p12", None, identities.open_identity(
                folder / f"key{k}.p12", PASSPHRASE).info)
            if (folder / f"key{k}.p12").exists() else
            identities.create_identity(folder / f"key{k}.p12", name=f"Signer {k}",
                                       organisation=f"Business {k}", country="MY",
                                       passphrase=PASSPHRASE) for k in range(4)]
    jobs = [(str(keys[i % 4].path), str(out), list(range(i, count, workers * 4)))
            for i in range(workers * 4)]
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_sign_batch, jobs))
    (folder / "tampered").mkdir(exist_ok=True)
    for index in range(count):
        marker = folder / "tampered" / f"{index:05d}"
        if index % 10 >= 7 and not marker.exists():  # tampered, once
            marker.touch()
            path = out / f"report-{index:05d}.pdf"
            data = bytearray(path.read_bytes())
            spot = data.find(b"/Title")
            data[spot + 8] ^= 0x01
            path.write_bytes(bytes(data))
    # keys 0 and 1 are trusted; the batches alternate keys, so about half the genuine files are
    trusted = tuple(key.info.fingerprint for key in keys[:2])
    trust_file.write_text(json.dumps(trusted))
    return out, trusted


def _floor_one(path: str) -> bool:
    import logging

    from pyhanko.pdf_utils.reader import PdfFileReader

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    try:
        reader = PdfFileReader(io.BytesIO(Path(path).read_bytes()))
        status = validate_pdf_signature(reader.embedded_signatures[0],
                                        ValidationContext(trust_roots=[], allow_fetching=False))
        return bool(status.intact)
    except Exception:
        return False


def bench_receive(count: int, workers: int, url: str | None = None, label: str = "SQLite"
                  ) -> None:
    """Receive the cached reports into a new inbox (SQLite in a temporary folder, or the
    empty PostgreSQL database at `url`), against the pyHanko floor measured just before."""
    from aisafe_desktop.services.inbox import Inbox
    from aisafe_desktop.services.inbox_verify import VerifierSettings
    from aisafe_desktop.storage.inbox_db import open_inbox

    folder, trusted = make_folder(count, workers)
    files = sorted(str(p) for p in folder.glob("*.pdf"))
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_floor_one, files, chunksize=8))
    floor = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp:
        database = open_inbox(url or f"sqlite:///{Path(tmp) / 'inbox.sqlite'}")
        inbox = Inbox(database, "bench")
        started = time.perf_counter()
        report = inbox.receive([folder], VerifierSettings(tmp, trusted), workers=workers)
        took = time.perf_counter() - started
        database.dispose()
    print(f"[{label}]", end=" ")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"receive {len(files)} reports with {workers} workers: {took:.1f} s "
          f"(floor: pyHanko validation alone {floor:.1f} s, ratio {took / floor:.2f}); "
          f"verdicts {report.by_verdict}; peak memory: this process {own:.0f} MiB, "
          f"largest worker {child:.0f} MiB, upper bound for all "
          f"{own + workers * child:.0f} MiB")


def fill(url: str, rows: int) -> None:
    from sqlalchemy import insert

    from aisafe_desktop.storage.inbox_db import open_inbox
    from aisafe_desktop.storage.inbox_models import SubmissionRow

    database = open_inbox(url)
    rng = random.Random(3)
    countries = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"]
    sectors = ["Finance", "Retail", "Health", "Public sector", "Logistics", "Education"]
    bands = ["level-i", "level-ii", "level-iii", "level-iv"]
    now = dt.datetime.now(dt.UTC)
    batch = []
    for index in range(rows):
        batch.append({
            "sha256": f"{index:064x}", "file_name": f"report-{index}.pdf", "size": 90_000,
            "received_at": now - dt.timedelta(hours=index), "received_by": "bench",
            "verdict": rng.choice(["trusted", "trusted", "untrusted", "invalid"]),
            "reason": "", "intact": True, "signer": f"Signer {index}",
            "signer_fingerprint": f"{index:064x}", "organisation": f"Business {index % 3000}",
            "country": rng.choice(countries), "sector": rng.choice(sectors),
            "ai_system": f"System {index % 7}", "title": "", "questionnaire_id": rng.choice(
                ["ai-system-risk-triage", "asean-ai-governance-readiness"]),
            "questionnaire_version": "1.0.0", "questionnaire_sha256": "", "band": rng.choice(bands),
            "band_title": "", "score": rng.random() * 100,
            "red_flags": json.dumps(rng.sample(["rf-emotion", "rf-social-scoring", "rf-face"],
                                               rng.randint(0, 2))),
            "recommendations": "[]", "reference": f"R-{index}", "claimed_signing_time": now,
            "answers_json": "", "status": rng.choice(["new", "under-review", "accepted"]),
            "reviewer": "", "due_date": None, "previous_id": None, "version": 1})
    with database.engine.begin() as connection:
        for start in range(0, rows, 1000):
            connection.execute(insert(SubmissionRow), batch[start:start + 1000])
    database.dispose()


def median_ms(action: object, repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bench_queries(url: str, rows: int, label: str) -> None:
    from sqlalchemy import text

    from aisafe_desktop.services.inbox import Inbox
    from aisafe_desktop.services.inbox_summary import summarise
    from aisafe_desktop.storage.inbox_db import open_inbox
    from aisafe_desktop.storage.inbox_models import Verdict
    from aisafe_desktop.storage.inbox_repository import InboxFilter

    fill(url, rows)
    inbox = Inbox(open_inbox(url), "bench")

    def floor() -> None:
        with inbox.database.engine.connect() as connection:
            connection.execute(text("SELECT * FROM submissions ORDER BY received_at DESC "
                                    "LIMIT 200")).all()

    def first_page() -> None:
        inbox.list(limit=200)
        inbox.count()

    wanted = InboxFilter(verdict=Verdict.TRUSTED, country="MY", band="level-iii")

    def filtered() -> None:
        inbox.list(wanted, limit=200)
        inbox.count(wanted)

    def window_page() -> None:  # what the Inbox window reads: 60 short rows, then the count
        from aisafe_desktop.services.inbox_table import table_count, table_page

        table_page(inbox, wanted, limit=60)
        table_count(inbox, wanted)

    base = median_ms(floor)
    page, change, dash = median_ms(first_page), median_ms(filtered), \
        median_ms(lambda: summarise(inbox), repeat=3)
    window = median_ms(window_page)
    print(f"{label}, {rows} reports: first page + count {page:.1f} ms (floor bare SELECT LIMIT "
          f"200: {base:.1f} ms, ratio {page / base:.1f}); filter change {change:.1f} ms; "
          f"the window's filter change (60 short rows + count) {window:.1f} ms; "
          f"dashboard figures {dash:.1f} ms")
    inbox.database.dispose()


def bench_gui(url: str, rows: int, label: str, fill_first: bool = True) -> None:
    """The Inbox window over `rows` reports, driven like an officer: open to the first rows
    painted, and a country chosen in its filter to the new rows painted (median of 5), then the
    dashboard to its charts. Floor, same run, same size: a bare QTableView over a
    QStandardItemModel of the same number of rows (built, shown and painted; for the filter
    change: rebuilt and painted) after a bare SELECT of the first page. Also counted: statements
    sent, rows read, model resets and data() calls (what the tests in
    tests/gui/test_inbox_table_work.py hold down)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QTableView
    from sqlalchemy import Engine, create_engine, event, text

    from aisafe_desktop.core.paths import AppPaths
    from aisafe_desktop.gui.inbox_dashboard import DashboardDialog
    from aisafe_desktop.gui.inbox_model import InboxTableModel
    from aisafe_desktop.gui.inbox_window import FIRST_PAGE, InboxWindow
    from aisafe_desktop.gui.launch import build_context

    if fill_first:
        fill(url, rows)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)

    # Wait in Qt's event loop, as the app does: a Python loop polling processEvents() would
    # hold the GIL and slow the worker thread's queries (measured: 2-4x at load 10).
    tick = QTimer(interval=10)
    tick.start()

    def spin_until(done: object, limit: float = 30.0) -> None:
        end = time.perf_counter() + limit
        while not done() and time.perf_counter() < end:  # type: ignore[operator]
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

    statements: list[str] = []
    event.listen(Engine, "before_cursor_execute",
                 lambda _c, _cur, sql, *_a: statements.append(sql))
    data_calls = [0]
    original_data = InboxTableModel.data

    def counted_data(self: InboxTableModel, index: object, role: int = 0) -> object:
        data_calls[0] += 1
        return original_data(self, index, role)  # type: ignore[arg-type]

    InboxTableModel.data = counted_data  # type: ignore[method-assign]
    bare = create_engine(url.replace("postgresql://", "postgresql+psycopg://"))

    def bare_page(country: str | None = None) -> list[list[str]]:
        where = f"WHERE country = '{country}' " if country else ""
        with bare.connect() as connection:
            found = connection.execute(text(
                f"SELECT id, verdict, status, organisation, country, sector, questionnaire_id, "
                f"band, score, signer, received_at FROM submissions {where}"
                f"ORDER BY received_at DESC LIMIT {FIRST_PAGE}")).all()
        return [[str(v) for v in row[1:]] for row in found]

    def table_model(cells: list[list[str]]) -> QStandardItemModel:
        model = QStandardItemModel(0, 10)
        for row in cells:
            model.appendRow([QStandardItem(value) for value in row])
        return model

    warm = QTableView()  # Qt's one-time set-up (fonts, style) is nobody's cost
    warm.setModel(table_model(bare_page()))
    warm.show()
    QCoreApplication.processEvents()
    warm.close()
    started = time.perf_counter()
    view = QTableView()
    view.setModel(table_model(bare_page()))
    view.resize(1200, 720)
    view.show()
    view.viewport().repaint()
    floor_open = (time.perf_counter() - started) * 1000
    floor_changes = []
    for country in ("MY", "TH", "VN", "ID", "PH"):
        started = time.perf_counter()
        view.setModel(table_model(bare_page(country)))
        view.viewport().repaint()
        floor_changes.append((time.perf_counter() - started) * 1000)
    view.close()
    floor_change = statistics.median(floor_changes)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        paths = AppPaths.resolve(tmp).ensure()
        ctx = build_context(app, paths, install_excepthook=False)
        window = InboxWindow(ctx, url)
        resets = [0]
        window.model.modelReset.connect(lambda: resets.__setitem__(0, resets[0] + 1))
        statements.clear()
        started = time.perf_counter()
        window.start()
        spin_until(lambda: window.model.rowCount() > 0)  # set and painted in one step
        first = (time.perf_counter() - started) * 1000
        first_reads = len(statements)
        spin_until(lambda: window.settled)
        settled = (time.perf_counter() - started) * 1000
        changes, change_reads, change_calls = [], [], []
        for country in ("MY", "TH", "VN", "ID", "PH"):
            statements.clear()
            data_calls[0] = 0
            before = resets[0]
            started = time.perf_counter()
            window.country_box.setCurrentIndex(window.country_box.findData(country))
            spin_until(lambda c=country, b=before: resets[0] > b and window.model.rowCount() > 0
                       and all(r.country == c for r in window.model.rows))
            changes.append((time.perf_counter() - started) * 1000)
            spin_until(lambda: window.settled)
            change_reads.append(len(statements))
            change_calls.append(data_calls[0])
        change = statistics.median(changes)
        dialog = DashboardDialog(window, window.current_filter())
        started = time.perf_counter()
        dialog.open()
        spin_until(lambda: dialog.summary is not None)
        QCoreApplication.processEvents()
        dashboard = (time.perf_counter() - started) * 1000
        dialog.close()
        shown_rows = window.model.rowCount()
        window.close()
        ctx.tasks.wait()
    bare.dispose()
    InboxTableModel.data = original_data  # type: ignore[method-assign]
    tick.stop()
    load_after = os.getloadavg()[0]
    print(f"{label} window, {rows} reports (load {load_before:.1f} → {load_after:.1f}): "
          f"open to first rows painted {first:.0f} ms (floor: bare SELECT + bare {FIRST_PAGE}-row "
          f"table shown {floor_open:.0f} ms, ratio {first / floor_open:.1f}); all read "
          f"(count, choices, band titles) {settled:.0f} ms; statements at open {first_reads}")
    print(f"{label} window: filter change to rows painted, median of 5 {change:.0f} ms "
          f"(all: {', '.join(f'{c:.0f}' for c in changes)}; floor: bare SELECT + bare table "
          f"rebuilt {floor_change:.0f} ms, ratio {change / floor_change:.1f}); per change "
          f"{statistics.median(change_reads):.0f} statements, {shown_rows} rows read, "
          f"{statistics.median(change_calls):.0f} data() calls")
    print(f"{label} dashboard dialog: open to charts {dashboard:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--skip-receive", action="store_true")
    parser.add_argument("--gui", action="store_true", help="also the Inbox window's timings")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}, {os.cpu_count()} cores")
    if not args.skip_receive:
        bench_receive(args.reports, args.workers)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'inbox.sqlite'}"
        bench_queries(url, args.rows, "SQLite")
        if args.gui:
            bench_gui(url, args.rows, "SQLite", fill_first=False)
    if args.postgres:
        from tests.pg_server import PostgresServer

        server = PostgresServer()
        try:
            url = server.start()
            if not args.skip_receive:
                bench_receive(args.reports, args.workers, url, "PostgreSQL")
                server.stop()  # a fresh, empty database for the table figures
                server = PostgresServer()
                url = server.start()
            bench_queries(url, args.rows, "PostgreSQL")
            if args.gui:
                bench_gui(url, args.rows, "PostgreSQL", fill_first=False)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
