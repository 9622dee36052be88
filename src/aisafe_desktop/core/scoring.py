"""Score an assessment: a pure function from (questionnaire, answers) to a result with its reasons.

Per dimension: the points of the chosen options of the questions that apply, over the most points
those same questions could give. Questions that do not apply, and yes_no questions answered "not
applicable", count on neither side. The overall score pools the overall dimensions; an optional
mitigation credit reduces it; bands map it to a level; red flags can force a more severe band.
Every step is recorded in the trace, so the result can be explained in plain words.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from aisafe_desktop.core.answers import AnswersDocument, is_answered
from aisafe_desktop.core.applicability import Applicability
from aisafe_desktop.core.conditions import evaluate
from aisafe_desktop.core.model import (
    NOT_APPLICABLE,
    Band,
    Direction,
    Question,
    Questionnaire,
    QuestionType,
)


class TraceKind(StrEnum):
    POINTS = "points"  # an answered question gave points (possibly 0) out of a maximum
    UNANSWERED = "unanswered"  # applies, not answered: 0 points, maximum still counts
    NOT_APPLICABLE = "not_applicable"  # answered "na": counts on neither side
    HIDDEN = "hidden"  # its conditions do not hold: counts on neither side
    MITIGATION = "mitigation"
    BAND = "band"  # band from the overall score
    RED_FLAG = "red_flag"  # a red-flag rule fired
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
    sources: tuple[str, ...]  # question ids, or "red_flag:<id>"


@dataclass(frozen=True)
class ScoreResult:
    questionnaire_id: str
    questionnaire_version: str
    dimensions: tuple[DimensionScore, ...]
    overall: float  # percent after any mitigation credit
    overall_before_mitigation: float
    mitigation_applied: bool
    band: str
    score_band: str  # the band the points alone give
    red_flags: tuple[str, ...]
    recommendations: tuple[TriggeredRecommendation, ...]
    trace: tuple[TraceEntry, ...]
    answered: int
    applicable: int

    def dimension(self, dimension_id: str) -> DimensionScore | None:
        return next((d for d in self.dimensions if d.id == dimension_id), None)

    def to_json(self) -> dict[str, Any]:
        return {
            "questionnaire": {"id": self.questionnaire_id, "version": self.questionnaire_version},
            "band": self.band, "score_band": self.score_band, "overall": self.overall,
            "overall_before_mitigation": self.overall_before_mitigation,
            "mitigation_applied": self.mitigation_applied,
            "dimensions": {d.id: {"points": d.points, "maximum": d.maximum, "percent": d.percent}
                           for d in self.dimensions},
            "red_flags": list(self.red_flags),
            "recommendations": [{"id": r.id, "sources": list(r.sources)}
                                for r in self.recommendations],
            "progress": {"answered": self.answered, "applicable": self.applicable},
            "trace": [{"kind": t.kind.value, "question": t.question_id, "points": dict(t.points),
                       "maximum": dict(t.maximum), **({"detail": dict(t.detail)} if t.detail else {})}
                      for t in self.trace],
        }


def question_maximum(question: Question) -> dict[str, float]:
    """The most points per dimension this question can give."""
    best: dict[str, float] = {}
    for option in question.options:
        for dim, pts in option.score.items():
            if question.type is QuestionType.MULTIPLE_CHOICE:
                best[dim] = best.get(dim, 0.0) + pts
            else:
                best[dim] = max(best.get(dim, 0.0), pts)
    return best


_MAXIMA: OrderedDict[int, tuple[Questionnaire, dict[str, dict[str, float]]]] = OrderedDict()


def maxima(questionnaire: Questionnaire) -> dict[str, dict[str, float]]:
    """question_maximum for every question, computed once per questionnaire object (the model is
    immutable; a few recent ones are kept, checked by identity)."""
    key = id(questionnaire)
    entry = _MAXIMA.get(key)
    if entry is None or entry[0] is not questionnaire:
        entry = (questionnaire, {q.id: question_maximum(q) for _, q in questionnaire.questions()})
        _MAXIMA[key] = entry
        while len(_MAXIMA) > 8:
            _MAXIMA.popitem(last=False)
    return entry[1]


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


def band_for(bands: tuple[Band, ...], percent: float) -> Band:
    for band in bands:
        if band.minimum <= percent < band.maximum:
            return band
    return bands[-1] if percent >= bands[-1].minimum else bands[0]


def score(questionnaire: Questionnaire, answers: AnswersDocument | Mapping[str, Any]) -> ScoreResult:
    values = answers.values() if isinstance(answers, AnswersDocument) else dict(answers)
    return _Scorer(questionnaire, values).run()


class _Scorer:
    def __init__(self, questionnaire: Questionnaire, values: dict[str, Any]) -> None:
        self.q = questionnaire
        self.values = values
        self.state = Applicability(questionnaire, values)
        self.points: dict[str, float] = {d.id: 0.0 for d in questionnaire.dimensions}
        self.maximum: dict[str, float] = {d.id: 0.0 for d in questionnaire.dimensions}
        self.trace: list[TraceEntry] = []
        self.recs: dict[str, list[str]] = {}
        self.answered = self.applicable = 0
        self.maxima = maxima(questionnaire)

    def run(self) -> ScoreResult:
        for _, question in self.q.questions():
            self.add_question(question)
        dims = tuple(DimensionScore(d.id, self.points[d.id], self.maximum[d.id])
                     for d in self.q.dimensions)
        before = self.overall(dims)
        overall, mitigated = self.mitigate(dims, before)
        score_band = band_for(self.q.scoring.bands, overall)
        self.trace.append(TraceEntry(TraceKind.BAND, detail={"band": score_band.id,
                                                             "overall": overall}))
        final, fired = self.apply_red_flags(score_band.id)
        # What a red flag asks for (usually "stop") comes first, then by priority.
        ordered = sorted(self.recs.items(), key=lambda kv: (
            not any(src.startswith("red_flag:") for src in kv[1]),
            r.priority.rank if (r := self.q.recommendation(kv[0])) else 9))
        return ScoreResult(
            self.q.id, self.q.version, dims, overall, before, mitigated, final, score_band.id,
            tuple(fired), tuple(TriggeredRecommendation(k, tuple(v)) for k, v in ordered),
            tuple(self.trace), self.answered, self.applicable)

    def add_question(self, question: Question) -> None:
        if not self.state.applies(question.id):
            self.trace.append(TraceEntry(TraceKind.HIDDEN, question.id))
            return
        self.applicable += 1
        value = self.values.get(question.id)
        if question.type is QuestionType.YES_NO and value == NOT_APPLICABLE:
            self.answered += 1
            self.trace.append(TraceEntry(TraceKind.NOT_APPLICABLE, question.id))
            return
        best = self.maxima[question.id]
        for dim, pts in best.items():
            self.maximum[dim] += pts
        if not is_answered(value):
            if best:
                self.trace.append(TraceEntry(TraceKind.UNANSWERED, question.id, maximum=best))
            return
        self.answered += 1
        got, recs = question_points(question, value)
        for dim, pts in got.items():
            self.points[dim] += pts
        for rec in recs:
            self.recs.setdefault(rec, []).append(question.id)
        if best or got:
            self.trace.append(TraceEntry(TraceKind.POINTS, question.id, got, best,
                                         {"value": value}))

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
        self.trace.append(TraceEntry(TraceKind.MITIGATION, detail={
            "dimension": rule.dimension, "percent": dim.percent, "threshold": rule.threshold,
            "reduction": rule.reduction, "applied": applied, "before": before, "after": after}))
        return after, applied

    def apply_red_flags(self, band: str) -> tuple[str, list[str]]:
        fired: list[str] = []
        final, reason = band, "score"
        for flag in self.q.scoring.red_flags:
            if not evaluate(flag.when, self.state.answer_of):
                continue
            fired.append(flag.id)
            self.trace.append(TraceEntry(TraceKind.RED_FLAG, detail={"flag": flag.id,
                                                                     "band": flag.band}))
            for rec in flag.recommend:
                self.recs.setdefault(rec, []).append(f"red_flag:{flag.id}")
            if severity(self.q, flag.band) > severity(self.q, final):
                final, reason = flag.band, f"red_flag:{flag.id}"
        self.trace.append(TraceEntry(TraceKind.FINAL_BAND, detail={"band": final,
                                                                   "reason": reason}))
        return final, fired
