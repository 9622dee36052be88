"""The questionnaire model: immutable, typed objects built from a validated YAML file.

Nothing here knows about YAML, files, databases or Qt. Every human-readable text is a `Text`, which
holds one string per language.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType

from aisafe_desktop.core.conditions import Condition

FORMAT_VERSION = 1

LANGUAGE_NAMES: Mapping[str, str] = MappingProxyType({
    "en": "English",
    "ms": "Bahasa Melayu",
    "id": "Bahasa Indonesia",
    "th": "ภาษาไทย",
    "vi": "Tiếng Việt",
    "fil": "Filipino",
    "km": "ភាសាខ្មែរ",
    "lo": "ພາສາລາວ",
    "my": "မြန်မာဘာသာ",
    "zh": "中文",
    "ta": "தமிழ்",
    "tet": "Tetun",
    "pt": "Português",
})


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"  # yes / no / not applicable
    SCALE = "scale"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    NUMBER = "number"
    DATE = "date"

    @property
    def has_options(self) -> bool:
        return self in _OPTION_TYPES


_OPTION_TYPES = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.YES_NO,
                 QuestionType.SCALE}

YES_NO_VALUES = ("yes", "no", "na")
NOT_APPLICABLE = "na"


class Direction(StrEnum):
    """Which end of the overall score is the worse one."""

    RISK = "risk"  # a higher score means more risk (impact levels)
    READINESS = "readiness"  # a higher score means better practice (maturity)


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 0, "medium": 1, "low": 2}[self.value]


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


OptionValue = str | int


@dataclass(frozen=True, slots=True)
class Option:
    value: OptionValue
    label: Text
    score: Mapping[str, float] = field(default_factory=dict)
    recommend: tuple[str, ...] = ()
    description: Text | None = None


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    type: QuestionType
    text: Text
    required: bool = True
    guidance: Text | None = None
    evidence: Text | None = None  # prompt for a comment / evidence note
    tags: tuple[str, ...] = ()
    when: Condition | None = None
    options: tuple[Option, ...] = ()
    minimum: float | None = None  # number questions
    maximum: float | None = None
    unit: Text | None = None

    def option(self, value: object) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: Text
    questions: tuple[Question, ...]
    description: Text | None = None
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class Dimension:
    id: str
    title: Text
    description: Text | None = None
    display_max: float | None = None  # e.g. 4 to show a 0–4 maturity level


@dataclass(frozen=True, slots=True)
class Band:
    id: str
    label: Text
    minimum: float  # percent, inclusive
    maximum: float  # percent, exclusive (the top band includes 100)
    meaning: Text | None = None
    obligations: tuple[Text, ...] = ()


@dataclass(frozen=True, slots=True)
class RedFlag:
    id: str
    when: Condition
    band: str
    message: Text
    recommend: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Recommendation:
    id: str
    text: Text
    priority: Priority = Priority.MEDIUM
    title: Text | None = None


@dataclass(frozen=True, slots=True)
class Mitigation:
    """Canada-AIA-style credit: a strong mitigation score lowers the overall (impact) score."""

    dimension: str
    threshold: float  # percent of the mitigation dimension's reachable maximum
    reduction: float  # percent by which the overall score is reduced


@dataclass(frozen=True, slots=True)
class Scoring:
    direction: Direction
    bands: tuple[Band, ...]
    overall_dimensions: tuple[str, ...] = ()  # empty: every dimension except the mitigation one
    red_flags: tuple[RedFlag, ...] = ()
    mitigation: Mitigation | None = None


@dataclass(frozen=True, slots=True)
class Reference:
    id: str
    title: str
    url: str | None = None
    note: str | None = None


@dataclass(frozen=True)  # no slots: the lookup tables below are cached on the instance
class Questionnaire:
    id: str
    version: str
    title: Text
    description: Text
    publisher: str
    licence: str
    languages: tuple[str, ...]
    default_language: str
    estimated_minutes: int
    sections: tuple[Section, ...]
    scoring: Scoring
    dimensions: tuple[Dimension, ...] = ()
    references: tuple[Reference, ...] = ()
    recommendations: tuple[Recommendation, ...] = ()
    format: int = FORMAT_VERSION

    def questions(self) -> Iterator[tuple[Section, Question]]:
        for section in self.sections:
            for question in section.questions:
                yield section, question

    def question_index(self) -> dict[str, Question]:
        """Question id → question (shared and cached: read it, do not change it)."""
        return self._question_index

    def section_of(self) -> dict[str, Section]:
        """Question id → its section (shared and cached: read it, do not change it)."""
        return self._section_of

    @cached_property
    def _question_index(self) -> dict[str, Question]:
        return {q.id: q for _, q in self.questions()}

    @cached_property
    def _section_of(self) -> dict[str, Section]:
        return {q.id: s for s, q in self.questions()}

    def dimension(self, dimension_id: str) -> Dimension | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def band(self, band_id: str) -> Band | None:
        return next((b for b in self.scoring.bands if b.id == band_id), None)

    def recommendation(self, rec_id: str) -> Recommendation | None:
        return next((r for r in self.recommendations if r.id == rec_id), None)

    @property
    def question_count(self) -> int:
        return sum(len(s.questions) for s in self.sections)
