"""Stage 2 of validation: does the data have the shape core.schema describes?

Reports every unknown key (with a "did you mean"), wrong type, missing field and disallowed value,
each at its line and column. Later stages run only on data that passed this one.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from aisafe_desktop.core import schema as s
from aisafe_desktop.core.clean_checks import structure_is_clean
from aisafe_desktop.core.conditions import Operator
from aisafe_desktop.core.errors import Message
from aisafe_desktop.core.model import LANGUAGE_ALIASES, LANGUAGE_NAMES
from aisafe_desktop.core.problems import Problem
from aisafe_desktop.core.problems import ProblemCode as P
from aisafe_desktop.core.yaml_reader import Path, YamlDocument

_COMBINERS = ("all", "any", "not")


# list key -> what one item is called, and the key that names it
_ITEM_NAMES: dict[str, tuple[str, str]] = {
    "sections": ("section", "id"), "questions": ("question", "id"), "options": ("option", "value"),
    "bands": ("band", "id"), "red_flags": ("red flag", "id"), "floors": ("floor", "id"),
    "outcomes": ("outcome", "id"), "dimensions": ("dimension", "id"),
    "recommendations": ("recommendation", "id"), "references": ("reference", "id"),
}


def describe(path: Path, data: Any = None) -> str:
    """Where a value is, in the author's terms: "question 'staff' › option 'yes' › label".

    List items are named by their id (or option value) when `data` lets us look it up; a question
    is named on its own (ids are unique in the file), without its section.
    """
    parts: list[str] = []
    node, parent_key = data, ""
    for i, part in enumerate(path):
        child: Any = None
        if isinstance(part, int):
            if isinstance(node, list) and 0 <= part < len(node):
                child = node[part]
            name, key = _ITEM_NAMES.get(parent_key, ("", ""))
            ident = child.get(key) if isinstance(child, dict) and key else None
            if name and isinstance(ident, str | int) and not isinstance(ident, bool):
                if name == "question":
                    parts.clear()
                parts.append(f"{name} '{ident}'")
            else:
                parts.append(f"{parent_key} item {part + 1}" if parent_key else f"item {part + 1}")
        else:
            if isinstance(node, dict):
                child = node.get(part)
            if not (i + 1 < len(path) and isinstance(path[i + 1], int)):
                parts.append(str(part))
            parent_key = str(part)
        node = child
    return " › ".join(parts) or "the file"


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

    def where(self, path: Path) -> str:
        return describe(path, self.doc.data)

    def report(self, kind: P, path: Path, *, at_key: bool = False, **params: Any) -> None:
        line, column = self.doc.position(path, key=at_key)
        self.problems.append(Problem.of(kind, self.file, line, column, **params))

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
        self.report(P.WRONG_TYPE, path, where=self.where(path), expected=expected,
                    found=_type_name(value))

    def _object(self, value: Any, obj: s.Obj, path: Path) -> None:
        if isinstance(kind_short := obj.short_form, s.Str) and isinstance(value, str):
            self._string(value, kind_short, path)
            return
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
                self.report(P.MISSING_KEY, path, where=self.where(path), what=obj.name,
                            key=f.name, doc=f" — {f.doc}" if f.doc else ".")

    def _unknown_key(self, key: Any, names: list[str], path: Path, what: str) -> None:
        guess = difflib.get_close_matches(str(key), names, n=1, cutoff=0.6)
        hint = (Message(" — did you mean '{guess}'?", guess=guess[0]) if guess else
                Message(". Allowed keys in a {what}: {keys}.", what=what, keys=", ".join(names)))
        self.report(P.UNKNOWN_KEY, (*path, key), at_key=True, key=key,
                    where=self.where(path), hint=hint)

    def _list(self, value: Any, kind: s.ListOf, path: Path) -> None:
        if not isinstance(value, list):
            self.wrong_type(path, "a list (items starting with '- ')", value)
            return
        if len(value) < kind.min_items:
            self.report(P.TOO_FEW_ITEMS, path, where=self.where(path), count=kind.min_items)
        for index, item in enumerate(value):
            self.check(item, kind.item, (*path, index))

    def _map(self, value: Any, kind: s.MapOf, path: Path) -> None:
        if not isinstance(value, dict):
            self.wrong_type(path, f"{kind.what} (key: value lines)", value)
            return
        for key, item in value.items():
            if not isinstance(key, str) or not re.match(s.ID_PATTERN, key):
                self.report(P.BAD_IDENTIFIER, (*path, key), at_key=True, value=key,
                            where=self.where(path))
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
                self.report(P.EMPTY_TEXT, path, where=self.where(path))
            return
        if not isinstance(value, dict) or not value:
            self.wrong_type(path, "a text, or a mapping of language codes to texts "
                            "(en: …, ms: …)", value)
            return
        languages = list(value)
        for lang, text in value.items():
            if text is None and lang not in LANGUAGE_NAMES:
                # `{en: Credit, pricing or eligibility, ms: …}`: YAML ends the text at the comma
                # and reads the rest as a key without a value.
                before = languages[languages.index(lang) - 1] if languages.index(lang) else "en"
                self.report(P.UNQUOTED_TEXT, (*path, lang), at_key=True, where=self.where(path),
                            fragment=lang, key=before)
            elif isinstance(text, str) and not text.strip():
                self.report(P.EMPTY_TEXT, (*path, lang), where=self.where((*path, lang)))
            elif not isinstance(text, str):
                self.wrong_type((*path, lang), "a text", text)

    def _string(self, value: Any, kind: s.Str, path: Path) -> None:
        if kind.pattern == s.SEMVER_PATTERN and isinstance(value, int | float) and not isinstance(
                value, bool):
            self.report(P.BAD_VERSION, path, value=value)
            return
        if not isinstance(value, str):
            self.wrong_type(path, kind.what, value)
            return
        if kind.choices and value not in kind.choices:
            guess = difflib.get_close_matches(value, kind.choices, n=1) or [
                c for c in kind.choices if value and c.startswith(value)][:1]
            if kind.what == "a language code":
                guess = [LANGUAGE_ALIASES[value]] if value in LANGUAGE_ALIASES else guess
                hint = (Message(" Did you mean '{guess}' ({language})?", guess=guess[0],
                                language=LANGUAGE_NAMES[guess[0]]) if guess else "")
                self.report(P.UNKNOWN_LANGUAGE, path, value=value, where=self.where(path),
                            hint=hint, choices=", ".join(kind.choices))
            else:
                hint = Message(" Did you mean '{guess}'?", guess=guess[0]) if guess else ""
                self.report(P.NOT_ALLOWED, path, value=value, where=self.where(path), hint=hint,
                            choices=", ".join(kind.choices))
        elif kind.pattern and not re.match(kind.pattern, value):
            if kind.pattern == s.SEMVER_PATTERN:
                self.report(P.BAD_VERSION, path, value=value)
            else:
                self.report(P.BAD_IDENTIFIER, path, value=value, where=self.where(path))

    def _number(self, value: Any, kind: s.Number, path: Path) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float) or (
                kind.integer and not isinstance(value, int)):
            self.wrong_type(path, "a whole number" if kind.integer else "a number", value)
            return
        if kind.minimum is not None and value < kind.minimum:
            self.report(P.OUT_OF_RANGE, path, where=self.where(path), value=value,
                        bound=f"at least {kind.minimum:g}")
        if kind.maximum is not None and value > kind.maximum:
            self.report(P.OUT_OF_RANGE, path, where=self.where(path), value=value,
                        bound=f"at most {kind.maximum:g}")

    def _condition(self, value: Any, path: Path) -> None:
        if not isinstance(value, dict) or not value:
            self.wrong_type(path, "a condition such as {question: size, equals: small}", value)
            return
        combiners = [k for k in value if k in _COMBINERS]
        if combiners:
            if len(value) != 1:
                self.report(P.COMBINER_NOT_ALONE, path, where=self.where(path),
                            combiner=combiners[0])
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
            self.report(P.CONDITION_QUESTION, path, where=self.where(path))
        elif not isinstance(value["question"], str):
            self.wrong_type((*path, "question"), "a question id", value["question"])
        ops = [Operator(k) for k in value if k in s.CONDITION_OPERATORS]
        if len(ops) != 1:
            self.report(P.CONDITION_OPERATOR, path, where=self.where(path),
                        operators=", ".join(s.CONDITION_OPERATORS), count=len(ops))
            return
        op = ops[0]
        operand = value[op.value]
        if op in (Operator.IN, Operator.NOT_IN):
            if not isinstance(operand, list) or not operand:
                self.wrong_type((*path, op.value), "a non-empty list of values", operand)
        elif op is Operator.ANSWERED:
            if not isinstance(operand, bool):
                self.wrong_type((*path, op.value), "true or false", operand)
        elif isinstance(operand, list | dict) or operand is None:
            self.wrong_type((*path, op.value), "a single value", operand)


def check_structure(doc: YamlDocument, file: str, *, shortcut: bool = True) -> list[Problem]:
    """Every structural problem. `shortcut`: first ask `clean_checks` whether there is any (the
    answer for a clean file costs a third of the walk); off only to compare the two in tests."""
    if shortcut and structure_is_clean(doc.data):
        return []
    checker = StructureChecker(doc, file)
    checker.check(doc.data, s.QUESTIONNAIRE, ())
    return checker.problems
