"""Cover and summary pages of the report; the answers and appendix are in report_answers.py."""

from __future__ import annotations

from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from aisafe_desktop.core.display import whole_percent
from aisafe_desktop.core.explain import explain, raisers
from aisafe_desktop.core.scoring import TraceKind
from aisafe_desktop.reporting import layout, locale_format
from aisafe_desktop.reporting.fonts import BASE_FONT
from aisafe_desktop.reporting.labels import has_labels, label
from aisafe_desktop.reporting.layout import Heading, para
from aisafe_desktop.reporting.report import ReportContext, band_colour
from aisafe_desktop.reporting.report_answers import answers_part, appendix_part

BAR_WIDTH = 70 * mm
BAR_HEIGHT = 4.5 * mm


def story(context: ReportContext, slot: layout.SlotPosition) -> list[Flowable]:
    st = layout.styles()
    return [
        *cover(context, st),
        PageBreak(),
        *summary(context, st),
        PageBreak(),
        *answers_part(context, st),
        PageBreak(),
        *appendix_part(context, st, slot),
    ]


def _status(context: ReportContext) -> str:
    missing = context.missing_required
    if missing:
        return label("incomplete", context.language).format(count=missing)
    return label("complete", context.language)


def _ai_system(context: ReportContext) -> str:
    system = context.document.extra.get("ai_system")
    if isinstance(system, dict):
        return str(system.get("name") or "")
    return str(system or "")


def _info_table(rows: list[tuple[str, str]], st: dict[str, Any]) -> Table:
    data = [[para(k, st["cell_bold"]), para(v, st["cell"])] for k, v in rows if v]
    return layout.table(
        data,
        [45 * mm, None],
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, layout.RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ],
    )


def band_badge(context: ReportContext, st: dict[str, Any]) -> Table:
    title = context.questionnaire.result_title(context.result.band)  # band label or outcome title
    text = context.text(title) if title else context.result.band
    colour = colors.HexColor(band_colour(context.questionnaire, context.result.band))
    return layout.table(
        [[para(text, st["badge"])]],
        [110 * mm],
        [
            ("BACKGROUND", (0, 0), (-1, -1), colour),
            ("TOPPADDING", (0, 0), (-1, -1), 10),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 12),
            ("ROUNDEDCORNERS", [6, 6, 6, 6]),
        ],
    )


def cover(context: ReportContext, st: dict[str, Any]) -> list[Flowable]:
    lang, q, result = context.language, context.questionnaire, context.result
    profile = context.organisation
    organisation = ", ".join(
        str(profile[k]) for k in ("sector", "country") if isinstance(profile.get(k), str) and profile[k]
    )
    org_line = context.organisation_name + (f" ({organisation})" if organisation else "")
    signer = context.signer
    rows = [
        (label("organisation", lang), org_line),
        (label("ai_system", lang), _ai_system(context)),
        (
            label("questionnaire", lang),
            f"{context.text(q.title)} — {label('version', lang)} {q.version}",
        ),
        (label("publisher", lang), q.publisher),
        (label("language", lang), context.language_name),
        (label("date", lang), locale_format.stamp(context.created, lang)),
        (
            label("signed_by", lang),
            f"{signer.signer}, {signer.organisation}" if signer else label("unsigned", lang),
        ),
        (label("overall", lang), f"{whole_percent(result.overall)} / 100"),
        (label("progress", lang), f"{result.answered} / {result.applicable}"),
        (label("status", lang), _status(context)),
        (label("reference", lang), context.reference),
    ]
    # The cover names what raised the band above the score's (a red flag or a floor).
    raised = [para(label("raised_by_flag" if r.kind is TraceKind.RED_FLAG else "raised_by_floor",
                         lang).format(text=context.text(r.text)), st["body"])
              for r in raisers(q, result)]
    fallback = [] if has_labels(lang) else [para(label("labels_fallback", "en").format(
        language=context.language_name), st["small"])]
    return [
        Spacer(1, 20 * mm),
        para(label("report", lang), st["subtitle"]),
        Heading(context.title, st["title"], 0),
        Spacer(1, 6 * mm),
        para(label("result", lang), st["small"]),
        band_badge(context, st),
        *([Spacer(1, 3 * mm), *raised] if raised else []),
        Spacer(1, 10 * mm),
        _info_table(rows, st),
        *fallback,
    ]


