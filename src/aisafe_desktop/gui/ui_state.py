"""Where the person was: the open assessment and, per assessment, the section and question.

A small JSON file next to the settings, written on every move, so a restart (or a crash) resumes
exactly where they were. A damaged file is ignored: losing the position must never stop the app.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aisafe_desktop.core.files import write_atomically

FILE_NAME = "gui-state.json"


@dataclass
class Position:
    section: str
    question: str | None = None


@dataclass
class UiState:
    file: Path
    open_assessment: int | None = None
    positions: dict[int, Position] = field(default_factory=dict)
    last_folder: str | None = None  # where the last file dialog was used (file_dialogs.py)

    @staticmethod
    def load(config_dir: Path) -> UiState:
        state = UiState(config_dir / FILE_NAME)
        try:
            raw: Any = json.loads(state.file.read_text("utf-8"))
            opened = raw.get("open_assessment")
            state.open_assessment = opened if isinstance(opened, int) else None
            folder = raw.get("last_folder")
            state.last_folder = folder if isinstance(folder, str) else None
            for key, pos in dict(raw.get("positions", {})).items():
                if isinstance(pos, dict) and isinstance(pos.get("section"), str):
                    question = pos.get("question")
                    state.positions[int(key)] = Position(
                        pos["section"], question if isinstance(question, str) else None)
        except (OSError, ValueError, TypeError, AttributeError):
            pass
        return state

    def save(self) -> None:
        data = {"open_assessment": self.open_assessment, "last_folder": self.last_folder,
                "positions": {str(k): {"section": p.section, "question": p.question}
                              for k, p in self.positions.items()}}
        # the position is a convenience; answers are stored in the database
        with contextlib.suppress(OSError):
            write_atomically(self.file, json.dumps(data, indent=1).encode("utf-8"), mode=0o644)

    def remember(self, assessment_id: int, section: str, question: str | None) -> None:
        self.open_assessment = assessment_id
        self.positions[assessment_id] = Position(section, question)
        self.save()

    def closed(self) -> None:
        self.open_assessment = None
        self.save()
