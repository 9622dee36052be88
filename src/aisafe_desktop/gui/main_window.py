"""The main window: one stack of screens (first launch, home, walk-through, results, settings)
and the navigation between them.

Start-up order, for a fast first show: only the loading page exists when the window is shown
(nothing before it uses a `Qt` enum: tests/gui/test_first_paint.py). `start()` then reads Home's
newest rows on the pool thread with plain read-only SQL (services/first_rows.py), and meanwhile
builds Home; Home is painted with those rows; only then are the services imported and the data
opened (checks, migrations, backup: `open_data`), and all the rows read and painted; then the
other screens are built and the questionnaires parsed (or earlier, when first needed). When the
first rows cannot be read that way (first launch, an assessment to reopen, a restore to finish,
no rows), the data opens with them in one pool task, as before. The screens' modules are
imported there, not at start-up, because every Qt class we use costs the set-up of its enums, and
Python work on either thread delays the other (one interpreter)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from aisafe_desktop.gui import fonts
from aisafe_desktop.gui.context import (
    HOME_FIRST_ROWS,
    AppContext,
    HomeData,
    first_rows,
    open_data,
    open_workspace,
)
from aisafe_desktop.gui.design import TextRole, set_text_role
from aisafe_desktop.gui.ops import op
from aisafe_desktop.gui.retranslate import Retranslating

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from aisafe_desktop.gui.home import HomePage
    from aisafe_desktop.gui.new_assessment import NewAssessmentDialog
    from aisafe_desktop.gui.reports_flow import ReportsFlow
    from aisafe_desktop.gui.results import ResultsPage
    from aisafe_desktop.gui.settings_page import SettingsPage
    from aisafe_desktop.gui.walkthrough import WalkthroughPage
    from aisafe_desktop.services.dto import AiSystemInfo, AssessmentState, OrganisationProfile
    from aisafe_desktop.services.questionnaires import CatalogueEntry
    from aisafe_desktop.services.workspace import Workspace



def _enter_presses_buttons(page: QWidget) -> None:
    """widgets.enter_presses_buttons, imported when a page is built (gui.widgets is not loaded
    before the first paint: tests/gui/test_first_paint.py)."""
    from aisafe_desktop.gui.widgets import enter_presses_buttons

    enter_presses_buttons(page)

class MainWindow(Retranslating, QMainWindow):
    """Signals:
        home_painted(int, bool): Home's table was painted with this many rows, all of them or
            not yet (HomePage.rows_painted).
    """

    home_painted = Signal(int, bool)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.errors.parent_widget = self
        self._pending_profile: OrganisationProfile | None = None
        self._first_run_done = ctx.settings.first_run_done
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.loading = self._loading_page()
        self.stack.addWidget(self.loading)
        self._home: HomePage | None = None
        self._walkthrough: WalkthroughPage | None = None
        self._results: ResultsPage | None = None
        self._reports: ReportsFlow | None = None
        self._settings: SettingsPage | None = None
        self._catalogue_asked = False
        self._discard_unsaved = False
        self._opening = False
        self._toolbar()
        self._retranslate()
        self._restore_geometry()

    # -- the screens: Home first, the others once Home is painted (or when first needed) -------
    @property
    def home(self) -> HomePage:
        """Built in `start()`, while the data opens: the page shown first."""
        if self._home is None:
            from aisafe_desktop.gui.home import HomePage

            page = HomePage(self.ctx)
            self.stack.addWidget(page)
            _enter_presses_buttons(page)
            self._home = page
            page.new_requested.connect(self.new_assessment)
            page.open_requested.connect(self.open_assessment)
            page.verify_requested.connect(lambda: self.reports.choose_and_verify())
            page.pdf_dropped.connect(lambda file: self.reports.verify(file))
            page.rows_painted.connect(self._home_painted)
            hints = self.ctx.app.styleHints()  # (after the first show: see theme.system_scheme)
            hints.colorSchemeChanged.connect(self.system_colours_changed)
            self.system_colours_changed(hints.colorScheme())
            self._install_shortcuts()
        return self._home

    @property
    def walkthrough(self) -> WalkthroughPage:
        if self._walkthrough is None:
            from aisafe_desktop.gui.walkthrough import WalkthroughPage

            page = WalkthroughPage(self.ctx)
            self.stack.addWidget(page)
            _enter_presses_buttons(page)
            self._walkthrough = page
            page.completed.connect(self._completed)
            page.copy_requested.connect(self.work_on_copy)
        return self._walkthrough

    @property
    def results(self) -> ResultsPage:
        if self._results is None:
            from aisafe_desktop.gui.results import ResultsPage

            page = ResultsPage()
            self.stack.addWidget(page)
            _enter_presses_buttons(page)
            self._results = page
            # an action item whose save failed is marked, retried and counted at closing by the
            # walk-through's save indicator, as answers are
            self.walkthrough.saved.marks["action"] = page.mark_action
            page.back_requested.connect(self._back_to_answers)
            page.export_requested.connect(self.export_pdf)
            page.action_item_edited.connect(self.save_action_item)
            page.change_log_requested.connect(self.show_change_log)
            page.set_export_available(True)
        return self._results

    @property
    def reports(self) -> ReportsFlow:
        if self._reports is None:
            from aisafe_desktop.gui.reports_flow import ReportsFlow

            self._reports = ReportsFlow(self.ctx, self)
        return self._reports

    def _build_pages(self) -> None:
        """Every screen used once the data is open (idempotent): after Home is painted, so that
        the first click finds them ready, and before that only when needed."""
        _ = self.home, self.walkthrough, self.results, self.reports

    def _home_painted(self, rows: int, complete: bool) -> None:
        self.home_painted.emit(rows, complete)
        if complete:
            QTimer.singleShot(0, self._after_first_screen)
        elif self.ctx.workspace is None:  # the first rows are on screen: now the data opens,
            if self.ctx.waiting is not None and not self._opening:  # then all rows (_opened)
                self._open_data(None)  # (only then: not again after it failed, nor in a restore)
        else:  # the newest rows are on screen: now all of them
            self.home.refresh()

    @property
    def settings(self) -> SettingsPage:
        """The Settings page, built when first shown: its identity, certificate and trust panels
        and the list of libraries cost ~7 MiB (and ~80 ms) that a session which never opens
        Settings would carry. It reads the language, text size and colours when it is built."""
        if self._settings is None:
            from aisafe_desktop.gui.settings_page import SettingsPage

            page = SettingsPage(self.ctx)
            page.language_chosen.connect(self.set_language)
            page.text_scale_chosen.connect(self.set_text_scale)
            page.colours_chosen.connect(self.set_colours)
            page.restore_requested.connect(self.restore_backup)
            self.stack.addWidget(page)
            _enter_presses_buttons(page)
            self._settings = page
        return self._settings

    def _loading_page(self) -> QWidget:
        """Centred by stretches, not alignment flags: no `Qt` enums before the first show (the
        first use of any of them makes PySide set up the whole namespace, ~15 ms). For the same
        reason the label is made plain text in `start()`: until then it holds only our own
        "Opening your data…"."""
        page = QWidget()
        self.loading_text = QLabel()
        set_text_role(self.loading_text, TextRole.SECTION)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.loading_text)
        row.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addLayout(row)
        column.addStretch(2)
        return page

    def _toolbar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("navigation")
        bar.setMovable(False)
        self.home_action, self.new_action = QAction(self), QAction(self)
        self.settings_action, self.quit_action = QAction(self), QAction(self)
        self.help_action = QAction(self)
        self.help_action.triggered.connect(self.show_shortcuts)
        self.home_action.triggered.connect(lambda: self.show_home())
        self.new_action.triggered.connect(self.new_assessment)
        self.settings_action.triggered.connect(self.show_settings)
        self.quit_action.triggered.connect(self.close)
        self.inbox_action = QAction(self)
        self.inbox_action.triggered.connect(self.open_inbox)
        for action in (self.home_action, self.new_action, self.settings_action,
                       self.inbox_action):
            bar.addAction(action)
        bar.addAction(self.help_action)  # always enabled: help works while the data opens
        self.addAction(self.quit_action)
        self.addToolBar(bar)
        self.navigation = bar
        self._enable_navigation(False)

    def _install_shortcuts(self) -> None:
        """After the first show: the first shortcut (or QAction keyword argument) makes PySide set
        up the whole `Qt` enum namespace, about 80-120 ms on a 2-CPU VM."""
        from PySide6.QtGui import QKeySequence

        self.home_action.setShortcut(QKeySequence("Alt+Home"))
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.inbox_action.setShortcut(QKeySequence("Ctrl+Shift+I"))  # Ctrl+I: import, on Home
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.help_action.setShortcut(QKeySequence("F1"))
        # The toolbar's buttons are in the Tab order like every other button (Qt leaves tool
        # buttons out). They come first in the window's focus chain, so a page that is shown
        # with nothing focused in it gets its own first control (else Enter on the welcome page
        # went to a toolbar button instead of Continue).
        from PySide6.QtCore import Qt

        for action in self.navigation.actions():
            button = self.navigation.widgetForAction(action)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.stack.currentChanged.connect(self._focus_into_page)
        if self.stack.currentWidget() is not self.loading:  # (nothing there to focus; walking the
            self._focus_into_page()  # chain made PySide look up a Qt-private class: ~10 ms)

    def _focus_into_page(self, _index: int = -1) -> None:
        """Focus the shown page's first control when the window's focus is nowhere or on the
        toolbar (a page's own choice of focus, e.g. the result heading, is kept)."""
        from PySide6.QtCore import Qt

        page = self.stack.currentWidget()
        focus = self.focusWidget()
        if page is None or (focus is not None and focus is not self
                            and not self.navigation.isAncestorOf(focus)):
            return
        preferred = getattr(page, "first_focus", None)  # a page's main action, if it names one
        wanted = preferred() if callable(preferred) else None
        if isinstance(wanted, QWidget) and wanted.isVisibleTo(page) and wanted.isEnabled():
            wanted.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = page.nextInFocusChain()
        for _ in range(5000):  # the chain is a ring through the whole window
            if candidate is None or candidate is page:
                return
            if (page.isAncestorOf(candidate) and candidate.isVisibleTo(page)
                    and candidate.isEnabled()
                    and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    def _enable_navigation(self, on: bool) -> None:
        for action in (self.home_action, self.new_action, self.settings_action):
            action.setEnabled(on)

    # -- opening the data ---------------------------------------------------------------------
    def _show_first_run(self) -> None:
        """Built after the first show too (its imports set up Qt's enums): the loading page is on
        screen for that moment."""
        from aisafe_desktop.gui.welcome import FirstRunPage

        self.first_run = FirstRunPage(self.ctx.language)
        _enter_presses_buttons(self.first_run)
        self.first_run.language_chosen.connect(self.set_language)
        self.first_run.finished.connect(self._first_run_finished)
        self.stack.addWidget(self.first_run)
        self.stack.setCurrentWidget(self.first_run)

    def start(self) -> None:
        """Open the workspace off the UI thread; called right after the window is shown."""
        paths = self.ctx.paths
        if self._first_run_done and not self._resuming():  # Home's newest rows first
            self.ctx.tasks.run(lambda: first_rows(paths, HOME_FIRST_ROWS), self._first_rows,
                               lambda _error: self._open_data(HOME_FIRST_ROWS))
        else:
            self._open_data(None)
        from PySide6.QtCore import Qt

        self.loading_text.setTextFormat(Qt.TextFormat.PlainText)
        if not self._first_run_done:
            self._show_first_run()
        _ = self.home
        fonts.load_other_scripts(language=self.ctx.language)

    def _open_data(self, rows: int | None) -> None:
        """Open the data on the pool thread; `rows`: with that many of Home's newest rows."""
        self._opening = True
        paths = self.ctx.paths
        self.ctx.tasks.run(lambda: open_data(paths, rows), lambda opened: self._opened(*opened),
                           self._open_failed)

    def _first_rows(self, first: HomeData | None) -> None:
        """Home's first rows, read before the data is opened: painted, then the data opens
        (_home_painted). Without them, the data opens with them as before."""
        if first is None or not first[1] or self.ctx.workspace is not None or self._opening:
            if not self._opening:
                self._open_data(HOME_FIRST_ROWS)
            return
        self.ctx.waiting = []  # what is asked for on Home meanwhile runs once the data is open
        home = self.home
        home.show_data(*first, complete=False)
        self.stack.setCurrentWidget(home)
        home.table.setFocus()

    def _resuming(self) -> bool:
        return self.ctx.ui_state.open_assessment is not None

    def _opened(self, workspace: Any, first: HomeData | None = None) -> None:
        """The data is open (`first`: Home's profile and newest rows, read with it)."""
        _ = self.home
        self.ctx.workspace = workspace
        self._opening = False
        waiting, self.ctx.waiting = self.ctx.waiting, None
        warnings = list(getattr(workspace, "startup_warnings", []))
        if warnings:  # e.g. a backup could not be made: the data opened, but say so once
            from aisafe_desktop.gui.error_texts import localise

            self.ctx.errors.user_error(self.tr("Please note"),
                                       "\n\n".join(localise(w, sentence=True) for w in warnings))
        if self._pending_profile is not None:
            self._save_profile(self._pending_profile)
        if not self._first_run_done:
            return
        self._enable_navigation(True)
        reopen = self.ctx.ui_state.open_assessment
        if waiting is not None:  # Home shows its first rows: now all of them, then what waited
            self.home.refresh()
            for run in waiting:
                run()
            return  # (the other screens once Home has painted them all: _home_painted)
        if reopen is not None:
            self.open_assessment(reopen)
        else:
            self.show_home(first)
        if first is None or not first[1]:  # (else once Home has painted them: _home_painted)
            QTimer.singleShot(0, self._after_first_screen)

    def _after_first_screen(self) -> None:
        """Once the first screen has what it shows: the installed questionnaires are parsed now
        rather than on the first "New assessment", and the other screens are built. Not sooner:
        their Python would share the interpreter with the first paint."""
        if self._catalogue_asked or self.ctx.workspace is None:
            return
        self._catalogue_asked = True
        from aisafe_desktop.gui.memory import release_freed_memory

        op(self.ctx, lambda ws: ws.catalogue).success(lambda _: release_freed_memory()).run()
        self._build_pages()

    def _open_failed(self, error: BaseException) -> None:
        from aisafe_desktop.services.errors import StorageError

        self._opening = False
        self.ctx.waiting = None  # (what was asked for on Home meanwhile cannot be done)
        if not isinstance(error, StorageError):
            self.ctx.errors.present(error)
            return
        from aisafe_desktop.gui.startup import show_startup_error

        show_startup_error(self, error, lambda: self._restore_latest(error), self._quit)

    def _quit(self) -> None:
        self.close()

    def _restore_latest(self, error: BaseException) -> None:
        backup = getattr(error, "latest_backup", None)
        if isinstance(backup, Path):
            self.restore_backup(backup)

    def _first_run_finished(self, profile: OrganisationProfile | None) -> None:
        self._first_run_done = True
        self.ctx.update_settings(first_run_done=True)
        if profile is not None:
            self._save_profile(profile)
        if self.ctx.workspace is not None:
            self._enable_navigation(True)
            self.show_home()
        else:
            self.stack.setCurrentWidget(self.loading)

    def _save_profile(self, profile: OrganisationProfile) -> None:
        if self.ctx.workspace is None:
            self._pending_profile = profile
            return
        self._pending_profile = None

        def failed(error: BaseException) -> None:
            self.ctx.errors.present(error)
            self.home.edit_profile(typed=profile)  # never lose what was typed on first run

        op(self.ctx, lambda ws: ws.save_profile(profile)).failure(failed).run()

    # -- navigation ---------------------------------------------------------------------------
    def show_home(self, first: HomeData | None = None) -> None:
        """Home with the list as it was last shown, read again off the UI thread once that is
        painted (reading 10,000 rows while Home is painted made the paint wait for the
        interpreter); `first`: the profile and the newest rows, read with the data's opening,
        the rest once they are on screen."""
        if self.ctx.workspace is None:
            return
        if self._walkthrough is not None:
            self._walkthrough.flush()
        self.ctx.ui_state.closed()
        home = self.home
        if first is not None:
            profile, rows = first
            home.show_data(profile, rows, complete=len(rows) < HOME_FIRST_ROWS)
        elif home.model.rowCount() and self.isVisible():
            home.show_again()  # painted as last shown, then read again: _home_painted
        else:
            home.refresh()
        self.stack.setCurrentWidget(home)
        home.table.setFocus()

    def open_inbox(self) -> None:
        """The agency inbox, in a window of its own (one per main window)."""
        from aisafe_desktop.gui.inbox_window import InboxWindow

        existing = getattr(self, "inbox_window", None)
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return
        self.inbox_window = InboxWindow(self.ctx)
        self.inbox_window.start()

    def show_settings(self) -> None:
        if self._walkthrough is not None:
            self._walkthrough.flush()
        self.settings.refresh()
        self.stack.setCurrentWidget(self.settings)

    def new_assessment(self) -> None:
        if self.ctx.workspace is None:
            if self.ctx.waiting is not None:  # Home's first rows shown, the data still opening
                self.ctx.waiting.append(self.new_assessment)
            return
        from aisafe_desktop.gui.new_assessment import NewAssessmentDialog

        def show(loaded: tuple[list[CatalogueEntry], list[AiSystemInfo], list[Any]]) -> None:
            entries, systems, invalid = loaded
            dialog = NewAssessmentDialog(entries, systems, self.ctx.language, self, invalid)
            dialog.accepted.connect(lambda: self._create(dialog))
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            self.new_dialog = dialog

        op(self.ctx, lambda ws: (ws.catalogue.latest(), ws.list_ai_systems(),
                                 ws.catalogue.invalid)).success(show).run()

    def _create(self, dialog: NewAssessmentDialog) -> None:
        choice = dialog.choice()
        if choice is None:
            return
        def work(ws: Workspace) -> int:
            system_id = choice.ai_system_id
            if choice.new_ai_system:
                system_id = ws.add_ai_system(choice.new_ai_system).id
            q = choice.entry.questionnaire
            return ws.create_assessment(q.id, q.version, title=choice.title,
                                        ai_system_id=system_id, language=choice.language)

        op(self.ctx, work).success(self.open_assessment).run()

    def work_on_copy(self, assessment_id: int) -> None:
        """An exported assessment stays as it was: its copy opens for the changes."""
        title = self.tr("{title} (copy)").format(
            title=self.walkthrough.state.title if self.walkthrough.state else "")
        op(self.ctx, lambda ws: ws.duplicate(assessment_id, title=title)).success(
            self.open_assessment).run()

    def open_assessment(self, assessment_id: int) -> None:
        self._enable_navigation(False)
        self.stack.setCurrentWidget(self.loading)
        op(self.ctx, lambda ws: ws.open_assessment(assessment_id)).success(
            self._show_assessment).failure(self._open_assessment_failed).run()

    def _show_assessment(self, state: AssessmentState) -> None:
        if state.trashed:  # only when resuming: it was moved to the trash meanwhile (CLI)
            self._enable_navigation(True)
            self.ctx.ui_state.closed()
            self.show_home()
            return
        self._enable_navigation(True)
        self.walkthrough.load(state, self.ctx.ui_state.positions.get(state.id))
        self.stack.setCurrentWidget(self.walkthrough)
        self.walkthrough.load_focus()

    def _open_assessment_failed(self, error: BaseException) -> None:
        from aisafe_desktop.services.errors import AssessmentInTrash, AssessmentNotFound

        resuming = self.ctx.ui_state.open_assessment is not None
        self._enable_navigation(True)
        self.ctx.ui_state.closed()
        self.show_home()
        if resuming and isinstance(error, AssessmentNotFound | AssessmentInTrash):
            return  # the assessment open at the last exit is gone (e.g. restored backup): Home
        self.ctx.errors.present(error)

    def _completed(self, assessment_id: int, result: Any) -> None:
        state = self.walkthrough.state
        if state is None:
            return
        self.results.show_result(assessment_id, state.questionnaire, result, state.language,
                                 state.title)
        self.stack.setCurrentWidget(self.results)
        self.results.focus_result()

        def loaded(plan: dict[str, Any]) -> None:
            if self.results.assessment_id == assessment_id:
                self.results.set_action_plan(plan)

        op(self.ctx, lambda ws: ws.action_plan(assessment_id)).success(loaded).run()

    def show_change_log(self, assessment_id: int) -> None:
        """The assessment's change log on its own page (read off the UI thread)."""
        from aisafe_desktop.gui.change_log import ChangeLogDialog

        results = self.results

        def show(events: list[Any]) -> None:
            if results.questionnaire is None:
                return
            self.change_log_dialog = ChangeLogDialog(results.title, events,
                                                     results.questionnaire, results.language,
                                                     self.ctx.ui_state, self)
            self.change_log_dialog.finished.connect(self.change_log_dialog.deleteLater)
            self.change_log_dialog.open()

        op(self.ctx, lambda ws: ws.change_log(assessment_id)).success(show).run()

    def save_action_item(self, assessment_id: int, item: Any) -> None:
        """Save one edited action plan item (the results page checked it as it was typed), in
        the queue the answers use: a failed save is kept, marked, retried with back-off, and
        closing the window asks about it."""
        self.walkthrough.saved.save(("action", item.recommendation_id),
                                    lambda ws: ws.save_action_item(assessment_id, item))

    def _back_to_answers(self) -> None:
        self.stack.setCurrentWidget(self.walkthrough)
        self.walkthrough.load_focus()

    # -- signed PDF reports --------------------------------------------------------------------
    def export_pdf(self, assessment_id: int) -> None:
        state = self.walkthrough.state
        if state is not None and state.id == assessment_id:
            self.reports.export(state)
        else:
            op(self.ctx, lambda ws: ws.open_assessment(assessment_id)).success(
                self.reports.export).run()

    # -- settings -----------------------------------------------------------------------------
    def set_language(self, code: str) -> None:
        self.ctx.translations.switch(code)
        self.ctx.update_settings(language=self.ctx.translations.language)

    def set_colours(self, scheme: str) -> None:
        from aisafe_desktop.gui.theme import ColourScheme, apply_colours

        apply_colours(self.ctx.app, ColourScheme(scheme))
        self.ctx.update_settings(colours=scheme)
        self._repaint_colours()

    def system_colours_changed(self, hint: object) -> None:
        """The platform switched between light and dark: follow it when Colours is "system"."""
        from aisafe_desktop.gui.theme import ColourScheme, apply_colours, current_scheme

        if self.ctx.settings.colours == ColourScheme.SYSTEM.value:
            before = current_scheme()
            if apply_colours(self.ctx.app, ColourScheme.SYSTEM, hint) is not before:
                self._repaint_colours()

    def _repaint_colours(self) -> None:
        """Drawn colours (status icons, banners) are picked when drawn: draw them again."""
        if self._home is not None:
            self._home.model.forget_icons()

    def set_text_scale(self, scale: float) -> None:
        from aisafe_desktop.gui.design import refresh_spacing
        from aisafe_desktop.gui.widgets import refresh_headings

        fonts.apply_text_scale(self.ctx.app, scale)
        refresh_headings()
        refresh_spacing()
        self.ctx.update_settings(text_scale=scale)

    def restore_backup(self, backup: Path) -> None:
        from aisafe_desktop.services.workspace import Workspace

        self._build_pages()
        self.walkthrough.flush()
        self.ctx.ui_state.closed()
        if self.ctx.workspace is not None:
            self.ctx.workspace.close()
            self.ctx.workspace = None
        self._enable_navigation(False)
        self.stack.setCurrentWidget(self.loading)
        paths = self.ctx.paths

        def work() -> Workspace:
            Workspace.restore_backup(paths, backup)
            return open_workspace(paths)

        self.ctx.tasks.run(work, self._opened, self._open_failed)

    # -- window -------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        """The saved size and place (kept on screen), or one from the available screen area."""
        from aisafe_desktop.gui import window_fit

        screen = self.screen()
        available = screen.availableGeometry() if screen is not None else None
        saved = self.ctx.settings.window_geometry
        restored = saved is not None and saved != "" and self.restoreGeometry(
            QByteArray.fromBase64(saved.encode("ascii")))
        if available is None:
            return
        minimum = window_fit.MIN_SIZE.boundedTo(available.size())
        self.setMinimumSize(minimum)
        if restored and self.isMaximized():
            return
        wanted = self.geometry() if restored else window_fit.first_start(available)
        wanted.setSize(wanted.size().expandedTo(minimum))
        self.setGeometry(window_fit.inside(wanted, available))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._walkthrough is not None and self._unsaved_answers_kept():
            event.ignore()
            return
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        self.ctx.update_settings(window_geometry=geometry)
        self.ctx.tasks.wait()
        if self.ctx.workspace is not None:
            self.ctx.workspace.close()
            self.ctx.workspace = None
        super().closeEvent(event)

    def show_shortcuts(self) -> None:
        from aisafe_desktop.gui.shortcuts_help import ShortcutsDialog

        self.shortcuts_dialog = ShortcutsDialog(self)
        self.shortcuts_dialog.finished.connect(self.shortcuts_dialog.deleteLater)
        self.shortcuts_dialog.open()

    def _unsaved_answers_kept(self) -> bool:
        """Write what is typed; if some answers still cannot be saved, ask before closing."""
        from PySide6.QtWidgets import QApplication

        from aisafe_desktop.gui.close_guard import ask_unsaved

        self.walkthrough.flush()
        self.ctx.tasks.wait()
        QApplication.processEvents()  # deliver the outcome of those writes
        saved = self.walkthrough.saved
        if not saved.unsaved or self._discard_unsaved:
            return False

        def discard() -> None:
            saved.discard_unsaved()
            self._discard_unsaved = True
            self.close()

        self.unsaved_box = ask_unsaved(self, saved.unsaved, saved.last_reason, saved.retry_now,
                                       discard)
        return True

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("AISafe Desktop"))
        self.loading_text.setText(self.tr("Opening your data…"))
        self.home_action.setText(self.tr("Home"))
        self.home_action.setToolTip(self.tr("Back to the list of assessments (Alt+Home)"))
        self.new_action.setText(self.tr("New assessment"))
        self.new_action.setToolTip(self.tr("Start a new assessment (Ctrl+N)"))
        self.settings_action.setText(self.tr("Settings"))
        self.settings_action.setToolTip(self.tr("Language, text size, backups (Ctrl+,)"))
        self.help_action.setText(self.tr("Keyboard shortcuts"))
        self.help_action.setToolTip(self.tr("Every keyboard shortcut of the app (F1)"))
        self.inbox_action.setText(self.tr("Inbox"))
        self.inbox_action.setToolTip(self.tr("For agencies: receive, review and count the "
                                             "reports businesses send you (Ctrl+Shift+I)"))
        self.navigation.setWindowTitle(self.tr("Navigation"))


def preview(ctx: AppContext) -> QWidget:
    """Sample data: `python -m aisafe_desktop.gui.main_window` (the workspace is already open)."""
    window = MainWindow(ctx)
    window._opened(ctx.workspace)
    return window


if __name__ == "__main__":
    import sys

    from aisafe_desktop.gui.preview import run_preview

    sys.exit(run_preview(preview))
