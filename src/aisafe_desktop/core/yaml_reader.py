"""Read YAML safely into plain Python data, remembering where every value came from.

PyYAML's loaders keep the last of two duplicate keys without a word, and a small file full of
aliases can expand to gigabytes. We therefore build the data ourselves from the parser's events:
one pass, no recursion (deep nesting cannot overflow the stack), duplicate keys reported, alias
expansion counted against a budget, and a line/column recorded for every path. Scalars are typed
with the *safe* resolver, so no tag can construct an arbitrary Python object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from aisafe_desktop.core.errors import AisafeError
from aisafe_desktop.core.problems import Problem
from aisafe_desktop.core.problems import ProblemCode as P

try:  # the libyaml parser is several times faster; fall back to pure Python where it is missing
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

# A 5,000-question file is 2.6 MB; the fast path loads and validates 3 MiB in under a second
# (benchmarks/README.md). Aliases and depth keep their own limits below.
MAX_FILE_BYTES = 3 * 1024 * 1024
MAX_DEPTH = 40
MAX_NODES = 500_000  # values produced, aliases counted at their expanded size

Path = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """Plain data plus the (line, column) of each path, 1-based."""

    data: Any
    positions: dict[Path, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path, tuple[int, int]] = field(default_factory=dict)

    def position(self, path: Path, *, key: bool = False) -> tuple[int, int]:
        """Where `path` is written; the nearest enclosing value if it is not written at all."""
        if key and path in self.key_positions:
            return self.key_positions[path]
        probe = path
        while probe:
            if probe in self.positions:
                return self.positions[probe]
            probe = probe[:-1]
        return self.positions.get((), (1, 1))


class _Yaml12BoolResolver(yaml.resolver.Resolver):
    """Only true/false are booleans (as in YAML 1.2): `yes`, `no`, `on` and `off` stay words.

    Questionnaires use `yes` / `no` as answer values all the time; YAML 1.1 would turn them into
    booleans behind the author's back.
    """


_Yaml12BoolResolver.yaml_implicit_resolvers = {
    first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}
for _first in "tTfF":
    _Yaml12BoolResolver.yaml_implicit_resolvers.setdefault(_first, []).insert(
        0, ("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")))


class YamlReadError(AisafeError):
    def __init__(self, problem: Problem) -> None:
        super().__init__("{problem}", problem=problem)
        self.problem = problem


@dataclass
class _Frame:
    container: Any
    path: Path
    start: tuple[int, int]
    anchor: str | None
    pending_key: Any = None
    pending_key_pos: tuple[int, int] | None = None
    has_key: bool = False
    size: int = 1


def _mark(event: Any) -> tuple[int, int]:
    return (event.start_mark.line + 1, event.start_mark.column + 1)


def decode_yaml_bytes(raw: bytes, file: str) -> str:
    if len(raw) > MAX_FILE_BYTES:
        raise YamlReadError(Problem.of(P.FILE_TOO_LARGE, file, size=len(raw), limit=MAX_FILE_BYTES))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise YamlReadError(Problem.of(P.NOT_UTF8, file, line, column,
                                       byte=raw[error.start])) from None
    return text.removeprefix("\ufeff")


class _Builder:
    def __init__(self, file: str) -> None:
        self.file = file
        self.doc = YamlDocument(None)
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.nodes = 0
        self.resolver = _Yaml12BoolResolver()
        self.constructor = yaml.constructor.SafeConstructor()
        self.finished = False

    def fail(self, kind: P, pos: tuple[int, int], **params: Any) -> YamlReadError:
        return YamlReadError(Problem.of(kind, self.file, pos[0], pos[1], **params))

    def child_path(self) -> Path:
        if not self.stack:
            return ()
        top = self.stack[-1]
        if isinstance(top.container, list):
            return (*top.path, len(top.container))
        return (*top.path, top.pending_key) if top.has_key else top.path

    def count(self, size: int, pos: tuple[int, int]) -> None:
        self.nodes += size
        if self.nodes > MAX_NODES:
            raise self.fail(P.ALIAS_BOMB, pos, limit=MAX_NODES)

    def scalar(self, event: Any) -> Any:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.resolver.resolve(yaml.ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        if tag == _MERGE_TAG:
            raise self.fail(P.MERGE_KEY, _mark(event))
        try:
            return self.constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError:
            raise self.fail(P.BAD_TAG, _mark(event), tag=tag) from None

    def add_value(self, value: Any, pos: tuple[int, int], size: int) -> None:
        """Attach a finished value to the container on top of the stack (or make it the root)."""
        if not self.stack:
            self.doc.data = value
            self.doc.positions[()] = pos
            self.finished = True
            return
        top = self.stack[-1]
        top.size += size
        if isinstance(top.container, list):
            self.doc.positions[(*top.path, len(top.container))] = pos
            top.container.append(value)
            return
        if not top.has_key:
            self.set_key(top, value, pos)
            return
        self.doc.positions[(*top.path, top.pending_key)] = pos
        top.container[top.pending_key] = value
        top.has_key = False

    def set_key(self, top: _Frame, key: Any, pos: tuple[int, int]) -> None:
        if isinstance(key, list | dict):
            raise self.fail(P.KEY_NOT_PLAIN, pos)
        if key in top.container:
            first = self.doc.key_positions.get((*top.path, key), top.start)
            raise self.fail(P.DUPLICATE_KEY, pos, key=key, first_line=first[0])
        top.pending_key, top.has_key = key, True
        self.doc.key_positions[(*top.path, key)] = pos

    def open(self, container: Any, event: Any) -> None:
        pos = _mark(event)
        if len(self.stack) >= MAX_DEPTH:
            raise self.fail(P.TOO_DEEP, pos, limit=MAX_DEPTH)
        self.count(1, pos)
        self.stack.append(_Frame(container, self.child_path(), pos, event.anchor))

    def close(self) -> None:
        frame = self.stack.pop()
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, frame.size)
        self.add_value(frame.container, frame.start, frame.size)

    def handle(self, event: Any) -> None:
        if isinstance(event, yaml.MappingStartEvent):
            self.open({}, event)
        elif isinstance(event, yaml.SequenceStartEvent):
            self.open([], event)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            self.close()
        elif isinstance(event, yaml.ScalarEvent):
            pos = _mark(event)
            self.count(1, pos)
            value = self.scalar(event)
            if event.anchor:
                self.anchors[event.anchor] = (value, 1)
            self.add_value(value, pos, 1)
        elif isinstance(event, yaml.AliasEvent):
            pos = _mark(event)
            if event.anchor not in self.anchors:
                raise self.fail(P.YAML_UNKNOWN_ALIAS, pos, anchor=event.anchor)
            value, size = self.anchors[event.anchor]
            self.count(size, pos)
            self.add_value(value, pos, size)
        elif isinstance(event, yaml.DocumentStartEvent) and self.finished:
            raise self.fail(P.YAML_TWO_DOCUMENTS, _mark(event))


_MERGE_TAG = "tag:yaml.org,2002:merge"

# What the parser says → the problem that says what to do about it, in plain words.
_ADVICE: tuple[tuple[str, P], ...] = (
    ("mapping values are not allowed", P.YAML_COLON_IN_TEXT),
    ("expected ',' or '}'", P.YAML_OPEN_MAPPING),
    ("expected ',' or ']'", P.YAML_OPEN_LIST),
    ("while scanning a quoted scalar", P.YAML_OPEN_QUOTE),
    ("cannot start any token", P.YAML_BAD_START),
    ("could not find expected ':'", P.YAML_NO_COLON),
    ("expected <block end>", P.YAML_INDENTATION),
    ("did not find expected key", P.YAML_INDENTATION),
    ("did not find expected '-' indicator", P.YAML_INDENTATION),
)


def syntax_problem(error: yaml.MarkedYAMLError) -> tuple[P, str]:
    """The plain-words problem for a parser error, and the parser's own words (kept at the end of
    the message for people who know YAML)."""
    said = " ".join(filter(None, (error.context, error.problem)))
    for needle, kind in _ADVICE:
        if needle in said:
            return kind, error.problem or said
    return P.YAML_SYNTAX, said or "no detail"


def read_yaml_text(text: str, file: str = "<string>") -> YamlDocument:
    """Parse `text` into a YamlDocument, or raise YamlReadError with the first fatal problem."""
    builder = _Builder(file)
    loader = _Loader(text)
    try:
        while loader.check_event():
            builder.handle(loader.get_event())
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
        kind, said = syntax_problem(error)
        raise YamlReadError(Problem.of(kind, file, line, column, parser=said)) from None
    except yaml.YAMLError as error:
        raise YamlReadError(Problem.of(P.YAML_SYNTAX, file, parser=str(error))) from None
    finally:
        loader.dispose()
    return builder.doc


def read_yaml_bytes(raw: bytes, file: str = "<string>") -> YamlDocument:
    return read_yaml_text(decode_yaml_bytes(raw, file), file)
