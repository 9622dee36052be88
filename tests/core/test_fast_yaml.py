"""The fast reader gives exactly the marked reader's data, or steps aside so the marked reader decides.

Equivalence is checked over every shipped questionnaire, a generated one of every question type,
hand-written YAML corner cases and random data dumped by PyYAML in every scalar style.
"""

from __future__ import annotations

import gc
import re
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aisafe_desktop.core import fast_yaml
from aisafe_desktop.core.fast_yaml import gc_paused, read_fast
from aisafe_desktop.core.loader import load_bytes
from aisafe_desktop.core.yaml_reader import (
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_NODES,
    YamlReadError,
    read_yaml_bytes,
)
from tests.core.conftest import BASE

SHIPPED = sorted((Path(__file__).parents[2] / "questionnaires").glob("*.yaml"))


def _same_as_marked(raw: bytes) -> Any:
    """The fast data (None when it stepped aside), after checking it equals the marked reader's."""
    fast = read_fast(raw, "t.yaml")
    if fast is None:
        return None
    marked = read_yaml_bytes(raw, "t.yaml").data
    assert fast.data == marked
    assert _types(fast.data) == _types(marked)  # 1 == 1.0 == True in Python: compare types too
    return fast.data


def _types(value: Any) -> Any:
    if isinstance(value, dict):
        return {repr(k): (type(k).__name__, _types(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_types(v) for v in value]
    return type(value).__name__


def generated_questionnaire(n_questions: int) -> bytes:
    """Every question type, conditions, scores, en + ms texts: what a large real file holds."""
    kinds = ("yes_no", "single_choice", "scale", "multiple_choice", "number")
    questions = []
    for i in range(n_questions):
        kind = kinds[i % len(kinds)]
        q: dict[str, Any] = {"id": f"q{i}", "type": kind,
                             "text": {"en": f"Question {i}: do you? \"quoted\" & more",
                                      "ms": f"Soalan {i}? é ü"},
                             "guidance": {"en": "Why we ask.\nSecond line.", "ms": "Mengapa."}}
        if kind == "number":
            q.update(min=0, max=1000)
        else:
            choices: dict[str, list[object]] = {"yes_no": ["yes", "no", "na"], "scale": [0, 1, 2, 3]}
            values = choices.get(kind, ["a", "b"])
            q["options"] = [{"value": v, "label": {"en": f"Option {v}", "ms": f"Pilihan {v}"},
                             "score": {"gov": i % 4}} for v in values]
        if i % 10 == 3:
            q["when"] = {"question": f"q{i - 3}", "equals": "yes"}
        questions.append(q)
    data = yaml.safe_load(BASE)
    data["sections"] += [{"id": f"s{j}", "title": {"en": f"S{j}", "ms": f"B{j}"},
                         "questions": questions[j * 50:(j + 1) * 50]}
                        for j in range((n_questions + 49) // 50)]
    return yaml.dump(data, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False).encode()


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_questionnaire_reads_the_same_on_the_fast_path(path: Path) -> None:
    raw = path.read_bytes()
    assert _same_as_marked(raw) is not None, "a shipped file must take the fast path"
    result = load_bytes(raw, path.name)
    assert result.ok and not result.problems


def test_a_generated_questionnaire_reads_the_same_and_loads() -> None:
    raw = generated_questionnaire(300)
    assert _same_as_marked(raw) is not None
    assert load_bytes(raw, "generated.yaml").ok


CORNERS = [
    "a: yes\nb: no\nc: on\nd: off\ne: Yes\nf: NO\n",          # YAML 1.1 booleans stay words
    "a: true\nb: False\nc: TRUE\n",                            # only true/false are booleans
    "a: 1\nb: -2\nc: 0\nd: 1.5\ne: -0.25\nf: 12e-3\ng: 1.0e+3\n",
    "a: '1'\nb: \"2.5\"\nc: 'yes'\n",
    "a: 1e3\n", "a: 1_000\n", "a: 0x1F\n", "a: 0o17\n", "a: 017\n", "a: 1:30\n", "a: .inf\n",
    "a: .5\nb: 1.\nc: -.5\n", "a: +1\n", "a: NaN\nb: .nan\n",
    "a: 2026-01-01\n", "a: '2026-01-01'\n", "a: 2001-12-14t21:59:43.10-05:00\n",
    "a: ~\nb: null\nc: Null\nd:\ne: ''\nf: \"\"\n",
    "a: \"tab\\there \\u00e9 \\x41 \\N \\_ \\L \\P \\/ \\\\ \\\"\"\n",
    "a: 'it''s'\nb: \"say \\\"1\\\"\"\nc: \"x\\\"\"\n",
    "a: |\n  literal\n  text\n\nb: >\n  folded\n  text\n\n  para\nc: |-\n  strip\nd: |+\n  keep\n\n",
    "a: >2\n   indented\n  more\n",
    "a: plain\n  continued\n\n  paragraph\n",
    "a: x#y\nb: x # comment\n# full line\nc: 'a # b'\n",
    "---\na: 1\n", "a: 1\n...\n", "\ufeffa: 1\n", "a: 1\r\nb: |\r\n  x\r\n  y\r\n",
    "a: 1\rb: 2\n", "a:\tb\n", "a: [x, 'y', 3, {b: c}]\nd: {}\ne: []\n",
    "? a\n: b\n", "'1': a\n2: b\n", "null: x\n", "a: &x 1\nb: *x\n", "a: *x\n", "<<: {a: 1}\n",
    "a: !!str 1\n", "a: !custom x\n", "a: Important!\nb: 'Hi !'\n", "%YAML 1.1\n---\na: 1\n",
    "a: 1\n---\nb: 2\n", "a: 1\na: 2\n", "a: {b: 1, b: 2}\n", "[1, 2]\n", "just text\n", "",
    "a: \"\\u2028\"\nb: x\u2028y\n", "a: \x85\n", "a: \x07\n", "a: \ufffe\n",
    "a: [1, 2\n", "a: b: c\n", "- a\nb: c\n", "a: \"\\q\"\n", "a: 'x\n", "  a: 1\n b: 2\n",
    "a: 'multi\n  line'\nb: \"dq\n\n  para\"\n", "a: ' lead'\nb: 'trail '\nc: \"  \"\n",
    "a: -\n", "a:\n  - b\n  -\n  - - c\n", "a: - b\n", "key with spaces: v\n\"quoted key\": v\n",
    "a: 12345678901234567890123\nb: -0\nc: 3.14159265358979323846\n",
]


@pytest.mark.parametrize("text", CORNERS)
def test_corner_cases_read_the_same_or_step_aside(text: str) -> None:
    raw = text.encode()
    try:
        expected = read_yaml_bytes(raw, "t.yaml").data
    except YamlReadError:
        assert read_fast(raw, "t.yaml") is None  # what the marked reader refuses, it must refuse
        return
    fast = read_fast(raw, "t.yaml")
    if fast is not None:
        assert fast.data == expected and _types(fast.data) == _types(expected)


@pytest.mark.parametrize("text", [
    "a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a: !!str 1\n", "<<: {a: 1}\n", "a: 1\n---\nb: 2\n",
    "a: 2026-01-01\n", "a: ~\n", "a: 0x1F\n", "a: 1e3\n", "a: True\n", "2: b\n", "a: \x07\n",
    "a:\tb\n", "a: [1, 2\n", "[1, 2]\n",
])
def test_what_the_fast_path_cannot_vouch_for_goes_to_the_marked_reader(text: str) -> None:
    assert read_fast(text.encode(), "t.yaml") is None


def test_yes_and_no_stay_words_on_the_fast_path() -> None:
    doc = read_fast(b"a: yes\nb: no\nc: true\nd: 3\ne: '4 x'\n")
    assert doc is not None and doc.data == {"a": "yes", "b": "no", "c": True, "d": 3, "e": "4 x"}
    # A quoted '4' reads the same as a plain 4 in JSON's eyes: the marked reader types it.
    assert read_fast(b"e: '4'\n") is None


def _nested(depth: int) -> bytes:
    return ("a: " + "[" * (depth - 1) + "1" + "]" * (depth - 1) + "\n").encode()


def test_depth_limit_is_the_marked_readers() -> None:
    assert _same_as_marked(_nested(MAX_DEPTH)) is not None
    assert read_fast(_nested(MAX_DEPTH + 1)) is None
    with pytest.raises(YamlReadError) as refused:
        read_yaml_bytes(_nested(MAX_DEPTH + 1))
    assert refused.value.problem.code == "E005"
    deep_lists = ("a:\n" + "".join("  " * i + "- \n" for i in range(1, 60))).encode()
    assert read_fast(deep_lists) is None


def test_non_utf8_and_too_large_are_refused_with_the_readers_errors() -> None:
    with pytest.raises(YamlReadError) as bad:
        read_fast(b"a: caf\xe9\n", "t.yaml")
    assert bad.value.problem.code == "E002" and bad.value.problem.line == 1
    with pytest.raises(YamlReadError) as big:
        read_fast(b"a: " + b"x" * MAX_FILE_BYTES + b"\n", "t.yaml")
    assert big.value.problem.code == "E001"


def test_a_5000_question_file_is_within_the_size_limit() -> None:
    raw = generated_questionnaire(5000)
    assert 2 * 1024 * 1024 < len(raw) < MAX_FILE_BYTES
    assert read_fast(raw) is not None


def test_problems_found_after_the_fast_path_keep_their_line_and_column() -> None:
    raw = BASE.replace("default_language: en", "default_language: fr").encode()
    assert read_fast(raw) is not None  # well-formed YAML: the fast reader answers...
    result = load_bytes(raw, "demo.yaml")
    problem = next(p for p in result.errors if p.code == "E303")
    assert (problem.file, problem.line) == ("demo.yaml", BASE.splitlines().index(
        "default_language: en") + 1)  # ...and the marked reader places the problem


def test_duplicate_key_still_named_with_both_lines() -> None:
    raw = (BASE + "id: again\n").encode()
    result = load_bytes(raw, "demo.yaml")
    first = BASE.splitlines().index("id: demo") + 1
    assert [p.code for p in result.errors] == ["E006"]
    assert f"line {first}" in result.errors[0].message


def test_gc_is_paused_while_loading_and_restored() -> None:
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_without_rapidyaml_every_file_takes_the_marked_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fast_yaml, "ryml", None)  # a third-party module, not our code path
    assert read_fast(b"a: 1\n") is None
    assert load_bytes(BASE.encode(), "demo.yaml").ok


# Random data in every scalar style PyYAML writes: plain, quoted, literal, folded, flow.
_SCALARS = st.one_of(
    st.text(max_size=30), st.integers(-10**20, 10**20), st.booleans(), st.none(),
    st.floats(allow_nan=False, allow_infinity=True),
    st.sampled_from(["yes", "no", "on", "off", "~", "null", "1e3", "0x1F", "1_000", "2026-01-01",
                     "12:30", "*a", "&b", "!c", "<<", "=", "-", "? x", "a: b", "# c", "'", '"',
                     " lead", "trail ", "multi\nline\n", "\ttab", "é ü 中文", ""]),
)
_KEYS = st.one_of(st.text(min_size=1, max_size=10), st.sampled_from(["yes", "1", "null", "en"]))
_DATA = st.recursive(_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)), max_leaves=25)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.dictionaries(_KEYS, _DATA, min_size=1, max_size=5),
       style=st.sampled_from([None, "'", '"', "|", ">"]),
       flow=st.sampled_from([None, False, True]), width=st.sampled_from([20, 80, 1000]))
