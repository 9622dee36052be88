"""Load a questionnaire file: read → check structure → check meaning → build.

Every problem of every stage that can run is collected, so an author fixes a file in one round.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from aisafe_desktop.core.builder import build_questionnaire
from aisafe_desktop.core.fast_yaml import gc_paused, read_fast
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.model_cache import ModelCache
from aisafe_desktop.core.problems import Problem, ProblemCode, Severity
from aisafe_desktop.core.semantics import SemanticChecker
from aisafe_desktop.core.structure import check_structure
from aisafe_desktop.core.translations import TranslationBook, attach, translations_folder
from aisafe_desktop.core.yaml_reader import (
    MAX_FILE_BYTES,
    YamlDocument,
    YamlReadError,
    read_yaml_bytes,
)


@dataclass
class LoadResult:
    file: str
    questionnaire: Questionnaire | None
    problems: list[Problem] = field(default_factory=list)
    sha256: str = ""
    source: bytes = b""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity is Severity.ERROR]

    @property
    def ok(self) -> bool:
        return self.questionnaire is not None and not self.errors


def load_bytes(raw: bytes, file: str = "<string>", cache: ModelCache | None = None,
               translations: Sequence[Path] = ()) -> LoadResult:
    """Validate and build; with a cache, a file validated before is rebuilt from the cache.

    `translations`: folders holding translation files (`<id>.<language>.yaml`); those of this
    questionnaire's id and version add their languages (read when a text in one is asked for).
    The SHA-256 is that of `raw` alone: translations are not part of a questionnaire's identity.
    """
    result = LoadResult(file, None, sha256=hashlib.sha256(raw).hexdigest(), source=raw)
    cached = cache.get(result.sha256) if cache else None
    if cached is not None:
        data, warnings = cached
        try:
            result.questionnaire = build(data, translations)
        except (KeyError, TypeError, ValueError, AttributeError):
            result.questionnaire = None  # a damaged or foreign cache entry: validate again
        if result.questionnaire is not None:
            result.problems = [Problem(p.code, p.message, file, p.line, p.column)
                               for p in warnings]
            return result
    with gc_paused():
        try:
            # The fast reader answers only for a file it is sure about and knows no line numbers:
            # a file with any problem is read again by the marked reader, which locates it.
            doc = read_fast(raw, file)
            if doc is not None and _check_and_build(doc, file, result, cache,
                                                    translations) is None:
                result.problems = []
                doc = None
            if doc is None:
                doc = read_yaml_bytes(raw, file)
                _check_and_build(doc, file, result, cache, translations)
        except YamlReadError as error:
            result.problems.append(error.problem)
    return result


def build(data: dict[str, Any], translations: Sequence[Path] = ()) -> Questionnaire:
    """The model of checked data, with the languages of its translation files added."""
    book = find_translations(data, translations)
    if not book.files:
        return build_questionnaire(data)
    built = build_questionnaire(attach(data, book, data["default_language"]))
    return replace(built, languages=built.languages + book.languages,
                   translation_status=book.status())


def find_translations(data: dict[str, Any], translations: Sequence[Path]) -> TranslationBook:
    if not translations:
        return TranslationBook()
    return TranslationBook.find(data["id"], str(data["version"]), list(translations),
                                inline=tuple(data["languages"]))


def _check_and_build(doc: YamlDocument, file: str, result: LoadResult,
                     cache: ModelCache | None, translations: Sequence[Path]
                     ) -> Questionnaire | None:
    shape = check_structure(doc, file)
    result.problems.extend(shape)
    if isinstance(doc.data, dict):
        result.problems.extend(SemanticChecker(doc, file, shape_ok=not shape).run())
    # Errors first (a root cause often explains the warnings after it), each group by place.
    result.problems.sort(key=lambda p: (p.severity is Severity.WARNING, p.line, p.column, p.code))
    if not result.errors and not shape:
        if not doc.positions and result.problems:
            return None  # a warning found on the fast path: let the marked reader place it
        result.questionnaire = build(doc.data, translations)
        if cache is not None:
            cache.put(result.sha256, doc.data, result.problems)
    return result.questionnaire


def load_file(path: str | Path, cache: ModelCache | None = None,
              translations: Sequence[Path] | None = None) -> LoadResult:
    """Load a file; its translations are looked for beside it unless folders are given."""
    path = Path(path)
    folders = [translations_folder(path)] if translations is None else translations
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # refuse before reading a huge file into memory
            return LoadResult(str(path), None, [Problem.of(
                ProblemCode.FILE_TOO_LARGE, str(path), size=size, limit=MAX_FILE_BYTES)])
        raw = path.read_bytes()
    except OSError as error:
        return LoadResult(str(path), None, [Problem.of(
            ProblemCode.UNREADABLE, str(path), reason=error.strerror or str(error))])
    return load_bytes(raw, str(path), cache, folders)

