"""The agency's Inbox: receive signed reports, filter and sort them, open one to review it.

Its own window, opened from the main window's toolbar: an officer can keep it beside their own
assessments, and it works on a shared PostgreSQL inbox as well as on the local file. No query
runs on the UI thread. The table reads on a thread of its own, in read-only units of work, so a
receive in progress on the worker thread does not hold it up. A filter change reads one page of
short rows (enough to fill the table), shows them, and only then counts; the next pages are
read as the officer scrolls. A query asked for before an older one ran replaces it (only the
newest filter is read).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.inbox_model import COLUMNS, InboxTableModel, status_text, verdict_text
from aisafe_desktop.gui.inbox_session import InboxHandle, InboxSession, stored_inbox_url
from aisafe_desktop.gui.locale_text import date_pattern
from aisafe_desktop.gui.widgets import plain_label

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.inbox import ReceiveReport
    from aisafe_desktop.services.inbox_table import TableRow
    from aisafe_desktop.storage.inbox_repository import InboxFilter

FIRST_PAGE = 60  # fills the table at 1,200 × 1,600 px; the rest comes as the officer scrolls
PAGE = 200  # each further page
SEARCH_PAUSE_MS = 250  # typing in the search box: read after a pause, not at every key
VERDICTS = ("trusted", "untrusted", "invalid")
STATUSES = ("new", "under-review", "accepted", "returned")


class FilterDate(QDateEdit):
    """A date filter that Tab leaves at once (Left and Right move between day, month and year).
    Qt's own moves Tab through the sections, and while it shows the empty "no limit" text it
    never let the focus go: a keyboard trap in the filter row."""

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt's name
        return QWidget.focusNextPrevChild(self, next)


class InboxWindow(QMainWindow):
    def __init__(self, ctx: AppContext, url: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.setAcceptDrops(True)
        self.session = InboxSession(ctx, url or stored_inbox_url(ctx),
                                    getattr(ctx.settings, "officer", "") or "", self)
        self.model = InboxTableModel()
        self._titles_language = ""  # the language the band titles were read in ("" = not yet)
        self._bands: list[str] = []  # band ids present in the inbox (the band filter's choices)
        self._asked_password = False
        self.total = 0
        self._sort = ("received_at", True)
        self._generation = 0  # bumped by every refresh: older queries and pages are dropped
        self._shown_filter: InboxFilter | None = None
        self._choices_wanted = False
        # a choice (verdict, date …) is read at once, only coalescing changes made together
        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(self._refresh_if_changed)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._search_timer.timeout.connect(self._refresh_if_changed)
        self._build()
        self._retranslate()
        self.session.opened.connect(self._opened)
        self.session.receive_progressed.connect(self._progressed)
        self.resize(1200, 720)

    # -- building -----------------------------------------------------------------------------
    def _build(self) -> None:
        bar = QToolBar(self)
        bar.setMovable(False)
        self.addToolBar(bar)
        self.add_files_button, self.add_folder_button = QPushButton(), QPushButton()
        self.dashboard_button, self.export_button = QPushButton(), QPushButton()
        self.database_button, self.reverify_button = QPushButton(), QPushButton()
        for button in (self.add_files_button, self.add_folder_button, self.reverify_button,
                       self.dashboard_button, self.export_button, self.database_button):
            bar.addWidget(button)
        self.database_button.clicked.connect(self.choose_database)
        self.reverify_button.clicked.connect(self.verify_again)
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.dashboard_button.clicked.connect(self.open_dashboard)
        self.export_button.clicked.connect(self.export_table)
        self.add_files_button.setShortcut(QKeySequence("Ctrl+O"))

        central = QWidget()
        layout = QVBoxLayout(central)
        self.where = plain_label()
        layout.addWidget(self.where)
        layout.addLayout(self._filters())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(False)  # sorting is the database's job (10,000 rows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.sectionClicked.connect(self._sort_by)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(len(COLUMNS) - 1, Qt.SortOrder.DescendingOrder)
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        # one height for every row: the view never asks each row for its size
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.model.more_wanted.connect(self._fetch_more)
        self.table.doubleClicked.connect(lambda index: self.open_report(index.row()))
        self.table.activated.connect(lambda index: self.open_report(index.row()))
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.count_label = plain_label()
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.session.cancel_receive)
        row.addWidget(self.count_label, 1)
        row.addWidget(self.progress)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.setCentralWidget(central)
        for index, width in enumerate((110, 110, 220, 70, 120, 170, 120, 60, 150, 130)):
            self.table.setColumnWidth(index, width)

    def _filters(self) -> QVBoxLayout:
        rows = QVBoxLayout()
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.verdict_box, self.status_box = QComboBox(), QComboBox()
        self.band_box, self.country_box = QComboBox(), QComboBox()
        self.sector_box, self.questionnaire_box = QComboBox(), QComboBox()
        self.date_from, self.date_to = FilterDate(), FilterDate()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setSpecialValueText(" ")  # the minimum date means "no limit"
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setDate(edit.minimumDate())
            edit.dateChanged.connect(self._refresh_timer.start)
        self.search.textChanged.connect(self._search_timer.start)
        for box in (self.verdict_box, self.status_box, self.band_box, self.country_box,
                    self.sector_box, self.questionnaire_box):
            box.currentIndexChanged.connect(self._refresh_timer.start)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.labels: dict[str, QLabel] = {}
        for key, widget in (("search", self.search), ("verdict", self.verdict_box),
                            ("status", self.status_box), ("band", self.band_box),
                            ("country", self.country_box), ("sector", self.sector_box),
                            ("questionnaire", self.questionnaire_box),
                            ("from", self.date_from), ("to", self.date_to)):
            label = plain_label()
            label.setBuddy(widget)
            self.labels[key] = label
            row = first if key in ("search", "verdict", "status") else second
            row.addWidget(label)
            row.addWidget(widget, 1 if key == "search" else 0)
        second.addStretch(1)
        return rows

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inbox — AISafe Desktop"))
        self.add_files_button.setText(self.tr("Add files…"))
        self.add_folder_button.setText(self.tr("Add folder…"))
        self.dashboard_button.setText(self.tr("Dashboard"))
        self.export_button.setText(self.tr("Export table…"))
        self.database_button.setText(self.tr("Database…"))
        self.reverify_button.setText(self.tr("Verify again"))
        self.reverify_button.setToolTip(self.tr(
            "Check every kept file again, for example after you trusted a signer"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.search.setPlaceholderText(self.tr("Organisation, signer, AI system or file"))
        self.table.setAccessibleName(self.tr("Received reports"))
        for key, text in (("search", self.tr("&Search")), ("verdict", self.tr("&Verdict")),
                          ("status", self.tr("S&tatus")), ("band", self.tr("&Result")),
                          ("country", self.tr("&Country")), ("sector", self.tr("S&ector")),
                          ("questionnaire", self.tr("&Questionnaire")),
                          ("from", self.tr("&From")), ("to", self.tr("T&o"))):
            self.labels[key].setText(text)
        for edit in (self.date_from, self.date_to):  # the month in words, in the language
            edit.setLocale(QLocale())
            edit.setDisplayFormat(date_pattern())
        self._fill(self.verdict_box, [(v, verdict_text(v)) for v in VERDICTS])
        self._fill(self.status_box, [(s, status_text(s)) for s in STATUSES])
        self.where.setText(self.tr("Opening the inbox…"))

    def _fill(self, box: QComboBox, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All"), None)
        for value, text in items:
            box.addItem(text, value)
        found = box.findData(current)
        box.setCurrentIndex(max(found, 0))
        box.blockSignals(False)

    # -- opening and refreshing -----------------------------------------------------------------
    def start(self) -> None:
        self.show()
        self.session.open(self._open_failed)

    def _open_failed(self, error: BaseException) -> None:
        self.where.setText(self.tr("The inbox could not be opened."))
        if "password" in str(error).lower() and "@" in self.session.url and \
                not self._asked_password:
            from aisafe_desktop.gui.inbox_settings import ask_password
            from aisafe_desktop.services.settings import shown_url, with_password

            self._asked_password = True
            secret = ask_password(self, shown_url(self.session.url))
            if secret is not None:
                self._reopen(with_password(self.session.url, secret))
                return
        self.ctx.errors.present(error)

    def choose_database(self) -> None:
        from aisafe_desktop.gui.inbox_settings import InboxSettingsDialog

        dialog = InboxSettingsDialog(self.ctx, self)
        dialog.accepted.connect(lambda: self._reopen(stored_inbox_url(self.ctx)))
        dialog.open()

    def _reopen(self, url: str) -> None:
        """Work in another inbox (or the same one with a password): a new session."""
        self.session.close()
        self.session.deleteLater()
        self.session = InboxSession(self.ctx, url, getattr(self.ctx.settings, "officer", ""),
                                    self)
        self.session.opened.connect(self._opened)
        self.session.receive_progressed.connect(self._progressed)
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.session.cancel_receive)
        self.model.set_rows([])
        self.where.setText(self.tr("Opening the inbox…"))
        self.session.open(self._open_failed)

    def _opened(self, shown_url: str) -> None:
        self.where.setText(self.tr("Inbox: {where}").format(where=shown_url))
        self._choices_wanted = True  # read after the first rows are shown
        self.refresh()

    def current_filter(self) -> InboxFilter:
        from aisafe_desktop.storage.inbox_models import ReviewStatus, Verdict
        from aisafe_desktop.storage.inbox_repository import InboxFilter

        def day(edit: QDateEdit) -> dt.date | None:
            value = edit.date()
            return None if value == edit.minimumDate() else dt.date(value.year(), value.month(),
                                                                    value.day())

        verdict, status = self.verdict_box.currentData(), self.status_box.currentData()
        return InboxFilter(
            verdict=Verdict(verdict) if verdict else None,
            status=ReviewStatus(status) if status else None,
            band=self.band_box.currentData(), country=self.country_box.currentData(),
            sector=self.sector_box.currentData(),
            questionnaire=self.questionnaire_box.currentData(),
            received_from=day(self.date_from), received_to=day(self.date_to),
            search=self.search.text())

    @property
    def settled(self) -> bool:
        """Open, and nothing read or waiting to be read (tests and the benchmark wait on it)."""
        return (self.session.ready and not self._refresh_timer.isActive()
                and not self._search_timer.isActive() and not self.session.tasks.busy
                and not self.session.read_tasks.busy and not self.session.side_tasks.busy)

    def _refresh_if_changed(self) -> None:
        """A filter widget changed: read again, unless it ended where the table already is."""
        if self.current_filter() != self._shown_filter:
            self.refresh()

    def refresh(self) -> None:
        """Read the first page for the current filter and sort, then the count."""
        self._refresh_timer.stop()
        self._search_timer.stop()
        wanted = self._shown_filter = self.current_filter()
        sort, descending = self._sort
        self._generation += 1
        generation = self._generation

        def work(handle: InboxHandle) -> list[TableRow] | None:
            if generation != self._generation:
                return None  # a newer refresh is queued behind this one: skip the query
            from aisafe_desktop.services.inbox_table import table_page

            return table_page(handle.inbox, wanted, sort=sort, descending=descending,
                              limit=FIRST_PAGE)

        def show(rows: list[TableRow] | None) -> None:
            if rows is None or generation != self._generation:
                return
            self.model.set_rows(rows, more=len(rows) == FIRST_PAGE)
            # paint now, before more work starts: a worker thread running Python (the count,
            # the band titles) would make each of the paint's data() calls wait for the GIL
            self.table.viewport().repaint()
            self._count(wanted, generation)
            if self._choices_wanted:
                self._choices_wanted = False
                self._load_choices()
            if self._titles_language != self.ctx.language:
                self._load_band_titles()

        self.session.read(work, show)

    def _count(self, wanted: InboxFilter, generation: int) -> None:
        """The count, after the rows are on screen (counting reads every matching row)."""
        def work(handle: InboxHandle) -> int | None:
            if generation != self._generation:
                return None
            from aisafe_desktop.services.inbox_table import table_count

            return table_count(handle.inbox, wanted)

        def show(total: int | None) -> None:
            if total is None or generation != self._generation:
                return
            self.total = total
            self.count_label.setText(self.tr("%n report(s)", "", total))

        self.session.read(work, show)

    def _fetch_more(self, offset: int) -> None:
        """The next page, when the view scrolls near the end of the rows read so far."""
        wanted, (sort, descending), generation = self._shown_filter, self._sort, self._generation
        if wanted is None:
            return

        def work(handle: InboxHandle) -> list[TableRow] | None:
            if generation != self._generation:
                return None
            from aisafe_desktop.services.inbox_table import table_page

            return table_page(handle.inbox, wanted, sort=sort, descending=descending,
                              limit=PAGE, offset=offset)

        def show(rows: list[TableRow] | None) -> None:
            if rows is not None and generation == self._generation:
                self.model.append_rows(rows, more=len(rows) == PAGE)

        def failed(error: BaseException) -> None:
            self.model.fetch_failed()
            self.ctx.errors.present(error)

        self.session.read(work, show, failed)

    def _load_band_titles(self) -> None:
        """Band titles in the officer's language, read after the first rows are on screen (the
        questionnaire catalogue is not needed for them), beside the queries, not before them."""
        language = self._titles_language = self.ctx.language

        def work(handle: InboxHandle) -> dict[str, str]:
            from aisafe_desktop.services.inbox_view import band_titles

            return band_titles(handle.catalogue, language)

        def show(titles: dict[str, str]) -> None:
            self.model.set_band_titles(titles)
            self._fill(self.band_box, sorted(((band, titles.get(band, band))
                                              for band in self._bands),
                                             key=lambda item: item[1]))

        self.session.run_beside(work, show)

    def _load_choices(self) -> None:
        def work(handle: InboxHandle) -> dict[str, list[str]]:
            from aisafe_desktop.services.inbox_table import filter_choices

            return filter_choices(handle.inbox)

        def show(choices: dict[str, list[str]]) -> None:
            self._bands = choices["band"]
            titles = self.model.band_titles
            self._fill(self.band_box, sorted(((band, titles.get(band, band))
                                              for band in self._bands), key=lambda item: item[1]))
            for key, box in (("country", self.country_box),
                             ("sector", self.sector_box),
                             ("questionnaire", self.questionnaire_box)):
                self._fill(box, [(v, v) for v in choices[key]])
            # a chosen value that is no longer stored fell back to "All": read that
            self._refresh_timer.start()

        self.session.read(work, show)

    def _sort_by(self, column: int) -> None:
        key = COLUMNS[column][0]
        descending = not self._sort[1] if self._sort[0] == key else key in ("received_at",
                                                                             "score")
        self._sort = (key, descending)
        self.table.horizontalHeader().setSortIndicator(
            column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.refresh()

    # -- receiving ----------------------------------------------------------------------------------
    def add_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Add received reports"), "",
                                                self.tr("PDF reports (*.pdf);;All files (*)"))
        if files:
            self.receive([Path(f) for f in files])

    def add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder of reports"))
        if folder:
            self.receive([Path(folder)])

    def receive(self, paths: list[Path]) -> None:
        if not self.session.ready or self.progress.isVisible():
            return
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        self.add_files_button.setEnabled(False)
        self.add_folder_button.setEnabled(False)
        self.session.receive(paths, (), self._received)

    def verify_again(self) -> None:
        from aisafe_desktop.services.inbox_verify import VerifierSettings

        settings = VerifierSettings(str(self.ctx.paths.data_dir))

        def work(handle: InboxHandle) -> dict[str, int]:
            return handle.inbox.reverify(settings)

        def done(counts: dict[str, int]) -> None:
            self.statusBar().showMessage(", ".join(
                f"{verdict_text(v)}: {n}" for v, n in sorted(counts.items())))
            self.refresh()

        self.session.run(work, done)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%v of %m verified"))

    def _received(self, report: ReceiveReport) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)
        self.add_files_button.setEnabled(True)
        self.add_folder_button.setEnabled(True)
        self.last_receive = report
        counts = ", ".join(f"{verdict_text(v)}: {n}" for v, n in sorted(report.by_verdict.items()))
        text = self.tr("Added %n report(s)", "", len(report.added))
        if counts:
            text += f" ({counts})"
        if report.duplicates:
            text += " · " + self.tr("%n already in the inbox", "", report.duplicates)
        if report.skipped:
            text += " · " + self.tr("%n other file(s) skipped", "", report.skipped)
        if report.cancelled:
            text += " · " + self.tr("cancelled")
        self.statusBar().showMessage(text)
        self.refresh()
        self._load_choices()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.receive(paths)

    # -- other windows --------------------------------------------------------------------------
    def open_report(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        from aisafe_desktop.gui.inbox_report import ReportDialog

        dialog = ReportDialog(self, self.model.rows[row].id)
        dialog.changed.connect(self.refresh)
        dialog.open()

    def open_dashboard(self) -> None:
        from aisafe_desktop.gui.inbox_dashboard import DashboardDialog

        DashboardDialog(self, self.current_filter()).open()

    def export_table(self) -> None:
        name, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the table"), "inbox.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        out = Path(name)
        wanted = self.current_filter()

        def work(handle: InboxHandle) -> int:
            from aisafe_desktop.services.inbox_summary import export_csv, export_xlsx

            writer = export_csv if out.suffix.lower() == ".csv" else export_xlsx
            return writer(handle.inbox, out, wanted, True)

        self.session.run(work, lambda count: self.statusBar().showMessage(
            self.tr("Wrote %n report(s) to {file}", "", count).format(file=str(out))))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.close()
        super().closeEvent(event)

    def changeEvent(self, event: Any) -> None:
        from aisafe_desktop.gui.widgets import language_change

        if language_change(event):
            self._retranslate()
            self.refresh()
        super().changeEvent(event)
