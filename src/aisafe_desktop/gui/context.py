"""What every screen needs, built once in `launch.main()` and passed down (no globals)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QApplication

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.gui.errors import ErrorPresenter
from aisafe_desktop.gui.i18n import Translations
from aisafe_desktop.gui.tasks import TaskRunner
from aisafe_desktop.gui.ui_state import UiState

if TYPE_CHECKING:
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


def open_workspace(paths: AppPaths) -> Workspace:
    """The slow start-up step (SQLAlchemy import, checks, migrations, backup, catalogue), run on a
    pool thread after the window is shown."""
    from aisafe_desktop.services.workspace import Workspace

    workspace = Workspace.open(paths)
    _ = workspace.catalogue  # parse the questionnaires now, not on the first click
    return workspace
