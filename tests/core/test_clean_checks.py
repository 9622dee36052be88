"""The well-formed path of the checks (core.clean_checks) says "clean" only where the checkers
report nothing, and the checkers report the same problems with and without it.

Broken files are made by mutating valid ones (the test questionnaire and the shipped ones) at
random places with values the rules care about: wrong types, blanks, tags, unknown keys, missing
keys, wrong languages, odd conditions.
"""

from __future__ import annotations

import copy
import math
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisafe_desktop.core import schema as s
from aisafe_desktop.core.clean_checks import compile_kind, structure_is_clean, texts_are_clean
from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.semantics import SemanticChecker
from aisafe_desktop.core.structure import StructureChecker, check_structure
from aisafe_desktop.core.yaml_reader import YamlDocument, read_yaml_bytes
from tests.core.conftest import BASE

SHIPPED = sorted((Path(__file__).parents[2] / "questionnaires").glob("*.yaml"))
_BASES = [read_yaml_bytes(BASE.encode(), "q.yaml").data] + [
    read_yaml_bytes(path.read_bytes(), path.name).data for path in SHIPPED]
# What is mutated: the test questionnaire, and each shipped one cut to its first two sections
# (every kind of value they hold, at a size where a thousand examples take seconds).
_SMALL = [_BASES[0]] + [{**data, "sections": data["sections"][:2]} for data in _BASES[1:]]

_VALUES: list[Any] = [
    None, "", " ", "\n", "x", "yes", "na", "Q-1", "q_1", "a.b", "1.0", "1.0.0", "1.0.0\n",
    "<b>bold</b>", "a < b > c", "en", "ms", "xx", "in", 0, 1, -1, 2.5, 101, 1e9, math.nan, True,
    False, [], ["x"], [1, 2], [None], {}, {"en": "a"}, {"en": "a", "ms": "b"},
    {"en": "a", "ms": "b", "th": "c"}, {"en": "a", "ms": None}, {"en": "a", "xx": None},
    {"en": " ", "ms": "b"}, {"en": "<i>a</i>", "ms": "b"}, {"en": 1, "ms": "b"},
    {"question": "uses-ai", "equals": "yes"}, {"question": "uses-ai"},
    {"question": "uses-ai", "equals": "yes", "in": ["no"]}, {"question": 1, "equals": "yes"},
    {"question": "staff", "in": []}, {"question": "staff", "answered": "yes"},
    {"question": "staff", "equals": None}, {"question": "staff", "equals": [1]},
    {"all": []}, {"any": [{"question": "uses-ai", "equals": "no"}]}, {"not": {}},
    {"all": [{"question": "uses-ai", "equals": "no"}], "any": []},
    {"not": {"question": "uses-ai", "answered": True}}, {"all": "x"},
    {"question": "uses-ai", "equals": "yes", "colour": "red"}, {"gov": 1}, {"Gov": 1},
    {"gov": -1}, {"gov": True}, {1: 2},
]
_KEYS = ["id", "text", "title", "label", "value", "when", "options", "score", "colour", "lable",
         "en", "ms", "th", "xx", "all", "question", "equals", "in", "min", "max", "format",
         "languages", "default_language", "guidance", "short_form", 3]


_MISSING_ENTRY = object()


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(value, dict):
        for key, entry in value.items():
            found += _places(entry, (*path, key))
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            found += _places(entry, (*path, index))
    return found


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


@st.composite
def broken(draw: st.DrawFn) -> dict[str, Any]:
    data: dict[str, Any] = copy.deepcopy(draw(st.sampled_from(_SMALL)))
    for _ in range(draw(st.integers(1, 3))):
        places = _places(data)
        path = draw(st.sampled_from(places[1:]))
        parent, last = _at(data, path[:-1]), path[-1]
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            parent[last] = copy.deepcopy(draw(st.sampled_from(_VALUES)))
        elif action == "delete":
            del parent[last]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(_KEYS))] = copy.deepcopy(draw(st.sampled_from(_VALUES)))
        else:
            parent.append(copy.deepcopy(draw(st.sampled_from(_VALUES))))
    return data


def _structure_problems(data: Any) -> list[str]:
    checker = StructureChecker(YamlDocument(data), "t.yaml")
    checker.check(data, s.QUESTIONNAIRE, ())
    return [str(p) for p in checker.problems]


def _text_problems(data: dict[str, Any]) -> list[str] | None:
    """The language and markup checks alone; None when they fail on the data's shape."""
    checker = SemanticChecker(YamlDocument(data), "t.yaml", shape_ok=False)
    try:
        checker.check_languages()
        checker.check_markup()
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, StopIteration):
        return None
    return [str(p) for p in checker.problems]


@pytest.mark.parametrize("data", _BASES, ids=["base", *(p.name for p in SHIPPED)])
def test_valid_files_are_clean(data: dict[str, Any]) -> None:
    assert structure_is_clean(data) and _structure_problems(data) == []
    assert texts_are_clean(data) and _text_problems(data) == []


def _samples(value: Any, kind: s.Kind, found: dict[int, tuple[s.Kind, list[Any]]]) -> None:
    """Every value of the bases, listed under the schema kind it is checked as."""
    found.setdefault(id(kind), (kind, []))[1].append(value)
    if isinstance(kind, s.Obj) and isinstance(value, dict):
        for f in kind.fields:
            if f.name in value:
                _samples(value[f.name], f.kind, found)
    elif isinstance(kind, s.ListOf) and isinstance(value, list):
        for item in value:
            _samples(item, kind.item, found)
    elif isinstance(kind, s.MapOf) and isinstance(value, dict):
        for item in value.values():
            _samples(item, kind.value, found)


