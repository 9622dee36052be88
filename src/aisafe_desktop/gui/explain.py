"""The scoring trace in plain words: why the result is what it is."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from aisafe_desktop.core.model import Questionnaire
from aisafe_desktop.core.scoring import ScoreResult, TraceEntry, TraceKind

TOP_CONTRIBUTORS = 3


translate = QCoreApplication.translate


def _pct(value: object) -> str:
    return f"{float(value):g}" if isinstance(value, int | float) else str(value)


def explain(q: Questionnaire, result: ScoreResult, lang: str) -> list[str]:
    """Sentences, in the order the score was worked out."""
    # Plain names as the count argument: older pyside6-lupdate (6.11) skips calls whose
    # count is an attribute or subscript expression, and the string would go untranslated.
    counts = {kind: sum(1 for t in result.trace if t.kind is kind) for kind in TraceKind}
    answered, hidden = result.answered, counts[TraceKind.HIDDEN]
    not_applicable, unanswered = counts[TraceKind.NOT_APPLICABLE], counts[TraceKind.UNANSWERED]
    lines = [
        translate("Explanation", "You answered %n of the {total} questions that apply to you.",
                  None, answered).format(total=result.applicable)
        + " "
        + translate("Explanation", "%n question(s) did not apply because of earlier answers "
                    "and were not counted.", None, hidden)
    ]
    if not_applicable:
        lines.append(translate("Explanation", "%n question(s) answered “Not applicable” were "
                               "left out of the score.", None, not_applicable))
    if unanswered:
        lines.append(translate("Explanation", "%n optional question(s) without an answer "
                               "counted as zero points.", None, unanswered))
    lines.extend(_contributors(q, result, lang))
    for entry in result.trace:
        line = _step(q, entry, lang)
        if line:
            lines.append(line)
    return lines


def _contributors(q: Questionnaire, result: ScoreResult, lang: str) -> list[str]:
    index = q.question_index()
    scored = [t for t in result.trace if t.kind is TraceKind.POINTS and sum(t.points.values()) > 0]
    scored.sort(key=lambda t: -sum(t.points.values()))
    if not scored:
        return []
    ids = [t.question_id for t in scored[:TOP_CONTRIBUTORS] if t.question_id in index]
    names = [f"“{index[qid].text.get(lang)}”" for qid in ids if qid is not None]
    return [
        translate("Explanation", "The answers that added the most points: {questions}.").format(
            questions="; ".join(names)
        )
    ]


def _band_name(q: Questionnaire, band_id: object, lang: str) -> str:
    band = q.band(str(band_id))
    return band.label.get(lang) if band else str(band_id)


def _step(q: Questionnaire, entry: TraceEntry, lang: str) -> str | None:
    d = entry.detail
    if entry.kind is TraceKind.MITIGATION:
        if d.get("applied"):
            return translate(
                "Explanation",
                "Your safeguards scored {percent} % (at least {threshold} % is needed), so "
                "the overall score was lowered by {reduction} %: from {before} % to "
                "{after} %.",
            ).format(
                **{
                    k: _pct(d.get(k))
                    for k in ("percent", "threshold", "reduction", "before", "after")
                }
            )
        return translate(
            "Explanation",
            "Your safeguards scored {percent} %; {threshold} % is needed to lower the "
            "overall score, so it was not lowered.",
        ).format(percent=_pct(d.get("percent")), threshold=_pct(d.get("threshold")))
    if entry.kind is TraceKind.BAND:
        return translate(
            "Explanation", "The overall score of {overall} % falls in the band “{band}”."
        ).format(overall=_pct(d.get("overall")), band=_band_name(q, d.get("band"), lang))
    if entry.kind is TraceKind.RED_FLAG:
        flag = next((f for f in q.scoring.red_flags if f.id == d.get("flag")), None)
        message = flag.message.get(lang).strip() if flag else str(d.get("flag"))
        return translate(
            "Explanation", "Red flag: {message} This alone means at least “{band}”."
        ).format(message=message, band=_band_name(q, d.get("band"), lang))
    if entry.kind is TraceKind.FINAL_BAND:
        if str(d.get("reason", "score")).startswith("red_flag:"):
            return translate(
                "Explanation",
                "The result is “{band}” because of the red flag above, whatever the score.",
            ).format(band=_band_name(q, d.get("band"), lang))
        return translate("Explanation", "The result is “{band}”.").format(
            band=_band_name(q, d.get("band"), lang)
        )
    return None
