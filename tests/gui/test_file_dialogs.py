"""File dialogs start in the folder used last, remembered across restarts (not the home folder)."""

from __future__ import annotations

from pathlib import Path

from aisafe_desktop.gui.file_dialogs import remember, start_folder
from aisafe_desktop.gui.ui_state import UiState


def test_the_last_folder_is_remembered_across_restarts(tmp_path: Path) -> None:
    state = UiState.load(tmp_path)
    assert start_folder(state) == Path.home()  # nothing used yet
    reports = tmp_path / "reports"
    reports.mkdir()
    remember(state, reports / "loan-helper.pdf")
    again = UiState.load(tmp_path)  # a restart reads the state file
    assert start_folder(again) == reports
    reports.rmdir()  # a folder that is gone (a USB stick removed): back to home, no error
    assert start_folder(UiState.load(tmp_path)) == Path.home()
