"""Which languages are draft translations (not yet reviewed by a fluent speaker).

resources/translations/languages.yaml says who produced each language and whether it has been
reviewed; each questionnaire translation file has its own `status`. A language is reviewed only
when both say so; the inline languages of a questionnaire (English, Malay) are its own text.
The app never presents a draft as authoritative: the language picker marks it, and a PDF in a
draft language says so in its appendix.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from aisafe_desktop.core.fast_yaml import read_yaml_data
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.paths import shipped_data_dir
from aisafe_desktop.core.yaml_reader import YamlReadError

DRAFT = "draft"
REVIEWED = "reviewed"


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    code: str
    status: str  # draft | reviewed
    producer: str
    reviewer: str | None = None


def languages_file() -> Path:
    return shipped_data_dir("resources") / "translations" / "languages.yaml"


@functools.lru_cache(maxsize=4)
def _read(path: Path) -> Mapping[str, LanguageInfo]:
    try:
        data = read_yaml_data(path.read_bytes(), str(path))
    except (OSError, YamlReadError):
        return {}
    found: dict[str, LanguageInfo] = {}
    for code, entry in (data or {}).items() if isinstance(data, dict) else ():
        if isinstance(entry, dict):
            status = REVIEWED if entry.get("status") == REVIEWED else DRAFT
            reviewer = entry.get("reviewer")
            found[str(code)] = LanguageInfo(str(code), status, str(entry.get("producer", "")),
                                            str(reviewer) if reviewer else None)
    return found


def languages(path: Path | None = None) -> Mapping[str, LanguageInfo]:
    return _read(path or languages_file())


def is_draft(language: str, questionnaire: Questionnaire | None = None) -> bool:
    """Whether `language` (for the app, or for one questionnaire) is a draft translation.
    A language the file does not list counts as a draft."""
    info = languages().get(language)
    if info is None or info.status != REVIEWED:
        return True
    return questionnaire is not None and questionnaire.is_draft(language)
