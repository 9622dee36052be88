"""Score an assessment: a pure function from (questionnaire, answers) to a result with its reasons.

Per dimension: the points of the chosen options of the questions that apply, over the most points
those same questions could give. Questions that do not apply, and yes_no questions answered "not
applicable", count on neither side. The overall score pools the overall dimensions; an optional
mitigation credit reduces it; optional rounding makes it a whole number; bands map it to a level;
red flags and floors can force a more severe band; an outcome can replace the band altogether.

Every step is recorded in the trace, so the result can be explained in plain words. The trace of
the questions is built only when someone reads it (the results screen, the PDF, `--json`): a bulk
re-score (an agency's inbox) needs the result, not the reasons.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Any, NamedTuple

from aisafe_desktop.core.answers import AnswersDocument
from aisafe_desktop.core.applicability import visible_answers
from aisafe_desktop.core.conditions import Predicate, compile_condition
from aisafe_desktop.core.model import (
    NOT_APPLICABLE,
    Band,
    BandEdges,
    Direction,
    Floor,
    Outcome,
    Question,
    Questionnaire,
    QuestionType,
    RedFlag,
    Rounding,
)


class TraceKind(StrEnum):
    POINTS = "points"  # an answered question gave points (possibly 0) out of a maximum
    UNANSWERED = "unanswered"  # applies, not answered: 0 points, maximum still counts
    NOT_APPLICABLE = "not_applicable"  # answered "na": counts on neither side
    HIDDEN = "hidden"  # its conditions do not hold: counts on neither side
    MITIGATION = "mitigation"
    ROUNDING = "rounding"  # the overall percent rounded to a whole number before banding
    BAND = "band"  # band from the overall score
    RED_FLAG = "red_flag"  # a red-flag rule fired
    FLOOR = "floor"  # a floor rule fired: the result is at least this band
    OUTCOME = "outcome"  # an outcome rule replaced the band
    FINAL_BAND = "final_band"


_EMPTY: Mapping[str, Any] = MappingProxyType({})

# The small result records are named tuples: immutable like frozen dataclasses, and several times
# cheaper to create, which matters when an inbox re-scores thousands of answer sets.


class TraceEntry(NamedTuple):
    kind: TraceKind
    question_id: str | None = None
    points: Mapping[str, float] = _EMPTY  # per dimension
    maximum: Mapping[str, float] = _EMPTY
    detail: Mapping[str, Any] = _EMPTY


class DimensionScore(NamedTuple):
    id: str
    points: float
    maximum: float

    @property
    def percent(self) -> float:
        return 0.0 if self.maximum <= 0 else round(100.0 * self.points / self.maximum, 2)


class TriggeredRecommendation(NamedTuple):
    id: str
    sources: tuple[str, ...]  # question ids, "red_flag:<id>", "floor:<id>" or "outcome:<id>"


@dataclass(frozen=True)
class ScoreResult:
    questionnaire_id: str
    questionnaire_version: str
    dimensions: tuple[DimensionScore, ...]
    overall: float  # percent after any mitigation credit and rounding
    overall_before_mitigation: float
    mitigation_applied: bool
    band: str  # the result: a band id, or an outcome id when `outcome` is set
    score_band: str  # the band the points alone give
    red_flags: tuple[str, ...]
    result_trace: tuple[TraceEntry, ...]  # the scoring steps after the questions
    answered: int
    applicable: int
    floors: tuple[str, ...] = ()  # floor rules that fired
    outcome: str | None = None  # the outcome that replaced the band, if any
    # what the lazily built parts need: the model and answers; recommendation id -> sources
    _source: tuple[Questionnaire, Mapping[str, Any]] | None = field(
        default=None, repr=False, compare=False)
    _triggered: Mapping[str, list[str]] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def recommendations(self) -> tuple[TriggeredRecommendation, ...]:
        """What a red flag asks for (usually "stop") comes first, then by priority (high first),
        then in the order they were triggered."""
        rank = _method(self._source[0]).rank if self._source else {}
        ordered = sorted(self._triggered.items(), key=lambda kv: (
            not any(src.startswith("red_flag:") for src in kv[1]), rank.get(kv[0], 9)))
        return tuple(TriggeredRecommendation(k, tuple(v)) for k, v in ordered)

    @cached_property
    def trace(self) -> tuple[TraceEntry, ...]:
        """Every step: one entry per question (built now, on first reading), then the result's."""
        questions: list[TraceEntry] = []
        if self._source is not None:
            questionnaire, values = self._source
            _Scorer(questionnaire, values, questions).add_questions()
        return (*questions, *self.result_trace)

    def dimension(self, dimension_id: str) -> DimensionScore | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "questionnaire": {"id": self.questionnaire_id, "version": self.questionnaire_version},
            "band": self.band, "score_band": self.score_band, "outcome": self.outcome,
            "overall": self.overall,
            "overall_before_mitigation": self.overall_before_mitigation,
            "mitigation_applied": self.mitigation_applied,
            "dimensions": {d.id: {"points": d.points, "maximum": d.maximum, "percent": d.percent}
                           for d in self.dimensions},
            "red_flags": list(self.red_flags), "floors": list(self.floors),
            "recommendations": [{"id": r.id, "sources": list(r.sources)}
                                for r in self.recommendations],
            "progress": {"answered": self.answered, "applicable": self.applicable},
            "trace": [{"kind": t.kind.value, "question": t.question_id, "points": dict(t.points),
                       "maximum": dict(t.maximum), **({"detail": dict(t.detail)} if t.detail else {})}
                      for t in self.trace],
        }


