"""The well-formed path of the structure and text checks: "would this stage report nothing?"

`structure.check_structure` and the language and markup checks of `semantics` walk every value
with paths, so that a problem can be placed and described. A questionnaire that loads is nearly
always clean, and for it that bookkeeping is the whole cost (about 45 ms of CPU for 1,000
questions). Here the same schema (`core.schema`) is compiled once into plain predicates that only
answer True when the checker would report nothing; anything else (False, on any doubt: a subclass,
a missing key, a value the rules do not expect) sends the data to the checker, which stays the
only place where problems are found and worded. A predicate may be stricter than the rules,
never looser: tests compare the two over broken files.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from aisafe_desktop.core import schema as s
from aisafe_desktop.core.model import LANGUAGE_NAMES

Clean = Callable[[Any], bool]

_COMBINERS = frozenset(("all", "any", "not"))
_OPERATORS = frozenset(s.CONDITION_OPERATORS)
_COMPARISON_KEYS = frozenset(("question", *s.CONDITION_OPERATORS, *_COMBINERS))
_LIST_OPERATORS = frozenset(("in", "not_in"))
_MISSING = object()
# An HTML/XML-like tag: '<' directly followed by a letter (or '/letter') and closed by '>', or
# an HTML entity that spells markup (`&lt;`, `&#60;`: a rich-text view would decode it; "R&D;" is
# prose). Every match starts with '<' or '&': a text without either needs no search.
MARKUP = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"
                    r"|&(?:lt|gt|amp|quot|apos|nbsp|#[0-9]+|#[xX][0-9A-Fa-f]+);")
# Control characters but line breaks and tabs, and the bidi overrides and isolates: they drive a
# terminal or make a text read backwards (only a non-printable text needs the search).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def text_is_plain(text: str) -> bool:
    """No tag, entity or control character in `text` (what the markup checks look for)."""
    if ("<" in text or "&" in text) and MARKUP.search(text):
        return False
    return text.isprintable() or CONTROL.search(text) is None


def _string(kind: s.Str) -> Clean:
    if kind.choices:
        choices = frozenset(kind.choices)
        return lambda value: type(value) is str and value in choices
    if kind.pattern:
        match = re.compile(kind.pattern).match  # re.match(pattern, value), as the checker does
        return lambda value: type(value) is str and match(value) is not None
    return lambda value: type(value) is str


def _text(value: Any) -> bool:
    if type(value) is str:
        return bool(value.strip())
    if type(value) is not dict or not value:
        return False
    for text in value.values():  # noqa: SIM110 - all() over a generator costs twice this loop
        if type(text) is not str or not text.strip():
            return False
    return True


def _number(kind: s.Number) -> Clean:
    types = (int,) if kind.integer else (int, float)
    low, high = kind.minimum, kind.maximum

    def clean(value: Any) -> bool:
        if type(value) not in types:  # bool is not int here
            return False
        # the checker's own comparisons (a NaN passes both, as there)
        return not ((low is not None and value < low) or (high is not None and value > high))
    return clean


def _list(kind: s.ListOf) -> Clean:
    item, least = compile_kind(kind.item), kind.min_items

    def clean(value: Any) -> bool:
        return type(value) is list and len(value) >= least and all(map(item, value))
    return clean


def _map(kind: s.MapOf) -> Clean:
    item = compile_kind(kind.value)
    identifier = re.compile(s.ID_PATTERN).match

    def clean(value: Any) -> bool:
        if type(value) is not dict:
            return False
        for key, entry in value.items():
            if type(key) is not str or identifier(key) is None or not item(entry):
                return False
        return True
    return clean


def _object(kind: s.Obj) -> Clean:
    fields = {f.name: compile_kind(f.kind) for f in kind.fields}
    required = frozenset(f.name for f in kind.fields if f.required)
    short = _string(kind.short_form) if kind.short_form is not None else None

    def clean(value: Any) -> bool:
        if short is not None and type(value) is str:
            return short(value)
        if type(value) is not dict or not required <= value.keys():
            return False
        for key, entry in value.items():
            check = fields.get(key)
            if check is None or not check(entry):
                return False  # an unknown key, or a field with a problem
        return True
    return clean


def condition(value: Any) -> bool:
    if type(value) is not dict or not value:
        return False
    if not _COMBINERS.isdisjoint(value):
        if len(value) != 1:
            return False
        if "not" in value:
            return condition(value["not"])
        (inner,) = value.values()
        return type(inner) is list and len(inner) > 0 and all(map(condition, inner))
    if not _COMPARISON_KEYS.issuperset(value) or type(value.get("question")) is not str:
        return False
    operators = [key for key in value if key in _OPERATORS]
    if len(operators) != 1:
        return False
    operator = operators[0]
    operand = value[operator]
    if operator in _LIST_OPERATORS:
        return type(operand) is list and len(operand) > 0
    if operator == "answered":
        return type(operand) is bool
    return not (isinstance(operand, list | dict) or operand is None)


def compile_kind(kind: s.Kind) -> Clean:
    """A predicate: True only if the structure checker reports nothing for a value of `kind`."""
    if isinstance(kind, s.Obj):
        return _object(kind)
    if isinstance(kind, s.ListOf):
        return _list(kind)
    if isinstance(kind, s.MapOf):
        return _map(kind)
    if isinstance(kind, s.Cond):
        return condition
    if isinstance(kind, s.Text):
        return _text
    if isinstance(kind, s.Str):
        return _string(kind)
    if isinstance(kind, s.Number):
        return _number(kind)
    if isinstance(kind, s.Bool):
        return lambda value: type(value) is bool
    return lambda value: type(value) in (str, int, float)  # s.Scalar


structure_is_clean = compile_kind(s.QUESTIONNAIRE)


def _text_collector(kind: s.Kind) -> Callable[[Any, list[Any]], None] | None:
    """Appends every text of a value of `kind` to a list: the values `semantics.texts` walks
    (fields of objects, items of lists; nothing inside maps or conditions). None: no text."""
    if isinstance(kind, s.Text):
        return lambda value, out: out.append(value)
    if isinstance(kind, s.ListOf):
        item = _text_collector(kind.item)
        if item is None:
            return None

        def items(value: Any, out: list[Any]) -> None:
            if isinstance(value, list):
                for entry in value:
                    item(entry, out)
        return items
    if isinstance(kind, s.Obj):
        own = [f.name for f in kind.fields if isinstance(f.kind, s.Text)]
        nested = [(f.name, c) for f in kind.fields
                  if not isinstance(f.kind, s.Text) and (c := _text_collector(f.kind)) is not None]
        if not own and not nested:
            return None

        def fields(value: Any, out: list[Any]) -> None:
            if isinstance(value, dict):
                for name in own:  # a text that is None has nothing for the text checks to say
                    if (text := value.get(name)) is not None:
                        out.append(text)
                for name, collect in nested:
                    if (entry := value.get(name)) is not None:
                        collect(entry, out)
        return fields
    return None


_collect_texts = _text_collector(s.QUESTIONNAIRE)


def texts_are_clean(data: dict[str, Any]) -> bool:
    """True only if the language and markup checks of `semantics` report nothing: every text is a
    mapping with exactly the declared languages (or a plain text where one language is declared),
    all known, the default among them, and no text (nor the publisher) holds a tag, an entity or
    a control character."""
    languages = data.get("languages")
    if type(languages) is not list or not languages or data.get("default_language") not in \
            languages or not all(type(c) is str and c in LANGUAGE_NAMES for c in languages):
        return False
    declared = set(languages)
    found: list[Any] = []
    assert _collect_texts is not None
    _collect_texts(data, found)
    for value in found:
        if type(value) is str:
            if len(languages) > 1 or not text_is_plain(value):
                return False
        elif type(value) is dict:
            if value.keys() != declared:
                return False
            for text in value.values():
                if type(text) is not str or not text_is_plain(text):
                    return False
        else:
            return False
    publisher = data.get("publisher")
    return not isinstance(publisher, str) or text_is_plain(publisher)
