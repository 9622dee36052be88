"""The scoring trace in plain words, in the assessment's language.

Used by the results screen and the PDF alike, so both say the same thing. Sentences exist in
English and Bahasa Melayu; other languages fall back to English until translated.
"""

from __future__ import annotations

from dataclasses import dataclass

from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult, TraceKind

_SENTENCES: dict[str, dict[str, str]] = {
    "band": {
        "en": "Your overall score is {overall:g} out of 100, which falls in the band “{band}”.",
        "ms": "Skor keseluruhan anda ialah {overall:g} daripada 100, iaitu dalam jalur “{band}”.",
    },
    "mitigation_applied": {
        "en": "Your safeguards scored {percent:g}% (at least {threshold:g}% is needed), so the "
              "score was reduced by {reduction:g}%: from {before:g} to {after:g}.",
        "ms": "Langkah perlindungan anda mendapat {percent:g}% (sekurang-kurangnya {threshold:g}% "
              "diperlukan), jadi skor dikurangkan sebanyak {reduction:g}%: daripada {before:g} "
              "kepada {after:g}.",
    },
    "mitigation_missed": {
        "en": "Your safeguards scored {percent:g}%; at {threshold:g}% or more the score would be "
              "reduced by {reduction:g}%.",
        "ms": "Langkah perlindungan anda mendapat {percent:g}%; pada {threshold:g}% atau lebih, "
              "skor akan dikurangkan sebanyak {reduction:g}%.",
    },
    "red_flag": {
        "en": "Red flag: {message} Because of it, the result is at least as serious as “{band}”, "
              "whatever the score.",
        "ms": "Amaran merah: {message} Oleh itu, keputusan sekurang-kurangnya seserius “{band}”, "
              "tanpa mengira skor.",
    },
    "strongest": {
        "en": "Answers that weighed most: {items}.",
        "ms": "Jawapan yang paling memberi kesan: {items}.",
    },
    "excluded": {
        "en": "{hidden} question(s) did not apply to you and {na} were answered “not applicable”; "
              "they do not count either way.",
        "ms": "{hidden} soalan tidak berkaitan dengan anda dan {na} dijawab “tidak berkaitan”; "
              "soalan ini tidak dikira.",
    },
    "unanswered": {
        "en": "{count} question(s) that apply are still unanswered; they count as 0 points.",
        "ms": "{count} soalan yang berkaitan masih belum dijawab; soalan ini dikira 0 mata.",
    },
}


def sentence(key: str, language: str, **values: object) -> str:
    forms = _SENTENCES[key]
    return forms.get(language, forms["en"]).format(**values)


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
    """Plain sentences, most important first: red flags, the band, mitigation, what weighed most."""
    lines: list[str] = []
    for entry in result.trace:
        if entry.kind is TraceKind.RED_FLAG:
            flag = next(f for f in questionnaire.scoring.red_flags if f.id == entry.detail["flag"])
            band = questionnaire.band(flag.band)
            lines.append(sentence("red_flag", language, message=flag.message.get(language),
                                  band=band.label.get(language) if band else flag.band))
    score_band = questionnaire.band(result.score_band)
    lines.append(sentence("band", language, overall=result.overall,
                          band=score_band.label.get(language) if score_band else result.score_band))
    for entry in result.trace:
        if entry.kind is TraceKind.MITIGATION:
            key = "mitigation_applied" if entry.detail["applied"] else "mitigation_missed"
            lines.append(sentence(key, language, **entry.detail))
    index = questionnaire.question_index()
    tops = [c for c in top_contributions(questionnaire, result) if c.maximum > 0]
    if tops:
        items = "; ".join(f"“{_short(index[c.question_id].text.get(language))}” "
                          f"({c.points:g}/{c.maximum:g})" for c in tops if c.question_id in index)
        lines.append(sentence("strongest", language, items=items))
    hidden = sum(1 for t in result.trace if t.kind is TraceKind.HIDDEN)
    na = sum(1 for t in result.trace if t.kind is TraceKind.NOT_APPLICABLE)
    if hidden or na:
        lines.append(sentence("excluded", language, hidden=hidden, na=na))
    unanswered = sum(1 for t in result.trace if t.kind is TraceKind.UNANSWERED)
    if unanswered:
        lines.append(sentence("unanswered", language, count=unanswered))
    return lines


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
