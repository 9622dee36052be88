"""Helpers shared by the tests of the shipped questionnaires."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from aisafe_desktop.core.loader import load_file
from aisafe_desktop.core.model import Questionnaire, Text
from aisafe_desktop.core.scoring import ScoreResult


def load_clean(path: Path) -> Questionnaire:
    """Load a shipped questionnaire, failing on any problem at all (warnings included): its own
    texts (English and Malay inline), without the translation files beside it."""
    result = load_file(path, translations=[])
    assert result.problems == [], "\n".join(map(str, result.problems))
    assert result.questionnaire is not None
    return result.questionnaire


def walk_texts(node: Any, where: str = "") -> Iterator[tuple[str, Text]]:
    """Every Text in the model, with a readable path."""
    if isinstance(node, Text):
        yield where, node
    elif dataclasses.is_dataclass(node) and not isinstance(node, type):
        for f in dataclasses.fields(node):
            yield from walk_texts(getattr(node, f.name), f"{where}.{f.name}")
    elif isinstance(node, tuple | list):
        for i, item in enumerate(node):
            label = getattr(item, "id", None) or getattr(item, "value", None) or i
            yield from walk_texts(item, f"{where}[{label}]")
    elif isinstance(node, Mapping):
        for key, item in node.items():
            yield from walk_texts(item, f"{where}.{key}")


def sources(result: ScoreResult) -> dict[str, tuple[str, ...]]:
    """Recommendation id → what triggered it."""
    return {r.id: r.sources for r in result.recommendations}
