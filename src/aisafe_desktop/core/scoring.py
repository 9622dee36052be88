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
from typing import Any

from aisafe_desktop.core.answers import AnswersDocument
from aisafe_desktop.core.applicability import Applicability
from aisafe_desktop.core.conditions import evaluate
from aisafe_desktop.core.model import (
    NOT_APPLICABLE,
    Band,
    BandEdges,
    Direction,
    Question,
    Questionnaire,
    QuestionType,
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


@dataclass(frozen=True, slots=True)
class TraceEntry:
    kind: TraceKind
    question_id: str | None = None
    points: Mapping[str, float] = field(default_factory=dict)  # per dimension
    maximum: Mapping[str, float] = field(default_factory=dict)
    detail: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DimensionScore:
    id: str
    points: float
    maximum: float

    @property
    def percent(self) -> float:
        return 0.0 if self.maximum <= 0 else round(100.0 * self.points / self.maximum, 2)


@dataclass(frozen=True, slots=True)
class TriggeredRecommendation:
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
    recommendations: tuple[TriggeredRecommendation, ...]
    result_trace: tuple[TraceEntry, ...]  # the scoring steps after the questions
    answered: int
    applicable: int
    floors: tuple[str, ...] = ()  # floor rules that fired
    outcome: str | None = None  # the outcome that replaced the band, if any
    _source: tuple[Questionnaire, Mapping[str, Any]] | None = field(
        default=None, repr=False, compare=False)

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


@dataclass(frozen=True, slots=True)
class _Plan:
    """What scoring needs of one question, worked out once per questionnaire."""

    question: Question
    maximum: dict[str, float]
    table: dict[object, tuple[dict[str, float], tuple[str, ...]]]  # value -> points, recs
    offers_na: bool
    multiple: bool


_PLANS: OrderedDict[int, tuple[Questionnaire, tuple[_Plan, ...]]] = OrderedDict()


def _plans(questionnaire: Questionnaire) -> tuple[_Plan, ...]:
    """Computed once per questionnaire object (the model is immutable; a few recent ones are
    kept, checked by identity)."""
    key = id(questionnaire)
    entry = _PLANS.get(key)
    if entry is None or entry[0] is not questionnaire:
        plans = tuple(
            _Plan(q, question_maximum(q),
                  {o.value: ({d: float(p) for d, p in o.score.items()}, o.recommend)
                   for o in q.options},
                  q.type is QuestionType.YES_NO and q.option(NOT_APPLICABLE) is not None,
                  q.type is QuestionType.MULTIPLE_CHOICE)
            for _, q in questionnaire.questions())
        entry = (questionnaire, plans)
        _PLANS[key] = entry
        while len(_PLANS) > 8:
            _PLANS.popitem(last=False)
    return entry[1]


def maxima(questionnaire: Questionnaire) -> dict[str, dict[str, float]]:
    """question_maximum for every question (cached with the scoring plan)."""
    return {p.question.id: p.maximum for p in _plans(questionnaire)}


def question_points(question: Question, value: Any) -> tuple[dict[str, float], list[str]]:
    """Points per dimension and triggered recommendation ids for an answer."""
    chosen = value if isinstance(value, list) else [value]
    points: dict[str, float] = {}
    recs: list[str] = []
    for v in chosen:
        option = question.option(v)
        if option is None:
            continue
        for dim, pts in option.score.items():
            points[dim] = points.get(dim, 0.0) + pts
        recs.extend(option.recommend)
    return points, recs


def severity(questionnaire: Questionnaire, band_id: str) -> int:
    ids = [b.id for b in questionnaire.scoring.bands]
    index = ids.index(band_id)
    return index if questionnaire.scoring.direction is Direction.RISK else -index


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


def _is_answered(value: Any) -> bool:
    return value is not None and value != "" and value != []


class _Scorer:
    def __init__(self, questionnaire: Questionnaire, values: Mapping[str, Any],
                 trace: list[TraceEntry] | None = None) -> None:
        self.q = questionnaire
        self.values = values
        self.state = Applicability(questionnaire, values)
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
        before = self.overall(dims)
        overall, mitigated = self.mitigate(dims, before)
        overall = self.round(overall)
        scoring = self.q.scoring
        score_band = band_for(scoring.bands, overall, scoring.band_edges)
        self.steps.append(TraceEntry(TraceKind.BAND, detail={"band": score_band.id,
                                                             "overall": overall}))
        final, reason, fired = self.apply_red_flags(score_band.id)
        final, reason, floors = self.apply_floors(final, reason)
        outcome = None if fired else self.find_outcome()
        if outcome is not None:
            final, reason = outcome, f"outcome:{outcome}"
        self.steps.append(TraceEntry(TraceKind.FINAL_BAND, detail={"band": final,
                                                                   "reason": reason}))
        # What a red flag asks for (usually "stop") comes first, then by priority.
        ordered = sorted(self.recs.items(), key=lambda kv: (
            not any(src.startswith("red_flag:") for src in kv[1]),
            r.priority.rank if (r := self.q.recommendation(kv[0])) else 9))
        return ScoreResult(
            self.q.id, self.q.version, dims, overall, before, mitigated, final, score_band.id,
            tuple(fired), tuple(TriggeredRecommendation(k, tuple(v)) for k, v in ordered),
            tuple(self.steps), self.answered, self.applicable, tuple(floors), outcome,
            (self.q, self.values))

    def add_questions(self) -> None:
        applies, values, trace = self.state.applies, self.values, self.trace
        points, maximum, recs = self.points, self.maximum, self.recs
        for plan in _plans(self.q):
            qid = plan.question.id
            if not applies(qid):
                if trace is not None:
                    trace.append(TraceEntry(TraceKind.HIDDEN, qid))
                continue
            self.applicable += 1
            value = values.get(qid)
            if plan.offers_na and value == NOT_APPLICABLE:
                self.answered += 1
                if trace is not None:
                    trace.append(TraceEntry(TraceKind.NOT_APPLICABLE, qid))
                continue
            best = plan.maximum
            for dim, pts in best.items():
                maximum[dim] += pts
            if not _is_answered(value):
                if best and trace is not None:
                    trace.append(TraceEntry(TraceKind.UNANSWERED, qid, maximum=best))
                continue
            self.answered += 1
            got: dict[str, float] = {}
            for v in (value if plan.multiple and isinstance(value, list) else (value,)):
                entry = plan.table.get(v) if isinstance(v, str | int) else None
                if entry is None:
                    continue
                for dim, pts in entry[0].items():
                    got[dim] = got.get(dim, 0.0) + pts
                for rec in entry[1]:
                    recs.setdefault(rec, []).append(qid)
            for dim, pts in got.items():
                points[dim] += pts
            if trace is not None and (best or got):
                trace.append(TraceEntry(TraceKind.POINTS, qid, got, best, {"value": value}))

    def overall(self, dims: tuple[DimensionScore, ...]) -> float:
        scoring = self.q.scoring
        mitigation = scoring.mitigation.dimension if scoring.mitigation else None
        chosen = set(scoring.overall_dimensions) or {d.id for d in dims if d.id != mitigation}
        points = sum(d.points for d in dims if d.id in chosen)
        maximum = sum(d.maximum for d in dims if d.id in chosen)
        return 0.0 if maximum <= 0 else round(100.0 * points / maximum, 2)

    def mitigate(self, dims: tuple[DimensionScore, ...], before: float) -> tuple[float, bool]:
        rule = self.q.scoring.mitigation
        if rule is None:
            return before, False
        dim = next(d for d in dims if d.id == rule.dimension)
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

    def apply_red_flags(self, band: str) -> tuple[str, str, list[str]]:
        fired: list[str] = []
        final, reason = band, "score"
        for flag in self.q.scoring.red_flags:
            if not evaluate(flag.when, self.state.answer_of):
                continue
            fired.append(flag.id)
            self.steps.append(TraceEntry(TraceKind.RED_FLAG, detail={"flag": flag.id,
                                                                     "band": flag.band}))
            for rec in flag.recommend:
                self.recs.setdefault(rec, []).append(f"red_flag:{flag.id}")
            if severity(self.q, flag.band) > severity(self.q, final):
                final, reason = flag.band, f"red_flag:{flag.id}"
        return final, reason, fired

    def apply_floors(self, final: str, reason: str) -> tuple[str, str, list[str]]:
        fired: list[str] = []
        for floor in self.q.scoring.floors:
            if not evaluate(floor.when, self.state.answer_of):
                continue
            fired.append(floor.id)
            self.steps.append(TraceEntry(TraceKind.FLOOR, detail={"floor": floor.id,
                                                                  "band": floor.band}))
            for rec in floor.recommend:
                self.recs.setdefault(rec, []).append(f"floor:{floor.id}")
            if severity(self.q, floor.band) > severity(self.q, final):
                final, reason = floor.band, f"floor:{floor.id}"
        return final, reason, fired

    def find_outcome(self) -> str | None:
        for outcome in self.q.scoring.outcomes:
            if evaluate(outcome.when, self.state.answer_of):
                self.steps.append(TraceEntry(TraceKind.OUTCOME, detail={"outcome": outcome.id}))
                for rec in outcome.recommend:
                    self.recs.setdefault(rec, []).append(f"outcome:{outcome.id}")
                return outcome.id
        return None