def question_maximum(question: Question) -> dict[str, float]:
    """The most points per dimension this question can give: the best option of a single choice,
    yes/no or scale question, the sum of all options of a multiple-choice question."""
    best: dict[str, float] = {}
    for option in question.options:
        for dim, pts in option.score.items():
            if question.type is QuestionType.MULTIPLE_CHOICE:
                best[dim] = best.get(dim, 0.0) + pts
            else:
                best[dim] = max(best.get(dim, 0.0), pts)
    return best


Points = tuple[tuple[str, float], ...]  # (dimension, points) pairs


@dataclass(frozen=True, slots=True)
class _Plan:
    """What scoring needs of one question, worked out once per questionnaire."""

    id: str
    maximum: dict[str, float]
    maximum_items: Points
    table: dict[object, tuple[Points, tuple[str, ...]]]  # answer value -> points, recommendations
    offers_na: bool
    multiple: bool


@dataclass(frozen=True, slots=True)
class _Method:
    """A questionnaire's scoring method, compiled once: plans, conditions, severities, ranks."""

    plans: tuple[_Plan, ...]
    severity: dict[str, int]  # band id -> severity (higher is more severe, whatever the direction)
    rank: dict[str, int]  # recommendation id -> priority rank
    red_flags: tuple[tuple[RedFlag, Predicate], ...]
    floors: tuple[tuple[Floor, Predicate], ...]
    outcomes: tuple[tuple[Outcome, Predicate], ...]
    overall: tuple[str, ...]  # the dimensions pooled in the overall score, in file order


def _plan(q: Question) -> _Plan:
    best = question_maximum(q)
    return _Plan(q.id, best, tuple(best.items()),
                 {o.value: (tuple((d, float(p)) for d, p in o.score.items()), o.recommend)
                  for o in q.options},
                 q.type is QuestionType.YES_NO and q.option(NOT_APPLICABLE) is not None,
                 q.type is QuestionType.MULTIPLE_CHOICE)


_METHODS: OrderedDict[int, tuple[Questionnaire, _Method]] = OrderedDict()


