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
from aisafe_desktop.core.text import Text as Text  # (its own module: see core/text.py)

FORMAT_VERSION = 2  # format 1: yes_no questions always offer "na" (see builder.options_for)

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


# Codes people write by mistake → the code AISafe uses (ISO 639-1 where there is one).
LANGUAGE_ALIASES: Mapping[str, str] = MappingProxyType({
    "in": "id", "ind": "id", "may": "ms", "msa": "ms", "bm": "ms", "tl": "fil", "tgl": "fil",
    "tha": "th", "vie": "vi", "vn": "vi", "khm": "km", "kh": "km", "lao": "lo", "mya": "my",
    "bur": "my", "chi": "zh", "zho": "zh", "cn": "zh", "tam": "ta", "tdt": "tet", "por": "pt",
    "eng": "en",
})


class QuestionType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    YES_NO = "yes_no"  # yes / no (and "na" where listed, or always in format 1)
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


class BandEdges(StrEnum):
    """Which of two adjacent bands owns the score on their shared edge."""

    LOWER_INCLUSIVE = "lower_inclusive"  # min <= score < max; the top band also holds its max
    UPPER_INCLUSIVE = "upper_inclusive"  # min < score <= max; the lowest band also holds its min


class Rounding(StrEnum):
    NONE = "none"
    HALF_UP = "half_up"  # to a whole number, halves up (JavaScript's Math.round, as Canada's AIA)


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"

    @property
    def rank(self) -> int:
        return {"high": 0, "medium": 1, "low": 2}[self.value]


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
    minimum: float  # percent; Scoring.band_edges says which band owns a shared edge
    maximum: float
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
class Floor:
    """While `when` holds, the result is at least as severe as `band`."""

    id: str
    when: Condition
    band: str
    reason: Text
    recommend: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Outcome:
    """A result outside the bands ("not an AI system"): its own title and text, no band steps."""

    id: str
    when: Condition
    title: Text
    text: Text
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
    floors: tuple[Floor, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    band_edges: BandEdges = BandEdges.LOWER_INCLUSIVE
    rounding: Rounding = Rounding.NONE


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
    # language → "draft" | "reviewed" for the languages added by translation files (core.translations);
    # the inline languages are the questionnaire's own.
    translation_status: Mapping[str, str] = field(default_factory=dict)

    def is_draft(self, language: str) -> bool:
        return self.translation_status.get(language) == "draft"

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

    def outcome(self, outcome_id: str) -> Outcome | None:
        return next((o for o in self.scoring.outcomes if o.id == outcome_id), None)

    def result_title(self, result_id: str) -> Text | None:
        """The label of a band, or the title of an outcome (a result is one or the other)."""
        band = self.band(result_id)
        if band is not None:
            return band.label
        outcome = self.outcome(result_id)
        return outcome.title if outcome else None

    def recommendation(self, rec_id: str) -> Recommendation | None:
        return next((r for r in self.recommendations if r.id == rec_id), None)

    @property
    def question_count(self) -> int:
        return sum(len(s.questions) for s in self.sections)