def test_random_documents_read_the_same_or_step_aside(
        data: dict[str, Any], style: str | None, flow: bool | None, width: int) -> None:
    text = yaml.dump(data, Dumper=yaml.SafeDumper, default_style=style, default_flow_style=flow,
                     width=width, allow_unicode=True)
    _same_as_marked(text.encode())


def test_plain_block_documents_do_take_the_fast_path() -> None:
    text = textwrap.dedent("""\
        title: {en: "Hello: world", ms: 'Hai'}
        items:
          - id: one
            text: >-
              A folded text
              over two lines
          - id: two
            score: {gov: 2}
        """)
    assert _same_as_marked(text.encode()) == {
        "title": {"en": "Hello: world", "ms": "Hai"},
        "items": [{"id": "one", "text": "A folded text over two lines"},
                  {"id": "two", "score": {"gov": 2}}]}


@settings(max_examples=400, deadline=None)
@given(word=st.text(alphabet="0123456789.-+eE_:xob~TtZz ", min_size=1, max_size=12))
def test_number_like_plain_words_read_the_same_or_step_aside(word: str) -> None:
    # Where YAML 1.1 and JSON disagree most: `-.5`, `1e3`, `0o17`, `1_000`, `12:30`, dates.
    for text in (f"a: {word}\n", f"a: [{word}]\n", f"{word}: a\n"):
        try:
            expected = read_yaml_bytes(text.encode(), "t.yaml").data
        except YamlReadError:
            assert read_fast(text.encode(), "t.yaml") is None
            continue
        fast = read_fast(text.encode(), "t.yaml")
        if fast is not None:
            assert fast.data == expected and _types(fast.data) == _types(expected)


