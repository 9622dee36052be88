"""Stage 4: turn checked data into the immutable model (and back, for round trips)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from aisafe_desktop.core.conditions import AllOf, AnyOf, Compare, Condition, Not, Operator
from aisafe_desktop.core.fixed_texts import fixed_text
from aisafe_desktop.core.model import (
    FORMAT_VERSION,
    NOT_APPLICABLE,
    Band,
    BandEdges,
    Dimension,
    Direction,
    Floor,
    Mitigation,
    Option,
    Outcome,
    Priority,
    Question,
    Questionnaire,
    QuestionType,
    Recommendation,
    RedFlag,
    Reference,
    Rounding,
    Scoring,
    Section,
    Text,
)

# A frozen dataclass's __init__ sets each field through object.__setattr__; the model of a
# 1,000-question file has ~10,000 texts, options and questions, and that doubled their cost. The
# three built in bulk are made here by setting their slots directly (as dataclasses would, without
# the frozen check). Unpacking the slots fails at import if a field is added: add it below too.
_new = object.__new__


def _setters(cls: type) -> tuple[Callable[[Any, Any], None], ...]:
    return tuple(cls.__dict__[f.name].__set__ for f in dataclasses.fields(cls))


(_set_text_values,) = _setters(Text)
(_set_option_value, _set_option_label, _set_option_score, _set_option_recommend,
 _set_option_description) = _setters(Option)
(_set_q_id, _set_q_type, _set_q_text, _set_q_required, _set_q_guidance, _set_q_evidence,
 _set_q_tags, _set_q_when, _set_q_options, _set_q_minimum, _set_q_maximum,
 _set_q_unit) = _setters(Question)


def new_text(values: Mapping[str, str]) -> Text:
    """Text(values)."""
    made: Text = _new(Text)
    _set_text_values(made, values)
    return made


def new_option(value: Any, label: Text, score: Mapping[str, float], recommend: tuple[str, ...],
               description: Text | None) -> Option:
    """Option(value, label, score, recommend, description)."""
    made: Option = _new(Option)
    _set_option_value(made, value)
    _set_option_label(made, label)
    _set_option_score(made, score)
    _set_option_recommend(made, recommend)
    _set_option_description(made, description)
    return made


def new_question(id: str, type: QuestionType, text: Text, required: bool,
                 guidance: Text | None, evidence: Text | None, tags: tuple[str, ...],
                 when: Condition | None, options: tuple[Option, ...], minimum: float | None,
                 maximum: float | None, unit: Text | None) -> Question:
    """Question(every field, in order)."""
    made: Question = _new(Question)
    _set_q_id(made, id)
    _set_q_type(made, type)
    _set_q_text(made, text)
    _set_q_required(made, required)
    _set_q_guidance(made, guidance)
    _set_q_evidence(made, evidence)
    _set_q_tags(made, tags)
    _set_q_when(made, when)
    _set_q_options(made, options)
    _set_q_minimum(made, minimum)
    _set_q_maximum(made, maximum)
    _set_q_unit(made, unit)
    return made


class BuiltinLabel(Mapping[str, str]):
    """The built-in label of a yes_no answer a question does not spell out, in every language
    of resources/translations/texts.<language>.yaml (group `options`); English where missing."""

    __slots__ = ("languages", "value")

    def __init__(self, value: str, languages: tuple[str, ...]) -> None:
        self.value = value
        self.languages = languages

    def __getitem__(self, language: str) -> str:
        return fixed_text("options", self.value, language)

    def __iter__(self) -> Iterator[str]:
        return iter(self.languages)

    def __len__(self) -> int:
        return len(self.languages)

    def __contains__(self, language: object) -> bool:
        return isinstance(language, str)  # every language: English where it has no label


def text(value: Any, languages: tuple[str, ...]) -> Text:
    if type(value) is dict:
        return new_text(value.copy())
    if isinstance(value, str):
        return new_text({lang: value for lang in languages})
    if isinstance(value, dict):
        return new_text(dict(value))
    return new_text(value)  # a lazily translated mapping (core.translations.TranslatedValues)


def opt_text(value: Any, languages: tuple[str, ...]) -> Text | None:
    return None if value is None else text(value, languages)


def condition(raw: dict[str, Any]) -> Condition:
    if "all" in raw:
        return AllOf(tuple(condition(c) for c in raw["all"]))
    if "any" in raw:
        return AnyOf(tuple(condition(c) for c in raw["any"]))
    if "not" in raw:
        return Not(condition(raw["not"]))
    op = next(k for k in raw if k != "question")
    value = raw[op]
    return Compare(raw["question"], Operator(op), tuple(value) if isinstance(value, list) else value)


def _option(raw: dict[str, Any] | str, langs: tuple[str, ...]) -> Option:
    if isinstance(raw, str):  # the short form of a yes_no answer: the word, built-in label
        return _builtin_yes_no(raw, langs)
    return new_option(raw["value"], text(raw["label"], langs),  # value, label,
                       {k: float(v) for k, v in raw.get("score", {}).items()},  # score,
                       tuple(raw.get("recommend", ())),  # recommend,
                       opt_text(raw.get("description"), langs))  # description


def _builtin_yes_no(value: str, langs: tuple[str, ...]) -> Option:
    return Option(value, Text(BuiltinLabel(value, langs)))


def options_for(raw: dict[str, Any], qtype: QuestionType, langs: tuple[str, ...],
                file_format: int = FORMAT_VERSION) -> tuple[Option, ...]:
    """The answers a question offers. A yes_no question always offers yes and no (built-in labels
    where not listed); "not applicable" only where listed — or always, in a format 1 file."""
    given = [_option(o, langs) for o in raw.get("options", [])]
    if qtype is not QuestionType.YES_NO:
        return tuple(given)
    by_value = {o.value: o for o in given}
    wanted = ("yes", "no", "na") if file_format < 2 or NOT_APPLICABLE in by_value else ("yes", "no")
    return tuple(by_value.get(v) or _builtin_yes_no(v, langs) for v in wanted)


def _question(raw: dict[str, Any], langs: tuple[str, ...], file_format: int) -> Question:
    qtype = QuestionType(raw["type"])
    return new_question(  # every field of Question, in order
        raw["id"], qtype, text(raw["text"], langs), raw.get("required", True),
        opt_text(raw.get("guidance"), langs), opt_text(raw.get("evidence"), langs),
        tuple(raw.get("tags", ())), condition(raw["when"]) if "when" in raw else None,
        options_for(raw, qtype, langs, file_format), raw.get("min"), raw.get("max"),
        opt_text(raw.get("unit"), langs))


def _scoring(raw: dict[str, Any], langs: tuple[str, ...]) -> Scoring:
    mitigation = raw.get("mitigation")
    return Scoring(
        direction=Direction(raw["direction"]),
        overall_dimensions=tuple(raw.get("overall", ())),
        bands=tuple(Band(id=b["id"], label=text(b["label"], langs), minimum=float(b["min"]),
                         maximum=float(b["max"]), meaning=opt_text(b.get("meaning"), langs),
                         obligations=tuple(text(o, langs) for o in b.get("obligations", ())))
                    for b in sorted(raw["bands"], key=lambda b: b["min"])),
        red_flags=tuple(RedFlag(id=f["id"], when=condition(f["when"]), band=f["band"],
                                message=text(f["message"], langs),
                                recommend=tuple(f.get("recommend", ())))
                        for f in raw.get("red_flags", ())),
        mitigation=Mitigation(mitigation["dimension"], float(mitigation["threshold"]),
                              float(mitigation["reduction"])) if mitigation else None,
        floors=tuple(Floor(id=f["id"], when=condition(f["when"]), band=f["band"],
                           reason=text(f["reason"], langs), recommend=tuple(f.get("recommend", ())))
                     for f in raw.get("floors", ())),
        outcomes=tuple(Outcome(id=o["id"], when=condition(o["when"]), title=text(o["title"], langs),
                               text=text(o["text"], langs),
                               recommend=tuple(o.get("recommend", ())))
                       for o in raw.get("outcomes", ())),
        band_edges=BandEdges(raw.get("band_edges", BandEdges.LOWER_INCLUSIVE.value)),
        rounding=Rounding(raw.get("rounding", Rounding.NONE.value)))


def build_questionnaire(raw: dict[str, Any]) -> Questionnaire:
    langs = tuple(raw["languages"])
    file_format = raw.get("format", 1)  # no format key: an older file, read as format 1
    return Questionnaire(
        format=file_format, id=raw["id"], version=raw["version"],
        title=text(raw["title"], langs), description=text(raw["description"], langs),
        publisher=raw["publisher"], licence=raw["licence"], languages=langs,
        default_language=raw["default_language"], estimated_minutes=raw["estimated_minutes"],
        references=tuple(Reference(r["id"], r["title"], r.get("url"), r.get("note"))
                         for r in raw.get("references", ())),
        dimensions=tuple(Dimension(d["id"], text(d["title"], langs),
                                   opt_text(d.get("description"), langs), d.get("display_max"))
                         for d in raw.get("dimensions", ())),
        recommendations=tuple(Recommendation(r["id"], text(r["text"], langs),
                                             Priority(r.get("priority", "medium")),
                                             opt_text(r.get("title"), langs))
                              for r in raw.get("recommendations", ())),
        sections=tuple(Section(id=sec["id"], title=text(sec["title"], langs),
                               questions=tuple(_question(q, langs, file_format)
                                               for q in sec["questions"]),
                               description=opt_text(sec.get("description"), langs),
                               when=condition(sec["when"]) if "when" in sec else None)
                       for sec in raw["sections"]),
        scoring=_scoring(raw["scoring"], langs))
