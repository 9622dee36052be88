"""Render the agency Inbox (table, report view, dashboard) in English and Malay.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_inbox_screenshots.py [--out DIR]

Signs a few sample reports from made-up businesses into a throw-away folder, receives them into a
throw-away inbox, reviews one, and saves docs/screenshots/inbox-*.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))  # tests.services.inbox_support makes the sample reports

from PySide6.QtCore import QCoreApplication, QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from render_screenshots import qm_dir, save  # noqa: E402

from aisafe_desktop.gui.inbox_window import InboxWindow  # noqa: E402
from aisafe_desktop.gui.preview import sample_context  # noqa: E402


def settle(window: InboxWindow, ms: int = 200) -> None:
    end = time.monotonic() + 60
    while window.session.tasks.busy and time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    stop = time.monotonic() + ms / 1000
    while time.monotonic() < stop:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def shoot(app: QApplication, lang: str, work: Path, reports: Path, trusted: tuple[str, ...],
          out: Path, size: tuple[int, int]) -> None:
    from aisafe_desktop.gui.inbox_dashboard import DashboardDialog
    from aisafe_desktop.gui.inbox_report import ReportDialog

    ctx = sample_context(app, work / f"inbox-{lang}-{size[0]}", lang, qm_dir(work))
    window = InboxWindow(ctx)
    window.resize(*size)
    window.start()
    settle(window)
    window.session.receive([reports], trusted, window._received)
    window.progress.setVisible(True)
    settle(window, 400)
    window.progress.setVisible(False)
    settle(window, 400)
    suffix = f"{lang}" if size == (1366, 768) else f"{size[0]}x{size[1]}-{lang}"
    save(window, out / f"inbox-{suffix}.png")
    # a resubmission (its organisation sent an earlier version too), for the Changes tab
    rows = window.model.rows
    sent = Counter(r.organisation for r in rows)
    row = max((i for i, r in enumerate(rows) if sent[r.organisation] > 1),
              key=lambda i: rows[i].received, default=0)
    dialog = ReportDialog(window, window.model.rows[row].id)
    dialog.resize(min(size[0] - 80, 1000), size[1] - 60)
    dialog.show()
    settle(window, 300)
    save(dialog, out / f"inbox-report-{suffix}.png")
    dialog.tabs.setCurrentIndex(1)
    settle(window, 200)
    save(dialog, out / f"inbox-report-answers-{suffix}.png")
    dialog.close()
    dashboard = DashboardDialog(window, window.current_filter())
    dashboard.resize(min(size[0] - 80, 1000), size[1] - 60)
    dashboard.show()
    settle(window, 300)
    save(dashboard, out / f"inbox-dashboard-{suffix}.png")
    dashboard.close()
    window.close()
    ctx.tasks.wait()
    ctx.ws.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="+", default=["en", "ms"])
    args = parser.parse_args()
    from tests.services.inbox_support import BUSINESSES, make_reports

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="aisafe-inbox-shots-") as folder:
        work = Path(folder)
        made = make_reports(work / "made")
        (work / "made" / "later" / "resubmission.pdf").rename(
            work / "made" / "received" / "MY-Siti Aminah-resubmitted.pdf")
        trusted = (made.signer_fingerprints[BUSINESSES[0].name],)
        for lang in args.languages:
            for size in ((1366, 768), (1024, 600)):
                shoot(app, lang, work, work / "made" / "received", trusted, args.out, size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
