"""What every screen needs, built once in `launch.main()` and passed down (no globals)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.errors import ErrorPresenter
from aisafe_desktop.gui.i18n import Translations
from aisafe_desktop.gui.tasks import TaskRunner
from aisafe_desktop.gui.ui_state import UiState

if TYPE_CHECKING:
    from aisafe_desktop.services.dto import AssessmentSummary, OrganisationProfile
    from aisafe_desktop.services.settings import Settings
    from aisafe_desktop.services.workspace import Workspace


class WorkspaceNotReady(RuntimeError):
    """The data is still being opened (a programming error if it reaches the user)."""


@dataclass
class AppContext:
    app: QApplication
    paths: AppPaths
    settings: Settings
    translations: Translations
    errors: ErrorPresenter
    tasks: TaskRunner
    ui_state: UiState
    workspace: Workspace | None = None
    # While Home shows its first rows and the data is still being opened: the ops asked for
    # meanwhile (gui/ops.py), run once it is open (MainWindow._opened); None at other times.
    waiting: list[Callable[[], None]] | None = None

    @property
    def ws(self) -> Workspace:
        if self.workspace is None:
            raise WorkspaceNotReady("the workspace is not open yet")
        return self.workspace

    @property
    def language(self) -> str:
        return self.translations.language

    def update_settings(self, **changes: Any) -> None:
        from aisafe_desktop.services.settings import save_settings

        self.settings = dataclasses.replace(self.settings, **changes)
        try:
            save_settings(self.paths, self.settings)
        except OSError as error:
            self.errors.present(error)


# Home is first shown with this many of the newest assessments (more than any screen shows),
# read with the data's opening; the rest are read once those are on screen.
HOME_FIRST_ROWS = 100
HomeData = tuple["OrganisationProfile | None", "list[AssessmentSummary]"]


def open_workspace(paths: AppPaths) -> Workspace:
    """The slow start-up step (checks, migrations when needed, the day's backup), run on a pool
    thread after the window is shown. The installed questionnaires are parsed later, once the
    first screen has what it shows (MainWindow._opened)."""
    from aisafe_desktop.services.workspace import Workspace

    return Workspace.open(paths)


def first_rows(paths: AppPaths, limit: int) -> HomeData | None:
    """Home's profile and `limit` newest rows, read before the workspace is opened and its code
    imported (services/first_rows.py); None when they cannot be read that way."""
    from aisafe_desktop.services.first_rows import newest_rows

    return newest_rows(paths, limit)


def open_data(paths: AppPaths, home_rows: int | None) -> tuple[Workspace, HomeData | None]:
    """`open_workspace`, then (`home_rows`) the organisation profile and that many of the
    newest assessments for Home, in the same pool task. None instead of them when they cannot
    be read now: Home reads them again, and reports the problem, as it always does."""
    workspace = open_workspace(paths)
    if home_rows is None:
        return workspace, None
    try:
        return workspace, (workspace.get_profile(), workspace.list_assessments(limit=home_rows))
    except Exception:  # read again (and reported) by Home's own refresh
        return workspace, None