def _bar(percent: float) -> Drawing:
    drawing = Drawing(BAR_WIDTH, BAR_HEIGHT, initialFontName=BASE_FONT)
    drawing.add(Rect(0, 0, BAR_WIDTH, BAR_HEIGHT, fillColor=colors.HexColor("#E4E7EB"), strokeColor=None))
    filled = BAR_WIDTH * max(0.0, min(percent, 100.0)) / 100.0
    drawing.add(Rect(0, 0, filled, BAR_HEIGHT, fillColor=layout.ACCENT, strokeColor=None))
    for tick in (0.25, 0.5, 0.75):  # quarter marks make bars comparable at a glance
        drawing.add(
            Line(
                BAR_WIDTH * tick,
                0,
                BAR_WIDTH * tick,
                BAR_HEIGHT,
                strokeColor=colors.white,
                strokeWidth=0.6,
            )
        )
    return drawing


def dimension_chart(context: ReportContext, st: dict[str, Any]) -> Table:
    """One row per dimension: name, bar (ReportLab graphics), value. Names are Paragraphs so
    that any script is shaped correctly (chart axis labels are not)."""
    rows = []
    for score in context.result.dimensions:
        dim = context.questionnaire.dimension(score.id)
        name = context.text(dim.title) if dim else score.id
        value = f"{whole_percent(score.percent)} %"
        if dim and dim.display_max:
            value = f"{score.percent * dim.display_max / 100:.1f} / {dim.display_max:g}"
        rows.append([para(name, st["cell"]), _bar(score.percent), para(value, st["cell"])])
    return layout.table(
        rows,
        [55 * mm, BAR_WIDTH + 4 * mm, None],
        [
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ],
    )


def _bullets(lines: list[str], st: dict[str, Any]) -> list[Flowable]:
    return [para(f"• {line}", st["body"]) for line in lines]


def summary(context: ReportContext, st: dict[str, Any]) -> list[Flowable]:
    lang, q, result = context.language, context.questionnaire, context.result
    band = q.band(result.band)
    parts: list[Flowable] = [Heading(label("summary", lang), st["h1"], 0)]
    parts.append(para(label("band_meaning", lang), st["h2"]))
    parts.append(band_badge(context, st))
    outcome = q.outcome(result.outcome) if result.outcome else None
    if outcome is not None:  # an outcome has its own text and no band duties
        parts += [Spacer(1, 3 * mm), para(context.text(outcome.text), st["body"])]
    elif band and band.meaning:
        parts += [Spacer(1, 3 * mm), para(context.text(band.meaning), st["body"])]
    if result.dimensions:
        parts += [para(label("dimensions", lang), st["h2"]), dimension_chart(context, st)]
    parts.append(para(label("red_flags", lang), st["h2"]))
    flags = [f for f in q.scoring.red_flags if f.id in result.red_flags]
    parts += _bullets([context.text(f.message) for f in flags], st) or [
        para(label("no_red_flags", lang), st["body"])
    ]
    parts.append(para(label("explanation", lang), st["h2"]))
    parts += _bullets(explain(q, result, lang), st)
    parts += recommendations(context, st)
    if band and band.obligations:
        parts.append(para(label("obligations", lang), st["h2"]))
        parts += _bullets([context.text(o) for o in band.obligations], st)
    return parts


def recommendations(context: ReportContext, st: dict[str, Any]) -> list[Flowable]:
    lang = context.language
    parts: list[Flowable] = [para(label("recommendations", lang), st["h2"])]
    if not context.result.recommendations:
        return [*parts, para(label("no_recommendations", lang), st["body"])]
    for number, triggered in enumerate(context.result.recommendations, start=1):
        rec = context.questionnaire.recommendation(triggered.id)
        if rec is None:
            continue
        priority = f"{number}. [{label('priority_' + rec.priority.value, lang)}]"
        if rec.title:
            # keepWithNext, not KeepTogether: ReportLab does not keep a heading with a
            # KeepTogether that follows it, so "Recommendations" could end a page alone
            parts += [
                para(f"{priority} {context.text(rec.title)}", st["rec_title"]),
                para(context.text(rec.text), st["body"]),
            ]
        else:
            parts.append(para(f"{priority} {context.text(rec.text)}", st["body"]))
    return parts