def _kind_problems(value: Any, kind: s.Kind) -> list[Any]:
    checker = StructureChecker(YamlDocument(value), "t.yaml")
    checker.check(value, kind, ())
    return checker.problems


def _changed(value: Any) -> list[Any]:
    """`value` itself, each of its entries replaced by each test value or deleted, and (a
    mapping) given each key."""
    found = [value]
    entries = list(value.items()) if isinstance(value, dict) else list(enumerate(value)) \
        if isinstance(value, list) else []
    for key, _ in entries:
        for replacement in _VALUES:
            changed = copy.copy(value)
            changed[key] = replacement
            found.append(changed)
        changed = copy.copy(value)
        del changed[key]
        found.append(changed)
    if isinstance(value, dict):
        found += [{**value, key: "x"} for key in _KEYS]
    return found


def test_every_kind_with_every_value_gets_the_checkers_answer() -> None:
    # Exhaustive where the random tests below sample: every kind of the schema (a band's min, a
    # condition, a text, an option…) given each test value, and the first few values of each
    # kind in the bases with each entry replaced, deleted or added.
    found: dict[int, tuple[s.Kind, list[Any]]] = {}
    for data in _BASES:
        _samples(data, s.QUESTIONNAIRE, found)
    cases = 0
    for kind, values in found.values():
        clean = compile_kind(kind)
        small = [v for v in values if len(repr(v)) < 2000][:3]
        for value in [*_VALUES, *(c for v in small for c in _changed(v))]:
            assert clean(value) == (_kind_problems(value, kind) == []), (kind, value)
            cases += 1
    assert len(found) > 40 and cases > 10_000


def _english_only(value: Any) -> Any:
    """The test questionnaire in one language: every text a plain string."""
    if isinstance(value, dict):
        if set(value) == {"en", "ms"}:
            return value["en"]
        return {key: ["en"] if key == "languages" else _english_only(entry)
                for key, entry in value.items()}
    if isinstance(value, list):
        return [_english_only(entry) for entry in value]
    return value


@pytest.mark.parametrize("base", [_BASES[0], _english_only(_BASES[0])], ids=["en+ms", "en"])
def test_every_single_change_of_the_test_file_gets_the_text_checks_answer(
        base: dict[str, Any]) -> None:
    base = copy.deepcopy(base)
    for path in _places(base)[1:]:
        parent, last = _at(base, path[:-1]), path[-1]
        saved = copy.copy(parent)
        for replacement in [*_VALUES, _MISSING_ENTRY]:
            if replacement is _MISSING_ENTRY:
                del parent[last]
            else:
                parent[last] = replacement
            if texts_are_clean(base):
                assert _text_problems(base) == [], (path, replacement)
            if isinstance(parent, dict):
                parent.clear()
                parent.update(saved)
            else:
                parent[:] = saved
    assert texts_are_clean(base)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=broken())
def test_structure_is_clean_exactly_when_the_checker_reports_nothing(data: dict[str, Any]) -> None:
    assert structure_is_clean(data) == (_structure_problems(data) == [])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=broken())
def test_texts_are_clean_only_when_the_checks_report_nothing(data: dict[str, Any]) -> None:
    if texts_are_clean(data):
        assert _text_problems(data) == []


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=broken())
def test_the_same_problems_with_and_without_the_shortcut(data: dict[str, Any]) -> None:
    # Through the marked reader, so every problem has its line and column.
    raw = yaml.dump(data, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False).encode()
    doc = read_yaml_bytes(raw, "t.yaml")
    shape = check_structure(doc, "t.yaml")
    assert [str(p) for p in shape] == [str(p) for p in check_structure(
        doc, "t.yaml", shortcut=False)]
    if isinstance(doc.data, dict):
        with_shortcut = SemanticChecker(doc, "t.yaml", shape_ok=not shape).run()
        without = SemanticChecker(doc, "t.yaml", shape_ok=not shape, shortcut=False).run()
        assert [str(p) for p in with_shortcut] == [str(p) for p in without]


def test_a_file_with_a_problem_in_each_stage_is_placed_by_the_marked_reader() -> None:
    text = BASE.replace("ms: Rendah}", "ms: <b>Rendah</b>}").replace("min: 1\n", "min: one\n")
    lines = text.splitlines()
    problems = load_bytes(text.encode(), "q.yaml").problems
    assert [(p.code, lines[p.line - 1].strip()[:12]) for p in problems] == [
        ("E102", "min: one"), ("W604", "- {id: low, ")]


def test_a_section_without_questions_does_not_hide_the_problems_before_it() -> None:
    # The checks share one list of the questions; where it cannot be made (a section without
    # questions) each check still walks them lazily and reports what comes before the gap.
    text = BASE.replace("        min: 1\n", "        min: 1\n        options: [yes]\n").replace(
        "scoring:\n", "  - id: empty\n    title: {en: Empty, ms: Kosong}\nscoring:\n")
    codes = [p.code for p in load_bytes(text.encode(), "q.yaml").problems]
    assert "E103" in codes and "E108" in codes
