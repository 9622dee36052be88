"""The schema every field of a received answers.json must meet before anything uses it.

A signed report comes from an anonymous party: its answers document may hold any JSON at all.
This module checks types, ranges and sizes of every field, and reports the first problem with
the field's path (`answers.users.value`, `result.overall`), so the verdict can say exactly what is
wrong instead of failing somewhere deep in scoring. Only what passes is turned into an
`AnswersDocument`.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from typing import Any

from aisafe_desktop.core.answers import DOCUMENT_FORMAT, MAX_DOCUMENT_BYTES, AnswersDocument
from aisafe_desktop.core.answers import answers_document_from_json as build_document
from aisafe_desktop.core.errors import AisafeError, Message
from aisafe_desktop.reporting.errors import ExtractError

MAX_ID = 200  # question, questionnaire, band, flag and recommendation ids
MAX_SHORT = 2_000  # titles, names, organisation fields
MAX_TEXT = 2 * 1024 * 1024  # one answer or comment (a long free-text answer)
MAX_ANSWERS = 10_000
MAX_LIST = 1_000
MAX_PROFILE_KEYS = 100
_SHA256 = re.compile(r"[0-9a-f]{64}")
_REFERENCE = re.compile(r"[A-Z0-9-]{8,40}")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


class SchemaError(ExtractError):
    """A field of the answers document has the wrong type, range or size.

    Verification turns it into a failed check naming the field (Reason.ANSWERS_FIELD)."""

    def __init__(self, path: str, problem: Message) -> None:
        super().__init__("{path}: {problem}", path=path, problem=problem)
        self.path = path
        self.problem = problem


Checker = Callable[[Any, str], None]
# The JSON types a checker can accept at its own path; with any other type it refuses the value
# at that path. `_one_of` skips such checkers without calling them (the same outcome, without
# building a refusal per alternative: the schema check of one report made ~150 of them).
_KINDS: dict[Checker, frozenset[type]] = {}


def _accepts(check: Checker, *kinds: type) -> Checker:
    _KINDS[check] = frozenset(kinds)
    return check


def _text(limit: int, pattern: re.Pattern[str] | None = None) -> Checker:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, str):
            raise SchemaError(path, Message("expected a text, found {kind}", kind=_kind(value)))
        if len(value) > limit:
            raise SchemaError(path, Message("the text is {length:,} characters, more than {limit:,}",
                                             length=len(value), limit=limit))
        if pattern is not None and not pattern.fullmatch(value):
            raise SchemaError(path, Message("the text is not in the expected form"))

    return _accepts(check, str)


def _number(low: float | None = None, high: float | None = None) -> Checker:
    def check(value: Any, path: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise SchemaError(path, Message("expected a number, found {kind}", kind=_kind(value)))
        if not math.isfinite(value) or abs(value) > 1e15:
            raise SchemaError(path, Message("the number is not a finite, plausible value"))
        if (low is not None and value < low) or (high is not None and value > high):
            raise SchemaError(path, Message("the number {value} is outside {low}–{high}",
                                             value=f"{value:g}", low=f"{low:g}", high=f"{high:g}"))

    return _accepts(check, int, float)


def _boolean(value: Any, path: str) -> None:
    if not isinstance(value, bool):
        raise SchemaError(path, Message("expected true or false, found {kind}", kind=_kind(value)))


def _list_of(item: Checker, limit: int = MAX_LIST) -> Checker:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, list):
            raise SchemaError(path, Message("expected a list, found {kind}", kind=_kind(value)))
        if len(value) > limit:
            raise SchemaError(path, Message("the list has {count:,} items, more than {limit:,}",
                                             count=len(value), limit=limit))
        for index, element in enumerate(value):
            item(element, f"{path}[{index}]")

    return _accepts(check, list)


def _object(fields: Mapping[str, Checker], required: tuple[str, ...] = ()) -> Checker:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise SchemaError(path, Message("expected an object, found {kind}", kind=_kind(value)))
        for key in value:
            if key not in fields:
                raise SchemaError(_join(path, str(key)[:MAX_ID]), Message("unknown field"))
        for key in required:
            if key not in value:
                raise SchemaError(_join(path, key), Message("missing"))
        for key, checker in fields.items():
            if key in value:
                checker(value[key], _join(path, key))

    return _accepts(check, dict)


def _map_of(key_check: Checker, item: Checker, limit: int) -> Checker:
    def check(value: Any, path: str) -> None:
        if not isinstance(value, dict):
            raise SchemaError(path, Message("expected an object, found {kind}", kind=_kind(value)))
        if len(value) > limit:
            raise SchemaError(path, Message("{count:,} entries, more than {limit:,}",
                                             count=len(value), limit=limit))
        for key, element in value.items():
            key_check(key, _join(path, str(key)[:MAX_ID]))
            item(element, _join(path, key))

    return _accepts(check, dict)


def _one_of(*checkers: Checker, what: Message) -> Checker:
    def check(value: Any, path: str) -> None:
        kind = type(value)
        for checker in checkers:
            if kind not in _KINDS.get(checker, (kind,)):
                continue  # it would refuse the value at this path
            try:
                checker(value, path)
                return
            except SchemaError as error:
                if error.path != path:  # the right kind, wrong inside: report that
                    raise
        raise SchemaError(path, Message("expected {what}, found {kind}", what=what,
                                         kind=_kind(value)))

    return check


def _kind(value: Any) -> Message:
    kinds = {str: Message("a text"), bool: Message("true/false"), int: Message("a number"),
             float: Message("a number"), list: Message("a list"), dict: Message("an object"),
             type(None): Message("null")}  # fmt: skip
    return kinds.get(type(value), Message("something else"))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _null(value: Any, path: str) -> None:
    if value is not None:
        raise SchemaError(path, Message("expected null, found {kind}", kind=_kind(value)))


_accepts(_null, type(None))
_accepts(_boolean, bool)


# An answer value: a text, a number, a date text, or a list of option values; null = unanswered
_SCALAR = _one_of(_text(MAX_TEXT), _number(), _boolean, what=Message("a text or a number"))
_VALUE = _one_of(_null, _text(MAX_TEXT), _number(), _boolean, _list_of(_SCALAR),
                 what=Message("a text, a number or a list"))  # fmt: skip
_ANSWER = _one_of(
    _object({"value": _VALUE, "comment": _one_of(_null, _text(MAX_TEXT), what=Message("a text"))},
            required=("value",)),
    _VALUE,
    what=Message("an answer"),
)  # fmt: skip
_PROFILE_VALUE = _one_of(_null, _text(MAX_SHORT), _number(), _boolean, _list_of(_text(MAX_SHORT)),
                         what=Message("a text, a number or a list of texts"))  # fmt: skip
_RESULT = _object({
    "questionnaire": _object({"id": _text(MAX_ID), "version": _text(MAX_ID)}),
    "band": _text(MAX_ID), "score_band": _text(MAX_ID),
    # format 2: an outcome outside the bands, and the floors that raised the band
    "outcome": _one_of(_null, _text(MAX_ID), what=Message("an id")),
    "floors": _list_of(_text(MAX_ID)),
    "overall": _number(0, 100), "overall_before_mitigation": _number(0, 100),
    "mitigation_applied": _boolean,
    "dimensions": _map_of(_text(MAX_ID), _object(
        {"points": _number(), "maximum": _number(), "percent": _number(0, 100)}), MAX_LIST),
    "red_flags": _list_of(_text(MAX_ID)),
    "recommendations": _list_of(_object({"id": _text(MAX_ID),
                                         "sources": _list_of(_text(MAX_ID))})),
    "progress": _object({"answered": _number(0), "applicable": _number(0)}),
    "trace": _list_of(_object({"kind": _text(MAX_ID),
                               "question": _one_of(_null, _text(MAX_ID), what=Message("an id")),
                               "points": _map_of(_text(MAX_ID), _number(), MAX_LIST),
                               "maximum": _map_of(_text(MAX_ID), _number(), MAX_LIST),
                               "detail": _map_of(_text(MAX_ID), _PROFILE_VALUE, MAX_LIST)}),
                      limit=4 * MAX_ANSWERS),
}, required=("band", "overall", "red_flags"))  # fmt: skip

DOCUMENT = _object({
    "format": _text(40),
    "questionnaire": _object({"id": _text(MAX_ID), "version": _text(MAX_ID),
                              "sha256": _text(64, _SHA256)}, required=("id", "version")),
    "language": _text(16),
    "answers": _map_of(_text(MAX_ID), _ANSWER, MAX_ANSWERS),
    "title": _text(MAX_SHORT),
    "ai_system": _one_of(_text(MAX_SHORT), _map_of(_text(MAX_ID), _PROFILE_VALUE, MAX_PROFILE_KEYS),
                         what=Message("a text or an object")),
    "organisation": _map_of(_text(MAX_ID), _PROFILE_VALUE, MAX_PROFILE_KEYS),
    "result": _RESULT,
    "created": _text(40, _TIMESTAMP),
    "generator": _text(MAX_ID),
    "reference": _text(40, _REFERENCE),
    "complete": _boolean,
    # the checklist made of the recommendations (services.action_plan)
    "action_plan": _list_of(_object({"recommendation": _text(MAX_ID), "done": _boolean,
                                     "owner": _text(MAX_SHORT), "due": _text(10)},
                                    required=("recommendation",))),
    # the assessment's change log (services.change_log)
    "change_log": _list_of(_object({"when": _text(40, _TIMESTAMP), "event": _text(MAX_ID),
                                    "question": _one_of(_null, _text(MAX_ID),
                                                        what=Message("an id")),
                                    "detail": _text(MAX_SHORT),
                                    "by": _text(MAX_SHORT)},  # an export's signer
                                   required=("when", "event")), limit=4 * MAX_ANSWERS),
}, required=("format", "questionnaire", "answers"))  # fmt: skip


def _refuse_constant(name: str) -> Any:
    raise SchemaError("(document)", Message("{name} is not a number JSON allows", name=name))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        twice = next(k for k, _ in pairs if k in seen or seen.add(k))  # type: ignore[func-returns-value]
        raise SchemaError(str(twice)[:MAX_ID], Message("the same field appears twice"))
    return result


def load_received(raw: bytes) -> dict[str, Any]:
    """Parse received answers.json strictly (UTF-8, no NaN/Infinity, no repeated keys) and check
    it against the schema. Raises SchemaError naming the field."""
    if len(raw) > MAX_DOCUMENT_BYTES:
        raise SchemaError("(document)", Message("{size:,} bytes, more than {limit:,}",
                                                 size=len(raw), limit=MAX_DOCUMENT_BYTES))
    try:
        text = raw.decode("utf-8")
        data = json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except UnicodeDecodeError:
        raise SchemaError("(document)", Message("not UTF-8 text")) from None
    except json.JSONDecodeError as error:
        raise SchemaError("(document)", Message("not valid JSON (line {line})",
                                                 line=error.lineno)) from None
    except RecursionError:
        raise SchemaError("(document)", Message("nested too deeply")) from None
    DOCUMENT(data, "")
    if data["format"] != DOCUMENT_FORMAT:
        raise SchemaError("format", Message('expected "{expected}"', expected=DOCUMENT_FORMAT))
    return dict(data)


def received_document(raw: bytes) -> AnswersDocument:
    """A received answers.json as an AnswersDocument, after the schema check."""
    data = load_received(raw)
    try:
        return build_document(data)
    except ValueError as error:  # the core parser's own rules (kept for local files)
        raise SchemaError("(document)", error.text if isinstance(error, AisafeError)
                          else Message("{reason}", reason=error)) from None
