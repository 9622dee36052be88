"""Home: the organisation, then the assessments with New, Open, Duplicate, Delete (undo), Import,
and a search field once the list is long. An empty state says what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui.assessment_table import (
    ID_ROLE,
    STATUS_COLUMN,
    AssessmentTableModel,
    SourceSortingProxy,
)
from aisafe_desktop.gui.fonts import BASE_POINT_SIZE
from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.retranslate import Retranslating
from aisafe_desktop.gui.widgets import (
    Heading,
    announce,
    link_button,
    quiet,
    scrolled,
    wrapped,
)

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.dto import AssessmentSummary, OrganisationProfile
    from aisafe_desktop.services.workspace import Workspace

SEARCH_FROM = 8  # show the search field once the list has this many assessments
UNDO_MS = 15000


TITLE_SHARE = 0.28  # the title column keeps at least this share of the table's width


class AssessmentTableView(QTableView):
    """Home's table. Its viewport's events reach Python through `viewportEvent`, not an event
    filter on the viewport: the first Python reference to the viewport (an object of a class
    private to Qt) makes PySide look for its type among all of QtWidgets' classes, setting up
    ~55 of their enum classes (~10 ms) before Home's first paint (tests/gui/test_first_paint.py)."""

    def __init__(self, on_viewport_event: Callable[[QEvent], None]) -> None:
        super().__init__()
        self._on_viewport_event = on_viewport_event
        self.viewport_width = 0  # from its last resize

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QResizeEvent):
            self.viewport_width = event.size().width()
        self._on_viewport_event(event)
        return super().viewportEvent(event)


