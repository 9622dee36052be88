"""The questionnaire format, described once as data.

The same description drives the structural check (unknown keys, wrong types, missing fields) and
the JSON Schema published in questionnaires/schema.json, so the two can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

from aisafe_desktop.core.conditions import Operator
from aisafe_desktop.core.model import (
    LANGUAGE_NAMES,
    YES_NO_VALUES,
    BandEdges,
    Direction,
    Priority,
    QuestionType,
    Rounding,
)

ID_PATTERN = r"^[a-z0-9][a-z0-9_.-]*$"
SEMVER_PATTERN = (r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
                  r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$")


@dataclass(frozen=True)
class Str:
    what: str = "a text"
    pattern: str | None = None
    choices: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Text:
    """A human-readable text: a plain string, or a mapping from language code to string."""


@dataclass(frozen=True)
class Number:
    what: str = "a number"
    integer: bool = False
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class Bool:
    pass


@dataclass(frozen=True)
class Scalar:
    """A plain value: text, number or true/false (option values, condition operands)."""

    what: str = "a plain value"


@dataclass(frozen=True)
class ListOf:
    item: Kind
    min_items: int = 0


@dataclass(frozen=True)
class MapOf:
    value: Kind
    what: str = "a mapping"


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    required: bool = False
    doc: str = ""


@dataclass(frozen=True)
class Obj:
    name: str
    fields: tuple[Field, ...] = field(default_factory=tuple)
    doc: str = ""
    short_form: Str | None = None  # a plain value that may stand for the whole object

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class Cond:
    """A condition: {question: ID, OPERATOR: VALUE}, or {all: [...]}, {any: [...]}, {not: {...}}."""


Kind = Union[Str, Text, Number, Bool, Scalar, ListOf, MapOf, Obj, Cond]  # noqa: UP007

IDENT = Str("an identifier (lower-case letters, digits, '-', '_' or '.')", ID_PATTERN)
TEXT = Text()
CONDITION = Cond()
CONDITION_OPERATORS = tuple(op.value for op in Operator)
LANGUAGE = Str("a language code", choices=tuple(LANGUAGE_NAMES))

REFERENCE = Obj("reference", (
    Field("id", IDENT, True, "Short id used in question tags, e.g. 'asean-guide'."),
    Field("title", Str(), True, "Full title of the framework or law, with its date."),
    Field("url", Str("a web address"), doc="Where to read it."),
    Field("note", Str(), doc="Anything a reader should know, e.g. the date a status was true."),
))
DIMENSION = Obj("dimension", (
    Field("id", IDENT, True),
    Field("title", TEXT, True),
    Field("description", TEXT),
    Field("display_max", Number(minimum=1), doc="Show this dimension on a 0..N scale, e.g. 4."),
))
RECOMMENDATION = Obj("recommendation", (
    Field("id", IDENT, True),
    Field("text", TEXT, True, "What to do, in plain words."),
    Field("title", TEXT),
    Field("priority", Str("a priority", choices=tuple(p.value for p in Priority)),
          doc="high, medium (default) or low."),
))
OPTION = Obj("option", (
    Field("value", Scalar("an option value (a word, or a number for scales)"), True),
    Field("label", TEXT, True),
    Field("description", TEXT),
    Field("score", MapOf(Number(minimum=0), "points per dimension"),
          doc="Points this option gives, per dimension id."),
    Field("recommend", ListOf(IDENT), doc="Recommendation ids this option triggers."),
), short_form=Str("yes, no or na (yes_no questions only: the answer with its built-in label)",
                  choices=YES_NO_VALUES))
QUESTION = Obj("question", (
    Field("id", IDENT, True, "Stable id, unique in the file. Never reuse an id for another meaning."),
    Field("type", Str("a question type", choices=tuple(t.value for t in QuestionType)), True),
    Field("text", TEXT, True),
    Field("guidance", TEXT, doc="Why we ask, with examples. Shown folded under the question."),
    Field("required", Bool(), doc="Default true."),
    Field("evidence", TEXT, doc="Prompt for a comment or evidence note."),
    Field("tags", ListOf(Str("a tag")), doc="E.g. 'asean:fairness', 'nist:MAP-1.1'."),
    Field("when", CONDITION, doc="The question applies only when this holds."),
    Field("options", ListOf(OPTION, 1)),
    Field("min", Number(), doc="Number questions: the smallest allowed answer."),
    Field("max", Number(), doc="Number questions: the largest allowed answer."),
    Field("unit", TEXT, doc="Number questions: unit shown after the field."),
))
SECTION = Obj("section", (
    Field("id", IDENT, True),
    Field("title", TEXT, True),
    Field("description", TEXT),
    Field("when", CONDITION, doc="The whole section applies only when this holds."),
    Field("questions", ListOf(QUESTION, 1), True),
))
BAND = Obj("band", (
    Field("id", IDENT, True),
    Field("label", TEXT, True),
    Field("min", Number(minimum=0, maximum=100), True,
          "Percent; which band owns a shared edge is set by scoring.band_edges."),
    Field("max", Number(minimum=0, maximum=100), True,
          "Percent; which band owns a shared edge is set by scoring.band_edges."),
    Field("meaning", TEXT),
    Field("obligations", ListOf(TEXT), doc="Recommended steps this band implies."),
))
RED_FLAG = Obj("red flag", (
    Field("id", IDENT, True),
    Field("when", CONDITION, True),
    Field("band", IDENT, True, "The band this flag forces (when it is the more severe one)."),
    Field("message", TEXT, True),
    Field("recommend", ListOf(IDENT)),
))
FLOOR = Obj("floor", (
    Field("id", IDENT, True),
    Field("when", CONDITION, True),
    Field("band", IDENT, True, "The least severe band the result may have while 'when' holds."),
    Field("reason", TEXT, True, "Why this rule raises the result; shown with the result."),
    Field("recommend", ListOf(IDENT)),
))
OUTCOME = Obj("outcome", (
    Field("id", IDENT, True, "Unique among bands and outcomes."),
    Field("when", CONDITION, True, "The first outcome whose condition holds is the result "
          "(unless a red flag fires)."),
    Field("title", TEXT, True, "Shown instead of a band label, e.g. 'Not an AI system'."),
    Field("text", TEXT, True, "What the outcome means for the respondent."),
    Field("recommend", ListOf(IDENT)),
))
MITIGATION = Obj("mitigation", (
    Field("dimension", IDENT, True, "The dimension that measures mitigation."),
    Field("threshold", Number(minimum=0, maximum=100), True,
          "Percent of that dimension's reachable points needed for the credit."),
    Field("reduction", Number(minimum=0, maximum=100), True,
          "Percent by which the overall score is reduced when the credit applies."),
))
SCORING = Obj("scoring", (
    Field("direction", Str("a direction", choices=tuple(d.value for d in Direction)), True,
          "risk: a higher score is worse; readiness: a higher score is better."),
    Field("overall", ListOf(IDENT), doc="Dimensions in the overall score (default: all but "
          "the mitigation dimension)."),
    Field("bands", ListOf(BAND, 1), True),
    Field("band_edges", Str("band edges", choices=tuple(e.value for e in BandEdges)),
          doc="lower_inclusive (default): a band holds min <= score < max; upper_inclusive: "
              "min < score <= max, as Canada's AIA."),
    Field("rounding", Str("a rounding rule", choices=tuple(r.value for r in Rounding)),
          doc="none (default), or half_up: round the overall percent to a whole number "
              "(halves up) before choosing the band."),
    Field("red_flags", ListOf(RED_FLAG)),
    Field("floors", ListOf(FLOOR), doc="Rules that set a minimum band while a condition holds."),
    Field("outcomes", ListOf(OUTCOME), doc="Results outside the bands, reached by a rule."),
    Field("mitigation", MITIGATION),
))
QUESTIONNAIRE = Obj("questionnaire", (
    Field("format", Number("the format version", integer=True, minimum=1, maximum=2),
          doc="Format version: 2 (1, or no format key, is the older format where every yes_no "
              "question also offers 'na')."),
    Field("id", IDENT, True),
    Field("version", Str("a version like 1.2.0", SEMVER_PATTERN), True),
    Field("title", TEXT, True),
    Field("description", TEXT, True),
    Field("publisher", Str(), True),
    Field("licence", Str(), True),
    Field("languages", ListOf(LANGUAGE, 1), True),
    Field("default_language", LANGUAGE, True),
    Field("estimated_minutes", Number("minutes", integer=True, minimum=1), True),
    Field("references", ListOf(REFERENCE)),
    Field("dimensions", ListOf(DIMENSION)),
    Field("recommendations", ListOf(RECOMMENDATION)),
    Field("sections", ListOf(SECTION, 1), True),
    Field("scoring", SCORING, True),
))
