"""Sample data for the `python -m aisafe_desktop.gui.<module>` previews and the screenshots.

A throw-away data folder gets an organisation profile and assessments imported from the shipped
example answer files (questionnaires/examples/*.json), some of them completed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from aisafe_desktop.core.paths import AppPaths, shipped_data_dir

if TYPE_CHECKING:
    from aisafe_desktop.gui.context import AppContext
    from aisafe_desktop.services.workspace import Workspace

SAMPLE_FILES = (
    "ai-system-risk-triage--penang-shop-chatbot.json",
    "asean-ai-governance-readiness--phnom-penh-travel-agency.json",
    "ai-system-risk-triage--jakarta-fintech-credit-scoring.json",
    "generative-ai-addendum--penang-ecommerce-chatbot.json",
)


def seed(ws: Workspace) -> list[int]:
    """Profile plus a few imported assessments; the first two are completed."""
    from aisafe_desktop.core.answers import parse_answers_document
    from aisafe_desktop.services.dto import OrganisationProfile

    ws.save_profile(OrganisationProfile(
        name="Kedai Runcit Harmoni Sdn. Bhd.", registration_number="202301012345",
        country="MY", sector="Retail", size="small", contact_name="Nurul Aisyah",
        contact_email="nurul@harmoni.example"))
    folder = shipped_data_dir("questionnaires") / "examples"
    ids = []
    for i, name in enumerate(SAMPLE_FILES):
        file = folder / name
        if not file.is_file():
            continue
        new_id = ws.import_answers(parse_answers_document(file.read_bytes()))
        ids.append(new_id)
        if i < 2 and not ws.missing_required(new_id):
            ws.complete(new_id)
    return ids


def sample_context(app: QApplication, data_dir: Path, language: str = "en",
                   translations_dir: Path | None = None) -> AppContext:
    from aisafe_desktop.gui.context import open_workspace
    from aisafe_desktop.gui.launch import build_context
    from aisafe_desktop.services.settings import Settings, save_settings

    paths = AppPaths.resolve(data_dir).ensure()
    save_settings(paths, Settings(language=language, first_run_done=True))
    ctx = build_context(app, paths, translations_dir=translations_dir, install_excepthook=False)
    ctx.workspace = open_workspace(paths)
    if not ctx.workspace.list_assessments():
        seed(ctx.workspace)
    return ctx


def run_preview(make: Callable[[AppContext], QWidget]) -> int:
    """Open one widget with sample data in a temporary folder (deleted afterwards)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory(prefix="aisafe-preview-") as folder:
        ctx = sample_context(app, Path(folder), os.environ.get("AISAFE_LANGUAGE", "en"))
        widget = make(ctx)
        widget.resize(1000, 720)
        widget.show()
        code = app.exec()
        ctx.tasks.wait()
        ctx.ws.close()
    return code
