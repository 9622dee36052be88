"""File dialogs that start in the folder used last (not the home folder every time).

The folder is remembered in the GUI state file (ui_state.py), shared by every dialog: a person
who keeps their reports in one folder finds it again for import, verify, export and certificates.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from aisafe_desktop.gui.ui_state import UiState


def start_folder(state: UiState) -> Path:
    folder = Path(state.last_folder) if state.last_folder else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember(state: UiState, chosen: Path) -> None:
    state.last_folder = str(chosen.parent)
    state.save()


def open_file(state: UiState, parent: QWidget | None, title: str, pattern: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, str(start_folder(state)), pattern)
    if not name:
        return None
    remember(state, Path(name))
    return Path(name)


def save_file(state: UiState, parent: QWidget | None, title: str, suggested: str,
              pattern: str) -> Path | None:
    """`suggested`: a file name (placed in the last folder) or a full path."""
    start = Path(suggested) if Path(suggested).is_absolute() else start_folder(state) / suggested
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), pattern)
    if not name:
        return None
    remember(state, Path(name))
    return Path(name)
