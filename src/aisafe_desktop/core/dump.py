"""Model → plain data in the YAML format (the inverse of core.builder), for round trips and tools."""

from __future__ import annotations

from typing import Any

from aisafe_desktop.core.builder import options_for
from aisafe_desktop.core.conditions import AllOf, AnyOf, Compare, Condition
from aisafe_desktop.core.model import (
    Band,
    BandEdges,
    Option,
    Question,
    Questionnaire,
    QuestionType,
    Rounding,
    Scoring,
    Section,
    Text,
)


def default_yes_no_options(q: Question, file_format: int) -> tuple[Option, ...]:
    languages = tuple(q.text.values)
    return options_for({}, QuestionType.YES_NO, languages, file_format)


def text(value: Text) -> dict[str, str]:
    return dict(value.values)


def condition(cond: Condition) -> dict[str, Any]:
    if isinstance(cond, Compare):
        value = list(cond.value) if isinstance(cond.value, tuple) else cond.value
        return {"question": cond.question, cond.operator.value: value}
    if isinstance(cond, AllOf):
        return {"all": [condition(c) for c in cond.conditions]}
    if isinstance(cond, AnyOf):
        return {"any": [condition(c) for c in cond.conditions]}
    return {"not": condition(cond.condition)}


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value not in (None, (), [], {}):
        out[key] = value


def _option(option: Option) -> dict[str, Any]:
    out: dict[str, Any] = {"value": option.value, "label": text(option.label)}
    _put(out, "description", option.description and text(option.description))
    _put(out, "score", dict(option.score))
    _put(out, "recommend", list(option.recommend))
    return out


def _question(q: Question, file_format: int) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "type": q.type.value, "text": text(q.text),
                           "required": q.required}
    _put(out, "guidance", q.guidance and text(q.guidance))
    _put(out, "evidence", q.evidence and text(q.evidence))
    _put(out, "tags", list(q.tags))
    _put(out, "when", q.when and condition(q.when))
    if q.type is not QuestionType.YES_NO or q.options != default_yes_no_options(q, file_format):
        _put(out, "options", [_option(o) for o in q.options])
    _put(out, "min", q.minimum)
    _put(out, "max", q.maximum)
    _put(out, "unit", q.unit and text(q.unit))
    return out


def _section(s: Section, file_format: int) -> dict[str, Any]:
    out: dict[str, Any] = {"id": s.id, "title": text(s.title)}
    _put(out, "description", s.description and text(s.description))
    _put(out, "when", s.when and condition(s.when))
    out["questions"] = [_question(q, file_format) for q in s.questions]
    return out


def _band(b: Band) -> dict[str, Any]:
    out: dict[str, Any] = {"id": b.id, "label": text(b.label), "min": b.minimum, "max": b.maximum}
    _put(out, "meaning", b.meaning and text(b.meaning))
    _put(out, "obligations", [text(o) for o in b.obligations])
    return out


def _scoring(s: Scoring) -> dict[str, Any]:
    out: dict[str, Any] = {"direction": s.direction.value}
    _put(out, "overall", list(s.overall_dimensions))
    out["bands"] = [_band(b) for b in s.bands]
    _put(out, "red_flags", [{"id": f.id, "when": condition(f.when), "band": f.band,
                             "message": text(f.message),
                             **({"recommend": list(f.recommend)} if f.recommend else {})}
                            for f in s.red_flags])
    _put(out, "floors", [{"id": f.id, "when": condition(f.when), "band": f.band,
                          "reason": text(f.reason),
                          **({"recommend": list(f.recommend)} if f.recommend else {})}
                         for f in s.floors])
    _put(out, "outcomes", [{"id": o.id, "when": condition(o.when), "title": text(o.title),
                            "text": text(o.text),
                            **({"recommend": list(o.recommend)} if o.recommend else {})}
                           for o in s.outcomes])
    if s.band_edges is not BandEdges.LOWER_INCLUSIVE:
        out["band_edges"] = s.band_edges.value
    if s.rounding is not Rounding.NONE:
        out["rounding"] = s.rounding.value
    if s.mitigation:
        out["mitigation"] = {"dimension": s.mitigation.dimension,
                             "threshold": s.mitigation.threshold,
                             "reduction": s.mitigation.reduction}
    return out


def dump_questionnaire(q: Questionnaire) -> dict[str, Any]:
    out: dict[str, Any] = {
        "format": q.format, "id": q.id, "version": q.version, "title": text(q.title),
        "description": text(q.description), "publisher": q.publisher, "licence": q.licence,
        "languages": list(q.languages), "default_language": q.default_language,
        "estimated_minutes": q.estimated_minutes,
    }
    _put(out, "references", [{k: v for k, v in (("id", r.id), ("title", r.title), ("url", r.url),
                                                 ("note", r.note)) if v is not None}
                             for r in q.references])
    _put(out, "dimensions", [{"id": d.id, "title": text(d.title),
                              **({"description": text(d.description)} if d.description else {}),
                              **({"display_max": d.display_max} if d.display_max else {})}
                             for d in q.dimensions])
    _put(out, "recommendations", [{"id": r.id, "priority": r.priority.value, "text": text(r.text),
                                   **({"title": text(r.title)} if r.title else {})}
                                  for r in q.recommendations])
    out["sections"] = [_section(s, q.format) for s in q.sections]
    out["scoring"] = _scoring(q.scoring)
    return out
