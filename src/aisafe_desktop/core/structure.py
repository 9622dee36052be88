"""Stage 2 of validation: does the data have the shape core.schema describes?

Reports every unknown key (with a "did you mean"), wrong type, missing field and disallowed value,
each at its line and column. Later stages run only on data that passed this one.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from aisafe_desktop.core import schema as s
from aisafe_desktop.core.problems import Problem
from aisafe_desktop.core.yaml_reader import Path, YamlDocument

_COMBINERS = ("all", "any", "not")


def describe(path: Path) -> str:
    """'sections[2].questions[0].options' style, for messages."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "the file"


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "nothing (an empty value)"
    return type(value).__name__


class StructureChecker:
    def __init__(self, doc: YamlDocument, file: str) -> None:
        self.doc = doc
        self.file = file
        self.problems: list[Problem] = []

    def report(self, code: str, path: Path, message: str, *, key: bool = False) -> None:
        line, column = self.doc.position(path, key=key)
        self.problems.append(Problem(code, message, self.file, line, column))

    def check(self, value: Any, kind: s.Kind, path: Path) -> None:
        if isinstance(kind, s.Obj):
            self._object(value, kind, path)
        elif isinstance(kind, s.ListOf):
            self._list(value, kind, path)
        elif isinstance(kind, s.MapOf):
            self._map(value, kind, path)
        elif isinstance(kind, s.Cond):
            self._condition(value, path)
        else:
            self._scalar(value, kind, path)

    def wrong_type(self, path: Path, expected: str, value: Any) -> None:
        self.report("E102", path, f"{describe(path)} must be {expected}, not {_type_name(value)}.")

    def _object(self, value: Any, obj: s.Obj, path: Path) -> None:
        if not isinstance(value, dict):
            self.wrong_type(path, f"a mapping ({obj.name} with keys like "
                            f"{', '.join(f.name for f in obj.fields[:3])})", value)
            return
        names = [f.name for f in obj.fields]
        for key in value:
            if key not in names:
                self._unknown_key(key, names, path, obj.name)
        for f in obj.fields:
            if f.name in value:
                self.check(value[f.name], f.kind, (*path, f.name))
            elif f.required:
                where = describe(path)
                self.report("E103", path, f"{where} ({obj.name}) is missing the required key "
                            f"'{f.name}'. Add '{f.name}: …'" + (f" — {f.doc}" if f.doc else "."))

    def _unknown_key(self, key: Any, names: list[str], path: Path, what: str) -> None:
        guess = difflib.get_close_matches(str(key), names, n=1, cutoff=0.6)
        hint = f" — did you mean '{guess[0]}'?" if guess else \
            f". Allowed keys in a {what}: {', '.join(names)}."
        self.report("E101", (*path, key), f"unknown key '{key}' in {describe(path)}{hint}",
                    key=True)

    def _list(self, value: Any, kind: s.ListOf, path: Path) -> None:
        if not isinstance(value, list):
            self.wrong_type(path, "a list (items starting with '- ')", value)
            return
        if len(value) < kind.min_items:
            self.report("E103", path, f"{describe(path)} must have at least {kind.min_items} "
                        "item(s).")
        for index, item in enumerate(value):
            self.check(item, kind.item, (*path, index))

    def _map(self, value: Any, kind: s.MapOf, path: Path) -> None:
        if not isinstance(value, dict):
            self.wrong_type(path, f"{kind.what} (key: value lines)", value)
            return
        for key, item in value.items():
            if not isinstance(key, str) or not re.match(s.ID_PATTERN, key):
                self.report("E106", (*path, key), f"'{key}' in {describe(path)} is not a valid "
                            "identifier; use lower-case letters, digits, '-', '_' or '.'.", key=True)
            self.check(item, kind.value, (*path, key))

    def _scalar(self, value: Any, kind: s.Kind, path: Path) -> None:
        if isinstance(kind, s.Text):
            self._text(value, path)
        elif isinstance(kind, s.Str):
            self._string(value, kind, path)
        elif isinstance(kind, s.Number):
            self._number(value, kind, path)
        elif isinstance(kind, s.Bool):
            if not isinstance(value, bool):
                self.wrong_type(path, "true or false", value)
        elif isinstance(kind, s.Scalar) and (
                not isinstance(value, str | int | float) or isinstance(value, bool)):
            self.wrong_type(path, kind.what, value)

    def _text(self, value: Any, path: Path) -> None:
        if isinstance(value, str):
            if not value.strip():
                self.report("E102", path, f"{describe(path)} is empty; write the text.")
            return
        if not isinstance(value, dict) or not value:
            self.wrong_type(path, "a text, or a mapping of language codes to texts "
                            "(en: …, ms: …)", value)
            return
        for lang, text in value.items():
            if not isinstance(text, str) or not text.strip():
                self.wrong_type((*path, lang), "a non-empty text", text)

    def _string(self, value: Any, kind: s.Str, path: Path) -> None:
        if kind.pattern == s.SEMVER_PATTERN and isinstance(value, int | float) and not isinstance(
                value, bool):
            self.report("E105", path, f"{value} is not a version: write three numbers, "
                        "major.minor.patch, such as 1.0.0.")
            return
        if not isinstance(value, str):
            self.wrong_type(path, kind.what, value)
            return
        if kind.choices and value not in kind.choices:
            code = "E107" if kind.what == "a language code" else "E104"
            guess = difflib.get_close_matches(value, kind.choices, n=1)
            hint = f" — did you mean '{guess[0]}'?" if guess else ""
            self.report(code, path, f"'{value}' is not allowed for {describe(path)}{hint} "
                        f"Use one of: {', '.join(kind.choices)}.")
        elif kind.pattern and not re.match(kind.pattern, value):
            code = "E105" if kind.pattern == s.SEMVER_PATTERN else "E106"
            self.report(code, path, f"'{value}' is not {kind.what} ({describe(path)}).")

    def _number(self, value: Any, kind: s.Number, path: Path) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                kind.integer and not isinstance(value, int)):
            self.wrong_type(path, "a whole number" if kind.integer else "a number", value)
            return
        if kind.minimum is not None and value < kind.minimum:
            self.report("E104", path, f"{describe(path)} is {value}; it must be at least "
                        f"{kind.minimum:g}.")
        if kind.maximum is not None and value > kind.maximum:
            self.report("E104", path, f"{describe(path)} is {value}; it must be at most "
                        f"{kind.maximum:g}.")

    def _condition(self, value: Any, path: Path) -> None:
        if not isinstance(value, dict) or not value:
            self.wrong_type(path, "a condition such as {question: size, equals: small}", value)
            return
        combiners = [k for k in value if k in _COMBINERS]
        if combiners:
            if len(value) != 1:
                self.report("E102", path, f"{describe(path)}: '{combiners[0]}' must stand alone "
                            "in its condition; put the other comparisons inside it.")
                return
            key = combiners[0]
            if key == "not":
                self._condition(value[key], (*path, key))
            elif not isinstance(value[key], list) or not value[key]:
                self.wrong_type((*path, key), "a non-empty list of conditions", value[key])
            else:
                for i, item in enumerate(value[key]):
                    self._condition(item, (*path, key, i))
            return
        self._comparison(value, path)

    def _comparison(self, value: dict[str, Any], path: Path) -> None:
        allowed = ["question", *s.CONDITION_OPERATORS, *_COMBINERS]
        for key in value:
            if key not in allowed:
                self._unknown_key(key, allowed, path, "condition")
        if "question" not in value:
            self.report("E103", path, f"{describe(path)} needs 'question: <question id>' to say "
                        "which answer it looks at.")
        elif not isinstance(value["question"], str):
            self.wrong_type((*path, "question"), "a question id", value["question"])
        ops = [k for k in value if k in s.CONDITION_OPERATORS]
        if len(ops) != 1:
            self.report("E103" if not ops else "E102", path, f"{describe(path)} needs exactly one "
                        f"comparison ({', '.join(s.CONDITION_OPERATORS)}); found {len(ops)}. "
                        "Combine several with 'all:' or 'any:'.")
            return
        operand = value[ops[0]]
        if ops[0] in ("in", "not_in"):
            if not isinstance(operand, list) or not operand:
                self.wrong_type((*path, ops[0]), "a non-empty list of values", operand)
        elif ops[0] == "answered":
            if not isinstance(operand, bool):
                self.wrong_type((*path, ops[0]), "true or false", operand)
        elif isinstance(operand, list | dict) or operand is None:
            self.wrong_type((*path, ops[0]), "a single value", operand)


def check_structure(doc: YamlDocument, file: str) -> list[Problem]:
    checker = StructureChecker(doc, file)
    checker.check(doc.data, s.QUESTIONNAIRE, ())
    return checker.problems
