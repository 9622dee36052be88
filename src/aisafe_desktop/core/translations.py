"""Translation files of a questionnaire: found by id and version, read only when asked for.

English and Malay stay inline in the questionnaire; every other language lives beside it in
`translations/<questionnaire-id>.<language>.yaml` (see core/text_paths.py for the addresses):

    questionnaire: ai-system-risk-triage
    version: 2.0.0
    language: th
    status: draft            # draft | reviewed (by a fluent speaker)
    texts: {address: text}

A questionnaire's identity (its SHA-256) is that of its own YAML bytes: translations are shown
with it but are not part of it, so a reviewed translation replaces a draft without changing which
questionnaire an assessment or a signed report names. Finding the files reads only their first
lines (header); a language's texts are parsed the first time a text in that language is asked
for, and kept (keyed by path, size and modification time).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from aisafe_desktop.core.model import LANGUAGE_NAMES
from aisafe_desktop.core.text_paths import child_address, is_text, item_part

TRANSLATIONS_FOLDER = "translations"
_HEADER_BYTES = 1024


class TranslationStatus(StrEnum):
    DRAFT = "draft"  # produced (by a person or a machine) and not yet reviewed by a fluent speaker
    REVIEWED = "reviewed"  # reviewed and signed off by a fluent speaker


@dataclass(frozen=True, slots=True)
class TranslationFile:
    path: Path
    questionnaire: str
    version: str
    language: str
    status: TranslationStatus


def translations_folder(questionnaire_file: Path) -> Path:
    return questionnaire_file.parent / TRANSLATIONS_FOLDER


def read_header(path: Path) -> dict[str, Any] | None:
    """The header fields (everything before `texts:`), or None for a file that is not one."""
    # The YAML readers are imported when a file is read: the app opens its data (and shows
    # Home) without them.
    from aisafe_desktop.core.yaml_reader import YamlReadError, read_yaml_text

    try:
        with path.open("rb") as stream:
            head = stream.read(_HEADER_BYTES)
    except OSError:
        return None
    text = head.decode("utf-8", errors="replace")
    match = re.search(r"^texts:", text, re.MULTILINE)
    if match is None:
        return None
    try:
        header = read_yaml_text(text[:match.start()], str(path)).data
    except YamlReadError:
        return None
    return header if isinstance(header, dict) else None


def translation_file(path: Path) -> TranslationFile | None:
    header = read_header(path)
    if header is None:
        return None
    language, status = header.get("language"), header.get("status", "draft")
    if language not in LANGUAGE_NAMES or status not in TranslationStatus.__members__.values():
        return None
    return TranslationFile(path, str(header.get("questionnaire", "")),
                           str(header.get("version", "")), str(language),
                           TranslationStatus(status))


def candidate_files(questionnaire_id: str, folders: list[Path]) -> list[Path]:
    found: list[Path] = []
    for folder in folders:
        if folder.is_dir():
            found += sorted(folder.glob(f"{questionnaire_id}.*.yaml"))
    return found


@functools.lru_cache(maxsize=64)
def _parsed(path: str, size: int, mtime_ns: int) -> Mapping[str, str]:
    del size, mtime_ns  # part of the cache key only: an edited file is read again
    from aisafe_desktop.core.fast_yaml import read_yaml_data

    data = read_yaml_data(Path(path).read_bytes(), path)
    texts = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(texts, dict):
        return {}
    return {str(k): v for k, v in texts.items() if isinstance(v, str)}


def read_texts(path: Path) -> Mapping[str, str]:
    """address → text of one translation file ({} if it cannot be read)."""
    from aisafe_desktop.core.yaml_reader import YamlReadError

    try:
        stat = path.stat()
        return _parsed(str(path), stat.st_size, stat.st_mtime_ns)
    except (OSError, YamlReadError):
        return {}


@dataclass(frozen=True)
class TranslationBook:
    """The translation files of one questionnaire version, by language."""

    files: Mapping[str, TranslationFile] = field(default_factory=dict)

    @staticmethod
    def find(questionnaire_id: str, version: str, folders: list[Path],
             inline: tuple[str, ...] = ()) -> TranslationBook:
        found: dict[str, TranslationFile] = {}
        for path in candidate_files(questionnaire_id, folders):
            entry = translation_file(path)
            if (entry is not None and entry.questionnaire == questionnaire_id
                    and entry.version == version and entry.language not in inline
                    and entry.language not in found):
                found[entry.language] = entry
        return TranslationBook(found)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.files)

    def status(self) -> dict[str, str]:
        return {lang: entry.status.value for lang, entry in self.files.items()}

    def texts(self, language: str) -> Mapping[str, str]:
        entry = self.files.get(language)
        return read_texts(entry.path) if entry else {}

    def lookup(self, language: str, address: str) -> str | None:
        return self.texts(language).get(address)


class TranslatedValues(Mapping[str, str]):
    """A text's languages: the inline ones, then those of the translation files (read lazily)."""

    __slots__ = ("address", "book", "inline")

    def __init__(self, inline: Mapping[str, str], address: str, book: TranslationBook) -> None:
        self.inline = dict(inline)
        self.address = address
        self.book = book

    def __getitem__(self, language: str) -> str:
        if language in self.inline:
            return self.inline[language]
        found = self.book.lookup(language, self.address)
        if found is None:
            raise KeyError(language)
        return found

    def __iter__(self) -> Iterator[str]:
        yield from self.inline
        for language in self.book.languages:
            if language not in self.inline and self.book.lookup(language, self.address):
                yield language

    def __len__(self) -> int:
        return sum(1 for _ in self)

    def __repr__(self) -> str:
        return f"TranslatedValues({self.inline!r}, {self.address!r})"


def attach(node: Any, book: TranslationBook, default_language: str, prefix: str = "") -> Any:
    """A copy of a questionnaire document whose text mappings also read the book's languages."""
    if is_text(node, default_language):
        return TranslatedValues(node, prefix, book)
    if isinstance(node, dict):
        return {key: attach(value, book, default_language, child_address(prefix, str(key)))
                for key, value in node.items()}
    if isinstance(node, list):
        return [attach(item, book, default_language, child_address(prefix, item_part(i, item)))
                for i, item in enumerate(node)]
    return node

