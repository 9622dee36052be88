"""Shared fixtures for the storage and workspace tests: real SQLite files in tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from aisafe_desktop.core.paths import AppPaths
from aisafe_desktop.services.workspace import Workspace
from tests.storage.storage_questionnaires import install_questionnaire, questionnaire_yaml


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    data = AppPaths.resolve(tmp_path / "data").ensure()
    install_questionnaire(data, questionnaire_yaml())
    return data


@pytest.fixture
def workspace(paths: AppPaths) -> Iterator[Workspace]:
    ws = Workspace.open(paths)
    try:
        yield ws
    finally:
        ws.close()
