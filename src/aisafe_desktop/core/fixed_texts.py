"""The app's fixed texts outside Qt: PDF labels, explanation sentences, built-in yes/no labels.

They live in `resources/translations/texts.<language>.yaml` (English is the source; a language's
file is read the first time one of its texts is asked for, then kept):

    language: th
    status: draft           # optional; draft | reviewed
    texts:
      labels: {key: text}   # reporting/labels.py
      explain: {key: text}  # core/explain.py
      options: {yes: …, no: …, na: …}  # core/builder.py, yes_no questions without own labels

A key missing in a language falls back to English. Core reads the files itself (no Qt, no DB).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType

from aisafe_desktop.core.fast_yaml import read_yaml_data
from aisafe_desktop.core.paths import shipped_data_dir
from aisafe_desktop.core.yaml_reader import YamlReadError

SOURCE_LANGUAGE = "en"
GROUPS = ("labels", "explain", "options")
_EMPTY: Mapping[str, str] = MappingProxyType({})


def texts_file(language: str, folder: Path | None = None) -> Path:
    base = folder if folder is not None else shipped_data_dir("resources") / "translations"
    return base / f"texts.{language}.yaml"


@functools.lru_cache(maxsize=32)
def _load(language: str) -> object:
    """The file's data, read once (its texts and its status both come from it); None if it is
    missing or not YAML."""
    path = texts_file(language)
    try:
        return read_yaml_data(path.read_bytes(), str(path))
    except (OSError, YamlReadError):
        return None


@functools.lru_cache(maxsize=32)
def _read(language: str) -> Mapping[str, Mapping[str, str]]:
    data = _load(language)
    texts = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(texts, dict):
        return {}
    return {group: MappingProxyType({str(k): v for k, v in texts[group].items()
                                     if isinstance(v, str) and v.strip()})
            for group in GROUPS if isinstance(texts.get(group), dict)}


def status(language: str) -> str | None:
    """"draft" or "reviewed" as the file says (None: no file, or it does not say)."""
    data = _load(language)
    value = data.get("status") if isinstance(data, dict) else None
    return value if value in ("draft", "reviewed") else None


def group(name: str, language: str) -> Mapping[str, str]:
    """key → text of one group in one language (only the keys that language has)."""
    return _read(language).get(name, _EMPTY)


def fixed_text(name: str, key: str, language: str) -> str:
    """The text in `language`, else in English; KeyError for a key English does not have."""
    found = group(name, language).get(key)
    return found if found is not None else group(name, SOURCE_LANGUAGE)[key]


def has_group(name: str, language: str) -> bool:
    """Whether `language` has its own texts of a group (else they are shown in English)."""
    return language == SOURCE_LANGUAGE or bool(group(name, language))


def available_languages(folder: Path | None = None) -> list[str]:
    base = texts_file("x", folder).parent
    return sorted(p.name.split(".")[1] for p in base.glob("texts.*.yaml"))
