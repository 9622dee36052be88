"""`Text`, a human-readable text in one or more languages, on its own: Home's first rows (and
anything else read before the questionnaire model is needed) use it without importing
`core.model`, whose many dataclasses take 8-15 ms to build at start-up. `core.model` re-exports it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Text:
    """A human-readable text in one or more languages."""

    values: Mapping[str, str]

    def get(self, language: str, fallback: str = "en") -> str:
        if language in self.values:
            return self.values[language]
        if fallback in self.values:
            return self.values[fallback]
        return next(iter(self.values.values()), "")

    @staticmethod
    def plain(text: str, language: str = "en") -> Text:
        return Text({language: text})
