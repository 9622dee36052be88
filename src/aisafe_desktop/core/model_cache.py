"""A cache of validated questionnaires, so a file is parsed and checked once, not at every start.

Keyed by the SHA-256 of the file's bytes and the app version: an edited file, or a new app with
different rules, misses the cache and is validated again. Entries are plain JSON (the checked data
the model is built from, so translation files can be attached to it by address), never pickle, so
a damaged or tampered entry can at worst be rejected: an entry that is not a mapping is ignored,
and one that fails to build (core.loader) is validated from scratch.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections import OrderedDict
from pathlib import Path
from typing import Any

from aisafe_desktop import __version__
from aisafe_desktop.core.problems import Problem

_MEMORY_ENTRIES = 32


class ModelCache:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self._memory: OrderedDict[str, tuple[dict[str, Any], list[Problem]]] = OrderedDict()

    def _file(self, sha256: str) -> Path | None:
        return None if self.folder is None else self.folder / f"{sha256}.json"

    def get(self, sha256: str) -> tuple[dict[str, Any], list[Problem]] | None:
        if sha256 in self._memory:
            self._memory.move_to_end(sha256)
            return self._memory[sha256]
        path = self._file(sha256)
        if path is None or not path.is_file():
            return None
        try:
            entry: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            if entry.get("app_version") != __version__ or entry.get("sha256") != sha256:
                return None
            data = entry["data"]
            if not isinstance(data, dict):
                return None
            found = (data, [Problem(**p) for p in entry.get("warnings", [])])
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None  # unreadable or not ours: validate the file again
        self._remember(sha256, found)
        return found

    def put(self, sha256: str, data: dict[str, Any], warnings: list[Problem]) -> None:
        self._remember(sha256, (data, warnings))
        path = self._file(sha256)
        if path is None:
            return
        entry = {"app_version": __version__, "sha256": sha256,
                 "data": data,
                 "warnings": [{"code": p.code, "message": p.message, "file": p.file,
                               "line": p.line, "column": p.column} for p in warnings]}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # write-then-rename: a crash never leaves half an entry behind
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(entry, out, ensure_ascii=False, default=str)
            os.replace(tmp, path)
        except OSError:
            pass  # a cache that cannot be written only costs time

    def _remember(self, sha256: str, value: tuple[dict[str, Any], list[Problem]]) -> None:
        self._memory[sha256] = value
        self._memory.move_to_end(sha256)
        while len(self._memory) > _MEMORY_ENTRIES:
            self._memory.popitem(last=False)