_SYNTAX = "ab1:-[]{},'\"#&*!|>?~. \n"


@settings(max_examples=600, deadline=None)
@given(text=st.text(alphabet=_SYNTAX, max_size=24))
def test_random_yaml_syntax_reads_the_same_or_steps_aside(text: str) -> None:
    # The dangerous direction: text PyYAML refuses must never be read by the fast path.
    raw = text.encode()
    try:
        expected = read_yaml_bytes(raw, "t.yaml").data
    except YamlReadError:
        assert read_fast(raw, "t.yaml") is None
        return
    fast = read_fast(raw, "t.yaml")
    if fast is not None:
        assert fast.data == expected and _types(fast.data) == _types(expected)


def test_value_budget_is_the_marked_readers() -> None:
    # The reader counts the root, each key, each value and each item: `a: [1, …]` with n items
    # counts n + 3. At MAX_NODES the fast path answers; one more and the reader must refuse it
    # (E004, checked by hand: reading 500,000 values with the marked reader takes seconds).
    def flow_list(n: int) -> bytes:
        return ("a: [" + ", ".join(["1"] * n) + "]\n").encode()

    assert read_fast(flow_list(MAX_NODES - 3)) is not None
    assert read_fast(flow_list(MAX_NODES - 2)) is None


def test_rapidyaml_error_reports_do_not_reach_stderr(capfd: pytest.CaptureFixture[str]) -> None:
    assert read_fast(b"a: [1, 2\n") is None
    assert read_fast(b"a: b: c\n") is None
    print("still open", file=sys.stderr)  # stderr works again afterwards
    assert capfd.readouterr().err == "still open\n"