class HomePage(Retranslating, QWidget):
    """Signals:
        new_requested(): the person wants a new assessment.
        open_requested(int): open this assessment.
        verify_requested(): check a signed PDF report (the person will pick the file).
        pdf_dropped(Path): a PDF was dropped on Home: verify it.
        imported(int): an answers file became this new assessment.
        rows_painted(int, bool): the table was painted with this many rows, the first time
            since they were set or Home was shown again; False while they are only the newest
            rows, not yet all of them (`show_data(..., complete=False)`).
    """

    new_requested = Signal()
    open_requested = Signal(int)
    verify_requested = Signal()
    pdf_dropped = Signal(Path)
    imported = Signal(int)
    rows_painted = Signal(int, bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.profile: OrganisationProfile | None = None
        self.trashed: int | None = None
        self._paint_pending = True
        self._complete = True
        self._widths: list[int] | None = None  # of the columns after the title (_size_columns)
        self.model = AssessmentTableModel(ctx.language)
        self.proxy = SourceSortingProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._build()
        self._retranslate()
        self._update_buttons()
        self.setAcceptDrops(True)  # drop a signed PDF to verify it, or an answers file to import

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.org_title = Heading(level=1)
        self.org_details = quiet(wrapped())
        self.edit_org = link_button()
        self.edit_org.clicked.connect(lambda: self.edit_profile())
        self.list_title = Heading(level=2)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.new_button = QPushButton()
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_requested)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._choose_import)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(self.verify_requested)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._empty_state())
        self.stack.addWidget(self._table())
        layout = QVBoxLayout(self)
        org_row = QHBoxLayout()
        org_row.addWidget(self.org_title, 1)
        org_row.addWidget(self.edit_org, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(org_row)
        layout.addWidget(self.org_details)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list_title, 1)
        list_row.addWidget(self.search, 1)
        list_row.addWidget(self.verify_button)
        list_row.addWidget(self.import_button)
        list_row.addWidget(self.new_button)
        layout.addLayout(list_row)
        layout.addWidget(self._undo_bar())
        layout.addWidget(self.stack, 1)
        layout.addLayout(self._row_actions())
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_I), self, self._choose_import)

    def _empty_state(self) -> QWidget:
        page = QWidget()
        self.empty_title = Heading(level=2)
        self.empty_title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_text = wrapped()
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.empty_text.setMaximumWidth(640)
        self.empty_new = QPushButton()
        self.empty_new.clicked.connect(self.new_requested)
        middle = QHBoxLayout()  # stretches, not alignment flags: wrapped text keeps its height
        middle.addStretch(1)
        middle.addWidget(self.empty_text, 4)
        middle.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty_title)
        layout.addLayout(middle)
        layout.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        # At 1024×600 and 200 % text the title, the text and the button need more height than
        # Home leaves them: they scroll rather than clip the text.
        return scrolled(page)

    def _table(self) -> QTableView:
        self.table = AssessmentTableView(self._viewport_event)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Columns are sized from a sample of rows (size_columns), not by ResizeToContents, which
        # measured every cell of every row on each change: 0.84 s for 1,000 assessments.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._row_height = self.table.verticalHeader().defaultSectionSize()
        self._fit_to_font()
        # the table's own width is known only once it is laid out (it sits in a stack behind the
        # empty state): size the columns again whenever its viewport changes width
        # (_viewport_event)
        self.table.installEventFilter(self)  # its font follows the text size: see _fit_to_font
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.table.activated.connect(lambda _index: self._open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        return self.table

    def _undo_bar(self) -> QFrame:
        self.undo_bar = QFrame()
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.undo_text = wrapped()
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(self.undo_delete)
        row = QHBoxLayout(self.undo_bar)
        row.addWidget(self.undo_text, 1)
        row.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_MS)
        self.undo_timer.timeout.connect(self.undo_bar.hide)
        return self.undo_bar

    def _row_actions(self) -> QHBoxLayout:
        self.open_button = QPushButton()
        self.duplicate_button = QPushButton()
        self.delete_button = QPushButton()
        self.open_button.clicked.connect(self._open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addWidget(self.duplicate_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        return row

    # -- data ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        op(self.ctx, lambda ws: (ws.get_profile(), ws.list_assessments())).success(
            lambda loaded: self.show_data(*loaded)).run()

    def show_again(self) -> None:
        """Home is shown again with the rows it showed last: they are painted, then read again
        (rows_painted(n, False) tells when)."""
        self._complete = False
        self._paint_pending = True

    def _show_rows(self, rows: list[AssessmentSummary], selected: int | None = None) -> None:
        self.show_data(self.profile, rows)
        if selected is not None:
            self.select(selected)

    def first_focus(self) -> QWidget | None:
        """On an empty Home, "Start your first assessment" (not "Edit" of the organisation,
        the first control in the Tab order)."""
        return self.empty_new if self.stack.currentIndex() == 0 else None

    def show_data(self, profile: OrganisationProfile | None, rows: list[AssessmentSummary],
                  complete: bool = True) -> None:
        """`complete`: False when `rows` are only the newest (at start-up: MainWindow.show_home)."""
        self.profile = profile
        self._complete = complete
        selected = self.selected_id()
        self.model.set_rows(rows, self.ctx.language)
        self._paint_pending = True
        self._widths = None
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._size_columns()
        self.stack.setCurrentIndex(1 if rows else 0)
        self.search.setVisible(len(rows) >= SEARCH_FROM)
        self._show_profile()
        if selected is not None:
            self.select(selected)
        elif rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _size_columns(self) -> None:
        """Every column but the title as wide as its header and its texts (never cut short: at
        200 % text on a 1024-pixel screen they elided to "Ques…"); the title takes the rest of
        the width, at least TITLE_SHARE of it (elided if need be, its full text in the tooltip),
        and when they do not all fit the table scrolls sideways. The texts are measured on a
        sample of rows spread over the list, never on every row: ResizeToContents took 0.84 s
        for 1,000 assessments."""
        header = self.table.horizontalHeader()
        if self._widths is None:  # measured again for new rows, a new font or language
            self._widths = self._measure_columns()
            for column, width in enumerate(self._widths, start=1):
                header.resizeSection(column, width)
        available = self.table.viewport_width or self.width()
        header.resizeSection(0, max(int(available * TITLE_SHARE), available - sum(self._widths)))

    def _measure_columns(self) -> list[int]:
        """The widths of every column but the title (see _size_columns)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        margin = 2 * (self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin,
                                                     None, self.table) + 1)
        spacing = metrics.averageCharWidth()  # room between the text and the next column
        widths = []
        for column in range(1, self.model.columnCount()):
            texts = max((metrics.horizontalAdvance(text) for text in
                         self.model.sample_texts(column)), default=0) + margin
            if column == STATUS_COLUMN:
                texts += self.table.iconSize().width() + margin
            widths.append(max(header.sectionSizeHint(column), texts) + spacing)
        return widths

    def _fit_to_font(self) -> None:
        """After the text size changed: rows tall enough for the text (descenders were clipped),
        status icons as large as the text (they stayed 16 pixels at 200 %), then the columns."""
        scale = self.table.font().pointSizeF() / BASE_POINT_SIZE
        icon = max(16, round(16 * scale))
        self.table.setIconSize(QSize(icon, icon))
        self.model.set_icon_size(icon)
        rows = self.table.verticalHeader()
        rows.setDefaultSectionSize(max(self._row_height,
                                       max(self.table.fontMetrics().height(), icon) + 12))
        self._widths = None
        if self.model.rowCount():
            self._size_columns()

    def _viewport_event(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.Paint and self._paint_pending and self.model.rowCount():
            self._paint_pending = False  # told once this paint is done (this runs first)
            complete = self._complete
            QTimer.singleShot(0, lambda: self.rows_painted.emit(self.model.rowCount(), complete))
        elif kind == QEvent.Type.Resize and self.model.rowCount():
            self._size_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FontChange and watched is self.table:
            self._fit_to_font()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        self._paint_pending = True
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model.rowCount():
            self._size_columns()

    def _show_profile(self) -> None:
        profile = self.profile
        if profile is None or not profile.name:
            self.org_title.setText(self.tr("Your organisation"))
            self.org_details.setText(self.tr("Add your organisation's details so that they "
                                             "appear on your reports."))
            self.edit_org.setText(self.tr("Add details"))
        else:
            self.org_title.setText(profile.name)
            country = self.tr_country(profile.country)
            parts = [profile.sector, country, profile.contact_name]
            self.org_details.setText(" · ".join(p for p in parts if p))
            self.edit_org.setText(self.tr("Edit"))
        self.edit_org.setAccessibleName(self.tr("Edit organisation details"))

    def tr_country(self, code: str) -> str:
        from aisafe_desktop.gui.profile_form import country_names

        return country_names().get(code, code)

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def select(self, assessment_id: int) -> None:
        row = self.model.row_of(assessment_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for button in (self.open_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has)

    # -- actions ------------------------------------------------------------------------------
    def _open_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is not None:
            self.open_requested.emit(chosen)

    def duplicate_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        title = self.tr("{title} (copy)").format(title=self.model.rows[
            self.model.row_of(chosen)].title)

        def work(ws: Workspace) -> tuple[list[AssessmentSummary], int]:
            new_id = ws.duplicate(chosen, title=title)
            return ws.list_assessments(), new_id

        op(self.ctx, work).success(lambda done: self._show_rows(*done)).disabling(
            self.duplicate_button).run()

    def delete_selected(self) -> None:
        chosen = self.selected_id()
        if chosen is None:
            return
        title = self.model.rows[self.model.row_of(chosen)].title

        def work(ws: Workspace) -> list[AssessmentSummary]:
            ws.trash(chosen)
            return ws.list_assessments()

        def trashed(rows: list[AssessmentSummary]) -> None:
            self.trashed = chosen
            self.undo_text.setText(self.tr("“{title}” was moved to the trash.").format(
                title=title))
            announce(self.undo_text, self.undo_text.text())
            self.undo_bar.show()
            self.undo_timer.start()
            self.table.clearSelection()
            self._show_rows(rows)
            self.undo_button.setFocus()

        op(self.ctx, work).success(trashed).disabling(self.delete_button).run()

    def undo_delete(self) -> None:
        if self.trashed is None:
            return
        restored, self.trashed = self.trashed, None
        self.undo_bar.hide()

        def work(ws: Workspace) -> tuple[list[AssessmentSummary], int]:
            ws.restore(restored)
            return ws.list_assessments(), restored

        op(self.ctx, work).success(lambda done: self._show_rows(*done)).run()

    def _choose_import(self) -> None:
        from aisafe_desktop.gui.file_dialogs import open_file

        chosen = open_file(self.ctx.ui_state, self, self.tr("Import answers"),
                           self.tr("AISafe answers (*.json);;All files (*)"))
        if chosen is not None:
            self.import_file(chosen)

    def import_file(self, file: Path) -> None:
        """Create a new assessment from an answers file (never overwrites one); the file is read
        and checked off the UI thread too. Emits `imported(id)` when it is in the list."""
        from aisafe_desktop.core.answers import parse_answers_document

        def work(ws: Workspace) -> tuple[list[AssessmentSummary], int]:
            new_id = ws.import_answers(parse_answers_document(file.read_bytes()))
            return ws.list_assessments(), new_id

        def done(result: tuple[list[AssessmentSummary], int]) -> None:
            self._show_rows(*result)
            self.imported.emit(result[1])

        op(self.ctx, work).success(done).run()

    def edit_profile(self, typed: OrganisationProfile | None = None) -> None:
        """`typed`: what the person typed last time, when saving it failed (never lost)."""
        from aisafe_desktop.gui.profile_form import ProfileDialog

        dialog = ProfileDialog(typed or self.profile, self)
        dialog.accepted.connect(lambda: self._save_profile(dialog.form.profile()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _save_profile(self, profile: OrganisationProfile) -> None:
        previous = self.profile
        self.profile = profile
        self._show_profile()

        def failed(error: BaseException) -> None:
            self.profile = previous
            self._show_profile()
            self.ctx.errors.present(error)
            self.edit_profile(typed=profile)  # the form comes back with what was typed

        op(self.ctx, lambda ws: ws.save_profile(profile)).failure(failed).run()

    # -- drag and drop ------------------------------------------------------------------------
    @staticmethod
    def _dropped_files(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        mime = event.mimeData()
        urls = mime.urls() if mime is not None and mime.hasUrls() else []
        return [Path(u.toLocalFile()) for u in urls
                if u.isLocalFile() and u.toLocalFile().lower().endswith((".pdf", ".json"))]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for file in self._dropped_files(event):
            if file.suffix.lower() == ".pdf":
                self.pdf_dropped.emit(file)
            elif self.ctx.workspace is not None:
                self.import_file(file)
        event.acceptProposedAction()

    # -- language -----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.list_title.setText(self.tr("Assessments"))
        self.search.setPlaceholderText(self.tr("Search by title, questionnaire or AI system"))
        self.search.setAccessibleName(self.tr("Search assessments"))
        self.search.setAccessibleDescription(self.tr("Shows only the assessments that contain "
                                                     "this text. Shortcut: Ctrl+F"))
        self.new_button.setText(self.tr("&New assessment"))
        self.new_button.setToolTip(self.tr("Start a new assessment (Ctrl+N)"))
        self.import_button.setText(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Create an assessment from an answers file (.json)"))
        self.verify_button.setText(self.tr("&Verify a PDF…"))
        self.verify_button.setToolTip(self.tr("Check that a signed report has not been changed. "
                                              "You can also drop a PDF on this screen."))
        self.open_button.setText(self.tr("&Open"))
        self.duplicate_button.setText(self.tr("Dup&licate"))
        self.delete_button.setText(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Move to the trash; you can undo this"))
        self.undo_button.setText(self.tr("&Undo"))
        self.empty_title.setText(self.tr("No assessments yet"))
        self.empty_text.setText(self.tr(
            "Start your first assessment: choose a questionnaire, answer the questions in your "
            "own time, and see your result with clear next steps. You can stop at any time; "
            "every answer is saved as you go."))
        self.empty_new.setText(self.tr("Start your first assessment"))
        self.table.setAccessibleName(self.tr("Assessments"))
        self.table.setAccessibleDescription(self.tr("Press Enter to open the selected "
                                                    "assessment"))
        self.model.set_rows(self.model.rows, self.ctx.language)
        self._widths = None
        self._show_profile()


def preview(ctx: AppContext) -> QWidget:
    """Sample data: `python -m aisafe_desktop.gui.home`."""
    page = HomePage(ctx)
    page.show_data(ctx.ws.get_profile(), ctx.ws.list_assessments())
    return page


if __name__ == "__main__":
    import sys

    from aisafe_desktop.gui.preview import run_preview

    sys.exit(run_preview(preview))