def _method(questionnaire: Questionnaire) -> _Method:
    """Compiled once per questionnaire object (the model is immutable; a few recent ones are
    kept, checked by identity)."""
    key = id(questionnaire)
    entry = _METHODS.get(key)
    if entry is None or entry[0] is not questionnaire:
        scoring = questionnaire.scoring
        sign = 1 if scoring.direction is Direction.RISK else -1
        method = _Method(
            tuple(_plan(q) for _, q in questionnaire.questions()),
            {b.id: sign * i for i, b in enumerate(scoring.bands)},
            {r.id: r.priority.rank for r in questionnaire.recommendations},
            tuple((f, compile_condition(f.when)) for f in scoring.red_flags),
            tuple((f, compile_condition(f.when)) for f in scoring.floors),
            tuple((o, compile_condition(o.when)) for o in scoring.outcomes),
            tuple(d.id for d in questionnaire.dimensions if d.id in scoring.overall_dimensions)
            if scoring.overall_dimensions else tuple(
                d.id for d in questionnaire.dimensions
                if not scoring.mitigation or d.id != scoring.mitigation.dimension))
        entry = (questionnaire, method)
        _METHODS[key] = entry
        while len(_METHODS) > 8:
            _METHODS.popitem(last=False)
    return entry[1]


def severity(questionnaire: Questionnaire, band_id: str) -> int:
    """Higher is more severe: a later band for risk, an earlier band for readiness."""
    return _method(questionnaire).severity[band_id]


def band_for(bands: tuple[Band, ...], percent: float,
             edges: BandEdges = BandEdges.LOWER_INCLUSIVE) -> Band:
    """The band holding `percent`; `edges` says which of two neighbours owns their shared edge."""
    if edges is BandEdges.UPPER_INCLUSIVE:
        for band in bands:
            if band.minimum < percent <= band.maximum:
                return band
        return bands[0] if percent <= bands[0].maximum else bands[-1]
    for band in bands:
        if band.minimum <= percent < band.maximum:
            return band
    return bands[-1] if percent >= bands[-1].minimum else bands[0]


def round_half_up(percent: float) -> float:
    return float(math.floor(percent + 0.5))


def score(questionnaire: Questionnaire, answers: AnswersDocument | Mapping[str, Any]) -> ScoreResult:
    values = answers.values() if isinstance(answers, AnswersDocument) else dict(answers)
    return _Scorer(questionnaire, values).run()