_ODD_SEQUENCES = (b"\xe2\x80\xa8", b"\xe2\x80\xa9", b"\xef\xbf\xbe", b"\xef\xbf\xbf", b"\n%",
                  b":]", b":}", b":,", b"[:", b"{:", b",:", b" :", b"\n:", b"]:", b"}:",
                  b": ]", b": }", b"- ]", b"- }", b"? ]", b"? }", b"\n]", b"\n}")


def _needs_marked_reader_as_written(raw: bytes, text: str) -> bool:
    """The byte checks of `_needs_marked_reader` written plainly (one search per sequence, one
    regular expression): what the faster scans (gated by rare bytes, brackets visited one by one)
    must answer for every file."""
    sequences = _ODD_SEQUENCES
    control = bytes(b for b in range(32) if b not in (10, 13)) + b"\x7f"
    if any(byte in control for byte in raw) or raw.startswith(b"%"):
        return True
    if raw.count(b"\r") != raw.count(b"\r\n") or any(seq in raw for seq in sequences):
        return True
    if re.search("[\x80-\x9f]", text):
        return True
    if raw[:1] in (b"]", b"}", b":") or re.search(rb"[\]}][^\s,\]}:]", raw):
        return True
    return any(fast_yaml._starts_a_node(raw, at) for at, byte in enumerate(raw)
               if byte in b"!&@`")


_BYTES = ["[", "]", "{", "}", ":", "?", "-", " ", "\n", ",", "a", "\t", "\r", "\r\n", "%", "&",
          "#", "\u2028", "\u2029", "\x85", "\x9f", "é", "\ufffe", "\uffff", "\x0b", "\x0c", "@"]


@settings(max_examples=3000, deadline=None)
@given(parts=st.lists(st.sampled_from(_BYTES), max_size=12))
def test_the_byte_checks_answer_as_written(parts: list[str]) -> None:
    text = "".join(parts)
    assert fast_yaml._needs_marked_reader(text.encode(), text) == \
        _needs_marked_reader_as_written(text.encode(), text)


@pytest.mark.parametrize("sequence", (*_ODD_SEQUENCES, b"]1", b"}x", b"]\xc3\xa9"))
@pytest.mark.parametrize(("before", "after"), [(b"", b""), (b"a: b\n", b"\nc: d\n"),
                                               (b"ab", b"cd"), (b"a: [x]\n", b" [y]")])
def test_every_odd_sequence_sends_a_file_to_the_marked_reader(
        sequence: bytes, before: bytes, after: bytes) -> None:
    raw = before + sequence + after
    assert fast_yaml._needs_marked_reader(raw, raw.decode())


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_the_byte_checks_answer_as_written_for_shipped_files(path: Path) -> None:
    raw = path.read_bytes()
    assert not fast_yaml._needs_marked_reader(raw, raw.decode())
    assert not _needs_marked_reader_as_written(raw, raw.decode())
