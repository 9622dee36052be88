"""Check a questionnaire's translation files: complete, every address known, same placeholders.

Run by `aisafe validate` (not at every load: it reads every language). Every finding is a warning:
a translation file never makes the questionnaire itself invalid, it only shows texts in the
default language where a translation is missing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from aisafe_desktop.core.fast_yaml import read_fast
from aisafe_desktop.core.model import LANGUAGE_NAMES
from aisafe_desktop.core.problems import Problem, ProblemCode
from aisafe_desktop.core.text_paths import texts_in
from aisafe_desktop.core.translations import (
    candidate_files,
    read_texts,
    translation_file,
    translations_folder,
)
from aisafe_desktop.core.yaml_reader import read_yaml_bytes

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}")
_SHOWN = 3


def placeholders(text: str) -> list[str]:
    return sorted(set(_PLACEHOLDER.findall(text)))


def check_translations(data: dict[str, Any], file: str, folders: list[Path]) -> list[Problem]:
    """Problems of the translation files of one questionnaire (checked data) in `folders`."""
    qid, version = data["id"], str(data["version"])
    fallback = data["default_language"]
    source = texts_in(data, fallback, fallback)
    problems: list[Problem] = []
    for path in candidate_files(qid, folders):
        entry = translation_file(path)
        if entry is None:
            problems.append(Problem.of(ProblemCode.TRANSLATION_UNREADABLE, file,
                                       translation=path.name))
        elif entry.questionnaire == qid and entry.version != version:
            problems.append(Problem.of(ProblemCode.TRANSLATION_VERSION, file,
                                       translation=path.name, questionnaire=qid,
                                       found=entry.version, version=version))
        elif entry.questionnaire == qid and entry.language not in data["languages"]:
            problems += _check_texts(source, read_texts(path), path.name, entry.language, file,
                                     fallback)
    return problems


def _check_texts(source: dict[str, str], texts: Any, name: str, language: str, file: str,
                 fallback: str) -> list[Problem]:
    names = {"language": LANGUAGE_NAMES[language], "fallback": LANGUAGE_NAMES[fallback]}
    problems: list[Problem] = []
    missing = [address for address in source if not texts.get(address, "").strip()]
    if missing:
        problems.append(Problem.of(ProblemCode.TRANSLATION_MISSING, file, count=len(missing),
                                   first=", ".join(missing[:_SHOWN]), translation=name,
                                   **names))
    for address, text in texts.items():
        if address not in source:
            problems.append(Problem.of(ProblemCode.TRANSLATION_UNKNOWN, file, translation=name,
                                       address=address))
        elif placeholders(text) != placeholders(source[address]):
            problems.append(Problem.of(ProblemCode.TRANSLATION_PLACEHOLDERS, file,
                                       address=address, found=placeholders(text) or "none",
                                       expected=placeholders(source[address]) or "none",
                                       **names))
    return problems


def questionnaire_data(source: bytes, file: str) -> Any:
    """A questionnaire file's data as the loader reads it (YAML 1.2: `No` is a text, not false;
    PyYAML's own loaders would drop such a text and its address)."""
    doc = read_fast(source, file)
    return (doc if doc is not None else read_yaml_bytes(source, file)).data


def check_beside(source: bytes, file: str) -> list[Problem]:
    """The problems of the translation files beside a valid questionnaire file."""
    return check_translations(questionnaire_data(source, file), file,
                              [translations_folder(Path(file))])
