"""The scoring trace in plain words, in the assessment's language.

Used by the results screen and the PDF alike, so both say the same thing. The sentences are in
resources/translations/texts.<language>.yaml (group `explain`, core.fixed_texts); for a language
without them they fall back to English, and say so in a first sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from aisafe_desktop.core.fixed_texts import fixed_text, has_group
from aisafe_desktop.core.model import LANGUAGE_NAMES, Questionnaire, Text
from aisafe_desktop.core.scoring import ScoreResult, TraceKind, severity


def has_sentences(language: str) -> bool:
    """Whether the app has its own explanation texts in `language` (else: English)."""
    return has_group("explain", language)


def sentence(key: str, language: str, /, **values: object) -> str:
    return fixed_text("explain", key, language).format(**values)


@dataclass(frozen=True, slots=True)
class Raiser:
    """A red flag or floor that made the result more severe than the score alone."""

    kind: TraceKind  # RED_FLAG or FLOOR
    id: str
    band: str
    text: Text  # the red flag's message or the floor's reason


def raisers(questionnaire: Questionnaire, result: ScoreResult) -> list[Raiser]:
    """Fired red flags and floors whose band is more severe than the score's band, most severe
    first (none when an outcome replaced the band)."""
    if result.outcome is not None:
        return []
    scoring = questionnaire.scoring
    base = severity(questionnaire, result.score_band)
    found = [Raiser(TraceKind.RED_FLAG, f.id, f.band, f.message) for f in scoring.red_flags
             if f.id in result.red_flags]
    found += [Raiser(TraceKind.FLOOR, f.id, f.band, f.reason) for f in scoring.floors
              if f.id in result.floors]
    found = [r for r in found if severity(questionnaire, r.band) > base]
    return sorted(found, key=lambda r: -severity(questionnaire, r.band))


@dataclass(frozen=True, slots=True)
class Contribution:
    question_id: str
    points: float
    maximum: float


def overall_dimensions(questionnaire: Questionnaire) -> set[str]:
    scoring = questionnaire.scoring
    if scoring.overall_dimensions:
        return set(scoring.overall_dimensions)
    mitigation = scoring.mitigation.dimension if scoring.mitigation else None
    return {d.id for d in questionnaire.dimensions if d.id != mitigation}


def top_contributions(questionnaire: Questionnaire, result: ScoreResult,
                      limit: int = 5) -> list[Contribution]:
    """The answers that moved the overall score most (points given, or points missed), counting
    only the dimensions the overall score pools."""
    dims = overall_dimensions(questionnaire)
    items = [Contribution(t.question_id or "",
                          sum(v for d, v in t.points.items() if d in dims),
                          sum(v for d, v in t.maximum.items() if d in dims))
             for t in result.trace if t.kind is TraceKind.POINTS]
    return sorted(items, key=lambda c: -max(c.points, c.maximum - c.points))[:limit]


def explain(questionnaire: Questionnaire, result: ScoreResult, language: str) -> list[str]:
    """Plain sentences, most important first: red flags, an outcome or floors, the band,
    mitigation and rounding, what weighed most."""
    lines: list[str] = []
    if not has_sentences(language):
        lines.append(sentence("fallback", "en", language=LANGUAGE_NAMES.get(language, language)))
        language_of_sentences = "en"
    else:
        language_of_sentences = language

    def say(key: str, **values: object) -> None:
        lines.append(sentence(key, language_of_sentences, **values))

    def label(band_id: str) -> str:
        band = questionnaire.band(band_id)
        return band.label.get(language) if band else band_id

    steps = [t for t in result.trace if t.question_id is None]
    for entry in steps:
        if entry.kind is TraceKind.RED_FLAG:
            flag = next(f for f in questionnaire.scoring.red_flags if f.id == entry.detail["flag"])
            say("red_flag", message=_full_stop(flag.message.get(language)), band=label(flag.band))
    outcome = questionnaire.outcome(result.outcome) if result.outcome else None
    if outcome is not None:
        say("outcome", title=outcome.title.get(language),
            text=_full_stop(outcome.text.get(language)))
    else:
        for entry in steps:
            if entry.kind is TraceKind.FLOOR:
                floor = next(f for f in questionnaire.scoring.floors
                             if f.id == entry.detail["floor"])
                say("floor", reason=_full_stop(floor.reason.get(language)),
                    band=label(floor.band))
        say("band", overall=result.overall, band=label(result.score_band))
    for entry in steps:
        if entry.kind is TraceKind.MITIGATION:
            say("mitigation_applied" if entry.detail["applied"] else "mitigation_missed",
                **entry.detail)
        elif entry.kind is TraceKind.ROUNDING and entry.detail["before"] != entry.detail["after"]:
            say("rounding", **entry.detail)
    index = questionnaire.question_index()
    tops = [c for c in top_contributions(questionnaire, result) if c.maximum > 0]
    if tops:
        items = "; ".join(f"“{_short(index[c.question_id].text.get(language))}” "
                          f"({c.points:g}/{c.maximum:g})" for c in tops if c.question_id in index)
        say("strongest", items=items)
    hidden = sum(1 for t in result.trace if t.kind is TraceKind.HIDDEN)
    na = sum(1 for t in result.trace if t.kind is TraceKind.NOT_APPLICABLE)
    if hidden or na:
        say("excluded", hidden=hidden, na=na)
    unanswered = sum(1 for t in result.trace if t.kind is TraceKind.UNANSWERED)
    if unanswered:
        say("unanswered", count=unanswered)
    return lines


def _full_stop(text: str) -> str:
    """An author's text ends its sentence before ours continues."""
    text = text.strip()
    return text if not text or text[-1] in ".!?…。”\"')" else text + "."


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
