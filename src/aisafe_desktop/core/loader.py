"""Load a questionnaire file: read → check structure → check meaning → build.

Every problem of every stage that can run is collected, so an author fixes a file in one round.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from aisafe_desktop.core.builder import build_questionnaire
from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.model_cache import ModelCache
from aisafe_desktop.core.problems import Problem, Severity
from aisafe_desktop.core.semantics import SemanticChecker
from aisafe_desktop.core.structure import check_structure
from aisafe_desktop.core.yaml_reader import MAX_FILE_BYTES, YamlReadError, read_yaml_bytes


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


class QuestionnaireError(AisafeError):
    """A questionnaire could not be loaded; `problems` says why."""

    def __init__(self, result: LoadResult) -> None:
        first = result.errors[0] if result.errors else None
        if first:
            super().__init__("{problem}", problem=first)
        else:
            super().__init__("{file}: cannot be loaded", file=result.file)
        self.problems = result.errors


def load_bytes(raw: bytes, file: str = "<string>", cache: ModelCache | None = None) -> LoadResult:
    """Validate and build; with a cache, a file validated before is rebuilt from the cache."""
    result = LoadResult(file, None, sha256=hashlib.sha256(raw).hexdigest(), source=raw)
    cached = cache.get(result.sha256) if cache else None
    if cached is not None:
        result.questionnaire, warnings = cached
        result.problems = [Problem(p.code, p.message, file, p.line, p.column) for p in warnings]
        return result
    try:
        doc = read_yaml_bytes(raw, file)
    except YamlReadError as error:
        result.problems.append(error.problem)
        return result
    shape = check_structure(doc, file)
    result.problems.extend(shape)
    if isinstance(doc.data, dict):
        result.problems.extend(SemanticChecker(doc, file, shape_ok=not shape).run())
    result.problems.sort(key=lambda p: (p.line, p.column, p.code))
    if not result.errors and not shape:
        result.questionnaire = build_questionnaire(doc.data)
        if cache is not None:
            cache.put(result.sha256, result.questionnaire, result.problems)
    return result


def load_file(path: str | Path, cache: ModelCache | None = None) -> LoadResult:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:  # refuse before reading a huge file into memory
            return LoadResult(str(path), None, [Problem(
                "E001", f"the file is {size:,} bytes; questionnaires are limited to "
                f"{MAX_FILE_BYTES:,} bytes.", str(path))])
        raw = path.read_bytes()
    except OSError as error:
        return LoadResult(str(path), None, [Problem(
            "E007", f"cannot read the file: {error.strerror or error}. Check the path and "
            "permissions.", str(path))])
    return load_bytes(raw, str(path), cache)


def load_or_raise(path: str | Path) -> LoadResult:
    result = load_file(path)
    if not result.ok:
        raise QuestionnaireError(result)
    return result