class _Scorer:
    def __init__(self, questionnaire: Questionnaire, values: Mapping[str, Any],
                 trace: list[TraceEntry] | None = None) -> None:
        self.q = questionnaire
        self.method = _method(questionnaire)
        self.values = values
        self.visible = visible_answers(questionnaire, values)
        self.points: dict[str, float] = {d.id: 0.0 for d in questionnaire.dimensions}
        self.maximum: dict[str, float] = {d.id: 0.0 for d in questionnaire.dimensions}
        self.trace = trace  # None: no trace of the questions is wanted
        self.steps: list[TraceEntry] = []
        self.recs: dict[str, list[str]] = {}
        self.answered = self.applicable = 0

    def run(self) -> ScoreResult:
        self.add_questions()
        dims = tuple(DimensionScore(d.id, self.points[d.id], self.maximum[d.id])
                     for d in self.q.dimensions)
        before = self.overall()
        overall, mitigated = self.mitigate(before)
        overall = self.round(overall)
        scoring = self.q.scoring
        score_band = band_for(scoring.bands, overall, scoring.band_edges)
        self.steps.append(TraceEntry(TraceKind.BAND, detail={"band": score_band.id,
                                                             "overall": overall}))
        final, reason = score_band.id, "score"
        final, reason, fired = self.apply_rules(self.method.red_flags, "red_flag", final, reason)
        final, reason, floors = self.apply_rules(self.method.floors, "floor", final, reason)
        outcome = None if fired else self.find_outcome()
        if outcome is not None:
            final, reason = outcome, f"outcome:{outcome}"
        self.steps.append(TraceEntry(TraceKind.FINAL_BAND, detail={"band": final,
                                                                   "reason": reason}))
        return ScoreResult(
            self.q.id, self.q.version, dims, overall, before, mitigated, final, score_band.id,
            tuple(fired), tuple(self.steps), self.answered, self.applicable, tuple(floors),
            outcome, (self.q, self.values), self.recs)

    def add_questions(self) -> None:
        # The hot loop of bulk re-scoring: locals, precomputed tables, no trace unless asked.
        visible, trace = self.visible, self.trace
        points, maximum, recs = self.points, self.maximum, self.recs
        applicable = answered = 0
        for plan in self.method.plans:
            qid = plan.id
            if qid not in visible:
                if trace is not None:
                    trace.append(TraceEntry(TraceKind.HIDDEN, qid))
                continue
            applicable += 1
            value = visible[qid]
            if plan.offers_na and value == NOT_APPLICABLE:
                answered += 1
                if trace is not None:
                    trace.append(TraceEntry(TraceKind.NOT_APPLICABLE, qid))
                continue
            for dim, pts in plan.maximum_items:
                maximum[dim] += pts
            if value is None or value == "" or value == []:
                if plan.maximum_items and trace is not None:
                    trace.append(TraceEntry(TraceKind.UNANSWERED, qid, maximum=plan.maximum))
                continue
            answered += 1
            got: dict[str, float] | None = {} if trace is not None else None
            for chosen in value if plan.multiple and type(value) is list else (value,):
                try:
                    entry = plan.table.get(chosen)
                except TypeError:  # an unhashable answer matches no option
                    entry = None
                if entry is None:
                    continue
                for dim, pts in entry[0]:
                    points[dim] += pts
                    if got is not None:
                        got[dim] = got.get(dim, 0.0) + pts
                for rec in entry[1]:
                    recs.setdefault(rec, []).append(qid)
            if trace is not None and got is not None and (plan.maximum or got):
                trace.append(TraceEntry(TraceKind.POINTS, qid, got, plan.maximum,
                                        {"value": value}))
        self.applicable, self.answered = applicable, answered

    def overall(self) -> float:
        points = maximum = 0.0
        for dim in self.method.overall:
            points += self.points.get(dim, 0.0)
            maximum += self.maximum.get(dim, 0.0)
        return 0.0 if maximum <= 0 else round(100.0 * points / maximum, 2)

    def mitigate(self, before: float) -> tuple[float, bool]:
        rule = self.q.scoring.mitigation
        if rule is None:
            return before, False
        dim = DimensionScore(rule.dimension, self.points.get(rule.dimension, 0.0),
                             self.maximum.get(rule.dimension, 0.0))
        applied = dim.maximum > 0 and dim.percent >= rule.threshold
        after = round(before * (1 - rule.reduction / 100.0), 2) if applied else before
        self.steps.append(TraceEntry(TraceKind.MITIGATION, detail={
            "dimension": rule.dimension, "percent": dim.percent, "threshold": rule.threshold,
            "reduction": rule.reduction, "applied": applied, "before": before, "after": after}))
        return after, applied

    def round(self, overall: float) -> float:
        if self.q.scoring.rounding is Rounding.NONE:
            return overall
        rounded = round_half_up(overall)
        self.steps.append(TraceEntry(TraceKind.ROUNDING, detail={"before": overall,
                                                                 "after": rounded}))
        return rounded

    def apply_rules(self, rules: tuple[tuple[RedFlag | Floor, Predicate], ...], kind: str,
                    final: str, reason: str) -> tuple[str, str, list[str]]:
        """Red flags or floors: each that holds is recorded, and raises the band if it is the more
        severe one (so such a rule can never make a result milder)."""
        fired: list[str] = []
        severity_of = self.method.severity
        trace_kind = TraceKind.RED_FLAG if kind == "red_flag" else TraceKind.FLOOR
        for rule, holds in rules:
            if not holds(self.visible.get):
                continue
            fired.append(rule.id)
            self.steps.append(TraceEntry(trace_kind, detail={
                "flag" if kind == "red_flag" else "floor": rule.id, "band": rule.band}))
            for rec in rule.recommend:
                self.recs.setdefault(rec, []).append(f"{kind}:{rule.id}")
            if severity_of[rule.band] > severity_of[final]:
                final, reason = rule.band, f"{kind}:{rule.id}"
        return final, reason, fired

    def find_outcome(self) -> str | None:
        for outcome, holds in self.method.outcomes:
            if holds(self.visible.get):
                self.steps.append(TraceEntry(TraceKind.OUTCOME, detail={"outcome": outcome.id}))
                for rec in outcome.recommend:
                    self.recs.setdefault(rec, []).append(f"outcome:{outcome.id}")
                return outcome.id
        return None
