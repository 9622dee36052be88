"""Generate the JSON Schema of the questionnaire format from core.schema."""

from __future__ import annotations

from typing import Any

from aisafe_desktop.core import schema as s
from aisafe_desktop.core.model import LANGUAGE_NAMES

SCHEMA_ID = "https://aisafe-desktop.invalid/questionnaire.schema.json"


def _kind(kind: s.Kind, defs: dict[str, Any]) -> dict[str, Any]:
    if isinstance(kind, s.Str):
        out: dict[str, Any] = {"type": "string", "description": kind.what}
        if kind.pattern:
            out["pattern"] = kind.pattern
        if kind.choices:
            out["enum"] = list(kind.choices)
        return out
    if isinstance(kind, s.Text):
        return {"$ref": "#/$defs/text"}
    if isinstance(kind, s.Number):
        out = {"type": "integer" if kind.integer else "number"}
        if kind.minimum is not None:
            out["minimum"] = kind.minimum
        if kind.maximum is not None:
            out["maximum"] = kind.maximum
        return out
    if isinstance(kind, s.Bool):
        return {"type": "boolean"}
    if isinstance(kind, s.Scalar):
        return {"type": ["string", "integer", "number", "boolean"], "description": kind.what}
    if isinstance(kind, s.ListOf):
        out = {"type": "array", "items": _kind(kind.item, defs)}
        if kind.min_items:
            out["minItems"] = kind.min_items
        return out
    if isinstance(kind, s.MapOf):
        return {"type": "object", "additionalProperties": _kind(kind.value, defs),
                "propertyNames": {"pattern": s.ID_PATTERN}}
    if isinstance(kind, s.Cond):
        return {"$ref": "#/$defs/condition"}
    return _object(kind, defs)


def _object(obj: s.Obj, defs: dict[str, Any]) -> dict[str, Any]:
    name = obj.name.replace(" ", "_")
    if name not in defs:
        defs[name] = {}  # reserve the name first: objects may nest
        props = {}
        for f in obj.fields:
            prop = _kind(f.kind, defs)
            if f.doc:
                prop = {**prop, "description": f.doc} if "$ref" not in prop else {
                    "allOf": [prop], "description": f.doc}
            props[f.name] = prop
        defs[name] = {"type": "object", "additionalProperties": False, "properties": props,
                      "required": [f.name for f in obj.fields if f.required]}
    ref = {"$ref": f"#/$defs/{name}"}
    return {"oneOf": [_kind(obj.short_form, defs), ref]} if obj.short_form else ref


def _condition_def() -> dict[str, Any]:
    compare_props: dict[str, Any] = {"question": {"type": "string", "pattern": s.ID_PATTERN}}
    for op in s.CONDITION_OPERATORS:
        compare_props[op] = {}
    compare_props["answered"] = {"type": "boolean"}
    compare = {"type": "object", "additionalProperties": False, "properties": compare_props,
               "required": ["question"], "minProperties": 2, "maxProperties": 2}
    combos = [
        {"type": "object", "additionalProperties": False, "required": [key],
         "properties": {key: {"type": "array", "minItems": 1,
                              "items": {"$ref": "#/$defs/condition"}}}}
        for key in ("all", "any")
    ]
    negation = {"type": "object", "additionalProperties": False, "required": ["not"],
                "properties": {"not": {"$ref": "#/$defs/condition"}}}
    return {"oneOf": [compare, *combos, negation]}


def build_json_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {
        "text": {
            "description": "A plain string (the same in every language), or one string per "
                           "language code.",
            "oneOf": [
                {"type": "string"},
                {"type": "object", "minProperties": 1, "additionalProperties": False,
                 "properties": {code: {"type": "string"} for code in LANGUAGE_NAMES}},
            ],
        },
        "condition": _condition_def(),
    }
    root = _object(s.QUESTIONNAIRE, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "AISafe Desktop questionnaire",
        "description": "Generated from aisafe_desktop.core.schema; see "
                       "docs/questionnaire-format.md. This schema checks the STRUCTURE only (keys, "
                       "types, allowed words). `aisafe validate` also checks what a schema cannot: "
                       "that conditions name existing questions and options and form no cycle, "
                       "that comparison values fit the question, that bands cover 0-100 without "
                       "gaps or overlaps, that every text exists in every declared language, that "
                       "ids are unique and every referenced id exists.",
        **root,
        "$defs": defs,
    }
