"""The questionnaire catalogue: shipped questionnaires plus any in the user's folder.

A questionnaire is named by its id (the newest version wins), by "id@version", or by a path.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.model_cache import ModelCache
from aisafe_desktop.core.paths import AppPaths, shipped_data_dir
from aisafe_desktop.core.problems import Problem
from aisafe_desktop.core.translations import translations_folder

if TYPE_CHECKING:
    from aisafe_desktop.core.loader import LoadResult


class QuestionnaireNotFound(AisafeError, LookupError):
    pass


class QuestionnaireInvalid(AisafeError, ValueError):
    def __init__(self, file: str, problems: list[Problem]) -> None:
        shown = list(problems[:3])  # Problems: the CLI prints them, the GUI translates them
        if len(problems) > 3:
            super().__init__("{file} is not a valid questionnaire: {problems} (and {more} more)",
                             file=file, problems=shown, more=len(problems) - 3)
        else:
            super().__init__("{file} is not a valid questionnaire: {problems}", file=file,
                             problems=shown)
        self.problems = problems


@dataclass(frozen=True)
class CatalogueEntry:
    questionnaire: Questionnaire
    file: Path
    sha256: str
    source: bytes
    shipped: bool

    @property
    def key(self) -> str:
        return f"{self.questionnaire.id}@{self.questionnaire.version}"


def _version_key(version: str) -> tuple[int, ...]:
    core = version.split("+")[0].split("-")[0]
    return tuple(int(p) for p in core.split("."))


def shipped_questionnaire_files() -> list[Path]:
    return sorted(shipped_data_dir("questionnaires").glob("*.yaml"))


def entry_from_result(result: LoadResult, *, shipped: bool) -> CatalogueEntry:
    if not result.ok or result.questionnaire is None:
        raise QuestionnaireInvalid(result.file, result.errors)
    return CatalogueEntry(result.questionnaire, Path(result.file), result.sha256, result.source,
                          shipped)


class Catalogue:
    """Loaded once per process; invalid user files are kept aside with their problems."""

    def __init__(self, paths: AppPaths | None = None) -> None:
        from aisafe_desktop.core.loader import load_file  # (not needed to open the data)

        self.entries: list[CatalogueEntry] = []
        cache = ModelCache(paths.cache_dir / "questionnaires" if paths else None)
        self.invalid: list[LoadResult] = []
        folders = [(shipped_data_dir("questionnaires"), True)]
        if paths is not None:
            folders.append((paths.user_questionnaires_dir, False))
        # Translation files are looked for beside each questionnaire (translations/<id>.<lang>.yaml);
        # a stored assessment's copy takes them from all of these folders (see assessments_store).
        self.translation_folders = [translations_folder(folder / "x") for folder, _ in folders]
        for folder, shipped in folders:
            for file in sorted(folder.glob("*.yaml")) if folder.is_dir() else []:
                result = load_file(file, cache)
                if result.ok:
                    self.entries.append(entry_from_result(result, shipped=shipped))
                else:
                    self.invalid.append(result)
        self.entries.sort(key=lambda e: (e.questionnaire.id, _version_key(e.questionnaire.version)))

    def latest(self) -> list[CatalogueEntry]:
        """The newest version of each questionnaire id."""
        newest: dict[str, CatalogueEntry] = {}
        for entry in self.entries:
            newest[entry.questionnaire.id] = entry
        return list(newest.values())

    def find(self, questionnaire_id: str, version: str | None = None) -> CatalogueEntry:
        matches = [e for e in self.entries if e.questionnaire.id == questionnaire_id
                   and (version is None or e.questionnaire.version == version)]
        if not matches:
            known = ", ".join(sorted({e.questionnaire.id for e in self.entries})) or "none"
            if version:
                raise QuestionnaireNotFound(
                    "no questionnaire '{questionnaire}' version {version} is installed "
                    "(available: {known}); give the path of its YAML file instead",
                    questionnaire=questionnaire_id, version=version, known=known)
            raise QuestionnaireNotFound("no questionnaire '{questionnaire}' is installed "
                                        "(available: {known}); give the path of its YAML file "
                                        "instead", questionnaire=questionnaire_id, known=known)
        return matches[-1]

    def resolve(self, name: str) -> CatalogueEntry:
        """An id, "id@version", or a path to a YAML file."""
        path = Path(name)
        if name.endswith((".yaml", ".yml")) or path.is_file():
            if not path.is_file():
                raise QuestionnaireNotFound("{file}: no such file", file=name)
            from aisafe_desktop.core.loader import load_file

            return entry_from_result(load_file(path), shipped=False)
        qid, _, version = name.partition("@")
        return self.find(qid, version or None)
